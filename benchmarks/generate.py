"""Generate a large, realistic library for the benchmarks (cached under benchmarks/out/).

    python benchmarks/generate.py [--sessions 10000] [--notes 100000] [--force]

Routes, conversations (1–2 indicators each), participants, notes with Dutch text
(diacritics included: "geëvalueerd", "cliënt", "coördinator"), goals, actions and follow-up
agreements are bulk-inserted with ``library.db[table].insert_all`` inside one
``library.transaction()``, so the full-text index is filled by the library's own triggers.
The output is deterministic (seeded) and cached by ``GENERATOR_VERSION``, the schema version
and the sizes: a rerun reuses the file. Bump ``GENERATOR_VERSION`` when the data changes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from praatplaat_app.domain import (  # noqa: E402
    Action,
    ActionStatus,
    ChosenIndicator,
    FollowUp,
    Goal,
    Note,
    NoteKind,
    Participant,
    Pillar,
    Record,
    Role,
    Route,
    Session,
    SessionKind,
    ThemeMark,
)
from praatplaat_app.store import SCHEMA_VERSION, Library  # noqa: E402

GENERATOR_VERSION = "3"
DEFAULT_SESSIONS = 10_000
DEFAULT_NOTES = 100_000
OUT_DIR = Path(__file__).resolve().parent / "out"

INDICATORS = ("eigen-route", "breed-opleiden", "co-creatie")
THEMES = (
    "generatie-z-persoonlijke-doelen-student",
    "student-geeft-eigen-route-vorm",
    "sociale-binding",
    "flexibiliteit-van-opleiding-en-stagemodellen",
    "studenten-leren-in-een-groep",
    "studenten-krijgen-een-goed-beeld-van-alle-branches",
    "co-creeren-van-onderwijs-en-begeleiding-in-de-praktijk",
    "vaardigheden-studenten-en-begeleiders",
    "gezamenlijke-leermomenten-en-leeractiviteiten-student-werkbegeleider-en-docent",
    "interactief-leren-in-een-leergemeenschap",
)

ROUTES = (
    ("Flexstage Noorderpoort", "Noorderpoort, Martini Ziekenhuis", "Mbo Verzorgende IG, niveau 3"),
    ("Regionale GHZ-route", "Alfa-college, Cosis, 's Heeren Loo", "Mbo Begeleider gehandicaptenzorg"),
    ("Treant Praktijkroute", "Treant Zorggroep, Drenthe College", "Mbo Verpleegkunde, niveau 4"),
    ("Parttime stagemodel Mbo-Verpleegkunde Alfa-college Groningen", "Alfa-college, UMCG",
     "Mbo Verpleegkunde, niveau 4"),
    ("UMCG Gilde", "UMCG, Hanzehogeschool", "Hbo Verpleegkunde"),
    ("Excellente Kraam Variant", "Noorderpoort, Kraamzorg Het Groene Kruis", "Mbo Kraamverzorgende"),
    ("Zorgacademie Drenthe", "Drenthe College, Icare", "Mbo Helpende Zorg & Welzijn, niveau 2"),
    ("Leerwerkplaats Ouderenzorg Friesland", "Friesland College, Patyna", "Mbo Verzorgende IG"),
    ("Jeugdzorg Stagecarrousel", "Hanzehogeschool, Elker", "Hbo Social Work"),
    ("GGZ Leergemeenschap Noord", "NHL Stenden, Lentis", "Hbo Verpleegkunde, GGZ-variant"),
    ("Wijkleerbedrijf Groningen-Zuid", "Noorderpoort, Buurtzorg, Cosis", "Mbo Maatschappelijke Zorg"),
    ("Cliëntgerichte Leerroute Emmen", "Drenthe College, Leveste", "Mbo Verpleegkunde, niveau 4"),
)
FACILITATORS = (
    "Anouk de Vries", "Sanne Bakker", "Eline Brouwer", "Zoë Jansen", "Chloë Visser",
    "Noëlle Smit", "Daniël Mulder", "Joël Meijer", "Iris van Dijk", "Femke Bos",
    "Ruud Hoekstra", "Marloes Dijkstra", "Gerrit Postma", "Aïcha El Amrani", "Raphaël Kok",
    "Mirjam de Jong", "Thijs Kramer", "Lotte Veenstra", "Hüseyin Yılmaz", "Renée Wiersma",
)
ORGANISATIONS = (
    "Noorderpoort", "Alfa-college", "Drenthe College", "UMCG", "Martini Ziekenhuis",
    "Treant", "Cosis", "'s Heeren Loo", "Patyna", "Lentis", "Hanzehogeschool", "Icare",
)
# Note text: a subject, a verb phrase and one or two objects, each drawn with Zipf-like
# weights, so that (as in real notes) a few words are everywhere and most are rare. The
# search benchmark's words sit at chosen ranks: "cliënt" common, "stagepl…" and
# "geëvalueerd" medium, "coördinator" rarer.
SUBJECTS = (
    "De student", "De werkbegeleider", "De docent", "De groep", "De studenten",
    "De praktijkopleider", "Het team", "De cliënt", "Elke stagiair", "De BPV-docent",
    "De leidinggevende", "Het leerteam", "De eerstejaars", "De coördinator",
)
VERBS = (
    "bespreekt", "wil meer aandacht voor", "ervaart", "zoekt", "mist", "vraagt om",
    "werkt aan", "ziet kansen voor", "is tevreden over", "maakt afspraken over",
    "twijfelt over", "leert veel van", "wil verbeteren:", "geeft feedback op", "plant",
    "noemt als knelpunt:", "beïnvloedt", "wil creëren:", "reflecteert op", "regelt",
    "deelt ideeën over", "krijgt een goed beeld van", "past aan:", "heeft geëvalueerd:",
    "heeft opnieuw geëvalueerd:",
)
_PREFIXES = (
    "leer", "werk", "praktijk", "zorg", "stage", "team", "groeps", "opleidings",
    "begeleidings", "cliënt", "evaluatie", "rooster", "overleg", "feedback", "reflectie",
    "intervisie", "inwerk", "beoordelings", "wijk", "branche", "examen", "coaching",
    "samenwerkings", "kennis", "netwerk",
)
_SUFFIXES = (
    "doel", "moment", "plan", "gesprek", "plaats", "plek", "vorm", "route", "model",
    "opdracht", "ervaring", "afspraak", "vraag", "traject", "omgeving", "activiteit",
    "cultuur", "rol", "dag", "week",
)


def _objects() -> list[str]:
    words = [p + s for s in _SUFFIXES for p in _PREFIXES]
    rng = random.Random(7)
    rng.shuffle(words)
    for rank, word in ((3, "feedback"), (15, "stageplaats"), (25, "stageplek"),
                       (8, "cliëntcontact"), (40, "coördinatie"), (60, "financiële ruimte"),
                       (90, "één aanspreekpunt"), (120, "geëvalueerde werkwijze")):
        if word in words:
            words.remove(word)
        words.insert(rank, word)
    return words


OBJECTS = tuple(_objects())


def _zipf(n: int, s: float = 1.0) -> list[float]:
    """Cumulative Zipf weights for ``n`` ranks."""
    total, cumulative = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank**s
        cumulative.append(total)
    return cumulative


_SUBJECT_WEIGHTS = _zipf(len(SUBJECTS), 0.8)
_VERB_WEIGHTS = _zipf(len(VERBS), 1.1)
_OBJECT_WEIGHTS = _zipf(len(OBJECTS), 1.0)
TAILS = (
    "", "", "", " tijdens de stage", " in het eerste jaar", " op de afdeling",
    " met de werkbegeleider", " na de intervisie", " in de wijk", " bij de zorgorganisatie",
    " in de gehandicaptenzorg", " op de kraamafdeling", " in de ouderenzorg",
    " samen met de docenten", " rond de overdracht",
)
GOALS = (
    "Meer aandacht voor {}", "Studenten kiezen zelf hun {}", "Samen met de praktijk werken aan {}",
    "Vóór de zomer is {} geëvalueerd", "Eén vast aanspreekpunt voor {}", "Co-creatie van {}",
)
ACTIONS = (
    "Rooster maken voor {}", "Enquête uitzetten over {}", "Overleg plannen over {}",
    "Werkbegeleiders scholen in {}", "{} in kaart brengen", "Intervisie organiseren over {}",
    "Voorstel schrijven voor {}", "{} bespreken met de coördinator",
)

def library_path(
    sessions: int = DEFAULT_SESSIONS, notes: int = DEFAULT_NOTES, out_dir: Path = OUT_DIR
) -> Path:
    return out_dir / f"library-g{GENERATOR_VERSION}-v{SCHEMA_VERSION}-{sessions}s-{notes}n.sqlite"


def ensure_library(
    sessions: int = DEFAULT_SESSIONS,
    notes: int = DEFAULT_NOTES,
    out_dir: Path = OUT_DIR,
    *,
    force: bool = False,
    log: bool = True,
) -> Path:
    """The cached generated library, generated first when it is not there yet."""
    path = library_path(sessions, notes, out_dir)
    if path.exists() and not force:
        return path
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    _remove_library_files(tmp)
    started = time.perf_counter()
    if log:
        print(f"  generating {sessions} conversations, {notes} notes → {path.name}",
              file=sys.stderr, flush=True)
    library = Library.open(tmp, backup_dir=out_dir / "backups")
    try:
        counts = fill(library, sessions, notes)
    finally:
        library.close()
    _remove_library_files(path)
    os.replace(tmp, path)
    _remove_library_files(tmp)
    if log:
        summary = ", ".join(f"{n} {t}" for t, n in counts.items())
        print(f"  generated in {time.perf_counter() - started:.1f} s: {summary}",
              file=sys.stderr, flush=True)
    return path


def _remove_library_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def fill(library: Library, sessions: int, notes: int, seed: int = 20240611) -> dict[str, int]:
    """Insert the generated records; returns the number of rows per table."""
    rng = random.Random(seed)
    batches: dict[str, list[dict[str, Any]]] = {}
    counts: dict[str, int] = {}

    def add(record: Record) -> None:
        batches.setdefault(record.TABLE, []).append(record.to_row())

    def flush() -> None:
        # Parents before children (foreign keys are on).
        for table in ("routes", "sessions", "participants", "session_indicators", "notes",
                      "theme_marks", "goals", "actions", "follow_ups"):
            rows = batches.pop(table, [])
            if rows:
                library.db[table].insert_all(rows, batch_size=1000)
                counts[table] = counts.get(table, 0) + len(rows)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    first_day = dt.date(2019, 1, 7)
    span_days = (dt.date(2025, 12, 19) - first_day).days

    with library.transaction():
        route_ids = []
        for name, organisations, programmes in ROUTES:
            stamp = "2019-01-01T09:00:00.000000Z"
            route = Route(
                id=uid(), updated_at=stamp, created_at=stamp, name=name,
                organisations=organisations, programmes=programmes,
                reason_goal="Meer studenten behouden voor de zorg en de regio.",
                form="Werkplekleren met vaste leermomenten", phase="Uitvoering",
                coordinator=rng.choice(FACILITATORS),
            )
            add(route)
            route_ids.append(route.id)
        flush()

        note_counts = _spread(rng, notes, sessions)
        kinds = [SessionKind.STUDENTS] * 5 + [SessionKind.STAFF] * 3 + [
            SessionKind.JOINT, SessionKind.FOLLOW_UP]
        roles = list(Role)
        for index in range(sessions):
            day = first_day + dt.timedelta(days=rng.randrange(span_days))
            stamp = f"{day.isoformat()}T{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}:00.000000Z"
            session = Session(
                id=uid(), updated_at=stamp, created_at=stamp, route_id=rng.choice(route_ids),
                kind=rng.choice(kinds), date=day, facilitator=rng.choice(FACILITATORS),
                context=_sentence(rng), target_group=rng.choice(
                    ("Eerstejaars mbo", "Tweedejaars hbo", "Zij-instromers", "Bbl-studenten")),
                phase=rng.choice(("Pilot", "Uitvoering", "Opschaling", "Borging")),
            )
            add(session)
            for position in range(rng.randint(2, 5)):
                role = rng.choice(roles)
                add(Participant(
                    id=uid(), updated_at=stamp, session_id=session.id, role=role,
                    organisation=rng.choice(ORGANISATIONS),
                    name=rng.choice(FACILITATORS) if rng.random() < 0.2 else "",
                    position=position,
                ))
            chosen = rng.sample(INDICATORS, rng.choice((1, 1, 2)))
            for position, indicator in enumerate(chosen):
                add(ChosenIndicator(id=uid(), updated_at=stamp, session_id=session.id,
                                    indicator_id=indicator, position=position))
            slots = [(i, t, k) for i in chosen for t in ("", *THEMES) for k in NoteKind]
            picked = rng.sample(slots, min(note_counts[index], len(slots)))
            for indicator, theme, kind in picked:
                add(Note(id=uid(), updated_at=stamp, session_id=session.id,
                         indicator_id=indicator, theme_id=theme, kind=kind,
                         text=" ".join(_sentence(rng) for _ in range(rng.choice((1, 1, 2, 2, 3))))))
            for indicator, theme in sorted({(i, t) for i, t, _ in picked if t}):
                add(ThemeMark(id=uid(), updated_at=stamp, session_id=session.id,
                              indicator_id=indicator, theme_id=theme, discussed=True))
            for g in range(rng.randint(1, 2)):
                goal = Goal(id=uid(), updated_at=stamp, session_id=session.id,
                            indicator_id=chosen[0], pillar=rng.choice(list(Pillar)),
                            text=_fill(rng, GOALS), position=g)
                add(goal)
                for a in range(rng.randint(1, 2)):
                    add(Action(id=uid(), updated_at=stamp, session_id=session.id,
                               goal_id=goal.id, what=_fill(rng, ACTIONS),
                               who=rng.choice(FACILITATORS),
                               due=day + dt.timedelta(days=rng.randint(14, 120)),
                               status=rng.choice(list(ActionStatus)), position=a,
                               indicator_id=chosen[0]))
            if rng.random() < 0.6:
                add(FollowUp(id=uid(), updated_at=stamp, session_id=session.id,
                             date=day + dt.timedelta(days=182),
                             who_invites=rng.choice(FACILITATORS),
                             prepare="Actieplan en enquêteresultaten meenemen."))
            if index % 1000 == 999:
                flush()
        flush()
    return counts


def _spread(rng: random.Random, total: int, buckets: int) -> list[int]:
    """``buckets`` counts between 3 and 30 that add up to ``total`` (mean total/buckets)."""
    base, extra = divmod(total, buckets)
    counts = [base + (1 if i < extra else 0) for i in range(buckets)]
    for _ in range(buckets * 3):
        i, j = rng.randrange(buckets), rng.randrange(buckets)
        if counts[i] > 3 and counts[j] < 30:
            counts[i] -= 1
            counts[j] += 1
    return counts


def _sentence(rng: random.Random) -> str:
    subject = rng.choices(SUBJECTS, cum_weights=_SUBJECT_WEIGHTS)[0]
    verb = rng.choices(VERBS, cum_weights=_VERB_WEIGHTS)[0]
    objects = rng.choices(OBJECTS, cum_weights=_OBJECT_WEIGHTS, k=rng.randint(1, 2))
    return f"{subject} {verb} {' en '.join(objects)}{rng.choice(TAILS)}."


def _fill(rng: random.Random, templates: tuple[str, ...]) -> str:
    text = rng.choice(templates).format(rng.choices(OBJECTS, cum_weights=_OBJECT_WEIGHTS)[0])
    return text[0].upper() + text[1:]


def _iter_table_counts(path: Path) -> Iterator[str]:
    library = Library.open(path, lock=False)
    try:
        for table in ("routes", "sessions", "notes", "goals", "actions"):
            count = library.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            yield f"{table}: {count}"
    finally:
        library.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=DEFAULT_SESSIONS)
    parser.add_argument("--notes", type=int, default=DEFAULT_NOTES)
    parser.add_argument("--force", action="store_true", help="generate again even if cached")
    args = parser.parse_args(argv)
    path = ensure_library(args.sessions, args.notes, force=args.force)
    print(path)
    for line in _iter_table_counts(path):
        print(" ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
