"""The follow-up conversation ("vervolggesprek"), about half a year after the evaluation.

Step 1 (only for a new conversation): date (the app's proposal filled in), facilitator and
the coordinator who is interviewed. Then three tabs:

* **Acties nalopen** — every earlier action of the route, one at a time: its status, what
  happened, what helped, what hindered, the next step (which can become a new action);
* **De evaluatie** — the fixed questions of ``analysis/follow_up_questions.toml``;
* **Nieuwe acties** — actions agreed in this conversation.

Everything is saved while typing (through the operations layer, with undo); there is no
save button. No SQL here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.analysis.follow_up import (
    EarlierAction,
    FollowUpState,
    earlier_actions,
    earlier_actions_of_route,
    evaluation_answers,
    follow_up_questions,
    review_fields,
    reviews_for_session,
    route_follow_up_status,
)
from praatplaat_app.analysis.follow_up import new_actions as actions_agreed_in
from praatplaat_app.domain import (
    ACTION_STATUS_LABELS,
    SESSION_KIND_LABELS,
    Action,
    ActionStatus,
    Route,
    Session,
)
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.formatting import long_date, short_date
from praatplaat_app.indicators import Catalog
from praatplaat_app.ui.i18n import date_edit_format

DEBOUNCE_MS = 400
ERROR_COLOR = "#B3261E"
MUTED = "#5A6570"
STATUS_MARKS = {
    ActionStatus.OPEN: "○",
    ActionStatus.IN_PROGRESS: "◐",
    ActionStatus.DONE: "●",
    ActionStatus.CANCELLED: "✕",
}
HINTS: dict[str, str] = {
    "what_happened": QT_TRANSLATE_NOOP(
        "FollowUpDialog", "Wat is er sinds de evaluatie met deze actie gedaan?"
    ),
    "helped": QT_TRANSLATE_NOOP(
        "FollowUpDialog", "Wat maakte het makkelijker: mensen, middelen, momenten?"
    ),
    "hindered": QT_TRANSLATE_NOOP("FollowUpDialog", "Wat zat in de weg?"),
    "next_step": QT_TRANSLATE_NOOP(
        "FollowUpDialog", "Wat gebeurt er nu? Maak er zo nodig een nieuwe actie van."
    ),
}


def _qdate(value: dt.date) -> Any:
    from PySide6.QtCore import QDate

    return QDate(value.year, value.month, value.day)


def _pydate(value: Any) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED};")
    return label


class _Autosave:
    """Calls ``save(text)`` shortly after the last keystroke, and at once on ``flush``."""

    def __init__(self, editor: QPlainTextEdit, save: Callable[[str], object]) -> None:
        self.editor = editor
        self.save = save
        self.timer = QTimer(editor)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        self.pending = False
        editor.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.pending = True
        self.timer.start()

    def flush(self) -> None:
        if self.pending:
            self.pending = False
            self.timer.stop()
            self.save(self.editor.toPlainText())


class FollowUpDialog(QDialog):
    """Hold (or continue) the follow-up conversation of one route."""

    session_created = Signal(str)

    def __init__(
        self,
        library: Any,
        catalog: Catalog,
        ops: Any,
        route_id: str,
        session_id: str | None = None,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self.route = library.get(Route, route_id)
        self.session_id = session_id
        self.today = today or dt.date.today()
        self._autosaves: list[_Autosave] = []
        self._loading = False
        self._items: list[EarlierAction] = []
        self._current: EarlierAction | None = None

        self.setWindowTitle(self.tr("Vervolggesprek — {route}").format(route=self.route.name))
        self.setAccessibleName(self.tr("Vervolggesprek"))
        self.resize(940, 680)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.subheading = _muted("")
        layout.addWidget(self.subheading)

        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        self.start_page = self._build_start_page()
        self.pages.addWidget(self.start_page)
        self.main_page = QTabWidget(self)
        self.main_page.setDocumentMode(True)
        self.pages.addWidget(self.main_page)

        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setToolTip(self.tr("Alles is al bewaard."))
        self.buttons.rejected.connect(self.reject)
        self.saved_label = _muted(self.tr("Alles wordt automatisch bewaard."))
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        if session_id is None:
            self.heading.setText(self.tr("Vervolggesprek — {route}").format(route=self.route.name))
            self.pages.setCurrentWidget(self.start_page)
            self.close_button.setText(self.tr("Annuleren"))
            self._status(self.tr("Er wordt pas iets bewaard als u het vervolggesprek begint."))
            self.resize(760, 460)
        else:
            self._open_session(session_id)

    # ------------------------------------------------------------ start page

    def _build_start_page(self) -> QWidget:
        page = QWidget()
        centre = QHBoxLayout(page)
        column = QWidget()
        column.setMaximumWidth(720)
        centre.addWidget(column, 10)
        centre.addStretch(1)
        outer = QVBoxLayout(column)
        status = route_follow_up_status(self.library, self.route.id, self.today)
        intro = QLabel(
            self.tr(
                "Ongeveer een half jaar na de evaluatie praat u met de coördinator van de route "
                "over hoe de evaluatie is verlopen en wat ermee is gedaan. U loopt alle acties "
                "uit de actieplannen na en legt nieuwe afspraken vast."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.proposal_label = QLabel(status.explanation)
        self.proposal_label.setWordWrap(True)
        if status.state == FollowUpState.OVERDUE:
            self.proposal_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        outer.addWidget(self.proposal_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        proposed = status.proposed_date
        # A planned date in the future is the proposal; a date that has passed means the
        # conversation is held now.
        start = proposed if proposed and proposed > self.today else self.today
        self.date_edit.setDate(_qdate(start))
        self.date_edit.setAccessibleName(self.tr("Datum van het vervolggesprek"))
        form.addRow(self.tr("Datum"), self.date_edit)
        self.facilitator_edit = QLineEdit()
        self.facilitator_edit.setAccessibleName(self.tr("Gespreksleider"))
        self.facilitator_edit.setPlaceholderText(self.tr("Wie leidt het gesprek?"))
        form.addRow(self.tr("Gespreksleider"), self.facilitator_edit)
        self.coordinator_edit = QLineEdit(self.route.coordinator)
        self.coordinator_edit.setAccessibleName(self.tr("Coördinator van de route"))
        self.coordinator_edit.setPlaceholderText(self.tr("Naam (mag leeg blijven)"))
        form.addRow(self.tr("Coördinator"), self.coordinator_edit)
        outer.addLayout(form)
        count = len(earlier_actions_of_route(self.library, self.route.id))
        questions = len(follow_up_questions())
        plan = (
            (
                self.tr(
                    "In het gesprek loopt u 1 actie uit eerdere "
                    "gesprekken na, bespreekt u {questions} vragen over de evaluatie en legt u "
                    "nieuwe acties vast."
                )
                if count == 1
                else self.tr(
                    "In het gesprek loopt u {count} acties uit eerdere "
                    "gesprekken na, bespreekt u {questions} vragen over de evaluatie en legt u "
                    "nieuwe acties vast."
                )
            ).format(count=count, questions=questions)
            if count
            else self.tr(
                "Deze route heeft nog geen acties. U bespreekt {questions} vragen over de "
                "evaluatie en legt nieuwe acties vast."
            ).format(questions=questions)
        )
        outer.addWidget(_muted(plan))
        self.start_error = QLabel()
        self.start_error.setWordWrap(True)
        self.start_error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.start_error.setAccessibleName(self.tr("Foutmelding"))
        self.start_error.hide()
        outer.addWidget(self.start_error)
        self.start_button = QPushButton(self.tr("Vervolggesprek beginnen"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        outer.addLayout(row)
        outer.addStretch(1)
        return page

    def start(self) -> bool:
        """Create the follow-up conversation from the start page; False on bad input."""
        people = [
            {
                "role": "coordinator",
                "name": self.coordinator_edit.text().strip(),
                "organisation": "",
            }
        ]
        try:
            session = self.ops.create_follow_up_session(
                self.route.id,
                _pydate(self.date_edit.date()),
                facilitator=self.facilitator_edit.text().strip(),
                participants=people,
            )
        except PraatplaatError as exc:
            self.start_error.setText(exc.message)
            self.start_error.show()
            return False
        self.start_error.hide()
        self.session_created.emit(session.id)
        self._open_session(session.id)
        return True

    # ------------------------------------------------------------- main tabs

    def _open_session(self, session_id: str) -> None:
        self.session_id = session_id
        session = self.library.get(Session, session_id)
        self.heading.setText(self.tr("Vervolggesprek — {route}").format(route=self.route.name))
        self.close_button.setText(self.tr("Sluiten"))
        self._status(self.tr("Alles wordt automatisch bewaard."))
        if self.width() < 940:
            self.resize(940, 680)
        who = (
            self.tr(" · gespreksleider: {name}").format(name=session.facilitator)
            if session.facilitator
            else ""
        )
        self.subheading.setText(f"{long_date(session.date)}{who}")
        self._items = earlier_actions(self.library, session_id)
        self.main_page.addTab(self._build_review_tab(), self._review_tab_title())
        self.main_page.addTab(self._build_questions_tab(), self.tr("De evaluatie"))
        self.main_page.addTab(self._build_new_actions_tab(), self.tr("Nieuwe acties"))
        self.pages.setCurrentWidget(self.main_page)
        if self._items:
            self.action_list.setCurrentRow(0)

    def _review_tab_title(self) -> str:
        return self.tr("Acties nalopen ({count})").format(count=len(self._items))

    def _build_review_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if not self._items:
            layout.addWidget(
                _muted(
                    self.tr(
                        "Deze route heeft nog geen acties uit eerdere gesprekken. Ga verder met "
                        "de vragen over de evaluatie (tabblad 'De evaluatie')."
                    )
                )
            )
            layout.addStretch(1)
            self.action_list = QListWidget()  # kept for a uniform API; not shown
            return page
        layout.addWidget(
            _muted(
                self.tr(
                    "Loop elke actie na. Een nieuwe status wordt meteen bij de actie bewaard; "
                    "de oude stand blijft in de geschiedenis."
                )
            )
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.action_list = QListWidget()
        self.action_list.setAccessibleName(self.tr("Acties uit eerdere gesprekken"))
        self.action_list.setWordWrap(True)
        self.action_list.setAlternatingRowColors(True)
        self.action_list.setSpacing(3)
        reviews = reviews_for_session(self.library, self.session_id)
        for item in self._items:
            widget_item = QListWidgetItem(self._list_text(item, item.action.id in reviews))
            widget_item.setData(Qt.ItemDataRole.UserRole, item.action.id)
            widget_item.setToolTip(item.action.what)
            self.action_list.addItem(widget_item)
        self.action_list.currentRowChanged.connect(self._show_action)
        splitter.addWidget(self.action_list)

        detail = QWidget()
        form = QVBoxLayout(detail)
        self.action_title = QLabel()
        self.action_title.setTextFormat(Qt.TextFormat.PlainText)
        self.action_title.setWordWrap(True)
        bold = self.action_title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.action_title.setFont(bold)
        form.addWidget(self.action_title)
        self.action_meta = _muted("")
        self.action_meta.setTextFormat(Qt.TextFormat.PlainText)
        form.addWidget(self.action_meta)
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Status nu:")))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status van de actie"))
        for status in ActionStatus:
            self.status_combo.addItem(ACTION_STATUS_LABELS[status], status.value)
        self.status_combo.activated.connect(self._status_chosen)
        status_row.addWidget(self.status_combo)
        status_row.addStretch(1)
        form.addLayout(status_row)
        self.answer_edits: dict[str, QPlainTextEdit] = {}
        for key, label in review_fields().items():
            title = QLabel(f"<b>{label}</b>")
            form.addWidget(title)
            edit = QPlainTextEdit()
            edit.setAccessibleName(label)
            edit.setPlaceholderText(self.tr(HINTS[key]))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(54)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            form.addWidget(edit, 1)
            self.answer_edits[key] = edit
            self._autosaves.append(_Autosave(edit, lambda text, k=key: self._save_answer(k, text)))
        buttons = QHBoxLayout()
        self.make_action_button = QPushButton(self.tr("Volgende stap als nieuwe actie"))
        self.make_action_button.setToolTip(
            self.tr("Zet de tekst bij 'Volgende stap' als nieuwe actie in dit vervolggesprek.")
        )
        self.make_action_button.clicked.connect(self._next_step_to_action)
        buttons.addWidget(self.make_action_button)
        buttons.addStretch(1)
        self.previous_button = QPushButton(self.tr("‹ Vorige"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button = QPushButton(self.tr("Volgende ›"))
        self.next_button.clicked.connect(lambda: self._step(1))
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        form.addLayout(buttons)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 560])
        layout.addWidget(splitter, 1)
        return page

    def _list_text(self, item: EarlierAction, reviewed: bool) -> str:
        mark = STATUS_MARKS.get(item.action.status, "○")
        done = self.tr("  ✓ nagelopen") if reviewed else ""
        origin = SESSION_KIND_LABELS.get(item.session.kind, item.session.kind).lower()
        date = short_date(item.session.date)
        return (
            f"{mark} {item.action.what or self.tr('(zonder omschrijving)')}\n"
            + self.tr("{status} · uit gesprek {origin} {date}").format(
                status=item.status_label, origin=origin, date=date
            )
            + done
        )

    def _show_action(self, row: int) -> None:
        self._flush()
        if row < 0 or row >= len(self._items):
            return
        self._loading = True
        try:
            item = self._items[row]
            action = self.library.get(Action, item.action.id)
            self._items[row] = item = EarlierAction(action, item.session)
            self._current = item
            self.action_title.setText(action.what or self.tr("(zonder omschrijving)"))
            bits = []
            if action.who:
                bits.append(self.tr("Wie: {who}").format(who=action.who))
            if action.due:
                bits.append(self.tr("Wanneer: {date}").format(date=long_date(action.due)))
            origin = SESSION_KIND_LABELS.get(item.session.kind, item.session.kind)
            bits.append(
                self.tr("Uit: {origin}, {date}").format(
                    origin=origin, date=long_date(item.session.date)
                )
            )
            self.action_meta.setText(" · ".join(bits))
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(action.status)))
            review = reviews_for_session(self.library, self.session_id).get(action.id)
            for key, edit in self.answer_edits.items():
                edit.setPlainText(review.answers.get(key, "") if review else "")
            for autosave in self._autosaves:
                autosave.pending = False
            self.previous_button.setEnabled(row > 0)
            self.next_button.setEnabled(row < len(self._items) - 1)
        finally:
            self._loading = False

    def _step(self, delta: int) -> None:
        row = self.action_list.currentRow() + delta
        if 0 <= row < self.action_list.count():
            self.action_list.setCurrentRow(row)

    def _status_chosen(self, _index: int) -> None:
        if self._loading or self._current is None:
            return
        status = self.status_combo.currentData()
        self._run(
            lambda: self.ops.review_action(self.session_id, self._current.action.id, status=status)
        )
        self._refresh_list_item()

    def _save_answer(self, key: str, text: str) -> None:
        if self._loading or self._current is None:
            return
        action_id = self._current.action.id
        self._run(lambda: self.ops.set_review_answer(self.session_id, action_id, key, text))
        self._refresh_list_item()

    def _refresh_list_item(self) -> None:
        row = self.action_list.currentRow()
        if row < 0 or self._current is None:
            return
        action = self.library.get(Action, self._current.action.id)
        self._items[row] = self._current = EarlierAction(action, self._current.session)
        reviewed = action.id in reviews_for_session(self.library, self.session_id)
        self.action_list.item(row).setText(self._list_text(self._current, reviewed))

    def _next_step_to_action(self) -> None:
        if self._current is None:
            return
        self._flush()
        text = self.answer_edits["next_step"].toPlainText().strip()
        if not text:
            self._status(
                self.tr("Schrijf eerst bij 'Volgende stap' wat er moet gebeuren."), error=True
            )
            return
        origin = self._current.action
        if self._run(
            lambda: self.ops.add_follow_up_action(
                self.session_id, text.splitlines()[0][:2000], origin.who, from_action_id=origin.id
            )
        ):
            self._reload_new_actions()
            self._status(self.tr("Nieuwe actie toegevoegd (tabblad 'Nieuwe acties')."))

    # ---------------------------------------------------------- questions tab

    def _build_questions_tab(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(
            _muted(self.tr("Over het proces van de evaluatie en wat ermee is gedaan."))
        )
        answers = evaluation_answers(self.library, self.session_id)
        self.question_edits: dict[str, QPlainTextEdit] = {}
        for number, question in enumerate(follow_up_questions(), start=1):
            label = QLabel(f"{number}. {question.text}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            layout.addWidget(label)
            if question.hint:
                layout.addWidget(_muted(question.hint))
            edit = QPlainTextEdit(answers.get(question.id, ""))
            edit.setAccessibleName(question.text)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(96)
            layout.addWidget(edit)
            layout.addSpacing(8)
            self.question_edits[question.id] = edit
            self._autosaves.append(
                _Autosave(
                    edit,
                    lambda text, q=question.id: self._run(
                        lambda: self.ops.set_evaluation_answer(self.session_id, q, text)
                    ),
                )
            )
        layout.addStretch(1)
        scroll.setWidget(inner)
        return scroll

    # -------------------------------------------------------- new actions tab

    def _build_new_actions_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _muted(
                self.tr(
                    "Acties die in dit vervolggesprek zijn afgesproken. Ze staan "
                    "ook in het actieplan van dit gesprek."
                )
            )
        )
        self.new_actions = QListWidget()
        self.new_actions.setAccessibleName(self.tr("Nieuwe acties"))
        layout.addWidget(self.new_actions, 1)
        form = QHBoxLayout()
        self.new_what = QLineEdit()
        self.new_what.setPlaceholderText(self.tr("Wat moet er gebeuren?"))
        self.new_what.setAccessibleName(self.tr("Nieuwe actie: wat"))
        self.new_who = QLineEdit()
        self.new_who.setPlaceholderText(self.tr("Wie?"))
        self.new_who.setAccessibleName(self.tr("Nieuwe actie: wie"))
        self.new_who.setMaximumWidth(200)
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.clicked.connect(self._add_new_action)
        self.new_what.returnPressed.connect(self._add_new_action)
        form.addWidget(self.new_what, 3)
        form.addWidget(self.new_who, 1)
        form.addWidget(self.add_button)
        layout.addLayout(form)
        self._reload_new_actions()
        return page

    def _reload_new_actions(self) -> None:
        self.new_actions.clear()
        actions = actions_agreed_in(self.library, self.session_id)
        for action in actions:
            who = f" — {action.who}" if action.who else ""
            self.new_actions.addItem(f"{action.what}{who}")
        if not actions:
            self.new_actions.addItem(self.tr("(nog geen nieuwe acties)"))

    def _add_new_action(self) -> None:
        what, who = self.new_what.text(), self.new_who.text()
        if self._run(lambda: self.ops.add_follow_up_action(self.session_id, what, who)):
            self.new_what.clear()
            self.new_who.clear()
            self._reload_new_actions()

    # ---------------------------------------------------------------- helpers

    def _run(self, operation: Callable[[], object]) -> bool:
        try:
            operation()
        except PraatplaatError as exc:
            self._status(exc.message, error=True)
            return False
        self._status(self.tr("Alles wordt automatisch bewaard."))
        return True

    def _status(self, text: str, *, error: bool = False) -> None:
        self.saved_label.setText(text)
        self.saved_label.setStyleSheet(f"color: {ERROR_COLOR if error else MUTED};")

    def _flush(self) -> None:
        for autosave in self._autosaves:
            autosave.flush()

    def done(self, result: int) -> None:
        self._flush()
        super().done(result)
