"""Undo commands. A Scenario is an immutable value, so a command simply holds the scenario before and after
(and which of the document's scenarios it is); undo and redo swap them into the document, showing that scenario.
Adding, renaming and removing scenarios hold the whole list before and after. Rapid edits of one field (a slider
drag, typing digits) merge into one command, named with the last value, until the document seals it (slider
released, editing finished)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from core.scenario import Scenario

if TYPE_CHECKING:
    from gui.document import ScenarioDocument

MERGE_ID = 0x5C3A  # any constant: QUndoStack only tries mergeWith on commands with equal non-negative ids


class EditCommand(QUndoCommand):
    def __init__(
        self,
        document: ScenarioDocument,
        before: Scenario,
        after: Scenario,
        text: str,
        merge_key: str | None = None,
        index: int | None = None,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self.index = index  # which of the document's scenarios (None: the active one)
        self.sealed = False

    def redo(self) -> None:
        self.document._apply(self.after, self.index)

    def undo(self) -> None:
        self.document._apply(self.before, self.index)

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, EditCommand)
            or self.sealed
            or other.merge_key != self.merge_key
            or other.index != self.index
            or other.document is not self.document
        ):
            return False
        self.after = other.after
        self.setText(other.text())  # "Set batch to 4", not the first step's value
        if self.after == self.before:
            self.setObsolete(True)  # dragged back to where it started: nothing to undo
        return True


ScenarioList = tuple[list[Scenario], int]  # the scenarios and the active index


class ScenarioListCommand(QUndoCommand):
    """Add, rename or remove a scenario: the document's whole list (and active index) before and after."""

    def __init__(self, document: ScenarioDocument, before: ScenarioList, after: ScenarioList, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.document._apply_list(*self.after)

    def undo(self) -> None:
        self.document._apply_list(*self.before)
