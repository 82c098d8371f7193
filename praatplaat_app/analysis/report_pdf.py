"""The network overview as a PDF: "Analyse van evaluaties".

The layout lives in ``praatplaat_app/export/templates/analysis.html``; this module only
builds its context (plain text and numbers, plus the charts of :mod:`.charts` as inline
SVG) and renders it through the app's one PDF renderer (:mod:`praatplaat_app.export.pdf`:
its Jinja environment with autoescape, its fetcher that loads nothing from outside the
app). WeasyPrint is imported only when a PDF is made.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from praatplaat_app.analysis.charts import overview_charts
from praatplaat_app.analysis.community import METHOD_TEXT
from praatplaat_app.analysis.follow_up import FollowUpState
from praatplaat_app.analysis.overview import STATUS_ORDER, Overview
from praatplaat_app.domain import ACTION_STATUS_LABELS, SESSION_KIND_LABELS, SESSION_KIND_ORDER
from praatplaat_app.export.context import clean, long_date, short_date

TEMPLATE = "analysis.html"
TITLE = "Analyse van evaluaties"

# Column headings of the routes table (the full labels do not fit next to each other).
_SHORT_KIND_LABELS = {
    "students": "Studenten",
    "staff": "Docenten, werk\u00adbegeleiders",
    "joint": "Gezamen\u00adlijk",
    "follow_up": "Vervolg",
}

_STATE_CSS = {
    FollowUpState.OVERDUE: "late",
    FollowUpState.DUE: "soon",
    FollowUpState.HELD: "yes",
}


def _questionnaire_context(overview: Overview) -> list[dict[str, Any]]:
    from praatplaat_app.questionnaire.scoring import format_score

    result = []
    for line in overview.questionnaires:
        scores = line.scores
        entry: dict[str, Any] = {
            "route": line.route_name,
            "responses": line.responses,
            "scales": [],
            "groups": [],
        }
        if scores is not None:
            entry["scales"] = [s.title for s in scores.scales]
            entry["groups"] = [
                {
                    "label": g.label,
                    "respondents": g.respondents,
                    "cells": [
                        {
                            "mean": format_score(g.scale(s.id).mean),
                            "n": g.scale(s.id).n,
                            "reason": g.scale(s.id).reason,
                        }
                        for s in scores.scales
                    ],
                }
                for g in scores.groups
            ]
        result.append(entry)
    return result


def sources_text(overview: Overview, topic: Any) -> str:
    """Where a topic comes from: the routes' names, or "alle N routes" when it is in all."""
    topics = overview.topics
    if topics is not None and topics.unit == "routes" and len(overview.routes) > 2 and (
        topic.count == len(overview.routes)
    ):
        return f"alle {topic.count} routes"
    return ", ".join(topic.sources)


def analysis_context(overview: Overview, generated_on: dt.date | None = None) -> dict[str, Any]:
    """What ``analysis.html`` shows."""
    generated_on = generated_on or overview.today
    kinds = sorted(SESSION_KIND_LABELS, key=lambda k: SESSION_KIND_ORDER.get(k, 9))
    totals = overview.actions_total
    action_total = ""
    if totals and totals.total:
        parts = ", ".join(
            f"{totals.counts[s]} {ACTION_STATUS_LABELS[s].lower()}" for s in STATUS_ORDER
        )
        action_total = f"{totals.total} acties in de gekozen gesprekken: {parts}."
    topics = overview.topics
    footer = " · ".join(
        p for p in (TITLE, overview.period_text, f"gemaakt op {long_date(generated_on)}") if p
    )
    return {
        "doc": {"kind": "analyse", "title": TITLE, "footer": footer},
        "header": {
            "title": "Netwerkoverzicht van de routes",
            "period": overview.period_text,
            "routes": ", ".join(clean(n, 300) for n in overview.route_names) or "alle routes",
            "organisation": clean(overview.organisation or "", 300),
            "generated_on": long_date(generated_on),
        },
        "empty": overview.is_empty,
        "empty_message": overview.empty_message,
        "summary": overview.summary_text,
        "kind_labels": [_SHORT_KIND_LABELS.get(k, SESSION_KIND_LABELS[k]) for k in kinds],
        "routes": [
            {
                "name": clean(r.name, 300),
                "kinds": [r.kinds.get(k, 0) for k in kinds],
                "total": r.sessions,
                "last": short_date(r.last_date),
            }
            for r in overview.routes
        ],
        "action_total": action_total,
        "topics_unit": topics.unit if topics else "routes",
        "topics": [
            {
                "text": t.text,
                "count": t.count,
                "mentions": t.mentions,
                "sources": sources_text(overview, t),
            }
            for t in (topics.topics if topics else ())
        ],
        "questionnaire_note": overview.questionnaire_note,
        "questionnaires": _questionnaire_context(overview),
        "community_method": METHOD_TEXT,
        "communities": [
            {
                "route": c.route_name,
                "has_data": c.has_data,
                "members": c.members,
                "robust": c.robust,
                "organisations": len(c.organisations),
                "interdisciplinary": c.interdisciplinary,
            }
            for c in overview.communities
        ],
        "overdue": [{"route": s.route_name} for s in overview.overdue],
        "follow_ups": [
            {
                "route": s.route_name,
                "label": s.label,
                "css": _STATE_CSS.get(s.state, "muted"),
                "explanation": s.explanation,
            }
            for s in sorted(
                overview.follow_ups,
                key=lambda s: (
                    [FollowUpState.OVERDUE, FollowUpState.DUE, FollowUpState.PLANNED,
                     FollowUpState.HELD, FollowUpState.NO_EVALUATION].index(s.state),
                    s.proposed_date or dt.date.max,
                    s.route_name.casefold(),
                ),
            )
        ],
    }


def _render_inputs(overview: Overview) -> tuple[dict[str, Any], Any]:
    """The context and a fetcher that serves the charts as images from memory, so no
    markup is ever marked safe in the template."""
    from praatplaat_app.export.fetcher import make_fetcher

    fetcher = make_fetcher()
    context = analysis_context(overview)
    context["charts"] = {
        name: fetcher.add_memory(
            f"analyse-{name.replace('_', '-')}.svg", "image/svg+xml", svg.encode("utf-8")
        )
        for name, svg in overview_charts(overview).items()
    }
    return context, fetcher


def render_html(overview: Overview) -> str:
    """The HTML of the report (for tests and debugging)."""
    from praatplaat_app.export import pdf

    context, _fetcher = _render_inputs(overview)
    return pdf.render_html(TEMPLATE, context)


def render_analysis_pdf(overview: Overview) -> bytes:
    """The report as PDF bytes, rendered by the app's PDF renderer."""
    from praatplaat_app.export import pdf

    context, fetcher = _render_inputs(overview)
    return pdf.render_template(TEMPLATE, context, fetcher)


def write_analysis_pdf(overview: Overview, path: Path | str) -> Path:
    """Render and save atomically; :class:`~praatplaat_app.export.pdf.ExportError` (Dutch)
    when the file cannot be written."""
    from praatplaat_app.export import pdf

    return pdf.write_pdf(render_analysis_pdf(overview), path)


def suggested_file_name(overview: Overview) -> str:
    """E.g. ``Analyse van evaluaties 2025-06-01.pdf``."""
    return f"{TITLE} {overview.today.isoformat()}.pdf"
