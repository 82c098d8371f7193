"""Analysis screens: the network overview, the follow-ups that are due, a route's page.

Wire it into the main window with::

    from praatplaat_app.ui.analysis import install_analysis_ui
    ui = install_analysis_ui(window, library, catalog, ops)

This adds a menu **Analyse** (before Help) with *Netwerkoverzicht…* (Ctrl+Shift+N), *Vervolg
gepland* (a dock listing routes whose follow-up conversation is overdue or due within 30
days), *Routepagina* (a dock with :class:`RoutePage`: the route's timeline, follow-up status
and community check) and *Vervolggesprek houden…*. The route page follows the library:
double click / Enter on a route (``library_view.route_activated``) opens it, and while it is
open it follows the selected route or conversation. ``ops`` must include
:class:`~praatplaat_app.analysis.operations.FollowUpOperations`.

The widgets only call the core (:mod:`praatplaat_app.analysis`) and the operations layer;
no SQL here.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.analysis.community import METHOD_TEXT, community_check
from praatplaat_app.analysis.follow_up import (
    DUE_WINDOW_DAYS,
    FollowUpState,
    FollowUpStatus,
    due_follow_ups,
)
from praatplaat_app.analysis.timeline import Timeline, route_timeline
from praatplaat_app.domain import Route, Session
from praatplaat_app.errors import PraatplaatError
from praatplaat_app.formatting import long_date, short_date
from praatplaat_app.indicators import Catalog

__all__ = [
    "AnalysisUi",
    "FollowUpPanel",
    "NetworkOverviewDialog",
    "RoutePage",
    "SvgChart",
    "install_analysis_ui",
]

MUTED = "#5A6570"
LATE = "#B3261E"
SOON = "#8A5A00"
GOOD = "#2F6B3A"
STATE_COLORS = {
    FollowUpState.OVERDUE: LATE,
    FollowUpState.DUE: SOON,
    FollowUpState.HELD: GOOD,
}
PDF_FILTER = QT_TRANSLATE_NOOP("Analysis", "PDF-bestanden (*.pdf)")
# Changes after which the due list and the route page may be out of date.
_RELEVANT = frozenset(
    {"sessions", "follow_ups", "actions", "routes", "participants", "notes", "goals", "indicators"}
)


def _message(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.button(QMessageBox.StandardButton.Ok).setText("OK")
    box.setAccessibleName(title)
    box.exec()


def _esc(text: str | None) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED};")
    return label


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
        self.status = _muted("")
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
        layout.addWidget(_heading(self.tr("Welke gesprekken?")))
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
            edit.setDisplayFormat("dd-MM-yyyy")
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
            _muted(
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
        layout.addWidget(_muted(o.selection_text))
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
            layout.addWidget(_heading(self.tr("Indicatoren")))
            layout.addWidget(SvgChart(charts["indicators"]))
            layout.addWidget(_heading(self.tr("Thema's")))
            layout.addWidget(SvgChart(charts["themes"]))
            layout.addWidget(_heading(self.tr("Voortgang van de acties per route")))
            layout.addWidget(SvgChart(charts["actions_by_route"]))
            layout.addWidget(_heading(self.tr("Voortgang van de acties per indicator")))
            layout.addWidget(SvgChart(charts["actions_by_indicator"]))

            layout.addWidget(_heading(self.tr("Terugkerende onderwerpen")))
            topics = o.topics
            unit = self.tr("Routes") if topics.unit == "routes" else self.tr("Gesprekken")
            if topics.topics:
                layout.addWidget(
                    _muted(
                        self.tr(
                            "Woorden en woordparen uit de notities die in meer routes "
                            "terugkomen; privénotities tellen niet mee."
                        )
                        if topics.unit == "routes"
                        else self.tr(
                            "Woorden en woordparen uit de notities die in meer {unit} "
                            "terugkomen; privénotities tellen niet mee."
                        ).format(unit=topics.unit)
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
                    _muted(
                        self.tr("Geen onderwerpen die in meer dan één route terugkomen.")
                        if topics.unit == "routes"
                        else self.tr("Geen onderwerpen die in meer dan één gesprek terugkomen.")
                    )
                )

            layout.addWidget(_heading(self.tr("Vragenlijsten")))
            layout.addWidget(_muted(o.questionnaire_note))
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
                layout.addWidget(QLabel(f"<b>{_esc(line.route_name)}</b> {_esc(filled)}"))
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

        layout.addWidget(_heading(self.tr("Leer- en ontwikkelgemeenschap")))
        layout.addWidget(_muted(METHOD_TEXT))
        rows, colors = [], {}
        for r, c in enumerate(o.communities):
            if not c.has_data:
                rows.append([c.route_name, "–", "–", "–", self.tr("nog geen evaluatiegesprek")])
                continue
            rows.append(
                [
                    c.route_name,
                    str(c.members),
                    "ja" if c.robust else "nee",
                    str(len(c.organisations)),
                    "ja" if c.interdisciplinary else "nee",
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

        layout.addWidget(_heading(self.tr("Vervolggesprekken")))
        layout.addWidget(
            _muted(
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
            _message(self, self.tr("PDF opslaan"), exc.message, error=True)
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
            _message(self, self.tr("CSV opslaan"), exc.message, error=True)
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


# ---------------------------------------------------------------- due panel


class FollowUpPanel(QWidget):
    """Routes whose follow-up conversation is overdue or due within 30 days."""

    route_chosen = Signal(str)  # double click: show the route
    hold_requested = Signal(str)  # "Vervolggesprek houden…" for a route

    def __init__(
        self, library: Any, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._today = today
        self.statuses: list[FollowUpStatus] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setAccessibleName(
            self.tr("Routes met een vervolggesprek dat te laat of binnenkort is")
        )
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(self._activated)
        self.list.currentRowChanged.connect(lambda _row: self._update_button())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.hold_button = QPushButton(self.tr("Vervolggesprek houden…"))
        self.hold_button.clicked.connect(self._hold)
        row.addStretch(1)
        row.addWidget(self.hold_button)
        layout.addLayout(row)
        layout.addWidget(
            _muted(
                self.tr(
                    "Te laat: de datum is voorbij en er is geen vervolggesprek gehouden. Binnenkort: "
                    "vandaag of in de komende {days} dagen. De datum komt uit de "
                    "vervolgafspraak, anders zes maanden na de evaluatie."
                ).format(days=DUE_WINDOW_DAYS)
            )
        )
        self.refresh()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def refresh(self) -> None:
        self.statuses = due_follow_ups(self.library, self.today)
        self.list.clear()
        for status in self.statuses:
            when = long_date(status.proposed_date)
            if status.state == FollowUpState.OVERDUE:
                line = self.tr("Te laat: {route}\n    gepland op {date}").format(
                    route=status.route_name, date=when
                )
            else:
                line = self.tr("Binnenkort: {route}\n    {date}").format(
                    route=status.route_name, date=when
                )
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, status.route_id)
            item.setToolTip(status.explanation)
            item.setForeground(QColor(STATE_COLORS.get(status.state, "#1F262D")))
            self.list.addItem(item)
        late = sum(1 for s in self.statuses if s.state == FollowUpState.OVERDUE)
        soon = len(self.statuses) - late
        if not self.statuses:
            self.summary.setText(
                self.tr("Geen vervolggesprekken die te laat zijn of binnenkort komen.")
            )
        else:
            parts = []
            if late:
                parts.append(self.tr("{count} te laat").format(count=late))
            if soon:
                parts.append(self.tr("{count} binnenkort").format(count=soon))
            self.summary.setText(self.tr("Vervolggesprekken: ") + ", ".join(parts) + ".")
        if self.statuses:
            self.list.setCurrentRow(0)
        self._update_button()

    def count(self) -> int:
        return len(self.statuses)

    def current_route_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_button(self) -> None:
        self.hold_button.setEnabled(self.current_route_id() is not None)

    def _activated(self, item: QListWidgetItem) -> None:
        self.route_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _hold(self) -> None:
        route_id = self.current_route_id()
        if route_id:
            self.hold_requested.emit(route_id)


# ---------------------------------------------------------------- route page


def timeline_html(timeline: Timeline) -> str:
    """The timeline as rich text for the route page (everything escaped)."""
    if timeline.is_empty:
        empty = QCoreApplication.translate("Analysis", "Nog geen gesprekken in deze route.")
        return f"<p style='color:{MUTED}'>{_esc(empty)}</p>"
    parts = []
    current_round = 0
    for entry in timeline.entries:
        if timeline.rounds > 1 and entry.round_number != current_round:
            current_round = entry.round_number
            heading = QCoreApplication.translate("Analysis", "Evaluatieronde {number}").format(
                number=current_round
            )
            parts.append(f"<h3 style='color:{MUTED}'>{_esc(heading)}</h3>")
        date = (
            long_date(entry.date)
            if entry.date
            else QCoreApplication.translate("Analysis", "zonder datum")
        )
        color = "#8A4F7D" if entry.is_follow_up else "#1F3B57"
        parts.append(
            f"<h3 style='margin-bottom:2px'><span style='color:{color}'>●</span> "
            f"{_esc(entry.kind_label)} <span style='font-weight:normal; color:{MUTED}'>"
            f"— {_esc(date)}</span></h3>"
        )
        meta = []
        if entry.facilitator:
            meta.append(
                QCoreApplication.translate("Analysis", "gespreksleider: {name}").format(
                    name=_esc(entry.facilitator)
                )
            )
        meta.append(
            QCoreApplication.translate("Analysis", "1 deelnemer")
            if entry.participant_count == 1
            else QCoreApplication.translate("Analysis", "{count} deelnemers").format(
                count=entry.participant_count
            )
        )
        parts.append(f"<p style='color:{MUTED}; margin-top:0'>{' · '.join(meta)}</p>")
        body = ["<div style='margin-left:18px'>"]
        if entry.indicators:
            chips = " ".join(
                f"<span style='color:{_esc(i.color)}'>■</span> {_esc(i.title)}"
                for i in entry.indicators
            )
            label = QCoreApplication.translate("Analysis", "Indicatoren:")
            body.append(f"<p><b>{_esc(label)}</b> {chips}</p>")
        elif not entry.is_follow_up:
            none = QCoreApplication.translate("Analysis", "Geen indicator gekozen.")
            body.append(f"<p style='color:{MUTED}'>{_esc(none)}</p>")
        for goal in entry.goals:
            label = QCoreApplication.translate("Analysis", "Ontwikkeldoel:")
            body.append(f"<p><b>{_esc(label)}</b> {_esc(goal)}</p>")
        if entry.reviews:
            body.append(
                QCoreApplication.translate("Analysis", "<p><b>Acties nagelopen</b></p><ul>")
            )
            for review in entry.reviews:
                status = f" → <b>{_esc(review.status_label)}</b>" if review.status else ""
                answers = "".join(
                    f"<br><i>{_esc(label)}</i> {_esc(text)}" for label, text in review.answers
                )
                body.append(
                    f"<li>{_esc(review.what)}{status} <span style='color:{MUTED}'>"
                    f"({_esc(review.origin)})</span>{answers}</li>"
                )
            body.append("</ul>")
        if entry.evaluation_answers:
            body.append(QCoreApplication.translate("Analysis", "<p><b>Over de evaluatie</b></p>"))
            for question, answer in entry.evaluation_answers:
                body.append(f"<p><i>{_esc(question)}</i><br>{_esc(answer)}</p>")
        if entry.actions:
            title = (
                QCoreApplication.translate("Analysis", "Nieuwe acties")
                if entry.is_follow_up
                else QCoreApplication.translate("Analysis", "Acties")
            )
            body.append(f"<p><b>{title}</b></p><ul>")
            for action in entry.actions:
                details = [action.status_label]
                if action.who:
                    details.append(_esc(action.who))
                if action.due:
                    details.append(short_date(action.due))
                body.append(
                    f"<li>{_esc(action.what)} <span style='color:{MUTED}'>"
                    f"({' · '.join(details)})</span></li>"
                )
            body.append("</ul>")
        elif not entry.is_follow_up:
            none = QCoreApplication.translate("Analysis", "Geen acties afgesproken.")
            body.append(f"<p style='color:{MUTED}'>{_esc(none)}</p>")
        for agreement in entry.agreements:
            who = (
                QCoreApplication.translate("Analysis", ", {name} nodigt uit").format(
                    name=_esc(agreement.who)
                )
                if agreement.who
                else ""
            )
            label = QCoreApplication.translate("Analysis", "Vervolgafspraak:")
            when = long_date(agreement.date) or QCoreApplication.translate(
                "Analysis", "zonder datum"
            )
            body.append(f"<p><b>{_esc(label)}</b> {_esc(when)}{who}</p>")
        body.append("</div>")
        parts.append("".join(body))
    return "".join(parts)


class RoutePage(QWidget):
    """One route: follow-up status, community check and the timeline of conversations."""

    hold_requested = Signal(str)  # route id
    continue_requested = Signal(str, str)  # route id, follow-up session id

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
        self._today = today
        self.route_id: str | None = None
        self.timeline: Timeline | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.subtitle = _muted("")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.subtitle)

        self.follow_box = QGroupBox(self.tr("Vervolggesprek"))
        follow = QVBoxLayout(self.follow_box)
        self.follow_label = QLabel()
        self.follow_label.setWordWrap(True)
        self.follow_label.setTextFormat(Qt.TextFormat.PlainText)
        follow.addWidget(self.follow_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.hold_button = QPushButton(self.tr("Vervolggesprek houden…"))
        self.hold_button.clicked.connect(self._hold)
        row.addWidget(self.hold_button)
        follow.addLayout(row)
        layout.addWidget(self.follow_box)

        self.community_box = QGroupBox(self.tr("Leer- en ontwikkelgemeenschap"))
        community = QVBoxLayout(self.community_box)
        self.community_label = QLabel()
        self.community_label.setWordWrap(True)
        self.community_label.setTextFormat(Qt.TextFormat.PlainText)
        community.addWidget(self.community_label)
        self.method_label = _muted(METHOD_TEXT)
        self.method_label.setVisible(False)
        self.method_toggle = QPushButton(self.tr("Hoe telt Praatplaat?"))
        self.method_toggle.setFlat(True)
        self.method_toggle.setCheckable(True)
        self.method_toggle.setStyleSheet("text-align: left; color: #2E6F95;")
        self.method_toggle.toggled.connect(self.method_label.setVisible)
        community.addWidget(self.method_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        community.addWidget(self.method_label)
        layout.addWidget(self.community_box)

        layout.addWidget(_heading(self.tr("Tijdlijn")))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Tijdlijn van de gesprekken"))
        layout.addWidget(self.browser, 1)
        self.show_route(None)

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def show_route(self, route_id: str | None) -> None:
        self.route_id = route_id
        route = self.library.find(Route, route_id) if route_id else None
        if route is None or route.deleted:
            self.route_id = None
            self.timeline = None
            self.title.setText(self.tr("Geen route gekozen"))
            self.subtitle.setText(self.tr("Kies een route in de lijst (dubbelklik of Enter)."))
            self.follow_box.hide()
            self.community_box.hide()
            self.browser.clear()
            return
        self.follow_box.show()
        self.community_box.show()
        self.timeline = timeline = route_timeline(self.library, self.catalog, route.id, self.today)
        self.title.setText(route.name)
        bits = [
            b
            for b in (
                route.organisations,
                self.tr("coördinator: {name}").format(name=route.coordinator)
                if route.coordinator
                else "",
            )
            if b
        ]
        self.subtitle.setText(" · ".join(bits))
        status = timeline.follow_up
        self.follow_label.setText(f"{status.label}. {status.explanation}")
        color = STATE_COLORS.get(status.state)
        self.follow_label.setStyleSheet(
            f"color: {color}; font-weight: bold;" if color and status.needs_attention else ""
        )
        self.hold_button.setEnabled(status.state != FollowUpState.NO_EVALUATION)
        self.hold_button.setText(
            self.tr("Vervolggesprek openen…")
            if self._open_follow_up()
            else self.tr("Vervolggesprek houden…")
        )
        check = community_check(self.library, route.id)
        self.community_label.setText("\n".join(check.explanation_lines))
        self.browser.setHtml(timeline_html(timeline))

    def refresh(self) -> None:
        self.show_route(self.route_id)

    def _open_follow_up(self) -> str | None:
        """The follow-up conversation of the latest round, if one is entered."""
        if self.timeline is None:
            return None
        status = self.timeline.follow_up
        return status.held_session_id or status.scheduled_session_id or None

    def _hold(self) -> None:
        if self.route_id is None:
            return
        existing = self._open_follow_up()
        if existing:
            self.continue_requested.emit(self.route_id, existing)
        else:
            self.hold_requested.emit(self.route_id)


# ---------------------------------------------------------------- installing


class AnalysisUi(QObject):
    """What :func:`install_analysis_ui` adds to the main window; keep it alive."""

    def __init__(self, window: QMainWindow, library: Any, catalog: Catalog, ops: Any) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self.overview_dialog: NetworkOverviewDialog | None = None

        self.panel = FollowUpPanel(library)
        self.panel.route_chosen.connect(self.show_route_page)
        self.panel.hold_requested.connect(self.hold_follow_up)
        self.due_dock = self._dock(
            self.tr("Vervolg gepland"),
            "FollowUpDueDock",
            self.panel,
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.route_page = RoutePage(library, catalog)
        self.route_page.hold_requested.connect(self.hold_follow_up)
        self.route_page.continue_requested.connect(self.continue_follow_up)
        self.route_dock = self._dock(
            self.tr("Route"),
            "RoutePageDock",
            self.route_page,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.route_dock.visibilityChanged.connect(self._route_dock_visibility)

        self.menu = QMenu(self.tr("&Analyse"), window)
        bar = window.menuBar()
        help_menu = getattr(getattr(window, "menus", None), "help_menu", None)
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)
        self.overview_action = self._action(
            self.tr("&Netwerkoverzicht…"),
            self.tr(
                "Analyse van evaluaties over alle routes: indicatoren, thema's, acties, "
                "onderwerpen, vervolggesprekken"
            ),
            self.show_overview,
            QKeySequence("Ctrl+Shift+N"),
        )
        self.menu.addSeparator()
        self.due_action = self.due_dock.toggleViewAction()
        self.due_action.setText(self.tr("&Vervolg gepland"))
        self.due_action.setToolTip(
            self.tr("Routes waarvan het vervolggesprek te laat is of binnenkort komt")
        )
        self.menu.addAction(self.due_action)
        self.route_action = self.route_dock.toggleViewAction()
        self.route_action.setText(self.tr("&Routepagina"))
        self.route_action.setToolTip(
            self.tr("Tijdlijn, vervolggesprek en leergemeenschap van de route")
        )
        self.menu.addAction(self.route_action)
        self.hold_action = self._action(
            self.tr("Vervolggesprek &houden…"),
            self.tr(
                "Een vervolggesprek voor de gekozen route: acties nalopen en de evaluatie bespreken"
            ),
            self._hold_for_current,
        )

        self.current_route_id: str | None = None
        view = getattr(window, "library_view", None)
        if view is not None:
            view.route_activated.connect(self.show_route_page)
            view.current_route_changed.connect(self._current_route)
            view.current_conversation_changed.connect(self._current_conversation)
        ops.subscribe(self._on_change)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self._refresh)
        # Show what needs attention at start-up; otherwise the dock stays out of the way.
        self.due_dock.setVisible(self.panel.count() > 0)
        self._update_titles()

    # ---------------------------------------------------------------- public

    def show_overview(self) -> NetworkOverviewDialog:
        dialog = NetworkOverviewDialog(self.library, self.catalog, self.window)
        self.overview_dialog = dialog
        dialog.exec()
        return dialog

    def show_route_page(self, route_id: str) -> None:
        self.current_route_id = route_id
        self.route_page.show_route(route_id)
        self.route_dock.show()
        self.route_dock.raise_()

    def hold_follow_up(self, route_id: str) -> Any:
        from praatplaat_app.ui.analysis.follow_up_dialog import FollowUpDialog

        dialog = FollowUpDialog(self.library, self.catalog, self.ops, route_id, parent=self.window)
        dialog.exec()
        self._refresh()
        return dialog

    def continue_follow_up(self, route_id: str, session_id: str) -> Any:
        from praatplaat_app.ui.analysis.follow_up_dialog import FollowUpDialog

        dialog = FollowUpDialog(
            self.library, self.catalog, self.ops, route_id, session_id, parent=self.window
        )
        dialog.exec()
        self._refresh()
        return dialog

    def shutdown(self) -> None:
        self.ops.unsubscribe(self._on_change)

    # --------------------------------------------------------------- private

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)  # for saveState()
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        dock.hide()
        return dock

    def _action(
        self, text: str, tip: str, slot: Any, shortcut: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def _hold_for_current(self) -> None:
        route_id = self.current_route_id or self.panel.current_route_id()
        if route_id is None:
            _message(
                self.window,
                self.tr("Vervolggesprek"),
                self.tr("Kies eerst een route in de lijst, of een route bij 'Vervolg gepland'."),
            )
            return
        self.hold_follow_up(route_id)

    def _current_route(self, route_id: str) -> None:
        self.current_route_id = route_id
        if self.route_dock.isVisible():
            self.route_page.show_route(route_id)

    def _current_conversation(self, session_id: str) -> None:
        session = self.library.find(Session, session_id)
        if session is not None:
            self._current_route(session.route_id)

    def _route_dock_visibility(self, visible: bool) -> None:
        if visible and self.current_route_id and self.route_page.route_id != self.current_route_id:
            self.route_page.show_route(self.current_route_id)

    def _on_change(self, change: Any) -> None:
        # Called inside an operation: only schedule the refresh here.
        if not shiboken6.isValid(self) or not (set(change.what) & _RELEVANT):
            return
        self._refresh_timer.start()

    def _refresh(self) -> None:
        if not shiboken6.isValid(self) or not self.library.is_open:
            return
        self.panel.refresh()
        if self.route_dock.isVisible():
            self.route_page.refresh()
        self._update_titles()

    def _update_titles(self) -> None:
        count = self.panel.count()
        self.due_dock.setWindowTitle(
            self.tr("Vervolg gepland ({count})").format(count=count)
            if count
            else self.tr("Vervolg gepland")
        )


def install_analysis_ui(
    main_window: QMainWindow, library: Any, catalog: Catalog, ops: Any
) -> AnalysisUi:
    """Add the Analyse menu, the 'Vervolg gepland' and route docks; keep the result alive."""
    ui = AnalysisUi(main_window, library, catalog, ops)
    main_window.analysis_ui = ui  # type: ignore[attr-defined]
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(ui.shutdown)
    return ui
