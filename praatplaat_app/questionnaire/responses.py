"""One filled-in questionnaire, stored in the table ``questionnaire_responses``.

``answers`` maps item id to the raw answer 1..5 as ticked (reversed items are *not*
recoded here; scoring does that) or ``None`` for an unanswered item. In the library it
is JSON text; :meth:`Response.to_row` and :meth:`Response.from_row` convert.

``respondent`` never holds a name. It is empty for the kiosk, ``papier-<n>`` for a
paper form typed in by the facilitator (the number written on the form) and
``csv-<hash>`` for a row of an online survey export: a hash of the survey tool's
respondent id, so a second import of the same file is recognised without keeping an
id that might identify someone (some tools use the e-mail address). It is never
exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from praatplaat_app.domain import Record, Role

if TYPE_CHECKING:
    from praatplaat_app.store import Library

LIKERT_MIN = 1
LIKERT_MAX = 5

# The roles a participant picks from in kiosk mode, in the order shown.
KIOSK_ROLES: tuple[str, ...] = (
    Role.STUDENT.value,
    Role.SUPERVISOR.value,
    Role.TEACHER.value,
    Role.PRACTICE_TRAINER.value,
    Role.OTHER.value,
)


def clean_answer(value: Any) -> int | None:
    """A stored answer as 1..5, or ``None`` for anything else (unanswered, damaged)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and LIKERT_MIN <= value <= LIKERT_MAX:
        return value
    if isinstance(value, float) and value.is_integer() and LIKERT_MIN <= value <= LIKERT_MAX:
        return int(value)
    return None


def answers_from_json(text: str | None) -> dict[str, int | None]:
    """Parse the stored JSON leniently: a damaged value reads as "no answers"."""
    import json  # only when responses are read: json stays off the start-up path

    if not text:
        return {}
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): clean_answer(v) for k, v in data.items()}


def answers_to_json(answers: dict[str, int | None]) -> str:
    import json

    return json.dumps(
        {k: clean_answer(v) for k, v in answers.items()}, ensure_ascii=False, sort_keys=True
    )


@dataclass
class Response(Record):
    """One respondent's answers to one questionnaire, for one conversation."""

    TABLE: ClassVar[str] = "questionnaire_responses"

    session_id: str = ""
    questionnaire_id: str = ""
    respondent: str = ""
    role: str = ""
    answers: dict[str, int | None] = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        row = super().to_row()
        row["answers"] = answers_to_json(self.answers)
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any] | Any) -> Response:
        data = dict(row)
        raw = data.get("answers")
        if not isinstance(raw, dict):
            data["answers"] = answers_from_json(raw)
        return super().from_row(data)  # type: ignore[no-any-return]

    @property
    def answered_count(self) -> int:
        return sum(1 for v in self.answers.values() if v is not None)


def responses_for_session(
    library: Library, session_id: str, questionnaire_id: str | None = None
) -> list[Response]:
    """The (not deleted) responses of a conversation, oldest first."""
    if questionnaire_id is None:
        return library.rows(Response, "session_id = ?", (session_id,), order="rowid")
    return library.rows(
        Response,
        "session_id = ? AND questionnaire_id = ?",
        (session_id, questionnaire_id),
        order="rowid",
    )
