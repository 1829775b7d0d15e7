"""Light and dark themes. "system" follows the platform's colour scheme (QStyleHints.colorScheme) and switches
live when it changes. Fusion everywhere (its check boxes outlined: FusionStyle), so both themes look the same on
every platform. Charts take their background, axis and text colours from the palette of the widget they live in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from gui.preferences import Preferences

_DARK = {
    QPalette.ColorRole.Window: "#26282b",
    QPalette.ColorRole.WindowText: "#e4e6e8",
    QPalette.ColorRole.Base: "#1c1e21",
    QPalette.ColorRole.AlternateBase: "#2a2d31",
    QPalette.ColorRole.ToolTipBase: "#31353a",
    QPalette.ColorRole.ToolTipText: "#eceef0",
    QPalette.ColorRole.PlaceholderText: "#8b9096",
    QPalette.ColorRole.Text: "#e4e6e8",
    QPalette.ColorRole.Button: "#2f3236",
    QPalette.ColorRole.ButtonText: "#e4e6e8",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#3c4046",
    QPalette.ColorRole.Midlight: "#34373c",
    QPalette.ColorRole.Mid: "#2a2c30",
    QPalette.ColorRole.Dark: "#17181a",
    QPalette.ColorRole.Shadow: "#0b0c0d",
    QPalette.ColorRole.Highlight: "#3b7bd4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6ea8ff",
    QPalette.ColorRole.LinkVisited: "#b48cff",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#1d1f22",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f2f5",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1d1f22",
    QPalette.ColorRole.PlaceholderText: "#7a7f86",
    QPalette.ColorRole.Text: "#1d1f22",
    QPalette.ColorRole.Button: "#eceef1",
    QPalette.ColorRole.ButtonText: "#1d1f22",
    QPalette.ColorRole.BrightText: "#c62828",
    QPalette.ColorRole.Highlight: "#2f6fce",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1f5fbf",
}


def make_palette(dark: bool) -> QPalette:
    pal = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        pal.setColor(role, QColor(colour))
    disabled = QColor("#6c7075") if dark else QColor("#9aa0a6")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    """The colour a fraction t of the way from a to b, opaque."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


BOX_OUTLINE = 0.5  # a check box's outline: this far from the window's colour to the text's


class FusionStyle(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined so they show on both palettes. Fusion draws their
    outline in the window's colour darkened by 40 %: on the dark palette #1a1b1e around a #1c1e21 box on #26282b,
    invisible (a ticked box showed its tick and no box, the Mode radios two dark discs); on the light one #bcbdbf on
    #f3f4f6, faint. The outline is drawn again halfway from the window's colour to the text's, which stands out on
    either (and dims with disabled text)."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        P = QStyle.PrimitiveElement
        if element not in (P.PE_IndicatorCheckBox, P.PE_IndicatorRadioButton):
            return
        focus = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if option.state & focus == focus:  # Fusion's focus outline, in the highlight colour, stays
            return
        pal = option.palette
        colour = _blend(pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText), BOX_OUTLINE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colour))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect
        if element == P.PE_IndicatorCheckBox:
            painter.translate(0.5, 0.5)  # the rectangle Fusion draws its outline on
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        else:  # a radio button: the circle Fusion draws its outline on (qfusionstyle.cpp, PE_IndicatorRadioButton)
            radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1
            painter.drawEllipse(QPointF(rect.center()) + QPointF(1, 1), radius, radius)
        painter.restore()


@dataclass(frozen=True)
class ChartStyle:
    """Colours a chart draws with, derived from a palette so both themes stay readable."""

    background: QColor
    foreground: QColor
    muted: QColor
    grid: QColor  # opaque: alpha-blended grid lines cost ~4× as much to repaint on every edit
    limit: QColor  # the usable-memory line
    fit_marker: QColor  # the largest context that fits
    current_marker: QColor
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartStyle:
        dark = is_dark(palette)
        fg = palette.color(QPalette.ColorRole.Text)
        muted = QColor(fg)
        muted.setAlpha(170)
        grid = _blend(palette.color(QPalette.ColorRole.Base), fg, 0.13)
        return cls(
            background=palette.color(QPalette.ColorRole.Base),
            foreground=fg,
            muted=muted,
            grid=grid,
            limit=QColor("#ff5a5a" if dark else "#c62828"),
            fit_marker=QColor("#4cc38a" if dark else "#1b8a4b"),
            current_marker=fg,
            dark=dark,
        )


class ThemeManager(QObject):
    """Applies the chosen theme and re-applies it when the preference or the system scheme changes."""

    applied = Signal(bool)  # dark?

    def __init__(self, app: QApplication, preferences: Preferences) -> None:
        super().__init__(app)
        self.app = app
        self.preferences = preferences
        self._style = FusionStyle()  # the application owns it
        app.setStyle(self._style)
        preferences.theme_changed.connect(self.apply)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply)
        self.apply()

    def wants_dark(self) -> bool:
        choice = self.preferences.theme
        return system_is_dark() if choice == "system" else choice == "dark"

    def apply(self) -> None:
        dark = self.wants_dark()
        self.app.setPalette(make_palette(dark))
        self.applied.emit(dark)
