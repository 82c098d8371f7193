"""Operations on a conversation's action plan: goals, actions, drafts and follow-ups.

Every write is one undoable step (Ctrl+Z). Deleting a goal deletes its actions in
the same step; moving an action renumbers its goal (and the goal it came from) in
one transaction. A due date before the conversation is allowed (plans are sometimes
written up afterwards) but :func:`due_date_warning` tells the UI to say so.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from praatplaat_app.domain import (
    Action,
    ActionStatus,
    FollowUp,
    Goal,
    Pillar,
    Session,
)
from praatplaat_app.errors import ValidationError
from praatplaat_app.messages import tr
from praatplaat_app.operations.base import OperationsBase
from praatplaat_app.operations.undo import Change
from praatplaat_app.operations.undo import changed as _change
from praatplaat_app.validation import bounded_text, parse_date, required_text

GOAL_FIELDS = ("text", "indicator_id", "theme_id", "pillar")
ACTION_FIELDS = ("what", "who", "due", "status")
FOLLOW_UP_FIELDS = ("date", "who_invites", "prepare")

# Typing in these fields merges into one undo step; a pick from a list never merges.
TYPED_FIELDS = frozenset({"text", "what", "who", "who_invites", "prepare"})

MAX_WHO = 500
MAX_PREPARE = 20_000
# The Dutch text of the warning below (what tests compare with in Dutch).
DATE_BEFORE_CONVERSATION = "Deze datum ligt vóór de datum van het gesprek."


def due_date_warning(session: Session | None, due: dt.date | None) -> str | None:
    """A warning (in the app's language) when ``due`` lies before the conversation,
    else ``None``.

    Used for action due dates and for the date of a follow-up conversation.
    """
    if session is None or session.date is None or due is None:
        return None
    if due < session.date:
        return tr("Deze datum ligt vóór de datum van het gesprek.")
    return None




def _check_date(value: Any, field: str) -> dt.date | None:
    """``None``/empty for "no date", a date, or text in one of the accepted formats."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value, field) if value.strip() else None
    raise ValidationError(tr("Vul een geldige datum in, of laat het veld leeg."), field)


def _check_status(status: str) -> str:
    try:
        return ActionStatus(status).value
    except ValueError:
        raise ValidationError(
            tr(
                "Onbekende status '{status}'. Kies Open, Bezig, Gedaan of Vervallen.",
                status=status,
            ),
            "status",
        ) from None


def _check_pillar(pillar: str) -> str:
    if not pillar:
        return ""
    try:
        return Pillar(pillar).value
    except ValueError:
        raise ValidationError(
            tr(
                "Onbekende pijler '{pillar}'. Kies kansrijk, inclusief, innovatief of dichtbij "
                "opleiden, of laat de pijler leeg.",
                pillar=pillar,
            ),
            "pillar",
        ) from None


def _merge_key(kind: str, record_id: str, cleaned: dict[str, Any]) -> tuple[Any, ...] | None:
    if set(cleaned) <= TYPED_FIELDS:
        return (kind, record_id, tuple(sorted(cleaned)))
    return None


def _renumbered(records: list[Any], extra: dict[str, dict[str, Any]] | None = None) -> list[Any]:
    """The records whose ``position`` is not their index (or that get ``extra``
    changes, by id), with a fresh position."""
    changed = []
    for index, record in enumerate(records):
        wanted = (extra or {}).get(record.id, {})
        changes = {k: v for k, v in wanted.items() if getattr(record, k) != v}
        if record.position != index:
            changes["position"] = index
        if changes:
            changed.append(record.touched(**changes))
    return changed


class ActionPlanOperations(OperationsBase):
    """Goals, actions, draft actions and follow-up agreements of a conversation."""

    # ------------------------------------------------------------------ lookups

    def goals_of(self, session_id: str) -> list[Goal]:
        return self.library.rows(Goal, "session_id = ?", (session_id,), order="position, rowid")

    def actions_of_goal(self, goal: Goal | str, session_id: str | None = None) -> list[Action]:
        """The confirmed actions of a goal, in order.

        A goal id that is empty or names no existing goal of ``session_id`` means
        the actions that belong to no goal (e.g. from an older exchange file).
        """
        goal_id = goal.id if isinstance(goal, Goal) else goal
        found = (
            goal
            if isinstance(goal, Goal)
            else (self.library.find(Goal, goal_id) if goal_id else None)
        )
        if found is not None and not found.deleted:
            return self.library.rows(
                Action, "goal_id = ? AND draft = 0", (goal_id,), order="position, rowid"
            )
        live = {g.id for g in self.goals_of(session_id or "")}
        return [
            a
            for a in self.library.rows(
                Action, "session_id = ? AND draft = 0", (session_id,), order="position, rowid"
            )
            if a.goal_id not in live
        ]

    def draft_actions_of(self, session_id: str) -> list[Action]:
        return self.library.rows(
            Action, "session_id = ? AND draft = 1", (session_id,), order="position, rowid"
        )

    def due_date_warning(self, session_id: str, due: dt.date | None) -> str | None:
        """See :func:`due_date_warning`; by conversation id."""
        session = self.library.find(Session, session_id)
        return due_date_warning(session, due)

    def _goal_in_session(self, goal_id: str, session_id: str) -> Goal:
        goal = self.library.find(Goal, goal_id) if goal_id else None
        if goal is None or goal.deleted or goal.session_id != session_id:
            raise ValidationError(
                tr("Kies een ontwikkeldoel van dit gesprek voor deze actie."), "goal_id"
            )
        return goal

    # -------------------------------------------------------------- validation

    def _check_indicator(self, indicator_id: str) -> str:
        if not indicator_id:
            raise ValidationError(tr("Kies bij welke indicator dit doel hoort."), "indicator_id")
        try:
            self.catalog.indicator(indicator_id)
        except KeyError:
            raise ValidationError(
                tr(
                    "Onbekende indicator '{indicator}'. Kies een indicator uit de lijst.",
                    indicator=indicator_id,
                ),
                "indicator_id",
            ) from None
        return indicator_id

    def _check_theme(self, theme_id: str) -> str:
        if not theme_id:
            return ""
        try:
            self.catalog.theme(theme_id)
        except KeyError:
            raise ValidationError(
                tr(
                    "Onbekend thema '{theme}'. Kies een thema uit de lijst of laat het leeg.",
                    theme=theme_id,
                ),
                "theme_id",
            ) from None
        return theme_id

    def _clean_goal_fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - set(GOAL_FIELDS)
        if unknown:
            raise TypeError(f"unknown goal fields: {sorted(unknown)}")
        cleaned: dict[str, Any] = {}
        if "text" in fields:
            cleaned["text"] = required_text(fields["text"], tr("het ontwikkeldoel"), "text")
        if "indicator_id" in fields:
            cleaned["indicator_id"] = self._check_indicator(fields["indicator_id"])
        if "theme_id" in fields:
            cleaned["theme_id"] = self._check_theme(fields["theme_id"])
        if "pillar" in fields:
            cleaned["pillar"] = _check_pillar(fields["pillar"])
        return cleaned

    @staticmethod
    def _clean_action_fields(fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - set(ACTION_FIELDS)
        if unknown:
            raise TypeError(f"unknown action fields: {sorted(unknown)}")
        cleaned: dict[str, Any] = {}
        if "what" in fields:
            cleaned["what"] = required_text(fields["what"], tr("wat er moet gebeuren"), "what")
        if "who" in fields:
            cleaned["who"] = bounded_text(fields["who"] or "", tr("wie"), "who", MAX_WHO).strip()
        if "due" in fields:
            cleaned["due"] = _check_date(fields["due"], "due")
        if "status" in fields:
            cleaned["status"] = _check_status(fields["status"])
        return cleaned

    @staticmethod
    def _clean_follow_up_fields(fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - set(FOLLOW_UP_FIELDS)
        if unknown:
            raise TypeError(f"unknown follow-up fields: {sorted(unknown)}")
        cleaned: dict[str, Any] = {}
        if "date" in fields:
            cleaned["date"] = _check_date(fields["date"], "date")
        if "who_invites" in fields:
            cleaned["who_invites"] = bounded_text(
                fields["who_invites"] or "", tr("wie uitnodigt"), "who_invites", MAX_WHO
            ).strip()
        if "prepare" in fields:
            cleaned["prepare"] = bounded_text(
                fields["prepare"] or "",
                tr("wat er voorbereid moet worden"),
                "prepare",
                MAX_PREPARE,
            )
        return cleaned

    # -------------------------------------------------------------------- goals

    def add_goal(
        self,
        session_id: str,
        indicator_id: str,
        text: str,
        theme_id: str = "",
        pillar: str = "",
    ) -> Goal:
        self.library.get(Session, session_id)
        cleaned = self._clean_goal_fields(
            {"text": text, "indicator_id": indicator_id, "theme_id": theme_id, "pillar": pillar}
        )
        goal = Goal(session_id=session_id, position=len(self.goals_of(session_id)), **cleaned)
        self._commit(tr("Ontwikkeldoel toevoegen"), [goal], _change("goals", session_id))
        return goal

    def update_goal(self, goal_id: str, **fields: Any) -> Goal:
        """Change a goal's text, indicator, theme or pillar.

        Consecutive edits of one field are one undo step (as typing in an editor).
        """
        goal = self.library.get(Goal, goal_id)
        cleaned = self._clean_goal_fields(fields)
        return self._update(
            goal,
            cleaned,
            tr("Ontwikkeldoel wijzigen"),
            _change("goals", goal.session_id),
            merge_key=_merge_key("goal", goal_id, cleaned),
        )

    def delete_goal(self, goal_id: str) -> Change:
        """Delete a goal together with its actions; one undo step restores all."""
        goal = self.library.get(Goal, goal_id)
        actions = self.actions_of_goal(goal)
        records = [goal.touched(deleted=True)] + [a.touched(deleted=True) for a in actions]
        remaining = [g for g in self.goals_of(goal.session_id) if g.id != goal_id]
        records += _renumbered(remaining)
        return self._commit(
            tr("Ontwikkeldoel verwijderen"),
            records,
            Change(frozenset({"goals", "actions"}), session_id=goal.session_id),
        )

    def move_goal(self, goal_id: str, new_position: int) -> Change:
        goal = self.library.get(Goal, goal_id)
        goals = [g for g in self.goals_of(goal.session_id) if g.id != goal_id]
        goals.insert(max(0, min(new_position, len(goals))), goal)
        records = _renumbered(goals)
        if not records:
            return Change()
        return self._commit(
            tr("Ontwikkeldoel verplaatsen"), records, _change("goals", goal.session_id)
        )

    # ------------------------------------------------------------------ actions

    def add_action(
        self,
        session_id: str,
        goal_id: str,
        what: str,
        who: str = "",
        due: dt.date | str | None = None,
        status: str = ActionStatus.OPEN,
    ) -> Action:
        self.library.get(Session, session_id)
        goal = self._goal_in_session(goal_id, session_id)
        cleaned = self._clean_action_fields(
            {"what": what, "who": who, "due": due, "status": status}
        )
        action = Action(
            session_id=session_id,
            goal_id=goal.id,
            position=len(self.actions_of_goal(goal)),
            indicator_id=goal.indicator_id,
            theme_id=goal.theme_id,
            **cleaned,
        )
        self._commit(tr("Actie toevoegen"), [action], _change("actions", session_id))
        return action

    def update_action(self, action_id: str, **fields: Any) -> Action:
        """Change what, who, due (a date, text or ``None``) or status of an action."""
        action = self.library.get(Action, action_id)
        cleaned = self._clean_action_fields(fields)
        return self._update(
            action,
            cleaned,
            tr("Actie wijzigen"),
            _change("actions", action.session_id),
            merge_key=_merge_key("action", action_id, cleaned),
        )

    def delete_action(self, action_id: str) -> Change:
        action = self.library.get(Action, action_id)
        records = [action.touched(deleted=True)]
        if not action.draft:
            siblings = [
                a
                for a in self.actions_of_goal(action.goal_id, action.session_id)
                if a.id != action_id
            ]
            records += _renumbered(siblings)
        return self._commit(
            tr("Conceptactie weggooien") if action.draft else tr("Actie verwijderen"),
            records,
            _change("actions", action.session_id),
        )

    def move_action(self, action_id: str, new_position: int, goal_id: str | None = None) -> Change:
        """Put an action at ``new_position`` under ``goal_id`` (default: its own goal).

        Both the goal it leaves and the goal it joins are renumbered, in one
        transaction and one undo step.
        """
        action = self.library.get(Action, action_id)
        if action.draft:
            raise ValidationError(
                tr("Bevestig de conceptactie eerst bij een doel; daarna kunt u haar verplaatsen."),
                "goal_id",
            )
        session_id = action.session_id
        target_id = action.goal_id if goal_id is None else goal_id
        if goal_id is not None:
            self._goal_in_session(goal_id, session_id)
        joined = [a for a in self.actions_of_goal(target_id, session_id) if a.id != action_id]
        joined.insert(max(0, min(new_position, len(joined))), action)
        extra: dict[str, dict[str, Any]] = {}
        if target_id != action.goal_id:
            extra[action.id] = {"goal_id": target_id}
        records = _renumbered(joined, extra)
        if target_id != action.goal_id:
            left = [
                a for a in self.actions_of_goal(action.goal_id, session_id) if a.id != action_id
            ]
            records += _renumbered(left)
        if not records:
            return Change()
        return self._commit(tr("Actie verplaatsen"), records, _change("actions", session_id))

    # ------------------------------------------------------------------- drafts

    def confirm_draft_action(self, action_id: str, goal_id: str) -> Action:
        """A draft action from the conversation becomes a real action under ``goal_id``."""
        action = self.library.get(Action, action_id)
        if not action.draft:
            raise ValidationError(tr("Deze actie is al bevestigd."), "draft")
        goal = self._goal_in_session(goal_id, action.session_id)
        if not action.what.strip():
            raise ValidationError(
                tr("Dit concept heeft geen omschrijving. Gooi het weg of maak een nieuwe actie."),
                "what",
            )
        confirmed = action.touched(
            draft=False, goal_id=goal.id, position=len(self.actions_of_goal(goal))
        )
        self._commit(
            tr("Conceptactie bevestigen"), [confirmed], _change("actions", action.session_id)
        )
        return confirmed

    def discard_draft_action(self, action_id: str) -> Change:
        action = self.library.get(Action, action_id)
        if not action.draft:
            raise ValidationError(
                tr("Dit is geen conceptactie. Verwijder de actie in het actieplan."), "draft"
            )
        return self.delete_action(action_id)

    # --------------------------------------------------------------- follow-ups

    def follow_ups_of(self, session_id: str) -> list[FollowUp]:
        return self.library.rows(FollowUp, "session_id = ?", (session_id,), order="position, rowid")

    def add_follow_up(
        self,
        session_id: str,
        date: dt.date | str | None = None,
        who_invites: str = "",
        prepare: str = "",
    ) -> FollowUp:
        """Add a follow-up agreement. Every field may still be empty (filled in later)."""
        session = self.library.get(Session, session_id)
        cleaned = self._clean_follow_up_fields(
            {"date": date, "who_invites": who_invites, "prepare": prepare}
        )
        follow_up = FollowUp(
            session_id=session_id, position=len(self.follow_ups_of(session_id)), **cleaned
        )
        # The route is named too: its follow-up status (due, overdue) may change.
        self._commit(
            tr("Vervolgafspraak toevoegen"),
            [follow_up],
            _change("follow_ups", session_id, session.route_id),
        )
        return follow_up

    def update_follow_up(self, follow_up_id: str, **fields: Any) -> FollowUp:
        follow_up = self.library.get(FollowUp, follow_up_id)
        session = self.library.get(Session, follow_up.session_id)
        cleaned = self._clean_follow_up_fields(fields)
        return self._update(
            follow_up,
            cleaned,
            tr("Vervolgafspraak wijzigen"),
            _change("follow_ups", follow_up.session_id, session.route_id),
            merge_key=_merge_key("follow_up", follow_up_id, cleaned),
        )

    def delete_follow_up(self, follow_up_id: str) -> Change:
        follow_up = self.library.get(FollowUp, follow_up_id)
        remaining = [f for f in self.follow_ups_of(follow_up.session_id) if f.id != follow_up_id]
        return self._commit(
            tr("Vervolgafspraak verwijderen"),
            [follow_up.touched(deleted=True), *_renumbered(remaining)],
            _change("follow_ups", follow_up.session_id),
        )
