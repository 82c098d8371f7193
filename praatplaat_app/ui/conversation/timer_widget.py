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

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] | None = None
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
        caption = QLabel(self.tr("Tijd:"), self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 180)
        self.minutes.setValue(10)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName(self.tr("Minuten voor dit onderdeel"))
        self.minutes.setToolTip(self.tr("Hoeveel minuten voor dit onderdeel (indicator of thema)"))
        self.minutes.valueChanged.connect(self._minutes_changed)
        caption.setBuddy(self.minutes)
        self.display = QLabel(format_seconds(self._remaining), self)
        self.display.setAccessibleName(self.tr("Resterende tijd"))
        self.display.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.display.setStyleSheet(RUN_STYLE)
        metrics = self.display.fontMetrics()
        self.display.setMinimumWidth(metrics.horizontalAdvance(self.tr("Tijd is om 00:00")))
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setAccessibleName(self.tr("Tijd starten"))
        self.start_button.setToolTip(self.tr("De aftelklok starten of pauzeren"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(self.tr("Opnieuw"), self)
        self.reset_button.setAccessibleName(self.tr("Tijd opnieuw instellen"))
        self.reset_button.setToolTip(self.tr("De aftelklok terugzetten"))
        self.reset_button.clicked.connect(self.reset)
        self.restart_each = QCheckBox(self.tr("Opnieuw bij elk onderdeel"), self)
        self.restart_each.setAccessibleName(self.tr("Tijd opnieuw starten bij elk nieuw onderdeel"))
        self.restart_each.setToolTip(
            self.tr(
                "Als u naar een ander thema of een andere indicator gaat, begint de tijd opnieuw"
            )
        )
        for w in (
            caption,
            self.minutes,
            self.display,
            self.start_button,
            self.reset_button,
            self.restart_each,
        ):
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
        self.setToolTip(self.tr("Tijd voor: {scope}").format(scope=text) if text else "")
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
            self.display.setText(self.tr("Tijd is om"))
            self.display.setStyleSheet(END_STYLE)
            self.display.setAccessibleDescription(self.tr("De tijd voor dit onderdeel is om"))
        else:
            self.display.setText(format_seconds(self.remaining()))
            self.display.setStyleSheet(RUN_STYLE)
            self.display.setAccessibleDescription("")
        self.start_button.setText(self.tr("Pauze") if self.running else self.tr("Start"))
        self.start_button.setAccessibleName(
            self.tr("Tijd pauzeren") if self.running else self.tr("Tijd starten")
        )
        emit(self.changed)
