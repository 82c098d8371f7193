"""The error log rotates: it never grows past its limit and keeps a few older files."""

from __future__ import annotations

import logging

from praatplaat_app.logging_setup import SizeRotatingFileHandler


def _logger(handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger("praatplaat.test-rotation")
    logger.propagate = False
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    return logger


def test_log_rotates_and_keeps_three_older_files(tmp_path):
    path = tmp_path / "praatplaat.log"
    handler = SizeRotatingFileHandler(path, max_bytes=2_000, backups=3)
    logger = _logger(handler)
    try:
        for number in range(200):
            logger.error("Regel %d: geëvalueerd, coördinator, Één", number)
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["praatplaat.log", "praatplaat.log.1", "praatplaat.log.2", "praatplaat.log.3"]
    for file in tmp_path.iterdir():
        assert file.stat().st_size < 2_000 + 200
    # The newest line is in the current file, the one before it in .1 or the current file.
    assert "Regel 199: geëvalueerd" in path.read_text(encoding="utf-8")


def test_log_file_is_only_created_when_something_is_logged(tmp_path):
    path = tmp_path / "praatplaat.log"
    handler = SizeRotatingFileHandler(path)
    assert not path.exists()
    logger = _logger(handler)
    try:
        logger.warning("Let op: één waarschuwing")
    finally:
        handler.close()
    assert "één waarschuwing" in path.read_text(encoding="utf-8")
