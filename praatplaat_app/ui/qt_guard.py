"""Work around reference-count bugs of PySide6 6.12.0 on Python 3.11.

In that release every call of a Qt method that returns nothing (``setText``,
``show``, ``processEvents`` …) drops one reference to ``None``, and every
``Signal.emit()`` from Python drops one reference to ``True``. On Python 3.12+
these singletons are immortal (PEP 683) and nothing happens; on 3.11 the count
reaches zero after some thousands of calls and the interpreter aborts with
"none_dealloc" / "bool_dealloc" — in the middle of a facilitator's conversation.

The guard gives ``None``, ``True`` and ``False`` so many references that they can
never reach zero, which is what Python 3.12 does by design. It must run before
Qt is used; ``praatplaat_app.ui`` runs it on import.
"""

from __future__ import annotations

import ctypes
import sys

# Enough for ~10^15 leaked references: centuries of clicking.
_EXTRA_REFERENCES = 1 << 50
_applied = False


def affected(pyside_version: str, python_version: tuple[int, int] = sys.version_info[:2]) -> bool:
    return python_version < (3, 12) and pyside_version.startswith("6.12.")


def protect_singletons() -> bool:
    """Apply the guard when this PySide6/Python pair needs it; True if applied."""
    global _applied
    if _applied:
        return True
    import PySide6

    if not affected(PySide6.__version__):
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += _EXTRA_REFERENCES
    _applied = True
    return True
