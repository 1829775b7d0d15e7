"""One sample unit (core.samples): CNN and image-model speeds are images/s, language models' tokens/s."""

import pytest

from core import cli
from core.estimate import estimate
from core.samples import sample_unit
from tests.core.helpers import scenario


def test_units_by_model_kind() -> None:
    assert sample_unit(scenario("resnet-50").model.architecture).name == "image"
    assert sample_unit(scenario("vit-b-16").model.architecture).name == "image"
    assert sample_unit(scenario("llama-3.1-8b").model.architecture).name == "token"
    assert estimate(scenario("resnet-50", workload={"mode": "training"})).compute.sample_unit == "image"


def test_cnn_training_speed_is_printed_in_images(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["estimate", "--model", "resnet-50", "--mode", "training", "--batch", "64"]) == 0
    out = capsys.readouterr().out
    assert "images/s over all GPUs" in out
    assert "tokens/s" not in out
    assert cli.main(["estimate", "--model", "resnet-50", "--batch", "8"]) == 0
    out = capsys.readouterr().out
    assert "images/s" in out and "tokens/s" not in out
    assert cli.main(["estimate", "--model", "llama-3.1-8b", "--mode", "training"]) == 0
    assert "tokens/s over all GPUs" in capsys.readouterr().out
