"""Every released library version opens and migrates, with a backup first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from praatplaat_app.domain import Note, Session
from praatplaat_app.errors import LibraryError, NewerLibraryError
from praatplaat_app.store import SCHEMA_VERSION, Library

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "libraries").glob("library-v*.sqlite"))


def test_there_is_a_fixture_for_every_schema_version():
    versions = sorted(int(p.stem.split("-v")[1]) for p in FIXTURES)
    assert versions == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_opens_and_migrates(fixture: Path, tmp_path: Path):
    path = tmp_path / "library.sqlite"
    shutil.copy(fixture, path)
    backups = tmp_path / "backups"
    with Library.open(path, backup_dir=backups) as library:
        assert library.schema_version == SCHEMA_VERSION
        assert library.integrity_ok()
        session = library.get(Session, "22222222-2222-4222-8222-222222222222")
        assert session.facilitator == "Marieke de Vries"
        notes = library.rows(Note)
        assert [n.text for n in notes] == ["Goed geëvalueerd met de cliënt"]
        # Search works on migrated data, accents ignored.
        assert [s.id for s in library.search_sessions("geevalueerd")] == [session.id]
    old_version = int(fixture.stem.split("-v")[1])
    made = list(backups.glob("*.sqlite")) if backups.exists() else []
    if old_version < SCHEMA_VERSION:
        assert len(made) == 1, "a backup must be taken before migrating"
        with sqlite3.connect(made[0]) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version
    else:
        assert made == []


def test_failed_migration_leaves_library_at_old_version(tmp_path: Path, monkeypatch):
    path = tmp_path / "library.sqlite"
    shutil.copy(FIXTURES[0], path)
    from praatplaat_app.store import schema

    broken = list(schema.MIGRATIONS)
    broken[1] = broken[1] + "\nCREATE TABLE history (x);"  # duplicate table: step fails
    monkeypatch.setattr("praatplaat_app.store.library.MIGRATIONS", broken)
    with pytest.raises(LibraryError) as info:
        Library.open(path, backup_dir=tmp_path / "b")
    assert "niet gewijzigd" in str(info.value)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "history" not in tables


def test_newer_library_is_refused_and_untouched(tmp_path: Path):
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(NewerLibraryError) as info:
        Library.open(path)
    assert "nieuwere versie" in str(info.value)
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE klanten (naam TEXT)")
    before = path.read_bytes()
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    assert "geen Praatplaat-bibliotheek" in str(info.value)
    assert path.read_bytes() == before
