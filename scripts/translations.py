"""Update and compile the English translation of the UI.

    python scripts/translations.py          # lupdate + lrelease
    python scripts/translations.py --check  # fail if a message is unfinished

``pyside6-lupdate`` extracts every ``self.tr(...)`` / ``QCoreApplication.translate(...)``
string from ``praatplaat_app/ui`` into ``resources/translations/praatplaat_en.ts`` (source
language nl_NL, target en_GB; existing translations are kept). Translate new messages in
that file (Qt Linguist, or by hand), then run this script again: ``pyside6-lrelease``
builds ``praatplaat_en.qm``, which the app loads at run time. Commit both files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "praatplaat_app" / "ui"
TS_FILE = ROOT / "resources" / "translations" / "praatplaat_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
SOURCE_LANGUAGE = "nl_NL"
TARGET_LANGUAGE = "en_GB"


def _tool(name: str) -> str:
    """pyside6-<name> next to this Python, on PATH, or the binary inside PySide6."""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}"]
    found = shutil.which(f"pyside6-{name}")
    if found:
        candidates.append(Path(found))
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).parent / name)
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} niet gevonden (installeer PySide6-Essentials)")


def source_files(ui_dir: Path = UI_DIR) -> list[Path]:
    return sorted(p for p in ui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_file: Path, ui_dir: Path = UI_DIR, *, obsolete: bool = False) -> None:
    """Update ``ts_file`` from the sources (creates it when missing)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    args = [
        _tool("lupdate"),
        "-silent",
        "-locations",
        "none",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        TARGET_LANGUAGE,
    ]
    if not obsolete:
        args.append("-no-obsolete")
    args += [str(p) for p in source_files(ui_dir)]
    args += ["-ts", str(ts_file)]
    subprocess.run(args, check=True)


def run_lrelease(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <message>) for every current (not obsolete/vanished) message."""
    root = ET.parse(ts_file).getroot()
    result = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind in ("obsolete", "vanished"):
                continue
            result.append((name, message.findtext("source", ""), message))
        # comments (disambiguation) are part of the key
    return result


def problems(ts_file: Path = TS_FILE) -> list[str]:
    """Messages without a finished, non-empty translation."""
    found = []
    for context, source, message in messages(ts_file):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            found.append(f"{context}: {source!r} is niet vertaald")
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if any(not t.strip() for t in texts):
            found.append(f"{context}: {source!r} heeft een lege vertaling")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="alleen controleren")
    args = parser.parse_args(argv)
    if not args.check:
        run_lupdate(TS_FILE)
        run_lrelease()
    missing = problems()
    for line in missing:
        print(line, file=sys.stderr)
    if missing:
        print(f"{len(missing)} bericht(en) zonder vertaling in {TS_FILE}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
