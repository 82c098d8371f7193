"""The network overview as CSV: one small table per file, in one folder.

Files (each with a header row; empty tables keep their header):

=============================  ==========================================================
``kerncijfers.csv``            the selection and the main figures (onderdeel; waarde)
``routes.csv``                 conversations per route and kind, first and last date
``indicatoren.csv``            per indicator: conversations in which it was chosen, routes
``themas.csv``                 per theme: conversations in which it was discussed, routes
``acties-per-route.csv``       actions per route by status (open, bezig, gedaan, vervallen)
``acties-per-indicator.csv``   the same per indicator
``vragenlijsten.csv``          per route, role group and scale: mean (1–5) and n
``onderwerpen.csv``            recurring topics: topic, word or pair, count, sources
``leergemeenschap.csv``        community check per route
``vervolg.csv``                follow-up status per route
=============================  ==========================================================

Format, chosen so that Dutch Excel opens the files with a double click: separator ``;``,
UTF-8 with a byte order mark, dates as ``JJJJ-MM-DD``, decimals with a comma (``3,7``).
Text that starts with ``=``, ``+``, ``-`` or ``@`` gets a leading apostrophe, so a
spreadsheet never runs it as a formula. Every file is written atomically.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from praatplaat_app.analysis.community import INTERDISCIPLINARY_MIN, ROBUST_MIN_MEMBERS
from praatplaat_app.analysis.follow_up import SOURCE_LABELS
from praatplaat_app.analysis.overview import STATUS_ORDER, Overview
from praatplaat_app.domain import ACTION_STATUS_LABELS, SESSION_KIND_LABELS, SESSION_KIND_ORDER
from praatplaat_app.errors import PraatplaatError

DELIMITER = ";"
ENCODING = "utf-8-sig"
FILE_NAMES = (
    "kerncijfers.csv",
    "routes.csv",
    "indicatoren.csv",
    "themas.csv",
    "acties-per-route.csv",
    "acties-per-indicator.csv",
    "vragenlijsten.csv",
    "onderwerpen.csv",
    "leergemeenschap.csv",
    "vervolg.csv",
)


class CsvExportError(PraatplaatError):
    """The CSV files cannot be written (a Dutch message saying what to do)."""


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def overview_tables(overview: Overview) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """File name -> (header, rows): the CSV content, also handy for tests."""
    kinds = sorted(SESSION_KIND_LABELS, key=lambda k: SESSION_KIND_ORDER.get(k, 9))
    statuses = [ACTION_STATUS_LABELS[s].lower() for s in STATUS_ORDER]
    totals = overview.actions_total
    key_figures: list[list[Any]] = [
        ["selectie", overview.selection_text],
        ["gemaakt op", overview.today],
        ["gesprekken", overview.session_count],
        ["routes met gesprekken", len(overview.routes)],
    ]
    key_figures += [
        [f"gesprekken: {SESSION_KIND_LABELS[k].lower()}", overview.kind_counts.get(k, 0)]
        for k in kinds
    ]
    key_figures += [
        ["eerste gesprek", overview.first_date],
        ["laatste gesprek", overview.last_date],
        ["acties", totals.total if totals else 0],
        ["vervolggesprek te laat", len(overview.overdue)],
        ["vervolggesprek binnen 30 dagen", len(overview.due)],
    ]
    if overview.is_empty:
        key_figures.append(["let op", overview.empty_message])

    questionnaire_rows: list[list[Any]] = []
    for line in overview.questionnaires:
        scores = line.scores
        if scores is None:
            questionnaire_rows.append([line.route_name, "", "", None, line.responses, ""])
            continue
        for group in scores.groups:
            for scale in scores.scales:
                cell = group.scale(scale.id)
                questionnaire_rows.append(
                    [line.route_name, group.label, scale.title, cell.mean, cell.n, cell.reason]
                )

    topics = overview.topics
    return {
        "kerncijfers.csv": (["onderdeel", "waarde"], key_figures),
        "routes.csv": (
            ["route", "gesprekken", *[SESSION_KIND_LABELS[k].lower() for k in kinds],
             "eerste gesprek", "laatste gesprek"],
            [
                [r.name, r.sessions, *[r.kinds.get(k, 0) for k in kinds], r.first_date,
                 r.last_date]
                for r in overview.routes
            ],
        ),
        "indicatoren.csv": (
            ["indicator", "indicator-id", "gesprekken", "routes"],
            [[r.label, r.id, r.sessions, r.routes] for r in overview.indicators],
        ),
        "themas.csv": (
            ["thema", "thema-id", "gesprekken", "routes"],
            [[r.label, r.id, r.sessions, r.routes] for r in overview.themes],
        ),
        "acties-per-route.csv": (
            ["route", *statuses, "totaal"],
            [
                [r.label, *[r.counts.get(s, 0) for s in STATUS_ORDER], r.total]
                for r in overview.actions_by_route
            ],
        ),
        "acties-per-indicator.csv": (
            ["indicator", *statuses, "totaal"],
            [
                [r.label, *[r.counts.get(s, 0) for s in STATUS_ORDER], r.total]
                for r in overview.actions_by_indicator
            ],
        ),
        "vragenlijsten.csv": (
            ["route", "groep", "schaal", "gemiddelde (1-5)", "n", "toelichting"],
            questionnaire_rows,
        ),
        "onderwerpen.csv": (
            ["onderwerp", "soort", "aantal", "geteld in", "keer genoemd", "bronnen"],
            [
                [t.text, "woordpaar" if t.is_pair else "woord", t.count, topics.unit,
                 t.mentions, ", ".join(t.sources)]
                for t in (topics.topics if topics else ())
            ],
        ),
        "leergemeenschap.csv": (
            ["route", "leden", f"robuust (min. {ROBUST_MIN_MEMBERS})", "organisaties",
             f"interdisciplinair (min. {INTERDISCIPLINARY_MIN})", "welke organisaties",
             "gesprekken geteld", "toelichting"],
            [
                [c.route_name, c.members, c.robust, len(c.organisations), c.interdisciplinary,
                 ", ".join(c.organisations), c.conversations, c.explanation]
                for c in overview.communities
            ],
        ),
        "vervolg.csv": (
            ["route", "status", "evaluatie", "vervolggesprek", "datum volgens", "dagen tot",
             "toelichting"],
            [
                [s.route_name, s.label, s.evaluation_date, s.held_date or s.proposed_date,
                 "gehouden" if s.held_date else SOURCE_LABELS.get(s.source, ""), s.days,
                 s.explanation]
                for s in overview.follow_ups
            ],
        ),
    }


def write_overview_csv(overview: Overview, folder: Path | str) -> list[Path]:
    """Write the tables into ``folder`` (created if its parent exists); the paths written."""
    from praatplaat_app.atomic import atomic_write_bytes

    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CsvExportError(f"'{folder}' is een bestand, geen map. Kies een map voor de CSV-bestanden.")
    try:
        folder.mkdir(exist_ok=True)
    except FileNotFoundError:
        raise CsvExportError(
            f"De map '{folder.parent}' bestaat niet. Kies een bestaande map voor de CSV-bestanden."
        ) from None
    except OSError as exc:
        raise CsvExportError(
            f"De map '{folder}' kan niet worden gemaakt ({exc.strerror}). Kies een andere map."
        ) from exc
    written = []
    for name, (header, rows) in overview_tables(overview).items():
        path = folder / name
        try:
            atomic_write_bytes(path, _csv_text(header, rows).encode(ENCODING))
        except OSError as exc:
            raise CsvExportError(
                f"'{name}' kan niet worden opgeslagen in '{folder}' ({exc.strerror}). Is het "
                "bestand nog geopend in Excel? Sluit het en probeer opnieuw."
            ) from exc
        written.append(path)
    return written
