"""Shared helpers for the analysis tests: operations with the follow-up mixin and a small
library built by hand, with figures known in advance (see ``build_network``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from praatplaat_app.analysis.operations import FollowUpOperations
from praatplaat_app.domain import Action, FollowUp, Goal, Note, ThemeMark
from praatplaat_app.operations import Operations


class AnalysisOps(Operations, FollowUpOperations):
    """Operations with the follow-up mixin (until the lead adds it to Operations)."""


IND1, IND2, IND3 = "eigen-route", "breed-opleiden", "co-creatie"
THEME_ROUTE = "student-geeft-eigen-route-vorm"
THEME_BOND = "sociale-binding"
THEME_BRANCHES = "studenten-krijgen-een-goed-beeld-van-alle-branches"


@dataclass
class Network:
    alfa: str
    beta: str
    gamma: str
    a1: str
    a2: str
    b1: str
    b2: str


def add_action(ops: AnalysisOps, session_id: str, what: str, status: str, *,
               indicator: str = "", goal_id: str = "", draft: bool = False) -> Action:
    action = Action(session_id=session_id, what=what, status=status, indicator_id=indicator,
                    goal_id=goal_id, draft=draft)
    ops.library.save(action)
    return action


def build_network(ops: AnalysisOps) -> Network:
    """Three routes, four conversations, figures known in advance.

    Route Alfa (Noorderpoort en Zorggroep Oost):
      A1 students 2025-01-10, indicators eigen-route + co-creatie; theme
         "student geeft eigen route vorm" ticked, "sociale binding" has a note.
      A2 staff 2025-02-01, indicator eigen-route; a note on "student geeft eigen route
         vorm"; a note on a theme of breed-opleiden, which is NOT chosen (does not count);
         a goal (eigen-route) with actions open, done, done; agreement 2025-08-01.
    Route Bèta (Drenthe College):
      B2 students 2024-06-01, indicator breed-opleiden (theme "branches" ticked).
      B1 joint 2025-03-15, indicator co-creatie; "sociale binding" ticked and noted;
         a private note; actions in progress (co-creatie) and cancelled (no indicator),
         and a draft (never counted). No agreement.
    Route Gamma: no conversations.
    """
    lib = ops.library
    alfa = ops.create_route("Route Alfa", organisations="Noorderpoort en Zorggroep Oost")
    beta = ops.create_route("Route Bèta", organisations="Drenthe College")
    gamma = ops.create_route("Route Gamma", organisations="Alfa-college")

    a1 = ops.create_session(
        alfa.id, "students", dt.date(2025, 1, 10),
        participants=[{"role": "student", "organisation": "Noorderpoort"}] * 4,
    )
    for indicator in (IND1, IND3):
        ops.set_indicator_chosen(a1.id, indicator, True)
    ops.set_theme_discussed(a1.id, IND1, THEME_ROUTE, True)
    ops.set_note(a1.id, IND3, THEME_BOND, "improve", "Een eigen stageplek kiezen is lastig.")
    ops.set_note(a1.id, IND1, "", "free", "De cliënt staat centraal. Zeldzaamheid hier.")

    a2 = ops.create_session(alfa.id, "staff", dt.date(2025, 2, 1))
    ops.set_indicator_chosen(a2.id, IND1, True)
    ops.set_note(a2.id, IND1, THEME_ROUTE, "goes_well", "Cliënt en stagebegeleiding: goed voor de cliënt.")
    ops.set_note(a2.id, IND2, THEME_BRANCHES, "free", "Niet gekozen indicator, telt niet.")
    goal = Goal(session_id=a2.id, indicator_id=IND1, text="Meer eigen regie")
    lib.save(goal)
    add_action(ops, a2.id, "Kennismaking plannen", "open", indicator=IND1, goal_id=goal.id)
    add_action(ops, a2.id, "Stagegids maken", "done", indicator=IND1, goal_id=goal.id)
    add_action(ops, a2.id, "Rooster afstemmen", "done", goal_id=goal.id)  # indicator via goal
    lib.save(FollowUp(session_id=a2.id, date=dt.date(2025, 8, 1), who_invites="Ingrid"))

    b2 = ops.create_session(
        beta.id, "students", dt.date(2024, 6, 1),
        participants=[{"role": "student", "organisation": "Drenthe College"}] * 2,
    )
    ops.set_indicator_chosen(b2.id, IND2, True)
    ops.set_theme_discussed(b2.id, IND2, THEME_BRANCHES, True)

    b1 = ops.create_session(
        beta.id, "joint", dt.date(2025, 3, 15),
        participants=[
            {"role": "student", "organisation": "Drenthe College"},
            {"role": "supervisor", "organisation": "Cosis"},
        ],
    )
    ops.set_indicator_chosen(b1.id, IND3, True)
    ops.set_theme_discussed(b1.id, IND3, THEME_BOND, True)
    ops.set_note(b1.id, IND3, THEME_BOND, "free", "Studenten willen hun stageplek kiezen. De client.")
    private = ops.set_note(b1.id, IND3, "", "free", "Zeldzaamheid, alleen voor mij.")
    note = lib.note(b1.id, IND3, "", "free")
    assert note is not None and private is not None
    ops.set_note_private(note.id, True)
    add_action(ops, b1.id, "Thema's ophalen", "in_progress", indicator=IND3)
    add_action(ops, b1.id, "Oud plan", "cancelled")
    add_action(ops, b1.id, "Concept", "open", draft=True)
    # A dropped indicator's mark: chosen, marked, then dropped again -> does not count.
    ops.set_indicator_chosen(b1.id, IND1, True)
    ops.set_theme_discussed(b1.id, IND1, THEME_ROUTE, True)
    ops.set_indicator_chosen(b1.id, IND1, False)
    assert isinstance(lib.theme_mark(b1.id, IND1, THEME_ROUTE), ThemeMark)
    assert isinstance(note, Note)
    return Network(alfa.id, beta.id, gamma.id, a1.id, a2.id, b1.id, b2.id)
