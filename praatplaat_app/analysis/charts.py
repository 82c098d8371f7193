"""Bar charts for the network overview as small, self-contained SVG documents.

Made by the core (no Qt, no plotting library): the same SVG text is shown in the app
(``QSvgWidget``) and printed inline in the PDF. Every label is escaped; nothing from the
library becomes markup. Labels sit above their bar, so long theme titles never collide
with the bars, and are shortened with "…" only when they would run off the chart.

The words on the charts are in ``language`` (default: the overview's, else the app's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from praatplaat_app.analysis.phrases import actions_phrase, conversations_phrase, routes_phrase
from praatplaat_app.domain import ActionStatus
from praatplaat_app.labels import labels as domain_labels
from praatplaat_app.messages import tr

FONT = "'Praatplaat Sans', 'Open Sans', 'DejaVu Sans', Arial, sans-serif"
TEXT = "#1F262D"
MUTED = "#5A6570"
GRID = "#E3E7EB"

STATUS_COLORS: dict[str, str] = {
    ActionStatus.OPEN: "#1F3B57",
    ActionStatus.IN_PROGRESS: "#C98A1B",
    ActionStatus.DONE: "#2F7D3F",
    ActionStatus.CANCELLED: "#A7B0B9",
}
STATUS_TEXT_COLORS: dict[str, str] = {
    ActionStatus.OPEN: "#FFFFFF",
    ActionStatus.IN_PROGRESS: "#1F262D",
    ActionStatus.DONE: "#FFFFFF",
    ActionStatus.CANCELLED: "#1F262D",
}

WIDTH = 640
LABEL_SIZE = 11.5
SMALL_SIZE = 10
_CHAR_WIDTH = 0.56  # average glyph width in em, for shortening labels


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    color: str = "#2E6F95"
    note: str = ""  # shown after the value, e.g. "in 3 routes"


def _fit(text: str, width: float, size: float = LABEL_SIZE) -> str:
    text = " ".join(str(text).split())
    room = int(width / (size * _CHAR_WIDTH))
    if len(text) <= room:
        return text
    return text[: max(1, room - 1)].rstrip() + "…"


def _text(x: float, y: float, content: str, *, size: float = LABEL_SIZE, fill: str = TEXT,
          anchor: str = "start", weight: str = "normal") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{fill}" '
        f'text-anchor="{anchor}" font-weight="{weight}">{escape(content)}</text>'
    )


def _document(body: list[str], width: int, height: int, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'font-family={quoteattr(FONT)}>'
        f"<title>{escape(title)}</title>" + "".join(body) + "</svg>"
    )


def empty_chart_svg(message: str, width: int = WIDTH) -> str:
    """A small box with a message, for a chart without data."""
    body = [
        (
            f'<rect x="0.5" y="0.5" width="{width - 1}" height="39" fill="#F4F6F8" '
            f'stroke="{GRID}"/>'
        ),
        _text(12, 24, _fit(message, width - 24, SMALL_SIZE + 1), size=SMALL_SIZE + 1, fill=MUTED),
    ]
    return _document(body, width, 40, message)


def bar_chart_svg(
    bars: Sequence[Bar],
    *,
    title: str,
    value_text: Callable[[int], str] = str,
    width: int = WIDTH,
    empty: str | None = None,
    language: str | None = None,
) -> str:
    """Horizontal bars, one per row, label above the bar, value to the right of it.
    ``value_text``: the value as shown, e.g. ``3`` -> "3 gesprekken"."""
    if not bars:
        return empty_chart_svg(
            empty if empty is not None else tr("Nog niets om te tonen.", language=language),
            width,
        )
    top = max((b.value for b in bars), default=0) or 1
    value_room = 180  # room for "12 conversations · 12 routes"
    bar_room = width - value_room
    row = 36
    body: list[str] = []
    y = 4.0
    for bar in bars:
        body.append(_text(0, y + 11, _fit(bar.label, width)))
        length = bar_room * bar.value / top
        body.append(
            f'<rect x="0" y="{y + 16:.1f}" width="{bar_room:.1f}" height="12" rx="2" '
            f'fill="{GRID}"/>'
        )
        if bar.value:
            body.append(
                f'<rect x="0" y="{y + 16:.1f}" width="{max(length, 2):.1f}" height="12" rx="2" '
                f"fill={quoteattr(bar.color)}/>"
            )
        value = value_text(bar.value)
        if bar.note:
            value += f" · {bar.note}"
        body.append(
            _text(bar_room + 8, y + 26.5, _fit(value, value_room - 8, SMALL_SIZE),
                  size=SMALL_SIZE, fill=MUTED)
        )
        y += row
    return _document(body, width, int(y + 2), title)


def stacked_bar_chart_svg(
    rows: Sequence[tuple[str, dict[str, int]]],
    *,
    title: str,
    width: int = WIDTH,
    empty: str | None = None,
    language: str | None = None,
) -> str:
    """Per row, the share of actions per status (100 % bars) with the counts in them."""
    rows = [(label, counts) for label, counts in rows]
    if not rows or not any(sum(c.values()) for _, c in rows):
        return empty_chart_svg(
            empty if empty is not None else tr("Er zijn geen acties.", language=language),
            width,
        )
    statuses = [s.value for s in ActionStatus]
    status_labels = domain_labels(language).statuses
    body: list[str] = []
    # Legend.
    x = 0.0
    for status in statuses:
        label = status_labels[status]
        body.append(
            f'<rect x="{x:.1f}" y="3" width="11" height="11" rx="2" '
            f'fill="{STATUS_COLORS[status]}"/>'
        )
        body.append(_text(x + 16, 12.5, label, size=SMALL_SIZE, fill=MUTED))
        x += 16 + len(label) * SMALL_SIZE * _CHAR_WIDTH + 18
    total_room = 80
    bar_room = width - total_room
    y = 26.0
    row_height = 40
    for label, counts in rows:
        total = sum(counts.get(s, 0) for s in statuses)
        body.append(_text(0, y + 11, _fit(label, width)))
        bar_y = y + 16
        if total == 0:
            body.append(
                f'<rect x="0" y="{bar_y:.1f}" width="{bar_room:.1f}" height="16" rx="2" '
                f'fill="{GRID}"/>'
            )
            body.append(
                _text(8, bar_y + 12, tr("geen acties", language=language), size=SMALL_SIZE,
                      fill=MUTED)
            )
        offset = 0.0
        for status in statuses:
            count = counts.get(status, 0)
            if not count:
                continue
            length = bar_room * count / total
            body.append(
                f'<rect x="{offset:.1f}" y="{bar_y:.1f}" width="{length:.1f}" height="16" '
                f'fill="{STATUS_COLORS[status]}"/>'
            )
            if length >= 7 + len(str(count)) * 6.5:
                body.append(
                    _text(offset + length / 2, bar_y + 12, str(count), size=SMALL_SIZE,
                          fill=STATUS_TEXT_COLORS[status], anchor="middle", weight="bold")
                )
            offset += length
        body.append(
            _text(bar_room + 8, bar_y + 12, actions_phrase(total, language), size=SMALL_SIZE,
                  fill=MUTED)
        )
        y += row_height
    return _document(body, width, int(y + 2), title)


def overview_charts(  # type: ignore[no-untyped-def]
    overview, language: str | None = None
) -> dict[str, str]:
    """The charts of a network overview, by name: ``indicators``, ``themes``,
    ``actions_by_route`` and ``actions_by_indicator`` (empty dict for an empty overview).

    The words are in ``language``, by default the overview's (see
    :meth:`~praatplaat_app.analysis.overview.Overview.in_language`); the labels of the
    bars are the overview's."""
    if overview.is_empty:
        return {}
    if language is None:
        language = getattr(overview, "language", None)

    def conversations(count: int) -> str:
        return conversations_phrase(count, language)

    return {
        "indicators": bar_chart_svg(
            [
                Bar(r.label, r.sessions, r.color, routes_phrase(r.routes, language))
                for r in overview.indicators
            ],
            title=tr("Hoe vaak elke indicator is gekozen", language=language),
            value_text=conversations,
            language=language,
        ),
        "themes": bar_chart_svg(
            [
                Bar(r.label, r.sessions, r.color, routes_phrase(r.routes, language))
                for r in overview.themes
            ],
            title=tr("Hoe vaak elk thema is besproken", language=language),
            value_text=conversations,
            language=language,
        ),
        "actions_by_route": stacked_bar_chart_svg(
            [(r.label, r.counts) for r in overview.actions_by_route],
            title=tr("Voortgang van de acties per route", language=language),
            language=language,
        ),
        "actions_by_indicator": stacked_bar_chart_svg(
            [(r.label, r.counts) for r in overview.actions_by_indicator],
            title=tr("Voortgang van de acties per indicator", language=language),
            language=language,
        ),
    }
