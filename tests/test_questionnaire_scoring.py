"""Questionnaire core: the stored record, scoring (checked by hand), the chart, the
operations with undo, the printable form and the chart in the report PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import xml.etree.ElementTree as ET

import pytest

from praatplaat_app.errors import NotFoundError, ValidationError
from praatplaat_app.indicators import QuestionItem, Questionnaire, Scale, Subscale
from praatplaat_app.questionnaire import Response, responses_for_session
from praatplaat_app.questionnaire.chart import questionnaire_chart_svg, session_chart_svg
from praatplaat_app.questionnaire.scoring import (
    ALL,
    MIN_GROUP_SIZE,
    TOO_FEW,
    TRACEABLE,
    format_score,
    score_responses,
)

SVG = "{http://www.w3.org/2000/svg}"
DAY = dt.date(2025, 3, 14)


# ------------------------------------------------------------------------ fixtures


def _q(id_: str = "test") -> Questionnaire:
    """A small questionnaire: scale A (a1: x1, x2, x3 reversed; a2: x4), scale B (y1, y2 rev.)."""
    return Questionnaire(
        id=id_,
        audience="students",
        title="Testlijst",
        intro="Intro.",
        likert_labels=("Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens",
                       "Helemaal mee eens"),
        scales=(
            Scale("a", "Schaal A", (
                Subscale("a1", "Sub A1", (QuestionItem("x1", "X één", False),
                                          QuestionItem("x2", "X twee", False),
                                          QuestionItem("x3", "X drie", True))),
                Subscale("a2", "Sub A2", (QuestionItem("x4", "X vier", False),)),
            )),
            Scale("b", "Schaal B", (
                Subscale("b1", "Sub B1", (QuestionItem("y1", "Y één", False),
                                          QuestionItem("y2", "Y twee", True))),
            )),
        ),
    )


@pytest.fixture
def small_catalog(catalog):
    return dataclasses.replace(catalog, questionnaires=(_q(),))


def _r(role: str, **answers: int | None) -> Response:
    full = {k: None for k in ("x1", "x2", "x3", "x4", "y1", "y2")}
    full.update(answers)
    return Response(session_id="s", questionnaire_id="test", role=role, answers=full)




@pytest.fixture
def session(qops):
    route = qops.create_route("Flexstage Ouderenzorg", organisations="Noorderpoort")
    return qops.create_session(route.id, "students", DAY)


# ------------------------------------------------------------------ the record


def test_response_round_trips_through_the_library(library, qops, session):
    answers = {item.id: None for item in qops.catalog.questionnaire("studenten").items}
    answers["verbonden"] = 4
    response = qops.add_response(session.id, "studenten", "student", answers)
    row = response.to_row()
    assert isinstance(row["answers"], str) and '"verbonden": 4' in row["answers"]
    loaded = library.get(Response, response.id)
    assert loaded == response
    assert loaded.answers["verbonden"] == 4 and loaded.answers["op-je-hoede"] is None
    assert responses_for_session(library, session.id) == [response]


def test_damaged_answers_json_reads_as_no_answers():
    assert Response.from_row({"id": "1", "updated_at": "x", "deleted": 0,
                              "answers": "{kapot"}).answers == {}
    loaded = Response.from_row({"id": "1", "updated_at": "x", "deleted": 0,
                                "answers": '{"a": 9, "b": 3, "c": true, "d": 2.0}'})
    assert loaded.answers == {"a": None, "b": 3, "c": None, "d": 2}


# --------------------------------------------------------------------- scoring

# Four students (hand computation; reversed items count 6 - x):
#   R1: x1=4 x2=5 x3=2→4 x4=3 | y1=5 y2=1→5
#       A = (4+5+4+3)/4 = 4.0   a1 = (4+5+4)/3 = 13/3   a2 = 3   B = (5+5)/2 = 5.0
#   R2: x1=2 only of A         | y1=3
#       A: 1 of 4 answered < half → no score; a1: 1 of 3 → none; a2: none
#       B: 1 of 2 answered = half → 3.0
#   R3: x1=3 x2=3 x3=5→1       | y2=4→2
#       A = (3+3+1)/3 = 7/3     a1 = 7/3   a2: none   B = 2/1 = 2.0
#   R4: x1=1 x2=2 x4=5         | y1=4 y2=4→2
#       A = (1+2+5)/3 = 8/3     a1 = (1+2)/2 = 1.5 (2 of 3 answered)   a2 = 5   B = 6/2 = 3.0
# Students:
#   A  = (4 + 7/3 + 8/3) / 3 = 9/3 = 3.0                        n = 3
#   a1 = (13/3 + 7/3 + 3/2) / 3 = (40/6 + 9/6) / 3 = 49/18      n = 3  (≈ 2.7222)
#   a2: only R1 and R4 have a score → n = 2 < 3 → hidden
#   B  = b1 = (5 + 3 + 2 + 3) / 4 = 13/4 = 3.25                n = 4
STUDENTS = [
    _r("student", x1=4, x2=5, x3=2, x4=3, y1=5, y2=1),
    _r("student", x1=2, y1=3),
    _r("student", x1=3, x2=3, x3=5, y2=4),
    _r("student", x1=1, x2=2, x4=5, y1=4, y2=4),
]


def test_scores_match_hand_computation(small_catalog):
    scores = score_responses(STUDENTS, small_catalog)
    assert scores.respondents == 4
    assert [g.key for g in scores.groups] == ["student"]  # one group: no "all" column
    students = scores.group("student")
    assert students is not None and students.respondents == 4

    a = students.scale("a")
    assert a.mean == pytest.approx(3.0) and a.n == 3 and not a.hidden
    a1 = students.subscale("a1")
    assert a1.mean == pytest.approx(49 / 18) and a1.n == 3
    a2 = students.subscale("a2")
    assert a2.mean is None and a2.n == 2 and a2.hidden_because == TOO_FEW
    assert a2.reason == "te weinig respondenten"
    b = students.scale("b")
    assert b.mean == pytest.approx(3.25) and b.n == 4
    assert students.subscale("b1").mean == pytest.approx(3.25)
    assert format_score(a1.mean) == "2,7" and format_score(b.mean, 2) == "3,25"


def test_reversed_item_is_recoded(small_catalog):
    # Three students who all answer x3 (reversed) with 1 and nothing else of sub-scale a1
    # except x1 = 5: a1 = (5 + (6-1)) / 2 = 5.0 for each → group mean 5.0.
    rows = [_r("student", x1=5, x3=1) for _ in range(3)]
    scores = score_responses(rows, small_catalog)
    assert scores.group("student").subscale("a1").mean == pytest.approx(5.0)
    # Scale A: 2 of 4 items answered = half → (5 + 5) / 2 = 5.0
    assert scores.group("student").scale("a").mean == pytest.approx(5.0)


def test_fewer_than_three_respondents_hides_the_group(small_catalog):
    rows = [_r("teacher", x1=5, x2=5, x3=1, x4=5, y1=5, y2=1) for _ in range(2)]
    scores = score_responses(rows, small_catalog)
    teachers = scores.group("teacher")
    assert teachers.hidden and teachers.respondents == 2
    for cell in (*teachers.scales.values(), *teachers.subscales.values()):
        assert cell.mean is None and cell.hidden_because == TOO_FEW
    # Exactly three is enough.
    scores = score_responses(rows + rows[:1], small_catalog)
    assert scores.group("teacher").scale("a").mean == pytest.approx(5.0)
    assert MIN_GROUP_SIZE == 3


def test_total_is_hidden_when_it_would_reveal_a_small_group(small_catalog):
    # 4 students (above) + 2 supervisors. The total of B minus the students' B would give
    # the two supervisors' mean, so the total is not shown either.
    supervisors = [_r("supervisor", y1=1, y2=5), _r("supervisor", y1=2, y2=4)]
    scores = score_responses(STUDENTS + supervisors, small_catalog)
    assert [g.key for g in scores.groups] == ["student", "supervisor", ALL]
    total = scores.group(ALL)
    assert total.respondents == 6
    assert total.scale("b").mean is None and total.scale("b").hidden_because == TRACEABLE
    assert total.scale("b").reason == "niet getoond: kleine groep te herleiden"
    assert scores.group("supervisor").scale("b").hidden_because == TOO_FEW


def test_total_is_shown_when_no_group_is_hidden(small_catalog):
    # 3 students with B = 5, 3 teachers with B = (2 + (6-4)) / 2 = 2
    # total B = (3*5 + 3*2) / 6 = 21/6 = 3.5, n = 6
    rows = [_r("student", y1=5, y2=1) for _ in range(3)]
    rows += [_r("teacher", y1=2, y2=4) for _ in range(3)]
    scores = score_responses(rows, small_catalog)
    total = scores.group(ALL)
    assert total.scale("b").mean == pytest.approx(3.5) and total.scale("b").n == 6
    # Nobody answered enough of A (0 items): no score, but nothing hidden either.
    assert total.scale("a").mean is None and total.scale("a").n == 0


def test_unknown_role_deleted_and_unknown_questionnaire(small_catalog):
    rows = [_r("", y1=4), _r("astronaut", y1=4), _r("other", y1=4)]
    rows.append(dataclasses.replace(_r("student", y1=1), deleted=True))
    rows.append(dataclasses.replace(_r("student", y1=1), questionnaire_id="weg"))
    scores = score_responses(rows, small_catalog)
    assert [g.key for g in scores.groups] == ["other"]
    assert scores.group("other").scale("b").mean == pytest.approx(4.0)
    assert scores.unknown_questionnaire == 1


def test_no_responses(small_catalog):
    scores = score_responses([], small_catalog)
    assert scores.is_empty and scores.groups == () and scores.scales == ()


# ----------------------------------------------------------------------- chart


def _parse(svg: str) -> ET.Element:
    return ET.parse(io.StringIO(svg)).getroot()


def test_chart_is_valid_svg_with_labels(catalog):
    questionnaire = catalog.questionnaire("studenten")
    rows = [
        Response(questionnaire_id="studenten", role="student",
                 answers={i.id: (n % 5) + 1 for i in questionnaire.items})
        for n in range(4)
    ]
    rows.append(Response(questionnaire_id="begeleiders", role="teacher",
                         answers={"verbonden": 4}))
    svg = questionnaire_chart_svg(score_responses(rows, catalog), catalog)
    root = _parse(svg)
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text.startswith("Vragenlijst")
    desc = root.find(f"{SVG}desc").text
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    for scale in questionnaire.scales:
        assert scale.title in texts and scale.title in desc
    assert "Studenten (n=4)" in texts
    assert "te weinig respondenten" in texts  # the single teacher
    assert "Docenten: te weinig respondenten" in desc


def test_chart_escapes_catalog_text(catalog):
    evil = dataclasses.replace(
        _q(), scales=(Scale("a", "Samen & <sterk> \"ja\"", (
            Subscale("a1", "</text><script>x</script>", (QuestionItem("x1", "t", False),)),)),)
    )
    cat = dataclasses.replace(catalog, questionnaires=(evil,))
    rows = [Response(questionnaire_id="test", role="student", answers={"x1": 3})] * 3
    svg = questionnaire_chart_svg(score_responses(rows, cat), cat)
    root = _parse(svg)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Samen & <sterk> \"ja\"" in texts
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))


def test_chart_without_responses_says_so(catalog):
    svg = questionnaire_chart_svg(score_responses([], catalog), catalog)
    assert "Nog geen ingevulde vragenlijsten" in svg
    _parse(svg)


# ------------------------------------------------------------------ operations


def _answers(catalog, questionnaire_id="studenten", value=4):
    return {i.id: value for i in catalog.questionnaire(questionnaire_id).items}


def test_add_response_validates(qops, session, catalog):
    good = _answers(catalog)
    bad_cases = [
        ("studenten", "student", {**good, "bestaat-niet": 3}),
        ("studenten", "student", {**good, "verbonden": 6}),
        ("studenten", "student", {**good, "verbonden": 0}),
        ("studenten", "student", {**good, "verbonden": True}),
        ("studenten", "student", {**good, "verbonden": "4"}),
        ("studenten", "student", {}),
        ("studenten", "astronaut", good),
        ("onbekend", "student", good),
    ]
    for questionnaire_id, role, answers in bad_cases:
        with pytest.raises(ValidationError):
            qops.add_response(session.id, questionnaire_id, role, answers)
    with pytest.raises(NotFoundError):
        qops.add_response("geen-gesprek", "studenten", "student", good)
    assert qops.responses(session.id) == []


def test_add_update_delete_with_undo(qops, session, catalog):
    changes = []
    qops.subscribe(changes.append)
    response = qops.add_response(session.id, "studenten", "student", {"verbonden": 2})
    assert response.answers["verbonden"] == 2 and response.answers["op-je-hoede"] is None
    assert changes[-1].what == frozenset({"questionnaires"})
    assert changes[-1].session_id == session.id

    updated = qops.update_response(response.id, role="other", answers={"verbonden": 5})
    assert updated.role == "other" and updated.answers["verbonden"] == 5
    qops.undo()
    assert qops.responses(session.id)[0].answers["verbonden"] == 2

    qops.delete_response(response.id)
    assert qops.responses(session.id) == []
    qops.undo()
    assert len(qops.responses(session.id)) == 1
    qops.undo()  # the correction was undone already; this undoes the add
    assert qops.responses(session.id) == []


def test_import_is_one_transaction_and_one_undo_step(qops, session, catalog):
    rows = [{"role": "student", "answers": _answers(catalog, value=v)} for v in (1, 2, 3)]
    created = qops.import_responses(session.id, "studenten", rows)
    assert len(created) == 3 and len(qops.responses(session.id)) == 3
    qops.undo()
    assert qops.responses(session.id) == []
    # One bad row: nothing is written.
    rows.append({"role": "student", "answers": {"verbonden": 9}})
    with pytest.raises(ValidationError) as info:
        qops.import_responses(session.id, "studenten", rows)
    assert "Respondent 4" in str(info.value)
    assert qops.responses(session.id) == []


def test_session_chart_svg(qops, session, catalog):
    assert session_chart_svg(qops.library, catalog, session.id) is None
    for value in (2, 3, 4):
        qops.add_response(session.id, "studenten", "student", _answers(catalog, value=value))
    svg = session_chart_svg(qops.library, catalog, session.id)
    assert svg is not None and "Sociale binding" in svg


# ---------------------------------------------------------------------- printouts


def _pdf_text(data: bytes) -> str:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_printable_questionnaire(catalog):
    pytest.importorskip("weasyprint")
    from praatplaat_app.questionnaire.printable import (
        questionnaire_context,
        render_questionnaire_pdf,
    )

    context = questionnaire_context(catalog, "begeleiders")
    assert [i["number"] for i in context["items"]] == list(range(1, 11))
    assert "Werkbegeleider" in context["roles"]
    data = render_questionnaire_pdf(catalog, "studenten")
    assert data.startswith(b"%PDF")
    text = " ".join(_pdf_text(data).split())
    assert "Vragenlijst studenten" in text
    assert "Ik kan bouwen op de andere deelnemers" in text
    assert "Helemaal mee eens" in text
    assert "naam niet" in text  # anonymous


def test_printable_unknown_questionnaire(catalog):
    from praatplaat_app.errors import PraatplaatError
    from praatplaat_app.questionnaire.printable import render_questionnaire_pdf

    with pytest.raises(PraatplaatError):
        render_questionnaire_pdf(catalog, "bestaat-niet")


def test_chart_appears_in_report_pdf(qops, session, catalog):
    pytest.importorskip("weasyprint")
    pdf = pytest.importorskip("praatplaat_app.export.pdf")
    if not hasattr(pdf, "render_report"):
        pytest.skip("render_report not available yet")
    for value in (2, 4, 5):
        qops.add_response(session.id, "studenten", "student", _answers(catalog, value=value))
    svg = session_chart_svg(qops.library, catalog, session.id)
    data = pdf.render_report(qops.library.conversation(session.id), catalog,
                             questionnaire_svg=svg)
    text = _pdf_text(data)
    assert "Wederkerigheid" in text
    assert "Sociale binding" in text


def test_update_refuses_unknown_items_and_keeps_old_extra_answers(qops, session):
    response = qops.add_response(session.id, "studenten", "student", {"verbonden": 2})
    with pytest.raises(ValidationError):
        qops.update_response(response.id, answers={"bestaat-niet": 3})
    # An answer to an item a later catalog dropped stays stored through a correction.
    qops.library.save(response.touched(answers={**response.answers, "oud-item": 4}))
    updated = qops.update_response(response.id, answers={"verbonden": 3})
    assert updated.answers["oud-item"] == 4 and updated.answers["verbonden"] == 3
