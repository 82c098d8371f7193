"""The tree of an action plan: development goals with their actions under them.

The model only shows the plan and reports what the user asks (a drag to another
place); changes go through the operations, and the model is refilled from the
library when they report a change. A drop therefore emits ``move_requested``
instead of moving rows itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from praatplaat_app.domain import (
    ACTION_STATUS_LABELS,
    PILLAR_LABELS,
    Action,
    ActionStatus,
    Conversation,
    Goal,
)
from praatplaat_app.formatting import short_date
from praatplaat_app.indicators import Catalog
from praatplaat_app.operations.action_plan import due_date_warning

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # the goal's second line
COLOR_ROLE = Qt.ItemDataRole.UserRole + 4  # the goal's indicator colour, "#RRGGBB"
WARNING_ROLE = Qt.ItemDataRole.UserRole + 5  # a due date before the conversation

GOAL = "goal"
LOOSE = "loose"  # the group of actions that belong to no (existing) goal
ACTION = "action"

COLUMNS = (
    QT_TRANSLATE_NOOP("GoalTreeModel", "Doel / actie"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Wie"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Wanneer"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Status"),
)
COL_WHAT, COL_WHO, COL_DUE, COL_STATUS = range(4)
MIME_TYPE = "application/x-praatplaat-actieplan"
LOOSE_TITLE = QT_TRANSLATE_NOOP("GoalTreeModel", "Acties zonder doel")

STATUS_COLORS = {
    ActionStatus.OPEN: None,
    ActionStatus.IN_PROGRESS: "#1f5fa8",
    ActionStatus.DONE: "#2e7d32",
    ActionStatus.CANCELLED: "#757575",
}


def _short(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


@dataclass
class GoalNode:
    goal: Goal | None  # None: the "actions without goal" group
    actions: list[Action] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.goal.id if self.goal else ""

    @property
    def kind(self) -> str:
        return GOAL if self.goal else LOOSE


def build_nodes(conversation: Conversation) -> list[GoalNode]:
    """Goals in order with their confirmed actions; actions without a goal last."""
    nodes = [GoalNode(g) for g in conversation.goals if not g.deleted]
    by_id = {n.id: n for n in nodes}
    loose = GoalNode(None)
    for action in conversation.actions:
        if action.draft or action.deleted:
            continue
        by_id.get(action.goal_id, loose).actions.append(action)
    if loose.actions:
        nodes.append(loose)
    return nodes


class GoalTreeModel(QAbstractItemModel):
    """Goals (top level) and actions (children) of one conversation."""

    # kind ("goal"/"action"), record id, new position, target goal id ("" = same)
    move_requested = Signal(str, str, int, str)

    def __init__(self, catalog: Catalog, parent: Any = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.nodes: list[GoalNode] = []
        self.conversation: Conversation | None = None

    # ------------------------------------------------------------- filling

    def set_conversation(self, conversation: Conversation | None) -> None:
        """Show ``conversation``'s plan; a plan with the same shape is updated in place."""
        nodes = build_nodes(conversation) if conversation else []
        old_shape = [(n.id, [a.id for a in n.actions]) for n in self.nodes]
        new_shape = [(n.id, [a.id for a in n.actions]) for n in nodes]
        same_session = (
            self.conversation is not None
            and conversation is not None
            and self.conversation.session.id == conversation.session.id
        )
        self.conversation = conversation
        if same_session and old_shape == new_shape:
            self.nodes = nodes
            for row, node in enumerate(nodes):
                top_left = self.index(row, 0)
                self.dataChanged.emit(top_left, self.index(row, len(COLUMNS) - 1))
                if node.actions:
                    self.dataChanged.emit(
                        self.index(0, 0, top_left),
                        self.index(len(node.actions) - 1, len(COLUMNS) - 1, top_left),
                    )
            return
        self.beginResetModel()
        self.nodes = nodes
        self.endResetModel()

    # ------------------------------------------------------------- lookups

    def goal_number(self, goal_id: str) -> int:
        for number, node in enumerate((n for n in self.nodes if n.goal), start=1):
            if node.id == goal_id:
                return number
        return 0

    def find(self, kind: str, record_id: str) -> QModelIndex:
        for row, node in enumerate(self.nodes):
            if kind in (GOAL, LOOSE) and node.kind == kind and node.id == record_id:
                return self.index(row, 0)
            if kind == ACTION:
                for child, action in enumerate(node.actions):
                    if action.id == record_id:
                        return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def node(self, index: Index) -> GoalNode | None:
        """The goal node of a goal row, or of an action row's parent."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self.nodes[row] if 0 <= row < len(self.nodes) else None

    def action(self, index: Index) -> Action | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        node = self.node(index)
        if node is None or not 0 <= index.row() < len(node.actions):
            return None
        return node.actions[index.row()]

    def kind(self, index: Index) -> str:
        if not index.isValid():
            return ""
        if index.internalId() != 0:
            return ACTION
        node = self.node(index)
        return node.kind if node else ""

    # ---------------------------------------------------------- structure

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self.nodes):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0:
            return QModelIndex()  # actions have no children
        if parent.row() >= len(self.nodes) or row >= len(self.nodes[parent.row()].actions):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self.nodes)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self.nodes[parent.row()].actions) if parent.row() < len(self.nodes) else 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    # ---------------------------------------------------------------- data

    def _goal_detail(self, node: GoalNode) -> str:
        parts: list[str] = []
        goal = node.goal
        if goal is not None:
            try:
                parts.append(self.catalog.indicator(goal.indicator_id).title)
            except KeyError:
                parts.append(self.tr("Geen indicator gekozen"))
            if goal.theme_id:
                try:
                    parts.append(
                        self.tr("thema: {title}").format(
                            title=self.catalog.theme(goal.theme_id).title
                        )
                    )
                except KeyError:
                    pass
            if goal.pillar:
                parts.append(PILLAR_LABELS.get(goal.pillar, goal.pillar))
        count = len(node.actions)
        parts.append(
            self.tr("nog geen acties")
            if count == 0
            else (
                self.tr("1 actie") if count == 1 else self.tr("{count} acties").format(count=count)
            )
        )
        return " · ".join(parts)

    def _goal_color(self, node: GoalNode) -> str:
        if node.goal is None:
            return "#9e9e9e"
        try:
            return self.catalog.indicator(node.goal.indicator_id).color
        except KeyError:
            return "#9e9e9e"

    def _goal_title(self, node: GoalNode) -> str:
        if node.goal is None:
            return self.tr(LOOSE_TITLE)
        return self.tr("Doel {number}: {text}").format(
            number=self.goal_number(node.id), text=_short(node.goal.text, 200)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if node is None:
            return None
        if index.internalId() == 0:
            return self._goal_data(node, index.column(), role)
        action = self.action(index)
        if action is None:
            return None
        return self._action_data(node, action, index.column(), role)

    def _goal_data(self, node: GoalNode, column: int, role: int) -> Any:
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return node.id
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._goal_title(node)
        if role == DETAIL_ROLE:
            return self._goal_detail(node)
        if role == COLOR_ROLE:
            return self._goal_color(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = node.goal.text if node.goal else self.tr("Acties die (nog) bij geen doel horen.")
            return f"{text}\n{self._goal_detail(node)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._goal_title(node)}. {self._goal_detail(node)}"
        return None

    def _action_data(self, node: GoalNode, action: Action, column: int, role: int) -> Any:
        session = self.conversation.session if self.conversation else None
        warning = due_date_warning(session, action.due)
        if role == KIND_ROLE:
            return ACTION
        if role == ID_ROLE:
            return action.id
        if role == WARNING_ROLE:
            return warning
        status_label = ACTION_STATUS_LABELS.get(action.status, action.status)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHAT:
                return _short(action.what, 160)
            if column == COL_WHO:
                return action.who
            if column == COL_DUE:
                return (
                    (("⚠ " if warning else "") + short_date(action.due))
                    if action.due
                    else ""
                )
            if column == COL_STATUS:
                return status_label
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [action.what]
            if action.who:
                lines.append(self.tr("Wie: {who}").format(who=action.who))
            if action.due:
                lines.append(
                    self.tr("Wanneer: {date}").format(date=short_date(action.due))
                )
            lines.append(self.tr("Status: {status}").format(status=status_label))
            if warning:
                lines.append(warning)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_WHAT:
            return self.tr("Actie: {what}. Wie: {who}. Wanneer: {date}. Status: {status}.").format(
                what=action.what,
                who=action.who or self.tr("niet ingevuld"),
                date=short_date(action.due) if action.due else self.tr("geen datum"),
                status=status_label,
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DUE and warning:
                return QBrush(QColor("#8a5300"))
            color = STATUS_COLORS.get(action.status)  # type: ignore[call-overload]
            if color and (column == COL_STATUS or action.status == ActionStatus.CANCELLED):
                return QBrush(QColor(color))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if action.status == ActionStatus.CANCELLED and column == COL_WHAT:
                font.setStrikeOut(True)
                return font
            if column == COL_STATUS and action.status == ActionStatus.DONE:
                font.setBold(True)
                return font
        return None

    # ------------------------------------------------------------ dragging

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # goals can be dropped between goals
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = self.kind(index)
        if kind == GOAL:
            return flags | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if kind == ACTION:
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags  # the "without goal" group: not a place to drop, not movable

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        for index in indexes:
            kind = self.kind(index)
            if kind in (GOAL, ACTION):
                data.setData(MIME_TYPE, f"{kind}\n{index.data(ID_ROLE)}".encode())
                break
        return data

    @staticmethod
    def _dragged(data: QMimeData) -> tuple[str, str] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            kind, record_id = bytes(data.data(MIME_TYPE).data()).decode().split("\n", 1)
        except ValueError:
            return None
        return kind, record_id

    def _drop_target(
        self, data: QMimeData, row: int, parent: Index
    ) -> tuple[str, str, int, str] | None:
        """(kind, id, new position, target goal id) for a drop, or None if not allowed."""
        dragged = self._dragged(data)
        if dragged is None:
            return None
        kind, record_id = dragged
        if kind == GOAL:
            if parent.isValid():
                return None
            goals = [n.id for n in self.nodes if n.goal]
            if record_id not in goals:
                return None
            row = len(goals) if row < 0 else min(row, len(goals))
            old = goals.index(record_id)
            return kind, record_id, row - 1 if old < row else row, ""
        if kind == ACTION:
            if not parent.isValid() or self.kind(parent) != GOAL:
                return None
            node = self.node(parent)
            assert node is not None
            ids = [a.id for a in node.actions]
            row = len(ids) if row < 0 else min(row, len(ids))
            if record_id in ids:
                old = ids.index(record_id)
                return kind, record_id, row - 1 if old < row else row, node.id
            return kind, record_id, row, node.id
        return None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        self.move_requested.emit(*target)
        # The rows move when the operation reports its change; nothing to remove here.
        return False


class PlanDelegate(QStyledItemDelegate):
    """Goal rows in two lines (bold goal, grey details) with the indicator's colour."""

    STRIPE = 5

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(KIND_ROLE) in (GOAL, LOOSE) and index.column() == 0:
            metrics = option.fontMetrics
            return QSize(size.width(), metrics.height() * 2 + 14)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(KIND_ROLE) not in (GOAL, LOOSE) or index.column() != 0:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget: QWidget | None = option.widget  # type: ignore[assignment]
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = option.rect
        painter.save()
        painter.fillRect(
            QRect(rect.left() + 1, rect.top() + 3, self.STRIPE, rect.height() - 6),
            QColor(index.data(COLOR_ROLE) or "#9e9e9e"),
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        detail_color = text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        left = rect.left() + self.STRIPE + 8
        width = rect.right() - left - 4
        metrics = option.fontMetrics
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        line = metrics.height()
        title_rect = QRect(left, rect.top() + 5, width, line)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option.font)
        painter.setPen(detail_color)
        detail = str(index.data(DETAIL_ROLE) or "")
        painter.drawText(
            QRect(left, rect.top() + 5 + line + 2, width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()

