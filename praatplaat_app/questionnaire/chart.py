"""The questionnaire chart of one conversation, as one SVG document.

Drawn once here (pure string building, every text XML-escaped) and used everywhere:
the app shows it with Qt's SVG renderer before the conversation starts, and the
conversation report embeds the same bytes. Rows are the scales (bold) and their
sub-scales; each row has one bar per role group on the 1–5 scale, with the mean
written next to it. A hidden mean reads "te weinig respondenten". ``<title>`` and
``<desc>`` carry the whole content as text for screen readers.

Fixed fonts, sizes and colours (Okabe–Ito palette, readable with colour blindness), so
the chart looks the same on screen and on paper.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from praatplaat_app.domain import Role
from praatplaat_app.indicators import Catalog
from praatplaat_app.questionnaire.responses import LIKERT_MAX, LIKERT_MIN
from praatplaat_app.questionnaire.scoring import (
    ALL,
    MIN_GROUP_SIZE,
    Cell,
    GroupScores,
    QuestionnaireScores,
    format_score,
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
VALUE_SPACE = 150  # right of the plot: room for "te weinig respondenten"
BAR_HEIGHT = 14
BAR_GAP = 3
ROW_GAP = 10
LINE_HEIGHT = 15
LABEL_CHARS = 36  # wrap width of a title in the label column (12 px text)

TITLE = "Vragenlijst vooraf: gemiddelde scores per groep"


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


def _cell_text(cell: Cell) -> str:
    if cell.hidden:
        return cell.reason
    if cell.mean is None:
        return "geen antwoorden"
    return f"{format_score(cell.mean)} (n={cell.n})"


def _description(scores: QuestionnaireScores, labels: tuple[str, ...]) -> str:
    """The whole chart as sentences, for screen readers and text extraction."""
    if scores.is_empty:
        return "Er zijn nog geen ingevulde vragenlijsten voor dit gesprek."
    parts = [
        f"Gemiddelde scores op een schaal van {LIKERT_MIN} tot {LIKERT_MAX}"
        + (f" ({LIKERT_MIN} = {labels[0].lower()}, {LIKERT_MAX} = {labels[-1].lower()})"
           if labels else "")
        + f", {scores.respondents} respondenten."
    ]
    groups = ", ".join(f"{g.label} ({g.respondents})" for g in scores.groups)
    parts.append(f"Groepen: {groups}.")
    for scale in scores.scales:
        values = "; ".join(f"{g.label}: {_cell_text(g.scale(scale.id))}" for g in scores.groups)
        parts.append(f"{scale.title}: {values}.")
        for sub in scale.subscales:
            values = "; ".join(
                f"{g.label}: {_cell_text(g.subscale(sub.id))}" for g in scores.groups
            )
            parts.append(f"{sub.title}: {values}.")
    return " ".join(parts)


def _bars(
    groups: tuple[GroupScores, ...],
    cells: list[Cell],
    top: float,
    x_of: object,
    plot_left: float,
) -> list[str]:
    out = []
    for index, (group, cell) in enumerate(zip(groups, cells, strict=True)):
        y = top + index * (BAR_HEIGHT + BAR_GAP)
        mid = y + BAR_HEIGHT / 2 + 4
        color = GROUP_COLORS.get(group.key, GROUP_COLORS[Role.OTHER])
        if cell.mean is None:
            text = cell.reason if cell.hidden else "geen antwoorden"
            out.append(_text(plot_left + 4, mid, text, size=11, fill=MUTED, style="italic"))
            continue
        x_end = x_of(cell.mean)  # type: ignore[operator]
        width = max(x_end - plot_left, 1.5)
        out.append(
            f'<rect x="{plot_left:.1f}" y="{y:.1f}" width="{width:.1f}" '
            f'height="{BAR_HEIGHT}" fill="{color}">'
            f"<title>{escape(group.label)}: {escape(_cell_text(cell))}</title></rect>"
        )
        out.append(_text(x_end + 5, mid, format_score(cell.mean), size=11, weight="bold"))
    return out


def questionnaire_chart_svg(
    scores: QuestionnaireScores, catalog: Catalog, *, include_subscales: bool = True
) -> str:
    """The chart as a standalone SVG document (UTF-8 text, with an XML declaration)."""
    labels = _likert_labels(scores, catalog)
    description = _description(scores, labels)
    body: list[str] = []
    y = MARGIN + 18
    body.append(_text(MARGIN, y, TITLE, size=17, weight="bold", fill=HEADING))
    y += 22

    if scores.is_empty:
        body.append(
            _text(MARGIN, y + 8, "Nog geen ingevulde vragenlijsten voor dit gesprek.",
                  size=13, fill=MUTED, style="italic")
        )
        height = int(y + 8 + MARGIN + 8)
        return _document(body, height, description)

    subtitle = f"{scores.respondents} respondenten · schaal {LIKERT_MIN} tot {LIKERT_MAX}"
    if labels:
        subtitle += f" ({LIKERT_MIN} = {labels[0].lower()}, {LIKERT_MAX} = {labels[-1].lower()})"
    body.append(_text(MARGIN, y, subtitle, size=12, fill=MUTED))
    y += 20

    # Legend: one swatch per group, wrapping to a new line when full.
    x = float(MARGIN)
    for group in (g for g in scores.groups if g.key != ALL or not _all_hidden(g)):
        label = f"{group.label} (n={group.respondents})"
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
        rows_svg.extend(_bars(groups, cells, bar_top, x_of, plot_left))
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
            f"Een groep met minder dan {MIN_GROUP_SIZE} respondenten wordt niet getoond, "
            "zodat niemand herkenbaar is."
        )
    if len(groups) < len(scores.groups):
        footnotes.append(
            "Alle respondenten samen: niet getoond, omdat anders de score van een kleine "
            "groep te herleiden is."
        )
    if footnotes:
        height += 8
    for line in footnotes:
        body.append(_text(MARGIN, height - MARGIN + 12, line, size=10, fill=MUTED))
        height += 15
    return _document(body, height, description)


def _document(body: list[str], height: int, description: str) -> str:
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="chart-title chart-desc" '
        f"font-family={_attr(FONT)}>\n"
        f'<title id="chart-title">{escape(TITLE)}</title>\n'
        f'<desc id="chart-desc">{escape(description)}</desc>\n'
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#FFFFFF"/>\n'
    )
    return head + "\n".join(body) + "\n</svg>\n"


def session_chart_svg(library: Library, catalog: Catalog, session_id: str) -> str | None:
    """The chart of a conversation, or None when nobody filled in a questionnaire yet.

    This is what goes to ``render_report(..., questionnaire_svg=...)``.
    """
    from praatplaat_app.questionnaire.responses import responses_for_session
    from praatplaat_app.questionnaire.scoring import score_responses

    scores = score_responses(responses_for_session(library, session_id), catalog)
    if scores.is_empty:
        return None
    return questionnaire_chart_svg(scores, catalog)
