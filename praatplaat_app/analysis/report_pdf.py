"""The network overview as a PDF: "Analyse van evaluaties" (en: "Analysis of evaluations").

The layout lives in ``praatplaat_app/export/templates/analysis.html``; this module only
builds its context (plain text and numbers, plus the charts of :mod:`.charts` as inline
SVG) and renders it through the app's one PDF renderer (:mod:`praatplaat_app.export.pdf`:
its Jinja environment with autoescape, its fetcher that loads nothing from outside the
app). WeasyPrint is imported only when a PDF is made.

Languages: every function takes ``language`` (``"nl"``, the default, or ``"en"``), as
:func:`praatplaat_app.export.pdf.render_action_plan` does: the fixed texts come from
``texts/<language>-analysis.toml`` (``t.analysis_*`` in the template), the labels from
:func:`praatplaat_app.labels.labels`, dates from :mod:`praatplaat_app.formatting`, the
indicator and theme titles from the catalog in that language, and the sentences the
analysis writes (period, summary, follow-up states, the community check) are made in
that language, whatever the app's language is.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from praatplaat_app.analysis.charts import overview_charts
from praatplaat_app.analysis.community import method_text
from praatplaat_app.analysis.follow_up import DUE_WINDOW_DAYS, FollowUpState, state_label
from praatplaat_app.analysis.overview import STATUS_ORDER, Overview, score_tables
from praatplaat_app.domain import SESSION_KIND_ORDER, SessionKind
from praatplaat_app.export.context import clean, long_date, short_date, texts
from praatplaat_app.labels import labels
from praatplaat_app.messages import check_language, tr

TEMPLATE = "analysis.html"

_STATE_CSS = {
    FollowUpState.OVERDUE: "late",
    FollowUpState.DUE: "soon",
    FollowUpState.HELD: "yes",
}
_STATE_ORDER = [
    FollowUpState.OVERDUE,
    FollowUpState.DUE,
    FollowUpState.PLANNED,
    FollowUpState.HELD,
    FollowUpState.NO_EVALUATION,
]



def _short_kind_labels(t: Any) -> dict[str, str]:
    """Column headings of the routes table (the full labels do not fit next to each other)."""
    return {
        SessionKind.STUDENTS: t.analysis_kind_students,
        SessionKind.STAFF: t.analysis_kind_staff,
        SessionKind.JOINT: t.analysis_kind_joint,
        SessionKind.FOLLOW_UP: t.analysis_kind_follow_up,
    }


def _score(value: float | None, language: str) -> str:
    """A mean with one decimal as readers of ``language`` write it: 3,7 or 3.7."""
    if value is None:
        return ""
    text = f"{value:.1f}"
    return text.replace(".", ",") if language == "nl" else text


def _questionnaire_context(overview: Overview, language: str) -> list[dict[str, Any]]:
    t = texts(language)
    result = []
    for table in score_tables(overview):
        result.append(
            {
                "route": table.route,
                "responses": (
                    t.analysis_responses_one
                    if table.responses == 1
                    else t.analysis_responses.format(count=table.responses)
                ),
                "scales": list(table.scales),
                "groups": [
                    {
                        "label": group.label,
                        "respondents": group.respondents,
                        "cells": [
                            {"mean": _score(cell.mean, language), "n": cell.n,
                             "reason": cell.note}
                            for cell in group.cells
                        ],
                    }
                    for group in table.groups
                ],
            }
        )
    return result


def sources_text(overview: Overview, topic: Any, language: str | None = None) -> str:
    """Where a topic comes from: the routes' names, or "alle N routes" when it is in all
    (in ``language``; default: the overview's, else the app's)."""
    topics = overview.topics
    if topics is not None and topics.unit == "routes" and len(overview.routes) > 2 and (
        topic.count == len(overview.routes)
    ):
        language = language or overview.language
        return tr("alle {count} routes", language=language, count=topic.count)
    return ", ".join(topic.sources)


def analysis_context(
    overview: Overview, generated_on: dt.date | None = None, language: str = "nl"
) -> dict[str, Any]:
    """What ``analysis.html`` shows, in ``language``."""
    language = check_language(language)
    overview = overview.in_language(language)
    t = texts(language)
    kind_labels = labels(language).kinds
    status_labels = labels(language).statuses
    generated_on = generated_on or overview.today
    kinds = sorted(kind_labels, key=lambda k: SESSION_KIND_ORDER.get(k, 9))
    totals = overview.actions_total
    action_total = ""
    if totals and totals.total:
        statuses = ", ".join(
            t.analysis_status_count.format(
                count=totals.counts[s], status=status_labels[s].lower()
            )
            for s in STATUS_ORDER
        )
        if totals.total == 1:
            action_total = t.analysis_action_total_one.format(statuses=statuses)
        else:
            action_total = t.analysis_action_total.format(count=totals.total, statuses=statuses)
    topics = overview.topics
    by_route = topics is None or topics.unit == "routes"
    made_on = long_date(generated_on, language)
    footer = " · ".join(
        p
        for p in (
            t.analysis_title,
            overview.period_text,
            t.analysis_footer_made_on.format(date=made_on),
        )
        if p
    )
    short_kinds = _short_kind_labels(t)
    overdue = [s.route_name for s in overview.overdue]
    overdue_text = ""
    if len(overdue) == 1:
        overdue_text = t.analysis_overdue_one.format(routes=overdue[0])
    elif overdue:
        overdue_text = t.analysis_overdue_many.format(
            count=len(overdue), routes=", ".join(overdue)
        )
    return {
        "t": t,
        "lang": language,
        "doc": {"kind": "analyse", "title": t.analysis_title, "footer": footer},
        "header": {
            "title": t.analysis_subtitle,
            "period": overview.period_text,
            "routes": ", ".join(clean(n, 300, language) for n in overview.route_names)
            or t.analysis_all_routes,
            "organisation": clean(overview.organisation or "", 300, language),
            "generated_on": made_on,
        },
        "empty": overview.is_empty,
        "empty_message": overview.empty_message,
        "summary": overview.summary_text,
        "kind_labels": [short_kinds.get(k, kind_labels[k]) for k in kinds],
        "routes": [
            {
                "name": clean(r.name, 300, language),
                "kinds": [r.kinds.get(k, 0) for k in kinds],
                "total": r.sessions,
                "last": short_date(r.last_date, language),
            }
            for r in overview.routes
        ],
        "action_total": action_total,
        "topics_by_route": by_route,
        "topics": [
            {
                "text": topic.text,
                "count": topic.count,
                "mentions": topic.mentions,
                "sources": sources_text(overview, topic, language),
            }
            for topic in (topics.topics if topics else ())
        ],
        "questionnaire_note": overview.questionnaire_note,
        "questionnaires": _questionnaire_context(overview, language),
        "community_method": method_text(language),
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
        "overdue": overdue_text,
        "follow_ups_intro": t.analysis_follow_ups_intro.format(
            due=state_label(FollowUpState.DUE, language), days=DUE_WINDOW_DAYS, date=made_on
        ),
        "follow_ups": [
            {
                "route": s.route_name,
                "label": s.label_in(language),
                "css": _STATE_CSS.get(s.state, "muted"),
                "explanation": s.explanation_in(language),
            }
            for s in sorted(
                overview.follow_ups,
                key=lambda s: (
                    _STATE_ORDER.index(s.state),
                    s.proposed_date or dt.date.max,
                    s.route_name.casefold(),
                ),
            )
        ],
    }


def _render_inputs(overview: Overview, language: str) -> tuple[dict[str, Any], Any]:
    """The context and a fetcher that serves the charts as images from memory, so no
    markup is ever marked safe in the template."""
    from praatplaat_app.export.fetcher import make_fetcher

    fetcher = make_fetcher()
    overview = overview.in_language(language)
    context = analysis_context(overview, language=language)
    context["charts"] = {
        name: fetcher.add_memory(
            f"analyse-{name.replace('_', '-')}.svg", "image/svg+xml", svg.encode("utf-8")
        )
        for name, svg in overview_charts(overview).items()
    }
    return context, fetcher


def render_html(overview: Overview, *, language: str = "nl") -> str:
    """The HTML of the report (for tests and debugging)."""
    from praatplaat_app.export import pdf

    context, _fetcher = _render_inputs(overview, check_language(language))
    return pdf.render_html(TEMPLATE, context)


def render_analysis_pdf(overview: Overview, *, language: str = "nl") -> bytes:
    """The report as PDF bytes in ``language``, rendered by the app's PDF renderer."""
    from praatplaat_app.export import pdf

    context, fetcher = _render_inputs(overview, check_language(language))
    return pdf.render_template(TEMPLATE, context, fetcher)


def write_analysis_pdf(overview: Overview, path: Path | str, *, language: str = "nl") -> Path:
    """Render and save atomically; :class:`~praatplaat_app.export.pdf.ExportError` when
    the file cannot be written."""
    from praatplaat_app.export import pdf

    return pdf.write_pdf(render_analysis_pdf(overview, language=language), path)


def suggested_file_name(overview: Overview, language: str = "nl") -> str:
    """E.g. ``Analyse van evaluaties 2025-06-01.pdf``
    (en: ``Analysis of evaluations 2025-06-01.pdf``)."""
    return texts(check_language(language)).analysis_file_name.format(
        date=overview.today.isoformat()
    )
