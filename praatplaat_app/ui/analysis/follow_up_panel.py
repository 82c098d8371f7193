"""The dock "Vervolg gepland": routes whose follow-up conversation is overdue or due soon."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.analysis.follow_up import (
    DUE_WINDOW_DAYS,
    FollowUpState,
    FollowUpStatus,
    due_follow_ups,
)
from praatplaat_app.formatting import long_date
from praatplaat_app.ui.analysis.widgets import STATE_COLORS, muted

# ---------------------------------------------------------------- due panel


class FollowUpPanel(QWidget):
    """Routes whose follow-up conversation is overdue or due within 30 days."""

    route_chosen = Signal(str)  # double click: show the route
    hold_requested = Signal(str)  # "Vervolggesprek houden…" for a route

    def __init__(
        self, library: Any, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._today = today
        self.statuses: list[FollowUpStatus] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setAccessibleName(
            self.tr("Routes met een vervolggesprek dat te laat of binnenkort is")
        )
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(self._activated)
        self.list.currentRowChanged.connect(lambda _row: self._update_button())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.hold_button = QPushButton(self.tr("Vervolggesprek houden…"))
        self.hold_button.clicked.connect(self._hold)
        row.addStretch(1)
        row.addWidget(self.hold_button)
        layout.addLayout(row)
        layout.addWidget(
            muted(
                self.tr(
                    "Te laat: de datum is voorbij en er is geen vervolggesprek gehouden. Binnenkort: "
                    "vandaag of in de komende {days} dagen. De datum komt uit de "
                    "vervolgafspraak, anders zes maanden na de evaluatie."
                ).format(days=DUE_WINDOW_DAYS)
            )
        )
        self.refresh()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def refresh(self) -> None:
        self.statuses = due_follow_ups(self.library, self.today)
        self.list.clear()
        for status in self.statuses:
            when = long_date(status.proposed_date)
            if status.state == FollowUpState.OVERDUE:
                line = self.tr("Te laat: {route}\n    gepland op {date}").format(
                    route=status.route_name, date=when
                )
            else:
                line = self.tr("Binnenkort: {route}\n    {date}").format(
                    route=status.route_name, date=when
                )
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, status.route_id)
            item.setToolTip(status.explanation)
            item.setForeground(QColor(STATE_COLORS.get(status.state, "#1F262D")))
            self.list.addItem(item)
        late = sum(1 for s in self.statuses if s.state == FollowUpState.OVERDUE)
        soon = len(self.statuses) - late
        if not self.statuses:
            self.summary.setText(
                self.tr("Geen vervolggesprekken die te laat zijn of binnenkort komen.")
            )
        else:
            parts = []
            if late:
                parts.append(self.tr("{count} te laat").format(count=late))
            if soon:
                parts.append(self.tr("{count} binnenkort").format(count=soon))
            self.summary.setText(self.tr("Vervolggesprekken: ") + ", ".join(parts) + ".")
        if self.statuses:
            self.list.setCurrentRow(0)
        self._update_button()

    def count(self) -> int:
        return len(self.statuses)

    def current_route_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_button(self) -> None:
        self.hold_button.setEnabled(self.current_route_id() is not None)

    def _activated(self, item: QListWidgetItem) -> None:
        self.route_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _hold(self) -> None:
        route_id = self.current_route_id()
        if route_id:
            self.hold_requested.emit(route_id)

