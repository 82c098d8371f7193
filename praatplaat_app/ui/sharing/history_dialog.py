"""The history: versions that an import (or a restore) put aside, and putting one back.

Per entry: what it is (a note, an action, a participant …), where (route, conversation),
from when, why it was kept, and the old text next to what is in the library now, with
the differences marked. "Deze versie terugzetten" restores it; the version it replaces
goes into the history in turn, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.errors import PraatplaatError
from praatplaat_app.formatting import short_date
from praatplaat_app.ui.sharing import ask, message, wait_cursor

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGED_BACKGROUND = "#fff3cd"
MUTED = "#5f6368"

# The fields worth showing per table, with their Dutch labels (ids and positions left out).
FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "routes": (
        ("name", QT_TRANSLATE_NOOP("HistoryDialog", "Naam")),
        ("organisations", QT_TRANSLATE_NOOP("HistoryDialog", "Organisaties")),
        ("programmes", QT_TRANSLATE_NOOP("HistoryDialog", "Opleidingen en niveaus")),
        ("reason_goal", QT_TRANSLATE_NOOP("HistoryDialog", "Aanleiding en doel")),
        ("form", QT_TRANSLATE_NOOP("HistoryDialog", "Vorm")),
        ("phase", QT_TRANSLATE_NOOP("HistoryDialog", "Fase van de innovatie")),
        ("coordinator", QT_TRANSLATE_NOOP("HistoryDialog", "Coördinator")),
    ),
    "sessions": (
        ("kind", QT_TRANSLATE_NOOP("HistoryDialog", "Soort gesprek")),
        ("date", QT_TRANSLATE_NOOP("HistoryDialog", "Datum")),
        ("facilitator", QT_TRANSLATE_NOOP("HistoryDialog", "Gespreksleider")),
        ("context", QT_TRANSLATE_NOOP("HistoryDialog", "Context")),
        ("target_group", QT_TRANSLATE_NOOP("HistoryDialog", "Doelgroep")),
        ("phase", QT_TRANSLATE_NOOP("HistoryDialog", "Fase van de innovatie")),
    ),
    "participants": (
        ("role", QT_TRANSLATE_NOOP("HistoryDialog", "Rol")),
        ("organisation", QT_TRANSLATE_NOOP("HistoryDialog", "Organisatie")),
        ("name", QT_TRANSLATE_NOOP("HistoryDialog", "Naam")),
    ),
    "session_indicators": (("indicator_id", QT_TRANSLATE_NOOP("HistoryDialog", "Indicator")),),
    "notes": (
        ("indicator_id", QT_TRANSLATE_NOOP("HistoryDialog", "Indicator")),
        ("theme_id", QT_TRANSLATE_NOOP("HistoryDialog", "Thema")),
        ("kind", QT_TRANSLATE_NOOP("HistoryDialog", "Soort notitie")),
        ("text", QT_TRANSLATE_NOOP("HistoryDialog", "Tekst")),
        ("private", QT_TRANSLATE_NOOP("HistoryDialog", "Privé")),
    ),
    "theme_marks": (
        ("indicator_id", QT_TRANSLATE_NOOP("HistoryDialog", "Indicator")),
        ("theme_id", QT_TRANSLATE_NOOP("HistoryDialog", "Thema")),
        ("discussed", QT_TRANSLATE_NOOP("HistoryDialog", "Besproken")),
    ),
    "goals": (
        ("indicator_id", QT_TRANSLATE_NOOP("HistoryDialog", "Indicator")),
        ("theme_id", QT_TRANSLATE_NOOP("HistoryDialog", "Thema")),
        ("pillar", QT_TRANSLATE_NOOP("HistoryDialog", "Pijler")),
        ("text", QT_TRANSLATE_NOOP("HistoryDialog", "Ontwikkeldoel")),
    ),
    "actions": (
        ("what", QT_TRANSLATE_NOOP("HistoryDialog", "Wat")),
        ("who", QT_TRANSLATE_NOOP("HistoryDialog", "Wie")),
        ("due", QT_TRANSLATE_NOOP("HistoryDialog", "Wanneer klaar")),
        ("status", QT_TRANSLATE_NOOP("HistoryDialog", "Status")),
    ),
    "follow_ups": (
        ("date", QT_TRANSLATE_NOOP("HistoryDialog", "Datum")),
        ("who_invites", QT_TRANSLATE_NOOP("HistoryDialog", "Wie nodigt uit")),
        ("prepare", QT_TRANSLATE_NOOP("HistoryDialog", "Wat voorbereiden")),
    ),
    "questionnaire_responses": (
        ("questionnaire_id", QT_TRANSLATE_NOOP("HistoryDialog", "Vragenlijst")),
        ("respondent", QT_TRANSLATE_NOOP("HistoryDialog", "Formulier")),
        ("role", QT_TRANSLATE_NOOP("HistoryDialog", "Rol")),
        ("answers", QT_TRANSLATE_NOOP("HistoryDialog", "Antwoorden")),
    ),
    "attachments": (
        ("filename", QT_TRANSLATE_NOOP("HistoryDialog", "Bestand")),
        ("caption", QT_TRANSLATE_NOOP("HistoryDialog", "Bijschrift")),
    ),
}
_BOOL_FIELDS = {"private", "discussed", "draft", "deleted"}
_DATE_FIELDS = {"date", "due"}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def table_label(table: str) -> str:
    """Dutch name of what a table holds: notitie, actie, ontwikkeldoel, deelnemer …"""
    from praatplaat_app.exchange.format import TABLE_LABELS

    return TABLE_LABELS.get(table, (table, ""))[0]


def readable_reason(reason: str) -> str:
    for prefix, replacement in (
        ("import: ", QCoreApplication.translate("HistoryDialog", "Bij het importeren: ")),
        ("hersteld: ", QCoreApplication.translate("HistoryDialog", "Bij het terugzetten: ")),
    ):
        if reason.startswith(prefix):
            return replacement + reason[len(prefix) :]
    return reason


def _local(timestamp: str) -> str:
    from praatplaat_app.exchange.package import format_local_time

    return format_local_time(timestamp) if timestamp else ""


class ValueFormatter:
    """Turns stored values (ids, codes, 0/1) into words."""

    def __init__(self, catalog: Any) -> None:
        self.catalog = catalog

    def __call__(self, field: str, value: Any) -> str:
        from praatplaat_app.domain import (
            ACTION_STATUS_LABELS,
            NOTE_KIND_LABELS,
            PILLAR_LABELS,
            ROLE_LABELS,
            SESSION_KIND_LABELS,
        )

        if value is None or value == "":
            if field == "theme_id":
                return QCoreApplication.translate("HistoryDialog", "(de indicator zelf)")
            return "—"
        if field in _BOOL_FIELDS:
            return (
                QCoreApplication.translate("HistoryDialog", "ja")
                if value in (1, True, "1", "true")
                else QCoreApplication.translate("HistoryDialog", "nee")
            )
        if field in _DATE_FIELDS:
            try:
                return short_date(dt.date.fromisoformat(str(value)))
            except ValueError:
                return str(value)
        labels: dict[str, dict[str, str]] = {
            "kind": {**SESSION_KIND_LABELS, **NOTE_KIND_LABELS},
            "role": ROLE_LABELS,
            "status": ACTION_STATUS_LABELS,
            "pillar": PILLAR_LABELS,
        }
        if field in labels:
            return labels[field].get(str(value), str(value))
        if self.catalog is not None:
            try:
                if field == "indicator_id":
                    return self.catalog.indicator(str(value)).title
                if field == "theme_id":
                    return self.catalog.theme(str(value)).title
                if field == "questionnaire_id":
                    return self.catalog.questionnaire(str(value)).title
            except (KeyError, LookupError, ValueError):
                return str(value)
        if field == "answers":
            try:
                answers = json.loads(str(value))
                filled = sum(1 for v in answers.values() if v is not None)
                return QCoreApplication.translate(
                    "HistoryDialog", "{filled} van {total} vragen beantwoord"
                ).format(filled=filled, total=len(answers))
            except (ValueError, AttributeError):
                return str(value)
        return str(value)


def _rows(
    table: str, data: dict[str, Any] | None, fmt: ValueFormatter
) -> list[tuple[str, str, str]]:
    """(field, label, text) for a record as a row dict."""
    if data is None:
        return []
    rows = [
        (f, QCoreApplication.translate("HistoryDialog", label), fmt(f, data.get(f)))
        for f, label in FIELDS.get(table, ())
    ]
    if data.get("deleted") in (1, True):
        rows.append(
            (
                "deleted",
                QCoreApplication.translate("HistoryDialog", "Verwijderd"),
                QCoreApplication.translate("HistoryDialog", "ja"),
            )
        )
    return rows


def comparison_html(
    table: str,
    mine: dict[str, Any] | None,
    other: dict[str, Any] | None,
    fmt: ValueFormatter,
    *,
    missing: str,
) -> str:
    """One side of the comparison: fields of ``mine``, marked where ``other`` differs."""
    if mine is None:
        return f"<p style='color:{MUTED}'>{html.escape(missing)}</p>"
    other_values = {f: text for f, _label, text in _rows(table, other, fmt)} if other else {}
    parts = []
    for field, label, text in _rows(table, mine, fmt):
        changed = other is not None and other_values.get(field, "—") != text
        style = f" style='background:{CHANGED_BACKGROUND}'" if changed else ""
        body = html.escape(text).replace("\n", "<br>")
        parts.append(
            f"<p{style}><span style='color:{MUTED}'>{html.escape(label)}</span><br>{body}</p>"
        )
    return "".join(parts)


class HistoryDialog(QDialog):
    """Lists kept-aside versions; compares one with now; restores it."""

    def __init__(
        self,
        parent: QWidget | None,
        library: Any,
        catalog: Any,
        *,
        on_restored: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self.on_restored = on_restored
        self.format = ValueFormatter(catalog)
        self.entries: list[Any] = []
        self.restored: list[str] = []
        self.setWindowTitle(self.tr("Geschiedenis: eerdere versies"))
        self.setAccessibleName(self.tr("Geschiedenis: eerdere versies"))
        self.resize(980, 640)

        intro = QLabel(
            self.tr(
                "Hier staan eerdere versies die Praatplaat heeft bewaard, bijvoorbeeld toen een "
                "geïmporteerd bestand een nieuwere versie bracht. Kies een versie om haar te "
                "vergelijken met wat nu in uw bibliotheek staat; verschillen zijn geel."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setAccessibleName(self.tr("Uitleg"))

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoeken in de geschiedenis…"))
        self.search.setAccessibleName(self.tr("Zoeken in de geschiedenis"))
        self.search.textChanged.connect(lambda _text: self._apply_filter())

        self.list = QTreeWidget(self)
        self.list.setColumnCount(4)
        self.list.setHeaderLabels(
            [
                self.tr("Wat"),
                self.tr("Gesprek of route"),
                self.tr("Gewijzigd op"),
                self.tr("Waarom bewaard"),
            ]
        )
        self.list.setAccessibleName(self.tr("Eerdere versies"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.setColumnWidth(1, 300)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

        self.empty = QLabel(self.tr("Er zijn nog geen eerdere versies bewaard."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("Geen eerdere versies"))
        self.empty.setStyleSheet(f"color: {MUTED}; padding: 24px;")

        self.old_title = QLabel(self.tr("Eerdere versie"), self)
        self.old_title.setAccessibleName(self.tr("Kop eerdere versie"))
        self.old_view = QTextBrowser(self)
        self.old_view.setAccessibleName(self.tr("Eerdere versie"))
        self.now_title = QLabel(self.tr("Nu in uw bibliotheek"), self)
        self.now_title.setAccessibleName(self.tr("Kop huidige versie"))
        self.now_view = QTextBrowser(self)
        self.now_view.setAccessibleName(self.tr("Huidige versie"))
        for title in (self.old_title, self.now_title):
            title.setStyleSheet("font-weight: bold;")
            title.setTextFormat(Qt.TextFormat.PlainText)

        compare = QWidget(self)
        compare_layout = QHBoxLayout(compare)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        for title, view in ((self.old_title, self.old_view), (self.now_title, self.now_view)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(view, 1)
            compare_layout.addLayout(column, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(compare)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setAccessibleName(self.tr("Verdeling tussen lijst en vergelijking"))
        self.splitter = splitter

        self.feedback = QLabel("", self)
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setAccessibleName(self.tr("Melding"))

        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("Deze versie terugzetten"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setAccessibleName(self.tr("Deze versie terugzetten"))
        self.restore_button.setToolTip(
            self.tr(
                "De gekozen eerdere versie weer in uw bibliotheek zetten. De versie die er nu "
                "staat, komt in de geschiedenis."
            )
        )
        self.restore_button.clicked.connect(lambda _checked=False: self.restore_current())
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)
        self.refresh()

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        from praatplaat_app.exchange import list_history

        current = self.current_entry()
        keep = current.id if current is not None else None
        self.entries = list_history(self.library, limit=1000)
        self.list.clear()
        select: QTreeWidgetItem | None = None
        for entry in self.entries:
            what = table_label(entry.table)
            where = " — ".join(p for p in (entry.route_name, entry.conversation) if p)
            item = QTreeWidgetItem(
                self.list,
                [
                    what[0].upper() + what[1:],
                    where or "—",
                    _local(entry.record_updated_at),
                    readable_reason(entry.reason),
                ],
            )
            item.setData(0, ENTRY_ROLE, entry.id)
            item.setToolTip(3, readable_reason(entry.reason))
            item.setToolTip(1, where)
            if entry.id == keep:
                select = item
        has_entries = bool(self.entries)
        self.splitter.setVisible(has_entries)
        self.search.setVisible(has_entries)
        self.empty.setVisible(not has_entries)
        self._apply_filter()
        if select is None and self.list.topLevelItemCount():
            select = self.list.topLevelItem(0)
        if select is not None:
            self.list.setCurrentItem(select)
        self._show_current()

    def _apply_filter(self) -> None:
        text = _fold(self.search.text().strip())
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            entry = self._entry(item.data(0, ENTRY_ROLE))
            haystack = " ".join(item.text(c) for c in range(4))
            if entry is not None:
                haystack += " " + " ".join(
                    str(v) for v in entry.data.values() if isinstance(v, str)
                )
            item.setHidden(bool(text) and text not in _fold(haystack))

    def _entry(self, entry_id: str | None) -> Any:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        return None

    def current_entry(self) -> Any:
        item = self.list.currentItem() if hasattr(self, "list") else None
        if item is None or item.isHidden():
            return None
        return self._entry(item.data(0, ENTRY_ROLE))

    def select_entry(self, entry_id: str) -> bool:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, ENTRY_ROLE) == entry_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def current_record(self, entry: Any) -> dict[str, Any] | None:
        from praatplaat_app.exchange.format import record_type

        try:
            record = self.library.find(record_type(entry.table), entry.record_id)
        except (KeyError, PraatplaatError):
            return None
        return record.to_row() if record is not None else None

    def _show_current(self) -> None:
        entry = self.current_entry()
        self.restore_button.setEnabled(entry is not None)
        if entry is None:
            self.old_title.setText(self.tr("Eerdere versie"))
            self.now_title.setText(self.tr("Nu in uw bibliotheek"))
            self.old_view.setHtml("")
            self.now_view.setHtml("")
            return
        now = self.current_record(entry)
        what = table_label(entry.table)
        self.old_title.setText(
            self.tr("Eerdere versie ({what}, gewijzigd {when})").format(
                what=what, when=_local(entry.record_updated_at)
            )
        )
        if now is not None:
            self.now_title.setText(
                self.tr("Nu in uw bibliotheek (gewijzigd {when})").format(
                    when=_local(str(now.get("updated_at", "")))
                )
            )
        else:
            self.now_title.setText(self.tr("Nu in uw bibliotheek"))
        self.old_view.setHtml(
            comparison_html(entry.table, entry.data, now, self.format, missing="")
        )
        self.now_view.setHtml(
            comparison_html(
                entry.table,
                now,
                entry.data,
                self.format,
                missing=self.tr("Deze {what} staat niet (meer) in uw bibliotheek.").format(
                    what=what
                ),
            )
        )

    # --------------------------------------------------------------- restore

    def restore_current(self, *, confirm: bool = True) -> bool:
        from praatplaat_app.exchange import restore_from_history

        entry = self.current_entry()
        if entry is None:
            return False
        what = table_label(entry.table)
        if confirm and not ask(
            self,
            self.tr("Versie terugzetten"),
            self.tr("Wilt u deze eerdere versie van de {what} terugzetten?").format(what=what),
            self.tr(
                "De versie die nu in uw bibliotheek staat, komt in de geschiedenis; u kunt die "
                "later ook weer terugzetten. 'Ongedaan maken' (Ctrl+Z) werkt daarna niet meer voor "
                "eerdere wijzigingen."
            ),
            yes=self.tr("Terugzetten"),
            no=self.tr("Annuleren"),
            default_yes=True,
        ):
            return False
        try:
            with wait_cursor():
                restore_from_history(self.library, entry.id)
        except PraatplaatError as exc:
            message(self, self.tr("Terugzetten niet gelukt"), exc.message)
            return False
        self.restored.append(entry.id)
        if self.on_restored is not None:
            self.on_restored()
        self.feedback.setText(
            self.tr(
                "De eerdere versie van de {what} is teruggezet. De versie die er stond, staat nu "
                "bovenaan in de geschiedenis."
            ).format(what=what)
        )
        self.refresh()
        self.select_entry(entry.id)
        return True
