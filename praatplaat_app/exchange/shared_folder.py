"""A shared (OneDrive/Teams) folder as a mailbox for ``.praatplaat`` files. No Qt.

The library itself is never placed there: a sync client copying a half-written
SQLite file corrupts it. Only exports go there, written atomically. Which files
were imported is remembered by their SHA-256 in a small JSON state file in the
user data folder (``gedeelde-map.json``), per library.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from praatplaat_app import paths
from praatplaat_app.atomic import atomic_write_bytes
from praatplaat_app.domain import utc_now
from praatplaat_app.exchange.format import FILE_SUFFIX, ExchangeError
from praatplaat_app.exchange.merge import ImportSummary, import_file
from praatplaat_app.exchange.package import ExportResult, build_export, file_sha256, write_package
from praatplaat_app.messages import tr
from praatplaat_app.store import Library

log = logging.getLogger("praatplaat.exchange")

STATE_FILE_NAME = "gedeelde-map.json"
_STATE_VERSION = 1

Status = Literal["new", "changed", "imported"]


def _status_label(status: Status) -> str:
    if status == "new":
        return tr("Nieuw")
    if status == "changed":
        return tr("Gewijzigd")
    return tr("Al geïmporteerd")


@dataclass(frozen=True)
class SharedFileStatus:
    """A ``.praatplaat`` file in the shared folder and whether it still needs importing."""

    path: Path
    sha256: str
    size: int
    modified: dt.datetime
    status: Status  # "new": never imported; "changed": a different version was imported
    imported_at: str | None = None  # when this name was last imported

    @property
    def needs_import(self) -> bool:
        return self.status != "imported"

    def describe(self) -> str:
        from praatplaat_app.formatting import short_date

        moment = self.modified.astimezone()
        return tr(
            "{status}: {name} (gewijzigd {when})",
            status=_status_label(self.status),
            name=self.path.name,
            when=f"{short_date(moment.date())} {moment:%H:%M}",
        )


# ------------------------------------------------------------------- state


def state_path() -> Path:
    return paths.user_data_dir() / STATE_FILE_NAME


def _load_state() -> dict[str, Any]:
    path = state_path()
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"version": _STATE_VERSION, "libraries": {}}
    except (OSError, ValueError) as exc:
        log.warning("Status van de gedeelde map onleesbaar (%s); opnieuw begonnen", exc)
        return {"version": _STATE_VERSION, "libraries": {}}
    if not isinstance(state, dict) or not isinstance(state.get("libraries"), dict):
        return {"version": _STATE_VERSION, "libraries": {}}
    return state


def _save_state(state: dict[str, Any]) -> None:
    atomic_write_bytes(
        state_path(), json.dumps(state, ensure_ascii=False, indent=1).encode("utf-8")
    )


def _library_state(state: dict[str, Any], library: Library) -> dict[str, Any]:
    key = str(Path(library.path).resolve())
    entry = state["libraries"].setdefault(key, {})
    for name in ("imported", "names", "cache"):
        if not isinstance(entry.get(name), dict):
            entry[name] = {}
    return entry


def scrub_state(scrub: Callable[[str], str]) -> None:
    """Rewrite remembered file names through ``scrub`` (used when forgetting a person)."""
    path = state_path()
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8", errors="replace")
    state = _load_state()
    changed = False
    for entry in state["libraries"].values():
        if not isinstance(entry, dict):
            continue
        for section in ("names", "cache"):
            values = entry.get(section)
            if isinstance(values, dict):
                renamed = {scrub(k): v for k, v in values.items()}
                if renamed != values:
                    entry[section] = renamed
                    changed = True
        for info in (entry.get("imported") or {}).values():
            if isinstance(info, dict) and isinstance(info.get("name"), str):
                new = scrub(info["name"])
                if new != info["name"]:
                    info["name"] = new
                    changed = True
    if changed or scrub(text) != text:
        _save_state(state)


# ----------------------------------------------------------------- folder


def check_shared_folder(folder: Path | str, library: Library) -> Path:
    """The folder, resolved; :class:`ExchangeError` if it is unusable or holds the library."""
    folder = Path(folder).expanduser()
    try:
        resolved = folder.resolve()
        exists = resolved.is_dir()
    except OSError:
        exists = False
    if not exists:
        raise ExchangeError(
            tr(
                "De gedeelde map '{folder}' bestaat niet of is niet bereikbaar. Controleer of "
                "OneDrive/Teams is gesynchroniseerd, of kies een andere map.",
                folder=folder,
            )
        )
    library_file = Path(library.path).resolve()
    if library_file.is_relative_to(resolved):
        raise ExchangeError(
            tr(
                "Uw bibliotheek staat in de map '{folder}'. Een bibliotheek mag nooit in een "
                "gedeelde of gesynchroniseerde map staan; kies een andere map om bestanden te "
                "delen.",
                folder=folder,
            )
        )
    return resolved


def _candidates(folder: Path) -> list[Path]:
    try:
        entries = list(folder.iterdir())
    except OSError as exc:
        raise ExchangeError(
            tr(
                "De gedeelde map '{folder}' kan niet worden gelezen ({reason}).",
                folder=folder,
                reason=exc.strerror or exc,
            )
        ) from None
    return sorted(
        p
        for p in entries
        if p.suffix.lower() == FILE_SUFFIX and not p.name.startswith((".", "~")) and p.is_file()
    )


def scan_shared_folder(
    folder: Path | str, library: Library, *, include_imported: bool = False
) -> list[SharedFileStatus]:
    """``.praatplaat`` files in ``folder`` that are new or changed since they were imported
    into ``library`` (all files with ``include_imported``), oldest first."""
    resolved = check_shared_folder(folder, library)
    state = _load_state()
    entry = _library_state(state, library)
    cache_changed = False
    found: list[SharedFileStatus] = []
    for path in _candidates(resolved):
        try:
            info = path.stat()
            cached = entry["cache"].get(path.name)
            if (
                isinstance(cached, dict)
                and cached.get("size") == info.st_size
                and cached.get("mtime_ns") == info.st_mtime_ns
                and isinstance(cached.get("sha256"), str)
            ):
                sha = cached["sha256"]
            else:
                sha = file_sha256(path)
                entry["cache"][path.name] = {
                    "size": info.st_size,
                    "mtime_ns": info.st_mtime_ns,
                    "sha256": sha,
                }
                cache_changed = True
        except OSError as exc:  # being synced or removed right now: look again later
            log.info("Gedeeld bestand %s overgeslagen: %s", path, exc)
            continue
        status: Status
        if sha in entry["imported"]:
            status = "imported"
        elif path.name in entry["names"]:
            status = "changed"
        else:
            status = "new"
        last = entry["names"].get(path.name)
        imported_at = None
        if isinstance(last, dict):
            imported_at = last.get("imported_at")
        if status != "imported" or include_imported:
            found.append(
                SharedFileStatus(
                    path=path,
                    sha256=sha,
                    size=info.st_size,
                    modified=dt.datetime.fromtimestamp(info.st_mtime, dt.UTC),
                    status=status,
                    imported_at=imported_at,
                )
            )
    if cache_changed:
        # Forget cache entries of files that are gone.
        names = {p.name for p in _candidates(resolved)}
        entry["cache"] = {k: v for k, v in entry["cache"].items() if k in names}
        _save_state(state)
    found.sort(key=lambda s: (s.modified, s.path.name))
    return found


def mark_imported(library: Library, path: Path | str, sha256: str | None = None) -> None:
    """Remember that this version of the file is in ``library``."""
    path = Path(path)
    sha = sha256 or file_sha256(path)
    state = _load_state()
    entry = _library_state(state, library)
    now = utc_now()
    entry["imported"][sha] = {"name": path.name, "imported_at": now}
    entry["names"][path.name] = {"sha256": sha, "imported_at": now}
    _save_state(state)


def import_shared_file(
    library: Library,
    file: SharedFileStatus | Path | str,
    *,
    backup_dir: Path | None = None,
    catalog: Any = None,
) -> ImportSummary:
    """Import one file from the shared folder and remember it."""
    path = file.path if isinstance(file, SharedFileStatus) else Path(file)
    summary = import_file(library, path, backup_dir=backup_dir, catalog=catalog)
    mark_imported(library, path)
    return summary


def import_shared_folder(
    library: Library,
    folder: Path | str,
    *,
    backup_dir: Path | None = None,
    catalog: Any = None,
) -> list[tuple[SharedFileStatus, ImportSummary | ExchangeError]]:
    """Import every new or changed file; a bad file is reported, the others still go in."""
    results: list[tuple[SharedFileStatus, ImportSummary | ExchangeError]] = []
    for status in scan_shared_folder(folder, library):
        try:
            results.append(
                (
                    status,
                    import_shared_file(library, status, backup_dir=backup_dir, catalog=catalog),
                )
            )
        except ExchangeError as exc:
            results.append((status, exc))
    return results


def safe_file_name(title: str, *, today: dt.date | None = None) -> str:
    """A file name that works on Windows, macOS and Linux, from an export's title."""
    base = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", title)
    base = re.sub(r"\s+", " ", base).strip(" .")[:80].strip(" .") or "praatplaat"
    if base.split(".")[0].upper() in {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        *(f"COM{i}" for i in range(1, 10)),
        *(f"LPT{i}" for i in range(1, 10)),
    }:
        base = "_" + base
    date = (today or dt.date.today()).isoformat()
    return f"{base} {date}{FILE_SUFFIX}"


def share_to_folder(
    library: Library,
    folder: Path | str,
    *,
    route_ids: Iterable[str] = (),
    session_ids: Iterable[str] = (),
    anonymise: bool = False,
    include_private: bool = False,
    app_version: str | None = None,
    catalog: Any = None,
    filename: str | None = None,
) -> ExportResult:
    """Export into the shared folder, atomically. The library itself never goes there."""
    resolved = check_shared_folder(folder, library)
    built = build_export(
        library,
        route_ids=route_ids,
        session_ids=session_ids,
        anonymise=anonymise,
        include_private=include_private,
        app_version=app_version,
        catalog=catalog,
    )
    name = filename or safe_file_name(built.manifest["title"])
    if not name.lower().endswith(FILE_SUFFIX):
        name += FILE_SUFFIX
    if Path(name).name != name:
        raise ExchangeError(tr("'{name}' is geen geldige bestandsnaam (zonder map).", name=name))
    target = write_package(resolved / name, built.manifest, built.data, built.attachments)
    # Our own export is not news for this library.
    mark_imported(library, target)
    return ExportResult(
        path=target,
        title=built.manifest["title"],
        counts={t: len(v) for t, v in built.data.items() if t != "history"},
        anonymised=anonymise,
        include_private=include_private,
    )


__all__ = [
    "SharedFileStatus",
    "check_shared_folder",
    "import_shared_file",
    "import_shared_folder",
    "mark_imported",
    "safe_file_name",
    "scan_shared_folder",
    "share_to_folder",
    "state_path",
]
