"""Export → import: identical content, idempotence, selections, private notes, atomic writes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from test_exchange_helpers import dump, make_sample, record_dump, zip_members

from praatplaat_app.exchange import (
    ExchangeError,
    export_route,
    export_selection,
    export_sessions,
    import_package,
    read_package,
)
from praatplaat_app.exchange import package as package_module
from praatplaat_app.exchange.format import RECORD_MODELS, RECORD_TABLES
from praatplaat_app.store import Library


@pytest.fixture
def sample(ops, library):
    return make_sample(ops, library)


def _other(tmp_path: Path, name: str = "other.sqlite") -> Library:
    return Library.open(tmp_path / name)


def test_model_fields_match_library_columns(library):
    """The file format carries exactly the library's columns (attachments: size for bytes)."""
    for table in RECORD_TABLES:
        columns = [r[1] for r in library.conn.execute(f"PRAGMA table_info({table})")]
        fields = list(RECORD_MODELS[table].model_fields)
        if table == "attachments":
            columns = [c for c in columns if c != "data"] + ["size"]
        assert sorted(fields) == sorted(columns), table


def test_round_trip_route_into_empty_library(library, catalog, sample, tmp_path):
    path = tmp_path / "route.praatplaat"
    result = export_route(library, sample["route"].id, path, include_private=True, catalog=catalog)
    assert result.counts["sessions"] == 2
    other = _other(tmp_path)
    try:
        summary = import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        assert record_dump(other) == record_dump(library)
        assert summary.added["routes"] == 1
        assert summary.added["sessions"] == 2
        assert summary.added["attachments"] == 1
        assert summary.total_updated == 0
        assert not summary.kept_aside
        assert "toegevoegd" in summary.describe()
    finally:
        other.close()


def test_second_import_changes_nothing(library, catalog, sample, tmp_path):
    path = tmp_path / "route.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    other = _other(tmp_path)
    try:
        import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        before = dump(other)
        again = import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        assert again.total_added == 0
        assert again.total_updated == 0
        assert again.kept_aside == []
        assert not again.changed
        assert dump(other) == before
        assert "niets nieuws" in again.describe()
    finally:
        other.close()


def test_importing_own_export_changes_nothing(library, catalog, sample, tmp_path):
    path = tmp_path / "own.praatplaat"
    export_route(library, sample["route"].id, path, include_private=True, catalog=catalog)
    before = dump(library)
    summary = import_package(library, read_package(path), backup_dir=tmp_path / "bk")
    assert not summary.changed
    assert dump(library) == before


def test_manifest_describes_the_file(library, catalog, sample, tmp_path):
    path = tmp_path / "x.praatplaat"
    export_route(
        library, sample["route"].id, path, anonymise=True, catalog=catalog, app_version="9.8.7"
    )
    manifest = json.loads(zip_members(path.read_bytes())["manifest.json"])
    assert manifest["format"] == "praatplaat"
    assert manifest["format_version"] == 1
    assert manifest["app_version"] == "9.8.7"
    assert manifest["catalog"] == {"id": catalog.id, "version": catalog.version}
    assert manifest["options"] == {"anonymised": True, "include_private": False}
    assert manifest["selection"]["kind"] == "route"
    assert manifest["exported_at"].endswith("Z")
    package = read_package(path)
    assert "Flexibele stage Noord" in package.describe()


def test_selected_conversation_carries_its_route(library, catalog, sample, tmp_path):
    path = tmp_path / "one.praatplaat"
    export_sessions(library, [sample["second"].id], path, catalog=catalog)
    package = read_package(path)
    assert package.record_ids("routes") == {sample["route"].id}
    assert package.record_ids("sessions") == {sample["second"].id}
    assert all(r["session_id"] == sample["second"].id for r in package.records["notes"])
    other = _other(tmp_path)
    try:
        summary = import_package(other, package, backup_dir=tmp_path / "bk")
        assert summary.added["routes"] == 1 and summary.added["sessions"] == 1
        assert other.conversation(sample["second"].id).route.name == "Flexibele stage Noord"
    finally:
        other.close()


def test_mixed_selection_of_routes_and_conversations(library, catalog, ops, sample, tmp_path):
    extra = ops.create_route("Tweede route")
    path = tmp_path / "mixed.praatplaat"
    result = export_selection(
        library, path, route_ids=[extra.id], session_ids=[sample["first"].id], catalog=catalog
    )
    assert result.counts["routes"] == 2
    assert result.counts["sessions"] == 1
    assert json.loads(zip_members(path.read_bytes())["manifest.json"])["selection"]["kind"] == (
        "selection"
    )


def test_private_notes_left_out_by_default(library, catalog, sample, tmp_path):
    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    raw = zip_members(path.read_bytes())
    assert b"Geheim" not in raw["data.json"]
    assert sample["private_note"].id not in read_package(path).record_ids("notes")
    export_route(library, sample["route"].id, path, include_private=True, catalog=catalog)
    assert sample["private_note"].id in read_package(path).record_ids("notes")


def test_private_note_history_left_out_too(library, catalog, ops, sample, tmp_path):
    note = sample["private_note"]
    library.add_history(note, "test")
    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    assert b"Geheim" not in zip_members(path.read_bytes())["data.json"]


def test_deleted_records_travel_as_tombstones(library, catalog, ops, sample, tmp_path):
    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    other = _other(tmp_path)
    try:
        import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        ops.delete_session(sample["second"].id)
        export_route(library, sample["route"].id, path, catalog=catalog)
        summary = import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        assert summary.updated == {"sessions": 1}
        assert other.count_sessions() == 1
    finally:
        other.close()


def test_unknown_ids_are_refused(library, catalog, sample, tmp_path):
    with pytest.raises(ExchangeError, match="bestaat niet"):
        export_sessions(
            library,
            ["00000000-0000-4000-8000-000000000000"],
            tmp_path / "x.praatplaat",
            catalog=catalog,
        )
    with pytest.raises(ExchangeError, match="Kies eerst"):
        export_sessions(library, [], tmp_path / "x.praatplaat", catalog=catalog)
    assert not (tmp_path / "x.praatplaat").exists()


def test_export_into_missing_folder_is_a_clear_error(library, catalog, sample, tmp_path):
    with pytest.raises(ExchangeError, match="bestaat niet"):
        export_route(
            library, sample["route"].id, tmp_path / "nope" / "x.praatplaat", catalog=catalog
        )


def test_killed_export_leaves_the_old_file(library, catalog, sample, tmp_path, monkeypatch):
    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    old = path.read_bytes()
    real = package_module._write_zip

    def dying(handle, manifest, data, attachments):
        handle.write(b"PK half a file")
        raise KeyboardInterrupt

    monkeypatch.setattr(package_module, "_write_zip", dying)
    with pytest.raises(KeyboardInterrupt):
        export_route(library, sample["route"].id, path, catalog=catalog)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    # Never written before: nothing at all afterwards.
    fresh = tmp_path / "fresh.praatplaat"
    with pytest.raises(KeyboardInterrupt):
        export_route(library, sample["route"].id, fresh, catalog=catalog)
    assert not fresh.exists()
    monkeypatch.setattr(package_module, "_write_zip", real)


def test_export_is_a_plain_zip_with_attachments(library, catalog, sample, tmp_path):
    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert names[:2] == ["manifest.json", "data.json"]
    assert len([n for n in names if n.startswith("attachments/")]) == 1


def test_backup_is_taken_before_import(library, catalog, sample, tmp_path):
    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    other = _other(tmp_path)
    try:
        summary = import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        assert summary.backup_path is not None and summary.backup_path.exists()
        assert summary.backup_path.parent == tmp_path / "bk"
        # The backup is the library as it was: still empty.
        before = Library.open(summary.backup_path, lock=False)
        try:
            assert before.is_empty()
        finally:
            before.close()
    finally:
        other.close()


def test_default_backup_dir_is_the_apps_backups_folder(library, catalog, sample, tmp_path):
    from praatplaat_app import paths

    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    other = _other(tmp_path)
    try:
        summary = import_package(other, read_package(path))
        assert summary.backup_path.parent == paths.backups_dir()
    finally:
        other.close()


def test_history_travels_with_the_records(library, catalog, ops, sample, tmp_path):
    note = library.note(sample["first"].id, "eigen-route", "sociale-binding", "improve")
    library.add_history(note, "handmatig bewaard")
    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    other = _other(tmp_path)
    try:
        summary = import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        assert summary.history_added == 1
        assert other.history_for(note.id)[0]["reason"] == "handmatig bewaard"
        again = import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        assert again.history_added == 0
    finally:
        other.close()


def test_catalog_mismatch_is_a_warning(library, catalog, sample, tmp_path):
    from dataclasses import replace

    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=replace(catalog, id="ander-netwerk"))
    other = _other(tmp_path)
    try:
        summary = import_package(
            other, read_package(path), backup_dir=tmp_path / "bk", catalog=catalog
        )
        assert summary.warnings and "ander-netwerk" in summary.warnings[0]
    finally:
        other.close()


def test_demo_library_round_trips(demo_library, catalog, tmp_path):
    """The shipped demo data (every route) exports, validates and imports identically."""
    route_ids = [r.id for r in demo_library.routes()]
    path = tmp_path / "demo.praatplaat"
    result = export_selection(
        demo_library, path, route_ids=route_ids, include_private=True, catalog=catalog
    )
    assert result.counts["sessions"] >= 6
    other = _other(tmp_path)
    try:
        import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        assert record_dump(other) == record_dump(demo_library)
    finally:
        other.close()
