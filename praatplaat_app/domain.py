"""The domain model: routes, conversations and everything said and agreed in them.

Plain dataclasses without Qt or SQL. Every record has a UUID ``id``, an
``updated_at`` timestamp (UTC, ISO 8601, sortable as text) and a ``deleted``
tombstone, so that files exchanged between coordinators merge by id without
duplicates and without silently resurrecting or losing anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar


def new_id() -> str:
    import uuid  # imports ``platform``: kept off the start-up path, which creates no records

    return str(uuid.uuid4())


def utc_now() -> str:
    """Timestamp used for ``updated_at``: microsecond precision keeps edit order."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class SessionKind(StrEnum):
    STUDENTS = "students"
    STAFF = "staff"  # teachers, supervisors and/or practice trainers
    JOINT = "joint"
    FOLLOW_UP = "follow_up"


SESSION_KIND_LABELS: dict[str, str] = {
    SessionKind.STUDENTS: "Studenten",
    SessionKind.STAFF: "Docenten en werkbegeleiders",
    SessionKind.JOINT: "Gezamenlijk",
    SessionKind.FOLLOW_UP: "Vervolggesprek",
}

# The order of conversations in the method: students first, follow-up last.
SESSION_KIND_ORDER: dict[str, int] = {
    SessionKind.STUDENTS: 0,
    SessionKind.STAFF: 1,
    SessionKind.JOINT: 2,
    SessionKind.FOLLOW_UP: 3,
}


class Role(StrEnum):
    STUDENT = "student"
    TEACHER = "teacher"
    SUPERVISOR = "supervisor"
    PRACTICE_TRAINER = "practice_trainer"
    COORDINATOR = "coordinator"
    OTHER = "other"


ROLE_LABELS: dict[str, str] = {
    Role.STUDENT: "Student",
    Role.TEACHER: "Docent",
    Role.SUPERVISOR: "Werkbegeleider",
    Role.PRACTICE_TRAINER: "Praktijkopleider",
    Role.COORDINATOR: "Coördinator",
    Role.OTHER: "Anders",
}


class NoteKind(StrEnum):
    GOES_WELL = "goes_well"
    IMPROVE = "improve"
    FREE = "free"


NOTE_KIND_LABELS: dict[str, str] = {
    NoteKind.GOES_WELL: "Wat gaat goed",
    NoteKind.IMPROVE: "Wat kan beter",
    NoteKind.FREE: "Notities",
}


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


ACTION_STATUS_LABELS: dict[str, str] = {
    ActionStatus.OPEN: "Open",
    ActionStatus.IN_PROGRESS: "Bezig",
    ActionStatus.DONE: "Gedaan",
    ActionStatus.CANCELLED: "Vervallen",
}


class Pillar(StrEnum):
    """The network's four pillars (strategic assignment)."""

    PROMISING = "kansrijk"
    INCLUSIVE = "inclusief"
    INNOVATIVE = "innovatief"
    NEARBY = "dichtbij"


PILLAR_LABELS: dict[str, str] = {
    Pillar.PROMISING: "Kansrijk opleiden",
    Pillar.INCLUSIVE: "Inclusief opleiden",
    Pillar.INNOVATIVE: "Innovatief opleiden",
    Pillar.NEARBY: "Dichtbij opleiden",
}


@dataclass
class Record:
    """Common fields of every stored record."""

    TABLE: ClassVar[str] = ""
    # Fields stored as ISO dates (``datetime.date``) in the library.
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ()
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ()

    id: str = field(default_factory=new_id)
    updated_at: str = field(default_factory=utc_now)
    deleted: bool = False

    def to_row(self) -> dict[str, Any]:
        row = dataclasses.asdict(self)
        for name in self.DATE_FIELDS:
            value = row[name]
            row[name] = value.isoformat() if value else None
        for name in self.BOOL_FIELDS + ("deleted",):
            row[name] = 1 if row[name] else 0
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any] | Any) -> Any:
        data = dict(row)
        names = {f.name for f in dataclasses.fields(cls)}
        data = {k: v for k, v in data.items() if k in names}
        for name in cls.DATE_FIELDS:
            value = data.get(name)
            data[name] = dt.date.fromisoformat(value) if value else None
        for name in cls.BOOL_FIELDS + ("deleted",):
            if name in data:
                data[name] = bool(data[name])
        return cls(**data)

    def touched(self, **changes: Any) -> Any:
        """A copy with ``changes`` applied and a fresh ``updated_at``."""
        return dataclasses.replace(self, updated_at=utc_now(), **changes)


@dataclass
class Route(Record):
    """An innovative education and practice route ("onderwijs- en praktijkroute")."""

    TABLE: ClassVar[str] = "routes"

    name: str = ""
    organisations: str = ""
    programmes: str = ""  # programmes and levels
    reason_goal: str = ""  # "Aanleiding & doel"
    form: str = ""  # "Vorm"
    phase: str = ""  # phase of the innovation
    coordinator: str = ""
    created_at: str = field(default_factory=utc_now)


@dataclass
class Session(Record):
    """One development conversation ("ontwikkelgesprek")."""

    TABLE: ClassVar[str] = "sessions"
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("date",)

    route_id: str = ""
    kind: str = SessionKind.STUDENTS
    date: dt.date | None = None
    facilitator: str = ""
    context: str = ""
    target_group: str = ""
    phase: str = ""
    # Where the facilitator was, so reopening returns to the same place.
    current_indicator: str = ""
    current_theme: str = ""
    created_at: str = field(default_factory=utc_now)


@dataclass
class Participant(Record):
    TABLE: ClassVar[str] = "participants"

    session_id: str = ""
    role: str = Role.STUDENT
    organisation: str = ""
    name: str = ""  # optional: a conversation may be fully anonymous
    position: int = 0


@dataclass
class ChosenIndicator(Record):
    """An indicator picked on the poster; ``deleted`` marks a choice undone."""

    TABLE: ClassVar[str] = "session_indicators"

    session_id: str = ""
    indicator_id: str = ""
    position: int = 0


@dataclass
class Note(Record):
    """A note per indicator (``theme_id`` empty) or per theme, of one kind."""

    TABLE: ClassVar[str] = "notes"
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("private",)

    session_id: str = ""
    indicator_id: str = ""
    theme_id: str = ""
    kind: str = NoteKind.FREE
    text: str = ""
    private: bool = False


@dataclass
class ThemeMark(Record):
    """Whether a theme of an indicator was discussed."""

    TABLE: ClassVar[str] = "theme_marks"
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("discussed",)

    session_id: str = ""
    indicator_id: str = ""
    theme_id: str = ""
    discussed: bool = False


@dataclass
class Goal(Record):
    """A development goal ("ontwikkeldoel") of the action plan."""

    TABLE: ClassVar[str] = "goals"

    session_id: str = ""
    indicator_id: str = ""
    theme_id: str = ""
    pillar: str = ""
    text: str = ""
    position: int = 0


@dataclass
class Action(Record):
    """A concrete action; ``draft`` actions come from notes and await confirmation."""

    TABLE: ClassVar[str] = "actions"
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("due",)
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("draft",)

    session_id: str = ""
    goal_id: str = ""
    what: str = ""
    who: str = ""
    due: dt.date | None = None
    status: str = ActionStatus.OPEN
    position: int = 0
    draft: bool = False
    indicator_id: str = ""
    theme_id: str = ""
    source_note_id: str = ""


@dataclass
class FollowUp(Record):
    """A follow-up agreement ("vervolgafspraak")."""

    TABLE: ClassVar[str] = "follow_ups"
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("date",)

    session_id: str = ""
    date: dt.date | None = None
    who_invites: str = ""
    prepare: str = ""
    position: int = 0


RECORD_TYPES: tuple[type[Record], ...] = (
    Route,
    Session,
    Participant,
    ChosenIndicator,
    Note,
    ThemeMark,
    Goal,
    Action,
    FollowUp,
)
RECORD_TYPE_BY_TABLE: dict[str, type[Record]] = {t.TABLE: t for t in RECORD_TYPES}


@dataclass
class SessionSummary:
    """One line in the library list."""

    id: str
    route_id: str
    route_name: str
    kind: str
    date: dt.date | None
    facilitator: str
    indicator_ids: tuple[str, ...]
    updated_at: str

    @property
    def kind_label(self) -> str:
        return SESSION_KIND_LABELS.get(self.kind, self.kind)


@dataclass
class Conversation:
    """A whole conversation with everything that belongs to it, for views and exports."""

    session: Session
    route: Route
    participants: list[Participant]
    indicators: list[ChosenIndicator]  # chosen ones only, in order
    notes: list[Note]
    theme_marks: list[ThemeMark]
    goals: list[Goal]
    actions: list[Action]
    follow_ups: list[FollowUp]

    @property
    def indicator_ids(self) -> list[str]:
        return [c.indicator_id for c in self.indicators]

    def note(self, indicator_id: str, theme_id: str, kind: str) -> Note | None:
        for note in self.notes:
            if (note.indicator_id, note.theme_id, note.kind) == (indicator_id, theme_id, kind):
                return note
        return None

    def note_text(self, indicator_id: str, theme_id: str, kind: str) -> str:
        note = self.note(indicator_id, theme_id, kind)
        return note.text if note else ""

    def is_discussed(self, indicator_id: str, theme_id: str) -> bool:
        return any(
            m.discussed and m.indicator_id == indicator_id and m.theme_id == theme_id
            for m in self.theme_marks
        )

    def actions_for_goal(self, goal_id: str) -> list[Action]:
        return [a for a in self.actions if a.goal_id == goal_id and not a.draft]

    @property
    def draft_actions(self) -> list[Action]:
        return [a for a in self.actions if a.draft]
