"""The projector view: the poster and the current guiding question, in large type.

A second window, full screen on a second screen when there is one, otherwise a normal
window. It follows the facilitator (:meth:`ProjectorWindow.show_state`) and shows only
method content from the catalog — the poster, the current indicator and theme and the
current guiding question. It has no access to the library: it can never show notes,
participants' names or anything else typed in the conversation.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from praatplaat_app import APP_NAME
from praatplaat_app.indicators.catalog import Catalog
from praatplaat_app.ui.conversation.common import emit
from praatplaat_app.ui.conversation.poster_widget import PosterWidget


@dataclass(frozen=True)
class PresentationState:
    """What the group may see: catalog content only (ids, titles, one question)."""

    chosen: tuple[str, ...] = ()
    indicator_id: str = ""
    theme_id: str = ""
    heading: str = ""
    question: str = ""
    question_number: int = 0
    question_count: int = 0


class ProjectorWindow(QWidget):
    """Shown on the projector; never shows notes or names."""

    next_question_requested = Signal()
    previous_question_requested = Signal()
    closed = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.catalog = catalog
        self.state = PresentationState()
        self.setWindowTitle(self.tr("Projectie — {app}").format(app=APP_NAME))
        self.setAccessibleName(self.tr("Projectieweergave"))
        self.setObjectName("ProjectorWindow")
        self.setStyleSheet("#ProjectorWindow { background: #FFFFFF; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)
        self.poster = PosterWidget(catalog, self, interactive=False, projector=True)
        self.poster.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.heading = QLabel(self)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Onderwerp"))
        self.question = QLabel(self)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        self.question.setAccessibleName(self.tr("Hulpvraag"))
        self.counter = QLabel(self)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter.setAccessibleName(self.tr("Vraagnummer"))
        self.counter.setStyleSheet("color: #6A6A6A;")
        layout.addWidget(self.poster, 60)
        layout.addWidget(self.heading, 0)
        layout.addWidget(self.question, 30)
        layout.addWidget(self.counter, 0)
        self._apply_fonts()
        self.show_state(PresentationState())

    # ---------------------------------------------------------------- content

    def show_state(self, state: PresentationState) -> None:
        self.state = state
        self.poster.set_chosen(list(state.chosen))
        self.poster.set_current(state.indicator_id, state.theme_id)
        self.heading.setText(state.heading)
        color = "#1F1F1F"
        if state.indicator_id:
            try:
                color = QColor(self.catalog.indicator(state.indicator_id).color).name()
            except KeyError:
                pass
        self.heading.setStyleSheet(f"color: {color};")
        self.question.setText(state.question)
        self.counter.setText(
            self.tr("Vraag {number} van {count}").format(
                number=state.question_number, count=state.question_count
            )
            if state.question and state.question_count > 1
            else ""
        )

    def texts(self) -> list[str]:
        """Everything this window shows as text (labels and the poster)."""
        labels = [w.text() for w in self.findChildren(QLabel)]
        return labels + self.poster.painted_texts() + [self.windowTitle()]

    # ---------------------------------------------------------------- showing

    def show_on_best_screen(self, facilitator_window: QWidget | None = None) -> None:
        """Full screen on another screen than the facilitator's; else a normal window."""
        from praatplaat_app.ui.settings_dialog import projector_screen

        screens = QGuiApplication.screens()
        own = facilitator_window.screen() if facilitator_window is not None else None
        others = [s for s in screens if s is not own]
        chosen = projector_screen()  # the screen picked in the settings, when connected
        if chosen is not None and chosen is not own:
            others = [chosen]
        if own is not None and others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            if not self.isVisible():
                available = (own or QGuiApplication.primaryScreen()).availableGeometry()
                self.resize(int(available.width() * 0.6), int(available.height() * 0.7))
            self.showNormal()
        self.raise_()

    # ---------------------------------------------------------------- sizing

    def _apply_fonts(self) -> None:
        h = max(300, self.height())
        heading = QFont(self.font())
        heading.setPixelSize(max(16, int(h * 0.034)))
        heading.setBold(True)
        self.heading.setFont(heading)
        question = QFont(self.font())
        question.setPixelSize(max(18, int(h * 0.045)))
        self.question.setFont(question)
        counter = QFont(self.font())
        counter.setPixelSize(max(12, int(h * 0.02)))
        self.counter.setFont(counter)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._apply_fonts()

    # ---------------------------------------------------------------- keys

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            emit(self.next_question_requested)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up):
            emit(self.previous_question_requested)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        emit(self.closed)
        super().closeEvent(event)
