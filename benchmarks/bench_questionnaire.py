"""Questionnaire figures: scoring and drawing the chart for 1,000 respondents, and the CSVs.

Target: scoring plus the SVG chart of one conversation with 1,000 respondents (four role
groups, both questionnaires, some answers missing) in under 200 ms.
"""

from __future__ import annotations

import random

from benchmarks.harness import Context, Row, benchmark, measure

RESPONDENTS = 1_000
SCORE_CHART_LIMIT_S = 0.200
CSV_IMPORT_LIMIT_S = 0.500


def make_responses(count: int = RESPONDENTS, seed: int = 6) -> list:
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.questionnaire.responses import Response

    catalog = default_catalog()
    rnd = random.Random(seed)
    groups = [("student", "studenten"), ("supervisor", "begeleiders"),
              ("teacher", "begeleiders"), ("practice_trainer", "begeleiders")]
    shares = [0.6, 0.2, 0.15, 0.05]
    responses = []
    for _ in range(count):
        role, questionnaire_id = rnd.choices(groups, weights=shares)[0]
        items = catalog.questionnaire(questionnaire_id).items
        answers = {i.id: (None if rnd.random() < 0.08 else rnd.randint(1, 5)) for i in items}
        responses.append(Response(session_id="s", questionnaire_id=questionnaire_id,
                                  role=role, answers=answers))
    return responses


def score_and_chart(responses: list) -> str:
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.questionnaire.chart import questionnaire_chart_svg
    from praatplaat_app.questionnaire.scoring import score_responses

    catalog = default_catalog()
    return questionnaire_chart_svg(score_responses(responses, catalog), catalog)


def _csv_for_import(responses: list) -> bytes:
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.questionnaire.csv_export import raw_responses_csv

    students = [r for r in responses if r.questionnaire_id == "studenten"]
    return raw_responses_csv(students, default_catalog(), "Benchmarkroute")


def check_csv(data: bytes) -> int:
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.questionnaire.csv_import import auto_mapping, read_csv, validate

    questionnaire = default_catalog().questionnaire("studenten")
    table = read_csv(data)
    report = validate(table, questionnaire, auto_mapping(table.headers, questionnaire))
    return len(report.rows)


@benchmark("questionnaire", "score and chart 1,000 respondents; CSV export and import check")
def questionnaire(ctx: Context):
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.questionnaire.csv_export import raw_responses_csv, scores_csv
    from praatplaat_app.questionnaire.scoring import score_responses

    catalog = default_catalog()
    responses = make_responses()
    repeats = ctx.repeats(30, 5)
    yield Row(f"Vragenlijst: scores + grafiek (SVG), {RESPONDENTS} respondenten",
              measure(lambda: score_and_chart(responses), repeats), limit=SCORE_CHART_LIMIT_S)
    scores = score_responses(responses, catalog)
    yield Row(f"Vragenlijst: CSV-export antwoorden + scores, {RESPONDENTS} respondenten",
              measure(lambda: (raw_responses_csv(responses, catalog, "Route"),
                               scores_csv(scores, "Route")), repeats))
    data = _csv_for_import(responses)
    yield Row("Vragenlijst: CSV inlezen en controleren (~600 rijen)",
              measure(lambda: check_csv(data), repeats), limit=CSV_IMPORT_LIMIT_S)


if __name__ == "__main__":  # python -m benchmarks.bench_questionnaire
    from benchmarks.harness import markdown_table

    print(markdown_table(list(questionnaire(Context(quick=False)))))
