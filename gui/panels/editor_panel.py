"""The scenario editor (left side): model, GPU, precision, workload, parallelism, training run — each its own
panel bound to the document, stacked in a scroll area. Tab order follows the reading order.

The editor is taller than most windows, so the mouse wheel must scroll it: a spin box, combo box or slider only
takes the wheel once it has focus (clicked or tabbed into); over any other field the wheel scrolls the editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QFrame, QScrollArea, QSlider, QVBoxLayout, QWidget

from core.scenario import Scenario
from gui.document import ScenarioDocument
from gui.panels.gpu_picker import GpuPicker
from gui.panels.model_picker import ModelPicker
from gui.panels.parallelism_panel import ParallelismPanel
from gui.panels.precision_panel import PrecisionPanel
from gui.panels.training_panel import TrainingPanel
from gui.panels.workload_panel import WorkloadPanel
from gui.widgets.handle_scroll_bar import HandleScrollBar

WHEEL_FIELDS = (QAbstractSpinBox, QComboBox, QSlider)  # QSlider, not QAbstractSlider: the lists' scroll bars scroll


class EditorPanel(QScrollArea):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a switch between inference and training changes the body's height, and with it the bar's range: only its
        # handle is repainted (gui/widgets/handle_scroll_bar.py)
        self.setVerticalScrollBar(HandleScrollBar(Qt.Orientation.Vertical, self))
        body = self._body = QWidget(self)
        # The first and the last to see a change (slots run in the order they were connected): the panels show and
        # hide their rows with their layouts held (see _hold_layouts)
        document.changed.connect(self._hold_layouts)
        self.model_picker = ModelPicker(document, body)
        self.gpu_picker = GpuPicker(document, body)
        self.workload = WorkloadPanel(document, body)
        self.precision = PrecisionPanel(document, body)
        self.parallelism = ParallelismPanel(document, body)
        self.training = TrainingPanel(document, body)
        layout = _BodyLayout(body, self._body_height)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        for panel in (
            self.model_picker,
            self.gpu_picker,
            self.workload,
            self.precision,
            self.training,
            self.parallelism,
        ):
            layout.addWidget(panel)
        layout.addStretch(1)
        self.setWidget(body)
        # The body changes height on a mode switch (rows shown and hidden): what is already painted stays where it
        # is. Without this, any change of its height repainted the whole editor, both lists included.
        body.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumWidth(380)
        self._layouts = [held for w in (body, *body.findChildren(QWidget)) if (held := w.layout()) is not None]
        document.changed.connect(self._release_layouts)
        self._wheel_guard = _WheelGuard(self)
        for field in body.findChildren(QWidget):
            if isinstance(field, WHEEL_FIELDS):
                field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: a wheel turn gives no focus
                field.installEventFilter(self._wheel_guard)
        # the least width is the content's own (see _fit_width), looked at again only where the content changes it
        self._holders = [holder for held in self._layouts if (holder := held.parentWidget()) is not None]
        # those whose rows a switch between inference and training shows or hides: the panels below the lists, in
        # this window (not a combo's popup). Told of a switch, all 72 were measured again: about 1.5 ms a switch.
        lists = (self.model_picker, self.gpu_picker)
        self._mode_holders = [
            holder
            for holder in self._holders
            if holder.window() is self.window() and not any(p is holder or p.isAncestorOf(holder) for p in lists)
        ]
        # held while rows are shown and hidden: those in this window (the combos' popups, 54 of the 72 layouts, are
        # windows of their own, never laid out by a row shown here; setting each of them cost 0.08 ms an edit)
        self._held = [
            held
            for held in self._layouts
            if (holder := held.parentWidget()) is not None and holder.window() is self.window()
        ]
        self._mode = document.scenario.workload.mode
        document.changed.connect(self._mode_changed)
        self._fit_width()

    def _hold_layouts(self) -> None:
        """Qt lays out a shown widget's parent and every layout above it at once, before the widget is shown: a
        switch between inference and training shows and hides some 20 rows, and the whole editor was laid out
        again for each of them (its lists resized 14 times a switch, counted). Held, the rows change first and the
        editor is laid out once, when its layout request is delivered (before the window is painted)."""
        for layout in self._held:
            layout.setEnabled(False)

    def _release_layouts(self) -> None:
        for layout in self._held:
            layout.setEnabled(True)

    def _fit_width(self, grow_only: bool = False) -> None:
        """The editor's least width: its content's own least width, the scroll bar's and the frame's. A fixed 380 px
        was 38 px short of the content in English inference mode (404 px and a 14 px scroll bar): the splitter let
        the user narrow the column until "Custom GPU…" and the model's line were cut off at the right. The content's
        least width depends on the rows the mode shows, the language and the font, so this runs when one of those
        changes, never on an ordinary edit."""
        body = self.widget()
        if body is None:
            return
        # a row shown or hidden told only its own panel so far (the layouts above learn of it when the panel's layout
        # request is delivered): the sizes they keep are from before; told now, they are measured afresh
        for holder in self._mode_holders if grow_only else self._holders:
            holder.updateGeometry()
        bar = self.verticalScrollBar().sizeHint().width()  # kept free even where the content fits: no jump
        least = body.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        if grow_only:
            least = max(least, self.minimumWidth())
        if least != self.minimumWidth():
            self.setMinimumWidth(least)

    def _mode_changed(self, scenario: Scenario) -> None:
        if scenario.workload.mode != self._mode:
            self._mode = scenario.workload.mode
            # The two modes' rows differ in least width by a pixel or two (941 and 942 px for the window, in English):
            # a new least width lays the whole window out again, on every switch. A switch only widens it, to the
            # wider mode's; a new language, font or style measures it afresh.
            self._fit_width(grow_only=True)
            # The body is laid out now, before its panels: a panel that gained rows (workload going to inference,
            # precision and parallelism going to training) was laid out first in its old height, every field
            # squeezed below its least height, and again once the body had given it its new height (Qt delivers
            # the panels' layout requests before the body's). Given its height first, each panel is laid out once,
            # when its own request is delivered: 52 resizes and 53 moves of the editor's widgets a switch, now 4
            # and 7 (counted).
            layout = self._body.layout()
            if layout is not None:
                layout.activate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange, QEvent.Type.StyleChange):
            # the fields see the change after the editor does: measured once they have
            QTimer.singleShot(0, self, self._fit_width)

    def _body_height(self) -> int:
        """The height the scroll area gives the body (QScrollArea, widgetResizable): the viewport's, or the body's
        minimum, or its height for its width, whichever is the most."""
        body = self._body
        height = max(self.viewport().height(), body.minimumSizeHint().height())
        if body.hasHeightForWidth():
            height = max(height, body.heightForWidth(body.width()))
        return height


class _BodyLayout(QVBoxLayout):
    """The editor body's layout. The scroll area gives the body its new height only after the body's own layout
    has run: a body that grows (a switch to training) was laid out squeezed into its old height first (both lists
    shrunk, every panel moved), then again at its new height, and the whole editor repainted for it. Here a body
    about to be laid out in less than the height it will get is grown first, and laid out once, at that height
    (Qt lays a resized body out again; where it would not, this does)."""

    def __init__(self, body: QWidget, height: Callable[[], int]) -> None:
        super().__init__(body)
        self._height = height
        self._growing = False

    def setGeometry(self, rect: QRect) -> None:
        body = self.parentWidget()
        if body is not None and not self._growing:
            height = self._height()
            if body.height() < height:
                self._growing = True
                self._laid_out = False
                try:
                    body.resize(body.width(), height)  # Qt lays it out again, at the new height
                finally:
                    self._growing = False
                if not self._laid_out:
                    super().setGeometry(body.contentsRect())
                return
        self._laid_out = True
        super().setGeometry(rect)


class _WheelGuard(QObject):
    """On every field that takes the wheel: a wheel turn over an unfocused one scrolls the editor. A filter of its
    own, not the scroll area's eventFilter (which its scroll bars' events pass through), and the event's class
    checked first: every event of every field passes here (a mode switch shows and hides dozens of them)."""

    def __init__(self, editor: EditorPanel) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QWheelEvent) and isinstance(watched, QWidget) and not watched.hasFocus():
            self.editor.wheelEvent(event)  # the scroll area's own handling: its scroll bar moves
            return True
        return False
