"""``praatplaat pdf`` and ``praatplaat blank-kit``: printouts from the command line.

Registered in :data:`praatplaat_app.cli.COMMAND_MODULES`. Errors are raised as
:class:`~praatplaat_app.errors.PraatplaatError` subclasses; ``cli.main`` prints them as
one Dutch line on stderr and exits with 1.
"""

from __future__ import annotations

import argparse
from pathlib import Path


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
    pdf.set_defaults(func=run_pdf)

    kit = subparsers.add_parser(
        "blank-kit",
        help="maak de lege papieren set: praatplaat, onderleggers en leeg actieplan",
    )
    kit.add_argument("-o", "--output", metavar="MAP", type=Path, required=True,
                     help="map waarin de PDF's komen (wordt zo nodig aangemaakt)")
    kit.set_defaults(func=run_blank_kit)


def run_pdf(args: argparse.Namespace) -> int:
    from praatplaat_app.commands.common import catalog, open_library
    from praatplaat_app.errors import NotFoundError
    from praatplaat_app.export import pdf

    from praatplaat_app.export.report_inputs import report_extras

    cat = catalog()
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
        target = target / pdf.suggested_file_name(conversation, args.kind)
    if args.kind == "verslag":
        data = pdf.render_report(conversation, cat, **extras)
    else:
        data = pdf.render_action_plan(conversation, cat)
    written = pdf.write_pdf(data, target)
    print(written)
    return 0


def run_blank_kit(args: argparse.Namespace) -> int:
    from praatplaat_app.commands.common import catalog
    from praatplaat_app.export import pdf

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
    kit = pdf.render_blank_kit(catalog())
    for name, data in kit.items():
        print(pdf.write_pdf(data, folder / name))
    return 0
