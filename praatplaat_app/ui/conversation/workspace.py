"""The conversation screen: navigation on the left, the current page on the right, the
timer and the projector button on top.

Pages: *Gegevens en deelnemers*, *Praatplaat* (choosing 1 or 2 indicators on the drawn
poster), and per chosen indicator its overview and its themes (:class:`IndicatorPage`).

Everything typed is saved as it is typed (see :mod:`note_editor`); every change goes
through :class:`~praatplaat_app.operations.Operations`, whose undo stack serves Ctrl+Z and
Ctrl+Shift+Z. The screen listens to the operations and refreshes from the library, so an
undo shows at once. Reopening a conversation returns to the indicator and theme where
the facilitator was (``ops.remember_position``).

:class:`ConversationWindow` hosts the workspace in its own window with menus and a
status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app import APP_NAME
from praatplaat_app.domain import SESSION_KIND_LABELS, Conversation
from praatplaat_app.errors import NotFoundError, PraatplaatError
from praatplaat_app.indicators.catalog import Catalog
from praatplaat_app.operations import Change, Operations
from praatplaat_app.store import Library
from praatplaat_app.ui.conversation.common import (
    DEBOUNCE_MS,
    ask,
    emit,
    error_label,
    format_date,
    from_qdate,
    set_error,
    to_qdate,
)
from praatplaat_app.ui.conversation.earlier_input import EarlierInput
from praatplaat_app.ui.conversation.indicator_page import Collapsible, IndicatorPage
from praatplaat_app.ui.conversation.note_editor import NoteEditor, NoteKey, OpsLineEdit
from praatplaat_app.ui.conversation.participants_editor import (
    ParticipantsEditor,
    split_organisations,
)
from praatplaat_app.ui.conversation.poster_widget import PosterWidget
from praatplaat_app.ui.conversation.projector_window import PresentationState
from praatplaat_app.ui.conversation.timer_widget import TimerWidget
from praatplaat_app.ui.i18n import date_edit_format

log = logging.getLogger("praatplaat.ui.conversation")

DETAILS = "details"
POSTER = "poster"
INDICATOR = "indicator"
THEME = "theme"
PLAN = "plan"  # the action plan: the conversation's last step
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

Position = tuple[str, str, str]  # (page kind, indicator_id, theme_id)


def conversation_title(conv: Conversation) -> str:
    kind = SESSION_KIND_LABELS.get(conv.session.kind, conv.session.kind)
    return f"{conv.route.name} — {kind}, {format_date(conv.session.date)}"


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def wrap_tree_items(tree: QTreeWidget) -> None:
    """Give every item a height that fits its text wrapped at the tree's width.

    (Long theme titles wrap instead of being cut off. Done with size hints rather than a
    Python item delegate: a delegate's ``sizeHint`` override, called by Qt while painting,
    corrupts reference counts in PySide 6.12 and crashes the interpreter on exit.)
    """
    viewport = tree.viewport().width()
    stack = [(tree.topLevelItem(i), 0) for i in range(tree.topLevelItemCount())]
    while stack:
        item, depth = stack.pop()
        width = viewport - tree.indentation() * (depth + 1) - 12
        if not item.icon(0).isNull():
            width -= tree.iconSize().width() + 6
        metrics = QFontMetrics(item.font(0))
        rect = metrics.boundingRect(
            0, 0, max(60, width), 10_000, int(Qt.TextFlag.TextWordWrap), item.text(0)
        )
        item.setSizeHint(0, QSize(max(60, width), max(metrics.height() + 6, rect.height() + 6)))
        stack.extend((item.child(i), depth + 1) for i in range(item.childCount()))


class _RewrapOnResize(QObject):
    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        self._width = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._rewrap)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self._rewrap()
            self._timer.start()  # once more when the layout has settled
        return False

    def _rewrap(self) -> None:
        if shiboken6.isValid(self.tree) and self.tree.viewport().width() != self._width:
            self._width = self.tree.viewport().width()
            wrap_tree_items(self.tree)


# ------------------------------------------------------------------ details page


class SessionDetailsPage(QWidget):
    """The conversation's details and participants, edited in place (autosaved)."""

    status_message = Signal(str)

    TEXT_FIELDS = {
        "facilitator": (
            QT_TRANSLATE_NOOP("SessionDetailsPage", "Gespreksleider"),
            QT_TRANSLATE_NOOP("SessionDetailsPage", "naam van de gespreksleider"),
        ),
        "context": (
            QT_TRANSLATE_NOOP("SessionDetailsPage", "Context"),
            QT_TRANSLATE_NOOP(
                "SessionDetailsPage", "bijvoorbeeld: na de eerste stageperiode, op locatie"
            ),
        ),
        "target_group": (
            QT_TRANSLATE_NOOP("SessionDetailsPage", "Doelgroep"),
            QT_TRANSLATE_NOOP("SessionDetailsPage", "bijvoorbeeld: eerstejaars studenten VIG"),
        ),
        "phase": (
            QT_TRANSLATE_NOOP("SessionDetailsPage", "Fase van de innovatie"),
            QT_TRANSLATE_NOOP("SessionDetailsPage", "bijvoorbeeld: pilot, tweede cohort"),
        ),
    }

    def __init__(self, ops: Operations, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.session_id = session_id
        self.undo_handler: Callable[[], object] | None = None
        self.redo_handler: Callable[[], object] | None = None
        self._dirty: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 10, 12, 10)

        heading = QLabel(self.tr("Gegevens en deelnemers"), inner)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        layout.addWidget(heading)
        self.route_label = QLabel(inner)
        self.route_label.setWordWrap(True)
        self.route_label.setTextFormat(Qt.TextFormat.PlainText)
        self.route_label.setAccessibleName(self.tr("Route"))
        layout.addWidget(self.route_label)

        columns = QHBoxLayout()
        left = QGroupBox(self.tr("Het gesprek"), inner)
        form = QFormLayout(left)
        self.kind = QComboBox(left)
        for value, label in SESSION_KIND_LABELS.items():
            self.kind.addItem(label, str(value))
        self.kind.setAccessibleName(self.tr("Soort gesprek"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("&Soort gesprek"), self.kind)
        self.date = QDateEdit(left)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_edit_format())
        self.date.setAccessibleName(self.tr("Datum van het gesprek"))
        self.date.dateChanged.connect(self._date_changed)
        self.date_error = error_label(left)
        date_box = QWidget(left)
        date_layout = QVBoxLayout(date_box)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date)
        date_layout.addWidget(self.date_error)
        form.addRow(self.tr("&Datum"), date_box)
        self.fields: dict[str, OpsLineEdit] = {}
        for name, (label, placeholder) in self.TEXT_FIELDS.items():
            label, placeholder = self.tr(label), self.tr(placeholder)
            edit = OpsLineEdit(left)
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(label)
            edit.setMaxLength(5000)
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            edit.editingFinished.connect(self.flush)
            self.fields[name] = edit
            form.addRow(label, edit)
        hint = QLabel(
            self.tr("Houd rekening met de context, doelgroep en fase van de innovatie."), left
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(hint)
        columns.addWidget(left, 2)

        right = QGroupBox(self.tr("Deelnemers"), inner)
        right_layout = QVBoxLayout(right)
        self.participants = ParticipantsEditor(right)
        right_layout.addWidget(self.participants)
        columns.addWidget(right, 3)
        layout.addLayout(columns, 1)
        self.participants.bind(ops, session_id)

    def set_undo_handlers(self, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        for edit in self.fields.values():
            edit.undo_handler = undo
            edit.redo_handler = redo
        self.participants.undo_handler = undo
        self.participants.redo_handler = redo
        for row in self.participants.rows:
            for field in (row.organisation, row.name):
                field.undo_handler = undo
                field.redo_handler = redo

    def refresh(self, conv: Conversation) -> None:
        session, route = conv.session, conv.route
        parts = [self.tr("Route: {name}").format(name=route.name)]
        if route.organisations:
            parts.append(self.tr("Organisaties: {names}").format(names=route.organisations))
        if route.programmes:
            parts.append(self.tr("Opleidingen en niveaus: {names}").format(names=route.programmes))
        if route.coordinator:
            parts.append(self.tr("Coördinator: {name}").format(name=route.coordinator))
        self.route_label.setText("\n".join(parts))
        self.participants.set_known_organisations(split_organisations(route.organisations))
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(session.kind))))
        self.kind.blockSignals(False)
        if session.date is not None:
            self.date.blockSignals(True)
            self.date.setDate(to_qdate(session.date))
            self.date.blockSignals(False)
        for name, edit in self.fields.items():
            value = getattr(session, name)
            if name not in self._dirty and edit.text() != value:
                cursor = edit.cursorPosition()
                edit.setText(value)
                edit.setCursorPosition(min(cursor, len(value)))
        self.participants.refresh()

    def flush(self) -> None:
        self._timer.stop()
        self.participants.flush()
        if not self._dirty:
            return
        dirty, self._dirty = self._dirty, set()
        try:
            self.ops.update_session(
                self.session_id, **{name: self.fields[name].text() for name in sorted(dirty)}
            )
        except PraatplaatError as exc:
            emit(self.status_message, exc.message)

    def _edited(self, name: str) -> None:
        self._dirty.add(name)
        self._timer.start()

    def _kind_changed(self) -> None:
        self.flush()
        self.ops.update_session(self.session_id, kind=self.kind.currentData())
        emit(
            self.status_message,
            self.tr("Soort gesprek: {kind}.").format(kind=self.kind.currentText()),
        )

    def _date_changed(self, value: QDate) -> None:
        date = from_qdate(value)
        if date is None:
            set_error(
                self.date, self.date_error, self.tr("Deze datum bestaat niet. Kies een datum.")
            )
            return
        set_error(self.date, self.date_error, "")
        self.flush()
        self.ops.update_session(self.session_id, date=date)


# ------------------------------------------------------------------ poster page


class PosterPage(QWidget):
    """Choosing 1 or 2 indicators on the drawn praatplaat."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        title = QLabel(self.tr("Kies samen 1 of 2 indicatoren"), self)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Klik op een indicator op de praatplaat, of ga er met Tab en de pijltjestoetsen "
                "naartoe en druk op spatie. De keuze kan later nog veranderen; notities blijven "
                "bewaard."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.poster = PosterWidget(catalog, self)
        layout.addWidget(self.poster, 1)
        bottom = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Gekozen indicatoren"))
        self.start = QPushButton(self.tr("Beginnen ▶"), self)
        self.start.setAccessibleName(self.tr("Beginnen met de eerste gekozen indicator"))
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.start)
        layout.addLayout(bottom)
        instructions = QLabel("\n".join(f"• {line}" for line in catalog.instructions), self)
        instructions.setWordWrap(True)
        instructions.setAccessibleName(self.tr("Gebruiksaanwijzing van de praatplaat"))
        self.instructions = Collapsible(
            self.tr("Gebruiksaanwijzing van de praatplaat"), instructions, self
        )
        layout.addWidget(self.instructions)
        self.catalog = catalog
        QWidget.setTabOrder(self.poster.button(catalog.indicators[-1].id), self.start)

    def set_chosen(self, ids: list[str]) -> None:
        self.poster.set_chosen(ids)
        titles = [self.catalog.indicator(i).title for i in ids]
        if not titles:
            self.summary.setText(self.tr("Nog geen indicator gekozen."))
        else:
            listed = titles[0]
            if len(titles) > 1:
                listed = self.tr("{earlier} en {last}").format(
                    earlier=", ".join(titles[:-1]), last=titles[-1]
                )
            self.summary.setText(self.tr("Gekozen: {indicators}.").format(indicators=listed))
        self.start.setEnabled(bool(ids))
        if ids:
            self.start.setText(self.tr("Beginnen met {title} ▶").format(title=titles[0]))


# ------------------------------------------------------------------ workspace


class ConversationWorkspace(QWidget):
    """Navigation + pages + timer for one conversation."""

    presentation_changed = Signal()
    status_message = Signal(str)
    title_changed = Signal(str)
    session_gone = Signal()
    projector_requested = Signal()

    def __init__(
        self,
        library: Library,
        catalog: Catalog,
        ops: Operations,
        session_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self.session_id = session_id
        self.conv: Conversation = library.conversation(session_id)
        self.earlier = EarlierInput.load(library, self.conv.session)
        self._position: Position = (POSTER, "", "")
        self._own_write = 0
        self._syncing_nav = False
        self._closed = False
        self.setAccessibleName(self.tr("Gesprek"))

        # Created in tab order: navigation, pages, then the top bar.
        self.nav = QTreeWidget(self)
        self.nav.setHeaderHidden(True)
        self.nav.setAccessibleName(self.tr("Onderdelen van het gesprek"))
        self.nav.setToolTip(
            self.tr("Kies een onderdeel; Ctrl+PgDown en Ctrl+PgUp gaan naar het volgende of vorige")
        )
        self.nav.setMinimumWidth(200)
        self.nav.setWordWrap(True)
        self.nav.setIndentation(14)
        self.nav.setUniformRowHeights(False)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.nav.viewport().installEventFilter(_RewrapOnResize(self.nav))
        self.nav.currentItemChanged.connect(self._nav_changed)

        self.stack = QStackedWidget(self)
        self.details_page = SessionDetailsPage(ops, session_id, self.stack)
        self.details_page.set_undo_handlers(self.undo, self.redo)
        self.details_page.status_message.connect(self.status_message)
        self.poster_page = PosterPage(catalog, self.stack)
        self.poster_page.poster.indicator_clicked.connect(self.toggle_indicator)
        self.poster_page.poster.theme_clicked.connect(self._poster_theme_clicked)
        self.poster_page.start.clicked.connect(self._start_first)
        self.indicator_page = IndicatorPage(
            catalog, ops, session_id, self.stack, writer=self._write_note
        )
        self.indicator_page.navigate_requested.connect(self._page_navigate)
        self.indicator_page.question_changed.connect(self.presentation_changed)
        self.indicator_page.status_message.connect(self.status_message)
        for editor in self.indicator_page.editors():
            editor.undo_handler = self.undo
            editor.redo_handler = self.redo
        for page in (self.details_page, self.poster_page, self.indicator_page):
            self.stack.addWidget(page)
        self.plan_page: Any = None  # built when first opened

        self.title = QLabel(self)
        self.title.setAccessibleName(self.tr("Gesprek"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.timer = TimerWidget(self)
        self.timer.finished.connect(
            lambda: emit(self.status_message, self.tr("De tijd voor dit onderdeel is om."))
        )
        self.projector_button = QPushButton(self.tr("Projectie (F5)"), self)
        self.projector_button.setAccessibleName(self.tr("Projectieweergave tonen"))
        self.projector_button.setToolTip(
            self.tr(
                "Toon de praatplaat en de hulpvraag op een tweede scherm of beamer. "
                "Notities en namen worden daar nooit getoond."
            )
        )
        self.projector_button.clicked.connect(self.projector_requested)

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 6)
        top.addWidget(self.title, 1)
        top.addWidget(self.timer)
        top.addSpacing(12)
        top.addWidget(self.projector_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 1000])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.splitter, 1)

        self._apply(self.conv, first=True)
        self.ops.subscribe(self._on_change)
        self._reopen()

    # ---------------------------------------------------------------- public

    @property
    def position(self) -> Position:
        return self._position

    def chosen(self) -> list[str]:
        return self.conv.indicator_ids

    def navigate(self, kind: str, indicator_id: str = "", theme_id: str = "") -> None:
        """Go to a page: DETAILS, POSTER, INDICATOR (overview) or THEME."""
        if kind in (INDICATOR, THEME) and indicator_id not in self.conv.indicator_ids:
            kind, indicator_id, theme_id = POSTER, "", ""
        if kind == THEME and not theme_id:
            kind = INDICATOR
        if kind == INDICATOR:
            theme_id = ""
        # Write what is pending first, then read the library afresh: typing does not
        # refresh ``self.conv`` (it would cost a read per keystroke), so it may be stale.
        self.flush_all()
        if kind in (INDICATOR, THEME):
            try:
                self.conv = self.library.conversation(self.session_id)
            except NotFoundError:
                self.refresh()
                return
        position = (kind, indicator_id, theme_id)
        if kind == DETAILS:
            self.details_page.refresh(self.conv)
            self.stack.setCurrentWidget(self.details_page)
        elif kind == POSTER:
            self.stack.setCurrentWidget(self.poster_page)
            self.ops.remember_position(self.session_id, "", "")
        elif kind == PLAN:
            self.stack.setCurrentWidget(self._plan_page())
        else:
            self.indicator_page.show_item(indicator_id, theme_id, self.conv, self.earlier)
            self.stack.setCurrentWidget(self.indicator_page)
            self.ops.remember_position(self.session_id, indicator_id, theme_id)
        changed = position != self._position
        self._position = position
        self._select_nav(position)
        if changed:
            self.timer.set_scope(self._scope_text())
        emit(self.presentation_changed)

    def step_item(self, delta: int) -> None:
        """To the next (+1) or previous (-1) part: poster, indicator, its themes, …"""
        order = self._sequence()
        try:
            index = order.index(self._position)
        except ValueError:
            index = 0
        target = order[max(0, min(index + delta, len(order) - 1))]
        if target != self._position:
            self.navigate(*target)

    def step_question(self, delta: int) -> None:
        if self._position[0] in (INDICATOR, THEME):
            self.indicator_page.step_question(delta)

    def toggle_indicator(self, indicator_id: str) -> bool:
        """Pick or drop an indicator; asks before a third one. True when something changed."""
        self.flush_all()
        chosen = self.ops.chosen_indicator_ids(self.session_id)
        title = self.catalog.indicator(indicator_id).title
        if indicator_id in chosen:
            self.ops.set_indicator_chosen(self.session_id, indicator_id, False)
            emit(
                self.status_message,
                self.tr(
                    "‘{title}’ is weggelaten. De notities blijven bewaard en komen terug als u "
                    "deze indicator weer kiest."
                ).format(title=title),
            )
            return True
        if len(chosen) >= 2:
            if not ask(
                self,
                self.tr("Een derde indicator kiezen?"),
                self.tr("U hebt al twee indicatoren gekozen. Wilt u ook ‘{title}’ kiezen?").format(
                    title=title
                ),
                self.catalog.third_indicator_advice,
                yes=self.tr("Toch kiezen"),
                no=self.tr("Bij twee blijven"),
            ):
                return False
        self.ops.set_indicator_chosen(self.session_id, indicator_id, True)
        emit(self.status_message, self.tr("‘{title}’ is gekozen.").format(title=title))
        return True

    def flush_all(self) -> bool:
        ok = self.indicator_page.flush()
        self.details_page.flush()
        return ok

    def undo(self) -> Change | None:
        self.flush_all()
        label = self.ops.undo_stack.undo_label
        change = self.ops.undo()
        emit(
            self.status_message,
            self.tr("Ongedaan gemaakt: {label}.").format(label=label)
            if change
            else self.tr("Er is niets om ongedaan te maken."),
        )
        return change

    def redo(self) -> Change | None:
        self.flush_all()
        label = self.ops.undo_stack.redo_label
        change = self.ops.redo()
        emit(
            self.status_message,
            self.tr("Opnieuw gedaan: {label}.").format(label=label)
            if change
            else self.tr("Er is niets om opnieuw te doen."),
        )
        return change

    def make_action_from_focus(self) -> bool:
        focus = QApplication.focusWidget()
        editors = self.indicator_page.active_editors()
        editor = focus if isinstance(focus, NoteEditor) and focus in editors else None
        if editor is None:
            emit(
                self.status_message,
                self.tr(
                    "Zet de cursor eerst in een notitie; dan wordt die notitie (of de selectie) "
                    "een conceptactie."
                ),
            )
            return False
        return self.indicator_page.make_action(editor)

    def presentation_state(self) -> PresentationState:
        """What the projector may show: catalog content only, never notes or names."""
        kind, indicator_id, theme_id = self._position
        chosen = tuple(self.conv.indicator_ids)
        if kind in (INDICATOR, THEME):
            question, number, count = self.indicator_page.current_question()
            if kind == THEME:
                heading = self.catalog.theme(theme_id).title
            else:
                heading = self.catalog.indicator(indicator_id).title
            return PresentationState(
                chosen, indicator_id, theme_id, heading, question, number, count
            )
        heading = self.tr("Kies samen 1 of 2 indicatoren") if not chosen else self.catalog.title
        question = self.tr(
            "Het gesprek is ontwikkelingsgericht: begin klein en ga open in gesprek."
        )
        return PresentationState(chosen, "", "", heading, question, 0, 0)

    def _plan_page(self) -> Any:
        if self.plan_page is None:
            from praatplaat_app.ui.action_plan.editor import ActionPlanEditor

            self.plan_page = ActionPlanEditor(
                self.library, self.catalog, self.ops, self.session_id, parent=self.stack
            )
            self.stack.addWidget(self.plan_page)
        else:
            self.plan_page.refresh()
        return self.plan_page

    def close_workspace(self) -> None:
        """Write everything and stop listening (the window closes)."""
        if self._closed:
            return
        if self.plan_page is not None:
            self.plan_page.detach()
        self.flush_all()
        self.ops.undo_stack.break_merge()
        self.ops.unsubscribe(self._on_change)
        self.timer.reset()
        self._closed = True

    # ---------------------------------------------------------------- library

    def _write_note(self, key: NoteKey, text: str) -> None:
        self._own_write += 1
        try:
            self.ops.set_note(*key, text)
        finally:
            self._own_write -= 1

    def _on_change(self, change: Change) -> None:
        # Called inside an operation: keep it cheap and never fail.
        if self._closed or not shiboken6.isValid(self):
            return
        if change.session_id != self.session_id:
            if "routes" in change.what and change.route_id == self.conv.route.id:
                self._refresh_later()
            return
        if self._own_write and change.what <= {"notes"}:
            return
        self.refresh()

    def _refresh_later(self) -> None:
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        """Show the library again (after an undo, a redo or a change elsewhere)."""
        if self._closed or not shiboken6.isValid(self):
            return
        try:
            conv = self.library.conversation(self.session_id)
        except NotFoundError:
            self._closed = True
            self.ops.unsubscribe(self._on_change)
            emit(self.session_gone)
            return
        self._apply(conv)

    def _apply(self, conv: Conversation, first: bool = False) -> None:
        old = self.conv
        self.conv = conv
        s_old, s_new = old.session, conv.session
        if not first and (s_old.kind, s_old.date, s_old.route_id) != (
            s_new.kind,
            s_new.date,
            s_new.route_id,
        ):
            self.earlier = EarlierInput.load(self.library, s_new)
        title = conversation_title(conv)
        self.title.setText(title)
        emit(self.title_changed, title)
        chosen = conv.indicator_ids
        self.poster_page.set_chosen(chosen)
        marks = {(m.indicator_id, m.theme_id) for m in conv.theme_marks if m.discussed}
        self.poster_page.poster.set_discussed(marks)
        self._rebuild_nav()
        if first:
            self.details_page.refresh(conv)
            return
        kind, indicator_id, theme_id = self._position
        if kind in (INDICATOR, THEME) and indicator_id not in chosen:
            self.navigate(POSTER)
        elif kind in (INDICATOR, THEME):
            self.indicator_page.earlier = self.earlier
            self.indicator_page.refresh(conv)
        elif kind == DETAILS:
            self.details_page.refresh(conv)
        emit(self.presentation_changed)

    # ---------------------------------------------------------------- navigation

    def _sequence(self) -> list[Position]:
        order: list[Position] = [(POSTER, "", "")]
        for indicator_id in self.conv.indicator_ids:
            order.append((INDICATOR, indicator_id, ""))
            for theme in self.catalog.themes_for(indicator_id):
                order.append((THEME, indicator_id, theme.id))
        order.append((PLAN, "", ""))
        return order

    def _reopen(self) -> None:
        session = self.conv.session
        chosen = self.conv.indicator_ids
        if session.current_indicator in chosen:
            theme_ids = [t.id for t in self.catalog.themes_for(session.current_indicator)]
            if session.current_theme in theme_ids:
                self.navigate(THEME, session.current_indicator, session.current_theme)
            else:
                self.navigate(INDICATOR, session.current_indicator)
        else:
            self.navigate(POSTER)

    def _rebuild_nav(self) -> None:
        self._syncing_nav = True
        try:
            self.nav.clear()
            details = QTreeWidgetItem(self.nav, [self.tr("Gegevens en deelnemers")])
            details.setData(0, ITEM_ROLE, (DETAILS, "", ""))
            people = len(self.conv.participants)
            details.setToolTip(
                0,
                self.tr("Soort gesprek, datum, context en {count} deelnemer(s)").format(
                    count=people
                ),
            )
            poster = QTreeWidgetItem(self.nav, [self.tr("Praatplaat: indicatoren kiezen")])
            poster.setData(0, ITEM_ROLE, (POSTER, "", ""))
            bold = QFont(self.nav.font())
            bold.setBold(True)
            marks = {(m.indicator_id, m.theme_id) for m in self.conv.theme_marks if m.discussed}
            for indicator_id in self.conv.indicator_ids:
                indicator = self.catalog.indicator(indicator_id)
                item = QTreeWidgetItem(self.nav, [f"{indicator.number}. {indicator.title}"])
                item.setData(0, ITEM_ROLE, (INDICATOR, indicator_id, ""))
                item.setFont(0, bold)
                item.setIcon(0, _swatch(indicator.color))
                item.setToolTip(0, indicator.poster_text)
                themes = self.catalog.themes_for(indicator_id)
                done = 0
                for theme in themes:
                    discussed = (indicator_id, theme.id) in marks
                    done += discussed
                    child = QTreeWidgetItem(item, [("✓ " if discussed else "") + theme.title])
                    child.setData(0, ITEM_ROLE, (THEME, indicator_id, theme.id))
                    child.setToolTip(0, theme.title + (" (besproken)" if discussed else ""))
                    child.setData(
                        0,
                        Qt.ItemDataRole.AccessibleTextRole,
                        theme.title + (", besproken" if discussed else ""),
                    )
                item.setText(0, f"{indicator.number}. {indicator.title}  ({done}/{len(themes)})")
                item.setData(
                    0,
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("{title}, {done} van {total} thema's besproken").format(
                        title=indicator.title, done=done, total=len(themes)
                    ),
                )
                item.setExpanded(True)
            plan = QTreeWidgetItem(self.nav, [self.tr("Actieplan")])
            plan.setData(0, ITEM_ROLE, (PLAN, "", ""))
            plan.setFont(0, bold)
            drafts = len(self.conv.draft_actions)
            plan.setToolTip(
                0,
                self.tr("Ontwikkeldoelen, acties en vervolgafspraken")
                + (
                    self.tr("; {count} conceptactie(s) uit het gesprek").format(count=drafts)
                    if drafts
                    else ""
                ),
            )
            wrap_tree_items(self.nav)
        finally:
            self._syncing_nav = False
        self._select_nav(self._position)

    def _select_nav(self, position: Position) -> None:
        self._syncing_nav = True
        try:
            iterator = [self.nav.topLevelItem(i) for i in range(self.nav.topLevelItemCount())]
            while iterator:
                item = iterator.pop(0)
                if tuple(item.data(0, ITEM_ROLE) or ()) == position:
                    self.nav.setCurrentItem(item)
                    self.nav.scrollToItem(item)
                    return
                iterator.extend(item.child(i) for i in range(item.childCount()))
        finally:
            self._syncing_nav = False

    def _nav_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._syncing_nav or current is None:
            return
        position = tuple(current.data(0, ITEM_ROLE) or ())
        if len(position) == 3 and position != self._position:
            self.navigate(*position)

    def _page_navigate(self, indicator_id: str, theme_id: str) -> None:
        if indicator_id == "__next__":
            self.step_item(+1)
        else:
            self.navigate(THEME if theme_id else INDICATOR, indicator_id, theme_id)

    def _poster_theme_clicked(self, theme_id: str) -> None:
        theme = self.catalog.theme(theme_id)
        owners = [i for i in self.conv.indicator_ids if i in theme.indicator_ids]
        if owners:
            self.navigate(THEME, owners[0], theme_id)
        elif len(theme.indicator_ids) == 1:
            self.toggle_indicator(theme.indicator_ids[0])
        else:
            titles = self.tr(" of ").join(
                self.catalog.indicator(i).title for i in theme.indicator_ids
            )
            emit(
                self.status_message,
                self.tr("‘{theme}’ hoort bij {titles}. Kies eerst een van die indicatoren.").format(
                    theme=theme.title, titles=titles
                ),
            )

    def _start_first(self) -> None:
        if self.conv.indicator_ids:
            self.navigate(INDICATOR, self.conv.indicator_ids[0])

    def _scope_text(self) -> str:
        kind, indicator_id, theme_id = self._position
        if kind == THEME:
            return self.catalog.theme(theme_id).title
        if kind == INDICATOR:
            return self.catalog.indicator(indicator_id).title
        return ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(1280, 760)


# ------------------------------------------------------------------ window


class ConversationWindow(QMainWindow):
    """A conversation in its own window, with menus, shortcuts and a status bar."""

    closed = Signal(str)

    def __init__(
        self,
        library: Library,
        catalog: Catalog,
        ops: Operations,
        session_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session_id = session_id
        self.ops = ops
        self.setObjectName("ConversationWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.workspace = ConversationWorkspace(library, catalog, ops, session_id, self)
        self.setCentralWidget(self.workspace)
        self.workspace.title_changed.connect(self._set_title)
        self.workspace.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.workspace.session_gone.connect(self._session_gone)
        self._set_title(conversation_title(self.workspace.conv))
        self.statusBar().showMessage(self.tr("Alles wordt automatisch bewaard."), 5000)
        self._build_menus()
        ops.subscribe(self._update_undo)
        self._update_undo()

    def _set_title(self, title: str) -> None:
        self.setWindowTitle(f"{title} — {APP_NAME}")

    def _action(
        self, text: str, tip: str, slot: Callable[[], object], shortcuts: list[str] | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _c=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        w = self.workspace
        bar = self.menuBar()
        talk = bar.addMenu(self.tr("&Gesprek"))
        self.projector_action = self._action(
            self.tr("&Projectieweergave"),
            self.tr("Praatplaat en hulpvraag op de beamer (F5)"),
            lambda: emit(w.projector_requested),
            ["F5"],
        )
        talk.addAction(self.projector_action)
        talk.addSeparator()
        self.next_question_action = self._action(
            self.tr("&Volgende vraag"),
            self.tr("Volgende hulpvraag (Alt+PgDown)"),
            lambda: w.step_question(+1),
            ["Alt+PgDown"],
        )
        self.previous_question_action = self._action(
            self.tr("V&orige vraag"),
            self.tr("Vorige hulpvraag (Alt+PgUp)"),
            lambda: w.step_question(-1),
            ["Alt+PgUp"],
        )
        self.next_item_action = self._action(
            self.tr("Volgend &onderdeel"),
            self.tr("Naar het volgende thema of de volgende indicator (Ctrl+PgDown)"),
            lambda: w.step_item(+1),
            ["Ctrl+PgDown"],
        )
        self.previous_item_action = self._action(
            self.tr("Vorig o&nderdeel"),
            self.tr("Naar het vorige thema of de vorige indicator (Ctrl+PgUp)"),
            lambda: w.step_item(-1),
            ["Ctrl+PgUp"],
        )
        self.details_action = self._action(
            self.tr("&Gegevens en deelnemers"),
            self.tr("Soort gesprek, datum, context en deelnemers"),
            lambda: w.navigate(DETAILS),
        )
        self.poster_action = self._action(
            self.tr("&Praatplaat: indicatoren kiezen"),
            self.tr("Terug naar de praatplaat"),
            lambda: w.navigate(POSTER),
        )
        self.plan_action = self._action(
            self.tr("&Actieplan"),
            self.tr("Ontwikkeldoelen, acties en vervolgafspraken (Ctrl+Shift+A)"),
            lambda: w.navigate(PLAN),
            ["Ctrl+Shift+A"],
        )
        for action in (
            self.next_question_action,
            self.previous_question_action,
            self.next_item_action,
            self.previous_item_action,
        ):
            talk.addAction(action)
        talk.addSeparator()
        talk.addAction(self.details_action)
        talk.addAction(self.poster_action)
        talk.addAction(self.plan_action)
        talk.addSeparator()
        self.close_action = self._action(
            self.tr("Gesprek &sluiten"),
            self.tr("Dit venster sluiten. Alles is al bewaard."),
            self.close,
            ["Ctrl+W"],
        )
        talk.addAction(self.close_action)

        edit = bar.addMenu(self.tr("Be&werken"))
        self.undo_action = self._action(
            self.tr("&Ongedaan maken"),
            self.tr("De laatste wijziging ongedaan maken (Ctrl+Z)"),
            w.undo,
            ["Ctrl+Z"],
        )
        self.redo_action = self._action(
            self.tr("Opn&ieuw"),
            self.tr("De ongedaan gemaakte wijziging opnieuw doen (Ctrl+Shift+Z)"),
            w.redo,
            ["Ctrl+Shift+Z", "Ctrl+Y"],
        )
        self.action_action = self._action(
            self.tr("&Actie maken van notitie"),
            self.tr(
                "De notitie met de cursor (of de geselecteerde tekst) wordt een conceptactie voor "
                "het actieplan (Ctrl+Shift+A)"
            ),
            w.make_action_from_focus,
            ["Ctrl+Shift+A"],
        )
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self.action_action)
        edit.aboutToShow.connect(self._update_undo)

    def _update_undo(self, _change: Change | None = None) -> None:
        if not shiboken6.isValid(self):
            return
        stack = self.ops.undo_stack
        self.undo_action.setEnabled(stack.can_undo)
        self.redo_action.setEnabled(stack.can_redo)
        self.undo_action.setText(
            self.tr("&Ongedaan maken: {label}").format(label=stack.undo_label.replace("&", "&&"))
            if stack.can_undo
            else self.tr("&Ongedaan maken")
        )
        self.redo_action.setText(
            self.tr("Opn&ieuw: {label}").format(label=stack.redo_label.replace("&", "&&"))
            if stack.can_redo
            else self.tr("Opn&ieuw")
        )

    def _session_gone(self) -> None:
        self.statusBar().showMessage(self.tr("Dit gesprek bestaat niet meer."))
        QTimer.singleShot(0, self.close)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        # Everything is already saved as it is typed: no "save changes?" question.
        self.workspace.close_workspace()
        self.ops.unsubscribe(self._update_undo)
        emit(self.closed, self.session_id)
        event.accept()


__all__ = [
    "DETAILS",
    "INDICATOR",
    "POSTER",
    "THEME",
    "ConversationWindow",
    "ConversationWorkspace",
    "PosterPage",
    "SessionDetailsPage",
    "conversation_title",
]
