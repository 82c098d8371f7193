"""Run start-up work that can wait right after the main window's first frame.

The window appears with what a facilitator sees first (the library and the summary);
the feature screens hook in a moment later, when the window is already on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# When the window is never exposed (started minimised, a platform without expose
# events), the waiting work runs anyway after this long.
FALLBACK_MS = 1000


class _FirstFrameWatcher(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        self._handle = widget.windowHandle()
        if self._handle is not None:
            self._handle.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self._callback is not None:
            # The window paints itself while handling this event; the timer fires after.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        if self._handle is not None:
            self._handle.removeEventFilter(self)
        callback()


def call_after_first_frame(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, just after ``widget`` (shown, top-level) is first painted."""
    handle = widget.windowHandle()
    if handle is not None and handle.isExposed():
        QTimer.singleShot(0, widget, callback)
        return
    _FirstFrameWatcher(widget, callback)
