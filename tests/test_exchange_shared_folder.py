"""The shared folder: new/changed files, remembered imports, atomic shares, never the library."""

from __future__ import annotations

import os

import pytest
from test_exchange_helpers import make_sample

from praatplaat_app.exchange import (
    ExchangeError,
    check_shared_folder,
    export_route,
    import_shared_file,
    import_shared_folder,
    scan_shared_folder,
    share_to_folder,
)
from praatplaat_app.exchange.shared_folder import safe_file_name, state_path
from praatplaat_app.store import Library


@pytest.fixture
def shared(tmp_path):
    folder = tmp_path / "OneDrive - School" / "Praatplaat"
    folder.mkdir(parents=True)
    return folder


def test_new_changed_and_imported(library, ops, catalog, shared, tmp_path):
    sample = make_sample(ops, library)
    source = shared / "route.praatplaat"
    export_route(library, sample["route"].id, source, catalog=catalog)
    (shared / "notities.txt").write_text("geen praatplaat")
    other = Library.open(tmp_path / "other.sqlite")
    try:
        [status] = scan_shared_folder(shared, other)
        assert status.status == "new" and status.path == source and status.needs_import
        assert "Nieuw" in status.describe()
        summary = import_shared_file(other, status, backup_dir=tmp_path / "bk")
        assert summary.added["sessions"] == 2
        assert scan_shared_folder(shared, other) == []
        assert scan_shared_folder(shared, other, include_imported=True)[0].status == "imported"
        assert state_path().exists()
        # The sender updates the file.
        ops.set_note(sample["first"].id, "eigen-route", "", "free", "Nieuwe notitie")
        export_route(library, sample["route"].id, source, catalog=catalog)
        [status] = scan_shared_folder(shared, other)
        assert status.status == "changed"
        [(_done, result)] = import_shared_folder(other, shared, backup_dir=tmp_path / "bk")
        assert result.added["notes"] == 1
        assert scan_shared_folder(shared, other) == []
    finally:
        other.close()


def test_state_is_per_library(library, ops, catalog, shared, tmp_path):
    sample = make_sample(ops, library)
    export_route(library, sample["route"].id, shared / "r.praatplaat", catalog=catalog)
    first = Library.open(tmp_path / "one.sqlite")
    second = Library.open(tmp_path / "two.sqlite")
    try:
        import_shared_folder(first, shared, backup_dir=tmp_path / "bk")
        assert scan_shared_folder(shared, first) == []
        assert len(scan_shared_folder(shared, second)) == 1
    finally:
        first.close()
        second.close()


def test_bad_file_in_folder_does_not_stop_the_others(library, ops, catalog, shared, tmp_path):
    sample = make_sample(ops, library)
    export_route(library, sample["route"].id, shared / "goed.praatplaat", catalog=catalog)
    (shared / "kapot.praatplaat").write_bytes(b"niet goed")
    other = Library.open(tmp_path / "other.sqlite")
    try:
        results = {
            s.path.name: r
            for s, r in import_shared_folder(other, shared, backup_dir=tmp_path / "bk")
        }
        assert isinstance(results["kapot.praatplaat"], ExchangeError)
        assert results["goed.praatplaat"].added["routes"] == 1
        # The broken file stays "new": it was not imported.
        assert [s.path.name for s in scan_shared_folder(shared, other)] == ["kapot.praatplaat"]
    finally:
        other.close()


def test_share_writes_an_export_and_does_not_report_it_back(library, ops, catalog, shared):
    sample = make_sample(ops, library)
    result = share_to_folder(library, shared, route_ids=[sample["route"].id], catalog=catalog)
    assert result.path.parent == shared.resolve()
    assert result.path.name.startswith("Route Flexibele stage Noord ")
    assert result.path.suffix == ".praatplaat"
    assert scan_shared_folder(shared, library) == []
    assert [p.name for p in shared.iterdir() if p.name.startswith(".")] == []


def test_library_inside_the_shared_folder_is_refused(ops, catalog, shared):
    inside = Library.open(shared / "sub" / "bibliotheek.sqlite")
    try:
        with pytest.raises(ExchangeError, match="nooit in een gedeelde"):
            check_shared_folder(shared, inside)
        with pytest.raises(ExchangeError, match="nooit in een gedeelde"):
            scan_shared_folder(shared, inside)
        with pytest.raises(ExchangeError, match="nooit in een gedeelde"):
            share_to_folder(inside, shared, route_ids=["x"], catalog=catalog)
    finally:
        inside.close()


def test_missing_folder(library, tmp_path):
    with pytest.raises(ExchangeError, match="bestaat niet"):
        scan_shared_folder(tmp_path / "weg", library)


def test_damaged_state_file_is_survived(library, ops, catalog, shared):
    sample = make_sample(ops, library)
    export_route(library, sample["route"].id, shared / "r.praatplaat", catalog=catalog)
    state_path().write_text("{kapot")
    assert len(scan_shared_folder(shared, library)) == 1


def test_safe_file_name():
    import datetime as dt

    name = safe_file_name('Route "A/B": test?', today=dt.date(2025, 3, 14))
    assert name == "Route A B test 2025-03-14.praatplaat"
    assert safe_file_name("CON", today=dt.date(2025, 1, 1)).startswith("_CON")
    assert os.sep not in safe_file_name("a/b\\c")
