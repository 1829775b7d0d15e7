"""Dev-only: what Gemma 3n's towers allocate — timm's MobileNetV5 (the vision tower) and the USM conformer (the audio
encoder), each with its multimodal embedder — measured on fake tensors (no weights, no GPU) with the calibration
harness's tracker. Writes tests/data/calibration/gemma3n_towers.json, which tests/core/test_gemma3n_tower_memory.py
holds the engine (core/memory/towers.py) to.

    pip install --no-deps --target /tmp/timm-site timm==1.0.31 torchvision==0.28.0 pillow
    PYTHONPATH=/tmp/timm-site /tmp/oracle-venv/bin/python tools/calibration/gemma3n_towers.py \\
        --out tests/data/calibration/gemma3n_towers.json

(timm goes in a side folder, never into the oracle venv: it pulls a CUDA torch, tools/oracle/README.md; torch
2.13.0+cpu, transformers 5.25.0, timm 1.0.31.)

What runs is transformers' own code for the two towers, as Gemma3nModel builds and calls them (modeling_gemma3n.py,
5.25): `vision_tower = AutoModel.from_config(config.vision_config)` (TimmWrapperModel over
`timm.create_model(architecture, num_classes=0)`), `audio_tower = AutoModel.from_config(config.audio_config)`
(Gemma3nAudioEncoder), `embed_vision` / `embed_audio` (Gemma3nMultimodalEmbedder), and Gemma3nModel's own
`get_image_features` / `get_audio_features` methods over them. The text model is not built: its terms are the
harness's other Gemma 3n cases (run_cases.py gemma3n-e4b-10l).

Each case, inside FakeTensorMode with the harness's CUDA emulation (512-byte allocator rounding, CUDA's SDPA backend
choice and dropout): the towers built in fp32 and converted to bf16 parameter by parameter, as the harness does.
* inference: eval mode, no_grad; the peak of the storages the call makes (MemTracker ACT at its peak: the towers'
  transient) and what it returns (the soft-token embeddings, `pooler_output`).
* training: train mode, every parameter trainable (full fine-tuning), grad enabled, bf16; at the end of the call the
  output tensors are dropped and only the autograd graph is held: the ACT still alive is what the tower keeps for
  backward (`saved_bytes`); `forward_peak_bytes` is the ACT peak during the call. With the towers frozen (LoRA on the
  text model) the same call keeps nothing: `frozen_saved_bytes`.
Images are 768 × 768 (Gemma3nImageProcessor's fixed size); audio is log-mel frames as Gemma3nAudioFeatureExtractor
makes them from `seconds` of 16 kHz audio (the waveform padded to a multiple of 128 samples, frames of 513 samples
every 160: 100 per second) with an all-valid mask. Output is deterministic (no timings)."""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import sys
import warnings
from pathlib import Path
from typing import Any

os.environ["HF_HUB_OFFLINE"] = "1"
warnings.filterwarnings("ignore")

import torch  # noqa: E402
from torch import nn  # noqa: E402
from torch._subclasses.fake_tensor import FakeTensorMode  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "oracle"))
import harness  # noqa: E402
import prefill  # noqa: E402
from default_configs import VARIANTS, _import_timm  # noqa: E402

MODELS = {
    "gemma-3n-e4b": "gemma-3n E4B (dims, full model with vision and audio towers)",
    "gemma-3n-e2b": "gemma-3n E2B (dims, full model with vision and audio towers)",
}
IMAGE_SIDE = 768
SAMPLE_RATE, HOP, FRAME, PAD_MULTIPLE = 16_000, 160, 512, 128


def mel_frames(seconds: float) -> int:
    """Gemma3nAudioFeatureExtractor (5.25): the waveform padded to a multiple of 128 samples, unfolded into frames of
    frame_length + 1 = 513 samples every hop_length = 160 (32 ms and 10 ms at 16 kHz)."""
    samples = math.ceil(seconds * SAMPLE_RATE / PAD_MULTIPLE) * PAD_MULTIPLE
    return (samples - (FRAME + 1)) // HOP + 1


class Towers(nn.Module):
    """The four modules Gemma3nModel builds for its towers, under the same attribute names, so that its own
    get_image_features / get_audio_features run over them unchanged."""

    def __init__(self, config: Any) -> None:
        super().__init__()
        from transformers import AutoModel
        from transformers.models.gemma3n.modeling_gemma3n import Gemma3nMultimodalEmbedder

        self.config = config
        self.vision_tower = AutoModel.from_config(config=config.vision_config)
        self.embed_vision = Gemma3nMultimodalEmbedder(config.vision_config, config.text_config)
        self.audio_tower = AutoModel.from_config(config.audio_config)
        self.embed_audio = Gemma3nMultimodalEmbedder(config.audio_config, config.text_config)

    def images(self, pixel_values: torch.Tensor) -> Any:
        from transformers.models.gemma3n.modeling_gemma3n import Gemma3nModel

        return Gemma3nModel.get_image_features(self, pixel_values, return_dict=True)

    def audio(self, features: torch.Tensor, mask: torch.Tensor) -> Any:
        from transformers.models.gemma3n.modeling_gemma3n import Gemma3nModel

        # Gemma3nModel.forward passes the inverted processor mask (True = padding)
        return Gemma3nModel.get_audio_features(self, features, ~mask, return_dict=True)


def _config(model: str) -> Any:
    from transformers import Gemma3nConfig

    _, keys = VARIANTS[MODELS[model]]
    return Gemma3nConfig(**{k: v for k, v in keys.items() if k != "architectures"})


def _outputs_bytes(out: Any) -> int:
    seen: dict[int, int] = {}
    for v in out.values():
        if isinstance(v, torch.Tensor):
            st = v.untyped_storage()
            seen[id(st)] = harness._rounded(st.nbytes(), harness.CUDA_BLOCK)
    return sum(seen.values())


def measure(model: str, tower: str, mode: str, *, images: int = 0, seconds: float = 0.0, batch: int = 1) -> dict:
    """One call of one tower, as the module docstring says; bytes rounded to 512 per storage."""
    fake = FakeTensorMode(allow_non_fake_inputs=True)
    with (
        fake,
        harness._cuda_rounding(harness.CUDA_BLOCK),
        harness._sdpa_dispatch("cuda"),
        harness._dropout_dispatch("cuda"),
        harness._fake_safe_module_to(),
    ):
        towers = Towers(_config(model))
        harness._module_to_dtype(towers, torch.bfloat16)
        params = {
            "vision_tower": sum(p.numel() for p in towers.vision_tower.parameters()),
            "audio_tower": sum(p.numel() for p in towers.audio_tower.parameters()),
            "embed_vision": sum(p.numel() for p in towers.embed_vision.parameters()),
            "embed_audio": sum(p.numel() for p in towers.embed_audio.parameters()),
        }
        if tower == "vision":
            inputs = (torch.empty(images, 3, IMAGE_SIDE, IMAGE_SIDE, dtype=torch.bfloat16),)
            call = towers.images
        else:
            frames = mel_frames(seconds)
            inputs = (
                torch.empty(batch, frames, 128, dtype=torch.bfloat16),
                torch.ones(batch, frames, dtype=torch.bool),
            )
            call = towers.audio
        frozen = mode == "training-frozen"
        if mode == "inference":
            towers.eval()
        else:
            towers.train()
            for p in towers.parameters():
                p.requires_grad_(not frozen)
        mt = harness.PhaseMemTracker()
        mt.track_external(towers)
        with mt:
            mt.reset_peak()
            start = mt.current()
            if mode == "inference":
                with torch.no_grad():
                    out = call(*inputs)
            else:
                out = call(*inputs)
            peak = mt.peak()
            returned = _outputs_bytes(out)
            graph = [v.grad_fn for v in out.values() if isinstance(v, torch.Tensor) and v.grad_fn is not None]
            shapes = {k: list(v.shape) for k, v in out.items() if isinstance(v, torch.Tensor)}
            del out
            gc.collect()
            kept = mt.current()
            del graph
            gc.collect()
        record: dict[str, Any] = {
            "params": params,
            "param_bytes": start["PARAM"],
            "peak_act_bytes": peak["ACT"] - start["ACT"],
            "output_bytes": returned,
            "output_shapes": shapes,
        }
        if mode == "inference":
            record["transient_bytes"] = peak["ACT"] - start["ACT"]
        else:
            record["forward_peak_bytes"] = peak["ACT"] - start["ACT"]
            record["saved_bytes"] = kept["ACT"] - start["ACT"]
        if tower == "audio":
            record["mel_frames"] = mel_frames(seconds)
        del towers, mt, inputs
    gc.collect()
    return record


# the text model of run_cases.py's gemma3n-e4b-10l case (10 of E4B's 35 layers), here inside the whole model
TEXT_10L = {
    "num_hidden_layers": 10,
    "layer_types": (["sliding_attention"] * 4 + ["full_attention"]) * 2,
    "intermediate_size": [16384] * 10,
    "num_kv_shared_layers": 4,
    "activation_sparsity_pattern": [0.95] * 3 + [0.0] * 7,
}


def whole_config(model: str) -> dict:
    """The model's keys (default_configs.py VARIANTS) with the text model cut to TEXT_10L."""
    _, keys = VARIANTS[MODELS[model]]
    cfg = json.loads(json.dumps(keys))
    cfg["text_config"].update(TEXT_10L)
    return cfg


def measure_whole(model: str, *, images: int, seconds: float, seq: int) -> dict:
    """The whole Gemma3nForConditionalGeneration (AutoModelForImageTextToText, its text model cut to 10 layers) on one
    prompt of `seq` tokens holding `images` × 256 image tokens and 188 audio tokens per clip, with the pixels and
    mel frames: transformers' prefill as generate() runs it (eval, no_grad, use_cache, logits_to_keep=1, the last
    position's logits copied to fp32). Peak of every tracked storage (parameters included) and the cache after it."""
    from transformers import AutoModelForImageTextToText, Gemma3nConfig
    from transformers.models.gemma3n import modeling_gemma3n

    # get_placeholder_mask checks that the placeholder tokens match the features by reading a count (.item()), which
    # fake tensors cannot give; the prompt is built to match, and the check allocates nothing that stays
    modeling_gemma3n.torch_compilable_check = lambda *args, **kwargs: None
    cfg_keys = whole_config(model)
    with prefill.fake_cuda(), harness._fake_safe_module_to():
        config = Gemma3nConfig(**{k: v for k, v in cfg_keys.items() if k != "architectures"})
        net = AutoModelForImageTextToText.from_config(config, dtype=torch.float32)
        net.tie_weights()
        harness._module_to_dtype(net, torch.bfloat16)
        clips = math.ceil(seconds / 30) if seconds else 0
        n_image, n_audio = images * config.vision_soft_tokens_per_image, clips * config.audio_soft_tokens_per_image
        text = seq - n_image - n_audio
        assert text > 0

        def make_inputs() -> dict[str, Any]:
            ids = torch.cat(
                [
                    torch.full((1, n_image), config.image_token_id),
                    torch.full((1, n_audio), config.audio_token_id),
                    torch.randint(0, 262_144, (1, text)),
                ],
                dim=1,
            )
            kw: dict[str, Any] = {"input_ids": ids}
            if images:
                kw["pixel_values"] = torch.empty(images, 3, IMAGE_SIDE, IMAGE_SIDE, dtype=torch.bfloat16)
            if clips:
                frames = mel_frames(min(seconds, 30.0))
                kw["input_features"] = torch.empty(clips, frames, 128, dtype=torch.bfloat16)
                kw["input_features_mask"] = torch.ones(clips, frames, dtype=torch.bool)
            return kw

        measured = prefill.measure(net, make_inputs, cache_attrs=("cache",))
        record = {
            **{k: v for k, v in measured.items() if k != "peak_act_bytes"},
            "tokens": {"image": n_image, "audio": n_audio, "text": text},
        }
        del net
    gc.collect()
    return record


# whole-model prefills, all held out (nothing was derived from them): where a tower sets the peak (a short prompt
# with two images and 30 s of audio) and where the text model does (8,192 tokens, one image)
WHOLE: list[tuple[str, int, float, int]] = [
    ("gemma-3n-e4b", 2, 30.0, 1024),
    ("gemma-3n-e4b", 1, 0.0, 8192),
]


def whole_id(model: str, images: int, seconds: float, seq: int) -> str:
    return f"{model}-10l-whole-prefill-{images}img-{seconds:g}s-s{seq}"


# (model, tower, mode, images / seconds, batch, role): "derive" rows give core/memory/towers.py its constants (two
# points per line: per image or per second, and the intercept); "held-out" rows were not used to derive anything
CASES: list[tuple[str, str, str, float, int, str]] = [
    ("gemma-3n-e4b", "vision", "inference", 1, 1, "derive"),
    ("gemma-3n-e4b", "vision", "inference", 4, 1, "derive"),
    ("gemma-3n-e4b", "vision", "training", 1, 1, "derive"),
    ("gemma-3n-e4b", "vision", "training", 4, 1, "derive"),
    ("gemma-3n-e4b", "vision", "training-frozen", 2, 1, "derive"),
    ("gemma-3n-e4b", "audio", "inference", 10, 1, "derive"),
    ("gemma-3n-e4b", "audio", "inference", 30, 1, "derive"),
    ("gemma-3n-e4b", "audio", "training", 10, 1, "derive"),
    ("gemma-3n-e4b", "audio", "training", 30, 1, "derive"),
    ("gemma-3n-e4b", "audio", "training-frozen", 30, 1, "derive"),
    # held out: other counts and lengths (an odd length off the attention chunks, two clips), and the E2B model
    ("gemma-3n-e4b", "vision", "inference", 3, 1, "held-out"),
    ("gemma-3n-e4b", "vision", "training", 2, 1, "held-out"),
    ("gemma-3n-e2b", "vision", "inference", 2, 1, "held-out"),
    ("gemma-3n-e2b", "vision", "training", 3, 1, "held-out"),
    ("gemma-3n-e4b", "audio", "inference", 17.3, 1, "held-out"),
    ("gemma-3n-e2b", "audio", "training", 21.7, 1, "held-out"),
    ("gemma-3n-e2b", "audio", "inference", 25, 2, "held-out"),
]


def case_id(model: str, tower: str, mode: str, amount: float, batch: int) -> str:
    what = f"{amount:g}img" if tower == "vision" else f"{amount:g}s" + (f"x{batch}" if batch > 1 else "")
    return f"{model}-{tower}-{mode}-{what}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests/data/calibration/gemma3n_towers.json")
    ap.add_argument("--only", action="append", default=[], help="substring of a case id (repeatable)")
    args = ap.parse_args(argv)
    timm = _import_timm()
    import transformers

    env = {"torch": torch.__version__, "transformers": transformers.__version__, "timm": timm.__version__}
    rows = []
    for model, tower, mode, amount, batch, role in CASES:
        cid = case_id(model, tower, mode, amount, batch)
        if args.only and not any(s in cid for s in args.only):
            continue
        kw = {"images": int(amount)} if tower == "vision" else {"seconds": float(amount), "batch": batch}
        result = measure(model, tower, mode, **kw)
        setup = {"model": model, "config": MODELS[model], "tower": tower, "mode": mode, "dtype": "bf16", **kw}
        if tower == "vision":
            setup.update(image_side=IMAGE_SIDE, architecture="mobilenetv5_300m_enc")
        rows.append({"id": cid, "role": role, "setup": setup, "result": result, "environment": env})
        print(cid, {k: v for k, v in result.items() if k.endswith("bytes")}, flush=True)
    for model, images, seconds, seq in WHOLE:
        cid = whole_id(model, images, seconds, seq)
        if args.only and not any(s in cid for s in args.only):
            continue
        result = measure_whole(model, images=images, seconds=seconds, seq=seq)
        setup = {"model": model, "config": MODELS[model], "text_overrides": TEXT_10L, "mode": "whole-prefill",
                 "dtype": "bf16", "images": images, "seconds": seconds, "seq": seq, "batch": 1}  # fmt: skip
        rows.append({"id": cid, "role": "held-out", "setup": setup, "result": result, "environment": env})
        print(cid, result, flush=True)
    if args.only and args.out.exists():  # merge into the existing file
        old = {r["id"]: r for r in json.loads(args.out.read_text())}
        old.update({r["id"]: r for r in rows})
        order = [case_id(m, t, mo, a, b) for m, t, mo, a, b, _ in CASES] + [whole_id(*w) for w in WHOLE]
        rows = [old[i] for i in order if i in old]
    args.out.write_text(json.dumps(rows, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
