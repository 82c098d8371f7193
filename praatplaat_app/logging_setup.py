"""Logging to a file in the user data folder, for errors nobody expected."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from praatplaat_app import paths

MAX_BYTES = 1_000_000
BACKUP_COUNT = 3

_configured: Path | None = None


class SizeRotatingFileHandler(logging.FileHandler):
    """Appends to ``path``; past ``max_bytes`` it moves to ``path.1`` (… ``path.N``).

    The same rotation as ``logging.handlers.RotatingFileHandler``, written out because
    that module imports socket, pickle and queue: milliseconds on every start-up for a
    log that is rarely written. The file is only opened when something is logged.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUP_COUNT):
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._too_big():
                self._rotate()
        except OSError:  # rotating failed: keep writing to the current file
            pass
        super().emit(record)

    def _too_big(self) -> bool:
        try:
            return os.stat(self.baseFilename).st_size >= self.max_bytes
        except FileNotFoundError:
            return False

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]  # reopened by emit()
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")


def configure_logging() -> Path:
    """Log to ``<user data>/logs/praatplaat.log`` (rotated); return its path."""
    global _configured
    if _configured is not None:
        return _configured
    path = paths.log_file_path()
    handler = SizeRotatingFileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("praatplaat")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _configured = path
    return path
