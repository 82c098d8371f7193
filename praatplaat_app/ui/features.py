"""The feature screens hooked into the main window, in one place.

Each feature package offers ``install_*_ui(main_window, library, catalog, ops)``
that adds its menu items, docks and pages. Feature code is imported here, at
start-up, so it must keep heavy imports (WeasyPrint) inside the functions that
need them.
"""

from __future__ import annotations

from typing import Any


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
