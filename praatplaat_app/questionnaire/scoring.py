"""Scale and sub-scale scores per role group, with the anonymity rule.

How a score is made (the usual way for Likert scales):

1. Reversed (negatively worded) items are recoded: ``6 - x`` (1 becomes 5, 2 becomes 4 …).
2. A respondent's score on a (sub)scale is the mean of the items they answered, but only
   when they answered at least half of its items (``2 * answered >= items``: 2 of 3,
   2 of 4, 1 of 2, 1 of 1). Otherwise they have no score on it.
3. A group's score is the mean of its respondents' scores; ``n`` is how many respondents
   had a score.

Anonymity: a mean is hidden ("te weinig respondenten", :data:`TOO_FEW`) when the role
group has fewer than :data:`MIN_GROUP_SIZE` respondents, or when fewer than that many of
them had a score. The "Alle respondenten" column (only present with two or more role
groups) is hidden as well when it would let someone work out the score of a hidden group
(total minus the shown groups leaves one or two people: :data:`TRACEABLE`).

Scores carry no language: :attr:`Cell.reason` and :attr:`GroupScores.label` are worded in
the app's language when read, :meth:`Cell.reason_text` and :func:`group_label` in any.

Pure Python, no Qt; 1,000 respondents take a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from praatplaat_app.domain import Role
from praatplaat_app.indicators import Catalog, Questionnaire
from praatplaat_app.labels import labels
from praatplaat_app.messages import current_language, tr
from praatplaat_app.questionnaire.responses import LIKERT_MAX, LIKERT_MIN, Response, clean_answer

MIN_GROUP_SIZE = 3
# Why a mean is hidden (Cell.hidden_because); Cell.reason_text() words it.
TOO_FEW = "too_few"
TRACEABLE = "traceable"
ALL = "all"

GROUP_ORDER: tuple[str, ...] = (
    Role.STUDENT,
    Role.SUPERVISOR,
    Role.TEACHER,
    Role.PRACTICE_TRAINER,
    Role.COORDINATOR,
    Role.OTHER,
)


def group_label(key: str, language: str | None = None) -> str:
    """The name of a role group (or of :data:`ALL`) in ``language`` (default: the app's)."""
    if key == ALL:
        return tr("Alle respondenten", language=language)
    plurals = labels(language or current_language()).role_plurals
    return plurals.get(key, plurals[Role.OTHER])


def hidden_reason(why: str, language: str | None = None) -> str:
    """Why a mean is not shown (:data:`TOO_FEW`, :data:`TRACEABLE`), in words; "" for ""."""
    if why == TOO_FEW:
        return tr("te weinig respondenten", language=language)
    if why == TRACEABLE:
        return tr("niet getoond: kleine groep te herleiden", language=language)
    return why


def group_of(role: str) -> str:
    """The role group of a response; an unknown or empty role counts as "Anders"."""
    return role if role in GROUP_ORDER else Role.OTHER.value


def recode(value: int, reversed_: bool) -> int:
    """The scored value of an answer: reversed items count ``6 - x``."""
    return LIKERT_MIN + LIKERT_MAX - value if reversed_ else value


def enough_answered(answered: int, items: int) -> bool:
    """At least half of the items answered (and at least one)."""
    return answered > 0 and 2 * answered >= items


def format_score(value: float | None, digits: int = 1, language: str | None = None) -> str:
    """A score as readers of ``language`` (default: the app's) write it: ``3,7`` in Dutch,
    ``3.7`` in English; empty for ``None``."""
    if value is None:
        return ""
    text = f"{value:.{digits}f}"
    return text if (language or current_language()) == "en" else text.replace(".", ",")


@dataclass(frozen=True)
class Cell:
    """One group's score on one (sub)scale."""

    mean: float | None  # None when hidden or when nobody had a score
    n: int  # respondents with a score (shown even when the mean is hidden)
    hidden_because: str = ""  # TOO_FEW or TRACEABLE; "" when shown

    @property
    def hidden(self) -> bool:
        return bool(self.hidden_because)

    @property
    def reason(self) -> str:
        """Why the mean is hidden, in the app's language; "" when shown."""
        return hidden_reason(self.hidden_because)

    def reason_text(self, language: str | None = None) -> str:
        """Why the mean is hidden, in ``language``; "" when shown."""
        return hidden_reason(self.hidden_because, language)


EMPTY_CELL = Cell(None, 0, TOO_FEW)


@dataclass(frozen=True)
class SubscaleInfo:
    id: str
    title: str
    item_count: int


@dataclass(frozen=True)
class ScaleInfo:
    id: str
    title: str
    item_count: int
    subscales: tuple[SubscaleInfo, ...]


@dataclass(frozen=True)
class GroupScores:
    key: str  # a Role value, or ALL
    respondents: int
    scales: dict[str, Cell] = field(default_factory=dict)
    subscales: dict[str, Cell] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The group's name in the app's language (see :func:`group_label`)."""
        return group_label(self.key)

    @property
    def hidden(self) -> bool:
        """The whole group is too small to show anything."""
        return self.respondents < MIN_GROUP_SIZE

    def scale(self, scale_id: str) -> Cell:
        return self.scales.get(scale_id, EMPTY_CELL)

    def subscale(self, subscale_id: str) -> Cell:
        return self.subscales.get(subscale_id, EMPTY_CELL)


@dataclass(frozen=True)
class QuestionnaireScores:
    """Everything the chart, the CSV of scores and the screens show."""

    scales: tuple[ScaleInfo, ...]
    groups: tuple[GroupScores, ...]  # role groups in GROUP_ORDER, then ALL (if present)
    respondents: int  # responses that were scored
    questionnaire_ids: tuple[str, ...]
    unknown_questionnaire: int = 0  # responses to a questionnaire the catalog lacks

    @property
    def is_empty(self) -> bool:
        return self.respondents == 0

    def group(self, key: str) -> GroupScores | None:
        for group in self.groups:
            if group.key == key:
                return group
        return None


class _Sum:
    __slots__ = ("total", "n")

    def __init__(self) -> None:
        self.total = 0.0
        self.n = 0

    def add(self, value: float) -> None:
        self.total += value
        self.n += 1


def _structure(questionnaires: list[Questionnaire]) -> tuple[ScaleInfo, ...]:
    """The scales of the questionnaires, merged by id, in order of first appearance."""
    scales: dict[str, ScaleInfo] = {}
    for questionnaire in questionnaires:
        for scale in questionnaire.scales:
            if scale.id in scales:
                known = scales[scale.id]
                seen = {s.id for s in known.subscales}
                extra = tuple(
                    SubscaleInfo(s.id, s.title, len(s.items))
                    for s in scale.subscales
                    if s.id not in seen
                )
                if extra:
                    scales[scale.id] = ScaleInfo(
                        known.id, known.title, known.item_count, known.subscales + extra
                    )
                continue
            scales[scale.id] = ScaleInfo(
                scale.id,
                scale.title,
                len(scale.items),
                tuple(SubscaleInfo(s.id, s.title, len(s.items)) for s in scale.subscales),
            )
    return tuple(scales.values())


def _mean_of(items: Iterable[tuple[int | None, bool]]) -> float | None:
    """The score over ``(answer, reversed)`` pairs, or None when too few were answered."""
    total = 0
    answered = 0
    count = 0
    for value, reversed_ in items:
        count += 1
        if value is not None:
            total += recode(value, reversed_)
            answered += 1
    if not enough_answered(answered, count):
        return None
    return total / answered


def respondent_scores(
    response: Response, questionnaire: Questionnaire
) -> tuple[dict[str, float | None], dict[str, float | None]]:
    """One respondent's (scale scores, subscale scores); None where too little was answered."""
    answers = response.answers
    scale_scores: dict[str, float | None] = {}
    sub_scores: dict[str, float | None] = {}
    for scale in questionnaire.scales:
        scale_scores[scale.id] = _mean_of(
            (clean_answer(answers.get(i.id)), i.reversed) for i in scale.items
        )
        for sub in scale.subscales:
            sub_scores[sub.id] = _mean_of(
                (clean_answer(answers.get(i.id)), i.reversed) for i in sub.items
            )
    return scale_scores, sub_scores


def _cell(acc: _Sum | None, group_size: int) -> Cell:
    if acc is None or acc.n == 0:
        return Cell(None, 0, TOO_FEW if group_size < MIN_GROUP_SIZE else "")
    if group_size < MIN_GROUP_SIZE or acc.n < MIN_GROUP_SIZE:
        return Cell(None, acc.n, TOO_FEW)
    return Cell(acc.total / acc.n, acc.n)


def score_responses(
    responses: Iterable[Response],
    catalog: Catalog,
    questionnaire_ids: Iterable[str] | None = None,
) -> QuestionnaireScores:
    """Score ``responses`` (deleted ones are skipped) per role group.

    ``questionnaire_ids`` limits which questionnaires count (default: all that occur).
    Scales with the same id in different questionnaires (the students' and the
    supervisors' version) are reported together, so the groups can be compared.
    """
    wanted = set(questionnaire_ids) if questionnaire_ids is not None else None
    by_id = {q.id: q for q in catalog.questionnaires}
    used: list[str] = []
    unknown = 0
    group_counts: dict[str, int] = {}
    scale_sums: dict[tuple[str, str], _Sum] = {}
    sub_sums: dict[tuple[str, str], _Sum] = {}

    for response in responses:
        if response.deleted:
            continue
        if wanted is not None and response.questionnaire_id not in wanted:
            continue
        questionnaire = by_id.get(response.questionnaire_id)
        if questionnaire is None:
            unknown += 1
            continue
        if questionnaire.id not in used:
            used.append(questionnaire.id)
        group = group_of(response.role)
        group_counts[group] = group_counts.get(group, 0) + 1
        scale_scores, sub_scores = respondent_scores(response, questionnaire)
        for target, scores in ((scale_sums, scale_scores), (sub_sums, sub_scores)):
            for key, value in scores.items():
                if value is None:
                    continue
                acc = target.get((group, key))
                if acc is None:
                    acc = target[(group, key)] = _Sum()
                acc.add(value)

    ordered_ids = [q.id for q in catalog.questionnaires if q.id in used]
    structure = _structure([by_id[q] for q in ordered_ids])
    scale_ids = [s.id for s in structure]
    sub_ids = [sub.id for s in structure for sub in s.subscales]

    groups: list[GroupScores] = []
    for key in GROUP_ORDER:
        size = group_counts.get(key, 0)
        if not size:
            continue
        groups.append(
            GroupScores(
                key=key,
                respondents=size,
                scales={s: _cell(scale_sums.get((key, s)), size) for s in scale_ids},
                subscales={s: _cell(sub_sums.get((key, s)), size) for s in sub_ids},
            )
        )
    if len(groups) >= 2:
        groups.append(_all_group(groups, scale_sums, sub_sums, scale_ids, sub_ids))

    return QuestionnaireScores(
        scales=structure,
        groups=tuple(groups),
        respondents=sum(group_counts.values()),
        questionnaire_ids=tuple(ordered_ids),
        unknown_questionnaire=unknown,
    )


def _all_group(
    groups: list[GroupScores],
    scale_sums: dict[tuple[str, str], _Sum],
    sub_sums: dict[tuple[str, str], _Sum],
    scale_ids: list[str],
    sub_ids: list[str],
) -> GroupScores:
    size = sum(g.respondents for g in groups)

    def total_cell(sums: dict[tuple[str, str], _Sum], key: str, cells: str) -> Cell:
        acc = _Sum()
        shown_n = 0
        for group in groups:
            part = sums.get((group.key, key))
            if part is not None:
                acc.total += part.total
                acc.n += part.n
            cell = getattr(group, cells).get(key, EMPTY_CELL)
            if not cell.hidden:
                shown_n += cell.n
        cell = _cell(acc, size)
        if cell.hidden:
            return cell
        # Total minus the shown groups would reveal the hidden ones' mean.
        rest = acc.n - shown_n
        if 0 < rest < MIN_GROUP_SIZE:
            return Cell(None, acc.n, TRACEABLE)
        return cell

    return GroupScores(
        key=ALL,
        respondents=size,
        scales={s: total_cell(scale_sums, s, "scales") for s in scale_ids},
        subscales={s: total_cell(sub_sums, s, "subscales") for s in sub_ids},
    )
