"""Shows the questionnaire chart that the core drew as SVG (the same bytes go to the PDF).

:class:`QuestionnaireChartWidget` keeps the chart's proportions at any width; the
conversation screen can embed it to show the results before the conversation starts.
:class:`ResultsDialog` is the "Resultaten bekijken" window of the Vragenlijst menu: the
chart, who filled in (without names), deleting a response typed in by mistake, and the
two CSV exports.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.domain import ROLE_LABELS
from praatplaat_app.indicators import Catalog
from praatplaat_app.operations.undo import Change
from praatplaat_app.questionnaire.chart import questionnaire_chart_svg
from praatplaat_app.questionnaire.responses import Response, responses_for_session
from praatplaat_app.questionnaire.scoring import score_responses

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "QuestionnaireChartWidget", "Nog geen ingevulde vragenlijsten voor dit gesprek."
)


class QuestionnaireChartWidget(QWidget):
    """Paints an SVG document at the widget's width, keeping its aspect ratio."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._svg = ""
        self.setAccessibleName(self.tr("Grafiek van de vragenlijst"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(320, 120)
        self.set_svg(None)

    # ----------------------------------------------------------------- public

    @property
    def svg(self) -> str:
        return self._svg

    def set_svg(self, svg: str | None) -> None:
        """Show ``svg`` (a document from :func:`questionnaire_chart_svg`); None: a message."""
        self._svg = svg or ""
        if svg:
            self._renderer.load(QByteArray(svg.encode("utf-8")))
            self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            # The chart's own <desc> says everything in words, for screen readers.
            desc = _between(svg, "<desc", "</desc>")
            self.setAccessibleDescription(desc)
            self.setToolTip("")
        else:
            self._renderer.load(QByteArray())
            self.setAccessibleDescription(self.tr(EMPTY_TEXT))
        self.updateGeometry()
        self.update()

    def show_scores_for(self, library: object, catalog: Catalog, session_id: str) -> bool:
        """Score the conversation's responses and show the chart; False when there are none."""
        scores = score_responses(responses_for_session(library, session_id), catalog)  # type: ignore[arg-type]
        self.set_svg(None if scores.is_empty else questionnaire_chart_svg(scores, catalog))
        return not scores.is_empty

    # ----------------------------------------------------------------- sizing

    def _default(self) -> QSize:
        size = self._renderer.defaultSize() if self._svg else QSize()
        return size if size.isValid() and not size.isEmpty() else QSize(760, 120)

    def sizeHint(self) -> QSize:
        return self._default()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        size = self._default()
        return max(120, round(width * size.height() / size.width()))

    # --------------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        if not self._svg or not self._renderer.isValid():
            painter.setPen(QColor("#5A6570"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr(EMPTY_TEXT))
            return
        size = self._default()
        scale = min(self.width() / size.width(), self.height() / size.height())
        w, h = size.width() * scale, size.height() * scale
        target = QRectF((self.width() - w) / 2, 0, w, h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._renderer.render(painter, target)


def _between(text: str, start: str, end: str) -> str:
    i = text.find(start)
    if i < 0:
        return ""
    i = text.find(">", i) + 1
    j = text.find(end, i)
    if j < 0:
        return ""
    return html.unescape(text[i:j])


def source_label(response: Response) -> str:
    if response.respondent.startswith("papier-"):
        return QCoreApplication.translate(
            "QuestionnaireChartWidget", "Papier, formulier {form}"
        ).format(form=response.respondent.removeprefix("papier-"))
    if response.respondent.startswith("csv-"):
        return QCoreApplication.translate("QuestionnaireChartWidget", "Online enquête (CSV)")
    return QCoreApplication.translate("QuestionnaireChartWidget", "Op de laptop (kiosk)")


class ResultsDialog(QDialog):
    """The chart of one conversation, its responses and the exports."""

    def __init__(
        self,
        library: object,
        catalog: Catalog,
        ops: object,
        session_id: str,
        parent: QWidget | None = None,
        *,
        export_raw: Callable[[], None] | None = None,
        export_scores: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.catalog = catalog
        self.ops = ops
        self.session_id = session_id
        self.setWindowTitle(self.tr("Vragenlijst: resultaten"))
        self.setAccessibleName(self.tr("Resultaten van de vragenlijst"))
        self.resize(900, 760)

        self.chart = QuestionnaireChartWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rol"), self.tr("Beantwoord"), self.tr("Ingevuld via")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Ingevulde vragenlijsten"))
        self.table.setMaximumHeight(180)
        self.delete_button = QPushButton(self.tr("Geselecteerde verwijderen"), self)
        self.delete_button.setToolTip(
            self.tr(
                "Een vragenlijst die per ongeluk of dubbel is ingevoerd verwijderen "
                "(ongedaan maken kan met Ctrl+Z in het hoofdvenster)"
            )
        )
        self.delete_button.clicked.connect(self._delete_selected)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        if export_raw is not None:
            raw = buttons.addButton(
                self.tr("Antwoorden exporteren…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            raw.clicked.connect(export_raw)
        if export_scores is not None:
            sc = buttons.addButton(
                self.tr("Scores exporteren…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            sc.clicked.connect(export_scores)

        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

        self._ids: list[str] = []
        self.refresh()
        subscribe = getattr(ops, "subscribe", None)
        if subscribe is not None:
            subscribe(self._on_change)
        self.finished.connect(self._detach)

    def refresh(self) -> None:
        responses = responses_for_session(self.library, self.session_id)  # type: ignore[arg-type]
        self.chart.show_scores_for(self.library, self.catalog, self.session_id)
        total = {q.id: len(q.items) for q in self.catalog.questionnaires}
        self.table.setRowCount(len(responses))
        self._ids = []
        for n, response in enumerate(responses):
            self._ids.append(response.id)
            cells = [
                ROLE_LABELS.get(response.role, response.role or self.tr("Onbekend")),
                self.tr("{answered} van {total}").format(
                    answered=response.answered_count,
                    total=total.get(response.questionnaire_id, "?"),
                ),
                source_label(response),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.count_label.setText(
            self.tr(
                "{count} ingevulde vragenlijst(en). Groepen met minder dan 3 "
                "respondenten worden in de grafiek niet getoond."
            ).format(count=len(responses))
        )
        self.delete_button.setEnabled(bool(responses))

    def _delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        for row in rows:
            if 0 <= row < len(self._ids):
                self.ops.delete_response(self._ids[row])  # type: ignore[attr-defined]
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if not shiboken6.isValid(self):
            return
        if "questionnaires" in change.what and change.session_id in (None, self.session_id):
            self.refresh()

    def _detach(self, _result: int = 0) -> None:
        unsubscribe = getattr(self.ops, "unsubscribe", None)
        if unsubscribe is not None:
            unsubscribe(self._on_change)
