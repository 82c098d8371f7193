"""The operations layer: validation, undo/redo of every structural change."""

from __future__ import annotations

import datetime as dt

import pytest

from praatplaat_app.domain import Action, ChosenIndicator, Participant
from praatplaat_app.errors import ValidationError
from praatplaat_app.operations import Operations
from praatplaat_app.validation import parse_date

DAY = dt.date(2025, 3, 14)


@pytest.fixture
def session(ops: Operations):
    route = ops.create_route("Treant Praktijkroute", organisations="Treant")
    return ops.create_session(route.id, "students", DAY, facilitator="Anneke Prins")


def test_empty_route_name_is_refused(ops: Operations):
    with pytest.raises(ValidationError) as info:
        ops.create_route("   ")
    assert info.value.field == "name"
    assert "naam" in str(info.value)
    assert ops.library.routes() == []


def test_duplicate_route_name_is_refused(ops: Operations):
    ops.create_route("UMCG Gilde")
    with pytest.raises(ValidationError):
        ops.create_route("umcg gilde")


def test_participant_needs_a_role(ops: Operations, session):
    with pytest.raises(ValidationError) as info:
        ops.add_participant(session.id, "", "Treant", "Joëlle")
    assert info.value.field == "role"
    assert ops.library.rows(Participant) == []


@pytest.mark.parametrize("text", ["31-02-2025", "2025-13-01", "30/02/2024", "morgen"])
def test_impossible_dates(text: str):
    with pytest.raises(ValidationError):
        parse_date(text)


def test_valid_dates():
    assert parse_date("29-02-2024") == dt.date(2024, 2, 29)
    assert parse_date("2025-03-14") == DAY


def test_undo_redo_choose_indicator(ops: Operations, session):
    ops.set_indicator_chosen(session.id, "eigen-route", True)
    assert ops.chosen_indicator_ids(session.id) == ["eigen-route"]
    assert ops.undo_stack.undo_label == "Indicator kiezen"
    ops.undo()
    assert ops.chosen_indicator_ids(session.id) == []
    ops.redo()
    assert ops.chosen_indicator_ids(session.id) == ["eigen-route"]


def test_dropping_indicator_keeps_notes(ops: Operations, session):
    ops.set_indicator_chosen(session.id, "co-creatie", True)
    ops.set_note(session.id, "co-creatie", "", "free", "Samen leren met de docënt")
    ops.set_indicator_chosen(session.id, "co-creatie", False)
    assert ops.chosen_indicator_ids(session.id) == []
    ops.set_indicator_chosen(session.id, "co-creatie", True)
    conversation = ops.library.conversation(session.id)
    assert conversation.note_text("co-creatie", "", "free") == "Samen leren met de docënt"
    # One row per indicator choice, revived rather than duplicated.
    assert len(ops.library.rows(ChosenIndicator, include_deleted=True)) == 1


def test_undo_redo_add_participant(ops: Operations, session):
    person = ops.add_participant(session.id, "supervisor", "Treant", "Ömer")
    ops.undo()
    assert ops.library.rows(Participant) == []
    ops.redo()
    assert [p.name for p in ops.library.rows(Participant)] == ["Ömer"]
    assert ops.library.rows(Participant)[0].id == person.id


def test_typing_is_one_undo_step(ops: Operations, session):
    for text in ("G", "Ge", "Geë", "Geëvalueerd"):
        ops.set_note(session.id, "eigen-route", "", "goes_well", text)
    ops.undo_stack.break_merge()
    ops.set_note(session.id, "eigen-route", "", "goes_well", "Geëvalueerd!")
    ops.undo()
    assert ops.library.note(session.id, "eigen-route", "", "goes_well").text == "Geëvalueerd"
    ops.undo()
    assert ops.library.note(session.id, "eigen-route", "", "goes_well").deleted
    ops.redo()
    assert ops.library.note(session.id, "eigen-route", "", "goes_well").text == "Geëvalueerd"


def test_note_to_draft_action_and_undo(ops: Operations, session):
    ops.set_note(session.id, "eigen-route", "sociale-binding", "improve", "Meer contact")
    note = ops.library.note(session.id, "eigen-route", "sociale-binding", "improve")
    action = ops.note_to_draft_action(note.id)
    assert action.draft and action.indicator_id == "eigen-route"
    assert action.theme_id == "sociale-binding" and action.source_note_id == note.id
    ops.undo()
    assert ops.library.rows(Action) == []
    ops.redo()
    assert [a.what for a in ops.library.rows(Action)] == ["Meer contact"]


def test_empty_note_cannot_become_action(ops: Operations, session):
    ops.set_note(session.id, "eigen-route", "", "free", "  ")
    note = ops.library.note(session.id, "eigen-route", "", "free")
    with pytest.raises(ValidationError):
        ops.note_to_draft_action(note.id)


def test_listeners_hear_changes(ops: Operations, session):
    heard = []
    ops.subscribe(heard.append)
    ops.set_theme_discussed(session.id, "eigen-route", "sociale-binding", True)
    ops.undo()
    assert [c.what for c in heard] == [frozenset({"notes"}), frozenset({"notes"})]
    assert not ops.library.conversation(session.id).is_discussed("eigen-route", "sociale-binding")


def test_undo_is_a_new_edit_for_merging(ops: Operations, session):
    ops.set_note(session.id, "eigen-route", "", "free", "eerste")
    first = ops.library.note(session.id, "eigen-route", "", "free").updated_at
    ops.undo()
    assert ops.library.note(session.id, "eigen-route", "", "free").updated_at > first


def test_remember_position(ops: Operations, session):
    ops.remember_position(session.id, "co-creatie", "sociale-binding")
    reopened = ops.library.get(type(session), session.id)
    assert (reopened.current_indicator, reopened.current_theme) == ("co-creatie", "sociale-binding")
    assert not ops.undo_stack.can_undo or ops.undo_stack.undo_label == "Gesprek aanmaken"


def test_adding_several_participants_is_one_undo_step(ops: Operations, session):
    people = [{"role": "student", "organisation": "Noorderpoort"} for _ in range(4)]
    added = ops.add_participants(session.id, people)
    assert [p.position for p in added] == [0, 1, 2, 3]
    assert ops.undo_stack.undo_label == "4 deelnemers toevoegen"
    ops.undo()
    assert ops.library.rows(Participant) == []


def test_one_bad_participant_adds_nobody(ops: Operations, session):
    with pytest.raises(ValidationError):
        ops.add_participants(session.id, [{"role": "student"}, {"role": "astronaut"}])
    assert ops.library.rows(Participant) == []
