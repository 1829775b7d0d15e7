"""Dev-only: one whole-model prefill on fake tensors, as transformers' generate() runs it — the part that
voxtral_audio.py and gemma3n_towers.py share (each builds its own model and prompt).

Inside `fake_cuda()` (FakeTensorMode with the harness's CUDA emulation: 512-byte allocator rounding, CUDA's SDPA
choice, its fixes for transformers on fake tensors; no_grad), `measure(net, make_inputs)` puts the model in eval
mode with nothing trainable, calls it once with `use_cache=True, logits_to_keep=1` on what `make_inputs()` builds
(built inside the tracker, so the prompt's tensors count) and copies the last position's logits to fp32, as
generate() does. It reports the peak of every tracked storage (parameters included), the activations' part of it,
the parameters and buffers, and the cache's unique storages once the call's outputs are dropped."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import harness
import torch
from torch._subclasses.fake_tensor import FakeTensorMode


@contextmanager
def fake_cuda() -> Iterator[None]:
    """Fake tensors as CUDA allocates them, for inference (no_grad)."""
    with ExitStack() as stack:
        stack.enter_context(FakeTensorMode(allow_non_fake_inputs=True))
        stack.enter_context(harness._cuda_rounding(harness.CUDA_BLOCK))
        stack.enter_context(harness._sdpa_dispatch("cuda"))
        stack.enter_context(harness._hf_fake_fixes())
        stack.enter_context(torch.no_grad())
        yield


def measure(
    net: Any, make_inputs: Callable[[], dict[str, Any]], cache_attrs: tuple[str, ...] = ("past_key_values", "cache")
) -> dict[str, int]:
    """One prefill of `net` on `make_inputs()` (input_ids and the model's other inputs); `cache_attrs`: where the
    output holds the cache, the first the output has."""
    net.eval()
    net.requires_grad_(False)
    mt = harness.PhaseMemTracker()
    mt.track_external(net)
    with mt:
        mt.reset_peak()
        base = mt.current()
        inputs = make_inputs()
        out = net(use_cache=True, logits_to_keep=1, **inputs)
        cache = getattr(out, next(a for a in cache_attrs if hasattr(out, a)))
        nxt = out.logits[:, -1, :].to(copy=True, dtype=torch.float32)
        del out, nxt, inputs
        gc.collect()
        peak = mt.peak()
        kv = harness._cache_tensors(cache)
        kv_bytes = harness._storage_bytes(kv)
        del kv, cache
    del mt
    return {
        "peak_bytes": peak["TOTAL"],
        "peak_act_bytes": peak["ACT"] - base["ACT"],
        "param_bytes": base["PARAM"],
        "buffer_bytes": base["BUFFER"],
        "kv_cache_storage_bytes_after_prefill": kv_bytes,
    }
