"""Dialog titles shown whole. A window manager elides a title that is wider than its window: a message box sized for
one short line ("empty.sizing: the file is empty") showed "Cannot ope… — GPU Sizer" (issue 11's audit, Openbox on
Xvfb at 1920×1080; the Hub dialog's truncated title was the same defect, fixed for that one dialog). One filter on
the application widens every dialog, as it is first shown, to its title as the title bar shows it (with the
" — GPU Sizer" Qt adds) plus the title bar's icon, buttons and padding."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QDialog, QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

# The title bar around the title's text: measured under Openbox, a 270 px message box left 132 px to its title
# (icon, three buttons, padding: 138 px); GNOME's and Windows' buttons are wider.
TITLE_BAR_PX = 160


def title_bar_width(dialog: QWidget) -> int:
    """The width the title bar needs to show the dialog's title whole (title bars use a bold font)."""
    title = dialog.windowTitle()
    app_name = QGuiApplication.applicationDisplayName()
    if app_name and not title.endswith(app_name):  # as Qt's title bars do (QPlatformWindow::formatWindowTitle)
        title = f"{title} — {app_name}"
    font = QFont(dialog.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_BAR_PX


class WholeTitles(QObject):
    """Installed on the application (gui.app.create_application): every dialog at least as wide as its title."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            widen(watched)
        return False


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
