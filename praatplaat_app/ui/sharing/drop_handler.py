"""Dropping ``.praatplaat`` files onto the main window imports them.

An event filter on the window (and on its children that take drops themselves, such as
the search box) accepts drags that carry at least one local ``.praatplaat`` file.
Other drags are left alone; over the window itself they get a short status message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

SUFFIX = ".praatplaat"
REFUSED = QT_TRANSLATE_NOOP(
    "DropHandler", "Alleen .praatplaat-bestanden kunnen hier worden neergezet om te importeren."
)
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def split_urls(mime: QMimeData | None) -> tuple[list[Path], int]:
    """The local ``.praatplaat`` files of a drag, and how many other items it holds."""
    if mime is None or not mime.hasUrls():
        return [], 0
    files: list[Path] = []
    others = 0
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
            path = Path(url.toLocalFile())
            if path not in files:
                files.append(path)
        else:
            others += 1
    return files, others


class DropHandler(QObject):
    """Turns drops of ``.praatplaat`` files on ``window`` into ``on_files(paths)``."""

    def __init__(
        self,
        window: QWidget,
        *,
        on_files: Callable[[list[Path]], object],
        on_refused: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.on_files = on_files
        self.on_refused = on_refused
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        # Children that accept drops themselves (the search box takes text) would see a
        # file first: filter them too, so a .praatplaat file is imported wherever it lands.
        self.watched: list[QWidget] = [window]
        for child in window.findChildren(QWidget):
            if child.acceptDrops():
                child.installEventFilter(self)
                self.watched.append(child)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _DRAG_EVENTS:
            return False
        assert isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent)
        files, others = split_urls(event.mimeData())
        if not files:
            if watched is self.window:
                if kind == QEvent.Type.DragEnter and event.mimeData().hasUrls():
                    self.on_refused(self.tr(REFUSED))
                event.ignore()
                return True
            return False  # e.g. text dropped on the search box: its own business
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            if others:
                self.on_refused(
                    self.tr(
                        "{count} ander(e) bestand(en) overgeslagen: alleen .praatplaat-bestanden "
                        "worden geïmporteerd."
                    ).format(count=others)
                )
            self.on_files(files)
        return True
