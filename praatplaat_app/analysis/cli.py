"""``praatplaat report``: the network overview ("Analyse van evaluaties") as PDF and/or CSV.

    praatplaat report -o analyse.pdf [--from DATUM] [--to DATUM] [--route NAAM ...]
                      [--organisation NAAM] [--csv MAP] [--lang nl|en]

Registered in :data:`praatplaat_app.cli.COMMAND_MODULES`. Bad input (a date that does not
exist, ``--from`` after ``--to``, an unknown route) raises a
:class:`~praatplaat_app.errors.PraatplaatError`; ``cli.main`` prints it as one Dutch line
on stderr and exits with 1. WeasyPrint is imported only when the PDF is made.

``--lang nl|en`` chooses the language of the PDF and the CSV files (texts, labels, dates
and the method catalog), as for ``praatplaat pdf``; the command itself speaks Dutch.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser(
        "report",
        help="maak de analyse van evaluaties over alle routes (PDF en/of CSV)",
        description="Maak het netwerkoverzicht 'Analyse van evaluaties': hoe vaak indicatoren "
        "en thema's zijn besproken, de voortgang van de acties, vragenlijsten, terugkerende "
        "onderwerpen, de check op leer- en ontwikkelgemeenschap en de vervolggesprekken.",
    )
    report.add_argument("-o", "--output", metavar="BESTAND", type=Path,
                        help="de PDF (een map: de voorgestelde bestandsnaam in die map)")
    report.add_argument("--csv", metavar="MAP", type=Path,
                        help="schrijf ook de tabellen als CSV-bestanden in deze map")
    report.add_argument("--from", dest="date_from", metavar="DATUM",
                        help="alleen gesprekken op of na deze datum (dd-mm-jjjj)")
    report.add_argument("--to", dest="date_to", metavar="DATUM",
                        help="alleen gesprekken op of vóór deze datum (dd-mm-jjjj)")
    report.add_argument("--route", dest="routes", metavar="NAAM", action="append", default=[],
                        help="alleen deze route (herhaal de optie voor meer routes)")
    report.add_argument("--organisation", metavar="NAAM",
                        help="alleen routes waarbij deze organisatie betrokken is")
    report.add_argument("--lang", choices=("nl", "en"), default="nl",
                        help="taal van de PDF en de CSV-bestanden: nl (standaard) of en (Engels)")
    report.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    from praatplaat_app.analysis.overview import compute_overview
    from praatplaat_app.commands.common import open_library
    from praatplaat_app.errors import ValidationError
    from praatplaat_app.export.cli import _catalog as catalog_in
    from praatplaat_app.validation import parse_date

    language = getattr(args, "lang", "nl")

    if args.output is None and args.csv is None:
        raise ValidationError(
            "Geef aan waar het overzicht heen moet: -o BESTAND.pdf en/of --csv MAP."
        )
    date_from = parse_date(args.date_from, "from") if args.date_from else None
    date_to = parse_date(args.date_to, "to") if args.date_to else None
    if date_from and date_to and date_from > date_to:
        raise ValidationError(
            f"De begindatum ({args.date_from}) ligt na de einddatum ({args.date_to}). "
            "Draai ze om."
        )
    with open_library(args) as library:
        route_ids = _route_ids(library, args.routes) if args.routes else None
        overview = compute_overview(
            library,
            catalog_in(language),  # the indicator and theme titles in the printout's language
            date_from=date_from,
            date_to=date_to,
            organisation=args.organisation,
            route_ids=route_ids,
        )
    if args.csv is not None:
        from praatplaat_app.analysis.csv_export import write_overview_csv

        written = write_overview_csv(overview, args.csv, language=language)
        print(f"{len(written)} CSV-bestanden in {args.csv.expanduser()}")
    if args.output is not None:
        from praatplaat_app.analysis.report_pdf import suggested_file_name, write_analysis_pdf

        target: Path = args.output.expanduser()
        if target.is_dir():
            target = target / suggested_file_name(overview, language)
        print(write_analysis_pdf(overview, target, language=language))
    print(overview.summary_text)
    return 0


def _route_ids(library, names: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    from praatplaat_app.analysis.topics import fold
    from praatplaat_app.errors import NotFoundError

    routes = library.routes()
    ids = []
    for name in names:
        wanted = fold(" ".join(name.split()))
        found = [r for r in routes if fold(" ".join(r.name.split())) == wanted]
        if not found:
            found = [r for r in routes if wanted and wanted in fold(r.name)]
        if len(found) != 1:
            known = "; ".join(r.name for r in routes[:8]) + ("; …" if len(routes) > 8 else "")
            what = "Geen route" if not found else "Meer dan één route"
            raise NotFoundError(
                f"{what} past bij '{name}'. Routes: {known or 'nog geen'}. "
                "Zie 'praatplaat list'."
            )
        ids.append(found[0].id)
    return ids
