"""An axis' label, given a new text, is centred along its axis."""

from __future__ import annotations

from tests.gui.helpers import drain


def test_an_axis_label_given_a_new_text_is_centred_on_its_axis(qtbot) -> None:  # type: ignore[no-untyped-def]
    """pyqtgraph centres an axis' label when the axis is resized; a new text at the same size (the short form chosen
    as the plot was resized, or the unit's name changed) must be centred too. The oracle is pyqtgraph's own place for
    that text at that size."""
    from gui.charts.context_chart import ContextChart

    chart = ContextChart()
    qtbot.addWidget(chart)
    chart.resize(900, 400)
    chart.show()
    qtbot.waitExposed(chart)
    axis = chart.plot.getAxis("left")
    chart.set_axis_label("left", "Memory per GPU (GiB)")
    drain()
    chart.set_axis_label("left", "(GiB)")  # 95 px shorter; the axis keeps its size
    placed = axis.label.pos()
    axis.resizeEvent()  # pyqtgraph's own place for this text at this size
    assert axis.label.pos() == placed
