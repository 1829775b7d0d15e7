"""Dev-only: what Voxtral's audio tower allocates — transformers' VoxtralEncoder (Whisper's encoder) with its
multimodal projector, as VoxtralModel.get_audio_features runs them — measured on fake tensors (no weights, no GPU)
with the calibration harness's tracker, and the whole VoxtralForConditionalGeneration (text model cut to 2 layers,
the encoder at its full 32 layers) in prefill and in bf16 full training. Writes tests/data/calibration/
voxtral_audio.json, which tests/core/test_voxtral_audio.py holds the engine (core/memory/towers.py WHISPER) to.

    /tmp/oracle-venv/bin/python tools/calibration/voxtral_audio.py --out tests/data/calibration/voxtral_audio.json

(torch 2.13.0+cpu, transformers 5.25.0.) The config is Voxtral-Small-24B-2507's (the Hub duplicate Abc7347/this,
tests/data/param_oracle/configs/Abc7347__this/config.json); Voxtral-Mini-3B-2507 has the same audio_config.

How transformers feeds audio (5.25, quoted):
* processing_voxtral.py VoxtralProcessorKwargs: `"pad_to_multiple_of": 480000, "max_source_positions": 3000` — the
  waveform is padded to a multiple of 30 s (480,000 samples at 16 kHz), and `_retrieve_input_features` splits the
  mel frames into chunks stacked along the batch dimension: `input_features.reshape(feature_size, -1,
  max_source_positions)` then `.transpose(0, 1)` — one (128, 3000) row per 30 s chunk; every chunk of every clip of
  the batch goes through the encoder in one call (`torch.cat(input_features_list)`).
* modeling_voxtral.py VoxtralEncoder.forward: `expected_seq_length = self.config.max_source_positions *
  self.conv1.stride[0] * self.conv2.stride[0]` (1500 × 1 × 2 = 3000 frames; anything else raises), conv2 has stride
  2, so each chunk is 1500 encoder positions with full (non-causal) attention within the chunk.
* VoxtralModel.get_audio_features: `audio_hidden_states.reshape(-1, self.config.audio_config.intermediate_size)`
  (1280 × 4 = 5120: four consecutive encoder positions per row) then `self.multi_modal_projector(...)`: 1500 / 4 =
  375 audio embeddings per chunk, each replacing one `audio_token_id` placeholder in the prompt
  (`inputs_embeds.masked_scatter(special_audio_mask, ...)`): they take context positions.

Each tower case, inside FakeTensorMode with the harness's CUDA emulation (512-byte rounding, CUDA's SDPA choice and
dropout): encoder + projector built in fp32, converted to bf16 parameter by parameter (embed_positions kept fp32, as
`_keep_in_fp32_modules_strict = ["embed_positions"]` makes from_pretrained load it).
* inference: eval, no_grad; the ACT peak of the call (`transient_bytes`).
* training: train mode, every parameter trainable; the ACT alive once the outputs are dropped and only the autograd
  graph is held (`saved_bytes`); with the tower frozen the same call keeps (almost) nothing (`saved_bytes` of mode
  training-frozen).
Whole-model cases: prefill as generate() runs it (eval, no_grad, use_cache, logits_to_keep=1, the last logits to
fp32) — the peak of every tracked storage; bf16 full training (foreach AdamW as on CUDA, bf16 states, 2 steps, the
second reported: harness._train_loop) — the step's peak and each phase's. Output is deterministic (no timings)."""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
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
import harness  # noqa: E402
import prefill  # noqa: E402

CONFIG = ROOT / "tests/data/param_oracle/configs/Abc7347__this/config.json"
TEXT_LAYERS = 2
CHUNK_SECONDS, FRAMES_PER_CHUNK = 30, 3000


def _keys() -> dict:
    cfg = json.loads(CONFIG.read_text())
    cfg["text_config"]["num_hidden_layers"] = TEXT_LAYERS
    return cfg


def _config() -> Any:
    from transformers import VoxtralConfig

    return VoxtralConfig(**{k: v for k, v in _keys().items() if k != "architectures"})


def chunks(seconds: float) -> int:
    return -(-int(seconds) // CHUNK_SECONDS) if seconds else 0


class Tower(nn.Module):
    """The two modules VoxtralModel builds for audio, under its attribute names, so that its own get_audio_features
    runs over them unchanged."""

    def __init__(self, config: Any) -> None:
        super().__init__()
        from transformers import AutoModel
        from transformers.models.voxtral.modeling_voxtral import VoxtralMultiModalProjector

        self.config = config
        self.audio_tower = AutoModel.from_config(config.audio_config)
        self.multi_modal_projector = VoxtralMultiModalProjector(config)

    def audio(self, features: torch.Tensor) -> Any:
        from transformers.models.voxtral.modeling_voxtral import VoxtralModel

        return VoxtralModel.get_audio_features(self, features, return_dict=True)


KEEP = re.compile("embed_positions")


def measure_tower(mode: str, seconds: float) -> dict:
    fake = FakeTensorMode(allow_non_fake_inputs=True)
    with (
        fake,
        harness._cuda_rounding(harness.CUDA_BLOCK),
        harness._sdpa_dispatch("cuda"),
        harness._dropout_dispatch("cuda"),
        harness._fake_safe_module_to(),
    ):
        tower = Tower(_config())
        harness._module_to_dtype(tower, torch.bfloat16, KEEP)
        n = chunks(seconds)
        features = torch.empty(n, 128, FRAMES_PER_CHUNK, dtype=torch.bfloat16)
        if mode == "inference":
            tower.eval()
        else:
            tower.train()
            for p in tower.parameters():
                p.requires_grad_(mode == "training" and p.dtype == torch.bfloat16)
        mt = harness.PhaseMemTracker()
        mt.track_external(tower)
        with mt:
            mt.reset_peak()
            start = mt.current()
            if mode == "inference":
                with torch.no_grad():
                    out = tower.audio(features)
            else:
                out = tower.audio(features)
            peak = mt.peak()
            shapes = {k: list(v.shape) for k, v in out.items() if isinstance(v, torch.Tensor)}
            graph = [v.grad_fn for v in out.values() if isinstance(v, torch.Tensor) and v.grad_fn is not None]
            del out
            gc.collect()
            kept = mt.current()
            del graph
            gc.collect()
        rec: dict[str, Any] = {
            "params": sum(p.numel() for p in tower.parameters()),
            "param_bytes": start["PARAM"],
            "chunks": n,
            "output_shapes": shapes,
        }
        if mode == "inference":
            rec["transient_bytes"] = peak["ACT"] - start["ACT"]
        else:
            rec["forward_peak_bytes"] = peak["ACT"] - start["ACT"]
            rec["saved_bytes"] = kept["ACT"] - start["ACT"]
        del tower, mt, features
    gc.collect()
    return rec


def _build(dtype: torch.dtype) -> Any:
    from transformers import VoxtralForConditionalGeneration

    with harness._fake_safe_module_to():
        net = VoxtralForConditionalGeneration._from_config(_config(), dtype=torch.float32, attn_implementation="sdpa")
    net.tie_weights()
    harness._module_to_dtype(net, dtype, KEEP)
    return net


def _ids(config: Any, n_audio: int, seq: int, batch: int) -> torch.Tensor:
    text = seq - n_audio
    assert text > 0
    return torch.cat(
        [
            torch.randint(0, 100, (batch, 4)),
            torch.full((batch, n_audio), config.audio_token_id),
            torch.randint(0, config.text_config.vocab_size, (batch, text - 4)),
        ],
        dim=1,
    )


def _no_check() -> None:
    # get_placeholder_mask checks the placeholder count against the features by reading a count (.item()), which
    # fake tensors cannot give; the prompt is built to match, and the check allocates nothing that stays
    from transformers.models.voxtral.modeling_voxtral import VoxtralModel

    def placeholder_mask(self: Any, input_ids: Any, inputs_embeds: Any, audio_features: Any) -> Any:
        mask = input_ids == self.config.audio_token_id  # get_placeholder_mask less its count check
        return mask.unsqueeze(-1).expand_as(inputs_embeds).to(inputs_embeds.device)

    VoxtralModel.get_placeholder_mask = placeholder_mask


def measure_prefill(seconds: float, seq: int) -> dict:
    _no_check()
    with prefill.fake_cuda():
        net = _build(torch.bfloat16)
        config, n = net.config, chunks(seconds)
        n_audio = n * 375

        def make_inputs() -> dict:
            kw = {"input_features": torch.empty(n, 128, FRAMES_PER_CHUNK, dtype=torch.bfloat16)} if n else {}
            return {"input_ids": _ids(config, n_audio, seq, 1), **kw}

        rec = {**prefill.measure(net, make_inputs), "tokens": {"audio": n_audio, "text": seq - n_audio}}
        del net
    gc.collect()
    return rec


def measure_training(seconds: float, seq: int) -> dict:
    _no_check()
    fake = FakeTensorMode(allow_non_fake_inputs=True)
    with (
        fake,
        harness._cuda_rounding(harness.CUDA_BLOCK),
        harness._sdpa_dispatch("cuda"),
        harness._dropout_dispatch("cuda"),
        harness._hf_fake_fixes(),
    ):
        net = _build(torch.bfloat16)
        net.train()
        psum = harness._param_summary(net)
        params = [p for p in net.parameters() if p.requires_grad]
        opt, _ = harness._make_optimizer("adamw", params, {"foreach": True})  # the CUDA default (run_cases.py ADAMW)
        n = chunks(seconds)
        cfg = net.config

        def make_inputs() -> dict:
            ids = _ids(cfg, n * 375, seq, 1)
            kw = {"input_features": torch.empty(n, 128, FRAMES_PER_CHUNK, dtype=torch.bfloat16)} if n else {}
            return {"input_ids": ids, "labels": ids, "use_cache": False, **kw}

        per_iter, mt = harness._train_loop(net, opt, make_inputs, lambda out: out.loss, 2, None, False, None)
        res = harness._training_result(per_iter, psum, opt, harness.CUDA_BLOCK, mt)
        keep = ("peak_bytes", "peak_phase", "phase_peak_bytes", "peak_by_category", "param_bytes", "grad_bytes",
                "optimizer_state_bytes", "activation_bytes_at_forward_end")  # fmt: skip
        rec = {k: res[k] for k in keep if k in res}
        rec["tokens"] = {"audio": n * 375, "text": seq - n * 375}
        del net, opt, mt
    gc.collect()
    return rec


# (mode, seconds, seq, role): tower rows "derive" give core/memory/towers.py WHISPER its per-chunk constants (two
# points per line); every other row is held out
TOWER: list[tuple[str, float, str]] = [
    ("inference", 30, "derive"),
    ("inference", 60, "derive"),
    ("training", 30, "derive"),
    ("training", 60, "derive"),
    ("training-frozen", 30, "held-out"),
    ("inference", 120, "held-out"),
    ("training", 90, "held-out"),
]
WHOLE: list[tuple[str, float, int]] = [
    ("prefill", 30, 1024),
    ("prefill", 90, 2048),
    ("prefill", 0, 1024),
    ("training", 60, 1024),
    ("training", 0, 1024),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests/data/calibration/voxtral_audio.json")
    ap.add_argument("--only", action="append", default=[], help="substring of a case id (repeatable)")
    args = ap.parse_args(argv)
    import transformers

    env = {"torch": torch.__version__, "transformers": transformers.__version__}
    rows = []
    src = "tests/data/param_oracle/configs/Abc7347__this/config.json (Voxtral-Small-24B-2507)"
    for mode, seconds, role in TOWER:
        cid = f"voxtral-audio-tower-{mode}-{seconds:g}s"
        if args.only and not any(o in cid for o in args.only):
            continue
        r = measure_tower(mode, seconds)
        setup = {"config": src, "mode": mode, "seconds": seconds, "dtype": "bf16", "batch": 1, "part": "tower"}
        rows.append({"id": cid, "role": role, "setup": setup, "result": r, "environment": env})
        print(cid, r, flush=True)
    for mode, seconds, seq in WHOLE:
        cid = f"voxtral-small-{TEXT_LAYERS}l-whole-{mode}-{seconds:g}s-s{seq}"
        if args.only and not any(o in cid for o in args.only):
            continue
        r = measure_prefill(seconds, seq) if mode == "prefill" else measure_training(seconds, seq)
        setup = {"config": src, "text_layers": TEXT_LAYERS, "mode": f"whole-{mode}", "seconds": seconds, "seq": seq,
                 "dtype": "bf16", "batch": 1, "optimizer": "adamw" if mode == "training" else None}  # fmt: skip
        rows.append({"id": cid, "role": "held-out", "setup": setup, "result": r, "environment": env})
        print(cid, {k: v for k, v in r.items() if "bytes" in k and not isinstance(v, dict)}, flush=True)
    if args.only and args.out.exists():  # merge into the existing file, in the lists' order
        old = {r["id"]: r for r in json.loads(args.out.read_text())}
        new = {r["id"]: r for r in rows}
        rows = list({**old, **new}.values())
    args.out.write_text(json.dumps(rows, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
