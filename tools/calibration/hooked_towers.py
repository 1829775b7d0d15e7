"""Dev-only: what a frozen tower keeps for backward when transformers' enable_input_require_grads hooks it — LoRA with
gradient checkpointing on Mistral-Small-3.1 (Pixtral's vision tower) and on Voxtral (Whisper's encoder) — measured on
fake tensors (no weights, no GPU) with the calibration harness's tracker. Writes tests/data/calibration/
hooked_towers.json, which tests/core/test_hooked_towers.py holds the engine (core/memory/towers.py HOOKED) to.

    /tmp/oracle-venv/bin/python tools/calibration/hooked_towers.py --out tests/data/calibration/hooked_towers.json

(torch 2.13.0+cpu, transformers 5.25.0.) Configs: tests/data/param_oracle/configs/mistralai__Mistral-Small-3.1-24B-
Instruct-2503/config.json and …/Abc7347__this/config.json (Voxtral-Small-24B-2507; Mini has the same audio_config),
the text model cut to 2 layers, the towers at their full depth.

What transformers 5.25 does (modeling_utils.py, quoted):
* `_activation_checkpointing_enable` (what gradient_checkpointing_enable calls): `needs_embedding_grads =
  self.main_input_name == "input_ids"` … `self.enable_input_require_grads()`, which registers
  `output.requires_grad_(True)` on `module.get_input_embeddings()` of every PreTrainedModel inside — Pixtral's
  patch_conv, VoxtralEncoder's conv1 (tests/data/calibration/input_hooks.json).
* `_set_gradient_checkpointing`: `for module in self.modules(): if hasattr(module, "gradient_checkpointing"): …
  if enable and isinstance(module, GradientCheckpointingLayer): setattr(module, "gradient_checkpointing", …)` — the
  towers' own blocks are GradientCheckpointingLayer too (pixtral/modeling_pixtral.py `class
  PixtralAttentionLayer(GradientCheckpointingLayer)`, voxtral/modeling_voxtral.py `class
  VoxtralEncoderLayer(GradientCheckpointingLayer)`), so they are checkpointed with the text model's layers
  (`{"use_reentrant": False}` by default): each keeps its input (and, non-reentrant, the arguments its recompute
  needs: Pixtral's block attention mask, `generate_block_attention_mask`, (1, 1, N, N) in the tower's dtype over
  every image's patches, and the rotary cos / sin), not its internals.

Cases, inside FakeTensorMode with the harness's CUDA emulation (512-byte rounding, CUDA's SDPA choice and dropout),
the whole model built in fp32 and cast to bf16 (Voxtral's embed_positions kept fp32), every parameter frozen:
* tower rows: the tower's call as the model runs it (Mistral3Model.get_image_features / VoxtralModel.
  get_audio_features) in train mode; `saved_bytes` is what stays allocated once the outputs are dropped and only the
  autograd graph is held. Modes: `hooked-ckpt` (activation_checkpointing_enable(): the hook and the blocks
  checkpointed — what LoRA + gradient checkpointing does), `hooked` (enable_input_require_grads() alone, blocks not
  checkpointed: shown for comparison), `frozen` (neither: LoRA without checkpointing).
* whole rows: a LoRA training step (harness.apply_lora, r 16 on every Linear of the text blocks, the LoRA layer written
  out since peft cannot convert fake tensors) with activation_checkpointing_enable(), foreach AdamW, 2 steps, the
  second reported (harness._train_loop), with and without media at the same sequence length. Output is
  deterministic."""

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
from torch._subclasses.fake_tensor import FakeTensorMode  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
import harness  # noqa: E402
import voxtral_audio  # noqa: E402

MISTRAL = ROOT / "tests/data/param_oracle/configs/mistralai__Mistral-Small-3.1-24B-Instruct-2503/config.json"
TEXT_LAYERS = 2
KEEP = re.compile("embed_positions")


def _mistral_config() -> Any:
    from transformers import Mistral3Config

    cfg = json.loads(MISTRAL.read_text())
    cfg["text_config"]["num_hidden_layers"] = TEXT_LAYERS
    return Mistral3Config(**{k: v for k, v in cfg.items() if k != "architectures"})


def _no_mistral_check() -> None:
    # get_placeholder_mask checks the count with a value fake tensors cannot give; the prompt is built to match
    from transformers.models.mistral3.modeling_mistral3 import Mistral3Model

    def placeholder_mask(self: Any, input_ids: Any, inputs_embeds: Any, image_features: Any) -> Any:
        return (input_ids == self.config.image_token_id).unsqueeze(-1).to(inputs_embeds.device)

    Mistral3Model.get_placeholder_mask = placeholder_mask

    def image_features(
        self: Any, pixel_values: Any, image_sizes: Any, vision_feature_layer: Any = None, **kw: Any
    ) -> Any:
        # Mistral3Model.get_image_features (5.25) less its `torch.as_tensor(image_sizes, …) // downsample_ratio)
        # .prod(dim=-1).tolist()`, a read a fake tensor cannot give: the same split sizes in Python (views only)
        layer = self.config.vision_feature_layer if vision_feature_layer is None else vision_feature_layer
        out = self.vision_tower(pixel_values, image_sizes=image_sizes, return_dict=True, output_hidden_states=True)
        features = self.multi_modal_projector(out.hidden_states[layer].squeeze(0), image_sizes)
        ratio = self.vision_tower.patch_size * self.config.spatial_merge_size
        out.pooler_output = torch.split(features.squeeze(0), [(h // ratio) * (w // ratio) for h, w in image_sizes])
        return out

    Mistral3Model.get_image_features = image_features


def _build(model: str) -> Any:
    with harness._fake_safe_module_to():
        if model == "mistral3":
            from transformers import Mistral3ForConditionalGeneration

            net = Mistral3ForConditionalGeneration._from_config(
                _mistral_config(), dtype=torch.float32, attn_implementation="sdpa"
            )
        else:
            from transformers import VoxtralForConditionalGeneration

            net = VoxtralForConditionalGeneration._from_config(
                voxtral_audio._config(), dtype=torch.float32, attn_implementation="sdpa"
            )
    net.tie_weights()
    harness._module_to_dtype(net, torch.bfloat16, KEEP)
    return net


def _media(model: str, n: int, side: int) -> tuple[dict, int]:
    """The tower's inputs and the tokens they give the text model."""
    if model == "mistral3":
        sizes = [(side, side)] * n
        pix = torch.empty(n, 3, side, side, dtype=torch.bfloat16)
        return {"pixel_values": pix, "image_sizes": sizes}, n * (side // 28) ** 2
    return {"input_features": torch.empty(n, 128, voxtral_audio.FRAMES_PER_CHUNK, dtype=torch.bfloat16)}, n * 375


def _ctx() -> Any:
    import contextlib

    stack = contextlib.ExitStack()
    stack.enter_context(FakeTensorMode(allow_non_fake_inputs=True))
    stack.enter_context(harness._cuda_rounding(harness.CUDA_BLOCK))
    stack.enter_context(harness._sdpa_dispatch("cuda"))
    stack.enter_context(harness._dropout_dispatch("cuda"))
    stack.enter_context(harness._hf_fake_fixes())
    return stack


def measure_tower(model: str, mode: str, n: int, side: int) -> dict:
    _no_mistral_check()
    with _ctx():
        net = _build(model)
        for p in net.parameters():
            p.requires_grad_(False)
        if mode == "hooked-ckpt":
            net.config.use_cache = False
            net.activation_checkpointing_enable()
        elif mode == "hooked":
            net.enable_input_require_grads()
        net.train()
        kw, tokens = _media(model, n, side)
        mt = harness.PhaseMemTracker()
        mt.track_external(net)
        with mt:
            mt.reset_peak()
            start = mt.current()
            if model == "mistral3":
                out = net.model.get_image_features(kw["pixel_values"], kw["image_sizes"], return_dict=True)
            else:
                out = net.model.get_audio_features(kw["input_features"], return_dict=True)
            feats = torch.cat(out.pooler_output) if model == "mistral3" else out.pooler_output
            peak = mt.peak()
            shape = list(feats.shape)
            graph = feats.grad_fn
            del out, feats
            gc.collect()
            kept = mt.current()
            del graph
            gc.collect()
        rec = {
            "output_shape": shape,
            "media_tokens": tokens,
            "forward_peak_bytes": peak["ACT"] - start["ACT"],
            "saved_bytes": kept["ACT"] - start["ACT"],
        }
        if model == "mistral3":
            rec["patches"] = n * (side // 14) ** 2
        else:
            rec["chunks"] = n
        del net, mt
    gc.collect()
    return rec


def measure_whole(model: str, n: int, side: int, seq: int) -> dict:
    _no_mistral_check()
    voxtral_audio._no_check()
    with _ctx():
        net = _build(model)
        lora = harness.apply_lora(net, {"r": 16})
        net.config.use_cache = False
        net.activation_checkpointing_enable()
        net.train()
        psum = harness._param_summary(net)
        params = [p for p in net.parameters() if p.requires_grad]
        opt, _ = harness._make_optimizer("adamw", params, {"foreach": True})
        cfg = net.config
        media_id = cfg.image_token_id if model == "mistral3" else cfg.audio_token_id
        vocab = cfg.text_config.vocab_size

        def make_inputs() -> dict:
            kw, tokens = _media(model, n, side) if n else ({}, 0)
            ids = torch.cat(
                [
                    torch.randint(0, 100, (1, 4)),
                    torch.full((1, tokens), media_id),
                    torch.randint(200, vocab, (1, seq - tokens - 4)),
                ],
                dim=1,
            )
            return {"input_ids": ids, "labels": ids, "use_cache": False, **kw}

        per_iter, mt = harness._train_loop(net, opt, make_inputs, lambda out: out.loss, 2, None, False, None)
        res = harness._training_result(per_iter, psum, opt, harness.CUDA_BLOCK, mt)
        keep = ("peak_bytes", "peak_phase", "phase_peak_bytes", "peak_by_category", "param_bytes", "grad_bytes",
                "optimizer_state_bytes", "activation_bytes_at_forward_end")  # fmt: skip
        rec = {k: res[k] for k in keep if k in res}
        rec["lora"] = lora
        rec["media_tokens"] = _media(model, n, side)[1] if n else 0
        del net, opt, mt
    gc.collect()
    return rec


# (model, mode, items, side, role). Pixtral rows "derive" give core/memory/towers.py its per-patch and per-call terms
# beside the per-layer inputs and the block mask (read from the code, see the module); Voxtral's two "derive" rows
# give its per-chunk line; every other row is held out, "info" rows are not modelled (shown for comparison).
TOWER: list[tuple[str, str, int, int, str]] = [
    ("mistral3", "hooked-ckpt", 1, 784, "derive"),
    ("mistral3", "hooked-ckpt", 1, 1540, "derive"),
    ("mistral3", "hooked-ckpt", 2, 784, "held-out"),
    ("mistral3", "hooked-ckpt", 2, 1540, "held-out"),
    ("mistral3", "hooked", 1, 784, "info"),
    ("mistral3", "frozen", 1, 784, "info"),
    ("voxtral", "hooked-ckpt", 1, 0, "derive"),
    ("voxtral", "hooked-ckpt", 2, 0, "derive"),
    ("voxtral", "hooked-ckpt", 3, 0, "held-out"),
    ("voxtral", "hooked", 1, 0, "info"),
    ("voxtral", "frozen", 2, 0, "info"),
]
# (model, items, side, seq): every whole row is held out (with media vs without, the same seq)
WHOLE: list[tuple[str, int, int, int]] = [
    ("mistral3", 1, 1540, 4096),
    ("mistral3", 0, 0, 4096),
    ("voxtral", 2, 0, 2048),
    ("voxtral", 0, 0, 2048),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "tests/data/calibration/hooked_towers.json")
    ap.add_argument("--only", action="append", default=[], help="substring of a case id (repeatable)")
    args = ap.parse_args(argv)
    import transformers

    env = {"torch": torch.__version__, "transformers": transformers.__version__}
    src = {"mistral3": str(MISTRAL.relative_to(ROOT)), "voxtral": str(voxtral_audio.CONFIG.relative_to(ROOT))}
    rows = []
    for model, mode, n, side, role in TOWER:
        what = f"{n}x{side}" if model == "mistral3" else f"{n * 30}s"
        cid = f"{model}-tower-{mode}-{what}"
        if args.only and not any(o in cid for o in args.only):
            continue
        r = measure_tower(model, mode, n, side)
        setup = {"config": src[model], "mode": mode, "items": n, "side": side, "dtype": "bf16", "batch": 1,
                 "part": "tower"}  # fmt: skip
        rows.append({"id": cid, "role": role, "setup": setup, "result": r, "environment": env})
        print(cid, r, flush=True)
    for model, n, side, seq in WHOLE:
        what = (f"{n}x{side}" if model == "mistral3" else f"{n * 30}s") if n else "text"
        cid = f"{model}-{TEXT_LAYERS}l-whole-lora-ckpt-{what}-s{seq}"
        if args.only and not any(o in cid for o in args.only):
            continue
        r = measure_whole(model, n, side, seq)
        setup = {"config": src[model], "text_layers": TEXT_LAYERS, "mode": "whole-lora-ckpt", "items": n,
                 "side": side, "seq": seq, "dtype": "bf16", "batch": 1, "optimizer": "adamw"}  # fmt: skip
        rows.append({"id": cid, "role": "held-out", "setup": setup, "result": r, "environment": env})
        print(cid, {k: v for k, v in r.items() if "bytes" in k and not isinstance(v, dict)}, flush=True)
    if args.only and args.out.exists():
        old = {r["id"]: r for r in json.loads(args.out.read_text())}
        new = {r["id"]: r for r in rows}
        rows = list({**old, **new}.values())
    args.out.write_text(json.dumps(rows, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
