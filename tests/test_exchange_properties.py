"""Property-based tests: generated libraries round-trip; hostile files never hurt.

For every generated library, export → import into an empty library gives identical rows
and a second import changes nothing. For hostile variations of a valid file (mutated JSON
values, flipped or random bytes, truncation) an import either succeeds validly or raises
ExchangeError with the library unchanged — never any other exception.

The ``slow`` variant runs 2,000 hostile examples: ``bash scripts/test-slow`` (or ``-m slow``).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_exchange_helpers import dump, make_sample, make_zip, png_bytes, record_dump, zip_members

from praatplaat_app.domain import (
    Action,
    ActionStatus,
    ChosenIndicator,
    FollowUp,
    Goal,
    Note,
    NoteKind,
    Participant,
    Pillar,
    Role,
    Route,
    Session,
    SessionKind,
    ThemeMark,
)
from praatplaat_app.exchange import (
    ExchangeError,
    build_export,
    import_package,
    read_package,
)
from praatplaat_app.exchange.format import Attachment, QuestionnaireResponse
from praatplaat_app.store import Library

INDICATORS = ("eigen-route", "breed-opleiden", "co-creatie")
THEMES = ("", "sociale-binding", "student-geeft-eigen-route-vorm")
COMMON: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}


def _slow_selected(config: pytest.Config) -> bool:
    expression = config.getoption("-m") or ""
    return "slow" in expression and "not slow" not in expression


# ------------------------------------------------------------------ strategies

text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=30,
)
ids = st.uuids(version=4).map(str)
timestamps = st.datetimes(
    min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 12, 31)
).map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
dates = st.one_of(
    st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
)


@st.composite
def library_specs(draw: st.DrawFn) -> list[Any]:
    """A list of records (parents first) that together form a valid library."""
    records: list[Any] = []
    route_names = draw(
        st.lists(
            text.filter(str.strip), min_size=1, max_size=3, unique_by=lambda s: s.strip().lower()
        )
    )
    for name in route_names:
        route = Route(
            id=draw(ids),
            updated_at=draw(timestamps),
            name=name.strip(),
            organisations=draw(text),
            coordinator=draw(text),
            reason_goal=draw(text),
            created_at=draw(timestamps),
        )
        records.append(route)
        for _ in range(draw(st.integers(0, 3))):
            session = Session(
                id=draw(ids),
                updated_at=draw(timestamps),
                deleted=draw(st.booleans()),
                route_id=route.id,
                kind=draw(st.sampled_from(list(SessionKind))).value,
                date=draw(dates),
                facilitator=draw(text),
                context=draw(text),
                created_at=draw(timestamps),
            )
            records.append(session)
            sid = session.id
            for position in range(draw(st.integers(0, 3))):
                records.append(
                    Participant(
                        id=draw(ids),
                        updated_at=draw(timestamps),
                        deleted=draw(st.booleans()),
                        session_id=sid,
                        role=draw(st.sampled_from(list(Role))).value,
                        organisation=draw(text),
                        name=draw(text),
                        position=position,
                    )
                )
            for position, indicator in enumerate(draw(st.sets(st.sampled_from(INDICATORS)))):
                records.append(
                    ChosenIndicator(
                        id=draw(ids),
                        updated_at=draw(timestamps),
                        session_id=sid,
                        indicator_id=indicator,
                        position=position,
                    )
                )
            places = draw(
                st.sets(
                    st.tuples(
                        st.sampled_from(INDICATORS),
                        st.sampled_from(THEMES),
                        st.sampled_from(list(NoteKind)),
                    ),
                    max_size=4,
                )
            )
            for indicator, theme, kind in places:
                records.append(
                    Note(
                        id=draw(ids),
                        updated_at=draw(timestamps),
                        session_id=sid,
                        indicator_id=indicator,
                        theme_id=theme,
                        kind=kind.value,
                        text=draw(text),
                        private=draw(st.booleans()),
                    )
                )
            for indicator, theme in draw(
                st.sets(
                    st.tuples(st.sampled_from(INDICATORS), st.sampled_from(THEMES[1:])), max_size=2
                )
            ):
                records.append(
                    ThemeMark(
                        id=draw(ids),
                        updated_at=draw(timestamps),
                        session_id=sid,
                        indicator_id=indicator,
                        theme_id=theme,
                        discussed=draw(st.booleans()),
                    )
                )
            goal_ids = [""]
            for position in range(draw(st.integers(0, 2))):
                goal = Goal(
                    id=draw(ids),
                    updated_at=draw(timestamps),
                    session_id=sid,
                    indicator_id=draw(st.sampled_from(INDICATORS)),
                    pillar=draw(st.sampled_from(["", *[p.value for p in Pillar]])),
                    text=draw(text),
                    position=position,
                )
                goal_ids.append(goal.id)
                records.append(goal)
            for position in range(draw(st.integers(0, 2))):
                records.append(
                    Action(
                        id=draw(ids),
                        updated_at=draw(timestamps),
                        session_id=sid,
                        goal_id=draw(st.sampled_from(goal_ids)),
                        what=draw(text),
                        who=draw(text),
                        due=draw(dates),
                        status=draw(st.sampled_from(list(ActionStatus))).value,
                        position=position,
                        draft=draw(st.booleans()),
                    )
                )
            if draw(st.booleans()):
                records.append(
                    FollowUp(
                        id=draw(ids),
                        updated_at=draw(timestamps),
                        session_id=sid,
                        date=draw(dates),
                        who_invites=draw(text),
                        prepare=draw(text),
                    )
                )
            if draw(st.booleans()):
                answers = draw(
                    st.dictionaries(
                        st.sampled_from(["q1", "q2", "q3"]), st.one_of(st.none(), st.integers(1, 5))
                    )
                )
                records.append(
                    QuestionnaireResponse(
                        id=draw(ids),
                        updated_at=draw(timestamps),
                        session_id=sid,
                        questionnaire_id="studenten",
                        respondent=draw(text),
                        role="student",
                        answers=json.dumps(answers),
                    )
                )
            if draw(st.integers(0, 4)) == 0:
                width, height = draw(st.integers(1, 8)), draw(st.integers(1, 8))
                data = png_bytes(width, height)
                import hashlib

                records.append(
                    Attachment(
                        id=draw(ids),
                        updated_at=draw(timestamps),
                        session_id=sid,
                        filename="foto.png",
                        mime="image/png",
                        caption=draw(text),
                        sha256=hashlib.sha256(data).hexdigest(),
                        data=data,
                    )
                )
    return records


def _build(path: Path, records: list[Any]) -> Library:
    library = Library.open(path)
    with library.transaction():
        for record in records:
            library.save(record)
    return library


@settings(max_examples=60, **COMMON)
@given(library_specs())
def test_round_trip_of_generated_libraries(records):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = _build(root / "a.sqlite", records)
        target = Library.open(root / "b.sqlite")
        try:
            route_ids = [r.id for r in records if isinstance(r, Route)]
            data = build_export(source, route_ids=route_ids, include_private=True).to_bytes()
            summary = import_package(target, read_package(data), backup_dir=root / "bk")
            assert record_dump(target) == record_dump(source)
            assert summary.total_added == sum(len(v) for v in record_dump(source).values())
            before = dump(target)
            again = import_package(target, read_package(data), backup_dir=root / "bk")
            assert not again.changed
            assert dump(target) == before
        finally:
            source.close()
            target.close()


# ------------------------------------------------------------------ hostile files


@pytest.fixture(scope="module")
def hostile_base(tmp_path_factory):
    """A valid file, and a library template that already holds an older copy of it."""
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.operations import Operations

    folder = tmp_path_factory.mktemp("hostile")
    library = Library.open(folder / "template.sqlite")
    catalog = default_catalog()
    sample = make_sample(Operations(library, catalog), library)
    old = build_export(
        library, route_ids=[sample["route"].id], include_private=True, catalog=catalog
    )
    ops = Operations(library, catalog)
    ops.set_note(sample["first"].id, "eigen-route", "", "goes_well", "Bijgewerkt")
    ops.add_participant(sample["second"].id, "teacher", "ROC", "Nieuwe Docent")
    new = build_export(
        library, route_ids=[sample["route"].id], include_private=True, catalog=catalog
    ).to_bytes()
    library.close()
    # The template holds the older version: importing the new file would update and add.
    template = folder / "old.sqlite"
    target = Library.open(template)
    import_package(target, read_package(old.to_bytes()), backup_dir=folder / "bk")
    target.close()
    return new, template


json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        text,
        st.sampled_from(
            [
                "",
                "2025-02-30",
                "2025-03-14",
                "2025-03-14T10:00:00Z",
                "students",
                "image/png",
                str(uuid.UUID(int=1)),
                "a" * 3000,
                "x" * 70_000,
            ]
        ),
    ),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(text, children, max_size=3),
    max_leaves=6,
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, (*prefix, index)))
    return found


def _mutate_json(doc: Any, path: tuple, new: Any, delete: bool) -> Any:
    if not path:
        return new
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return doc


def _get(doc: Any, path: tuple) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def _same_type_value(draw: st.DrawFn, old: Any, doc: Any) -> Any:
    """A new value of the same JSON type: it passes the type checks, maybe not the rest."""
    if isinstance(old, bool):
        return not old
    if isinstance(old, int):
        return draw(st.integers(-3, 2_000_000))
    if isinstance(old, str) or old is None:
        strings = [v for p in _paths(doc) if isinstance(v := _get(doc, p), str)]
        return draw(
            st.one_of(
                st.sampled_from(strings),
                text,
                st.none(),
                st.sampled_from(
                    [
                        "2025-02-29",
                        "2024-02-29",
                        "2025-03-14T25:00:00Z",
                        str(uuid.uuid4()),
                        "private",
                        "image/jpeg",
                    ]
                ),
            )
        )
    return old


@st.composite
def hostile_variants(draw: st.DrawFn, base: bytes) -> bytes:
    kind = draw(
        st.sampled_from(
            [
                "json",
                "json",
                "json",
                "typed",
                "typed",
                "typed",
                "flip",
                "truncate",
                "random",
                "splice",
            ]
        )
    )
    if kind == "typed":
        members = zip_members(base)
        doc = json.loads(members["data.json"])
        leaves = [p for p in _paths(doc) if not isinstance(_get(doc, p), dict | list)]
        for _ in range(draw(st.integers(1, 3))):
            path = leaves[draw(st.integers(0, len(leaves) - 1))]
            doc = _mutate_json(doc, path, _same_type_value(draw, _get(doc, path), doc), False)
        if draw(st.integers(0, 3)) == 0:  # duplicate a whole record
            table = draw(st.sampled_from([t for t, v in doc.items() if v]))
            doc[table].append(dict(draw(st.sampled_from(doc[table]))))
        members["data.json"] = json.dumps(doc).encode("utf-8")
        return make_zip(members)
    if kind == "json":
        members = zip_members(base)
        member = draw(st.sampled_from(["data.json", "data.json", "data.json", "manifest.json"]))
        doc = json.loads(members[member])
        for _ in range(draw(st.integers(1, 3))):
            paths = _paths(doc)
            path = paths[draw(st.integers(0, len(paths) - 1))]
            delete = bool(path) and draw(st.integers(0, 4)) == 0
            doc = _mutate_json(doc, path, draw(json_values), delete)
        members[member] = json.dumps(doc, ensure_ascii=draw(st.booleans())).encode("utf-8")
        return make_zip(members)
    if kind == "flip":
        data = bytearray(base)
        for _ in range(draw(st.integers(1, 8))):
            position = draw(st.integers(0, len(data) - 1))
            data[position] ^= draw(st.integers(1, 255))
        return bytes(data)
    if kind == "truncate":
        return base[: draw(st.integers(0, len(base) - 1))]
    if kind == "splice":
        position = draw(st.integers(0, len(base)))
        return base[:position] + draw(st.binary(max_size=64)) + base[position:]
    return draw(st.binary(max_size=4096))


def _check_hostile(base: bytes, template: Path, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copy(template, root / "lib.sqlite")
        library = Library.open(root / "lib.sqlite")
        try:
            before = dump(library)
            try:
                package = read_package(data, name="vijandig.praatplaat")
                import_package(library, package, backup_dir=root / "bk")
            except ExchangeError as exc:
                assert exc.message
                assert dump(library) == before
                return
            assert library.integrity_ok()
            assert library.conn.execute("PRAGMA foreign_key_check").fetchall() == []
            after = dump(library)
            again = import_package(library, read_package(data), backup_dir=root / "bk")
            assert not again.changed
            assert dump(library) == after
        finally:
            library.close()


@settings(max_examples=60, **COMMON)
@given(data=st.data())
def test_hostile_files_never_hurt(hostile_base, data):
    base, template = hostile_base
    _check_hostile(base, template, data.draw(hostile_variants(base)))


@pytest.fixture(scope="module")
def only_when_slow_selected(request):
    if not _slow_selected(request.config):
        pytest.skip("langzame test: draai met -m slow (scripts/test-slow)")


@pytest.mark.slow
@settings(max_examples=2000, **COMMON)
@given(data=st.data())
def test_hostile_files_never_hurt_slow(only_when_slow_selected, hostile_base, data):
    base, template = hostile_base
    _check_hostile(base, template, data.draw(hostile_variants(base)))
