"""The Qt user interface: windows, views and dialogs.

The UI reads through :class:`~praatplaat_app.store.Library` methods and changes data
only through :class:`~praatplaat_app.operations.Operations`; it never writes SQL.
The entry point is :func:`praatplaat_app.ui.app.run_gui`.
"""
