"""Analysis across conversations and routes (no Qt here).

* :mod:`.timeline` — a route's conversations in method order, with their action plans;
* :mod:`.follow_up` — the six-month follow-up: proposed date, due / overdue, earlier
  actions and how a follow-up conversation stores its review;
* :mod:`.community` — robust (≥ 15 members) and interdisciplinary (≥ 5 organisations);
* :mod:`.overview` — :func:`compute_overview`, the network overview across routes, with
  :mod:`.topics` (recurring words and pairs) and :mod:`.queries` (read-only SQL);
* :mod:`.charts`, :mod:`.csv_export`, :mod:`.report_pdf` — SVG charts, CSV and the PDF
  "Analyse van evaluaties";
* :mod:`.operations` — :class:`FollowUpOperations`, the mixin of ``Operations``;
* :mod:`.language` — the analysis's sentences in the app's language, or a printout's;
* :mod:`.cli` — ``praatplaat report``.

Names are imported lazily (``from praatplaat_app.analysis import compute_overview``
works), so importing this package costs little.
"""

from __future__ import annotations

import importlib
from typing import Any

# Import the operations package first: it includes FollowUpOperations from this package,
# and importing it from here (before .operations starts) keeps that import cycle-free
# whichever module is imported first.
import praatplaat_app.operations  # noqa: F401

_LAZY: dict[str, str] = {
    "compute_overview": "overview",
    "Overview": "overview",
    "route_timeline": "timeline",
    "Timeline": "timeline",
    "follow_up_statuses": "follow_up",
    "route_follow_up_status": "follow_up",
    "due_follow_ups": "follow_up",
    "earlier_actions": "follow_up",
    "FollowUpState": "follow_up",
    "FollowUpStatus": "follow_up",
    "community_check": "community",
    "community_checks": "community",
    "CommunityCheck": "community",
    "recurring_topics": "topics",
    "FollowUpOperations": "operations",
}

__all__ = [
    "CommunityCheck",
    "FollowUpOperations",
    "FollowUpState",
    "FollowUpStatus",
    "Overview",
    "Timeline",
    "community_check",
    "community_checks",
    "compute_overview",
    "due_follow_ups",
    "earlier_actions",
    "follow_up_statuses",
    "recurring_topics",
    "route_follow_up_status",
    "route_timeline",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'praatplaat_app.analysis' has no attribute {name!r}")
    return getattr(importlib.import_module(f"praatplaat_app.analysis.{module}"), name)
