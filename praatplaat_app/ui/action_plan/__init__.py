"""The action plan: editor, PDF export, preview and printing (issue 4).

Wire it into the main window with::

    from praatplaat_app.ui.action_plan import install_action_plan_ui
    ui = install_action_plan_ui(window, library, catalog, ops)

This adds Bestand → Exporteren (Actieplan als PDF…, Gespreksverslag als PDF…, Papieren
set (blanco)…), Bestand → Afdrukvoorbeeld/Afdrukken… (Ctrl+P) and Beeld → Actieplan
(Ctrl+Shift+A, a dock with :class:`ActionPlanEditor`), acting on the conversation
selected in the library. A conversation workspace can embed
``ActionPlanEditor(library, catalog, ops, session_id, exporter=ui.exporter)`` itself.

Nothing heavy is imported here: the PDF worker process imports this package too
(:mod:`.pdf_jobs`), and the names below load their modules on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from praatplaat_app.ui.action_plan.controller import ActionPlanUi
    from praatplaat_app.ui.action_plan.editor import ActionPlanEditor
    from praatplaat_app.ui.action_plan.pdf_preview import PdfExporter, PdfPreviewDialog

__all__ = [
    "ActionPlanEditor",
    "ActionPlanUi",
    "PdfExporter",
    "PdfPreviewDialog",
    "install_action_plan_ui",
]

_LAZY = {
    "ActionPlanEditor": "praatplaat_app.ui.action_plan.editor",
    "ActionPlanUi": "praatplaat_app.ui.action_plan.controller",
    "PdfExporter": "praatplaat_app.ui.action_plan.pdf_preview",
    "PdfPreviewDialog": "praatplaat_app.ui.action_plan.pdf_preview",
}


def install_action_plan_ui(main_window: Any, library: Any, catalog: Any, ops: Any) -> ActionPlanUi:
    """Add the action plan dock, the Export submenu and Print to ``main_window``.

    ``ops`` must include :class:`~praatplaat_app.operations.action_plan.ActionPlanOperations`.
    Returns the :class:`ActionPlanUi` (``.editor``, ``.exporter``, ``.dock``,
    ``.set_session(id)``, ``.show_editor(id)``).
    """
    from praatplaat_app.ui.action_plan.controller import ActionPlanUi

    return ActionPlanUi(main_window, library, catalog, ops)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
