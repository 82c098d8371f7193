"""Operations of the follow-up conversation: the one way the UI writes them.

:class:`FollowUpOperations` is a mixin for :class:`praatplaat_app.operations.Operations`.
Every write validates, goes through ``OperationsBase._commit`` (one transaction, one undo
step, listeners told) and raises :class:`~praatplaat_app.errors.ValidationError` with a
message in the app's language on bad input. How the answers are stored is described in
:mod:`praatplaat_app.analysis.follow_up`.
"""

from __future__ import annotations

# The follow-up rules (analysis.follow_up, with its queries) are imported in the methods
# that use them: this mixin is part of Operations, which the app builds at start-up.
import datetime as dt
from typing import Any

from praatplaat_app.domain import (
    Action,
    ActionStatus,
    FollowUp,
    Note,
    NoteKind,
    Participant,
    Record,
    Role,
    Route,
    Session,
    SessionKind,
)
from praatplaat_app.errors import ValidationError
from praatplaat_app.formatting import long_date, whole_number
from praatplaat_app.labels import labels as domain_labels
from praatplaat_app.messages import tr
from praatplaat_app.operations.base import OperationsBase
from praatplaat_app.operations.undo import Change
from praatplaat_app.operations.undo import changed as _change
from praatplaat_app.validation import MAX_LINE, bounded_text, parse_date


def _history_reason(session: Session) -> str:
    """Why the replaced version of a reviewed action is kept (stored with it)."""
    if session.date is None:
        return tr("vervolggesprek zonder datum")
    return tr("vervolggesprek van {date}", date=long_date(session.date))


def _check_date(value: Any, invalid: str) -> dt.date:
    """A date, or text in one of the accepted formats (14-03-2025, 2025-03-14);
    ``invalid`` is the message for anything else."""
    if isinstance(value, str) and value.strip():
        return parse_date(value, "date")
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, dt.date):
        raise ValidationError(invalid, "date")
    return value


def _check_status(status: str) -> str:
    try:
        return ActionStatus(status).value
    except ValueError:
        choices = ", ".join(label.lower() for label in domain_labels(None).statuses.values())
        raise ValidationError(
            tr("Onbekende status '{status}'. Kies uit: {choices}.", status=status,
               choices=choices),
            "status",
        ) from None


class FollowUpOperations(OperationsBase):
    """Follow-up agreements, the follow-up conversation and its review of earlier actions."""

    # ------------------------------------------------------------- agreements

    def check_follow_up_date(self, session: Session, date: Any) -> dt.date:
        """A follow-up agreement may not lie before the conversation that made it."""
        date = _check_date(date, tr("Vul een geldige datum in voor de vervolgafspraak."))
        if session.date is not None and date < session.date:
            kind = domain_labels(None).kinds.get(session.kind, session.kind).lower()
            raise ValidationError(
                tr(
                    "De vervolgafspraak ({date}) ligt vóór het gesprek waarin hij is gemaakt "
                    "({kind}, {conversation_date}). Kies een datum op of na "
                    "{conversation_date}; meestal is dat ongeveer een half jaar later.",
                    date=long_date(date),
                    kind=kind,
                    conversation_date=long_date(session.date),
                ),
                "date",
            )
        return date

    # The follow-up agreements of the action plan, with the rule of this module on top:
    # a follow-up date never lies before the conversation that agreed it.

    def add_follow_up_agreement(
        self, session_id: str, date: dt.date, who_invites: str = "", prepare: str = ""
    ) -> FollowUp:
        session = self.library.get(Session, session_id)
        return self.add_follow_up(  # type: ignore[attr-defined] - ActionPlanOperations
            session_id, self.check_follow_up_date(session, date), who_invites, prepare
        )

    def update_follow_up_agreement(self, follow_up_id: str, **fields: Any) -> FollowUp:
        if "date" in fields:
            follow_up = self.library.get(FollowUp, follow_up_id)
            session = self.library.get(Session, follow_up.session_id)
            fields["date"] = self.check_follow_up_date(session, fields["date"])
        return self.update_follow_up(  # type: ignore[attr-defined] - ActionPlanOperations
            follow_up_id, **fields
        )

    # ------------------------------------------------------- the conversation

    def create_follow_up_session(
        self,
        route_id: str,
        date: dt.date,
        *,
        facilitator: str = "",
        context: str = "",
        participants: list[dict[str, str]] | None = None,
    ) -> Session:
        """A follow-up conversation of the route on ``date``.

        It must come on or after an evaluation conversation of the route: a route without
        one gets a message saying to record the evaluation first.
        """
        from praatplaat_app.analysis.follow_up import EVALUATION_KINDS

        route = self.library.get(Route, route_id)
        date = _check_date(date, tr("Vul een geldige datum in voor het vervolggesprek."))
        evaluations = [
            s
            for s in self.library.rows(Session, "route_id = ?", (route_id,))
            if s.kind in EVALUATION_KINDS and s.date is not None
        ]
        if not evaluations:
            raise ValidationError(
                tr(
                    "De route '{route}' heeft nog geen evaluatiegesprek. Een vervolggesprek "
                    "kijkt terug op een evaluatie: leg eerst het gesprek met studenten, "
                    "docenten en werkbegeleiders vast.",
                    route=route.name,
                ),
                "date",
            )
        first = min(s.date for s in evaluations if s.date)
        if date < first:
            raise ValidationError(
                tr(
                    "Het vervolggesprek ({date}) ligt vóór de eerste evaluatie van deze route "
                    "({evaluation}). Kies een datum na de evaluatie.",
                    date=long_date(date),
                    evaluation=long_date(first),
                ),
                "date",
            )
        session = Session(
            route_id=route_id,
            kind=SessionKind.FOLLOW_UP.value,
            date=date,
            facilitator=bounded_text(
                facilitator, tr("de gespreksleider"), "facilitator", MAX_LINE
            ),
            context=bounded_text(context, tr("de context"), "context"),
        )
        people: list[Record] = []
        for position, person in enumerate(participants or []):
            try:
                role = Role(person.get("role", "")).value
            except ValueError:
                raise ValidationError(
                    tr(
                        "Kies een rol voor elke deelnemer (student, docent, werkbegeleider, "
                        "praktijkopleider, coördinator of anders)."
                    ),
                    "role",
                ) from None
            people.append(
                Participant(
                    session_id=session.id,
                    role=role,
                    organisation=bounded_text(
                        person.get("organisation", ""), tr("organisatie"), "organisation", 500
                    ),
                    name=bounded_text(person.get("name", ""), tr("naam"), "name", 500).strip(),
                    position=position,
                )
            )
        self._commit(
            tr("Vervolggesprek aanmaken"),
            [session, *people],
            _change("sessions", session.id, route_id),
        )
        return session

    def _follow_up_session(self, session_id: str) -> Session:
        session = self.library.get(Session, session_id)
        if session.kind != SessionKind.FOLLOW_UP:
            raise ValidationError(
                tr(
                    "Dit gesprek is geen vervolggesprek; acties nalopen kan alleen in een "
                    "vervolggesprek."
                ),
                "session",
            )
        return session

    def _earlier_action(self, session: Session, action_id: str) -> Action:
        action = self.library.get(Action, action_id)
        origin = self.library.get(Session, action.session_id, include_deleted=True)
        if origin.route_id != session.route_id or origin.id == session.id or action.draft:
            raise ValidationError(
                tr("Deze actie hoort niet bij een eerder gesprek van deze route."), "action"
            )
        return action

    def _review_note(self, session_id: str, action_id: str, name: str, text: str) -> Note | None:
        """The note to save for one answer (``name``: "status" or a REVIEW_FIELD_KEYS key),
        or None when nothing changes."""
        from praatplaat_app.analysis.follow_up import REVIEW_INDICATORS

        indicator_id = REVIEW_INDICATORS[name]
        existing = self.library.note(session_id, indicator_id, action_id, NoteKind.FREE)
        if existing is not None and existing.text == text and not existing.deleted:
            return None
        if existing is None and not text:
            return None
        if existing is not None:
            return existing.touched(text=text, deleted=False)
        return Note(
            session_id=session_id,
            indicator_id=indicator_id,
            theme_id=action_id,
            kind=NoteKind.FREE.value,
            text=text,
        )

    def review_action(
        self,
        session_id: str,
        action_id: str,
        status: str | None = None,
        what_happened: str | None = None,
        helped: str | None = None,
        hindered: str | None = None,
        next_step: str | None = None,
    ) -> Change:
        """Record the follow-up's review of an earlier action in one undo step.

        ``None`` leaves a field as it is. A new status updates the action itself in place;
        the version it replaces is kept in the library's history with the reason
        "vervolggesprek van <datum>". Undo puts the action and the answers back (the
        history entry stays: history is never rewritten).
        """
        session = self._follow_up_session(session_id)
        action = self._earlier_action(session, action_id)
        records: list[Record] = []
        previous: Action | None = None
        if status is not None:
            status = _check_status(status)
            if status != action.status:
                previous = action
                records.append(action.touched(status=status))
            status_note = self._review_note(session_id, action_id, "status", status)
            if status_note is not None:
                records.append(status_note)
        answers = {
            "what_happened": what_happened,
            "helped": helped,
            "hindered": hindered,
            "next_step": next_step,
        }
        for kind, text in answers.items():
            if text is None:
                continue
            note = self._review_note(
                session_id, action_id, kind, bounded_text(text, tr("het antwoord"), kind)
            )
            if note is not None:
                records.append(note)
        if not records:
            return Change()
        change = _change("actions", session_id, session.route_id) | _change(
            "notes", session_id
        )
        with self.library.transaction():
            if previous is not None:
                self.library.add_history(previous, _history_reason(session))
            return self._commit(tr("Actie nalopen"), records, change)

    def set_review_status(self, session_id: str, action_id: str, status: str) -> Change:
        return self.review_action(session_id, action_id, status=status)

    def set_review_answer(self, session_id: str, action_id: str, field: str, text: str) -> Change:
        """One answer as it is typed; consecutive edits of one field are one undo step."""
        from praatplaat_app.analysis.follow_up import REVIEW_FIELD_KEYS

        if field not in REVIEW_FIELD_KEYS:
            raise TypeError(f"unknown review field: {field}")
        session = self._follow_up_session(session_id)
        self._earlier_action(session, action_id)
        note = self._review_note(
            session_id, action_id, field, bounded_text(text, tr("het antwoord"), field)
        )
        if note is None:
            return Change()
        return self._commit(
            tr("Actie nalopen"),
            [note],
            _change("notes", session_id, session.route_id),
            merge_key=("review", session_id, action_id, field),
        )

    def set_evaluation_answer(self, session_id: str, question_id: str, text: str) -> Change:
        """The answer to one of the fixed questions on how the evaluation went."""
        from praatplaat_app.analysis.follow_up import EVALUATION_INDICATOR, follow_up_questions

        session = self._follow_up_session(session_id)
        known = {q.id for q in follow_up_questions()}
        if question_id not in known:
            raise ValidationError(
                tr("Onbekende vraag '{question}'.", question=question_id), "question"
            )
        text = bounded_text(text, tr("het antwoord"), "text")
        existing = self.library.note(session_id, EVALUATION_INDICATOR, question_id, NoteKind.FREE)
        if existing is not None and existing.text == text and not existing.deleted:
            return Change()
        if existing is None and not text:
            return Change()
        note = (
            existing.touched(text=text, deleted=False)
            if existing
            else Note(
                session_id=session_id,
                indicator_id=EVALUATION_INDICATOR,
                theme_id=question_id,
                kind=NoteKind.FREE.value,
                text=text,
            )
        )
        return self._commit(
            tr("Vraag over de evaluatie beantwoorden"),
            [note],
            _change("notes", session_id, session.route_id),
            merge_key=("evaluation-answer", session_id, question_id),
        )

    def add_follow_up_action(
        self,
        session_id: str,
        what: str,
        who: str = "",
        due: dt.date | None = None,
        *,
        from_action_id: str = "",
    ) -> Action:
        """A new action agreed in the follow-up conversation (confirmed, status open).

        ``from_action_id``: the earlier action whose next step this is; the new action
        takes over its indicator and theme.
        """
        session = self._follow_up_session(session_id)
        what = (what or "").strip()
        if not what:
            raise ValidationError(tr("Beschrijf wat er moet gebeuren."), "what")
        if len(what) > MAX_LINE:
            raise ValidationError(
                tr(
                    "De actie is te lang (meer dan {limit} tekens).",
                    limit=whole_number(MAX_LINE),
                ),
                "what",
            )
        if due is not None:
            due = _check_date(due, tr("Vul een geldige datum in voor de actie."))
        indicator_id = theme_id = ""
        if from_action_id:
            origin = self._earlier_action(session, from_action_id)
            indicator_id, theme_id = origin.indicator_id, origin.theme_id
        count = len(self.library.rows(Action, "session_id = ?", (session_id,)))
        action = Action(
            session_id=session_id,
            what=what,
            who=bounded_text(who, tr("wie"), "who", MAX_LINE),
            due=due,
            position=count,
            indicator_id=indicator_id,
            theme_id=theme_id,
        )
        self._commit(
            tr("Actie toevoegen"), [action], _change("actions", session_id, session.route_id)
        )
        return action

    def remove_follow_up_action(self, action_id: str) -> Change:
        action = self.library.get(Action, action_id)
        session = self._follow_up_session(action.session_id)
        return self._commit(
            tr("Actie verwijderen"),
            [action.touched(deleted=True)],
            _change("actions", session.id, session.route_id),
        )
