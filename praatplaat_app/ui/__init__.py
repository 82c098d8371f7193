"""The Qt user interface: windows, views and dialogs.

The UI reads through :class:`~praatplaat_app.store.Library` methods and changes data
only through :class:`~praatplaat_app.operations.Operations`; it never writes SQL.
The entry point is :func:`praatplaat_app.ui.app.run_gui`.
"""

from praatplaat_app.ui.qt_guard import protect_singletons as _protect_singletons

# Before any Qt call: PySide6 6.12.0 on Python 3.11 leaks references to None and True.
_protect_singletons()
