"""Every torchvision classification preset against torchvision's own tables (tests/data/reference/
torchvision-classification.json: `num_params` and `_ops` of each weights enum in torchvision 0.29.1): parameters
exactly, multiply-accumulates to the table's three decimals; the per-layer table and rectangular inputs by hand."""

import csv
import io
import json
from pathlib import Path

import pytest

from core import catalog, cli, cnn, cnn_zoo
from core.cnn_layers import layer_table, table_csv
from core.estimate import estimate
from core.params import count
from tests.core.helpers import scenario

REF = json.loads((Path(__file__).parents[1] / "data" / "reference" / "torchvision-classification.json").read_text())
WEIGHTS = REF["weights"]

PRESETS = {
    "alexnet": "AlexNet", "convnext-base": "ConvNeXt_Base", "convnext-large": "ConvNeXt_Large",
    "convnext-small": "ConvNeXt_Small", "convnext-tiny": "ConvNeXt_Tiny", "densenet-121": "DenseNet121",
    "densenet-161": "DenseNet161", "densenet-169": "DenseNet169", "densenet-201": "DenseNet201",
    "efficientnet-b0": "EfficientNet_B0", "efficientnet-b1": "EfficientNet_B1", "efficientnet-b2": "EfficientNet_B2",
    "efficientnet-b3": "EfficientNet_B3", "efficientnet-b4": "EfficientNet_B4", "efficientnet-b5": "EfficientNet_B5",
    "efficientnet-b6": "EfficientNet_B6", "efficientnet-b7": "EfficientNet_B7", "inception-v3": "Inception_V3",
    "mnasnet-0.5": "MNASNet0_5", "mnasnet-0.75": "MNASNet0_75", "mnasnet-1.0": "MNASNet1_0",
    "mnasnet-1.3": "MNASNet1_3", "mobilenet-v2": "MobileNet_V2", "mobilenet-v3-large": "MobileNet_V3_Large",
    "mobilenet-v3-small": "MobileNet_V3_Small",
    "regnet-x-1-6gf": "RegNet_X_1_6GF", "regnet-x-16gf": "RegNet_X_16GF", "regnet-x-3-2gf": "RegNet_X_3_2GF",
    "regnet-x-32gf": "RegNet_X_32GF", "regnet-x-400mf": "RegNet_X_400MF", "regnet-x-800mf": "RegNet_X_800MF",
    "regnet-x-8gf": "RegNet_X_8GF", "regnet-y-1-6gf": "RegNet_Y_1_6GF", "regnet-y-16gf": "RegNet_Y_16GF",
    "regnet-y-3-2gf": "RegNet_Y_3_2GF", "regnet-y-32gf": "RegNet_Y_32GF", "regnet-y-400mf": "RegNet_Y_400MF",
    "regnet-y-800mf": "RegNet_Y_800MF", "regnet-y-8gf": "RegNet_Y_8GF", "resnet-101": "ResNet101",
    "resnet-152": "ResNet152", "resnet-18": "ResNet18", "resnet-34": "ResNet34", "resnet-50": "ResNet50",
    "resnext-101-32x8d": "ResNeXt101_32X8D", "resnext-101-64x4d": "ResNeXt101_64X4D",
    "resnext-50-32x4d": "ResNeXt50_32X4D",
    "shufflenet-v2-x0.5": "ShuffleNet_V2_X0_5", "shufflenet-v2-x1.0": "ShuffleNet_V2_X1_0",
    "shufflenet-v2-x1.5": "ShuffleNet_V2_X1_5", "shufflenet-v2-x2.0": "ShuffleNet_V2_X2_0",
    "squeezenet-1.0": "SqueezeNet1_0", "squeezenet-1.1": "SqueezeNet1_1", "swin-b": "Swin_B", "swin-s": "Swin_S",
    "swin-t": "Swin_T", "vgg-11": "VGG11", "vgg-11-bn": "VGG11_BN", "vgg-13": "VGG13", "vgg-13-bn": "VGG13_BN",
    "vgg-16": "VGG16", "vgg-16-bn": "VGG16_BN", "vgg-19": "VGG19", "vgg-19-bn": "VGG19_BN", "vit-b-16": "ViT_B_16",
    "vit-b-32": "ViT_B_32", "vit-l-16": "ViT_L_16", "vit-l-32": "ViT_L_32", "wide-resnet-101-2": "Wide_ResNet101_2",
    "wide-resnet-50-2": "Wide_ResNet50_2",
    "vit-h-14": "ViT_H_14.IMAGENET1K_SWAG_LINEAR_V1", "regnet-y-128gf": "RegNet_Y_128GF.IMAGENET1K_SWAG_LINEAR_V1",
}  # fmt: skip


def _weights(name: str) -> dict:
    key = name.replace(".", "_Weights.", 1) if "." in name else f"{name}_Weights.IMAGENET1K_V1"
    return WEIGHTS[key]


def test_every_torchvision_family_of_the_issue_has_presets() -> None:
    families = {catalog.preset(p).family for p in PRESETS}
    for f in ("AlexNet", "VGG", "ResNet", "ResNeXt", "Wide ResNet", "DenseNet", "SqueezeNet", "MobileNet",
              "MobileNetV3", "MnasNet", "ShuffleNetV2", "Inception", "EfficientNet", "RegNet", "ConvNeXt", "ViT",
              "Swin Transformer"):  # fmt: skip
        assert f in families, f


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_parameters_equal_torchvision(preset: str) -> None:
    ref = _weights(PRESETS[preset])
    assert count(catalog.preset_architecture(preset)).total == ref["num_params"]
    assert catalog.preset(preset).published_params == ref["num_params"]


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_macs_equal_torchvisions_gflops_column(preset: str) -> None:
    # torchvision's "GFLOPS" (_ops) counts multiply-accumulates of convolutions and matrix products, in eval mode,
    # at the weights' crop size: the table is exact to its three decimals
    ref = _weights(PRESETS[preset])
    arch = catalog.preset_architecture(preset)
    if preset == "inception-v3":  # the auxiliary classifier runs in training only
        arch = arch.model_copy(update={"cnn": cnn_zoo.inception_v3(aux_logits=False)})
    t = layer_table(arch, ref["crop"])
    assert t.total_macs / 1e9 == pytest.approx(ref["ops"], abs=0.0006)
    assert t.total_flops == 2 * t.total_macs


def test_resnet50_forward_flops_are_twice_torchvisions_gflops() -> None:
    # the estimate's FLOPs per image = 2 × 4.089 G MACs (torchvision ResNet50_Weights _ops)
    c = estimate(scenario("resnet-50", workload={"mode": "training", "batch": 32})).compute
    assert c.flops_per_token == pytest.approx(2 * 4.089e9, rel=2e-4)
    assert c.sample_unit == "image"


def test_rectangular_input_by_hand() -> None:
    # ResNet-50's stem: 64 × 3 × 7 × 7 = 9,408 weights; at 224 × 320 px, stride 2 and padding 3 give
    # (224 + 6 − 7) // 2 + 1 = 112 by (320 + 6 − 7) // 2 + 1 = 160 outputs: 9,408 × 112 × 160 = 168,591,360 MACs
    t = layer_table(catalog.preset_architecture("resnet-50"), (224, 320), batch=2, bytes_per_element=2)
    stem = t.rows[0]
    assert stem.output_shape == (64, 112, 160)
    assert stem.macs == 2 * 9408 * 112 * 160  # batch 2
    assert stem.activation_bytes == 64 * 112 * 160 * 2 * 2
    assert t.rows[-1].output_shape == (1000, 1, 1)


def test_ceil_mode_pooling() -> None:
    # PyTorch MaxPool2d: out = ⌊(110 − 3) / 2⌋ + 1 = 54, with ceil_mode ⌈107 / 2⌉ + 1 = 55
    assert cnn._pool_out(110, 3, 2, 0) == 54
    assert cnn._pool_out(110, 3, 2, 0, ceil=True) == 55


def test_estimates_of_new_kinds_of_layers_run() -> None:
    for preset in ("swin-t", "efficientnet-b0", "convnext-tiny", "mobilenet-v3-small", "inception-v3"):
        est = estimate(scenario(preset, workload={"mode": "training", "batch": 8}))
        assert est.memory.item("activations") is not None
        assert est.memory.total > est.params.total * 16  # weights, gradients and Adam states at least


def test_cli_layers(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["layers", "--model", "resnet-50", "--image-size", "224x320"]) == 0
    out = capsys.readouterr().out
    assert "MACs" in out and "FLOPs" in out and "64×112×160" in out and "GMACs" in out
    assert cli.main(["layers", "--model", "squeezenet-1.1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total_params"] == 1235496
    assert data["total_macs"] / 1e9 == pytest.approx(0.349, abs=0.0006)
    assert cli.main(["layers", "--model", "llama-3.1-8b"]) == 2
    assert "not an image model" in capsys.readouterr().err
    assert cli.main(["layers", "--model", "resnet-50", "--image-size", "abc"]) == 2


def test_layer_table_as_csv_by_hand() -> None:
    # ResNet-50's stem: conv 7×7, 3 → 64 channels, stride 2, no bias: 7·7·3·64 = 9,408 weights; on 224 px its
    # output is 64×112×112 = 802,816 values (3,211,264 bytes in fp32) and it costs 9,408 × 112 × 112 = 118,013,952
    # MACs; the total row holds torchvision's 25,557,032 parameters
    text = table_csv(layer_table(catalog.preset_architecture("resnet-50")))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["index", "layer", "detail"] and text.endswith("\n")
    assert rows[1][1] == "conv" and rows[1][3:] == ["64", "112", "112", "9408", "3211264", "118013952", "236027904"]
    assert rows[-1][1] == "total" and rows[-1][6] == "25557032"
