"""The "Over Praatplaat" dialog: what the app is, its version and licence, where data lives."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from praatplaat_app import APP_NAME, __version__

DESCRIPTION = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Praatplaat helpt gespreksleiders en routecoördinatoren om ontwikkelgesprekken over "
    "innovatieve onderwijs- en praktijkroutes voor te bereiden, te voeren en vast te leggen: "
    "met de praatplaat, de onderlegger per indicator en het actieplan. Alles wordt op deze "
    "computer bewaard; de app werkt zonder internet.",
)
LICENCE = "European Union Public Licence (EUPL-1.2)"


def about_html(library_path: Path | None, log_path: Path | None) -> str:
    def path_text(path: Path | None) -> str:
        return (
            html.escape(str(path))
            if path
            else QCoreApplication.translate("AboutDialog", "onbekend")
        )

    version = QCoreApplication.translate("AboutDialog", "Versie {version}")
    licence = QCoreApplication.translate("AboutDialog", "Licentie:")
    library = QCoreApplication.translate("AboutDialog", "Bibliotheek:")
    log_file = QCoreApplication.translate("AboutDialog", "Logbestand:")
    description = QCoreApplication.translate("AboutDialog", DESCRIPTION)
    return (
        f"<h2>{html.escape(APP_NAME)}</h2>"
        f"<p>{html.escape(version.format(version=__version__))}</p>"
        f"<p>{html.escape(description)}</p>"
        f"<p><b>{html.escape(licence)}</b> {html.escape(LICENCE)}</p>"
        f"<p><b>{html.escape(library)}</b><br>{path_text(library_path)}</p>"
        f"<p><b>{html.escape(log_file)}</b><br>{path_text(log_path)}</p>"
    )


class AboutDialog(QDialog):
    def __init__(
        self, library_path: Path | None, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over {app}").format(app=APP_NAME))
        self.setAccessibleName(self.tr("Over {app}").format(app=APP_NAME))
        self.label = QLabel(about_html(library_path, log_path), self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setAccessibleName(self.tr("Informatie over Praatplaat"))
        self.label.setToolTip(self.tr("U kunt deze tekst selecteren en kopiëren"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        close.setAccessibleName(self.tr("Sluiten"))
        close.setToolTip(self.tr("Dit venster sluiten"))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
