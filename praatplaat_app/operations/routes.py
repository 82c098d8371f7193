"""Operations on routes."""

from __future__ import annotations

from typing import Any

from praatplaat_app.domain import Route
from praatplaat_app.errors import ValidationError
from praatplaat_app.messages import tr
from praatplaat_app.operations.base import OperationsBase
from praatplaat_app.operations.undo import Change
from praatplaat_app.validation import bounded_text, required_text

ROUTE_TEXT_FIELDS = (
    "organisations",
    "programmes",
    "reason_goal",
    "form",
    "phase",
    "coordinator",
)


def _field_label(name: str) -> str:
    """A route field as named in messages ("... is te lang"), in the app's language."""
    if name == "organisations":
        return tr("de organisaties")
    if name == "programmes":
        return tr("de opleidingen en niveaus")
    if name == "reason_goal":
        return tr("de aanleiding en het doel")
    if name == "form":
        return tr("de vorm")
    if name == "phase":
        return tr("de fase van de innovatie")
    return tr("de coördinator")


class RouteOperations(OperationsBase):
    def _clean_route_fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - {"name", *ROUTE_TEXT_FIELDS}
        if unknown:
            raise TypeError(f"unknown route fields: {sorted(unknown)}")
        cleaned = dict(fields)
        if "name" in cleaned:
            cleaned["name"] = required_text(cleaned["name"], tr("de naam van de route"), "name")
        for name in ROUTE_TEXT_FIELDS:
            if name in cleaned:
                cleaned[name] = bounded_text(cleaned[name], _field_label(name), name)
        return cleaned

    def create_route(self, name: str, **fields: Any) -> Route:
        cleaned = self._clean_route_fields({"name": name, **fields})
        existing = self.library.route_by_name(cleaned["name"])
        if existing is not None:
            raise ValidationError(
                tr(
                    "Er bestaat al een route met de naam '{name}'. Kies die route "
                    "of geef deze route een andere naam.",
                    name=existing.name,
                ),
                "name",
            )
        route = Route(**cleaned)
        self._commit(
            tr("Route aanmaken"), [route], Change(frozenset({"routes"}), route_id=route.id)
        )
        return route

    def update_route(self, route_id: str, **fields: Any) -> Route:
        cleaned = self._clean_route_fields(fields)
        route = self.library.get(Route, route_id)
        if "name" in cleaned:
            other = self.library.route_by_name(cleaned["name"])
            if other is not None and other.id != route_id:
                raise ValidationError(
                    tr("Er bestaat al een route met de naam '{name}'.", name=other.name), "name"
                )
        updated = route.touched(**cleaned)
        self._commit(
            tr("Route wijzigen"),
            [updated],
            Change(frozenset({"routes"}), route_id=route_id),
            merge_key=("route", route_id, tuple(sorted(cleaned))),
        )
        return updated
