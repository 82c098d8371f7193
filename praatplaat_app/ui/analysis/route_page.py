"""A route's page: its follow-up status, community check and timeline of conversations."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.analysis.community import community_check, method_text
from praatplaat_app.analysis.follow_up import (
    FollowUpState,
)
from praatplaat_app.analysis.timeline import Timeline, route_timeline
from praatplaat_app.domain import Route
from praatplaat_app.formatting import long_date, short_date
from praatplaat_app.indicators import Catalog
from praatplaat_app.ui.analysis.widgets import MUTED, STATE_COLORS, esc, heading, muted

# ---------------------------------------------------------------- route page


def timeline_html(timeline: Timeline) -> str:
    """The timeline as rich text for the route page (everything escaped)."""
    if timeline.is_empty:
        empty = QCoreApplication.translate("Analysis", "Nog geen gesprekken in deze route.")
        return f"<p style='color:{MUTED}'>{esc(empty)}</p>"
    parts = []
    current_round = 0
    for entry in timeline.entries:
        if timeline.rounds > 1 and entry.round_number != current_round:
            current_round = entry.round_number
            round_title = QCoreApplication.translate(
                "Analysis", "Evaluatieronde {number}"
            ).format(number=current_round)
            parts.append(f"<h3 style='color:{MUTED}'>{esc(round_title)}</h3>")
        date = (
            long_date(entry.date)
            if entry.date
            else QCoreApplication.translate("Analysis", "zonder datum")
        )
        color = "#8A4F7D" if entry.is_follow_up else "#1F3B57"
        parts.append(
            f"<h3 style='margin-bottom:2px'><span style='color:{color}'>●</span> "
            f"{esc(entry.kind_label)} <span style='font-weight:normal; color:{MUTED}'>"
            f"— {esc(date)}</span></h3>"
        )
        meta = []
        if entry.facilitator:
            meta.append(
                QCoreApplication.translate("Analysis", "gespreksleider: {name}").format(
                    name=esc(entry.facilitator)
                )
            )
        meta.append(
            QCoreApplication.translate("Analysis", "1 deelnemer")
            if entry.participant_count == 1
            else QCoreApplication.translate("Analysis", "{count} deelnemers").format(
                count=entry.participant_count
            )
        )
        parts.append(f"<p style='color:{MUTED}; margin-top:0'>{' · '.join(meta)}</p>")
        body = ["<div style='margin-left:18px'>"]
        if entry.indicators:
            chips = " ".join(
                f"<span style='color:{esc(i.color)}'>■</span> {esc(i.title)}"
                for i in entry.indicators
            )
            label = QCoreApplication.translate("Analysis", "Indicatoren:")
            body.append(f"<p><b>{esc(label)}</b> {chips}</p>")
        elif not entry.is_follow_up:
            none = QCoreApplication.translate("Analysis", "Geen indicator gekozen.")
            body.append(f"<p style='color:{MUTED}'>{esc(none)}</p>")
        for goal in entry.goals:
            label = QCoreApplication.translate("Analysis", "Ontwikkeldoel:")
            body.append(f"<p><b>{esc(label)}</b> {esc(goal)}</p>")
        if entry.reviews:
            body.append(
                QCoreApplication.translate("Analysis", "<p><b>Acties nagelopen</b></p><ul>")
            )
            for review in entry.reviews:
                status = f" → <b>{esc(review.status_label)}</b>" if review.status else ""
                answers = "".join(
                    f"<br><i>{esc(label)}</i> {esc(text)}" for label, text in review.answers
                )
                body.append(
                    f"<li>{esc(review.what)}{status} <span style='color:{MUTED}'>"
                    f"({esc(review.origin)})</span>{answers}</li>"
                )
            body.append("</ul>")
        if entry.evaluation_answers:
            body.append(QCoreApplication.translate("Analysis", "<p><b>Over de evaluatie</b></p>"))
            for question, answer in entry.evaluation_answers:
                body.append(f"<p><i>{esc(question)}</i><br>{esc(answer)}</p>")
        if entry.actions:
            title = (
                QCoreApplication.translate("Analysis", "Nieuwe acties")
                if entry.is_follow_up
                else QCoreApplication.translate("Analysis", "Acties")
            )
            body.append(f"<p><b>{title}</b></p><ul>")
            for action in entry.actions:
                details = [action.status_label]
                if action.who:
                    details.append(esc(action.who))
                if action.due:
                    details.append(short_date(action.due))
                body.append(
                    f"<li>{esc(action.what)} <span style='color:{MUTED}'>"
                    f"({' · '.join(details)})</span></li>"
                )
            body.append("</ul>")
        elif not entry.is_follow_up:
            none = QCoreApplication.translate("Analysis", "Geen acties afgesproken.")
            body.append(f"<p style='color:{MUTED}'>{esc(none)}</p>")
        for agreement in entry.agreements:
            who = (
                QCoreApplication.translate("Analysis", ", {name} nodigt uit").format(
                    name=esc(agreement.who)
                )
                if agreement.who
                else ""
            )
            label = QCoreApplication.translate("Analysis", "Vervolgafspraak:")
            when = long_date(agreement.date) or QCoreApplication.translate(
                "Analysis", "zonder datum"
            )
            body.append(f"<p><b>{esc(label)}</b> {esc(when)}{who}</p>")
        body.append("</div>")
        parts.append("".join(body))
    return "".join(parts)


class RoutePage(QWidget):
    """One route: follow-up status, community check and the timeline of conversations."""

    hold_requested = Signal(str)  # route id
    continue_requested = Signal(str, str)  # route id, follow-up session id

    def __init__(
        self,
        library: Any,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self._today = today
        self.route_id: str | None = None
        self.timeline: Timeline | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.subtitle = muted("")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.subtitle)

        self.follow_box = QGroupBox(self.tr("Vervolggesprek"))
        follow = QVBoxLayout(self.follow_box)
        self.follow_label = QLabel()
        self.follow_label.setWordWrap(True)
        self.follow_label.setTextFormat(Qt.TextFormat.PlainText)
        follow.addWidget(self.follow_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.hold_button = QPushButton(self.tr("Vervolggesprek houden…"))
        self.hold_button.clicked.connect(self._hold)
        row.addWidget(self.hold_button)
        follow.addLayout(row)
        layout.addWidget(self.follow_box)

        self.community_box = QGroupBox(self.tr("Leer- en ontwikkelgemeenschap"))
        community = QVBoxLayout(self.community_box)
        self.community_label = QLabel()
        self.community_label.setWordWrap(True)
        self.community_label.setTextFormat(Qt.TextFormat.PlainText)
        community.addWidget(self.community_label)
        self.method_label = muted(method_text())
        self.method_label.setVisible(False)
        self.method_toggle = QPushButton(self.tr("Hoe telt Praatplaat?"))
        self.method_toggle.setFlat(True)
        self.method_toggle.setCheckable(True)
        self.method_toggle.setStyleSheet("text-align: left; color: #2E6F95;")
        self.method_toggle.toggled.connect(self.method_label.setVisible)
        community.addWidget(self.method_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        community.addWidget(self.method_label)
        layout.addWidget(self.community_box)

        layout.addWidget(heading(self.tr("Tijdlijn")))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Tijdlijn van de gesprekken"))
        layout.addWidget(self.browser, 1)
        self.show_route(None)

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def show_route(self, route_id: str | None) -> None:
        self.route_id = route_id
        route = self.library.find(Route, route_id) if route_id else None
        if route is None or route.deleted:
            self.route_id = None
            self.timeline = None
            self.title.setText(self.tr("Geen route gekozen"))
            self.subtitle.setText(self.tr("Kies een route in de lijst (dubbelklik of Enter)."))
            self.follow_box.hide()
            self.community_box.hide()
            self.browser.clear()
            return
        self.follow_box.show()
        self.community_box.show()
        self.timeline = timeline = route_timeline(self.library, self.catalog, route.id, self.today)
        self.title.setText(route.name)
        bits = [
            b
            for b in (
                route.organisations,
                self.tr("coördinator: {name}").format(name=route.coordinator)
                if route.coordinator
                else "",
            )
            if b
        ]
        self.subtitle.setText(" · ".join(bits))
        status = timeline.follow_up
        self.follow_label.setText(f"{status.label}. {status.explanation}")
        color = STATE_COLORS.get(status.state)
        self.follow_label.setStyleSheet(
            f"color: {color}; font-weight: bold;" if color and status.needs_attention else ""
        )
        self.hold_button.setEnabled(status.state != FollowUpState.NO_EVALUATION)
        self.hold_button.setText(
            self.tr("Vervolggesprek openen…")
            if self._open_follow_up()
            else self.tr("Vervolggesprek houden…")
        )
        check = community_check(self.library, route.id)
        self.community_label.setText("\n".join(check.explanation_lines))
        self.browser.setHtml(timeline_html(timeline))

    def refresh(self) -> None:
        self.show_route(self.route_id)

    def _open_follow_up(self) -> str | None:
        """The follow-up conversation of the latest round, if one is entered."""
        if self.timeline is None:
            return None
        status = self.timeline.follow_up
        return status.held_session_id or status.scheduled_session_id or None

    def _hold(self) -> None:
        if self.route_id is None:
            return
        existing = self._open_follow_up()
        if existing:
            self.continue_requested.emit(self.route_id, existing)
        else:
            self.hold_requested.emit(self.route_id)

