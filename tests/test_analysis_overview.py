"""The network overview, checked against a library built by hand (test_analysis_support),
its CSV tables and its PDF text."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from test_analysis_support import (
    IND1,
    IND2,
    IND3,
    THEME_BOND,
    THEME_BRANCHES,
    THEME_ROUTE,
    AnalysisOps,
    build_network,
)

from praatplaat_app.analysis.charts import overview_charts
from praatplaat_app.analysis.csv_export import FILE_NAMES, overview_tables, write_overview_csv
from praatplaat_app.analysis.follow_up import FollowUpState
from praatplaat_app.analysis.overview import compute_overview

TODAY = dt.date(2025, 8, 2)


@pytest.fixture
def network(library, catalog):
    ops = AnalysisOps(library, catalog)
    return ops, build_network(ops)


def by_id(rows):
    return {r.id: r for r in rows}


def test_figures_of_the_hand_built_library(network, catalog):
    ops, _net = network
    o = compute_overview(ops.library, catalog, today=TODAY)
    assert not o.is_empty
    assert o.session_count == 4
    assert o.kind_counts == {"students": 2, "staff": 1, "joint": 1}
    assert (o.first_date, o.last_date) == (dt.date(2024, 6, 1), dt.date(2025, 3, 15))
    assert [r.name for r in o.routes] == ["Route Alfa", "Route Bèta"]  # Gamma: no talks
    assert [r.sessions for r in o.routes] == [2, 2]

    indicators = by_id(o.indicators)
    assert [r.id for r in o.indicators] == [IND1, IND2, IND3]  # catalog order, zeros kept
    assert (indicators[IND1].sessions, indicators[IND1].routes) == (2, 1)
    assert (indicators[IND2].sessions, indicators[IND2].routes) == (1, 1)
    assert (indicators[IND3].sessions, indicators[IND3].routes) == (2, 2)

    themes = by_id(o.themes)
    assert (themes[THEME_ROUTE].sessions, themes[THEME_ROUTE].routes) == (2, 1)  # A1 mark, A2 note
    assert (themes[THEME_BOND].sessions, themes[THEME_BOND].routes) == (2, 2)  # A1 note, B1
    # B2 ticked it; A2's note sits under an indicator that was not chosen: not counted.
    assert (themes[THEME_BRANCHES].sessions, themes[THEME_BRANCHES].routes) == (1, 1)
    assert len(o.themes) == len(catalog.themes)
    assert sum(t.sessions for t in o.themes) == 5
    assert [t.sessions for t in o.themes] == sorted((t.sessions for t in o.themes), reverse=True)

    assert o.actions_total.counts == {"open": 1, "in_progress": 1, "done": 2, "cancelled": 1}
    routes = {r.label: r.counts for r in o.actions_by_route}
    assert routes["Route Alfa"] == {"open": 1, "in_progress": 0, "done": 2, "cancelled": 0}
    assert routes["Route Bèta"] == {"open": 0, "in_progress": 1, "done": 0, "cancelled": 1}
    per_indicator = {r.label: r.counts for r in o.actions_by_indicator}
    # "Rooster afstemmen" has no indicator of its own: its goal's (eigen-route) counts.
    assert per_indicator["Eigen route student"] == {"open": 1, "in_progress": 0, "done": 2,
                                                    "cancelled": 0}
    assert per_indicator["Co-creatie werkbegeleiders en docenten"]["in_progress"] == 1
    assert per_indicator["(geen indicator)"] == {"open": 0, "in_progress": 0, "done": 0,
                                                 "cancelled": 1}

    topics = o.topics
    assert topics.unit == "routes"
    assert [(t.text, t.count) for t in topics.topics] == [("stageplek kiezen", 2), ("cliënt", 2)]
    cliënt = topics.topics[1]
    assert cliënt.key == "client"  # matched without accents, shown as written
    assert cliënt.mentions == 4
    assert cliënt.sources == ("Route Alfa", "Route Bèta")
    # "zeldzaamheid" is in Alfa and in a private note of Bèta: private notes do not count.
    assert "zeldzaamheid" not in {t.key for t in topics.topics}

    follow = {s.route_name: s for s in o.follow_ups}
    assert follow["Route Alfa"].state == FollowUpState.OVERDUE  # agreement 1 August
    assert follow["Route Alfa"].proposed_date == dt.date(2025, 8, 1)
    assert follow["Route Bèta"].state == FollowUpState.PLANNED  # default: 15 September
    assert follow["Route Bèta"].proposed_date == dt.date(2025, 9, 15)
    assert follow["Route Gamma"].state == FollowUpState.NO_EVALUATION
    assert [s.route_name for s in o.overdue] == ["Route Alfa"]

    community = {c.route_name: c for c in o.communities}
    assert community["Route Alfa"].members == 4
    assert community["Route Bèta"].members == 3  # max 2 students in one talk + 1 supervisor
    assert community["Route Bèta"].organisations == ("Cosis", "Drenthe College")
    assert "8 gesprekken" not in o.summary_text
    assert o.summary_text.startswith("4 gesprekken in 2 routes")


def test_period_selects_conversations_by_date(network, catalog):
    ops, _ = network
    o = compute_overview(ops.library, catalog, date_from=dt.date(2025, 1, 1),
                         date_to=dt.date(2025, 2, 1), today=TODAY)
    assert o.session_count == 2  # A1 (10 Jan) and A2 (1 Feb): both ends inclusive
    assert [r.name for r in o.routes] == ["Route Alfa"]
    assert by_id(o.indicators)[IND3].sessions == 1
    assert by_id(o.indicators)[IND2].sessions == 0
    # Only one route: topics are counted per conversation.
    assert o.topics.unit == "gesprekken"
    assert [t.key for t in o.topics.topics] == ["client"]
    # The follow-up status describes the routes as they are now, whatever the period.
    assert len(o.follow_ups) == 3
    assert "1 januari 2025 t/m 1 februari 2025" in o.selection_text


def test_selection_by_organisation_and_route(network, catalog):
    ops, net = network
    o = compute_overview(ops.library, catalog, organisation="drenthe college", today=TODAY)
    assert [r.name for r in o.routes] == ["Route Bèta"]
    # Found through a participant's organisation too (Cosis is not in the route's field).
    o = compute_overview(ops.library, catalog, organisation="COSIS", today=TODAY)
    assert [r.name for r in o.routes] == ["Route Bèta"]
    o = compute_overview(ops.library, catalog, route_ids=[net.alfa, net.gamma], today=TODAY)
    assert o.session_count == 2
    assert o.route_names == ("Route Alfa", "Route Gamma")
    assert {s.route_name for s in o.follow_ups} == {"Route Alfa", "Route Gamma"}


def test_period_without_conversations_says_so(network, catalog, tmp_path):
    ops, _ = network
    o = compute_overview(ops.library, catalog, date_from=dt.date(2030, 1, 1), today=TODAY)
    assert o.is_empty
    assert "geen gesprekken" in o.empty_message
    assert "vanaf 1 januari 2030" in o.empty_message
    assert o.summary_text == o.empty_message
    assert overview_charts(o) == {}
    assert o.routes == [] and o.indicators == [] and o.topics is None
    assert [s.route_name for s in o.overdue] == ["Route Alfa"]  # still reported
    written = write_overview_csv(o, tmp_path / "csv")
    assert len(written) == len(FILE_NAMES)
    text = (tmp_path / "csv" / "kerncijfers.csv").read_text(encoding="utf-8-sig")
    assert "geen gesprekken" in text


def test_unknown_organisation_and_empty_library(library, catalog):
    o = compute_overview(library, catalog, today=TODAY)
    assert o.is_empty and "nog geen routes" in o.empty_message
    ops = AnalysisOps(library, catalog)
    ops.create_route("Route zonder acties")
    o = compute_overview(library, catalog, organisation="Nergens", today=TODAY)
    assert o.is_empty and "Nergens" in o.empty_message


def test_routes_without_actions(library, catalog):
    ops = AnalysisOps(library, catalog)
    route = ops.create_route("Zonder acties")
    session = ops.create_session(route.id, "students", dt.date(2025, 3, 1))
    ops.set_indicator_chosen(session.id, IND1, True)
    o = compute_overview(library, catalog, today=TODAY)
    assert o.session_count == 1
    assert o.actions_total.total == 0
    assert o.actions_by_route[0].total == 0
    assert o.actions_by_indicator == []
    charts = overview_charts(o)
    assert "geen acties" in charts["actions_by_route"].lower()


def test_csv_tables(network, catalog, tmp_path):
    ops, _ = network
    o = compute_overview(ops.library, catalog, today=TODAY)
    written = write_overview_csv(o, tmp_path / "uit")
    assert [p.name for p in written] == list(FILE_NAMES)
    raw = (tmp_path / "uit" / "acties-per-route.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["route", "open", "bezig", "gedaan", "vervallen", "totaal"]
    assert rows[1:] == [["Route Alfa", "1", "0", "2", "0", "3"],
                        ["Route Bèta", "0", "1", "0", "1", "2"]]
    topics = list(csv.reader(io.StringIO(
        (tmp_path / "uit" / "onderwerpen.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    assert topics[1][:4] == ["stageplek kiezen", "woordpaar", "2", "routes"]
    tables = overview_tables(o)
    follow = {r[0]: r for r in tables["vervolg.csv"][1]}
    assert follow["Route Alfa"][1] == "Te laat"


def test_csv_cells_are_never_formulas(library, catalog, tmp_path):
    ops = AnalysisOps(library, catalog)
    route = ops.create_route("=HYPERLINK(\"x\")")
    ops.create_session(route.id, "students", dt.date(2025, 3, 1))
    o = compute_overview(library, catalog, today=TODAY)
    write_overview_csv(o, tmp_path)
    text = (tmp_path / "routes.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text


def test_csv_into_a_file_path_is_a_dutch_error(network, catalog, tmp_path):
    from praatplaat_app.analysis.csv_export import CsvExportError

    ops, _ = network
    o = compute_overview(ops.library, catalog, today=TODAY)
    target = tmp_path / "bestand.txt"
    target.write_text("x")
    with pytest.raises(CsvExportError) as info:
        write_overview_csv(o, target)
    assert "geen map" in info.value.message
    with pytest.raises(CsvExportError):
        write_overview_csv(o, tmp_path / "bestaat" / "niet")


def test_charts_are_valid_svg_with_escaped_labels(library, catalog):
    import xml.etree.ElementTree as ET

    ops = AnalysisOps(library, catalog)
    route = ops.create_route("<script>alert(1)</script> & Co")
    session = ops.create_session(route.id, "students", dt.date(2025, 3, 1))
    ops.library.save(__import__("praatplaat_app.domain", fromlist=["Action"]).Action(
        session_id=session.id, what="x", status="done"))
    o = compute_overview(library, catalog, today=TODAY)
    charts = overview_charts(o)
    assert set(charts) == {"indicators", "themes", "actions_by_route", "actions_by_indicator"}
    for svg in charts.values():
        ET.fromstring(svg)  # well-formed XML
        assert "<script>" not in svg
    assert "&lt;script&gt;" in charts["actions_by_route"]


def test_demo_overview(demo_library, catalog):
    o = compute_overview(demo_library, catalog, today=dt.date(2025, 6, 1))
    assert o.session_count == 10
    assert len(o.routes) == 6
    assert o.actions_total.total == 14
    assert [s.route_name for s in o.overdue] == ["Flexstage Noorderpoort"]


def test_questionnaire_results_per_route(network, catalog):
    from praatplaat_app.questionnaire.responses import Response

    ops, net = network
    items = [i.id for i in catalog.questionnaire("studenten").items]
    for value in (4, 4, 5):  # three students of route Alfa: a mean may be shown
        ops.library.save(Response(session_id=net.a1, questionnaire_id="studenten",
                                  role="student", answers={i: value for i in items}))
    ops.library.save(Response(session_id=net.b1, questionnaire_id="studenten", role="student",
                              answers={i: 3 for i in items}))
    o = compute_overview(ops.library, catalog, today=TODAY)
    lines = {q.route_name: q for q in o.questionnaires}
    assert (lines["Route Alfa"].responses, lines["Route Bèta"].responses) == (3, 1)
    alfa = lines["Route Alfa"].scores.group("student")
    mean = alfa.scale("sociale-binding").mean
    # Four items, one reversed: (4+4+2+4)/4 = 3.5 twice and (5+5+1+5)/4 = 4.0 once.
    assert mean == pytest.approx((3.5 + 3.5 + 4.0) / 3)
    assert lines["Route Bèta"].scores.group("student").scale("sociale-binding").hidden
    rows = overview_tables(o)["vragenlijsten.csv"][1]
    assert any(r[0] == "Route Bèta" and r[5] == "te weinig respondenten" for r in rows)
    assert "minder dan drie respondenten" in o.questionnaire_note
