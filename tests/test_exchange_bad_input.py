"""Every kind of bad file: a clear Dutch ExchangeError and the library unchanged."""

from __future__ import annotations

import io
import json
import struct
import uuid
import zipfile

import pytest
from test_exchange_helpers import (
    make_sample,
    make_zip,
    png_bytes,
    refuse,
    with_json,
    zip_members,
)

from praatplaat_app.exchange import export_route, export_sessions, read_package
from praatplaat_app.exchange import format as fmt
from praatplaat_app.exchange import package as package_module


@pytest.fixture
def good(library, ops, catalog, tmp_path):
    """A valid package of the sample route, and the library (which has its own data)."""
    sample = make_sample(ops, library)
    path = tmp_path / "good.praatplaat"
    export_route(library, sample["route"].id, path, include_private=True, catalog=catalog)
    data = path.read_bytes()
    # The library under test: the same data, so every import would otherwise touch it.
    return data, sample


def _new_uuid() -> str:
    return str(uuid.uuid4())


# ------------------------------------------------------------------ the container


def test_not_a_zip(library, good, tmp_path):
    refuse(library, b"Dit is een tekstbestand, geen praatplaat.\n" * 20, tmp_path, "geen zip")


def test_empty_file(library, tmp_path):
    refuse(library, b"", tmp_path, "geen zip")


def test_truncated(library, good, tmp_path):
    data, _ = good
    for cut in (len(data) // 2, len(data) - 5, 30):
        refuse(library, data[:cut], tmp_path)


def test_corrupted_bytes_in_the_middle(library, good, tmp_path):
    data, _ = good
    members = zip_members(data)
    raw = bytearray(make_zip(members))
    start = raw.find(b"data.json") + 40
    raw[start : start + 20] = b"\x00" * 20
    refuse(library, bytes(raw), tmp_path)


@pytest.mark.parametrize(
    "name",
    ["../x", "attachments/../../x", "/etc/passwd", "\\evil", "C:\\x", "C:/x", "c:evil"],
)
def test_unsafe_member_names(library, good, tmp_path, name):
    data, _ = good
    members = list(zip_members(data).items()) + [(name, b"boo")]
    refuse(library, make_zip(members), tmp_path, "onveilige bestandsnaam")


def test_symlink_member(library, good, tmp_path):
    data, _ = good
    members = zip_members(data)
    sha = next(n for n in members if n.startswith("attachments/"))
    link = zipfile.ZipInfo(sha)
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    items = [(n, b) for n, b in members.items() if n != sha] + [(link, b"/etc/passwd")]
    refuse(library, make_zip(items), tmp_path, "symlink")


def test_unknown_member(library, good, tmp_path):
    data, _ = good
    members = list(zip_members(data).items()) + [("virus.exe", b"MZ")]
    refuse(library, make_zip(members), tmp_path, "onbekend onderdeel")


def test_duplicate_member(library, good, tmp_path):
    data, _ = good
    members = zip_members(data)
    items = list(members.items()) + [("data.json", members["data.json"])]
    with pytest.warns(UserWarning):  # zipfile warns about the duplicate name
        bad = make_zip(items)
    refuse(library, bad, tmp_path, "twee keer")


def test_missing_data_member(library, good, tmp_path):
    data, _ = good
    members = {n: b for n, b in zip_members(data).items() if n != "data.json"}
    refuse(library, make_zip(members), tmp_path, "data.json")


def test_encrypted_member_flag(library, good, tmp_path):
    data, _ = good
    raw = bytearray(data)
    # Set the "encrypted" bit in the central directory entry of manifest.json.
    at = raw.find(b"PK\x01\x02")
    raw[at + 8] |= 0x01
    refuse(library, bytes(raw), tmp_path, "versleuteld")


# ------------------------------------------------------------------ zip bombs


def test_too_many_members(library, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for i in range(fmt.MAX_MEMBERS + 5):
            archive.writestr(f"attachments/{i:064x}", b"")
    refuse(library, buffer.getvalue(), tmp_path, "te veel onderdelen")


def test_declared_size_too_big(library, good, tmp_path):
    data, _ = good
    members = zip_members(data)
    # 200 MB of spaces compresses to a few hundred kB.
    members["data.json"] = members["data.json"] + b" " * (200 * 1024 * 1024)
    refuse(library, make_zip(members), tmp_path, "te groot")


def test_declared_size_lies(library, good, tmp_path):
    """The directory claims a small size, the compressed stream holds much more."""
    data, _ = good
    members = zip_members(data)
    members["data.json"] = members["data.json"] + b" " * (5 * 1024 * 1024)
    raw = bytearray(make_zip(members))
    small = len(zip_members(data)["data.json"])
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := raw.find(signature, at)) >= 0:
            name_len = struct.unpack(
                "<H", raw[at + (26 if signature == b"PK\x03\x04" else 28) :][:2]
            )[0]
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if bytes(raw[name_at : name_at + name_len]) == b"data.json":
                raw[at + offset : at + offset + 4] = struct.pack("<I", small)
            at += 4
    refuse(library, bytes(raw), tmp_path)


def test_actually_decompressed_bytes_are_counted(library, good, tmp_path, monkeypatch):
    """Even if the zip reader handed out more than declared, reading stops at the cap."""
    data, _ = good
    path = tmp_path / "x.praatplaat"
    path.write_bytes(data)
    real_open = zipfile.ZipFile.open

    class Endless:
        def __init__(self, stream):
            self.stream = stream

        def read(self, n=-1):
            return self.stream.read(n) or b"x" * 65536

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

    monkeypatch.setattr(
        zipfile.ZipFile, "open", lambda self, *a, **k: Endless(real_open(self, *a, **k))
    )
    refuse(library, path, tmp_path, "groter dan opgegeven")


def test_total_decompressed_cap(library, good, tmp_path, monkeypatch):
    data, _ = good
    monkeypatch.setattr(package_module, "MAX_TOTAL_BYTES", 1000)
    refuse(library, data, tmp_path, "uitgepakt te groot")


def test_too_big_file_on_disk(library, good, tmp_path, monkeypatch):
    data, _ = good
    monkeypatch.setattr(package_module, "MAX_PACKAGE_BYTES", 100)
    refuse(library, data, tmp_path, "te groot")


# ------------------------------------------------------------------ the manifest


def test_newer_format_version(library, good, tmp_path):
    data, _ = good

    def newer(manifest):
        manifest["format_version"] = 2
        manifest["something_new"] = {"x": 1}

    error = refuse(library, with_json(data, "manifest.json", newer), tmp_path)
    assert "gemaakt met een nieuwere versie van Praatplaat" in error.message
    assert "werk Praatplaat bij" in error.message


def test_not_a_praatplaat_manifest(library, good, tmp_path):
    data, _ = good
    refuse(
        library,
        with_json(data, "manifest.json", lambda m: {"format": "vorta"}),
        tmp_path,
        "geen Praatplaat-bestand",
    )


def test_manifest_unknown_key(library, good, tmp_path):
    data, _ = good
    refuse(
        library,
        with_json(data, "manifest.json", lambda m: m.update(extra=1)),
        tmp_path,
        "onbekend veld",
    )


@pytest.mark.parametrize("version", [0, -1, "1", 1.0, True, None])
def test_bad_format_version(library, good, tmp_path, version):
    data, _ = good
    refuse(
        library,
        with_json(data, "manifest.json", lambda m: m.update(format_version=version)),
        tmp_path,
    )


# ------------------------------------------------------------------ the records


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("sessions", "date", 20250314),
        ("sessions", "kind", 3),
        ("participants", "position", "1"),
        ("participants", "position", 1.5),
        ("notes", "deleted", "false"),
        ("notes", "private", 0),
        ("notes", "text", ["lijst"]),
        ("routes", "name", None),
        ("goals", "position", -1),
        ("goals", "position", 10**30),
        ("sessions", "kind", "onbekend"),
        ("notes", "text", "nul\x00teken"),
    ],
)
def test_wrong_types_and_values(library, good, tmp_path, table, field, value):
    data, _ = good

    def change(doc):
        doc[table][0][field] = value

    refuse(library, with_json(data, "data.json", change), tmp_path)


def test_table_is_not_a_list(library, good, tmp_path):
    data, _ = good
    refuse(
        library, with_json(data, "data.json", lambda d: d.update(notes={"a": 1})), tmp_path, "lijst"
    )


@pytest.mark.parametrize(
    ("table", "field"),
    [("participants", "name"), ("notes", "text"), ("routes", "name"), ("sessions", "kind")],
)
def test_strings_of_megabytes(library, good, tmp_path, table, field):
    data, _ = good

    def change(doc):
        doc[table][0][field] = "é" * (3 * 1024 * 1024)

    error = refuse(library, with_json(data, "data.json", change), tmp_path, "te lang")
    assert len(error.message) < 600


@pytest.mark.parametrize("where", ["top", "record", "history"])
def test_unknown_keys(library, good, tmp_path, where):
    data, _ = good

    def change(doc):
        if where == "top":
            doc["extra_table"] = []
        elif where == "record":
            doc["notes"][0]["colour"] = "red"
        else:
            doc["history"] = [{"nope": 1}]

    refuse(library, with_json(data, "data.json", change), tmp_path)


def test_duplicate_json_keys(library, good, tmp_path):
    data, _ = good
    members = zip_members(data)
    text = members["data.json"].decode()
    members["data.json"] = text.replace('"routes": [', '"routes": [], "routes": [', 1).encode()
    refuse(library, make_zip(members), tmp_path, "dubbel")


def test_nan_and_deep_nesting(library, good, tmp_path):
    data, _ = good
    members = zip_members(data)
    members["data.json"] = members["data.json"].replace(b'"position": 0', b'"position": NaN', 1)
    refuse(library, make_zip(members), tmp_path)
    members["data.json"] = b"[" * 100_000 + b"]" * 100_000
    refuse(library, make_zip(members), tmp_path)


def test_data_is_not_utf8(library, good, tmp_path):
    data, _ = good
    members = zip_members(data)
    members["data.json"] = members["data.json"].replace(b"Flexibele", b"Flex\xffbele")
    refuse(library, make_zip(members), tmp_path, "UTF-8")


def test_duplicate_uuid_in_one_table(library, good, tmp_path):
    data, _ = good

    def change(doc):
        doc["notes"][1]["id"] = doc["notes"][0]["id"]

    refuse(library, with_json(data, "data.json", change), tmp_path, "twee keer")


def test_duplicate_uuid_across_tables(library, good, tmp_path):
    data, _ = good

    def change(doc):
        doc["participants"][0]["id"] = doc["sessions"][0]["id"]

    refuse(library, with_json(data, "data.json", change), tmp_path, "twee keer")


def test_duplicate_natural_key(library, good, tmp_path):
    data, _ = good

    def change(doc):
        copy = dict(doc["notes"][0])
        copy["id"] = _new_uuid()
        doc["notes"].append(copy)

    refuse(library, with_json(data, "data.json", change), tmp_path, "twee keer")


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("sessions", "date", "2025-02-30"),
        ("actions", "due", "2025-13-01"),
        ("notes", "updated_at", "2025-02-29T10:00:00Z"),
        ("routes", "created_at", "2025-04-31T10:00:00.000001Z"),
        ("notes", "updated_at", "gisteren"),
        ("sessions", "date", "14-03-2025"),
    ],
)
def test_dates_that_do_not_exist(library, good, tmp_path, table, field, value):
    data, _ = good

    def change(doc):
        doc[table][0][field] = value

    refuse(library, with_json(data, "data.json", change), tmp_path)


def test_bad_uuid(library, good, tmp_path):
    data, _ = good

    def change(doc):
        doc["notes"][0]["id"] = "NIET-EEN-UUID"

    refuse(library, with_json(data, "data.json", change), tmp_path, "geen geldige id")


# ------------------------------------------------------------------ references


def test_route_not_in_file_nor_library(library, ops, catalog, tmp_path):
    # The conversation's route is left out of the file, and the target library lacks it.
    sample = make_sample(ops, library)
    path = tmp_path / "x.praatplaat"
    export_sessions(library, [sample["second"].id], path, catalog=catalog)
    from praatplaat_app.store import Library

    other = Library.open(tmp_path / "other.sqlite")
    try:
        refuse(
            other,
            with_json(path.read_bytes(), "data.json", lambda d: d.update(routes=[])),
            tmp_path,
            "route",
        )
    finally:
        other.close()


def test_route_reference_to_unknown_route(library, good, tmp_path):
    data, _ = good

    def change(doc):
        doc["sessions"][0]["route_id"] = _new_uuid()

    refuse(library, with_json(data, "data.json", change), tmp_path, "route")


def test_route_reference_resolved_by_library(library, ops, catalog, tmp_path):
    """A file without the route imports fine when the library has the route."""
    sample = make_sample(ops, library)
    path = tmp_path / "x.praatplaat"
    export_sessions(library, [sample["second"].id], path, catalog=catalog)
    from praatplaat_app.exchange import import_package

    package = read_package(path)
    package.records["routes"] = []
    assert import_package(library, package, backup_dir=tmp_path / "bk") is not None


@pytest.mark.parametrize(
    "table", ["notes", "participants", "attachments", "questionnaire_responses"]
)
def test_child_references_unknown_session(library, good, tmp_path, table):
    data, _ = good

    def change(doc):
        doc[table][0]["session_id"] = _new_uuid()

    refuse(library, with_json(data, "data.json", change), tmp_path, "gesprek")


def test_history_about_a_record_not_in_file(library, good, tmp_path):
    data, _ = good

    def change(doc):
        note = dict(doc["notes"][0])
        doc["history"] = [
            {
                "id": _new_uuid(),
                "table_name": "notes",
                "record_id": _new_uuid(),
                "record_updated_at": note["updated_at"],
                "reason": "x",
                "created_at": note["updated_at"],
                "data": note,
            }
        ]

    refuse(library, with_json(data, "data.json", change), tmp_path, "niet in het bestand")


def test_history_with_invalid_record_data(library, good, tmp_path):
    data, _ = good

    def change(doc):
        note = dict(doc["notes"][0])
        note["text"] = 12
        doc["history"] = [
            {
                "id": _new_uuid(),
                "table_name": "notes",
                "record_id": note["id"],
                "record_updated_at": note["updated_at"],
                "reason": "x",
                "created_at": note["updated_at"],
                "data": note,
            }
        ]

    refuse(library, with_json(data, "data.json", change), tmp_path, "history")


# ------------------------------------------------------------------ attachments


def _attachment_replaced(data: bytes, payload: bytes, mime: str | None = None) -> bytes:
    import hashlib

    members = zip_members(data)
    old = next(n for n in members if n.startswith("attachments/"))
    doc = json.loads(members.pop("data.json"))
    sha = hashlib.sha256(payload).hexdigest()
    doc["attachments"][0]["sha256"] = sha
    doc["attachments"][0]["size"] = len(payload)
    if mime:
        doc["attachments"][0]["mime"] = mime
    members.pop(old)
    members["data.json"] = json.dumps(doc).encode()
    members[f"attachments/{sha}"] = payload
    return make_zip(members)


@pytest.mark.parametrize(
    "payload",
    [
        b"<html>geen foto</html>",
        b"\x89PNG\r\n\x1a\n" + b"rest is rommel" * 10,
        png_bytes()[:-12],  # no IEND: cut off
        b"\xff\xd8\xff\xe0" + b"\x00" * 50,
        b"MZ\x90\x00" + b"\x00" * 200,
    ],
)
def test_attachment_that_is_not_an_image(library, good, tmp_path, payload):
    data, _ = good
    refuse(library, _attachment_replaced(data, payload), tmp_path, "geen geldige foto")


def test_attachment_with_impossible_size(library, good, tmp_path):
    data, _ = good
    refuse(
        library,
        _attachment_replaced(data, png_bytes(width=50_000, height=2)),
        tmp_path,
        "onmogelijke grootte",
    )


def test_attachment_mime_mismatch(library, good, tmp_path):
    data, _ = good
    refuse(
        library, _attachment_replaced(data, png_bytes(), mime="image/jpeg"), tmp_path, "image/jpeg"
    )


def test_attachment_checksum_mismatch(library, good, tmp_path):
    data, _ = good
    members = zip_members(data)
    name = next(n for n in members if n.startswith("attachments/"))
    members[name] = png_bytes(width=5)
    refuse(library, make_zip(members), tmp_path, "controlegetal")


def test_attachment_missing(library, good, tmp_path):
    data, _ = good
    members = {n: b for n, b in zip_members(data).items() if not n.startswith("attachments/")}
    refuse(library, make_zip(members), tmp_path, "ontbreekt")


def test_orphan_attachment_member(library, good, tmp_path):
    data, _ = good
    members = zip_members(data)
    members["attachments/" + "ab" * 32] = png_bytes()
    refuse(library, make_zip(members), tmp_path, "hoort bij geen")


# ------------------------------------------------------------------ files on disk


def test_missing_file_and_folder(library, tmp_path):
    refuse(library, tmp_path / "bestaat-niet.praatplaat", tmp_path, "bestaat niet")
    refuse(library, tmp_path, tmp_path, "map")
