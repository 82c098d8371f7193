"""Dates as Dutch readers expect them, shared by screens, printouts and the CLI."""

from __future__ import annotations

import datetime as dt

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


def long_date(value: dt.date | None) -> str:
    """``14 maart 2025``; empty for no date."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def short_date(value: dt.date | None) -> str:
    """``14-03-2025``; empty for no date."""
    return value.strftime("%d-%m-%Y") if value else ""
