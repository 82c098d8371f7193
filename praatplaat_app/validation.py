"""Checks on what users type, with Dutch messages that say what to do."""

from __future__ import annotations

import datetime as dt
import re

from praatplaat_app.errors import ValidationError

MAX_TEXT = 1_000_000  # a note of a million characters is stored; beyond that is a mistake
MAX_LINE = 2_000


def parse_date(text: str, field: str = "date") -> dt.date:
    """Accept 2025-03-14, 14-03-2025 and 14/3/2025; refuse dates that do not exist."""
    value = text.strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", value)
        if not match:
            raise ValidationError(
                f"'{text}' is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 14-03-2025.",
                field,
            )
        day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            f"De datum '{text}' bestaat niet. Controleer dag en maand.", field
        ) from None


def required_text(value: str, label: str, field: str) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(f"Vul {label} in.", field)
    if len(cleaned) > MAX_LINE:
        raise ValidationError(f"{label.capitalize()} is te lang (meer dan {MAX_LINE} tekens).", field)
    return cleaned


def bounded_text(value: str, label: str, field: str, limit: int = MAX_TEXT) -> str:
    value = value or ""
    if len(value) > limit:
        raise ValidationError(
            f"{label.capitalize()} is te lang ({len(value):,} tekens; maximaal {limit:,}).".replace(
                ",", "."
            ),
            field,
        )
    return value
