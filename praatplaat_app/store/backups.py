"""Backups of the library: made daily, listed, described and restored. No Qt.

Every backup is a complete, self-contained library file (rollback-journal mode, no
``-wal``/``-shm`` companions) in :func:`praatplaat_app.paths.backups_dir`, named::

    <library stem>-<reason>-<YYYYmmdd-HHMMSS-ffffff>.sqlite

for example ``bibliotheek.praatplaat-dagelijks-20250314-091500-123456.sqlite``. The
timestamp is local time. The reasons in use, and how long each kind is kept:

=========================  ==============================  ===================================
reason                     made by                         kept
=========================  ==============================  ===================================
``dagelijks``              :func:`daily_backup_if_due`     the newest *N* per library
                                                           (setting, default 10)
``voor-terugzetten``       :func:`restore_backup`          the newest :data:`RESTORE_KEPT`
                                                           per library
``voor-import``            ``exchange.merge``              that module's own rule (newest few)
``voor-bijwerken-v<N>``    ``store.library`` (migration)   never deleted automatically: the
                                                           only copy in the old format
anything else              —                               never touched
=========================  ==============================  ===================================

:func:`prune_backups` applies only the first two rules. Forgetting a person
(``exchange.privacy.forget_person``) rewrites every backup in the folder in place; the
names above stay valid.

Backups are made through their own SQLite connection (never the library's), so the
app can make one on a worker thread while the facilitator keeps typing (WAL lets the
writer go on). Backups are only *read* through read-only, immutable connections: looking
at a backup neither locks, migrates nor changes it, nor leaves files beside it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from praatplaat_app import paths
from praatplaat_app.errors import LibraryError, LibraryInUseError, NewerLibraryError
from praatplaat_app.formatting import decimal_number, long_date
from praatplaat_app.messages import tr
from praatplaat_app.store.library import Library
from praatplaat_app.store.lock import LibraryLock, LockHeld
from praatplaat_app.store.schema import APPLICATION_ID, RECORD_TABLES, SCHEMA_VERSION

DAILY = "dagelijks"
BEFORE_RESTORE = "voor-terugzetten"
BEFORE_IMPORT = "voor-import"
BEFORE_UPGRADE = "voor-bijwerken"
DEFAULT_KEEP = 10
RESTORE_KEPT = 5
SUFFIX = ".sqlite"

_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_REASON_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KNOWN_REASONS = rf"{DAILY}|{BEFORE_RESTORE}|{BEFORE_IMPORT}|{BEFORE_UPGRADE}-v\d+"
_TAIL = (
    rf"(?P<reason>{_KNOWN_REASONS}|[a-z0-9]+)-(?P<stamp>\d{{8}}-\d{{6}}(?:-\d{{6}})?)\.sqlite$"
)
_NAME_RE = re.compile(rf"^(?P<stem>.+?)-{_TAIL}")
_TAIL_RE = re.compile(rf"^{_TAIL}")
_SQLITE_HEADER = b"SQLite format 3\x00"


# ------------------------------------------------------------------- records


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder."""

    path: Path
    made_at: dt.datetime  # local time, from the file name
    reason: str
    size: int
    library_stem: str

    @property
    def label(self) -> str:
        """What kind of backup this is, for the facilitator."""
        return reason_label(self.reason)

    def describe(self) -> str:
        """One line: when, what kind, how big."""
        return f"{format_datetime(self.made_at)} — {self.label} ({format_size(self.size)})"


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, read without changing it."""

    path: Path
    schema_version: int
    newer: bool  # made by a newer Praatplaat: described, but it cannot be restored
    routes: int | None
    conversations: int | None
    newest_conversation: dt.date | None
    route_names: tuple[str, ...]
    last_change: dt.datetime | None  # local time of the newest edit in it

    @property
    def can_restore(self) -> bool:
        return not self.newer

    def describe(self) -> str:
        """A few lines for the preview, in the app's language."""
        if self.newer:
            return tr(
                "Deze reservekopie is gemaakt met een nieuwere versie van Praatplaat. "
                "Werk Praatplaat eerst bij; daarna kunt u haar terugzetten."
            )
        lines = [f"{_routes_count(self.routes)}, {_conversations_count(self.conversations)}."]
        if self.newest_conversation is not None:
            lines.append(
                tr("Nieuwste gesprek: {date}.", date=format_date(self.newest_conversation))
            )
        if self.last_change is not None:
            lines.append(tr("Laatst gewijzigd: {when}.", when=format_datetime(self.last_change)))
        if self.route_names:
            lines.append(tr("Routes: {names}.", names=", ".join(self.route_names)))
        return "\n".join(lines)


def reason_label(reason: str) -> str:
    """What kind of backup ``reason`` (from the file name) stands for, in the app's language."""
    if reason == DAILY:
        return tr("dagelijkse reservekopie")
    if reason == BEFORE_RESTORE:
        return tr("gemaakt vóór het terugzetten van een reservekopie")
    if reason == BEFORE_IMPORT:
        return tr("gemaakt vóór een import")
    if reason.startswith(BEFORE_UPGRADE):
        return tr("gemaakt vóór het bijwerken naar een nieuwe versie")
    return tr("reservekopie ({reason})", reason=reason)


def format_date(value: dt.date) -> str:
    """``14 maart 2025`` (en: ``14 March 2025``), in the app's language."""
    return long_date(value)


def format_datetime(value: dt.datetime) -> str:
    """``14 maart 2025, 09:15`` (en: ``14 March 2025, 09:15``), in the app's language."""
    return f"{format_date(value)}, {value:%H:%M}"



def format_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{decimal_number(size / (1024 * 1024))} MB"


def _routes_count(value: int | None) -> str:
    # One phrase per case: word order and plurals differ between languages.
    if value is None:
        return tr("onbekend aantal routes")
    if value == 1:
        return tr("1 route")
    return tr("{count} routes", count=value)


def _conversations_count(value: int | None) -> str:
    if value is None:
        return tr("onbekend aantal gesprekken")
    if value == 1:
        return tr("1 gesprek")
    return tr("{count} gesprekken", count=value)


# ------------------------------------------------------------------- making


def make_backup(
    library: Library | Path | str,
    reason: str,
    *,
    now: dt.datetime | None = None,
    folder: Path | None = None,
) -> Path:
    """Copy the library (open or closed) into the backups folder; the new file's path.

    Uses SQLite's backup API on a connection of its own: consistent while the app
    keeps writing, and safe from a worker thread. The copy is written under a
    temporary name and renamed when complete, so a half-made backup never looks like
    one. Raises :class:`LibraryError` (in the app's language) when it cannot be made.
    """
    source_path = Path(library.path if isinstance(library, Library) else library)
    if not _REASON_RE.fullmatch(reason):
        raise ValueError(f"reason must be lower-case words with dashes, not {reason!r}")
    if not source_path.is_file():
        raise LibraryError(
            tr(
                "Er is geen reservekopie gemaakt: de bibliotheek '{path}' bestaat niet.",
                path=source_path,
            )
        )
    target_dir = Path(folder) if folder is not None else paths.backups_dir()
    moment = now or dt.datetime.now()
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        target = _free_name(target_dir, source_path.stem, reason, moment)
        _copy_database(source_path, target)
    except (sqlite3.Error, OSError) as exc:
        raise LibraryError(
            tr(
                "Er kon geen reservekopie worden gemaakt in '{folder}' ({reason}). "
                "Uw bibliotheek is niet gewijzigd. Maak ruimte vrij op de schijf en probeer het "
                "opnieuw.",
                folder=target_dir,
                reason=_reason_text(exc),
            )
        ) from exc
    return target


def _free_name(folder: Path, stem: str, reason: str, moment: dt.datetime) -> Path:
    while True:
        target = folder / f"{stem}-{reason}-{moment.strftime(_STAMP_FORMAT)}{SUFFIX}"
        if not target.exists():
            return target
        moment += dt.timedelta(microseconds=1)


def _copy_database(source_path: Path, target: Path) -> None:
    """SQLite backup API from ``source_path`` into a new file ``target`` (atomic)."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        # mode=rw: never create an empty database where the library should be.
        source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=rw", uri=True, timeout=10)
        try:
            source.execute("PRAGMA query_only = 1")
            copy = sqlite3.connect(tmp)
            try:
                source.backup(copy)
                # A self-contained file: no -wal/-shm beside the backup, ever.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        os.replace(tmp, target)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def _reason_text(exc: BaseException) -> str:
    text = str(exc)
    if "disk is full" in text or getattr(exc, "errno", None) == 28:
        return tr("de schijf is vol")
    return getattr(exc, "strerror", None) or text


# -------------------------------------------------------------------- daily


def daily_backup_if_due(
    library: Library | Path | str,
    keep: int = DEFAULT_KEEP,
    today: dt.date | None = None,
    *,
    folder: Path | None = None,
) -> Path | None:
    """Make today's backup unless there is one; then keep the newest ``keep`` daily ones.

    Also skipped (``None``) when nothing changed since the newest daily backup, so
    that *N* kept backups hold *N* different states rather than the same one N times.
    Reads the library through its own connection only: safe on a worker thread.
    """
    source_path = Path(library.path if isinstance(library, Library) else library)
    today = today or dt.date.today()
    daily = [b for b in list_backups(source_path, folder=folder) if b.reason == DAILY]
    made: Path | None = None
    if not any(b.made_at.date() == today for b in daily):
        newest = daily[0] if daily else None
        if newest is None or _fingerprint_of(source_path, live=True) != _fingerprint_of(
            newest.path, live=False
        ):
            now = dt.datetime.now()
            if now.date() != today:
                now = dt.datetime.combine(today, now.time())
            made = make_backup(source_path, DAILY, now=now, folder=folder)
    prune_backups(keep, library_path=source_path, folder=folder)
    return made


def _fingerprint_of(path: Path, *, live: bool) -> tuple[object, ...] | None:
    """Schema version, and per record table the number of rows and the newest edit."""
    try:
        conn = (
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
            if live
            else _connect_readonly(path)
        )
    except sqlite3.Error:
        return None
    try:
        parts: list[object] = [conn.execute("PRAGMA user_version").fetchone()[0]]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in RECORD_TABLES:
            if table in tables:
                parts.append(
                    tuple(conn.execute(f"SELECT count(*), max(updated_at) FROM {table}").fetchone())
                )
        if "history" in tables:
            parts.append(conn.execute("SELECT count(*) FROM history").fetchone()[0])
        return tuple(parts)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


# ------------------------------------------------------------------ listing


def parse_backup_name(name: str, stem: str | None = None) -> tuple[str, str, dt.datetime] | None:
    """``(library stem, reason, made_at)`` from a backup's file name, or ``None``."""
    if stem is not None:
        if not name.startswith(stem + "-"):
            return None
        match = _TAIL_RE.match(name[len(stem) + 1 :])
    else:
        match = _NAME_RE.match(name)
    if match is None:
        return None
    stamp = match["stamp"]
    try:
        made_at = dt.datetime.strptime(
            stamp, _STAMP_FORMAT if stamp.count("-") == 2 else "%Y%m%d-%H%M%S"
        )
    except ValueError:
        return None
    return (stem if stem is not None else match["stem"]), match["reason"], made_at


def list_backups(
    library_path: Path | str | None = None, *, folder: Path | None = None
) -> list[BackupInfo]:
    """The backups in the backups folder, newest first.

    With ``library_path``: only those of that library (matched by file-name stem).
    """
    source = Path(folder) if folder is not None else paths.backups_dir()
    stem = Path(library_path).stem if library_path is not None else None
    found: list[BackupInfo] = []
    if not source.is_dir():
        return found
    for path in source.iterdir():
        if not path.name.endswith(SUFFIX) or path.name.startswith("."):
            continue
        parsed = parse_backup_name(path.name, stem)
        if parsed is None:
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        if not path.is_file():
            continue
        found.append(BackupInfo(path, parsed[2], parsed[1], stat.st_size, parsed[0]))
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def prune_backups(
    keep: int = DEFAULT_KEEP,
    *,
    library_path: Path | str | None = None,
    folder: Path | None = None,
) -> list[Path]:
    """Delete daily backups beyond the newest ``keep`` (at least 1) and pre-restore
    backups beyond the newest :data:`RESTORE_KEPT`, per library. Other kinds are never
    deleted here (see the module documentation). Returns what was deleted."""
    limits = {DAILY: max(1, int(keep)), BEFORE_RESTORE: RESTORE_KEPT}
    groups: dict[tuple[str, str], list[BackupInfo]] = {}
    for backup in list_backups(library_path, folder=folder):
        if backup.reason in limits:
            groups.setdefault((backup.library_stem, backup.reason), []).append(backup)
    deleted: list[Path] = []
    for (_stem, reason), items in groups.items():
        for old in items[limits[reason] :]:  # items are newest first
            try:
                old.path.unlink()
            except OSError:
                continue
            for companion in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    Path(f"{old.path}{companion}").unlink()
            deleted.append(old.path)
    return deleted


# --------------------------------------------------------------- describing


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """Read-only and immutable: no lock, no journal, no -wal/-shm created beside it."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def describe_backup(path: Path | str) -> BackupSummary:
    """What a backup (or any library file that is not open) holds; changes nothing.

    A backup from a newer schema is described with ``newer=True`` (counts when its
    tables can still be read). Raises :class:`LibraryError` for a file that is
    not a Praatplaat library or is damaged.
    """
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise LibraryError(
            tr(
                "De reservekopie '{name}' kan niet worden gelezen ({reason}). "
                "Misschien is ze verplaatst of verwijderd.",
                name=name,
                reason=exc.strerror,
            )
        ) from exc
    if header != _SQLITE_HEADER:
        raise LibraryError(
            tr(
                "'{name}' is geen Praatplaat-reservekopie of is beschadigd. Kies een andere.",
                name=name,
            )
        )
    try:
        conn = _connect_readonly(path)
    except sqlite3.Error as exc:
        raise LibraryError(
            tr(
                "De reservekopie '{name}' kan niet worden geopend ({reason}).",
                name=name,
                reason=exc,
            )
        ) from exc
    try:
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            raise LibraryError(
                tr(
                    "'{name}' is geen Praatplaat-reservekopie of is beschadigd. Kies een andere.",
                    name=name,
                )
            ) from exc
        if version == 0 or app_id != APPLICATION_ID:
            raise LibraryError(
                tr(
                    "'{name}' is geen Praatplaat-bibliotheek. Kies een andere reservekopie.",
                    name=name,
                )
            )
        newer = version > SCHEMA_VERSION
        try:
            return _summary(conn, path, version, newer)
        except sqlite3.DatabaseError as exc:
            if newer:
                return BackupSummary(path, version, True, None, None, None, (), None)
            raise LibraryError(
                tr(
                    "De reservekopie '{name}' is beschadigd ({reason}). Kies een andere.",
                    name=name,
                    reason=exc,
                )
            ) from exc
    finally:
        conn.close()


def _summary(conn: sqlite3.Connection, path: Path, version: int, newer: bool) -> BackupSummary:
    names = tuple(
        r[0]
        for r in conn.execute(
            "SELECT name FROM routes WHERE deleted = 0 ORDER BY name COLLATE NOCASE"
        )
    )
    count, newest = conn.execute(
        "SELECT count(*), max(s.date) FROM sessions s JOIN routes r ON r.id = s.route_id "
        "WHERE s.deleted = 0 AND r.deleted = 0"
    ).fetchone()
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    stamps = [
        conn.execute(f"SELECT max(updated_at) FROM {table}").fetchone()[0]
        for table in RECORD_TABLES
        if table in tables
    ]
    return BackupSummary(
        path=path,
        schema_version=version,
        newer=newer,
        routes=len(names),
        conversations=int(count),
        newest_conversation=_date(newest),
        route_names=names,
        last_change=_local_time(max((s for s in stamps if s), default=None)),
    )


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _local_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().replace(tzinfo=None)


def _check_intact(path: Path) -> None:
    conn = _connect_readonly(path)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    finally:
        conn.close()
    if result != "ok":
        raise LibraryError(
            tr(
                "De reservekopie '{name}' is beschadigd en kan niet worden teruggezet. "
                "Kies een andere reservekopie; uw bibliotheek is niet gewijzigd.",
                name=path.name,
            )
        )


# ---------------------------------------------------------------- restoring


def restore_backup(
    current_library_path: Path | str,
    backup_path: Path | str,
    *,
    folder: Path | None = None,
) -> Path:
    """Replace the library's contents with a backup; returns the backup of what was there.

    The library must be closed (this takes its lock; :class:`LibraryInUseError` when an
    app window still has it open). First the current library is saved as a
    ``voor-terugzetten`` backup, then the backup is copied *into* the library with
    SQLite's backup API in one transaction — a crash half-way leaves the old contents —
    and the library is opened once more, which migrates an older backup to the current
    schema (with its own pre-migration backup) and checks it. A current library that
    cannot be opened at all (damaged) is copied aside as the ``voor-terugzetten`` backup
    and then replaced. Open the library again afterwards.
    """
    current = Path(current_library_path).expanduser()
    backup = Path(backup_path)
    if current.exists() and backup.resolve() == current.resolve():
        raise LibraryError(
            tr("Dit is de bibliotheek zelf, geen reservekopie. Kies een reservekopie.")
        )
    summary = describe_backup(backup)
    if summary.newer:
        raise NewerLibraryError(
            tr(
                "De reservekopie '{name}' is gemaakt met een nieuwere versie van "
                "Praatplaat. Werk Praatplaat eerst bij; uw bibliotheek is niet gewijzigd.",
                name=backup.name,
            )
        )
    _check_intact(backup)
    try:
        library = Library.open(current, backup_dir=folder)
    except LibraryInUseError:
        raise
    except LibraryError:
        if not current.is_file():
            raise
        safety = _restore_over_unreadable(current, backup, folder)
    else:
        try:
            safety = make_backup(library, BEFORE_RESTORE, folder=folder)
            _copy_into(library, backup)
        finally:
            library.close()
    # Open once more: migrates an older backup, turns WAL back on, checks the result.
    with Library.open(current, backup_dir=folder) as restored:
        if not restored.integrity_ok():
            raise LibraryError(
                tr(
                    "Na het terugzetten is de bibliotheek niet in orde. De vorige stand staat in "
                    "'{backup}'. Neem contact op met de beheerder.",
                    backup=safety,
                )
            )
    _prune_restore(current, folder)
    return safety


def _prune_restore(current: Path, folder: Path | None) -> None:
    """Only the pre-restore rule: daily backups follow the facilitator's own setting."""
    items = [b for b in list_backups(current, folder=folder) if b.reason == BEFORE_RESTORE]
    for old in items[RESTORE_KEPT:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def _copy_into(library: Library, backup: Path) -> None:
    """The backup's pages into the open library, in one SQLite transaction."""
    conn = library.conn
    try:
        # Rollback-journal mode for the copy: the backup API cannot change the page
        # size of a WAL database, and a crash half-way is rolled back on next open.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        source = _connect_readonly(backup)
        try:
            source.backup(conn)
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise LibraryError(
            tr(
                "Het terugzetten van '{name}' is mislukt ({reason}). Uw "
                "bibliotheek is niet gewijzigd.",
                name=backup.name,
                reason=_reason_text(exc),
            )
        ) from exc


def _restore_over_unreadable(current: Path, backup: Path, folder: Path | None) -> Path:
    lock = LibraryLock(current)
    try:
        lock.acquire()
    except (LockHeld, OSError) as exc:
        raise LibraryInUseError(
            tr(
                "De bibliotheek '{path}' is nog geopend in een Praatplaat-venster. Sluit "
                "Praatplaat eerst.",
                path=current,
            )
        ) from exc
    try:
        target_dir = Path(folder) if folder is not None else paths.backups_dir()
        target_dir.mkdir(parents=True, exist_ok=True)
        safety = _free_name(target_dir, current.stem, BEFORE_RESTORE, dt.datetime.now())
        tmp = current.with_name(f".{current.name}.terugzetten.tmp")
        try:
            shutil.copy2(current, safety)
            for companion in ("-wal", "-shm"):
                side = Path(f"{current}{companion}")
                if side.exists():
                    shutil.copy2(side, Path(f"{safety}{companion}"))
            copy = sqlite3.connect(tmp)
            try:
                source = _connect_readonly(backup)
                try:
                    source.backup(copy)
                finally:
                    source.close()
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            # A stale WAL of the damaged file must never be applied to the new one.
            for companion in ("-wal", "-shm"):
                Path(f"{current}{companion}").unlink(missing_ok=True)
            os.replace(tmp, current)
        except (sqlite3.Error, OSError) as exc:
            tmp.unlink(missing_ok=True)
            raise LibraryError(
                tr(
                    "Het terugzetten van '{name}' is mislukt ({reason}).",
                    name=backup.name,
                    reason=_reason_text(exc),
                )
            ) from exc
        return safety
    finally:
        lock.release()
