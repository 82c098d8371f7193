"""The item model behind the library tree: routes, each with its conversations.

One column. A route row shows the route's name and how many conversations it has;
a conversation row has two lines: date and kind (``DisplayRole``), and the chosen
indicators (``DETAIL_ROLE`` as text, ``TITLES_ROLE`` and ``COLORS_ROLE`` as lists), newest first.
Every row carries what it is (``KIND_ROLE``: ``"route"`` or ``"session"``) and its
record id (``ID_ROLE``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from praatplaat_app.domain import Route, SessionSummary
from praatplaat_app.formatting import short_date
from praatplaat_app.indicators.catalog import Catalog

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # second line: indicator titles
COLORS_ROLE = Qt.ItemDataRole.UserRole + 4  # their colours, "#RRGGBB", same order
TITLES_ROLE = Qt.ItemDataRole.UserRole + 5  # the indicator titles as a list

ROUTE = "route"
SESSION = "session"
NO_INDICATOR_TEXT = QT_TRANSLATE_NOOP("LibraryModel", "nog geen indicator gekozen")
# A follow-up conversation looks back on the actions; it chooses no indicators.
FOLLOW_UP_TEXT = QT_TRANSLATE_NOOP("LibraryModel", "terugblik op de acties van de route")
UNKNOWN_COLOR = "#808080"


def format_date(date: dt.date | None) -> str:
    """Dates as the app's language writes them (dd-mm-jjjj in Dutch)."""
    return (
        short_date(date)
        if date
        else QCoreApplication.translate("LibraryModel", "geen datum")
    )


def indicator_title(catalog: Catalog, indicator_id: str) -> str:
    try:
        return catalog.indicator(indicator_id).title
    except KeyError:  # a user catalog without this indicator: show the id, lose nothing
        return indicator_id


def indicator_color(catalog: Catalog, indicator_id: str) -> str:
    try:
        return catalog.indicator(indicator_id).color
    except KeyError:
        return UNKNOWN_COLOR


def conversations_label(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("LibraryModel", "nog geen gesprekken")
    if count == 1:
        return QCoreApplication.translate("LibraryModel", "1 gesprek")
    return QCoreApplication.translate("LibraryModel", "{count} gesprekken").format(count=count)


def _tr(text: str) -> str:
    """The translation of a text marked with ``QT_TRANSLATE_NOOP("LibraryModel", …)``."""
    return QCoreApplication.translate("LibraryModel", text)


class LibraryModel(QStandardItemModel):
    """Routes and their conversations, rebuilt as a whole by :meth:`populate`."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setHorizontalHeaderLabels([self.tr("Routes en gesprekken")])

    def populate(self, routes: Sequence[Route], sessions: Iterable[SessionSummary]) -> None:
        """Show ``routes`` (in the given order) with ``sessions`` under their route.

        ``sessions`` must come newest first (as the library returns them).
        """
        by_route: dict[str, list[SessionSummary]] = {r.id: [] for r in routes}
        for summary in sessions:
            if summary.route_id in by_route:
                by_route[summary.route_id].append(summary)
        self.removeRows(0, self.rowCount())
        route_items = []
        for route in routes:
            route_item = self._route_item(route, len(by_route[route.id]))
            route_item.appendRows([self._session_item(s) for s in by_route[route.id]])
            route_items.append(route_item)
        self.invisibleRootItem().appendRows(route_items)

    # ------------------------------------------------------------------ lookup

    def find(self, kind: str, record_id: str) -> QModelIndex:
        """The index of a route or conversation, or an invalid index."""
        for row in range(self.rowCount()):
            route_item = self.item(row, 0)
            if kind == ROUTE and route_item.data(ID_ROLE) == record_id:
                return route_item.index()
            if kind == SESSION:
                for child_row in range(route_item.rowCount()):
                    child = route_item.child(child_row, 0)
                    if child.data(ID_ROLE) == record_id:
                        return child.index()
        return QModelIndex()

    def route_ids(self) -> list[str]:
        return [self.item(row, 0).data(ID_ROLE) for row in range(self.rowCount())]

    def session_ids(self) -> list[str]:
        ids = []
        for row in range(self.rowCount()):
            route_item = self.item(row, 0)
            ids.extend(route_item.child(r, 0).data(ID_ROLE) for r in range(route_item.rowCount()))
        return ids

    def session_count(self) -> int:
        return sum(self.item(row, 0).rowCount() for row in range(self.rowCount()))

    # ----------------------------------------------------------------- building

    def _route_item(self, route: Route, count: int) -> QStandardItem:
        item = QStandardItem(f"{route.name}  ({conversations_label(count)})")
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        details = [self.tr("Route: {name}").format(name=route.name)]
        if route.organisations:
            details.append(self.tr("Organisaties: {names}").format(names=route.organisations))
        if route.coordinator:
            details.append(self.tr("Coördinator: {name}").format(name=route.coordinator))
        details.append(conversations_label(count).capitalize())
        item.setToolTip("\n".join(details))
        item.setAccessibleText(
            self.tr("Route {name}, {conversations}").format(
                name=route.name, conversations=conversations_label(count)
            )
        )
        self._mark(item, ROUTE, route.id)
        return item

    def _session_item(self, summary: SessionSummary) -> QStandardItem:
        date_text = format_date(summary.date)
        titles = [indicator_title(self.catalog, i) for i in summary.indicator_ids]
        item = QStandardItem(f"{date_text}  ·  {summary.kind_label}")
        empty_text = _tr(FOLLOW_UP_TEXT if summary.kind == "follow_up" else NO_INDICATOR_TEXT)
        item.setData(" · ".join(titles) if titles else empty_text, DETAIL_ROLE)
        item.setData([indicator_color(self.catalog, i) for i in summary.indicator_ids], COLORS_ROLE)
        item.setData(titles, TITLES_ROLE)
        item.setToolTip(
            f"{summary.kind_label}, {date_text}"
            + (
                "\n" + self.tr("Gespreksleider: {name}").format(name=summary.facilitator)
                if summary.facilitator
                else ""
            )
            + (
                "\n" + self.tr("Indicatoren: {titles}").format(titles=", ".join(titles))
                if titles
                else ""
            )
            + self.tr("\nDubbelklik of druk op Enter om het gesprek te openen.")
        )
        item.setAccessibleText(
            self.tr("Gesprek {kind} op {date}").format(kind=summary.kind_label, date=date_text)
            + (
                self.tr(", indicatoren: {titles}").format(titles=", ".join(titles))
                if titles
                else f", {empty_text}"
            )
        )
        self._mark(item, SESSION, summary.id)
        return item

    @staticmethod
    def _mark(item: QStandardItem, kind: str, record_id: str) -> None:
        item.setData(kind, KIND_ROLE)
        item.setData(record_id, ID_ROLE)
        item.setEditable(False)
