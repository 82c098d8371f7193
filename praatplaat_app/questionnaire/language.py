"""``tr`` with an optional explicit language, for texts that also go into documents.

The chart (and the scores' words in it) is printed in the language of the report, which
may differ from the app's (an English report made by the Dutch command line, say). This
:func:`tr` is :func:`praatplaat_app.messages.tr` with a keyword ``language`` (default:
the app's language). The Dutch sentence stays the key and its English lives in
``messages/en/questionnaire.toml`` like any other; ``tests/test_messages.py`` finds these
calls too, because they are calls of a function named ``tr`` with a literal sentence.
"""

from __future__ import annotations

from typing import Any

from praatplaat_app import messages

__all__ = ["tr"]


def tr(text: str, /, *, language: str | None = None, **values: Any) -> str:
    """``text`` (Dutch) in ``language`` (default: the app's), ``{names}`` filled in."""
    if language is None:
        return messages.tr(text, **values)
    if language != "nl":
        # translations() refuses an unknown language with ValueError.
        text = messages.translations(language).get(text, text)
    return text.format_map(values) if values else text
