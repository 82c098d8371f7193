"""A route's timeline: method order (students → staff → joint → follow-up), by date within,
rounds after a follow-up, and what each conversation shows."""

from __future__ import annotations

import datetime as dt

from test_analysis_support import AnalysisOps

from praatplaat_app.analysis.follow_up import FollowUpState
from praatplaat_app.analysis.timeline import route_timeline
from praatplaat_app.domain import Action, FollowUp


def test_timeline_order_and_content(library, catalog):
    ops = AnalysisOps(library, catalog)
    route = ops.create_route("Route Tijdlijn")
    d = dt.date
    # Entered in a scrambled order; the students' second talk is after the staff's.
    joint = ops.create_session(route.id, "joint", d(2025, 3, 1))
    staff = ops.create_session(route.id, "staff", d(2025, 2, 1))
    students_late = ops.create_session(route.id, "students", d(2025, 2, 15))
    students = ops.create_session(route.id, "students", d(2025, 1, 20))
    ops.set_indicator_chosen(staff.id, "co-creatie", True)
    ops.set_indicator_chosen(staff.id, "eigen-route", True)
    plan = Action(session_id=staff.id, what="Terugkommoment plannen", status="open")
    library.save(plan)
    library.save(Action(session_id=staff.id, what="Concept", draft=True))
    library.save(FollowUp(session_id=joint.id, date=d(2025, 9, 1), who_invites="Jeroen"))
    follow = ops.create_follow_up_session(route.id, d(2025, 9, 2))
    ops.review_action(follow.id, plan.id, status="done", helped="Vaste dag in het rooster")
    ops.add_follow_up_action(follow.id, "Evalueren met studenten", from_action_id=plan.id)
    again = ops.create_session(route.id, "students", d(2026, 1, 10))  # a new round

    timeline = route_timeline(library, catalog, route.id, today=d(2026, 1, 11))
    order = [e.session_id for e in timeline.entries]
    assert order == [students.id, students_late.id, staff.id, joint.id, follow.id, again.id]
    assert [e.round_number for e in timeline.entries] == [1, 1, 1, 1, 1, 2]
    assert timeline.rounds == 2
    kinds = [e.kind_label for e in timeline.entries]
    assert kinds[:5] == ["Studenten", "Studenten", "Docenten en werkbegeleiders", "Gezamenlijk",
                         "Vervolggesprek"]

    staff_entry = timeline.entries[2]
    assert [i.title for i in staff_entry.indicators] == [
        "Co-creatie werkbegeleiders en docenten", "Eigen route student"]
    assert [(a.what, a.status_label) for a in staff_entry.actions] == [
        ("Terugkommoment plannen", "Gedaan")]  # current status, no draft
    assert timeline.entries[3].agreements[0].date == d(2025, 9, 1)

    follow_entry = timeline.entries[4]
    assert follow_entry.is_follow_up
    review = follow_entry.reviews[0]
    assert (review.what, review.status_label) == ("Terugkommoment plannen", "Gedaan")
    assert review.origin == "Docenten en werkbegeleiders, 1 februari 2025"
    assert review.answers == (("Wat hielp?", "Vaste dag in het rooster"),)
    assert [a.what for a in follow_entry.actions] == ["Evalueren met studenten"]
    assert timeline.action_totals == {"done": 1, "open": 1}
    # The new round has no follow-up yet: six months after 10 January 2026.
    assert timeline.follow_up.state == FollowUpState.PLANNED
    assert timeline.follow_up.proposed_date == d(2026, 7, 10)


def test_timeline_of_a_route_without_conversations(library, catalog):
    ops = AnalysisOps(library, catalog)
    route = ops.create_route("Leeg")
    timeline = route_timeline(library, catalog, route.id)
    assert timeline.is_empty
    assert timeline.follow_up.state == FollowUpState.NO_EVALUATION
    assert timeline.rounds == 0
