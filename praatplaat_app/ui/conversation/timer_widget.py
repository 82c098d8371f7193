"""An optional countdown for an indicator or a theme, with a quiet signal at the end.

No sound: when the time is up the display turns amber and says so. The facilitator
sets the minutes, starts, pauses and resets; with "Opnieuw bij elk onderdeel" the timer
starts over when the conversation moves to another indicator or theme.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from praatplaat_app.ui.conversation.common import emit

END_STYLE = "QLabel { background: #FFE8A3; color: #5A4300; border-radius: 4px; padding: 1px 6px; }"
RUN_STYLE = "QLabel { padding: 1px 6px; }"


def format_seconds(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class TimerWidget(QWidget):
    finished = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], float] | None = None
                 ) -> None:
        super().__init__(parent)
        self._clock = clock or time.monotonic
        self._duration = 10 * 60.0
        self._remaining = self._duration
        self._started_at: float | None = None
        self._done = False
        self._scope = ""

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        caption = QLabel("Tijd:", self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 180)
        self.minutes.setValue(10)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Minuten voor dit onderdeel")
        self.minutes.setToolTip("Hoeveel minuten voor dit onderdeel (indicator of thema)")
        self.minutes.valueChanged.connect(self._minutes_changed)
        caption.setBuddy(self.minutes)
        self.display = QLabel(format_seconds(self._remaining), self)
        self.display.setAccessibleName("Resterende tijd")
        self.display.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.display.setStyleSheet(RUN_STYLE)
        metrics = self.display.fontMetrics()
        self.display.setMinimumWidth(metrics.horizontalAdvance("Tijd is om 00:00"))
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton("Start", self)
        self.start_button.setAccessibleName("Tijd starten")
        self.start_button.setToolTip("De aftelklok starten of pauzeren")
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton("Opnieuw", self)
        self.reset_button.setAccessibleName("Tijd opnieuw instellen")
        self.reset_button.setToolTip("De aftelklok terugzetten")
        self.reset_button.clicked.connect(self.reset)
        self.restart_each = QCheckBox("Opnieuw bij elk onderdeel", self)
        self.restart_each.setAccessibleName("Tijd opnieuw starten bij elk nieuw onderdeel")
        self.restart_each.setToolTip(
            "Als u naar een ander thema of een andere indicator gaat, begint de tijd opnieuw"
        )
        for w in (caption, self.minutes, self.display, self.start_button, self.reset_button,
                  self.restart_each):
            layout.addWidget(w)
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self.tick)

    # ---------------------------------------------------------------- state

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def is_finished(self) -> bool:
        return self._done

    def remaining(self) -> float:
        if self._started_at is None:
            return self._remaining
        return max(0.0, self._remaining - (self._clock() - self._started_at))

    def text(self) -> str:
        return self.display.text()

    # ---------------------------------------------------------------- control

    def start(self) -> None:
        if self.running:
            return
        if self._done or self.remaining() <= 0:
            self._reset_values()
        self._started_at = self._clock()
        self._ticker.start()
        self._update()

    def pause(self) -> None:
        if not self.running:
            return
        self._remaining = self.remaining()
        self._started_at = None
        self._ticker.stop()
        self._update()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        self._ticker.stop()
        self._started_at = None
        self._reset_values()
        self._update()

    def set_scope(self, text: str) -> None:
        """What the time is for (an indicator or theme title); restarts when asked to."""
        if text == self._scope:
            return
        self._scope = text
        self.setToolTip(f"Tijd voor: {text}" if text else "")
        if self.restart_each.isChecked() and (self.running or self._done):
            self.reset()
            self.start()

    def tick(self) -> None:
        if self.running and self.remaining() <= 0:
            self._ticker.stop()
            self._started_at = None
            self._remaining = 0
            self._done = True
            self._update()
            emit(self.finished)
            return
        self._update()

    # ---------------------------------------------------------------- internals

    def _reset_values(self) -> None:
        self._duration = self.minutes.value() * 60.0
        self._remaining = self._duration
        self._done = False

    def _minutes_changed(self) -> None:
        if not self.running:
            self._reset_values()
            self._update()

    def _update(self) -> None:
        if self._done:
            self.display.setText("Tijd is om")
            self.display.setStyleSheet(END_STYLE)
            self.display.setAccessibleDescription("De tijd voor dit onderdeel is om")
        else:
            self.display.setText(format_seconds(self.remaining()))
            self.display.setStyleSheet(RUN_STYLE)
            self.display.setAccessibleDescription("")
        self.start_button.setText("Pauze" if self.running else "Start")
        self.start_button.setAccessibleName("Tijd pauzeren" if self.running else "Tijd starten")
        emit(self.changed)
