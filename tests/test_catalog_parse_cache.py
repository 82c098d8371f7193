"""The parsed-catalog cache: a faster start, never a stale or unchecked catalog."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from praatplaat_app.indicators import parse_cache
from praatplaat_app.indicators.catalog import (
    CatalogError,
    load_catalog,
    load_catalog_dir,
    shipped_catalog_dir,
)


@pytest.fixture(autouse=True)
def fresh_cache_memory():
    parse_cache.clear_memory()
    yield
    parse_cache.clear_memory()


def _cache_file(data_dir: Path) -> Path:
    return data_dir / "cache" / parse_cache.CACHE_NAME


def _user_copy(tmp_path: Path) -> Path:
    target = tmp_path / "catalogus"
    shutil.copytree(shipped_catalog_dir(), target)
    return target


def test_second_start_reads_the_same_catalog_from_the_cache(isolated_user_data):
    first = load_catalog_dir(shipped_catalog_dir())
    assert _cache_file(isolated_user_data).is_file()
    parse_cache.clear_memory()  # as in a new process
    calls = []
    real = parse_cache.parsed

    def counting(raw, parse):
        return real(raw, lambda: calls.append(1) or parse())

    try:
        parse_cache.parsed = counting  # type: ignore[assignment]
        second = load_catalog_dir(shipped_catalog_dir())
    finally:
        parse_cache.parsed = real  # type: ignore[assignment]
    assert calls == []  # nothing parsed again
    assert second == first


def test_an_edited_file_is_parsed_again(tmp_path):
    folder = _user_copy(tmp_path)
    load_catalog_dir(folder)
    themes = folder / "themes.toml"
    text = themes.read_text(encoding="utf-8")
    first_title = load_catalog_dir(folder).themes[0].title
    themes.write_text(text.replace(first_title, "Één gezamenlijke leeromgeving", 1), "utf-8")
    parse_cache.clear_memory()
    assert load_catalog_dir(folder).themes[0].title == "Één gezamenlijke leeromgeving"


def test_a_cached_parse_is_still_validated(tmp_path):
    folder = _user_copy(tmp_path)
    load_catalog_dir(folder)
    indicators = folder / "indicators.toml"
    text = indicators.read_text(encoding="utf-8")
    indicators.write_text(text.replace('id = "', 'id = "Ongeldig Id ', 1), "utf-8")
    with pytest.raises(CatalogError):
        load_catalog_dir(folder)
    parse_cache.save()  # even if the broken file's parse was kept (another load saved it)
    parse_cache.clear_memory()
    with pytest.raises(CatalogError):
        load_catalog_dir(folder)
    catalog, warnings = load_catalog(folder)
    assert catalog.source == "shipped" and warnings


def test_a_damaged_cache_file_is_ignored(isolated_user_data):
    expected = load_catalog_dir(shipped_catalog_dir())
    _cache_file(isolated_user_data).write_bytes(b"\x00kapot\xff" * 100)
    parse_cache.clear_memory()
    assert load_catalog_dir(shipped_catalog_dir()) == expected


def test_an_unwritable_cache_folder_is_no_problem(isolated_user_data, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError("alleen-lezen")

    monkeypatch.setattr(parse_cache.tempfile, "mkstemp", refuse)
    catalog = load_catalog_dir(shipped_catalog_dir())
    assert len(catalog.indicators) == 3
    assert not _cache_file(isolated_user_data).exists()
