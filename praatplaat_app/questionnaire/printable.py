"""The blank paper questionnaire (students' or supervisors' version) as PDF.

The layout is in ``export/templates/questionnaire.html`` and its fixed texts in
``export/texts/<language>-questionnaire.toml``; this module only builds the template
context from the catalog and hands it to the PDF engineer's renderer
(:mod:`praatplaat_app.export.pdf`), which serves nothing but the app's own resources.
WeasyPrint is imported there, lazily, on the first render.

Like the other printouts, the form is made in the ``language`` passed (``"nl"``, the
default, or ``"en"``): fixed texts, role names and the catalog's questions.
"""

from __future__ import annotations

from typing import Any

from praatplaat_app.domain import Role
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.indicators import Catalog, Questionnaire
from praatplaat_app.labels import labels
from praatplaat_app.messages import tr

TEMPLATE = "questionnaire.html"

# The roles printed on the form ("Ik ben …"); the students' form has none.
ROLES_BY_AUDIENCE: dict[str, tuple[str, ...]] = {
    "students": (),
    "supervisors": (Role.SUPERVISOR, Role.PRACTICE_TRAINER, Role.TEACHER, Role.OTHER),
}


def _in_language(catalog: Catalog, language: str) -> Catalog:
    """The catalog in ``language`` (the shipped one when ``catalog`` is in another)."""
    from praatplaat_app.export.pdf import catalog_for  # no WeasyPrint import: cheap

    return catalog_for(catalog, language)  # type: ignore[no-any-return]


def _questionnaire(catalog: Catalog, questionnaire_id: str) -> Questionnaire:
    try:
        return catalog.questionnaire(questionnaire_id)
    except KeyError:
        raise PraatplaatError(
            tr("De vragenlijst ‘{id}’ staat niet in de methode-catalogus.", id=questionnaire_id)
        ) from None


def questionnaire_context(
    catalog: Catalog, questionnaire_id: str, language: str = "nl"
) -> dict[str, Any]:
    from praatplaat_app.export.context import texts

    t = texts(language)  # ValueError for an unknown language
    catalog = _in_language(catalog, language)
    questionnaire = _questionnaire(catalog, questionnaire_id)
    paragraphs = [p.strip() for p in questionnaire.intro.split("\n\n") if p.strip()]
    role_names = labels(language).roles
    return {
        "t": t,
        "lang": language,
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
        "roles": [role_names[r] for r in ROLES_BY_AUDIENCE.get(questionnaire.audience, ())],
        "items": [
            {"number": n, "text": item.text}
            for n, item in enumerate(questionnaire.items, start=1)
        ],
    }


def suggested_file_name(catalog: Catalog, questionnaire_id: str, language: str = "nl") -> str:
    """E.g. ``Vragenlijst studenten (leeg formulier).pdf`` (en: ``Student questionnaire
    (blank form).pdf``)."""
    from praatplaat_app.export.context import texts

    t = texts(language)
    title = _questionnaire(_in_language(catalog, language), questionnaire_id).title
    return t.questionnaire_file_name.format(title=title)


def render_questionnaire_pdf(
    catalog: Catalog, questionnaire_id: str, *, language: str = "nl"
) -> bytes:
    """The printable questionnaire as PDF bytes (A4), in ``language``."""
    context = questionnaire_context(catalog, questionnaire_id, language)
    from praatplaat_app.export import pdf

    return pdf.render_template(TEMPLATE, context)
