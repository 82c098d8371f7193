"""The .praatplaat file association shipped for Linux desktops and macOS bundles."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_desktop_entry_opens_praatplaat_files():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "resources" / "desktop" / "praatplaat.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].startswith("praatplaat ") and "%f" in desktop["Exec"]
    assert "application/x-praatplaat" in desktop["MimeType"]


def test_mime_type_matches_the_extension():
    tree = ET.parse(ROOT / "resources" / "desktop" / "praatplaat-mime.xml")
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = tree.getroot().find("m:mime-type", ns)
    assert mime.get("type") == "application/x-praatplaat"
    assert mime.find("m:glob", ns).get("pattern") == "*.praatplaat"


def test_macos_bundle_declares_the_document_type():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"CFBundleTypeExtensions": ["praatplaat"]' in spec
