"""The read-only summary on the right: one conversation or one route at a glance.

The HTML is built here from escaped text only: whatever a facilitator typed
(``<b>``, ``&``, quotes) is shown literally, never interpreted.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from praatplaat_app.domain import (
    ACTION_STATUS_LABELS,
    NOTE_KIND_LABELS,
    PILLAR_LABELS,
    ROLE_LABELS,
    SESSION_KIND_LABELS,
    Action,
    Conversation,
    Note,
    NoteKind,
    Participant,
    Route,
    SessionSummary,
)
from praatplaat_app.errors import NotFoundError
from praatplaat_app.indicators.catalog import Catalog
from praatplaat_app.operations import Change
from praatplaat_app.store import Library
from praatplaat_app.ui.library_model import format_date, indicator_title

PLACEHOLDER_TEXT = QT_TRANSLATE_NOOP(
    "SummaryView", "Kies links een gesprek om de samenvatting te zien."
)
_NOTE_ORDER = (NoteKind.GOES_WELL, NoteKind.IMPROVE, NoteKind.FREE)
_MUTED = "#5f6368"
# What html.escape(quote=True) does, without importing ``html`` (its entity table is a
# noticeable part of start-up, and the summary is on the first screen).
_HTML_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)


def _escape(text: str) -> str:
    return text.translate(_HTML_ESCAPES)


def esc(text: str | None) -> str:
    """User text as HTML text: escaped, line breaks kept."""
    return _escape(text or "").replace("\n", "<br>")


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column details table; empty values are shown as a muted dash."""
    cells = []
    for label, value in pairs:
        shown = esc(value) if value.strip() else f'<span style="color:{_MUTED}">—</span>'
        cells.append(
            f'<tr><td style="padding-right:12px; color:{_MUTED}; white-space:nowrap">'
            f"{_escape(label)}</td><td>{shown}</td></tr>"
        )
    return '<table cellspacing="0" cellpadding="2">' + "".join(cells) + "</table>"


def _swatch(color: str) -> str:
    return f'<span style="color:{_escape(color)}">■</span> '


def _muted(text: str) -> str:
    return f'<p style="color:{_MUTED}">{_escape(text)}</p>'


def placeholder_html(text: str = PLACEHOLDER_TEXT) -> str:
    if text == PLACEHOLDER_TEXT:
        text = QCoreApplication.translate("SummaryView", PLACEHOLDER_TEXT)
    hint = QCoreApplication.translate(
        "SummaryView", "Dubbelklik of druk op Enter om een gesprek te openen."
    )
    return (
        f'<div style="color:{_MUTED}"><p>&nbsp;</p><p align="center">{_escape(text)}</p>'
        f'<p align="center">{_escape(hint)}</p></div>'
    )


# ---------------------------------------------------------------- conversation


def _participants_html(participants: list[Participant]) -> str:
    if not participants:
        return _muted(QCoreApplication.translate("SummaryView", "Geen deelnemers vastgelegd."))
    items = []
    for role, label in ROLE_LABELS.items():
        people = [p for p in participants if p.role == role]
        if not people:
            continue
        shown = []
        unnamed = 0
        for person in people:
            if person.name:
                org = f" ({person.organisation})" if person.organisation else ""
                shown.append(esc(person.name + org))
            elif person.organisation:
                shown.append(esc(person.organisation))
            else:
                unnamed += 1
        if unnamed:
            shown.append(
                QCoreApplication.translate("SummaryView", "1 zonder naam")
                if unnamed == 1
                else QCoreApplication.translate("SummaryView", "{count} zonder naam").format(
                    count=unnamed
                )
            )
        items.append(f"<li><b>{_escape(label)}</b> ({len(people)}): {', '.join(shown)}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _notes_html(notes: list[Note]) -> str:
    parts = []
    for kind in _NOTE_ORDER:
        for note in notes:
            if note.kind == kind and note.text.strip():
                private = (
                    " <i>(" + QCoreApplication.translate("SummaryView", "privé") + ")</i>"
                    if note.private
                    else ""
                )
                parts.append(
                    f"<p><b>{_escape(NOTE_KIND_LABELS[kind])}</b>{private}<br>"
                    f"{esc(note.text)}</p>"
                )
    return "".join(parts)


def _indicators_html(conv: Conversation, catalog: Catalog) -> str:
    if not conv.indicators:
        return _muted(QCoreApplication.translate("SummaryView", "Nog geen indicator gekozen."))
    parts = []
    notes = [n for n in conv.notes if n.text.strip()]
    for chosen in conv.indicators:
        ind_id = chosen.indicator_id
        try:
            indicator = catalog.indicator(ind_id)
            title, color = indicator.title, indicator.color
        except KeyError:
            title, color = ind_id, "#777777"
        parts.append(f"<h3>{_swatch(color)}{_escape(title)}</h3>")
        body = _notes_html([n for n in notes if n.indicator_id == ind_id and not n.theme_id])
        themes = list(catalog.themes_for(ind_id)) if title != ind_id else []
        known = {t.id for t in themes}
        theme_titles = [(t.id, t.title) for t in themes] + [
            (tid, tid)
            for tid in dict.fromkeys(
                n.theme_id for n in notes if n.indicator_id == ind_id and n.theme_id
            )
            if tid not in known
        ]
        for theme_id, theme_title in theme_titles:
            theme_notes = [n for n in notes if n.indicator_id == ind_id and n.theme_id == theme_id]
            discussed = conv.is_discussed(ind_id, theme_id)
            if not theme_notes and not discussed:
                continue
            mark = (
                " <i>(" + QCoreApplication.translate("SummaryView", "besproken") + ")</i>"
                if discussed
                else ""
            )
            body += f"<p><u>{_escape(theme_title)}</u>{mark}</p>"
            body += _notes_html(theme_notes) or _muted(
                QCoreApplication.translate("SummaryView", "Geen notities.")
            )
        body = body or _muted(QCoreApplication.translate("SummaryView", "Nog geen notities."))
        parts.append(f'<div style="margin-left:12px">{body}</div>')
    return "".join(parts)


def _action_line(action: Action) -> str:
    bits = [
        esc(action.what)
        or "<i>(" + QCoreApplication.translate("SummaryView", "zonder omschrijving") + ")</i>"
    ]
    details = []
    if action.who:
        details.append(
            QCoreApplication.translate("SummaryView", "wie: {who}").format(who=esc(action.who))
        )
    if action.due:
        details.append(
            QCoreApplication.translate("SummaryView", "wanneer: {date}").format(
                date=format_date(action.due)
            )
        )
    status = _escape(ACTION_STATUS_LABELS.get(action.status, action.status))
    details.append(
        QCoreApplication.translate("SummaryView", "status: {status}").format(status=status)
    )
    return f'<li>{bits[0]} <span style="color:{_MUTED}">({"; ".join(details)})</span></li>'


def _action_plan_html(conv: Conversation, catalog: Catalog) -> str:
    parts = [
        "<h2>" + QCoreApplication.translate("SummaryView", "Actieplan") + "</h2>",
        "<h3>" + QCoreApplication.translate("SummaryView", "Ontwikkeldoelen") + "</h3>",
    ]
    goal_ids = set()
    if conv.goals:
        parts.append("<ol>")
        for goal in conv.goals:
            goal_ids.add(goal.id)
            labels = []
            if goal.indicator_id:
                labels.append(indicator_title(catalog, goal.indicator_id))
            if goal.pillar:
                labels.append(PILLAR_LABELS.get(goal.pillar, goal.pillar))
            label = (
                f' <span style="color:{_MUTED}">({esc(", ".join(labels))})</span>' if labels else ""
            )
            actions = conv.actions_for_goal(goal.id)
            sub = "<ul>" + "".join(_action_line(a) for a in actions) + "</ul>" if actions else ""
            parts.append(f"<li>{esc(goal.text)}{label}{sub}</li>")
        parts.append("</ol>")
    else:
        parts.append(_muted(QCoreApplication.translate("SummaryView", "Nog geen ontwikkeldoelen.")))
    loose = [a for a in conv.actions if not a.draft and a.goal_id not in goal_ids]
    drafts = conv.draft_actions
    if loose or not conv.goals:
        parts.append("<h3>" + QCoreApplication.translate("SummaryView", "Acties") + "</h3>")
        if loose:
            parts.append("<ul>" + "".join(_action_line(a) for a in loose) + "</ul>")
        else:
            parts.append(_muted(QCoreApplication.translate("SummaryView", "Nog geen acties.")))
    if drafts:
        parts.append(
            "<h3>"
            + QCoreApplication.translate("SummaryView", "Conceptacties (nog niet bevestigd)")
            + "</h3>"
        )
        parts.append("<ul>" + "".join(_action_line(a) for a in drafts) + "</ul>")
    parts.append("<h3>" + QCoreApplication.translate("SummaryView", "Vervolgafspraken") + "</h3>")
    if conv.follow_ups:
        items = []
        for follow in conv.follow_ups:
            details = []
            if follow.who_invites:
                details.append(
                    QCoreApplication.translate("SummaryView", "wie nodigt uit: {who}").format(
                        who=esc(follow.who_invites)
                    )
                )
            if follow.prepare:
                details.append(
                    QCoreApplication.translate("SummaryView", "voorbereiden: {what}").format(
                        what=esc(follow.prepare)
                    )
                )
            items.append(f"<li><b>{format_date(follow.date)}</b> — {'; '.join(details)}</li>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    else:
        parts.append(
            _muted(QCoreApplication.translate("SummaryView", "Nog geen vervolgafspraken."))
        )
    return "".join(parts)


def conversation_html(conv: Conversation, catalog: Catalog) -> str:
    session, route = conv.session, conv.route
    kind = SESSION_KIND_LABELS.get(session.kind, session.kind)
    return "".join(
        [
            f'<p style="color:{_MUTED}">'
            + QCoreApplication.translate("SummaryView", "Route: {name}").format(
                name=f"<b>{esc(route.name)}</b>"
            )
            + "</p>",
            f"<h1>{_escape(kind)} — {format_date(session.date)}</h1>",
            _rows(
                [
                    (
                        QCoreApplication.translate("SummaryView", "Gespreksleider"),
                        session.facilitator,
                    ),
                    (QCoreApplication.translate("SummaryView", "Context"), session.context),
                    (QCoreApplication.translate("SummaryView", "Doelgroep"), session.target_group),
                    (
                        QCoreApplication.translate("SummaryView", "Fase van de innovatie"),
                        session.phase,
                    ),
                ]
            ),
            "<h2>" + QCoreApplication.translate("SummaryView", "Deelnemers") + "</h2>",
            _participants_html(conv.participants),
            "<h2>" + QCoreApplication.translate("SummaryView", "Indicatoren en notities") + "</h2>",
            _indicators_html(conv, catalog),
            _action_plan_html(conv, catalog),
        ]
    )


# ----------------------------------------------------------------------- route


def route_html(route: Route, sessions: list[SessionSummary], catalog: Catalog) -> str:
    parts = [
        f"<h1>{esc(route.name)}</h1>",
        _rows(
            [
                (QCoreApplication.translate("SummaryView", "Organisaties"), route.organisations),
                (
                    QCoreApplication.translate("SummaryView", "Opleidingen en niveaus"),
                    route.programmes,
                ),
                (
                    QCoreApplication.translate("SummaryView", "Aanleiding en doel"),
                    route.reason_goal,
                ),
                (QCoreApplication.translate("SummaryView", "Vorm"), route.form),
                (QCoreApplication.translate("SummaryView", "Fase van de innovatie"), route.phase),
                (QCoreApplication.translate("SummaryView", "Coördinator"), route.coordinator),
            ]
        ),
        "<h2>" + QCoreApplication.translate("SummaryView", "Gesprekken") + "</h2>",
    ]
    if sessions:
        items = []
        for s in sessions:
            titles = ", ".join(indicator_title(catalog, i) for i in s.indicator_ids)
            extra = f' <span style="color:{_MUTED}">({esc(titles)})</span>' if titles else ""
            items.append(
                f"<li><b>{format_date(s.date)}</b> — {_escape(s.kind_label)}{extra}</li>"
            )
        parts.append("<ul>" + "".join(items) + "</ul>")
    else:
        parts.append(
            _muted(QCoreApplication.translate("SummaryView", "Nog geen gesprekken in deze route."))
        )
    return "".join(parts)


# ---------------------------------------------------------------------- widget


class SummaryView(QTextBrowser):
    """Shows :func:`conversation_html` or :func:`route_html`; never edits anything."""

    def __init__(self, library: Library, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self.shown: tuple[str, str] | None = None  # ("session" | "route", id)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setAccessibleName(self.tr("Samenvatting"))
        self.setAccessibleDescription(
            self.tr("Samenvatting van de gekozen route of het gekozen gesprek")
        )
        self.setToolTip(self.tr("Samenvatting van wat links is gekozen (alleen lezen)"))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(12)
        self.show_placeholder()

    def show_placeholder(self) -> None:
        self.shown = None
        self.setHtml(placeholder_html())

    def show_conversation(self, session_id: str) -> None:
        try:
            conv = self.library.conversation(session_id)
        except NotFoundError:
            self.show_placeholder()
            return
        self.shown = ("session", session_id)
        self.setHtml(conversation_html(conv, self.catalog))

    def show_route(self, route_id: str) -> None:
        try:
            route = self.library.get(Route, route_id)
        except NotFoundError:
            self.show_placeholder()
            return
        self.shown = ("route", route_id)
        sessions = self.library.list_sessions(route_id=route_id, limit=None)
        self.setHtml(route_html(route, sessions, self.catalog))

    def refresh(self) -> None:
        if self.shown is None:
            return
        kind, record_id = self.shown
        scroll = self.verticalScrollBar().value()
        if kind == "session":
            self.show_conversation(record_id)
        else:
            self.show_route(record_id)
        self.verticalScrollBar().setValue(scroll)

    def affected_by(self, change: Change) -> bool:
        if self.shown is None or not change.what:
            return False
        kind, record_id = self.shown
        if kind == "session":
            return change.session_id in (None, record_id) or "routes" in change.what
        return change.route_id in (None, record_id) or bool(
            change.what & {"sessions", "indicators"}
        )
