"""The network overview: the analysis of evaluations over routes, with its PDF and CSV."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.analysis.community import method_text
from praatplaat_app.analysis.follow_up import (
    DUE_WINDOW_DAYS,
    FollowUpState,
    FollowUpStatus,
)
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.formatting import long_date
from praatplaat_app.indicators import Catalog
from praatplaat_app.ui.analysis.widgets import (
    GOOD,
    LATE,
    PDF_FILTER,
    SOON,
    STATE_COLORS,
    esc,
    heading,
    muted,
)
from praatplaat_app.ui.i18n import date_edit_format
from praatplaat_app.ui.message_box import message

# ---------------------------------------------------------------------- charts


class SvgChart(QSvgWidget):
    """An SVG chart from the core, shown at its own size (it is made 640 px wide)."""

    def __init__(self, svg: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svg = svg
        self.load(QByteArray(svg.encode("utf-8")))
        size = self.renderer().defaultSize()
        self._natural = QSize(max(size.width(), 1), max(size.height(), 1))
        self.setFixedSize(self._natural)
        title = svg.split("<title>", 1)[-1].split("</title>", 1)[0] if "<title>" in svg else ""
        self.setAccessibleName(html.unescape(title) or self.tr("Grafiek"))

    def sizeHint(self) -> QSize:
        return self._natural


class _Table(QTableWidget):
    """A read-only table that is as high as its rows (wrapped text included), up to a
    maximum, so the page scrolls instead of each table."""

    MAX_HEIGHT = 420

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        if not shiboken6.isValid(self):
            return
        self.resizeRowsToContents()
        height = (
            self.horizontalHeader().height()
            + 2 * self.frameWidth()
            + sum(self.rowHeight(r) for r in range(self.rowCount()))
        )
        self.setFixedHeight(min(max(height, 40), self.MAX_HEIGHT))


def _table(
    headers: list[str],
    rows: list[list[str]],
    *,
    stretch: int = -1,
    widths: dict[int, int] | None = None,
    colors: dict[tuple[int, int], str] | None = None,
) -> QTableWidget:
    table = _Table(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(QCoreApplication.translate("Analysis", "Tabel: ") + ", ".join(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if colors and (r, c) in colors:
                item.setForeground(QColor(colors[(r, c)]))
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    for c in range(len(headers)):
        if widths and c in widths:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(c, widths[c])
        else:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch % len(headers), QHeaderView.ResizeMode.Stretch)
    table._fit()
    return table


# ------------------------------------------------------------- network overview


class NetworkOverviewDialog(QDialog):
    """Filters on the left, the overview (charts and tables) on the right, export below."""

    def __init__(
        self,
        library: Any,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self.today = today or dt.date.today()
        self.overview: Any = None
        self.setWindowTitle(self.tr("Netwerkoverzicht — analyse van evaluaties"))
        self.setAccessibleName(self.tr("Netwerkoverzicht"))
        self.resize(1120, 780)

        layout = QHBoxLayout(self)
        layout.addWidget(self._build_filters())
        right = QVBoxLayout()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        right.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.status = muted("")
        buttons.addWidget(self.status, 1)
        self.pdf_button = QPushButton(self.tr("PDF opslaan…"))
        self.pdf_button.setToolTip(self.tr("Het overzicht als PDF 'Analyse van evaluaties'"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button = QPushButton(self.tr("CSV opslaan…"))
        self.csv_button.setToolTip(self.tr("De tabellen als CSV-bestanden (voor Excel) in een map"))
        self.csv_button.clicked.connect(self.save_csv)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.reject)
        for button in (self.pdf_button, self.csv_button, close):
            buttons.addWidget(button)
        right.addLayout(buttons)
        layout.addLayout(right, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    # --------------------------------------------------------------- filters

    def _build_filters(self) -> QWidget:
        box = QWidget()
        box.setFixedWidth(290)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(heading(self.tr("Welke gesprekken?")))
        period = QFormLayout()
        self.from_check = QCheckBox(self.tr("Vanaf"))
        self.from_date = QDateEdit()
        self.to_check = QCheckBox(self.tr("Tot en met"))
        self.to_date = QDateEdit()
        start = dt.date(self.today.year, 1, 1)
        for check, edit, value, name in (
            (self.from_check, self.from_date, start, self.tr("Begindatum")),
            (self.to_check, self.to_date, self.today, self.tr("Einddatum")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setDate(_qdate(value))
            edit.setEnabled(False)
            edit.setAccessibleName(name)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._changed)
            edit.dateChanged.connect(self._changed)
            period.addRow(check, edit)
        layout.addLayout(period)

        layout.addWidget(QLabel(self.tr("Organisatie")))
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setAccessibleName(self.tr("Organisatie"))
        self.organisation.addItem(self.tr("Alle organisaties"), "")
        for name in _organisations(self.library):
            self.organisation.addItem(name, name)
        self.organisation.lineEdit().setPlaceholderText(self.tr("Alle organisaties"))
        self.organisation.currentIndexChanged.connect(self._changed)
        self.organisation.lineEdit().editingFinished.connect(self._changed)
        layout.addWidget(self.organisation)

        route_row = QHBoxLayout()
        route_row.addWidget(QLabel(self.tr("Routes")))
        route_row.addStretch(1)
        self.all_routes = QPushButton(self.tr("Alle"))
        self.all_routes.setToolTip(self.tr("Alle routes aanvinken"))
        self.all_routes.clicked.connect(lambda: self._check_all(True))
        self.no_routes = QPushButton(self.tr("Geen"))
        self.no_routes.setToolTip(self.tr("Alle routes uitvinken"))
        self.no_routes.clicked.connect(lambda: self._check_all(False))
        route_row.addWidget(self.all_routes)
        route_row.addWidget(self.no_routes)
        layout.addLayout(route_row)
        self.routes = QListWidget()
        self.routes.setAccessibleName(self.tr("Routes in het overzicht"))
        self.routes.setWordWrap(True)
        self.routes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for route in self.library.routes():
            item = QListWidgetItem(route.name)
            item.setData(Qt.ItemDataRole.UserRole, route.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.routes.addItem(item)
        self.routes.itemChanged.connect(self._changed)
        layout.addWidget(self.routes, 1)
        layout.addWidget(
            muted(
                self.tr(
                    "Het overzicht telt gesprekken in de gekozen periode. De vervolggesprekken "
                    "en de check op leergemeenschap gaan over de routes zoals ze nu zijn."
                )
            )
        )
        return box

    def _check_all(self, checked: bool) -> None:
        self.routes.blockSignals(True)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.routes.count()):
            self.routes.item(row).setCheckState(state)
        self.routes.blockSignals(False)
        self._changed()

    def _changed(self, *_args: Any) -> None:
        self._timer.start()

    def selection(self) -> dict[str, Any]:
        """The filters as keyword arguments for ``compute_overview``."""
        route_ids = [
            self.routes.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.routes.count())
            if self.routes.item(r).checkState() == Qt.CheckState.Checked
        ]
        all_checked = len(route_ids) == self.routes.count()
        text = self.organisation.currentText().strip()
        organisation = "" if text in ("", self.tr("Alle organisaties")) else text
        return {
            "date_from": _pydate(self.from_date.date()) if self.from_check.isChecked() else None,
            "date_to": _pydate(self.to_date.date()) if self.to_check.isChecked() else None,
            "organisation": organisation or None,
            "route_ids": None if all_checked else route_ids,
        }

    # --------------------------------------------------------------- results

    def refresh(self) -> None:
        from praatplaat_app.analysis.overview import compute_overview

        if not self.library.is_open:  # a debounce timer firing while the app closes
            return
        selection = self.selection()
        if (
            selection["date_from"]
            and selection["date_to"]
            and (selection["date_from"] > selection["date_to"])
        ):
            self._show_notice(
                self.tr("De begindatum ligt na de einddatum. Draai ze om."), error=True
            )
            self.overview = None
            self._update_buttons()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.overview = compute_overview(
                self.library, self.catalog, today=self.today, **selection
            )
        finally:
            QApplication.restoreOverrideCursor()
        self._show(self.overview)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.overview is not None
        self.pdf_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)

    def _show_notice(self, text: str, *, error: bool = False) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(
            f"color: {LATE if error else '#1F262D'}; background: #F4F6F8; padding: 14px;"
        )
        layout.addWidget(label)
        layout.addStretch(1)
        self.scroll.setWidget(page)

    def _show(self, o: Any) -> None:
        from praatplaat_app.analysis.charts import overview_charts
        from praatplaat_app.analysis.report_pdf import sources_text

        page = QWidget()
        page.setObjectName("OverviewPage")
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Analyse van evaluaties"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(muted(o.selection_text))
        summary = QLabel(o.summary_text)
        summary.setWordWrap(True)
        summary.setAccessibleName(self.tr("Samenvatting"))
        if o.is_empty:
            summary.setStyleSheet("background: #F4F6F8; padding: 14px;")
        layout.addWidget(summary)
        if o.overdue:
            names = ", ".join(s.route_name for s in o.overdue)
            late = QLabel(self.tr("Vervolggesprek te laat bij: {names}").format(names=names))
            late.setWordWrap(True)
            late.setStyleSheet(
                f"color: {LATE}; font-weight: bold; background: #FBF1EF; padding: 8px;"
            )
            layout.addWidget(late)

        charts = overview_charts(o)
        if charts:
            layout.addWidget(heading(self.tr("Indicatoren")))
            layout.addWidget(SvgChart(charts["indicators"]))
            layout.addWidget(heading(self.tr("Thema's")))
            layout.addWidget(SvgChart(charts["themes"]))
            layout.addWidget(heading(self.tr("Voortgang van de acties per route")))
            layout.addWidget(SvgChart(charts["actions_by_route"]))
            layout.addWidget(heading(self.tr("Voortgang van de acties per indicator")))
            layout.addWidget(SvgChart(charts["actions_by_indicator"]))

            layout.addWidget(heading(self.tr("Terugkerende onderwerpen")))
            topics = o.topics
            unit = self.tr("Routes") if topics.unit == "routes" else self.tr("Gesprekken")
            if topics.topics:
                layout.addWidget(
                    muted(
                        self.tr(
                            "Woorden en woordparen uit de notities die in meer routes "
                            "terugkomen; privénotities tellen niet mee."
                        )
                        if topics.unit == "routes"
                        else self.tr(
                            "Woorden en woordparen uit de notities die in meer gesprekken "
                            "terugkomen; privénotities tellen niet mee."
                        )
                    )
                )
                layout.addWidget(
                    _table(
                        [self.tr("Onderwerp"), unit, self.tr("Keer genoemd"), self.tr("Waar")],
                        [
                            [t.text, str(t.count), str(t.mentions), sources_text(o, t)]
                            for t in topics.topics
                        ],
                        widths={0: 180},
                    )
                )
            else:
                layout.addWidget(
                    muted(
                        self.tr("Geen onderwerpen die in meer dan één route terugkomen.")
                        if topics.unit == "routes"
                        else self.tr("Geen onderwerpen die in meer dan één gesprek terugkomen.")
                    )
                )

            layout.addWidget(heading(self.tr("Vragenlijsten")))
            layout.addWidget(muted(o.questionnaire_note))
            for line in o.questionnaires:
                scores = line.scores
                if scores is None or not scores.groups:
                    layout.addWidget(
                        QLabel(
                            self.tr("{route}: {count} ingevuld").format(
                                route=line.route_name, count=line.responses
                            )
                        )
                    )
                    continue
                filled = self.tr("({count} ingevuld)").format(count=line.responses)
                layout.addWidget(QLabel(f"<b>{esc(line.route_name)}</b> {esc(filled)}"))
                from praatplaat_app.questionnaire.scoring import format_score

                rows = []
                for group in scores.groups:
                    cells = []
                    for scale in scores.scales:
                        cell = group.scale(scale.id)
                        cells.append(
                            format_score(cell.mean)
                            if cell.mean is not None
                            else (cell.reason or "–")
                        )
                    rows.append([f"{group.label} ({group.respondents})", *cells])
                layout.addWidget(
                    _table([self.tr("Groep"), *[s.title for s in scores.scales]], rows, stretch=0)
                )

        layout.addWidget(heading(self.tr("Leer- en ontwikkelgemeenschap")))
        layout.addWidget(muted(method_text()))
        rows, colors = [], {}
        for r, c in enumerate(o.communities):
            if not c.has_data:
                rows.append([c.route_name, "–", "–", "–", self.tr("nog geen evaluatiegesprek")])
                continue
            rows.append(
                [
                    c.route_name,
                    str(c.members),
                    self.tr("ja") if c.robust else self.tr("nee"),
                    str(len(c.organisations)),
                    self.tr("ja") if c.interdisciplinary else self.tr("nee"),
                ]
            )
            colors[(r, 2)] = GOOD if c.robust else SOON
            colors[(r, 4)] = GOOD if c.interdisciplinary else SOON
        if rows:
            layout.addWidget(
                _table(
                    [
                        self.tr("Route"),
                        self.tr("Leden"),
                        self.tr("Robuust"),
                        self.tr("Organisaties"),
                        self.tr("Interdisciplinair"),
                    ],
                    rows,
                    stretch=0,
                    colors=colors,
                )
            )

        layout.addWidget(heading(self.tr("Vervolggesprekken")))
        layout.addWidget(
            muted(
                self.tr(
                    "Binnenkort: vandaag of in de komende {days} dagen. Zonder "
                    "vervolgafspraak: zes maanden na de evaluatie."
                ).format(days=DUE_WINDOW_DAYS)
            )
        )
        rows, colors = [], {}
        for r, s in enumerate(sorted(o.follow_ups, key=_follow_up_order)):
            rows.append([s.route_name, s.label, s.explanation])
            if s.state in STATE_COLORS:
                colors[(r, 1)] = STATE_COLORS[s.state]
        if rows:
            layout.addWidget(
                _table(
                    [self.tr("Route"), self.tr("Stand"), self.tr("Toelichting")],
                    rows,
                    widths={0: 230},
                    colors=colors,
                )
            )
        layout.addStretch(1)
        self.scroll.setWidget(page)
        self.status.setText(
            self.tr("Bijgewerkt · stand van {date}").format(date=long_date(self.today))
        )

    # ---------------------------------------------------------------- export

    def save_pdf(self) -> Path | None:
        from praatplaat_app.analysis.report_pdf import (
            render_analysis_pdf,
            suggested_file_name,
        )
        from praatplaat_app.export import pdf
        from praatplaat_app.messages import current_language

        if self.overview is None:
            return None
        language = current_language()  # the printout speaks the app's language
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Analyse als PDF opslaan"),
            str(Path.home() / suggested_file_name(self.overview, language)),
            QCoreApplication.translate("Analysis", PDF_FILTER),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = pdf.render_with_timeout(
                render_analysis_pdf, self.overview, language=language
            )
            written = pdf.write_pdf(data, path)
        except PraatplaatError as exc:
            QApplication.restoreOverrideCursor()
            message(self, self.tr("PDF opslaan"), exc.message)
            return None
        QApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Opgeslagen: {path}").format(path=written))
        return written

    def save_csv(self) -> list[Path] | None:
        from praatplaat_app.analysis.csv_export import write_overview_csv
        from praatplaat_app.messages import current_language

        if self.overview is None:
            return None
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Map kiezen voor de CSV-bestanden"), str(Path.home())
        )
        if not folder:
            return None
        try:
            written = write_overview_csv(
                self.overview, Path(folder), language=current_language()
            )
        except PraatplaatError as exc:
            message(self, self.tr("CSV opslaan"), exc.message)
            return None
        self.status.setText(
            self.tr("{count} CSV-bestanden opgeslagen in {folder}").format(
                count=len(written), folder=folder
            )
        )
        return written


def _follow_up_order(status: FollowUpStatus) -> tuple:
    order = [
        FollowUpState.OVERDUE,
        FollowUpState.DUE,
        FollowUpState.PLANNED,
        FollowUpState.HELD,
        FollowUpState.NO_EVALUATION,
    ]
    return (
        order.index(status.state),
        status.proposed_date or dt.date.max,
        status.route_name.casefold(),
    )


def _organisations(library: Any) -> list[str]:
    from praatplaat_app.analysis.overview import known_organisations

    return known_organisations(library)


def _qdate(value: dt.date) -> Any:
    from PySide6.QtCore import QDate

    return QDate(value.year, value.month, value.day)


def _pydate(value: Any) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())

