"""Dialog titles shown whole. A window manager elides a title that is wider than its window: a message box sized for
one short line ("empty.sizing: the file is empty") showed "Cannot ope… — GPU Sizer" (issue 11's audit, Openbox on
Xvfb at 1920×1080; the Hub dialog's truncated title was the same defect, fixed for that one dialog). Every dialog of
the main window is widened, whenever it is shown, to its title as the title bar shows it (with the " — GPU Sizer"
Qt adds) plus the title bar's icon, buttons and padding.

The filter watches windows, not the application: an application-wide Python filter is called for every event of
every widget (about 1,400 a mode switch, each a call into Python: 5-8 ms of the edit, bench/gui_latency.py). A
dialog announces itself to its parent (ChildPolished, sent before its first Show) and is then watched too, so the
dialogs it opens are caught as well. Dialogs are parented to the main window (or to a dialog of it)."""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QDialog, QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

# The title bar around the title's text: measured under Openbox, a 270 px message box left 132 px to its title
# (icon, three buttons, padding: 138 px); GNOME's and Windows' buttons are wider.
TITLE_BAR_PX = 160


def shown_title(window: QWidget) -> str:
    """The window's title as its title bar shows it: Qt's xcb and Windows platforms append " — " and the application's
    display name unless the title ends with it (QPlatformWindow::formatWindowTitle), so a title that names the app
    itself reads "GPU Sizer user guide — GPU Sizer"."""
    title = window.windowTitle()
    app_name = QGuiApplication.applicationDisplayName()
    if app_name and not title.endswith(app_name):
        title = f"{title} — {app_name}"
    return title


def title_bar_width(dialog: QWidget) -> int:
    """The width the title bar needs to show the dialog's title whole (title bars use a bold font)."""
    font = QFont(dialog.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(shown_title(dialog)) + TITLE_BAR_PX


class WholeTitles(QObject):
    """Watches a window (watch_dialogs): every dialog polished as its child, or as a child of such a dialog, is at
    least as wide as its title whenever it is shown."""

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished:
            assert isinstance(event, QChildEvent)
            child = event.child()
            if isinstance(child, QDialog) and child.isWindow():
                self.watch(child)  # before its first Show
        elif kind == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            widen(watched)
        return False


def watch_dialogs(window: QWidget) -> WholeTitles:
    """Widen every dialog `window` opens (the application's one WholeTitles, created on first use)."""
    app = QCoreApplication.instance()
    titles = app.findChild(WholeTitles) if app is not None else None
    if titles is None:
        titles = WholeTitles(app)
    titles.watch(window)
    return titles


def widen(dialog: QDialog) -> None:
    need = title_bar_width(dialog)
    if isinstance(dialog, QMessageBox):
        # A message box fixes its own size from its layout when shown (after this filter), ignoring a minimum
        # width: a spacer as wide as the title in its grid is what it sizes around.
        layout = dialog.layout()
        if isinstance(layout, QGridLayout) and not dialog.property("whole_title"):
            spacer = QSpacerItem(need, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
            layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
            dialog.setProperty("whole_title", True)
    elif dialog.minimumWidth() < need:
        dialog.setMinimumWidth(need)
