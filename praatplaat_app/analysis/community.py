"""Community check: does a route's group meet the network's criteria for a learning and
development community ("leer- en ontwikkelgemeenschap", definition 2022-2026)?

* **Robuust** — at least 15 members among students, supervisors/professionals, teachers
  and experts by experience;
* **Interdisciplinair** — at least 5 different disciplines, branches and/or organisations.

What Praatplaat can count (decided here, and explained in the app with
:func:`method_text`):

Members
    Participants are mostly anonymous, and the same people take part in several
    conversations (the coordinator, supervisors in the staff and the joint conversation).
    So we look at the route's *latest evaluation round* (its evaluation conversations and
    the follow-up after them, see :func:`~praatplaat_app.analysis.follow_up.split_rounds`)
    and count **per role the largest number of participants in one conversation**; when
    participants are named, each known name counts once, so a role counts
    ``max(largest number in one conversation, distinct names in the round)``. The roles
    are added up. Every role counts as a member (a coordinator is a professional; experts
    by experience are entered as "anders"). This never counts anyone twice, so the real
    community may be larger — never smaller.

Disciplines, branches, organisations
    The organisations of the participants in that round, counted once each (case,
    accents and extra spaces ignored: "Cosis" and "cosis " are one). Roles are *not*
    counted as disciplines: every route has students, teachers and supervisors, so that
    would say nothing. The route's own "organisaties" field is prose ("Noorderpoort en
    zorgorganisaties in de ouderenzorg") and is not counted either.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from praatplaat_app.analysis import queries
from praatplaat_app.analysis.follow_up import latest_round
from praatplaat_app.analysis.queries import ParticipantRow, SessionRow
from praatplaat_app.analysis.topics import fold
from praatplaat_app.domain import Role
from praatplaat_app.messages import resolve_language, tr

ROBUST_MIN_MEMBERS = 15
INTERDISCIPLINARY_MIN = 5

_ROLE_ORDER = [r.value for r in Role]


def method_text(language: str | None = None) -> str:
    """How the check counts, for the people reading its outcome, in ``language``."""
    return tr(
        "Een leer- en ontwikkelgemeenschap is robuust bij minstens {members} leden "
        "(studenten, werkbegeleiders/professionals, docenten en ervaringsdeskundigen) en "
        "interdisciplinair bij minstens {organisations} verschillende disciplines, branches "
        "of organisaties. Praatplaat kijkt naar de laatste evaluatieronde van de route. "
        "Deelnemers zijn vaak anoniem en doen aan meer gesprekken mee; daarom telt per rol "
        "het grootste aantal deelnemers in één gesprek, en telt een bekende naam één keer. "
        "Zo telt niemand dubbel; de echte groep kan groter zijn. Bij interdisciplinair "
        "tellen de verschillende organisaties van de deelnemers.",
        language=language,
        members=ROBUST_MIN_MEMBERS,
        organisations=INTERDISCIPLINARY_MIN,
    )


def _role_text(role: str, count: int, language: str | None = None) -> str:
    """``count`` people of one role: "1 docent", "3 docenten" (whole phrases per role, as
    the plural differs per word and per language)."""
    if count == 1:
        one = {
            Role.STUDENT: tr("1 student", language=language),
            Role.TEACHER: tr("1 docent", language=language),
            Role.SUPERVISOR: tr("1 werkbegeleider", language=language),
            Role.PRACTICE_TRAINER: tr("1 praktijkopleider", language=language),
            Role.COORDINATOR: tr("1 coördinator", language=language),
            Role.OTHER: tr("1 anders", language=language),
        }
        return one.get(role, f"1 {role}")
    many = {
        Role.STUDENT: tr("{count} studenten", language=language, count=count),
        Role.TEACHER: tr("{count} docenten", language=language, count=count),
        Role.SUPERVISOR: tr("{count} werkbegeleiders", language=language, count=count),
        Role.PRACTICE_TRAINER: tr("{count} praktijkopleiders", language=language, count=count),
        Role.COORDINATOR: tr("{count} coördinatoren", language=language, count=count),
        Role.OTHER: tr("{count} anderen", language=language, count=count),
    }
    return many.get(role, f"{count} {role}")


def organisation_key(name: str) -> str:
    """How organisations are compared: folded case and accents, single spaces."""
    return re.sub(r"\s+", " ", fold(name)).strip(" .,;:-")


@dataclass(frozen=True)
class CommunityCheck:
    route_id: str
    route_name: str
    members: int
    members_by_role: dict[str, int] = field(default_factory=dict)
    organisations: tuple[str, ...] = ()  # as written, alphabetical
    conversations: int = 0  # conversations counted (the latest round)
    first_date: dt.date | None = None
    last_date: dt.date | None = None

    @property
    def robust(self) -> bool:
        return self.members >= ROBUST_MIN_MEMBERS

    @property
    def interdisciplinary(self) -> bool:
        return len(self.organisations) >= INTERDISCIPLINARY_MIN

    @property
    def has_data(self) -> bool:
        return self.conversations > 0

    @property
    def roles_text(self) -> str:
        return self.roles_text_in()

    def roles_text_in(self, language: str | None = None) -> str:
        """The members per role ("4 studenten, 1 docent"), in ``language``."""
        parts = [
            _role_text(role, self.members_by_role[role], language)
            for role in sorted(
                self.members_by_role,
                key=lambda r: _ROLE_ORDER.index(r) if r in _ROLE_ORDER else 99,
            )
            if self.members_by_role[role]
        ]
        return ", ".join(parts)

    @property
    def explanation_lines(self) -> tuple[str, ...]:
        """The outcome in short sentences (robust, then interdisciplinary), in the app's
        language; :meth:`explanation_lines_in` for another one."""
        return self.explanation_lines_in()

    def explanation_lines_in(self, language: str | None = None) -> tuple[str, ...]:
        language = resolve_language(language)
        if not self.has_data:
            return (
                tr(
                    "Nog geen evaluatiegesprek met deelnemers vastgelegd; de check op robuust "
                    "en interdisciplinair kan pas daarna.",
                    language=language,
                ),
            )
        yes, no = tr("ja", language=language), tr("nee", language=language)
        if self.members == 1:
            members = tr("1 lid", language=language)
        else:
            members = tr("{count} leden", language=language, count=self.members)
        org_count = len(self.organisations)
        if org_count == 1:
            organisations = tr("1 organisatie", language=language)
        else:
            organisations = tr("{count} organisaties", language=language, count=org_count)
        roles_text = self.roles_text_in(language)
        robust_line = tr(
            "Robuust: {answer} — {members}{roles}; minstens {minimum} nodig.",
            language=language,
            answer=yes if self.robust else no,
            members=members,
            roles=f" ({roles_text})" if roles_text else "",
            minimum=ROBUST_MIN_MEMBERS,
        )
        inter_line = tr(
            "Interdisciplinair: {answer} — {organisations}{names}; minstens {minimum} nodig.",
            language=language,
            answer=yes if self.interdisciplinary else no,
            organisations=organisations,
            names=f": {', '.join(self.organisations)}" if self.organisations else "",
            minimum=INTERDISCIPLINARY_MIN,
        )
        return (robust_line, inter_line)

    @property
    def explanation(self) -> str:
        """A short explanation of the outcome, in the app's language."""
        return self.explanation_in()

    def explanation_in(self, language: str | None = None) -> str:
        return " ".join(self.explanation_lines_in(language))


def count_members(
    people_by_session: dict[str, list[ParticipantRow]],
) -> tuple[int, dict[str, int]]:
    """Members by the rule of the module docstring: ``(total, per role)``."""
    largest: dict[str, int] = defaultdict(int)
    names: dict[str, set[str]] = defaultdict(set)
    for people in people_by_session.values():
        per_role = Counter(p.role for p in people)
        for role, count in per_role.items():
            largest[role] = max(largest[role], count)
        for p in people:
            if p.name.strip():
                names[p.role].add(fold(" ".join(p.name.split())))
    by_role = {role: max(largest[role], len(names[role])) for role in set(largest) | set(names)}
    return sum(by_role.values()), by_role


def distinct_organisations(people: Iterable[ParticipantRow]) -> tuple[str, ...]:
    """Distinct organisations (compared folded), each shown in its most used spelling."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for p in people:
        written = " ".join(p.organisation.split())
        key = organisation_key(written)
        if key:
            spellings[key][written] += 1
    shown = [counter.most_common(1)[0][0] for counter in spellings.values()]
    return tuple(sorted(shown, key=lambda s: (fold(s), s)))


def check_from_rows(
    route_id: str,
    route_name: str,
    sessions: list[SessionRow],
    people: list[ParticipantRow],
) -> CommunityCheck:
    round_ = latest_round(sessions)
    round_ids = {s.id for s in round_}
    by_session: dict[str, list[ParticipantRow]] = {s.id: [] for s in round_}
    for person in people:
        if person.session_id in round_ids:
            by_session[person.session_id].append(person)
    total, by_role = count_members(by_session)
    dates = [s.date for s in round_ if s.date]
    return CommunityCheck(
        route_id=route_id,
        route_name=route_name,
        members=total,
        members_by_role=by_role,
        organisations=distinct_organisations(p for ps in by_session.values() for p in ps),
        conversations=len(round_),
        first_date=min(dates, default=None),
        last_date=max(dates, default=None),
    )


def community_checks(library, route_ids: Iterable[str] | None = None) -> list[CommunityCheck]:
    """The check for every route (or for ``route_ids``), by route name, in three queries."""
    wanted = set(route_ids) if route_ids is not None else None
    routes = [r for r in queries.routes(library.conn) if wanted is None or r.id in wanted]
    selection = queries.Selection(route_ids=tuple(r.id for r in routes))
    sessions_by_route: dict[str, list[SessionRow]] = {r.id: [] for r in routes}
    for session in queries.sessions(library.conn, selection):
        sessions_by_route[session.route_id].append(session)
    round_ids = [
        s.id for rows in sessions_by_route.values() for s in latest_round(rows)
    ]
    people_by_route: dict[str, list[ParticipantRow]] = defaultdict(list)
    route_of = {s.id: s.route_id for rows in sessions_by_route.values() for s in rows}
    for person in queries.participants(library.conn, round_ids):
        people_by_route[route_of[person.session_id]].append(person)
    return [
        check_from_rows(r.id, r.name, sessions_by_route[r.id], people_by_route[r.id])
        for r in routes
    ]


def community_check(library, route_id: str) -> CommunityCheck:
    checks = community_checks(library, [route_id])
    if not checks:
        from praatplaat_app.errors import NotFoundError

        raise NotFoundError(tr("Deze route bestaat niet (meer)."))
    return checks[0]
