"""Demo data: the six routes of the report with a few realistic conversations.

Record ids are derived from stable keys (UUID v5), so installing the demo
twice adds nothing the second time and never duplicates a route.
"""

from __future__ import annotations

import tomllib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from praatplaat_app.domain import (
    Action,
    ChosenIndicator,
    FollowUp,
    Goal,
    Note,
    NoteKind,
    Participant,
    Record,
    Route,
    Session,
    ThemeMark,
)
from praatplaat_app.indicators import Catalog
from praatplaat_app.store import Library

_NAMESPACE = uuid.UUID("6f1f8f0e-5b7a-4c1e-9d8e-7a6f3b2c1d00")
_DATA_FILE = Path(__file__).with_name("conversations.toml")


@dataclass
class DemoResult:
    routes_added: int = 0
    sessions_added: int = 0
    skipped: int = 0


def _id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def load_demo_data() -> dict[str, Any]:
    with _DATA_FILE.open("rb") as handle:
        return tomllib.load(handle)


def demo_records(catalog: Catalog) -> tuple[list[Route], dict[str, list[Record]]]:
    """The demo routes, and per conversation key all of its records."""
    data = load_demo_data()
    details = {d["route"]: d for d in data.get("route_details", [])}
    routes: list[Route] = []
    route_ids: dict[str, str] = {}
    for template in catalog.routes:
        extra = details.get(template.id, {})
        route = Route(
            id=_id("route", template.id),
            name=template.name,
            organisations=template.organisations,
            programmes=template.programmes,
            reason_goal=template.reason_goal,
            form=template.form,
            phase=extra.get("phase", ""),
            coordinator=extra.get("coordinator", ""),
        )
        routes.append(route)
        route_ids[template.id] = route.id

    conversations: dict[str, list[Record]] = {}
    for conv in data.get("conversation", []):
        key = conv["key"]
        session = Session(
            id=_id("session", key),
            route_id=route_ids[conv["route"]],
            kind=conv["kind"],
            date=conv["date"],
            facilitator=conv.get("facilitator", ""),
            context=conv.get("context", ""),
            target_group=conv.get("target_group", ""),
            phase=conv.get("phase", ""),
        )
        records: list[Record] = [session]
        for position, indicator_id in enumerate(conv.get("indicators", [])):
            catalog.indicator(indicator_id)  # fail loudly on a typo in the demo data
            records.append(
                ChosenIndicator(
                    id=_id("indicator", key, indicator_id),
                    session_id=session.id,
                    indicator_id=indicator_id,
                    position=position,
                )
            )
        for position, person in enumerate(conv.get("participants", [])):
            records.append(
                Participant(
                    id=_id("participant", key, str(position)),
                    session_id=session.id,
                    role=person["role"],
                    organisation=person.get("organisation", ""),
                    name=person.get("name", ""),
                    position=position,
                )
            )
        for block in conv.get("notes", []):
            indicator_id, theme_id = block["indicator"], block.get("theme", "")
            if theme_id:
                catalog.theme(theme_id)
            for kind in NoteKind:
                text = block.get(kind.value)
                if text:
                    records.append(
                        Note(
                            id=_id("note", key, indicator_id, theme_id, kind.value),
                            session_id=session.id,
                            indicator_id=indicator_id,
                            theme_id=theme_id,
                            kind=kind.value,
                            text=text,
                        )
                    )
            if theme_id and "discussed" in block:
                records.append(
                    ThemeMark(
                        id=_id("mark", key, indicator_id, theme_id),
                        session_id=session.id,
                        indicator_id=indicator_id,
                        theme_id=theme_id,
                        discussed=bool(block["discussed"]),
                    )
                )
        action_position = 0
        for g_pos, goal_data in enumerate(conv.get("goals", [])):
            goal = Goal(
                id=_id("goal", key, str(g_pos)),
                session_id=session.id,
                indicator_id=goal_data.get("indicator", ""),
                theme_id=goal_data.get("theme", ""),
                pillar=goal_data.get("pillar", ""),
                text=goal_data["text"],
                position=g_pos,
            )
            records.append(goal)
            for a_pos, action_data in enumerate(goal_data.get("actions", [])):
                records.append(
                    Action(
                        id=_id("action", key, str(g_pos), str(a_pos)),
                        session_id=session.id,
                        goal_id=goal.id,
                        what=action_data["what"],
                        who=action_data.get("who", ""),
                        due=action_data.get("due"),
                        status=action_data.get("status", "open"),
                        position=action_position,
                        indicator_id=goal.indicator_id,
                        theme_id=goal.theme_id,
                    )
                )
                action_position += 1
        for f_pos, follow in enumerate(conv.get("follow_ups", [])):
            records.append(
                FollowUp(
                    id=_id("follow_up", key, str(f_pos)),
                    session_id=session.id,
                    date=follow.get("date"),
                    who_invites=follow.get("who_invites", ""),
                    prepare=follow.get("prepare", ""),
                    position=f_pos,
                )
            )
        conversations[key] = records
    return routes, conversations


def install_demo(library: Library, catalog: Catalog) -> DemoResult:
    """Add the demo routes and conversations that are not in the library yet."""
    routes, conversations = demo_records(catalog)
    result = DemoResult()
    with library.transaction():
        for route in routes:
            # A route the user already made under the same name is left alone.
            if library.find(Route, route.id) is not None or library.route_by_name(route.name):
                result.skipped += 1
                continue
            library.save(route)
            result.routes_added += 1
        for records in conversations.values():
            session = records[0]
            if library.find(Session, session.id) is not None:
                result.skipped += 1
                continue
            if library.find(Route, session.route_id) is None:
                continue  # its route was skipped: the user has their own version
            for record in records:
                library.save(record)
            result.sessions_added += 1
    return result
