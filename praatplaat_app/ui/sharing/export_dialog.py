"""Exporting a conversation or a route to a ``.praatplaat`` file, or into the shared folder.

First a small dialog with the two choices that matter (leave names out, include private
notes), then the file dialog with a suggested name such as
``Flexstage Noorderpoort - 2025-03-14.praatplaat``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.errors import PraatplaatError
from praatplaat_app.ui.sharing import FILE_FILTER, FILE_SUFFIX, ask, message, status, wait_cursor

MUTED = "#5f6368"
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}  # fmt: skip


def suggested_file_name(base: str, day: dt.date | None = None) -> str:
    """``"<base> - <yyyy-mm-dd>.praatplaat"``, safe on Windows, macOS and Linux."""
    name = _UNSAFE.sub(" ", base or "")
    name = re.sub(r"\s+", " ", name).strip(" .")[:80].strip(" .") or "Praatplaat"
    if name.split(".")[0].upper() in _RESERVED:
        name = "_" + name
    return f"{name} - {(day or dt.date.today()).isoformat()}{FILE_SUFFIX}"


@dataclass
class ExportChoice:
    """What is exported, in words and as ids."""

    heading: str  # "Flexstage Noorderpoort — Studenten, 14-03-2025"
    base_name: str  # for the file name
    day: dt.date | None
    route_ids: list[str]
    session_ids: list[str]
    kind: str  # "session" or "route"


def describe_selection(library: Any, selection: tuple[str, str]) -> ExportChoice:
    """The heading and file name of a selected conversation or route."""
    from praatplaat_app.domain import Route, Session
    from praatplaat_app.exchange.merge import conversation_label

    kind, record_id = selection
    if kind == "session":
        session = library.get(Session, record_id)
        route = library.get(Route, session.route_id, include_deleted=True)
        label = conversation_label({"kind": session.kind, "date": session.date})
        return ExportChoice(
            heading=f"{route.name} — {label}",
            base_name=route.name,
            day=session.date,
            route_ids=[],
            session_ids=[record_id],
            kind="session",
        )
    route = library.get(Route, record_id)
    count = len(library.list_sessions(route_id=record_id, limit=None))
    talks = (
        QCoreApplication.translate("ExportDialog", "1 gesprek")
        if count == 1
        else QCoreApplication.translate("ExportDialog", "{count} gesprekken").format(count=count)
    )
    return ExportChoice(
        heading=QCoreApplication.translate("ExportDialog", "Route {name} (met {talks})").format(
            name=route.name, talks=talks
        ),
        base_name=route.name,
        day=dt.date.today(),
        route_ids=[record_id],
        session_ids=[],
        kind="route",
    )


class ExportOptionsDialog(QDialog):
    """Asks whether to leave names out and whether private notes go along."""

    def __init__(self, parent: QWidget | None, choice: ExportChoice, *, folder: str = "") -> None:
        super().__init__(parent)
        sharing = bool(folder)
        session = choice.kind == "session"
        this = self.tr("dit gesprek") if session else self.tr("deze route")
        if sharing:
            self.setWindowTitle(self.tr("Delen via gedeelde map"))
        else:
            self.setWindowTitle(
                self.tr("Gesprek exporteren") if session else self.tr("Route exporteren")
            )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(480)

        heading = QLabel(choice.heading, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        heading.setAccessibleName(self.tr("Wat wordt gedeeld"))

        if sharing:
            intro_text = self.tr(
                "Praatplaat zet {this} als .praatplaat-bestand in de gedeelde map:\n{folder}\n"
                "Collega's die deze map gebruiken, kunnen het daarna importeren."
            ).format(this=this, folder=folder)
        else:
            intro_text = self.tr(
                "U maakt een .praatplaat-bestand van {this}. Dat kunt u per e-mail of via een "
                "gedeelde map naar een collega sturen, die het in Praatplaat importeert."
            ).format(this=this)
        intro = QLabel(intro_text, self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("Uitleg"))

        self.anonymise = QCheckBox(self.tr("Namen van deelnemers weglaten (anonimiseren)"), self)
        self.anonymise.setAccessibleName(self.tr("Namen van deelnemers weglaten"))
        self.anonymise.setToolTip(
            self.tr(
                "Rollen en organisaties blijven staan. Namen in notities, acties en bijschriften "
                "worden vervangen door [naam]."
            )
        )
        anonymise_hint = QLabel(
            self.tr("Rollen en organisaties blijven staan; namen in de tekst worden [naam]."), self
        )
        self.private = QCheckBox(self.tr("Privénotities meenemen"), self)
        self.private.setAccessibleName(self.tr("Privénotities meenemen"))
        self.private.setToolTip(
            self.tr("Notities die als privé zijn gemarkeerd, gaan alleen mee als u dit aanvinkt.")
        )
        private_hint = QLabel(
            self.tr("Zonder vinkje blijven notities die privé zijn op deze computer."), self
        )
        for hint in (anonymise_hint, private_hint):
            hint.setWordWrap(True)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            hint.setStyleSheet(f"color: {MUTED}; margin-left: 22px;")
            hint.setAccessibleName(self.tr("Toelichting"))

        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Delen") if sharing else self.tr("Opslaan als…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.ok_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.anonymise)
        layout.addWidget(anonymise_hint)
        layout.addWidget(self.private)
        layout.addWidget(private_hint)
        layout.addSpacing(6)
        layout.addWidget(buttons)


def _start_folder(settings: Any) -> Path:
    last = settings.sharing_last_folder
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _done(parent: QWidget, title: str, text: str, informative: str, folder: Path) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(informative)
    box.setAccessibleName(title)
    ok = box.button(QMessageBox.StandardButton.Ok)
    ok.setText("OK")
    ok.setAccessibleName("OK")
    open_folder = box.addButton(
        QCoreApplication.translate("ExportDialog", "Map openen"), QMessageBox.ButtonRole.ActionRole
    )
    open_folder.setAccessibleName(QCoreApplication.translate("ExportDialog", "Map openen"))
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def export_flow(
    parent: QWidget, library: Any, catalog: Any, settings: Any, selection: tuple[str, str]
) -> Path | None:
    """Options, file dialog, export. Returns the written file, or None."""
    from praatplaat_app.exchange import export_selection

    try:
        choice = describe_selection(library, selection)
    except PraatplaatError as exc:
        message(parent, QCoreApplication.translate("ExportDialog", "Exporteren"), exc.message)
        return None
    options = ExportOptionsDialog(parent, choice)
    if options.exec() != QDialog.DialogCode.Accepted:
        return None
    title = (
        QCoreApplication.translate("ExportDialog", "Gesprek exporteren")
        if choice.kind == "session"
        else QCoreApplication.translate("ExportDialog", "Route exporteren")
    )
    start = _start_folder(settings) / suggested_file_name(choice.base_name, choice.day)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start), QCoreApplication.translate("SharingUi", FILE_FILTER)
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != FILE_SUFFIX:
        path = path.with_name(path.name + FILE_SUFFIX)
    try:
        with wait_cursor():
            result = export_selection(
                library,
                path,
                route_ids=choice.route_ids,
                session_ids=choice.session_ids,
                anonymise=options.anonymise.isChecked(),
                include_private=options.private.isChecked(),
                catalog=catalog,
            )
    except PraatplaatError as exc:
        message(
            parent,
            QCoreApplication.translate("ExportDialog", "{title} is niet gelukt").format(
                title=title
            ),
            exc.message,
        )
        return None
    settings.sharing_last_folder = str(result.path.parent)
    status(
        parent,
        QCoreApplication.translate("ExportDialog", "Opgeslagen: {path}").format(path=result.path),
    )
    _done(
        parent,
        title,
        QCoreApplication.translate("ExportDialog", "Het bestand '{name}' is opgeslagen.").format(
            name=result.path.name
        ),
        result.describe()
        + QCoreApplication.translate(
            "ExportDialog",
            "\n\nStuur het per e-mail naar een collega of zet het in een gedeelde map. "
            "Die opent het in Praatplaat met Bestand → Importeren.",
        ),
        result.path.parent,
    )
    return result.path


def _free_name(folder: Path, name: str) -> str:
    stem = name[: -len(FILE_SUFFIX)]
    number = 2
    while (folder / name).exists():
        name = f"{stem} ({number}){FILE_SUFFIX}"
        number += 1
    return name


def share_flow(
    parent: QWidget,
    library: Any,
    catalog: Any,
    settings: Any,
    selection: tuple[str, str],
    folder: str,
) -> Path | None:
    """Options, then write the export into the shared folder. Returns the file, or None."""
    from praatplaat_app.exchange import check_shared_folder, share_to_folder

    title = QCoreApplication.translate("ExportDialog", "Delen via gedeelde map")
    try:
        choice = describe_selection(library, selection)
        resolved = check_shared_folder(folder, library)
    except PraatplaatError as exc:
        message(
            parent,
            title,
            exc.message,
            QCoreApplication.translate(
                "ExportDialog",
                "Kies eventueel een andere map via Bestand → Delen → Gedeelde map kiezen.",
            ),
        )
        return None
    options = ExportOptionsDialog(parent, choice, folder=str(resolved))
    if options.exec() != QDialog.DialogCode.Accepted:
        return None
    name = suggested_file_name(choice.base_name, choice.day)
    if (resolved / name).exists() and not ask(
        parent,
        title,
        QCoreApplication.translate(
            "ExportDialog", "In de gedeelde map staat al een bestand '{name}'."
        ).format(name=name),
        QCoreApplication.translate(
            "ExportDialog",
            "Wilt u het vervangen door deze nieuwe versie? Kiest u 'Naast elkaar bewaren', dan "
            "krijgt het nieuwe bestand een andere naam.",
        ),
        yes=QCoreApplication.translate("ExportDialog", "Vervangen"),
        no=QCoreApplication.translate("ExportDialog", "Naast elkaar bewaren"),
    ):
        name = _free_name(resolved, name)
    try:
        with wait_cursor():
            result = share_to_folder(
                library,
                resolved,
                route_ids=choice.route_ids,
                session_ids=choice.session_ids,
                anonymise=options.anonymise.isChecked(),
                include_private=options.private.isChecked(),
                catalog=catalog,
                filename=name,
            )
    except PraatplaatError as exc:
        message(
            parent,
            QCoreApplication.translate("ExportDialog", "{title} is niet gelukt").format(
                title=title
            ),
            exc.message,
        )
        return None
    status(
        parent,
        QCoreApplication.translate(
            "ExportDialog", "Gedeeld: {name} staat in de gedeelde map."
        ).format(name=result.path.name),
    )
    _done(
        parent,
        title,
        QCoreApplication.translate("ExportDialog", "'{name}' staat nu in de gedeelde map.").format(
            name=result.path.name
        ),
        result.describe()
        + QCoreApplication.translate(
            "ExportDialog",
            "\n\nCollega's zien het bestand als ze in Praatplaat 'Gedeelde map controleren' "
            "kiezen, of de volgende keer dat ze Praatplaat starten.",
        ),
        resolved,
    )
    return result.path
