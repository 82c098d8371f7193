"""Walking through one indicator: the onderlegger for the facilitator, the themes, and per
theme the fields *Wat gaat goed*, *Wat kan beter* and *Notities*.

One :class:`IndicatorPage` shows one item at a time:

- the indicator itself (``theme_id == ""``): explanation and guiding questions (the
  onderlegger), examples from the route book, a tip, the themes and a free notes field;
- one theme of it: its guiding questions, "besproken", and the three note fields, with
  the students' earlier input beside them in a staff or joint conversation.

Every note field saves itself (see :mod:`note_editor`); "Actie maken" turns a note, or
the selected part of it, into a draft action for the action plan.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.domain import NOTE_KIND_LABELS, Conversation, NoteKind
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.indicators.catalog import Catalog, Indicator, Theme
from praatplaat_app.operations import Operations
from praatplaat_app.ui.conversation.common import ERROR_COLOR, emit
from praatplaat_app.ui.conversation.earlier_input import EarlierInput, EarlierInputBox
from praatplaat_app.ui.conversation.note_editor import NoteEditor, NoteKey

PLACEHOLDERS = {
    NoteKind.GOES_WELL: QT_TRANSLATE_NOOP(
        "IndicatorPage", "Wat gaat al goed? Typ hier; alles wordt vanzelf bewaard."
    ),
    NoteKind.IMPROVE: QT_TRANSLATE_NOOP("IndicatorPage", "Wat kan beter, en hoe?"),
    NoteKind.FREE: QT_TRANSLATE_NOOP("IndicatorPage", "Overige notities bij dit thema."),
}
THEME_KINDS = (NoteKind.GOES_WELL, NoteKind.IMPROVE, NoteKind.FREE)


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _muted(label: QLabel) -> QLabel:
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class Collapsible(QWidget):
    """A heading that shows or hides what is under it."""

    def __init__(
        self, title: str, content: QWidget, parent: QWidget | None = None, *, expanded: bool = False
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setText(title)
        self.toggle.setAccessibleName(title)
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(content)
        self.toggle.toggled.connect(self.set_expanded)
        self.set_expanded(expanded)

    def set_expanded(self, expanded: bool) -> None:
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleDescription("uitgeklapt" if expanded else "ingeklapt")
        self.content.setVisible(expanded)

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()


class QuestionsBox(QFrame):
    """The guiding questions, with the current one highlighted and Vorige/Volgende."""

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("QuestionsBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = _bold(QLabel(self.tr("Hulpvragen"), self))
        self.counter = _muted(QLabel(self))
        self.previous = QPushButton(self.tr("◀ Vorige vraag"), self)
        self.previous.setAccessibleName(self.tr("Vorige hulpvraag"))
        self.previous.setToolTip(self.tr("Vorige hulpvraag (Alt+PgUp); de projectie volgt"))
        self.next = QPushButton(self.tr("Volgende vraag ▶"), self)
        self.next.setAccessibleName(self.tr("Volgende hulpvraag"))
        self.next.setToolTip(self.tr("Volgende hulpvraag (Alt+PgDown); de projectie volgt"))
        top.addWidget(self.title)
        top.addWidget(self.counter)
        top.addStretch(1)
        top.addWidget(self.previous)
        top.addWidget(self.next)
        layout.addLayout(top)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Hulpvragen voor de gespreksleider"))
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.list.setStyleSheet(
            "QListWidget::item { padding: 3px 2px; }"
            "QListWidget::item:selected { background: #FFF1B8; color: #1F1F1F; }"
        )
        layout.addWidget(self.list)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(+1))
        self.list.currentRowChanged.connect(self._row_changed)
        self._questions: list[str] = []

    def set_questions(
        self, questions: list[str] | tuple[str, ...], current: int = 0, title: str | None = None
    ) -> None:
        self.title.setText(self.tr("Hulpvragen") if title is None else title)
        self._questions = list(questions)
        self.list.blockSignals(True)
        self.list.clear()
        for question in self._questions:
            item = QListWidgetItem(question, self.list)
            item.setToolTip(question)
        self.list.blockSignals(False)
        self._fit_height()
        self.set_current(current)

    def _fit_height(self) -> None:
        """Tall enough for every question (wrapped at the current width), at most ~8 lines."""
        line = self.list.fontMetrics().lineSpacing()
        margins = self.layout().contentsMargins()
        width = max(
            200, self.width() - margins.left() - margins.right() - 2 * self.list.frameWidth() - 12
        )
        bold = QFont(self.list.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        limit = line * 6.8
        total = 0
        for n, question in enumerate(self._questions):
            rect = metrics.boundingRect(
                0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), question
            )
            row = rect.height() + 6
            if n >= 2 and total + row > limit:
                break  # whole rows only; the list scrolls for the rest
            total += row
        total = max(total, line * 2) + 2 * self.list.frameWidth() + 2
        self.list.setFixedHeight(int(total))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()

    def questions(self) -> list[str]:
        return list(self._questions)

    def current(self) -> int:
        return max(0, self.list.currentRow())

    def current_text(self) -> str:
        if not self._questions:
            return ""
        return self._questions[min(self.current(), len(self._questions) - 1)]

    def set_current(self, index: int) -> None:
        if not self._questions:
            self._update_buttons()
            return
        index = max(0, min(index, len(self._questions) - 1))
        self.list.blockSignals(True)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)
        self._mark_current()
        self._update_buttons()

    def step(self, delta: int) -> None:
        if not self._questions:
            return
        target = max(0, min(self.current() + delta, len(self._questions) - 1))
        if target != self.current():
            self.list.setCurrentRow(target)

    def _row_changed(self, row: int) -> None:
        self._mark_current()
        self._update_buttons()
        if row >= 0:
            emit(self.current_changed, row)

    def _mark_current(self) -> None:
        current = self.list.currentRow()
        for row in range(self.list.count()):
            item = self.list.item(row)
            font = item.font()
            font.setBold(row == current)
            item.setFont(font)
        item = self.list.currentItem()
        if item is not None:
            self.list.scrollToItem(item)

    def _update_buttons(self) -> None:
        n = len(self._questions)
        i = self.current()
        self.counter.setText(
            self.tr("vraag {number} van {count}").format(number=i + 1, count=n) if n else ""
        )
        self.previous.setEnabled(n > 0 and i > 0)
        self.next.setEnabled(n > 0 and i < n - 1)


class TipLine(QWidget):
    """A small collapsible 'Tip' with the method's advice from the evaluations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setText(self.tr("Tip"))
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAccessibleName(self.tr("Tip tonen"))
        self.toggle.setToolTip(self.tr("Een tip uit de evaluaties van de routes"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("color: #4A4A4A;")
        self.more = QToolButton(self)
        self.more.setAutoRaise(True)
        self.more.setText(self.tr("Volgende tip"))
        self.more.setAccessibleName(self.tr("Volgende tip"))
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        self.toggle.toggled.connect(self._toggled)
        self.more.clicked.connect(self.next_tip)
        self._tips: list[str] = []
        self._index = 0
        self._toggled(False)

    def set_tips(self, tips: list[str], start: int = 0) -> None:
        self._tips = tips
        self._index = start % len(tips) if tips else 0
        self.setVisible(bool(tips))
        self._show()

    def next_tip(self) -> None:
        if self._tips:
            self._index = (self._index + 1) % len(self._tips)
            self._show()

    def text(self) -> str:
        return self._tips[self._index] if self._tips else ""

    def _toggled(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleName(self.tr("Tip verbergen") if on else self.tr("Tip tonen"))
        self._show()

    def _show(self) -> None:
        on = self.toggle.isChecked()
        if on:
            self.label.setText(self.text())
        else:
            first = self.text()
            self.label.setText(first[:70].rsplit(" ", 1)[0] + " …" if len(first) > 70 else first)
        self.label.setEnabled(on)
        self.more.setVisible(on and len(self._tips) > 1)


class NoteColumn(QWidget):
    """A label, the students' earlier input (optional), the note field and 'Actie maken'."""

    def __init__(
        self,
        kind: str,
        ops: Operations,
        parent: QWidget | None,
        writer: Callable[[NoteKey, str], object] | None,
        *,
        side_by_side: bool = False,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        label_text = NOTE_KIND_LABELS[kind]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = _bold(QLabel(label_text, self))
        layout.addWidget(self.label)
        self.earlier = EarlierInputBox(label_text, self)
        self.editor = NoteEditor(
            ops,
            self,
            accessible_name=label_text,
            # The texts are in the IndicatorPage context (see PLACEHOLDERS), not this class's.
            placeholder=(
                QCoreApplication.translate("IndicatorPage", PLACEHOLDERS[kind])
                if kind in PLACEHOLDERS
                else ""
            ),
            writer=writer,
        )
        self.editor.setMinimumHeight(self.editor.fontMetrics().lineSpacing() * 6)
        self.label.setBuddy(self.editor)
        if side_by_side:
            # The students' input to the right of the field (saves height on the overview).
            row = QHBoxLayout()
            row.setSpacing(12)
            row.addWidget(self.editor, 2)
            row.addWidget(self.earlier, 1, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row, 1)
        else:
            layout.addWidget(self.earlier)
            layout.addWidget(self.editor, 1)
        bottom = QHBoxLayout()
        self.action_button = QPushButton(self.tr("Actie maken"), self)
        self.action_button.setToolTip(
            self.tr(
                "Maak van deze notitie, of van de geselecteerde tekst, een conceptactie voor het "
                "actieplan (Ctrl+Shift+A)"
            )
        )
        self.action_button.setAccessibleName(
            self.tr("Actie maken van {what}").format(what=label_text.lower())
        )
        self.feedback = QLabel(self)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Melding"))
        bottom.addWidget(self.action_button)
        bottom.addWidget(self.feedback, 1)
        layout.addLayout(bottom)
        self.editor.failed.connect(self.show_problem)
        self.editor.saved.connect(lambda: self.show_feedback(""))

    def show_feedback(self, text: str) -> None:
        self.feedback.setStyleSheet("color: #2E6B2E;")
        self.feedback.setText(text)

    def show_problem(self, text: str) -> None:
        self.feedback.setStyleSheet(f"color: {ERROR_COLOR};")
        self.feedback.setText(text)


class IndicatorPage(QWidget):
    """The page for one chosen indicator, or one of its themes."""

    navigate_requested = Signal(str, str)  # indicator_id, theme_id
    question_changed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        ops: Operations,
        session_id: str,
        parent: QWidget | None = None,
        *,
        writer: Callable[[NoteKey, str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.ops = ops
        self.session_id = session_id
        self.indicator_id = ""
        self.theme_id = ""
        self.earlier: EarlierInput | None = None
        self._question_index: dict[tuple[str, str], int] = {}
        self._chosen: list[str] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        # -- header: colour band, title, poster text
        self.header = QFrame(self)
        self.header.setObjectName("IndicatorHeader")
        head = QHBoxLayout(self.header)
        head.setContentsMargins(12, 8, 12, 8)
        self.band = QFrame(self.header)
        self.band.setFixedWidth(10)
        head.addWidget(self.band)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = _bold(QLabel(self.header), 1.45)
        self.title.setAccessibleName(self.tr("Indicator"))
        self.title.setWordWrap(True)
        self.poster_text = _muted(QLabel(self.header))
        self.poster_text.setWordWrap(True)
        titles.addWidget(self.title)
        titles.addWidget(self.poster_text)
        head.addLayout(titles, 1)
        outer.addWidget(self.header)

        # Each page scrolls on its own, so the short theme page is not as tall as the
        # overview (a stacked widget is as tall as its tallest page).
        self.body = QStackedWidget(self)
        outer.addWidget(self.body, 1)

        self._build_overview(writer)
        self._build_theme(writer)

    # ---------------------------------------------------------------- building

    def _build_overview(self, writer: Callable[[NoteKey, str], object] | None) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.overview_questions = QuestionsBox(page)
        self.overview_questions.current_changed.connect(self._question_moved)
        layout.addWidget(self.overview_questions)

        self.explanation = QLabel(page)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setAccessibleName(self.tr("Toelichting bij de indicator"))
        self.explanation_box = Collapsible(
            self.tr("Toelichting voor de gespreksleider (onderlegger)"), self.explanation, page
        )
        layout.addWidget(self.explanation_box)

        self.examples = QLabel(page)
        self.examples.setWordWrap(True)
        self.examples.setTextFormat(Qt.TextFormat.RichText)
        self.examples.setAccessibleName(self.tr("Voorbeelden uit het routeboek"))
        self.examples_box = Collapsible(
            self.tr("Voorbeelden uit het routeboek"), self.examples, page
        )
        layout.addWidget(self.examples_box)

        self.overview_tip = TipLine(page)
        layout.addWidget(self.overview_tip)

        themes_label = _bold(QLabel(self.tr("Thema's bij deze indicator"), page))
        layout.addWidget(themes_label)
        self.theme_buttons_holder = QWidget(page)
        self.theme_buttons = QGridLayout(self.theme_buttons_holder)
        self.theme_buttons.setContentsMargins(0, 0, 0, 0)
        self.theme_buttons.setSpacing(6)
        layout.addWidget(self.theme_buttons_holder)

        notes_row = QHBoxLayout()
        notes_row.setSpacing(12)
        self.indicator_notes = NoteColumn(NoteKind.FREE, self.ops, page, writer, side_by_side=True)
        self.indicator_notes.label.setText(self.tr("Notities bij deze indicator"))
        self.indicator_notes.editor.setAccessibleName(self.tr("Notities bij deze indicator"))
        self.indicator_notes.editor.setPlaceholderText(
            self.tr("Notities bij de indicator als geheel. Typ hier; alles wordt vanzelf bewaard.")
        )
        notes_row.addWidget(self.indicator_notes, 1)
        layout.addLayout(notes_row, 1)
        self.overview_page = page
        self.overview_scroll = self._scrolled(page)

    def _build_theme(self, writer: Callable[[NoteKey, str], object] | None) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.theme_title = _bold(QLabel(page), 1.2)
        self.theme_title.setWordWrap(True)
        self.theme_title.setAccessibleName(self.tr("Thema"))
        self.discussed = QCheckBox(self.tr("Besproken"), page)
        self.discussed.setAccessibleName(self.tr("Thema besproken"))
        self.discussed.setToolTip(self.tr("Vink aan als dit thema is besproken"))
        self.discussed.clicked.connect(self._discussed_clicked)
        self.next_theme = QPushButton(self.tr("Volgend onderdeel ▶"), page)
        self.next_theme.setAccessibleName(self.tr("Volgend onderdeel"))
        self.next_theme.setToolTip(
            self.tr("Naar het volgende thema of de volgende indicator (Ctrl+PgDown)")
        )
        self.next_theme.clicked.connect(self._go_next)
        top.addWidget(self.theme_title, 1)
        top.addWidget(self.discussed)
        top.addWidget(self.next_theme)
        layout.addLayout(top)
        self.shared_with = _muted(QLabel(page))
        self.shared_with.setWordWrap(True)
        layout.addWidget(self.shared_with)
        self.theme_questions = QuestionsBox(page)
        self.theme_questions.current_changed.connect(self._question_moved)
        layout.addWidget(self.theme_questions)
        self.theme_tip = TipLine(page)
        layout.addWidget(self.theme_tip)
        self.earlier_source = _muted(QLabel(page))
        self.earlier_source.setWordWrap(True)
        layout.addWidget(self.earlier_source)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        self.columns: dict[str, NoteColumn] = {}
        for kind in THEME_KINDS:
            column = NoteColumn(kind, self.ops, page, writer)
            self.columns[kind] = column
            columns.addWidget(column, 1)
        layout.addLayout(columns, 1)
        self.theme_page = page
        self.theme_scroll = self._scrolled(page)
        for column in [*self.columns.values(), self.indicator_notes]:
            column.action_button.clicked.connect(
                lambda _c=False, col=column: self.make_action(col.editor)
            )
            column.editor.extra_menu = lambda _e, ed=column.editor: [self._action_for(ed)]

    def _scrolled(self, page: QWidget) -> QScrollArea:
        scroll = QScrollArea(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.body.addWidget(scroll)
        return scroll

    def _action_for(self, editor: NoteEditor) -> QAction:
        action = QAction(
            self.tr("Actie maken van de selectie")
            if editor.selected_text()
            else self.tr("Actie maken van deze notitie"),
            editor,
        )
        action.triggered.connect(lambda: self.make_action(editor))
        return action

    # ---------------------------------------------------------------- showing

    def editors(self) -> list[NoteEditor]:
        return [self.indicator_notes.editor] + [c.editor for c in self.columns.values()]

    def active_editors(self) -> list[NoteEditor]:
        if self.theme_id:
            return [c.editor for c in self.columns.values()]
        return [self.indicator_notes.editor]

    def flush(self) -> bool:
        ok = True
        for editor in self.editors():
            ok = editor.flush() and ok
        return ok

    def show_item(
        self,
        indicator_id: str,
        theme_id: str,
        conv: Conversation,
        earlier: EarlierInput | None,
    ) -> None:
        """Show ``indicator_id`` (and ``theme_id``, or its overview when empty)."""
        self.flush()
        indicator = self.catalog.indicator(indicator_id)
        changed_indicator = indicator_id != self.indicator_id
        self.indicator_id = indicator_id
        self.theme_id = theme_id
        self.earlier = earlier
        self._chosen = conv.indicator_ids
        if changed_indicator:
            self._show_header(indicator)
        if theme_id:
            self._show_theme(indicator, self.catalog.theme(theme_id), conv)
            self.body.setCurrentWidget(self.theme_scroll)
        else:
            self._show_overview(indicator, conv)
            self.body.setCurrentWidget(self.overview_scroll)
        self.body.currentWidget().verticalScrollBar().setValue(0)
        emit(self.question_changed)

    def _show_header(self, indicator: Indicator) -> None:
        self.band.setStyleSheet(f"background: {indicator.color}; border-radius: 3px;")
        self.title.setText(f"{indicator.number}. {indicator.title}")
        self.title.setStyleSheet(f"color: {indicator.color};")
        self.poster_text.setText(indicator.poster_text)
        self.explanation.setText(indicator.explanation)
        examples = self.catalog.examples_for(indicator.id)
        self.examples.setText(
            "".join(f"<p><b>{_esc(e.title)}</b><br>{_esc(e.summary)}</p>" for e in examples)
        )
        self.examples_box.setVisible(bool(examples))
        self.examples_box.toggle.setText(
            self.tr("Voorbeelden uit het routeboek ({count})").format(count=len(examples))
        )
        tips = [t.text for t in self.catalog.tips_for(indicator.id, "gesprek")]
        self.overview_tip.set_tips(tips)

    def _show_overview(self, indicator: Indicator, conv: Conversation) -> None:
        self.overview_questions.set_questions(
            indicator.guiding_questions,
            self._question_index.get((indicator.id, ""), 0),
            self.tr("Hulpvragen bij deze indicator"),
        )
        self._fill_theme_buttons(indicator, conv)
        key = NoteKey(self.session_id, indicator.id, "", NoteKind.FREE)
        self.indicator_notes.editor.bind(key, conv.note_text(indicator.id, "", NoteKind.FREE))
        self.indicator_notes.show_feedback("")
        self._show_earlier_for(self.indicator_notes, indicator.id, "", NoteKind.FREE)

    def _show_theme(self, indicator: Indicator, theme: Theme, conv: Conversation) -> None:
        self.theme_title.setText(theme.title)
        others = [self.catalog.indicator(i).title for i in theme.indicator_ids if i != indicator.id]
        self.shared_with.setText(
            self.tr("Dit thema hoort ook bij: ") + ", ".join(others) if others else ""
        )
        self.shared_with.setVisible(bool(others))
        self.discussed.setChecked(conv.is_discussed(indicator.id, theme.id))
        self.theme_questions.set_questions(
            theme.guiding_questions,
            self._question_index.get((indicator.id, theme.id), 0),
            self.tr("Hulpvragen bij dit thema"),
        )
        themes = self.catalog.themes_for(indicator.id)
        position = next((i for i, t in enumerate(themes) if t.id == theme.id), 0)
        tips = [t.text for t in self.catalog.tips_for(indicator.id, "gesprek")]
        self.theme_tip.set_tips(tips, position)
        for kind, column in self.columns.items():
            key = NoteKey(self.session_id, indicator.id, theme.id, kind)
            column.editor.bind(key, conv.note_text(indicator.id, theme.id, kind))
            column.editor.setAccessibleName(f"{NOTE_KIND_LABELS[kind]}: {theme.title}")
            column.show_feedback("")
            self._show_earlier_for(column, indicator.id, theme.id, kind)
        if self.earlier is not None:
            if self.earlier.empty:
                self.earlier_source.setText(
                    self.tr(
                        "Er is nog geen eerder studentengesprek over deze route; hun inbreng "
                        "verschijnt hier zodra dat er is."
                    )
                )
            else:
                self.earlier_source.setText(
                    self.tr(
                        "Naast elk veld staat wat de studenten zeiden ({dates}), alleen om te lezen."
                    ).format(dates=self.earlier.dates_text())
                )
        self.earlier_source.setVisible(self.earlier is not None)

    def _show_earlier_for(
        self, column: NoteColumn, indicator_id: str, theme_id: str, kind: str
    ) -> None:
        show = self.earlier is not None and not self.earlier.empty
        column.earlier.setVisible(show)
        if show:
            assert self.earlier is not None
            column.earlier.set_text(
                self.earlier.text(indicator_id, theme_id, kind),
                self.earlier.dates_only_text(),
            )

    def _fill_theme_buttons(self, indicator: Indicator, conv: Conversation) -> None:
        while self.theme_buttons.count():
            item = self.theme_buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        themes = self.catalog.themes_for(indicator.id)
        for n, theme in enumerate(themes):
            done = conv.is_discussed(indicator.id, theme.id)
            has_notes = any(conv.note_text(indicator.id, theme.id, k).strip() for k in THEME_KINDS)
            mark = "✓ " if done else ("✎ " if has_notes else "")
            button = QPushButton((mark + theme.title).replace("&", "&&"), self.theme_buttons_holder)
            button.setAccessibleName(
                theme.title
                + (self.tr(", besproken") if done else "")
                + (self.tr(", met notities") if has_notes else "")
            )
            button.setToolTip(self.tr("Naar dit thema"))
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(
                lambda _c=False, t=theme.id: emit(self.navigate_requested, self.indicator_id, t)
            )
            self.theme_buttons.addWidget(button, n // 2, n % 2)

    def refresh(self, conv: Conversation) -> None:
        """The library changed (undo, another view): show it, keeping what is typed."""
        self._chosen = conv.indicator_ids
        if not self.indicator_id:
            return
        if self.theme_id:
            self.discussed.setChecked(conv.is_discussed(self.indicator_id, self.theme_id))
            for kind, column in self.columns.items():
                column.editor.show_text(conv.note_text(self.indicator_id, self.theme_id, kind))
        else:
            self.indicator_notes.editor.show_text(
                conv.note_text(self.indicator_id, "", NoteKind.FREE)
            )
            self._fill_theme_buttons(self.catalog.indicator(self.indicator_id), conv)

    # ---------------------------------------------------------------- questions

    def questions_box(self) -> QuestionsBox:
        return self.theme_questions if self.theme_id else self.overview_questions

    def current_question(self) -> tuple[str, int, int]:
        box = self.questions_box()
        n = len(box.questions())
        return box.current_text(), (box.current() + 1 if n else 0), n

    def step_question(self, delta: int) -> None:
        self.questions_box().step(delta)

    def _question_moved(self, row: int) -> None:
        self._question_index[(self.indicator_id, self.theme_id)] = row
        emit(self.question_changed)

    # ---------------------------------------------------------------- actions

    def _discussed_clicked(self, checked: bool) -> None:
        if not self.theme_id:
            return
        self.ops.set_theme_discussed(self.session_id, self.indicator_id, self.theme_id, checked)
        theme = self.catalog.theme(self.theme_id).title
        emit(
            self.status_message,
            self.tr("‘{theme}’ is gemarkeerd als besproken.").format(theme=theme)
            if checked
            else self.tr("‘{theme}’ is niet meer gemarkeerd als besproken.").format(theme=theme),
        )

    def _go_next(self) -> None:
        emit(self.navigate_requested, "__next__", "")

    def make_action(self, editor: NoteEditor) -> bool:
        """Turn the editor's selection (or whole note) into a draft action."""
        column = next(
            (c for c in [*self.columns.values(), self.indicator_notes] if c.editor is editor),
            None,
        )
        if editor.key is None:
            return False
        if not editor.flush():
            return False
        selected = editor.selected_text().strip()
        note = self.ops.library.note(*editor.key)
        try:
            if note is None or not note.text.strip():
                raise PraatplaatError(
                    self.tr("Deze notitie is nog leeg. Schrijf eerst op wat er moet gebeuren.")
                )
            action = self.ops.note_to_draft_action(note.id, selected or None)
        except PraatplaatError as exc:
            if column is not None:
                column.show_problem(exc.message)
            emit(self.status_message, exc.message)
            return False
        short = action.what if len(action.what) <= 60 else action.what[:57] + "…"
        message = self.tr("Conceptactie gemaakt voor het actieplan: “{text}”").format(text=short)
        if column is not None:
            column.show_feedback(self.tr("✓ Conceptactie gemaakt"))
        emit(self.status_message, message)
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(900, 600)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
