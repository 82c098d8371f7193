"""Making PDFs in the background: one worker process, a time limit, a real stop.

Why a process and not a thread (measured on this machine, see the issue-4 notes):

* A render in a ``QThread`` keeps the window painting (WeasyPrint is mostly Python, so
  the GIL changes hands every few milliseconds; the event loop saw gaps up to ~45 ms),
  but a thread **cannot be stopped**: after the 30-second limit it would run on,
  holding memory and CPU, until it finishes by itself.
* A worker process leaves the GUI its own interpreter (gaps up to ~20 ms), can be
  killed at the deadline or when the user presses "Stoppen", and a crash in the
  native PDF libraries cannot take the app (and an unsaved edit) down with it.
* The worker is started with ``spawn`` (never ``fork`` a Qt process) on the first
  PDF, and kept warm for later ones: the first render pays ~0.15 s for the process
  plus the WeasyPrint import (~0.6 s), later ones only the render itself (~0.5 s).
  It is stopped after a few idle minutes and when the app quits.

Inside a PyInstaller bundle the entry point must call
``multiprocessing.freeze_support()`` before anything else.

This module imports only QtCore: the worker process imports it too (for
:func:`run_renderer`), and should not load widgets for that.
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import time
import traceback
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from praatplaat_app.errors import PraatplaatError

log = logging.getLogger("praatplaat.pdf")

RENDER_TIMEOUT_S = 30.0
IDLE_STOP_S = 300.0  # a worker that made no PDF for this long is stopped
POLL_MS = 50

PDF_MODULE = "praatplaat_app.export.pdf"
# What the UI can ask for → the function in the (Qt-free) PDF module.
RENDERERS: dict[str, str] = {
    "actieplan": f"{PDF_MODULE}:render_action_plan",
    "verslag": f"{PDF_MODULE}:render_report",
    "blanco": f"{PDF_MODULE}:render_blank_kit",
}

TIMEOUT_MESSAGE = QT_TRANSLATE_NOOP(
    "PdfRenderer",
    "Het maken van de PDF duurde te lang en is gestopt. Probeer het opnieuw of neem contact op.",
)
CRASH_MESSAGE = QT_TRANSLATE_NOOP(
    "PdfRenderer",
    "Het maken van de PDF is onverwacht afgebroken. Probeer het opnieuw; lukt het dan nog "
    "niet, neem dan contact op.",
)
FAILED_MESSAGE = QT_TRANSLATE_NOOP(
    "PdfRenderer",
    "Het maken van de PDF is mislukt. Probeer het opnieuw; lukt het dan nog niet, neem dan "
    "contact op en stuur het logbestand mee.",
)
START_FAILED_MESSAGE = QT_TRANSLATE_NOOP(
    "PdfRenderer",
    "Het maken van de PDF kon niet worden gestart. Sluit Praatplaat, start het opnieuw en "
    "probeer het nog eens.",
)


class RenderFailed(Exception):
    """An unexpected error in the worker, carried back as text (always picklable)."""


def run_renderer(module: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Runs in the worker process: import the renderer there and call it.

    Errors come back in two kinds only, both safe to send between processes: a
    :class:`PraatplaatError` with its Dutch message, or :class:`RenderFailed` with
    the traceback for the log.
    """
    try:
        function = getattr(importlib.import_module(module), name)
        return function(*args, **kwargs)
    except PraatplaatError as exc:
        raise PraatplaatError(exc.message) from None
    except Exception:
        raise RenderFailed(traceback.format_exc()) from None


def _stop_executor(executor: ProcessPoolExecutor) -> None:
    """Stop the worker now, even in the middle of a render."""
    kill = getattr(executor, "kill_workers", None)  # Python 3.14+
    processes = list(getattr(executor, "_processes", None) or {})
    workers = list((getattr(executor, "_processes", None) or {}).values())
    if callable(kill):
        try:
            kill()
        except Exception:  # already gone
            log.debug("kill_workers failed", exc_info=True)
    else:
        for process in workers:
            if process.is_alive():
                process.kill()
    executor.shutdown(wait=False, cancel_futures=True)
    for process in workers:
        process.join(timeout=2)
    log.info("PDF-werkproces gestopt (%s)", ", ".join(str(p) for p in processes) or "-")


class PdfRenderer(QObject):
    """Runs one render at a time in a worker process, with a time limit.

    ``finished(result)`` or ``failed(message, details)`` follows every successful
    :meth:`start`; ``message`` is Dutch, ``details`` is for the log.
    """

    finished = Signal(object)
    failed = Signal(str, str)
    busy_changed = Signal(bool)

    def __init__(
        self, parent: QObject | None = None, *, timeout_s: float = RENDER_TIMEOUT_S
    ) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.idle_stop_s = IDLE_STOP_S
        self._executor: ProcessPoolExecutor | None = None
        self._future: Future[Any] | None = None
        self._started = 0.0
        self._last_used = 0.0
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self._stop_if_idle)

    # ------------------------------------------------------------------ public

    @property
    def busy(self) -> bool:
        return self._future is not None

    @property
    def has_worker(self) -> bool:
        return self._executor is not None

    def start(self, function: str, *args: Any, **kwargs: Any) -> bool:
        """Start ``function`` ("module:name") with ``args`` in the worker.

        False (and ``failed``) when a render is already running or no worker can
        be started.
        """
        if self.busy:
            return False
        module, _, name = function.partition(":")
        try:
            if self._executor is None:
                self._executor = ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn")
                )
            self._future = self._executor.submit(run_renderer, module, name, args, kwargs)
        except Exception as exc:
            log.exception("PDF-werkproces niet gestart")
            self._drop_executor()
            self.failed.emit(self.tr(START_FAILED_MESSAGE), repr(exc))
            return False
        self._started = time.monotonic()
        self._idle_timer.stop()
        self._poll_timer.start()
        self.busy_changed.emit(True)
        return True

    def cancel(self) -> None:
        """Stop the running render (the worker is killed; the next PDF starts a new one)."""
        if not self.busy:
            return
        self._finish()
        self._drop_executor()

    def shutdown(self) -> None:
        """Stop everything; for when the app quits."""
        self._idle_timer.stop()
        if self.busy:
            self._finish()
        self._drop_executor()

    # ----------------------------------------------------------------- private

    def _finish(self) -> None:
        self._poll_timer.stop()
        self._future = None
        self._last_used = time.monotonic()
        if self._executor is not None:
            self._idle_timer.start(int(self.idle_stop_s * 1000))
        self.busy_changed.emit(False)

    def _drop_executor(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            _stop_executor(executor)

    def _stop_if_idle(self) -> None:
        if not self.busy:
            self._drop_executor()

    def _poll(self) -> None:
        future = self._future
        if future is None:
            self._poll_timer.stop()
            return
        if future.done():
            self._finish()
            self._report(future)
            return
        if time.monotonic() - self._started > self.timeout_s:
            log.warning("PDF maken gestopt na %.0f s", self.timeout_s)
            self._finish()
            self._drop_executor()
            self.failed.emit(self.tr(TIMEOUT_MESSAGE), f"tijdslimiet {self.timeout_s:.0f} s")

    def _report(self, future: Future[Any]) -> None:
        try:
            result = future.result()
        except PraatplaatError as exc:
            self.failed.emit(exc.message, "")
        except RenderFailed as exc:
            log.error("PDF maken mislukt in het werkproces:\n%s", exc)
            self.failed.emit(self.tr(FAILED_MESSAGE), str(exc))
        except BrokenProcessPool as exc:
            log.error("PDF-werkproces afgebroken: %r", exc)
            self._drop_executor()
            self.failed.emit(self.tr(CRASH_MESSAGE), repr(exc))
        except Exception as exc:  # e.g. a result that could not be sent back
            log.exception("PDF maken mislukt")
            self.failed.emit(self.tr(FAILED_MESSAGE), repr(exc))
        else:
            self.finished.emit(result)
