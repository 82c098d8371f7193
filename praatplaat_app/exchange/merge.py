"""Importing a checked ``.praatplaat`` file into the library: merge by id, newest wins.

* A record the library does not have is added.
* An identical record is skipped (importing the same file twice changes nothing).
* A changed record: the version with the newest ``updated_at`` wins; the other
  version is kept in ``history`` with a reason, shown in the summary and
  restorable with :func:`restore_from_history`. On a tie (same ``updated_at``,
  different content — e.g. an anonymised copy of your own conversation) your
  version stays and the file's version is kept aside.
* Notes, chosen indicators and theme marks are also unique per conversation,
  indicator and theme: when the file and the library each created one for the
  same place (different ids), they are treated as the same record, under the
  library's id.

The whole import is one transaction, after a backup of the library.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from praatplaat_app import paths
from praatplaat_app.domain import SESSION_KIND_LABELS, utc_now
from praatplaat_app.exchange.format import (
    HISTORY_TABLES,
    NATURAL_KEYS,
    RECORD_TABLES,
    SESSION_CHILD_TABLES,
    ExchangeError,
    RowRecord,
    count_label,
    normalized_row,
    parse_timestamp,
    record_type,
    table_label,
)
from praatplaat_app.exchange.package import Package, format_local_time, read_package
from praatplaat_app.messages import tr
from praatplaat_app.store import Library

_CHUNK = 500
_KEEP_IMPORT_BACKUPS = 10


# ===================================================================== summary


def _subject(table: str, conversation: str, route_name: str) -> str:
    """What a record is and where it belongs: "Notitie in gesprek '…' van route '…'"."""
    what = table_label(table)
    if conversation and route_name:
        text = tr(
            "{what} in gesprek '{conversation}' van route '{route}'",
            what=what,
            conversation=conversation,
            route=route_name,
        )
    elif conversation:
        text = tr("{what} in gesprek '{conversation}'", what=what, conversation=conversation)
    elif route_name:
        text = tr("{what} van route '{route}'", what=what, route=route_name)
    else:
        text = what
    return text[:1].upper() + text[1:]


@dataclass
class KeptAside:
    """A version that lost a merge and was kept in the history."""

    table: str
    record_id: str
    history_id: str
    side: Literal["local", "incoming"]  # whose version was kept aside
    kept_updated_at: str
    winner_updated_at: str
    route_name: str = ""
    conversation: str = ""  # e.g. "Studenten, 14-03-2025"; empty for a route

    def describe(self) -> str:
        subject = _subject(self.table, self.conversation, self.route_name)
        kept = format_local_time(self.kept_updated_at)
        winner = format_local_time(self.winner_updated_at)
        if self.side == "local":
            return tr(
                "{subject}: uw versie (gewijzigd {kept}) is vervangen door de nieuwere uit het "
                "bestand (gewijzigd {winner}). Uw versie staat in de geschiedenis en kan worden "
                "teruggezet.",
                subject=subject,
                kept=kept,
                winner=winner,
            )
        if self.kept_updated_at == self.winner_updated_at:
            return tr(
                "{subject}: het bestand had een andere versie met hetzelfde tijdstip ({kept}). "
                "Uw versie blijft staan; die uit het bestand staat in de geschiedenis.",
                subject=subject,
                kept=kept,
            )
        return tr(
            "{subject}: de versie uit het bestand (gewijzigd {kept}) is ouder dan de uwe "
            "(gewijzigd {winner}) en is niet overgenomen. U vindt haar in de geschiedenis.",
            subject=subject,
            kept=kept,
            winner=winner,
        )


@dataclass
class ImportSummary:
    """What an import added, updated and kept aside, for the user to read."""

    source: str
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    kept_aside: list[KeptAside] = field(default_factory=list)
    history_added: int = 0
    backup_path: Path | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())

    @property
    def changed(self) -> bool:
        return bool(self.total_added or self.total_updated or self.kept_aside or self.history_added)

    def _counts(self, counts: dict[str, int]) -> str:
        return ", ".join(count_label(t, counts[t]) for t in RECORD_TABLES if counts.get(t))

    def describe(self) -> str:
        """The summary in the app's language, several lines."""
        if not self.changed:
            lines = [
                tr(
                    "'{source}': niets nieuws, alles stond al in uw bibliotheek.",
                    source=self.source,
                )
            ]
        else:
            lines = [tr("Geïmporteerd uit '{source}':", source=self.source)]
            if self.total_added:
                lines.append(tr("- toegevoegd: {counts}", counts=self._counts(self.added)))
            if self.total_updated:
                lines.append(tr("- bijgewerkt: {counts}", counts=self._counts(self.updated)))
            if self.kept_aside:
                lines.append(
                    tr(
                        "- opzijgezet in de geschiedenis: {count}",
                        count=count_label("history", len(self.kept_aside)),
                    )
                )
                lines.extend(f"  • {k.describe()}" for k in self.kept_aside)
            if self.history_added:
                lines.append(
                    tr(
                        "- meegekomen uit de geschiedenis van de afzender: {count}",
                        count=count_label("history", self.history_added),
                    )
                )
        lines.extend(tr("Let op: {warning}", warning=w) for w in self.warnings)
        if self.backup_path is not None and self.changed:
            lines.append(
                tr("Reservekopie van uw bibliotheek vooraf: {path}", path=self.backup_path)
            )
        return "\n".join(lines)


# ====================================================================== import


def import_file(
    library: Library, path: Path | str, *, backup_dir: Path | None = None, catalog: Any = None
) -> ImportSummary:
    """Read, check and import one file."""
    return import_package(library, read_package(path), backup_dir=backup_dir, catalog=catalog)


def import_package(
    library: Library,
    package: Package,
    *,
    backup_dir: Path | None = None,
    catalog: Any = None,
) -> ImportSummary:
    """Merge a checked package into the library in one transaction.

    A backup of the library is written to ``backup_dir`` (default: the app's
    backups folder) first. Raises :class:`ExchangeError` — with the library
    unchanged — when references cannot be resolved or the database refuses.
    """
    _check_references(library, package)
    summary = ImportSummary(source=package.name or tr("bestand"))
    summary.warnings.extend(_catalog_warnings(package, catalog))
    summary.backup_path = _take_backup(library, backup_dir)
    try:
        with library.transaction():
            _Merger(library, package, summary).run()
    except sqlite3.IntegrityError as exc:
        raise ExchangeError(
            tr(
                "Het bestand '{name}' past niet bij uw bibliotheek ({reason}). "
                "Er is niets gewijzigd.",
                name=summary.source,
                reason=exc,
            )
        ) from None
    except sqlite3.Error as exc:
        raise ExchangeError(
            tr(
                "Het importeren van '{name}' is mislukt ({reason}). Er is niets gewijzigd; "
                "probeer het opnieuw of sluit andere programma's die de bibliotheek gebruiken.",
                name=summary.source,
                reason=exc,
            )
        ) from None
    return summary


def _fetch(library: Library, sql: str, values: Sequence[str]) -> list[dict[str, Any]]:
    """Rows for an ``IN (...)`` query, in chunks. ``sql`` has one ``{marks}``."""
    rows: list[dict[str, Any]] = []
    values = list(values)
    for start in range(0, len(values), _CHUNK):
        part = values[start : start + _CHUNK]
        marks = ", ".join("?" for _ in part)
        rows.extend(dict(r) for r in library.conn.execute(sql.format(marks=marks), part))
    return rows


def _existing_ids(library: Library, table: str, ids: Iterable[str]) -> set[str]:
    return {
        r["id"]
        for r in _fetch(library, f"SELECT id FROM {table} WHERE id IN ({{marks}})", list(ids))
    }


def _check_references(library: Library, package: Package) -> None:
    name = package.name or tr("bestand")

    def fail(message: str) -> ExchangeError:
        return ExchangeError(
            message
            + " "
            + tr(
                "Er is niets gewijzigd. Vraag de afzender het gesprek samen met zijn route te "
                "exporteren."
            )
        )

    route_ids = package.record_ids("routes")
    wanted = {r["route_id"] for r in package.records["sessions"]} - route_ids
    missing = wanted - _existing_ids(library, "routes", wanted)
    if missing:
        raise fail(
            tr(
                "Het bestand '{name}' kan niet worden geïmporteerd: een gesprek verwijst naar een "
                "route ({id}) die niet in het bestand en niet in uw bibliotheek staat.",
                name=name,
                id=min(missing),
            )
        )
    session_ids = package.record_ids("sessions")
    wanted = {r["session_id"] for t in SESSION_CHILD_TABLES for r in package.records[t]}
    wanted -= session_ids
    missing = wanted - _existing_ids(library, "sessions", wanted)
    if missing:
        raise fail(
            tr(
                "Het bestand '{name}' kan niet worden geïmporteerd: gegevens verwijzen naar een "
                "gesprek ({id}) dat niet in het bestand en niet in uw bibliotheek staat.",
                name=name,
                id=min(missing),
            )
        )


def _catalog_warnings(package: Package, catalog: Any) -> list[str]:
    if catalog is None:
        return []
    ref = package.manifest.catalog
    warnings = []
    # Read after "Let op: " (en: "Please note: "), hence the small first letter.
    if ref.id != getattr(catalog, "id", ref.id):
        warnings.append(
            tr(
                "dit bestand is gemaakt met de methode-catalogus '{file_catalog}', uw Praatplaat "
                "gebruikt '{catalog}'. Indicatoren en thema's die uw catalogus niet kent, worden "
                "niet getoond.",
                file_catalog=ref.id,
                catalog=catalog.id,
            )
        )
    known = {i.id for i in getattr(catalog, "indicators", ())}
    used = {r["indicator_id"] for r in package.records["session_indicators"]}
    unknown = sorted(used - known) if known else []
    if unknown and not warnings:
        warnings.append(
            tr(
                "het bestand gebruikt indicatoren die uw catalogus niet kent ({indicators}).",
                indicators=", ".join(unknown),
            )
        )
    return warnings


def _take_backup(library: Library, backup_dir: Path | None) -> Path:
    folder = Path(backup_dir) if backup_dir is not None else paths.backups_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{library.path.stem}-voor-import-{stamp}.sqlite"
    try:
        library.backup_to(target)
    except (OSError, sqlite3.Error) as exc:
        raise ExchangeError(
            tr(
                "Voor het importeren kon geen reservekopie worden gemaakt in '{folder}' "
                "({reason}). Er is niets geïmporteerd. Maak ruimte vrij of kies een andere map "
                "voor reservekopieën.",
                folder=folder,
                reason=exc,
            )
        ) from None
    # Keep the newest few import backups of this library.
    old = sorted(folder.glob(f"{library.path.stem}-voor-import-*.sqlite"))
    for stale in old[:-_KEEP_IMPORT_BACKUPS]:
        try:
            stale.unlink()
        except OSError:
            pass
    return target


def _newer(a: str, b: str) -> int:
    """1 if timestamp ``a`` is later than ``b``, -1 if earlier, 0 if the same moment."""
    if a == b:
        return 0
    try:
        x, y = parse_timestamp(a), parse_timestamp(b)
    except ValueError:
        x, y = a, b  # type: ignore[assignment]
    return (x > y) - (x < y)  # type: ignore[operator]


def _history_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A record row as JSON-able data for the history (attachment bytes as base64)."""
    out = dict(row)
    if table == "attachments":
        data = out.pop("data", b"")
        out["data_base64"] = base64.b64encode(bytes(data or b"")).decode("ascii")
    return out


def _row_from_history(table: str, data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    if table == "attachments":
        out["data"] = base64.b64decode(out.pop("data_base64", "") or "")
    return out


def _in_history(library: Library, record_id: str, updated_at: str, data: dict[str, Any]) -> bool:
    for (stored,) in library.conn.execute(
        "SELECT data FROM history WHERE record_id = ? AND record_updated_at = ?",
        (record_id, updated_at),
    ):
        try:
            if json.loads(stored) == data:
                return True
        except ValueError:
            continue
    return False


def keep_in_history(library: Library, table: str, row: dict[str, Any], reason: str) -> str | None:
    """Keep a version in history unless that very version is there already; its id or None."""
    data = json.loads(json.dumps(_history_row(table, row), ensure_ascii=False))
    if _in_history(library, row["id"], row["updated_at"], data):
        return None
    library.add_history(RowRecord(table, data), reason)
    found = library.conn.execute(
        "SELECT id FROM history WHERE record_id = ? ORDER BY rowid DESC LIMIT 1", (row["id"],)
    ).fetchone()
    return str(found[0])


class _Merger:
    def __init__(self, library: Library, package: Package, summary: ImportSummary) -> None:
        self.library = library
        self.package = package
        self.summary = summary
        self.source = summary.source
        self.aliases: dict[str, str] = {}  # file id -> library id (natural-key matches)
        self._kept: list[tuple[KeptAside, dict[str, Any]]] = []

    def run(self) -> None:
        for table in RECORD_TABLES:
            rows = self.package.records.get(table) or []
            if rows:
                self._merge_table(table, rows)
        self._import_history()
        for kept, row in self._kept:
            kept.route_name, kept.conversation = self._where(kept.table, row)
            self.summary.kept_aside.append(kept)

    # ----------------------------------------------------------------- records

    def _columns(self, table: str) -> str:
        if table == "attachments":
            names = [r[1] for r in self.library.conn.execute("PRAGMA table_info(attachments)")]
            return ", ".join(n for n in names if n != "data")
        return "*"

    def _merge_table(self, table: str, rows: list[dict[str, Any]]) -> None:
        columns = self._columns(table)
        local = {
            r["id"]: r
            for r in _fetch(
                self.library,
                f"SELECT {columns} FROM {table} WHERE id IN ({{marks}})",
                [r["id"] for r in rows],
            )
        }
        by_key: dict[tuple[Any, ...], dict[str, Any]] = {}
        key_fields = NATURAL_KEYS.get(table)
        if key_fields:
            sessions = sorted({r["session_id"] for r in rows})
            for existing in _fetch(
                self.library, f"SELECT * FROM {table} WHERE session_id IN ({{marks}})", sessions
            ):
                by_key[tuple(existing[f] for f in key_fields)] = existing
        cls = record_type(table)
        added = updated = unchanged = 0
        for row in rows:
            if table == "attachments":
                row = {**row, "data": b""}
            incoming = normalized_row(table, row)
            current = local.get(row["id"])
            if current is None and key_fields:
                current = by_key.get(tuple(row[f] for f in key_fields))
                if current is not None:
                    self.aliases[row["id"]] = current["id"]
                    incoming = {**incoming, "id": current["id"]}
            if current is None:
                self._save(cls, table, incoming)
                added += 1
                continue
            current = normalized_row(table, current)
            if current == incoming:
                unchanged += 1
                continue
            order = _newer(incoming["updated_at"], current["updated_at"])
            same_content = {**current, "updated_at": ""} == {**incoming, "updated_at": ""}
            if same_content:
                if order > 0:
                    self._save(cls, table, incoming)
                    updated += 1
                else:
                    unchanged += 1
                continue
            if order > 0:
                self._keep(table, self._with_blob(table, current), "local", incoming)
                self._save(cls, table, incoming)
                updated += 1
            else:
                self._keep(
                    table, self._with_blob(table, incoming, from_file=True), "incoming", current
                )
                unchanged += 1
        for counts, value in (
            (self.summary.added, added),
            (self.summary.updated, updated),
            (self.summary.unchanged, unchanged),
        ):
            if value:
                counts[table] = counts.get(table, 0) + value

    def _with_blob(
        self, table: str, row: dict[str, Any], *, from_file: bool = False
    ) -> dict[str, Any]:
        if table != "attachments":
            return row
        if from_file:
            return {**row, "data": self.package.attachments[row["sha256"]]}
        found = self.library.conn.execute(
            "SELECT data FROM attachments WHERE id = ?", (row["id"],)
        ).fetchone()
        return {**row, "data": bytes(found[0]) if found else b""}

    def _save(self, cls: type, table: str, row: dict[str, Any]) -> None:
        if table == "attachments":
            row = {**row, "data": self.package.attachments[row["sha256"]]}
        self.library.save(cls.from_row(row))

    def _keep(
        self,
        table: str,
        loser: dict[str, Any],
        side: Literal["local", "incoming"],
        winner: dict[str, Any],
    ) -> None:
        # "import: " marks the reason for the history view (which shows it in words);
        # the rest is stored in the language of the moment, as the user read it then.
        if side == "local":
            reason = "import: " + tr(
                "vervangen door een nieuwere versie uit '{source}'", source=self.source
            )
        elif loser["updated_at"] == winner["updated_at"]:
            reason = "import: " + tr(
                "andere versie met hetzelfde tijdstip uit '{source}'", source=self.source
            )
        else:
            reason = "import: " + tr(
                "oudere versie uit '{source}', niet overgenomen", source=self.source
            )
        history_id = keep_in_history(self.library, table, loser, reason)
        if history_id is None:
            return
        kept = KeptAside(
            table=table,
            record_id=loser["id"],
            history_id=history_id,
            side=side,
            kept_updated_at=loser["updated_at"],
            winner_updated_at=winner["updated_at"],
        )
        self._kept.append((kept, winner))

    # ----------------------------------------------------------------- history

    def _import_history(self) -> None:
        entries = self.package.history
        if not entries:
            return
        known = _existing_ids(self.library, "history", [e["id"] for e in entries])
        added = 0
        for entry in entries:
            if entry["id"] in known:
                continue
            table = entry["table_name"]
            record_id = self.aliases.get(entry["record_id"], entry["record_id"])
            data = normalized_row(table, {**entry["data"], "id": record_id})
            data = json.loads(json.dumps(data, ensure_ascii=False))
            if _in_history(self.library, record_id, entry["record_updated_at"], data):
                continue
            self.library.conn.execute(
                "INSERT INTO history (id, table_name, record_id, data, record_updated_at, reason,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    entry["id"],
                    table,
                    record_id,
                    json.dumps(data, ensure_ascii=False),
                    entry["record_updated_at"],
                    entry["reason"],
                    entry["created_at"],
                ),
            )
            added += 1
        self.summary.history_added += added

    # ------------------------------------------------------------------ labels

    def _where(self, table: str, row: dict[str, Any]) -> tuple[str, str]:
        return describe_place(self.library, table, row)


def conversation_label(session: dict[str, Any]) -> str:
    from praatplaat_app.formatting import short_date

    kind = SESSION_KIND_LABELS.get(session.get("kind", ""), session.get("kind", ""))
    date = session.get("date")
    if date:
        try:
            date = short_date(dt.date.fromisoformat(str(date)))
        except ValueError:
            pass
        return f"{kind}, {date}"
    return str(kind)


def describe_place(library: Library, table: str, row: dict[str, Any]) -> tuple[str, str]:
    """(route name, conversation label) a record belongs to, as far as they can be found."""
    conn = library.conn
    if table == "routes":
        return str(row.get("name", "")), ""
    session: dict[str, Any] | None = None
    if table == "sessions":
        session = row
    elif row.get("session_id"):
        found = conn.execute(
            "SELECT route_id, kind, date FROM sessions WHERE id = ?", (row["session_id"],)
        ).fetchone()
        session = dict(found) if found else None
    if session is None:
        return "", ""
    route = conn.execute(
        "SELECT name FROM routes WHERE id = ?", (session.get("route_id"),)
    ).fetchone()
    return (str(route[0]) if route else ""), conversation_label(session)


# ===================================================================== history


@dataclass
class HistoryEntry:
    """A kept-aside version, for the history view."""

    id: str
    table: str
    record_id: str
    record_updated_at: str
    reason: str
    created_at: str
    data: dict[str, Any]
    route_name: str = ""
    conversation: str = ""

    def describe(self) -> str:
        return tr(
            "{subject}, versie van {when}: {reason}",
            subject=_subject(self.table, self.conversation, self.route_name),
            when=format_local_time(self.record_updated_at),
            reason=self.reason,
        )


def list_history(
    library: Library, record_id: str | None = None, *, limit: int | None = 500
) -> list[HistoryEntry]:
    """Kept-aside versions, newest first (of one record, or of all)."""
    sql = "SELECT * FROM history"
    params: list[Any] = []
    if record_id is not None:
        sql += " WHERE record_id = ?"
        params.append(record_id)
    sql += " ORDER BY created_at DESC, rowid DESC"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    entries = []
    for row in library.conn.execute(sql, params):
        try:
            data = json.loads(row["data"])
        except ValueError:
            data = {}
        route_name, conversation = describe_place(library, row["table_name"], data)
        entries.append(
            HistoryEntry(
                id=row["id"],
                table=row["table_name"],
                record_id=row["record_id"],
                record_updated_at=row["record_updated_at"],
                reason=row["reason"],
                created_at=row["created_at"],
                data=data,
                route_name=route_name,
                conversation=conversation,
            )
        )
    return entries


def restore_from_history(library: Library, history_id: str) -> Any:
    """Put a kept-aside version back. The version it replaces goes into history first.

    The restored record gets a fresh ``updated_at``: restoring is an edit, so it
    wins the next exchange. Returns the restored record.
    """
    entry = library.conn.execute("SELECT * FROM history WHERE id = ?", (history_id,)).fetchone()
    if entry is None:
        raise ExchangeError(
            tr("Deze eerdere versie bestaat niet (meer). Vernieuw de geschiedenis.")
        )
    table = entry["table_name"]
    try:
        cls = record_type(table)
        data = _row_from_history(table, json.loads(entry["data"]))
        restored = cls.from_row({**data, "id": entry["record_id"]})
    except (KeyError, ValueError, TypeError):
        raise ExchangeError(
            tr("Deze eerdere versie is beschadigd en kan niet worden teruggezet.")
        ) from None
    restored = dataclasses.replace(restored, updated_at=utc_now())
    try:
        with library.transaction():
            current = library.find(cls, entry["record_id"])
            if current is not None:
                now_row = current.to_row()
                if {**now_row, "updated_at": ""} != {**restored.to_row(), "updated_at": ""}:
                    keep_in_history(
                        library,
                        table,
                        now_row,
                        # "hersteld: " marks the reason for the history view, as "import: ".
                        "hersteld: "
                        + tr(
                            "vervangen door de versie van {when}",
                            when=format_local_time(entry["record_updated_at"]),
                        ),
                    )
            library.save(restored)
    except sqlite3.IntegrityError:
        raise ExchangeError(
            tr(
                "Deze versie kan niet worden teruggezet: het gesprek of de route waar zij bij "
                "hoort bestaat niet meer, of er staat al een gelijke notitie op die plek."
            )
        ) from None
    return restored


__all__ = [
    "HISTORY_TABLES",
    "HistoryEntry",
    "ImportSummary",
    "KeptAside",
    "describe_place",
    "import_file",
    "import_package",
    "keep_in_history",
    "list_history",
    "restore_from_history",
]
