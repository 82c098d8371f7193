"""Photos attached to a conversation (a filled-in poster, a flip-over).

Only PNG and JPEG are accepted, recognised by their first bytes *and* by
decoding their header: the structure must hold together and width and height
must be sane. The same check runs on every attachment in an imported file.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from pathlib import Path

from praatplaat_app.domain import Session
from praatplaat_app.exchange.format import (
    MAX_ATTACHMENT_BYTES,
    MAX_IMAGE_PIXELS,
    MAX_IMAGE_SIDE,
    MAX_NAME,
    Attachment,
    ExchangeError,
)
from praatplaat_app.messages import tr
from praatplaat_app.store import Library

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}
_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg"}


def _not_image(what: str) -> ExchangeError:
    """``what`` (translated, without a full stop) plus which photos are accepted.

    ``detail`` is ``what`` as a clause, for messages that quote it after a colon.
    """
    error = ExchangeError(
        f"{what}. " + tr("Alleen foto's in PNG- of JPEG-formaat kunnen worden toegevoegd.")
    )
    error.detail = what[0].lower() + what[1:]  # type: ignore[attr-defined]
    return error


def _check_size(width: int, height: int) -> None:
    if not (1 <= width <= MAX_IMAGE_SIDE and 1 <= height <= MAX_IMAGE_SIDE):
        raise _not_image(
            tr(
                "De afbeelding heeft een onmogelijke grootte ({width} × {height})",
                width=width,
                height=height,
            )
        )
    if width * height > MAX_IMAGE_PIXELS:
        raise _not_image(
            tr(
                "De afbeelding is te groot ({width} × {height} beeldpunten)",
                width=width,
                height=height,
            )
        )


def image_size(data: bytes) -> tuple[str, int, int]:
    """(mime, width, height) of a PNG or JPEG; :class:`ExchangeError` for anything else."""
    if data.startswith(PNG_SIGNATURE):
        return ("image/png", *_png_size(data))
    if data.startswith(b"\xff\xd8\xff"):
        return ("image/jpeg", *_jpeg_size(data))
    raise _not_image(tr("Dit bestand is geen PNG- of JPEG-afbeelding"))


def sniff_image(data: bytes) -> str:
    """The mime type of a valid PNG or JPEG image."""
    return image_size(data)[0]


def _png_size(data: bytes) -> tuple[int, int]:
    broken = _not_image(tr("Deze PNG-afbeelding is beschadigd of onvolledig"))
    offset = len(PNG_SIGNATURE)
    size: tuple[int, int] | None = None
    has_data = False
    while True:
        if offset + 12 > len(data):
            raise broken
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        end = offset + 12 + length
        if length > 0x7FFFFFFF or end > len(data):
            raise broken
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : end])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise broken
        if size is None:
            if kind != b"IHDR" or length != 13:
                raise broken
            width, height, depth, colour, compression, filtering, interlace = struct.unpack(
                ">IIBBBBB", body
            )
            if (
                depth not in _PNG_DEPTHS.get(colour, set())
                or compression != 0
                or filtering != 0
                or interlace not in (0, 1)
            ):
                raise broken
            _check_size(width, height)
            size = (width, height)
        elif kind == b"IDAT":
            has_data = True
        elif kind == b"IEND":
            if not has_data:
                raise broken
            return size
        offset = end


def _jpeg_size(data: bytes) -> tuple[int, int]:
    broken = _not_image(tr("Deze JPEG-afbeelding is beschadigd of onvolledig"))
    offset = 2
    while True:
        if offset + 2 > len(data) or data[offset] != 0xFF:
            raise broken
        while offset < len(data) and data[offset] == 0xFF:  # fill bytes
            offset += 1
        if offset >= len(data):
            raise broken
        marker = data[offset]
        offset += 1
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:
            continue
        if marker in (0xD9, 0xDA, 0x00):  # end of image / start of scan before a frame header
            raise broken
        if offset + 2 > len(data):
            raise broken
        (length,) = struct.unpack(">H", data[offset : offset + 2])
        if length < 2 or offset + length > len(data):
            raise broken
        if marker in _JPEG_SOF:
            if length < 8:
                raise broken
            precision, height, width, components = struct.unpack(
                ">BHHB", data[offset + 2 : offset + 8]
            )
            if precision not in (8, 12, 16) or components not in (1, 3, 4):
                raise broken
            _check_size(width, height)
            if data.rfind(b"\xff\xd9") < offset + length:
                raise broken  # cut off: no end-of-image marker after the frame
            return width, height
        offset += length


# ------------------------------------------------------------------ metadata

# PNG chunks that describe how the picture looks; everything else ancillary (text, EXIF,
# time, unknown chunks) is dropped when stripping.
_PNG_KEEP = {
    b"IHDR",
    b"PLTE",
    b"IDAT",
    b"IEND",
    b"tRNS",
    b"gAMA",
    b"cHRM",
    b"sRGB",
    b"iCCP",
    b"sBIT",
    b"bKGD",
    b"pHYs",
}


def strip_metadata(data: bytes) -> bytes:
    """The same picture without metadata (EXIF, XMP, IPTC, comments, text chunks: camera
    owner, GPS position, names). A JPEG keeps its EXIF orientation, so it is not shown
    rotated. The input must be a valid image (see :func:`image_size`)."""
    mime = sniff_image(data)
    if mime == "image/png":
        return _strip_png(data)
    return _strip_jpeg(data)


def _strip_png(data: bytes) -> bytes:
    out = [PNG_SIGNATURE]
    offset = len(PNG_SIGNATURE)
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        end = offset + 12 + length
        if kind in _PNG_KEEP:
            out.append(data[offset:end])
        offset = end
        if kind == b"IEND":
            break
    return b"".join(out)


def _exif_orientation(payload: bytes) -> int | None:
    if not payload.startswith(b"Exif\x00\x00"):
        return None
    tiff = payload[6:]
    try:
        order = {b"II": "<", b"MM": ">"}[tiff[:2]]
        (ifd,) = struct.unpack(order + "I", tiff[4:8])
        (count,) = struct.unpack(order + "H", tiff[ifd : ifd + 2])
        for index in range(min(count, 500)):
            entry = tiff[ifd + 2 + 12 * index : ifd + 14 + 12 * index]
            tag, kind = struct.unpack(order + "HH", entry[:4])
            if tag == 0x0112 and kind == 3:
                (value,) = struct.unpack(order + "H", entry[8:10])
                return value if 1 <= value <= 8 else None
    except (KeyError, struct.error):
        return None
    return None


def _orientation_segment(orientation: int) -> bytes:
    tiff = b"MM\x00\x2a\x00\x00\x00\x08" + struct.pack(">HHHIHH", 1, 0x0112, 3, 1, orientation, 0)
    payload = b"Exif\x00\x00" + tiff + b"\x00\x00\x00\x00"
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def _strip_jpeg(data: bytes) -> bytes:
    out = [b"\xff\xd8"]
    orientation: int | None = None
    offset = 2
    while offset < len(data):
        start = offset
        while data[offset] == 0xFF:
            offset += 1
        marker = data[offset]
        offset += 1
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:
            out.append(data[start:offset])
            continue
        (length,) = struct.unpack(">H", data[offset : offset + 2])
        end = offset + length
        segment = data[start:end]
        if marker == 0xDA:  # start of scan: the picture itself, to the end
            if orientation and orientation != 1:
                at = 2 if len(out) > 1 and out[1].startswith(b"\xff\xe0") else 1
                out.insert(at, _orientation_segment(orientation))
            out.append(data[start:])
            return b"".join(out)
        if marker == 0xE1 and orientation is None:
            orientation = _exif_orientation(data[offset + 2 : end])
        keep = (
            marker == 0xE0  # JFIF
            or (marker == 0xE2 and data[offset + 2 : offset + 14] == b"ICC_PROFILE\x00")
            or marker == 0xEE  # Adobe colour transform
            or not (0xE0 <= marker <= 0xEF or marker == 0xFE)
        )
        if keep:
            out.append(segment)
        offset = end
    return data  # pragma: no cover - image_size() guarantees a frame and a scan


# ------------------------------------------------------------------- library


def _clean_filename(name: str, mime: str) -> str:
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*').strip(" .")
    if not base:
        base = tr("foto") + _EXTENSIONS[mime]  # shown in the list of photos
    return base[:200]


def add_attachment(
    library: Library,
    session_id: str,
    source: Path | str | bytes,
    caption: str = "",
    *,
    filename: str | None = None,
) -> Attachment:
    """Attach a photo (PNG or JPEG, at most 15 MB) to a conversation.

    A photo that is already attached to this conversation is not added twice;
    the existing attachment is returned.
    """
    session = library.find(Session, session_id)
    if session is None or session.deleted:
        raise ExchangeError(
            tr(
                "Dit gesprek bestaat niet (meer); de foto is niet toegevoegd. Open het gesprek "
                "opnieuw."
            )
        )
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
        default_name = ""
    else:
        path = Path(source)
        default_name = path.name
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise _too_big(size)
            data = path.read_bytes()
        except FileNotFoundError:
            raise ExchangeError(
                tr("Het bestand '{path}' bestaat niet. Kies een andere foto.", path=path)
            ) from None
        except IsADirectoryError:
            raise ExchangeError(tr("'{path}' is een map. Kies een foto.", path=path)) from None
        except OSError as exc:
            raise ExchangeError(
                tr(
                    "De foto '{path}' kan niet worden gelezen ({reason}).",
                    path=path,
                    reason=exc.strerror or exc,
                )
            ) from None
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise _too_big(len(data))
    if not data:
        raise _not_image(tr("Dit bestand is leeg"))
    mime = sniff_image(data)
    caption = (caption or "").strip()
    if len(caption) > MAX_NAME:
        raise ExchangeError(
            tr(
                "Het bijschrift is te lang ({length} tekens; maximaal {maximum}).",
                length=len(caption),
                maximum=MAX_NAME,
            )
        )
    sha = hashlib.sha256(data).hexdigest()
    for existing in attachments_for(library, session_id):
        if existing.sha256 == sha:
            return existing
    attachment = Attachment(
        session_id=session_id,
        filename=_clean_filename(filename or default_name, mime),
        mime=mime,
        caption=caption,
        sha256=sha,
        data=data,
    )
    with library.transaction():
        library.save(attachment)
    return attachment


def _too_big(size: int) -> ExchangeError:
    return ExchangeError(
        tr(
            "Deze foto is te groot ({size} MB; maximaal {maximum} MB). Verklein de foto en "
            "probeer het opnieuw.",
            size=f"{size / (1024 * 1024):.1f}",
            maximum=MAX_ATTACHMENT_BYTES // (1024 * 1024),
        )
    )


def attachments_for(library: Library, session_id: str) -> list[Attachment]:
    """A conversation's photos (with their bytes), oldest first."""
    return library.rows(Attachment, "session_id = ?", (session_id,), order="rowid")


def remove_attachment(library: Library, attachment_id: str) -> Attachment:
    """Mark a photo deleted (a tombstone, so the removal travels with exports)."""
    attachment = library.find(Attachment, attachment_id)
    if attachment is None or attachment.deleted:
        raise ExchangeError(tr("Deze foto bestaat niet (meer)."))
    with library.transaction():
        return library.mark_deleted(attachment)


__all__ = [
    "Attachment",
    "add_attachment",
    "attachments_for",
    "image_size",
    "remove_attachment",
    "sniff_image",
    "strip_metadata",
]
