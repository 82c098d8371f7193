"""Import of responses from a CSV file exported by an online survey tool.

Three steps, each a plain function so the dialog and the tests use the same code:

1. :func:`read_csv` reads the bytes: it recognises the encoding (UTF-8 with or without
   BOM, UTF-16 from Excel's "Unicode text", Windows-1252 from an older Dutch Excel) and
   the delimiter (``;``, ``,`` or tab; :class:`csv.Sniffer` with a counting fallback).
   Only a file that cannot be read at all raises :class:`CsvImportError`.
2. :func:`auto_mapping` proposes which column holds which item (by item id or item text,
   also with a question number or a small typo around it), the role and the survey
   tool's respondent id. The user may change it.
3. :func:`validate` checks every row against the mapping and returns an
   :class:`ImportReport`: the valid rows and, per row and column, what is wrong, in the
   app's language, with the row numbers and column letters the user sees in Excel.

Nothing is written here. :func:`apply` turns the valid rows into
:class:`~praatplaat_app.questionnaire.responses.Response` records; the operation
``import_responses`` stores them in one transaction once the user has confirmed.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from praatplaat_app.domain import Role
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.indicators import Questionnaire
from praatplaat_app.labels import LANGUAGES, labels
from praatplaat_app.messages import tr
from praatplaat_app.questionnaire.responses import LIKERT_MAX, LIKERT_MIN, Response

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_LISTED_PROBLEMS = 200

# Mapping targets besides item ids.
IGNORE = ""
ROLE = "@rol"
RESPONDENT = "@respondent"

CANDIDATE_DELIMITERS = ";,\t"


class CsvImportError(PraatplaatError):
    """The file cannot be read as a CSV file at all (nothing was imported)."""


# ------------------------------------------------------------------------------ text


def normalise(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: for matching headers and roles."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def column_letter(index: int) -> str:
    """Excel's name of a column: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------- reading


@dataclass
class CsvTable:
    headers: list[str]
    rows: list[list[str]]  # data rows; rows[i] is spreadsheet row i + 2
    encoding: str
    delimiter: str

    @property
    def description(self) -> str:
        """E.g. "tekstcodering Windows-1252, gescheiden door puntkomma's"."""
        encoding = self.encoding
        if self.delimiter == ";":
            return tr("tekstcodering {encoding}, gescheiden door puntkomma's", encoding=encoding)
        if self.delimiter == ",":
            return tr("tekstcodering {encoding}, gescheiden door komma's", encoding=encoding)
        if self.delimiter == "\t":
            return tr("tekstcodering {encoding}, gescheiden door tabs", encoding=encoding)
        return tr("tekstcodering {encoding}, gescheiden door {delimiter}", encoding=encoding,
                  delimiter=repr(self.delimiter))

    def column_name(self, index: int) -> str:
        header = self.headers[index].strip() if index < len(self.headers) else ""
        letter = column_letter(index)
        return f"{letter} (‘{_short(header, 60)}’)" if header else letter


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding name)``: UTF-8 (BOM optional), UTF-16 with BOM, else Windows-1252.

    The name is for people (it goes into the report), so it may be translated.
    """
    if data.startswith(b"PK\x03\x04"):
        raise CsvImportError(
            tr("Dit is een Excel-werkmap (.xlsx), geen CSV-bestand. Open het in Excel en kies "
               "Opslaan als › ‘CSV UTF-8 (door komma's gescheiden)’; importeer dat bestand.")
        )
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), tr("UTF-8 (met BOM)")
        except UnicodeDecodeError:
            pass  # a BOM followed by something else: try the others
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise CsvImportError(
                tr("Het bestand lijkt UTF-16-tekst, maar is beschadigd. Sla het opnieuw op als "
                   "‘CSV UTF-8’.")
            ) from exc
    if b"\x00" in data[:4096]:
        raise CsvImportError(
            tr("Dit is geen tekstbestand (het bevat binaire gegevens). Kies het CSV-bestand "
               "dat het enquêteprogramma heeft gemaakt.")
        )
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise CsvImportError(
            tr("De tekstcodering van het bestand is onbekend (geen UTF-8 en geen Windows-1252). "
               "Sla het in Excel op als ‘CSV UTF-8 (door komma's gescheiden)’ en probeer "
               "opnieuw.")
        ) from exc


def _column_counts(sample: str, delimiter: str) -> list[int]:
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
    counts = []
    try:
        for n, row in enumerate(reader):
            if n >= 30:
                break
            if any(cell.strip() for cell in row):
                counts.append(len(row))
    except csv.Error:
        return []
    return counts


def _fallback_delimiter(sample: str) -> str:
    """The candidate that gives the most columns, consistently over the first lines."""
    best, best_score = ";", -1.0
    for delimiter in CANDIDATE_DELIMITERS:
        counts = _column_counts(sample, delimiter)
        if not counts or counts[0] < 2:
            continue
        consistent = sum(1 for c in counts if c == counts[0]) / len(counts)
        score = consistent * 1000 + counts[0]
        if score > best_score:
            best, best_score = delimiter, score
    return best


def sniff_delimiter(text: str) -> str:
    sample = text[:64 * 1024]
    # Cut the sample at a line end so the sniffer does not see half a row.
    cut = sample.rfind("\n")
    if 0 < cut < len(sample) - 1:
        sample = sample[: cut + 1]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=CANDIDATE_DELIMITERS).delimiter
    except csv.Error:
        return _fallback_delimiter(sample)
    counts = _column_counts(sample, delimiter)
    if not counts or counts[0] < 2:
        return _fallback_delimiter(sample)
    return delimiter


def read_csv(data: bytes) -> CsvTable:
    """Read the raw bytes of a CSV file; :class:`CsvImportError` when that is impossible."""
    if len(data) > MAX_BYTES:
        raise CsvImportError(
            tr("Het bestand is te groot ({size} MB; maximaal {limit} MB). Is dit het goede "
               "bestand?", size=len(data) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
        )
    text, encoding = decode(data)
    if not text.strip():
        raise CsvImportError(tr("Het bestand is leeg. Kies het CSV-bestand met de antwoorden."))
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        all_rows = []
        for row in reader:
            all_rows.append(row)
            if len(all_rows) > MAX_ROWS + 1:
                raise CsvImportError(
                    tr("Het bestand heeft meer dan {count} rijen. Is dit het goede bestand?",
                       count=MAX_ROWS)
                )
    except csv.Error as exc:
        raise CsvImportError(
            tr("Het bestand is geen geldig CSV-bestand (rij {row}: {error}). "
               "Sla het opnieuw op als CSV en probeer opnieuw.", row=reader.line_num, error=exc)
        ) from exc
    # Leading empty lines are skipped; the first line with text is the header row.
    while all_rows and not any(cell.strip() for cell in all_rows[0]):
        all_rows.pop(0)
    if not all_rows:
        raise CsvImportError(tr("Het bestand is leeg. Kies het CSV-bestand met de antwoorden."))
    headers = [h.strip() for h in all_rows[0]]
    if len(headers) < 2:
        raise CsvImportError(
            tr("In het bestand staat maar één kolom. Zijn de kolommen gescheiden door een "
               "puntkomma, komma of tab? Sla het bestand opnieuw op als CSV.")
        )
    return CsvTable(headers=headers, rows=all_rows[1:], encoding=encoding, delimiter=delimiter)


# ---------------------------------------------------------------------- mapping

# Header texts (normalised) of the role and respondent columns: Dutch, and English as
# English survey tools and the app's own English export (csv_export) write them.
_ROLE_HEADERS = {"rol", "role", "functie", "jouw rol", "uw rol", "wat is je rol",
                 "wat is uw rol", "ik ben", "ik ben een", "doelgroep", "groep",
                 "your role", "what is your role", "i am", "i am a", "group", "target group"}
_ROLE_HEADER_STARTS = ("rol ", "wat is je rol", "role ", "what is your role")
_RESPONDENT_HEADERS = {"id", "respondent", "respondentnummer", "respondent id",
                       "respondentid", "response id", "responseid", "respons id", "nr",
                       "nummer", "volgnummer", "antwoord id", "record id", "submission id",
                       "no", "number", "respondent number"}


def _header_score(header: str, questionnaire: Questionnaire, item_index: int) -> float:
    item = questionnaire.items[item_index]
    h = normalise(header)
    if not h:
        return 0.0
    if h in (normalise(item.id), item.id.casefold()):
        return 1.0
    text = normalise(item.text)
    if h == text:
        return 1.0
    if len(text) >= 10 and text in h:
        return 0.95  # "3. Mensen zijn echt …" or "Geef aan [Mensen zijn echt …]"
    ratio = difflib.SequenceMatcher(None, h, text, autojunk=False).ratio()
    return ratio if ratio >= 0.85 else 0.0


def auto_mapping(headers: Sequence[str], questionnaire: Questionnaire) -> list[str]:
    """A proposal: per column an item id, :data:`ROLE`, :data:`RESPONDENT` or :data:`IGNORE`."""
    mapping = [IGNORE] * len(headers)
    candidates: list[tuple[float, int, str]] = []
    for column, header in enumerate(headers):
        for index, item in enumerate(questionnaire.items):
            score = _header_score(header, questionnaire, index)
            if score:
                candidates.append((score, column, item.id))
    taken_items: set[str] = set()
    for _score, column, item_id in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if mapping[column] or item_id in taken_items:
            continue
        mapping[column] = item_id
        taken_items.add(item_id)
    role_done = respondent_done = False
    for column, header in enumerate(headers):
        if mapping[column]:
            continue
        h = normalise(header)
        if not role_done and (h in _ROLE_HEADERS or h.startswith(_ROLE_HEADER_STARTS)):
            mapping[column] = ROLE
            role_done = True
        elif not respondent_done and h in _RESPONDENT_HEADERS:
            mapping[column] = RESPONDENT
            respondent_done = True
    return mapping


# ------------------------------------------------------------------- validation

# Role names as people write them: the stored values, the app's labels in every language
# (singular and plural, so the app's own Dutch and English exports read back), and more.
_ROLE_WORDS: dict[str, str] = {}
for _role in Role:
    _ROLE_WORDS[normalise(_role.value)] = _role.value
    for _language in LANGUAGES:
        _ROLE_WORDS[normalise(labels(_language).roles[_role])] = _role.value
        _ROLE_WORDS[normalise(labels(_language).role_plurals[_role])] = _role.value
_ROLE_WORDS.update(
    {
        "studenten": Role.STUDENT,
        "stagiair": Role.STUDENT,
        "stagiaire": Role.STUDENT,
        "leerling": Role.STUDENT,
        "werkbegeleiders": Role.SUPERVISOR,
        "begeleider": Role.SUPERVISOR,
        "praktijkbegeleider": Role.SUPERVISOR,
        "werkbegeleider praktijkbegeleider": Role.SUPERVISOR,
        "docenten": Role.TEACHER,
        "leraar": Role.TEACHER,
        "teacher": Role.TEACHER,
        "praktijkopleiders": Role.PRACTICE_TRAINER,
        "praktijk opleider": Role.PRACTICE_TRAINER,
        "coordinatoren": Role.COORDINATOR,
        "routecoordinator": Role.COORDINATOR,
        "route coordinator": Role.COORDINATOR,
        "anders": Role.OTHER,
        "overig": Role.OTHER,
        "overige": Role.OTHER,
        "other": Role.OTHER,
        "supervisor": Role.SUPERVISOR,
        "practice educator": Role.PRACTICE_TRAINER,
        "practice educators": Role.PRACTICE_TRAINER,
    }
)


def parse_role(text: str) -> str | None:
    """The Role value for what a survey tool wrote ("Coördinator", "werkbegeleider") or None."""
    value = _ROLE_WORDS.get(normalise(text))
    return str(value) if value is not None else None


_NUMBER = re.compile(r"^([0-9]+)(?:[.,]0+)?$")
_DECIMAL = re.compile(r"^[0-9]+[.,][0-9]+$")
_PREFIXED = re.compile(r"^([0-9])\s*[-–:.)=]?\s*\(?(.+?)\)?$")


def parse_answer(text: str, labels: Sequence[str]) -> tuple[int | None, str]:
    """``(answer, "")`` or ``(None, problem)``; an empty cell is ``(None, "")``.

    Accepts 1–5 ("4", "4,0"), the answer texts ("Mee eens") and both ("4 - Mee eens").
    """
    value = text.strip()
    if not value:
        return None, ""
    match = _NUMBER.match(value)
    if match:
        number = int(match.group(1))
        if LIKERT_MIN <= number <= LIKERT_MAX:
            return number, ""
        return None, _out_of_range(value)
    if _DECIMAL.match(value):
        return None, tr("‘{value}’ is geen heel getal van {low} tot {high}",
                        value=_short(value, 20), low=LIKERT_MIN, high=LIKERT_MAX)
    wanted = normalise(value)
    for n, label in enumerate(labels, start=LIKERT_MIN):
        if wanted == normalise(label):
            return n, ""
    match = _PREFIXED.match(value)
    if match:
        number = int(match.group(1))
        rest = normalise(match.group(2))
        if LIKERT_MIN <= number <= LIKERT_MAX and len(labels) >= number and rest == normalise(
            labels[number - LIKERT_MIN]
        ):
            return number, ""
    if value.lstrip("-+").replace(",", "").replace(".", "").isdigit():
        return None, _out_of_range(value)
    return None, tr("‘{value}’ is tekst, geen cijfer van {low} tot {high}",
                    value=_short(value, 30), low=LIKERT_MIN, high=LIKERT_MAX)


def _out_of_range(value: str) -> str:
    return tr("‘{value}’ ligt niet tussen {low} en {high}",
              value=_short(value, 20), low=LIKERT_MIN, high=LIKERT_MAX)


def respondent_key(questionnaire_id: str, source_id: str) -> str:
    """What is stored for a survey tool's respondent id: a short hash, never the id itself."""
    digest = hashlib.sha256(f"{questionnaire_id}\x00{source_id.strip()}".encode()).hexdigest()
    return f"csv-{digest[:16]}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong; ``row`` is the spreadsheet row (header = 1), None for the file."""

    row: int | None
    column: str | None
    message: str

    def text(self) -> str:
        """The problem as one line for people, e.g. "Rij 4, kolom D (‘…’): …"."""
        if self.row is not None and self.column:
            return tr("Rij {row}, kolom {column}: {message}",
                      row=self.row, column=self.column, message=self.message)
        if self.row is not None:
            return tr("Rij {row}: {message}", row=self.row, message=self.message)
        if self.column:
            return tr("Kolom {column}: {message}", column=self.column, message=self.message)
        return self.message[:1].upper() + self.message[1:]


@dataclass(frozen=True)
class ImportRow:
    row: int  # spreadsheet row number
    role: str
    respondent: str  # "" or respondent_key(...)
    answers: dict[str, int | None]


@dataclass
class ImportReport:
    questionnaire_id: str
    rows: list[ImportRow] = field(default_factory=list)  # the valid rows
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # notes that do not block rows
    total_rows: int = 0  # data rows with any content
    blocked: bool = False  # the mapping itself is wrong: no row can be imported
    description: str = ""  # how the file was read

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems if p.row is not None})

    @property
    def can_import(self) -> bool:
        return not self.blocked and bool(self.rows)

    def summary(self, limit: int = MAX_LISTED_PROBLEMS) -> str:
        """The report in the app's language, for the dialog and the log."""
        lines = []
        if self.description:
            lines.append(tr("{count} rij(en) met antwoorden gelezen ({description}).",
                            count=self.total_rows, description=self.description))
        else:
            lines.append(tr("{count} rij(en) met antwoorden gelezen.", count=self.total_rows))
        file_problems = [p for p in self.problems if p.row is None]
        if self.blocked:
            lines.append(tr("Er kan nog niets worden geïmporteerd:"))
            lines += [f"• {p.text()}" for p in file_problems]
            return "\n".join(lines)
        valid = len(self.rows)
        invalid = self.invalid_rows
        lines.append(
            tr("Geen enkele rij is in orde.") if not valid
            else tr("{count} rij(en) in orde: die worden geïmporteerd als u bevestigt.",
                    count=valid)
        )
        if invalid:
            lines.append(
                tr("{count} rij(en) met fouten worden niet geïmporteerd. Verbeter ze in "
                   "het bestand en importeer dat opnieuw, of koppel de kolommen anders:",
                   count=len(invalid))
            )
            row_problems = [p for p in self.problems if p.row is not None]
            lines += [f"• {p.text()}" for p in row_problems[:limit]]
            if len(row_problems) > limit:
                lines.append(tr("• … en nog {count} fout(en).",
                                count=len(row_problems) - limit))
        for warning in self.warnings:
            lines.append(tr("Let op: {warning}", warning=warning))
        return "\n".join(lines)


def _check_mapping(
    table: CsvTable, questionnaire: Questionnaire, mapping: Sequence[str], default_role: str | None
) -> tuple[list[Problem], list[str]]:
    problems: list[Problem] = []
    warnings: list[str] = []
    item_ids = {item.id for item in questionnaire.items}
    by_target: dict[str, list[int]] = {}
    for column, target in enumerate(mapping):
        if target == IGNORE:
            continue
        if target not in item_ids and target not in (ROLE, RESPONDENT):
            problems.append(Problem(None, table.column_name(column),
                                    tr("gekoppeld aan een onbekende vraag ‘{question}’.",
                                       question=target)))
            continue
        by_target.setdefault(target, []).append(column)
    for target, columns in by_target.items():
        if len(columns) > 1:
            names = _and_list([column_letter(c) for c in columns])
            if target == ROLE:
                message = tr("de kolommen {columns} zijn allebei gekoppeld aan de rol. "
                             "Koppel er één.", columns=names)
            elif target == RESPONDENT:
                message = tr("de kolommen {columns} zijn allebei gekoppeld aan het "
                             "respondentnummer. Koppel er één.", columns=names)
            else:
                message = tr("de kolommen {columns} zijn allebei gekoppeld aan vraag "
                             "‘{question}’. Koppel er één.", columns=names,
                             question=_item_text(questionnaire, target))
            problems.append(Problem(None, None, message))
    mapped_items = [i for i in questionnaire.items if i.id in by_target]
    if not mapped_items:
        problems.append(
            Problem(None, None, tr("geen enkele kolom is gekoppeld aan een vraag van "
                    "‘{title}’. Is dit het goede bestand en de goede vragenlijst? "
                    "Koppel de kolommen met antwoorden aan de vragen.",
                    title=questionnaire.title))
        )
    if ROLE not in by_target and default_role is None:
        problems.append(
            Problem(None, None, tr("er is geen kolom met de rol van de respondent. Koppel die "
                    "kolom, of kies welke rol alle respondenten hebben."))
        )
    missing = [i for i in questionnaire.items if i.id not in by_target]
    if mapped_items and missing:
        listed = "; ".join(f"‘{_short(i.text, 60)}’" for i in missing)
        warnings.append(
            tr("{count} vraag/vragen hebben geen kolom; die antwoorden blijven leeg: "
               "{questions}.", count=len(missing), questions=listed)
        )
    ignored = [table.column_name(c) for c, t in enumerate(mapping) if t == IGNORE
               and table.headers[c].strip()]
    if ignored and mapped_items:
        shown = ", ".join(ignored[:8]) + (" …" if len(ignored) > 8 else "")
        warnings.append(tr("deze kolommen worden niet gebruikt: {columns}.", columns=shown))
    return problems, warnings


def _and_list(names: list[str]) -> str:
    """``A en B``, ``A, B en C`` (en: ``A and B``, ``A, B and C``)."""
    if len(names) < 2:
        return "".join(names)
    return tr("{names} en {last}", names=", ".join(names[:-1]), last=names[-1])


def _item_text(questionnaire: Questionnaire, item_id: str) -> str:
    for item in questionnaire.items:
        if item.id == item_id:
            return _short(item.text, 50)
    return item_id


def validate(
    table: CsvTable,
    questionnaire: Questionnaire,
    mapping: Sequence[str],
    *,
    default_role: str | None = None,
    known_respondents: Iterable[str] = (),
) -> ImportReport:
    """Check every row; the report lists the valid rows and every problem."""
    if len(mapping) != len(table.headers):
        raise ValueError("mapping must have one target per column")
    if default_role is not None:
        default_role = Role(default_role).value
    report = ImportReport(questionnaire.id, description=table.description)
    problems, warnings = _check_mapping(table, questionnaire, mapping, default_role)
    report.warnings = warnings
    nonempty = [(n, row) for n, row in enumerate(table.rows, start=2)
                if any(cell.strip() for cell in row)]
    report.total_rows = len(nonempty)
    if problems:
        report.problems = problems
        report.blocked = True
        return report
    if not nonempty:
        report.problems.append(Problem(None, None, tr("het bestand heeft een kopregel, maar "
                                                      "geen rijen met antwoorden.")))
        report.blocked = True
        return report

    known = set(known_respondents)
    item_columns = [(c, t) for c, t in enumerate(mapping) if t not in (IGNORE, ROLE, RESPONDENT)]
    role_column = mapping.index(ROLE) if ROLE in mapping else None
    id_column = mapping.index(RESPONDENT) if RESPONDENT in mapping else None
    labels = questionnaire.likert_labels
    width = len(table.headers)

    # Respondent ids that occur more than once: every occurrence is suspect.
    seen_ids: dict[str, list[int]] = {}
    if id_column is not None:
        for n, row in nonempty:
            if id_column < len(row) and row[id_column].strip():
                seen_ids.setdefault(row[id_column].strip(), []).append(n)

    candidates: list[ImportRow] = []
    for n, row in nonempty:
        row_problems: list[Problem] = []
        if len(row) < width:
            row_problems.append(Problem(n, None, tr("deze rij heeft {count} kolommen, de "
                                                    "kopregel {width}. Ontbreekt er een "
                                                    "scheidingsteken?",
                                                    count=len(row), width=width)))
        elif len(row) > width and any(cell.strip() for cell in row[width:]):
            row_problems.append(Problem(n, None, tr("deze rij heeft {count} kolommen, de "
                                                    "kopregel {width}. Staat er een "
                                                    "scheidingsteken te veel in?",
                                                    count=len(row), width=width)))
        answers: dict[str, int | None] = {item.id: None for item in questionnaire.items}
        for column, item_id in item_columns:
            cell = row[column] if column < len(row) else ""
            value, problem = parse_answer(cell, labels)
            if problem:
                row_problems.append(Problem(n, table.column_name(column), problem + "."))
            answers[item_id] = value
        if not row_problems and all(v is None for v in answers.values()):
            row_problems.append(Problem(n, None, tr("deze rij heeft geen enkel antwoord.")))

        role = default_role
        if role_column is not None:
            cell = row[role_column].strip() if role_column < len(row) else ""
            if cell:
                role = parse_role(cell)
                if role is None:
                    row_problems.append(Problem(n, table.column_name(role_column),
                                                tr("rol ‘{role}’ is onbekend; gebruik student, "
                                                   "werkbegeleider, docent, praktijkopleider, "
                                                   "coördinator of anders.",
                                                   role=_short(cell, 30))))
            elif role is None:
                row_problems.append(Problem(n, table.column_name(role_column),
                                            tr("de rol is leeg.")))

        respondent = ""
        if id_column is not None:
            source = row[id_column].strip() if id_column < len(row) else ""
            if source:
                respondent = respondent_key(questionnaire.id, source)
                rows_with_id = seen_ids.get(source, [])
                if len(rows_with_id) > 1:
                    others = ", ".join(str(r) for r in rows_with_id if r != n)
                    row_problems.append(Problem(n, table.column_name(id_column),
                                                tr("respondent ‘{respondent}’ komt ook voor in "
                                                   "rij {rows}. Houd alleen de juiste rij over.",
                                                   respondent=_short(source, 30), rows=others)))
                elif respondent in known:
                    row_problems.append(Problem(n, table.column_name(id_column),
                                                tr("respondent ‘{respondent}’ is al eerder "
                                                   "geïmporteerd bij dit gesprek.",
                                                   respondent=_short(source, 30))))
        if row_problems:
            report.problems.extend(row_problems)
        else:
            assert role is not None
            candidates.append(ImportRow(n, role, respondent, answers))
    report.rows = candidates
    return report


def apply(report: ImportReport, session_id: str) -> list[Response]:
    """The valid rows as new records (not stored; the operation stores them)."""
    return [
        Response(
            session_id=session_id,
            questionnaire_id=report.questionnaire_id,
            respondent=row.respondent,
            role=row.role,
            answers=dict(row.answers),
        )
        for row in report.rows
    ]
