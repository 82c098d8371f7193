"""A route's timeline: its conversations in the order of the method, with what came of them.

Order: the route's conversations are cut into evaluation rounds (see
:func:`praatplaat_app.analysis.follow_up.split_rounds`); within a round they follow the
method — students, then teachers and supervisors, then joint, then follow-up
(``domain.SESSION_KIND_ORDER``) — and by date within one kind. A route with one round
is therefore simply in method order.

Each entry carries the chosen indicators, the action plan (goals, actions with their
*current* status, follow-up agreements) and, for a follow-up conversation, its review of
earlier actions and its answers to the evaluation questions.

The timeline is shown on screen only: its labels are in the app's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from praatplaat_app.analysis.follow_up import (
    FollowUpStatus,
    evaluation_answers,
    follow_up_questions,
    review_fields,
    reviews_for_session,
    route_follow_up_status,
    split_rounds,
)
from praatplaat_app.analysis.queries import SessionRow
from praatplaat_app.domain import (
    SESSION_KIND_ORDER,
    Action,
    Conversation,
    Route,
    Session,
    SessionKind,
)
from praatplaat_app.indicators import Catalog
from praatplaat_app.labels import labels as domain_labels
from praatplaat_app.messages import tr


@dataclass(frozen=True)
class IndicatorRef:
    id: str
    title: str
    color: str


@dataclass(frozen=True)
class TimelineAction:
    id: str
    what: str
    who: str
    due: dt.date | None
    status: str
    goal: str = ""

    @property
    def status_label(self) -> str:
        return domain_labels(None).statuses.get(self.status, self.status)


@dataclass(frozen=True)
class ReviewedAction:
    """One earlier action as a follow-up conversation reviewed it."""

    action_id: str
    what: str
    origin: str  # "Studenten, 8 oktober 2024"
    status: str  # chosen in this follow-up ("" when only answers were given)
    answers: tuple[tuple[str, str], ...]  # (question label, answer), in review_fields() order

    @property
    def status_label(self) -> str:
        return domain_labels(None).statuses.get(self.status, self.status)


@dataclass(frozen=True)
class AgreementRef:
    date: dt.date | None
    who: str
    prepare: str


@dataclass(frozen=True)
class TimelineEntry:
    session_id: str
    kind: str
    date: dt.date | None
    round_number: int  # 1 = the first evaluation round
    facilitator: str
    participant_count: int
    indicators: tuple[IndicatorRef, ...]
    goals: tuple[str, ...]
    actions: tuple[TimelineAction, ...]
    agreements: tuple[AgreementRef, ...]
    reviews: tuple[ReviewedAction, ...] = ()
    evaluation_answers: tuple[tuple[str, str], ...] = ()  # (question, answer)

    @property
    def kind_label(self) -> str:
        return domain_labels(None).kinds.get(self.kind, self.kind)

    @property
    def is_follow_up(self) -> bool:
        return self.kind == SessionKind.FOLLOW_UP


@dataclass(frozen=True)
class Timeline:
    route: Route
    entries: tuple[TimelineEntry, ...]
    follow_up: FollowUpStatus
    rounds: int = 1
    action_totals: dict[str, int] = field(default_factory=dict)  # status -> count

    @property
    def is_empty(self) -> bool:
        return not self.entries


def order_sessions(sessions: list[SessionRow]) -> list[tuple[int, SessionRow]]:
    """``(round_number, session)`` in timeline order."""
    ordered: list[tuple[int, SessionRow]] = []
    for number, round_ in enumerate(split_rounds(sessions), start=1):
        for session in sorted(
            round_,
            key=lambda s: (
                SESSION_KIND_ORDER.get(s.kind, 9),
                s.date or dt.date.max,
                s.created_at,
                s.id,
            ),
        ):
            ordered.append((number, session))
    return ordered


def _indicator(catalog: Catalog, indicator_id: str) -> IndicatorRef:
    try:
        indicator = catalog.indicator(indicator_id)
    except KeyError:
        return IndicatorRef(indicator_id, indicator_id, "#5A6570")
    return IndicatorRef(indicator.id, indicator.title, indicator.color)


def _origin(session: Session | None) -> str:
    from praatplaat_app.formatting import long_date

    if session is None:
        return ""
    label = domain_labels(None).kinds.get(session.kind, session.kind)
    return f"{label}, {long_date(session.date)}" if session.date else label


def route_timeline(
    library, catalog: Catalog, route_id: str, today: dt.date | None = None
) -> Timeline:
    """The timeline of one route (see the module docstring)."""
    route = library.get(Route, route_id)
    sessions = library.rows(Session, "route_id = ?", (route_id,))
    rows = [SessionRow(s.id, s.route_id, s.kind, s.date, s.created_at) for s in sessions]
    by_id = {s.id: s for s in sessions}
    ordered = order_sessions(rows)
    questions = {q.id: q.text for q in follow_up_questions()}
    fields = review_fields()
    question_order = list(questions)
    entries: list[TimelineEntry] = []
    all_actions: dict[str, Action] = {}
    conversations: dict[str, Conversation] = {}
    for _, row in ordered:
        conversations[row.id] = conv = library.conversation(row.id)
        for action in conv.actions:
            all_actions[action.id] = action
    totals: dict[str, int] = {}
    place = {row.id: index for index, (_, row) in enumerate(ordered)}
    for number, row in ordered:
        conv = conversations[row.id]
        goal_text = {g.id: g.text for g in conv.goals}
        actions = tuple(
            TimelineAction(
                a.id, a.what, a.who, a.due, a.status, goal_text.get(a.goal_id, "")
            )
            for a in conv.actions
            if not a.draft
        )
        for action in actions:
            totals[action.status] = totals.get(action.status, 0) + 1
        reviews: tuple[ReviewedAction, ...] = ()
        answers: tuple[tuple[str, str], ...] = ()
        if row.kind == SessionKind.FOLLOW_UP:
            found = reviews_for_session(library, row.id)
            items = []
            for action_id, review in found.items():
                action = all_actions.get(action_id) or library.find(Action, action_id)
                origin = by_id.get(action.session_id) if action else None
                items.append(
                    (
                        (
                            place.get(origin.id, 999) if origin else 999,
                            action.position if action else 0,
                        ),
                        ReviewedAction(
                            action_id,
                            action.what if action else tr("(verwijderde actie)"),
                            _origin(origin),
                            review.status,
                            tuple(
                                (label, review.answers[key])
                                for key, label in fields.items()
                                if review.answers.get(key, "").strip()
                            ),
                        ),
                    )
                )
            reviews = tuple(item for _, item in sorted(items, key=lambda pair: pair[0]))
            given = evaluation_answers(library, row.id)
            answers = tuple(
                (questions.get(qid, qid), given[qid])
                for qid in sorted(
                    given, key=lambda q: question_order.index(q) if q in questions else 99
                )
            )
        entries.append(
            TimelineEntry(
                session_id=row.id,
                kind=row.kind,
                date=row.date,
                round_number=number,
                facilitator=conv.session.facilitator,
                participant_count=len(conv.participants),
                indicators=tuple(_indicator(catalog, i) for i in conv.indicator_ids),
                goals=tuple(g.text for g in conv.goals),
                actions=actions,
                agreements=tuple(
                    AgreementRef(f.date, f.who_invites, f.prepare) for f in conv.follow_ups
                ),
                reviews=reviews,
                evaluation_answers=answers,
            )
        )
    return Timeline(
        route=route,
        entries=tuple(entries),
        follow_up=route_follow_up_status(library, route_id, today),
        rounds=max((n for n, _ in ordered), default=0),
        action_totals=totals,
    )
