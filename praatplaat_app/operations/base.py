"""The shared core of the operations layer: commit edits, record undo, notify views."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from praatplaat_app.domain import Record
from praatplaat_app.indicators import Catalog
from praatplaat_app.operations.undo import Change, RecordEdit, UndoEntry, UndoStack
from praatplaat_app.store import Library

Listener = Callable[[Change], None]
R = TypeVar("R", bound=Record)


class OperationsBase:
    """Every UI action goes through an operation: it validates, writes in one
    transaction, records an undo step and tells listeners what changed."""

    def __init__(self, library: Library, catalog: Catalog) -> None:
        self.library = library
        self.catalog = catalog
        self.undo_stack = UndoStack(self.library.save)
        self._listeners: list[Listener] = []

    # ------------------------------------------------------------- notification

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, change: Change) -> Change:
        for listener in list(self._listeners):
            listener(change)
        return change

    # ------------------------------------------------------------------ commits

    def _commit(
        self,
        label: str,
        records: Sequence[Record],
        change: Change,
        *,
        undoable: bool = True,
        merge_key: Hashable | None = None,
    ) -> Change:
        """Save ``records`` together; remember what they were for undo."""
        edits: list[RecordEdit] = []
        with self.library.transaction():
            for record in records:
                before = self.library.find(type(record), record.id)
                self.library.save(record)
                edits.append(RecordEdit(before, record))
        if undoable:
            self.undo_stack.push(UndoEntry(label, edits, change, merge_key))
        return self._notify(change)

    def _update(
        self,
        record: R,
        changes: dict[str, Any],
        label: str,
        change: Change,
        *,
        merge_key: Hashable | None = None,
    ) -> R:
        """Save ``record`` with ``changes`` as one undo step; nothing when nothing changes.

        Edits of the same fields of one record (``merge_key``) merge into one undo
        step, as typing in one field does.
        """
        if all(getattr(record, k) == v for k, v in changes.items()):
            return record
        updated = record.touched(**changes)
        self._commit(label, [updated], change, merge_key=merge_key)
        return updated

    def undo(self) -> Change | None:
        with self.library.transaction():
            change = self.undo_stack.undo()
        return self._notify(change) if change else None

    def redo(self) -> Change | None:
        with self.library.transaction():
            change = self.undo_stack.redo()
        return self._notify(change) if change else None
