"""The dialog an unexpected error gets: what happened in one line, the log file that holds the traceback (with a
button that opens its folder), the traceback itself for a bug report, and — when the open document has unsaved
changes — a button that saves a recovery copy. The app and the open document stay as they are: nothing here
closes the window or discards an edit."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    def __init__(
        self,
        summary: str,
        details: str,
        log_path: Path | None,
        recover: Callable[[], Path] | None = None,
        document_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))  # the title bar adds " — GPU Sizer"
        self.log_path = log_path
        self._recover = recover
        self.recovery_path: Path | None = None

        self.intro = intro = QLabel(
            self.tr(
                "Something went wrong inside GPU Sizer:<br><b>{0}</b><br><br>The app is still running and your "
                "document is still open. If something looks wrong, save your work and restart."
            ).format(html.escape(summary)),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        if log_path is not None:
            where = self.tr("The full report is in the log file:\n{0}").format(log_path)
        else:
            where = self.tr("No log file is being written; the report is below.")
        self.log_label = QLabel(where, self)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMaximumHeight(180)
        self.recovery_label = QLabel(self)
        self.recovery_label.setWordWrap(True)
        self.recovery_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(self)
        self.open_log_button = QPushButton(self.tr("Open log folder"), self)
        self.open_log_button.setEnabled(log_path is not None)
        self.open_log_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.open_log_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.recover_button = QPushButton(self.tr("Save recovery copy"), self)
        self.recover_button.clicked.connect(self.save_recovery_copy)
        self.recover_button.setVisible(recover is not None)
        if recover is not None:
            self.recovery_label.setText(
                self.tr("“{0}” has unsaved changes. A recovery copy keeps them in a separate file.").format(
                    document_name
                )
            )
            buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.recovery_label.setVisible(recover is not None)
        self.continue_button = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details)
        layout.addWidget(self.recovery_label)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def open_log_folder(self) -> bool:
        if self.log_path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def save_recovery_copy(self) -> Path | None:
        """Write the recovery copy; the dialog says where (or why not) and stays open."""
        if self._recover is None:
            return None
        try:
            self.recovery_path = self._recover()
        except OSError as exc:
            self.recovery_label.setText(self.tr("Could not save a recovery copy: {0}").format(exc))
            return None
        self.recovery_label.setText(self.tr("Saved a recovery copy:\n{0}").format(self.recovery_path))
        self.recover_button.setEnabled(False)
        return self.recovery_path
