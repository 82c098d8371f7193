"""Kiosk mode: participants fill in the questionnaire on the facilitator's laptop.

One respondent after another, anonymously:

1. a welcome page with the questionnaire's introduction and the role question
   (student, werkbegeleider, docent, praktijkopleider, anders);
2. one statement per page, "Vraag 3 van 10", with five large answer buttons carrying the
   Likert labels; keys 1–5 choose, Enter or → goes on, ← goes back; a question may be
   skipped;
3. a last page with "Klaar": the response is stored (one operation, so it can be undone
   from the main window) and every answer is cleared at once;
4. a thank-you page that returns to the welcome page by itself after a few seconds, so
   the next respondent never sees the previous answers.

Leaving needs the facilitator: the exit code chosen when starting kiosk mode (asked for
by the small "Stoppen" button, Ctrl+Shift+Q, or closing the window). The code is only
kept in memory, as a salted hash; after five wrong tries the exit is locked for half a
minute. While the kiosk runs the main window is hidden (see
:func:`praatplaat_app.ui.questionnaire.start_kiosk`), so nobody can look at other
conversations.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app import APP_NAME
from praatplaat_app.domain import ROLE_LABELS
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.indicators import Catalog, Questionnaire
from praatplaat_app.questionnaire.responses import KIOSK_ROLES

MIN_CODE_LENGTH = 4
MAX_WRONG_CODES = 5
LOCK_SECONDS = 30
THANKS_SECONDS = 6

BACKGROUND = "#F4F6F8"
ACCENT = "#1F3B57"
FOCUS = "#0072B2"

KIOSK_STYLE = f"""
#KioskWindow {{ background: {BACKGROUND}; }}
#KioskWindow QLabel {{ color: #1F262D; }}
#KioskWindow QLabel[kind="title"] {{ font-size: 30px; font-weight: bold; color: {ACCENT}; }}
#KioskWindow QLabel[kind="intro"] {{ font-size: 19px; }}
#KioskWindow QLabel[kind="question"] {{ font-size: 28px; font-weight: bold; color: {ACCENT}; }}
#KioskWindow QLabel[kind="progress"] {{ font-size: 17px; color: #3A4650; }}
#KioskWindow QLabel[kind="hint"] {{ font-size: 15px; color: #5A6570; }}
#KioskWindow QLabel[kind="error"] {{ font-size: 16px; color: #B3261E; }}
#KioskWindow QRadioButton {{
    font-size: 21px; padding: 12px 18px; spacing: 14px;
    background: #FFFFFF; border: 2px solid #C5CCD3; border-radius: 12px;
}}
#KioskWindow QRadioButton:hover {{ border-color: #8A949E; }}
#KioskWindow QRadioButton:checked {{ background: #E3EEF7; border-color: {ACCENT}; }}
#KioskWindow QRadioButton:focus {{ border: 3px solid {FOCUS}; }}
#KioskWindow QRadioButton::indicator {{ width: 24px; height: 24px; }}
#KioskWindow QPushButton {{
    font-size: 19px; padding: 10px 22px; border-radius: 10px;
    background: #FFFFFF; border: 2px solid #8A949E; color: #1F262D;
}}
#KioskWindow QPushButton:focus {{ border: 3px solid {FOCUS}; }}
#KioskWindow QPushButton[kind="primary"] {{
    background: {ACCENT}; color: #FFFFFF; border-color: {ACCENT}; font-weight: bold;
}}
#KioskWindow QPushButton[kind="primary"]:disabled {{
    background: #8A949E; border-color: #8A949E;
}}
#KioskWindow QPushButton[kind="quiet"] {{
    font-size: 13px; padding: 4px 10px; border: none; background: transparent;
    color: #5A6570; text-decoration: underline;
}}
#KioskWindow QProgressBar {{
    border: none; background: #DCE2E8; border-radius: 5px; max-height: 10px;
}}
#KioskWindow QProgressBar::chunk {{ background: {ACCENT}; border-radius: 5px; }}
"""


def _hash(code: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", code.strip().encode("utf-8"), salt, 50_000)


def _label(text: str, kind: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("kind", kind)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _button(text: str, kind: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setProperty("kind", kind)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class _Column(QWidget):
    """A page whose content sits in a calm, centred column of readable width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        self.body = QVBoxLayout()
        self.body.setSpacing(16)
        inner = QWidget(self)
        inner.setLayout(self.body)
        inner.setMaximumWidth(880)
        outer.addStretch(1)
        outer.addWidget(inner, 12)
        outer.addStretch(1)


class KioskWindow(QWidget):
    """The questionnaire, one respondent after another, without traces between them."""

    response_saved = Signal(str)  # the id of the stored response
    closed = Signal()

    def __init__(
        self,
        ops: object,
        catalog: Catalog,
        session_id: str,
        questionnaire_id: str,
        exit_code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if len(exit_code.strip()) < MIN_CODE_LENGTH:
            raise ValueError("exit code too short")
        self.ops = ops
        self.catalog = catalog
        self.session_id = session_id
        self.questionnaire: Questionnaire = catalog.questionnaire(questionnaire_id)
        self.informal = self.questionnaire.audience == "students"
        self._salt = os.urandom(16)
        self._code_hash = _hash(exit_code, self._salt)
        self._wrong = 0
        self._locked_until = 0.0
        self._unlocked = False
        self.saved_count = 0

        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(KIOSK_STYLE)
        self.setWindowTitle(f"{self.questionnaire.title} — {APP_NAME}")
        self.setAccessibleName(
            self.tr("Vragenlijst invullen: {title}").format(title=self.questionnaire.title)
        )

        self.pages = QStackedWidget(self)
        self.role_group = QButtonGroup(self)
        self.role_group.setExclusive(True)
        self.answer_groups: list[QButtonGroup] = []
        self._build_welcome()
        self._build_items()
        self._build_finish()
        self._build_thanks()

        self.exit_button = _button(self.tr("Stoppen (gespreksleider)"), "quiet", self)
        self.exit_button.setToolTip(
            self.tr("Alleen voor de gespreksleider: kioskmodus afsluiten met de code")
        )
        # Participants tab through the answers only; the facilitator leaves by keyboard
        # with Ctrl+Shift+Q (and the code), or by clicking this button.
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exit_button.setProperty(
            "a11y_no_tab_focus", "alleen voor de gespreksleider; toets Ctrl+Shift+Q"
        )
        self.exit_button.setToolTip(
            self.tr(
                "Alleen voor de gespreksleider: kioskmodus afsluiten met de code (Ctrl+Shift+Q)"
            )
        )
        self.exit_button.clicked.connect(self.request_exit)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(12, 0, 12, 8)
        bottom.addStretch(1)
        bottom.addWidget(self.exit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.request_exit)
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.setInterval(THANKS_SECONDS * 1000)
        self._thanks_timer.timeout.connect(self.next_respondent)

        self.resize(1100, 760)
        self.clear()

    # -------------------------------------------------------------- building

    def _you(self, informal: str, formal: str) -> str:
        return informal if self.informal else formal

    def _build_welcome(self) -> None:
        page = _Column()
        body = page.body
        body.addStretch(1)
        body.addWidget(_label(self.questionnaire.title, "title", page))
        intro = " ".join(self.questionnaire.intro.split())
        body.addWidget(_label(intro, "intro", page))
        body.addWidget(
            _label(
                self._you(
                    self.tr("Je antwoorden zijn anoniem: je naam wordt nergens gevraagd."),
                    self.tr("Uw antwoorden zijn anoniem: uw naam wordt nergens gevraagd."),
                ),
                "hint",
                page,
            )
        )
        body.addSpacing(8)
        question = _label(
            self._you(self.tr("Wat is je rol?"), self.tr("Wat is uw rol?")), "question", page
        )
        body.addWidget(question)
        roles = QVBoxLayout()
        roles.setSpacing(8)
        for n, role in enumerate(KIOSK_ROLES):
            button = QRadioButton(ROLE_LABELS[role], page)
            button.setProperty("role_value", role)
            button.setAccessibleName(f"Rol: {ROLE_LABELS[role]}")
            self.role_group.addButton(button, n)
            roles.addWidget(button)
        body.addLayout(roles)
        self.role_group.buttonToggled.connect(lambda *_: self._update_start())
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = _button(self.tr("Beginnen  →"), "primary", page)
        self.start_button.clicked.connect(lambda: self.go_to_item(0))
        row.addWidget(self.start_button)
        body.addLayout(row)
        body.addStretch(2)
        self.welcome_page = self._scrolling(page)
        self.pages.addWidget(self.welcome_page)

    def _build_items(self) -> None:
        self.item_pages: list[QWidget] = []
        self.progress_labels: list[QLabel] = []
        total = len(self.questionnaire.items)
        for index, item in enumerate(self.questionnaire.items):
            page = _Column()
            body = page.body
            body.addStretch(1)
            progress = _label(
                self.tr("Vraag {n} van {total}").format(n=index + 1, total=total), "progress", page
            )
            body.addWidget(progress)
            bar = QProgressBar(page)
            bar.setRange(0, total)
            bar.setValue(index + 1)
            bar.setTextVisible(False)
            bar.setAccessibleName(self.tr("Vraag {n} van {total}").format(n=index + 1, total=total))
            body.addWidget(bar)
            body.addSpacing(12)
            statement = _label(item.text, "question", page)
            statement.setAccessibleName(
                self.tr("Uitspraak {n}: {text}").format(n=index + 1, text=item.text)
            )
            body.addWidget(statement)
            body.addWidget(
                _label(
                    self._you(
                        self.tr("In hoeverre ben je het hiermee eens?"),
                        self.tr("In hoeverre bent u het hiermee eens?"),
                    ),
                    "hint",
                    page,
                )
            )
            group = QButtonGroup(self)
            group.setExclusive(True)
            options = QVBoxLayout()
            options.setSpacing(8)
            for value, label in enumerate(self.questionnaire.likert_labels, start=1):
                button = QRadioButton(f"{value}   {label}", page)
                button.setAccessibleName(
                    self.tr("{label} ({value} van 5)").format(label=label, value=value)
                )
                group.addButton(button, value)
                options.addWidget(button)
            body.addLayout(options)
            body.addWidget(
                _label(
                    self._you(
                        self.tr(
                            "Toets 1 tot en met 5 om te kiezen en Enter voor de volgende vraag. "
                            "Je mag een vraag overslaan."
                        ),
                        self.tr(
                            "Toets 1 tot en met 5 om te kiezen en Enter voor de volgende vraag. "
                            "U mag een vraag overslaan."
                        ),
                    ),
                    "hint",
                    page,
                )
            )
            row = QHBoxLayout()
            back = _button(self.tr("←  Vorige"), "secondary", page)
            back.clicked.connect(lambda _=False, i=index: self.go_to_item(i - 1))
            forward = _button(self.tr("Volgende  →"), "primary", page)
            forward.clicked.connect(lambda _=False, i=index: self.go_to_item(i + 1))
            row.addWidget(back)
            row.addStretch(1)
            row.addWidget(forward)
            body.addLayout(row)
            body.addStretch(2)
            self.answer_groups.append(group)
            self.progress_labels.append(progress)
            wrapper = self._scrolling(page)
            self.item_pages.append(wrapper)
            self.pages.addWidget(wrapper)

    def _build_finish(self) -> None:
        page = _Column()
        body = page.body
        body.addStretch(1)
        body.addWidget(_label(self.tr("Klaar om te versturen?"), "title", page))
        self.finish_summary = _label("", "intro", page)
        body.addWidget(self.finish_summary)
        self.finish_error = _label("", "error", page)
        self.finish_error.hide()
        body.addWidget(self.finish_error)
        row = QHBoxLayout()
        back = _button(self.tr("←  Terug naar de vragen"), "secondary", page)
        back.clicked.connect(lambda: self.go_to_item(len(self.answer_groups) - 1))
        self.done_button = _button(self.tr("Klaar"), "primary", page)
        self.done_button.setAccessibleName(self.tr("Klaar: antwoorden bewaren"))
        self.done_button.setMinimumWidth(200)
        self.done_button.clicked.connect(self.finish)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.done_button)
        body.addLayout(row)
        body.addStretch(2)
        self.finish_page = self._scrolling(page)
        self.pages.addWidget(self.finish_page)

    def _build_thanks(self) -> None:
        page = _Column()
        body = page.body
        body.addStretch(1)
        body.addWidget(_label(self.tr("Bedankt!"), "title", page))
        body.addWidget(
            _label(
                self._you(
                    self.tr("Je antwoorden zijn bewaard. Geef de laptop door aan de volgende."),
                    self.tr("Uw antwoorden zijn bewaard. Geef de laptop door aan de volgende."),
                ),
                "intro",
                page,
            )
        )
        self.thanks_count = _label("", "hint", page)
        body.addWidget(self.thanks_count)
        row = QHBoxLayout()
        row.addStretch(1)
        self.next_button = _button(self.tr("Volgende deelnemer  →"), "primary", page)
        self.next_button.clicked.connect(self.next_respondent)
        row.addWidget(self.next_button)
        body.addLayout(row)
        body.addStretch(2)
        self.thanks_page = page
        self.pages.addWidget(page)

    def _scrolling(self, page: QWidget) -> QScrollArea:
        """Large text on a small screen still fits: the page scrolls when needed."""
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        return scroll

    # ------------------------------------------------------------ navigation

    @property
    def role(self) -> str | None:
        button = self.role_group.checkedButton()
        return str(button.property("role_value")) if button is not None else None

    def answers(self) -> dict[str, int | None]:
        return {
            item.id: (group.checkedId() if group.checkedId() > 0 else None)
            for item, group in zip(self.questionnaire.items, self.answer_groups, strict=True)
        }

    def all_radio_buttons(self) -> list[QRadioButton]:
        return self.findChildren(QRadioButton)

    def current_item(self) -> int | None:
        """The index of the statement on screen, or None on another page."""
        widget = self.pages.currentWidget()
        return self.item_pages.index(widget) if widget in self.item_pages else None

    def _update_start(self) -> None:
        self.start_button.setEnabled(self.role is not None)

    def go_to_item(self, index: int) -> None:
        if index < 0:
            self.pages.setCurrentWidget(self.welcome_page)
            checked = self.role_group.checkedButton()
            (checked or self.role_group.buttons()[0]).setFocus()
            return
        if self.role is None:
            self.pages.setCurrentWidget(self.welcome_page)
            return
        if index >= len(self.item_pages):
            self._show_finish()
            return
        self.pages.setCurrentWidget(self.item_pages[index])
        group = self.answer_groups[index]
        target: QAbstractButton = group.checkedButton() or group.buttons()[0]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_finish(self) -> None:
        answered = sum(1 for v in self.answers().values() if v is not None)
        total = len(self.answer_groups)
        if answered == 0:
            text = self._you(
                self.tr("Je hebt nog geen enkele vraag beantwoord. Ga terug naar de vragen."),
                self.tr("U hebt nog geen enkele vraag beantwoord. Ga terug naar de vragen."),
            )
        else:
            text = self._you(
                self.tr(
                    "Je hebt {answered} van de {total} vragen beantwoord. Druk op ‘Klaar’ om je "
                    "antwoorden te bewaren."
                ).format(answered=answered, total=total),
                self.tr(
                    "U hebt {answered} van de {total} vragen beantwoord. Druk op ‘Klaar’ om uw "
                    "antwoorden te bewaren."
                ).format(answered=answered, total=total),
            )
        self.finish_summary.setText(text)
        self.finish_error.hide()
        self.done_button.setEnabled(answered > 0)
        self.pages.setCurrentWidget(self.finish_page)
        if answered:
            self.done_button.setFocus()

    def finish(self) -> None:
        """ "Klaar": store the response, then wipe every answer for the next respondent."""
        role = self.role
        answers = self.answers()
        if role is None or all(v is None for v in answers.values()):
            self._show_finish()
            return
        try:
            response = self.ops.add_response(  # type: ignore[attr-defined]
                self.session_id, self.questionnaire.id, role, answers
            )
        except PraatplaatError as exc:
            self.finish_error.setText(
                self.tr("Het bewaren is niet gelukt: {message} Roep de gespreksleider.").format(
                    message=exc.message
                )
            )
            self.finish_error.show()
            return
        self.saved_count += 1
        self.clear()
        self.thanks_count.setText(
            self.tr("Ingevulde vragenlijsten in deze ronde: {count}").format(count=self.saved_count)
        )
        self.pages.setCurrentWidget(self.thanks_page)
        self.next_button.setFocus()
        self._thanks_timer.start()
        self.response_saved.emit(response.id)

    def clear(self) -> None:
        """Uncheck every button and return to the start: no trace of the last respondent."""
        for group in [self.role_group, *self.answer_groups]:
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.finish_summary.setText("")
        self.finish_error.hide()
        self._update_start()
        self.pages.setCurrentWidget(self.welcome_page)
        self.role_group.buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def next_respondent(self) -> None:
        self._thanks_timer.stop()
        self.clear()

    # ------------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = self.current_item()
        if index is not None:
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
                button = self.answer_groups[index].button(key - Qt.Key.Key_0)
                button.setChecked(True)
                button.setFocus()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right):
                self.go_to_item(index + 1)
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
                self.go_to_item(index - 1)
                return
        elif self.pages.currentWidget() is self.welcome_page:
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_0 + len(KIOSK_ROLES):
                button = self.role_group.button(key - Qt.Key.Key_1)
                button.setChecked(True)
                button.setFocus()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.role is not None:
                self.go_to_item(0)
                return
        elif self.pages.currentWidget() is self.finish_page and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if self.done_button.isEnabled():
                self.finish()
            return
        elif self.pages.currentWidget() is self.thanks_page and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.next_respondent()
            return
        if key == Qt.Key.Key_Escape:
            return  # Esc never leaves kiosk mode
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ exit

    @property
    def exit_locked_for(self) -> int:
        """Seconds until the code may be tried again (after too many wrong tries)."""
        return max(0, int(round(self._locked_until - time.monotonic())))

    def try_exit(self, code: str) -> bool:
        """Close the kiosk when ``code`` is the facilitator's code. False otherwise."""
        if self.exit_locked_for:
            return False
        if not hmac.compare_digest(_hash(code, self._salt), self._code_hash):
            self._wrong += 1
            if self._wrong >= MAX_WRONG_CODES:
                self._wrong = 0
                self._locked_until = time.monotonic() + LOCK_SECONDS
            return False
        self._wrong = 0
        self._unlocked = True
        self._thanks_timer.stop()
        self.clear()  # answers on screen are not stored
        self.close()
        return True

    def request_exit(self) -> None:
        """Ask for the facilitator's code (a small dialog)."""
        dialog = ExitDialog(self)
        while True:
            if self.exit_locked_for:
                dialog.show_error(
                    self.tr(
                        "Te vaak een verkeerde code. Probeer het over {seconds} seconden opnieuw."
                    ).format(seconds=self.exit_locked_for)
                )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            if self.try_exit(dialog.code()):
                return
            if not self.exit_locked_for:
                dialog.show_error(
                    self.tr("Die code klopt niet. Alleen de gespreksleider kan stoppen.")
                )
            dialog.clear_code()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unlocked:
            event.ignore()
            QTimer.singleShot(0, self.request_exit)
            return
        event.accept()
        self.closed.emit()


class ExitDialog(QDialog):
    """The facilitator types the exit code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kioskmodus stoppen"))
        self.setAccessibleName(self.tr("Kioskmodus stoppen"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Alleen voor de gespreksleider.\nTyp de code die u koos bij het starten."),
                self,
            )
        )
        self.code_edit = QLineEdit(self)
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setAccessibleName(self.tr("Code om te stoppen"))
        layout.addWidget(self.code_edit)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #B3261E;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Stoppen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def code(self) -> str:
        return self.code_edit.text()

    def clear_code(self) -> None:
        self.code_edit.clear()
        self.code_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class KioskStartDialog(QDialog):
    """Before the kiosk starts: which questionnaire, and the facilitator's exit code."""

    def __init__(
        self,
        catalog: Catalog,
        default_questionnaire: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vragenlijst invullen op deze laptop"))
        self.setAccessibleName(self.tr("Kioskmodus starten"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Deelnemers vullen de vragenlijst na elkaar in op deze laptop, anoniem. Na "
                "‘Klaar’ wordt het scherm leeggemaakt voor de volgende.\n\n"
                "Kies een code om de kioskmodus straks weer te stoppen. Deelnemers kunnen "
                "zonder die code niet bij de rest van Praatplaat."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.questionnaire_combo = QComboBox(self)
        for questionnaire in catalog.questionnaires:
            self.questionnaire_combo.addItem(questionnaire.title, questionnaire.id)
        if default_questionnaire:
            index = self.questionnaire_combo.findData(default_questionnaire)
            if index >= 0:
                self.questionnaire_combo.setCurrentIndex(index)
        self.code_edit = QLineEdit(self)
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setPlaceholderText(
            self.tr("minstens {count} tekens").format(count=MIN_CODE_LENGTH)
        )
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Vragenlijst:"), self.questionnaire_combo)
        form.addRow(self.tr("&Code om te stoppen:"), self.code_edit)
        form.addRow(self.tr("Code &herhalen:"), self.repeat_edit)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #B3261E;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Kioskmodus starten"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def questionnaire_id(self) -> str:
        return str(self.questionnaire_combo.currentData())

    def code(self) -> str:
        return self.code_edit.text().strip()

    def problem(self) -> str:
        if len(self.code()) < MIN_CODE_LENGTH:
            return self.tr("Kies een code van minstens {count} tekens.").format(
                count=MIN_CODE_LENGTH
            )
        if self.code() != self.repeat_edit.text().strip():
            return self.tr("De twee codes zijn niet gelijk. Typ dezelfde code twee keer.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()
