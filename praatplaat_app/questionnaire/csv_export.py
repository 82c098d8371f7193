"""CSV exports of a conversation's questionnaire: anonymous raw answers and scale scores.

Why UTF-8 with BOM and ``;``: Dutch Excel opens a double-clicked ``.csv`` with the list
separator of the Dutch regional settings, which is the semicolon (the comma is the
decimal separator there), and without a byte-order mark it reads the file as
Windows-1252, so "geïnteresseerd" would show as "geÃ¯nteresseerd". With a BOM and ``;``
the file opens correctly in columns; R, SPSS, pandas (``sep=";"``,
``encoding="utf-8-sig"``) and LibreOffice read it as well. Decimals use a comma
(``3,25``) for the same reason.

Anonymity of the raw export: no names, no respondent ids, no timestamps; rows are
numbered 1, 2, 3 … after sorting by role and then by the random record id, so the
order in which people filled in cannot be read from the file. Note that a role with only
one or two respondents in a route can still be recognisable to insiders; researchers
should report group results only (the score export hides them).

Only the words follow the app's language (column headers, role and group names, why a
mean is hidden): the format stays the one for Dutch Excel described above, whatever the
language of the app, because that depends on the computer's regional settings. The
questionnaire import reads the headers and role names of both languages back.

Text cells that start with ``=``, ``+``, ``-`` or ``@`` get a leading apostrophe so Excel
never runs them as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from praatplaat_app.domain import Route, Session
from praatplaat_app.indicators import Catalog
from praatplaat_app.labels import labels
from praatplaat_app.messages import current_language, tr
from praatplaat_app.questionnaire.responses import Response, clean_answer, responses_for_session
from praatplaat_app.questionnaire.scoring import (
    GROUP_ORDER,
    QuestionnaireScores,
    format_score,
    group_of,
    score_responses,
)

if TYPE_CHECKING:
    from praatplaat_app.store import Library

DELIMITER = ";"
ENCODING = "utf-8-sig"  # UTF-8 with a byte-order mark
NUMBERS = "nl"  # decimal comma, for Dutch Excel (see above)


# "route" and "n" are the same word in both languages.
def raw_fixed_columns() -> tuple[str, ...]:
    """The headers before the item ids, in the app's language."""
    return (tr("nr"), "route", tr("vragenlijst"), tr("rol"))


def score_columns() -> tuple[str, ...]:
    """The headers of the score export, in the app's language."""
    return ("route", tr("groep"), tr("schaal"), tr("subschaal"), "n", tr("gemiddelde"),
            tr("opmerking"))


def safe_text(value: str) -> str:
    """A text cell Excel will not evaluate as a formula."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _write(rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue().encode(ENCODING)


def item_columns(catalog: Catalog, questionnaire_ids: Iterable[str]) -> list[str]:
    """Item ids of the questionnaires, in questionnaire order, each once."""
    wanted = set(questionnaire_ids)
    columns: list[str] = []
    for questionnaire in catalog.questionnaires:
        if questionnaire.id not in wanted:
            continue
        for item in questionnaire.items:
            if item.id not in columns:
                columns.append(item.id)
    return columns


def raw_responses_csv(
    responses: Iterable[Response], catalog: Catalog, route_name: str
) -> bytes:
    """One row per respondent, one column per item (raw answers, not recoded)."""
    kept = [r for r in responses if not r.deleted]
    used = {r.questionnaire_id for r in kept}
    columns = item_columns(catalog, used)
    # Answers to items the catalog no longer has are kept too, after the known ones.
    extra = sorted({k for r in kept for k in r.answers} - set(columns))
    columns += extra
    order = {key: n for n, key in enumerate(GROUP_ORDER)}
    kept.sort(key=lambda r: (order.get(group_of(r.role), 99), r.questionnaire_id, r.id))
    rows: list[list[object]] = [[*raw_fixed_columns(), *columns]]
    titles = {q.id: q.title for q in catalog.questionnaires}
    role_names = labels(current_language()).roles
    for number, response in enumerate(kept, start=1):
        answer_cells = []
        for item_id in columns:
            value = clean_answer(response.answers.get(item_id))
            answer_cells.append("" if value is None else value)
        rows.append(
            [
                number,
                safe_text(route_name),
                safe_text(titles.get(response.questionnaire_id, response.questionnaire_id)),
                role_names.get(group_of(response.role), response.role),
                *answer_cells,
            ]
        )
    return _write(rows)


def scores_csv(scores: QuestionnaireScores, route_name: str) -> bytes:
    """Per group, scale and sub-scale: n and the mean (empty when hidden, with the reason)."""
    rows: list[list[object]] = [list(score_columns())]
    route = safe_text(route_name)
    for group in scores.groups:
        label = group.label
        for scale in scores.scales:
            cell = group.scale(scale.id)
            rows.append([route, label, safe_text(scale.title), "", cell.n,
                         format_score(cell.mean, 2, NUMBERS), cell.reason])
            for sub in scale.subscales:
                cell = group.subscale(sub.id)
                rows.append([route, label, safe_text(scale.title), safe_text(sub.title),
                             cell.n, format_score(cell.mean, 2, NUMBERS), cell.reason])
    return _write(rows)


def _route_name(library: Library, session_id: str) -> str:
    session = library.get(Session, session_id)
    return library.get(Route, session.route_id, include_deleted=True).name


def session_raw_csv(library: Library, catalog: Catalog, session_id: str) -> bytes:
    return raw_responses_csv(
        responses_for_session(library, session_id), catalog, _route_name(library, session_id)
    )


def session_scores_csv(library: Library, catalog: Catalog, session_id: str) -> bytes:
    scores = score_responses(responses_for_session(library, session_id), catalog)
    return scores_csv(scores, _route_name(library, session_id))
