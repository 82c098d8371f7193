"""The pre-conversation questionnaire: responses, scoring, chart, CSV and printouts.

Core modules only (no Qt): ``responses`` (the stored record), ``scoring`` (scale means
per role group, with the anonymity rule), ``chart`` (one SVG per conversation),
``csv_import`` / ``csv_export``, ``printable`` (the blank paper form as PDF),
``operations`` (the :class:`QuestionnaireOperations` mixin), ``language`` (``tr`` with an
explicit language, for the chart in a document's language) and ``cli``
(``praatplaat vragenlijst-export``). The Qt screens live in
:mod:`praatplaat_app.ui.questionnaire`.
"""

from praatplaat_app.questionnaire.responses import (
    KIOSK_ROLES,
    LIKERT_MAX,
    LIKERT_MIN,
    Response,
    responses_for_session,
)

__all__ = ["KIOSK_ROLES", "LIKERT_MAX", "LIKERT_MIN", "Response", "responses_for_session"]
