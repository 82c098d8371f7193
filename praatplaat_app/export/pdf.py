"""PDF printouts: the action plan, the conversation report and the blank paper kit.

Rendered from the Jinja templates in ``templates/`` with WeasyPrint. Three rules:

* **Nothing is fetched** but the app's own resources: one :mod:`~.fetcher` instance per
  render serves fonts, stylesheets and in-memory images, and is passed to every
  ``HTML(...)``; every other URL (``file:``, ``http(s):``, ``data:`` …) is refused.
* **User text is text**: autoescape is on, nothing from a conversation is marked safe,
  line breaks are kept with CSS ``white-space: pre-wrap``.
* **WeasyPrint (and Jinja) are imported lazily**, inside the render functions: importing
  this module costs next to nothing, so the GUI may import it at start-up.

Running it from the UI
----------------------
A render takes 0.2–0.4 s (the first one in a process about 0.5 s more: WeasyPrint is
imported then). Run it off the GUI thread, e.g. in a ``QThread`` worker::

    data = render_with_timeout(render_action_plan, conversation, catalog)  # RenderTimeout
    write_pdf(data, path)                                                # ExportError

:func:`render_with_timeout` waits at most :data:`RENDER_TIMEOUT` seconds; a render that
takes longer keeps running in its (daemon) thread but its result is dropped. To really
stop a runaway render, :func:`render_in_subprocess` renders in a fresh process that is
killed at the deadline (slower: it pays the WeasyPrint import every time). Inside a
PyInstaller bundle the entry point must call ``multiprocessing.freeze_support()`` first.

Catch :class:`~praatplaat_app.errors.PraatplaatError` (both errors here are one) and show
its ``message``.

Languages
---------
``render_action_plan``, ``render_report`` and ``render_blank_kit`` take ``language``
(``"nl"``, the default, or ``"en"``): the fixed texts come from ``texts/<language>.toml``
(``t.<key>`` in the templates), the labels from :func:`praatplaat_app.labels.labels`, dates
from :mod:`praatplaat_app.formatting`, and the catalog must be in that language: a catalog
in another language is replaced by the shipped one of ``language``. Error messages are in
the app's language (:func:`praatplaat_app.messages.tr`), whatever the document's language.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from praatplaat_app.domain import Conversation
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.export import context as ctx
from praatplaat_app.export.fetcher import APP_BASE, TEMPLATES_DIR, app_url, make_fetcher
from praatplaat_app.labels import labels
from praatplaat_app.messages import LANGUAGES, check_language, current_language, set_language, tr

__all__ = [
    "ATTACHMENT_TYPES",
    "KINDS",
    "LANGUAGES",
    "RENDER_TIMEOUT",
    "ExportError",
    "RenderTimeout",
    "render_action_plan",
    "render_blank_kit",
    "render_html",
    "render_in_subprocess",
    "render_report",
    "render_template",
    "render_with_timeout",
    "suggested_file_name",
    "write_pdf",
]

RENDER_TIMEOUT = 30.0  # seconds

# Document kinds for suggested_file_name() and the CLI (Dutch names; see _kind_name()).
KINDS: dict[str, str] = {"actieplan": "Actieplan", "verslag": "Gespreksverslag"}
_KIND_TEXT_KEYS: dict[str, str] = {"actieplan": "action_plan", "verslag": "report"}

# Images that may be attached to a report, recognised by their first bytes.
ATTACHMENT_TYPES: dict[str, bytes] = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_SVG_BYTES = 5 * 1024 * 1024

PDF_VARIANT = "pdf/ua-1"  # tagged PDF that screen readers can read (WeasyPrint >= 70)


class ExportError(PraatplaatError):
    """A printout cannot be made or saved; the message says what to do."""


class RenderTimeout(ExportError):
    """Rendering took longer than allowed."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            tr(
                "Het maken van de PDF duurde te lang (meer dan {seconds} seconden) en is "
                "gestopt. Maak lange notities korter of verwijder grote foto's en probeer "
                "opnieuw.",
                seconds=f"{seconds:.0f}",
            )
        )
        self.seconds = seconds

    def __reduce__(self) -> tuple[Any, ...]:  # picklable between processes
        return (type(self), (self.seconds,))


# --------------------------------------------------------------------------- rendering

_ENV: Any = None


def _environment() -> Any:
    """The Jinja environment (made once): templates from the package, autoescape on."""
    global _ENV
    if _ENV is None:
        import jinja2

        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
            autoescape=True,  # every template is HTML; user text is never marked safe
            undefined=jinja2.StrictUndefined,
            trim_blocks=False,
            lstrip_blocks=False,
            keep_trailing_newline=True,
        )
        env.globals["app_url"] = app_url
        # Defaults for a template whose context brings no language of its own.
        env.globals["t"] = ctx.texts("nl")
        env.globals["lang"] = "nl"
        env.filters["css_string"] = css_string
        _ENV = env
    return _ENV


_CSS_PLAIN = re.compile(r"[A-Za-z0-9 ]")


def css_string(value: Any) -> Any:
    """``value`` as a quoted CSS string for a ``<style>`` block (only for the app's own
    texts, e.g. the page counter): every character but letters, digits and spaces is
    written as a CSS escape, so nothing can end the string or the style element."""
    from markupsafe import Markup

    text = str(value)
    escaped = "".join(
        ch if _CSS_PLAIN.match(ch) else f"\\{ord(ch):06X}" for ch in text
    )
    return Markup(f'"{escaped}"')



def catalog_for(catalog: Any, language: str) -> Any:
    """``catalog`` when it is in ``language`` (or says nothing), else the shipped catalog
    of ``language`` (read once)."""
    check_language(language)
    if catalog is not None and getattr(catalog, "language", language) == language:
        return catalog
    return _shipped_catalog(language)


@functools.cache
def _shipped_catalog(language: str) -> Any:
    from praatplaat_app.indicators import load_catalog

    return load_catalog(None, language)[0]


def render_html(template: str, context: dict[str, Any]) -> str:
    """The HTML of one printout (useful for tests and debugging)."""
    return _environment().get_template(template).render(**context)


def render_template(template: str, context: dict[str, Any], fetcher: Any = None) -> bytes:
    """Any template of ``templates/`` as PDF bytes: the one render path of the app.

    For other printouts (analysis, questionnaire …): add a template that extends
    ``base.html`` and pass a context of plain data; ``fetcher`` (from
    :func:`~praatplaat_app.export.fetcher.make_fetcher`) only when it must serve images
    from memory (``add_memory``).
    """
    html_text = render_html(template, context)
    fetcher = fetcher if fetcher is not None else make_fetcher()
    from weasyprint import HTML  # lazy: ~0.5 s
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    try:
        document = HTML(string=html_text, base_url=APP_BASE, url_fetcher=fetcher)
        return document.write_pdf(pdf_variant=PDF_VARIANT, font_config=font_config)
    finally:
        # WeasyPrint copies @font-face fonts to a temp folder that it only removes when
        # the object is garbage-collected (not at all in a process that is killed).
        folder = getattr(font_config, "_folder", None)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
            font_config._folder = None


def render_action_plan(
    conversation: Conversation,
    catalog: Any,
    *,
    generated_on: dt.date | None = None,
    language: str = "nl",
) -> bytes:
    """The action plan of a conversation, as PDF bytes (A4), in ``language``."""
    catalog = catalog_for(catalog, language)
    return render_template(
        "actieplan.html", ctx.action_plan_context(conversation, catalog, generated_on, language)
    )


def _image_type(data: bytes) -> str | None:
    for mime, magic in ATTACHMENT_TYPES.items():
        if data.startswith(magic):
            return mime
    return None


def render_report(
    conversation: Conversation,
    catalog: Any,
    *,
    questionnaire_svg: str | None = None,
    attachments: Iterable[tuple[str, str, bytes]] = (),
    generated_on: dt.date | None = None,
    language: str = "nl",
) -> bytes:
    """The conversation report (A4) as PDF bytes, in ``language``.

    ``questionnaire_svg``: the questionnaire chart made by the app (an SVG document as
    text), printed in its place in the report. ``attachments``: ``(caption, mime, data)``
    images (PNG or JPEG, checked by their first bytes, whatever ``mime`` says) printed
    under "Foto's". Raises :class:`ExportError` for an attachment that is not a PNG or
    JPEG image.
    """
    catalog = catalog_for(catalog, language)
    texts = ctx.texts(language)
    fetcher = make_fetcher()
    questionnaire_url = None
    if questionnaire_svg:
        data = questionnaire_svg.encode("utf-8")
        if len(data) > MAX_SVG_BYTES or "<svg" not in questionnaire_svg[:2000]:
            raise ExportError(tr("De grafiek van de vragenlijst kan niet worden afgedrukt."))
        questionnaire_url = fetcher.add_memory("questionnaire.svg", "image/svg+xml", data)
    photos = []
    for n, item in enumerate(attachments, start=1):
        caption, _mime, data = item
        data = bytes(data)
        kind = _image_type(data)
        label = ctx.clean(caption, 300, language) or texts.attachment_fallback.format(number=n)
        if kind is None:
            raise ExportError(
                tr(
                    "De bijlage '{name}' is geen PNG- of JPEG-afbeelding en kan niet in het "
                    "verslag. Kies een foto in PNG- of JPEG-formaat.",
                    name=label,
                )
            )
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise ExportError(
                tr(
                    "De foto '{name}' is te groot (meer dan 25 MB). Verklein de foto en "
                    "probeer opnieuw.",
                    name=label,
                )
            )
        extension = "png" if kind == "image/png" else "jpg"
        url = fetcher.add_memory(f"attachment-{n}.{extension}", kind, data)
        photos.append({"caption": ctx.clean(caption, 1000, language), "url": url})
    context = ctx.report_context(
        conversation,
        catalog,
        generated_on,
        questionnaire_url=questionnaire_url,
        attachments=photos,
        language=language,
    )
    return render_template("verslag.html", context, fetcher)


def render_blank_kit(catalog: Any, *, language: str = "nl") -> dict[str, bytes]:
    """The paper kit in ``language``: file name → PDF bytes.

    ``praatplaat-poster.pdf`` (A3 landscape), ``onderlegger-<indicator-id>.pdf`` per
    indicator (A4), ``actieplan-leeg.pdf`` (A4, to fill in by hand) and
    ``vragenlijst-<questionnaire-id>.pdf`` per questionnaire (the forms filled in before
    the conversation, as the poster asks). The file names are the same in every language.
    """
    from praatplaat_app.questionnaire.printable import render_questionnaire_pdf

    catalog = catalog_for(catalog, language)
    result = {
        "praatplaat-poster.pdf": render_template(
            "poster.html", ctx.poster_context(catalog, language)
        )
    }
    for indicator in catalog.indicators:
        result[f"onderlegger-{indicator.id}.pdf"] = render_template(
            "onderlegger.html", ctx.onderlegger_context(catalog, indicator.id, language)
        )
    result["actieplan-leeg.pdf"] = render_template(
        "actieplan-leeg.html", ctx.blank_plan_context(catalog, language)
    )
    for questionnaire in catalog.questionnaires:
        result[f"vragenlijst-{questionnaire.id}.pdf"] = render_questionnaire_pdf(
            catalog, questionnaire.id, language=language
        )
    return result


# ----------------------------------------------------------------------------- saving


def write_pdf(data: bytes, path: Path | str) -> Path:
    """Save PDF bytes at ``path`` atomically; :class:`ExportError` if impossible."""
    from praatplaat_app.atomic import atomic_write_bytes

    path = Path(path).expanduser()
    folder = path.parent
    if path.is_dir():
        raise ExportError(
            tr("'{path}' is een map. Kies een bestandsnaam die eindigt op .pdf.", path=path)
        )
    if not folder.is_dir():
        raise ExportError(
            tr(
                "De map '{folder}' bestaat niet. Kies een bestaande map om de PDF in op te "
                "slaan.",
                folder=folder,
            )
        )
    try:
        atomic_write_bytes(path, data)
    except PermissionError as exc:
        if path.exists() and os.access(folder, os.W_OK):
            raise ExportError(_locked_message(path)) from exc
        raise ExportError(
            tr(
                "In de map '{folder}' mag niet worden geschreven. Kies een andere map, "
                "bijvoorbeeld Documenten.",
                folder=folder,
            )
        ) from exc
    except OSError as exc:
        if exc.errno is not None and exc.errno in _LOCKED_ERRNOS:
            raise ExportError(_locked_message(path)) from exc
        reason = exc.strerror or type(exc).__name__
        raise ExportError(
            tr(
                "Het bestand '{name}' kan niet worden opgeslagen in '{folder}' ({reason}). "
                "Kies een andere map of maak ruimte vrij en probeer opnieuw.",
                name=path.name,
                folder=folder,
                reason=reason,
            )
        ) from exc
    return path


# EBUSY, ETXTBSY and EACCES-like errors that mean "another program has it open".
_LOCKED_ERRNOS = {16, 26}


def _locked_message(path: Path) -> str:
    return tr(
        "Het bestand '{name}' kan niet worden geschreven; is het nog geopend in een "
        "ander programma? Sluit het en probeer opnieuw.",
        name=path.name,
    )


_UNSAFE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def _safe_part(text: str, limit: int = 80) -> str:
    text = _UNSAFE_CHARS.sub(" ", text or "")
    text = re.sub(r"\s+", " ", text).strip(" .")
    if len(text) > limit:
        text = text[:limit].rstrip(" .")
    return text


def suggested_file_name(conversation: Conversation, kind: str, language: str = "nl") -> str:
    """E.g. ``Actieplan - Flexstage Noorderpoort - studenten - 2025-03-14.pdf``
    (en: ``Action plan - Flexstage Noorderpoort - students - 2025-03-14.pdf``).

    ``kind`` is ``"actieplan"`` or ``"verslag"``. Characters that are not allowed in
    file names (on Windows, macOS or Linux) are left out.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown document kind: {kind!r}")
    texts = ctx.texts(check_language(language))
    session = conversation.session
    parts = [
        getattr(texts, _KIND_TEXT_KEYS[kind]),
        _safe_part(conversation.route.name) or texts.unnamed_route,
        _safe_part(labels(language).kinds.get(session.kind, session.kind).lower(), 40),
        session.date.isoformat() if session.date else "",
    ]
    return " - ".join(p for p in parts if p) + ".pdf"


# ------------------------------------------------------------------ background renders


def render_with_timeout(
    func: Callable[..., Any], *args: Any, timeout: float = RENDER_TIMEOUT, **kwargs: Any
) -> Any:
    """Run ``func(*args, **kwargs)`` in a worker thread; :class:`RenderTimeout` after
    ``timeout`` seconds. Exceptions of ``func`` are raised here.

    The worker cannot be stopped (WeasyPrint has no cancel): after a timeout it runs on
    as a daemon thread and its result is dropped. Use :func:`render_in_subprocess` to
    stop it for real.
    """
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["value"] = func(*args, **kwargs)
        except BaseException as exc:  # handed to the caller
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="praatplaat-pdf", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise RenderTimeout(timeout)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


_SUBPROCESS_KINDS: dict[str, str] = {
    "actieplan": "render_action_plan",
    "verslag": "render_report",
    "blanco": "render_blank_kit",
}


def _subprocess_main(
    connection: Any, function_name: str, args: Sequence[Any], kwargs: dict, language: str = "nl"
) -> None:
    try:
        set_language(language)  # a spawned process starts in Dutch: messages as the app's
        result = globals()[function_name](*args, **kwargs)
        connection.send(("ok", result))
    except PraatplaatError as exc:
        connection.send(("error", exc.message))
    except BaseException as exc:  # reported to the parent, logged there
        connection.send(("crash", f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()


def render_in_subprocess(
    kind: str, *args: Any, timeout: float = RENDER_TIMEOUT, **kwargs: Any
) -> Any:
    """Render in a separate process that is killed after ``timeout`` seconds.

    ``kind``: ``"actieplan"`` (args as :func:`render_action_plan`), ``"verslag"``
    (:func:`render_report`) or ``"blanco"`` (:func:`render_blank_kit`). Returns what that
    function returns; raises :class:`RenderTimeout` or :class:`ExportError`.
    """
    import multiprocessing

    function_name = _SUBPROCESS_KINDS[kind]
    mp = multiprocessing.get_context("spawn")  # no fork of a Qt process
    parent_end, child_end = mp.Pipe(duplex=False)
    process = mp.Process(
        target=_subprocess_main,
        args=(child_end, function_name, args, kwargs, current_language()),
        name="praatplaat-pdf",
        daemon=True,
    )
    process.start()
    child_end.close()
    try:
        if not parent_end.poll(timeout):
            raise RenderTimeout(timeout)
        try:
            status, value = parent_end.recv()
        except EOFError:
            status, value = "crash", f"exit code {process.exitcode}"
    finally:
        if process.is_alive():
            process.join(0.5)
        if process.is_alive():
            process.kill()
        process.join(5)
        parent_end.close()
    if status == "ok":
        return value
    if status == "error":
        raise ExportError(value)
    raise ExportError(
        tr(
            "Het maken van de PDF is mislukt ({reason}). Probeer het opnieuw; lukt het dan nog "
            "niet, meld het dan met het logbestand.",
            reason=value,
        )
    )
