"""The only way WeasyPrint may load anything: the app's own bundled files and memory.

Every resource a printout uses has a URL under :data:`APP_BASE`:

``praatplaat://app/fonts/OpenSans-Regular.ttf``
    a file in the top-level ``resources/`` folder (fonts, icons);
``praatplaat://app/templates/base.css``
    a file in ``praatplaat_app/export/templates/``;
``praatplaat://memory/<name>``
    bytes the app itself produced for this one render (a photo of the filled-in poster,
    the questionnaire chart), registered with :meth:`AppFetcher.add_memory`.

Everything else is refused: ``file:``, ``http(s):``, ``data:``, ``ftp:``, relative URLs,
other hosts of the app scheme, paths that climb out of their folder (``..``, encoded or
not), hidden files and unknown file types. A refused URL raises :class:`RefusedURL`;
WeasyPrint then logs a warning and renders without the resource, so user text that
looks like markup can never make the renderer open a file or a connection. Refusals are
remembered in :attr:`AppFetcher.refused` so tests (and logs) can see them.

This module imports WeasyPrint only when :func:`make_fetcher` is called.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from praatplaat_app import paths

SCHEME = "praatplaat"
APP_HOST = "app"
MEMORY_HOST = "memory"
APP_BASE = f"{SCHEME}://{APP_HOST}/"
MEMORY_BASE = f"{SCHEME}://{MEMORY_HOST}/"

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

# File types the app serves, by extension. Anything else is refused.
CONTENT_TYPES: dict[str, str] = {
    ".css": "text/css",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".svg": "image/svg+xml",
}



def _roots() -> dict[str, Path]:
    """Which top-level folder of an app URL maps to which directory on disk."""
    resources = paths.resources_dir()
    return {
        "fonts": resources / "fonts",
        "icons": resources / "icons",
        "templates": TEMPLATES_DIR,
    }


_SAFE_SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_MEMORY_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.(png|jpg|jpeg|svg)$")


class RefusedURL(ValueError):
    """A URL the app will not load; the message says why (in English, for the log)."""


def app_url(relative: str) -> str:
    """The URL of a bundled file, e.g. ``app_url("fonts/OpenSans-Regular.ttf")``."""
    return APP_BASE + relative.lstrip("/")


def resolve_app_path(url: str) -> Path:
    """The file on disk for an app URL; :class:`RefusedURL` for anything else."""
    parts = _split(url)
    if parts.netloc != APP_HOST:
        raise RefusedURL(f"not an app resource: {url!r}")
    segments = _segments(parts.path, url)
    if len(segments) < 2:
        raise RefusedURL(f"no file named in {url!r}")
    roots = _roots()
    root = roots.get(segments[0])
    if root is None:
        raise RefusedURL(f"unknown resource folder in {url!r}")
    root = root.resolve()
    target = root.joinpath(*segments[1:]).resolve()
    # Resolving follows symlinks: the file must still be inside its folder.
    if not target.is_relative_to(root) or target == root:
        raise RefusedURL(f"path outside the app's resources: {url!r}")
    if target.suffix.lower() not in CONTENT_TYPES:
        raise RefusedURL(f"file type not served: {url!r}")
    if not target.is_file():
        raise RefusedURL(f"no such app resource: {url!r}")
    return target


def _split(url: str) -> Any:
    if not isinstance(url, str):
        raise RefusedURL("URL is not text")
    if any(ch in url for ch in "\\\x00\r\n\t"):
        raise RefusedURL(f"forbidden characters in {url!r}")
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() != SCHEME:
            raise RefusedURL(f"scheme not allowed: {url[:80]!r}")
        if parts.query or parts.fragment or parts.username or parts.password or parts.port:
            raise RefusedURL(f"query, fragment, user or port not allowed: {url!r}")
    except ValueError as exc:  # RefusedURL is a ValueError too
        if isinstance(exc, RefusedURL):
            raise
        raise RefusedURL(f"malformed URL {url!r}") from exc
    return parts


def _segments(path: str, url: str) -> list[str]:
    decoded = unquote(path)
    if any(ch in decoded for ch in "\\\x00%"):
        raise RefusedURL(f"forbidden characters in {url!r}")
    if not decoded.startswith("/") or posixpath.normpath(decoded) != decoded:
        raise RefusedURL(f"path not in normal form: {url!r}")
    segments = decoded.strip("/").split("/")
    for segment in segments:
        # No "..", no ".", no hidden files, no empty segments ("//").
        if not _SAFE_SEGMENT.match(segment):
            raise RefusedURL(f"path segment not allowed in {url!r}")
    return segments


class _FetcherMixin:
    """The refusing logic, independent of WeasyPrint (so it is cheap to test)."""

    def _init_app(self) -> None:
        self.memory: dict[str, tuple[str, bytes]] = {}
        self.refused: list[str] = []
        self.served: list[str] = []

    def add_memory(self, name: str, content_type: str, data: bytes) -> str:
        """Serve ``data`` (made by the app) at ``praatplaat://memory/<name>``; return the URL."""
        if not _MEMORY_NAME.match(name):
            raise ValueError(f"bad memory resource name: {name!r}")
        if content_type not in {"image/png", "image/jpeg", "image/svg+xml"}:
            raise ValueError(f"content type not served from memory: {content_type!r}")
        self.memory[name] = (content_type, bytes(data))
        return MEMORY_BASE + name

    def lookup(self, url: str) -> tuple[str, bytes, str]:
        """``(content_type, body, url)`` for an allowed URL; :class:`RefusedURL` otherwise."""
        try:
            parts = _split(url)
            if parts.netloc == MEMORY_HOST:
                segments = _segments(parts.path, url)
                if len(segments) != 1 or segments[0] not in self.memory:
                    raise RefusedURL(f"no such memory resource: {url!r}")
                content_type, body = self.memory[segments[0]]
                self.served.append(url)
                return content_type, body, url
            target = resolve_app_path(url)
            body = target.read_bytes()
        except RefusedURL:
            self.refused.append(url if isinstance(url, str) else repr(url))
            raise
        except OSError as exc:
            self.refused.append(url)
            raise RefusedURL(f"cannot read app resource {url!r}: {exc.strerror}") from exc
        self.served.append(url)
        return CONTENT_TYPES[target.suffix.lower()], body, url


def make_fetcher() -> Any:
    """A new :class:`AppFetcher` (a ``weasyprint.urls.URLFetcher``); imports WeasyPrint."""
    return _fetcher_class()()


_CLASS: type | None = None


def _fetcher_class() -> type:
    global _CLASS
    if _CLASS is not None:
        return _CLASS
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AppFetcher(_FetcherMixin, URLFetcher):
        """Serves the app's own resources and refuses every other URL.

        Pass the same instance to every ``HTML(...)`` and ``CSS(...)`` of one render.
        """

        def __init__(self) -> None:
            # No protocol is allowed for the base class: should anything ever reach
            # urllib's machinery it is refused there too.
            super().__init__(
                timeout=1, allowed_protocols=(), allow_redirects=False, fail_on_errors=False
            )
            self._init_app()

        def fetch(self, url: str, headers: Any = None) -> Any:
            content_type, body, final_url = self.lookup(url)
            return URLFetcherResponse(
                final_url, body, headers={"Content-Type": content_type}, status=200
            )

        def open(self, url: Any, data: Any = None, timeout: Any = None) -> Any:
            full_url = getattr(url, "full_url", url)
            return self.fetch(full_url)

        def __call__(self, url: str) -> Any:
            return self.fetch(url)

    AppFetcher.__module__ = __name__
    _CLASS = AppFetcher
    return AppFetcher
