"""Template contexts for the printouts, built from a Conversation and the Catalog.

Everything handed to a template is plain text, numbers, booleans, lists and dicts:
the templates decide the layout, this module decides what is shown. User text stays
as typed (newlines included: the templates show it with ``white-space: pre-wrap``)
and is escaped by Jinja's autoescape; nothing here produces markup.

No WeasyPrint, Jinja or Qt import here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
import types
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from praatplaat_app.domain import (
    Action,
    Conversation,
    NoteKind,
    Role,
)
from praatplaat_app.formatting import (  # noqa: F401 (re-exported)
    MONTHS,
    long_date,
    short_date,
    whole_number,
)
from praatplaat_app.labels import ROLE_PLURALS_NL, labels
from praatplaat_app.messages import LANGUAGES, check_language  # noqa: F401 (re-exported)

# Plural role labels for the participants list (Dutch; see labels(language).role_plurals).
ROLE_PLURALS: dict[str, str] = dict(ROLE_PLURALS_NL)

# The fixed texts of the printouts, one TOML file per language (flat keys).
TEXTS_DIR = Path(__file__).resolve().parent / "texts"
ROLE_ORDER = [r.value for r in Role]
NOTE_ORDER = (NoteKind.GOES_WELL, NoteKind.IMPROVE, NoteKind.FREE)

# A note longer than this is cut in the printout (with a clear remark), so that one
# pasted document cannot turn a report into hundreds of pages or a minutes-long render.
MAX_PRINTED_TEXT = 20_000

_COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
FALLBACK_COLOR = "#5A6570"


# ------------------------------------------------------------------------------ text


def text_data(language: str = "nl") -> dict[str, str]:
    """The fixed texts of ``language`` as a dict (a copy); :class:`ValueError` if unknown."""
    return dict(_text_data(language))


@functools.cache
def _text_data(language: str) -> types.MappingProxyType:
    check_language(language)
    # texts/<language>.toml, plus texts/<language>-<part>.toml for printouts of one part.
    data: dict[str, Any] = {}
    for path in [TEXTS_DIR / f"{language}.toml", *sorted(TEXTS_DIR.glob(f"{language}-*.toml"))]:
        with open(path, "rb") as handle:
            part = tomllib.load(handle)
        for key, value in part.items():
            if not isinstance(value, str) or not value:
                raise ValueError(f"texts/{path.name}: {key!r} must be a non-empty text")
            if key in data:
                raise ValueError(f"texts/{path.name}: {key!r} is also in another file")
            data[key] = value
    return types.MappingProxyType(data)


@functools.cache
def texts(language: str = "nl") -> types.SimpleNamespace:
    """The fixed texts of the printouts in ``language``: ``texts("en").action_plan``.

    Handed to the templates as ``t``. A missing key is an error (AttributeError in
    Python, StrictUndefined in the templates).
    """
    return types.SimpleNamespace(**_text_data(language))


def clean(text: str | None, limit: int = MAX_PRINTED_TEXT, language: str = "nl") -> str:
    """User text as it will be printed: line ends unified, control characters dropped."""
    if not text:
        return ""
    text = _CONTROL_RE.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))
    text = text.strip("\n ")
    if len(text) > limit:
        left_out = len(text) - limit
        note = texts(language).truncated.format(count=whole_number(left_out, language))
        text = text[:limit].rstrip() + "\n" + note
    return text


def safe_color(value: str | None) -> str:
    """A catalog colour (``#RRGGBB``) fit to put in a style attribute; grey if malformed."""
    return value.upper() if isinstance(value, str) and _COLOR_RE.match(value) else FALLBACK_COLOR


def tint(color: str, amount: float) -> str:
    """``color`` mixed with white: ``amount`` 0 is white, 1 is the colour itself."""
    color = safe_color(color)
    rgb = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * amount) for c in rgb]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def rgba(color: str, alpha: float) -> str:
    """``rgba(r, g, b, alpha)`` of a catalog colour, for see-through fills."""
    color = safe_color(color)
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha:.2f})"


def paragraphs(text: str) -> list[str]:
    """Catalog text split at blank lines."""
    return [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]


# ------------------------------------------------------------------------ catalog


def _indicator(catalog: Any, indicator_id: str, language: str = "nl") -> dict[str, Any]:
    try:
        ind = catalog.indicator(indicator_id)
    except KeyError:
        return {
            "id": indicator_id,
            "number": "",
            "title": indicator_id or texts(language).no_indicator,
            "color": FALLBACK_COLOR,
            "tint": tint(FALLBACK_COLOR, 0.12),
            "poster_text": "",
        }
    color = safe_color(ind.color)
    return {
        "id": ind.id,
        "number": ind.number,
        "title": ind.title,
        "color": color,
        "tint": tint(color, 0.12),
        "poster_text": ind.poster_text,
    }


def _theme_title(catalog: Any, theme_id: str) -> str:
    if not theme_id:
        return ""
    try:
        return catalog.theme(theme_id).title
    except KeyError:
        return theme_id


# -------------------------------------------------------------------- conversation


def _header(conversation: Conversation, generated_on: dt.date, language: str = "nl") -> dict[str, Any]:
    session, route = conversation.session, conversation.route
    kind_label = labels(language).kinds.get(session.kind, session.kind)
    return {
        "route_name": clean(route.name, 500, language) or texts(language).unnamed_route,
        "organisations": clean(route.organisations, 2000, language),
        "programmes": clean(route.programmes, 2000, language),
        "kind_label": kind_label,
        "date_long": long_date(session.date, language),
        "date_short": short_date(session.date, language),
        "facilitator": clean(session.facilitator, 500, language),
        "generated_on": long_date(generated_on, language),
    }


def participants_by_role(conversation: Conversation, language: str = "nl") -> list[dict[str, Any]]:
    """Participants grouped by role (in the order of :class:`Role`), names optional."""
    names = labels(language)
    role_labels, role_plurals = names.roles, names.role_plurals
    groups: dict[str, list[Any]] = {}
    for person in conversation.participants:
        if person.deleted:
            continue
        groups.setdefault(person.role, []).append(person)
    result = []
    for role in sorted(groups, key=lambda r: ROLE_ORDER.index(r) if r in ROLE_ORDER else 99):
        people = groups[role]
        named = []
        unnamed_orgs: dict[str, int] = {}
        for p in people:
            name, org = clean(p.name, 500, language), clean(p.organisation, 500, language)
            if name:
                named.append(f"{name} ({org})" if org else name)
            else:
                unnamed_orgs[org] = unnamed_orgs.get(org, 0) + 1
        anonymous = []
        for org, count in unnamed_orgs.items():
            noun = role_labels.get(role, role).lower() if count == 1 else role_plurals.get(
                role, role
            ).lower()
            anonymous.append(f"{count} {noun}" + (f" ({org})" if org else ""))
        result.append(
            {
                "role": role,
                "label": role_plurals.get(role, role) if len(people) > 1 else role_labels.get(
                    role, role
                ),
                "count": len(people),
                "people": named + anonymous,
            }
        )
    return result


def _action(action: Action, catalog: Any, language: str = "nl") -> dict[str, Any]:
    return {
        "what": clean(action.what, language=language),
        "who": clean(action.who, 2000, language),
        "due": short_date(action.due, language),
        "status": action.status,
        "status_label": labels(language).statuses.get(action.status, action.status),
        "indicator": (
            _indicator(catalog, action.indicator_id, language) if action.indicator_id else None
        ),
        "theme_title": _theme_title(catalog, action.theme_id),
    }


def _signatures(language: str) -> list[str]:
    t = texts(language)
    return [t.sign_facilitator, t.sign_route, t.sign_participants]


def action_plan_context(
    conversation: Conversation,
    catalog: Any,
    generated_on: dt.date | None = None,
    language: str = "nl",
) -> dict[str, Any]:
    """What the action plan shows; the report uses it too.

    ``language`` (``"nl"`` or ``"en"``) chooses the fixed texts, labels and dates; the
    catalog passed should be in that language too.
    """
    t = texts(language)
    pillars = labels(language).pillars
    generated_on = generated_on or dt.date.today()
    goal_ids = set()
    goals = []
    for number, goal in enumerate((g for g in conversation.goals if not g.deleted), start=1):
        goal_ids.add(goal.id)
        goals.append(
            {
                "number": number,
                "text": clean(goal.text, language=language),
                "indicator": (
                    _indicator(catalog, goal.indicator_id, language) if goal.indicator_id else None
                ),
                "theme_title": _theme_title(catalog, goal.theme_id),
                "pillar_label": pillars.get(goal.pillar, goal.pillar) if goal.pillar else "",
                "actions": [
                    _action(a, catalog, language)
                    for a in conversation.actions
                    if a.goal_id == goal.id and not a.draft and not a.deleted
                ],
            }
        )
    loose_actions = [
        _action(a, catalog, language)
        for a in conversation.actions
        if not a.draft and not a.deleted and a.goal_id not in goal_ids
    ]
    follow_ups = [
        {
            "date": short_date(f.date, language),
            "date_long": long_date(f.date, language),
            "who": clean(f.who_invites, 2000, language),
            "prepare": clean(f.prepare, language=language),
        }
        for f in conversation.follow_ups
        if not f.deleted
    ]
    header = _header(conversation, generated_on, language)
    return {
        "t": t,
        "lang": language,
        "doc": {
            "kind": "actieplan",
            "title": t.action_plan,
            "footer": " · ".join(
                part for part in (t.action_plan, header["route_name"], header["date_long"]) if part
            ),
        },
        "header": header,
        "participants": participants_by_role(conversation, language),
        "indicators": [_indicator(catalog, i, language) for i in conversation.indicator_ids],
        "goals": goals,
        "loose_actions": loose_actions,
        "follow_ups": follow_ups,
        "signatures": _signatures(language),
    }


def _notes(
    conversation: Conversation, indicator_id: str, theme_id: str, language: str = "nl"
) -> list[dict[str, str]]:
    note_labels = labels(language).note_kinds
    result = []
    for kind in NOTE_ORDER:
        note = conversation.note(indicator_id, theme_id, kind)
        if note is None or note.deleted or note.private:
            continue
        text = clean(note.text, language=language)
        if text:
            result.append({"kind": str(kind), "label": note_labels[kind], "text": text})
    return result


def report_context(
    conversation: Conversation,
    catalog: Any,
    generated_on: dt.date | None = None,
    *,
    questionnaire_url: str | None = None,
    attachments: Iterable[dict[str, str]] = (),
    language: str = "nl",
) -> dict[str, Any]:
    """What the conversation report shows: the action plan plus context, notes and drafts.

    Private notes (marked "privé" by the facilitator) are left out.
    """
    context = action_plan_context(conversation, catalog, generated_on, language)
    t = context["t"]
    header = context["header"]
    session = conversation.session
    sections = []
    for indicator_id in conversation.indicator_ids:
        indicator = _indicator(catalog, indicator_id, language)
        themes = []
        listed = set()
        for theme in catalog.themes_for(indicator_id):
            listed.add(theme.id)
            themes.append(
                {
                    "title": theme.title,
                    "discussed": conversation.is_discussed(indicator_id, theme.id),
                    "notes": _notes(conversation, indicator_id, theme.id, language),
                }
            )
        # Notes on themes the catalog no longer links to this indicator are kept too.
        for note in conversation.notes:
            if (
                note.indicator_id == indicator_id
                and note.theme_id
                and note.theme_id not in listed
                and not note.deleted
                and not note.private
                and clean(note.text, language=language)
            ):
                listed.add(note.theme_id)
                themes.append(
                    {
                        "title": _theme_title(catalog, note.theme_id),
                        "discussed": conversation.is_discussed(indicator_id, note.theme_id),
                        "notes": _notes(conversation, indicator_id, note.theme_id, language),
                    }
                )
        sections.append(
            {
                "indicator": indicator,
                "notes": _notes(conversation, indicator_id, "", language),
                "themes": themes,
                "discussed_count": sum(1 for t in themes if t["discussed"]),
            }
        )
    context["doc"] = {
        "kind": "verslag",
        "title": t.report,
        "footer": " · ".join(
            part for part in (t.report, header["route_name"], header["date_long"]) if part
        ),
    }
    route = conversation.route
    context["situation"] = [
        (label, value)
        for label, value in (
            (t.situation_context, clean(session.context, language=language)),
            (t.target_group, clean(session.target_group, language=language)),
            (
                t.phase,
                clean(session.phase, language=language) or clean(route.phase, language=language),
            ),
        )
    ]
    context["route_info"] = [
        (label, value)
        for label, value in (
            (t.programmes, header["programmes"]),
            (t.reason_goal, clean(route.reason_goal, language=language)),
            (t.form, clean(route.form, language=language)),
            (t.coordinator, clean(route.coordinator, 500, language)),
        )
        if value
    ]
    context["sections"] = sections
    context["draft_actions"] = [
        _action(a, catalog, language) for a in conversation.actions if a.draft and not a.deleted
    ]
    context["questionnaire_url"] = questionnaire_url
    context["attachments"] = list(attachments)
    return context


# ------------------------------------------------------------------------ blank kit

# The poster draws three indicators as overlapping circles (slots 0 top left, 1 top right,
# 2 bottom); a theme of two indicators sits in the overlap of their circles. Where each
# slot and overlap is on the page is in poster.css (.circle-N, .title-N, .area-…).
# An area holds this many theme cards at most; with more (an edited catalog), or not
# exactly three indicators, the poster falls back to columns.
_AREA_CAPACITY = {1: 4, 2: 2, 3: 1}


def poster_layout(catalog: Any, language: str = "nl") -> dict[str, Any]:
    """The poster: circles and theme areas, or columns for an unusual (edited) catalog."""
    indicators = [_indicator(catalog, i.id, language) for i in catalog.indicators]
    position = {ind["id"]: n for n, ind in enumerate(indicators)}
    areas: dict[tuple[int, ...], list[dict[str, Any]]] = {}
    for theme in catalog.themes:
        key = tuple(sorted({position[i] for i in theme.indicator_ids if i in position}))
        owners = [indicators[n] for n in key]
        areas.setdefault(key, []).append(
            {
                "title": theme.title,
                "color": owners[0]["color"] if owners else FALLBACK_COLOR,
                "second_color": owners[1]["color"] if len(owners) > 1 else "",
            }
        )
    venn = len(indicators) == 3 and all(
        key and len(themes) <= _AREA_CAPACITY[len(key)] for key, themes in areas.items()
    )
    if not venn:
        columns = []
        for ind in indicators:
            columns.append(
                {
                    "indicator": ind,
                    "themes": [
                        {
                            "title": t.title,
                            "also": [
                                indicators[position[o]]["title"]
                                for o in t.indicator_ids
                                if o != ind["id"] and o in position
                            ],
                        }
                        for t in catalog.themes_for(ind["id"])
                    ],
                }
            )
        return {"kind": "columns", "columns": columns}
    return {
        "kind": "venn",
        "circles": [
            {"slot": n, "indicator": ind, "fill": rgba(ind["color"], 0.17)}
            for n, ind in enumerate(indicators)
        ],
        "areas": [
            {"slot": "-".join(str(n) for n in key), "themes": themes}
            for key, themes in sorted(areas.items(), key=lambda kv: (len(kv[0]), kv[0]))
        ],
    }


def poster_context(catalog: Any, language: str = "nl") -> dict[str, Any]:
    t = texts(language)
    return {
        "t": t,
        "lang": language,
        "doc": {"kind": "poster", "title": t.brand, "footer": ""},
        "catalog_title": catalog.title,
        "instructions": list(catalog.instructions),
        "indicators": [_indicator(catalog, i.id, language) for i in catalog.indicators],
        "layout": poster_layout(catalog, language),
    }


def onderlegger_context(catalog: Any, indicator_id: str, language: str = "nl") -> dict[str, Any]:
    t = texts(language)
    ind = catalog.indicator(indicator_id)
    info = _indicator(catalog, indicator_id, language)
    themes = []
    for theme in catalog.themes_for(indicator_id):
        also = []
        for other in theme.indicator_ids:
            if other != indicator_id:
                also.append(_indicator(catalog, other, language)["title"])
        themes.append({"title": theme.title, "questions": list(theme.guiding_questions),
                       "also": also})
    return {
        "t": t,
        "lang": language,
        "doc": {
            "kind": "onderlegger",
            "title": t.onderlegger_title.format(title=ind.title),
            "footer": t.onderlegger_footer.format(number=ind.number, title=ind.title),
        },
        "indicator": info,
        "explanation": paragraphs(ind.explanation),
        "questions": list(ind.guiding_questions),
        "themes": themes,
        "examples": [{"title": e.title, "summary": e.summary} for e in catalog.examples_for(
            indicator_id)],
        "tips": [t.text for t in catalog.tips_for(indicator_id, "gesprek")],
    }


def blank_plan_context(catalog: Any, language: str = "nl") -> dict[str, Any]:
    t = texts(language)
    names = labels(language)
    return {
        "t": t,
        "lang": language,
        "doc": {"kind": "actieplan-leeg", "title": t.action_plan, "footer": t.action_plan},
        "indicators": [_indicator(catalog, i.id, language) for i in catalog.indicators],
        "session_kinds": list(names.kinds.values()),
        "pillars": list(names.pillars.values()),
        "statuses": list(names.statuses.values()),
        "goal_count": 2,  # start small: one or two goals (copy the page for more)
        "action_rows": 6,
        "follow_up_rows": 3,
        "signatures": _signatures(language),
    }
