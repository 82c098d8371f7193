"""The library: one SQLite file holding every route and conversation.

This is the only module that writes SQL for the app's records. Every write
commits at once (autosave: nothing waits for a save button), multi-step writes
run in one transaction, and the file is opened in WAL mode so that a killed
process never leaves a half-written library behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from praatplaat_app import paths
from praatplaat_app.domain import (
    Action,
    ChosenIndicator,
    Conversation,
    FollowUp,
    Goal,
    Note,
    Participant,
    Record,
    Route,
    Session,
    SessionSummary,
    ThemeMark,
    new_id,
    utc_now,
)
from praatplaat_app.errors import (
    LibraryError,
    LibraryInUseError,
    NewerLibraryError,
    NotFoundError,
)
from praatplaat_app.messages import tr
from praatplaat_app.store.lock import LibraryLock, LockHeld
from praatplaat_app.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

R = TypeVar("R", bound=Record)


def _backup(source: sqlite3.Connection, target_path: Path) -> Path:
    """Copy a live library with SQLite's backup API (consistent, also in WAL mode)."""
    target_path.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
    finally:
        target.close()
    return target_path


def _timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def fts_query(text: str) -> str:
    """Turn what a facilitator types into an FTS5 query: every word, as a prefix."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


class Library:
    """An open library file. Use :meth:`open`; close it with :meth:`close`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: LibraryLock | None) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        self._db: Any = None
        self._in_transaction = 0

    @property
    def db(self) -> Any:
        """A ``sqlite_utils.Database`` on this connection, for bulk work (imported lazily:
        sqlite-utils costs ~80 ms to import, too much for the app's start-up)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        lock: bool = True,
        backup_dir: Path | None = None,
    ) -> Library:
        """Open (and create or migrate) the library at ``path``.

        Raises :class:`LibraryError` with a message (in the app's language) when the file is not
        a library, is damaged, comes from a newer app, is in use, or its
        folder cannot be written.
        """
        path = Path(path) if path is not None else paths.default_library_path()
        path = path.expanduser()
        if path.exists() and path.is_dir():
            raise LibraryError(
                tr(
                    "'{path}' is een map, geen bibliotheekbestand. Kies een bestandsnaam, "
                    "bijvoorbeeld bibliotheek.praatplaat.sqlite.",
                    path=path,
                )
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                tr(
                    "De map '{folder}' kan niet worden aangemaakt ({reason}). "
                    "Kies een andere plek voor de bibliotheek.",
                    folder=path.parent,
                    reason=exc.strerror,
                )
            ) from exc

        library_lock: LibraryLock | None = None
        if lock:
            library_lock = LibraryLock(path)
            try:
                library_lock.acquire()
            except LockHeld as exc:
                raise LibraryInUseError(
                    tr(
                        "De bibliotheek '{path}' is al geopend in een ander Praatplaat-venster. "
                        "Sluit dat venster eerst, of open een andere bibliotheek.",
                        path=path,
                    )
                ) from exc
            except OSError as exc:
                raise LibraryError(
                    tr(
                        "In de map '{folder}' kan niet worden geschreven ({reason}). "
                        "Kies een map waarin u mag schrijven.",
                        folder=path.parent,
                        reason=exc.strerror,
                    )
                ) from exc

        try:
            conn = cls._connect(path)
            library = cls(path, conn, library_lock)
            library._prepare(backup_dir)
        except BaseException:
            if library_lock is not None:
                library_lock.release()
            raise
        return library

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        existed = path.exists() and path.stat().st_size > 0
        try:
            # isolation_level=None: autocommit; transactions are explicit (see transaction()).
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 5000")
            # Reading the schema fails on a file that is not SQLite, before we change it.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            if existed:
                raise LibraryError(
                    tr(
                        "Het bestand '{path}' is geen Praatplaat-bibliotheek of is beschadigd. "
                        "Er is niets gewijzigd. Herstel een reservekopie of kies een ander "
                        "bestand.",
                        path=path,
                    )
                ) from exc
            raise LibraryError(
                tr(
                    "De bibliotheek '{path}' kan niet worden geopend of aangemaakt ({reason}). "
                    "Controleer of u in deze map mag schrijven.",
                    path=path,
                    reason=exc,
                )
            ) from exc
        return conn

    def _enable_wal(self) -> None:
        mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise LibraryError(
                tr(
                    "De bibliotheek '{path}' kan niet veilig worden geopend (geen WAL-modus). "
                    "Zet de bibliotheek op een lokale schijf, niet op een netwerkmap.",
                    path=self.path,
                )
            )
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA foreign_keys = ON")

    def _prepare(self, backup_dir: Path | None) -> None:
        try:
            self._check_identity()
            self._enable_wal()
            self._upgrade(backup_dir)
        except BaseException:
            with contextlib.suppress(Exception):
                self.conn.close()
            raise

    def _check_identity(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
        has_tables = self.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table'"
        ).fetchone()[0]
        if version == 0 and has_tables:
            raise LibraryError(
                tr(
                    "'{path}' is een database, maar geen Praatplaat-bibliotheek. "
                    "Er is niets gewijzigd. Kies een ander bestand.",
                    path=self.path,
                )
            )
        if version and app_id != APPLICATION_ID:
            raise LibraryError(
                tr(
                    "'{path}' is een database van een ander programma. "
                    "Er is niets gewijzigd. Kies een ander bestand.",
                    path=self.path,
                )
            )
        if version > SCHEMA_VERSION:
            raise NewerLibraryError(
                tr(
                    "De bibliotheek '{path}' is gemaakt met een nieuwere versie van "
                    "Praatplaat. Werk Praatplaat bij om deze bibliotheek te openen; er is niets "
                    "gewijzigd.",
                    path=self.path,
                )
            )

    def _upgrade(self, backup_dir: Path | None) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            backup: Path | None = None
            if version > 0:
                backup = (backup_dir or paths.backups_dir()) / (
                    f"{self.path.stem}-voor-bijwerken-v{version}-{_timestamp()}.sqlite"
                )
                _backup(self.conn, backup)
            try:
                self._migrate(version)
            except sqlite3.Error as exc:
                # Two whole sentences rather than an optional clause glued in between.
                if backup is not None:
                    message = tr(
                        "Het bijwerken van de bibliotheek '{path}' is mislukt ({reason}). "
                        "De bibliotheek is niet gewijzigd. Een reservekopie staat in "
                        "'{backup}'. Neem contact op met de beheerder.",
                        path=self.path,
                        reason=exc,
                        backup=backup,
                    )
                else:
                    message = tr(
                        "Het bijwerken van de bibliotheek '{path}' is mislukt ({reason}). "
                        "De bibliotheek is niet gewijzigd. Neem contact op met de beheerder.",
                        path=self.path,
                        reason=exc,
                    )
                raise LibraryError(message) from exc

    def _migrate(self, current: int) -> None:
        for target_version in range(current + 1, SCHEMA_VERSION + 1):
            script = MIGRATIONS[target_version - 1]
            # One step per transaction; executescript would commit on its own.
            with self.transaction():
                for statement in _split_sql(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self.conn.execute(f"PRAGMA user_version = {target_version}")

    @property
    def is_open(self) -> bool:
        """False after :meth:`close`; late timers in views check this before reading."""
        return self.conn is not None

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
                # Fold the WAL into the main file so a copied library is complete.
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- transactions

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """Turn SQLite's write failures into messages a facilitator can act on."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if "full" in text:
                raise LibraryError(
                    tr(
                        "De schijf is vol: de laatste wijziging kon niet worden bewaard. Maak "
                        "ruimte vrij op de schijf en probeer het opnieuw; wat eerder bewaard "
                        "was, blijft bewaard."
                    )
                ) from exc
            if "readonly" in text or "read-only" in text:
                raise LibraryError(
                    tr(
                        "De bibliotheek '{path}' is alleen-lezen: wijzigingen kunnen niet "
                        "worden bewaard. Controleer de rechten van het bestand of de map.",
                        path=self.path,
                    )
                ) from exc
            if "locked" in text or "busy" in text:
                raise LibraryError(
                    tr(
                        "De bibliotheek is even bezet door een ander programma. Probeer het zo "
                        "opnieuw."
                    )
                ) from exc
            if "disk i/o" in text:
                raise LibraryError(
                    tr(
                        "De bibliotheek kon niet naar de schijf schrijven (schijffout). "
                        "Controleer de schijf of USB-stick en probeer het opnieuw."
                    )
                ) from exc
            raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside either land together or not at all. Nests."""
        if self._in_transaction:
            self._in_transaction += 1
            try:
                yield
            finally:
                self._in_transaction -= 1
            return
        with self._writing():
            self.conn.execute("BEGIN IMMEDIATE")
        self._in_transaction = 1
        try:
            yield
        except BaseException:
            self._in_transaction = 0
            if self.conn.in_transaction:  # SQLite may already have rolled back (disk full)
                self.conn.execute("ROLLBACK")
            raise
        else:
            self._in_transaction = 0
            with self._writing():
                self.conn.execute("COMMIT")

    def backup_to(self, target: Path) -> Path:
        return _backup(self.conn, Path(target))

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # ------------------------------------------------------------ generic rows

    def save(self, record: R) -> R:
        """Insert or update ``record`` by id, as it is (``updated_at`` included)."""
        row = record.to_row()
        columns = list(row)
        placeholders = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        with self._writing():
            self.conn.execute(
                f"INSERT INTO {record.TABLE} ({', '.join(columns)}) VALUES ({placeholders}) "
                f"ON CONFLICT(id) DO UPDATE SET {updates}",
                [row[c] for c in columns],
            )
        return record

    def get(self, record_type: type[R], record_id: str, *, include_deleted: bool = False) -> R:
        row = self.conn.execute(
            f"SELECT * FROM {record_type.TABLE} WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None or (row["deleted"] and not include_deleted):
            raise NotFoundError(
                tr("Niet gevonden: {id}. Misschien is het verwijderd.", id=record_id)
            )
        return record_type.from_row(row)

    def find(self, record_type: type[R], record_id: str) -> R | None:
        row = self.conn.execute(
            f"SELECT * FROM {record_type.TABLE} WHERE id = ?", (record_id,)
        ).fetchone()
        return record_type.from_row(row) if row is not None else None

    def rows(
        self,
        record_type: type[R],
        where: str = "",
        params: Iterable[Any] = (),
        *,
        order: str = "",
        include_deleted: bool = False,
    ) -> list[R]:
        clauses = [] if include_deleted else ["deleted = 0"]
        if where:
            clauses.append(f"({where})")
        sql = f"SELECT * FROM {record_type.TABLE}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        if order:
            sql += f" ORDER BY {order}"
        return [record_type.from_row(r) for r in self.conn.execute(sql, tuple(params))]

    def mark_deleted(self, record: R) -> R:
        return self.save(record.touched(deleted=True))

    # ------------------------------------------------------------------ history

    def add_history(self, record: Record, reason: str) -> None:
        """Keep a replaced version of a record (merge loser, follow-up update)."""
        import json  # history is rare: json stays off the start-up path

        self.conn.execute(
            "INSERT INTO history (id, table_name, record_id, data, record_updated_at, reason,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                new_id(),
                record.TABLE,
                record.id,
                json.dumps(record.to_row(), ensure_ascii=False),
                record.updated_at,
                reason,
                utc_now(),
            ),
        )

    def history_for(self, record_id: str) -> list[dict[str, Any]]:
        import json

        return [
            dict(r) | {"data": json.loads(r["data"])}
            for r in self.conn.execute(
                "SELECT * FROM history WHERE record_id = ? ORDER BY created_at DESC", (record_id,)
            )
        ]

    # ------------------------------------------------------------------- routes

    def routes(self) -> list[Route]:
        return self.rows(Route, order="name COLLATE NOCASE")

    def route_by_name(self, name: str) -> Route | None:
        """The route with this name, ignoring case ("ZORGROUTE ÉÉN" is "Zorgroute Één")."""
        # SQLite's lower() folds ASCII letters only; a network has tens of routes.
        wanted = name.strip().casefold()
        for route in self.rows(Route, order="created_at"):
            if route.name.strip().casefold() == wanted:
                return route
        return None

    # ----------------------------------------------------------------- sessions

    _SUMMARY_SQL = """
        SELECT s.id, s.route_id, r.name AS route_name, s.kind, s.date, s.facilitator,
               s.updated_at,
               (SELECT group_concat(indicator_id, ' ') FROM (
                    SELECT indicator_id FROM session_indicators si
                    WHERE si.session_id = s.id AND si.deleted = 0 ORDER BY si.position
               )) AS indicators
        FROM sessions s JOIN routes r ON r.id = s.route_id
    """

    @staticmethod
    def _summary(row: sqlite3.Row) -> SessionSummary:
        return SessionSummary(
            id=row["id"],
            route_id=row["route_id"],
            route_name=row["route_name"],
            kind=row["kind"],
            date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
            facilitator=row["facilitator"],
            indicator_ids=tuple((row["indicators"] or "").split()),
            updated_at=row["updated_at"],
        )

    def list_sessions(
        self, *, limit: int | None = 200, route_id: str | None = None
    ) -> list[SessionSummary]:
        """Conversations, newest first."""
        sql = self._SUMMARY_SQL + " WHERE s.deleted = 0 AND r.deleted = 0"
        params: list[Any] = []
        if route_id:
            sql += " AND s.route_id = ?"
            params.append(route_id)
        sql += " ORDER BY s.date DESC, s.created_at DESC, s.id"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [self._summary(r) for r in self.conn.execute(sql, params)]

    # Above this many matching notes it is faster to walk the conversations newest first
    # and stop at ``limit`` than to collect every match first (measured on 100,000 notes).
    _SCAN_THRESHOLD = 4500

    def search_sessions(self, text: str, *, limit: int | None = 200) -> list[SessionSummary]:
        """Conversations whose route, details, notes, goals or actions match ``text``.

        Case and diacritics are ignored ("geevalueerd" finds "geëvalueerd"), and
        the last word may be unfinished, so the list can filter as one types.
        """
        query = fts_query(text)
        if not query:
            return self.list_sessions(limit=limit)
        params: dict[str, Any] = {"q": query}
        note_hits = self.conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM notes_fts WHERE notes_fts MATCH :q"
            f" LIMIT {self._SCAN_THRESHOLD + 1})",
            params,
        ).fetchone()[0]
        if limit and note_hits > self._SCAN_THRESHOLD:
            # A common word: most conversations match, the first ``limit`` come quickly.
            where = """
                EXISTS (SELECT 1 FROM notes n WHERE n.session_id = s.id AND n.deleted = 0
                        AND n.rowid IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH :q))
                OR EXISTS (SELECT 1 FROM goals g WHERE g.session_id = s.id AND g.deleted = 0
                        AND g.rowid IN (SELECT rowid FROM goals_fts WHERE goals_fts MATCH :q))
                OR EXISTS (SELECT 1 FROM actions a WHERE a.session_id = s.id AND a.deleted = 0
                        AND a.rowid IN (SELECT rowid FROM actions_fts WHERE actions_fts MATCH :q))
                OR s.rowid IN (SELECT rowid FROM sessions_fts WHERE sessions_fts MATCH :q)
                OR r.rowid IN (SELECT rowid FROM routes_fts WHERE routes_fts MATCH :q)
            """
        else:
            # A rare word: collect the few matching conversations, then sort them.
            where = """
                s.id IN (
                    SELECT session_id FROM notes WHERE deleted = 0 AND rowid IN
                        (SELECT rowid FROM notes_fts WHERE notes_fts MATCH :q)
                    UNION SELECT session_id FROM goals WHERE deleted = 0 AND rowid IN
                        (SELECT rowid FROM goals_fts WHERE goals_fts MATCH :q)
                    UNION SELECT session_id FROM actions WHERE deleted = 0 AND rowid IN
                        (SELECT rowid FROM actions_fts WHERE actions_fts MATCH :q)
                    UNION SELECT id FROM sessions WHERE rowid IN
                        (SELECT rowid FROM sessions_fts WHERE sessions_fts MATCH :q)
                    UNION SELECT id FROM sessions WHERE route_id IN
                        (SELECT id FROM routes WHERE rowid IN
                            (SELECT rowid FROM routes_fts WHERE routes_fts MATCH :q))
                )
            """
        sql = (
            self._SUMMARY_SQL
            + f" WHERE s.deleted = 0 AND r.deleted = 0 AND ({where})"
            + " ORDER BY s.date DESC, s.created_at DESC, s.id"
        )
        if limit:
            sql += " LIMIT :limit"
            params["limit"] = limit
        return [self._summary(r) for r in self.conn.execute(sql, params)]

    def count_sessions(self) -> int:
        return self.conn.execute("SELECT count(*) FROM sessions WHERE deleted = 0").fetchone()[0]

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT count(*) FROM routes").fetchone()[0] == 0

    def conversation(self, session_id: str) -> Conversation:
        """Everything that belongs to one conversation."""
        session = self.get(Session, session_id)
        route = self.get(Route, session.route_id, include_deleted=True)
        by_session = "session_id = ?"
        p = (session_id,)
        return Conversation(
            session=session,
            route=route,
            participants=self.rows(Participant, by_session, p, order="position, rowid"),
            indicators=self.rows(ChosenIndicator, by_session, p, order="position, rowid"),
            notes=self.rows(Note, by_session, p, order="rowid"),
            theme_marks=self.rows(ThemeMark, by_session, p, order="rowid"),
            goals=self.rows(Goal, by_session, p, order="position, rowid"),
            actions=self.rows(Action, by_session, p, order="position, rowid"),
            follow_ups=self.rows(FollowUp, by_session, p, order="position, rowid"),
        )

    # -------------------------------------------------------- keyed conversation rows

    def note(self, session_id: str, indicator_id: str, theme_id: str, kind: str) -> Note | None:
        row = self.conn.execute(
            "SELECT * FROM notes WHERE session_id = ? AND indicator_id = ? AND theme_id = ?"
            " AND kind = ?",
            (session_id, indicator_id, theme_id, kind),
        ).fetchone()
        return Note.from_row(row) if row is not None else None

    def set_note_text(
        self, session_id: str, indicator_id: str, theme_id: str, kind: str, text: str
    ) -> Note:
        """Store a note's text (the autosave path: one indexed upsert)."""
        existing = self.note(session_id, indicator_id, theme_id, kind)
        if existing is None:
            note = Note(
                session_id=session_id,
                indicator_id=indicator_id,
                theme_id=theme_id,
                kind=kind,
                text=text,
            )
        else:
            if existing.text == text and not existing.deleted:
                return existing
            note = existing.touched(text=text, deleted=False)
        return self.save(note)

    def chosen_indicator(self, session_id: str, indicator_id: str) -> ChosenIndicator | None:
        row = self.conn.execute(
            "SELECT * FROM session_indicators WHERE session_id = ? AND indicator_id = ?",
            (session_id, indicator_id),
        ).fetchone()
        return ChosenIndicator.from_row(row) if row is not None else None

    def theme_mark(self, session_id: str, indicator_id: str, theme_id: str) -> ThemeMark | None:
        row = self.conn.execute(
            "SELECT * FROM theme_marks WHERE session_id = ? AND indicator_id = ? AND theme_id = ?",
            (session_id, indicator_id, theme_id),
        ).fetchone()
        return ThemeMark.from_row(row) if row is not None else None

    def earlier_sessions(self, session: Session, kinds: Iterable[str]) -> list[Session]:
        """The route's earlier conversations of ``kinds``, newest first."""
        kinds = list(kinds)
        marks = ", ".join("?" for _ in kinds)
        return self.rows(
            Session,
            f"route_id = ? AND id != ? AND kind IN ({marks}) AND "
            "(date IS NULL OR ? IS NULL OR date <= ?)",
            [session.route_id, session.id, *kinds]
            + [session.date.isoformat() if session.date else None] * 2,
            order="date DESC, created_at DESC",
        )


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (triggers contain inner ';')."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
