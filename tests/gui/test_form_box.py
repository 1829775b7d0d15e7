"""gui/widgets/form_box.py: a form's group box that changes height as rows are shown and hidden repaints the rows
below the first one that changes and its frame's bottom edge, not the rows above, and then shows what Qt's whole
repaint of it draws: the pixels it held before, with the repainted parts drawn over them, equal the box rendered
whole by Qt (QWidget.render), in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QPaintEvent, QRegion
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from gui.theme import FusionStyle, make_palette
from gui.widgets.form_box import FormBox
from tests.gui.helpers import drain, events_seen, rendered


def _window(qtbot, box_class: type[QGroupBox], dark: bool) -> tuple[QWidget, QGroupBox, list[QWidget]]:  # type: ignore[no-untyped-def]
    """The box in a window as the editor holds its panels: in a column, above a stretch."""
    window = QWidget()
    qtbot.addWidget(window)
    style = FusionStyle()  # the app's style (gui/theme.py)
    window.setStyle(style)
    window.setPalette(make_palette(dark))
    column = QVBoxLayout(window)
    box = box_class("Workload", window)
    form = QFormLayout(box)
    fields: list[QWidget] = []
    for i in range(8):
        field = QSpinBox(box) if i % 2 else QLineEdit(f"row {i}", box)
        form.addRow(f"Row {i}", field)
        fields.append(field)
    column.addWidget(box)
    column.addStretch(1)
    for w in (box, *box.findChildren(QWidget)):
        w.setStyle(style)
    window.resize(390, 400)
    window.show()
    qtbot.waitExposed(window)
    drain()
    return window, box, fields


@pytest.mark.parametrize("dark", [False, True])
def test_rows_shown_and_hidden_repaint_what_moves_and_show_what_a_whole_repaint_does(qtbot, dark: bool) -> None:  # type: ignore[no-untyped-def]
    window, box, fields = _window(qtbot, FormBox, dark)
    form = box.layout()
    assert isinstance(form, QFormLayout)
    column = window.layout()
    assert column is not None

    def rows(shown: dict[int, bool]) -> None:
        """As the editor shows and hides rows: its layouts held meanwhile (EditorPanel._hold_layouts), then the box
        measured again and the column laid out before the box (EditorPanel._mode_changed), so that the box is laid
        out once, at its new height."""
        for layout in (column, form):
            layout.setEnabled(False)
        for i, visible in shown.items():
            form.setRowVisible(fields[i], visible)
        for layout in (column, form):
            layout.setEnabled(True)
        box.updateGeometry()  # (EditorPanel._fit_width)
        column.activate()

    changes = [
        ("two rows hidden", lambda: rows({3: False, 5: False})),
        ("the last row hidden", lambda: rows({7: False})),
        ("a row shown again", lambda: rows({3: True})),
        ("the others shown again", lambda: rows({5: True, 7: True})),
        ("narrower", lambda: column.setContentsMargins(30, 11, 30, 11)),
        ("a row hidden in the narrower box", lambda: rows({4: False})),
    ]
    for what, change in changes:
        before = rendered(window)
        height = box.height()
        with events_seen(
            QEvent.Type.Paint,
            window,
            box,
            *box.findChildren(QWidget),
            record=lambda w, e: (w, QRegion(e.region())) if isinstance(e, QPaintEvent) else None,
        ) as painted:
            change()
            drain()
        region = QRegion()
        for widget, part in painted:
            region += part.translated(widget.mapTo(window, QPoint(0, 0)))
        assert rendered(window, region, over=before) == rendered(window), what
        if box.height() != height and "narrower" not in what:
            # the first two rows stay where they were: neither painted again
            repainted = {widget for widget, _part in painted}
            assert not repainted & {fields[0], fields[1]}, what
            assert box.height() != height


def test_a_plain_group_box_repaints_every_row_whenever_its_height_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """What the box spares: Qt repaints a resized QGroupBox whole, its rows that did not move included."""
    _, box, fields = _window(qtbot, QGroupBox, False)
    form = box.layout()
    assert isinstance(form, QFormLayout)
    with events_seen(QEvent.Type.Paint, fields[0], fields[1], record=lambda w, _e: w) as painted:
        form.setRowVisible(fields[5], False)
        drain()
    assert set(painted) == {fields[0], fields[1]}
