"""Counted phrases of the analysis ("1 gesprek", "3 gesprekken"), in a given language.

One whole phrase per case: plurals and word order differ per word and per language.
"""

from __future__ import annotations

from praatplaat_app.messages import tr


def routes_phrase(count: int, language: str | None = None) -> str:
    if count == 1:
        return tr("1 route", language=language)
    return tr("{count} routes", language=language, count=count)


def conversations_phrase(count: int, language: str | None = None) -> str:
    if count == 1:
        return tr("1 gesprek", language=language)
    return tr("{count} gesprekken", language=language, count=count)


def actions_phrase(count: int, language: str | None = None) -> str:
    if count == 1:
        return tr("1 actie", language=language)
    return tr("{count} acties", language=language, count=count)
