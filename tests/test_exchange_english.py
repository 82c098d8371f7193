"""Sharing and PDF export in English: clear English messages that name the file, no Dutch
left in them, and the library unchanged after a refused file."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from test_exchange_helpers import dump, make_sample, make_zip, png_bytes, with_json, zip_members

from praatplaat_app.exchange import (
    ExchangeError,
    add_attachment,
    build_export,
    export_route,
    import_package,
    list_history,
    read_package,
    restore_from_history,
)
from praatplaat_app.exchange import package as package_module
from praatplaat_app.exchange.package import write_package
from praatplaat_app.exchange.shared_folder import check_shared_folder
from praatplaat_app.labels import use_for_display
from praatplaat_app.messages import set_language
from praatplaat_app.store import Library

FILE_NAME = "Gesprek Één.praatplaat"

# Dutch words of the messages that are no English words (so "is", "in", "die" are not here).
DUTCH = {
    "aangepast", "afzender", "bestaat", "bestand", "beschadigd", "bevat", "bibliotheek", "bij",
    "bijlage", "controleer", "dat", "de", "deze", "dit", "dubbel", "een", "eerdere", "en",
    "exporteren", "foto", "geen", "gemaakt", "geschiedenis", "gesprek", "gesprekken", "gewijzigd",
    "groot", "het", "ingelezen", "kan", "keer", "kies", "lijst", "maar", "map", "meer", "met",
    "moet", "naar", "niet", "niets", "nieuwere", "notitie", "om", "onderdeel", "ontbreekt",
    "onvolledig", "op", "opnieuw", "tekst", "te", "twee", "uit", "uw", "van", "versie", "voor",
    "vraag", "werk", "worden", "wordt", "zijn",
}


def assert_english(message: str, *names: object) -> None:
    """``message`` names each of ``names`` and, apart from them, has no Dutch word in it."""
    rest = message
    for name in names:
        assert str(name) in message, message
        rest = rest.replace(str(name), " ")
    rest = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", " ", rest)
    rest = re.sub(r"\b[0-9a-f]{12,}\b", " ", rest)  # ids and checksums may hold "de"
    dutch = set(re.findall(r"[^\W\d_]+", rest.casefold())) & DUTCH
    assert not dutch, f"Dutch {sorted(dutch)} in: {message}"


@pytest.fixture
def english():
    """The app in English (the conftest puts it back to Dutch after the test)."""
    set_language("en")
    use_for_display("en")


@pytest.fixture
def good(library, ops, catalog, tmp_path):
    """A valid package of the sample route (made in Dutch, as a colleague would send it)."""
    sample = make_sample(ops, library)
    path = tmp_path / "good.praatplaat"
    export_route(library, sample["route"].id, path, include_private=True, catalog=catalog)
    return path.read_bytes()


def refuse(library: Library, data: bytes, tmp_path: Path) -> str:
    """Reading and importing ``data`` as FILE_NAME fails; the library is unchanged; the
    message names the file and is English."""
    before = dump(library)
    path = tmp_path / FILE_NAME
    path.write_bytes(data)
    with pytest.raises(ExchangeError) as info:
        import_package(library, read_package(path), backup_dir=tmp_path / "backups")
    assert dump(library) == before
    assert not (tmp_path / "backups").exists()
    assert_english(info.value.message, FILE_NAME)
    assert "Nothing has been changed." in info.value.message
    return info.value.message


# ------------------------------------------------------------------ damaged files


@pytest.mark.usefixtures("english")
def test_not_a_zip(library, tmp_path):
    message = refuse(library, b"Just some text, not a conversation.\n" * 20, tmp_path)
    assert "not a Praatplaat file" in message
    assert "Ask the sender to export the file again" in message


@pytest.mark.usefixtures("english")
def test_truncated_and_damaged(library, good, tmp_path):
    for cut in (len(good) // 2, len(good) - 5):
        refuse(library, good[:cut], tmp_path)
    raw = bytearray(make_zip(zip_members(good)))
    start = raw.find(b"data.json") + 40
    raw[start : start + 20] = b"\x00" * 20
    refuse(library, bytes(raw), tmp_path)


@pytest.mark.usefixtures("english")
def test_unsafe_and_unknown_parts(library, good, tmp_path):
    members = list(zip_members(good).items())
    message = refuse(library, make_zip([*members, ("../evil", b"x")]), tmp_path)
    assert "unsafe file name ('../evil')" in message
    message = refuse(library, make_zip([*members, ("virus.exe", b"MZ")]), tmp_path)
    assert "unknown part 'virus.exe'" in message
    without_data = [(n, b) for n, b in members if n != "data.json"]
    message = refuse(library, make_zip(without_data), tmp_path)
    assert "the part 'data.json' is missing" in message


# ------------------------------------------------------------------ too large, zip bombs


@pytest.mark.usefixtures("english")
def test_zip_bomb(library, good, tmp_path):
    members = zip_members(good)
    # 200 MB of spaces compresses to a few hundred kB.
    members["data.json"] = members["data.json"] + b" " * (200 * 1024 * 1024)
    message = refuse(library, make_zip(members), tmp_path)
    assert "the part 'data.json' is too large" in message


@pytest.mark.usefixtures("english")
def test_too_large_when_unpacked(library, good, tmp_path, monkeypatch):
    monkeypatch.setattr(package_module, "MAX_TOTAL_BYTES", 1000)
    message = refuse(library, good, tmp_path)
    assert "too large when unpacked" in message


@pytest.mark.usefixtures("english")
def test_too_large_file(library, good, tmp_path, monkeypatch):
    monkeypatch.setattr(package_module, "MAX_PACKAGE_BYTES", 100)
    message = refuse(library, good, tmp_path)
    assert "the file is too large" in message


@pytest.mark.usefixtures("english")
def test_too_many_parts(library, tmp_path, monkeypatch):
    monkeypatch.setattr(package_module, "MAX_MEMBERS", 3)
    members = [(f"attachments/{i:064x}", b"") for i in range(5)]
    message = refuse(library, make_zip(members), tmp_path)
    assert "too many parts (5; at most 3)" in message


# ------------------------------------------------------------------ versions and contents


@pytest.mark.usefixtures("english")
def test_file_from_a_newer_version(library, good, tmp_path):
    def newer(manifest):
        manifest["format_version"] = 2

    before = dump(library)
    path = tmp_path / FILE_NAME
    path.write_bytes(with_json(good, "manifest.json", newer))
    with pytest.raises(ExchangeError) as info:
        read_package(path)
    assert dump(library) == before
    message = info.value.message
    assert_english(message, FILE_NAME)
    assert "newer version of Praatplaat" in message
    assert "Update Praatplaat to open it. Nothing has been changed." in message


@pytest.mark.usefixtures("english")
def test_invalid_records_are_described_in_english(library, good, tmp_path):
    def change(doc):
        doc["notes"][0]["text"] = 12
        doc["notes"][1]["id"] = "not-a-uuid"
        doc["sessions"][0]["date"] = "2025-02-30"
        doc["routes"][0]["colour"] = "red"

    message = refuse(library, with_json(good, "data.json", change), tmp_path)
    # Never pydantic's own words ("Input should be …").
    assert "Input should" not in message and "pydantic" not in message
    assert "data.json routes[0].colour is an unknown field; " in message
    assert "the date '2025-02-30' does not exist; " in message
    assert "(and 1 more not shown)" in message


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["notes"][0].update(text=12), "notes[0].text must be text"),
        (lambda d: d["notes"][0].update(id="not-a-uuid"), "'not-a-uuid' is not a valid id"),
        (lambda d: d["sessions"][0].update(date="2025-02-30"), "the date '2025-02-30' does not"),
        (lambda d: d["routes"][0].update(name="x" * 3000), "is too long (at most 2000 char"),
        (lambda d: d["sessions"][0].update(kind="other"), "'other' is not an allowed value"),
        (lambda d: d.update(notes={"a": 1}), "data.json notes must be a list"),
    ],
)
def test_each_kind_of_invalid_value(library, good, tmp_path, change, expected):
    message = refuse(library, with_json(good, "data.json", change), tmp_path)
    assert expected in message


@pytest.mark.usefixtures("english")
def test_broken_json_names_line_and_column(library, good, tmp_path):
    members = zip_members(good)
    members["data.json"] = b'{"routes": [,]}'
    message = refuse(library, make_zip(members), tmp_path)
    assert "'data.json' is not valid JSON (line 1, column 13)" in message


@pytest.mark.usefixtures("english")
def test_duplicate_note(library, good, tmp_path):
    def change(doc):
        copy = dict(doc["notes"][0])
        copy["id"] = "00000000-0000-4000-8000-000000000001"
        doc["notes"].append(copy)

    message = refuse(library, with_json(good, "data.json", change), tmp_path)
    assert "the note 00000000-0000-4000-8000-000000000001 is in it twice" in message


@pytest.mark.usefixtures("english")
def test_attachment_that_is_not_a_photo(library, good, tmp_path):
    import hashlib

    members = zip_members(good)
    old = next(n for n in members if n.startswith("attachments/"))
    payload = b"\x89PNG\r\n\x1a\n" + b"rubbish" * 10
    doc = json.loads(members.pop("data.json"))
    sha = hashlib.sha256(payload).hexdigest()
    doc["attachments"][0].update(sha256=sha, size=len(payload))
    members.pop(old)
    members["data.json"] = json.dumps(doc).encode()
    members[f"attachments/{sha}"] = payload
    message = refuse(library, make_zip(members), tmp_path)
    assert "the attachment 'poster.png' is not a valid photo: this PNG image is damaged" in message


def test_route_missing_from_file_and_library(library, ops, catalog, tmp_path, english):
    sample = make_sample(ops, library)
    path = tmp_path / "x.praatplaat"
    export_route(library, sample["route"].id, path, catalog=catalog)
    data = with_json(path.read_bytes(), "data.json", lambda d: d.update(routes=[]))
    other = Library.open(tmp_path / "other.sqlite")
    try:
        before = dump(other)
        (tmp_path / FILE_NAME).write_bytes(data)
        package = read_package(tmp_path / FILE_NAME)
        with pytest.raises(ExchangeError) as info:
            import_package(other, package, backup_dir=tmp_path / "bk")
        assert dump(other) == before
    finally:
        other.close()
    message = info.value.message
    assert_english(message, FILE_NAME)
    assert "cannot be imported: a conversation refers to a route" in message
    assert "Ask the sender to export the conversation together with its route." in message


# ------------------------------------------------------------------ files and folders


@pytest.mark.usefixtures("english")
def test_folder_instead_of_file(library, tmp_path):
    folder = tmp_path / FILE_NAME
    folder.mkdir()
    before = dump(library)
    with pytest.raises(ExchangeError) as info:
        read_package(folder)
    assert dump(library) == before
    assert_english(info.value.message, folder)
    assert "is a folder, not a .praatplaat file. Choose a file." in info.value.message


@pytest.mark.usefixtures("english")
def test_missing_file(tmp_path):
    missing = tmp_path / FILE_NAME
    with pytest.raises(ExchangeError) as info:
        read_package(missing)
    assert_english(info.value.message, missing)
    assert "does not exist (any more)" in info.value.message


# ------------------------------------------------------------------ exporting


def test_export_errors(library, ops, catalog, tmp_path, english):
    sample = make_sample(ops, library, photo=False)
    with pytest.raises(ExchangeError) as info:
        build_export(library, catalog=catalog)
    assert_english(info.value.message)
    assert "First choose one or more conversations or a route" in info.value.message

    built = build_export(library, route_ids=[sample["route"].id], catalog=catalog)
    target = tmp_path / "Nowhere Één" / "route.praatplaat"
    with pytest.raises(ExchangeError) as info:
        write_package(target, built.manifest, built.data, built.attachments)
    assert_english(info.value.message, target.parent)
    assert "does not exist. Choose an existing folder" in info.value.message
    with pytest.raises(ExchangeError) as info:
        write_package(tmp_path, built.manifest, built.data, built.attachments)
    assert_english(info.value.message, tmp_path)


def test_export_title_is_in_the_senders_language(library, ops, catalog, tmp_path, english):
    sample = make_sample(ops, library, photo=False)
    built = build_export(
        library, session_ids=[sample["first"].id, sample["second"].id], catalog=catalog
    )
    assert built.manifest["title"] == "2 conversations from Flexibele stage Noord"


# ------------------------------------------------------------------ summaries, history


def test_import_summary_and_history_in_english(library, ops, catalog, tmp_path, english):
    sample = make_sample(ops, library)
    other = Library.open(tmp_path / "b.sqlite")
    try:
        path = tmp_path / FILE_NAME
        export_route(library, sample["route"].id, path, catalog=catalog)
        first = import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        text = first.describe()
        assert text.startswith(f"Imported from '{FILE_NAME}':\n- added: 1 route, 2 conversations")
        assert "Backup of your library from before the import:" in text

        note = library.note(sample["first"].id, "eigen-route", "sociale-binding", "improve")
        library.save(note.touched(text="Newer text"))
        export_route(library, sample["route"].id, path, catalog=catalog)
        package = read_package(path)
        assert package.describe().startswith("Route Flexibele stage Noord: 1 route, ")
        assert "Made with Praatplaat" in package.describe()
        second = import_package(other, package, backup_dir=tmp_path / "bk")
        [kept] = second.kept_aside
        assert kept.describe().startswith(
            "Note in conversation 'Students, 14/03/2025' of route 'Flexibele stage Noord': "
            "your version (changed "
        )
        assert_english(kept.describe(), "Flexibele stage Noord")
        assert "- set aside in the history: 1 earlier version" in second.describe()

        [entry] = list_history(other)
        # The marker stays for the history view; the rest is English.
        assert entry.reason == f"import: replaced by a newer version from '{FILE_NAME}'"
        restore_from_history(other, entry.id)
        reasons = [e.reason for e in list_history(other)]
        assert any(r.startswith("hersteld: replaced by the version of ") for r in reasons)

        again = import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        assert again.describe() != ""
        with pytest.raises(ExchangeError) as info:
            restore_from_history(other, "no-such-version")
        assert_english(info.value.message)
    finally:
        other.close()


def test_photo_errors_in_english(library, ops, tmp_path, english):
    sample = make_sample(ops, library, photo=False)
    with pytest.raises(ExchangeError) as info:
        add_attachment(library, sample["first"].id, b"<html>no photo</html>")
    assert info.value.message == (
        "This file is not a PNG or JPEG image. Only photos in PNG or JPEG format can be added."
    )
    with pytest.raises(ExchangeError) as info:
        add_attachment(library, sample["first"].id, png_bytes(), caption="x" * 3000)
    assert_english(info.value.message)
    assert add_attachment(library, sample["first"].id, png_bytes()).filename == "photo.png"


def test_shared_folder_errors_in_english(library, tmp_path, english):
    missing = tmp_path / "Gedeeld Één"
    with pytest.raises(ExchangeError) as info:
        check_shared_folder(missing, library)
    assert_english(info.value.message, missing)
    with pytest.raises(ExchangeError) as info:
        check_shared_folder(library.path.parent, library)
    assert_english(info.value.message, library.path.parent)
    assert "A library must never be in a shared or synchronised folder" in info.value.message


def test_dutch_stays_dutch(library, good, tmp_path):
    """Without set_language the messages are the Dutch ones, unchanged."""
    path = tmp_path / FILE_NAME
    path.write_bytes(b"nonsense" * 10)
    with pytest.raises(ExchangeError) as info:
        read_package(path)
    assert info.value.message == (
        f"Het bestand '{FILE_NAME}' kan niet worden ingelezen: het is geen Praatplaat-bestand: "
        "geen zip-bestand, of onvolledig (afgebroken download of kopie?). Er is niets "
        "gewijzigd. Vraag de afzender het bestand opnieuw te exporteren met Praatplaat."
    )


# ------------------------------------------------------------------ PDF export


def test_pdf_export_errors_in_english(library, ops, tmp_path, english):
    from praatplaat_app.export import pdf

    target = tmp_path / "Nergens Één" / "plan.pdf"
    with pytest.raises(pdf.ExportError) as info:
        pdf.write_pdf(b"%PDF-1.7", target)
    assert_english(info.value.message, target.parent)
    assert info.value.message.endswith("Choose an existing folder to save the PDF in.")
    with pytest.raises(pdf.ExportError) as info:
        pdf.write_pdf(b"%PDF-1.7", tmp_path)
    assert_english(info.value.message, tmp_path)
    assert "is a folder. Choose a file name that ends in .pdf." in info.value.message
    assert_english(pdf.RenderTimeout(30).message)
    assert "more than 30 seconds" in pdf.RenderTimeout(30).message


def test_pdf_report_with_a_bad_photo_in_english(library, ops, catalog, english):
    pytest.importorskip("weasyprint")
    from praatplaat_app.export import pdf

    sample = make_sample(ops, library, photo=False)
    conversation = library.conversation(sample["first"].id)
    with pytest.raises(pdf.ExportError) as info:
        pdf.render_report(
            conversation, catalog, attachments=[("Foto Één", "image/png", b"GIF89a....")]
        )
    assert_english(info.value.message, "Foto Één")
    assert "is not a PNG or JPEG image and cannot go into the report" in info.value.message


def test_pdf_error_from_a_subprocess_is_in_the_apps_language(library, ops, catalog, english):
    """A spawned render process starts in Dutch; it is told the app's language."""
    pytest.importorskip("weasyprint")
    from praatplaat_app.export import pdf

    sample = make_sample(ops, library, photo=False)
    conversation = library.conversation(sample["first"].id)
    with pytest.raises(pdf.ExportError) as info:
        pdf.render_in_subprocess(
            "verslag", conversation, catalog, attachments=[("Foto Één", "image/png", b"GIF89a")]
        )
    assert_english(info.value.message, "Foto Één")


def test_zip_is_still_read_in_english(library, good, tmp_path, english):
    """A good file reads fine with the app in English (titles stay the sender's)."""
    path = tmp_path / FILE_NAME
    path.write_bytes(good)
    package = read_package(path)
    assert package.name == FILE_NAME
    assert package.manifest.title == "Route Flexibele stage Noord"
    with zipfile.ZipFile(path) as archive:
        assert "manifest.json" in archive.namelist()
