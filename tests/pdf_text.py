"""Reading the text of a PDF in tests, with the line wrapping of the layout undone."""

from __future__ import annotations

import io
import re

import pypdf


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """Text with line wrapping undone: hyphenation at line ends removed, spaces unified."""
    return re.sub(r"\s+", " ", re.sub(r"-\n", "", text))


def squash(text: str) -> str:
    """Text without line wrapping: hyphenation at line ends and all whitespace removed."""
    return re.sub(r"\s+", "", re.sub(r"-\n", "", text))
