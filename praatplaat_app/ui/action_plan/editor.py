"""The action plan editor: development goals, their actions, drafts and follow-ups.

Left: the plan as a tree (goals with their actions under them) and, under it, a form
for the selected goal or action, which also adds new ones. Right: draft actions from
the conversation waiting for confirmation, and the follow-up agreements.

Quick in a meeting: "Nieuw doel" (Alt+N), type, Enter; then actions follow one after
another (type what, Tab, who, Tab, when, Enter). Alt+Up / Alt+Down move the selected
goal or action (also across goals), Delete removes it (Ctrl+Z brings it back), and
rows can be dragged.

Every change goes through the operations; the editor refreshes when they report a
change, so undo, redo and other windows show up here by themselves.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.domain import (
    ACTION_STATUS_LABELS,
    PILLAR_LABELS,
    SESSION_KIND_LABELS,
    Action,
    ActionStatus,
    Conversation,
    Goal,
)
from praatplaat_app.errors import NotFoundError, PraatplaatError, ValidationError
from praatplaat_app.indicators import Catalog
from praatplaat_app.operations.action_plan import due_date_warning
from praatplaat_app.store import Library
from praatplaat_app.ui.action_plan.draft_list import DraftList
from praatplaat_app.ui.action_plan.follow_up_editor import (
    ERROR_COLOR,
    DateField,
    FollowUpEditor,
    LineField,
    form_label,
)
from praatplaat_app.ui.action_plan.goal_model import (
    ACTION,
    COL_DUE,
    COL_STATUS,
    COL_WHAT,
    COL_WHO,
    GOAL,
    ID_ROLE,
    KIND_ROLE,
    LOOSE,
    GoalTreeModel,
    PlanDelegate,
)

log = logging.getLogger("praatplaat.ui")

WATCHED = frozenset({"goals", "actions", "follow_ups", "indicators", "sessions", "routes"})
WIDE_LAYOUT = 980  # from this width on, drafts and follow-ups sit beside the plan
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december",
)  # fmt: skip

NONE, EDIT_GOAL, EDIT_ACTION, NEW_GOAL, NEW_ACTION = (
    "none",
    "goal",
    "action",
    "new_goal",
    "new_action",
)


def _long_date(value: Any) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}" if value else ""


def _set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class PlanTree(QTreeView):
    """The plan tree: Alt+Up/Alt+Down move, Delete removes, Enter edits."""

    move_requested = Signal(int)  # -1 up, +1 down
    delete_requested = Signal()
    edit_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if mods == Qt.KeyboardModifier.NoModifier and key in (
            Qt.Key.Key_Delete,
            Qt.Key.Key_Backspace,
        ):
            self.delete_requested.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and mods in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.edit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ActionPlanEditor(QWidget):
    """Edit the action plan of one conversation (``set_session`` switches)."""

    message = Signal(str)

    def __init__(
        self,
        library: Library,
        catalog: Catalog,
        ops: Any,
        session_id: str | None = None,
        parent: QWidget | None = None,
        *,
        exporter: Any = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self.session_id: str | None = None
        self.conversation: Conversation | None = None
        self._exporter = exporter
        self._mode = NONE
        self._record_id = ""
        self._selected: tuple[str, str] | None = None
        self._restoring = False
        self._collapsed: set[str] = set()
        self._indicator_options: list[tuple[str, str]] = []
        self.last_message = ""
        self._split_done = False
        self.setAccessibleName(self.tr("Actieplan"))

        self._build_header()
        self._build_plan()
        self._build_form()
        self._build_side()

        plan_box = QWidget(self)
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.plan_group, 1)
        plan_layout.addWidget(self.form_group)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("ActionPlanSplitter")
        self.splitter.setAccessibleName(self.tr("Verdeling tussen plan en concepten"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(plan_box)
        self.splitter.addWidget(self.side_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.missing = QLabel(self)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName(self.tr("Melding bij het actieplan"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.missing)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.header_layout)
        layout.addWidget(self.pages, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.ops.subscribe(self._on_change)
        self.set_session(session_id)

    # ------------------------------------------------------------------ building

    def _build_header(self) -> None:
        self.title = QLabel(self.tr("Actieplan"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Actieplan"))
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setAccessibleName(self.tr("Gesprek van dit actieplan"))
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.preview_button = QPushButton(self.tr("&Voorbeeld"), self)
        self.preview_button.setAccessibleName(self.tr("Voorbeeld van het actieplan"))
        self.preview_button.setToolTip(self.tr("Het actieplan bekijken zoals het wordt afgedrukt"))
        self.pdf_button = QPushButton(self.tr("Als &PDF bewaren…"), self)
        self.pdf_button.setAccessibleName(self.tr("Actieplan als PDF bewaren"))
        self.pdf_button.setToolTip(
            self.tr("Het actieplan als PDF-bestand bewaren, bijvoorbeeld om te mailen")
        )
        self.print_button = QPushButton(self.tr("Af&drukken…"), self)
        self.print_button.setAccessibleName(self.tr("Actieplan afdrukken"))
        self.print_button.setToolTip(self.tr("Het actieplan afdrukken (Ctrl+P)"))
        self.preview_button.clicked.connect(lambda: self._pdf("preview_action_plan"))
        self.pdf_button.clicked.connect(lambda: self._pdf("export_action_plan"))
        self.print_button.clicked.connect(lambda: self._pdf("print_action_plan"))

        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        self.header_layout = QHBoxLayout()
        self.header_layout.addLayout(titles, 1)
        for button in (self.preview_button, self.pdf_button, self.print_button):
            self.header_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)

    def _build_plan(self) -> None:
        self.plan_group = QGroupBox(self.tr("Ontwikkeldoelen en acties"), self)
        self.plan_group.setAccessibleName(self.tr("Ontwikkeldoelen en acties"))
        self.new_goal_button = QPushButton(self.tr("&Nieuw doel"), self)
        self.new_goal_button.setAccessibleName(self.tr("Nieuw ontwikkeldoel"))
        self.new_goal_button.setToolTip(self.tr("Een ontwikkeldoel toevoegen (Alt+N)"))
        self.new_action_button = QPushButton(self.tr("Nieuwe &actie"), self)
        self.new_action_button.setAccessibleName(self.tr("Nieuwe actie bij het gekozen doel"))
        self.new_action_button.setToolTip(
            self.tr("Een actie toevoegen bij het gekozen doel (Alt+A)")
        )
        self.up_button = QPushButton(self.tr("Omhoog"), self)
        self.up_button.setAccessibleName(self.tr("Omhoog verplaatsen"))
        self.up_button.setToolTip(
            self.tr("Het gekozen doel of de gekozen actie omhoog zetten (Alt+Pijl omhoog)")
        )
        self.down_button = QPushButton(self.tr("Omlaag"), self)
        self.down_button.setAccessibleName(self.tr("Omlaag verplaatsen"))
        self.down_button.setToolTip(
            self.tr("Het gekozen doel of de gekozen actie omlaag zetten (Alt+Pijl omlaag)")
        )
        self.delete_button = QPushButton(self.tr("Verwijderen"), self)
        self.delete_button.setAccessibleName(self.tr("Verwijderen"))
        self.delete_button.setToolTip(
            self.tr(
                "Het gekozen doel (met zijn acties) of de gekozen actie verwijderen (Delete).\n"
                "Ctrl+Z zet het terug."
            )
        )
        self.new_goal_button.clicked.connect(self.new_goal)
        self.new_action_button.clicked.connect(lambda: self.new_action())
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button.clicked.connect(self.delete_selected)

        self.model = GoalTreeModel(self.catalog, self)
        self.model.move_requested.connect(self._on_drop)
        self.tree = PlanTree(self)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(PlanDelegate(self.tree))
        self.tree.setAccessibleName(self.tr("Ontwikkeldoelen met hun acties"))
        self.tree.setToolTip(
            self.tr(
                "Kies een doel of actie om het hieronder te bewerken.\n"
                "Alt+Pijl omhoog/omlaag of slepen verplaatst, Delete verwijdert (Ctrl+Z herstelt)."
            )
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setWordWrap(False)
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_WHO, 130), (COL_DUE, 96), (COL_STATUS, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.tree.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.tree.move_requested.connect(self.move_selected)
        self.tree.delete_requested.connect(self.delete_selected)
        self.tree.edit_requested.connect(self._focus_form)
        self.tree.doubleClicked.connect(lambda _index: self._focus_form())
        self.tree.collapsed.connect(lambda index: self._collapsed.add(index.data(ID_ROLE)))
        self.tree.expanded.connect(lambda index: self._collapsed.discard(index.data(ID_ROLE)))

        self.empty_plan = QLabel(
            self.tr(
                "Nog geen ontwikkeldoelen.\n\nKies ‘Nieuw doel’ en schrijf op wat jullie willen "
                "bereiken. Daarna voegt u er acties aan toe: wat, wie en wanneer."
            ),
            self,
        )
        self.empty_plan.setWordWrap(True)
        self.empty_plan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_plan.setAccessibleName(self.tr("Nog geen ontwikkeldoelen"))
        self.plan_pages = QStackedWidget(self)
        self.plan_pages.addWidget(self.tree)
        self.plan_pages.addWidget(self.empty_plan)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_goal_button)
        buttons.addWidget(self.new_action_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self.plan_group)
        layout.addLayout(buttons)
        layout.addWidget(self.plan_pages, 1)

    def _build_form(self) -> None:
        self.form_group = QGroupBox(self)
        self.form_group.setAccessibleName(self.tr("Gekozen doel of actie"))
        self.form_pages = QStackedWidget(self.form_group)

        # -- nothing chosen
        self.form_hint = QLabel(
            self.tr("Kies een doel of actie in de lijst om het te bewerken, of kies ‘Nieuw doel’."),
            self,
        )
        self.form_hint.setWordWrap(True)
        self.form_hint.setAccessibleName(self.tr("Uitleg bij het formulier"))

        # -- goal
        goal_page = QWidget(self)
        self.goal_text = LineField(self.tr("Ontwikkeldoel"), goal_page)
        self.goal_text.setPlaceholderText(self.tr("Wat willen jullie bereiken?"))
        self.goal_indicator = QComboBox(goal_page)
        self.goal_indicator.setAccessibleName(self.tr("Indicator van het doel"))
        self.goal_indicator.setToolTip(
            self.tr("Bij welke indicator van het gesprek hoort dit doel?")
        )
        self.goal_theme = QComboBox(goal_page)
        self.goal_theme.setAccessibleName(self.tr("Thema van het doel (niet verplicht)"))
        self.goal_pillar = QComboBox(goal_page)
        self.goal_pillar.setAccessibleName(self.tr("Pijler van het netwerk (niet verplicht)"))
        self.goal_pillar.setToolTip(
            self.tr(
                "Aan welke pijler van het netwerk draagt dit doel bij: kansrijk, inclusief, "
                "innovatief of dichtbij opleiden?"
            )
        )
        self.goal_pillar.addItem(self.tr("— geen pijler —"), "")
        for value, label in PILLAR_LABELS.items():
            self.goal_pillar.addItem(label, str(value))
        for combo in (self.goal_indicator, self.goal_theme, self.goal_pillar):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.goal_error = self._error_label(goal_page, self.tr("Melding bij het doel"))
        self.goal_add = QPushButton(self.tr("Doel toevoegen"), goal_page)
        self.goal_add.setAccessibleName(self.tr("Doel toevoegen"))
        self.goal_add.setDefault(True)
        self.goal_cancel = QPushButton(self.tr("Annuleren"), goal_page)
        self.goal_cancel.setAccessibleName(self.tr("Nieuw doel annuleren"))
        goal_form = QFormLayout()
        goal_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        goal_form.addRow(form_label(self.tr("&Doel"), self.goal_text), self.goal_text)
        goal_form.addRow(
            form_label(self.tr("&Indicator"), self.goal_indicator), self.goal_indicator
        )
        themes = QHBoxLayout()
        themes.addWidget(self.goal_theme, 3)
        pillar_label = form_label(self.tr("&Pijler"), self.goal_pillar)
        themes.addWidget(pillar_label)
        themes.addWidget(self.goal_pillar, 2)
        goal_form.addRow(form_label(self.tr("&Thema"), self.goal_theme), themes)
        self.goal_buttons = QHBoxLayout()
        self.goal_buttons.addWidget(self.goal_error, 1)
        self.goal_buttons.addStretch(0)
        self.goal_buttons.addWidget(self.goal_cancel)
        self.goal_buttons.addWidget(self.goal_add)
        goal_layout = QVBoxLayout(goal_page)
        goal_layout.setContentsMargins(0, 0, 0, 0)
        goal_layout.addLayout(goal_form)
        goal_layout.addLayout(self.goal_buttons)

        # -- action
        action_page = QWidget(self)
        self.action_what = LineField(self.tr("Wat moet er gebeuren"), action_page)
        self.action_what.setPlaceholderText(
            self.tr("Wat moet er gebeuren? Bijvoorbeeld: intervisie plannen")
        )
        self.action_who = LineField(self.tr("Wie"), action_page)
        self.action_who.setPlaceholderText(self.tr("Naam of rol"))
        self.action_due = DateField(self.tr("Wanneer"), action_page)
        self.action_status = QComboBox(action_page)
        self.action_status.setAccessibleName(self.tr("Status van de actie"))
        for value, label in ACTION_STATUS_LABELS.items():
            self.action_status.addItem(label, str(value))
        self.action_goal = QComboBox(action_page)
        self.action_goal.setAccessibleName(self.tr("Bij welk doel hoort de actie"))
        self.action_goal.setToolTip(
            self.tr("Kies een ander doel om de actie daarheen te verplaatsen")
        )
        self.action_goal.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action_goal.setMinimumContentsLength(16)
        self.action_goal.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.action_error = self._error_label(action_page, self.tr("Melding bij de actie"))
        self.action_add = QPushButton(self.tr("Actie toevoegen"), action_page)
        self.action_add.setAccessibleName(self.tr("Actie toevoegen"))
        self.action_add.setDefault(True)
        self.action_done = QPushButton(self.tr("Klaar"), action_page)
        self.action_done.setAccessibleName(self.tr("Klaar met acties toevoegen"))
        self.action_done.setToolTip(self.tr("Stoppen met acties toevoegen (Esc)"))
        action_form = QFormLayout()
        action_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        action_form.addRow(form_label(self.tr("&Wat"), self.action_what), self.action_what)
        who_row = QHBoxLayout()
        who_row.addWidget(self.action_who, 1)
        who_row.addWidget(form_label(self.tr("Wann&eer"), self.action_due.edit))
        who_row.addWidget(self.action_due)
        action_form.addRow(form_label(self.tr("Wi&e"), self.action_who), who_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.action_status)
        status_row.addWidget(form_label(self.tr("Bij d&oel"), self.action_goal))
        status_row.addWidget(self.action_goal, 1)
        action_form.addRow(form_label(self.tr("&Status"), self.action_status), status_row)
        action_buttons = QHBoxLayout()
        action_buttons.addWidget(self.action_error, 1)
        action_buttons.addStretch(0)
        action_buttons.addWidget(self.action_done)
        action_buttons.addWidget(self.action_add)
        action_layout = QVBoxLayout(action_page)
        action_layout.setContentsMargins(0, 0, 0, 0)
        action_layout.addLayout(action_form)
        action_layout.addLayout(action_buttons)

        self.form_pages.addWidget(self.form_hint)
        self.form_pages.addWidget(goal_page)
        self.form_pages.addWidget(action_page)
        self.goal_page, self.action_page = goal_page, action_page
        form_layout = QVBoxLayout(self.form_group)
        form_layout.addWidget(self.form_pages)
        self.form_group.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        # Editing a stored goal/action: typed text is stored after a pause.
        self.goal_text.commit.connect(lambda: self._store_goal(text=self.goal_text.text()))
        self.goal_text.finished.connect(self.ops.undo_stack.break_merge)
        self.goal_text.returnPressed.connect(self._on_goal_return)
        self.goal_indicator.activated.connect(lambda _i: self._on_indicator_picked())
        self.goal_theme.activated.connect(
            lambda _i: self._store_goal(theme_id=self.goal_theme.currentData() or "")
        )
        self.goal_pillar.activated.connect(
            lambda _i: self._store_goal(pillar=self.goal_pillar.currentData() or "")
        )
        self.goal_add.clicked.connect(self._add_goal)
        self.goal_cancel.clicked.connect(self._cancel_new)
        self.action_what.commit.connect(lambda: self._store_action(what=self.action_what.text()))
        self.action_who.commit.connect(lambda: self._store_action(who=self.action_who.text()))
        for field in (self.action_what, self.action_who):
            field.finished.connect(self.ops.undo_stack.break_merge)
            field.returnPressed.connect(self._on_action_return)
        self.action_due.committed.connect(self._on_due_committed)
        self.action_due.edit.returnPressed.connect(self._on_action_return)
        self.action_status.activated.connect(
            lambda _i: self._store_action(status=self.action_status.currentData())
        )
        self.action_goal.activated.connect(lambda _i: self._on_action_goal_picked())
        self.action_add.clicked.connect(self._add_action)
        self.action_done.clicked.connect(self._cancel_new)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form_group)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._cancel_new)

    def _build_side(self) -> None:
        self.drafts = DraftList(self.catalog, self)
        self.drafts.confirm_requested.connect(self.confirm_draft)
        self.drafts.discard_requested.connect(self.discard_draft)
        self.follow_ups = FollowUpEditor(self.ops, self)
        self.follow_ups.message.connect(self._say)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(self.drafts)
        side_layout.addWidget(self.follow_ups)
        side_layout.addStretch(1)
        self.side_scroll = QScrollArea(self)
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setAccessibleName(self.tr("Concepten en vervolgafspraken"))
        self.side_scroll.setMinimumWidth(300)

    @staticmethod
    def _error_label(parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(f"color: {ERROR_COLOR};")
        label.setAccessibleName(name)
        return label

    # -------------------------------------------------------------------- public

    @property
    def exporter(self) -> Any:
        if self._exporter is None:
            from praatplaat_app.ui.action_plan.pdf_preview import PdfExporter

            self._exporter = PdfExporter(self, self.library, self.catalog)
            self._exporter.message.connect(self._say)
        return self._exporter

    def set_session(self, session_id: str | None) -> None:
        """Show the plan of another conversation (``None``: none)."""
        if session_id == self.session_id and self.conversation is not None:
            return
        self._flush_fields()
        self.session_id = session_id
        self.conversation = None
        self._selected = None
        self._collapsed.clear()
        self._set_mode(NONE)
        self.refresh()

    def detach(self) -> None:
        """Stop listening to the operations (the editor is going away)."""
        self.ops.unsubscribe(self._on_change)
        self._refresh_timer.stop()

    def refresh(self) -> None:
        """Reload the plan from the library, keeping the selection and the form."""
        self._refresh_timer.stop()
        conversation = None
        if self.session_id:
            try:
                conversation = self.library.conversation(self.session_id)
            except NotFoundError:
                conversation = None
        self.conversation = conversation
        if conversation is None:
            self.model.set_conversation(None)
            self.missing.setText(
                self.tr("Dit gesprek bestaat niet meer. Kies een ander gesprek in de lijst.")
                if self.session_id
                else self.tr("Kies een gesprek in de lijst om het actieplan te zien.")
            )
            self.pages.setCurrentWidget(self.missing)
            self.subtitle.setText("")
            for button in (self.preview_button, self.pdf_button, self.print_button):
                button.setEnabled(False)
            return
        self.pages.setCurrentWidget(self.splitter)
        for button in (self.preview_button, self.pdf_button, self.print_button):
            button.setEnabled(True)
        self._update_header(conversation)

        self._restoring = True
        try:
            self.model.set_conversation(conversation)
            self._prepare_rows()
            if self._selected is not None:
                index = self.model.find(*self._selected)
                if index.isValid():
                    self._select_index(index)
                else:
                    self._selected = None
                    self.tree.selectionModel().clearSelection()
                    self.tree.setCurrentIndex(QModelIndex())
        finally:
            self._restoring = False
        self.plan_pages.setCurrentWidget(self.tree if self.model.rowCount() else self.empty_plan)

        self._update_indicator_options(conversation)
        self._update_goal_combo(self.action_goal)
        self._reload_form()
        self._update_buttons()
        goals = [g for g in conversation.goals if not g.deleted]
        drafts = [a for a in conversation.actions if a.draft and not a.deleted]
        self.drafts.set_drafts(drafts, goals, self._current_goal_id())
        self.drafts.setVisible(bool(drafts))
        self.follow_ups.set_records(
            conversation.session, [f for f in conversation.follow_ups if not f.deleted]
        )

    def select(self, kind: str, record_id: str) -> bool:
        index = self.model.find(kind, record_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def current_item(self) -> tuple[str, str] | None:
        return self._selected

    @property
    def mode(self) -> str:
        return self._mode

    # --------------------------------------------------------- user commands

    def new_goal(self) -> None:
        if self.conversation is None:
            return
        self._flush_fields()
        self._set_mode(NEW_GOAL)
        self.goal_text.clear()
        _set_error(self.goal_error, "")
        preferred = ""
        goal = self._goal(self._current_goal_id())
        if goal is not None:
            preferred = goal.indicator_id
        self._fill_goal_combos(preferred or self._default_indicator(), "", "")
        self.goal_text.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_action(self, goal_id: str | None = None) -> None:
        if self.conversation is None:
            return
        goal_id = goal_id or self._current_goal_id() or self._last_goal_id()
        if not goal_id:
            self._say(self.tr("Maak eerst een ontwikkeldoel; acties horen altijd bij een doel."))
            return
        self._flush_fields()
        self._set_mode(NEW_ACTION)
        self._clear_action_fields()
        self._select_goal_in_combo(goal_id)
        self.action_what.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_selected(self) -> None:
        selected = self._selected
        if selected is None or self.conversation is None:
            return
        kind, record_id = selected
        if kind not in (GOAL, ACTION):
            return
        self._flush_fields()
        neighbour = self._neighbour(self.model.find(kind, record_id))
        try:
            if kind == GOAL:
                count = len(self.conversation.actions_for_goal(record_id))
                self.ops.delete_goal(record_id)
                what = (
                    self.tr("Doel verwijderd")
                    if count == 0
                    else (
                        self.tr("Doel en 1 actie verwijderd")
                        if count == 1
                        else self.tr("Doel en {count} acties verwijderd").format(count=count)
                    )
                )
            else:
                self.ops.delete_action(record_id)
                what = self.tr("Actie verwijderd")
        except PraatplaatError as exc:
            self._say(exc.message)
            return
        self._selected = neighbour
        self._set_mode(NONE)
        self._say(self.tr("{what} — Ctrl+Z om te herstellen").format(what=what))
        self.refresh()

    def move_selected(self, delta: int) -> None:
        selected = self._selected
        if selected is None or self.conversation is None:
            return
        kind, record_id = selected
        self._flush_fields()
        try:
            if kind == GOAL:
                goals = [n.id for n in self.model.nodes if n.goal]
                position = goals.index(record_id) + delta
                if 0 <= position < len(goals):
                    self.ops.move_goal(record_id, position)
            elif kind == ACTION:
                self._move_action(record_id, delta)
        except (PraatplaatError, ValueError) as exc:
            self._say(getattr(exc, "message", None) or self.tr("Verplaatsen is niet gelukt."))
            return
        self.refresh()

    def confirm_draft(self, action_id: str, goal_id: str) -> None:
        if not goal_id:
            self._say(self.tr("Kies eerst bij welk doel dit concept hoort."))
            return
        try:
            action = self.ops.confirm_draft_action(action_id, goal_id)
        except PraatplaatError as exc:
            self._say(exc.message)
            return
        number = self.model.goal_number(goal_id)
        self._say(
            self.tr("Concept toegevoegd als actie bij doel {number}.").format(number=number)
            if number
            else self.tr("Concept bevestigd.")
        )
        self._selected = (ACTION, action.id)
        self.refresh()

    def discard_draft(self, action_id: str) -> None:
        try:
            self.ops.discard_draft_action(action_id)
        except PraatplaatError as exc:
            self._say(exc.message)
            return
        self._say(self.tr("Concept weggegooid — Ctrl+Z om te herstellen"))
        self.refresh()

    # ------------------------------------------------------------ refreshing

    def _on_change(self, change: Any) -> None:
        # Called inside an operation: only schedule work here.
        if not shiboken6.isValid(self) or self.session_id is None:
            return
        if change.what and not (change.what & WATCHED):
            return
        if change.session_id not in (None, self.session_id) and not (change.what & {"routes"}):
            return
        self._refresh_timer.start()

    def _update_header(self, conversation: Conversation) -> None:
        session = conversation.session
        parts = [
            conversation.route.name,
            SESSION_KIND_LABELS.get(session.kind, session.kind),
            _long_date(session.date),
        ]
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def _prepare_rows(self) -> None:
        for row, node in enumerate(self.model.nodes):
            index = self.model.index(row, 0)
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.setExpanded(index, node.id not in self._collapsed)

    def _select_index(self, index: QModelIndex) -> None:
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        self._flush_fields()
        kind = self.model.kind(current)
        self._selected = (kind, current.data(ID_ROLE)) if kind else None
        self._update_buttons()
        if self._mode in (NEW_GOAL, NEW_ACTION) and self._new_form_has_text():
            if self._mode == NEW_ACTION and self._current_goal_id():
                self._select_goal_in_combo(self._current_goal_id())
            return
        if kind == GOAL:
            self._set_mode(EDIT_GOAL, current.data(ID_ROLE))
        elif kind == ACTION:
            self._set_mode(EDIT_ACTION, current.data(ID_ROLE))
        else:
            self._set_mode(NONE)
        self._reload_form(force=True)

    def _update_buttons(self) -> None:
        has_goals = any(n.goal for n in self.model.nodes)
        selected = self._selected
        movable = selected is not None and selected[0] in (GOAL, ACTION)
        self.new_goal_button.setEnabled(self.conversation is not None)
        self.new_action_button.setEnabled(has_goals)
        self.new_action_button.setToolTip(
            self.tr("Een actie toevoegen bij het gekozen doel (Alt+A)")
            if has_goals
            else self.tr("Maak eerst een ontwikkeldoel; acties horen altijd bij een doel")
        )
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(movable)

    # ------------------------------------------------------------------ form

    def _set_mode(self, mode: str, record_id: str = "") -> None:
        self._mode = mode
        self._record_id = record_id
        new = mode in (NEW_GOAL, NEW_ACTION)
        self.goal_add.setVisible(mode == NEW_GOAL)
        self.goal_cancel.setVisible(mode == NEW_GOAL)
        self.action_add.setVisible(mode == NEW_ACTION)
        self.action_done.setVisible(mode == NEW_ACTION)
        _set_error(self.goal_error, "")
        _set_error(self.action_error, "")
        if mode in (EDIT_GOAL, NEW_GOAL):
            page: QWidget = self.goal_page
        elif mode in (EDIT_ACTION, NEW_ACTION):
            page = self.action_page
        else:
            page = self.form_hint
        # The form is as high as the page it shows, not as its highest page.
        for other in (self.goal_page, self.action_page, self.form_hint):
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.form_pages.setCurrentWidget(page)
        self.form_group.setProperty("new", new)
        self._update_form_title()

    def _update_form_title(self) -> None:
        mode = self._mode
        if mode == NEW_GOAL:
            title = self.tr("Nieuw ontwikkeldoel")
        elif mode == NEW_ACTION:
            number = self.model.goal_number(self.action_goal.currentData() or "")
            title = (
                self.tr("Nieuwe actie bij doel {number}").format(number=number)
                if number
                else self.tr("Nieuwe actie")
            )
        elif mode == EDIT_GOAL:
            title = self.tr("Doel {number}").format(number=self.model.goal_number(self._record_id))
        elif mode == EDIT_ACTION:
            action = self._action(self._record_id)
            number = self.model.goal_number(action.goal_id) if action else 0
            title = (
                self.tr("Actie bij doel {number}").format(number=number)
                if number
                else self.tr("Actie")
            )
        else:
            title = self.tr("Bewerken")
        self.form_group.setTitle(title)

    def _reload_form(self, force: bool = False) -> None:
        """Show the stored values of the record in the form (fields being typed in stay)."""
        if self._mode == EDIT_GOAL:
            goal = self._goal(self._record_id)
            if goal is None:
                self._set_mode(NONE)
                return
            self.goal_text.set_text_quietly(goal.text)
            self._fill_goal_combos(goal.indicator_id, goal.theme_id, goal.pillar)
        elif self._mode == EDIT_ACTION:
            action = self._action(self._record_id)
            if action is None:
                self._set_mode(NONE)
                return
            self.action_what.set_text_quietly(action.what)
            self.action_who.set_text_quietly(action.who)
            self.action_due.set_value(action.due)
            self.action_due.set_warning(self._due_warning(action.due))
            self._set_combo(self.action_status, action.status)
            self._select_goal_in_combo(action.goal_id)
        elif self._mode == NEW_ACTION:
            if self.action_goal.findData(self.action_goal.currentData()) < 0:
                self._select_goal_in_combo(self._last_goal_id())
        self._update_form_title()

    def _focus_form(self) -> None:
        if self._mode == EDIT_GOAL:
            self.goal_text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self._mode == EDIT_ACTION:
            self.action_what.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _flush_fields(self) -> None:
        """Store what is typed before the form shows something else."""
        if self._mode in (EDIT_GOAL, EDIT_ACTION):
            for field in (self.goal_text, self.action_what, self.action_who, self.action_due.edit):
                field.flush()
        self.follow_ups.flush()

    def _new_form_has_text(self) -> bool:
        if self._mode == NEW_GOAL:
            return bool(self.goal_text.text().strip())
        if self._mode == NEW_ACTION:
            return any(
                f.text().strip() for f in (self.action_what, self.action_who, self.action_due.edit)
            )
        return False

    def _clear_action_fields(self) -> None:
        for field in (self.action_what, self.action_who):
            field.discard_pending()
            field.clear()
        self.action_due.edit.discard_pending()
        self.action_due.clear()
        self._set_combo(self.action_status, ActionStatus.OPEN)
        _set_error(self.action_error, "")

    def _cancel_new(self) -> None:
        if self._mode not in (NEW_GOAL, NEW_ACTION):
            return
        kind, record_id = self._selected or ("", "")
        if kind == GOAL:
            self._set_mode(EDIT_GOAL, record_id)
        elif kind == ACTION:
            self._set_mode(EDIT_ACTION, record_id)
        else:
            self._set_mode(NONE)
        self._reload_form(force=True)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- goals

    def _default_indicator(self) -> str:
        return self._indicator_options[0][0] if self._indicator_options else ""

    def _update_indicator_options(self, conversation: Conversation) -> None:
        chosen = list(conversation.indicator_ids)
        if not chosen:
            chosen = [i.id for i in self.catalog.indicators]
        options = []
        for indicator_id in chosen:
            try:
                options.append((indicator_id, self.catalog.indicator(indicator_id).title))
            except KeyError:
                continue
        self._indicator_options = options

    def _fill_goal_combos(self, indicator_id: str, theme_id: str, pillar: str) -> None:
        options = list(self._indicator_options)
        if indicator_id and indicator_id not in [o[0] for o in options]:
            try:
                title = self.catalog.indicator(indicator_id).title
            except KeyError:
                title = indicator_id
            options.append(
                (indicator_id, self.tr("{title} (niet gekozen in dit gesprek)").format(title=title))
            )
        self._refill(self.goal_indicator, options, indicator_id)
        themes = [("", self.tr("— geen thema —"))] + [
            (t.id, t.title) for t in self.catalog.themes_for(indicator_id)
        ]
        if theme_id and theme_id not in [t[0] for t in themes]:
            try:
                themes.append((theme_id, self.catalog.theme(theme_id).title))
            except KeyError:
                themes.append((theme_id, theme_id))
        self._refill(self.goal_theme, themes, theme_id)
        self._set_combo(self.goal_pillar, pillar)

    @staticmethod
    def _refill(combo: QComboBox, options: list[tuple[str, str]], current: str) -> None:
        existing = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        if existing != options:
            combo.blockSignals(True)
            combo.clear()
            for value, label in options:
                combo.addItem(label, value)
                combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        ActionPlanEditor._set_combo(combo, current)

    @staticmethod
    def _set_combo(combo: QComboBox, value: str) -> None:
        index = combo.findData(str(value))
        if index >= 0 and combo.currentIndex() != index:
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def _on_indicator_picked(self) -> None:
        indicator_id = self.goal_indicator.currentData() or ""
        theme_id = self.goal_theme.currentData() or ""
        if theme_id and theme_id not in [t.id for t in self.catalog.themes_for(indicator_id)]:
            theme_id = ""
        self._fill_goal_combos(indicator_id, theme_id, self.goal_pillar.currentData() or "")
        self._store_goal(indicator_id=indicator_id, theme_id=theme_id)

    def _store_goal(self, **fields: Any) -> None:
        if self._mode != EDIT_GOAL or not self._record_id:
            return
        try:
            self.ops.update_goal(self._record_id, **fields)
        except ValidationError as exc:
            _set_error(self.goal_error, exc.message)
            return
        except PraatplaatError as exc:
            self._say(exc.message)
            return
        _set_error(self.goal_error, "")

    def _on_goal_return(self) -> None:
        if self._mode == NEW_GOAL:
            self._add_goal()
        else:
            self.goal_text.flush()

    def _add_goal(self) -> None:
        if self._mode != NEW_GOAL or self.session_id is None:
            return
        try:
            goal = self.ops.add_goal(
                self.session_id,
                self.goal_indicator.currentData() or "",
                self.goal_text.text(),
                self.goal_theme.currentData() or "",
                self.goal_pillar.currentData() or "",
            )
        except ValidationError as exc:
            _set_error(self.goal_error, exc.message)
            (self.goal_indicator if exc.field == "indicator_id" else self.goal_text).setFocus()
            return
        except PraatplaatError as exc:
            self._say(exc.message)
            return
        self._selected = (GOAL, goal.id)
        self.refresh()
        number = self.model.goal_number(goal.id)
        # The natural next step: the actions of this goal.
        self.new_action(goal.id)
        self._say(
            self.tr("Doel {number} toegevoegd. Schrijf nu de eerste actie op.").format(
                number=number
            )
        )

    # -- actions

    def _due_warning(self, due: Any) -> str | None:
        return due_date_warning(self.conversation.session if self.conversation else None, due)

    def _update_goal_combo(self, combo: QComboBox) -> None:
        current = combo.currentData() or ""
        goals = [n.goal for n in self.model.nodes if n.goal]
        options = [(g.id, f"{n}. {_short(g.text, 50)}") for n, g in enumerate(goals, start=1)]
        self._refill(combo, options, current)

    def _select_goal_in_combo(self, goal_id: str) -> None:
        self._update_goal_combo(self.action_goal)
        self._set_combo(self.action_goal, goal_id)
        if self._mode == NEW_ACTION:
            self._update_form_title()

    def _store_action(self, **fields: Any) -> None:
        if self._mode != EDIT_ACTION or not self._record_id:
            return
        try:
            self.ops.update_action(self._record_id, **fields)
        except ValidationError as exc:
            if exc.field == "due":
                self.action_due.set_error(exc.message)
            else:
                _set_error(self.action_error, exc.message)
            return
        except PraatplaatError as exc:
            self._say(exc.message)
            return
        _set_error(self.action_error, "")

    def _on_due_committed(self) -> None:
        try:
            due = self.action_due.value()
        except ValidationError as exc:
            self.action_due.set_error(exc.message)
            return
        self.action_due.set_warning(self._due_warning(due))
        self._store_action(due=due)

    def _on_action_goal_picked(self) -> None:
        goal_id = self.action_goal.currentData() or ""
        if self._mode == NEW_ACTION:
            self._update_form_title()
            return
        action = self._action(self._record_id)
        if self._mode != EDIT_ACTION or action is None or not goal_id or goal_id == action.goal_id:
            return
        try:
            self.ops.move_action(action.id, 10**6, goal_id=goal_id)
        except PraatplaatError as exc:
            self._say(exc.message)
            return
        self._say(
            self.tr("Actie verplaatst naar doel {number}.").format(
                number=self.model.goal_number(goal_id)
            )
        )
        self._selected = (ACTION, action.id)
        self.refresh()

    def _on_action_return(self) -> None:
        if self._mode == NEW_ACTION:
            self._add_action()
        else:
            self._flush_fields()

    def _add_action(self) -> None:
        if self._mode != NEW_ACTION or self.session_id is None:
            return
        try:
            due = self.action_due.value()
        except ValidationError as exc:
            self.action_due.set_error(exc.message)
            self.action_due.edit.setFocus()
            return
        goal_id = self.action_goal.currentData() or ""
        try:
            action = self.ops.add_action(
                self.session_id,
                goal_id,
                self.action_what.text(),
                self.action_who.text(),
                due,
                self.action_status.currentData() or ActionStatus.OPEN,
            )
        except ValidationError as exc:
            _set_error(self.action_error, exc.message)
            if exc.field == "what":
                self.action_what.setFocus()
            return
        except PraatplaatError as exc:
            self._say(exc.message)
            return
        warning = self._due_warning(action.due)
        self.refresh()
        index = self.model.find(ACTION, action.id)
        if index.isValid():
            self.tree.scrollTo(index)
        # Ready for the next action of the same goal.
        self._clear_action_fields()
        self._select_goal_in_combo(goal_id)
        self.action_what.setFocus(Qt.FocusReason.OtherFocusReason)
        note = (
            self.tr(" Let op: {warning}").format(warning=warning[0].lower() + warning[1:])
            if warning
            else ""
        )
        self._say(
            self.tr("Actie toegevoegd bij doel {number}.").format(
                number=self.model.goal_number(goal_id)
            )
            + note
        )

    def _move_action(self, action_id: str, delta: int) -> None:
        nodes = self.model.nodes
        for n, node in enumerate(nodes):
            ids = [a.id for a in node.actions]
            if action_id not in ids:
                continue
            position = ids.index(action_id) + delta
            if 0 <= position < len(ids):
                self.ops.move_action(action_id, position)
                return
            # Past the first or last action: on to the neighbouring goal.
            step = n + delta
            while 0 <= step < len(nodes) and nodes[step].goal is None:
                step += delta
            if 0 <= step < len(nodes):
                target = nodes[step]
                self.ops.move_action(
                    action_id, len(target.actions) if delta < 0 else 0, goal_id=target.id
                )
                self._say(
                    self.tr("Actie verplaatst naar doel {number}.").format(
                        number=self.model.goal_number(target.id)
                    )
                )
            return

    def _on_drop(self, kind: str, record_id: str, position: int, goal_id: str) -> None:
        # After the drag has finished: the tree is refilled when the change comes in.
        def move() -> None:
            if not shiboken6.isValid(self):
                return
            try:
                if kind == GOAL:
                    self.ops.move_goal(record_id, position)
                else:
                    self.ops.move_action(record_id, position, goal_id=goal_id or None)
            except PraatplaatError as exc:
                self._say(exc.message)
                return
            self._selected = (kind, record_id)

        QTimer.singleShot(0, move)

    # ------------------------------------------------------------------ helpers

    def _goal(self, goal_id: str) -> Goal | None:
        if self.conversation is None or not goal_id:
            return None
        return next((g for g in self.conversation.goals if g.id == goal_id), None)

    def _action(self, action_id: str) -> Action | None:
        if self.conversation is None or not action_id:
            return None
        return next(
            (a for a in self.conversation.actions if a.id == action_id and not a.draft), None
        )

    def _current_goal_id(self) -> str:
        """The selected goal, or the goal of the selected action."""
        if self._selected is None:
            return ""
        kind, record_id = self._selected
        if kind == GOAL:
            return record_id
        if kind == ACTION:
            action = self._action(record_id)
            if action and self._goal(action.goal_id):
                return action.goal_id
        return ""

    def _last_goal_id(self) -> str:
        goals = [n.id for n in self.model.nodes if n.goal]
        return goals[-1] if goals else ""

    def _neighbour(self, index: QModelIndex) -> tuple[str, str] | None:
        """What to select after ``index`` is removed: next, previous, or its goal."""
        if not index.isValid():
            return None
        parent = index.parent()
        for row in (index.row() + 1, index.row() - 1):
            sibling = self.model.index(row, 0, parent)
            if sibling.isValid():
                return (sibling.data(KIND_ROLE), sibling.data(ID_ROLE))
        if parent.isValid() and parent.data(KIND_ROLE) in (GOAL, LOOSE):
            return (parent.data(KIND_ROLE), parent.data(ID_ROLE))
        return None

    def _pdf(self, method: str) -> None:
        if self.session_id is None:
            return
        self._flush_fields()
        getattr(self.exporter, method)(self.session_id)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.emit(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    # ------------------------------------------------------------------ events

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = (
            Qt.Orientation.Horizontal
            if event.size().width() >= WIDE_LAYOUT
            else Qt.Orientation.Vertical
        )
        if self.splitter.orientation() != wanted or not self._split_done:
            self._split_done = True
            self.splitter.setOrientation(wanted)
            self.side_scroll.setMinimumWidth(320 if wanted == Qt.Orientation.Horizontal else 0)
            total = max(
                1,
                self.splitter.width()
                if wanted == Qt.Orientation.Horizontal
                else self.splitter.height(),
            )
            first = int(total * (0.6 if wanted == Qt.Orientation.Horizontal else 0.62))
            self.splitter.setSizes([first, total - first])


# --------------------------------------------------------------- in the app
