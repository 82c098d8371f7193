"""Action plan operations: goals, actions, drafts, follow-ups; validation and undo."""

from __future__ import annotations

import datetime as dt

import pytest

from praatplaat_app.domain import Action, FollowUp, Goal, Note
from praatplaat_app.errors import ValidationError
from praatplaat_app.operations import Operations
from praatplaat_app.operations.action_plan import (
    DATE_BEFORE_CONVERSATION,
    ActionPlanOperations,
    due_date_warning,
)

DAY = dt.date(2025, 3, 14)
IND = "eigen-route"
IND2 = "breed-opleiden"


class _Ops(Operations, ActionPlanOperations):
    """Until the lead adds the mixin to Operations."""


@pytest.fixture
def ap(library, catalog) -> _Ops:
    return _Ops(library, catalog)


@pytest.fixture
def session(ap: _Ops):
    route = ap.create_route("Treant Praktijkroute", organisations="Treant")
    session = ap.create_session(route.id, "students", DAY, facilitator="Anneke Prins")
    ap.set_indicator_chosen(session.id, IND, True)
    ap.undo_stack.clear()
    return session


def _plan(ap: _Ops, session_id: str) -> list[tuple[str, list[str]]]:
    conv = ap.library.conversation(session_id)
    return [(g.text, [a.what for a in conv.actions_for_goal(g.id)]) for g in conv.goals]


def test_indicator_ids_in_tests_exist(catalog):
    for indicator_id in (IND, IND2):
        catalog.indicator(indicator_id)


# --------------------------------------------------------------------- goals


def test_add_goal_with_theme_and_pillar(ap: _Ops, session, catalog):
    theme = catalog.themes_for(IND)[0]
    goal = ap.add_goal(
        session.id, IND, "  Studenten kiezen zelf hun leerdoelen  ", theme.id, "inclusief"
    )
    stored = ap.library.get(Goal, goal.id)
    assert stored.text == "Studenten kiezen zelf hun leerdoelen"
    assert (stored.indicator_id, stored.theme_id, stored.pillar) == (IND, theme.id, "inclusief")
    assert ap.undo_stack.undo_label == "Ontwikkeldoel toevoegen"
    ap.undo()
    assert ap.library.conversation(session.id).goals == []
    ap.redo()
    assert [g.id for g in ap.library.conversation(session.id).goals] == [goal.id]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"text": "   "}, "text"),
        ({"indicator_id": ""}, "indicator_id"),
        ({"indicator_id": "bestaat-niet"}, "indicator_id"),
        ({"theme_id": "geen-thema"}, "theme_id"),
        ({"pillar": "snel"}, "pillar"),
    ],
)
def test_invalid_goal_is_refused(ap: _Ops, session, kwargs, field):
    args = {"indicator_id": IND, "text": "Een doel", **kwargs}
    with pytest.raises(ValidationError) as info:
        ap.add_goal(session.id, **args)
    assert info.value.field == field
    assert ap.library.rows(Goal) == []
    assert not ap.undo_stack.can_undo


def test_update_goal_typing_is_one_undo_step(ap: _Ops, session):
    goal = ap.add_goal(session.id, IND, "Feedback")
    for text in ("Feedback o", "Feedback op", "Feedback op tijd"):
        ap.update_goal(goal.id, text=text)
    assert ap.library.get(Goal, goal.id).text == "Feedback op tijd"
    ap.undo()
    assert ap.library.get(Goal, goal.id).text == "Feedback"
    with pytest.raises(ValidationError):
        ap.update_goal(goal.id, text="")
    with pytest.raises(ValidationError):
        ap.update_goal(goal.id, pillar="overal")


def test_update_goal_without_change_is_no_step(ap: _Ops, session):
    goal = ap.add_goal(session.id, IND, "Feedback")
    ap.update_goal(goal.id, text="Feedback", pillar="")
    assert ap.undo_stack.undo_label == "Ontwikkeldoel toevoegen"


def test_delete_goal_takes_its_actions_and_undo_restores_both(ap: _Ops, session):
    g1 = ap.add_goal(session.id, IND, "Doel één")
    g2 = ap.add_goal(session.id, IND, "Doel twee")
    ap.add_action(session.id, g1.id, "Intervisie plannen", "Marieke")
    ap.add_action(session.id, g1.id, "Evaluatie met studenten")
    ap.add_action(session.id, g2.id, "Werkbegeleiders uitnodigen")
    ap.delete_goal(g1.id)
    assert _plan(ap, session.id) == [("Doel twee", ["Werkbegeleiders uitnodigen"])]
    assert ap.library.get(Goal, g2.id).position == 0
    assert ap.undo_stack.undo_label == "Ontwikkeldoel verwijderen"
    ap.undo()
    assert _plan(ap, session.id) == [
        ("Doel één", ["Intervisie plannen", "Evaluatie met studenten"]),
        ("Doel twee", ["Werkbegeleiders uitnodigen"]),
    ]
    ap.redo()
    assert [g.text for g in ap.library.conversation(session.id).goals] == ["Doel twee"]


def test_move_goal(ap: _Ops, session):
    goals = [ap.add_goal(session.id, IND, f"Doel {n}") for n in range(3)]
    ap.move_goal(goals[2].id, 0)
    assert [g.text for g in ap.goals_of(session.id)] == ["Doel 2", "Doel 0", "Doel 1"]
    ap.undo()
    assert [g.text for g in ap.goals_of(session.id)] == ["Doel 0", "Doel 1", "Doel 2"]
    assert ap.move_goal(goals[0].id, 0).what == frozenset()  # nothing changes


# ------------------------------------------------------------------- actions


def test_add_action_and_validation(ap: _Ops, session):
    goal = ap.add_goal(session.id, IND, "Doel")
    action = ap.add_action(
        session.id,
        goal.id,
        "Geëvalueerd rooster maken",
        "Joëlle",
        dt.date(2025, 4, 1),
        "in_progress",
    )
    stored = ap.library.get(Action, action.id)
    assert (stored.what, stored.who, stored.due, stored.status) == (
        "Geëvalueerd rooster maken",
        "Joëlle",
        dt.date(2025, 4, 1),
        "in_progress",
    )
    assert stored.indicator_id == IND and not stored.draft
    with pytest.raises(ValidationError) as info:
        ap.add_action(session.id, goal.id, "  ")
    assert info.value.field == "what"
    with pytest.raises(ValidationError) as info:
        ap.add_action(session.id, goal.id, "Iets", status="klaar")
    assert info.value.field == "status"
    with pytest.raises(ValidationError) as info:
        ap.add_action(session.id, "", "Iets")
    assert info.value.field == "goal_id"
    with pytest.raises(ValidationError) as info:
        ap.add_action(session.id, goal.id, "Iets", due="31-02-2025")
    assert info.value.field == "due"
    assert len(ap.library.rows(Action)) == 1


def test_action_due_before_conversation_is_allowed_with_warning(ap: _Ops, session):
    goal = ap.add_goal(session.id, IND, "Doel")
    early = dt.date(2025, 3, 1)
    action = ap.add_action(session.id, goal.id, "Terugblik", due=early)
    assert ap.library.get(Action, action.id).due == early
    assert ap.due_date_warning(session.id, early) == DATE_BEFORE_CONVERSATION
    assert "vóór de datum van het gesprek" in DATE_BEFORE_CONVERSATION
    assert ap.due_date_warning(session.id, DAY) is None
    assert ap.due_date_warning(session.id, None) is None
    assert due_date_warning(session, dt.date(2026, 1, 1)) is None


def test_update_action_fields_and_undo(ap: _Ops, session):
    goal = ap.add_goal(session.id, IND, "Doel")
    action = ap.add_action(session.id, goal.id, "Plan")
    ap.update_action(action.id, status="done")
    ap.update_action(action.id, due="14-04-2025")
    assert ap.library.get(Action, action.id).due == dt.date(2025, 4, 14)
    ap.update_action(action.id, due=None)
    assert ap.library.get(Action, action.id).due is None
    ap.undo()
    ap.undo()
    assert ap.library.get(Action, action.id).due is None
    assert ap.library.get(Action, action.id).status == "done"
    ap.undo()
    assert ap.library.get(Action, action.id).status == "open"
    with pytest.raises(ValidationError):
        ap.update_action(action.id, what="")
    with pytest.raises(ValidationError):
        ap.update_action(action.id, status="")
    with pytest.raises(TypeError):
        ap.update_action(action.id, goal_id=goal.id)


def test_delete_action_and_undo(ap: _Ops, session):
    goal = ap.add_goal(session.id, IND, "Doel")
    a1 = ap.add_action(session.id, goal.id, "Een")
    ap.add_action(session.id, goal.id, "Twee")
    ap.delete_action(a1.id)
    assert _plan(ap, session.id) == [("Doel", ["Twee"])]
    assert ap.undo_stack.undo_label == "Actie verwijderen"
    ap.undo()
    assert _plan(ap, session.id) == [("Doel", ["Een", "Twee"])]


def test_move_action_within_and_between_goals(ap: _Ops, session):
    g1 = ap.add_goal(session.id, IND, "G1")
    g2 = ap.add_goal(session.id, IND2, "G2")
    a = [ap.add_action(session.id, g1.id, name) for name in ("a", "b", "c")]
    d = ap.add_action(session.id, g2.id, "d")
    ap.move_action(a[2].id, 0)
    assert _plan(ap, session.id) == [("G1", ["c", "a", "b"]), ("G2", ["d"])]
    ap.move_action(a[0].id, 1, goal_id=g2.id)
    assert _plan(ap, session.id) == [("G1", ["c", "b"]), ("G2", ["d", "a"])]
    positions = {x.what: x.position for x in ap.library.rows(Action)}
    assert positions == {"c": 0, "b": 1, "d": 0, "a": 1}
    assert ap.library.get(Action, a[0].id).goal_id == g2.id
    ap.move_action(d.id, 99)  # clamps to the end
    assert _plan(ap, session.id)[1] == ("G2", ["a", "d"])
    # Each move is one undo step.
    ap.undo()
    ap.undo()
    assert _plan(ap, session.id) == [("G1", ["c", "a", "b"]), ("G2", ["d"])]
    ap.undo()
    assert _plan(ap, session.id) == [("G1", ["a", "b", "c"]), ("G2", ["d"])]
    with pytest.raises(ValidationError):
        ap.move_action(d.id, 0, goal_id="onbekend")


def test_move_into_goal_of_other_conversation_is_refused(ap: _Ops, session):
    other = ap.create_session(session.route_id, "staff", DAY)
    g_other = ap.add_goal(other.id, IND, "Elders")
    goal = ap.add_goal(session.id, IND, "Hier")
    action = ap.add_action(session.id, goal.id, "Actie")
    with pytest.raises(ValidationError):
        ap.move_action(action.id, 0, goal_id=g_other.id)
    with pytest.raises(ValidationError):
        ap.add_action(session.id, g_other.id, "Actie")


def test_actions_without_goal_are_one_group(ap: _Ops, session, library):
    goal = ap.add_goal(session.id, IND, "G")
    loose = Action(session_id=session.id, goal_id="weg", what="Los", position=0)
    library.save(loose)
    assert [a.what for a in ap.actions_of_goal("", session.id)] == ["Los"]
    ap.move_action(loose.id, 0, goal_id=goal.id)
    assert _plan(ap, session.id) == [("G", ["Los"])]
    assert ap.actions_of_goal("", session.id) == []


# -------------------------------------------------------------------- drafts


def _draft(ap: _Ops, session, text: str = "Vaker samen leren op de afdeling") -> Action:
    ap.set_note(session.id, IND, "", "improve", text)
    note = ap.library.rows(Note)[0]
    return ap.note_to_draft_action(note.id)


def test_confirm_draft_action(ap: _Ops, session):
    goal = ap.add_goal(session.id, IND, "Samen leren")
    ap.add_action(session.id, goal.id, "Bestaande actie")
    draft = _draft(ap, session)
    assert [a.id for a in ap.draft_actions_of(session.id)] == [draft.id]
    confirmed = ap.confirm_draft_action(draft.id, goal.id)
    assert not confirmed.draft and confirmed.goal_id == goal.id and confirmed.position == 1
    assert ap.draft_actions_of(session.id) == []
    assert _plan(ap, session.id) == [
        ("Samen leren", ["Bestaande actie", "Vaker samen leren op de afdeling"])
    ]
    ap.undo()
    assert [a.id for a in ap.draft_actions_of(session.id)] == [draft.id]
    with pytest.raises(ValidationError):
        ap.confirm_draft_action(draft.id, "")
    ap.redo()
    with pytest.raises(ValidationError):
        ap.confirm_draft_action(draft.id, goal.id)  # already confirmed
    with pytest.raises(ValidationError):
        ap.move_action(_draft(ap, session, "Ander concept").id, 0)


def test_discard_draft_action_and_undo(ap: _Ops, session):
    goal = ap.add_goal(session.id, IND, "Doel")
    action = ap.add_action(session.id, goal.id, "Echte actie")
    draft = _draft(ap, session)
    ap.discard_draft_action(draft.id)
    assert ap.draft_actions_of(session.id) == []
    assert ap.undo_stack.undo_label == "Conceptactie weggooien"
    ap.undo()
    assert [a.id for a in ap.draft_actions_of(session.id)] == [draft.id]
    with pytest.raises(ValidationError):
        ap.discard_draft_action(action.id)


# ---------------------------------------------------------------- follow-ups


def test_follow_ups(ap: _Ops, session):
    f1 = ap.add_follow_up(
        session.id, dt.date(2025, 9, 15), "Coördinator Inge", "Terugblik op acties"
    )
    f2 = ap.add_follow_up(session.id, None)
    assert [f.position for f in ap.follow_ups_of(session.id)] == [0, 1]
    ap.update_follow_up(f2.id, date="01-10-2025", who_invites="Anneke")
    stored = ap.library.get(FollowUp, f2.id)
    assert (stored.date, stored.who_invites) == (dt.date(2025, 10, 1), "Anneke")
    with pytest.raises(ValidationError) as info:
        ap.update_follow_up(f2.id, date="morgen")
    assert info.value.field == "date"
    ap.delete_follow_up(f1.id)
    assert [f.id for f in ap.follow_ups_of(session.id)] == [f2.id]
    assert ap.library.get(FollowUp, f2.id).position == 0
    ap.undo()
    assert [f.id for f in ap.follow_ups_of(session.id)] == [f1.id, f2.id]
    assert ap.due_date_warning(session.id, dt.date(2025, 1, 1)) == DATE_BEFORE_CONVERSATION


def test_changes_name_what_changed(ap: _Ops, session):
    seen = []
    ap.subscribe(seen.append)
    goal = ap.add_goal(session.id, IND, "Doel")
    ap.add_action(session.id, goal.id, "Actie")
    ap.add_follow_up(session.id)
    ap.delete_goal(goal.id)
    assert [set(c.what) for c in seen] == [
        {"goals"},
        {"actions"},
        {"follow_ups"},
        {"goals", "actions"},
    ]
    assert all(c.session_id == session.id for c in seen)


def test_demo_plan_can_be_reordered(demo_library, catalog):
    ap = _Ops(demo_library, catalog)
    for summary in demo_library.list_sessions():
        conv = demo_library.conversation(summary.id)
        for goal in conv.goals:
            actions = conv.actions_for_goal(goal.id)
            if len(actions) >= 2:
                ap.move_action(actions[-1].id, 0)
                moved = ap.library.conversation(summary.id).actions_for_goal(goal.id)
                assert moved[0].id == actions[-1].id
                assert [a.position for a in moved] == list(range(len(actions)))
                return
    pytest.fail("the demo has no goal with two actions")
