"""The six-month follow-up: proposed date, due/overdue boundaries, the follow-up
conversation's review of earlier actions (status in place, history kept, undo)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_analysis_support import AnalysisOps

from praatplaat_app.analysis.follow_up import (
    DUE_WINDOW_DAYS,
    REVIEW_FIELD_KEYS,
    FollowUpQuestionsError,
    FollowUpState,
    add_months,
    classify,
    compute_status,
    due_follow_ups,
    earlier_actions,
    evaluation_answers,
    follow_up_questions,
    load_follow_up_questions,
    reviews_for_session,
    route_follow_up_status,
    split_rounds,
)
from praatplaat_app.analysis.queries import SessionRow
from praatplaat_app.domain import Action, FollowUp, Goal, Note
from praatplaat_app.errors import ValidationError

TODAY = dt.date(2025, 6, 1)
EVAL = dt.date(2025, 1, 15)


@pytest.fixture
def fops(library, catalog) -> AnalysisOps:
    return AnalysisOps(library, catalog)


def row(id_: str, kind: str, date: dt.date | None, created: str = "") -> SessionRow:
    return SessionRow(id_, "r", kind, date, created or f"2025-01-01T00:00:00.{id_}")


def status_with_agreement(date: dt.date, today: dt.date = TODAY):
    sessions = [row("s1", "students", EVAL - dt.timedelta(days=7)), row("s2", "staff", EVAL)]
    return compute_status("r", "Route", sessions, {"s2": [("f1", date)]}, today)


# ------------------------------------------------------------------ boundaries


@pytest.mark.parametrize(
    ("offset", "state"),
    [
        (0, FollowUpState.DUE),  # due today
        (-1, FollowUpState.OVERDUE),  # yesterday
        (-100, FollowUpState.OVERDUE),
        (1, FollowUpState.DUE),
        (30, FollowUpState.DUE),  # the last day of the window
        (31, FollowUpState.PLANNED),  # just outside
        (365, FollowUpState.PLANNED),
    ],
)
def test_due_window_boundaries(offset, state):
    status = status_with_agreement(TODAY + dt.timedelta(days=offset))
    assert status.state == state
    assert status.days == offset
    assert status.source == "agreement"
    assert status.evaluation_date == EVAL
    assert DUE_WINDOW_DAYS == 30


def test_classify_directly():
    assert classify(TODAY, TODAY) == FollowUpState.DUE
    assert classify(TODAY - dt.timedelta(days=1), TODAY) == FollowUpState.OVERDUE
    assert classify(TODAY + dt.timedelta(days=30), TODAY) == FollowUpState.DUE
    assert classify(TODAY + dt.timedelta(days=31), TODAY) == FollowUpState.PLANNED


def test_default_is_six_calendar_months_after_the_evaluation():
    assert add_months(dt.date(2024, 8, 31), 6) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2023, 8, 31), 6) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2025, 7, 15), 6) == dt.date(2026, 1, 15)
    sessions = [row("s1", "joint", dt.date(2024, 12, 2))]
    status = compute_status("r", "Route", sessions, {}, TODAY)
    assert status.proposed_date == dt.date(2025, 6, 2)
    assert status.source == "default"
    assert status.state == FollowUpState.DUE
    assert "zes maanden na de evaluatie" in status.explanation


def test_held_follow_up_after_the_evaluation_clears_it():
    sessions = [
        row("s1", "staff", EVAL),
        row("f", "follow_up", dt.date(2025, 5, 1)),
    ]
    late = {"s1": [("a", dt.date(2025, 3, 1))]}  # would be overdue
    status = compute_status("r", "Route", sessions, late, TODAY)
    assert status.state == FollowUpState.HELD
    assert status.held_date == dt.date(2025, 5, 1)
    assert not status.needs_attention
    # Held on the evaluation day itself also counts.
    same_day = [row("s1", "staff", EVAL), row("f", "follow_up", EVAL)]
    assert compute_status("r", "R", same_day, late, TODAY).state == FollowUpState.HELD


def test_follow_up_before_the_latest_evaluation_does_not_clear_it():
    sessions = [
        row("s0", "students", dt.date(2024, 1, 10)),
        row("f0", "follow_up", dt.date(2024, 7, 1)),  # follow-up of the previous round
        row("s1", "students", EVAL),
    ]
    status = compute_status("r", "Route", sessions, {}, TODAY)
    assert status.state != FollowUpState.HELD
    assert status.evaluation_date == EVAL
    assert status.proposed_date == dt.date(2025, 7, 15)
    assert [len(r) for r in split_rounds(sessions)] == [2, 1]


def test_scheduled_follow_up_in_the_future_gives_the_date():
    sessions = [row("s1", "staff", EVAL), row("f", "follow_up", TODAY + dt.timedelta(days=10))]
    status = compute_status("r", "Route", sessions, {"s1": [("a", dt.date(2025, 3, 1))]}, TODAY)
    assert status.state == FollowUpState.DUE
    assert status.source == "scheduled"
    assert status.proposed_date == TODAY + dt.timedelta(days=10)


def test_earliest_agreement_on_or_after_the_evaluation_wins():
    sessions = [row("s1", "students", dt.date(2025, 1, 1)), row("s2", "staff", EVAL)]
    agreements = {
        "s1": [("between", dt.date(2025, 1, 10))],  # before the evaluation date: ignored
        "s2": [("late", dt.date(2025, 9, 1)), ("early", dt.date(2025, 7, 1))],
    }
    status = compute_status("r", "Route", sessions, agreements, TODAY)
    assert (status.proposed_date, status.agreement_id) == (dt.date(2025, 7, 1), "early")


def test_no_evaluation_yet():
    status = compute_status("r", "Route", [], {}, TODAY)
    assert status.state == FollowUpState.NO_EVALUATION
    assert "geen evaluatiegesprek" in status.explanation
    only_follow_up = compute_status("r", "R", [row("f", "follow_up", EVAL)], {}, TODAY)
    assert only_follow_up.state == FollowUpState.NO_EVALUATION


def test_statuses_from_the_library(fops, demo_library):
    due = due_follow_ups(demo_library, dt.date(2025, 6, 1))
    names = [s.route_name for s in due]
    assert names == ["Flexstage Noorderpoort"]  # agreement 6 May 2025: overdue
    assert due[0].state == FollowUpState.OVERDUE
    assert "26 dagen geleden" in due[0].explanation
    # On 2025-07-01 the GHZ route (agreement 22 July) is due within 30 days.
    later = {s.route_name: s.state for s in due_follow_ups(demo_library, dt.date(2025, 7, 1))}
    assert later["Regionale GHZ-route"] == FollowUpState.DUE


# ------------------------------------------------------------ the operations


@pytest.fixture
def route_with_plan(fops):
    route = fops.create_route("Route Delta", coordinator="Ingrid Bakker")
    students = fops.create_session(route.id, "students", dt.date(2025, 1, 10))
    staff = fops.create_session(route.id, "staff", dt.date(2025, 2, 1))
    goal = Goal(session_id=staff.id, indicator_id="eigen-route", text="Eigen regie")
    fops.library.save(goal)
    first = Action(session_id=staff.id, goal_id=goal.id, what="Kennismaking", status="open",
                   indicator_id="eigen-route", position=0)
    second = Action(session_id=staff.id, goal_id=goal.id, what="Stagegids", status="in_progress",
                    position=1)
    early = Action(session_id=students.id, what="Vraag ophalen", status="done", position=0)
    draft = Action(session_id=staff.id, what="Concept", draft=True, position=2)
    for action in (first, second, early, draft):
        fops.library.save(action)
    fops.undo_stack.clear()
    return route, students, staff, first, second, early


def test_follow_up_agreement_before_the_conversation_is_refused(fops, route_with_plan):
    _, _, staff, *_ = route_with_plan
    with pytest.raises(ValidationError) as info:
        fops.add_follow_up_agreement(staff.id, dt.date(2025, 1, 31), "Ingrid")
    assert "vóór het gesprek" in info.value.message
    assert "1 februari 2025" in info.value.message
    assert fops.library.rows(FollowUp, "session_id = ?", (staff.id,)) == []
    agreement = fops.add_follow_up_agreement(staff.id, "01-08-2025", "Ingrid", "Acties nalopen")
    assert agreement.date == dt.date(2025, 8, 1)
    same_day = fops.add_follow_up_agreement(staff.id, dt.date(2025, 2, 1))
    assert same_day.position == 1
    with pytest.raises(ValidationError):
        fops.update_follow_up_agreement(agreement.id, date=dt.date(2024, 12, 1))
    with pytest.raises(ValidationError):
        fops.add_follow_up_agreement(staff.id, "31-02-2025")
    assert fops.library.get(FollowUp, agreement.id).date == dt.date(2025, 8, 1)


def test_follow_up_session_needs_an_evaluation_before_it(fops, route_with_plan):
    route, *_ = route_with_plan
    empty = fops.create_route("Lege route")
    with pytest.raises(ValidationError) as info:
        fops.create_follow_up_session(empty.id, TODAY)
    assert "nog geen evaluatiegesprek" in info.value.message
    with pytest.raises(ValidationError) as info:
        fops.create_follow_up_session(route.id, dt.date(2024, 12, 31))
    assert "vóór de eerste evaluatie" in info.value.message
    session = fops.create_follow_up_session(
        route.id, TODAY, facilitator="Marieke",
        participants=[{"role": "coordinator", "name": "Ingrid Bakker"}],
    )
    assert session.kind == "follow_up"
    assert len(fops.library.conversation(session.id).participants) == 1


def test_earlier_actions_in_timeline_order(fops, route_with_plan):
    route, _students, _staff, first, second, early = route_with_plan
    session = fops.create_follow_up_session(route.id, TODAY)
    items = earlier_actions(fops.library, session.id)
    assert [i.action.id for i in items] == [early.id, first.id, second.id]  # no draft
    assert [i.status_label for i in items] == ["Gedaan", "Open", "Bezig"]


def test_review_updates_the_action_in_place_and_keeps_history(fops, route_with_plan):
    route, _, staff, first, _second, _ = route_with_plan
    late = dt.date(2025, 8, 15)  # six months after the evaluation of 1 February, plus two weeks
    assert route_follow_up_status(fops.library, route.id, late).state == FollowUpState.OVERDUE
    session = fops.create_follow_up_session(route.id, late)
    fops.undo_stack.clear()
    fops.review_action(
        session.id, first.id, status="done", what_happened="Gesprekken gehouden",
        helped="Vaste dag", hindered="Roosters", next_step="Evalueren na de zomer",
    )
    updated = fops.library.get(Action, first.id)
    assert updated.status == "done"
    assert updated.id == first.id and updated.session_id == staff.id  # in place
    history = fops.library.history_for(first.id)
    assert len(history) == 1
    assert history[0]["data"]["status"] == "open"
    assert history[0]["reason"] == "vervolggesprek van 15 augustus 2025"
    reviews = reviews_for_session(fops.library, session.id)
    assert reviews[first.id].status == "done"
    assert reviews[first.id].answers == {
        "what_happened": "Gesprekken gehouden",
        "helped": "Vaste dag",
        "hindered": "Roosters",
        "next_step": "Evalueren na de zomer",
    }
    assert set(REVIEW_FIELD_KEYS) == set(reviews[first.id].answers)
    # Review notes are ordinary notes of kind "free" (they travel in session files).
    notes = fops.library.rows(Note, "session_id = ?", (session.id,))
    assert {n.kind for n in notes} == {"free"}
    assert {n.theme_id for n in notes} == {first.id}
    # The held follow-up clears the route's follow-up status.
    assert route_follow_up_status(fops.library, route.id, late).state == FollowUpState.HELD

    # One undo step puts the action and the answers back; history stays.
    assert fops.undo_stack.undo_label == "Actie nalopen"
    fops.undo()
    assert fops.library.get(Action, first.id).status == "open"
    assert reviews_for_session(fops.library, session.id) == {}
    assert len(fops.library.history_for(first.id)) == 1
    fops.redo()
    assert fops.library.get(Action, first.id).status == "done"


def test_review_without_status_change_keeps_no_history(fops, route_with_plan):
    route, _, _, _, second, _ = route_with_plan
    session = fops.create_follow_up_session(route.id, TODAY)
    fops.review_action(session.id, second.id, status="in_progress", what_happened="Loopt")
    assert fops.library.history_for(second.id) == []
    assert reviews_for_session(fops.library, session.id)[second.id].status == "in_progress"
    # Typing an answer: one undo step per field.
    fops.undo_stack.clear()
    fops.set_review_answer(session.id, second.id, "helped", "D")
    fops.set_review_answer(session.id, second.id, "helped", "De werkgroep")
    assert fops.undo_stack.can_undo
    fops.undo()
    assert not fops.undo_stack.can_undo
    assert "helped" not in reviews_for_session(fops.library, session.id)[second.id].answers


def test_review_bad_input(fops, route_with_plan):
    route, _students, staff, first, *_ = route_with_plan
    session = fops.create_follow_up_session(route.id, TODAY)
    with pytest.raises(ValidationError) as info:
        fops.review_action(session.id, first.id, status="klaar")
    assert "Onbekende status" in info.value.message
    with pytest.raises(ValidationError):  # not a follow-up conversation
        fops.review_action(staff.id, first.id, status="done")
    other = fops.create_route("Andere route")
    other_session = fops.create_session(other.id, "students", dt.date(2025, 1, 1))
    foreign = Action(session_id=other_session.id, what="Elders")
    fops.library.save(foreign)
    with pytest.raises(ValidationError):
        fops.review_action(session.id, foreign.id, status="done")
    assert fops.library.get(Action, first.id).status == "open"


def test_evaluation_questions_and_new_actions(fops, route_with_plan):
    route, _, _, first, *_ = route_with_plan
    session = fops.create_follow_up_session(route.id, TODAY)
    questions = follow_up_questions()
    assert len(questions) >= 4 and all(q.text.endswith("?") for q in questions)
    fops.set_evaluation_answer(session.id, questions[0].id, "Goed, open gesprek.")
    assert evaluation_answers(fops.library, session.id) == {questions[0].id: "Goed, open gesprek."}
    with pytest.raises(ValidationError):
        fops.set_evaluation_answer(session.id, "bestaat-niet", "x")
    new = fops.add_follow_up_action(session.id, "Na de zomer evalueren", "Ingrid",
                                    dt.date(2025, 9, 1), from_action_id=first.id)
    assert (new.indicator_id, new.status, new.draft) == ("eigen-route", "open", False)
    with pytest.raises(ValidationError):
        fops.add_follow_up_action(session.id, "   ")
    # A later follow-up walks through the new action too.
    later = fops.create_follow_up_session(route.id, dt.date(2025, 12, 1))
    assert new.id in [i.action.id for i in earlier_actions(fops.library, later.id)]


def test_questions_file_errors(tmp_path):
    bad = tmp_path / "q.toml"
    bad.write_text('[[question]]\nid = "a"\ntext = ""\n', encoding="utf-8")
    with pytest.raises(FollowUpQuestionsError):
        load_follow_up_questions(bad)
    bad.write_text("dit is geen toml [", encoding="utf-8")
    with pytest.raises(FollowUpQuestionsError) as info:
        load_follow_up_questions(bad)
    assert "kunnen niet worden gelezen" in info.value.message


def test_follow_up_travels_in_a_session_file(fops, route_with_plan, tmp_path, catalog):
    """The review notes use codes the exchange format accepts (note kind "free")."""
    from praatplaat_app.exchange import export_route, import_file
    from praatplaat_app.store import Library

    route, _, _, first, *_ = route_with_plan
    session = fops.create_follow_up_session(route.id, TODAY)
    fops.review_action(session.id, first.id, status="done", helped="Vaste dag")
    fops.set_evaluation_answer(session.id, follow_up_questions()[0].id, "Goed verlopen.")
    target = tmp_path / "route.praatplaat"
    export_route(fops.library, route.id, target, catalog=catalog)
    other = Library.open(tmp_path / "collega.sqlite")
    try:
        import_file(other, target, backup_dir=tmp_path / "backups", catalog=catalog)
        review = reviews_for_session(other, session.id)[first.id]
        assert (review.status, review.answers) == ("done", {"helped": "Vaste dag"})
        assert other.get(Action, first.id).status == "done"
        assert evaluation_answers(other, session.id) == {
            follow_up_questions()[0].id: "Goed verlopen."
        }
    finally:
        other.close()
