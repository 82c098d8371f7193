"""Operations while preparing and holding a conversation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from praatplaat_app.domain import (
    Action,
    ChosenIndicator,
    Note,
    Participant,
    Role,
    Session,
    SessionKind,
    ThemeMark,
)
from praatplaat_app.errors import ValidationError
from praatplaat_app.messages import tr
from praatplaat_app.operations.base import OperationsBase
from praatplaat_app.operations.undo import Change
from praatplaat_app.operations.undo import changed as _change
from praatplaat_app.validation import bounded_text

SESSION_TEXT_FIELDS = ("facilitator", "context", "target_group", "phase")
MAX_INDICATORS_ADVISED = 2


def _field_label(name: str) -> str:
    """A conversation field as named in messages ("... is te lang"), in the app's language."""
    if name == "facilitator":
        return tr("de gespreksleider")
    if name == "context":
        return tr("de context")
    if name == "target_group":
        return tr("de doelgroep")
    return tr("de fase van de innovatie")




class ConversationOperations(OperationsBase):
    # ---------------------------------------------------------------- sessions

    def _check_kind(self, kind: str) -> str:
        try:
            return SessionKind(kind).value
        except ValueError:
            raise ValidationError(
                tr("Onbekende soort gesprek: '{kind}'.", kind=kind), "kind"
            ) from None

    def _check_date(self, date: dt.date | None) -> dt.date:
        if not isinstance(date, dt.date):
            raise ValidationError(tr("Vul een geldige datum in."), "date")
        return date

    def create_session(
        self,
        route_id: str,
        kind: str,
        date: dt.date,
        *,
        participants: list[dict[str, str]] | None = None,
        **fields: str,
    ) -> Session:
        from praatplaat_app.domain import Route

        self.library.get(Route, route_id)
        unknown = set(fields) - set(SESSION_TEXT_FIELDS)
        if unknown:
            raise TypeError(f"unknown session fields: {sorted(unknown)}")
        cleaned = {k: bounded_text(v, _field_label(k), k) for k, v in fields.items()}
        session = Session(
            route_id=route_id, kind=self._check_kind(kind), date=self._check_date(date), **cleaned
        )
        people = [
            self._new_participant(session.id, i, **p) for i, p in enumerate(participants or [])
        ]
        self._commit(
            tr("Gesprek aanmaken"),
            [session, *people],
            _change("sessions", session.id, route_id),
        )
        return session

    def update_session(self, session_id: str, **fields: Any) -> Session:
        session = self.library.get(Session, session_id)
        cleaned: dict[str, Any] = {}
        for key, value in fields.items():
            if key in SESSION_TEXT_FIELDS:
                cleaned[key] = bounded_text(value, _field_label(key), key)
            elif key == "kind":
                cleaned[key] = self._check_kind(value)
            elif key == "date":
                cleaned[key] = self._check_date(value)
            elif key == "route_id":
                from praatplaat_app.domain import Route

                self.library.get(Route, value)
                cleaned[key] = value
            else:
                raise TypeError(f"unknown session field: {key}")
        return self._update(
            session,
            cleaned,
            tr("Gespreksgegevens wijzigen"),
            _change("sessions", session_id, cleaned.get("route_id", session.route_id)),
            merge_key=("session", session_id, tuple(sorted(cleaned))),
        )

    def delete_session(self, session_id: str) -> Change:
        session = self.library.get(Session, session_id)
        return self._commit(
            tr("Gesprek verwijderen"),
            [session.touched(deleted=True)],
            _change("sessions", session_id, session.route_id),
        )

    def remember_position(self, session_id: str, indicator_id: str, theme_id: str) -> None:
        """Where the facilitator is; not an undo step, just where to reopen."""
        session = self.library.get(Session, session_id)
        if (session.current_indicator, session.current_theme) == (indicator_id, theme_id):
            return
        self.library.save(
            session.touched(current_indicator=indicator_id, current_theme=theme_id)
        )

    # ------------------------------------------------------------ participants

    def _new_participant(
        self, session_id: str, position: int, role: str = "", organisation: str = "", name: str = ""
    ) -> Participant:
        try:
            role_value = Role(role).value
        except ValueError:
            raise ValidationError(
                tr(
                    "Kies een rol voor elke deelnemer (student, docent, werkbegeleider, "
                    "praktijkopleider, coördinator of anders)."
                ),
                "role",
            ) from None
        return Participant(
            session_id=session_id,
            role=role_value,
            organisation=bounded_text(organisation, tr("organisatie"), "organisation", 500),
            name=bounded_text(name, tr("naam"), "name", 500).strip(),
            position=position,
        )

    def participants_of(self, session_id: str) -> list[Participant]:
        return self.library.rows(
            Participant, "session_id = ?", (session_id,), order="position, rowid"
        )

    def add_participant(
        self, session_id: str, role: str, organisation: str = "", name: str = ""
    ) -> Participant:
        return self.add_participants(
            session_id, [{"role": role, "organisation": organisation, "name": name}]
        )[0]

    def add_participants(self, session_id: str, people: list[dict[str, str]]) -> list[Participant]:
        """Add several participants at once ("4 studenten van Noorderpoort"): one undo step.

        Every person is checked before anything is written.
        """
        count = len(self.participants_of(session_id))
        records = [
            self._new_participant(session_id, count + i, **person)
            for i, person in enumerate(people)
        ]
        if records:
            label = (
                tr("Deelnemer toevoegen")
                if len(records) == 1
                else tr("{count} deelnemers toevoegen", count=len(records))
            )
            self._commit(label, records, _change("participants", session_id))
        return records

    def update_participant(self, participant_id: str, **fields: str) -> Participant:
        person = self.library.get(Participant, participant_id)
        checked = self._new_participant(
            person.session_id,
            person.position,
            fields.get("role", person.role),
            fields.get("organisation", person.organisation),
            fields.get("name", person.name),
        )
        updated = person.touched(
            role=checked.role, organisation=checked.organisation, name=checked.name
        )
        self._commit(
            tr("Deelnemer wijzigen"),
            [updated],
            _change("participants", person.session_id),
            merge_key=("participant", participant_id, tuple(sorted(fields))),
        )
        return updated

    def remove_participant(self, participant_id: str) -> Change:
        person = self.library.get(Participant, participant_id)
        return self._commit(
            tr("Deelnemer verwijderen"),
            [person.touched(deleted=True)],
            _change("participants", person.session_id),
        )

    # -------------------------------------------------------------- indicators

    def chosen_indicator_ids(self, session_id: str) -> list[str]:
        rows = self.library.rows(
            ChosenIndicator, "session_id = ?", (session_id,), order="position, rowid"
        )
        return [r.indicator_id for r in rows]

    def set_indicator_chosen(self, session_id: str, indicator_id: str, chosen: bool) -> Change:
        """Pick or drop an indicator. Dropping keeps its notes for when it comes back.

        The method advises 1 or 2 indicators; the UI asks for confirmation
        before a third, this layer does not forbid it.
        """
        self.catalog.indicator(indicator_id)  # KeyError for an unknown id
        existing = self.library.chosen_indicator(session_id, indicator_id)
        current = self.chosen_indicator_ids(session_id)
        if chosen:
            if indicator_id in current:
                return Change()
            record = (
                existing.touched(deleted=False, position=len(current))
                if existing
                else ChosenIndicator(
                    session_id=session_id, indicator_id=indicator_id, position=len(current)
                )
            )
            label = tr("Indicator kiezen")
        else:
            if existing is None or existing.deleted:
                return Change()
            record = existing.touched(deleted=True)
            label = tr("Indicator weglaten")
        return self._commit(label, [record], _change("indicators", session_id))

    # ------------------------------------------------------------------- notes

    def set_note(
        self, session_id: str, indicator_id: str, theme_id: str, kind: str, text: str
    ) -> Change:
        """Store a note as typed. Consecutive edits of one note are one undo step."""
        text = bounded_text(text, tr("de notitie"), "text")
        existing = self.library.note(session_id, indicator_id, theme_id, kind)
        if existing is not None and existing.text == text and not existing.deleted:
            return Change()
        note = (
            existing.touched(text=text, deleted=False)
            if existing
            else Note(
                session_id=session_id,
                indicator_id=indicator_id,
                theme_id=theme_id,
                kind=kind,
                text=text,
            )
        )
        return self._commit(
            tr("Notitie typen"),
            [note],
            _change("notes", session_id),
            merge_key=("note", note.id),
        )

    def set_note_private(self, note_id: str, private: bool) -> Change:
        note = self.library.get(Note, note_id)
        return self._commit(
            tr("Notitie privé maken") if private else tr("Notitie delen"),
            [note.touched(private=private)],
            _change("notes", note.session_id),
        )

    def set_theme_discussed(
        self, session_id: str, indicator_id: str, theme_id: str, discussed: bool
    ) -> Change:
        existing = self.library.theme_mark(session_id, indicator_id, theme_id)
        if existing is not None and existing.discussed == discussed and not existing.deleted:
            return Change()
        mark = (
            existing.touched(discussed=discussed, deleted=False)
            if existing
            else ThemeMark(
                session_id=session_id,
                indicator_id=indicator_id,
                theme_id=theme_id,
                discussed=discussed,
            )
        )
        return self._commit(
            tr("Thema besproken") if discussed else tr("Thema niet besproken"),
            [mark],
            _change("notes", session_id),
        )

    def note_to_draft_action(self, note_id: str, text: str | None = None) -> Action:
        """Turn a note (or the selected part of it) into a draft action for the plan."""
        note = self.library.get(Note, note_id)
        what = (text if text is not None else note.text).strip()
        if not what:
            raise ValidationError(
                tr("Deze notitie is nog leeg. Schrijf eerst op wat er moet gebeuren."), "text"
            )
        count = len(self.library.rows(Action, "session_id = ?", (note.session_id,)))
        action = Action(
            session_id=note.session_id,
            what=what[:2000],
            draft=True,
            indicator_id=note.indicator_id,
            theme_id=note.theme_id,
            source_note_id=note.id,
            position=count,
        )
        self._commit(tr("Conceptactie maken"), [action], _change("actions", note.session_id))
        return action
