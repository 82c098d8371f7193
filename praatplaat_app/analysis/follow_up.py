"""The six-month follow-up: when it is due, which routes are overdue, what it looks back on.

About half a year after a route's evaluation, the route coordinator is interviewed about
how the evaluation went and what came of it (chapter 2 of the report). This module decides,
per route, when that follow-up conversation should be held, and whether it is due or late.

Definitions (also shown to the coordinator in the app):

*Evaluation round*
    The route's conversations in date order, cut into rounds: a round starts with the first
    evaluation conversation (students, teachers and supervisors, or joint) and runs until
    the next evaluation conversation that comes *after* a follow-up conversation. On one
    day, evaluation conversations count as earlier than a follow-up conversation.

*Evaluation date*
    The date of the last evaluation conversation of the latest round.

*Proposed follow-up date*, the first that applies:
    1. a follow-up conversation of this round that is already entered with a date in the
       future ("ingepland");
    2. the earliest follow-up agreement ("vervolgafspraak") with a date made in an
       evaluation conversation of this round, on or after the evaluation date;
    3. six calendar months after the evaluation date (31 August + 6 months = 28 or 29
       February).

*Status* on a given day ``today``:
    ``held``      a follow-up conversation of this round took place (dated on or after the
                  evaluation date, and not after today);
    ``overdue``   not held and the proposed date is before today ("te laat");
    ``due``       not held and the proposed date is today or in the next
                  :data:`DUE_WINDOW_DAYS` (30) days: today + 30 is still due, today + 31 is
                  not ("binnenkort");
    ``planned``   not held and the proposed date is more than 30 days away ("gepland");
    ``no_evaluation``  the route has no evaluation conversation with a date yet.

The follow-up conversation itself is stored as a conversation of kind ``follow_up``. Its
review of each earlier action, and its answers to the evaluation questions, are kept as
ordinary notes of that conversation (kind ``free``), one note per answer:

==========================  =================  ============================================
``indicator_id``            ``theme_id``       ``text``
==========================  =================  ============================================
``vervolg-status``          the action's id    the status chosen in this conversation
                                               (``open``, ``in_progress``, ``done``,
                                               ``cancelled``)
``vervolg-gebeurd``         the action's id    what happened
``vervolg-hielp``           the action's id    what helped
``vervolg-hinderde``        the action's id    what hindered
``vervolg-volgende-stap``   the action's id    the next step
``vervolg-evaluatie``       a question id      the answer to a question of
                                               ``follow_up_questions.toml``
==========================  =================  ============================================

Why notes and not a new table: notes already travel in session files, merge by id and are
searchable, so follow-up conversations are shared between coordinators without changes to
the exchange format (which accepts any indicator and theme code, and only the three note
kinds). These indicator ids are not catalog indicators: views that walk the *chosen*
indicators do not show them; :func:`reviews_for_session`, :func:`evaluation_answers` and
the route timeline do. The status change itself is made on the action (in place, with the
replaced version kept in the library's history).
"""

from __future__ import annotations

import calendar
import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from praatplaat_app.analysis import queries
from praatplaat_app.analysis.queries import (
    EVALUATION_INDICATOR,
    REVIEW_INDICATORS,
    REVIEW_STATUS_INDICATOR,
    SessionRow,
)
from praatplaat_app.domain import (
    SESSION_KIND_ORDER,
    Action,
    ActionStatus,
    Note,
    Session,
    SessionKind,
)
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.formatting import long_date
from praatplaat_app.labels import labels as domain_labels
from praatplaat_app.messages import resolve_language, tr

__all__ = [
    "DEFAULT_MONTHS",
    "DUE_WINDOW_DAYS",
    "EVALUATION_INDICATOR",
    "REVIEW_FIELD_KEYS",
    "REVIEW_INDICATORS",
    "ActionReview",
    "EarlierAction",
    "FollowUpQuestion",
    "FollowUpState",
    "FollowUpStatus",
    "add_months",
    "classify",
    "compute_status",
    "due_follow_ups",
    "earlier_actions",
    "earlier_actions_of_route",
    "evaluation_answers",
    "follow_up_questions",
    "follow_up_statuses",
    "new_actions",
    "review_fields",
    "reviews_for_session",
    "route_follow_up_status",
    "source_label",
    "split_rounds",
    "state_label",
]

DUE_WINDOW_DAYS = 30
DEFAULT_MONTHS = 6

EVALUATION_KINDS = frozenset({SessionKind.STUDENTS, SessionKind.STAFF, SessionKind.JOINT})

# The answers per reviewed action, in the order the dialog asks them (see review_fields()).
REVIEW_FIELD_KEYS: tuple[str, ...] = ("what_happened", "helped", "hindered", "next_step")
# indicator id -> answer field ("status" or a REVIEW_FIELD_KEYS key)
_FIELD_OF_INDICATOR = {indicator: name for name, indicator in REVIEW_INDICATORS.items()}

# The questions per language; the ids are the same in every file (answers hang on them).
_QUESTIONS_FILES: dict[str, Path] = {
    "nl": Path(__file__).with_name("follow_up_questions.toml"),
    "en": Path(__file__).with_name("follow_up_questions_en.toml"),
}


def review_fields(language: str | None = None) -> dict[str, str]:
    """The questions asked per reviewed action, by answer key, in ``language``."""
    return {
        "what_happened": tr("Wat is er gebeurd?", language=language),
        "helped": tr("Wat hielp?", language=language),
        "hindered": tr("Wat hinderde?", language=language),
        "next_step": tr("Volgende stap", language=language),
    }


class FollowUpState(StrEnum):
    NO_EVALUATION = "no_evaluation"
    HELD = "held"
    OVERDUE = "overdue"
    DUE = "due"
    PLANNED = "planned"


def state_label(state: str, language: str | None = None) -> str:
    """The state in one or two words ("Te laat"), in ``language``."""
    labels = {
        FollowUpState.NO_EVALUATION: tr("Nog geen evaluatie", language=language),
        FollowUpState.HELD: tr("Gehouden", language=language),
        FollowUpState.OVERDUE: tr("Te laat", language=language),
        FollowUpState.DUE: tr("Binnenkort", language=language),
        FollowUpState.PLANNED: tr("Gepland", language=language),
    }
    return labels[FollowUpState(state)]


def source_label(source: str, language: str | None = None) -> str:
    """Where a proposed date comes from (``FollowUpStatus.source``); "" when unknown."""
    if source == "scheduled":
        return tr("het vervolggesprek is al ingepland", language=language)
    if source == "agreement":
        return tr("volgens de vervolgafspraak", language=language)
    if source == "default":
        return tr("zes maanden na de evaluatie (geen vervolgafspraak)", language=language)
    return ""


# ---------------------------------------------------------------------- dates


def add_months(date: dt.date, months: int) -> dt.date:
    """``date`` plus calendar months; the day is clamped to the month's last day."""
    index = date.month - 1 + months
    year, month = date.year + index // 12, index % 12 + 1
    day = min(date.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def classify(proposed: dt.date, today: dt.date, window: int = DUE_WINDOW_DAYS) -> FollowUpState:
    """Overdue before today; due from today up to and including today + ``window`` days."""
    days = (proposed - today).days
    if days < 0:
        return FollowUpState.OVERDUE
    if days <= window:
        return FollowUpState.DUE
    return FollowUpState.PLANNED


def _days_text(days: int, language: str | None = None) -> str:
    if days == 0:
        return tr("vandaag", language=language)
    if days == 1:
        return tr("morgen", language=language)
    if days == -1:
        return tr("gisteren", language=language)
    if days > 0:
        return tr("over {days} dagen", language=language, days=days)
    return tr("{days} dagen geleden", language=language, days=-days)


# --------------------------------------------------------------------- rounds


def _chronological_key(session: SessionRow) -> tuple:
    return (
        session.date or dt.date.max,
        SESSION_KIND_ORDER.get(session.kind, 9),
        session.created_at,
        session.id,
    )


def split_rounds(sessions: Iterable[SessionRow]) -> list[list[SessionRow]]:
    """Cut a route's conversations into evaluation rounds (see the module docstring).

    Conversations without a date go into the last round.
    """
    rounds: list[list[SessionRow]] = []
    seen_follow_up = False
    for session in sorted(sessions, key=_chronological_key):
        is_evaluation = session.kind in EVALUATION_KINDS
        if not rounds or (is_evaluation and seen_follow_up and session.date is not None):
            rounds.append([])
            seen_follow_up = False
        rounds[-1].append(session)
        if session.kind == SessionKind.FOLLOW_UP:
            seen_follow_up = True
    return rounds


def latest_round(sessions: Iterable[SessionRow]) -> list[SessionRow]:
    """The last round that has an evaluation conversation with a date (may be empty)."""
    for round_ in reversed(split_rounds(sessions)):
        if any(s.kind in EVALUATION_KINDS and s.date for s in round_):
            return round_
    return []


# --------------------------------------------------------------------- status


@dataclass(frozen=True)
class FollowUpStatus:
    """Where a route stands with its follow-up conversation."""

    route_id: str
    route_name: str
    state: FollowUpState
    today: dt.date
    evaluation_date: dt.date | None = None
    proposed_date: dt.date | None = None
    source: str = ""  # "scheduled" | "agreement" | "default" | ""
    agreement_id: str = ""
    held_date: dt.date | None = None
    held_session_id: str = ""
    scheduled_session_id: str = ""
    evaluation_session_ids: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The state in the app's language; :meth:`label_in` for another one."""
        return self.label_in()

    def label_in(self, language: str | None = None) -> str:
        return state_label(self.state, language)

    @property
    def days(self) -> int | None:
        """Days from today to the proposed date (negative: that many days late)."""
        return (self.proposed_date - self.today).days if self.proposed_date else None

    @property
    def needs_attention(self) -> bool:
        return self.state in (FollowUpState.DUE, FollowUpState.OVERDUE)

    @property
    def explanation(self) -> str:
        """One or two sentences for the coordinator, in the app's language."""
        return self.explanation_in()

    def explanation_in(self, language: str | None = None) -> str:
        """:attr:`explanation` in ``language`` (a printout's)."""
        language = resolve_language(language)
        if self.state == FollowUpState.NO_EVALUATION:
            return tr(
                "Er is nog geen evaluatiegesprek met een datum vastgelegd.", language=language
            )
        evaluation = long_date(self.evaluation_date, language)
        if self.state == FollowUpState.HELD:
            return tr(
                "Vervolggesprek gehouden op {held} (evaluatie: {evaluation}).",
                language=language,
                held=long_date(self.held_date, language),
                evaluation=evaluation,
            )
        assert self.proposed_date is not None and self.days is not None
        date, days = long_date(self.proposed_date, language), _days_text(self.days, language)
        # The reason is a phrase of its own (in brackets), so it reads well in any sentence.
        if self.source == "default":
            why = tr(
                "zes maanden na de evaluatie van {evaluation}; er is geen vervolgafspraak",
                language=language,
                evaluation=evaluation,
            )
        elif self.source == "scheduled":
            why = tr(
                "ingepland na de evaluatie van {evaluation}",
                language=language,
                evaluation=evaluation,
            )
        else:
            why = tr(
                "volgens de vervolgafspraak bij de evaluatie van {evaluation}",
                language=language,
                evaluation=evaluation,
            )
        if self.state == FollowUpState.OVERDUE:
            return tr(
                "Het vervolggesprek had op {date} moeten zijn ({days}, {why}). Sindsdien is "
                "er geen vervolggesprek gehouden.",
                language=language,
                date=date,
                days=days,
                why=why,
            )
        return tr(
            "Vervolggesprek op {date} ({days}, {why}).",
            language=language,
            date=date,
            days=days,
            why=why,
        )


def compute_status(
    route_id: str,
    route_name: str,
    sessions: Sequence[SessionRow],
    agreements: Mapping[str, Sequence[tuple[str, dt.date]]],
    today: dt.date,
) -> FollowUpStatus:
    """The follow-up status of one route from plain data (the rules of the module doc)."""
    round_ = latest_round(sessions)
    evaluations = [s for s in round_ if s.kind in EVALUATION_KINDS and s.date]
    if not evaluations:
        return FollowUpStatus(route_id, route_name, FollowUpState.NO_EVALUATION, today)
    evaluation_date = max(s.date for s in evaluations if s.date)
    evaluation_ids = tuple(s.id for s in evaluations)
    follow_ups = [
        s for s in round_ if s.kind == SessionKind.FOLLOW_UP and s.date and s.date >= evaluation_date
    ]
    held = [s for s in follow_ups if s.date and s.date <= today]
    base = {
        "route_id": route_id,
        "route_name": route_name,
        "today": today,
        "evaluation_date": evaluation_date,
        "evaluation_session_ids": evaluation_ids,
    }
    if held:
        last = max(held, key=_chronological_key)
        return FollowUpStatus(
            state=FollowUpState.HELD, held_date=last.date, held_session_id=last.id, **base
        )
    scheduled = [s for s in follow_ups if s.date and s.date > today]
    if scheduled:
        first = min(scheduled, key=_chronological_key)
        assert first.date is not None
        return FollowUpStatus(
            state=classify(first.date, today),
            proposed_date=first.date,
            source="scheduled",
            scheduled_session_id=first.id,
            **base,
        )
    candidates = [
        (date, follow_up_id)
        for s in evaluations
        for follow_up_id, date in agreements.get(s.id, ())
        if date >= evaluation_date
    ]
    if candidates:
        date, follow_up_id = min(candidates)
        return FollowUpStatus(
            state=classify(date, today),
            proposed_date=date,
            source="agreement",
            agreement_id=follow_up_id,
            **base,
        )
    date = add_months(evaluation_date, DEFAULT_MONTHS)
    return FollowUpStatus(
        state=classify(date, today), proposed_date=date, source="default", **base
    )


def follow_up_statuses(
    library, today: dt.date | None = None, route_ids: Iterable[str] | None = None
) -> list[FollowUpStatus]:
    """The status of every route (or of ``route_ids``), in three queries, by route name."""
    today = today or dt.date.today()
    wanted = set(route_ids) if route_ids is not None else None
    all_routes = [r for r in queries.routes(library.conn) if wanted is None or r.id in wanted]
    selection = queries.Selection(route_ids=tuple(r.id for r in all_routes))
    by_route: dict[str, list[SessionRow]] = {r.id: [] for r in all_routes}
    for session in queries.sessions(library.conn, selection):
        by_route[session.route_id].append(session)
    agreements = queries.agreements(library.conn)
    return [
        compute_status(r.id, r.name, by_route[r.id], agreements, today) for r in all_routes
    ]


def route_follow_up_status(library, route_id: str, today: dt.date | None = None) -> FollowUpStatus:
    statuses = follow_up_statuses(library, today, [route_id])
    if not statuses:
        from praatplaat_app.errors import NotFoundError

        raise NotFoundError(tr("Deze route bestaat niet (meer)."))
    return statuses[0]


def due_follow_ups(library, today: dt.date | None = None) -> list[FollowUpStatus]:
    """Routes whose follow-up is overdue or due within 30 days: the latest first among the
    overdue, then the soonest."""
    statuses = [s for s in follow_up_statuses(library, today) if s.needs_attention]
    return sorted(statuses, key=lambda s: (s.proposed_date or dt.date.min, s.route_name.casefold()))


# --------------------------------------------------------------- earlier actions


@dataclass(frozen=True)
class EarlierAction:
    """An action of an earlier conversation of the route, to walk through in a follow-up."""

    action: Action
    session: Session

    @property
    def status_label(self) -> str:
        return domain_labels(None).statuses.get(self.action.status, self.action.status)


def earlier_actions(library, session_id: str) -> list[EarlierAction]:
    """Every confirmed action of the route's other conversations up to this one's date,
    in timeline order (students, staff, joint, earlier follow-ups; by date within)."""
    session = library.get(Session, session_id)
    others = [
        s
        for s in library.rows(Session, "route_id = ? AND id != ?", (session.route_id, session.id))
        if session.date is None or s.date is None or s.date <= session.date
    ]
    rounds = split_rounds(
        SessionRow(s.id, s.route_id, s.kind, s.date, s.created_at) for s in others
    )
    order = {
        row.id: (n, SESSION_KIND_ORDER.get(row.kind, 9), row.date or dt.date.max, row.created_at)
        for n, round_ in enumerate(rounds)
        for row in round_
    }
    by_id = {s.id: s for s in others}
    if not by_id:
        return []
    marks = ", ".join("?" for _ in by_id)
    actions = library.rows(
        Action,
        f"draft = 0 AND session_id IN ({marks})",
        list(by_id),
        order="position, rowid",
    )
    actions.sort(key=lambda a: (order[a.session_id], a.position))
    return [EarlierAction(a, by_id[a.session_id]) for a in actions]


def earlier_actions_of_route(library, route_id: str) -> list[EarlierAction]:
    """The actions a follow-up conversation held now would walk through (all confirmed
    actions of the route's conversations), for the start of the follow-up dialog."""
    sessions = library.rows(Session, "route_id = ?", (route_id,))
    by_id = {s.id: s for s in sessions}
    if not by_id:
        return []
    marks = ", ".join("?" for _ in by_id)
    actions = library.rows(
        Action, f"draft = 0 AND session_id IN ({marks})", list(by_id), order="position, rowid"
    )
    return [EarlierAction(a, by_id[a.session_id]) for a in actions]


def new_actions(library, session_id: str) -> list[Action]:
    """The confirmed actions agreed in one (follow-up) conversation, in order."""
    return library.rows(
        Action, "session_id = ? AND draft = 0", (session_id,), order="position, rowid"
    )


@dataclass
class ActionReview:
    """What a follow-up conversation recorded about one earlier action."""

    action_id: str
    status: str = ""  # the status chosen in that follow-up ("" if not set there)
    answers: dict[str, str] = field(default_factory=dict)  # REVIEW_FIELD_KEYS keys

    @property
    def is_empty(self) -> bool:
        return not self.status and not any(v.strip() for v in self.answers.values())


def reviews_for_session(library, session_id: str) -> dict[str, ActionReview]:
    """The reviews recorded in one follow-up conversation, by action id."""
    reviews: dict[str, ActionReview] = {}
    marks = ", ".join("?" for _ in _FIELD_OF_INDICATOR)
    for note in library.rows(
        Note,
        f"session_id = ? AND indicator_id IN ({marks})",
        (session_id, *_FIELD_OF_INDICATOR),
        order="rowid",
    ):
        review = reviews.setdefault(note.theme_id, ActionReview(note.theme_id))
        name = _FIELD_OF_INDICATOR[note.indicator_id]
        if note.indicator_id == REVIEW_STATUS_INDICATOR:
            review.status = note.text
        else:
            review.answers[name] = note.text
    return {k: v for k, v in reviews.items() if not v.is_empty}


def evaluation_answers(library, session_id: str) -> dict[str, str]:
    """Answers to the evaluation questions of one follow-up conversation, by question id."""
    return {
        note.theme_id: note.text
        for note in library.rows(
            Note, "session_id = ? AND indicator_id = ?", (session_id, EVALUATION_INDICATOR)
        )
        if note.text.strip()
    }


# --------------------------------------------------------------------- questions


class FollowUpQuestionsError(PraatplaatError):
    """``follow_up_questions.toml`` cannot be used (a message naming the problem)."""


@dataclass(frozen=True)
class FollowUpQuestion:
    id: str
    text: str
    hint: str = ""


def load_follow_up_questions(path: Path) -> tuple[FollowUpQuestion, ...]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FollowUpQuestionsError(
            tr(
                "De vragen voor het vervolggesprek ({file}) kunnen niet worden gelezen: "
                "{reason}",
                file=path.name,
                reason=exc,
            )
        ) from exc
    questions: list[FollowUpQuestion] = []
    seen: set[str] = set()
    for number, entry in enumerate(data.get("question", []), start=1):
        qid = str(entry.get("id", "")).strip()
        text = str(entry.get("text", "")).strip()
        if not qid or not text or qid in seen:
            raise FollowUpQuestionsError(
                tr(
                    "Vraag {number} in {file} heeft geen id, geen tekst of een dubbele id.",
                    number=number,
                    file=path.name,
                )
            )
        seen.add(qid)
        questions.append(FollowUpQuestion(qid, text, str(entry.get("hint", "")).strip()))
    if not questions:
        raise FollowUpQuestionsError(tr("{file} bevat geen vragen.", file=path.name))
    return tuple(questions)


def follow_up_questions(language: str | None = None) -> tuple[FollowUpQuestion, ...]:
    """The fixed questions on how the evaluation went (shipped data file), in ``language``
    (default: the app's). The ids are the same in every language."""
    return _questions(resolve_language(language))


@lru_cache(maxsize=len(_QUESTIONS_FILES))
def _questions(language: str) -> tuple[FollowUpQuestion, ...]:
    return load_follow_up_questions(_QUESTIONS_FILES[language])


def status_values() -> tuple[str, ...]:
    return tuple(s.value for s in ActionStatus)
