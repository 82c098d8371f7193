"""The praatplaat command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from praatplaat_app import __version__
from praatplaat_app.cli import main

SIX_ROUTES = [
    "Flexstage Noorderpoort",
    "Regionale GHZ-route",
    "Treant Praktijkroute",
    "Parttime stagemodel Mbo-Verpleegkunde Alfa-college Groningen",
    "UMCG Gilde",
    "Excellente Kraam Variant",
]


def test_demo_then_list_shows_six_routes(tmp_path: Path, capsys):
    lib = str(tmp_path / "x.sqlite")
    assert main(["--library", lib, "demo"]) == 0
    assert main(["--library", lib, "demo"]) == 0  # twice: nothing duplicated
    capsys.readouterr()
    assert main(["--library", lib, "list"]) == 0
    out = capsys.readouterr().out
    for name in SIX_ROUTES:
        assert name in out
    assert main(["--library", lib, "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sorted(r["name"] for r in data["routes"]) == sorted(SIX_ROUTES)
    assert len(data["conversations"]) == len({c["id"] for c in data["conversations"]}) >= 6
    first = data["conversations"][0]
    assert set(first) >= {"id", "date", "route", "kind", "indicators"}
    dates = [c["date"] for c in data["conversations"]]
    assert dates == sorted(dates, reverse=True)


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--onzin"], ["list", "--onzin"], ["lijst"]])
def test_unknown_arguments_one_line_on_stderr(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("praatplaat:")
    assert "Traceback" not in err


def test_corrupt_library_one_line_and_unchanged(tmp_path: Path, capsys):
    path = tmp_path / "kapot.sqlite"
    path.write_bytes(b"\x00garbage" * 512)
    before = path.read_bytes()
    assert main(["--library", str(path), "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "beschadigd" in err
    assert path.read_bytes() == before


def test_list_empty_library_suggests_demo(tmp_path: Path, capsys):
    assert main(["--library", str(tmp_path / "leeg.sqlite"), "list"]) == 0
    assert "praatplaat demo" in capsys.readouterr().out


def test_unexpected_error_is_logged_not_shown(tmp_path: Path, capsys, monkeypatch):
    def explode(*_args, **_kwargs):
        raise ZeroDivisionError("oeps")

    monkeypatch.setattr("praatplaat_app.commands.library_commands.run_list", explode)
    monkeypatch.setattr("praatplaat_app.cli.build_parser", _parser_with(explode))
    assert main(["--library", str(tmp_path / "x.sqlite"), "list"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "onverwacht" in err
    log = err.split("Details staan in ")[1].strip()
    assert "ZeroDivisionError" in Path(log).read_text(encoding="utf-8")


def _parser_with(func):
    from praatplaat_app import cli

    original = cli.build_parser

    def build(*, with_commands=True):
        parser = original(with_commands=with_commands)
        parser._subparsers._group_actions[0].choices["list"].set_defaults(func=func)
        return parser

    return build


def test_module_entry_point(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-m", "praatplaat_app", "--library", str(tmp_path / "m.sqlite"), "list"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Nog geen routes" in result.stdout


def test_listed_command_names_match_the_modules():
    import argparse
    import importlib

    from praatplaat_app.cli import COMMAND_MODULES

    for module_name, names in COMMAND_MODULES.items():
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        importlib.import_module(module_name).add_parsers(subparsers)
        assert tuple(subparsers.choices) == names, module_name


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "list" in out and "demo" in out and "pdf" in out
