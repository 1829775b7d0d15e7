"""Themes: the preference (or the system scheme) switches the palette, and the charts take their colours from it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow
from gui.preferences import Preferences
from gui.theme import ThemeManager, is_dark
from tests.gui.helpers import llama_4090_q4, settle


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    palette, style = qapp.palette(), qapp.style().name()
    yield
    qapp.setPalette(palette)
    qapp.setStyle(style)


def test_dark_and_light_follow_the_preference(
    qtbot, qapp: QApplication, preferences: Preferences, restore_look: None
) -> None:
    manager = ThemeManager(qapp, preferences)
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    window.document.new(llama_4090_q4())
    settle(qtbot, window)
    preferences.set_theme("dark")
    assert manager.wants_dark() and is_dark(qapp.palette())
    chart = window.context_chart
    qtbot.waitUntil(lambda: chart.style_.dark)  # palette-change events reach the widgets through the loop
    assert chart.backgroundBrush().color().lightness() < 80
    assert chart.plot.getAxis("left").textPen().color().lightness() > 170  # light text on dark
    preferences.set_theme("light")
    assert not is_dark(qapp.palette())
    qtbot.waitUntil(lambda: not chart.style_.dark)
    assert chart.backgroundBrush().color().lightness() > 200
    preferences.set_theme("system")  # offscreen reports no dark scheme
    assert manager.wants_dark() is False


def test_theme_menu(window: MainWindow, restore_look: None) -> None:
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    theme_menu = next(a.menu() for a in view_menu.actions() if a.text() == "&Theme")
    dark = next(a for a in theme_menu.actions() if a.text() == "Dark")
    dark.trigger()
    assert window.preferences.theme == "dark"
    window.preferences.set_theme("system")
