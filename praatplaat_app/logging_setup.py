"""Logging to a file in the user data folder, for errors nobody expected."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from praatplaat_app import paths

_configured: Path | None = None


def configure_logging() -> Path:
    """Log to ``<user data>/logs/praatplaat.log`` (rotated); return its path."""
    global _configured
    if _configured is not None:
        return _configured
    path = paths.log_file_path()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("praatplaat")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _configured = path
    return path
