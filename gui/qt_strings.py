"""Qt's own strings that Qt's Chinese catalogue (qtbase_zh_CN.qm, which PySide6 ships in
QLibraryInfo.path(TranslationsPath) and gui/i18n.py loads) does not hold: its entries are for older source texts.
Qt 6 labels its file dialog "&Look in:" and "Files of &type:" (qtbase_zh_CN.qm has "Look in:" and "Files of type:")
and names a folder through QAbstractFileIconProvider ("Folder", comment "All other platforms"; the catalogue has it
under QFileDialog only). Listed here under Qt's own contexts so that lupdate puts them in resources/i18n/*.ts; our
translator is installed after Qt's and answers first. The texts are Qt's (qtbase: src/widgets/dialogs/qfiledialog.ui,
src/gui/itemmodels/qabstractfileiconprovider.cpp; the three a Chinese file dialog showed in English, PySide6
6.11); this function is never called."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def qt_strings() -> tuple[str, ...]:
    return (
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    )
