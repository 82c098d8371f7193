"""The library view: a search box above a tree of routes and their conversations.

Signals for other screens:

- ``current_conversation_changed(session_id)`` / ``current_route_changed(route_id)``:
  the selection moved (the summary follows it);
- ``selection_cleared()``: nothing is selected any more;
- ``conversation_activated(session_id)`` / ``route_activated(route_id)``: double click
  or Enter, i.e. "open this" (the guided-conversation screen hooks in here).
"""

from __future__ import annotations

import unicodedata

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.indicators.catalog import Catalog
from praatplaat_app.operations import Change, Operations
from praatplaat_app.store import Library
from praatplaat_app.ui.library_model import (
    COLORS_ROLE,
    DETAIL_ROLE,
    ID_ROLE,
    KIND_ROLE,
    NO_INDICATOR_TEXT,
    ROUTE,
    SESSION,
    TITLES_ROLE,
    LibraryModel,
)

SEARCH_DEBOUNCE_MS = 150
# Changes that never alter what the tree shows (unless a search is active).
_NOT_IN_TREE = frozenset(
    {"notes", "participants", "actions", "goals", "follow_ups", "theme_marks", "questionnaires"}
)


def _fold(text: str) -> str:
    """Lower case without diacritics, for matching route names as one types."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class LibraryDelegate(QStyledItemDelegate):
    """Draws a conversation on two lines: date and kind, then its indicators with colour."""

    PADDING = 3

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        if index.data(KIND_ROLE) == SESSION:
            size.setHeight(2 * metrics.height() + metrics.leading() + 2 * self.PADDING + 2)
        else:
            size.setHeight(max(size.height(), metrics.height()) + 2 * self.PADDING + 2)
        return size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(KIND_ROLE) != SESSION:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        first_line = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        if not selected:
            muted.setAlpha(190)
        metrics = opt.fontMetrics  # type: ignore[attr-defined]
        rect: QRect = opt.rect.adjusted(6, self.PADDING, -6, -self.PADDING)  # type: ignore[attr-defined]
        line_height = metrics.height()
        painter.save()
        painter.setFont(opt.font)  # type: ignore[attr-defined]
        painter.setPen(text_color)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(first_line, Qt.TextElideMode.ElideRight, rect.width()),
        )
        top = rect.top() + line_height + metrics.leading()
        titles = index.data(TITLES_ROLE) or []
        colors = index.data(COLORS_ROLE) or []
        painter.setPen(muted)
        x = rect.left()
        if not titles:
            painter.drawText(
                QRect(x, top, rect.width(), line_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(
                    index.data(DETAIL_ROLE)
                    or QCoreApplication.translate("LibraryModel", NO_INDICATOR_TEXT),
                    Qt.TextElideMode.ElideRight,
                    rect.width(),
                ),
            )
        side = max(6, int(metrics.ascent() * 0.75))
        gap = metrics.horizontalAdvance("  ")
        for title, color in zip(titles, colors, strict=False):
            if x + side + gap >= rect.right():
                break
            painter.fillRect(QRect(x, top + (line_height - side) // 2, side, side), QColor(color))
            x += side + metrics.horizontalAdvance(" ")
            shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.right() - x)
            painter.drawText(
                QRect(x, top, rect.right() - x, line_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            x += metrics.horizontalAdvance(shown) + gap
        painter.restore()


class LibraryTree(QTreeView):
    """A tree that reports Enter/Return as activation on every platform."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class LibraryView(QWidget):
    current_conversation_changed = Signal(str)
    current_route_changed = Signal(str)
    selection_cleared = Signal()
    conversation_activated = Signal(str)
    route_activated = Signal(str)

    def __init__(
        self, library: Library, catalog: Catalog, ops: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self._collapsed: set[str] = set()
        self._current: tuple[str, str] | None = None
        self._refreshing = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoeken in routes, gesprekken en notities…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken in routes, gesprekken en notities"))
        self.search.setToolTip(
            self.tr(
                "Typ een woord uit een route, gesprek, notitie, doel of actie (Ctrl+F).\n"
                "Hoofdletters en accenten maken niet uit: ‘geevalueerd’ vindt ‘geëvalueerd’."
            )
        )

        self.model = LibraryModel(catalog, self)
        self.tree = LibraryTree(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Routes en gesprekken"))
        self.tree.setToolTip(
            self.tr(
                "Kies een route of gesprek om rechts de samenvatting te zien.\n"
                "Dubbelklik of druk op Enter om het te openen."
            )
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(LibraryDelegate(self.tree))

        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Melding bij de lijst"))
        self.message.setMargin(12)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.tree)
        self.pages.addWidget(self.message)

        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Aantal routes en gesprekken"))
        self.status.setContentsMargins(6, 2, 6, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.search, self.tree)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)

        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(50)
        self._change_timer.timeout.connect(self.refresh)

        self.tree.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.tree.doubleClicked.connect(self._on_activated)
        self.tree.enter_pressed.connect(self._on_activated)
        self.tree.collapsed.connect(self._on_collapsed)
        self.tree.expanded.connect(self._on_expanded)

        self.ops.subscribe(self._on_change)
        self.refresh()

    # ----------------------------------------------------------------- public

    @property
    def search_text(self) -> str:
        return self.search.text().strip()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select(self, kind: str, record_id: str) -> bool:
        """Select a route (``"route"``) or conversation (``"session"``) by id."""
        index = self.model.find(kind, record_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def current(self) -> tuple[str, str] | None:
        """``("route" | "session", id)`` of the selected row, or None."""
        return self._current

    def detach(self) -> None:
        """Stop listening to the operations (the window is closing)."""
        self.ops.unsubscribe(self._on_change)
        self._search_timer.stop()
        self._change_timer.stop()

    def refresh(self) -> None:
        """Reload the tree from the library, keeping selection and collapsed routes."""
        self._search_timer.stop()
        self._change_timer.stop()
        text = self.search_text
        routes = self.library.routes()
        if text:
            sessions = self.library.search_sessions(text, limit=None)
            matching_routes = {s.route_id for s in sessions}
            folded = _fold(text)
            routes = [r for r in routes if r.id in matching_routes or folded in _fold(r.name)]
        else:
            sessions = self.library.list_sessions(limit=None)
        previous = self._current
        # Rebuilding moves Qt's current index around; listeners only hear the outcome.
        self._refreshing = True
        try:
            self.model.populate(routes, sessions)
            self._restore_expansion(searching=bool(text))
            self._update_message(text, len(routes))
            still_there = previous is not None and self.select(*previous)
        finally:
            self._refreshing = False
        if previous is not None and not still_there:
            self._current = None
            self.tree.selectionModel().clearCurrentIndex()
            self.selection_cleared.emit()

    # ---------------------------------------------------------------- private

    def _search_now(self) -> None:
        self.refresh()
        if self.model.rowCount():
            first = self.model.index(0, 0)
            if self.model.rowCount(first):
                first = self.model.index(0, 0, first)
            self.tree.setCurrentIndex(first)
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore_expansion(self, searching: bool) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            route_id = index.data(ID_ROLE)
            self.tree.setExpanded(index, searching or route_id not in self._collapsed)

    def _update_message(self, text: str, route_count: int) -> None:
        sessions = self.model.session_count()
        if text and route_count == 0:
            self.message.setText(
                self.tr(
                    "Geen gesprekken gevonden voor ‘{text}’.\n\n"
                    "Controleer de spelling of zoek op een ander woord."
                ).format(text=text)
            )
            self.pages.setCurrentWidget(self.message)
            self.status.setText(self.tr("Niets gevonden"))
            return
        if not text and route_count == 0:
            self.message.setText(
                self.tr(
                    "Deze bibliotheek heeft nog geen routes of gesprekken.\n\n"
                    "Routes en gesprekken die u maakt of importeert, verschijnen hier."
                )
            )
            self.pages.setCurrentWidget(self.message)
            self.status.setText(self.tr("Nog geen routes"))
            return
        self.pages.setCurrentWidget(self.tree)
        routes = (
            self.tr("1 route")
            if route_count == 1
            else self.tr("{count} routes").format(count=route_count)
        )
        talks = (
            self.tr("1 gesprek")
            if sessions == 1
            else self.tr("{count} gesprekken").format(count=sessions)
        )
        if text:
            self.status.setText(
                self.tr("Gevonden: {talks} in {routes}").format(talks=talks, routes=routes)
            )
        else:
            self.status.setText(f"{routes}, {talks}")

    def _on_change(self, change: Change) -> None:
        # Called inside an operation: only schedule work here, never fail.
        if not shiboken6.isValid(self):
            return
        if not change.what:
            return
        if change.what <= _NOT_IN_TREE and not self.search_text:
            return
        self._change_timer.start()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._refreshing:
            return
        if not current.isValid():
            if self._current is not None:
                self._current = None
                self.selection_cleared.emit()
            return
        kind, record_id = current.data(KIND_ROLE), current.data(ID_ROLE)
        if self._current == (kind, record_id):
            return
        self._current = (kind, record_id)
        if kind == SESSION:
            self.current_conversation_changed.emit(record_id)
        else:
            self.current_route_changed.emit(record_id)

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        kind, record_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        if kind == SESSION:
            self.conversation_activated.emit(record_id)
        elif kind == ROUTE:
            self.route_activated.emit(record_id)

    def _on_collapsed(self, index: QModelIndex) -> None:
        if not self.search_text:
            self._collapsed.add(index.data(ID_ROLE))

    def _on_expanded(self, index: QModelIndex) -> None:
        self._collapsed.discard(index.data(ID_ROLE))
