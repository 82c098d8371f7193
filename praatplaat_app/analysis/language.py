"""The analysis's sentences in the app's language, or in the language of a printout.

The screens show the analysis in the app's language (:mod:`praatplaat_app.messages`); a
printout or CSV export may be made in another one. So the functions that write sentences
take ``language`` (``None``: the app's language) and call :func:`tr` here, which is
:func:`praatplaat_app.messages.tr` with that choice added. Switching the app's language
for the duration of a printout is not an option: printouts are rendered in a worker
thread while the screens keep using the app's language.
"""

from __future__ import annotations

from typing import Any

from praatplaat_app.labels import LANGUAGES, Labels, labels
from praatplaat_app.messages import current_language, translations

__all__ = ["domain_labels", "resolve", "tr"]


def resolve(language: str | None) -> str:
    """``language``, or the app's language for ``None``; :class:`ValueError` if unknown."""
    if language is None:
        return current_language()
    if language not in LANGUAGES:
        raise ValueError(f"unknown language: {language!r} (choose from {', '.join(LANGUAGES)})")
    return language


def tr(text: str, /, *, language: str | None = None, **values: Any) -> str:
    """``text`` (Dutch) in ``language`` (default: the app's), with ``{names}`` filled in.

    The same lookup as :func:`praatplaat_app.messages.tr` (the English is in
    ``messages/en/analysis.toml``), only with the language as an argument.
    """
    language = resolve(language)
    if language != "nl":
        text = translations(language).get(text, text)
    return text.format_map(values) if values else text


def domain_labels(language: str | None = None) -> Labels:
    """Conversation kinds, roles and statuses in ``language`` (default: the app's)."""
    return labels(resolve(language))
