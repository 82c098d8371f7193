"""The ``.praatplaat`` file format: names, limits, version and the typed models.

Everything a file may contain is described here as pydantic models with
``extra="forbid"``, strict types and length limits, so that a file is checked
in full before anything is written (see ``docs/praatplaat-file-format.md``).
No Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
)

from praatplaat_app.domain import (
    RECORD_TYPE_BY_TABLE,
    ActionStatus,
    NoteKind,
    Pillar,
    Record,
    Role,
    SessionKind,
)
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.messages import tr


class ExchangeError(PraatplaatError):
    """A ``.praatplaat`` file cannot be written, read or imported; nothing was changed."""


# ------------------------------------------------------------------ the format

FORMAT_NAME = "praatplaat"
FORMAT_VERSION = 1
FILE_SUFFIX = ".praatplaat"
MANIFEST_NAME = "manifest.json"
DATA_NAME = "data.json"
ATTACHMENT_PREFIX = "attachments/"

# ------------------------------------------------------------------ the limits

MAX_PACKAGE_BYTES = 1024 * 1024 * 1024  # the .praatplaat file on disk
MAX_MEMBERS = 5_000  # entries in the zip
MAX_CENTRAL_DIRECTORY_BYTES = MAX_MEMBERS * 512
MAX_MANIFEST_BYTES = 64 * 1024
MAX_DATA_BYTES = 128 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024  # one photo
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # everything decompressed together
MAX_RECORDS_PER_TABLE = 100_000
MAX_TEXT = 1_000_000  # free text: notes, context, reasons (validation.MAX_TEXT)
MAX_NAME = 2_000  # names, organisations, file names, captions
MAX_CODE = 200  # ids of indicators, themes, questionnaires, kinds, mime types
MAX_IMAGE_SIDE = 20_000  # pixels
MAX_IMAGE_PIXELS = 200_000_000

# Record tables in the order they are written (parents before children).
RECORD_TABLES: tuple[str, ...] = (
    "routes",
    "sessions",
    "participants",
    "session_indicators",
    "notes",
    "theme_marks",
    "goals",
    "actions",
    "follow_ups",
    "attachments",
    "questionnaire_responses",
)
SESSION_CHILD_TABLES: tuple[str, ...] = RECORD_TABLES[2:]

# Tables whose rows are also unique by a natural key (the schema's UNIQUE constraints).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "session_indicators": ("session_id", "indicator_id"),
    "notes": ("session_id", "indicator_id", "theme_id", "kind"),
    "theme_marks": ("session_id", "indicator_id", "theme_id"),
}

def _table_labels(table: str) -> tuple[str, str] | None:
    """(singular, plural) of what ``table`` holds, in the app's language."""
    match table:
        case "routes":
            return tr("route"), tr("routes")
        case "sessions":
            return tr("gesprek"), tr("gesprekken")
        case "participants":
            return tr("deelnemer"), tr("deelnemers")
        case "session_indicators":
            return tr("gekozen indicator"), tr("gekozen indicatoren")
        case "notes":
            return tr("notitie"), tr("notities")
        case "theme_marks":
            return tr("besproken thema"), tr("besproken thema's")
        case "goals":
            return tr("ontwikkeldoel"), tr("ontwikkeldoelen")
        case "actions":
            return tr("actie"), tr("acties")
        case "follow_ups":
            return tr("vervolgafspraak"), tr("vervolgafspraken")
        case "attachments":
            return tr("foto"), tr("foto's")
        case "questionnaire_responses":
            return tr("vragenlijst"), tr("vragenlijsten")
        case "history":
            return tr("eerdere versie"), tr("eerdere versies")
    return None


class _TableLabels(Mapping[str, tuple[str, str]]):
    """Table -> (singular, plural), looked up on every read: the language is set after
    import, so the labels cannot be fixed when this module loads."""

    _TABLES = (*RECORD_TABLES, "history")

    def __getitem__(self, table: str) -> tuple[str, str]:
        found = _table_labels(table)
        if found is None:
            raise KeyError(table)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._TABLES)

    def __len__(self) -> int:
        return len(self._TABLES)


# Names of what a table holds (singular, plural) for summaries, in the app's language.
TABLE_LABELS: Mapping[str, tuple[str, str]] = _TableLabels()


def table_label(table: str) -> str:
    """What one record of ``table`` is called: "notitie" (en: "note") …"""
    return TABLE_LABELS.get(table, (table, table))[0]


def count_label(table: str, count: int) -> str:
    singular, plural = TABLE_LABELS.get(table, (table, table))
    return f"{count} {singular if count == 1 else plural}"


# --------------------------------------------- records without a domain class


@dataclass
class Attachment(Record):
    """A photo (PNG or JPEG) of a filled-in poster, attached to a conversation."""

    TABLE: ClassVar[str] = "attachments"

    session_id: str = ""
    filename: str = ""
    mime: str = ""
    caption: str = ""
    sha256: str = ""
    data: bytes = b""


@dataclass
class QuestionnaireResponse(Record):
    """One respondent's answers to a questionnaire; ``answers`` is a JSON object as text."""

    TABLE: ClassVar[str] = "questionnaire_responses"

    session_id: str = ""
    questionnaire_id: str = ""
    respondent: str = ""
    role: str = ""
    answers: str = "{}"


_FALLBACK_TYPES: dict[str, type[Record]] = {
    "attachments": Attachment,
    "questionnaire_responses": QuestionnaireResponse,
}


def record_type(table: str) -> type[Record]:
    """The dataclass of a record table (the domain's, or this module's fallback)."""
    # These two are handled as raw rows here (lossless), whatever classes other modules use.
    found = _FALLBACK_TYPES.get(table) or RECORD_TYPE_BY_TABLE.get(table)
    if found is None:
        raise KeyError(table)
    return found


def bool_fields(table: str) -> tuple[str, ...]:
    return ("deleted", *record_type(table).BOOL_FIELDS)


# ------------------------------------------------------------- value checkers

_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TIMESTAMP_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?Z")
_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")


def _clean_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError(tr("bevat een nul-teken (U+0000), dat is niet toegestaan"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(tr("bevat tekens die geen geldige Unicode zijn")) from None
    return value


def _uuid(value: str) -> str:
    if not _UUID_RE.fullmatch(value):
        raise ValueError(
            tr("'{value}' is geen geldige id (UUID in kleine letters)", value=value[:60])
        )
    return value


def _uuid_or_empty(value: str) -> str:
    return value if value == "" else _uuid(value)


def parse_timestamp(value: str) -> dt.datetime:
    """Parse a format timestamp (``2025-03-14T09:30:00.123456Z``); ValueError if invalid."""
    match = _TIMESTAMP_RE.fullmatch(value)
    if not match:
        raise ValueError(
            tr(
                "'{value}' is geen geldig tijdstip (verwacht JJJJ-MM-DDTuu:mm:ss.ffffffZ)",
                value=value[:60],
            )
        )
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    fraction = match.group(7) or ""
    micro = int((fraction[1:] + "000000")[:6]) if fraction else 0
    try:
        return dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=dt.UTC)
    except ValueError:
        raise ValueError(tr("het tijdstip '{value}' bestaat niet", value=value)) from None


def _timestamp(value: str) -> str:
    parse_timestamp(value)
    return value


def _date(value: str) -> str:
    match = _DATE_RE.fullmatch(value)
    if not match:
        raise ValueError(
            tr("'{value}' is geen geldige datum (verwacht JJJJ-MM-DD)", value=value[:60])
        )
    try:
        dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        raise ValueError(tr("de datum '{value}' bestaat niet", value=value)) from None
    return value


def _sha256(value: str) -> str:
    if not _SHA256_RE.fullmatch(value):
        raise ValueError(tr("is geen SHA-256 (64 hexadecimale tekens in kleine letters)"))
    return value


def _json_object_text(value: str) -> str:
    try:
        parsed = json.loads(value)
    except (ValueError, RecursionError):
        raise ValueError(tr("is geen geldige JSON")) from None
    if not isinstance(parsed, dict):
        # pydantic wants a ValueError here, not a TypeError.
        raise ValueError(tr("moet een JSON-object zijn"))  # noqa: TRY004
    return value


def _enum(values: type) -> Any:
    allowed = {str(v) for v in values}  # type: ignore[attr-defined]

    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(
                tr(
                    "'{value}' is geen toegestane waarde ({allowed})",
                    value=value[:60],
                    allowed=", ".join(sorted(allowed)),
                )
            )
        return value

    return check


def _pillar(value: str) -> str:
    return value if value == "" else _enum(Pillar)(value)


Text = Annotated[str, StringConstraints(max_length=MAX_TEXT), AfterValidator(_clean_text)]
Name = Annotated[str, StringConstraints(max_length=MAX_NAME), AfterValidator(_clean_text)]
Code = Annotated[str, StringConstraints(max_length=MAX_CODE), AfterValidator(_clean_text)]
Id = Annotated[str, StringConstraints(max_length=36), AfterValidator(_uuid)]
OptionalId = Annotated[str, StringConstraints(max_length=36), AfterValidator(_uuid_or_empty)]
Timestamp = Annotated[str, StringConstraints(max_length=40), AfterValidator(_timestamp)]
IsoDate = Annotated[str, StringConstraints(max_length=10), AfterValidator(_date)]
Sha256 = Annotated[str, StringConstraints(max_length=64), AfterValidator(_sha256)]
Position = Annotated[int, Field(ge=0, le=1_000_000)]


# ------------------------------------------------------------------- records

_STRICT = ConfigDict(extra="forbid", strict=True, frozen=True)


class RecordModel(BaseModel):
    model_config = _STRICT
    TABLE: ClassVar[str] = ""

    id: Id
    updated_at: Timestamp
    deleted: bool


class RouteModel(RecordModel):
    TABLE: ClassVar[str] = "routes"
    name: Name
    organisations: Text
    programmes: Text
    reason_goal: Text
    form: Text
    phase: Text
    coordinator: Text
    created_at: Timestamp


class SessionModel(RecordModel):
    TABLE: ClassVar[str] = "sessions"
    route_id: Id
    kind: Annotated[Code, AfterValidator(_enum(SessionKind))]
    date: IsoDate | None
    facilitator: Text
    context: Text
    target_group: Text
    phase: Text
    current_indicator: Code
    current_theme: Code
    created_at: Timestamp


class ParticipantModel(RecordModel):
    TABLE: ClassVar[str] = "participants"
    session_id: Id
    role: Annotated[Code, AfterValidator(_enum(Role))]
    organisation: Name
    name: Name
    position: Position


class ChosenIndicatorModel(RecordModel):
    TABLE: ClassVar[str] = "session_indicators"
    session_id: Id
    indicator_id: Code
    position: Position


class NoteModel(RecordModel):
    TABLE: ClassVar[str] = "notes"
    session_id: Id
    indicator_id: Code
    theme_id: Code
    kind: Annotated[Code, AfterValidator(_enum(NoteKind))]
    text: Text
    private: bool


class ThemeMarkModel(RecordModel):
    TABLE: ClassVar[str] = "theme_marks"
    session_id: Id
    indicator_id: Code
    theme_id: Code
    discussed: bool


class GoalModel(RecordModel):
    TABLE: ClassVar[str] = "goals"
    session_id: Id
    indicator_id: Code
    theme_id: Code
    pillar: Annotated[Code, AfterValidator(_pillar)]
    text: Text
    position: Position


class ActionModel(RecordModel):
    TABLE: ClassVar[str] = "actions"
    session_id: Id
    goal_id: OptionalId
    what: Text
    who: Text
    due: IsoDate | None
    status: Annotated[Code, AfterValidator(_enum(ActionStatus))]
    position: Position
    draft: bool
    indicator_id: Code
    theme_id: Code
    source_note_id: OptionalId


class FollowUpModel(RecordModel):
    TABLE: ClassVar[str] = "follow_ups"
    session_id: Id
    date: IsoDate | None
    who_invites: Text
    prepare: Text
    position: Position


class AttachmentModel(RecordModel):
    """An attachment's description; its bytes are the member ``attachments/<sha256>``."""

    TABLE: ClassVar[str] = "attachments"
    session_id: Id
    filename: Name
    mime: Literal["image/png", "image/jpeg"]
    caption: Name
    sha256: Sha256
    size: Annotated[int, Field(ge=1, le=MAX_ATTACHMENT_BYTES)]


class QuestionnaireResponseModel(RecordModel):
    TABLE: ClassVar[str] = "questionnaire_responses"
    session_id: Id
    questionnaire_id: Code
    respondent: Name
    role: Code
    answers: Annotated[Text, AfterValidator(_json_object_text)]


RECORD_MODELS: dict[str, type[RecordModel]] = {
    m.TABLE: m
    for m in (
        RouteModel,
        SessionModel,
        ParticipantModel,
        ChosenIndicatorModel,
        NoteModel,
        ThemeMarkModel,
        GoalModel,
        ActionModel,
        FollowUpModel,
        AttachmentModel,
        QuestionnaireResponseModel,
    )
}
# Tables whose replaced versions may travel in the file's ``history`` list.
HISTORY_TABLES: tuple[str, ...] = tuple(t for t in RECORD_TABLES if t != "attachments")


class HistoryModel(BaseModel):
    """A replaced version of a record, kept so the user can see and restore it."""

    model_config = _STRICT
    id: Id
    table_name: Literal[HISTORY_TABLES]  # type: ignore[valid-type]
    record_id: Id
    record_updated_at: Timestamp
    reason: Text
    created_at: Timestamp
    # The whole record as it was; checked against the table's model in package.py.
    data: dict[str, Any]


def _records(model: type[RecordModel]) -> Any:
    return Annotated[list[model], Field(max_length=MAX_RECORDS_PER_TABLE)]  # type: ignore[valid-type]


class DataModel(BaseModel):
    """``data.json``: the records per table; every table may be left out."""

    model_config = _STRICT
    routes: _records(RouteModel) = []  # type: ignore[valid-type]
    sessions: _records(SessionModel) = []  # type: ignore[valid-type]
    participants: _records(ParticipantModel) = []  # type: ignore[valid-type]
    session_indicators: _records(ChosenIndicatorModel) = []  # type: ignore[valid-type]
    notes: _records(NoteModel) = []  # type: ignore[valid-type]
    theme_marks: _records(ThemeMarkModel) = []  # type: ignore[valid-type]
    goals: _records(GoalModel) = []  # type: ignore[valid-type]
    actions: _records(ActionModel) = []  # type: ignore[valid-type]
    follow_ups: _records(FollowUpModel) = []  # type: ignore[valid-type]
    attachments: _records(AttachmentModel) = []  # type: ignore[valid-type]
    questionnaire_responses: _records(QuestionnaireResponseModel) = []  # type: ignore[valid-type]
    history: Annotated[list[HistoryModel], Field(max_length=MAX_RECORDS_PER_TABLE)] = []


# ------------------------------------------------------------------ manifest


class CatalogRef(BaseModel):
    model_config = _STRICT
    id: Code
    version: Code


class Options(BaseModel):
    model_config = _STRICT
    anonymised: bool
    include_private: bool


class Selection(BaseModel):
    """What the sender chose to export (informational; the records are in data.json)."""

    model_config = _STRICT
    kind: Literal["route", "sessions", "selection"]
    route_ids: Annotated[list[Id], Field(max_length=MAX_RECORDS_PER_TABLE)]
    session_ids: Annotated[list[Id], Field(max_length=MAX_RECORDS_PER_TABLE)]


class Manifest(BaseModel):
    model_config = _STRICT
    format: Literal["praatplaat"]
    format_version: Literal[1]
    app_version: Code
    catalog: CatalogRef
    exported_at: Timestamp
    title: Name
    options: Options
    selection: Selection


# ------------------------------------------------- rows <-> file representation


def model_fields(table: str) -> tuple[str, ...]:
    return tuple(RECORD_MODELS[table].model_fields)


def row_to_json(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A library row (``Record.to_row()`` form) as it appears in ``data.json``."""
    out: dict[str, Any] = {}
    bools = bool_fields(table)
    for name in model_fields(table):
        if table == "attachments" and name == "size":
            out["size"] = len(row["data"])
            continue
        value = row[name]
        if name in bools:
            value = bool(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        out[name] = value
    return out


def json_to_row(table: str, record: dict[str, Any]) -> dict[str, Any]:
    """A ``data.json`` record in library row form (booleans 0/1; attachments without bytes)."""
    row = dict(record)
    for name in bool_fields(table):
        row[name] = 1 if row[name] else 0
    row.pop("size", None)
    return row


def normalized_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row as the library would store it, for comparing versions."""
    cls = record_type(table)
    names = {f.name for f in dataclasses.fields(cls)}
    return cls.from_row({k: v for k, v in row.items() if k in names}).to_row()


@dataclass
class RowRecord:
    """A raw row that ``Library.add_history`` can keep (it needs TABLE, id, updated_at, to_row)."""

    TABLE: str
    row: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.row["id"])

    @property
    def updated_at(self) -> str:
        return str(self.row["updated_at"])

    def to_row(self) -> dict[str, Any]:
        return dict(self.row)
