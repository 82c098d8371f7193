"""``praatplaat pdf`` and ``praatplaat blank-kit``: printouts from the command line.

Registered in :data:`praatplaat_app.cli.COMMAND_MODULES`. Errors are raised as
:class:`~praatplaat_app.errors.PraatplaatError` subclasses; ``cli.main`` prints them as
one Dutch line on stderr and exits with 1.

``--lang nl|en`` chooses the language of the printout (texts, labels, dates and the
method catalog); Dutch is the default.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

LANGUAGES = ("nl", "en")


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    pdf = subparsers.add_parser(
        "pdf",
        help="maak een PDF van een gesprek (actieplan of gespreksverslag)",
        description="Maak een PDF van een gesprek: het actieplan (standaard) of het "
        "volledige gespreksverslag.",
    )
    pdf.add_argument("conversation_id", metavar="GESPREK_ID",
                     help="id van het gesprek (zie 'praatplaat list')")
    pdf.add_argument("-o", "--output", metavar="BESTAND", type=Path, required=True,
                     help="waar de PDF komt; een map: de voorgestelde bestandsnaam in die map")
    pdf.add_argument("--kind", choices=("actieplan", "verslag"), default="actieplan",
                     help="actieplan (standaard) of verslag")
    pdf.add_argument("--lang", choices=LANGUAGES, default="nl",
                     help="taal van de PDF: nl (standaard) of en (Engels)")
    pdf.set_defaults(func=run_pdf)

    kit = subparsers.add_parser(
        "blank-kit",
        help="maak de lege papieren set: praatplaat, onderleggers en leeg actieplan",
    )
    kit.add_argument("-o", "--output", metavar="MAP", type=Path, required=True,
                     help="map waarin de PDF's komen (wordt zo nodig aangemaakt)")
    kit.add_argument("--lang", choices=LANGUAGES, default="nl",
                     help="taal van de papieren set: nl (standaard) of en (Engels)")
    kit.set_defaults(func=run_blank_kit)


def _catalog(language: str) -> Any:
    """The catalog in ``language``: Dutch as every command loads it; another language
    from the user's edited copy when that is in the language, else the shipped one."""
    from praatplaat_app.commands.common import catalog

    if language == "nl":
        return catalog()
    import sys

    from praatplaat_app.indicators import load_catalog
    from praatplaat_app.paths import user_catalog_dir

    loaded, warnings = load_catalog(user_catalog_dir(), language)
    for warning in warnings:
        print(f"praatplaat: {warning}", file=sys.stderr)
    return loaded


def run_pdf(args: argparse.Namespace) -> int:
    from praatplaat_app.commands.common import open_library
    from praatplaat_app.errors import NotFoundError
    from praatplaat_app.export import pdf
    from praatplaat_app.export.report_inputs import report_extras

    language = getattr(args, "lang", "nl")
    cat = _catalog(language)
    with open_library(args) as library:
        try:
            conversation = library.conversation(args.conversation_id)
        except NotFoundError:
            raise NotFoundError(
                f"Er is geen gesprek met id '{args.conversation_id}'. "
                "Zie 'praatplaat list' voor de ids."
            ) from None
        extras = report_extras(library, cat, conversation.session.id)
    target: Path = args.output.expanduser()
    if target.is_dir():
        target = target / pdf.suggested_file_name(conversation, args.kind, language)
    if args.kind == "verslag":
        data = pdf.render_report(conversation, cat, language=language, **extras)
    else:
        data = pdf.render_action_plan(conversation, cat, language=language)
    written = pdf.write_pdf(data, target)
    print(written)
    return 0


def run_blank_kit(args: argparse.Namespace) -> int:
    from praatplaat_app.export import pdf

    language = getattr(args, "lang", "nl")
    folder: Path = args.output.expanduser()
    if folder.exists() and not folder.is_dir():
        raise pdf.ExportError(f"'{folder}' is een bestand, geen map. Kies een map.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise pdf.ExportError(
            f"De map '{folder}' kan niet worden aangemaakt ({exc.strerror}). "
            "Kies een andere map."
        ) from exc
    kit = pdf.render_blank_kit(_catalog(language), language=language)
    for name, data in kit.items():
        print(pdf.write_pdf(data, folder / name))
    return 0
