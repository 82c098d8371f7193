"""The network overview across routes ("Analyse van evaluaties").

:func:`compute_overview` answers, for all routes or a selection by period, organisation or
route:

* how often each indicator and each theme was discussed (number of conversations, and of
  routes);
* how far the actions are (open / bezig / gedaan / vervallen), per route and per indicator;
* the questionnaire results per route (scale means per role group, with the anonymity rule
  of :mod:`praatplaat_app.questionnaire.scoring`);
* recurring topics across the notes (:mod:`.topics`);
* the community check per route (:mod:`.community`);
* the routes whose six-month follow-up is overdue or due (:mod:`.follow_up`).

Selection rules:

* the **period** (``date_from`` … ``date_to``, both inclusive) selects conversations by
  their date; a conversation without a date only counts when no period is given;
* **organisation** selects routes whose "organisaties" field or whose participants mention
  it (case and accents ignored; "noorderpoort" finds "ROC Noorderpoort");
* **route_ids** selects routes.

The community check and the follow-up status describe a route *as it is now*: they follow
the route and organisation selection, not the period (an overdue follow-up is overdue
whatever period is being looked at).

Everything is read with a handful of aggregate queries (:mod:`.queries`). Those run on a
second, read-only connection in a worker thread while the topics are counted on the
calling thread (SQLite does its work without holding Python's lock); 10,000 conversations
take about half a second.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from praatplaat_app.analysis import queries
from praatplaat_app.analysis.community import CommunityCheck, check_from_rows
from praatplaat_app.analysis.follow_up import (
    FollowUpState,
    FollowUpStatus,
    compute_status,
    latest_round,
)
from praatplaat_app.analysis.queries import Selection, SessionRow
from praatplaat_app.analysis.topics import RecurringTopics, fold, recurring_topics
from praatplaat_app.domain import (
    ACTION_STATUS_LABELS,
    SESSION_KIND_LABELS,
    SESSION_KIND_ORDER,
    ActionStatus,
)
from praatplaat_app.formatting import long_date, short_date
from praatplaat_app.indicators import Catalog

STATUS_ORDER: tuple[str, ...] = tuple(s.value for s in ActionStatus)
NO_INDICATOR = "(geen indicator)"
TOPIC_LIMIT = 30


@dataclass(frozen=True)
class CountRow:
    """How often something (an indicator, a theme) was discussed."""

    id: str
    label: str
    sessions: int
    routes: int
    color: str = "#5A6570"


@dataclass(frozen=True)
class StatusRow:
    """Actions by status for one route or one indicator."""

    id: str
    label: str
    counts: dict[str, int]  # status -> number (every status present, 0 included)
    color: str = "#5A6570"

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share_done(self) -> float:
        return self.counts.get(ActionStatus.DONE, 0) / self.total if self.total else 0.0


@dataclass(frozen=True)
class RouteLine:
    id: str
    name: str
    sessions: int
    kinds: dict[str, int]
    first_date: dt.date | None
    last_date: dt.date | None


@dataclass(frozen=True)
class QuestionnaireLine:
    """Questionnaire results of one route: a ``QuestionnaireScores`` from the
    questionnaire feature (``scores``), or None when that feature is not installed."""

    route_id: str
    route_name: str
    responses: int
    scores: Any = None


@dataclass
class Overview:
    # the selection
    date_from: dt.date | None
    date_to: dt.date | None
    organisation: str | None
    route_names: tuple[str, ...]  # the selected routes' names (empty: all routes)
    today: dt.date
    # figures
    session_count: int = 0
    kind_counts: dict[str, int] = field(default_factory=dict)
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    routes: list[RouteLine] = field(default_factory=list)
    indicators: list[CountRow] = field(default_factory=list)
    themes: list[CountRow] = field(default_factory=list)
    actions_total: StatusRow | None = None
    actions_by_route: list[StatusRow] = field(default_factory=list)
    actions_by_indicator: list[StatusRow] = field(default_factory=list)
    questionnaires: list[QuestionnaireLine] = field(default_factory=list)
    questionnaire_note: str = ""
    topics: RecurringTopics | None = None
    communities: list[CommunityCheck] = field(default_factory=list)
    follow_ups: list[FollowUpStatus] = field(default_factory=list)
    selected_route_count: int = 0
    no_route_chosen: bool = False  # route_ids was given, and empty

    # ------------------------------------------------------------- derived

    @property
    def is_empty(self) -> bool:
        return self.session_count == 0

    @property
    def overdue(self) -> list[FollowUpStatus]:
        return [s for s in self.follow_ups if s.state == FollowUpState.OVERDUE]

    @property
    def due(self) -> list[FollowUpStatus]:
        return [s for s in self.follow_ups if s.state == FollowUpState.DUE]

    @property
    def period_text(self) -> str:
        if self.date_from and self.date_to:
            return f"{long_date(self.date_from)} t/m {long_date(self.date_to)}"
        if self.date_from:
            return f"vanaf {long_date(self.date_from)}"
        if self.date_to:
            return f"tot en met {long_date(self.date_to)}"
        return "alle gesprekken"

    @property
    def selection_text(self) -> str:
        parts = [f"Periode: {self.period_text}"]
        if self.organisation:
            parts.append(f"organisatie: {self.organisation}")
        if self.route_names:
            parts.append("routes: " + ", ".join(self.route_names))
        else:
            parts.append("alle routes")
        return " · ".join(parts)

    @property
    def empty_message(self) -> str:
        """What to show instead of charts when nothing was selected."""
        if self.selected_route_count == 0:
            if self.no_route_chosen:
                return "Er is geen route gekozen. Kies minstens één route."
            if self.organisation:
                return (
                    f"Geen enkele route hoort bij de organisatie '{self.organisation}'. "
                    "Controleer de spelling of kies een andere organisatie."
                )
            return "Er zijn nog geen routes. Maak een route aan of laad de voorbeeldgegevens."
        return (
            f"Er zijn geen gesprekken gevonden ({self.selection_text}). Kies een ruimere "
            "periode of andere routes."
        )

    @property
    def summary_text(self) -> str:
        """One Dutch sentence with the main figures."""
        if self.is_empty:
            return self.empty_message
        route_count = len(self.routes)
        kinds = ", ".join(
            f"{n} {SESSION_KIND_LABELS.get(k, k).lower()}"
            for k, n in sorted(
                self.kind_counts.items(), key=lambda kv: SESSION_KIND_ORDER.get(kv[0], 9)
            )
        )
        conv = "gesprek" if self.session_count == 1 else "gesprekken"
        routes = "route" if route_count == 1 else "routes"
        span = ""
        if self.first_date and self.last_date:
            span = f", van {long_date(self.first_date)} tot {long_date(self.last_date)}"
        actions = self.actions_total.total if self.actions_total else 0
        return (
            f"{self.session_count} {conv} in {route_count} {routes}{span} ({kinds}); "
            f"{actions} {'actie' if actions == 1 else 'acties'}."
        )


def _organisation_routes(
    conn: Any, all_routes: list[queries.RouteRow], organisation: str
) -> set[str]:
    wanted = " ".join(fold(organisation).split())
    people = queries.participant_organisations(conn)
    found = set()
    for route in all_routes:
        texts = [route.organisations, *people.get(route.id, ())]
        if any(wanted in " ".join(fold(t).split()) for t in texts):
            found.add(route.id)
    return found


def known_organisations(library: Any) -> list[str]:
    """The organisations participants came from, each once (compared without case and
    accents), alphabetical: the choices of the organisation filter."""
    seen: dict[str, str] = {}
    for names in queries.participant_organisations(library.conn).values():
        for name in names:
            written = " ".join(name.split())
            seen.setdefault(" ".join(fold(written).split()), written)
    return sorted(seen.values(), key=lambda n: (fold(n), n))


def _status_counts() -> dict[str, int]:
    return {s: 0 for s in STATUS_ORDER}


def _questionnaires(
    rows: list[queries.ResponseRow], catalog: Catalog, names: dict[str, str]
) -> tuple[list[QuestionnaireLine], str]:
    if not rows:
        return [], "Er zijn geen ingevulde vragenlijsten bij de gekozen gesprekken."
    by_route: dict[str, list[queries.ResponseRow]] = defaultdict(list)
    for row in rows:
        by_route[row.route_id].append(row)
    try:  # the questionnaire feature scores the responses (anonymity rule included)
        from praatplaat_app.questionnaire.responses import Response, clean_answer
        from praatplaat_app.questionnaire.scoring import score_responses
    except ImportError:  # pragma: no cover - the hook when that feature is absent
        lines = [
            QuestionnaireLine(route_id, names.get(route_id, route_id), len(found))
            for route_id, found in by_route.items()
        ]
        return sorted(lines, key=lambda l: l.route_name.casefold()), (
            "Alleen aantallen: de scores van de vragenlijst zijn in deze versie niet beschikbaar."
        )
    lines = []
    for route_id, found in by_route.items():
        responses = [
            Response(
                session_id=r.session_id,
                questionnaire_id=r.questionnaire_id,
                role=r.role,
                answers={str(k): clean_answer(v) for k, v in r.answers.items()},
            )
            for r in found
        ]
        lines.append(
            QuestionnaireLine(
                route_id,
                names.get(route_id, route_id),
                len(found),
                score_responses(responses, catalog),
            )
        )
    note = (
        "Gemiddelden op een schaal van 1 tot 5 per groep. Een gemiddelde van minder dan "
        "drie respondenten wordt niet getoond."
    )
    return sorted(lines, key=lambda l: l.route_name.casefold()), note


@dataclass
class _Aggregates:
    indicators: dict[str, tuple[int, int]]
    themes: dict[str, tuple[int, int]]
    actions: list[queries.ActionCount]
    responses: list[queries.ResponseRow]


def _aggregate(conn: Any, selection: Selection) -> _Aggregates:
    return _Aggregates(
        queries.indicator_counts(conn, selection),
        queries.theme_counts(conn, selection),
        queries.action_counts(conn, selection),
        queries.questionnaire_responses(conn, selection),
    )


def _reader(library: Any) -> sqlite3.Connection | None:
    """A second, read-only connection to the library file, for a worker thread; None when
    it cannot be opened (then everything runs on the library's own connection)."""
    path = getattr(library, "path", None)
    if path is None or getattr(library, "_in_transaction", 0):
        return None  # inside a write transaction only the library's connection sees it all
    try:
        conn = sqlite3.connect(
            Path(path).resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False
        )
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except (sqlite3.Error, ValueError, OSError):
        return None
    return conn


def _aggregate_in_background(library: Any, selection: Selection) -> Callable[[], _Aggregates]:
    """Start the SQL aggregations (SQLite releases the GIL while it works) and return a
    function that waits for them. Falls back to running them now on the main connection."""
    reader = _reader(library)
    if reader is None:
        result = _aggregate(library.conn, selection)
        return lambda: result
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["value"] = _aggregate(reader, selection)
        except Exception as exc:  # noqa: BLE001 - handed to the caller, raised there
            outcome["error"] = exc
        finally:
            reader.close()

    worker = threading.Thread(target=work, name="praatplaat-overview", daemon=True)
    worker.start()

    def wait() -> _Aggregates:
        worker.join()
        if "value" in outcome:
            return outcome["value"]
        if isinstance(outcome.get("error"), sqlite3.Error):  # e.g. file moved: try again here
            return _aggregate(library.conn, selection)
        raise outcome["error"]

    return wait


def compute_overview(
    library: Any,
    catalog: Catalog,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    organisation: str | None = None,
    route_ids: list[str] | tuple[str, ...] | None = None,
    today: dt.date | None = None,
    topic_limit: int = TOPIC_LIMIT,
) -> Overview:
    """The network overview (see the module docstring). Never raises for an empty
    selection: the result then says so (:attr:`Overview.is_empty`)."""
    conn = library.conn
    today = today or dt.date.today()
    organisation = (organisation or "").strip() or None
    all_routes = queries.routes(conn)
    names = {r.id: r.name for r in all_routes}
    chosen = [r for r in all_routes if route_ids is None or r.id in set(route_ids)]
    if organisation:
        matching = _organisation_routes(conn, chosen, organisation)
        chosen = [r for r in chosen if r.id in matching]
    chosen_ids = tuple(r.id for r in chosen)
    overview = Overview(
        date_from=date_from,
        date_to=date_to,
        organisation=organisation,
        route_names=tuple(r.name for r in chosen) if route_ids is not None else (),
        today=today,
        selected_route_count=len(chosen),
        no_route_chosen=route_ids is not None and len(route_ids) == 0,
    )

    # Status of each chosen route "now": all of its conversations, whatever the period.
    route_selection = Selection(route_ids=chosen_ids)
    sessions_by_route: dict[str, list[SessionRow]] = {r.id: [] for r in chosen}
    for row in queries.sessions(conn, route_selection):
        sessions_by_route[row.route_id].append(row)
    agreements = queries.agreements(conn)
    overview.follow_ups = [
        compute_status(r.id, r.name, sessions_by_route[r.id], agreements, today) for r in chosen
    ]
    round_ids = [s.id for rows in sessions_by_route.values() for s in latest_round(rows)]
    people: dict[str, list[queries.ParticipantRow]] = defaultdict(list)
    route_of = {s.id: s.route_id for rows in sessions_by_route.values() for s in rows}
    for person in queries.participants(conn, round_ids):
        people[route_of[person.session_id]].append(person)
    overview.communities = [
        check_from_rows(r.id, r.name, sessions_by_route[r.id], people[r.id]) for r in chosen
    ]

    # The conversations in the period.
    selection = Selection(date_from, date_to, chosen_ids)
    in_period = [
        s
        for rows in sessions_by_route.values()
        for s in rows
        if (date_from is None or (s.date is not None and s.date >= date_from))
        and (date_to is None or (s.date is not None and s.date <= date_to))
    ]
    overview.session_count = len(in_period)
    if not in_period:
        return overview
    aggregates = _aggregate_in_background(library, selection)
    # Recurring topics meanwhile, on this thread.
    if len({s.route_id for s in in_period}) >= 2:
        overview.topics = recurring_topics(
            queries.note_texts(conn, selection, by="route"), names, unit="routes",
            limit=topic_limit,
        )
    else:
        labels = {
            s.id: f"{SESSION_KIND_LABELS.get(s.kind, s.kind)} {short_date(s.date)}".strip()
            for s in in_period
        }
        overview.topics = recurring_topics(
            queries.note_texts(conn, selection, by="session"), labels, unit="gesprekken",
            limit=topic_limit,
        )
    kind_counts: dict[str, int] = defaultdict(int)
    per_route: dict[str, list[SessionRow]] = defaultdict(list)
    for s in in_period:
        kind_counts[s.kind] += 1
        per_route[s.route_id].append(s)
    overview.kind_counts = dict(kind_counts)
    dates = [s.date for s in in_period if s.date]
    overview.first_date = min(dates, default=None)
    overview.last_date = max(dates, default=None)
    for route in chosen:
        rows = per_route.get(route.id)
        if not rows:
            continue
        route_dates = [s.date for s in rows if s.date]
        kinds: dict[str, int] = defaultdict(int)
        for s in rows:
            kinds[s.kind] += 1
        overview.routes.append(
            RouteLine(
                route.id, route.name, len(rows), dict(kinds),
                min(route_dates, default=None), max(route_dates, default=None),
            )
        )

    # Indicators and themes.
    found = aggregates()
    counts = dict(found.indicators)
    colors = {}
    for indicator in catalog.indicators:
        colors[indicator.id] = indicator.color
        sessions, routes = counts.pop(indicator.id, (0, 0))
        overview.indicators.append(
            CountRow(indicator.id, indicator.title, sessions, routes, indicator.color)
        )
    for indicator_id, (sessions, routes) in sorted(counts.items()):
        overview.indicators.append(CountRow(indicator_id, indicator_id, sessions, routes))
    theme_counts = dict(found.themes)
    themes = []
    for theme in catalog.themes:
        sessions, routes = theme_counts.pop(theme.id, (0, 0))
        color = colors.get(theme.indicator_ids[0], "#5A6570") if theme.indicator_ids else "#5A6570"
        themes.append((theme.order, CountRow(theme.id, theme.title, sessions, routes, color)))
    for theme_id, (sessions, routes) in sorted(theme_counts.items()):
        themes.append((999, CountRow(theme_id, theme_id, sessions, routes)))
    overview.themes = [row for _, row in sorted(themes, key=lambda t: (-t[1].sessions, t[0]))]

    # Actions.
    by_route: dict[str, dict[str, int]] = defaultdict(_status_counts)
    by_indicator: dict[str, dict[str, int]] = defaultdict(_status_counts)
    total = _status_counts()
    for item in found.actions:
        status = item.status if item.status in total else ActionStatus.OPEN.value
        by_route[item.route_id][status] += item.count
        by_indicator[item.indicator_id][status] += item.count
        total[status] += item.count
    overview.actions_total = StatusRow("", "Alle acties", total)
    overview.actions_by_route = [
        StatusRow(line.id, line.name, by_route.get(line.id, _status_counts()))
        for line in overview.routes
    ]
    titles = {i.id: i.title for i in catalog.indicators}
    order = [i.id for i in catalog.indicators]
    overview.actions_by_indicator = [
        StatusRow(
            key, titles.get(key, key) if key else NO_INDICATOR, value, colors.get(key, "#5A6570")
        )
        for key, value in sorted(
            by_indicator.items(),
            key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0]),
        )
    ]

    # Questionnaires.
    overview.questionnaires, overview.questionnaire_note = _questionnaires(
        found.responses, catalog, names
    )
    return overview


def status_label(status: str) -> str:
    return ACTION_STATUS_LABELS.get(status, status)
