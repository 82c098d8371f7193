"""Merging by id: newer, older, equal, edited on both sides; the loser in history; restore."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from test_exchange_helpers import dump, make_sample, record_dump

from praatplaat_app.domain import Note, utc_now
from praatplaat_app.exchange import (
    ExchangeError,
    export_route,
    import_package,
    list_history,
    read_package,
    restore_from_history,
)
from praatplaat_app.store import Library


@pytest.fixture
def pair(library, ops, catalog, tmp_path):
    """Library A (with the sample) and library B holding a copy of it."""
    sample = make_sample(ops, library)
    other = Library.open(tmp_path / "b.sqlite")
    ship(library, other, sample, catalog, tmp_path, include_private=True)
    yield library, other, sample
    other.close()


def ship(source, target, sample, catalog, tmp_path, **options):
    path = tmp_path / "ship.praatplaat"
    export_route(source, sample["route"].id, path, catalog=catalog, **options)
    return import_package(target, read_package(path), backup_dir=tmp_path / "bk")


def _note(library, sample):
    return library.note(sample["first"].id, "eigen-route", "sociale-binding", "improve")


def _edit(library, note, text):
    updated = note.touched(text=text)
    library.save(updated)
    return updated


def test_newer_incoming_wins_and_the_local_version_is_kept(pair, catalog, tmp_path):
    a, b, sample = pair
    old = _note(b, sample)
    _edit(a, _note(a, sample), "Nieuwe tekst uit A")
    summary = ship(a, b, sample, catalog, tmp_path)
    assert summary.updated == {"notes": 1}
    assert _note(b, sample).text == "Nieuwe tekst uit A"
    [kept] = summary.kept_aside
    assert kept.side == "local" and kept.record_id == old.id
    assert kept.route_name == "Flexibele stage Noord"
    assert kept.conversation == "Studenten, 14-03-2025"
    assert "vervangen door de nieuwere" in kept.describe()
    history = b.history_for(old.id)
    assert history[0]["data"]["text"] == old.text
    assert history[0]["reason"].startswith("import:")


def test_older_incoming_loses_and_is_kept_aside(pair, catalog, tmp_path):
    a, b, sample = pair
    path = tmp_path / "old.praatplaat"
    _edit(a, _note(a, sample), "Versie A")
    export_route(a, sample["route"].id, path, catalog=catalog)
    _edit(b, _note(b, sample), "Versie B, later")
    summary = import_package(b, read_package(path), backup_dir=tmp_path / "bk")
    assert _note(b, sample).text == "Versie B, later"
    assert summary.total_updated == 0
    [kept] = summary.kept_aside
    assert kept.side == "incoming"
    assert "ouder" in kept.describe()
    assert b.history_for(kept.record_id)[0]["data"]["text"] == "Versie A"
    # Importing the same old file again does not pile up history.
    before = dump(b)
    again = import_package(b, read_package(path), backup_dir=tmp_path / "bk")
    assert not again.changed
    assert dump(b) == before


def test_equal_records_are_skipped(pair, catalog, tmp_path):
    a, b, sample = pair
    before = dump(b)
    summary = ship(a, b, sample, catalog, tmp_path)
    assert summary.total_added == summary.total_updated == 0
    assert summary.unchanged["notes"] >= 3
    assert dump(b) == before


def test_edited_on_both_sides_converges(pair, catalog, tmp_path):
    a, b, sample = pair
    _edit(a, _note(a, sample), "A schreef dit")
    _edit(b, _note(b, sample), "B schreef dit, later")
    to_b = ship(a, b, sample, catalog, tmp_path, include_private=True)
    assert to_b.kept_aside[0].side == "incoming"
    to_a = ship(b, a, sample, catalog, tmp_path, include_private=True)
    assert to_a.kept_aside[0].side == "local"
    assert _note(a, sample).text == _note(b, sample).text == "B schreef dit, later"
    assert record_dump(a) == record_dump(b)
    # Neither version is lost.
    assert {h["data"]["text"] for h in a.history_for(_note(a, sample).id)} == {"A schreef dit"}
    assert {h["data"]["text"] for h in b.history_for(_note(b, sample).id)} == {"A schreef dit"}


def test_same_timestamp_different_content_keeps_local(pair, catalog, tmp_path):
    """An anonymised copy of your own conversation does not overwrite your names."""
    a, b, sample = pair
    summary = ship(a, b, sample, catalog, tmp_path, anonymise=True)
    assert summary.total_updated == 0
    names = {p.name for p in b.conversation(sample["first"].id).participants}
    assert "Jantje Bëkker" in names
    assert summary.kept_aside and all(k.side == "incoming" for k in summary.kept_aside)
    assert "hetzelfde tijdstip" in summary.kept_aside[0].describe()
    before = dump(b)
    assert not ship(a, b, sample, catalog, tmp_path, anonymise=True).changed
    assert dump(b) == before


def test_same_note_created_on_both_sides_merges_by_place(pair, ops, catalog, tmp_path):
    """Two libraries each wrote a note on the same place: one record, under the local id."""
    a, b, sample = pair
    session = sample["second"].id
    a.save(
        Note(
            session_id=session,
            indicator_id="co-creatie",
            theme_id="",
            kind="goes_well",
            text="A: goed",
        )
    )
    mine = b.save(
        Note(
            session_id=session,
            indicator_id="co-creatie",
            theme_id="",
            kind="goes_well",
            text="B: ook goed",
            updated_at=utc_now(),
        )
    )
    summary = ship(a, b, sample, catalog, tmp_path)
    found = b.note(session, "co-creatie", "", "goes_well")
    assert found.id == mine.id
    assert found.text == "B: ook goed"  # B's is newer
    assert summary.kept_aside[0].record_id == mine.id
    assert b.history_for(mine.id)[0]["data"]["text"] == "A: goed"
    before = dump(b)
    assert not ship(a, b, sample, catalog, tmp_path).changed
    assert dump(b) == before


def test_restore_keeps_the_current_version_too(pair, catalog, tmp_path):
    a, b, sample = pair
    old = _note(b, sample)
    _edit(a, _note(a, sample), "Nieuw uit A")
    summary = ship(a, b, sample, catalog, tmp_path)
    history_id = summary.kept_aside[0].history_id
    restored = restore_from_history(b, history_id)
    assert restored.text == old.text
    current = _note(b, sample)
    assert current.text == old.text
    assert current.updated_at > old.updated_at  # restoring is an edit: it wins next time
    texts = [h["data"]["text"] for h in b.history_for(old.id)]
    assert "Nieuw uit A" in texts and old.text in texts
    entries = list_history(b, old.id)
    assert entries[0].reason.startswith("hersteld")
    assert "Flexibele stage Noord" in entries[0].describe()
    # The restored version travels back and wins in A, A's version kept there.
    back = ship(b, a, sample, catalog, tmp_path)
    assert _note(a, sample).text == old.text
    assert back.kept_aside[0].side == "local"


def test_restore_unknown_history_is_a_clear_error(library):
    with pytest.raises(ExchangeError, match="bestaat niet"):
        restore_from_history(library, "00000000-0000-4000-8000-000000000000")


def test_restore_of_an_attachment_version(pair, catalog, tmp_path):
    from praatplaat_app.exchange import attachments_for

    a, b, sample = pair
    [photo_a] = attachments_for(a, sample["first"].id)
    a.save(dataclasses.replace(photo_a, caption="Nieuw bijschrift", updated_at=utc_now()))
    summary = ship(a, b, sample, catalog, tmp_path)
    [kept] = summary.kept_aside
    restored = restore_from_history(b, kept.history_id)
    assert restored.caption == "Ingevulde praatplaat"
    [photo_b] = attachments_for(b, sample["first"].id)
    assert photo_b.data == photo_a.data and photo_b.caption == "Ingevulde praatplaat"


def test_import_killed_halfway_leaves_no_rows(library, ops, catalog, tmp_path, monkeypatch):
    sample = make_sample(ops, library)
    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    package = read_package(path)
    other = Library.open(tmp_path / "b.sqlite")
    try:
        real_save = Library.save
        calls = {"n": 0}

        def dying_save(self, record):
            calls["n"] += 1
            if calls["n"] == 7:
                raise KeyboardInterrupt("killed")
            return real_save(self, record)

        before = dump(other)
        monkeypatch.setattr(Library, "save", dying_save)
        with pytest.raises(KeyboardInterrupt):
            import_package(other, package, backup_dir=tmp_path / "bk")
        assert calls["n"] == 7
        assert dump(other) == before
        for table in ("routes", "sessions", "participants", "notes"):
            assert other.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        monkeypatch.setattr(Library, "save", real_save)
        assert import_package(other, package, backup_dir=tmp_path / "bk").total_added > 0
    finally:
        other.close()


def test_database_refusal_becomes_exchange_error(pair, catalog, tmp_path, monkeypatch):
    a, b, sample = pair
    _edit(a, _note(a, sample), "Nieuw")
    path = tmp_path / "x.praatplaat"
    export_route(a, sample["route"].id, path, catalog=catalog)
    package = read_package(path)

    def refusing(self, record):
        raise sqlite3.IntegrityError("UNIQUE constraint failed")

    before = dump(b)
    monkeypatch.setattr(Library, "save", refusing)
    with pytest.raises(ExchangeError, match="niets gewijzigd"):
        import_package(b, package, backup_dir=tmp_path / "bk")
    assert dump(b) == before


def test_summary_lists_kept_aside_with_names(pair, catalog, tmp_path):
    a, b, sample = pair
    _edit(a, _note(a, sample), "A")
    text = ship(a, b, sample, catalog, tmp_path).describe()
    assert "bijgewerkt: 1 notitie" in text
    assert "opzijgezet in de geschiedenis: 1 eerdere versie" in text
    assert "Studenten, 14-03-2025" in text
    assert "Reservekopie" in text


def test_backups_are_pruned(pair, catalog, tmp_path):
    a, b, sample = pair
    for _ in range(13):
        ship(a, b, sample, catalog, tmp_path)
    assert len(list((tmp_path / "bk").glob("*-voor-import-*.sqlite"))) == 10


def test_merge_of_session_moved_between_routes(pair, ops, catalog, tmp_path):
    a, b, sample = pair
    other_route = ops.create_route("Andere route")
    ops.update_session(sample["second"].id, route_id=other_route.id)
    path = tmp_path / "x.praatplaat"
    export_route(a, other_route.id, path, catalog=catalog)
    summary = import_package(b, read_package(path), backup_dir=tmp_path / "bk")
    assert summary.added["routes"] == 1
    assert summary.updated["sessions"] == 1
    assert b.conversation(sample["second"].id).route.name == "Andere route"


def test_restore_fails_cleanly_when_parent_is_gone(library, tmp_path):
    # A history entry for a note of a conversation that this library never had.
    note = Note(
        session_id="11111111-1111-4111-8111-111111111111",
        indicator_id="eigen-route",
        kind="free",
        text="los",
    )
    library.add_history(note, "test")
    [entry] = list_history(library)
    before = dump(library)
    with pytest.raises(ExchangeError, match="niet worden teruggezet"):
        restore_from_history(library, entry.id)
    assert dump(library) == before
