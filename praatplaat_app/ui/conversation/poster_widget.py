"""The praatplaat, drawn: the three indicators as large areas, the ten themes between and
inside them, as on the paper poster ("Bij deze praatplaat horen…").

Used in two ways:

- in the conversation screen (``interactive=True``): the group picks 1 or 2 indicators
  by clicking an area or its title, or with the keyboard (Tab / arrow keys, then Space).
  The poster does not change the choice itself: it emits :attr:`PosterWidget.indicator_clicked`
  and the owner calls the operations layer and then :meth:`PosterWidget.set_chosen`;
- in the projector view (``projector=True``): no interaction, type sized from the
  screen, the current indicator and theme highlighted.

The poster only ever paints catalog text (indicator and theme titles): never notes or
names. :meth:`PosterWidget.painted_texts` lists every string it paints.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QApplication, QSizePolicy, QWidget

from praatplaat_app.indicators.catalog import Catalog, Indicator, Theme
from praatplaat_app.ui.conversation.common import emit

# The poster's own coordinate system; it is scaled to the widget, keeping its shape.
CANVAS_W = 1200.0
CANVAS_H = 860.0

PAPER = QColor("#FBF8F3")
CARD = QColor("#FFFFFF")
CARD_BORDER = QColor("#B9B2A7")
TEXT = QColor("#1F1F1F")
MUTED = QColor("#6A6A6A")
CURRENT_FILL = QColor("#FFF1B8")

CHECK = "✓"


@dataclass
class _Area:
    indicator: Indicator
    center: QPointF
    rx: float
    ry: float
    pill_center: QPointF


@dataclass
class _Card:
    theme: Theme
    width: float


@dataclass
class _Group:
    """Theme cards stacked around one anchor (a column, or a row under a title)."""

    anchor: QPointF
    cards: list[_Card]
    row: bool = False


def _layout(catalog: Catalog) -> tuple[list[_Area], list[_Group]]:
    """Where each indicator area and group of theme cards sits on the canvas."""
    indicators = list(catalog.indicators)
    areas: list[_Area] = []
    three = len(indicators) == 3
    if three:
        # As on the paper poster: 1 top left, 3 top right, 2 at the bottom.
        spots = [
            (QPointF(400, 310), 380.0, 290.0, QPointF(285, 100)),
            (QPointF(600, 612), 400.0, 230.0, QPointF(600, 640)),
            (QPointF(800, 310), 380.0, 290.0, QPointF(915, 100)),
        ]
        for indicator, (center, rx, ry, pill) in zip(indicators, spots, strict=True):
            areas.append(_Area(indicator, center, rx, ry, pill))
    else:
        n = max(1, len(indicators))
        width = CANVAS_W / n
        for i, indicator in enumerate(indicators):
            cx = width * (i + 0.5)
            rx = min(width * 0.62, 420.0)
            areas.append(_Area(indicator, QPointF(cx, 430), rx, 380.0, QPointF(cx, 110)))

    by_id = {a.indicator.id: a for a in areas}
    order = [a.indicator.id for a in areas]
    keyed: dict[tuple[str, ...], list[Theme]] = {}
    for theme in catalog.themes:
        key = tuple(i for i in order if i in theme.indicator_ids)
        if key:
            keyed.setdefault(key, []).append(theme)

    groups: list[_Group] = []
    for key, themes in keyed.items():
        members = [by_id[i] for i in key]
        spots_taken = {areas.index(m) for m in members}
        row = False
        if three and len(key) == 1:
            index = spots_taken.pop()
            width = 250.0
            if index == 1:  # the bottom area: a row of cards under its title
                anchor, row = QPointF(600, 735), True
            elif index == 0:
                anchor = QPointF(195, 305)
            else:
                anchor = QPointF(1000, 318)
        elif three and len(key) == 2:
            width = 215.0
            if spots_taken == {0, 2}:
                anchor = QPointF(600, 200)
            elif spots_taken == {0, 1}:
                anchor = QPointF(385, 540)
            else:
                anchor = QPointF(815, 540)
        else:
            cx = sum(m.center.x() for m in members) / len(members)
            cy = sum(m.center.y() for m in members) / len(members)
            anchor = QPointF(cx, cy)
            width = 215.0
        groups.append(_Group(anchor, [_Card(t, width) for t in themes], row))
    return areas, groups


class _IndicatorButton(QAbstractButton):
    """An invisible, focusable stand-in for an indicator's title on the poster.

    It gives keyboard users and screen readers a real check button per indicator;
    the poster paints the pill itself (this widget only paints the focus ring).
    """

    def __init__(self, poster: PosterWidget, indicator: Indicator) -> None:
        super().__init__(poster)
        self.poster = poster
        self.indicator = indicator
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(indicator.title)
        self.setToolTip(indicator.poster_text)
        self._update_description()

    def _update_description(self) -> None:
        if self.isChecked():
            text = self.tr("Indicator {number}, gekozen. {text} Druk op spatie om te weglaten.")
        else:
            text = self.tr("Indicator {number}, niet gekozen. {text} Druk op spatie om te kiezen.")
        self.setAccessibleDescription(
            text.format(number=self.indicator.number, text=self.indicator.poster_text)
        )

    def set_chosen(self, chosen: bool) -> None:
        if self.isChecked() != chosen:
            self.setChecked(chosen)
        self._update_description()

    def nextCheckState(self) -> None:  # noqa: N802 - Qt API
        # The owner decides (it may ask first); set_chosen() shows the outcome.
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.poster.focus_neighbour(self, +1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.poster.focus_neighbour(self, -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().highlight().color(), 3, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)


class PosterWidget(QWidget):
    """The drawn praatplaat."""

    indicator_clicked = Signal(str)
    theme_clicked = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        interactive: bool = True,
        projector: bool = False,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.interactive = interactive
        self.projector = projector
        self._chosen: list[str] = []
        self._current_indicator = ""
        self._current_theme = ""
        self._discussed: set[tuple[str, str]] = set()
        self._areas, self._groups = _layout(catalog)
        self._cards = [c for g in self._groups for c in g.cards]
        self._buttons: dict[str, _IndicatorButton] = {}
        self._scale = 1.0
        self._offset = QPointF(0, 0)
        self._pill_rects: dict[str, QRectF] = {}
        self._card_rects: dict[str, QRectF] = {}
        self._fonts: tuple[QFont, QFont] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 400)
        self.setAccessibleName(self.tr("Praatplaat"))
        if interactive:
            for area in self._areas:
                button = _IndicatorButton(self, area.indicator)
                button.clicked.connect(
                    lambda _c=False, i=area.indicator.id: emit(self.indicator_clicked, i)
                )
                self._buttons[area.indicator.id] = button
            ordered = [self._buttons[i.id] for i in catalog.indicators]
            for a, b in zip(ordered, ordered[1:], strict=False):
                QWidget.setTabOrder(a, b)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._update_description()

    # ---------------------------------------------------------------- state

    def set_chosen(self, indicator_ids: list[str]) -> None:
        self._chosen = list(indicator_ids)
        for indicator_id, button in self._buttons.items():
            button.set_chosen(indicator_id in self._chosen)
        self._update_description()
        self.update()

    def chosen(self) -> list[str]:
        return list(self._chosen)

    def set_current(self, indicator_id: str, theme_id: str = "") -> None:
        if (indicator_id, theme_id) == (self._current_indicator, self._current_theme):
            return
        self._current_indicator = indicator_id
        self._current_theme = theme_id
        self._update_description()
        self.update()

    def set_discussed(self, marks: set[tuple[str, str]]) -> None:
        self._discussed = set(marks)
        self.update()

    def button(self, indicator_id: str) -> QAbstractButton:
        return self._buttons[indicator_id]

    def painted_texts(self) -> list[str]:
        """Every text the poster paints (catalog titles only)."""
        texts = [a.indicator.title for a in self._areas]
        texts += [c.theme.title for c in self._cards]
        return texts

    def card_rect(self, theme_id: str) -> QRectF:
        self._ensure_geometry()
        return QRectF(self._card_rects.get(theme_id, QRectF()))

    def area_point(self, indicator_id: str) -> QPointF:
        """A point inside the indicator's own part of its area (for clicks in tests)."""
        self._ensure_geometry()
        return self._pill_rects[indicator_id].center()

    def focus_neighbour(self, button: QAbstractButton, step: int) -> None:
        order = [self._buttons[i.id] for i in self.catalog.indicators if i.id in self._buttons]
        if button not in order:
            return
        target = order[(order.index(button) + step) % len(order)]
        target.setFocus(Qt.FocusReason.TabFocusReason)

    # ---------------------------------------------------------------- sizing

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(840, int(840 * CANVAS_H / CANVAS_W))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return int(width * CANVAS_H / CANVAS_W)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fonts = None
        self._compute_geometry()

    def _ensure_geometry(self) -> None:
        if not self._pill_rects:
            self._compute_geometry()

    def _map(self, p: QPointF) -> QPointF:
        return QPointF(
            self._offset.x() + p.x() * self._scale, self._offset.y() + p.y() * self._scale
        )

    def _fonts_for_size(self, shrink: float = 1.0) -> tuple[QFont, QFont]:
        """(theme font, indicator title font), following the system font or the screen.

        ``shrink`` (< 1) makes the type smaller when the cards would not fit otherwise;
        on the desktop it goes below 85 % of the system font only for a very small poster
        (never below 70 %), where overlapping cards would be worse.
        """
        if self._fonts is not None:
            return self._fonts
        card = QFont(self.font())
        title = QFont(self.font())
        if self.projector:
            # Projection: sized from the picture (the screen), not from the desktop font.
            card.setPixelSize(max(12, int(19 * self._scale * shrink)))
            title.setPixelSize(max(14, int(26 * self._scale * shrink)))
        else:
            base = self.font().pointSizeF()
            if base <= 0:
                base = QApplication.font().pointSizeF() or 10.0
            floor = 0.85 if shrink > 0.75 else 0.7
            factor = max(floor, min(1.7, max(0.9, self._scale / 0.72)) * shrink)
            card.setPointSizeF(base * factor)
            title.setPointSizeF(base * max(factor * 1.22, 1.0))
        title.setBold(True)
        self._fonts = (card, title)
        return self._fonts

    def _overlaps(self) -> bool:
        """True when cards or titles touch each other or leave the poster."""
        rects = list(self._pill_rects.values()) + list(self._card_rects.values())
        paper = QRectF(
            self._offset.x(), self._offset.y(), CANVAS_W * self._scale, CANVAS_H * self._scale
        )
        for i, a in enumerate(rects):
            if not paper.contains(a):
                return True
            for b in rects[i + 1 :]:
                if a.adjusted(-2, -2, 2, 2).intersects(b):
                    return True
        return False

    def _compute_geometry(self) -> None:
        w, h = max(1, self.width()), max(1, self.height())
        margin = 6.0
        self._scale = min((w - 2 * margin) / CANVAS_W, (h - 2 * margin) / CANVAS_H)
        self._scale = max(self._scale, 0.05)
        self._offset = QPointF((w - CANVAS_W * self._scale) / 2, (h - CANVAS_H * self._scale) / 2)
        shrink = 1.0
        while True:
            self._fonts = None
            self._place(*self._fonts_for_size(shrink))
            if shrink < 0.5 or not self._overlaps():
                break
            shrink *= 0.93
        for indicator_id, button in self._buttons.items():
            ring = self._pill_rects[indicator_id].adjusted(-5, -5, 5, 5)
            button.setGeometry(ring.toAlignedRect())

    def _place(self, card_font: QFont, title_font: QFont) -> None:
        fm_title = QFontMetricsF(title_font)
        fm_card = QFontMetricsF(card_font)
        self._pill_rects.clear()
        for area in self._areas:
            text = f"{CHECK} {area.indicator.title}"
            side = fm_title.height() * 0.9
            max_w = 400 * self._scale
            one_line = fm_title.horizontalAdvance(text) + 2 * side
            if one_line <= max_w:
                tw, th = one_line, fm_title.lineSpacing()
            else:
                bound = fm_title.boundingRect(
                    QRectF(0, 0, max_w - 2 * side, 10_000),
                    int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter),
                    text,
                )
                tw, th = bound.width() + 2 * side, bound.height()
            th += fm_title.height() * 0.6
            c = self._map(area.pill_center)
            self._pill_rects[area.indicator.id] = QRectF(c.x() - tw / 2, c.y() - th / 2, tw, th)
        self._card_rects.clear()
        # Measured in bold: the current theme is drawn bold and must still fit.
        bold_card = QFont(card_font)
        bold_card.setBold(True)
        fm_card = QFontMetricsF(bold_card)
        pad = fm_card.height() * 0.45
        gap = 12 * self._scale
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
        for group in self._groups:
            sizes = []
            for card in group.cards:
                width = card.width * self._scale
                inner = QRectF(0, 0, width - 2 * pad, 10_000)
                bound = fm_card.boundingRect(inner, flags, card.theme.title)
                sizes.append((width, max(bound.height() + 1.3 * pad, 50 * self._scale)))
            anchor = self._map(group.anchor)
            if group.row:
                total = sum(w for w, _h in sizes) + gap * (len(sizes) - 1)
                x = anchor.x() - total / 2
                for card, (w, h) in zip(group.cards, sizes, strict=True):
                    self._card_rects[card.theme.id] = QRectF(x, anchor.y() - h / 2, w, h)
                    x += w + gap
            else:
                total = sum(h for _w, h in sizes) + gap * (len(sizes) - 1)
                y = anchor.y() - total / 2
                for card, (w, h) in zip(group.cards, sizes, strict=True):
                    self._card_rects[card.theme.id] = QRectF(anchor.x() - w / 2, y, w, h)
                    y += h + gap

    # ---------------------------------------------------------------- painting

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        self._ensure_geometry()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        card_font, title_font = self._fonts_for_size()
        paper = QRectF(
            self._offset.x(), self._offset.y(), CANVAS_W * self._scale, CANVAS_H * self._scale
        )
        painter.setPen(QPen(QColor("#E2DBD0"), 1))
        painter.setBrush(PAPER)
        painter.drawRoundedRect(paper, 12, 12)

        chosen = set(self._chosen)
        # Areas: not chosen first, so chosen ones sit on top.
        for area in sorted(self._areas, key=lambda a: a.indicator.id in chosen):
            color = QColor(area.indicator.color)
            is_chosen = area.indicator.id in chosen
            is_current = area.indicator.id == self._current_indicator
            fill = QColor(color)
            if is_current:
                fill.setAlpha(78)
            elif is_chosen:
                fill.setAlpha(52 if self._current_indicator else 64)
            else:
                fill.setAlpha(20)
            border = QColor(color)
            border.setAlpha(255 if is_chosen else 110)
            width = (5 if is_current else 4 if is_chosen else 2) * max(self._scale, 0.5)
            painter.setPen(QPen(border, width))
            painter.setBrush(QBrush(fill))
            c = self._map(area.center)
            painter.drawEllipse(c, area.rx * self._scale, area.ry * self._scale)

        # Theme cards.
        indicator_color = {a.indicator.id: QColor(a.indicator.color) for a in self._areas}
        painter.setFont(card_font)
        fm_card = QFontMetricsF(card_font)
        pad = fm_card.height() * 0.45
        for card in self._cards:
            rect = self._card_rects[card.theme.id]
            theme = card.theme
            owners = [i for i in theme.indicator_ids if i in chosen]
            is_current = (
                theme.id == self._current_theme and self._current_indicator in theme.indicator_ids
            )
            path = QPainterPath()
            radius = min(rect.height() / 3, 14 * max(self._scale, 0.5))
            path.addRoundedRect(rect, radius, radius)
            if is_current:
                color = indicator_color.get(self._current_indicator, QColor("#333333"))
                painter.setPen(QPen(color, 4.5 * max(self._scale, 0.6)))
                painter.setBrush(CURRENT_FILL)
            elif owners:
                painter.setPen(QPen(indicator_color[owners[0]], 2.0 * max(self._scale, 0.6)))
                painter.setBrush(CARD)
            else:
                painter.setPen(QPen(CARD_BORDER, 1.2))
                painter.setBrush(CARD)
            painter.drawPath(path)
            dimmed = bool(chosen) and not owners
            painter.setPen(MUTED if dimmed else TEXT)
            text_font = QFont(card_font)
            text_font.setBold(is_current)
            painter.setFont(text_font)
            painter.drawText(
                rect.adjusted(pad, pad * 0.6, -pad, -pad * 0.6),
                int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter),
                theme.title,
            )
            discussed = any((i, theme.id) in self._discussed for i in owners)
            if discussed:
                self._paint_check(painter, rect, indicator_color[owners[0]])
        painter.setFont(card_font)

        # Indicator titles ("pills").
        for area in self._areas:
            rect = self._pill_rects[area.indicator.id]
            color = QColor(area.indicator.color)
            is_chosen = area.indicator.id in chosen
            if is_chosen:
                painter.setPen(QPen(color.darker(115), 2))
                painter.setBrush(color)
                text_color = QColor("#FFFFFF")
                label = f"{CHECK} {area.indicator.title}"
            else:
                painter.setPen(QPen(color, 2))
                painter.setBrush(QColor("#FFFFFF"))
                text_color = color.darker(110)
                label = area.indicator.title
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setFont(title_font)
            painter.setPen(text_color)
            painter.drawText(
                rect.adjusted(
                    QFontMetricsF(title_font).height() * 0.8,
                    0,
                    -QFontMetricsF(title_font).height() * 0.8,
                    0,
                ),
                int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter),
                label,
            )
        painter.end()

    def _paint_check(self, painter: QPainter, rect: QRectF, color: QColor) -> None:
        d = max(14.0, 24 * self._scale)
        circle = QRectF(rect.right() - d * 0.7, rect.top() - d * 0.3, d, d)
        painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
        painter.setBrush(color)
        painter.drawEllipse(circle)
        painter.setPen(QPen(QColor("#FFFFFF"), max(1.5, d / 8)))
        p1 = QPointF(circle.left() + d * 0.27, circle.top() + d * 0.52)
        p2 = QPointF(circle.left() + d * 0.44, circle.top() + d * 0.70)
        p3 = QPointF(circle.left() + d * 0.74, circle.top() + d * 0.32)
        painter.drawLine(p1, p2)
        painter.drawLine(p2, p3)

    # ---------------------------------------------------------------- mouse

    def indicator_at(self, pos: QPointF) -> str:
        """The indicator whose area holds ``pos`` (the nearest centre if several)."""
        best, best_d = "", math.inf
        for area in self._areas:
            c = self._map(area.center)
            dx = (pos.x() - c.x()) / (area.rx * self._scale)
            dy = (pos.y() - c.y()) / (area.ry * self._scale)
            d = dx * dx + dy * dy
            if d <= 1.0 and d < best_d:
                best, best_d = area.indicator.id, d
        return best

    def theme_at(self, pos: QPointF) -> str:
        for theme_id, rect in self._card_rects.items():
            if rect.contains(pos):
                return theme_id
        return ""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if not self.interactive or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        for indicator_id, rect in self._pill_rects.items():
            if rect.contains(pos):
                emit(self.indicator_clicked, indicator_id)
                return
        theme_id = self.theme_at(pos)
        if theme_id:
            emit(self.theme_clicked, theme_id)
            return
        indicator_id = self.indicator_at(pos)
        if indicator_id:
            emit(self.indicator_clicked, indicator_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        super().mouseMoveEvent(event)

    # ---------------------------------------------------------------- a11y

    def _update_description(self) -> None:
        titles = [self.catalog.indicator(i).title for i in self._chosen if self._known(i)]
        chosen = ", ".join(titles) if titles else self.tr("nog geen indicator gekozen")
        text = self.tr("Praatplaat met drie indicatoren en tien thema's. Gekozen: {chosen}.")
        text = text.format(chosen=chosen)
        if self._current_theme and self._known_theme(self._current_theme):
            now = self.catalog.theme(self._current_theme).title
            text += self.tr(" Nu: {title}.").format(title=now)
        elif self._current_indicator and self._known(self._current_indicator):
            now = self.catalog.indicator(self._current_indicator).title
            text += self.tr(" Nu: {title}.").format(title=now)
        self.setAccessibleDescription(text)
        self.setToolTip("" if self.interactive else text)

    def _known(self, indicator_id: str) -> bool:
        return any(i.id == indicator_id for i in self.catalog.indicators)

    def _known_theme(self, theme_id: str) -> bool:
        return any(t.id == theme_id for t in self.catalog.themes)

    def visual_rect_of(self, indicator_id: str) -> QRect:
        self._ensure_geometry()
        return self._pill_rects[indicator_id].toAlignedRect()
