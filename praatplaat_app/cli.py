"""The ``praatplaat`` command: the app by default, sub-commands for headless work.

Errors are one Dutch line on stderr and a non-zero exit code, never a traceback.
Sub-commands of feature areas live beside their feature (``export/cli.py`` …)
and register here through ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from praatplaat_app import __version__
from praatplaat_app.errors import PraatplaatError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

# Modules that add sub-commands (``add_parsers(subparsers)``, each parser setting
# ``func(args) -> int``), with the command names they add. The names are listed
# here so that starting the app imports none of these modules; a test checks
# that the lists match what the modules register.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "praatplaat_app.commands.library_commands": ("list", "demo"),
    "praatplaat_app.questionnaire.cli": ("vragenlijst-export",),
    "praatplaat_app.export.cli": ("pdf", "blank-kit"),
    "praatplaat_app.exchange.cli": ("export", "import", "forget"),
    "praatplaat_app.analysis.cli": ("report",),
}


def command_names() -> frozenset[str]:
    return frozenset(name for names in COMMAND_MODULES.values() for name in names)


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse with Dutch, one-line errors (and no traceback)."""

    def error(self, message: str) -> NoReturn:
        translations = {
            "unrecognized arguments": "onbekende opties",
            "the following arguments are required": "deze opties ontbreken",
            "invalid choice": "ongeldige keuze",
            "expected one argument": "verwacht één waarde",
            "argument": "optie",
            "choose from": "kies uit",
        }
        for english, dutch in translations.items():
            message = message.replace(english, dutch)
        self.exit(EXIT_USAGE, f"praatplaat: {message} (zie 'praatplaat --help')\n")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="praatplaat",
        description="Praatplaat: ontwikkelgesprekken over onderwijs- en praktijkroutes.",
    )
    parser.add_argument("--version", action="version", version=f"Praatplaat {__version__}")
    parser.add_argument(
        "--library",
        metavar="PAD",
        type=Path,
        help="gebruik deze bibliotheek in plaats van de standaardbibliotheek",
    )
    # Used by the benchmark: show the main window, report, quit.
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-demo-prompt", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(command=None, file=None)
    parser.epilog = (
        "Zonder opdracht start de app; 'praatplaat BESTAND.praatplaat' opent de app met dat "
        "bestand."
    )
    if with_commands:
        subparsers = parser.add_subparsers(
            dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser
        )
        for module_name in COMMAND_MODULES:
            importlib.import_module(module_name).add_parsers(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = command_names()
    # ``praatplaat FILE``: a first positional that is no command is a file to open.
    file_arg: Path | None = None
    skip_next = False
    for index, arg in enumerate(argv):
        if skip_next:
            skip_next = False
            continue
        if arg == "--library":
            skip_next = True
            continue
        if arg.startswith("-"):
            continue
        if arg not in commands:
            file_arg = Path(arg)
            argv = argv[:index] + argv[index + 1 :]
        break
    wants_command = any(a in commands for a in argv) or "-h" in argv or "--help" in argv
    # Starting the app needs only the global options: keep the start-up path light.
    parser = build_parser(with_commands=wants_command)
    args = parser.parse_args(argv)
    if file_arg is not None:
        if args.command is not None or (
            file_arg.suffix.lower() != ".praatplaat" and not file_arg.exists()
        ):
            parser.error(f"onbekende opdracht of bestand '{file_arg}'")
        args.file = file_arg
    if args.command is None:
        return _run_gui(args)
    try:
        return int(args.func(args) or 0)
    except PraatplaatError as exc:
        print(f"praatplaat: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # Output piped into e.g. ``head``: not an error worth a message.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except KeyboardInterrupt:
        print("praatplaat: afgebroken", file=sys.stderr)
        return 130
    except Exception as exc:  # never show a traceback; log it instead
        log_path = log_unexpected(exc)
        print(
            f"praatplaat: er ging onverwacht iets mis ({type(exc).__name__}). "
            f"Details staan in {log_path}",
            file=sys.stderr,
        )
        return EXIT_ERROR


def log_unexpected(exc: BaseException) -> Path:
    from praatplaat_app.logging_setup import configure_logging

    path = configure_logging()
    logging.getLogger("praatplaat").error("Onverwachte fout", exc_info=exc)
    return path


def _run_gui(args: argparse.Namespace) -> int:
    try:
        from praatplaat_app.ui.app import run_gui
    except ImportError as exc:  # Qt missing or its system libraries absent
        print(
            "praatplaat: de grafische omgeving (Qt) kan niet starten: "
            f"{exc}. Installeer de systeembibliotheken uit de README.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return run_gui(args)


def print_json(data: Any) -> None:
    import json  # only the sub-commands print JSON: kept off the app's start-up

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
