"""The method catalog: indicators, themes, tips, examples, routes and questionnaires.

The content lives in versioned TOML files under ``data/<language>/`` (see the comments in
``data/nl/catalog.toml``). This module reads them into frozen dataclasses and validates
everything on load, so the rest of the app can trust the catalog: ids are stable and unique,
every reference points to an existing indicator, and no text is empty.

A facilitator may keep an edited copy of the catalog (same file layout) in the user data
folder. :func:`load_catalog` uses it when it is valid and otherwise falls back to the shipped
catalog with a warning (in the app's language).

Only the standard library is used here (no Qt, nothing heavy).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from praatplaat_app.errors import PraatplaatError
from praatplaat_app.indicators import parse_cache
from praatplaat_app.messages import tr

__all__ = [
    "CATALOG_FILES",
    "TIP_CONTEXTS",
    "QUESTIONNAIRE_AUDIENCES",
    "Catalog",
    "CatalogError",
    "Example",
    "Indicator",
    "Questionnaire",
    "QuestionItem",
    "RouteTemplate",
    "Scale",
    "Subscale",
    "Theme",
    "Tip",
    "default_catalog",
    "load_catalog",
    "load_catalog_dir",
    "shipped_catalog_dir",
]

# The files of a catalog folder, in the order they are read.
CATALOG_FILES: tuple[str, ...] = (
    "catalog.toml",
    "indicators.toml",
    "themes.toml",
    "tips.toml",
    "examples.toml",
    "routes.toml",
    "questionnaires.toml",
)

TIP_CONTEXTS: tuple[str, ...] = ("gesprek", "actieplan", "algemeen")
QUESTIONNAIRE_AUDIENCES: tuple[str, ...] = ("students", "supervisors")
LIKERT_POINTS = 5

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")
_TOML_POSITION_RE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


# --------------------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """An example from the route book that illustrates one or more indicators."""

    id: str
    title: str
    indicator_ids: tuple[str, ...]
    summary: str


@dataclass(frozen=True)
class Indicator:
    id: str
    number: int
    title: str
    poster_text: str
    explanation: str  # paragraphs separated by a blank line
    guiding_questions: tuple[str, ...]
    color: str  # "#RRGGBB"


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    indicator_ids: tuple[str, ...]
    guiding_questions: tuple[str, ...]
    order: int  # position on the poster (1 = first)


@dataclass(frozen=True)
class Tip:
    id: str
    text: str
    indicator_ids: tuple[str, ...]  # empty: fits every indicator
    context: str  # one of TIP_CONTEXTS


@dataclass(frozen=True)
class RouteTemplate:
    """One of the evaluated routes of the method, used as demo content."""

    id: str
    name: str
    organisations: str
    programmes: str
    reason_goal: str
    form: str


@dataclass(frozen=True)
class QuestionItem:
    id: str
    text: str
    reversed: bool


@dataclass(frozen=True)
class Subscale:
    id: str
    title: str
    items: tuple[QuestionItem, ...]


@dataclass(frozen=True)
class Scale:
    id: str
    title: str
    subscales: tuple[Subscale, ...]

    @property
    def items(self) -> tuple[QuestionItem, ...]:
        return tuple(item for sub in self.subscales for item in sub.items)


@dataclass(frozen=True)
class Questionnaire:
    id: str
    audience: str  # one of QUESTIONNAIRE_AUDIENCES
    title: str
    intro: str
    likert_labels: tuple[str, ...]  # labels for 1 .. 5
    scales: tuple[Scale, ...]

    @property
    def items(self) -> tuple[QuestionItem, ...]:
        """All items, in the order of the questionnaire."""
        return tuple(item for scale in self.scales for item in scale.items)


@dataclass(frozen=True)
class Catalog:
    id: str
    version: str
    language: str
    title: str
    instructions: tuple[str, ...]
    third_indicator_advice: str
    indicators: tuple[Indicator, ...]  # by number
    themes: tuple[Theme, ...]  # by order
    tips: tuple[Tip, ...]
    examples: tuple[Example, ...]
    routes: tuple[RouteTemplate, ...]
    questionnaires: tuple[Questionnaire, ...]
    source: str  # "shipped" or the path of the user copy

    def indicator(self, id: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.id == id:
                return indicator
        raise KeyError(f'onbekende indicator "{id}"')

    def theme(self, id: str) -> Theme:
        for theme in self.themes:
            if theme.id == id:
                return theme
        raise KeyError(f'onbekend thema "{id}"')

    def themes_for(self, indicator_id: str) -> tuple[Theme, ...]:
        """The themes of an indicator, in poster order (empty for an unknown id)."""
        return tuple(t for t in self.themes if indicator_id in t.indicator_ids)

    def tips_for(
        self, indicator_id: str | None = None, context: str | None = None
    ) -> tuple[Tip, ...]:
        """Tips that fit an indicator and/or a context.

        A tip without indicators fits every indicator. ``None`` means "any".
        """
        return tuple(
            tip
            for tip in self.tips
            if (indicator_id is None or not tip.indicator_ids or indicator_id in tip.indicator_ids)
            and (context is None or tip.context == context)
        )

    def examples_for(self, indicator_id: str) -> tuple[Example, ...]:
        return tuple(e for e in self.examples if indicator_id in e.indicator_ids)

    def questionnaire(self, id: str) -> Questionnaire:
        for questionnaire in self.questionnaires:
            if questionnaire.id == id:
                return questionnaire
        raise KeyError(f'onbekende vragenlijst "{id}"')


# --------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------


class CatalogError(PraatplaatError):
    """The catalog cannot be used; ``str()`` is a message naming file and entry.

    ``detail`` says what is wrong, as a clause in the app's language (``tr(...)``) that
    can follow "Fout in de methode-catalogus (file, entry): ".
    """

    def __init__(self, detail: str, *, file: str | None = None, entry: str | None = None) -> None:
        self.detail = detail
        self.file = file
        self.entry = entry
        where = ", ".join(part for part in (file, entry) if part)
        if where:
            message = tr(
                "Fout in de methode-catalogus ({where}): {detail} Herstel het bestand of "
                "verwijder uw aangepaste catalogus.",
                where=where,
                detail=detail,
            )
        else:
            message = tr(
                "Fout in de methode-catalogus: {detail} Herstel het bestand of verwijder uw "
                "aangepaste catalogus.",
                detail=detail,
            )
        super().__init__(message)


# --------------------------------------------------------------------------------------
# Validation helpers
# --------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    """Trimmed, with Unix line ends and composed accents (an editor may store "ë" as e + ¨)."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").strip())


class _Entry:
    """One table of a file (the file itself, an indicator, a theme ...) being read."""

    def __init__(self, data: Any, file: str, label: str, allowed: Iterable[str]) -> None:
        self.file = file
        self.label = label
        if not isinstance(data, dict):
            self.fail(tr("moet een tabel met velden zijn."))
        self.data: dict[str, Any] = data
        allowed = tuple(allowed)
        for key in data:
            if key not in allowed:
                self.fail(
                    tr(
                        'onbekend veld "{key}" (toegestaan: {allowed}).',
                        key=key,
                        allowed=", ".join(allowed),
                    )
                )

    def fail(self, detail: str) -> NoReturn:
        raise CatalogError(detail, file=self.file, entry=self.label or None)

    def _get(self, key: str, required: bool = True) -> Any:
        if key not in self.data:
            if required:
                self.fail(tr('het veld "{key}" ontbreekt.', key=key))
            return None
        return self.data[key]

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            self.fail(tr('het veld "{key}" moet tekst zijn.', key=key))
        if not value.strip():
            self.fail(tr('het veld "{key}" is leeg.', key=key))
        return _norm(value)

    def texts(self, key: str, *, required: bool = True, minimum: int = 1) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(tr('het veld "{key}" moet een lijst met teksten zijn.', key=key))
        result = []
        for n, item in enumerate(value, start=1):
            if not isinstance(item, str):
                self.fail(
                    tr(
                        'het veld "{key}" bevat iets anders dan tekst (nr. {number}).',
                        key=key,
                        number=n,
                    )
                )
            if not item.strip():
                self.fail(
                    tr('het veld "{key}" bevat een lege tekst (nr. {number}).', key=key, number=n)
                )
            result.append(_norm(item))
        if len(result) < minimum:
            self.fail(
                tr(
                    'het veld "{key}" moet minstens {minimum} tekst(en) bevatten.',
                    key=key,
                    minimum=minimum,
                )
            )
        return tuple(result)

    def integer(self, key: str, minimum: int = 1) -> int:
        value = self._get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(tr('het veld "{key}" moet een geheel getal zijn.', key=key))
        if value < minimum:
            self.fail(
                tr('het veld "{key}" moet minstens {minimum} zijn.', key=key, minimum=minimum)
            )
        return value

    def boolean(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            self.fail(tr('het veld "{key}" moet true (ja) of false (nee) zijn.', key=key))
        return value

    def ident(self, key: str = "id") -> str:
        value = self._get(key)
        if not isinstance(value, str) or not _ID_RE.match(value):
            shown = value if isinstance(value, str) else repr(value)
            self.fail(
                tr(
                    'de id "{id}" is ongeldig: gebruik alleen kleine letters, cijfers en '
                    "koppeltekens (zonder spaties of accenten).",
                    id=shown,
                )
            )
        return value

    def choice(self, key: str, options: tuple[str, ...]) -> str:
        value = self._get(key)
        if value not in options:
            quoted = ", ".join(f'"{o}"' for o in options)
            self.fail(
                tr(
                    'het veld "{key}" moet een van deze waarden zijn: {options}.',
                    key=key,
                    options=quoted,
                )
            )
        return value

    def color(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not _COLOR_RE.match(value):
            self.fail(tr('het veld "{key}" moet een kleurcode zijn zoals "#2E6F95".', key=key))
        return value.upper()

    def indicator_refs(self, key: str, known: Iterable[str], *, required: bool) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(tr('het veld "{key}" moet een lijst met indicator-ids zijn.', key=key))
        if required and not value:
            self.fail(tr('het veld "{key}" moet minstens één indicator bevatten.', key=key))
        known = set(known)
        seen: set[str] = set()
        for ref in value:
            if ref not in known:
                self.fail(tr('verwijst naar onbekende indicator "{indicator}".', indicator=ref))
            if ref in seen:
                self.fail(tr('noemt indicator "{indicator}" meer dan eens.', indicator=ref))
            seen.add(ref)
        return tuple(value)


def _entries(
    doc: Mapping[str, Any],
    file: str,
    key: str,
    noun: str,
    allowed: tuple[str, ...],
    *,
    required: bool = True,
    prefix: str = "",
) -> list[_Entry]:
    """The tables of the array ``key`` in ``doc``, each labelled by its id once known.

    ``noun`` names one table in messages, in the app's language (``tr("thema")``).
    Checks that every table has a valid id that is unique within this array.
    """
    parent = prefix.removesuffix(", ") or None
    value = doc.get(key)
    if value is None:
        if required:
            raise CatalogError(
                tr(
                    "er staat geen enkele {noun} in (verwacht: een of meer [[{key}]]-blokken).",
                    noun=noun,
                    key=key,
                ),
                file=file,
                entry=parent,
            )
        return []
    if not isinstance(value, list):
        raise CatalogError(
            tr('"{key}" moet een lijst van blokken zijn ([[{key}]]).', key=key),
            file=file,
            entry=parent,
        )
    if required and not value:
        raise CatalogError(
            tr("er staat geen enkele {noun} in.", noun=noun), file=file, entry=parent
        )
    entries = []
    seen: set[str] = set()
    for n, data in enumerate(value, start=1):
        label = prefix + tr("{noun} nr. {number}", noun=noun, number=n)
        if isinstance(data, dict) and isinstance(data.get("id"), str) and _ID_RE.match(data["id"]):
            label = f'{prefix}{noun} "{data["id"]}"'
        entry = _Entry(data, file, label, allowed)
        ident = entry.ident()  # reports a missing or malformed id with the entry's number
        if ident in seen:
            entry.fail(tr('de id "{id}" komt meer dan eens voor; ids moeten uniek zijn.', id=ident))
        seen.add(ident)
        entries.append(entry)
    return entries


def _read_toml(directory: Path, name: str) -> dict[str, Any]:
    path = directory / name
    if not path.is_file():
        raise CatalogError(tr("het bestand ontbreekt."), file=name)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        detail = tr("het bestand kan niet worden gelezen ({reason}).", reason=exc.strerror)
        raise CatalogError(detail, file=name) from exc
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM some Windows editors write
    except UnicodeDecodeError as exc:
        raise CatalogError(
            tr("het bestand is niet als UTF-8 opgeslagen; sla het op als UTF-8."), file=name
        ) from exc
    return parse_cache.parsed(raw, lambda: _parse_toml(text, name))


def _parse_toml(text: str, name: str) -> dict[str, Any]:
    import tomllib  # not needed when the cache already holds the parse (start-up)

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION_RE.search(message)
        if match:
            detail = tr(
                "de opmaak (TOML) klopt niet op regel {line}, kolom {column} ({message}).",
                line=match.group(1),
                column=match.group(2),
                message=message[: match.start()],
            )
        else:
            detail = tr("de opmaak (TOML) klopt niet ({message}).", message=message)
        raise CatalogError(detail, file=name) from exc


# --------------------------------------------------------------------------------------
# Reading the files
# --------------------------------------------------------------------------------------


def _read_meta(doc: dict[str, Any]) -> _Entry:
    meta = _Entry(
        doc,
        "catalog.toml",
        "",
        ("id", "version", "language", "title", "instructions", "third_indicator_advice"),
    )
    return meta


def _read_indicators(doc: dict[str, Any]) -> tuple[Indicator, ...]:
    file = "indicators.toml"
    _Entry(doc, file, "", ("indicator",))
    result = []
    numbers: dict[int, str] = {}
    for e in _entries(
        doc,
        file,
        "indicator",
        tr("indicator"),
        ("id", "number", "title", "poster_text", "explanation", "guiding_questions", "color"),
    ):
        indicator = Indicator(
            id=e.ident(),
            number=e.integer("number"),
            title=e.text("title"),
            poster_text=e.text("poster_text"),
            explanation=e.text("explanation"),
            guiding_questions=e.texts("guiding_questions"),
            color=e.color("color"),
        )
        if indicator.number in numbers:
            e.fail(
                tr(
                    'het nummer {number} wordt ook gebruikt door indicator "{other}".',
                    number=indicator.number,
                    other=numbers[indicator.number],
                )
            )
        numbers[indicator.number] = indicator.id
        result.append(indicator)
    return tuple(sorted(result, key=lambda i: i.number))


def _read_themes(doc: dict[str, Any], indicator_ids: tuple[str, ...]) -> tuple[Theme, ...]:
    file = "themes.toml"
    _Entry(doc, file, "", ("theme",))
    result = []
    orders: dict[int, str] = {}
    for e in _entries(
        doc,
        file,
        "theme",
        tr("thema"),
        ("id", "title", "indicators", "guiding_questions", "order"),
    ):
        theme = Theme(
            id=e.ident(),
            title=e.text("title"),
            indicator_ids=e.indicator_refs("indicators", indicator_ids, required=True),
            guiding_questions=e.texts("guiding_questions"),
            order=e.integer("order"),
        )
        if theme.order in orders:
            e.fail(
                tr(
                    'de plaats (order) {order} wordt ook gebruikt door thema "{other}".',
                    order=theme.order,
                    other=orders[theme.order],
                )
            )
        orders[theme.order] = theme.id
        result.append(theme)
    return tuple(sorted(result, key=lambda t: t.order))


def _read_tips(doc: dict[str, Any], indicator_ids: tuple[str, ...]) -> tuple[Tip, ...]:
    file = "tips.toml"
    _Entry(doc, file, "", ("tip",))
    return tuple(
        Tip(
            id=e.ident(),
            text=e.text("text"),
            indicator_ids=e.indicator_refs("indicators", indicator_ids, required=False),
            context=e.choice("context", TIP_CONTEXTS),
        )
        for e in _entries(
            doc, file, "tip", tr("tip"), ("id", "text", "indicators", "context"), required=False
        )
    )


def _read_examples(doc: dict[str, Any], indicator_ids: tuple[str, ...]) -> tuple[Example, ...]:
    file = "examples.toml"
    _Entry(doc, file, "", ("example",))
    return tuple(
        Example(
            id=e.ident(),
            title=e.text("title"),
            indicator_ids=e.indicator_refs("indicators", indicator_ids, required=True),
            summary=e.text("summary"),
        )
        for e in _entries(
            doc, file, "example", tr("voorbeeld"), ("id", "title", "indicators", "summary"),
            required=False,
        )
    )


def _read_routes(doc: dict[str, Any]) -> tuple[RouteTemplate, ...]:
    file = "routes.toml"
    _Entry(doc, file, "", ("route",))
    fields = ("name", "organisations", "programmes", "reason_goal", "form")
    return tuple(
        RouteTemplate(id=e.ident(), **{f: e.text(f) for f in fields})
        for e in _entries(doc, file, "route", tr("route"), ("id", *fields), required=False)
    )


def _read_questionnaires(doc: dict[str, Any]) -> tuple[Questionnaire, ...]:
    file = "questionnaires.toml"
    _Entry(doc, file, "", ("questionnaire",))
    result = []
    for q in _entries(
        doc,
        file,
        "questionnaire",
        tr("vragenlijst"),
        ("id", "audience", "title", "intro", "likert_labels", "scale"),
        required=False,
    ):
        qid = q.ident()
        labels = q.texts("likert_labels")
        if len(labels) != LIKERT_POINTS:
            q.fail(
                tr(
                    'het veld "likert_labels" moet precies {count} antwoordmogelijkheden '
                    "bevatten (nu {actual}).",
                    count=LIKERT_POINTS,
                    actual=len(labels),
                )
            )
        # Entry names like 'vragenlijst "q", schaal "s", ' (a noun and an id each).
        q_prefix = f'{tr("vragenlijst")} "{qid}", '
        # Subscale and item ids are unique within the whole questionnaire, so answers can
        # be stored by item id and compared between the questionnaires.
        subscale_ids: set[str] = set()
        item_ids: set[str] = set()
        scales = []
        scale_noun, subscale_noun = tr("schaal"), tr("subschaal")
        for s in _entries(q.data, file, "scale", scale_noun, ("id", "title", "subscale"),
                          prefix=q_prefix):
            s_prefix = f'{q_prefix}{scale_noun} "{s.ident()}", '
            subscales = []
            for sub in _entries(s.data, file, "subscale", subscale_noun, ("id", "title", "items"),
                                prefix=s_prefix):
                sub_id = sub.ident()
                if sub_id in subscale_ids:
                    sub.fail(
                        tr('de id "{id}" komt meer dan eens voor in deze vragenlijst.', id=sub_id)
                    )
                subscale_ids.add(sub_id)
                items = []
                for i in _entries(sub.data, file, "items", tr("vraag"), ("id", "text", "reversed"),
                                  prefix=f'{s_prefix}{subscale_noun} "{sub_id}", '):
                    item_id = i.ident()
                    if item_id in item_ids:
                        i.fail(
                            tr(
                                'de id "{id}" komt meer dan eens voor in deze vragenlijst.',
                                id=item_id,
                            )
                        )
                    item_ids.add(item_id)
                    text, reversed_ = i.text("text"), i.boolean("reversed")
                    items.append(QuestionItem(id=item_id, text=text, reversed=reversed_))
                subscales.append(Subscale(id=sub_id, title=sub.text("title"), items=tuple(items)))
            scales.append(Scale(id=s.ident(), title=s.text("title"), subscales=tuple(subscales)))
        result.append(
            Questionnaire(
                id=qid,
                audience=q.choice("audience", QUESTIONNAIRE_AUDIENCES),
                title=q.text("title"),
                intro=q.text("intro"),
                likert_labels=labels,
                scales=tuple(scales),
            )
        )
    return tuple(result)


# --------------------------------------------------------------------------------------
# Public loading API
# --------------------------------------------------------------------------------------


def shipped_catalog_dir(language: str = "nl") -> Path:
    """The folder of the catalog that ships with the app (also inside a PyInstaller bundle)."""
    if not _LANGUAGE_RE.match(language):
        raise CatalogError(tr('onbekende taal "{code}".', code=language))
    return Path(__file__).resolve().parent / "data" / language


def _is_shipped(path: Path) -> bool:
    shipped_root = (Path(__file__).resolve().parent / "data").resolve()
    return path.resolve().parent == shipped_root


def load_catalog_dir(path: Path) -> Catalog:
    """Read and validate every file of a catalog folder; raise :class:`CatalogError`.

    :attr:`Catalog.source` is ``"shipped"`` for a folder of the shipped catalog and the
    folder's path otherwise.
    """
    path = Path(path)
    if not path.is_dir():
        raise CatalogError(tr('de map "{path}" bestaat niet.', path=path))
    docs = {name: _read_toml(path, name) for name in CATALOG_FILES}

    meta = _read_meta(docs["catalog.toml"])
    catalog_id = meta.ident("id")
    version = meta.text("version")
    if any(ch.isspace() for ch in version):
        meta.fail(tr('het veld "version" mag geen spaties bevatten (bijvoorbeeld "1.0.0").'))
    language = meta.text("language")
    if not _LANGUAGE_RE.match(language):
        meta.fail(tr('het veld "language" moet een taalcode zijn, zoals "nl".'))

    indicators = _read_indicators(docs["indicators.toml"])
    indicator_ids = tuple(i.id for i in indicators)
    catalog = Catalog(
        id=catalog_id,
        version=version,
        language=language,
        title=meta.text("title"),
        instructions=meta.texts("instructions"),
        third_indicator_advice=meta.text("third_indicator_advice"),
        indicators=indicators,
        themes=_read_themes(docs["themes.toml"], indicator_ids),
        tips=_read_tips(docs["tips.toml"], indicator_ids),
        examples=_read_examples(docs["examples.toml"], indicator_ids),
        routes=_read_routes(docs["routes.toml"]),
        questionnaires=_read_questionnaires(docs["questionnaires.toml"]),
        source="shipped" if _is_shipped(path) else str(path),
    )
    parse_cache.save()  # only now: a file that fails validation is parsed again next time
    return catalog


def _has_user_copy(user_dir: Path | None) -> bool:
    if user_dir is None:
        return False
    user_dir = Path(user_dir)
    return user_dir.is_dir() and any(user_dir.glob("*.toml"))


def load_catalog(
    user_dir: Path | None = None, language: str = "nl"
) -> tuple[Catalog, list[str]]:
    """The catalog to use, plus warnings for the user (in the app's language).

    An edited copy in ``user_dir`` (a folder holding the catalog's TOML files) wins when
    it is valid and in the requested language. An invalid copy is ignored: the shipped
    catalog is used and the problem is returned as a warning. An empty or missing
    ``user_dir`` is simply not used. A broken shipped catalog raises :class:`CatalogError`.
    """
    warnings: list[str] = []
    if _has_user_copy(user_dir):
        assert user_dir is not None
        try:
            catalog = load_catalog_dir(Path(user_dir))
            if catalog.language != language:
                raise CatalogError(
                    tr(
                        'de aangepaste catalogus is in taal "{catalog_language}", '
                        'maar de app gebruikt "{app_language}".',
                        catalog_language=catalog.language,
                        app_language=language,
                    ),
                    file="catalog.toml",
                )
            return catalog, warnings
        except CatalogError as exc:
            warnings.append(
                tr(
                    "{error} De app gebruikt nu de meegeleverde catalogus "
                    "(uw aangepaste catalogus staat in {folder}).",
                    error=exc,
                    folder=user_dir,
                )
            )
    if language == "nl":
        return default_catalog(), warnings
    return load_catalog_dir(shipped_catalog_dir(language)), warnings


@functools.lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The shipped Dutch catalog (read once)."""
    return load_catalog_dir(shipped_catalog_dir("nl"))

