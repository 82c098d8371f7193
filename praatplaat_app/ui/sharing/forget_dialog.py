"""Forgetting a person (privacy): a name removed from the whole library and its backups.

The dialog asks for the exact name, says in plain Dutch what will happen and that it
cannot be undone, shows how often the name occurs, and asks for an explicit "I
understand" before :func:`~praatplaat_app.exchange.forget_person_report` runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.errors import PraatplaatError
from praatplaat_app.ui.sharing import message, wait_cursor

MUTED = "#5f6368"
EXPLANATION = QT_TRANSLATE_NOOP(
    "ForgetPersonDialog",
    "<p>Gebruik dit als iemand vraagt om uit uw gegevens te worden verwijderd.</p>"
    "<p><b>Wat er gebeurt:</b></p><ul>"
    "<li>Deelnemers en vragenlijsten met precies deze naam verliezen hun naam; hun rol en "
    "organisatie blijven staan.</li>"
    "<li>Overal waar de naam in een tekst staat (notities, acties, doelen, eerdere versies "
    "in de geschiedenis), komt <i>[naam verwijderd]</i>.</li>"
    "<li>De reservekopieën die Praatplaat zelf bewaart, worden net zo aangepast, of "
    "verwijderd als dat niet lukt.</li>"
    "<li><b>Dit kan niet ongedaan worden gemaakt.</b></li></ul>"
    "<p style='color:#5f6368'>Bestanden die u al naar anderen hebt gestuurd en bestanden in "
    "de gedeelde map worden niet aangepast.</p>",
)


@dataclass
class ForgetPreview:
    """How often a name occurs now (photo captions are not counted)."""

    name: str
    exact: int = 0  # participants and questionnaire forms with exactly this name
    texts: int = 0  # other records that mention it
    history: int = 0  # earlier versions that mention it

    @property
    def total(self) -> int:
        return self.exact + self.texts + self.history

    def describe(self) -> str:
        if len(self.name) < 2:
            return QCoreApplication.translate(
                "ForgetPersonDialog", "Vul de volledige naam in, zoals die in de gesprekken staat."
            )
        if not self.total:
            return QCoreApplication.translate(
                "ForgetPersonDialog",
                "'{name}' komt nu niet voor in uw bibliotheek. Praatplaat kijkt wel nog "
                "in de reservekopieën.",
            ).format(name=self.name)
        parts = []
        if self.exact:
            parts.append(
                QCoreApplication.translate(
                    "ForgetPersonDialog", "1 deelnemer of vragenlijst met precies deze naam"
                )
                if self.exact == 1
                else QCoreApplication.translate(
                    "ForgetPersonDialog",
                    "{count} deelnemers of vragenlijsten met precies deze naam",
                ).format(count=self.exact)
            )
        if self.texts:
            parts.append(
                QCoreApplication.translate("ForgetPersonDialog", "1 andere tekst")
                if self.texts == 1
                else QCoreApplication.translate(
                    "ForgetPersonDialog", "{count} andere teksten"
                ).format(count=self.texts)
            )
        if self.history:
            parts.append(
                QCoreApplication.translate("ForgetPersonDialog", "1 eerdere versie")
                if self.history == 1
                else QCoreApplication.translate(
                    "ForgetPersonDialog", "{count} eerdere versies"
                ).format(count=self.history)
            )
        if len(parts) > 1:
            listed = (
                ", ".join(parts[:-1])
                + QCoreApplication.translate("ForgetPersonDialog", " en ")
                + parts[-1]
            )
        else:
            listed = parts[0]
        return QCoreApplication.translate("ForgetPersonDialog", "Gevonden: {listed}.").format(
            listed=listed
        )


def preview_forget(library: Any, name: str) -> ForgetPreview:
    """Count where ``name`` occurs, the way forgetting would find it; changes nothing."""
    from praatplaat_app.exchange import list_history
    from praatplaat_app.exchange.format import RECORD_TABLES, record_type
    from praatplaat_app.exchange.privacy import FORGOTTEN, NAME_FIELDS, TEXT_FIELDS, NameScrubber

    cleaned = " ".join((name or "").split())
    preview = ForgetPreview(cleaned)
    if len(cleaned) < 2:
        return preview
    scrubber = NameScrubber([cleaned], FORGOTTEN, parts=False)
    for table in RECORD_TABLES:
        fields = TEXT_FIELDS.get(table, ())
        if not fields or table == "attachments":  # photos are not loaded for a preview
            continue
        name_field = NAME_FIELDS.get(table)
        for record in library.rows(record_type(table), include_deleted=True):
            row = record.to_row()
            scrubbed = scrubber.scrub_row(table, row, empty_names=False)
            if all(scrubbed.get(c) == row.get(c) for c in fields):
                continue
            if name_field and scrubber.is_name(str(row.get(name_field) or "")):
                preview.exact += 1
            else:
                preview.texts += 1
    for entry in list_history(library, limit=None):
        if (
            scrubber.scrub_row(entry.table, entry.data, empty_names=False) != entry.data
            or scrubber.scrub(entry.reason) != entry.reason
        ):
            preview.history += 1
    return preview


class ForgetPersonDialog(QDialog):
    """Asks for the exact name, explains, counts, and forgets after "I understand"."""

    def __init__(
        self,
        parent: QWidget | None,
        library: Any,
        *,
        on_forgotten: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.on_forgotten = on_forgotten
        self.report: Any = None
        self.setWindowTitle(self.tr("Persoon vergeten"))
        self.setAccessibleName(self.tr("Persoon vergeten"))
        self.setMinimumWidth(540)

        explanation = QLabel(self.tr(EXPLANATION), self)
        explanation.setTextFormat(Qt.TextFormat.RichText)
        explanation.setWordWrap(True)
        explanation.setAccessibleName(self.tr("Uitleg"))

        name_label = QLabel(self.tr("Volledige naam, precies zoals in de gesprekken:"), self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Naam van de persoon die vergeten moet worden"))
        self.name.setPlaceholderText(self.tr("bijvoorbeeld Jan de Vries"))
        name_label.setBuddy(self.name)
        try:
            from praatplaat_app.exchange.privacy import library_person_names

            names = sorted(library_person_names(library), key=str.casefold)
        except Exception:  # noqa: BLE001 - suggestions are a convenience only
            names = []
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)

        self.preview = QLabel(ForgetPreview("").describe(), self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName(self.tr("Hoe vaak de naam voorkomt"))
        self.preview.setStyleSheet(f"color: {MUTED};")

        self.understood = QCheckBox(
            self.tr("Ik begrijp dat dit niet ongedaan kan worden gemaakt"), self
        )
        self.understood.setAccessibleName(
            self.tr("Ik begrijp dat dit niet ongedaan kan worden gemaakt")
        )

        buttons = QDialogButtonBox(self)
        self.forget_button = buttons.addButton(
            self.tr("Naam vergeten"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.forget_button.setAccessibleName(self.tr("Naam vergeten"))
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Annuleren"))
        cancel.setDefault(True)
        self.forget_button.clicked.connect(lambda _checked=False: self.forget())
        buttons.rejected.connect(self.reject)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.update_preview)
        self.name.textChanged.connect(lambda _text: (self._timer.start(), self._update_button()))
        self.understood.toggled.connect(lambda _checked: self._update_button())

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(name_label)
        layout.addWidget(self.name)
        layout.addWidget(self.preview)
        layout.addSpacing(6)
        layout.addWidget(self.understood)
        layout.addWidget(buttons)
        self._update_button()

    def _cleaned(self) -> str:
        return " ".join(self.name.text().split())

    def _update_button(self) -> None:
        self.forget_button.setEnabled(len(self._cleaned()) >= 2 and self.understood.isChecked())

    def update_preview(self) -> ForgetPreview:
        self._timer.stop()
        try:
            preview = preview_forget(self.library, self._cleaned())
        except Exception:  # noqa: BLE001 - the preview is informative only
            preview = ForgetPreview(self._cleaned())
            self.preview.setText(self.tr("Niet geteld; vergeten werkt wel."))
            return preview
        self.preview.setText(preview.describe())
        return preview

    def forget(self) -> Any:
        from praatplaat_app.exchange import forget_person_report

        name = self._cleaned()
        if len(name) < 2 or not self.understood.isChecked():
            return None
        try:
            with wait_cursor():
                # Never inside a transaction: it ends with VACUUM.
                report = forget_person_report(self.library, name)
        except PraatplaatError as exc:
            message(self, self.tr("Vergeten niet gelukt"), exc.message)
            return None
        self.report = report
        if self.on_forgotten is not None:
            self.on_forgotten()
        message(
            self,
            self.tr("Persoon vergeten"),
            report.describe(),
            self.tr("'Ongedaan maken' (Ctrl+Z) werkt niet voor wijzigingen van vóór dit moment."),
            error=False,
        )
        self.accept()
        return report
