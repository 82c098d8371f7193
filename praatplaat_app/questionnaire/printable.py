"""The blank paper questionnaire (students' or supervisors' version) as PDF.

The layout and texts are in ``export/templates/questionnaire.html``; this module only
builds the template context from the catalog and hands it to the PDF engineer's
renderer (:mod:`praatplaat_app.export.pdf`), which serves nothing but the app's own
resources. WeasyPrint is imported there, lazily, on the first render.
"""

from __future__ import annotations

from typing import Any

from praatplaat_app.domain import ROLE_LABELS, Role
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.indicators import Catalog

TEMPLATE = "questionnaire.html"

# The roles printed on the form ("Ik ben …"); the students' form has none.
ROLES_BY_AUDIENCE: dict[str, tuple[str, ...]] = {
    "students": (),
    "supervisors": (Role.SUPERVISOR, Role.PRACTICE_TRAINER, Role.TEACHER, Role.OTHER),
}


def questionnaire_context(catalog: Catalog, questionnaire_id: str) -> dict[str, Any]:
    try:
        questionnaire = catalog.questionnaire(questionnaire_id)
    except KeyError:
        raise PraatplaatError(
            f"De vragenlijst ‘{questionnaire_id}’ staat niet in de methode-catalogus."
        ) from None
    paragraphs = [p.strip() for p in questionnaire.intro.split("\n\n") if p.strip()]
    return {
        "doc": {
            "kind": "vragenlijst",
            "title": questionnaire.title,
            "footer": f"{questionnaire.title} · {catalog.title}",
        },
        "questionnaire": {
            "id": questionnaire.id,
            "title": questionnaire.title,
            "intro": paragraphs,
            "likert_labels": list(questionnaire.likert_labels),
        },
        "informal": questionnaire.audience == "students",
        "roles": [ROLE_LABELS[r] for r in ROLES_BY_AUDIENCE.get(questionnaire.audience, ())],
        "items": [
            {"number": n, "text": item.text}
            for n, item in enumerate(questionnaire.items, start=1)
        ],
    }


def suggested_file_name(catalog: Catalog, questionnaire_id: str) -> str:
    title = catalog.questionnaire(questionnaire_id).title
    return f"{title} (leeg formulier).pdf"


def render_questionnaire_pdf(catalog: Catalog, questionnaire_id: str) -> bytes:
    """The printable questionnaire as PDF bytes (A4)."""
    context = questionnaire_context(catalog, questionnaire_id)
    from praatplaat_app.export import pdf

    return pdf.render_template(TEMPLATE, context)
