"""The cheapest changes that make a scenario fit (`core.fit.suggestions`), each a link: one click applies
it as one undoable edit. Shown by the answer panel and by the fit explorer; the figures are the engine's
re-estimate of the changed scenario."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.estimate import resolve_gpu
from core.fit import Edit, GpusNeeded, Suggestion
from core.scenario import Scenario
from gui.format import fmt_bytes
from gui.i18n_engine import catalogue_name, engine_text, layout_text, suggestion_title
from gui.panels.binding import set_tip


def scenario_gpu_name(scenario: Scenario) -> str:
    return catalogue_name(resolve_gpu(scenario).name)


def link(text: str) -> str:
    """The whole line as one link (the label's link colour follows the theme's palette)."""
    return f'<a href="apply" style="text-decoration:none">{html.escape(text)}</a>'.replace("\n", "<br>")


class SuggestionList(QWidget):
    apply_requested = Signal(str, object)  # the suggestion's title (the undo step's name), its edits

    MAX = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = "GiB"
        self.heading = QLabel(self)
        self.heading.setObjectName("SuggestionHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.buttons: list[QLabel] = []
        self._items: list[Suggestion] = []
        self._fewest: tuple[str, tuple[Edit, ...]] | None = None
        self._fewest_args: tuple[GpusNeeded, Scenario] | None = None
        self._searching = False
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        for i in range(self.MAX + 1):  # the fewest GPUs that fit (always named), then the cheapest changes
            # a link in a wrapping label: a long change wraps in a narrow window instead of widening it
            button = QLabel(self)
            button.setObjectName("Suggestion")
            button.setWordWrap(True)
            button.setContentsMargins(6, 0, 0, 0)
            button.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            button.linkActivated.connect(lambda _href, k=i: self.activate(k))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)  # the rows at the top of the room kept for them (_keep_room)
        # a row's one line, measured as the rows are drawn (their font, their style, the language's glyphs)
        self._probe = QLabel(self)
        self._probe.setObjectName("Suggestion")
        self._probe.setWordWrap(True)
        self._probe.hide()
        self._reserved = 0
        self._room_key: object = None
        self._kept: dict[object, tuple[int, int]] = {}  # per key: (at this width, the most room taken while shown)
        self.set_suggestions((), searching=False)
        self._keep_room()

    # The answer's height, and both charts' below it, should not move as the changes come and go. They come 250 ms
    # or more after an edit (the fit explorer's job), two to four rows of one or two lines as the scenario goes:
    # each count gave the answer another height, and the charts moved by a line or more on most batch edits in
    # training, where the bench's scenario does not fit. The list takes room for the heading and MAX + 1 rows of one
    # line whatever it shows, and keeps the most room it has taken at its width for its owner's key (the answer's:
    # the mode), until the owner forgets it (the scenario fits in that mode); at another width it starts again.
    def _keep_room(self) -> None:
        """The room for the heading and MAX + 1 rows of one line, measured as the rows are drawn (their font and
        style, the language's glyphs)."""
        self._probe.setText(self._row_text("M", "1 GiB", "1 GiB"))
        self._probe.ensurePolished()
        row = self._probe.heightForWidth(100_000)
        margins = self._layout.contentsMargins()
        self._reserved = margins.top() + margins.bottom() + self.heading.sizeHint().height() + (self.MAX + 1) * row
        self._kept.clear()
        self._take_room()

    def keep_room_for(self, key: object) -> None:
        """The room kept from now on is `key`'s (the rows shown are that key's)."""
        if key != self._room_key:
            self._room_key = key
            self._take_room()

    def forget_room(self, key: object) -> None:
        self._kept.pop(key, None)
        if key == self._room_key:
            self._take_room()

    def _take_room(self) -> None:
        width = self.width()
        kept_width, kept = self._kept.get(self._room_key, (width, 0))
        need = self._layout.totalHeightForWidth(width) if self.isVisible() and width > 0 else 0
        self._kept[self._room_key] = (width, max(need, kept if kept_width == width else 0))
        self.setMinimumHeight(max(self._reserved, self._kept[self._room_key][1]))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._keep_room()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._take_room()  # (at another width the rows wrap otherwise: the room kept is measured again)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._take_room()

    def _row_text(self, title: str, total: str, headroom: str) -> str:
        """A change's row, a link (its room is measured on one such row: _keep_room)."""
        return link(self.tr("▸ {0} → {1} per GPU, headroom {2}").format(title, total, headroom))

    def set_unit(self, unit: str) -> None:
        self.unit = unit
        self.set_suggestions(self._items, fewest=self._fewest_args)

    def set_suggestions(
        self,
        items: Sequence[Suggestion],
        *,
        searching: bool = False,
        fewest: tuple[GpusNeeded, Scenario] | None = None,
    ) -> None:
        """`searching`: the scenario does not fit and its suggestions are being computed. `fewest`: the fewest GPUs
        of the scenario's type that fit and their layout, named first unless a suggestion already makes exactly
        that change."""
        self._items = list(items)[: self.MAX]
        self._searching = searching
        for button in self.buttons:
            button.setEnabled(not searching)
        self._fewest_args = fewest
        self._fewest = None
        fewest_text = fewest_tip = ""
        if fewest is not None and not searching:
            needed, scenario = fewest
            if needed.found and needed.layout is not None and all(s.edits != needed.edits for s in self._items):
                title = self.tr("Use {0} GPUs").format(needed.gpus)
                self._fewest = (title, needed.edits)
                fewest_text = self.tr("▸ Fewest GPUs that fit: {0} × {1} ({2}) → {3} per GPU, headroom {4}").format(
                    needed.gpus,
                    scenario_gpu_name(scenario),
                    layout_text(needed.layout, scenario),
                    fmt_bytes(needed.total_bytes or 0, self.unit),
                    fmt_bytes(needed.headroom_bytes or 0, self.unit),
                )
                fewest_tip = engine_text(needed.explanation, self.unit)
            elif not needed.found:  # what was tried: the GPU count and its layout, every other setting as it is
                fewest_text = (
                    self.tr(
                        "More GPUs alone do not make it fit: at the current settings, no layout of up to {0} GPUs of "
                        "this type fits. Each change below also alters another setting:"
                    )
                    if self._items
                    else self.tr(
                        "More GPUs alone do not make it fit: at the current settings, no layout of up to {0} GPUs of "
                        "this type fits."
                    )
                ).format(f"{needed.searched_up_to:,}")
                fewest_tip = engine_text(needed.explanation, self.unit)
        if searching:
            self.heading.setText(self.tr("Looking for the cheapest changes that make it fit…"))
        elif self._items or self._fewest is not None:
            self.heading.setText(self.tr("Make it fit — one click applies a change (Edit ▸ Undo takes it back):"))
        else:
            self.heading.setText(self.tr("No single change tried makes it fit."))
        first = self.buttons[0]
        first.setText(link(fewest_text) if self._fewest is not None else html.escape(fewest_text))
        set_tip(first, fewest_tip)
        first.setVisible(bool(fewest_text))
        for i, button in enumerate(self.buttons[1:]):
            if i < len(self._items):
                s = self._items[i]
                button.setText(
                    self._row_text(
                        suggestion_title(s), fmt_bytes(s.total_bytes, self.unit), fmt_bytes(s.headroom_bytes, self.unit)
                    )
                )
                set_tip(
                    button,
                    self.tr("{0}\nCost: {1}\n{2} of {3} usable after the change (re-estimated)").format(
                        suggestion_title(s),
                        engine_text(s.cost, self.unit),
                        fmt_bytes(s.total_bytes, self.unit),
                        fmt_bytes(s.usable_bytes, self.unit),
                    ),
                )
                button.setVisible(True)
            else:
                button.setVisible(False)
        if self._reserved:  # (set once built)
            self._take_room()

    def set_searching(self) -> None:
        """The scenario changed and still does not fit: its changes are being computed. The previous rows stay,
        greyed and inert, so the answer does not shrink and grow again while the user types."""
        self.heading.setText(self.tr("Looking for the cheapest changes that make it fit…"))
        self._searching = True
        for button in self.buttons:
            button.setEnabled(False)

    def items(self) -> list[Suggestion]:
        return list(self._items)

    def activate(self, row: int) -> None:
        """What a click on row `row` does (0: the fewest GPUs; 1…: the cheapest changes)."""
        if self._searching:
            return  # the rows are the previous scenario's
        i = row - 1
        if i < 0:
            if self._fewest is not None:
                self.apply_requested.emit(*self._fewest)
        elif i < len(self._items):
            s = self._items[i]
            self.apply_requested.emit(suggestion_title(s), s.edits)
