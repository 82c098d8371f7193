"""Reading and writing ``.praatplaat`` files (zip containers), safely.

:func:`read_package` checks the whole file before anyone writes anything:
the zip structure (member names, symlinks, sizes, counts, actually
decompressed bytes), the manifest and its format version, every record's
types and lengths, unique ids, internal references and attachment bytes.
Anything wrong raises :class:`ExchangeError` with a message in the app's language.

:func:`write_package` writes a file atomically (temp file + ``os.replace``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pydantic

from praatplaat_app.atomic import atomic_write
from praatplaat_app.exchange.attachments import sniff_image
from praatplaat_app.exchange.format import (
    ATTACHMENT_PREFIX,
    DATA_NAME,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_NAME,
    MAX_ATTACHMENT_BYTES,
    MAX_CENTRAL_DIRECTORY_BYTES,
    MAX_DATA_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_PACKAGE_BYTES,
    MAX_TOTAL_BYTES,
    NATURAL_KEYS,
    RECORD_MODELS,
    RECORD_TABLES,
    DataModel,
    ExchangeError,
    Manifest,
    count_label,
    json_to_row,
    table_label,
)
from praatplaat_app.messages import tr

_CHUNK = 64 * 1024
_SAFE_MEMBER = re.compile(r"(manifest\.json|data\.json|attachments/[0-9a-f]{64})")
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass
class Package:
    """A checked ``.praatplaat`` file, ready for :func:`import_package`.

    ``records`` holds per table the rows in library form (booleans 0/1, dates as
    ISO text; attachments without their bytes, which are in ``attachments``).
    """

    manifest: Manifest
    records: dict[str, list[dict[str, Any]]]
    history: list[dict[str, Any]]
    attachments: dict[str, bytes]
    name: str = ""
    sha256: str = ""
    size: int = 0

    def count(self, table: str) -> int:
        return len(self.records.get(table, ()))

    def record_ids(self, table: str) -> set[str]:
        return {r["id"] for r in self.records.get(table, ())}

    def route_names(self) -> list[str]:
        return [r["name"] for r in self.records.get("routes", ()) if not r["deleted"]]

    def describe(self) -> str:
        """One paragraph for a preview before importing, in the app's language."""
        m = self.manifest
        parts = [
            count_label(t, self.count(t))
            for t in ("routes", "sessions", "attachments")
            if self.count(t) or t != "attachments"
        ]
        sentences = [
            tr(
                "{title}: {counts}. Gemaakt met Praatplaat {version} op {when} "
                "(catalogus {catalog} {catalog_version}).",
                title=m.title,
                counts=", ".join(parts),
                version=m.app_version,
                when=format_local_time(m.exported_at),
                catalog=m.catalog.id,
                catalog_version=m.catalog.version,
            )
        ]
        if m.options.anonymised:
            sentences.append(tr("Namen van deelnemers zijn weggelaten."))
        if not m.options.include_private:
            sentences.append(tr("Privénotities zijn niet meegestuurd."))
        return " ".join(sentences)


def format_local_time(timestamp: str) -> str:
    """A format timestamp as local date and time, the date as the app's language writes it."""
    from praatplaat_app.exchange.format import parse_timestamp
    from praatplaat_app.formatting import short_date

    try:
        moment = parse_timestamp(timestamp).astimezone()
    except ValueError:
        return timestamp
    return f"{short_date(moment.date())} {moment:%H:%M}"


# ====================================================================== reading


def _fail(message: str) -> ExchangeError:
    """``message`` (a whole sentence: which file, what is wrong) plus what the user can do."""
    return ExchangeError(
        message
        + " "
        + tr(
            "Er is niets gewijzigd. Vraag de afzender het bestand opnieuw te exporteren met "
            "Praatplaat."
        )
    )


def read_package(source: Path | str | bytes, *, name: str | None = None) -> Package:
    """Read and check a whole ``.praatplaat`` file; raise :class:`ExchangeError` if anything
    is wrong. Nothing is written anywhere."""
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
        display = name or tr("bestand")
        if len(data) > MAX_PACKAGE_BYTES:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: het bestand is te groot.",
                    name=display,
                )
            )
        return _read_fileobj(io.BytesIO(data), display, len(data))
    path = Path(source)
    display = name or path.name
    try:
        if path.is_dir():
            raise ExchangeError(
                tr("'{path}' is een map, geen .praatplaat-bestand. Kies een bestand.", path=path)
            )
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: het bestand is te groot "
                    "({size} MB).",
                    name=display,
                    size=size // (1024 * 1024),
                )
            )
        with path.open("rb") as handle:
            return _read_fileobj(handle, display, size)
    except FileNotFoundError:
        raise ExchangeError(
            tr(
                "Het bestand '{path}' bestaat niet (meer). Controleer de naam en de map.",
                path=path,
            )
        ) from None
    except PermissionError:
        raise ExchangeError(
            tr(
                "Praatplaat mag het bestand '{path}' niet lezen. Controleer de rechten of "
                "kopieer het bestand eerst naar uw eigen map.",
                path=path,
            )
        ) from None
    except OSError as exc:
        raise ExchangeError(
            tr(
                "Het bestand '{path}' kan niet worden gelezen ({reason}). "
                "Probeer het opnieuw of kopieer het eerst naar uw eigen map.",
                path=path,
                reason=exc.strerror or exc,
            )
        ) from None


def _read_fileobj(handle: IO[bytes], name: str, size: int) -> Package:
    digest = hashlib.sha256()
    handle.seek(0)
    while chunk := handle.read(1024 * 1024):
        digest.update(chunk)
    _check_end_of_central_directory(handle, name, size)
    handle.seek(0)
    try:
        with zipfile.ZipFile(handle) as archive:
            members = _check_members(archive, name)
            manifest = _read_manifest(archive, members, name)
            data = _read_data(archive, members, name)
            attachments = _read_attachments(archive, members, data, name)
    except ExchangeError:
        raise
    except zipfile.BadZipFile:
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: het is beschadigd of geen "
                "geldig zip-bestand.",
                name=name,
            )
        ) from None
    except (zipfile.LargeZipFile, NotImplementedError):
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: het gebruikt een zip-vorm die "
                "Praatplaat niet kent.",
                name=name,
            )
        ) from None
    except (EOFError, zlib.error, struct.error, OSError, ValueError, IndexError):
        raise _fail(_incomplete(name)) from None
    except RuntimeError:  # e.g. an encrypted member
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: het kan niet worden uitgepakt "
                "(versleuteld?).",
                name=name,
            )
        ) from None
    records, history = _rows_from_data(data)
    return Package(
        manifest=manifest,
        records=records,
        history=history,
        attachments=attachments,
        name=name,
        sha256=digest.hexdigest(),
        size=size,
    )


def _incomplete(name: str) -> str:
    return tr(
        "Het bestand '{name}' kan niet worden ingelezen: het is onvolledig of beschadigd.",
        name=name,
    )


def _incomplete_zip64(name: str) -> str:
    return tr(
        "Het bestand '{name}' kan niet worden ingelezen: het is onvolledig of beschadigd "
        "(zip64).",
        name=name,
    )


def _too_big_unpacked(name: str) -> str:
    return tr(
        "Het bestand '{name}' kan niet worden ingelezen: de inhoud is uitgepakt te groot.",
        name=name,
    )


def _check_end_of_central_directory(handle: IO[bytes], name: str, size: int) -> None:
    """Refuse a zip with too many entries before :mod:`zipfile` reads its directory."""
    not_zip = _fail(
        tr(
            "Het bestand '{name}' kan niet worden ingelezen: het is geen Praatplaat-bestand: "
            "geen zip-bestand, of onvolledig (afgebroken download of kopie?).",
            name=name,
        )
    )
    if size < 22:
        raise not_zip
    tail_size = min(size, 22 + 65535 + 20)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    index = tail.rfind(b"PK\x05\x06")
    if index < 0 or len(tail) - index < 22:
        raise not_zip
    _sig, disk, disk_cd, _n_disk, entries, cd_size, cd_offset, _comment = struct.unpack(
        "<4sHHHHIIH", tail[index : index + 22]
    )
    if disk or disk_cd:
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: het is een zip-bestand dat over "
                "meerdere delen is verspreid.",
                name=name,
            )
        )
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        # Zip64: read the real counts from the zip64 end record.
        locator_at = index - 20
        if locator_at < 0 or tail[locator_at : locator_at + 4] != b"PK\x06\x07":
            raise not_zip
        _s, _d, zip64_offset, _t = struct.unpack("<4sIQI", tail[locator_at : locator_at + 20])
        if zip64_offset + 56 > size:
            raise _fail(_incomplete_zip64(name))
        handle.seek(zip64_offset)
        record = handle.read(56)
        if len(record) < 56 or record[:4] != b"PK\x06\x06":
            raise _fail(_incomplete_zip64(name))
        (_s, _rs, _v, _vn, _d, _dcd, _nd, entries, cd_size, cd_offset) = struct.unpack(
            "<4sQHHIIQQQQ", record
        )
    if entries > MAX_MEMBERS:
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: het bevat te veel onderdelen "
                "({count}; maximaal {maximum}).",
                name=name,
                count=entries,
                maximum=MAX_MEMBERS,
            )
        )
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: de inhoudsopgave van het "
                "zip-bestand is te groot.",
                name=name,
            )
        )


def _unsafe_name(member: str) -> bool:
    if not member or "\x00" in member:
        return True
    if member.startswith(("/", "\\")) or _DRIVE.match(member):
        return True
    parts = re.split(r"[\\/]", member)
    return any(p in ("..", ".") for p in parts)


def _check_members(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: het bevat te veel onderdelen "
                "(maximaal {maximum}).",
                name=name,
                maximum=MAX_MEMBERS,
            )
        )
    members: dict[str, zipfile.ZipInfo] = {}
    declared_total = 0
    for info in infos:
        member = info.filename
        shown = member[:80]
        # zipfile turns "\" into "/" on Windows only; look at the raw name as well.
        raw = info.orig_filename
        if _unsafe_name(member) or _unsafe_name(raw):
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: het bevat een onveilige "
                    "bestandsnaam ('{member}'): een pad buiten het bestand, een absoluut pad of "
                    "een stationsletter.",
                    name=name,
                    member=shown,
                )
            )
        mode = (info.external_attr >> 16) & 0xFFFF
        if stat.S_ISLNK(mode):
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: het bevat een snelkoppeling "
                    "(symlink) '{member}'.",
                    name=name,
                    member=shown,
                )
            )
        if info.is_dir() or "\\" in raw or not _SAFE_MEMBER.fullmatch(member):
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: het bevat een onbekend "
                    "onderdeel '{member}'.",
                    name=name,
                    member=shown,
                )
            )
        if member in members:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: het onderdeel '{member}' "
                    "staat er twee keer in.",
                    name=name,
                    member=shown,
                )
            )
        if info.flag_bits & 0x1:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: het onderdeel '{member}' is "
                    "versleuteld.",
                    name=name,
                    member=shown,
                )
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: het onderdeel '{member}' "
                    "gebruikt een onbekende compressie.",
                    name=name,
                    member=shown,
                )
            )
        limit = _member_limit(member)
        if info.file_size > limit:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: het onderdeel '{member}' is "
                    "te groot.",
                    name=name,
                    member=shown,
                )
            )
        declared_total += info.file_size
        if declared_total > MAX_TOTAL_BYTES:
            raise _fail(_too_big_unpacked(name))
        members[member] = info
    for required in (MANIFEST_NAME, DATA_NAME):
        if required not in members:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: het onderdeel '{member}' "
                    "ontbreekt (geen Praatplaat-bestand?).",
                    name=name,
                    member=required,
                )
            )
    return members


def _member_limit(member: str) -> int:
    if member == MANIFEST_NAME:
        return MAX_MANIFEST_BYTES
    if member == DATA_NAME:
        return MAX_DATA_BYTES
    return MAX_ATTACHMENT_BYTES


class _Budget:
    def __init__(self) -> None:
        self.total = 0


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: _Budget
) -> bytes:
    """Decompress one member in chunks, counting what actually comes out."""
    limit = min(_member_limit(info.filename), info.file_size)
    buffer = bytearray()
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            buffer += chunk
            budget.total += len(chunk)
            if len(buffer) > limit:
                raise _fail(
                    tr(
                        "Het bestand '{name}' kan niet worden ingelezen: het onderdeel "
                        "'{member}' is groter dan opgegeven.",
                        name=name,
                        member=info.filename,
                    )
                )
            if budget.total > MAX_TOTAL_BYTES:
                raise _fail(_too_big_unpacked(name))
    if len(buffer) != info.file_size:
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: het onderdeel '{member}' is "
                "onvolledig.",
                name=name,
                member=info.filename,
            )
        )
    return bytes(buffer)


def _load_json(raw: bytes, name: str, member: str) -> Any:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise _DuplicateKey(key)
            result[key] = value
        return result

    def no_constants(value: str) -> Any:
        raise ValueError(tr("'{value}' is geen geldige JSON-waarde", value=value))

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: '{member}' is geen UTF-8-tekst.",
                name=name,
                member=member,
            )
        ) from None
    try:
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except _DuplicateKey as exc:
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: in '{member}' staat de sleutel "
                "'{key}' dubbel.",
                name=name,
                member=member,
                key=str(exc)[:60],
            )
        ) from None
    except RecursionError:
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: '{member}' is te diep genest.",
                name=name,
                member=member,
            )
        ) from None
    except ValueError as exc:
        # Where the JSON breaks, not the parser's own (English, technical) words.
        detail = (
            tr("regel {line}, kolom {column}", line=exc.lineno, column=exc.colno)
            if isinstance(exc, json.JSONDecodeError)
            else str(exc)[:120]
        )
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: '{member}' is geen geldige JSON "
                "({detail}).",
                name=name,
                member=member,
                detail=detail,
            )
        ) from None


class _DuplicateKey(Exception):
    pass


def _read_manifest(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str
) -> Manifest:
    raw = _read_member(archive, members[MANIFEST_NAME], name, _Budget())
    loaded = _load_json(raw, name, MANIFEST_NAME)
    if not isinstance(loaded, dict) or loaded.get("format") != FORMAT_NAME:
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: het is geen Praatplaat-bestand "
                "(het manifest klopt niet).",
                name=name,
            )
        )
    version = loaded.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail(
            tr(
                "Het bestand '{name}' kan niet worden ingelezen: de formaatversie in het "
                "manifest is ongeldig.",
                name=name,
            )
        )
    if version > FORMAT_VERSION:
        raise ExchangeError(
            tr(
                "Het bestand '{name}' is gemaakt met een nieuwere versie van Praatplaat "
                "(bestandsformaat {version}; deze versie kent tot en met {supported}); "
                "werk Praatplaat bij om het te openen. Er is niets gewijzigd.",
                name=name,
                version=version,
                supported=FORMAT_VERSION,
            )
        )
    try:
        return Manifest.model_validate(loaded)
    except pydantic.ValidationError as exc:
        raise _fail(_invalid(name, describe_validation_error(exc, MANIFEST_NAME))) from None


def _invalid(name: str, details: str) -> str:
    return tr(
        "Het bestand '{name}' kan niet worden ingelezen: {details}.", name=name, details=details
    )


def _read_data(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str
) -> DataModel:
    budget = _Budget()
    raw = _read_member(archive, members[DATA_NAME], name, budget)
    loaded = _load_json(raw, name, DATA_NAME)
    try:
        data = DataModel.model_validate(loaded)
    except pydantic.ValidationError as exc:
        raise _fail(_invalid(name, describe_validation_error(exc, DATA_NAME))) from None
    _check_consistency(data, name)
    return data


def _read_attachments(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    data: DataModel,
    name: str,
) -> dict[str, bytes]:
    wanted = {a.sha256: a for a in data.attachments}
    budget = _Budget()
    found: dict[str, bytes] = {}
    for member, info in members.items():
        if not member.startswith(ATTACHMENT_PREFIX):
            continue
        sha = member[len(ATTACHMENT_PREFIX) :]
        if sha not in wanted:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: het onderdeel '{member}' "
                    "hoort bij geen enkele bijlage.",
                    name=name,
                    member=member,
                )
            )
        content = _read_member(archive, info, name, budget)
        if hashlib.sha256(content).hexdigest() != sha:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: de bijlage '{member}' is "
                    "beschadigd (controlegetal klopt niet).",
                    name=name,
                    member=member,
                )
            )
        found[sha] = content
    for attachment in data.attachments:
        content = found.get(attachment.sha256)
        label = attachment.filename[:80]
        if content is None:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: de bijlage '{attachment}' "
                    "ontbreekt in het bestand.",
                    name=name,
                    attachment=label,
                )
            )
        if len(content) != attachment.size:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: de bijlage '{attachment}' "
                    "heeft niet de opgegeven grootte.",
                    name=name,
                    attachment=label,
                )
            )
        try:
            mime = sniff_image(content)
        except ExchangeError as exc:
            detail = getattr(exc, "detail", "")
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: de bijlage '{attachment}' "
                    "is geen geldige foto: {detail}.",
                    name=name,
                    attachment=label,
                    detail=detail,
                )
                if detail
                else tr(
                    "Het bestand '{name}' kan niet worden ingelezen: de bijlage '{attachment}' "
                    "is geen geldige foto.",
                    name=name,
                    attachment=label,
                )
            ) from None
        if mime != attachment.mime:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: de bijlage '{attachment}' "
                    "is geen {expected}, maar {actual}.",
                    name=name,
                    attachment=label,
                    expected=attachment.mime,
                    actual=mime,
                )
            )
    return found


# ------------------------------------------------------------- consistency


def _check_consistency(data: DataModel, name: str) -> None:
    """Ids unique across the file, natural keys unique, history about records in the file."""
    seen: dict[str, str] = {}
    for table in RECORD_TABLES:
        for record in getattr(data, table):
            if record.id in seen:
                raise _fail(
                    tr(
                        "Het bestand '{name}' kan niet worden ingelezen: de id {id} komt twee "
                        "keer voor ({first} en {second}).",
                        name=name,
                        id=record.id,
                        first=seen[record.id],
                        second=table,
                    )
                )
            seen[record.id] = table
        key_fields = NATURAL_KEYS.get(table)
        if key_fields:
            keys: set[tuple[str, ...]] = set()
            for record in getattr(data, table):
                key = tuple(getattr(record, f) for f in key_fields)
                if key in keys:
                    raise _fail(
                        tr(
                            "Het bestand '{name}' kan niet worden ingelezen: de {what} {id} staat "
                            "er twee keer in voor hetzelfde gesprek, dezelfde indicator en "
                            "hetzelfde thema.",
                            name=name,
                            what=table_label(table),
                            id=record.id,
                        )
                    )
                keys.add(key)
    history_ids: set[str] = set()
    for entry in data.history:
        if entry.id in history_ids or entry.id in seen:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: de id {id} komt twee keer "
                    "voor (geschiedenis).",
                    name=name,
                    id=entry.id,
                )
            )
        history_ids.add(entry.id)
        if seen.get(entry.record_id) != entry.table_name:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: de eerdere versie {id} hoort "
                    "bij een record dat niet in het bestand staat.",
                    name=name,
                    id=entry.id,
                )
            )
        model = RECORD_MODELS[entry.table_name]
        try:
            version = model.model_validate(entry.data)
        except pydantic.ValidationError as exc:
            raise _fail(
                _invalid(
                    name,
                    describe_validation_error(exc, f"{DATA_NAME}: history[{entry.id}].data"),
                )
            ) from None
        if version.id != entry.record_id or version.updated_at != entry.record_updated_at:
            raise _fail(
                tr(
                    "Het bestand '{name}' kan niet worden ingelezen: de eerdere versie {id} klopt "
                    "niet met haar record.",
                    name=name,
                    id=entry.id,
                )
            )


def _rows_from_data(
    data: DataModel,
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    records = {
        table: [json_to_row(table, r.model_dump()) for r in getattr(data, table)]
        for table in RECORD_TABLES
    }
    history = []
    for entry in data.history:
        row = entry.model_dump()
        row["data"] = json_to_row(entry.table_name, row["data"])
        history.append(row)
    return records, history


def _error_text(kind: str, place: str, ctx: dict[str, Any]) -> str:
    """What is wrong at ``place``, for a pydantic error type; never pydantic's own words."""
    match kind:
        case "string_too_long":
            return tr(
                "{place} is te lang (maximaal {maximum} tekens)",
                place=place,
                maximum=ctx.get("max_length"),
            )
        case "too_long":
            return tr(
                "{place} heeft te veel items (maximaal {maximum})",
                place=place,
                maximum=ctx.get("max_length"),
            )
        case "missing":
            return tr("{place} ontbreekt", place=place)
        case "extra_forbidden":
            return tr("{place} is een onbekend veld", place=place)
        case "string_type":
            return tr("{place} moet tekst zijn", place=place)
        case "int_type" | "int_from_float":
            return tr("{place} moet een geheel getal zijn", place=place)
        case "bool_type":
            return tr("{place} moet true of false zijn", place=place)
        case "list_type":
            return tr("{place} moet een lijst zijn", place=place)
        case "dict_type" | "model_type" | "model_attributes_type":
            return tr("{place} moet een object zijn", place=place)
        case "literal_error":
            return tr("{place} heeft een waarde die niet is toegestaan", place=place)
        case "greater_than_equal":
            return tr("{place} is te klein", place=place)
        case "less_than_equal":
            return tr("{place} is te groot", place=place)
        case "none_required":
            return tr("{place} moet leeg (null) zijn", place=place)
    return tr("{place} heeft een ongeldige waarde", place=place)


def describe_validation_error(exc: pydantic.ValidationError, member: str) -> str:
    """A pydantic error in the app's language: where in the file, and what is wrong."""
    errors = exc.errors(include_url=False, include_context=True, include_input=False)
    parts = []
    for error in errors[:3]:
        loc = "".join(
            f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p))
            for i, p in enumerate(error["loc"])
        )
        place = f"{member} {loc or tr('(geheel)')}"
        ctx = error.get("ctx") or {}
        if error["type"] == "value_error":
            # Raised by this app's own validators (format.py), already in the app's language.
            parts.append(f"{place}: {ctx.get('error', error['msg'])}")
        else:
            parts.append(_error_text(error["type"], place, ctx))
    more = len(errors) - 3
    text = "; ".join(parts)
    if more > 0:
        text += " " + tr("(en nog {count} fouten)", count=more)
    return text


# ====================================================================== writing


def _zip_time(timestamp: str) -> tuple[int, int, int, int, int, int]:
    from praatplaat_app.exchange.format import parse_timestamp

    moment = parse_timestamp(timestamp)
    moment = max(moment, dt.datetime(1980, 1, 1, tzinfo=dt.UTC))
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def package_bytes(
    manifest: Mapping[str, Any], data: Mapping[str, Any], attachments: Mapping[str, bytes]
) -> bytes:
    buffer = io.BytesIO()
    _write_zip(buffer, manifest, data, attachments)
    return buffer.getvalue()


def _write_zip(
    handle: IO[bytes],
    manifest: Mapping[str, Any],
    data: Mapping[str, Any],
    attachments: Mapping[str, bytes],
) -> None:
    when = _zip_time(manifest["exported_at"])

    def member(member_name: str, payload: bytes, compress: int) -> None:
        info = zipfile.ZipInfo(member_name, date_time=when)
        info.compress_type = compress
        info.external_attr = (stat.S_IFREG | 0o644) << 16
        archive.writestr(info, payload)

    with zipfile.ZipFile(handle, "w") as archive:
        member(MANIFEST_NAME, _dump(manifest), zipfile.ZIP_DEFLATED)
        member(DATA_NAME, _dump(data), zipfile.ZIP_DEFLATED)
        for sha in sorted(attachments):
            # Photos are compressed already.
            member(ATTACHMENT_PREFIX + sha, attachments[sha], zipfile.ZIP_STORED)


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")


def write_package(
    path: Path | str,
    manifest: Mapping[str, Any],
    data: Mapping[str, Any],
    attachments: Mapping[str, bytes],
) -> Path:
    """Write a file atomically: a reader (or a crash) sees the old file or the new one."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExchangeError(
            tr(
                "'{path}' is een map. Kies een bestandsnaam, bijvoorbeeld route.praatplaat.",
                path=path,
            )
        )
    if not path.parent.is_dir():
        raise ExchangeError(
            tr(
                "De map '{folder}' bestaat niet. Kies een bestaande map om het bestand in te "
                "bewaren.",
                folder=path.parent,
            )
        )
    try:
        with atomic_write(path, "wb") as handle:
            _write_zip(handle, manifest, data, attachments)
    except PermissionError:
        raise ExchangeError(
            tr(
                "Praatplaat mag niet schrijven in '{folder}'. Kies een andere map.",
                folder=path.parent,
            )
        ) from None
    except OSError as exc:
        raise ExchangeError(
            tr(
                "Het bestand '{path}' kan niet worden geschreven ({reason}). "
                "Controleer of er genoeg ruimte is en kies eventueel een andere map.",
                path=path,
                reason=exc.strerror or exc,
            )
        ) from None
    return path


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


# ====================================================================== export


@dataclass
class ExportResult:
    """What an export wrote."""

    path: Path
    title: str
    counts: dict[str, int] = field(default_factory=dict)
    anonymised: bool = False
    include_private: bool = False

    def describe(self) -> str:
        parts = [count_label(t, self.counts.get(t, 0)) for t in ("routes", "sessions")]
        if self.counts.get("attachments"):
            parts.append(count_label("attachments", self.counts["attachments"]))
        sentences = [
            tr("Opgeslagen in '{path}': {counts}.", path=self.path, counts=", ".join(parts))
        ]
        if self.anonymised:
            sentences.append(tr("Zonder namen van deelnemers."))
        if not self.include_private:
            sentences.append(tr("Zonder privénotities."))
        return " ".join(sentences)


def export_sessions(
    library: Any,
    session_ids: Iterable[str],
    path: Path | str,
    *,
    anonymise: bool = False,
    include_private: bool = False,
    app_version: str | None = None,
    catalog: Any = None,
) -> ExportResult:
    """Export conversations (with their routes, so references resolve) to ``path``."""
    return export_selection(
        library,
        path,
        session_ids=list(session_ids),
        anonymise=anonymise,
        include_private=include_private,
        app_version=app_version,
        catalog=catalog,
    )


def export_route(
    library: Any,
    route_id: str,
    path: Path | str,
    *,
    anonymise: bool = False,
    include_private: bool = False,
    app_version: str | None = None,
    catalog: Any = None,
) -> ExportResult:
    """Export a route with all its conversations to ``path``."""
    return export_selection(
        library,
        path,
        route_ids=[route_id],
        anonymise=anonymise,
        include_private=include_private,
        app_version=app_version,
        catalog=catalog,
    )


def export_selection(
    library: Any,
    path: Path | str,
    *,
    route_ids: Iterable[str] = (),
    session_ids: Iterable[str] = (),
    anonymise: bool = False,
    include_private: bool = False,
    app_version: str | None = None,
    catalog: Any = None,
) -> ExportResult:
    """Export whole routes and single conversations together, atomically."""
    built = build_export(
        library,
        route_ids=route_ids,
        session_ids=session_ids,
        anonymise=anonymise,
        include_private=include_private,
        app_version=app_version,
        catalog=catalog,
    )
    written = write_package(path, built.manifest, built.data, built.attachments)
    return ExportResult(
        path=written,
        title=built.manifest["title"],
        counts={t: len(built.data[t]) for t in RECORD_TABLES},
        anonymised=anonymise,
        include_private=include_private,
    )


@dataclass
class BuiltExport:
    manifest: dict[str, Any]
    data: dict[str, Any]
    attachments: dict[str, bytes]

    def to_bytes(self) -> bytes:
        return package_bytes(self.manifest, self.data, self.attachments)


def _select(conn: Any, sql: str, values: Iterable[str]) -> list[dict[str, Any]]:
    values = list(values)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(values), 500):
        part = values[start : start + 500]
        marks = ", ".join("?" for _ in part)
        rows.extend(dict(r) for r in conn.execute(sql.format(marks=marks), part))
    return rows


def build_export(
    library: Any,
    *,
    route_ids: Iterable[str] = (),
    session_ids: Iterable[str] = (),
    anonymise: bool = False,
    include_private: bool = False,
    app_version: str | None = None,
    catalog: Any = None,
) -> BuiltExport:
    """The manifest, data and attachments of an export, checked like an import would."""
    from praatplaat_app import __version__
    from praatplaat_app.domain import utc_now
    from praatplaat_app.exchange.format import HISTORY_TABLES, SESSION_CHILD_TABLES, row_to_json
    from praatplaat_app.exchange.privacy import anonymise_records, library_person_names

    if catalog is None:
        from praatplaat_app.indicators import default_catalog

        catalog = default_catalog()
    conn = library.conn
    route_ids = list(dict.fromkeys(route_ids))
    session_ids = list(dict.fromkeys(session_ids))
    if not route_ids and not session_ids:
        raise ExchangeError(tr("Kies eerst een of meer gesprekken of een route om te exporteren."))

    routes = {
        r["id"]: r for r in _select(conn, "SELECT * FROM routes WHERE id IN ({marks})", route_ids)
    }
    for route_id in route_ids:
        if route_id not in routes or routes[route_id]["deleted"]:
            raise ExchangeError(
                tr(
                    "De route {id} bestaat niet (meer). Kies een route uit de lijst.",
                    id=route_id,
                )
            )
    sessions = {
        s["id"]: s
        for s in _select(conn, "SELECT * FROM sessions WHERE id IN ({marks})", session_ids)
    }
    for session_id in session_ids:
        if session_id not in sessions or sessions[session_id]["deleted"]:
            raise ExchangeError(
                tr(
                    "Het gesprek {id} bestaat niet (meer). Kies een gesprek uit de lijst.",
                    id=session_id,
                )
            )
    # A whole route brings all its conversations (deletions included, so they travel too).
    for row in _select(conn, "SELECT * FROM sessions WHERE route_id IN ({marks})", route_ids):
        sessions.setdefault(row["id"], row)
    # Conversations always bring their routes.
    missing_routes = {s["route_id"] for s in sessions.values()} - set(routes)
    for row in _select(conn, "SELECT * FROM routes WHERE id IN ({marks})", missing_routes):
        routes[row["id"]] = row

    records: dict[str, list[dict[str, Any]]] = {
        "routes": sorted(routes.values(), key=lambda r: r["id"]),
        "sessions": sorted(
            sessions.values(), key=lambda r: (r["route_id"], r["created_at"], r["id"])
        ),
    }
    ordered_sessions = [s["id"] for s in records["sessions"]]
    for table in SESSION_CHILD_TABLES:
        rows = _select(
            conn,
            f"SELECT * FROM {table} WHERE session_id IN ({{marks}}) ORDER BY rowid",
            ordered_sessions,
        )
        if table == "notes" and not include_private:
            rows = [r for r in rows if not r["private"]]
        records[table] = rows

    attachments: dict[str, bytes] = {}
    if anonymise:  # no camera owner or GPS position in the photos either
        from praatplaat_app.exchange.attachments import strip_metadata

        stripped = []
        for row in records["attachments"]:
            try:
                clean = strip_metadata(bytes(row["data"]))
            except ExchangeError:
                clean = bytes(row["data"])  # refused with a clear message by _check_export
            stripped.append({**row, "data": clean, "sha256": hashlib.sha256(clean).hexdigest()})
        records["attachments"] = stripped
    for row in records["attachments"]:
        attachments[row["sha256"]] = bytes(row["data"])

    left_out = set()
    if not include_private:
        left_out = {
            r["id"]
            for r in _select(
                conn,
                "SELECT id FROM notes WHERE private = 1 AND session_id IN ({marks})",
                ordered_sessions,
            )
        }
    history = _export_history(conn, records, left_out, include_private, HISTORY_TABLES, row_to_json)

    title = _export_title(records, route_ids, session_ids)
    if anonymise:
        names = library_person_names(library)
        records, history = anonymise_records(records, history, names)
        from praatplaat_app.exchange.privacy import ANONYMOUS, NameScrubber

        title = NameScrubber(names, ANONYMOUS, parts=True).scrub(title)

    data: dict[str, Any] = {
        table: [row_to_json(table, row) for row in records[table]] for table in RECORD_TABLES
    }
    data["history"] = history
    kind = (
        "route"
        if route_ids and not session_ids and len(route_ids) == 1
        else ("sessions" if session_ids and not route_ids else "selection")
    )
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": app_version or __version__,
        "catalog": {"id": str(catalog.id), "version": str(catalog.version)},
        "exported_at": utc_now(),
        "title": title[:1000],
        "options": {"anonymised": bool(anonymise), "include_private": bool(include_private)},
        "selection": {"kind": kind, "route_ids": route_ids, "session_ids": session_ids},
    }
    _check_export(manifest, data, attachments)
    return BuiltExport(manifest, data, attachments)


def _export_history(
    conn: Any,
    records: dict[str, list[dict[str, Any]]],
    left_out: set[str],
    include_private: bool,
    tables: tuple[str, ...],
    row_to_json: Any,
) -> list[dict[str, Any]]:
    """Earlier versions of the exported records, as far as they are valid records."""
    wanted = {r["id"]: t for t in tables for r in records[t]}
    history = []
    for entry in _select(
        conn, "SELECT * FROM history WHERE record_id IN ({marks}) ORDER BY created_at, id", wanted
    ):
        table = entry["table_name"]
        if wanted.get(entry["record_id"]) != table or entry["record_id"] in left_out:
            continue
        try:
            version = row_to_json(table, json.loads(entry["data"]))
            RECORD_MODELS[table].model_validate(version)
        except (ValueError, KeyError, TypeError, pydantic.ValidationError):
            continue  # an old or damaged entry stays at home
        if (
            version["id"] != entry["record_id"]
            or version["updated_at"] != entry["record_updated_at"]
        ):
            continue
        if table == "notes" and version["private"] and not include_private:
            continue
        history.append(
            {
                "id": entry["id"],
                "table_name": table,
                "record_id": entry["record_id"],
                "record_updated_at": entry["record_updated_at"],
                "reason": entry["reason"],
                "created_at": entry["created_at"],
                "data": version,
            }
        )
    return history


def _export_title(
    records: dict[str, list[dict[str, Any]]], route_ids: list[str], session_ids: list[str]
) -> str:
    """The title in the manifest (and the shared file's name), in the sender's language."""
    from praatplaat_app.domain import SESSION_KIND_LABELS

    routes = {r["id"]: r["name"] for r in records["routes"]}
    if len(route_ids) == 1 and not session_ids:
        return tr("Route {name}", name=routes[route_ids[0]])
    by_id = {s["id"]: s for s in records["sessions"]}
    route_set = {by_id[s]["route_id"] for s in session_ids} | set(route_ids)
    if len(session_ids) == 1 and not route_ids:
        session = by_id[session_ids[0]]
        label = SESSION_KIND_LABELS.get(session["kind"], session["kind"])
        if session["date"]:
            label += ", " + dt.date.fromisoformat(session["date"]).strftime("%d-%m-%Y")
        return f"{routes[session['route_id']]}: {label}"
    names = ", ".join(sorted(routes[r] for r in route_set))
    return tr(
        "{conversations} uit {routes}",
        conversations=count_label("sessions", len(records["sessions"])),
        routes=names,
    )


def _check_export(
    manifest: dict[str, Any], data: dict[str, Any], attachments: Mapping[str, bytes]
) -> None:
    """An export must be a file this app can read back: same models, same limits."""
    try:
        Manifest.model_validate(manifest)
        checked = DataModel.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ExchangeError(
            tr(
                "Deze gegevens kunnen niet worden geëxporteerd: {details}. Pas de tekst aan en "
                "probeer het opnieuw.",
                details=describe_validation_error(exc, DATA_NAME),
            )
        ) from None
    for sha, content in attachments.items():
        try:
            sniff_image(content)
        except ExchangeError as exc:
            raise ExchangeError(
                tr(
                    "Een foto in deze gesprekken is beschadigd en kan niet worden geëxporteerd "
                    "({detail}; {photo}…). Verwijder die foto en probeer het opnieuw.",
                    detail=getattr(exc, "detail", exc.message),
                    photo=sha[:12],
                )
            ) from None
    if len(attachments) + 2 > MAX_MEMBERS:
        raise ExchangeError(
            tr(
                "Te veel foto's om in één bestand te exporteren (maximaal {maximum}). "
                "Exporteer minder gesprekken tegelijk.",
                maximum=MAX_MEMBERS - 2,
            )
        )
    if len(_dump(data)) > MAX_DATA_BYTES:
        raise ExchangeError(
            tr(
                "Deze gesprekken zijn samen te groot voor één bestand. Exporteer minder "
                "gesprekken tegelijk."
            )
        )
    del checked
