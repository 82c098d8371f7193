"""Sentences the core writes for people (error messages, analysis texts), in the app's language.

The core writes its sentences in Dutch and passes each through :func:`tr`, with the
changing parts as named values::

    raise LibraryError(tr("De bibliotheek {path} is in gebruik.", path=path))

The Dutch sentence is the key: with the language set to English, :func:`tr` looks up the
English sentence in ``messages/en/*.toml`` (tables of ``nl``/``en`` pairs, one file per
part of the app) and fills in the same values. A sentence without a translation stays
Dutch; a test makes sure none is missing.

The app sets the language once at start-up (:func:`set_language`), before any window
exists; the command line stays Dutch. No Qt here: the core uses this too.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

__all__ = [
    "LANGUAGES",
    "check_language",
    "current_language",
    "resolve_language",
    "set_language",
    "tr",
    "translations",
]

LANGUAGES: tuple[str, ...] = ("nl", "en")
MESSAGES_DIR = Path(__file__).resolve().parent

_language = "nl"


def check_language(language: str) -> str:
    """``language`` when the app knows it; :class:`ValueError` otherwise."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language: {language!r} (choose from {', '.join(LANGUAGES)})")
    return language


def set_language(language: str) -> None:
    """Make :func:`tr` answer in ``language`` (``"nl"`` or ``"en"``) from now on."""
    global _language
    _language = check_language(language)


def current_language() -> str:
    return _language


def resolve_language(language: str | None) -> str:
    """``language``, or the app's language for ``None``; :class:`ValueError` if unknown."""
    return _language if language is None else check_language(language)


def tr(text: str, /, *, language: str | None = None, **values: Any) -> str:
    """``text`` (Dutch) in ``language`` (default: the app's), ``{name}`` filled in from ``values``.

    Printouts pass the language of the document, which may differ from the app's.
    Without values the text is returned as it is, so literal braces need no escaping then.
    """
    language = _language if language is None else language
    if language != "nl":
        text = translations(language).get(text, text)  # ValueError for an unknown language
    return text.format_map(values) if values else text


@functools.cache
def translations(language: str) -> Mapping[str, str]:
    """Dutch sentence -> sentence in ``language``, read from ``messages/<language>/*.toml``."""
    if check_language(language) == "nl":
        return MappingProxyType({})
    import tomllib  # only an English app reads these

    table: dict[str, str] = {}
    for path in sorted((MESSAGES_DIR / language).glob("*.toml")):
        with open(path, "rb") as handle:
            entries = tomllib.load(handle).get("message", [])
        for number, entry in enumerate(entries, start=1):
            source, translated = entry.get("nl"), entry.get(language)
            if not isinstance(source, str) or not isinstance(translated, str) or not (
                source.strip() and translated.strip()
            ):
                raise ValueError(
                    f"{path.name}: message {number} needs a non-empty 'nl' and '{language}'"
                )
            if source in table and table[source] != translated:
                raise ValueError(f"{path.name}: message {number} is translated twice: {source!r}")
            table[source] = translated
    return MappingProxyType(table)
