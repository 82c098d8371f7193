"""Where the app keeps its data and finds its bundled resources.

Every path is resolved here so that tests (``PRAATPLAAT_DATA_DIR``) and the
PyInstaller bundle (``sys._MEIPASS``) only need to be handled once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "PRAATPLAAT_DATA_DIR"
LIBRARY_FILE_NAME = "bibliotheek.praatplaat.sqlite"


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The top-level ``resources/`` folder (fonts, icons, styles, translations)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return package_dir().parent / "resources"


def user_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("Praatplaat", appauthor=False, roaming=True))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    """Files the app can always make again (a parsed catalog): never backed up or synced."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override) / "cache"
    else:
        import platformdirs

        path = Path(platformdirs.user_cache_dir("Praatplaat", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_library_path() -> Path:
    return user_data_dir() / LIBRARY_FILE_NAME


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file_path() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path / "praatplaat.log"


def user_catalog_dir() -> Path:
    """A facilitator's edited copy of the method catalog, used when present and valid."""
    return user_data_dir() / "catalogus"


# Folders that sync to the cloud or live on a network share. A SQLite library there
# can be corrupted by the sync client copying a half-written WAL file.
_SYNCED_MARKERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "icloud",
    "icloud drive",
    "nextcloud",
    "owncloud",
    "box sync",
    "sharepoint",
    "teams",
)


def looks_synced_or_remote(path: Path) -> bool:
    text = str(path).replace("\\", "/")
    if text.startswith("//") or text.startswith("\\\\"):
        return True
    parts = [p.lower() for p in Path(text).parts]
    for part in parts:
        for marker in _SYNCED_MARKERS:
            if part == marker or part.startswith(marker + " ") or part.startswith(marker + "-"):
                return True
    return False
