"""Anonymised exports and forgetting a person."""

from __future__ import annotations

import json
import zipfile

import pytest
from test_exchange_helpers import NAMES, dump, make_sample, zip_members

from praatplaat_app.domain import Participant
from praatplaat_app.exchange import (
    ExchangeError,
    export_route,
    forget_person,
    forget_person_report,
    import_package,
    read_package,
)
from praatplaat_app.exchange.privacy import NameScrubber
from praatplaat_app.store import Library


def _variants(name: str) -> list[bytes]:
    out = []
    for form in (name, name.lower(), name.upper(), name.casefold()):
        out.append(form.encode("utf-8"))
        out.append(json.dumps(form).strip('"').encode("ascii"))  # \u-escaped, as JSON may write
    return out


@pytest.fixture
def sample(ops, library):
    sample = make_sample(ops, library)
    # A renamed participant: the old name only lives in the history.
    person = library.rows(Participant, "name = ?", (NAMES[2],))[0]
    library.add_history(person, "bewerkt")
    library.save(person.touched(name="P. Zwart"))
    return sample


def test_anonymised_export_contains_no_participant_name(library, catalog, sample, tmp_path):
    path = tmp_path / "anon.praatplaat"
    export_route(
        library, sample["route"].id, path, anonymise=True, include_private=True, catalog=catalog
    )
    raw = path.read_bytes()
    members = zip_members(raw)
    blobs = [raw, *members.values()]
    with zipfile.ZipFile(path) as archive:
        blobs.extend(info.filename.encode() for info in archive.infolist())
    for name in (*NAMES, "P. Zwart"):
        for part in [name, *[w for w in name.replace("-", " ").split() if len(w) >= 3]]:
            for variant in _variants(part):
                assert all(variant not in blob for blob in blobs), (part, variant)
    data = json.loads(members["data.json"])
    assert {p["name"] for p in data["participants"]} == {""}
    assert {p["role"] for p in data["participants"]} == {"student", "supervisor"}
    assert "ROC Noord" in {p["organisation"] for p in data["participants"]}
    assert any("[naam]" in n["text"] for n in data["notes"])
    assert data["history"], "the history travelled, without names"
    assert json.loads(members["manifest.json"])["options"]["anonymised"] is True


def test_anonymised_file_imports_cleanly(library, catalog, sample, tmp_path):
    path = tmp_path / "anon.praatplaat"
    export_route(library, sample["route"].id, path, anonymise=True, catalog=catalog)
    other = Library.open(tmp_path / "other.sqlite")
    try:
        summary = import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        assert summary.added["participants"] == 3
        assert all(not p.name for p in other.rows(Participant))
    finally:
        other.close()


def test_name_scrubber_leaves_ordinary_words():
    scrubber = NameScrubber(["Jan de Vries"], "[naam]", parts=True)
    assert scrubber.scrub("In januari zei Jan de  Vries dat de vriesvak vol was; jan ook.") == (
        "In januari zei [naam] dat de vriesvak vol was; [naam] ook."
    )
    assert scrubber.is_name("  jan DE vries ")


def _library_bytes(library: Library) -> bytes:
    data = library.path.read_bytes()
    for suffix in ("-wal", "-shm"):
        extra = library.path.with_name(library.path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


def test_forget_person_leaves_no_trace_in_the_file(library, ops, sample, tmp_path):
    name = NAMES[0]
    encoded = name.encode("utf-8")
    library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert encoded in _library_bytes(library)
    # The name also sits in an earlier version of a note, and in the notes' search index.
    note = library.note(sample["first"].id, "eigen-route", "", "goes_well")
    library.add_history(note, "oud")
    # A long text lives on overflow pages, which an update frees: they must not keep the name.
    ops.set_note(sample["second"].id, "breed-opleiden", "", "free", f"Verslag over {name}. " * 500)
    secure_before = library.conn.execute("PRAGMA secure_delete").fetchone()[0]
    count = forget_person(library, "  jantje bëkker ", backup_dir=tmp_path / "bk")
    assert count >= 3  # the participant, the note, its history entry
    raw = _library_bytes(library)
    for variant in _variants(name):
        assert variant not in raw
    people = {p.name for p in library.conversation(sample["first"].id).participants}
    assert people == {"", NAMES[1]}
    assert (
        "[naam verwijderd]" in library.note(sample["first"].id, "eigen-route", "", "goes_well").text
    )
    assert library.integrity_ok()
    # The search index still works, without the name.
    assert library.search_sessions("stage")
    assert not library.search_sessions("Jantje")
    assert library.conn.execute("PRAGMA secure_delete").fetchone()[0] == secure_before


def test_forget_person_matches_only_exact_names(library, ops, sample, tmp_path):
    forget_person(library, "Jantje", backup_dir=tmp_path / "bk")
    names = {p.name for p in library.conversation(sample["first"].id).participants}
    assert NAMES[0] in names  # a participant's name is only removed on an exact match


def test_forget_person_rewrites_backups(library, catalog, ops, sample, tmp_path):
    backups = tmp_path / "bk"
    library.backup_to(backups / "library-voor-import-1.sqlite")
    (backups / "notitie.txt").write_text(f"Gesprek met {NAMES[0]}", encoding="utf-8")
    (backups / "onschuldig.txt").write_text("niets", encoding="utf-8")
    report = forget_person_report(library, NAMES[0], backup_dir=backups)
    assert [p.name for p in report.backups_rewritten] == ["library-voor-import-1.sqlite"]
    assert [p.name for p in report.backups_deleted] == ["notitie.txt"]
    assert (backups / "onschuldig.txt").exists()
    raw = (backups / "library-voor-import-1.sqlite").read_bytes()
    for variant in _variants(NAMES[0]):
        assert variant not in raw
    # The rewritten backup is still a library that opens.
    copy = Library.open(backups / "library-voor-import-1.sqlite", lock=False)
    try:
        assert NAMES[1] in {p.name for p in copy.rows(Participant)}
    finally:
        copy.close()
    assert "reservekopie" in report.describe()


def test_forget_person_deletes_backups_it_cannot_rewrite(library, sample, tmp_path):
    backups = tmp_path / "bk"
    backups.mkdir()
    broken = backups / "kapot.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100 + NAMES[0].encode())
    report = forget_person_report(library, NAMES[0], backup_dir=backups)
    assert not broken.exists()
    assert report.backups_deleted == [broken]


def test_forget_person_uses_the_apps_backups_folder_by_default(library, sample):
    from praatplaat_app import paths

    target = paths.backups_dir() / "x.sqlite"
    library.backup_to(target)
    forget_person(library, NAMES[0])
    assert NAMES[0].encode() not in target.read_bytes()


def test_forget_person_needs_a_name(library):
    with pytest.raises(ExchangeError, match="Vul de naam"):
        forget_person(library, "  ")


def test_forgotten_version_wins_the_next_exchange(library, catalog, ops, sample, tmp_path):
    """The scrubbed records are edits: a copy elsewhere gets the nameless version."""
    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    other = Library.open(tmp_path / "other.sqlite")
    try:
        import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        forget_person(library, NAMES[0], backup_dir=tmp_path / "bk")
        export_route(library, sample["route"].id, path, catalog=catalog)
        for variant in _variants(NAMES[0]):
            assert variant not in b"".join(zip_members(path.read_bytes()).values())
        summary = import_package(other, read_package(path), backup_dir=tmp_path / "bk2")
        assert summary.updated["participants"] == 1
        assert NAMES[0] not in {p.name for p in other.rows(Participant)}
    finally:
        other.close()


def test_forget_keeps_everything_else(library, sample, tmp_path):
    before = dump(library)
    forget_person(library, "Iemand Anders", backup_dir=tmp_path / "bk")
    assert dump(library) == before
