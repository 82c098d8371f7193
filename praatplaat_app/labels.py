"""The domain labels (conversation kinds, roles, note kinds, statuses, pillars) per language.

The Dutch labels are the dicts of :mod:`praatplaat_app.domain` (used all over the app and
left as they are); the English ones are written from them here. Use
``labels(language).kinds[...]`` etc. where a text depends on the chosen language (the
printouts do).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from praatplaat_app.domain import (
    ACTION_STATUS_LABELS,
    NOTE_KIND_LABELS,
    PILLAR_LABELS,
    ROLE_LABELS,
    SESSION_KIND_LABELS,
    ActionStatus,
    NoteKind,
    Pillar,
    Role,
    SessionKind,
)
from praatplaat_app.messages import LANGUAGES, resolve_language

__all__ = ["LANGUAGES", "Labels", "labels"]



@dataclass(frozen=True)
class Labels:
    """Read-only label dicts of one language, keyed by the stored (English) values."""

    language: str
    kinds: Mapping[str, str]  # SessionKind -> label
    roles: Mapping[str, str]  # Role -> label (one person)
    role_plurals: Mapping[str, str]  # Role -> label (several people)
    note_kinds: Mapping[str, str]  # NoteKind -> label
    statuses: Mapping[str, str]  # ActionStatus -> label
    pillars: Mapping[str, str]  # Pillar -> label


ROLE_PLURALS_NL: dict[str, str] = {
    Role.STUDENT: "Studenten",
    Role.TEACHER: "Docenten",
    Role.SUPERVISOR: "Werkbegeleiders",
    Role.PRACTICE_TRAINER: "Praktijkopleiders",
    Role.COORDINATOR: "Coördinatoren",
    Role.OTHER: "Anders",
}

SESSION_KIND_LABELS_EN: dict[str, str] = {
    SessionKind.STUDENTS: "Students",
    SessionKind.STAFF: "Teachers and workplace supervisors",
    SessionKind.JOINT: "Joint",
    SessionKind.FOLLOW_UP: "Follow-up conversation",
}

ROLE_LABELS_EN: dict[str, str] = {
    Role.STUDENT: "Student",
    Role.TEACHER: "Teacher",
    Role.SUPERVISOR: "Workplace supervisor",
    Role.PRACTICE_TRAINER: "Practice educator",
    Role.COORDINATOR: "Coordinator",
    Role.OTHER: "Other",
}

ROLE_PLURALS_EN: dict[str, str] = {
    Role.STUDENT: "Students",
    Role.TEACHER: "Teachers",
    Role.SUPERVISOR: "Workplace supervisors",
    Role.PRACTICE_TRAINER: "Practice educators",
    Role.COORDINATOR: "Coordinators",
    Role.OTHER: "Other",
}

NOTE_KIND_LABELS_EN: dict[str, str] = {
    NoteKind.GOES_WELL: "What goes well",
    NoteKind.IMPROVE: "What could be better",
    NoteKind.FREE: "Notes",
}

ACTION_STATUS_LABELS_EN: dict[str, str] = {
    ActionStatus.OPEN: "Open",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
    ActionStatus.CANCELLED: "Cancelled",
}

PILLAR_LABELS_EN: dict[str, str] = {
    Pillar.PROMISING: "Promising training",
    Pillar.INCLUSIVE: "Inclusive training",
    Pillar.INNOVATIVE: "Innovative training",
    Pillar.NEARBY: "Training close by",
}


def _freeze(language: str, *dicts: dict[str, str]) -> Labels:
    return Labels(language, *(MappingProxyType(dict(d)) for d in dicts))


_LABELS: dict[str, Labels] = {
    "nl": _freeze(
        "nl",
        SESSION_KIND_LABELS,
        ROLE_LABELS,
        ROLE_PLURALS_NL,
        NOTE_KIND_LABELS,
        ACTION_STATUS_LABELS,
        PILLAR_LABELS,
    ),
    "en": _freeze(
        "en",
        SESSION_KIND_LABELS_EN,
        ROLE_LABELS_EN,
        ROLE_PLURALS_EN,
        NOTE_KIND_LABELS_EN,
        ACTION_STATUS_LABELS_EN,
        PILLAR_LABELS_EN,
    ),
}


def labels(language: str | None = "nl") -> Labels:
    """The labels of ``language`` (``"nl"``, ``"en"``, or ``None`` for the app's language);
    :class:`ValueError` otherwise."""
    return _LABELS[resolve_language(language)]


_DISPLAY_DICTS = (
    ("kinds", SESSION_KIND_LABELS),
    ("roles", ROLE_LABELS),
    ("note_kinds", NOTE_KIND_LABELS),
    ("statuses", ACTION_STATUS_LABELS),
    ("pillars", PILLAR_LABELS),
)


def use_for_display(language: str) -> None:
    """Show the domain labels of the running app in ``language``.

    The screens read the label dicts of :mod:`praatplaat_app.domain`; the app calls this
    once at start-up, before any window exists, so they speak the chosen language.
    Printouts never depend on it: they ask :func:`labels` for their own language.
    """
    chosen = labels(language)
    for field, target in _DISPLAY_DICTS:
        target.clear()
        target.update(getattr(chosen, field))
