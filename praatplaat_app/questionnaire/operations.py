"""Operations on questionnaire responses: add, correct, delete, import.

A mixin for :class:`praatplaat_app.operations.Operations`. Every operation validates
against the catalog (the questionnaire and its item ids, answers 1–5 or empty, a known
role), writes in one transaction with one undo step, and announces
``Change({"questionnaires"}, session_id=…)``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from praatplaat_app.domain import Role, Session
from praatplaat_app.errors import ValidationError
from praatplaat_app.indicators import Questionnaire
from praatplaat_app.messages import tr
from praatplaat_app.operations.base import OperationsBase
from praatplaat_app.operations.undo import Change

if TYPE_CHECKING:  # the CSV reader loads when a CSV is imported, not at start-up
    from praatplaat_app.questionnaire.csv_import import ImportRow
from praatplaat_app.questionnaire.responses import (
    LIKERT_MAX,
    LIKERT_MIN,
    Response,
    responses_for_session,
)

CHANGE_KEY = "questionnaires"
MAX_RESPONDENT = 100


def _change(session_id: str) -> Change:
    return Change(frozenset({CHANGE_KEY}), session_id=session_id)


class QuestionnaireOperations(OperationsBase):
    # ----------------------------------------------------------------- checks

    def _questionnaire(self, questionnaire_id: str) -> Questionnaire:
        try:
            return self.catalog.questionnaire(questionnaire_id)
        except KeyError:
            raise ValidationError(
                tr("De vragenlijst ‘{id}’ staat niet in de methode-catalogus.",
                   id=questionnaire_id),
                "questionnaire_id",
            ) from None

    @staticmethod
    def _role(role: str) -> str:
        try:
            return Role(role).value
        except ValueError:
            raise ValidationError(
                tr("Kies een rol: student, werkbegeleider, docent, praktijkopleider, "
                   "coördinator of anders."),
                "role",
            ) from None

    @staticmethod
    def _answers(
        questionnaire: Questionnaire, answers: Mapping[str, Any]
    ) -> dict[str, int | None]:
        known = {item.id: n for n, item in enumerate(questionnaire.items, start=1)}
        unknown = sorted(set(answers) - set(known))
        if unknown:
            raise ValidationError(
                tr("Onbekende vraag in de antwoorden: {questions}.", questions=", ".join(unknown)),
                "answers",
            )
        cleaned: dict[str, int | None] = {}
        for item in questionnaire.items:
            value = answers.get(item.id)
            if value is None or value == "":
                cleaned[item.id] = None
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not (
                LIKERT_MIN <= value <= LIKERT_MAX
            ):
                raise ValidationError(
                    tr("Het antwoord op vraag {number} moet {low} tot en met {high} zijn, "
                       "of leeg.", number=known[item.id], low=LIKERT_MIN, high=LIKERT_MAX),
                    "answers",
                )
            cleaned[item.id] = value
        return cleaned

    def _new_response(
        self,
        session_id: str,
        questionnaire_id: str,
        role: str,
        answers: Mapping[str, Any],
        respondent: str = "",
    ) -> Response:
        questionnaire = self._questionnaire(questionnaire_id)
        cleaned = self._answers(questionnaire, answers)
        if all(v is None for v in cleaned.values()):
            raise ValidationError(tr("Er is nog geen enkele vraag beantwoord."), "answers")
        respondent = (respondent or "").strip()
        if len(respondent) > MAX_RESPONDENT:
            raise ValidationError(tr("Het formuliernummer is te lang."), "respondent")
        return Response(
            session_id=session_id,
            questionnaire_id=questionnaire.id,
            respondent=respondent,
            role=self._role(role),
            answers=cleaned,
        )

    # -------------------------------------------------------------- reading

    def responses(self, session_id: str, questionnaire_id: str | None = None) -> list[Response]:
        return responses_for_session(self.library, session_id, questionnaire_id)

    # ------------------------------------------------------------- changing

    def add_response(
        self,
        session_id: str,
        questionnaire_id: str,
        role: str,
        answers: Mapping[str, Any],
        *,
        respondent: str = "",
    ) -> Response:
        """Store one filled-in questionnaire (kiosk, or one paper form)."""
        self.library.get(Session, session_id)
        response = self._new_response(session_id, questionnaire_id, role, answers, respondent)
        self._commit(tr("Vragenlijst invullen"), [response], _change(session_id))
        return response

    def update_response(
        self,
        response_id: str,
        *,
        role: str | None = None,
        answers: Mapping[str, Any] | None = None,
    ) -> Response:
        """Correct a response (a typing error from a paper form)."""
        response = self.library.get(Response, response_id)
        questionnaire = self._questionnaire(response.questionnaire_id)
        changes: dict[str, Any] = {}
        if role is not None:
            changes["role"] = self._role(role)
        if answers is not None:
            known = {item.id for item in questionnaire.items}
            # Answers to items the catalog no longer has are kept as they were.
            extra = {k: v for k, v in response.answers.items() if k not in known}
            current = {k: v for k, v in response.answers.items() if k in known}
            cleaned = self._answers(questionnaire, {**current, **answers})
            if all(v is None for v in cleaned.values()) and not extra:
                raise ValidationError(
                    tr("Er blijft geen enkel antwoord over. Verwijder de vragenlijst in plaats "
                       "daarvan."),
                    "answers",
                )
            changes["answers"] = {**cleaned, **extra}
        return self._update(
            response, changes, tr("Vragenlijst corrigeren"), _change(response.session_id)
        )

    def delete_response(self, response_id: str) -> Change:
        response = self.library.get(Response, response_id)
        return self._commit(
            tr("Vragenlijst verwijderen"),
            [response.touched(deleted=True)],
            _change(response.session_id),
        )

    def import_responses(
        self,
        session_id: str,
        questionnaire_id: str,
        rows: Sequence[ImportRow | Mapping[str, Any]],
        *,
        label: str | None = None,
    ) -> list[Response]:
        """Store many responses at once (CSV import, paper grid): one transaction, one undo.

        ``rows`` are :class:`ImportRow` objects or dicts with ``role``, ``answers`` and
        optionally ``respondent``. Every row is checked before anything is written.
        ``label`` names the undo step (default: "Vragenlijsten importeren").
        """
        self.library.get(Session, session_id)
        records: list[Response] = []
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, Mapping):  # an ImportRow from the CSV reader
                role, answers, respondent = row.role, row.answers, row.respondent
            else:
                role = row.get("role", "")
                answers = row.get("answers", {})
                respondent = row.get("respondent", "")
            try:
                records.append(
                    self._new_response(session_id, questionnaire_id, role, answers, respondent)
                )
            except ValidationError as exc:
                raise ValidationError(
                    tr("Respondent {number}: {message}", number=number, message=exc.message),
                    exc.field,
                ) from None
        if not records:
            return []
        self._commit(label or tr("Vragenlijsten importeren"), records, _change(session_id))
        return records
