"""Demo data: the six routes of the report, installed once."""

from __future__ import annotations

from praatplaat_app.demo import install_demo
from praatplaat_app.domain import Action, Goal, Note, Route, Session


def test_demo_has_six_routes_with_reason_and_form(library, catalog):
    result = install_demo(library, catalog)
    assert result.routes_added == 6 and result.sessions_added >= 6
    routes = library.routes()
    assert len(routes) == 6
    assert all(r.reason_goal and r.form for r in routes)
    assert library.rows(Note) and library.rows(Goal) and library.rows(Action)


def test_demo_twice_adds_nothing(library, catalog):
    install_demo(library, catalog)
    counts = [len(library.rows(t)) for t in (Route, Session, Note, Goal, Action)]
    again = install_demo(library, catalog)
    assert again.routes_added == again.sessions_added == 0
    assert [len(library.rows(t)) for t in (Route, Session, Note, Goal, Action)] == counts


def test_demo_leaves_a_users_own_route_alone(ops, catalog):
    mine = ops.create_route("UMCG Gilde", coordinator="Mijn eigen coördinator")
    install_demo(ops.library, catalog)
    gilde = [r for r in ops.library.routes() if r.name == "UMCG Gilde"]
    assert gilde == [ops.library.get(Route, mine.id)]


def test_demo_notes_reference_catalog_themes(demo_library, catalog):
    theme_ids = {t.id for t in catalog.themes}
    for note in demo_library.rows(Note):
        assert note.theme_id in theme_ids or note.theme_id == ""
