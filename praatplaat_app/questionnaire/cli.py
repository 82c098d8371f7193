"""``praatplaat vragenlijst-export SESSION_ID -o FILE [--scores]``.

Writes the anonymous raw answers (default) or the scale scores (``--scores``) of one
conversation as CSV for Dutch Excel (UTF-8 with BOM, ``;``). ``-o -`` writes to stdout.
Register by adding ``"praatplaat_app.questionnaire.cli"`` to ``cli.COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from praatplaat_app.errors import PraatplaatError


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "vragenlijst-export",
        help="exporteer de vragenlijst-antwoorden van een gesprek als CSV",
        description=(
            "Schrijft de anonieme antwoorden (één rij per respondent, één kolom per vraag) of, "
            "met --scores, de gemiddelde scores per groep als CSV voor Excel (UTF-8, ';')."
        ),
    )
    parser.add_argument("session_id", metavar="GESPREK_ID", help="id van het gesprek "
                        "(zie 'praatplaat list')")
    parser.add_argument("-o", "--output", metavar="BESTAND", required=True, type=Path,
                        help="het CSV-bestand om te schrijven ('-' voor de uitvoer)")
    parser.add_argument("--scores", action="store_true",
                        help="de scores per schaal en groep in plaats van de antwoorden")
    parser.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    from praatplaat_app.atomic import atomic_write_bytes
    from praatplaat_app.commands.common import catalog, open_library
    from praatplaat_app.questionnaire.csv_export import session_raw_csv, session_scores_csv
    from praatplaat_app.questionnaire.responses import responses_for_session

    output: Path = args.output
    to_stdout = str(output) == "-"
    if not to_stdout:
        output = output.expanduser()
        if output.is_dir():
            raise PraatplaatError(f"'{output}' is een map. Geef een bestandsnaam, "
                                  "bijvoorbeeld antwoorden.csv.")
        if not output.parent.exists():
            raise PraatplaatError(f"De map '{output.parent}' bestaat niet.")
    with open_library(args) as library:
        method = catalog()
        session_id = args.session_id.strip()
        data = (session_scores_csv if args.scores else session_raw_csv)(
            library, method, session_id
        )
        count = len(responses_for_session(library, session_id))
    if to_stdout:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    try:
        atomic_write_bytes(output, data)
    except OSError as exc:
        raise PraatplaatError(
            f"'{output}' kan niet worden geschreven ({exc.strerror}). Kies een andere map."
        ) from exc
    what = "scores" if args.scores else "antwoorden"
    print(f"{count} ingevulde vragenlijst(en); {what} geschreven naar {output}")
    return 0
