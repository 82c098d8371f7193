"""Template contexts for the printouts, built from a Conversation and the Catalog.

Everything handed to a template is plain text, numbers, booleans, lists and dicts:
the templates decide the layout, this module decides what is shown. User text stays
as typed (newlines included: the templates show it with ``white-space: pre-wrap``)
and is escaped by Jinja's autoescape; nothing here produces markup.

No WeasyPrint, Jinja or Qt import here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from praatplaat_app.formatting import MONTHS, long_date, short_date  # noqa: F401 (re-exported)
from praatplaat_app.domain import (
    ACTION_STATUS_LABELS,
    NOTE_KIND_LABELS,
    PILLAR_LABELS,
    ROLE_LABELS,
    SESSION_KIND_LABELS,
    Action,
    Conversation,
    NoteKind,
    Role,
)


# Plural role labels for the participants list.
ROLE_PLURALS: dict[str, str] = {
    Role.STUDENT: "Studenten",
    Role.TEACHER: "Docenten",
    Role.SUPERVISOR: "Werkbegeleiders",
    Role.PRACTICE_TRAINER: "Praktijkopleiders",
    Role.COORDINATOR: "Coördinatoren",
    Role.OTHER: "Anders",
}
ROLE_ORDER = [r.value for r in Role]
NOTE_ORDER = (NoteKind.GOES_WELL, NoteKind.IMPROVE, NoteKind.FREE)

# A note longer than this is cut in the printout (with a clear remark), so that one
# pasted document cannot turn a report into hundreds of pages or a minutes-long render.
MAX_PRINTED_TEXT = 20_000

_COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
FALLBACK_COLOR = "#5A6570"


# ------------------------------------------------------------------------------ text


def clean(text: str | None, limit: int = MAX_PRINTED_TEXT) -> str:
    """User text as it will be printed: line ends unified, control characters dropped."""
    if not text:
        return ""
    text = _CONTROL_RE.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))
    text = text.strip("\n ")
    if len(text) > limit:
        left_out = len(text) - limit
        text = (
            text[:limit].rstrip()
            + f"\n[… tekst ingekort voor het afdrukken: nog {left_out:,} tekens; "
            "de volledige tekst staat in de app]".replace(",", ".")
        )
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


def _indicator(catalog: Any, indicator_id: str) -> dict[str, Any]:
    try:
        ind = catalog.indicator(indicator_id)
    except KeyError:
        return {
            "id": indicator_id,
            "number": "",
            "title": indicator_id or "(geen indicator)",
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


def _header(conversation: Conversation, generated_on: dt.date) -> dict[str, Any]:
    session, route = conversation.session, conversation.route
    kind_label = SESSION_KIND_LABELS.get(session.kind, session.kind)
    return {
        "route_name": clean(route.name, 500) or "Naamloze route",
        "organisations": clean(route.organisations, 2000),
        "programmes": clean(route.programmes, 2000),
        "kind_label": kind_label,
        "date_long": long_date(session.date),
        "date_short": short_date(session.date),
        "facilitator": clean(session.facilitator, 500),
        "generated_on": long_date(generated_on),
    }


def participants_by_role(conversation: Conversation) -> list[dict[str, Any]]:
    """Participants grouped by role (in the order of :class:`Role`), names optional."""
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
            name, org = clean(p.name, 500), clean(p.organisation, 500)
            if name:
                named.append(f"{name} ({org})" if org else name)
            else:
                unnamed_orgs[org] = unnamed_orgs.get(org, 0) + 1
        anonymous = []
        for org, count in unnamed_orgs.items():
            noun = ROLE_LABELS.get(role, role).lower() if count == 1 else ROLE_PLURALS.get(
                role, role
            ).lower()
            anonymous.append(f"{count} {noun}" + (f" ({org})" if org else ""))
        result.append(
            {
                "role": role,
                "label": ROLE_PLURALS.get(role, role) if len(people) > 1 else ROLE_LABELS.get(
                    role, role
                ),
                "count": len(people),
                "people": named + anonymous,
            }
        )
    return result


def _action(action: Action, catalog: Any) -> dict[str, Any]:
    return {
        "what": clean(action.what),
        "who": clean(action.who, 2000),
        "due": short_date(action.due),
        "status": action.status,
        "status_label": ACTION_STATUS_LABELS.get(action.status, action.status),
        "indicator": _indicator(catalog, action.indicator_id) if action.indicator_id else None,
        "theme_title": _theme_title(catalog, action.theme_id),
    }


def action_plan_context(
    conversation: Conversation, catalog: Any, generated_on: dt.date | None = None
) -> dict[str, Any]:
    """What the action plan shows; the report uses it too."""
    generated_on = generated_on or dt.date.today()
    goal_ids = set()
    goals = []
    for number, goal in enumerate((g for g in conversation.goals if not g.deleted), start=1):
        goal_ids.add(goal.id)
        goals.append(
            {
                "number": number,
                "text": clean(goal.text),
                "indicator": _indicator(catalog, goal.indicator_id) if goal.indicator_id else None,
                "theme_title": _theme_title(catalog, goal.theme_id),
                "pillar_label": PILLAR_LABELS.get(goal.pillar, goal.pillar) if goal.pillar else "",
                "actions": [
                    _action(a, catalog)
                    for a in conversation.actions
                    if a.goal_id == goal.id and not a.draft and not a.deleted
                ],
            }
        )
    loose_actions = [
        _action(a, catalog)
        for a in conversation.actions
        if not a.draft and not a.deleted and a.goal_id not in goal_ids
    ]
    follow_ups = [
        {
            "date": short_date(f.date),
            "date_long": long_date(f.date),
            "who": clean(f.who_invites, 2000),
            "prepare": clean(f.prepare),
        }
        for f in conversation.follow_ups
        if not f.deleted
    ]
    header = _header(conversation, generated_on)
    return {
        "doc": {
            "kind": "actieplan",
            "title": "Actieplan",
            "footer": " · ".join(
                part for part in ("Actieplan", header["route_name"], header["date_long"]) if part
            ),
        },
        "header": header,
        "participants": participants_by_role(conversation),
        "indicators": [_indicator(catalog, i) for i in conversation.indicator_ids],
        "goals": goals,
        "loose_actions": loose_actions,
        "follow_ups": follow_ups,
        "signatures": ["Gespreksleider", "Namens de route", "Namens de deelnemers"],
    }


def _notes(conversation: Conversation, indicator_id: str, theme_id: str) -> list[dict[str, str]]:
    result = []
    for kind in NOTE_ORDER:
        note = conversation.note(indicator_id, theme_id, kind)
        if note is None or note.deleted or note.private:
            continue
        text = clean(note.text)
        if text:
            result.append({"kind": str(kind), "label": NOTE_KIND_LABELS[kind], "text": text})
    return result


def report_context(
    conversation: Conversation,
    catalog: Any,
    generated_on: dt.date | None = None,
    *,
    questionnaire_url: str | None = None,
    attachments: Iterable[dict[str, str]] = (),
) -> dict[str, Any]:
    """What the conversation report shows: the action plan plus context, notes and drafts.

    Private notes (marked "privé" by the facilitator) are left out.
    """
    context = action_plan_context(conversation, catalog, generated_on)
    header = context["header"]
    session = conversation.session
    sections = []
    for indicator_id in conversation.indicator_ids:
        indicator = _indicator(catalog, indicator_id)
        themes = []
        listed = set()
        for theme in catalog.themes_for(indicator_id):
            listed.add(theme.id)
            themes.append(
                {
                    "title": theme.title,
                    "discussed": conversation.is_discussed(indicator_id, theme.id),
                    "notes": _notes(conversation, indicator_id, theme.id),
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
                and clean(note.text)
            ):
                listed.add(note.theme_id)
                themes.append(
                    {
                        "title": _theme_title(catalog, note.theme_id),
                        "discussed": conversation.is_discussed(indicator_id, note.theme_id),
                        "notes": _notes(conversation, indicator_id, note.theme_id),
                    }
                )
        sections.append(
            {
                "indicator": indicator,
                "notes": _notes(conversation, indicator_id, ""),
                "themes": themes,
                "discussed_count": sum(1 for t in themes if t["discussed"]),
            }
        )
    context["doc"] = {
        "kind": "verslag",
        "title": "Gespreksverslag",
        "footer": " · ".join(
            part for part in ("Gespreksverslag", header["route_name"], header["date_long"]) if part
        ),
    }
    context["situation"] = [
        (label, value)
        for label, value in (
            ("Context", clean(session.context)),
            ("Doelgroep", clean(session.target_group)),
            ("Fase van de innovatie", clean(session.phase) or clean(conversation.route.phase)),
        )
    ]
    context["route_info"] = [
        (label, value)
        for label, value in (
            ("Opleidingen en niveaus", header["programmes"]),
            ("Aanleiding en doel", clean(conversation.route.reason_goal)),
            ("Vorm", clean(conversation.route.form)),
            ("Coördinator", clean(conversation.route.coordinator, 500)),
        )
        if value
    ]
    context["sections"] = sections
    context["draft_actions"] = [
        _action(a, catalog) for a in conversation.actions if a.draft and not a.deleted
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


def poster_layout(catalog: Any) -> dict[str, Any]:
    """The poster: circles and theme areas, or columns for an unusual (edited) catalog."""
    indicators = [_indicator(catalog, i.id) for i in catalog.indicators]
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


def poster_context(catalog: Any) -> dict[str, Any]:
    return {
        "doc": {"kind": "poster", "title": "Praatplaat", "footer": ""},
        "catalog_title": catalog.title,
        "instructions": list(catalog.instructions),
        "indicators": [_indicator(catalog, i.id) for i in catalog.indicators],
        "layout": poster_layout(catalog),
    }


def onderlegger_context(catalog: Any, indicator_id: str) -> dict[str, Any]:
    ind = catalog.indicator(indicator_id)
    info = _indicator(catalog, indicator_id)
    themes = []
    for theme in catalog.themes_for(indicator_id):
        also = []
        for other in theme.indicator_ids:
            if other != indicator_id:
                also.append(_indicator(catalog, other)["title"])
        themes.append({"title": theme.title, "questions": list(theme.guiding_questions),
                       "also": also})
    return {
        "doc": {
            "kind": "onderlegger",
            "title": f"Onderlegger: {ind.title}",
            "footer": f"Onderlegger bij indicator {ind.number} · {ind.title}",
        },
        "indicator": info,
        "explanation": paragraphs(ind.explanation),
        "questions": list(ind.guiding_questions),
        "themes": themes,
        "examples": [{"title": e.title, "summary": e.summary} for e in catalog.examples_for(
            indicator_id)],
        "tips": [t.text for t in catalog.tips_for(indicator_id, "gesprek")],
    }


def blank_plan_context(catalog: Any) -> dict[str, Any]:
    return {
        "doc": {"kind": "actieplan-leeg", "title": "Actieplan", "footer": "Actieplan"},
        "indicators": [_indicator(catalog, i.id) for i in catalog.indicators],
        "pillars": list(PILLAR_LABELS.values()),
        "statuses": list(ACTION_STATUS_LABELS.values()),
        "goal_count": 2,  # start small: one or two goals (copy the page for more)
        "action_rows": 6,
        "follow_up_rows": 3,
        "signatures": ["Gespreksleider", "Namens de route", "Namens de deelnemers"],
    }
