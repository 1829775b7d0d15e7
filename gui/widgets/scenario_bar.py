"""The scenarios of the document as a row of tabs above the window's body: click to show one in the editor,
double-click to rename, × to remove (not on the last one), + to add a copy of the shown one. Right-click offers
the same. It only asks the document (add, rename, remove, switch) and redraws when the document says its list
changed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QStyle,
    QStyleOptionTab,
    QTabBar,
    QToolButton,
    QWidget,
)

from core.scenario import Scenario
from gui.document import ScenarioDocument
from gui.elide import elide_apart, least_text
from gui.fields import mode_words, scenario_name
from gui.i18n_engine import catalogue_name


def describe(s: Scenario) -> str:
    """'Llama 3.1 8B · inference · bf16 · 1 × h100-sxm-80gb': a tab's tooltip."""
    fmt = s.precision.training if s.workload.mode == "training" else s.precision.weights
    name = catalogue_name(s.model.architecture.name)
    return f"{name} · {mode_words(s.workload.mode)} · {fmt} · {s.parallelism.gpus} × {s.gpu.id}"


class _Tabs(QTabBar):
    """A tab asks for its whole name and shrinks, elided, only when the bar is short of room: the other tabs first,
    down to MIN_CHARS characters, so that the scenario shown keeps as much of its name as the bar has room for.
    Where even that is more than the bar has (two long names in the editor column at its least width, 266 px for the
    tabs: they asked for 2 × 148 px, and the bar scrolled the first name's start out of view, issue 11), every tab
    gets an equal share, down to FEW_CHARS characters; only then does the bar scroll, rather than every tab
    shrinking to "Ll…". (Sizes, not a style sheet: one would replace the theme's tab look.) The tooltip names the
    scenario in full.

    A shortened name never reads like another tab's: cut in the middle, it keeps enough of its start or end to tell
    it apart (gui/elide.py), and its tab is never narrower than that needs. Qt's middle elision alone made "Llama
    3.1 70B on 4 × A100, fp8 weights, vLLM" and "…, bf16 weights, vLLM" both read "…" at 1280×720 (seen on Xvfb,
    issue 11); where the bar cannot give every tab that much, it scrolls rather than mislead."""

    MIN_CHARS = 16
    FEW_CHARS = 5

    def _char(self) -> float:
        # a Latin letter's mean width: a Chinese font's averageCharWidth is near a CJK glyph's, twice as wide,
        # and the bar scrolled in the Chinese window with two tabs (seen on Xvfb)
        return self.fontMetrics().horizontalAdvance("abcdefghijklmnopqrstuvwxyz") / 26

    def names(self) -> list[str]:
        """The tabs' names as shown (a tab's text doubles a name's '&', which would otherwise mark a shortcut)."""
        return [self.tabText(i).replace("&&", "&") for i in range(self.count())]

    def _least(self, index: int, chars: int) -> int:
        """The width of the tab with `chars` characters of its name shown (the tab's frame and × take 40 px), or its
        whole name's where that is narrower; never less than the text that tells it from the other tabs needs."""
        whole = super().tabSizeHint(index).width()
        names, metrics = self.names(), self.fontMetrics()
        frame = whole - metrics.horizontalAdvance(names[index])  # the tab's margins and × (48 px with Fusion)
        apart = metrics.horizontalAdvance(least_text(names, index)) + frame
        return min(whole, max(round(self._char() * chars) + 40, apart))

    def initStyleOption(self, option: QStyleOptionTab, index: int) -> None:
        """The text a tab paints: its name, shortened by elide_apart where Qt would shorten it."""
        super().initStyleOption(option, index)
        names = self.names()
        if option.text.replace("&&", "&") == names[index]:
            return  # whole
        room = self.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, self).width()
        metrics = self.fontMetrics()
        text = elide_apart(names, index, lambda t: metrics.horizontalAdvance(t) <= room)
        option.text = text.replace("&", "&&")

    def _leasts(self) -> list[int]:
        leasts = [self._least(i, self.MIN_CHARS) for i in range(self.count())]
        if sum(leasts) > self.width() and self.count():
            share = self.width() // self.count()
            leasts = [max(self._least(i, self.FEW_CHARS), min(least, share)) for i, least in enumerate(leasts)]
        return leasts

    def minimumTabSizeHint(self, index: int) -> QSize:
        size = super().tabSizeHint(index)
        leasts = self._leasts()
        least = leasts[index]
        if index == self.currentIndex():  # what the others leave at their least, up to its whole name
            others = sum(leasts) - least
            least = max(least, min(size.width(), self.width() - others))
        return QSize(least, size.height())


class ScenarioBar(QWidget):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.setSpacing(4)
        self.caption = QLabel(self.tr("Scenarios:"), self)
        self.tabs = _Tabs(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        # elide in the middle: a copy ("… (copy)") keeps its tail, so it never reads like the scenario it copies
        self.tabs.setElideMode(Qt.TextElideMode.ElideMiddle)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.add_button = QToolButton(self)
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(self.tr("Add a scenario: a copy of the one shown, to change and compare"))
        layout.addWidget(self.caption)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(document.add_scenario)
        self.tabs.currentChanged.connect(self._picked)
        self.tabs.tabCloseRequested.connect(document.remove_scenario)
        self.tabs.tabBarDoubleClicked.connect(self.rename)
        self.tabs.customContextMenuRequested.connect(self._menu_at)
        document.scenarios_changed.connect(self.refresh)
        document.changed.connect(self._describe_active)  # an edit changes what the active tab's tooltip says
        self.refresh()

    def refresh(self) -> None:
        scenarios, active = self.document.scenarios, self.document.active
        self.tabs.blockSignals(True)
        try:
            while self.tabs.count() > len(scenarios):
                self.tabs.removeTab(self.tabs.count() - 1)
            while self.tabs.count() < len(scenarios):
                self.tabs.addTab("")
            for i, s in enumerate(scenarios):
                self.tabs.setTabText(i, scenario_name(s.name).replace("&", "&&"))
                self._describe(i, s)
            self.tabs.setTabsClosable(len(scenarios) > 1)
            self.tabs.setCurrentIndex(active)
        finally:
            self.tabs.blockSignals(False)

    def _describe(self, i: int, s: Scenario) -> None:
        """The tab's tooltip: the scenario's whole name (its tab may show it elided), then what it is."""
        about = f"{scenario_name(s.name)}\n{describe(s)}"
        self.tabs.setTabToolTip(i, self.tr("{0}\nDouble-click to rename; right-click for more").format(about))

    def _describe_active(self, scenario: Scenario) -> None:
        i = self.document.active
        if 0 <= i < self.tabs.count():
            self._describe(i, scenario)

    def _picked(self, index: int) -> None:
        if index >= 0:
            self.document.switch_to(index)

    def rename(self, index: int) -> None:
        if not 0 <= index < len(self.document.scenarios):
            return
        old = self.document.scenarios[index].name
        dialog = QInputDialog(self.window())
        dialog.setWindowTitle(self.tr("Rename scenario"))
        dialog.setLabelText(self.tr("Name:"))
        dialog.setTextValue(old)
        # wide enough for a descriptive name ("H100 · bf16 · vLLM, 16 users"), not QInputDialog's narrow default
        dialog.resize(max(420, self.fontMetrics().horizontalAdvance(old) + 80), dialog.sizeHint().height())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document.rename_scenario(index, dialog.textValue())

    def _menu_at(self, pos: QPoint) -> None:
        index = self.tabs.tabAt(pos)
        if index < 0:
            index = self.document.active
        self._menu = self.context_menu(index)
        self._menu.popup(self.tabs.mapToGlobal(pos))

    def context_menu(self, index: int) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Show"), lambda: self.document.switch_to(index))
        menu.addAction(self.tr("Duplicate"), lambda: self._duplicate(index))
        menu.addAction(self.tr("Rename…"), lambda: self.rename(index))
        remove = menu.addAction(self.tr("Remove"), lambda: self.document.remove_scenario(index))
        remove.setEnabled(len(self.document.scenarios) > 1)
        return menu

    def _duplicate(self, index: int) -> None:
        self.document.switch_to(index)
        self.document.add_scenario()
