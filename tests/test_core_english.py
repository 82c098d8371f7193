"""With the app in English, the core's own messages are English too.

Library, backups, operations and the method catalog: each message says in English what is
wrong and what to do, names what the user typed or chose (with its Dutch diacritics intact)
and leaves no Dutch behind. Nothing is written or lost on the way.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from praatplaat_app.domain import Action, Route
from praatplaat_app.errors import (
    LibraryError,
    LibraryInUseError,
    NewerLibraryError,
    ValidationError,
)
from praatplaat_app.indicators.catalog import (
    CatalogError,
    load_catalog,
    load_catalog_dir,
    shipped_catalog_dir,
)
from praatplaat_app.messages import set_language
from praatplaat_app.store import SCHEMA_VERSION, Library
from praatplaat_app.store.backups import describe_backup, make_backup, reason_label

ROUTE = "Zorgroute Één"
DAY = dt.date(2025, 3, 14)

# Words that occur in the core's Dutch messages and never in plain English ones.
DUTCH_WORDS = frozenset(
    {
        "aangepaste", "aangemaakt", "al", "ander", "andere", "bestaat", "bestand", "bevat",
        "bibliotheek", "catalogus", "dan", "datum", "de", "deze", "dit", "eens", "eerst", "een",
        "er", "fout", "geen", "geopend", "gesprek", "gesprekken", "gewijzigd", "heeft",
        "herstel", "het", "iets", "kies", "komt", "kan", "map", "meer", "moet", "naam", "niet",
        "niets", "nieuwere", "ontbreekt", "reservekopie", "schijf", "sluit", "staat", "te",
        "thema", "uw", "van", "veld", "venster", "versie", "vul", "waarin", "werk", "wordt",
        "worden", "zijn",
    }
)  # fmt: skip


@pytest.fixture(autouse=True)
def english():
    # conftest puts the app back into Dutch after every test.
    set_language("en")


def dutch_words(message: str, *typed: object) -> set[str]:
    """The Dutch words of ``message``, leaving out what the user typed or chose."""
    for text in sorted((str(t) for t in typed), key=len, reverse=True):
        message = message.replace(text, " ")
    return {w for w in re.findall(r"[^\W\d_]+", message.lower()) if w in DUTCH_WORDS}


def assert_english(message: str, *typed: object) -> None:
    for text in typed:
        assert str(text) in message, f"{text!r} not named in {message!r}"
    assert not dutch_words(message, *typed), f"Dutch left in {message!r}"


def folder_with_diacritics(tmp_path: Path) -> Path:
    folder = tmp_path / "Coördinatie Één"
    folder.mkdir()
    return folder


# -- opening a library --------------------------------------------------------------------


def test_corrupt_file_is_refused_in_english_and_left_as_it_was(tmp_path: Path):
    path = folder_with_diacritics(tmp_path) / "café.praatplaat.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    before = path.read_bytes()
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    message = str(info.value)
    assert_english(message, path)
    assert "damaged" in message and "Nothing has been changed" in message
    assert path.read_bytes() == before


def test_file_that_is_no_database_is_refused_in_english(tmp_path: Path):
    path = folder_with_diacritics(tmp_path) / "notities één.txt"
    path.write_text("Dit is geen database, maar een tekst met Één erin.\n" * 50, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    assert_english(str(info.value), path)
    assert "not a Praatplaat library" in str(info.value)
    assert path.read_bytes() == before


def test_other_programs_database_is_refused_in_english(tmp_path: Path):
    path = folder_with_diacritics(tmp_path) / "adressen.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE adressen (naam TEXT)")
        conn.execute("INSERT INTO adressen VALUES ('Één')")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    assert_english(str(info.value), path)
    assert path.read_bytes() == before


def test_newer_library_is_refused_in_english_and_untouched(tmp_path: Path):
    path = folder_with_diacritics(tmp_path) / "bibliotheek één.sqlite"
    with Library.open(path) as library:
        library.save(Route(name=ROUTE))
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerLibraryError) as info:
        Library.open(path)
    message = str(info.value)
    assert_english(message, path)
    assert "newer version of Praatplaat" in message and "Update Praatplaat" in message
    assert path.read_bytes() == before


def test_library_in_use_is_refused_in_english_and_the_open_one_keeps_working(tmp_path: Path):
    path = folder_with_diacritics(tmp_path) / "bibliotheek één.sqlite"
    first = Library.open(path)
    try:
        first.save(Route(name=ROUTE))
        with pytest.raises(LibraryInUseError) as info:
            Library.open(path)
        message = str(info.value)
        assert_english(message, path)
        assert "already open in another Praatplaat window" in message
        first.save(Route(name="Tweede route"))
        assert [r.name for r in first.routes()] == ["Tweede route", ROUTE]
    finally:
        first.close()


def test_folder_as_library_is_refused_in_english(tmp_path: Path):
    folder = folder_with_diacritics(tmp_path)
    with pytest.raises(LibraryError) as info:
        Library.open(folder)
    assert_english(str(info.value), folder)
    assert "is a folder, not a library file" in str(info.value)


def test_disk_full_in_english_keeps_what_was_saved(library: Library):
    library.save(Route(name=ROUTE))
    pages = library.conn.execute("PRAGMA page_count").fetchone()[0]
    library.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(LibraryError) as info, library.transaction():
        library.save(Route(name="Één " * 100_000))
    assert_english(str(info.value))
    assert str(info.value).startswith("The disk is full")
    assert [r.name for r in library.routes()] == [ROUTE]


# -- backups -----------------------------------------------------------------------------


def test_backup_preview_in_english(library: Library, ops, tmp_path: Path):
    route = ops.create_route(ROUTE)
    ops.create_session(route.id, "students", DAY)
    backup = make_backup(library, "dagelijks", folder=tmp_path / "backups")
    text = describe_backup(backup).describe()
    assert text.splitlines()[0] == "1 route, 1 conversation."
    assert "Newest conversation: 14 March 2025." in text
    assert f"Routes: {ROUTE}." in text
    assert not dutch_words(text, ROUTE)
    assert reason_label("dagelijks") == "daily backup"
    assert reason_label("voor-terugzetten") == "made before restoring a backup"


def test_not_a_backup_in_english(tmp_path: Path):
    path = folder_with_diacritics(tmp_path) / "één.sqlite"
    path.write_text("geen reservekopie", encoding="utf-8")
    with pytest.raises(LibraryError) as info:
        describe_backup(path)
    assert_english(str(info.value), path.name)


# -- operations ----------------------------------------------------------------------------


def test_impossible_date_in_english_and_nothing_written(ops, library: Library):
    route = ops.create_route(ROUTE)
    session = ops.create_session(route.id, "students", DAY)
    goal = ops.add_goal(session.id, "eigen-route", "Studenten kiezen hun eigen route")
    before = library.rows(Action, include_deleted=True)
    undo_label = ops.undo_stack.undo_label
    with pytest.raises(ValidationError) as info:
        ops.add_action(session.id, goal.id, "Één gesprek plannen", due="31-02-2025")
    message = str(info.value)
    assert_english(message, "31-02-2025")
    assert message == "The date '31-02-2025' does not exist. Check the day and month."
    assert info.value.field == "due"
    assert library.rows(Action, include_deleted=True) == before
    assert ops.undo_stack.undo_label == undo_label == "Add development goal"


def test_text_that_is_no_date_in_english(ops):
    route = ops.create_route(ROUTE)
    session = ops.create_session(route.id, "students", DAY)
    follow_up = ops.add_follow_up(session.id)
    with pytest.raises(ValidationError) as info:
        ops.update_follow_up(follow_up.id, date="half maart")
    assert_english(str(info.value), "half maart")
    assert "is not a date" in str(info.value)


def test_empty_route_name_in_english_and_no_route_made(ops, library: Library):
    with pytest.raises(ValidationError) as info:
        ops.create_route("   ")
    assert str(info.value) == "Fill in the name of the route."
    assert info.value.field == "name"
    assert library.routes() == []
    assert not ops.undo_stack.can_undo


def test_existing_route_name_in_english(ops, library: Library):
    ops.create_route(ROUTE)
    with pytest.raises(ValidationError) as info:
        ops.create_route(f" {ROUTE} ")
    assert_english(str(info.value), ROUTE)
    assert str(info.value).startswith(f"There is already a route called '{ROUTE}'.")
    assert [r.name for r in library.routes()] == [ROUTE]


def test_too_long_route_field_named_in_english(ops):
    with pytest.raises(ValidationError) as info:
        ops.create_route(ROUTE, coordinator="Één " * 400_000)
    assert str(info.value) == (
        "The coordinator is too long (1,600,000 characters; at most 1,000,000)."
    )


def test_undo_steps_are_named_in_english(ops):
    route = ops.create_route(ROUTE)
    session = ops.create_session(route.id, "students", DAY)
    ops.add_participants(session.id, [{"role": "student"}, {"role": "teacher"}])
    assert ops.undo_stack.undo_label == "Add 2 participants"
    ops.set_indicator_chosen(session.id, "eigen-route", True)
    assert ops.undo_stack.undo_label == "Choose indicator"


# -- the method catalog -----------------------------------------------------------------------


def _catalog_copy(folder: Path) -> Path:
    target = folder / "gespreksinhoud"
    shutil.copytree(shipped_catalog_dir("en"), target)
    return target


def _duplicate_theme_id(catalog_dir: Path) -> str:
    """Give the second theme the id of the first; return that id."""
    path = catalog_dir / "themes.toml"
    text = path.read_text(encoding="utf-8")
    ids = re.findall(r'^id = "([^"]+)"', text, flags=re.MULTILINE)
    first, second = ids[0], ids[1]
    path.write_text(text.replace(f'id = "{second}"', f'id = "{first}"', 1), encoding="utf-8")
    return first


def test_catalog_with_duplicate_id_in_english(tmp_path: Path):
    catalog_dir = _catalog_copy(folder_with_diacritics(tmp_path))
    duplicate = _duplicate_theme_id(catalog_dir)
    before = {p.name: p.read_bytes() for p in catalog_dir.iterdir()}
    with pytest.raises(CatalogError) as info:
        load_catalog_dir(catalog_dir)
    message = str(info.value)
    assert message == (
        f'Error in the method catalogue (themes.toml, theme "{duplicate}"): the id '
        f'"{duplicate}" occurs more than once; ids must be unique. Correct the file or '
        "delete your edited catalogue."
    )
    assert_english(message, duplicate)
    assert {p.name: p.read_bytes() for p in catalog_dir.iterdir()} == before


def test_broken_user_catalog_falls_back_with_english_warning(tmp_path: Path):
    catalog_dir = _catalog_copy(folder_with_diacritics(tmp_path))
    duplicate = _duplicate_theme_id(catalog_dir)
    before = {p.name: p.read_bytes() for p in catalog_dir.iterdir()}
    catalog, warnings = load_catalog(catalog_dir, language="en")
    assert catalog.source == "shipped" and catalog.language == "en"
    assert len(warnings) == 1
    assert_english(warnings[0], catalog_dir, duplicate, "themes.toml")
    assert "The app now uses the catalogue that comes with it" in warnings[0]
    assert {p.name: p.read_bytes() for p in catalog_dir.iterdir()} == before


def test_catalog_entry_by_number_and_toml_error_in_english(tmp_path: Path):
    catalog_dir = _catalog_copy(folder_with_diacritics(tmp_path))
    path = catalog_dir / "indicators.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[[indicator\n", encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog_dir(catalog_dir)
    message = str(info.value)
    assert message.startswith("Error in the method catalogue (indicators.toml): the formatting")
    assert "on line " in message and "column " in message
    assert_english(message)


def test_dutch_stays_dutch(ops):
    set_language("nl")
    with pytest.raises(ValidationError) as info:
        ops.create_route("")
    assert str(info.value) == "Vul de naam van de route in."
