"""Checks on what users type, with messages (in the app's language) that say what to do."""

from __future__ import annotations

import datetime as dt
import re

from praatplaat_app.errors import ValidationError
from praatplaat_app.formatting import whole_number
from praatplaat_app.messages import tr

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
                tr(
                    "'{text}' is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld "
                    "14-03-2025.",
                    text=text,
                ),
                field,
            )
        day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            tr("De datum '{text}' bestaat niet. Controleer dag en maand.", text=text), field
        ) from None


def _sentence_start(label: str) -> str:
    # Not str.capitalize(): that would lower-case the rest of the label.
    return label[:1].upper() + label[1:]


def required_text(value: str, label: str, field: str) -> str:
    """``value`` trimmed; refused when empty or longer than :data:`MAX_LINE`.

    ``label`` names the field as a noun phrase in the app's language, lower case,
    e.g. ``tr("de naam van de route")``: the messages are "Vul {label} in." and
    "{label} is te lang …".
    """
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(tr("Vul {label} in.", label=label), field)
    if len(cleaned) > MAX_LINE:
        raise ValidationError(
            tr(
                "{label} is te lang (meer dan {limit} tekens).",
                label=_sentence_start(label),
                limit=whole_number(MAX_LINE),
            ),
            field,
        )
    return cleaned


def bounded_text(value: str, label: str, field: str, limit: int = MAX_TEXT) -> str:
    """``value`` as it is; refused when longer than ``limit`` (``label`` as for
    :func:`required_text`)."""
    value = value or ""
    if len(value) > limit:
        raise ValidationError(
            tr(
                "{label} is te lang ({count} tekens; maximaal {limit}).",
                label=_sentence_start(label),
                count=whole_number(len(value)),
                limit=whole_number(limit),
            ),
            field,
        )
    return value
