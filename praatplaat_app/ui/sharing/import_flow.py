"""Importing ``.praatplaat`` files: check, preview, confirm, import, summary.

1. :func:`~praatplaat_app.exchange.read_package` checks the whole file; a bad file gets
   its Dutch message and nothing is written.
2. :class:`ImportPreviewDialog` shows what is in it (routes, conversations, photos, who
   led them, when it was made) and asks for confirmation.
3. :func:`~praatplaat_app.exchange.import_package` merges it (one transaction, after a
   backup of the library).
4. :class:`ImportSummaryDialog` shows what was added, updated and kept aside, with a
   button to the history.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.errors import PraatplaatError
from praatplaat_app.formatting import short_date
from praatplaat_app.ui.sharing import FILE_FILTER, message, wait_cursor

MUTED = "#5f6368"


@dataclass
class FileResult:
    """What happened to one file."""

    name: str
    path: Path | None = None
    summary: Any = None  # ImportSummary
    error: str = ""
    skipped: bool = False
    session_ids: tuple[str, ...] = ()


def choose_files(parent: QWidget, settings: Any) -> list[Path]:
    """The open-file dialog (several files at once)."""
    start = settings.sharing_last_folder
    if not start or not Path(start).is_dir():
        start = str(Path.home())
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("ImportFlow", "Bestanden importeren"),
        start,
        QCoreApplication.translate("SharingUi", FILE_FILTER)
        + ";;"
        + QCoreApplication.translate("SharingUi", "Alle bestanden (*)"),
    )
    paths = [Path(p) for p in chosen if p]
    if paths:
        settings.sharing_last_folder = str(paths[0].parent)
    return paths


# ====================================================================== flow


class ImportFlow:
    """Imports files one by one; ``on_changed(session_ids)`` after anything changed."""

    def __init__(
        self,
        parent: QWidget,
        library: Any,
        catalog: Any,
        *,
        on_changed: Callable[[Iterable[str] | None], object] | None = None,
        on_history: Callable[[], object] | None = None,
    ) -> None:
        self.parent = parent
        self.library = library
        self.catalog = catalog
        self.on_changed = on_changed
        self.on_history = on_history
        self.last_summary_dialog: ImportSummaryDialog | None = None

    def run(
        self,
        paths: Iterable[Path | str],
        *,
        confirm: bool = True,
        report_error: Callable[[str], object] | None = None,
    ) -> list[FileResult]:
        """Import ``paths``. With ``confirm`` a preview per file and a summary at the end;
        without it (start-up probe) no dialog at all, errors go to ``report_error``."""
        from praatplaat_app.exchange import import_package, read_package

        paths = [Path(p) for p in paths]
        several = len(paths) > 1
        results: list[FileResult] = []

        def failed(result: FileResult, text: str) -> None:
            result.error = text
            if report_error is not None:
                report_error(text)
            elif confirm and not several:
                message(
                    self.parent,
                    QCoreApplication.translate("ImportFlow", "Bestand niet geïmporteerd"),
                    text,
                )

        for path in paths:
            result = FileResult(path.name, path)
            results.append(result)
            try:
                with wait_cursor():
                    package = read_package(path)
            except PraatplaatError as exc:
                failed(result, exc.message)
                continue
            if confirm:
                preview = ImportPreviewDialog(self.parent, package, self.library, self.catalog)
                accepted = preview.exec() == QDialog.DialogCode.Accepted
                preview.deleteLater()
                if not accepted:
                    result.skipped = True
                    continue
            try:
                with wait_cursor():
                    result.summary = import_package(self.library, package, catalog=self.catalog)
            except PraatplaatError as exc:
                failed(result, exc.message)
                continue
            result.session_ids = tuple(sorted(package.record_ids("sessions")))
        self.finish(results, show=confirm)
        return results

    def finish(self, results: list[FileResult], *, show: bool = True) -> None:
        """Tell the screens, select what came in, show the summary."""
        changed = [r for r in results if r.summary is not None and r.summary.changed]
        if changed and self.on_changed is not None:
            sessions: list[str] | None = []
            for r in changed:
                if not r.session_ids:
                    sessions = None  # unknown (shared folder): every conversation
                    break
                sessions.extend(r.session_ids)
            self.on_changed(sessions)
        self._select_first(results)
        several = len(results) > 1
        worth_showing = any(r.summary is not None for r in results) or (
            several and any(r.error for r in results)
        )
        if show and worth_showing:
            dialog = ImportSummaryDialog(self.parent, results, on_history=self.on_history)
            self.last_summary_dialog = dialog
            dialog.exec()

    def _select_first(self, results: list[FileResult]) -> None:
        view = getattr(self.parent, "library_view", None)
        if view is None or not hasattr(view, "select"):
            return
        for r in results:
            for session_id in r.session_ids:
                if view.select("session", session_id):
                    return


# =================================================================== preview


def package_summary(package: Any) -> str:
    """A short Dutch description of a checked file: title, contents, when it was made."""
    from praatplaat_app.exchange.format import count_label
    from praatplaat_app.exchange.package import format_local_time

    manifest = package.manifest
    counts = [count_label("routes", package.count("routes"))]
    counts.append(count_label("sessions", package.count("sessions")))
    if package.count("attachments"):
        counts.append(count_label("attachments", package.count("attachments")))
    text = QCoreApplication.translate(
        "ImportFlow", "{title}: {counts}. Gemaakt op {when} met Praatplaat {version}."
    ).format(
        title=manifest.title,
        counts=", ".join(counts),
        when=format_local_time(manifest.exported_at),
        version=manifest.app_version,
    )
    if manifest.options.anonymised:
        text += QCoreApplication.translate("ImportFlow", " Zonder namen van deelnemers.")
    return text


def _date_text(value: Any) -> str:
    if not value:
        return ""
    try:
        return short_date(dt.date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


class ImportPreviewDialog(QDialog):
    """What is in the file, and whether it is new here; "Importeren" or "Annuleren"."""

    def __init__(self, parent: QWidget | None, package: Any, library: Any, catalog: Any) -> None:
        super().__init__(parent)
        from praatplaat_app.domain import SESSION_KIND_LABELS, Route, Session
        from praatplaat_app.exchange.format import count_label
        from praatplaat_app.exchange.package import format_local_time

        self.package = package
        manifest = package.manifest
        self.setWindowTitle(self.tr("Bestand importeren"))
        self.setAccessibleName(self.tr("Bestand importeren"))
        self.setAccessibleDescription(package.describe())
        self.setMinimumWidth(620)

        heading = QLabel(manifest.title or package.name, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        heading.setAccessibleName(self.tr("Titel van het bestand"))

        counts = [count_label("sessions", package.count("sessions"))]
        if package.count("routes") != 1:
            counts.insert(0, count_label("routes", package.count("routes")))
        if package.count("attachments"):
            counts.append(count_label("attachments", package.count("attachments")))
        origin = QLabel(
            self.tr(
                "Bestand '{name}': {counts}.\nGemaakt op {when} met Praatplaat {version}."
            ).format(
                name=package.name,
                counts=", ".join(counts),
                when=format_local_time(manifest.exported_at),
                version=manifest.app_version,
            ),
            self,
        )
        origin.setTextFormat(Qt.TextFormat.PlainText)
        origin.setWordWrap(True)
        origin.setAccessibleName(self.tr("Herkomst van het bestand"))

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Route en gesprekken"), self.tr("In uw bibliotheek")])
        self.tree.setAccessibleName(self.tr("Inhoud van het bestand"))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        routes = {r["id"]: r for r in package.records.get("routes", [])}
        route_items: dict[str, QTreeWidgetItem] = {}
        self.new_sessions = 0
        self.known_sessions = 0

        def state(record: dict[str, Any], cls: type, kind: str) -> str:
            if record.get("deleted"):
                return QT_TRANSLATE_NOOP("ImportFlow", "Verwijderd door de afzender")
            return (
                QT_TRANSLATE_NOOP("ImportFlow", "Staat er al")
                if library.find(cls, record["id"]) is not None
                else QT_TRANSLATE_NOOP("ImportFlow", "Nieuw")
            )

        def route_item(route_id: str) -> QTreeWidgetItem:
            if route_id not in route_items:
                row = routes.get(route_id)
                if row is not None:
                    name, where = row["name"], state(row, Route, "route")
                else:  # a conversation of a route the library already has
                    known = library.find(Route, route_id)
                    name, where = (
                        (known.name if known else QT_TRANSLATE_NOOP("ImportFlow", "Route")),
                        QT_TRANSLATE_NOOP("ImportFlow", "Staat er al"),
                    )
                item = QTreeWidgetItem(
                    self.tree,
                    [
                        self.tr("Route {name}").format(name=name),
                        QCoreApplication.translate("ImportFlow", where),
                    ],
                )
                item.setFirstColumnSpanned(False)
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                route_items[route_id] = item
            return route_items[route_id]

        for route_id in routes:
            route_item(route_id)
        for row in sorted(
            package.records.get("sessions", []), key=lambda s: (s.get("date") or "", s["id"])
        ):
            label = SESSION_KIND_LABELS.get(row["kind"], row["kind"])
            if row.get("date"):
                label += f", {_date_text(row['date'])}"
            if row.get("facilitator"):
                label += self.tr(" (gespreksleider: {name})").format(name=row["facilitator"])
            where = state(row, Session, "session")
            if where == "Nieuw":
                self.new_sessions += 1
            elif where == "Staat er al":
                self.known_sessions += 1
            item = QTreeWidgetItem(
                route_item(row["route_id"]),
                [label, QCoreApplication.translate("ImportFlow", where)],
            )
            item.setToolTip(0, label)
        self.tree.expandAll()
        rows = len(route_items) + package.count("sessions")
        row_height = max(18, self.tree.fontMetrics().height() + 6)
        self.tree.setMinimumHeight(max(110, min(320, row_height * (rows + 1) + 12)))

        notes: list[str] = []
        if self.known_sessions:
            notes.append(
                self.tr(
                    "Wat al in uw bibliotheek staat, wordt bijgewerkt als de versie in het bestand "
                    "nieuwer is. Uw eigen versie gaat nooit verloren: die komt in de geschiedenis "
                    "(Bewerken → Geschiedenis)."
                )
            )
        if manifest.options.anonymised:
            notes.append(self.tr("De afzender heeft de namen van deelnemers weggelaten."))
        if not manifest.options.include_private:
            notes.append(self.tr("Privénotities van de afzender zitten er niet in."))
        if catalog is not None and getattr(catalog, "id", None) not in (None, manifest.catalog.id):
            notes.append(
                self.tr(
                    "Let op: het bestand is gemaakt met andere gespreksinhoud (indicatoren en "
                    "thema's) dan de uwe. Onbekende indicatoren worden wel bewaard."
                )
            )
        notes.append(self.tr("Praatplaat maakt eerst een reservekopie van uw bibliotheek."))
        explanation = QLabel(
            "<ul style='margin-left:-24px'>"
            + "".join(f"<li>{html.escape(n)}</li>" for n in notes)
            + "</ul>",
            self,
        )
        explanation.setTextFormat(Qt.TextFormat.RichText)
        explanation.setWordWrap(True)
        explanation.setStyleSheet(f"color: {MUTED};")
        explanation.setAccessibleName(self.tr("Toelichting"))

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Importeren"))
        self.import_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        question = QLabel(self.tr("Wilt u dit bestand in uw bibliotheek opnemen?"), self)
        question.setAccessibleName(self.tr("Vraag"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(origin)
        layout.addWidget(self.tree, 1)
        layout.addWidget(explanation)
        layout.addWidget(question)
        layout.addWidget(buttons)
        # Only as tall as the text at this width needs (wrapped labels ask for too much).
        width = 640
        height = layout.totalHeightForWidth(width)
        if height > 0:
            self.resize(width, height)


# =================================================================== summary


def _kept_aside_html(summary: Any) -> str:
    items = "".join(f"<li>{html.escape(k.describe())}</li>" for k in summary.kept_aside)
    return f"<ul>{items}</ul>"


def summary_html(results: list[FileResult]) -> str:
    """The summary of one or more imports as HTML (all user text escaped)."""
    from praatplaat_app.exchange.format import RECORD_TABLES, count_label

    def counts(values: dict[str, int]) -> str:
        return ", ".join(count_label(t, values[t]) for t in RECORD_TABLES if values.get(t))

    parts: list[str] = []
    single = len(results) == 1
    for r in results:
        if not single:
            parts.append(f"<h3>{html.escape(r.name)}</h3>")
        if r.error:
            parts.append(
                "<p style='color:#a50e0e'><b>"
                + html.escape(QCoreApplication.translate("ImportFlow", "Niet geïmporteerd."))
                + f"</b> {html.escape(r.error)}</p>"
            )
            continue
        if r.skipped:
            skipped = QCoreApplication.translate(
                "ImportFlow", "Niet geïmporteerd (u koos Annuleren)."
            )
            parts.append(f"<p style='color:{MUTED}'>{html.escape(skipped)}</p>")
            continue
        s = r.summary
        if s is None:
            continue
        if not s.changed:
            parts.append(
                "<p>"
                + QCoreApplication.translate(
                    "ImportFlow",
                    "Alles uit '{name}' stond al in uw bibliotheek. Waarschijnlijk "
                    "hebt u dit bestand al eerder geïmporteerd.",
                ).format(name=html.escape(r.name))
                + "</p>"
            )
        else:
            rows = []
            if s.total_added:
                rows.append(
                    (QCoreApplication.translate("ImportFlow", "Toegevoegd"), counts(s.added))
                )
            if s.total_updated:
                rows.append(
                    (QCoreApplication.translate("ImportFlow", "Bijgewerkt"), counts(s.updated))
                )
            if s.history_added:
                rows.append(
                    (
                        QCoreApplication.translate("ImportFlow", "Eerdere versies van de afzender"),
                        count_label("history", s.history_added),
                    )
                )
            if rows:
                parts.append(
                    "<table cellspacing='0' cellpadding='2'>"
                    + "".join(
                        f"<tr><td><b>{html.escape(k)}:</b>&nbsp;</td><td>{html.escape(v)}</td></tr>"
                        for k, v in rows
                    )
                    + "</table>"
                )
            if s.kept_aside:
                parts.append(
                    "<p><b>"
                    + html.escape(
                        QCoreApplication.translate(
                            "ImportFlow", "Opzijgezet in de geschiedenis: {count}"
                        ).format(count=count_label("history", len(s.kept_aside)))
                    )
                    + "</b><br>"
                    + QCoreApplication.translate(
                        "ImportFlow",
                        "Er waren twee verschillende versies. De nieuwste staat nu in uw "
                        "bibliotheek; de andere kunt u bekijken en terugzetten via "
                        "'Geschiedenis bekijken'.",
                    )
                    + "</p>"
                )
                parts.append(_kept_aside_html(s))
        for warning in s.warnings:
            note = QCoreApplication.translate("ImportFlow", "Let op: {warning}").format(
                warning=warning
            )
            parts.append(f"<p style='color:#8a5300'>{html.escape(note)}</p>")
        if s.changed and s.backup_path is not None:
            parts.append(
                f"<p style='color:{MUTED}; font-size:small'>"
                + html.escape(
                    QCoreApplication.translate(
                        "ImportFlow",
                        "Reservekopie van uw bibliotheek van vóór het importeren: {path}",
                    ).format(path=s.backup_path)
                )
                + "</p>"
            )
    return "".join(parts)


class ImportSummaryDialog(QDialog):
    """What the import(s) did; "Geschiedenis bekijken" when versions were kept aside."""

    def __init__(
        self,
        parent: QWidget | None,
        results: list[FileResult],
        *,
        on_history: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.results = results
        self.on_history = on_history
        self.setWindowTitle(self.tr("Importeren klaar"))
        self.setAccessibleName(self.tr("Importeren klaar"))

        imported = [r for r in results if r.summary is not None]
        changed = [r for r in imported if r.summary.changed]
        failed = [r for r in results if r.error]
        if not imported and failed:
            headline = self.tr("Er is niets geïmporteerd.")
        elif imported and not changed:
            headline = self.tr("Er is niets veranderd.")
        elif len(results) == 1:
            headline = self.tr("'{name}' is geïmporteerd.").format(name=results[0].name)
        else:
            headline = self.tr("{changed} van de {total} bestanden zijn geïmporteerd.").format(
                changed=len(changed), total=len(results)
            )
            if failed:
                headline += self.tr(" Bij {count} ging het niet: zie hieronder.").format(
                    count=len(failed)
                )
        self.headline = QLabel(headline, self)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.headline.setAccessibleName(self.tr("Uitkomst"))

        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setHtml(summary_html(results))
        self.details.setAccessibleName(self.tr("Wat er is geïmporteerd"))
        self.details.setAccessibleDescription(
            "\n\n".join(r.summary.describe() if r.summary else r.error for r in results)
        )

        buttons = QDialogButtonBox(self)
        self.history_button: QPushButton | None = None
        if on_history is not None and any(
            r.summary is not None and (r.summary.kept_aside or r.summary.history_added)
            for r in results
        ):
            self.history_button = buttons.addButton(
                self.tr("Geschiedenis bekijken"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.history_button.setAccessibleName(self.tr("Geschiedenis bekijken"))
            self.history_button.setToolTip(
                self.tr("De opzijgezette versies bekijken en eventueel terugzetten")
            )
            self.history_button.clicked.connect(self._open_history)
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setAccessibleName(self.tr("Sluiten"))
        close.setDefault(True)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        # As tall as the text needs (within reason), so a short answer is a small dialog.
        document = self.details.document().clone(self)
        document.setTextWidth(600)
        height = int(document.size().height())
        document.deleteLater()
        self.resize(660, max(220, min(600, height + 130)))

    def _open_history(self) -> None:
        self.accept()
        if self.on_history is not None:
            self.on_history()
