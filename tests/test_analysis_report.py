"""The PDF "Analyse van evaluaties" (text read back with pypdf) and ``praatplaat report``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_analysis_support import AnalysisOps, build_network

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("weasyprint")

from pdf_text import pdf_text, squash

from praatplaat_app import cli
from praatplaat_app.analysis.overview import compute_overview
from praatplaat_app.analysis.report_pdf import (
    render_analysis_pdf,
    render_html,
    write_analysis_pdf,
)
from praatplaat_app.store import Library

TODAY = dt.date(2025, 8, 2)




@pytest.fixture
def network(library, catalog):
    ops = AnalysisOps(library, catalog)
    return ops, build_network(ops)


def test_pdf_text(network, catalog):
    ops, _ = network
    overview = compute_overview(ops.library, catalog, today=TODAY)
    data = render_analysis_pdf(overview)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    flat = squash(text)
    for expected in (
        "Analyse van evaluaties",
        "Netwerkoverzicht van de routes",
        "4 gesprekken in 2 routes",
        "Route Alfa",
        "Route Bèta",
        "Indicatoren en thema's",
        "Eigen route student",
        "Voortgang van de acties",
        "stageplek kiezen",
        "cliënt",
        "Terugkerende onderwerpen",
        "Leer- en ontwikkelgemeenschap",
        "Vervolggesprekken",
        "Te laat",
        "Vervolggesprek te laat bij 1 route: Route Alfa",
        "2 augustus 2025",
    ):
        assert squash(expected) in flat, expected
    assert "zeldzaamheid" not in flat.lower()  # only in a private note of the 2nd route


def test_pdf_for_a_period_without_conversations(network, catalog, tmp_path):
    ops, _ = network
    overview = compute_overview(ops.library, catalog, date_from=dt.date(2030, 1, 1), today=TODAY)
    path = write_analysis_pdf(overview, tmp_path / "leeg.pdf")
    flat = squash(pdf_text(path.read_bytes()))
    assert squash("Er zijn geen gesprekken gevonden") in flat
    assert squash("Indicatoren en thema's") not in flat  # no empty charts
    assert squash("Vervolggesprekken") in flat


def test_user_text_stays_text(library, catalog):
    ops = AnalysisOps(library, catalog)
    route = ops.create_route('<img src="file:///etc/passwd"> Route')
    session = ops.create_session(route.id, "students", dt.date(2025, 3, 1))
    ops.set_indicator_chosen(session.id, "eigen-route", True)
    html = render_html(compute_overview(library, catalog, today=TODAY))
    assert '<img src="file' not in html
    assert "&lt;img" in html


# ---------------------------------------------------------------------------- CLI


@pytest.fixture
def run(monkeypatch, capsys):
    modules = cli.COMMAND_MODULES
    if "praatplaat_app.analysis.cli" not in modules:  # until the lead registers it
        if isinstance(modules, dict):
            added = {**modules, "praatplaat_app.analysis.cli": ("report",)}
        else:
            added = (*modules, "praatplaat_app.analysis.cli")
        monkeypatch.setattr(cli, "COMMAND_MODULES", added)

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def library_file(tmp_path, catalog) -> Path:
    path = tmp_path / "bib.sqlite"
    library = Library.open(path)
    try:
        build_network(AnalysisOps(library, catalog))
    finally:
        library.close()
    return path


def test_cli_report_pdf_and_csv(run, library_file, tmp_path):
    target = tmp_path / "analyse.pdf"
    code, out, err = run("--library", str(library_file), "report", "-o", str(target),
                         "--from", "01-01-2025", "--to", "2025-12-31",
                         "--csv", str(tmp_path / "csv"))
    assert code == 0, err
    assert target.exists()
    assert (tmp_path / "csv" / "indicatoren.csv").exists()
    assert "3 gesprekken in 2 routes" in out
    flat = squash(pdf_text(target.read_bytes()))
    assert squash("1 januari 2025 t/m 31 december 2025") in flat


def test_cli_report_one_route_by_name(run, library_file, tmp_path):
    code, out, err = run("--library", str(library_file), "report", "--route", "route beta",
                         "--csv", str(tmp_path / "c"))
    assert code == 0, err
    assert "2 gesprekken in 1 route" in out
    routes = (tmp_path / "c" / "routes.csv").read_text(encoding="utf-8-sig")
    assert "Route Bèta" in routes and "Route Alfa" not in routes


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "31-02-2025"], "bestaat niet"),
        (["--to", "morgen"], "geen datum"),
        (["--from", "01-06-2025", "--to", "01-01-2025"], "ligt na de einddatum"),
        (["--route", "Onbekend"], "Geen route past bij 'Onbekend'"),
    ],
)
def test_cli_report_bad_input(run, library_file, tmp_path, args, message):
    target = tmp_path / "x.pdf"
    code, _out, err = run("--library", str(library_file), "report", "-o", str(target), *args)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("praatplaat: ")
    assert message in err
    assert "Traceback" not in err
    assert not target.exists()


def test_cli_report_needs_a_target(run, library_file):
    code, _, err = run("--library", str(library_file), "report")
    assert code == 1
    assert "-o BESTAND.pdf" in err and err.count("\n") == 1
