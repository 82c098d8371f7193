"""Dates and numbers as readers expect them, shared by screens, printouts and the CLI.

Without a ``language`` they follow the app's language (:mod:`praatplaat_app.messages`,
Dutch unless the app was switched to English); printouts pass the language of the
document. Unknown languages raise :class:`ValueError`.
"""

from __future__ import annotations

import datetime as dt

from praatplaat_app.messages import resolve_language

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
_DECIMAL_MARKS: dict[str, str] = {"nl": ",", "en": "."}


def long_date(value: dt.date | None, language: str | None = None) -> str:
    """``14 maart 2025`` (en: ``14 March 2025``); empty for no date."""
    months = _MONTHS[resolve_language(language)]
    if value is None:
        return ""
    return f"{value.day} {months[value.month - 1]} {value.year}"


def short_date(value: dt.date | None, language: str | None = None) -> str:
    """``14-03-2025`` (en: ``14/03/2025``); empty for no date."""
    fmt = _SHORT_FORMATS[resolve_language(language)]
    return value.strftime(fmt) if value else ""


def whole_number(value: int, language: str | None = None) -> str:
    """A whole number with thousands grouped: ``12.345`` (en: ``12,345``)."""
    separator = _THOUSANDS[resolve_language(language)]
    return f"{int(value):,}".replace(",", separator)


def decimal_number(value: float, places: int = 1, language: str | None = None) -> str:
    """A number with ``places`` decimals: ``1,5`` (en: ``1.5``); no thousands grouping."""
    mark = _DECIMAL_MARKS[resolve_language(language)]
    return f"{value:.{places}f}".replace(".", mark)
