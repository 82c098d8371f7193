"""What the conversation report shows besides the conversation itself.

The questionnaire chart and the photos of a filled-in poster are gathered here,
once, for the app's export and for ``praatplaat pdf --kind verslag``.
"""

from __future__ import annotations

from typing import Any


def attachments_for_report(library: Any, session_id: str) -> list[tuple[str, str, bytes]]:
    """A conversation's photos as ``(caption, mime, bytes)``, oldest first."""
    from praatplaat_app.exchange import attachments_for

    return [
        (a.caption, a.mime, bytes(a.data))
        for a in attachments_for(library, session_id)
        if not a.deleted
    ]


def report_extras(
    library: Any, catalog: Any, session_id: str, language: str | None = None
) -> dict[str, Any]:
    """Keyword arguments for ``render_report`` beyond the conversation and catalog.

    The chart is drawn in ``language``, the report's; without one, in the catalog's (the
    command line and the app load the catalog in the language they print in).
    """
    from praatplaat_app.export.pdf import catalog_for
    from praatplaat_app.messages import LANGUAGES, current_language
    from praatplaat_app.questionnaire.chart import session_chart_svg

    if language is None:
        language = getattr(catalog, "language", None)
        if language not in LANGUAGES:
            language = current_language()
    return {
        "questionnaire_svg": session_chart_svg(
            library, catalog_for(catalog, language), session_id, language=language
        ),
        "attachments": attachments_for_report(library, session_id),
    }
