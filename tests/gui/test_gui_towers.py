"""The towers in the answer, in both languages: the largest context holds the audio's tokens (Voxtral Mini, 300 s =
10 chunks × 375 = 3,750 tokens) and says the text's room; a text-only full fine-tune says what of the trainable count
the idle audio tower leaves without a gradient (model.audio_tower 636,968,960 + model.multi_modal_projector 25,165,824
= 662,134,784, tests/data/param_oracle/param_oracle.json); the speed names the towers' share of the FLOPs."""

from __future__ import annotations

from core.scenario import Scenario
from core.sweep import largest_context
from gui import workers
from gui.document import preset_ref
from gui.main_window import MainWindow
from tests.gui.helpers import settle


def _scenario(**workload: object) -> Scenario:
    return Scenario.model_validate(
        {"model": preset_ref("voxtral-mini-3b-2507").model_dump(), "gpu": {"id": "h100-sxm-80gb"}, "workload": workload}
    )


def test_largest_context_and_trainable_with_an_audio_tower(qtbot, language: str, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    s = _scenario(mode="inference", context=8192, output_tokens=256, audio_seconds=300, batch=48)
    window.document.set_scenario(s, "walk")
    window.presenter.refresh()
    settle(qtbot, window)
    n = largest_context(s)
    assert n is not None
    largest = window.answer.values["largest"].text()
    text = f"{n - 3750:,}"
    assert "3,750" in largest and text in largest, largest
    # Voxtral's workload has audio alone: its tokens are named so, never "image/audio"
    assert ("3,750 audio tokens" if language == "en" else "3,750 个音频 token") in largest, largest
    assert "%" in window.answer.values["speed"].text()  # the towers' share of the prefill's FLOPs
    window.document.set_scenario(_scenario(mode="training", context=2048), "walk")
    window.presenter.refresh()
    settle(qtbot, window)
    params = window.answer.values["params"].text()
    assert "662 M" in params, params
    assert "662,134,784" in window.answer.values["params"].toolTip()
    assert ("get no gradient" in params) == (language == "en")
    assert workers.wait_for_done(30)  # the fit explorer's job for this window ends with it
