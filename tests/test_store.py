"""The library store: records, search, locking, bad files."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from praatplaat_app.domain import ChosenIndicator, Note, Route, Session
from praatplaat_app.errors import LibraryError, LibraryInUseError, NotFoundError
from praatplaat_app.paths import looks_synced_or_remote
from praatplaat_app.store import Library, fts_query


def _conversation(library: Library, name="Regionale GHZ-route", day=1, note="") -> Session:
    route = library.route_by_name(name) or library.save(Route(name=name))
    session = library.save(Session(route_id=route.id, kind="students", date=dt.date(2025, 3, day)))
    library.save(ChosenIndicator(session_id=session.id, indicator_id="eigen-route"))
    if note:
        library.set_note_text(session.id, "eigen-route", "", "goes_well", note)
    return session


def test_new_library_settings(library: Library):
    conn = library.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert library.integrity_ok()


def test_records_round_trip_with_dutch_text(library: Library):
    route = library.save(Route(name="Flexstage Noorderpoort", coordinator="Coördinator Ëlla"))
    loaded = library.get(Route, route.id)
    assert loaded == route
    session = library.save(Session(route_id=route.id, date=dt.date(2025, 2, 28)))
    assert library.get(Session, session.id).date == dt.date(2025, 2, 28)


def test_every_record_has_uuid_and_updated_at(library: Library):
    session = _conversation(library, note="x")
    for table in ("routes", "sessions", "session_indicators", "notes"):
        for row in library.conn.execute(f"SELECT id, updated_at FROM {table}"):
            assert len(row["id"]) == 36 and row["updated_at"].endswith("Z")
    assert session.id


def test_foreign_keys_enforced(library: Library):
    with pytest.raises(Exception):
        library.save(Session(route_id="no-such-route", date=dt.date(2025, 1, 1)))


def test_list_newest_first_and_deleted_hidden(library: Library):
    old = _conversation(library, day=1)
    new = _conversation(library, day=20)
    gone = _conversation(library, day=25)
    library.mark_deleted(library.get(Session, gone.id))
    assert [s.id for s in library.list_sessions()] == [new.id, old.id]
    assert library.list_sessions()[0].indicator_ids == ("eigen-route",)
    with pytest.raises(NotFoundError):
        library.get(Session, gone.id)


@pytest.mark.parametrize(
    "query",
    ["geevalueerd", "GEËVALUEERD", "Geëval", "client", "CLIËNT", "cliënt geëvalueerd"],
)
def test_search_ignores_case_and_diacritics(library: Library, query: str):
    hit = _conversation(library, note="De route is goed geëvalueerd door de Cliënt.")
    _conversation(library, note="Niets bijzonders.")
    assert [s.id for s in library.search_sessions(query)] == [hit.id]


def test_search_finds_routes_goals_and_updates_index(library: Library):
    session = _conversation(library, name="Excellente Kraam Variant", note="eerste tekst")
    assert [s.id for s in library.search_sessions("kraam")] == [session.id]
    library.set_note_text(session.id, "eigen-route", "", "goes_well", "tweede tekst")
    assert library.search_sessions("eerste") == []
    assert [s.id for s in library.search_sessions("tweede")] == [session.id]


def test_search_with_symbols_does_not_crash(library: Library):
    _conversation(library, note='Quote " en ster * en (haakjes) AND OR NOT')
    for query in ['"', "*", "(", "AND", "NOT OR", "-", "^", "'", ":"]:
        library.search_sessions(query)
    assert fts_query('a"b') == '"a"* "b"*'


def test_note_upsert_keeps_one_row(library: Library):
    session = _conversation(library)
    for text in ("a", "ab", "abc"):
        library.set_note_text(session.id, "eigen-route", "thema", "improve", text)
    notes = library.rows(Note, "session_id = ?", (session.id,))
    assert [n.text for n in notes] == ["abc"]


def test_long_emoji_and_rtl_notes_intact(library: Library):
    session = _conversation(library)
    text = ("Één 👩🏽‍⚕️ שלום مرحبا " * 5000)[:100_000]
    library.set_note_text(session.id, "eigen-route", "", "free", text)
    assert library.note(session.id, "eigen-route", "", "free").text == text


def test_transaction_rolls_back_everything(library: Library):
    with pytest.raises(RuntimeError), library.transaction():
        library.save(Route(name="Halve route"))
        raise RuntimeError("boom")
    assert library.routes() == []


def test_second_instance_is_refused(tmp_path: Path):
    path = tmp_path / "lib.sqlite"
    first = Library.open(path)
    try:
        with pytest.raises(LibraryInUseError) as info:
            Library.open(path)
        assert "al geopend" in str(info.value)
    finally:
        first.close()
    Library.open(path).close()  # free again after close


def test_lock_released_when_process_is_killed(tmp_path: Path):
    path = tmp_path / "lib.sqlite"
    code = (
        "import sys, time\n"
        "from praatplaat_app.store import Library\n"
        f"lib = Library.open({str(path)!r})\n"
        "print('open', flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        with pytest.raises(LibraryInUseError):
            Library.open(path)
    finally:
        proc.kill()
        proc.wait()
    Library.open(path).close()


def test_corrupt_file_refused_and_unchanged(tmp_path: Path):
    path = tmp_path / "kapot.sqlite"
    path.write_bytes(b"Dit is geen database" * 100)
    before = path.read_bytes()
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    assert "beschadigd" in str(info.value)
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="root can write everywhere")
def test_unwritable_folder(tmp_path: Path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(LibraryError):
            Library.open(folder / "lib.sqlite")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_unwritable_folder_as_root(tmp_path: Path):
    # A path below a regular file can never be created, also not by root.
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(LibraryError) as info:
        Library.open(blocker / "sub" / "lib.sqlite")
    assert "kan niet worden aangemaakt" in str(info.value)


def test_directory_as_library_path(tmp_path: Path):
    with pytest.raises(LibraryError) as info:
        Library.open(tmp_path)
    assert "map" in str(info.value)


@pytest.mark.parametrize(
    ("path", "synced"),
    [
        ("/home/anna/OneDrive/praatplaat.sqlite", True),
        ("C:/Users/anna/OneDrive - Noorderpoort/lib.sqlite", True),
        ("/Users/anna/Dropbox/lib.sqlite", True),
        ("//server/share/lib.sqlite", True),
        ("/home/anna/.local/share/Praatplaat/lib.sqlite", False),
    ],
)
def test_synced_folder_detection(path: str, synced: bool):
    assert looks_synced_or_remote(Path(path)) is synced


def test_backup_is_a_complete_library(library: Library, tmp_path: Path):
    session = _conversation(library, note="bewaard in de kopie")
    target = library.backup_to(tmp_path / "kopie.sqlite")
    with Library.open(target) as copy:
        assert [s.id for s in copy.search_sessions("kopie")] == [session.id]


def test_disk_full_gives_dutch_message_and_keeps_earlier_data(library: Library):
    session = _conversation(library, note="al bewaard")
    pages = library.conn.execute("PRAGMA page_count").fetchone()[0]
    library.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(LibraryError) as info:
        library.set_note_text(session.id, "eigen-route", "", "free", "é" * 200_000)
    assert "schijf is vol" in str(info.value)
    with pytest.raises(LibraryError), library.transaction():
        library.set_note_text(session.id, "eigen-route", "", "improve", "ë" * 200_000)
    assert library.integrity_ok()
    assert library.note(session.id, "eigen-route", "", "goes_well").text == "al bewaard"
    assert library.note(session.id, "eigen-route", "", "free") is None


def test_both_search_strategies_agree(library: Library, monkeypatch):
    for day in range(1, 21):
        note = "Cliënt tevreden" if day % 3 else "iets anders"
        _conversation(library, name=f"Route {day % 4}", day=day, note=note)
    expected = [s.id for s in library.search_sessions("client", limit=5)]
    monkeypatch.setattr(Library, "_SCAN_THRESHOLD", 0)  # force the newest-first walk
    assert [s.id for s in library.search_sessions("client", limit=5)] == expected
    assert len(expected) == 5


def test_route_by_name_ignores_case_also_for_accented_letters(library):
    from praatplaat_app.domain import Route

    route = library.save(Route(name="Zorgroute Één"))
    assert library.route_by_name("ZORGROUTE ÉÉN").id == route.id
    assert library.route_by_name("  zorgroute één ").id == route.id
    assert library.route_by_name("Zorgroute Een") is None
