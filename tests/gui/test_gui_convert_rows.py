"""Tokens ↔ text size: converting to tokens shows the count once (issue 11, second pass: "Amount 2,538,071,066
tokens" and "Tokens 2,538,071,066" were both shown)."""

from __future__ import annotations

from gui.main_window import MainWindow
from tests.gui.helpers import pick_combo


def test_a_conversion_to_tokens_shows_the_count_once(window: MainWindow) -> None:
    window.tools.convert_action.trigger()
    d = window.tools.dialogs["convert"]
    d.data.amount.setText("10")
    d.data.amount.editingFinished.emit()
    pick_combo(d.data.unit, "gb")
    pick_combo(d.data.ratio, "openai-en")
    pick_combo(d.to_unit, "tokens")
    # OpenAI: 1 token ≈ 4 characters of English; 10 GB of ASCII text = 10 × 10⁹ characters / 4 = 2.5 × 10⁹ tokens
    assert d.results.text("tokens").replace(",", "") == "2500000000"
    assert d.results.text("result") == ""
    # to characters, both rows: the characters asked for and the tokens they hold
    pick_combo(d.to_unit, "chars")
    assert d.results.text("result") != "" and d.results.text("tokens").replace(",", "") == "2500000000"
