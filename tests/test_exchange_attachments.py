"""Photos on a conversation: PNG/JPEG only, checked by bytes and header, size-capped."""

from __future__ import annotations

import datetime as dt

import pytest
from test_exchange_helpers import jpeg_bytes, png_bytes

from praatplaat_app.exchange import (
    MAX_ATTACHMENT_BYTES,
    ExchangeError,
    add_attachment,
    attachments_for,
    export_sessions,
    image_size,
    import_package,
    read_package,
    remove_attachment,
)
from praatplaat_app.store import Library


@pytest.fixture
def session(ops):
    route = ops.create_route("Route met foto's")
    return ops.create_session(route.id, "joint", dt.date(2025, 6, 1))


def test_png_and_jpeg_are_recognised():
    assert image_size(png_bytes(7, 5)) == ("image/png", 7, 5)
    assert image_size(jpeg_bytes()) == ("image/jpeg", 16, 9)


def test_add_png_from_bytes_and_jpeg_from_file(library, session, tmp_path):
    png = add_attachment(
        library, session.id, png_bytes(), "De poster", filename="C:\\foto's\\poster.png"
    )
    assert png.mime == "image/png" and png.filename == "poster.png" and png.caption == "De poster"
    photo = tmp_path / "flip-over.jpg"
    photo.write_bytes(jpeg_bytes())
    jpeg = add_attachment(library, session.id, photo)
    assert jpeg.mime == "image/jpeg" and jpeg.filename == "flip-over.jpg"
    assert [a.id for a in attachments_for(library, session.id)] == [png.id, jpeg.id]
    # The same photo twice is one attachment.
    assert add_attachment(library, session.id, png_bytes()).id == png.id


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"GIF89a" + b"\x00" * 30,
        b"%PDF-1.7\n",
        b"\x89PNG\r\n\x1a\n",
        png_bytes()[:40],
        png_bytes()[:-1],
        b"\xff\xd8\xff\xdb\x00\x43" + b"\x00" * 20,
        png_bytes(width=0, height=1),  # a valid header with an impossible size
    ],
)
def test_not_an_image_is_refused(library, session, payload):
    with pytest.raises(ExchangeError, match="PNG- of JPEG"):
        add_attachment(library, session.id, payload)
    assert attachments_for(library, session.id) == []


def test_jpeg_without_end_is_refused(library, session):
    data = jpeg_bytes()
    with pytest.raises(ExchangeError, match="JPEG"):
        add_attachment(library, session.id, data[: len(data) // 2])


def test_size_cap(library, session, tmp_path):
    big = tmp_path / "groot.png"
    big.write_bytes(png_bytes() + b"\x00" * MAX_ATTACHMENT_BYTES)
    with pytest.raises(ExchangeError, match="te groot"):
        add_attachment(library, session.id, big)
    with pytest.raises(ExchangeError, match="te groot"):
        add_attachment(library, session.id, big.read_bytes())


def test_unknown_session_and_missing_file(library, session, tmp_path):
    with pytest.raises(ExchangeError, match="bestaat niet"):
        add_attachment(library, "00000000-0000-4000-8000-000000000000", png_bytes())
    with pytest.raises(ExchangeError, match="bestaat niet"):
        add_attachment(library, session.id, tmp_path / "weg.png")


def test_photo_travels_in_the_file(library, catalog, session, tmp_path):
    add_attachment(library, session.id, jpeg_bytes(), "Flip-over")
    path = tmp_path / "x.praatplaat"
    export_sessions(library, [session.id], path, catalog=catalog)
    other = Library.open(tmp_path / "other.sqlite")
    try:
        import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        [copy] = attachments_for(other, session.id)
        assert copy.data == jpeg_bytes() and copy.caption == "Flip-over"
    finally:
        other.close()


def test_removed_photo_is_a_tombstone(library, session):
    photo = add_attachment(library, session.id, png_bytes())
    remove_attachment(library, photo.id)
    assert attachments_for(library, session.id) == []
    with pytest.raises(ExchangeError):
        remove_attachment(library, photo.id)


def _png_with_text(key: bytes, value: bytes) -> bytes:
    import struct
    import zlib

    body = key + b"\x00" + value
    chunk = (
        struct.pack(">I", len(body))
        + b"tEXt"
        + body
        + struct.pack(">I", zlib.crc32(b"tEXt" + body) & 0xFFFFFFFF)
    )
    data = png_bytes()
    return data[:33] + chunk + data[33:]  # after the signature (8) and IHDR (25)


def _jpeg_with_exif(orientation: int = 6) -> bytes:
    import io

    image = pytest.importorskip("PIL.Image")
    picture = image.new("RGB", (16, 9), (10, 200, 30))
    exif = picture.getexif()
    exif[0x013B] = "Jantje Bekker"  # Artist
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", exif=exif.tobytes(), comment=b"Jantje Bekker")
    return buffer.getvalue()


def test_strip_metadata_png():
    from praatplaat_app.exchange.attachments import strip_metadata

    data = _png_with_text(b"Author", b"Jantje Bekker")
    assert image_size(data)[1:] == (4, 3)
    clean = strip_metadata(data)
    assert b"Jantje" not in clean and image_size(clean) == image_size(data)


def test_strip_metadata_jpeg_keeps_orientation():
    import io

    from praatplaat_app.exchange.attachments import strip_metadata

    image = pytest.importorskip("PIL.Image")
    data = _jpeg_with_exif(6)
    assert b"Jantje" in data
    clean = strip_metadata(data)
    assert b"Jantje" not in clean
    picture = image.open(io.BytesIO(clean))
    picture.load()
    assert picture.size == (16, 9)
    assert picture.getexif().get(0x0112) == 6
    assert dict(picture.getexif()) == {0x0112: 6}


def test_anonymised_export_strips_photo_metadata(library, catalog, session, tmp_path):
    from test_exchange_helpers import zip_members

    add_attachment(library, session.id, _jpeg_with_exif(), "foto")
    add_attachment(library, session.id, _png_with_text(b"Author", b"Jantje Bekker"), "foto 2")
    from praatplaat_app.domain import Participant

    library.save(Participant(session_id=session.id, role="student", name="Jantje Bekker"))
    path = tmp_path / "x.praatplaat"
    export_sessions(library, [session.id], path, anonymise=True, catalog=catalog)
    assert all(b"Jantje" not in blob for blob in zip_members(path.read_bytes()).values())
    other = Library.open(tmp_path / "other.sqlite")
    try:
        import_package(other, read_package(path), backup_dir=tmp_path / "bk")
        assert len(attachments_for(other, session.id)) == 2
    finally:
        other.close()


def test_export_refuses_a_damaged_stored_photo(library, catalog, session, tmp_path):
    import dataclasses

    photo = add_attachment(library, session.id, png_bytes())
    library.save(dataclasses.replace(photo, data=b"kapot"))
    with pytest.raises(ExchangeError, match="beschadigd"):
        export_sessions(library, [session.id], tmp_path / "x.praatplaat", catalog=catalog)
