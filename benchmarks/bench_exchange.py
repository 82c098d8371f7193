"""Exchange figures: export and import of a route with 200 conversations (issue 5).

python benchmarks/run.py --only exchange
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.harness import Context, Row, benchmark, measure, median
from praatplaat_app.domain import (
    Action,
    ChosenIndicator,
    FollowUp,
    Goal,
    Note,
    Participant,
    Route,
    Session,
    ThemeMark,
)
from praatplaat_app.exchange import export_route, import_package, read_package
from praatplaat_app.exchange.format import QuestionnaireResponse
from praatplaat_app.store import Library

CONVERSATIONS = 200
EXPORT_LIMIT_S = 1.0
IMPORT_EMPTY_LIMIT_S = 2.0
IMPORT_IDENTICAL_LIMIT_S = 1.0

_INDICATORS = ("eigen-route", "breed-opleiden", "co-creatie")
_THEMES = ("sociale-binding", "student-geeft-eigen-route-vorm", "studenten-leren-in-een-groep")
_WORDS = [
    "student",
    "werkbegeleider",
    "docent",
    "praktijkopleider",
    "stage",
    "begeleiding",
    "cliënt",
    "geëvalueerd",
    "coördinator",
    "leerdoelen",
    "feedback",
    "rooster",
    "intervisie",
    "zorg",
    "afdeling",
    "leergemeenschap",
]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def build_route(library: Library, conversations: int = CONVERSATIONS, seed: int = 5) -> str:
    """A route with ``conversations`` realistic conversations (about 22 records each)."""
    rng = random.Random(seed)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    route = Route(
        id=uid(),
        name="Benchmarkroute",
        organisations="ROC Noord, Zorggroep Zuid",
        reason_goal=_text(rng, 40),
        coordinator="Coördinator",
    )
    with library.transaction():
        library.save(route)
        for number in range(conversations):
            session = Session(
                id=uid(),
                route_id=route.id,
                kind=rng.choice(["students", "staff"]),
                date=dt.date(2025, 1, 1) + dt.timedelta(days=number),
                facilitator="Gespreksleider",
                context=_text(rng, 30),
            )
            library.save(session)
            sid = session.id
            for position in range(4):
                library.save(
                    Participant(
                        id=uid(),
                        session_id=sid,
                        role="student",
                        organisation="ROC Noord",
                        name=f"Deelnemer {number}-{position}",
                        position=position,
                    )
                )
            chosen = rng.sample(_INDICATORS, 2)
            for position, indicator in enumerate(chosen):
                library.save(
                    ChosenIndicator(
                        id=uid(), session_id=sid, indicator_id=indicator, position=position
                    )
                )
                for kind in ("goes_well", "improve", "free"):
                    library.save(
                        Note(
                            id=uid(),
                            session_id=sid,
                            indicator_id=indicator,
                            kind=kind,
                            text=_text(rng, 50),
                        )
                    )
            for theme in _THEMES:
                library.save(
                    ThemeMark(
                        id=uid(),
                        session_id=sid,
                        indicator_id=chosen[0],
                        theme_id=theme,
                        discussed=True,
                    )
                )
            for position in range(2):
                goal = Goal(
                    id=uid(),
                    session_id=sid,
                    indicator_id=chosen[0],
                    text=_text(rng, 12),
                    position=position,
                )
                library.save(goal)
                library.save(
                    Action(
                        id=uid(),
                        session_id=sid,
                        goal_id=goal.id,
                        what=_text(rng, 10),
                        who="Docent",
                        due=dt.date(2025, 12, 1),
                        position=position,
                    )
                )
            library.save(Action(id=uid(), session_id=sid, what=_text(rng, 8), position=2))
            library.save(
                FollowUp(
                    id=uid(),
                    session_id=sid,
                    date=dt.date(2026, 6, 1),
                    who_invites="Coördinator",
                    prepare=_text(rng, 15),
                )
            )
            library.save(
                QuestionnaireResponse(
                    id=uid(),
                    session_id=sid,
                    questionnaire_id="studenten",
                    role="student",
                    answers=json.dumps({f"q{i}": rng.randint(1, 5) for i in range(12)}),
                )
            )
    return route.id


def _import_once(library_path: Path, file: Path, backups: Path) -> float:
    library = Library.open(library_path)
    try:
        start = time.perf_counter()
        import_package(library, read_package(file), backup_dir=backups)
        return time.perf_counter() - start
    finally:
        library.close()


@benchmark("exchange", "export and import a route with 200 conversations (.praatplaat)")
def exchange(ctx: Context):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = Library.open(root / "source.sqlite")
        try:
            route_id = build_route(source)
            records = sum(
                source.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in (
                    "routes",
                    "sessions",
                    "participants",
                    "session_indicators",
                    "notes",
                    "theme_marks",
                    "goals",
                    "actions",
                    "follow_ups",
                    "questionnaire_responses",
                )
            )
            file = root / "route.praatplaat"
            seconds = measure(
                lambda: export_route(source, route_id, file, include_private=True),
                ctx.repeats(7, 3),
            )
        finally:
            source.close()
        yield Row(
            f"exchange: export route, {CONVERSATIONS} conversations ({records} records)",
            seconds,
            limit=EXPORT_LIMIT_S,
        )
        yield Row("exchange: .praatplaat file size", file.stat().st_size / 1e6, unit="MB")

        samples = [
            _import_once(root / f"empty-{i}.sqlite", file, root / "bk")
            for i in range(ctx.repeats(5, 2))
        ]
        yield Row(
            "exchange: import into an empty library (check + backup + merge)",
            median(samples),
            limit=IMPORT_EMPTY_LIMIT_S,
        )

        target = root / "empty-0.sqlite"
        samples = [_import_once(target, file, root / "bk") for _ in range(ctx.repeats(5, 2))]
        yield Row(
            "exchange: import again, all identical", median(samples), limit=IMPORT_IDENTICAL_LIMIT_S
        )


if __name__ == "__main__":  # python benchmarks/bench_exchange.py
    from benchmarks.harness import markdown_table

    print(markdown_table(list(exchange(Context(quick="--quick" in sys.argv)))))
