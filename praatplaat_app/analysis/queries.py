"""Read-only SQL for the analysis: aggregations over the whole library in a few queries.

The store rule is "the UI never writes SQL"; the core analysis may *read* with SQL when
going through records one by one would be too slow (the network overview must stay under a
second for 10,000 conversations). Everything here takes the library's connection
(``library.conn``), only runs ``SELECT`` statements and returns plain Python values.

A selection of conversations is a :class:`Selection`: an optional period (inclusive
dates), optional route ids. Route ids travel as one JSON array parameter
(``IN (SELECT value FROM json_each(?))``), so any number of routes is one bound value.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

# Notes of the follow-up conversation (see praatplaat_app.analysis.follow_up): the review
# of an earlier action uses one "indicator" per answer, the action's id as theme.
REVIEW_INDICATORS: dict[str, str] = {
    "status": "vervolg-status",
    "what_happened": "vervolg-gebeurd",
    "helped": "vervolg-hielp",
    "hindered": "vervolg-hinderde",
    "next_step": "vervolg-volgende-stap",
}
REVIEW_STATUS_INDICATOR = REVIEW_INDICATORS["status"]
EVALUATION_INDICATOR = "vervolg-evaluatie"


@dataclass(frozen=True)
class Selection:
    """Which conversations an aggregation looks at. ``None`` means "no limit"."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    route_ids: tuple[str, ...] | None = None

    def where(self, alias: str = "s") -> tuple[str, list[Any]]:
        """SQL conditions on ``sessions AS alias`` joined with ``routes AS r``."""
        clauses = [f"{alias}.deleted = 0", "r.deleted = 0"]
        params: list[Any] = []
        if self.date_from is not None:
            clauses.append(f"{alias}.date >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to is not None:
            clauses.append(f"{alias}.date <= ?")
            params.append(self.date_to.isoformat())
        if self.date_from is not None or self.date_to is not None:
            clauses.append(f"{alias}.date IS NOT NULL")
        if self.route_ids is not None:
            clauses.append(f"{alias}.route_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(self.route_ids)))
        return " AND ".join(clauses), params


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# ------------------------------------------------------------------------- routes


@dataclass(frozen=True)
class RouteRow:
    id: str
    name: str
    organisations: str
    coordinator: str


def routes(conn: sqlite3.Connection) -> list[RouteRow]:
    """Every route that is not deleted, by name."""
    return [
        RouteRow(r["id"], r["name"], r["organisations"], r["coordinator"])
        for r in conn.execute(
            "SELECT id, name, organisations, coordinator FROM routes WHERE deleted = 0 "
            "ORDER BY name COLLATE NOCASE, id"
        )
    ]


def participant_organisations(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Per route, the organisations its participants came from (as written)."""
    result: dict[str, set[str]] = defaultdict(set)
    for route_id, organisation in conn.execute(
        """
        SELECT DISTINCT s.route_id, p.organisation FROM participants p
        JOIN sessions s ON s.id = p.session_id
        WHERE p.deleted = 0 AND s.deleted = 0 AND trim(p.organisation) != ''
        """
    ):
        result[route_id].add(organisation)
    return result


# ----------------------------------------------------------------------- sessions


@dataclass(frozen=True)
class SessionRow:
    id: str
    route_id: str
    kind: str
    date: dt.date | None
    created_at: str


def sessions(conn: sqlite3.Connection, selection: Selection = Selection()) -> list[SessionRow]:
    """The selected conversations (of routes that are not deleted), oldest first."""
    where, params = selection.where()
    return [
        SessionRow(row[0], row[1], row[2], _date(row[3]), row[4])
        for row in conn.execute(
            f"""
            SELECT s.id, s.route_id, s.kind, s.date, s.created_at FROM sessions s
            JOIN routes r ON r.id = s.route_id WHERE {where}
            ORDER BY s.date, s.created_at
            """,
            params,
        )
    ]


def agreements(
    conn: sqlite3.Connection, session_ids: Sequence[str] | None = None
) -> dict[str, list[tuple[str, dt.date]]]:
    """Follow-up agreements with a date, per conversation: ``[(follow_up_id, date), ...]``."""
    sql = (
        "SELECT f.session_id, f.id, f.date FROM follow_ups f "
        "WHERE f.deleted = 0 AND f.date IS NOT NULL"
    )
    params: list[Any] = []
    if session_ids is not None:
        sql += " AND f.session_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(session_ids)))
    result: dict[str, list[tuple[str, dt.date]]] = defaultdict(list)
    for session_id, follow_up_id, date in conn.execute(sql + " ORDER BY f.date", params):
        result[session_id].append((follow_up_id, dt.date.fromisoformat(date)))
    return result


@dataclass(frozen=True)
class ParticipantRow:
    session_id: str
    role: str
    organisation: str
    name: str


def participants(conn: sqlite3.Connection, session_ids: Sequence[str]) -> list[ParticipantRow]:
    return [
        ParticipantRow(*row)
        for row in conn.execute(
            """
            SELECT session_id, role, organisation, name FROM participants
            WHERE deleted = 0 AND session_id IN (SELECT value FROM json_each(?))
            ORDER BY session_id, position, rowid
            """,
            (json.dumps(list(session_ids)),),
        )
    ]


# ------------------------------------------------------------------- aggregations


def indicator_counts(
    conn: sqlite3.Connection, selection: Selection
) -> dict[str, tuple[int, int]]:
    """Per indicator id: (conversations in which it was chosen, distinct routes)."""
    where, params = selection.where()
    return {
        row[0]: (row[1], row[2])
        for row in conn.execute(
            f"""
            SELECT si.indicator_id, count(DISTINCT si.session_id), count(DISTINCT s.route_id)
            FROM session_indicators si
            JOIN sessions s ON s.id = si.session_id
            JOIN routes r ON r.id = s.route_id
            WHERE si.deleted = 0 AND {where}
            GROUP BY si.indicator_id
            """,
            params,
        )
    }


def theme_counts(conn: sqlite3.Connection, selection: Selection) -> dict[str, tuple[int, int]]:
    """Per theme id: (conversations in which it was discussed, distinct routes).

    A theme counts as discussed in a conversation when it was ticked "besproken" or has
    a note with text, under an indicator that was chosen in that conversation (notes of
    an indicator that was dropped again are kept, but do not count). A theme that sits
    under two chosen indicators counts once per conversation.
    """
    where, params = selection.where()
    return {
        row[0]: (row[1], row[2])
        for row in conn.execute(
            f"""
            WITH talked(session_id, indicator_id, theme_id) AS (
                SELECT session_id, indicator_id, theme_id FROM theme_marks
                WHERE deleted = 0 AND discussed = 1
                UNION
                SELECT session_id, indicator_id, theme_id FROM notes
                WHERE deleted = 0 AND theme_id != '' AND trim(text) != ''
            )
            SELECT t.theme_id, count(DISTINCT t.session_id), count(DISTINCT s.route_id)
            FROM talked t
            JOIN session_indicators si ON si.session_id = t.session_id
                 AND si.indicator_id = t.indicator_id AND si.deleted = 0
            JOIN sessions s ON s.id = t.session_id
            JOIN routes r ON r.id = s.route_id
            WHERE {where}
            GROUP BY t.theme_id
            """,
            params,
        )
    }


@dataclass(frozen=True)
class ActionCount:
    route_id: str
    indicator_id: str  # the action's own, else its goal's; "" when neither has one
    status: str
    count: int


def action_counts(conn: sqlite3.Connection, selection: Selection) -> list[ActionCount]:
    """Confirmed (non-draft) actions of the selected conversations, by route, indicator
    and status."""
    where, params = selection.where()
    return [
        ActionCount(*row)
        for row in conn.execute(
            f"""
            SELECT s.route_id,
                   CASE WHEN a.indicator_id != '' THEN a.indicator_id
                        ELSE coalesce(g.indicator_id, '') END AS indicator,
                   a.status, count(*)
            FROM actions a
            JOIN sessions s ON s.id = a.session_id
            JOIN routes r ON r.id = s.route_id
            LEFT JOIN goals g ON g.id = a.goal_id AND g.deleted = 0
            WHERE a.deleted = 0 AND a.draft = 0 AND {where}
            GROUP BY 1, 2, 3
            """,
            params,
        )
    ]


def note_texts(
    conn: sqlite3.Connection, selection: Selection, *, by: str = "route"
) -> Iterator[tuple[str, str]]:
    """``(route_id or session_id, all note text of it)`` for the selected conversations.

    ``by`` is ``"route"`` or ``"session"``. The notes of one source arrive as one text,
    separated by line ends (which end a phrase for the topic counter). Private notes
    ("privé") are left out: the overview is shared across routes. The machine-readable
    status notes of follow-up reviews ("vervolg-status") are left out too.
    """
    column = {"route": "s.route_id", "session": "n.session_id"}[by]
    where, params = selection.where()
    yield from conn.execute(
        f"""
        SELECT {column}, group_concat(n.text, char(10)) FROM notes n
        JOIN sessions s ON s.id = n.session_id
        JOIN routes r ON r.id = s.route_id
        WHERE n.deleted = 0 AND n.private = 0 AND n.text != ''
          AND n.indicator_id != ? AND {where}
        GROUP BY {column}
        """,
        [REVIEW_STATUS_INDICATOR, *params],
    )


@dataclass(frozen=True)
class ResponseRow:
    route_id: str
    session_id: str
    questionnaire_id: str
    role: str
    answers: dict[str, Any]


def questionnaire_responses(conn: sqlite3.Connection, selection: Selection) -> list[ResponseRow]:
    """Questionnaire responses of the selected conversations (answers parsed from JSON;
    a response whose answers cannot be read counts with no answers)."""
    where, params = selection.where()
    result = []
    for route_id, session_id, questionnaire_id, role, answers in conn.execute(
        f"""
        SELECT s.route_id, q.session_id, q.questionnaire_id, q.role, q.answers
        FROM questionnaire_responses q
        JOIN sessions s ON s.id = q.session_id
        JOIN routes r ON r.id = s.route_id
        WHERE q.deleted = 0 AND {where}
        """,
        params,
    ):
        try:
            parsed = json.loads(answers or "{}")
        except ValueError:
            parsed = {}
        result.append(
            ResponseRow(
                route_id, session_id, questionnaire_id, role,
                parsed if isinstance(parsed, dict) else {},
            )
        )
    return result
