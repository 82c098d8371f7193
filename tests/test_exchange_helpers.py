"""Shared helpers for the exchange tests (sample data, images, dumps, zip surgery)."""

from __future__ import annotations

import datetime as dt
import io
import json
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest

from praatplaat_app.domain import Action, FollowUp, Goal
from praatplaat_app.exchange import ExchangeError, add_attachment, import_package, read_package
from praatplaat_app.exchange.format import RECORD_TABLES, QuestionnaireResponse
from praatplaat_app.store import Library

NAMES = ("Jantje Bëkker", "Fatima El Amrani", "Pieter-Jan Zwart")


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    """A small, valid PNG (greyscale)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + bytes(i % 256 for i in range(width)) for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def jpeg_bytes() -> bytes:
    image = pytest.importorskip("PIL.Image")
    buffer = io.BytesIO()
    image.new("RGB", (16, 9), (200, 30, 30)).save(buffer, format="JPEG")
    return buffer.getvalue()


def make_sample(ops: Any, library: Library, *, photo: bool = True) -> dict[str, Any]:
    """A route with two conversations that uses every table."""
    route = ops.create_route(
        "Flexibele stage Noord",
        organisations="ROC Noord, Zorggroep Zuid",
        coordinator="Coördinator",
    )
    first = ops.create_session(
        route.id,
        "students",
        dt.date(2025, 3, 14),
        participants=[
            {"role": "student", "organisation": "ROC Noord", "name": NAMES[0]},
            {"role": "student", "organisation": "ROC Noord", "name": NAMES[1]},
        ],
        facilitator="Gespreksleider Anna",
        context="Eerste jaar, geëvalueerd met de cliënt",
    )
    second = ops.create_session(
        route.id,
        "staff",
        dt.date(2025, 4, 2),
        participants=[{"role": "supervisor", "organisation": "Zorggroep Zuid", "name": NAMES[2]}],
    )
    ops.set_indicator_chosen(first.id, "eigen-route", True)
    ops.set_indicator_chosen(first.id, "co-creatie", True)
    ops.set_note(first.id, "eigen-route", "", "goes_well", f"{NAMES[0]} vertelde over de stage.")
    ops.set_note(first.id, "eigen-route", "sociale-binding", "improve", "Meer intervisie")
    ops.set_note(first.id, "co-creatie", "", "free", "Geheim: alleen voor mij")
    private = library.note(first.id, "co-creatie", "", "free")
    ops.set_note_private(private.id, True)
    ops.set_theme_discussed(first.id, "eigen-route", "sociale-binding", True)
    goal = library.save(
        Goal(
            session_id=first.id,
            indicator_id="eigen-route",
            pillar="kansrijk",
            text="Studenten kiezen zelf hun leerdoelen",
        )
    )
    library.save(
        Action(
            session_id=first.id,
            goal_id=goal.id,
            what="Intakegesprek plannen",
            who=f"Docent en {NAMES[1]}",
            due=dt.date(2025, 5, 1),
            source_note_id=private.id,
        )
    )
    library.save(
        FollowUp(
            session_id=first.id,
            date=dt.date(2025, 9, 1),
            who_invites="Coördinator",
            prepare="Resultaten bekijken",
        )
    )
    library.save(
        QuestionnaireResponse(
            session_id=first.id,
            questionnaire_id="studenten",
            respondent="papier-1",
            role="student",
            answers=json.dumps({"q1": 4, "q2": None}),
        )
    )
    ops.set_indicator_chosen(second.id, "breed-opleiden", True)
    ops.set_note(second.id, "breed-opleiden", "", "improve", "Roosters beter afstemmen")
    if photo:
        add_attachment(
            library, first.id, png_bytes(), "Ingevulde praatplaat", filename="poster.png"
        )
    return {"route": route, "first": first, "second": second, "private_note": private, "goal": goal}


def dump(library: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every record table and of the history, for before/after comparisons."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table in (*RECORD_TABLES, "history"):
        out[table] = [tuple(r) for r in library.conn.execute(f"SELECT * FROM {table} ORDER BY id")]
    return out


def record_dump(library: Library) -> dict[str, list[tuple[Any, ...]]]:
    data = dump(library)
    data.pop("history")
    return data


def zip_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def make_zip(members: dict[str, bytes] | list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = io.BytesIO()
    items = members.items() if isinstance(members, dict) else members
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in items:
            archive.writestr(name, payload)
    return buffer.getvalue()


def with_json(data: bytes, member: str, change: Any) -> bytes:
    """A copy of a package with ``change(parsed_json)`` applied to one JSON member."""
    members = zip_members(data)
    parsed = json.loads(members[member])
    result = change(parsed)
    members[member] = json.dumps(parsed if result is None else result).encode("utf-8")
    return make_zip(members)


def refuse(library: Library, data: bytes | Path, tmp_path: Path, match: str = "") -> ExchangeError:
    """Assert that reading+importing raises ExchangeError and leaves the library unchanged."""
    before = dump(library)
    if isinstance(data, bytes):
        path = tmp_path / "bad.praatplaat"
        path.write_bytes(data)
    else:
        path = data
    with pytest.raises(ExchangeError) as info:
        package = read_package(path)
        import_package(library, package, backup_dir=tmp_path / "backups")
    assert dump(library) == before
    assert info.value.message
    if match:
        assert match in info.value.message, info.value.message
    return info.value
