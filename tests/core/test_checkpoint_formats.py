"""The formats current checkpoints ship in (FP8 with 128×128 block scales, MXFP4 experts, NVFP4, INT4 groups), read
from the config's quantization_config and held to hand calculations and to a real checkpoint's size."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from core import quant
from core.importers import hf_config, hf_quant
from core.models import resolve
from core.params import TensorGroup, count
from tests.conftest import DATA, REFERENCE

CONFIGS = DATA / "param_oracle" / "configs"


def _linear(shape: tuple[int, ...], kind: str = "linear", component: str = "mlp") -> TensorGroup:
    return TensorGroup("w", component, shape, 1, kind)  # type: ignore[arg-type]


def test_fp8_block_bytes_by_hand() -> None:
    # a 7168 × 18432 weight: 1 byte a value + one fp32 scale per 128×128 tile (56 × 144 tiles)
    assert quant.group_bytes(quant.get("fp8-block128"), _linear((18432, 7168))) == 18432 * 7168 + 144 * 56 * 4
    # a tile count that does not divide: 576 rows → ceil(576 / 128) = 5 tiles
    assert quant.group_bytes(quant.get("fp8-block128"), _linear((576, 7168))) == 576 * 7168 + 5 * 56 * 4


def test_mxfp4_and_nvfp4_bytes_by_hand() -> None:
    # gpt-oss-20b expert gate_up: 5760 × 2880 values at 4 bits + one 8-bit E8M0 scale per 32 values (OCP MX spec)
    expert = _linear((5760, 2880), kind="expert", component="experts")
    assert quant.group_bytes(quant.get("mxfp4"), expert) == 5760 * 2880 // 2 + 5760 * 2880 // 32
    # MXFP4 leaves everything but the experts in bf16 (gpt-oss keeps attention, router, embeddings, lm_head)
    assert quant.group_bytes(quant.get("mxfp4"), _linear((4096, 2880), component="attention")) == 4096 * 2880 * 2
    # NVFP4: 4 bits + one FP8 scale per 16 values + fp32 weight_scale_2 and input_scale per tensor
    assert quant.group_bytes(quant.get("nvfp4"), _linear((4096, 4096))) == 4096 * 4096 // 2 + 4096 * 4096 // 16 + 8
    # a component the checkpoint keeps in 16-bit
    keep = frozenset({"attention"})
    assert quant.group_bytes(quant.get("nvfp4"), _linear((4096, 4096), component="attention"), keep) == 4096 * 4096 * 2


def test_deepseek_fp8_checkpoint_size() -> None:
    """DeepSeek-R1 (DeepSeek-V3's tensor shapes and FP8 quantization_config) ships 163 safetensors files totalling
    688,586,727,753 bytes (tests/data/reference/hf-configs/deepseek-ai__DeepSeek-V3/truth.json, from the LFS
    pointers of a mirror of the Hub repository). They hold the 61-layer model in fp8-block128 plus the MTP layer,
    which transformers does not build: one more MoE decoder layer, enorm + hnorm + shared_head.norm (3 × 7168,
    bf16), eh_proj (7168 × 14336, bf16) and its own embed_tokens and shared_head.head (2 × 129280 × 7168, bf16)."""
    cfg = json.loads((REFERENCE / "hf-configs" / "deepseek-ai__DeepSeek-V3" / "config.json").read_text())
    imported = hf_config.from_dict(cfg)
    assert imported.format_hint == "fp8-block128"
    fmt = quant.get("fp8-block128")

    def weights(c: dict) -> float:
        return sum(quant.group_bytes(fmt, g) for g in count(hf_config.from_dict(c).architecture).groups)

    main = weights(cfg)
    moe_layer = weights({**cfg, "num_hidden_layers": 4}) - weights({**cfg, "num_hidden_layers": 3})
    h, vocab = 7168, 129280
    mtp_extras = 3 * h * 2 + h * 2 * h * 2 + 2 * vocab * h * 2
    files = 688_586_727_753  # includes 163 safetensors headers (a few MB) and fp32 router-bias buffers
    assert abs((main + moe_layer + mtp_extras) / files - 1) < 5e-5


def test_quantization_config_sets_the_default_format() -> None:
    cases = {
        "openai__gpt-oss-20b": ("mxfp4", ("attention",)),
        "deepseek-ai__DeepSeek-V3.2": ("fp8-block128", ()),
        "Qwen__Qwen3-32B-FP8": ("fp8-block128", ()),
        "nvidia__MiniMax-M2.5-NVFP4": ("nvfp4", ("attention",)),
        "moonshotai__Kimi-K2.5": ("w4a16-g32", ("attention", "shared_experts", "mlp")),
    }
    for folder, (fmt, keep) in cases.items():
        got = hf_quant.read(json.loads((CONFIGS / folder / "config.json").read_text()))
        assert (got.format_id, set(got.keep_16bit)) == (fmt, set(keep)), folder
    ref, notes = resolve(str(CONFIGS / "openai__gpt-oss-20b"))
    assert ref.format_hint == "mxfp4" and ref.keep_16bit == ("attention",)
    assert any("mxfp4" in n for n in notes)


def test_unknown_quantization_method_is_unverified() -> None:
    cfg = json.loads((REFERENCE / "hf-configs" / "meta-llama__Meta-Llama-3.1-8B" / "config.json").read_text())
    cfg["quantization_config"] = {"quant_method": "hqq-v9", "bits": 3}
    imported = hf_config.from_dict(cfg)
    assert imported.format_hint is None
    assert not imported.verified and "hqq-v9" in imported.warnings[0]


@pytest.mark.parametrize(
    ("preset", "fmt"),
    [
        # their configs' quantization_config: {"quant_method": "mxfp4", "modules_to_not_convert": [… self_attn …]}
        ("gpt-oss-20b", "mxfp4"),
        # {"quant_method": "fp8", "fmt": "e4m3", "weight_block_size": [128, 128], …}
        ("deepseek-v3", "fp8-block128"),
        # compressed-tensors, INT4 weights in groups of 32 for the routed experts
        ("kimi-k2.5", "w4a16-g32"),
        ("llama-3.1-8b", None),  # no quantization_config: bf16
    ],
)
def test_a_preset_defaults_to_its_checkpoints_format(preset: str, fmt: str | None) -> None:
    """A preset is sized in the format its checkpoint is stored in, as an imported config.json is: gpt-oss 20B in
    MXFP4 (its experts), DeepSeek-V3 in FP8 with 128 × 128 block scales — not BF16 without a word. The CLI says so."""
    ref, _ = resolve(preset)
    assert ref.format_hint == fmt
    out = subprocess.run(
        [sys.executable, "-m", "core.cli", "estimate", "--model", preset, "--gpu", "h200-sxm-141gb", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    notes = json.loads(out.stdout)["notes"]
    said = [n for n in notes if n.startswith("weights default to the checkpoint's own format")]
    assert said == (
        [f"weights default to the checkpoint's own format, {fmt} (--weights to choose another)"] if fmt else []
    )
    if fmt is not None:
        assert (
            subprocess.run(
                [sys.executable, "-m", "core.cli", "estimate", "--model", preset, "--gpu", "h200-sxm-141gb"],
                capture_output=True,
                text=True,
                check=False,
            )
            .stdout.splitlines()[0]
            .endswith(f"inference, {fmt} on 1 × NVIDIA H200 SXM 141GB")
        )


def test_the_checkpoints_format_where_the_setup_cannot_load_it() -> None:
    """The CLI gives gpt-oss 20B its MXFP4 only for serving, and only where the runtime loads it: a full fine-tune
    needs a float dtype (the trained weights: bf16 here, not the refusal 'needs a float dtype, not mxfp4'), QLoRA a
    4-bit base (nf4), and llama.cpp loads GGUF types only (bf16, with a note saying why)."""

    def run(*extra: str) -> dict:  # type: ignore[type-arg]
        args = [sys.executable, "-m", "core.cli", "estimate", "--model", "gpt-oss-20b", "--gpu", "h200-sxm-141gb"]
        out = subprocess.run([*args, *extra, "--json"], capture_output=True, text=True, check=False)
        assert out.returncode == 0, out.stdout + out.stderr
        return json.loads(out.stdout)  # type: ignore[no-any-return]

    full = run("--mode", "training", "--finetune", "full")
    assert not any("own format" in n for n in full["notes"])
    qlora = run("--mode", "training", "--finetune", "qlora")
    assert any("frozen base is stored as nf4" in n for n in qlora["notes"])
    gguf = run("--runtime", "llama.cpp")
    assert "the checkpoint's own format, mxfp4, is not one this runtime loads: --weights to choose" in gguf["notes"]
