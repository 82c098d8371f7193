"""The feature screens hooked into the main window, in one place.

Each feature package offers ``install_*_ui(main_window, library, catalog, ops)``
that adds its menu items, docks and pages. The app calls :func:`place_layout` before
the main window's first frame and :func:`install_features` right after it, so feature
code must keep heavy imports (WeasyPrint, the analysis core) inside the functions
that need them.
"""

from __future__ import annotations

from typing import Any


def place_layout(window: Any) -> None:
    """The menus and docks of the features, empty, before the main window's first frame:
    the restored layout shows the docks in place and the menu bar does not shift when
    :func:`install_features` fills them a moment later."""
    from praatplaat_app.ui.analysis import place_analysis_docks
    from praatplaat_app.ui.questionnaire import place_questionnaire_menu

    place_questionnaire_menu(window)
    place_analysis_docks(window)


def install_features(window: Any, library: Any, catalog: Any, ops: Any) -> None:
    from praatplaat_app.ui.action_plan import install_action_plan_ui
    from praatplaat_app.ui.analysis import install_analysis_ui
    from praatplaat_app.ui.conversation import install_conversation_ui
    from praatplaat_app.ui.questionnaire import install_questionnaire_ui
    from praatplaat_app.ui.release import install_release_ui
    from praatplaat_app.ui.sharing import install_sharing_ui

    install_conversation_ui(window, library, catalog, ops)
    install_action_plan_ui(window, library, catalog, ops)
    install_questionnaire_ui(window, library, catalog, ops)
    install_analysis_ui(window, library, catalog, ops)
    install_release_ui(window, library, catalog, ops)
    # Last: its drop handler hooks the widgets that exist by now.
    install_sharing_ui(window, library, catalog, ops)
