"""Privacy: anonymised exports and forgetting a person.

*Anonymising* an export empties every participant's name (roles and
organisations stay) and replaces those names wherever else they occur in the
exported text (notes, actions, captions, earlier versions) by ``[naam]``:
the whole name anywhere (names shorter than four letters as whole words), and
each part of it of three letters or more as a whole word ("Jan" in "Jan
vertelde", not in "januari"). Photos lose their metadata (EXIF, XMP, text
chunks: camera owner, GPS position).

*Forgetting* a person (:func:`forget_person`) removes a name from the library:
participants and questionnaire respondents with exactly that name (trimmed,
case-insensitive) lose it, the name is replaced by ``[naam verwijderd]`` in
all other text and in the history of replaced versions, the search index is
rebuilt, and with ``PRAGMA secure_delete`` and a ``VACUUM`` the old text does
not linger in the database file. Backups the app keeps in its backups folder
are *rewritten* the same way; a backup that cannot be rewritten cleanly (not a
library, damaged, or the name still found in its bytes afterwards) and any
other file there that contains the name is *deleted*.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from praatplaat_app import paths
from praatplaat_app.domain import utc_now
from praatplaat_app.exchange.format import RECORD_TABLES, ExchangeError
from praatplaat_app.messages import tr
from praatplaat_app.store import Library

log = logging.getLogger("praatplaat.exchange")

# Written into exported files and the library, in every language: the screens name them
# as they are ("[naam]"), and a placeholder must look the same in every copy.
ANONYMOUS = "[naam]"
FORGOTTEN = "[naam verwijderd]"

# Free-text columns per table in which a name may be written.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "routes": (
        "name",
        "organisations",
        "programmes",
        "reason_goal",
        "form",
        "phase",
        "coordinator",
    ),
    "sessions": ("facilitator", "context", "target_group", "phase"),
    "participants": ("organisation", "name"),
    "session_indicators": (),
    "notes": ("text",),
    "theme_marks": (),
    "goals": ("text",),
    "actions": ("what", "who"),
    "follow_ups": ("who_invites", "prepare"),
    "attachments": ("filename", "caption"),
    "questionnaire_responses": ("respondent", "answers"),
}
# Columns that hold a person's name as a whole: emptied on an exact match.
NAME_FIELDS: dict[str, str] = {"participants": "name", "questionnaire_responses": "respondent"}
# Whole names at least this long are replaced wherever they occur, also inside words.
_SUBSTRING_MIN = 4
# Parts of Dutch names that are not names by themselves.
_PARTICLES = {"van", "von", "der", "den", "de", "het", "ten", "ter", "te", "la", "le", "du", "op"}


def normalize_name(name: str) -> str:
    """Trimmed, inner spaces collapsed, case-folded: how names are compared."""
    return " ".join((name or "").split()).casefold()


class NameScrubber:
    """Replaces names (case-insensitive) in text."""

    def __init__(self, names: Iterable[str], placeholder: str, *, parts: bool) -> None:
        self.placeholder = placeholder
        whole = sorted(
            {" ".join(n.split()) for n in names if n and n.strip()}, key=len, reverse=True
        )
        self.normalized = {normalize_name(n) for n in whole}

        def pattern(name: str) -> str:
            body = r"\s+".join(map(re.escape, name.split()))
            # Short names ("Bo", "Kim") only as whole words: not inside "Bob" or "Kimberley".
            return body if len(name) >= _SUBSTRING_MIN else rf"(?<!\w){body}(?!\w)"

        self._whole = (
            re.compile("|".join(pattern(n) for n in whole), re.IGNORECASE) if whole else None
        )
        words: set[str] = set()
        if parts:
            for name in whole:
                for word in re.findall(r"\w+", name):
                    if len(word) >= 3 and word.casefold() not in _PARTICLES:
                        words.add(word)
        self._parts = (
            re.compile(
                r"(?<!\w)(?:"
                + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                + r")(?!\w)",
                re.IGNORECASE,
            )
            if words
            else None
        )

    def __bool__(self) -> bool:
        return self._whole is not None

    def is_name(self, value: str) -> bool:
        return normalize_name(value) in self.normalized

    def scrub(self, text: str) -> str:
        if not text or self._whole is None:
            return text
        text = self._whole.sub(self.placeholder, text)
        if self._parts is not None:
            text = self._parts.sub(self.placeholder, text)
        return text

    def scrub_json_text(self, text: str) -> str:
        """Scrub the strings inside a JSON document (questionnaire answers)."""
        if self.scrub(text) == text:
            return text
        try:
            value = json.loads(text)
        except ValueError:
            return "{}"
        return json.dumps(self._scrub_value(value), ensure_ascii=False)

    def _scrub_value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, list):
            return [self._scrub_value(v) for v in value]
        if isinstance(value, dict):
            return {self.scrub(k): self._scrub_value(v) for k, v in value.items()}
        return value

    def scrub_row(self, table: str, row: dict[str, Any], *, empty_names: bool) -> dict[str, Any]:
        """A copy of ``row`` without the names. ``empty_names`` empties name columns
        outright (anonymising); otherwise only when they are one of the names."""
        out = dict(row)
        name_field = NAME_FIELDS.get(table)
        for column in TEXT_FIELDS.get(table, ()):
            value = out.get(column)
            if not isinstance(value, str) or not value:
                continue
            if column == name_field:
                # A name column is a whole name: emptied, never partly rewritten.
                if empty_names or self.is_name(value):
                    out[column] = ""
            elif column == "answers":
                out[column] = self.scrub_json_text(value)
            else:
                out[column] = self.scrub(value)
        return out


# ------------------------------------------------------------------ anonymise


def library_person_names(library: Library) -> set[str]:
    """Every participant's and respondent's name in the library, also earlier versions."""
    names: set[str] = set()
    for table, column in NAME_FIELDS.items():
        for (value,) in library.conn.execute(f"SELECT {column} FROM {table}"):
            if value and value.strip():
                names.add(value.strip())
        for (data,) in library.conn.execute(
            "SELECT data FROM history WHERE table_name = ?", (table,)
        ):
            with contextlib.suppress(ValueError, TypeError, AttributeError):
                value = json.loads(data).get(column)
                if isinstance(value, str) and value.strip():
                    names.add(value.strip())
    return names


def anonymise_records(
    records: dict[str, list[dict[str, Any]]],
    history: list[dict[str, Any]],
    names: Iterable[str],
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """Copies of exported rows (and history rows) with the persons' names removed."""
    scrubber = NameScrubber(names, ANONYMOUS, parts=True)
    new_records = {
        table: [scrubber.scrub_row(table, row, empty_names=True) for row in rows]
        for table, rows in records.items()
    }
    new_history = []
    for entry in history:
        entry = dict(entry)
        entry["data"] = scrubber.scrub_row(entry["table_name"], entry["data"], empty_names=True)
        entry["reason"] = scrubber.scrub(entry["reason"])
        new_history.append(entry)
    return new_records, new_history


# ------------------------------------------------------------------- forget


@dataclass
class ForgetReport:
    """What :func:`forget_person` changed."""

    name: str
    records_changed: int = 0
    history_changed: int = 0
    backups_rewritten: list[Path] = field(default_factory=list)
    backups_deleted: list[Path] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.records_changed + self.history_changed

    def describe(self) -> str:
        if not self.total and not self.backups_rewritten and not self.backups_deleted:
            return tr("De naam '{name}' kwam nergens in de bibliotheek voor.", name=self.name)
        sentences = [
            tr(
                "De naam '{name}' is verwijderd uit {records} gegevens en {history} eerdere "
                "versies.",
                name=self.name,
                records=self.records_changed,
                history=self.history_changed,
            )
        ]
        if self.backups_rewritten:
            sentences.append(
                tr("{count} reservekopieën zijn aangepast.", count=len(self.backups_rewritten))
            )
        if self.backups_deleted:
            sentences.append(
                tr(
                    "{count} reservekopieën konden niet worden aangepast en zijn verwijderd.",
                    count=len(self.backups_deleted),
                )
            )
        return " ".join(sentences)


def forget_person(library: Library, name: str, *, backup_dir: Path | None = None) -> int:
    """Remove ``name`` from the library and its backups; the number of library rows changed."""
    return forget_person_report(library, name, backup_dir=backup_dir).total


def forget_person_report(
    library: Library, name: str, *, backup_dir: Path | None = None
) -> ForgetReport:
    cleaned = " ".join((name or "").split())
    if len(cleaned) < 2:
        raise ExchangeError(tr("Vul de naam in van de persoon die vergeten moet worden."))
    report = ForgetReport(cleaned)
    scrubber = NameScrubber([cleaned], FORGOTTEN, parts=False)
    conn = library.conn
    previous = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with library.transaction():
            report.records_changed, report.history_changed = _scrub_database(conn, scrubber)
        # Fold the WAL into the file, rewrite the file without free pages, fold again.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(previous)}")
    folder = backup_dir if backup_dir is not None else paths.backups_dir()
    _scrub_backups(Path(folder), scrubber, report, library.path)
    _scrub_shared_state(scrubber)
    return report


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _scrub_database(conn: sqlite3.Connection, scrubber: NameScrubber) -> tuple[int, int]:
    """Scrub a library-shaped database in place (the caller holds the transaction)."""
    tables = _tables(conn)
    now = utc_now()
    records = 0
    for table in RECORD_TABLES:
        if table not in tables:
            continue
        available = set(_columns(conn, table))
        text_columns = [c for c in TEXT_FIELDS[table] if c in available]
        if not text_columns:
            continue
        select = ", ".join(["id", *text_columns])
        updates: list[tuple[str, dict[str, Any]]] = []
        for row in conn.execute(f"SELECT {select} FROM {table}"):
            values = dict(zip(["id", *text_columns], row, strict=True))
            scrubbed = scrubber.scrub_row(table, values, empty_names=False)
            changed = {c: scrubbed[c] for c in text_columns if scrubbed[c] != values[c]}
            if changed:
                updates.append((values["id"], changed))
        for record_id, changed in updates:
            if "updated_at" in available:
                changed["updated_at"] = now
            assignments = ", ".join(f"{c} = ?" for c in changed)
            conn.execute(
                f"UPDATE {table} SET {assignments} WHERE id = ?", [*changed.values(), record_id]
            )
        records += len(updates)
    history = 0
    if "history" in tables:
        updates_h = []
        for history_id, table_name, data, reason in conn.execute(
            "SELECT id, table_name, data, reason FROM history"
        ):
            new_reason = scrubber.scrub(reason or "")
            new_data = _scrub_history_data(scrubber, table_name, data)
            if new_data != data or new_reason != reason:
                updates_h.append((new_data, new_reason, history_id))
        for update in updates_h:
            conn.execute("UPDATE history SET data = ?, reason = ? WHERE id = ?", update)
        history = len(updates_h)
    for fts in sorted(t for t in tables if t.endswith("_fts")):
        # Rebuild from the content tables: old terms must not survive in FTS segments.
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    return records, history


def _scrub_history_data(scrubber: NameScrubber, table: str, data: str) -> str:
    try:
        row = json.loads(data)
    except (ValueError, TypeError):
        return json.dumps({}) if scrubber.scrub(data or "") != data else data
    if not isinstance(row, dict):
        return data
    scrubbed = scrubber.scrub_row(table, row, empty_names=False)
    if scrubbed == row:
        return data
    return json.dumps(scrubbed, ensure_ascii=False)


def _contains_name(path: Path, scrubber: NameScrubber) -> bool:
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    text = raw.decode("utf-8", errors="replace")
    if scrubber._whole is None:
        return False
    return bool(scrubber._whole.search(text)) or any(
        n in text.casefold() for n in scrubber.normalized
    )


def _scrub_backups(
    folder: Path, scrubber: NameScrubber, report: ForgetReport, library_path: Path
) -> None:
    if not folder.is_dir():
        return
    library_file = library_path.resolve()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.resolve() == library_file or path.name.endswith(("-wal", "-shm", "-journal")):
            continue
        if not _contains_name(path, scrubber):
            continue
        rewritten = False
        if path.read_bytes()[:16] == b"SQLite format 3\x00":
            try:
                _rewrite_backup(path, scrubber)
                rewritten = not _contains_name(path, scrubber)
            except sqlite3.Error as exc:
                log.warning("Reservekopie %s kan niet worden aangepast: %s", path, exc)
        if rewritten:
            report.backups_rewritten.append(path)
        else:
            for victim in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    victim.unlink()
            report.backups_deleted.append(path)


def _rewrite_backup(path: Path, scrubber: NameScrubber) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            _scrub_database(conn, scrubber)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()


def _scrub_shared_state(scrubber: NameScrubber) -> None:
    """File names remembered from the shared folder may contain the name."""
    from praatplaat_app.exchange.shared_folder import scrub_state

    scrub_state(scrubber.scrub)
