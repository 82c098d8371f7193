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

import dataclasses
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
from praatplaat_app.analysis.phrases import actions_phrase, conversations_phrase, routes_phrase
from praatplaat_app.analysis.queries import Selection, SessionRow
from praatplaat_app.analysis.topics import RecurringTopics, fold, recurring_topics
from praatplaat_app.domain import SESSION_KIND_ORDER, ActionStatus
from praatplaat_app.formatting import long_date, short_date
from praatplaat_app.indicators import Catalog
from praatplaat_app.labels import labels as domain_labels
from praatplaat_app.messages import resolve_language, tr

STATUS_ORDER: tuple[str, ...] = tuple(s.value for s in ActionStatus)
TOPIC_LIMIT = 30


def no_indicator_label(language: str | None = None) -> str:
    """The label of actions without an indicator."""
    return tr("(geen indicator)", language=language)


def all_actions_label(language: str | None = None) -> str:
    return tr("Alle acties", language=language)


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
    topics: RecurringTopics | None = None
    communities: list[CommunityCheck] = field(default_factory=list)
    follow_ups: list[FollowUpStatus] = field(default_factory=list)
    selected_route_count: int = 0
    no_route_chosen: bool = False  # route_ids was given, and empty
    # The language of the texts below (None: the app's); see in_language().
    language: str | None = None
    # What the labels were made from, so that in_language() can make them again.
    catalog: Catalog | None = field(default=None, repr=False, compare=False)
    # Conversation id -> (kind, date), for the topics counted per conversation.
    topic_sessions: dict[str, tuple[str, dt.date | None]] = field(
        default_factory=dict, repr=False, compare=False
    )

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

    # The texts below are in self.language (the app's when None).

    @property
    def period_text(self) -> str:
        language = resolve_language(self.language)
        if self.date_from and self.date_to:
            return tr(
                "{start} t/m {end}",
                language=language,
                start=long_date(self.date_from, language),
                end=long_date(self.date_to, language),
            )
        if self.date_from:
            return tr("vanaf {date}", language=language, date=long_date(self.date_from, language))
        if self.date_to:
            return tr(
                "tot en met {date}", language=language, date=long_date(self.date_to, language)
            )
        return tr("alle gesprekken", language=language)

    @property
    def selection_text(self) -> str:
        language = self.language
        parts = [tr("Periode: {period}", language=language, period=self.period_text)]
        if self.organisation:
            parts.append(
                tr("organisatie: {organisation}", language=language,
                   organisation=self.organisation)
            )
        if self.route_names:
            parts.append(
                tr("routes: {names}", language=language, names=", ".join(self.route_names))
            )
        else:
            parts.append(tr("alle routes", language=language))
        return " · ".join(parts)

    @property
    def empty_message(self) -> str:
        """What to show instead of charts when nothing was selected."""
        language = self.language
        if self.selected_route_count == 0:
            if self.no_route_chosen:
                return tr("Er is geen route gekozen. Kies minstens één route.", language=language)
            if self.organisation:
                return tr(
                    "Geen enkele route hoort bij de organisatie '{organisation}'. "
                    "Controleer de spelling of kies een andere organisatie.",
                    language=language,
                    organisation=self.organisation,
                )
            return tr(
                "Er zijn nog geen routes. Maak een route aan of laad de voorbeeldgegevens.",
                language=language,
            )
        return tr(
            "Er zijn geen gesprekken gevonden ({selection}). Kies een ruimere periode of "
            "andere routes.",
            language=language,
            selection=self.selection_text,
        )

    @property
    def summary_text(self) -> str:
        """One sentence with the main figures."""
        if self.is_empty:
            return self.empty_message
        language = resolve_language(self.language)
        kind_labels = domain_labels(language).kinds
        kinds = ", ".join(
            # nl "2 studenten", en "students: 2": the labels are not counted nouns.
            tr("{count} {kind}", language=language, count=n,
               kind=kind_labels.get(k, k).lower())
            for k, n in sorted(
                self.kind_counts.items(), key=lambda kv: SESSION_KIND_ORDER.get(kv[0], 9)
            )
        )
        conversations = conversations_phrase(self.session_count, language)
        routes = routes_phrase(len(self.routes), language)
        actions = actions_phrase(self.actions_total.total if self.actions_total else 0, language)
        if self.first_date and self.last_date:
            return tr(
                "{conversations} in {routes}, van {first} tot {last} ({kinds}); {actions}.",
                language=language,
                conversations=conversations,
                routes=routes,
                first=long_date(self.first_date, language),
                last=long_date(self.last_date, language),
                kinds=kinds,
                actions=actions,
            )
        return tr(
            "{conversations} in {routes} ({kinds}); {actions}.",
            language=language,
            conversations=conversations,
            routes=routes,
            kinds=kinds,
            actions=actions,
        )

    @property
    def questionnaire_note(self) -> str:
        """What the questionnaire figures are (or why there are none)."""
        language = self.language
        if not self.questionnaires:
            return tr(
                "Er zijn geen ingevulde vragenlijsten bij de gekozen gesprekken.",
                language=language,
            )
        if any(line.scores is None for line in self.questionnaires):
            return tr(
                "Alleen aantallen: de scores van de vragenlijst zijn in deze versie niet "
                "beschikbaar.",
                language=language,
            )
        return tr(
            "Gemiddelden op een schaal van 1 tot 5 per groep. Een gemiddelde van minder dan "
            "drie respondenten wordt niet getoond.",
            language=language,
        )

    def in_language(self, language: str, catalog: Catalog | None = None) -> Overview:
        """A copy whose texts and labels are in ``language`` (for a printout or export):
        indicator and theme titles from ``catalog`` (in that language; by default the
        overview's own catalog when it is in it, else the shipped one), topic sources,
        fixed labels, and the texts above. The figures are the same."""
        language = resolve_language(language)
        if catalog is None:
            from praatplaat_app.export.pdf import catalog_for  # light: WeasyPrint is lazy

            catalog = catalog_for(self.catalog, language)
        titles = {i.id: i.title for i in catalog.indicators}
        theme_titles = {t.id: t.title for t in catalog.themes}

        def indicator_label(row: StatusRow) -> str:
            return titles.get(row.id, row.label) if row.id else no_indicator_label(language)

        topics = self.topics
        if topics is not None and self.topic_sessions:
            topics = dataclasses.replace(
                topics,
                topics=tuple(
                    dataclasses.replace(
                        t,
                        sources=tuple(
                            _session_label(*self.topic_sessions[i], language)
                            if i in self.topic_sessions
                            else label
                            for i, label in zip(t.source_ids, t.sources)
                        ),
                    )
                    for t in topics.topics
                ),
            )
        return dataclasses.replace(
            self,
            language=language,
            catalog=catalog,
            indicators=[
                dataclasses.replace(r, label=titles.get(r.id, r.label)) for r in self.indicators
            ],
            themes=[
                dataclasses.replace(r, label=theme_titles.get(r.id, r.label))
                for r in self.themes
            ],
            actions_total=(
                dataclasses.replace(self.actions_total, label=all_actions_label(language))
                if self.actions_total
                else None
            ),
            actions_by_indicator=[
                dataclasses.replace(r, label=indicator_label(r))
                for r in self.actions_by_indicator
            ],
            topics=topics,
        )


def _session_label(kind: str, date: dt.date | None, language: str | None = None) -> str:
    """A conversation as a topic source: "Studenten 14-03-2025"."""
    label = domain_labels(language).kinds.get(kind, kind)
    return f"{label} {short_date(date, language)}".strip()


# --------------------------------------------------------------- questionnaire tables


@dataclass(frozen=True)
class ScoreCell:
    mean: float | None
    n: int
    note: str  # why the mean is not shown, in words; "" when shown


@dataclass(frozen=True)
class ScoreGroup:
    label: str
    respondents: int
    cells: tuple[ScoreCell, ...]  # one per scale, in the order of the scales


@dataclass(frozen=True)
class ScoreTable:
    """The questionnaire results of one route as a printout or export shows them."""

    route: str
    responses: int
    scales: tuple[str, ...]  # titles
    groups: tuple[ScoreGroup, ...]


def score_tables(overview: Overview) -> list[ScoreTable]:
    """The questionnaire results in the overview's language: group names, scale titles
    (from its catalog) and why a mean is hidden. Read from the scores by key, so the
    words never depend on the language the scores were made in."""
    from praatplaat_app.export.context import texts  # the wording printouts share

    language = resolve_language(overview.language)
    words = texts(language)
    plurals = domain_labels(language).role_plurals
    titles: dict[str, str] = {}
    for questionnaire in getattr(overview.catalog, "questionnaires", ()):
        for scale in questionnaire.scales:
            titles.setdefault(scale.id, scale.title)

    tables = []
    for line in overview.questionnaires:
        scores = line.scores
        if scores is None:
            tables.append(ScoreTable(line.route_name, line.responses, (), ()))
            continue
        # Scores exist only when the questionnaire feature does.
        from praatplaat_app.questionnaire.scoring import ALL, MIN_GROUP_SIZE

        def note(cell: Any) -> str:
            if not cell.hidden:
                return ""
            # Hidden with few scores: too few respondents; with enough, the "all"
            # column would give a small group away (see questionnaire.scoring).
            if cell.n < MIN_GROUP_SIZE:
                return words.analysis_too_few_respondents
            return words.analysis_traceable

        groups = tuple(
            ScoreGroup(
                words.analysis_all_respondents
                if group.key == ALL
                else plurals.get(group.key, group.label),
                group.respondents,
                tuple(
                    ScoreCell(cell.mean, cell.n, note(cell))
                    for cell in (group.scale(s.id) for s in scores.scales)
                ),
            )
            for group in scores.groups
        )
        tables.append(
            ScoreTable(
                line.route_name,
                line.responses,
                tuple(titles.get(s.id, s.title) for s in scores.scales),
                groups,
            )
        )
    return tables


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
) -> list[QuestionnaireLine]:
    if not rows:
        return []
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
        return sorted(lines, key=lambda l: l.route_name.casefold())
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
    return sorted(lines, key=lambda l: l.route_name.casefold())


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
        catalog=catalog,
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
        overview.topic_sessions = {s.id: (s.kind, s.date) for s in in_period}
        labels = {s.id: _session_label(s.kind, s.date) for s in in_period}
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
    overview.actions_total = StatusRow("", all_actions_label(), total)
    overview.actions_by_route = [
        StatusRow(line.id, line.name, by_route.get(line.id, _status_counts()))
        for line in overview.routes
    ]
    titles = {i.id: i.title for i in catalog.indicators}
    order = [i.id for i in catalog.indicators]
    overview.actions_by_indicator = [
        StatusRow(
            key,
            titles.get(key, key) if key else no_indicator_label(),
            value,
            colors.get(key, "#5A6570"),
        )
        for key, value in sorted(
            by_indicator.items(),
            key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0]),
        )
    ]

    # Questionnaires.
    overview.questionnaires = _questionnaires(found.responses, catalog, names)
    return overview


def status_label(status: str, language: str | None = None) -> str:
    return domain_labels(language).statuses.get(status, status)
