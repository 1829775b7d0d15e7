"""What both charts share: a title, one plot and a legend below it, laid out in one scene (so an exported image
carries all three), colours from the widget's palette, no accidental pan/zoom, and a context menu with the
export actions. Subclasses create their plot items once in `_build` and update them in `_update`."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import pyqtgraph as pg
import pyqtgraph.functions as fn
from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPoint, QPointF, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QHideEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QStaticText,
    QTextCursor,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsTextItem,
    QGraphicsView,
    QMenu,
    QSizePolicy,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from gui.charts.axes import tick_painter
from gui.i18n_engine import catalogue_name
from gui.presenter import ViewData
from gui.theme import ChartStyle

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Dashes:
    """A line's own dash pattern (QPen's: dash and gap lengths in pen widths), where along it the line starts and
    its width, so a legend sample can be drawn exactly like the line it names; `beneath`: the colour of a line it
    lies on, which shows in its gaps (the legend draws that under the sample too)."""

    pattern: tuple[float, ...]
    offset: float = 0.0
    width: float = 2.0
    beneath: QColor | None = None

    def apply(self, pen: QPen) -> None:
        pen.setDashPattern(list(self.pattern))
        pen.setDashOffset(self.offset)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # a square cap would lengthen each dash into the next gap


# key, label, colour, "box" | "line" | "none", dashed (True: Qt's dashed line; Dashes: that pattern)[, reserve]
LegendEntry = tuple[str, str, QColor, str, bool | Dashes] | tuple[str, str, QColor, str, bool | Dashes, str]


@dataclass(frozen=True)
class LegendRow:
    key: str
    label: str
    colour: QColor
    kind: str  # "box" | "line" | "none" (no sample: a mark the chart does not draw now)
    dashed: bool | Dashes
    reserve: str = ""  # a text the row keeps room for, whichever it shows: its columns stay where they are


class Legend(pg.GraphicsWidget):
    """The legend under the plot, painted directly rather than built of pyqtgraph's LegendItem and LabelItems:
    its texts carry values that change on every edit, and re-setting a LabelItem re-lays-out the whole chart (the
    plot resizes, the axes redraw). Here a text change is a repaint; the chart's layout only moves when the number
    of legend rows changes. Entries fill rows left to right in as many columns (1 to 4) as fit the width, so
    column j holds entries j, j + n, j + 2n …; spare width is shared between the columns."""

    ROW_PX = 20
    SAMPLE_PX = 22
    GAP_PX = 8  # sample to text
    COLUMN_GAP_PX = 18
    MAX_COLUMNS = 4

    rows_changed = Signal()  # the legend's height changed: the chart's minimum height follows it

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[LegendRow] = []
        self.text_colour = QColor("#000000")
        self.font_ = QFont()
        self.font_.setPointSizeF(9.0)
        self._metrics = QFontMetricsF(self.font_)
        self._widths: list[float] = []
        self._room: list[float] = []
        self._text_widths: dict[str, float] = {}
        self._statics: dict[str, QStaticText] = {}
        self._columns = 1
        self._rows = 0
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(0)
        self._set_rows(0)

    @property
    def columns(self) -> int:
        return self._columns

    def set_entries(self, entries: list[LegendRow]) -> None:
        if entries == self.entries:
            return
        self.entries = list(entries)
        self._widths = [self._text_width(e.label) for e in self.entries]
        # the columns are laid out for the wider of a row's texts, so a row that swaps its text (the largest
        # context that fits, and none) moves no column and adds no row: the plot keeps its height
        self._room = [max(w, self._text_width(e.reserve)) for w, e in zip(self._widths, self.entries, strict=True)]
        self._relayout()
        self.update()

    def _static_text(self, text: str) -> QStaticText:
        """Laid out once per text: the legend is repainted on every edit, mostly with the same texts."""
        static = self._statics.get(text)
        if static is None:
            if len(self._statics) > 256:
                self._statics.clear()
            static = self._statics[text] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), self.font_)
        return static

    def _text_width(self, text: str) -> float:
        width = self._text_widths.get(text)
        if width is None:
            if len(self._text_widths) > 512:
                self._text_widths.clear()
            width = self._text_widths[text] = self._metrics.horizontalAdvance(text)
        return width

    def set_text_colour(self, colour: QColor) -> None:
        self.text_colour = QColor(colour)
        self.update()

    def _entry_width(self, i: int) -> float:
        return self.SAMPLE_PX + self.GAP_PX + self._room[i]

    def _fit_columns(self, width: float) -> int:
        n_entries = len(self.entries)
        for n in range(min(self.MAX_COLUMNS, n_entries), 1, -1):
            need = sum(max(self._entry_width(i) for i in range(j, n_entries, n)) for j in range(n))
            if need + (n - 1) * self.COLUMN_GAP_PX <= width - 16:
                return n
        return 1

    def _relayout(self) -> None:
        self._columns = self._fit_columns(self.width()) if self.entries else 1
        self._set_rows(math.ceil(len(self.entries) / self._columns))

    def _set_rows(self, rows: int) -> None:
        self._rows = rows
        height = rows * self.ROW_PX + 4 if rows else 0
        if self.minimumHeight() != height:
            self.setFixedHeight(height)  # the chart re-lays-out only here
            self.rows_changed.emit()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self._relayout()

    def column_x(self) -> list[float]:
        """Left edge of each column: natural widths, spare width shared."""
        n, count = self._columns, len(self.entries)
        widths = [max(self._entry_width(i) for i in range(j, count, n)) for j in range(min(n, count))]
        spare = max(0.0, self.width() - 16 - sum(widths) - (len(widths) - 1) * self.COLUMN_GAP_PX)
        xs, x = [], 8.0
        for w in widths:
            xs.append(x)
            x += w + self.COLUMN_GAP_PX + spare / max(1, len(widths))
        return xs

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem | None = None, widget: QWidget | None = None) -> None:
        if not self.entries:
            return
        xs = self.column_x()
        p.setFont(self.font_)
        text_width = self.width() - 8
        text_pen = QPen(self.text_colour)
        antialiased: bool | None = None
        # Only the rows that fit the legend's current height. Rows added by set_entries are laid out (the legend
        # grows) after this paint may run; drawn now they would fall outside the legend, where nothing repaints
        # them: on screen that left an extra half-clipped row, with the values it had, under the legend.
        rows_fit = int((self.height() - 4) // self.ROW_PX)
        for i, entry in enumerate(self.entries[: rows_fit * self._columns]):
            x = xs[i % self._columns]
            y = 2 + (i // self._columns) * self.ROW_PX
            if antialiased is not (entry.kind != "box"):  # set only where it changes: most rows are boxes
                antialiased = entry.kind != "box"
                p.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
            if entry.kind == "box":
                pen, brush = self._box_style(entry.colour)
                p.setPen(pen)
                p.setBrush(brush)
                p.drawRect(QRectF(x + 4, y + 3, 14, 13))
            elif entry.kind == "line":
                if isinstance(entry.dashed, Dashes):  # as wide as the line it names: the pattern is in pen widths
                    if entry.dashed.beneath is not None:
                        under = QPen(entry.dashed.beneath, entry.dashed.width)
                        under.setCapStyle(Qt.PenCapStyle.FlatCap)
                        p.setPen(under)
                        p.drawLine(QPointF(x + 1, y + 10), QPointF(x + 21, y + 10))
                    line_pen = QPen(entry.colour, entry.dashed.width)
                    entry.dashed.apply(line_pen)
                else:
                    line_pen = QPen(entry.colour, 2.5 if not entry.dashed else 2)
                    if entry.dashed:
                        line_pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(line_pen)
                p.drawLine(QPointF(x + 1, y + 10), QPointF(x + 21, y + 10))
            p.setPen(text_pen)
            left = x + self.SAMPLE_PX + self.GAP_PX
            room = text_width - left if self._columns == 1 else self._room[i] + 1
            text = (
                entry.label
                if self._widths[i] <= room
                else self._metrics.elidedText(entry.label, Qt.TextElideMode.ElideRight, room)
            )
            static = self._static_text(text)
            p.drawStaticText(QPointF(left, y + (self.ROW_PX - static.size().height()) / 2), static)

    _box_styles: ClassVar[dict[int, tuple[QPen, QBrush]]] = {}

    @classmethod
    def _box_style(cls, colour: QColor) -> tuple[QPen, QBrush]:
        """A box sample's outline (its colour a little darker) and fill, made once per colour."""
        key = colour.rgba()
        style = cls._box_styles.get(key)
        if style is None:
            style = cls._box_styles[key] = (QPen(colour.darker(125), 1), QBrush(colour))
        return style


def keep_layouts(item: QGraphicsTextItem) -> None:
    """Keep each of the text item's lines shaped from one paint to the next (call after its text changes): Qt's
    text layout frees a line's glyphs once it is laid out and shapes the text again for every paint (the default,
    to save memory), the same glyphs each time."""
    block = item.document().begin()
    while block.isValid():
        block.layout().setCacheEnabled(True)
        block = block.next()


class TitleText(QGraphicsTextItem):
    """The title's text (pyqtgraph's LabelItem draws it with a QGraphicsTextItem). Qt repaints it whenever a repaint
    of the chart reaches its bounds, and drawing it lays its HTML out again (about 0.2 ms). Two things cut that, with
    the same pixels:

    - its lines keep their shaped glyphs (QTextLayout frees them after laying a line out, and shapes the text again
      for every paint: the caption is long, in two fonts);
    - a repaint that reaches only the outer half of the document's empty margin (`documentMargin` px on each side,
      where QTextDocument draws no text) draws nothing. Qt widens every changed rectangle by 2 px for anti-aliasing,
      so a redrawn axis (its bounds start at the plot's top edge, 2 px below the title) reached 1 px into the bench
      window's 41 px title: the title was drawn again on every edit that moved an axis (a batch or concurrency edit;
      0.05-0.3 ms of the context chart's repaint, measured)."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        # Qt works out the part of the item a repaint exposes (option.exposedRect) only for items that ask for it
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def keep_layouts(self) -> None:
        """Keep each line's shaped glyphs from one paint to the next (call after the text changes)."""
        keep_layouts(self)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        margin = self.document().documentMargin()
        # half the margin: room for a glyph that inks a little beyond its line
        inside = self.boundingRect().adjusted(margin / 2, margin / 2, -margin / 2, -margin / 2)
        if option.exposedRect.intersects(inside):
            super().paint(p, option, widget)  # type: ignore[arg-type]


def _as_parsed(text: str) -> bool:
    """Whether HTML keeps the text as it is: not empty, and no white space its parser would collapse or drop
    (runs, line breaks, tabs, either end)."""
    return bool(text) and " ".join(text.split()) == text


def _utf16(text: str) -> int:
    """The text's length in a QTextDocument's positions (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


class ChartTitle(pg.LabelItem):
    """The chart's title and caption: pyqtgraph's LabelItem, which asks the chart for a new layout only when its
    height changes. LabelItem makes its text's width its minimum and preferred width, and asks for a layout three
    times on every text change: each edit that changed the caption (another model or GPU, a switch to training)
    laid the whole chart out again (main-thread CPU per edit in bench/gui_latency.py, measured: a mode switch 34.5 →
    32.6 ms, a model switch 19.0 → 18.4). The layout gives it the chart's width, whatever its text: the text is
    centred in it, as before."""

    def __init__(self, text: str = " ", **args: object) -> None:
        self._lines: tuple[str, str, int] | None = None  # set_lines' title, caption and colour, while they stand
        super().__init__(text, **args)
        plain: QGraphicsTextItem = self.item  # LabelItem's own text item: replaced by one that draws only where it inks
        plain.setParentItem(None)  # type: ignore[arg-type]
        self.item: QGraphicsTextItem = TitleText(self)
        self.item.document().setUndoRedoEnabled(False)  # set_lines edits it: no undo history to keep
        self.setText(self.text)

    def setText(self, text: str, **args: object) -> None:  # LabelItem.setText, less its unconditional layout request
        self.text = text
        self.opts.update(args)
        colour = pg.mkColor(self.opts["color"] if self.opts["color"] is not None else pg.getConfigOption("foreground"))
        style = ["color: " + colour.name(QColor.NameFormat.HexArgb)]
        if "family" in self.opts:
            style.append("font-family: " + str(self.opts["family"]))
        if "size" in self.opts:
            style.append("font-size: " + str(self.opts["size"]))
        if self.opts.get("bold") in (True, False):
            style.append("font-weight: " + ("bold" if self.opts["bold"] else "normal"))
        if self.opts.get("italic") in (True, False):
            style.append("font-style: " + ("italic" if self.opts["italic"] else "normal"))
        self._lines = None
        self.item.setHtml(f"<span style='{'; '.join(style)}'>{text}</span>")
        if isinstance(self.item, TitleText):
            self.item.keep_layouts()
        self.resizeEvent(None)  # centres the text; updateMin

    def set_lines(self, title: str, caption: str, colour: QColor) -> None:
        """A title and, smaller below it, a caption, in `colour`: the HTML ChartWidget.set_title describes. Where the
        text was set this way in the same colour, and neither the old nor the new title or caption is empty, each
        line's text is replaced in the document as it stands, in the format its line has (QTextCursor.insertText):
        no HTML parsed and no document built anew (Qt's setHtml, about 60 µs a title; the replacement about 35 µs,
        main-thread CPU, isolated). The same document, laid out alike: the same pixels (tested against setHtml)."""
        text = f"{html.escape(title)}<br><span style='font-size:9pt'>{html.escape(caption)}</span>"
        lines = self._lines
        if lines is None or lines[2] != colour.rgba() or not all(map(_as_parsed, (title, caption, *lines[:2]))):
            self.setText(text, color=colour)
            self._lines = (title, caption, colour.rgba())
            return
        self.text = text
        document = self.item.document()
        block = document.firstBlock()
        start = block.position()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # one layout for both lines, at the end
        # the caption first, so the title's positions hold; a selection's charFormat is its last character's
        title_end = start + _utf16(lines[0])
        cursor.setPosition(title_end + 1)  # after the title and its line break (U+2028)
        cursor.setPosition(title_end + 1 + _utf16(lines[1]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(caption, cursor.charFormat())
        cursor.setPosition(start)
        cursor.setPosition(title_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(title, cursor.charFormat())
        cursor.endEditBlock()
        self._lines = (title, caption, colour.rgba())
        if isinstance(self.item, TitleText):
            self.item.keep_layouts()
        self.resizeEvent(None)

    def resizeEvent(self, ev: object) -> None:
        """The text centred in the title's rectangle, as LabelItem centres it, in one move: LabelItem moves its text
        to (0, 0) first, then to its place, and maps its bounds into the title three times, on every caption change
        (a model, GPU or mode edit changes both charts'): 57 → 33 µs a title (main-thread CPU), 0.26 million
        instructions fewer a GPU edit (callgrind). The same position to the bit: the text item has no transform of
        its own, so its bounds at (0, 0) are its bounding rectangle, and a move keeps their height."""
        if self.opts["justify"] != "center" or not self.item.transform().isIdentity():
            super().resizeEvent(ev)
            return
        text = self.item.boundingRect()
        bounds = QRectF(text)
        bounds.moveCenter(self.rect().center())
        self.item.setPos(bounds.topLeft() - text.topLeft())
        self._set_min_height(text.height())

    def updateMin(self) -> None:
        self._set_min_height(self.itemRect().height())

    def _set_min_height(self, height: float) -> None:
        self._sizeHint = {
            Qt.SizeHint.MinimumSize: (0.0, height),
            Qt.SizeHint.PreferredSize: (0.0, height),
            Qt.SizeHint.MaximumSize: (-1, -1),
            Qt.SizeHint.MinimumDescent: (0, 0),
        }
        if self.minimumHeight() != height or self.minimumWidth() != 0:
            self.setMinimumWidth(0)
            self.setMinimumHeight(height)
            self.updateGeometry()


# What Qt tells every item whatever its flags: pyqtgraph's GraphicsObject.itemChange (Python, about 10 µs) does nothing
# with these (it acts on a new parent or scene, a move and a transform); a label shown or hidden told it twice.
_PLAIN_CHANGES = frozenset(
    {
        QGraphicsItem.GraphicsItemChange.ItemVisibleChange,
        QGraphicsItem.GraphicsItemChange.ItemVisibleHasChanged,
        QGraphicsItem.GraphicsItemChange.ItemEnabledChange,
        QGraphicsItem.GraphicsItemChange.ItemEnabledHasChanged,
        QGraphicsItem.GraphicsItemChange.ItemFlagsChange,
        QGraphicsItem.GraphicsItemChange.ItemFlagsHaveChanged,
        QGraphicsItem.GraphicsItemChange.ItemZValueChange,
        QGraphicsItem.GraphicsItemChange.ItemZValueHasChanged,
        QGraphicsItem.GraphicsItemChange.ItemOpacityChange,
        QGraphicsItem.GraphicsItemChange.ItemOpacityHasChanged,
    }
)


def pixel_size(item: pg.GraphicsObject) -> tuple[float, float]:
    """One pixel's width and height in the item's coordinates (0, 0 outside a view): pyqtgraph's pixelWidth and
    pixelHeight, the same operations, but the device transform worked out and inverted once for both."""
    device = item.deviceTransform_()
    if device is None:
        return 0.0, 0.0
    inverse = fn.invertQTransform(device)
    return inverse.map(QLineF(0, 0, 1, 0)).length(), inverse.map(QLineF(0, 0, 0, 1)).length()


class LightItem(pg.GraphicsObject):
    """A chart item that reports to Python only what pyqtgraph uses: not its moves and transforms (pyqtgraph asks
    every item to report them, four calls into Python for a label placed and rescaled, only to tell the view its
    bounds changed, for an auto-range the charts never use: their ranges are set; a mode switch moved and rescaled
    labels and markers about 200 times), and not its visibility, flags, z value or opacity (_PLAIN_CHANGES)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change in _PLAIN_CHANGES:
            return value  # what QGraphicsItem.itemChange, under pyqtgraph's, returns
        return super().itemChange(change, value)


class DataRectItem(LightItem):
    """An item whose data fill one rectangle of the view (`set_data_rect`), its bounds that rectangle and PAD_PX
    pixels around it (its outlines), worked out once per data and view transform and kept: pyqtgraph's own items
    re-derive theirs (a numpy pass and a pixel-size query) several times an edit. The context chart's stack and the
    breakdown's bar are such items."""

    PAD_PX = 2.0

    def __init__(self) -> None:
        super().__init__()
        self._data_rect = QRectF()
        self._bounds: QRectF | None = None

    def set_data_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._data_rect = rect
        self._bounds = None

    def viewTransformChanged(self) -> None:
        self._bounds = None  # its padding is in pixels
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:
        if self._bounds is not None:
            return QRectF(self._bounds)
        px, py = pixel_size(self)  # one pixel in the view's units (0 outside a view)
        pad = self.PAD_PX
        bounds = self._data_rect.adjusted(-pad * px, -pad * py, pad * px, pad * py)
        if px and py:
            self._bounds = bounds
        return QRectF(bounds)

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange: object = None) -> tuple[float, float]:
        rect = self._data_rect
        return (rect.left(), rect.right()) if ax == 0 else (rect.top(), rect.bottom())


class PixelItem(LightItem):
    """An item positioned in view coordinates but drawn in the scene's pixels: it keeps its size when the view's
    range changes, and scales with the rest of the chart in an export drawn larger than the window (unlike
    ItemIgnoresTransformations, which would keep it at screen size there). Its own transform undoes the view's
    scaling; pyqtgraph calls viewTransformChanged whenever that changes."""

    # The last view transform and its scaling undone: the view tells its items one after another, and a chart's
    # labels and markers share one parent (the view's group), so one inversion serves them all (callgrind: 0.4
    # million instructions fewer a mode switch, which resizes both charts, 0.06-0.08 a batch or model edit).
    _undone: ClassVar[tuple[QTransform, QTransform] | None] = None

    def __init__(self) -> None:
        super().__init__()
        self._view_transform: QTransform | None = None

    def viewTransformChanged(self) -> None:
        parent = self.parentItem()
        transform = parent.sceneTransform() if parent is not None else QTransform()
        if transform == self._view_transform:
            return
        self._view_transform = transform
        undone = PixelItem._undone
        if undone is None or undone[0] != transform:
            inverse, _invertible = transform.inverted()
            scaling = QTransform(inverse.m11(), inverse.m12(), inverse.m21(), inverse.m22(), 0.0, 0.0)
            undone = PixelItem._undone = (transform, scaling)
        self.setTransform(undone[1])


class MarkLine(LightItem):
    """A horizontal (angle 0) or vertical (angle 90) line across the whole plot at a value: the usable memory, the
    largest context that fits, the current context. Drawn exactly as pyqtgraph's InfiniteLine draws one that
    cannot be moved (from the view's left, or bottom, edge to the other, a miter-joined pen, the painter's
    anti-aliasing as it comes: off on screen, on in an export), without what that line carries for dragging and
    hovering: its position and bounds re-derived in Python on every signal of the view (several an edit), and
    its paint through a rotated coordinate system."""

    PAD_PX = 2.0  # bounds either side of the line: half a 2 px pen and a pixel

    def __init__(self, angle: int) -> None:
        super().__init__()
        assert angle in (0, 90)
        self.angle = angle
        self._value = 0.0
        self._pen = QPen()
        self._bounds: QRectF | None = None

    def setPen(self, pen: QPen) -> None:
        self._pen = QPen(pen)
        self._pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        self._changed()

    def pen(self) -> QPen:
        return QPen(self._pen)

    def value(self) -> float:
        return self._value

    def setValue(self, value: float) -> None:
        if float(value) != self._value:
            self._value = float(value)
            self._changed()

    def _changed(self) -> None:
        self.prepareGeometryChange()
        self._bounds = None
        self._kept_ends = None
        self.update()

    def viewTransformChanged(self) -> None:  # the view's range or size: the line spans it
        self._changed()

    _kept_ends: tuple[QPointF, QPointF] | None = None  # until the value, the pen or the view's transform changes

    def _ends(self) -> tuple[QPointF, QPointF] | None:
        if self._kept_ends is not None:
            return self._kept_ends
        view = self.getViewBox()
        if view is None:
            return None
        rect = view.viewRect()
        if self.angle == 0:
            ends = QPointF(rect.left(), self._value), QPointF(rect.right(), self._value)
        else:
            ends = QPointF(self._value, rect.top()), QPointF(self._value, rect.bottom())
        self._kept_ends = ends
        return ends

    def boundingRect(self) -> QRectF:
        if self._bounds is not None:
            return QRectF(self._bounds)
        ends = self._ends()
        if ends is None:
            return QRectF()
        px, py = pixel_size(self)
        reach = self.PAD_PX + self._pen.widthF() / 2
        bounds = QRectF(ends[0], ends[1]).normalized().adjusted(-reach * px, -reach * py, reach * px, reach * py)
        if px and py:
            self._bounds = bounds
        return QRectF(bounds)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem | None = None, widget: QWidget | None = None) -> None:
        ends = self._ends()
        if ends is None:
            return
        p.setPen(self._pen)
        p.drawLine(*ends)


class Marker(PixelItem):
    """A point marker of a fixed size in pixels ("o": circle, "d": diamond) at a position in view coordinates.
    Two of these cost a fraction of what a ScatterPlotItem's paint does, and the chart repaints on every edit."""

    def __init__(self, symbol: str = "o", size: float = 10.0) -> None:
        super().__init__()
        self.symbol, self.size = symbol, size
        self.pen, self.brush = QPen(Qt.PenStyle.NoPen), QBrush(QColor("#000000"))
        r = size / 2
        self.path = QPainterPath()
        if symbol == "d":
            self.path.addPolygon(
                QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0), QPointF(0, -r)])
            )
        else:
            self.path.addEllipse(QPointF(0, 0), r, r)

    def set_style(self, pen: QPen, brush: QBrush) -> None:
        self.pen, self.brush = QPen(pen), QBrush(brush)
        self.prepareGeometryChange()
        self.update()

    def set_point(self, x: float, y: float) -> None:
        if self.pos() != QPointF(x, y):
            self.setPos(x, y)

    def point(self) -> tuple[float, float]:
        return self.pos().x(), self.pos().y()

    def boundingRect(self) -> QRectF:
        r = self.size / 2 + self.pen.widthF() + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem | None = None, widget: QWidget | None = None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(self.pen)
        p.setBrush(self.brush)
        p.drawPath(self.path)


class Label(PixelItem):
    """Text in the plot: a pixel-sized label at a position in view coordinates, aligned by `anchor` ((0, 0): its
    top left at the position, (1, 0.5): its right middle; values outside 0 … 1 push it further), on an optional
    `fill`. Replaces pyqtgraph's TextItem, which lays its text out as a rich-text document (again on every text
    change, and shaped again on every paint) and re-derives its transform on every paint; this one draws a
    QStaticText, laid out once per text, and follows the view only when the view changes."""

    PAD = 4.0  # left and right of the text, inside the fill
    PAD_Y = 1.0  # above and below it: a plot can be 80 px tall, and each label needs a row of it

    def __init__(self, text: str = "", anchor: tuple[float, float] = (0.0, 0.0), color: object = None) -> None:
        super().__init__()
        self.font_ = QFont()
        self.static = QStaticText()
        self._laid_out: dict[str, tuple[QStaticText, QSizeF]] = {}  # text: its static text, prepared, and size
        self._text = ""
        self._size = QSizeF(0, 0)
        self._rect = QRectF()
        self.anchor = (0.0, 0.0)
        self.color = QColor(pg.mkColor(color if color is not None else "#000000"))
        self._fill = QBrush(Qt.BrushStyle.NoBrush)
        self.setAnchor(anchor)
        self.setText(text)

    @property
    def fill(self) -> QBrush:
        return self._fill

    @fill.setter
    def fill(self, brush: QBrush) -> None:
        self._fill = QBrush(brush)
        self.update()

    def toPlainText(self) -> str:
        return self._text

    def setText(self, text: str, color: object = None) -> None:
        if color is not None:
            self.setColor(color)
        if text == self._text:
            return
        self.prepareGeometryChange()
        self._text = text
        laid_out = self._laid_out.get(text)
        if laid_out is None:  # the layout tries a label's wordings in turn, and edits come back to the same texts
            if len(self._laid_out) > 16:
                self._laid_out.clear()
            static = QStaticText(text.replace("\n", "\u2028"))  # QStaticText breaks lines at U+2028, not at \n
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            static.prepare(QTransform(), self.font_)
            size = static.size()
            laid_out = self._laid_out[text] = (
                static,
                QSizeF(size.width() + 2 * self.PAD, size.height() + 2 * self.PAD_Y),
            )
        self.static, self._size = laid_out
        self._set_rect()
        self.update()

    def setAnchor(self, anchor: object) -> None:
        ax, ay = (float(v) for v in anchor)  # type: ignore[attr-defined]
        if (ax, ay) != self.anchor:
            self.prepareGeometryChange()
            self.anchor = (ax, ay)
            self._set_rect()
            self.update()

    def setColor(self, color: object) -> None:
        colour = QColor(pg.mkColor(color))
        if colour != self.color:
            self.color = colour
            self.update()

    def setVisible(self, visible: bool) -> None:
        if visible != self.isVisible():
            super().setVisible(visible)

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def _set_rect(self) -> None:
        """The bounds, kept (Qt and the label layout ask for them about 60 times an edit): the text's size, placed
        by the anchor."""
        w, h = self._size.width(), self._size.height()
        self._rect = QRectF(-self.anchor[0] * w, -self.anchor[1] * h, w, h)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem | None = None, widget: QWidget | None = None) -> None:
        if not self._text:
            return
        rect = self.boundingRect()
        if self._fill.style() != Qt.BrushStyle.NoBrush:
            p.fillRect(rect, self._fill)
        p.setFont(self.font_)
        p.setPen(self.color)
        p.drawStaticText(QPointF(rect.left() + self.PAD, rect.top() + self.PAD_Y), self.static)


def _answer_kind(view: ViewData | None) -> bool:
    """What most decides the height of the answer above the charts, and so where they are shown: whether the scenario
    fits (where it does not, the answer holds the list of changes that make it fit, with its room: four rows or
    more). A chart is painted ahead at the place it last had under an answer of the same kind."""
    return view is not None and view.estimate.fit.fits


@dataclass(frozen=True, eq=False)
class _Picture:
    image: QPixmap
    offset: QPoint  # the viewport's place in the window, painted at
    size: QSize
    scale: int  # device pixels per pixel
    state: tuple[object, ...]  # ChartWidget._picture_state when painted


# what changes the way a chart is drawn (a change of palette restyles it, which drops its picture too)
_PICTURE_CHANGES = {
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.LanguageChange,
    QEvent.Type.LayoutDirectionChange,
    QEvent.Type.PaletteChange,
}


class ChartWidget(pg.GraphicsLayoutWidget):
    """Base of VramChart and ContextChart."""

    chart_id = ""  # the CLI's name for the chart: "breakdown" or "context"
    legend_cached = False  # whether the legend's texts stay the same from edit to edit
    export_requested = Signal(str)  # chart_id
    copy_requested = Signal(str)
    updated = Signal()  # plot items now hold the latest data

    def __init__(self, parent: QWidget | None = None, plot_kwargs: dict[str, object] | None = None) -> None:
        self._ready = False
        self._picture: _Picture | None = None  # painted ahead, for the first paint once shown (take_picture)
        # where the viewport was in the window, and the chart's size, when the chart was last hidden, for each kind of
        # answer above it (_answer_kind): a hidden chart is shown again there where the answer takes the height it took
        # for the same kind in that mode
        self._places: dict[bool, tuple[QPoint, QSize]] = {}
        super().__init__(parent)
        self.view: ViewData | None = None
        self.unit = "GiB"
        self.style_ = ChartStyle.from_palette(self.palette())
        self.ci.layout.setContentsMargins(8, 6, 14, 6)
        self.ci.layout.setVerticalSpacing(2)
        self.title = ChartTitle("", size="11pt")
        self.addItem(self.title, row=0, col=0)
        # no view menu (the charts have their own: context_menu): pyqtgraph builds one of 48 widgets unless told not
        # to, and setMenuEnabled(False) below deleted it again
        self.plot: pg.PlotItem = self.addPlot(row=1, col=0, enableMenu=False, **(plot_kwargs or {}))
        self.legend = Legend()
        self.addItem(self.legend, row=2, col=0)
        self.legend.rows_changed.connect(self._fit_minimum)
        self._fit_minimum()
        # Every edit repaints the chart: what rarely changes is painted from a cached pixmap. Not the axes: their
        # drawing spans the plot (grid lines), and blending a pixmap that large costs more than replaying it. Nor
        # the title: its text is a child item, which an item's cache does not hold (the title's own cache was an
        # empty pixmap the chart's width, blended on every paint of the title).
        if self.legend_cached:
            self.legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # The layout and the plot draw nothing themselves (their children do): Qt then asks neither for its bounds
        # (a Python call each) when it paints the chart. Not the title, which draws nothing either: Qt ignores an
        # update() of such an item, and set_title repaints the title's whole strip with one (on a real display the
        # old caption's outermost pixels stayed: tests/gui/test_real_display.py).
        # The plot's view (pyqtgraph's ViewBox) draws only its border, and these charts give it none (a NoPen pen):
        # its paint was a Python call and an invisible path on every repaint of the plot (its background is a
        # child item of its own).
        border = self.plot.vb.border
        vb_items = (self.plot.vb,) if border is None or border.style() == Qt.PenStyle.NoPen else ()
        for item in (self.ci, self.plot, *vb_items):
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.ci.layout.setRowStretchFactor(1, 1)
        self._ranges: dict[str, tuple[float, float, float]] = {}
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.vb.disableAutoRange()
        # The view's group of items tells pyqtgraph of each new transform (each range set), which tells the view its
        # items' bounds changed (ChildGroup means to opt out, under a misspelt attribute): for the auto-range off
        # here. Four calls into Python an edit.
        self.plot.vb.childGroup.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)
        self.plot.showGrid(x=True, y=True, alpha=1.0)
        for name in ("left", "bottom", "right", "top"):
            # hidden ones too: with an SI prefix, an axis rewrites and re-measures its label on every signal of the
            # view (several an edit); our labels carry their units (axes.QuietAxis)
            self.plot.getAxis(name).enableAutoSIPrefix(False)
        # pyqtgraph caches the view's background in a pixmap the size of the view: for a plain colour that only
        # adds a full-size image blend (multithreaded in Qt's raster engine, costly on few cores) to every repaint
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scene().sigMouseMoved.connect(self._hover)
        self._axis_labels: dict[str, tuple[str, str]] = {}  # axis: (label, its short form for a short plot)
        self._build()
        # Last of the resize handlers (the subclasses' layouts set ranges on it): apply the new view transform now.
        # pyqtgraph defers it to the next paint, where moving every item costs a second repaint of the chart.
        self.plot.vb.sigResized.connect(lambda *_args: self.plot.vb.prepareForPaint())
        # And repaint the whole chart when the plot's size changes (a layout change, not an edit): the axes' grid
        # lines span the plot, and pyqtgraph repaints only where they are now, not where they were. On a real
        # display, a plot made shorter from the top while its tab was hidden left its old grid lines across the
        # title (tests/gui/real_display_driver.py, the "hidden:" steps).
        self.plot.vb.sigResized.connect(lambda *_args: self.viewport().update())
        self.plot.vb.sigResized.connect(lambda *_args: self._fit_axis_labels())
        self._ready = True
        self.apply_style()

    PLOT_MIN_PX = 100  # the plot (with its axes) never gets less: the window's minimum grows instead

    def _fit_minimum(self) -> None:
        """A short window shrinks the plot, never the legend: the chart is at least its title, PLOT_MIN_PX of plot
        and every legend row tall (at 1280×720 a fixed minimum cut the breakdown's second legend row off)."""
        title = QFontMetricsF(self.font()).height() * 2.4  # 11 pt title and a 9 pt caption
        _left, top, _right, bottom = self.ci.layout.getContentsMargins()
        self.setMinimumHeight(math.ceil(title + self.PLOT_MIN_PX + self.legend.minimumHeight() + top + bottom + 8))

    # --- subclass hooks ----------------------------------------------------------------------------------
    def _build(self) -> None:
        raise NotImplementedError

    def _update(self) -> None:
        raise NotImplementedError

    def _restyle(self) -> None:
        """Re-apply colours that depend on the palette to the plot items."""

    def csv_rows(self) -> list[list[str]]:
        raise NotImplementedError

    def hover_text(self, scene_pos: QPointF) -> str:
        """The tooltip (formula and figures) for the point under the pointer; "" for none."""
        return ""

    # --- tooltips ----------------------------------------------------------------------------------------
    # The tooltip follows the pointer as it moves, and stays while it rests. A resting pointer makes Qt send the
    # view a ToolTip help event; passed on, QGraphicsScene.helpEvent would look for an item with a toolTip (the
    # plot's items have none) and hide ours 0.3 s later. The chart answers that event itself.
    def _hover(self, scene_pos: QPointF) -> None:
        self._show_tooltip(QCursor.pos(), self.hover_text(scene_pos))

    def _show_tooltip(self, global_pos: QPoint, text: str) -> None:
        if text:
            QToolTip.showText(global_pos, text, self)
        else:
            QToolTip.hideText()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            self._show_tooltip(event.globalPos(), self.hover_text(self.mapToScene(event.pos())))
            return True
        if self._picture is not None:
            if event.type() == QEvent.Type.Paint:
                assert isinstance(event, QPaintEvent)
                if self._paint_picture(event):
                    return True
            elif event.type() == QEvent.Type.Resize:
                self._picture = None
        return super().viewportEvent(event)

    # --- a picture painted ahead -------------------------------------------------------------------------
    # The window makes the other mode's charts ready while the user pauses (MainWindow._ready_other_mode): given
    # the other mode's view, laid out, and painted into a picture, which the chart's first paint once shown copies
    # instead of painting the scene (a switch after a pause painted both charts whole: 2.7-2.9 ms of its 10.5 ms of
    # main-thread CPU, timed per widget). The picture is dropped by whatever could change what the chart shows: a
    # new view, unit, style, font or language, a resize; and the first paint takes it, used or not.
    def take_picture(self) -> None:
        """Paint the chart, hidden, into the picture its next paint copies, for the size it keeps and the place in
        the window it was last shown at: the window's own paint gives the painter that offset, and antialiased
        lines at fractional places can come out a level different at another (painted at the origin: in 13 of 40
        charts compared, the grid lines beside the breakdown's bars, the context chart's top edge). Shown
        elsewhere (the answer above it took another height), the chart is painted as ever. Not where the screen's
        pixel ratio is fractional, or where the chart was never shown."""
        self._picture = None
        viewport = self.viewport()
        ratio = viewport.devicePixelRatio()
        place = self._places.get(_answer_kind(self.view))
        if ratio != round(ratio) or place is None or not self.isHidden():
            return
        offset, _size = place
        self.place_hidden(self.view)  # (where the window did not: MainWindow._ready_steps)
        size = viewport.size()
        if size.isEmpty() or offset.x() < 0 or offset.y() < 0:
            return
        scale = round(ratio)
        whole = (size + QSize(offset.x(), offset.y())) * scale  # the canvas, from the window's corner to the chart's
        if whole.width() * whole.height() * 4 > self.PICTURE_CANVAS_BYTES:
            return  # (a window of 4K at twice the pixels: 33 MB, well within)
        canvas = QPixmap(whole)
        if canvas.isNull():  # no memory for it: painted as ever
            return
        canvas.setDevicePixelRatio(scale)
        viewport.render(canvas, offset)
        image = canvas.copy(QRect(offset * scale, size * scale))
        if image.isNull():
            return
        image.setDevicePixelRatio(scale)
        self._picture = _Picture(image, offset, size, scale, self._picture_state())

    def place_hidden(self, view: ViewData | None) -> None:
        """Give the hidden chart the size it last had under an answer of the kind `view` will have above it (where
        the answer takes that height again, the chart is shown at that size and place, and its picture used). A
        switch to a mode whose scenario began or stopped fitting meanwhile showed its charts under an answer of
        another height, laid out and painted anew (most of the bench's switches to inference: 9.5 against 5 ms)."""
        place = self._places.get(_answer_kind(view))
        if place is not None and self.isHidden() and self.size() != place[1]:
            self._resize_hidden(place[1])

    def _resize_hidden(self, size: QSize) -> None:
        """Give the hidden chart `size` and lay it out now (its axes, its labels): Qt keeps a hidden widget's resize
        for its show, where it would drop the picture and lay the chart out again."""
        viewport = self.viewport()
        before, viewport_before = self.size(), viewport.size()
        self.resize(size)
        pending = Qt.WidgetAttribute.WA_PendingResizeEvent
        for widget, old in ((self, before), (viewport, viewport_before)):  # (the view's resize sizes its viewport)
            if widget.testAttribute(pending):
                widget.setAttribute(pending, False)
                QCoreApplication.sendEvent(widget, QResizeEvent(widget.size(), old))
        self.ci.layout.activate()
        self.settle_axes()

    # the most the canvas a picture is painted on may take (it spans the window from its corner to the chart's
    # bottom right); a larger one is not painted ahead
    PICTURE_CANVAS_BYTES = 64 * 2**20

    def _picture_state(self) -> tuple[object, ...]:
        """What the picture was painted for, looked at again before it is used: the view, the plot's place and
        ranges, the style and the unit (each change of which also drops it; this is the second lock)."""
        return (id(self.view), self.plot.geometry(), self.plot.vb.viewRange(), self.style_, self.unit)

    def _paint_picture(self, event: QPaintEvent) -> bool:
        picture, self._picture = self._picture, None
        viewport = self.viewport()
        if (
            picture is None
            or viewport.size() != picture.size
            or viewport.devicePixelRatio() != picture.scale
            or viewport.mapTo(self.window(), QPoint(0, 0)) != picture.offset
            or self._picture_state() != picture.state
        ):
            return False
        rect = event.rect()
        painter = QPainter(viewport)
        painter.drawPixmap(rect, picture.image, QRect(rect.topLeft() * picture.scale, rect.size() * picture.scale))
        painter.end()
        return True

    def has_picture(self) -> bool:
        return self._picture is not None

    # --- public ------------------------------------------------------------------------------------------
    def set_view(self, view: ViewData) -> None:
        self._picture = None
        self.view = view
        self._update()
        # pyqtgraph applies a new view range when the view is next painted, which moves items during that paint
        # and so costs a second repaint: apply it now
        self.plot.vb.prepareForPaint()
        self.updated.emit()

    def shows(self, view: ViewData) -> bool:
        """Whether the chart was last given a view of the same scenario and axis (all it draws depends on)."""
        shown = self.view
        return shown is not None and shown.axis == view.axis and shown.scenario == view.scenario

    def settle_axes(self) -> bool:
        """Draw the axes' pictures now, as their next paint would, before the chart is painted. An axis sizes
        itself to its tick labels while it paints (pyqtgraph): when they need another width ("20" becoming
        "1,000" on a switch to training) the plot is laid out again after that paint and the chart painted a second
        time. Here the new width is laid out first, and the paint draws the chart once. True if it changed."""
        changed = False
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            if axis.picture is not None or not axis.isVisible():
                continue
            before = (axis.minimumWidth(), axis.minimumHeight())
            with tick_painter(axis) as (picture, painter):
                specs = axis.generateDrawSpecs(painter)
                if specs is not None:
                    axis.drawPicture(painter, *specs)
            if (axis.minimumWidth(), axis.minimumHeight()) == before:
                axis.picture = picture  # what its paint draws (AxisItem.paint keeps a picture until it changes)
            else:
                changed = True  # drawn for the old size: dropped, the paint draws it at the new one
        if changed:
            self.plot.layout.activate()
        return changed

    def set_unit(self, unit: str) -> None:
        self._picture = None
        self.unit = unit
        if self.view is not None:
            self._update()
            self.updated.emit()

    def export_target(self) -> QGraphicsItem:
        """The item exporters render: the whole layout (title, plot, legend)."""
        return self.ci

    def apply_style(self) -> None:
        self._picture = None
        s = self.style_ = ChartStyle.from_palette(self.palette())
        self.setBackground(s.background)
        # The view fills what it repaints with its background brush (QGraphicsView.drawBackground); the viewport
        # filled it with the palette's base colour first, as every scroll area's viewport does: two fills of the
        # repainted area on every edit. An opaque background needs only the view's.
        opaque = s.background.alpha() == 255
        self.viewport().setAutoFillBackground(not opaque)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, opaque)
        self.title.setText(self.title.text, color=s.foreground)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(s.muted))
            # grid lines at the major and minor ticks, opaque (see ChartStyle.grid)
            axis.setTickPen(pg.mkPen(s.grid))
            axis.setStyle(tickAlpha=255, maxTickLevel=1)
            axis.setZValue(-100)  # the grid goes under the data and the labels, not across them
            axis.setTextPen(pg.mkPen(s.foreground))
            axis.label.setDefaultTextColor(s.foreground)
        self.legend.set_text_colour(s.foreground)
        self._restyle()
        if self.view is not None:
            self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _PICTURE_CHANGES:
            self._picture = None
        if event.type() == QEvent.Type.PaletteChange and self._ready:
            self.apply_style()
        super().changeEvent(event)

    def resizeEvent(self, ev: QResizeEvent | None) -> None:
        self._picture = None
        super().resizeEvent(ev)

    def hideEvent(self, event: QHideEvent) -> None:
        window = self.window()
        if window is not self and self.view is not None:
            self._places[_answer_kind(self.view)] = (self.viewport().mapTo(window, QPoint(0, 0)), self.size())
        self._picture = None
        super().hideEvent(event)

    # --- helpers for subclasses --------------------------------------------------------------------------
    # Each edit repaints the charts, so nothing that is unchanged is touched: re-setting an axis label or range
    # (even to the same value) makes the axes regenerate and re-lay-out.
    def set_axis_label(self, axis: str, text: str, short: str | None = None) -> None:
        """`short` (the left axis): shown instead where the plot is shorter than `text` is long. At 1280×720 the
        context chart's plot is about 60 px tall, and "Memory per GPU (GiB)" (130 px; in Chinese "每个 GPU
        显存（GiB，对数）", 180 px) ran off both ends of the axis into the title and the legend."""
        if short is not None:
            self._axis_labels[axis] = (text, short)
            text = self._fitting_label(axis)
        else:
            self._axis_labels.pop(axis, None)
        if self.plot.getAxis(axis).labelText != text:
            self._set_label(axis, text)

    def _set_label(self, axis: str, text: str) -> None:
        """pyqtgraph's label of the axis (a text item, painted with every repaint of the plot that reaches it: the
        whole plot on most edits), its lines kept shaped."""
        self.plot.setLabel(axis, text)
        item = self.plot.getAxis(axis)
        keep_layouts(item.label)
        # pyqtgraph centres an axis' label along the axis only when the axis is resized: a new text kept the old
        # text's place until the next resize (a batch edit that made the context chart's memory axis logarithmic left
        # "GiB per GPU (log)" 15 px below the middle of its axis at 1440 × 940; the short "(GiB)" 50 px at 1280 × 720)
        item.resizeEvent()

    def _fitting_label(self, axis: str) -> str:
        text, short = self._axis_labels[axis]
        item = self.plot.getAxis(axis).label
        room = self.plot.vb.height() if axis in ("left", "right") else self.plot.vb.width()
        return text if QFontMetricsF(item.font()).horizontalAdvance(text) <= room else short

    def _fit_axis_labels(self) -> None:
        for axis in self._axis_labels:
            text = self._fitting_label(axis)
            if self.plot.getAxis(axis).labelText != text:
                self._set_label(axis, text)

    def set_x_range(self, low: float, high: float, padding: float = 0.0) -> None:
        if self._ranges.get("x") != (low, high, padding):
            self._ranges["x"] = (low, high, padding)
            self.plot.setXRange(low, high, padding=padding)

    def set_y_range(self, low: float, high: float, padding: float = 0.0) -> None:
        if self._ranges.get("y") != (low, high, padding):
            self._ranges["y"] = (low, high, padding)
            self.plot.setYRange(low, high, padding=padding)

    def set_title(self, title: str, caption: str) -> None:
        """A title and, smaller below it, what the chart is of (so an exported image describes itself)."""
        text = f"{html.escape(title)}<br><span style='font-size:9pt'>{html.escape(caption)}</span>"
        if text != self.title.text:
            item = self.title.item
            old = item.mapRectToParent(item.boundingRect())
            self.title.set_lines(title, caption, self.style_.foreground)
            # The title's strip is repainted where the old or the new text lies, its full height, 2 px wider each
            # side: the view's minimal update of the moved text item (re-centred at a fractional position) left the
            # old text's outermost pixels on a real display (tests/gui/test_real_display.py). Not the whole strip:
            # that reached under the context chart's axis switch (a widget over the strip's right end), which Qt
            # then painted again, its label and two style-sheet buttons (GPU and model edits; in a window narrow
            # enough that the caption reaches under the switch, the switch is still painted again, over it).
            new = item.mapRectToParent(item.boundingRect())
            strip = self.title.rect()
            left, right = min(old.left(), new.left()) - 2.0, max(old.right(), new.right()) + 2.0
            self.title.update(QRectF(left, strip.top(), right - left, strip.height()))

    def set_legend(self, entries: Sequence[LegendEntry]) -> None:
        """Legend rows (key, label, colour, kind, dashed); a change of texts only repaints the legend."""
        self.legend.set_entries([LegendRow(*entry) for entry in entries])

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(translate("Chart", "Export chart…"), lambda: self.export_requested.emit(self.chart_id))
        menu.addAction(translate("Chart", "Copy image"), lambda: self.copy_requested.emit(self.chart_id))
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        self._menu = self.context_menu()
        self._menu.popup(self.mapToGlobal(pos))  # not exec(): no nested event loop


def label_fill(style: ChartStyle) -> QColor:
    """Behind text drawn over the plot, so it stays readable over fills and grid lines."""
    colour = QColor(style.background)
    colour.setAlpha(210)
    return colour


def scenario_caption(view: ViewData) -> str:
    """'Llama 3.1 8B · GGUF Q4_K_M · llama.cpp · 1 × NVIDIA GeForce RTX 4090'"""
    s = view.scenario
    parts = [catalogue_name(s.model.architecture.name)]
    if s.workload.mode == "training":
        parts.append(translate("Chart", "training"))
        if s.training.finetune == "full":
            parts.append(s.precision.training)
        else:
            t = s.training
            method = {
                "lora": "DoRA" if t.dora else "LoRA",
                "qlora": "QDoRA" if t.dora else "QLoRA",
                "prefix": translate("Chart", "prefix tuning"),
                "ptuning": "P-tuning",
            }[t.finetune]
            parts += [method, s.precision.weights.upper()]
    else:
        parts += [s.precision.weights.upper(), s.runtime.name]
    gpus = s.parallelism.gpus
    gpu = catalogue_name(view.estimate.fit.gpu_name)
    parts.append(f"{gpus} × {gpu}" if gpus > 1 else gpu)
    return " · ".join(parts)
