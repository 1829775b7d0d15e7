"""A search field over a grouped list (models by family, GPUs by vendor). Every word typed must match
(case-insensitive, any order): "llama 8b" finds "Llama 3.1 8B". Click or Enter picks an entry; Down moves from
the search field into the list.

The list highlights the document's entry and nothing else: while a filter hides it, no row is highlighted (Qt would
leave the old row, or none, highlighted when the filter or the document's entry changes)."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

Entry = tuple[str, str, str, str]  # id, text, tooltip, extra search words
_STATIC = Qt.WidgetAttribute.WA_StaticContents


class SearchTree(QWidget):
    picked = Signal(str)  # the entry's id
    pressed = Signal(str)  # an entry other than the document's pressed: its release (a click) will pick it

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.setFocusProxy(self.search)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._pick_first)
        self.search.installEventFilter(self)
        self.view.clicked.connect(self._pick)
        self.view.pressed.connect(self._press)
        self.view.activated.connect(self._pick)
        # The rows keep their pixels when the list changes height: a GPU or model whose line below the list takes
        # one line more or fewer (" (derived from the advertised size)") resizes the list twice (its picker's
        # layout gives it the line's old room, then the editor's gives the picker its new height), and each
        # resize repainted every visible row (the 350 × 190 px viewport, seen under Xvfb on a click), though only
        # the two rows whose selection changed had. Static, a taller viewport paints only the rows it uncovers; a
        # change of width still repaints it whole (its rows are elided to its width: see eventFilter).
        self.view.viewport().setAttribute(_STATIC, True)
        self.view.viewport().installEventFilter(self)
        self._items: dict[str, QStandardItem] = {}
        self._selected: str | None = None  # the document's entry

    def set_entries(self, groups: list[tuple[str, list[Entry]]]) -> None:
        self.model.clear()
        self._items.clear()
        for group, entries in groups:
            parent = QStandardItem(group)
            parent.setSelectable(False)
            font = parent.font()
            font.setBold(True)
            parent.setFont(font)
            parent.setData(group.lower(), SEARCH_ROLE)
            for entry_id, text, tooltip, words in entries:
                item = QStandardItem(text)
                item.setData(entry_id, ID_ROLE)
                item.setData(f"{group} {text} {entry_id} {words}".lower(), SEARCH_ROLE)
                item.setToolTip(tooltip)
                parent.appendRow(item)
                self._items[entry_id] = item
            self.model.appendRow(parent)
        self.view.expandAll()

    def ids(self) -> list[str]:
        return list(self._items)

    def visible_ids(self) -> list[str]:
        out = []
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            out += [self.proxy.index(r, 0, group).data(ID_ROLE) for r in range(self.proxy.rowCount(group))]
        return out

    def select_id(self, entry_id: str | None) -> None:
        """Show the document's current entry as selected, without emitting `picked`."""
        self._selected = entry_id
        self._show_selected()

    def view_index(self, entry_id: str | None) -> QModelIndex:
        """The entry's row in the view; invalid where there is no such entry or the filter hides it."""
        item = self._items.get(entry_id or "")
        return self.proxy.mapFromSource(item.index()) if item is not None else QModelIndex()

    def _show_selected(self) -> None:
        selection = self.view.selectionModel()
        index = self.view_index(self._selected)
        if not index.isValid():  # none, or filtered out
            selection.clear()  # the selection and the current row: no stale highlight
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _filter(self, text: str) -> None:
        words = [re.escape(w) for w in text.lower().split()]
        self.proxy.setFilterRegularExpression("".join(f"(?=.*{w})" for w in words))
        self.view.expandAll()
        self._show_selected()

    def _pick(self, index: QModelIndex) -> None:
        entry_id = index.data(ID_ROLE)
        if entry_id:
            self.picked.emit(str(entry_id))
        self._show_selected()  # a rejected pick (or a family heading) leaves the document's entry highlighted

    def _press(self, index: QModelIndex) -> None:
        entry_id = index.data(ID_ROLE)
        if entry_id and entry_id != self._selected:
            self.pressed.emit(str(entry_id))

    def _pick_first(self) -> None:
        ids = self.visible_ids()
        if ids:
            self.picked.emit(ids[0])
            self._show_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport():
            kind = event.type()
            if kind == QEvent.Type.Resize:
                assert isinstance(event, QResizeEvent)
                if event.size().width() != event.oldSize().width():  # its rows are elided to its width
                    self.view.viewport().update()  # (static contents: Qt would repaint only what the resize uncovered)
        elif watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self.view.setFocus()
                first = self.proxy.index(0, 0)
                if first.isValid() and not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.proxy.index(0, 0, first))
                return True
        return super().eventFilter(watched, event)
