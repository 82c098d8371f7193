"""Dates and numbers as readers expect them, shared by screens, printouts and the CLI.

Dutch (``"nl"``) is the default everywhere; English (``"en"``) is used for English
printouts. Unknown languages raise :class:`ValueError`.
"""

from __future__ import annotations

import datetime as dt

LANGUAGES: tuple[str, ...] = ("nl", "en")

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_MONTHS: dict[str, tuple[str, ...]] = {"nl": MONTHS, "en": MONTHS_EN}
_SHORT_FORMATS: dict[str, str] = {"nl": "%d-%m-%Y", "en": "%d/%m/%Y"}
_THOUSANDS: dict[str, str] = {"nl": ".", "en": ","}


def _check(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language: {language!r} (choose from {', '.join(LANGUAGES)})")
    return language


def long_date(value: dt.date | None, language: str = "nl") -> str:
    """``14 maart 2025`` (en: ``14 March 2025``); empty for no date."""
    months = _MONTHS[_check(language)]
    if value is None:
        return ""
    return f"{value.day} {months[value.month - 1]} {value.year}"


def short_date(value: dt.date | None, language: str = "nl") -> str:
    """``14-03-2025`` (en: ``14/03/2025``); empty for no date."""
    fmt = _SHORT_FORMATS[_check(language)]
    return value.strftime(fmt) if value else ""


def whole_number(value: int, language: str = "nl") -> str:
    """A whole number with thousands grouped: ``12.345`` (en: ``12,345``)."""
    separator = _THOUSANDS[_check(language)]
    return f"{int(value):,}".replace(",", separator)
