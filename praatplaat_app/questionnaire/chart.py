"""The questionnaire chart of one conversation, as one SVG document.

Drawn once here (pure string building, every text XML-escaped) and used everywhere:
the app shows it with Qt's SVG renderer before the conversation starts, and the
conversation report embeds the same bytes. Rows are the scales (bold) and their
sub-scales; each row has one bar per role group on the 1–5 scale, with the mean
written next to it. A hidden mean reads "te weinig respondenten". ``<title>`` and
``<desc>`` carry the whole content as text for screen readers.

Every text is in one ``language``: the app's on screen, the document's in the report
(pass a catalog in that language too: the scale titles and answer labels come from it).

Fixed fonts, sizes and colours (Okabe–Ito palette, readable with colour blindness), so
the chart looks the same on screen and on paper.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from praatplaat_app.domain import Role
from praatplaat_app.indicators import Catalog
from praatplaat_app.messages import current_language, tr
from praatplaat_app.questionnaire.responses import LIKERT_MAX, LIKERT_MIN
from praatplaat_app.questionnaire.scoring import (
    ALL,
    MIN_GROUP_SIZE,
    Cell,
    GroupScores,
    QuestionnaireScores,
    format_score,
    group_label,
)

if TYPE_CHECKING:
    from praatplaat_app.store import Library

FONT = "'Open Sans', 'Praatplaat Sans', 'DejaVu Sans', Arial, sans-serif"
TEXT = "#1F262D"
MUTED = "#5A6570"
GRID = "#C5CCD3"
BAND = "#F1F4F7"
HEADING = "#1F3B57"

GROUP_COLORS: dict[str, str] = {
    Role.STUDENT: "#0072B2",
    Role.SUPERVISOR: "#009E73",
    Role.TEACHER: "#E69F00",
    Role.PRACTICE_TRAINER: "#CC79A7",
    Role.COORDINATOR: "#56B4E9",
    Role.OTHER: "#8C8C8C",
    ALL: "#1F3B57",
}

WIDTH = 760
MARGIN = 16
LABEL_WIDTH = 250  # left column with the (sub)scale titles
VALUE_SPACE = 150  # right of the plot: room for the score next to a full bar
BAR_HEIGHT = 14
BAR_GAP = 3
ROW_GAP = 10
LINE_HEIGHT = 15
LABEL_CHARS = 36  # wrap width of a title in the label column (12 px text)


def chart_title(language: str | None = None) -> str:
    return tr("Vragenlijst vooraf: gemiddelde scores per groep", language=language)


def _attr(value: str) -> str:
    return quoteattr(value)


def _text(
    x: float,
    y: float,
    content: str,
    *,
    size: int = 12,
    weight: str = "normal",
    fill: str = TEXT,
    anchor: str = "start",
    style: str = "normal",
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" '
        f'font-style="{style}" fill="{fill}" text-anchor="{anchor}">{escape(content)}</text>'
    )


def _likert_labels(scores: QuestionnaireScores, catalog: Catalog) -> tuple[str, ...]:
    for questionnaire in catalog.questionnaires:
        if not scores.questionnaire_ids or questionnaire.id in scores.questionnaire_ids:
            return questionnaire.likert_labels
    return ()


def _all_hidden(group: GroupScores) -> bool:
    cells = [*group.scales.values(), *group.subscales.values()]
    return all(c.hidden for c in cells)


def _no_answers(language: str) -> str:
    return tr("geen antwoorden", language=language)


def _cell_text(cell: Cell, language: str) -> str:
    if cell.hidden:
        return cell.reason_text(language)
    if cell.mean is None:
        return _no_answers(language)
    return f"{format_score(cell.mean, language=language)} (n={cell.n})"


def _scale_values(labels: tuple[str, ...]) -> dict[str, object]:
    """The names the sentences about the answer scale fill in."""
    values: dict[str, object] = {"low": LIKERT_MIN, "high": LIKERT_MAX}
    if labels:
        values.update(low_label=labels[0].lower(), high_label=labels[-1].lower())
    return values


def _description(
    scores: QuestionnaireScores, labels: tuple[str, ...], language: str
) -> str:
    """The whole chart as sentences, for screen readers and text extraction."""
    if scores.is_empty:
        return tr("Er zijn nog geen ingevulde vragenlijsten voor dit gesprek.", language=language)
    values = _scale_values(labels)
    count = scores.respondents
    if labels and count == 1:
        first = tr("Gemiddelde scores op een schaal van {low} tot {high} ({low} = {low_label}, "
                   "{high} = {high_label}), 1 respondent.", language=language, **values)
    elif labels:
        first = tr("Gemiddelde scores op een schaal van {low} tot {high} ({low} = {low_label}, "
                   "{high} = {high_label}), {count} respondenten.",
                   language=language, count=count, **values)
    elif count == 1:
        first = tr("Gemiddelde scores op een schaal van {low} tot {high}, 1 respondent.",
                   language=language, **values)
    else:
        first = tr("Gemiddelde scores op een schaal van {low} tot {high}, {count} respondenten.",
                   language=language, count=count, **values)
    names = {g.key: group_label(g.key, language) for g in scores.groups}
    groups = ", ".join(f"{names[g.key]} ({g.respondents})" for g in scores.groups)
    parts = [first, tr("Groepen: {groups}.", language=language, groups=groups)]
    for scale in scores.scales:
        cells = "; ".join(
            f"{names[g.key]}: {_cell_text(g.scale(scale.id), language)}" for g in scores.groups
        )
        parts.append(f"{scale.title}: {cells}.")
        for sub in scale.subscales:
            cells = "; ".join(
                f"{names[g.key]}: {_cell_text(g.subscale(sub.id), language)}"
                for g in scores.groups
            )
            parts.append(f"{sub.title}: {cells}.")
    return " ".join(parts)


def _subtitle(count: int, labels: tuple[str, ...], language: str) -> str:
    values = _scale_values(labels)
    if labels and count == 1:
        return tr("1 respondent · schaal {low} tot {high} ({low} = {low_label}, "
                  "{high} = {high_label})", language=language, **values)
    if labels:
        return tr("{count} respondenten · schaal {low} tot {high} ({low} = {low_label}, "
                  "{high} = {high_label})", language=language, count=count, **values)
    if count == 1:
        return tr("1 respondent · schaal {low} tot {high}", language=language, **values)
    return tr("{count} respondenten · schaal {low} tot {high}",
              language=language, count=count, **values)


def _bars(
    groups: tuple[GroupScores, ...],
    cells: list[Cell],
    top: float,
    x_of: object,
    plot_left: float,
    language: str,
) -> list[str]:
    out = []
    for index, (group, cell) in enumerate(zip(groups, cells, strict=True)):
        y = top + index * (BAR_HEIGHT + BAR_GAP)
        mid = y + BAR_HEIGHT / 2 + 4
        color = GROUP_COLORS.get(group.key, GROUP_COLORS[Role.OTHER])
        if cell.mean is None:
            text = cell.reason_text(language) if cell.hidden else _no_answers(language)
            out.append(_text(plot_left + 4, mid, text, size=11, fill=MUTED, style="italic"))
            continue
        x_end = x_of(cell.mean)  # type: ignore[operator]
        width = max(x_end - plot_left, 1.5)
        out.append(
            f'<rect x="{plot_left:.1f}" y="{y:.1f}" width="{width:.1f}" '
            f'height="{BAR_HEIGHT}" fill="{color}">'
            f"<title>{escape(group_label(group.key, language))}: "
            f"{escape(_cell_text(cell, language))}</title></rect>"
        )
        out.append(
            _text(x_end + 5, mid, format_score(cell.mean, language=language), size=11,
                  weight="bold")
        )
    return out


def questionnaire_chart_svg(
    scores: QuestionnaireScores,
    catalog: Catalog,
    *,
    include_subscales: bool = True,
    language: str | None = None,
) -> str:
    """The chart as a standalone SVG document (UTF-8 text, with an XML declaration).

    The texts are in ``language`` (default: the app's); the scale titles come from
    ``scores`` and the answer labels from ``catalog``, so score with a catalog in that
    language.
    """
    language = language or current_language()
    labels = _likert_labels(scores, catalog)
    description = _description(scores, labels, language)
    heading = chart_title(language)
    body: list[str] = []
    y = MARGIN + 18
    body.append(_text(MARGIN, y, heading, size=17, weight="bold", fill=HEADING))
    y += 22

    if scores.is_empty:
        body.append(
            _text(MARGIN, y + 8,
                  tr("Nog geen ingevulde vragenlijsten voor dit gesprek.", language=language),
                  size=13, fill=MUTED, style="italic")
        )
        height = int(y + 8 + MARGIN + 8)
        return _document(body, height, heading, description)

    body.append(_text(MARGIN, y, _subtitle(scores.respondents, labels, language), size=12,
                      fill=MUTED))
    y += 20

    # Legend: one swatch per group, wrapping to a new line when full.
    x = float(MARGIN)
    for group in (g for g in scores.groups if g.key != ALL or not _all_hidden(g)):
        label = f"{group_label(group.key, language)} (n={group.respondents})"
        width = 22 + len(label) * 6.6 + 18
        if x + width > WIDTH - MARGIN and x > MARGIN:
            x = MARGIN
            y += 20
        color = GROUP_COLORS.get(group.key, GROUP_COLORS[Role.OTHER])
        body.append(
            f'<rect x="{x:.1f}" y="{y - 10:.1f}" width="14" height="14" fill="{color}"/>'
        )
        body.append(_text(x + 20, y + 1, label, size=12))
        x += width
    y += 18

    plot_left = MARGIN + LABEL_WIDTH
    plot_right = WIDTH - MARGIN - VALUE_SPACE
    span = LIKERT_MAX - LIKERT_MIN

    def x_of(value: float) -> float:
        return plot_left + (value - LIKERT_MIN) / span * (plot_right - plot_left)

    groups = tuple(g for g in scores.groups if g.key != ALL or not _all_hidden(g))
    rows: list[tuple[str, bool, list[Cell]]] = []
    for scale in scores.scales:
        rows.append((scale.title, True, [g.scale(scale.id) for g in groups]))
        if include_subscales:
            for sub in scale.subscales:
                rows.append((sub.title, False, [g.subscale(sub.id) for g in groups]))

    plot_top = y
    bands: list[str] = []
    rows_svg: list[str] = []
    bars_height = len(groups) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP
    for title, is_scale, cells in rows:
        indent = 0 if is_scale else 12
        lines = textwrap.wrap(title, LABEL_CHARS - indent // 6) or [title]
        row_height = max(bars_height, len(lines) * LINE_HEIGHT)
        if is_scale:
            bands.append(
                f'<rect x="{MARGIN}" y="{y - 4:.1f}" width="{WIDTH - 2 * MARGIN}" '
                f'height="{row_height + 8:.1f}" fill="{BAND}"/>'
            )
        text_top = y + (row_height - len(lines) * LINE_HEIGHT) / 2 + 11
        for n, line in enumerate(lines):
            rows_svg.append(
                _text(
                    MARGIN + 4 + indent,
                    text_top + n * LINE_HEIGHT,
                    line,
                    size=12,
                    weight="bold" if is_scale else "normal",
                    fill=HEADING if is_scale else TEXT,
                )
            )
        bar_top = y + (row_height - bars_height) / 2
        rows_svg.extend(_bars(groups, cells, bar_top, x_of, plot_left, language))
        y += row_height + ROW_GAP + (4 if is_scale else 0)
    plot_bottom = y - ROW_GAP / 2

    grid: list[str] = []
    for value in range(LIKERT_MIN, LIKERT_MAX + 1):
        gx = x_of(value)
        grid.append(
            f'<line x1="{gx:.1f}" y1="{plot_top - 6:.1f}" x2="{gx:.1f}" y2="{plot_bottom:.1f}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        grid.append(_text(gx, plot_bottom + 15, str(value), size=11, fill=MUTED, anchor="middle"))
    if len(labels) == LIKERT_MAX - LIKERT_MIN + 1:
        for value, anchor in ((LIKERT_MIN, "start"), (3, "middle"), (LIKERT_MAX, "end")):
            gx = x_of(value)
            if anchor == "start":
                gx -= 4
            elif anchor == "end":
                gx += 4
            grid.append(
                _text(gx, plot_bottom + 30, labels[value - LIKERT_MIN].lower(),
                      size=10, fill=MUTED, anchor=anchor)
            )
    body.extend(bands)  # bands and grid behind the labels and bars
    body.extend(grid)
    body.extend(rows_svg)
    height = int(plot_bottom + 30 + MARGIN)
    footnotes = []
    if any(g.hidden for g in scores.groups if g.key != ALL):
        footnotes.append(
            tr("Een groep met minder dan {count} respondenten wordt niet getoond, "
               "zodat niemand herkenbaar is.", language=language, count=MIN_GROUP_SIZE)
        )
    if len(groups) < len(scores.groups):
        footnotes.append(
            tr("Alle respondenten samen: niet getoond, omdat anders de score van een kleine "
               "groep te herleiden is.", language=language)
        )
    if footnotes:
        height += 8
    for line in footnotes:
        body.append(_text(MARGIN, height - MARGIN + 12, line, size=10, fill=MUTED))
        height += 15
    return _document(body, height, heading, description)


def _document(body: list[str], height: int, title: str, description: str) -> str:
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="chart-title chart-desc" '
        f"font-family={_attr(FONT)}>\n"
        f'<title id="chart-title">{escape(title)}</title>\n'
        f'<desc id="chart-desc">{escape(description)}</desc>\n'
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#FFFFFF"/>\n'
    )
    return head + "\n".join(body) + "\n</svg>\n"


def session_chart_svg(
    library: Library, catalog: Catalog, session_id: str, *, language: str | None = None
) -> str | None:
    """The chart of a conversation, or None when nobody filled in a questionnaire yet.

    This is what goes to ``render_report(..., questionnaire_svg=...)``: pass the report's
    ``language`` and a catalog in that language.
    """
    from praatplaat_app.questionnaire.responses import responses_for_session
    from praatplaat_app.questionnaire.scoring import score_responses

    scores = score_responses(responses_for_session(library, session_id), catalog)
    if scores.is_empty:
        return None
    return questionnaire_chart_svg(scores, catalog, language=language)
