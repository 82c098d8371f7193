"""Draft actions noted during the conversation, waiting to be confirmed under a goal."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.domain import Action, Goal
from praatplaat_app.indicators import Catalog

TITLE = QT_TRANSLATE_NOOP("DraftList", "Concepten uit het gesprek")


def _short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class _DraftRow(QFrame):
    def __init__(self, action: Action, origin: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action_id = action.id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        short = _short(action.what, 50)
        self.setAccessibleName(self.tr("Concept: {text}").format(text=short))

        self.text = QLabel(action.what, self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Tekst van het concept: {text}").format(text=short))
        self.origin = QLabel(origin, self)
        self.origin.setTextFormat(Qt.TextFormat.PlainText)
        self.origin.setWordWrap(True)
        self.origin.setStyleSheet("color: palette(placeholder-text);")
        self.origin.setAccessibleName(self.tr("Uit welk deel van het gesprek"))
        self.origin.setVisible(bool(origin))

        self.goal = QComboBox(self)
        self.goal.setAccessibleName(self.tr("Bij welk doel hoort: {text}").format(text=short))
        self.goal.setToolTip(self.tr("Kies het ontwikkeldoel waar deze actie bij hoort"))
        self.goal.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goal.setMinimumContentsLength(10)
        self.goal.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.confirm = QPushButton(self.tr("Bevestigen"), self)
        self.confirm.setAccessibleName(self.tr("Bevestigen als actie: {text}").format(text=short))
        self.confirm.setToolTip(self.tr("Dit concept wordt een actie onder het gekozen doel"))
        self.discard = QPushButton(self.tr("Weggooien"), self)
        self.discard.setAccessibleName(self.tr("Weggooien: {text}").format(text=short))
        self.discard.setToolTip(self.tr("Dit concept weggooien (Ctrl+Z zet het terug)"))

        goal_label = QLabel(self.tr("Bij &doel:"), self)
        goal_label.setBuddy(self.goal)
        goal_row = QHBoxLayout()
        goal_row.addWidget(goal_label)
        goal_row.addWidget(self.goal, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard)
        buttons.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.text)
        layout.addWidget(self.origin)
        layout.addLayout(goal_row)
        layout.addLayout(buttons)


class DraftList(QGroupBox):
    """ "Concepten uit het gesprek": choose a goal and confirm, or discard."""

    confirm_requested = Signal(str, str)  # action id, goal id
    discard_requested = Signal(str)  # action id

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DraftList", TITLE), parent)
        self.catalog = catalog
        self.setAccessibleName(QCoreApplication.translate("DraftList", TITLE))
        self.rows: list[_DraftRow] = []
        self._signature: tuple[object, ...] | None = None
        self.intro = QLabel(
            self.tr(
                "Acties die tijdens het gesprek zijn genoteerd. Kies bij welk doel ze horen en "
                "bevestig ze, of gooi ze weg."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("Uitleg bij de concepten"))
        self.no_goals = QLabel(
            self.tr(
                "Maak eerst een ontwikkeldoel; daarna kunt u de concepten bij dat doel bevestigen."
            ),
            self,
        )
        self.no_goals.setWordWrap(True)
        self.no_goals.setStyleSheet("color: #8a5300;")
        self.no_goals.setAccessibleName(self.tr("Eerst een doel maken"))
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.no_goals)
        layout.addLayout(self.rows_layout)

    # ------------------------------------------------------------------ public

    def set_drafts(
        self, drafts: list[Action], goals: list[Goal], preferred_goal_id: str = ""
    ) -> None:
        """Show ``drafts``; each offers ``goals``, the best match chosen.

        A goal the user already picked for a draft stays picked.
        """
        signature = (
            tuple((a.id, a.what, a.indicator_id, a.theme_id) for a in drafts),
            tuple((g.id, g.text) for g in goals),
        )
        if signature == self._signature:
            return
        self._signature = signature
        chosen = {row.action_id: row.goal.currentData() for row in self.rows}
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        title = QCoreApplication.translate("DraftList", TITLE)
        self.setTitle(f"{title} ({len(drafts)})" if drafts else title)
        self.no_goals.setVisible(bool(drafts) and not goals)
        for action in drafts:
            row = _DraftRow(action, self._origin(action), self)
            for number, goal in enumerate(goals, start=1):
                row.goal.addItem(f"{number}. {_short(goal.text)}", goal.id)
                row.goal.setItemData(number - 1, goal.text, Qt.ItemDataRole.ToolTipRole)
            if not goals:
                row.goal.addItem(self.tr("Nog geen doelen"), "")
            row.goal.setEnabled(bool(goals))
            row.confirm.setEnabled(bool(goals))
            best = self._best_goal(action, goals, preferred_goal_id)
            kept = row.goal.findData(chosen.get(action.id)) if chosen.get(action.id) else -1
            if kept >= 0:
                row.goal.setCurrentIndex(kept)
            elif best is not None:
                row.goal.setCurrentIndex(best)
            row.confirm.clicked.connect(
                lambda _=False, r=row: self.confirm_requested.emit(
                    r.action_id, r.goal.currentData()
                )
            )
            row.discard.clicked.connect(
                lambda _=False, r=row: self.discard_requested.emit(r.action_id)
            )
            self.rows.append(row)
            self.rows_layout.addWidget(row)

    def row_for(self, action_id: str) -> _DraftRow | None:
        for row in self.rows:
            if row.action_id == action_id:
                return row
        return None

    # ----------------------------------------------------------------- private

    def _origin(self, action: Action) -> str:
        parts = []
        if action.indicator_id:
            try:
                parts.append(self.catalog.indicator(action.indicator_id).title)
            except KeyError:
                pass
        if action.theme_id:
            try:
                parts.append(self.catalog.theme(action.theme_id).title)
            except KeyError:
                pass
        return self.tr("Uit: ") + " · ".join(parts) if parts else ""

    @staticmethod
    def _best_goal(action: Action, goals: list[Goal], preferred_goal_id: str) -> int | None:
        """Same theme first, then same indicator, then the goal selected in the plan."""
        if not goals:
            return None
        for i, goal in enumerate(goals):
            if action.theme_id and goal.theme_id == action.theme_id:
                return i
        for i, goal in enumerate(goals):
            if action.indicator_id and goal.indicator_id == action.indicator_id:
                return i
        for i, goal in enumerate(goals):
            if goal.id == preferred_goal_id:
                return i
        return 0
