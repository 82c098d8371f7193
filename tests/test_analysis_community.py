"""Community check: robust at 15 members, interdisciplinary at 5 organisations."""

from __future__ import annotations

import datetime as dt

import pytest
from test_analysis_support import AnalysisOps

from praatplaat_app.analysis.community import (
    INTERDISCIPLINARY_MIN,
    ROBUST_MIN_MEMBERS,
    community_check,
    method_text,
)


def people(role: str, count: int, organisation: str = "School", names: list[str] | None = None):
    names = names or [""] * count
    return [{"role": role, "organisation": organisation, "name": n} for n in names]


@pytest.fixture
def ops(library, catalog):
    return AnalysisOps(library, catalog)


@pytest.mark.parametrize(("students", "robust"), [(9, False), (10, True)])
def test_robust_at_fifteen_members(ops, students, robust):
    route = ops.create_route("Route")
    d = dt.date(2025, 3, 1)
    # Students talk first; the same supervisors come to the staff and the joint talk.
    ops.create_session(route.id, "students", d, participants=people("student", students))
    ops.create_session(route.id, "staff", d + dt.timedelta(days=7),
                       participants=people("supervisor", 3) + people("teacher", 2))
    ops.create_session(route.id, "joint", d + dt.timedelta(days=14),
                       participants=people("student", 2) + people("supervisor", 3))
    check = community_check(ops.library, route.id)
    assert check.members == students + 5  # per role the largest group in one talk
    assert check.members == (ROBUST_MIN_MEMBERS if robust else ROBUST_MIN_MEMBERS - 1)
    assert check.robust is robust
    assert ("Robuust: ja" if robust else "Robuust: nee") in check.explanation
    assert f"{check.members} leden" in check.explanation


def test_named_people_count_once_each(ops):
    route = ops.create_route("Route")
    d = dt.date(2025, 3, 1)
    ops.create_session(route.id, "staff", d, participants=people("teacher", 1, names=["Anna"]))
    ops.create_session(route.id, "joint", d, participants=people(
        "teacher", 2, names=["Bram", "anna "]))
    ops.create_session(route.id, "follow_up", d, participants=people(
        "teacher", 1, names=["Cees"]))
    check = community_check(ops.library, route.id)
    assert check.members_by_role == {"teacher": 3}  # Anna, Bram, Cees


@pytest.mark.parametrize(("count", "inter"), [(4, False), (5, True)])
def test_interdisciplinary_at_five_organisations(ops, count, inter):
    route = ops.create_route("Route")
    names = ["Noorderpoort", "Cosis", "UMCG", "Treant", "Lentis"][:count]
    participants = [p for n in names for p in people("supervisor", 1, n)]
    # Spelled differently: still one organisation each.
    participants += people("student", 1, "noorderpoort ") + people("student", 1, "CÖSIS")
    ops.create_session(route.id, "joint", dt.date(2025, 3, 1), participants=participants)
    check = community_check(ops.library, route.id)
    assert len(check.organisations) == count
    assert check.interdisciplinary is inter
    assert count == INTERDISCIPLINARY_MIN - (0 if inter else 1)
    assert ("Interdisciplinair: ja" if inter else "Interdisciplinair: nee") in check.explanation
    assert "Noorderpoort" in check.explanation


def test_only_the_latest_round_counts(ops):
    route = ops.create_route("Route")
    ops.create_session(route.id, "students", dt.date(2024, 1, 1),
                       participants=people("student", 20))
    ops.create_follow_up_session(route.id, dt.date(2024, 7, 1))
    ops.create_session(route.id, "students", dt.date(2025, 1, 1),
                       participants=people("student", 6))
    check = community_check(ops.library, route.id)
    assert check.members == 6
    assert check.first_date == dt.date(2025, 1, 1)


def test_route_without_conversations(ops):
    route = ops.create_route("Leeg")
    check = community_check(ops.library, route.id)
    assert not check.has_data and not check.robust
    assert "Nog geen evaluatiegesprek" in check.explanation
    assert "15" in method_text() and "5" in method_text()
