"""The catalog's TOML files as parsed before: start-up need not parse them again.

Parsing the seven catalog files takes a few milliseconds on every start; the result only
depends on the bytes of each file, so it is kept, keyed by the file's length and CRC, in
one ``marshal`` file in the user's cache folder. Validation still runs on every load, so a
cached parse can never let an invalid catalog through. Anything odd about the cache (gone,
damaged, written by another Python, unwritable folder) just means parsing again.
"""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_NAME = f"catalog-parsed-py{sys.version_info[0]}{sys.version_info[1]}.marshal"
# Keeps the file small when people edit their catalog often: older parses are dropped.
MAX_ENTRIES = 64

_entries: dict[str, Any] | None = None
_changed = False


def _cache_path() -> Path:
    from praatplaat_app.paths import user_cache_dir

    return user_cache_dir() / CACHE_NAME


def _load() -> dict[str, Any]:
    global _entries
    if _entries is None:
        try:
            data = marshal.loads(_cache_path().read_bytes())
            _entries = data if isinstance(data, dict) else {}
        except (OSError, ValueError, EOFError, TypeError):
            _entries = {}
    return _entries


def parsed(raw: bytes, parse: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """``parse()``'s result for a file with content ``raw``, from the cache when known."""
    global _changed
    key = f"{len(raw)}:{zlib.crc32(raw):08x}"
    entries = _load()
    hit = entries.get(key)
    if isinstance(hit, bytes):
        try:
            result = marshal.loads(hit)  # fresh objects: callers may change what they get
        except (ValueError, EOFError, TypeError):
            result = None
        if isinstance(result, dict):
            return result
    result = parse()
    try:
        kept = marshal.dumps(result)
    except ValueError:  # TOML dates and times cannot be kept: just parse each time
        return result
    if len(entries) >= MAX_ENTRIES:
        entries.clear()
    entries[key] = kept
    _changed = True
    return result


def save() -> None:
    """Write new parses to the cache file (atomically); failures are ignored."""
    global _changed
    if not _changed or _entries is None:
        return
    _changed = False
    try:
        path = _cache_path()
        fd, tmp = tempfile.mkstemp(prefix=".catalog-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps(_entries))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass


def clear_memory() -> None:
    """Forget what was read (tests: a fresh process)."""
    global _entries, _changed
    _entries, _changed = None, False
