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

Languages: the column headers, labels and explanations are in ``language`` (default: the
app's). The file names and the format stay the same in every language, so scripts and
spreadsheets that read them keep working.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from praatplaat_app.analysis.community import INTERDISCIPLINARY_MIN, ROBUST_MIN_MEMBERS
from praatplaat_app.analysis.follow_up import DUE_WINDOW_DAYS, source_label
from praatplaat_app.analysis.overview import STATUS_ORDER, Overview, score_tables
from praatplaat_app.domain import SESSION_KIND_ORDER
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.labels import labels as domain_labels
from praatplaat_app.messages import resolve_language, tr

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
    """The CSV files cannot be written (a message saying what to do)."""


def _cell(value: Any, language: str | None = None) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("ja", language=language) if value else tr("nee", language=language)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv_text(
    header: Sequence[str], rows: Iterable[Sequence[Any]], language: str | None = None
) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v, language) for v in row])
    return buffer.getvalue()


def overview_tables(
    overview: Overview, language: str | None = None
) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """File name -> (header, rows): the CSV content in ``language`` (default: the app's),
    also handy for tests. Booleans are written by :func:`write_overview_csv`."""
    language = resolve_language(language)
    overview = overview.in_language(language)
    labels = domain_labels(language)
    kinds = sorted(labels.kinds, key=lambda k: SESSION_KIND_ORDER.get(k, 9))
    statuses = [labels.statuses[s].lower() for s in STATUS_ORDER]
    totals = overview.actions_total

    key_figures: list[list[Any]] = [
        [tr("selectie", language=language), overview.selection_text],
        [tr("gemaakt op", language=language), overview.today],
        [tr("gesprekken", language=language), overview.session_count],
        [tr("routes met gesprekken", language=language), len(overview.routes)],
    ]
    key_figures += [
        [
            tr("gesprekken: {kind}", language=language, kind=labels.kinds[k].lower()),
            overview.kind_counts.get(k, 0),
        ]
        for k in kinds
    ]
    key_figures += [
        [tr("eerste gesprek", language=language), overview.first_date],
        [tr("laatste gesprek", language=language), overview.last_date],
        [tr("acties", language=language), totals.total if totals else 0],
        [tr("vervolggesprek te laat", language=language), len(overview.overdue)],
        [
            tr("vervolggesprek binnen {days} dagen", language=language, days=DUE_WINDOW_DAYS),
            len(overview.due),
        ],
    ]
    if overview.is_empty:
        key_figures.append([tr("let op", language=language), overview.empty_message])

    questionnaire_rows: list[list[Any]] = []
    for table in score_tables(overview):
        if not table.groups:
            questionnaire_rows.append([table.route, "", "", None, table.responses, ""])
            continue
        for group in table.groups:
            for title, cell in zip(table.scales, group.cells):
                questionnaire_rows.append(
                    [table.route, group.label, title, cell.mean, cell.n, cell.note]
                )

    topics = overview.topics
    counted_in = ""
    if topics is not None:
        counted_in = (
            tr("routes", language=language)
            if topics.unit == "routes"
            else tr("gesprekken", language=language)
        )
    total = tr("totaal", language=language)
    return {
        "kerncijfers.csv": (
            [tr("onderdeel", language=language), tr("waarde", language=language)],
            key_figures,
        ),
        "routes.csv": (
            [tr("route", language=language), tr("gesprekken", language=language),
             *[labels.kinds[k].lower() for k in kinds],
             tr("eerste gesprek", language=language), tr("laatste gesprek", language=language)],
            [
                [r.name, r.sessions, *[r.kinds.get(k, 0) for k in kinds], r.first_date,
                 r.last_date]
                for r in overview.routes
            ],
        ),
        "indicatoren.csv": (
            [tr("indicator", language=language), tr("indicator-id", language=language),
             tr("gesprekken", language=language), tr("routes", language=language)],
            [[r.label, r.id, r.sessions, r.routes] for r in overview.indicators],
        ),
        "themas.csv": (
            [tr("thema", language=language), tr("thema-id", language=language),
             tr("gesprekken", language=language), tr("routes", language=language)],
            [[r.label, r.id, r.sessions, r.routes] for r in overview.themes],
        ),
        "acties-per-route.csv": (
            [tr("route", language=language), *statuses, total],
            [
                [r.label, *[r.counts.get(s, 0) for s in STATUS_ORDER], r.total]
                for r in overview.actions_by_route
            ],
        ),
        "acties-per-indicator.csv": (
            [tr("indicator", language=language), *statuses, total],
            [
                [r.label, *[r.counts.get(s, 0) for s in STATUS_ORDER], r.total]
                for r in overview.actions_by_indicator
            ],
        ),
        "vragenlijsten.csv": (
            [tr("route", language=language), tr("groep", language=language),
             tr("schaal", language=language), tr("gemiddelde (1-5)", language=language),
             "n", tr("toelichting", language=language)],
            questionnaire_rows,
        ),
        "onderwerpen.csv": (
            [tr("onderwerp", language=language), tr("soort", language=language),
             tr("aantal", language=language), tr("geteld in", language=language),
             tr("keer genoemd", language=language), tr("bronnen", language=language)],
            [
                [topic.text,
                 tr("woordpaar", language=language) if topic.is_pair
                 else tr("woord", language=language),
                 topic.count, counted_in, topic.mentions, ", ".join(topic.sources)]
                for topic in (topics.topics if topics else ())
            ],
        ),
        "leergemeenschap.csv": (
            [tr("route", language=language), tr("leden", language=language),
             tr("robuust (min. {minimum})", language=language, minimum=ROBUST_MIN_MEMBERS),
             tr("organisaties", language=language),
             tr("interdisciplinair (min. {minimum})", language=language,
                minimum=INTERDISCIPLINARY_MIN),
             tr("welke organisaties", language=language),
             tr("gesprekken geteld", language=language), tr("toelichting", language=language)],
            [
                [c.route_name, c.members, c.robust, len(c.organisations), c.interdisciplinary,
                 ", ".join(c.organisations), c.conversations, c.explanation_in(language)]
                for c in overview.communities
            ],
        ),
        "vervolg.csv": (
            [tr("route", language=language), tr("status", language=language),
             tr("evaluatie", language=language), tr("vervolggesprek", language=language),
             tr("datum volgens", language=language), tr("dagen tot", language=language),
             tr("toelichting", language=language)],
            [
                [s.route_name, s.label_in(language), s.evaluation_date,
                 s.held_date or s.proposed_date,
                 tr("gehouden", language=language) if s.held_date
                 else source_label(s.source, language),
                 s.days, s.explanation_in(language)]
                for s in overview.follow_ups
            ],
        ),
    }


def write_overview_csv(
    overview: Overview, folder: Path | str, *, language: str | None = None
) -> list[Path]:
    """Write the tables into ``folder`` (created if its parent exists), in ``language``
    (default: the app's); the paths written. Messages are in the app's language."""
    from praatplaat_app.atomic import atomic_write_bytes

    language = resolve_language(language)
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CsvExportError(
            tr(
                "'{folder}' is een bestand, geen map. Kies een map voor de CSV-bestanden.",
                folder=folder,
            )
        )
    try:
        folder.mkdir(exist_ok=True)
    except FileNotFoundError:
        raise CsvExportError(
            tr(
                "De map '{folder}' bestaat niet. Kies een bestaande map voor de "
                "CSV-bestanden.",
                folder=folder.parent,
            )
        ) from None
    except OSError as exc:
        raise CsvExportError(
            tr(
                "De map '{folder}' kan niet worden gemaakt ({reason}). Kies een andere map.",
                folder=folder,
                reason=exc.strerror,
            )
        ) from exc
    written = []
    for name, (header, rows) in overview_tables(overview, language).items():
        path = folder / name
        try:
            atomic_write_bytes(path, _csv_text(header, rows, language).encode(ENCODING))
        except OSError as exc:
            raise CsvExportError(
                tr(
                    "'{file}' kan niet worden opgeslagen in '{folder}' ({reason}). Is het "
                    "bestand nog geopend in Excel? Sluit het en probeer opnieuw.",
                    file=name,
                    folder=folder,
                    reason=exc.strerror,
                )
            ) from exc
        written.append(path)
    return written
