"""``praatplaat export / import / forget``: output, Dutch errors, exit codes."""

from __future__ import annotations

import json

import pytest
from test_exchange_helpers import NAMES, dump, make_sample

from praatplaat_app import cli
from praatplaat_app.store import Library

EXCHANGE_COMMANDS = ("export", "import", "forget")


def test_exchange_commands_are_registered():
    assert cli.COMMAND_MODULES["praatplaat_app.exchange.cli"] == EXCHANGE_COMMANDS


def test_module_registers_exactly_its_commands():
    import argparse

    from praatplaat_app.exchange import cli as exchange_cli

    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    exchange_cli.add_parsers(subparsers)
    assert tuple(subparsers.choices) == EXCHANGE_COMMANDS


@pytest.fixture
def filled(tmp_path):
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.operations import Operations

    path = tmp_path / "a.sqlite"
    library = Library.open(path)
    sample = make_sample(Operations(library, default_catalog()), library)
    library.close()
    return path, sample


def run(*argv):
    return cli.main([str(a) for a in argv])


def test_export_import_round_trip(filled, tmp_path, capsys):
    path, sample = filled
    out = tmp_path / "x.praatplaat"
    assert run("--library", path, "export", sample["route"].id, sample["first"].id, "-o", out) == 0
    assert "Opgeslagen" in capsys.readouterr().out
    target = tmp_path / "b.sqlite"
    assert run("--library", target, "import", out, "--backup-dir", tmp_path / "bk") == 0
    text = capsys.readouterr().out
    assert "toegevoegd: 1 route, 2 gesprekken" in text
    assert run("--library", target, "import", out, "--backup-dir", tmp_path / "bk") == 0
    assert "niets nieuws" in capsys.readouterr().out


def test_export_anonymised(filled, tmp_path):
    path, sample = filled
    out = tmp_path / "x.praatplaat"
    assert (
        run(
            "--library",
            path,
            "export",
            sample["first"].id,
            "-o",
            out,
            "--anonymise",
            "--include-private",
        )
        == 0
    )
    import zipfile

    with zipfile.ZipFile(out) as archive:
        data = archive.read("data.json")
        manifest = json.loads(archive.read("manifest.json"))
    assert NAMES[0].encode() not in data
    assert manifest["options"] == {"anonymised": True, "include_private": True}


def test_export_unknown_id(filled, tmp_path, capsys):
    path, _ = filled
    assert run("--library", path, "export", "bestaat-niet", "-o", tmp_path / "x.praatplaat") == 1
    err = capsys.readouterr().err
    assert err.startswith("praatplaat: ") and "praatplaat list" in err
    assert err.count("\n") == 1


def test_import_bad_file_exits_nonzero_and_changes_nothing(filled, tmp_path, capsys):
    path, _ = filled
    bad = tmp_path / "kapot.praatplaat"
    bad.write_bytes(b"geen zip")
    library = Library.open(path)
    before = dump(library)
    library.close()
    assert run("--library", path, "import", bad, "--backup-dir", tmp_path / "bk") == 1
    err = capsys.readouterr().err
    assert "kapot.praatplaat" in err and "Traceback" not in err
    library = Library.open(path)
    assert dump(library) == before
    library.close()


def test_import_several_files_one_bad(filled, tmp_path, capsys):
    path, sample = filled
    good = tmp_path / "x.praatplaat"
    run("--library", path, "export", sample["route"].id, "-o", good)
    bad = tmp_path / "kapot.praatplaat"
    bad.write_bytes(b"")
    target = tmp_path / "b.sqlite"
    assert run("--library", target, "import", bad, good, "--backup-dir", tmp_path / "bk") == 1
    captured = capsys.readouterr()
    assert "toegevoegd" in captured.out and "kapot.praatplaat" in captured.err


def test_forget(filled, tmp_path, capsys):
    path, _ = filled
    assert run("--library", path, "forget", NAMES[0], "--backup-dir", tmp_path / "bk") == 0
    assert "verwijderd" in capsys.readouterr().out
    assert NAMES[0].encode() not in path.read_bytes()
    assert run("--library", path, "forget", " ") == 1
