"""Undo and redo for every change a facilitator makes, kept outside the widgets.

An entry holds record snapshots (before, after). Undo writes the "before"
version back (a record that did not exist is tombstoned); redo writes the
"after" version. Both get a fresh ``updated_at``, because an undo is a new edit
as far as merging with a colleague's file is concerned.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from praatplaat_app.domain import Record, utc_now


@dataclass
class Change:
    """What an operation changed, so that every view refreshes from one place."""

    what: frozenset[str] = frozenset()  # e.g. {"notes"}, {"indicators"}, {"routes"}
    session_id: str | None = None
    route_id: str | None = None

    def __or__(self, other: Change) -> Change:
        return Change(
            self.what | other.what,
            self.session_id or other.session_id,
            self.route_id or other.route_id,
        )


def changed(what: str, session_id: str | None = None, route_id: str | None = None) -> Change:
    """The :class:`Change` of one kind of record, in one conversation and/or route."""
    return Change(frozenset({what}), session_id=session_id, route_id=route_id)


@dataclass
class RecordEdit:
    before: Record | None
    after: Record


@dataclass
class UndoEntry:
    label: str
    edits: list[RecordEdit]
    change: Change
    merge_key: Hashable | None = None
    extra_undo: list[Callable[[], None]] = field(default_factory=list)


class UndoStack:
    """A linear undo history (Ctrl+Z / Ctrl+Shift+Z)."""

    def __init__(self, save: Callable[[Record], Record], limit: int = 500) -> None:
        self._save = save
        self._entries: list[UndoEntry] = []
        self._index = 0  # entries[:index] are done, entries[index:] are undone
        self._limit = limit
        self._merge_open = False

    def push(self, entry: UndoEntry) -> None:
        del self._entries[self._index :]
        top = self._entries[-1] if self._entries else None
        if (
            self._merge_open
            and top is not None
            and entry.merge_key is not None
            and top.merge_key == entry.merge_key
        ):
            # Typing in one field is one undo step, as in any text editor.
            for new_edit in entry.edits:
                for old_edit in top.edits:
                    if old_edit.after.id == new_edit.after.id:
                        old_edit.after = new_edit.after
                        break
                else:
                    top.edits.append(new_edit)
        else:
            self._entries.append(entry)
            if len(self._entries) > self._limit:
                del self._entries[0]
        self._index = len(self._entries)
        self._merge_open = entry.merge_key is not None

    def break_merge(self) -> None:
        """Start a new undo step at the next edit (focus left the field, time passed)."""
        self._merge_open = False

    def clear(self) -> None:
        self._entries.clear()
        self._index = 0
        self._merge_open = False

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._entries)

    @property
    def undo_label(self) -> str:
        return self._entries[self._index - 1].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        return self._entries[self._index].label if self.can_redo else ""

    def undo(self) -> Change | None:
        if not self.can_undo:
            return None
        self._merge_open = False
        self._index -= 1
        entry = self._entries[self._index]
        for edit in reversed(entry.edits):
            if edit.before is None:
                self._save(dataclasses.replace(edit.after, deleted=True, updated_at=utc_now()))
            else:
                self._save(dataclasses.replace(edit.before, updated_at=utc_now()))
        return entry.change

    def redo(self) -> Change | None:
        if not self.can_redo:
            return None
        self._merge_open = False
        entry = self._entries[self._index]
        self._index += 1
        for edit in entry.edits:
            self._save(dataclasses.replace(edit.after, updated_at=utc_now()))
        return entry.change
