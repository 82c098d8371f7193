"""``praatplaat export``, ``praatplaat import`` and ``praatplaat forget``.

Register by adding ``"praatplaat_app.exchange.cli"`` to ``COMMAND_MODULES`` in
``praatplaat_app/cli.py``. Errors are raised as :class:`ExchangeError`; the
main CLI prints them as one Dutch line and exits non-zero.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from praatplaat_app.errors import PraatplaatError


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export",
        help="exporteer gesprekken of routes naar een .praatplaat-bestand",
        description="Exporteer gesprekken en/of hele routes (met al hun gesprekken) naar één "
        ".praatplaat-bestand. Ids staan in 'praatplaat list'.",
    )
    export.add_argument("ids", nargs="+", metavar="ID", help="id van een gesprek of een route")
    export.add_argument(
        "-o", "--output", required=True, type=Path, metavar="BESTAND", help="het nieuwe bestand"
    )
    export.add_argument(
        "--anonymise",
        "--anonimiseer",
        action="store_true",
        help="laat namen van deelnemers weg (rollen en organisaties blijven)",
    )
    export.add_argument(
        "--include-private",
        "--met-prive",
        action="store_true",
        help="stuur ook notities mee die als privé zijn gemarkeerd",
    )
    export.set_defaults(func=run_export)

    importing = subparsers.add_parser(
        "import",
        help="importeer .praatplaat-bestanden in de bibliotheek",
        description="Controleer en importeer .praatplaat-bestanden. Nieuwe gegevens worden "
        "toegevoegd, de nieuwste versie wint, de andere blijft bewaard in de geschiedenis.",
    )
    importing.add_argument("files", nargs="+", type=Path, metavar="BESTAND")
    importing.add_argument("--backup-dir", type=Path, metavar="MAP", help=argparse.SUPPRESS)
    importing.set_defaults(func=run_import)

    forget = subparsers.add_parser(
        "forget",
        help="verwijder de naam van een persoon uit alle gesprekken en reservekopieën",
        description="Verwijder een naam (precies zo geschreven; hoofdletters tellen niet) uit "
        "alle gesprekken, de geschiedenis en de reservekopieën van de app.",
    )
    forget.add_argument("name", metavar="NAAM")
    forget.add_argument("--backup-dir", type=Path, metavar="MAP", help=argparse.SUPPRESS)
    forget.set_defaults(func=run_forget)


def run_export(args: argparse.Namespace) -> int:
    from praatplaat_app.commands.common import catalog, open_library
    from praatplaat_app.exchange.format import ExchangeError
    from praatplaat_app.exchange.package import export_selection

    with open_library(args) as library:
        route_ids: list[str] = []
        session_ids: list[str] = []
        for given in args.ids:
            ident = given.strip().lower()
            if library.conn.execute(
                "SELECT 1 FROM routes WHERE id = ? AND deleted = 0", (ident,)
            ).fetchone():
                route_ids.append(ident)
            elif library.conn.execute(
                "SELECT 1 FROM sessions WHERE id = ? AND deleted = 0", (ident,)
            ).fetchone():
                session_ids.append(ident)
            else:
                raise ExchangeError(
                    f"'{given}' is geen id van een gesprek of route in deze bibliotheek. "
                    "Zoek de id op met 'praatplaat list'."
                )
        result = export_selection(
            library,
            args.output,
            route_ids=route_ids,
            session_ids=session_ids,
            anonymise=args.anonymise,
            include_private=args.include_private,
            catalog=catalog(),
        )
    print(result.describe())
    return 0


def run_import(args: argparse.Namespace) -> int:
    from praatplaat_app.commands.common import catalog, open_library
    from praatplaat_app.exchange.merge import import_package
    from praatplaat_app.exchange.package import read_package

    failures = 0
    loaded = catalog()
    with open_library(args) as library:
        for path in args.files:
            try:
                package = read_package(path)
                summary = import_package(
                    library, package, backup_dir=args.backup_dir, catalog=loaded
                )
            except PraatplaatError as exc:
                failures += 1
                print(f"praatplaat: {exc.message}", file=sys.stderr)
                continue
            print(summary.describe())
    return 1 if failures else 0


def run_forget(args: argparse.Namespace) -> int:
    from praatplaat_app.commands.common import open_library
    from praatplaat_app.exchange.privacy import forget_person_report

    with open_library(args) as library:
        report = forget_person_report(library, args.name, backup_dir=args.backup_dir)
    print(report.describe())
    return 0
