"""Dev-only calibration harness: what PyTorch actually allocates at the peak.

Builds real Hugging Face ``transformers`` models (or plain-torch CNNs) from a config
under ``FakeTensorMode`` -- so a 70B model costs no memory -- and runs real training
steps / inference passes under ``torch.distributed._tools.mem_tracker.MemTracker``.
Every tensor storage that the dispatcher allocates is accounted for, by category
(PARAM, BUFFER, GRAD, ACT, TEMP, OPT, OTH), and the peak is recorded per phase.

This module needs ``torch`` and ``transformers`` (a dev-only venv, see README.md);
nothing in the product imports it.

Public API (all return plain JSON-able dicts, bytes as ints):

* :func:`measure_training` -- one HF causal-LM training setup, 2 iterations, iteration 2 reported.
* :func:`measure_inference` -- prefill + N decode steps with a KV cache.
* :func:`measure_cnn_training` -- ResNet-50 / VGG-16 (torchvision-equivalent, plain torch).
* :func:`load_hf_config` -- a published config.json (tests/data/reference/hf-configs or
  tests/data/param_oracle/configs), optionally its nested text config, plus overrides.
* :func:`versions` -- the software versions the numbers were produced with.

See README.md in this folder for the method, findings and caveats.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import json
import math
import os
import platform
import re
import time
import warnings
import weakref
from collections import Counter
from pathlib import Path
from typing import Any

import torch
import torch.nn as nn
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.distributed._tools import mem_tracker as _mt_mod
from torch.distributed._tools.common_utils import get_untyped_storages
from torch.distributed._tools.mem_tracker import MemTracker
from torch.utils.weak import WeakIdKeyDictionary

warnings.filterwarnings("ignore")

# --------------------------------------------------------------------------------------
# Constants / configuration
# --------------------------------------------------------------------------------------

#: CUDA caching-allocator granularity. ``torch.cuda.max_memory_allocated`` counts block
#: sizes, which are request sizes rounded up to a multiple of 512 bytes. MemTracker applies
#: this rounding only to tensors whose device is "cuda"; our fake tensors live on "cpu", so
#: we apply the same rounding to every storage (see ``_cuda_rounding``).
CUDA_BLOCK = 512

CATEGORIES = ("PARAM", "BUFFER", "GRAD", "ACT", "TEMP", "OPT", "OTH")
_REF_TO_KEY = {
    "Parameter": "PARAM",
    "Buffer": "BUFFER",
    "Gradient": "GRAD",
    "Activation": "ACT",
    "Temp": "TEMP",
    "Optstate": "OPT",
    "Other": "OTH",
    "Total": "TOTAL",
}

_REPO_ROOT = Path(__file__).resolve().parents[2]


def hf_configs_dirs() -> list[Path]:
    """Folders holding ``<org>__<name>/config.json`` published configs, searched in order: the reference set
    (tests/data/reference/hf-configs, or ``GPU_SIZER_HF_CONFIGS``) and the issue-8 corpus
    (tests/data/param_oracle/configs)."""
    env = os.environ.get("GPU_SIZER_HF_CONFIGS")
    candidates = [Path(env)] if env else []
    candidates += [
        _REPO_ROOT / "tests" / "data" / "reference" / "hf-configs",
        _REPO_ROOT / "tests" / "data" / "param_oracle" / "configs",
    ]
    found = [c for c in candidates if c.is_dir()]
    if not found:
        raise FileNotFoundError("hf-configs folder not found; set GPU_SIZER_HF_CONFIGS")
    return found


def config_path(source: str) -> Path:
    """``<dir>/<source>/config.json`` in the first config folder that has it."""
    for d in hf_configs_dirs():
        path = d / source / "config.json"
        if path.is_file():
            return path
    raise FileNotFoundError(f"{source}/config.json is in none of {hf_configs_dirs()}")


def versions() -> dict:
    import transformers

    return {
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "platform": platform.platform(),
    }


# --------------------------------------------------------------------------------------
# Config handling
# --------------------------------------------------------------------------------------


def load_hf_config(
    source: str | None,
    overrides: dict | None = None,
    model_type: str | None = None,
    nested: str | None = None,
    drop: tuple[str, ...] = (),
) -> dict:
    """Return a config dict: ``<source>/config.json`` (see :func:`config_path`) with ``overrides`` applied.

    ``nested`` names a sub-config to use instead of the top level (``"text_config"``: the language model of a
    multimodal checkpoint, as its ``*ForCausalLM`` text class is built); ``drop`` removes keys (e.g.
    ``quantization_config``: the weights are then built in the measured dtype). ``source=None`` with ``model_type``
    builds the library default config of that type (e.g. ``GPT2Config()``), serialised to a dict.
    """
    if source is None:
        from transformers import AutoConfig

        if model_type is None:
            raise ValueError("need source or model_type")
        d = AutoConfig.for_model(model_type).to_dict()
    else:
        d = json.loads(config_path(source).read_text())
        if nested:
            d = d[nested]
    d = {k: v for k, v in d.items() if k not in drop}
    for k, v in (overrides or {}).items():
        d[k] = v
    return d


def _make_hf_config(cfg: dict):
    from transformers import AutoConfig

    cfg = dict(cfg)
    model_type = cfg.pop("model_type")
    for k in ("architectures", "transformers_version", "_name_or_path", "torch_dtype", "dtype"):
        cfg.pop(k, None)
    return AutoConfig.for_model(model_type, **cfg)


# --------------------------------------------------------------------------------------
# CUDA-like rounding and tracker
# --------------------------------------------------------------------------------------


@contextlib.contextmanager
def _cuda_rounding(block: int | None):
    """Round every tracked storage up to ``block`` bytes, as the CUDA caching allocator does."""
    cls = _mt_mod._WeakRefInfo
    orig = cls._calculate_mem_consumed
    if block:

        def _calc(self):  # type: ignore[no-untyped-def]
            mem = self.size * self.element_size
            return math.ceil(mem / block) * block

        cls._calculate_mem_consumed = _calc
    try:
        yield
    finally:
        cls._calculate_mem_consumed = orig


def _snap_to_plain(snap: dict) -> dict:
    """MemTracker snapshot ({device: {RefType: bytes}}) -> {"PARAM": .., ..., "TOTAL": ..} summed over devices."""
    out = {k: 0 for k in CATEGORIES}
    out["TOTAL"] = 0
    for _dev, dsnap in snap.items():
        for k, v in dsnap.items():
            key = _REF_TO_KEY.get(getattr(k, "value", k), str(k))
            out[key] = out.get(key, 0) + int(v)
    return out


_SDPA_FAMILY = (
    "scaled_dot_product",
    "flash_attention",
    "efficient_attention",
    "cudnn_attention",
)
_NOTABLE = (
    "_softmax",
    "_log_softmax",
    "nll_loss",
    "grouped_mm",
    "_foreach_",
    "embedding_dense_backward",
    "dropout",
    "bernoulli",
    "convolution",
    "batch_norm",
    "max_pool",
)


_BLOCK_FQN = re.compile(r"\.(layers|h)\.\d+$")  # a decoder block's fqn in ModTracker's parents


class PhaseMemTracker(MemTracker):
    """MemTracker + per-phase peaks + a dispatch log of attention-related ops."""

    def __init__(self) -> None:
        super().__init__()
        self.phase: str | None = None
        self.phase_peaks: dict[str, dict] = {}
        self.op_counts: Counter = Counter()
        self.notable_counts: Counter = Counter()
        self.sdpa_examples: list[dict] = []
        self.record_ops = True
        self.param_ids: set[int] = set()
        self.param_cast_bytes = 0
        self.watch: str | None = None  # fqn suffix of the probe module (per-module peaks only for it)
        self._watched: list = []
        self.inventory: list | None = None  # (weakref(storage), op, shape, dtype, nbytes) made in the probe fwd
        self._inv_seen = WeakIdKeyDictionary()  # every storage produced while the inventory is on
        # live set at the peak of one phase: every storage made during `live_phase` (op, shape, dtype, module),
        # summarised each time that phase's peak rises; the last summary is the live set at the phase's peak
        self.live_phase: str | None = None
        self._born = WeakIdKeyDictionary()
        self._peak_dirty = False
        self.live_at_peak: list[dict] | None = None
        # the two moments of an FSDP2 backward (core/memory/peak.py resolve_moments): "loss_backward" from the start
        # of backward until a decoder block's backward begins (ModTracker names it a parent), then "block_backward"
        # until the first block's (layers.0) backward is over, then "backward_end" (the embedding's gradient, the
        # engine's backward_end phase); the peak of each is kept when `moments` is on
        self.moments = False
        self.moment: str | None = None
        self.moment_peaks: dict[str, dict] = {}
        self.moment_where: dict[str, list[str]] = {}  # the blocks in backward at each moment's peak
        self._first_block_seen = False

    def _track_module_params_and_buffers(self, module: nn.Module, install_grad_hooks: bool = True):
        # Upstream registers a grad hook on *every* parameter, which raises for frozen ones
        # (LoRA base weights). Same logic, hooks only where requires_grad.
        def _grad_hook(grad: torch.Tensor) -> None:
            self._update_and_maybe_create_winfos(grad, _mt_mod._MemRefType.GRAD)

        param_memory = 0
        for param in module.parameters():
            winfos = self._update_and_maybe_create_winfos(param, _mt_mod._MemRefType.PARAM)
            param_memory += sum(w.mem_consumed for w in winfos)
            if param.grad is not None:
                self._update_and_maybe_create_winfos(param.grad, _mt_mod._MemRefType.GRAD)
            if install_grad_hooks and param.requires_grad and self._param_to_grad_hook_handles.get(param, None) is None:
                h1 = param.register_hook(_grad_hook)
                h2 = param.register_post_accumulate_grad_hook(lambda p: _grad_hook(p.grad))
                self._param_to_grad_hook_handles[param] = (h1, h2)
        buffer_memory = 0
        for buffer in module.buffers():
            winfos = self._update_and_maybe_create_winfos(buffer, _mt_mod._MemRefType.BUFFER)
            buffer_memory += sum(w.mem_consumed for w in winfos)
        return (param_memory, buffer_memory)

    def set_phase(self, name: str | None) -> None:
        self.phase = name
        if name is not None and name not in self.phase_peaks:
            self.phase_peaks[name] = _snap_to_plain(self._curr_mem_snap)

    def reset_peak(self) -> None:
        self._peak_mem_snap = copy.deepcopy(self._curr_mem_snap)
        self._peak_mem = {d: s["Total"] for d, s in self._peak_mem_snap.items()}
        self.phase_peaks = {}

    def current(self) -> dict:
        return _snap_to_plain(self._curr_mem_snap)

    def peak(self) -> dict:
        return _snap_to_plain(self._peak_mem_snap)

    def _pre_fw_hook(self, module: nn.Module, inputs: Any) -> None:
        super()._pre_fw_hook(module, inputs)
        stats = self.memory_tracking.get(module)
        if stats is not None and self.watch and stats.mod_fqn.endswith(self.watch) and stats not in self._watched:
            self._watched.append(stats)

    def reset_mod_stats(self) -> None:
        super().reset_mod_stats()
        self._watched = []

    def _update_peak_stats(self, peak_state) -> None:  # type: ignore[no-untyped-def]
        # Upstream walks *every* module's stats on every op (O(modules) per op: most of the
        # runtime for 30-80 layer models). Same logic, restricted to the watched probe module.
        curr_snap = self._curr_mem_snap
        for mod_stats in self._watched:
            if mod_stats.mod_fqn in self._mod_tracker.parents and peak_state in mod_stats.snapshots:
                for dev, dev_snap in curr_snap.items():
                    if mod_stats.local_peak.get(dev, 0) < dev_snap["Total"]:
                        mod_stats.local_peak[dev] = dev_snap["Total"]
                        mod_stats.snapshots[peak_state][-1][dev] = copy.deepcopy(dev_snap)
        for dev, dev_snap in curr_snap.items():
            if self._peak_mem.get(dev, 0) < dev_snap["Total"]:
                self._peak_mem[dev] = dev_snap["Total"]
                self._peak_mem_snap[dev] = copy.deepcopy(dev_snap)
        if self.phase is None:
            return
        total = sum(s["Total"] for s in curr_snap.values())
        if self.moments and self.phase == "backward":
            in_block = [p for p in self._mod_tracker.parents if _BLOCK_FQN.search(p)]
            if in_block and self.moment == "loss_backward":
                self.moment = "block_backward"
            if any(p.endswith(".0") for p in in_block):
                self._first_block_seen = True
            elif self._first_block_seen and not in_block:  # the first block's backward is over: the embedding's
                self.moment = "backward_end"
            m = self.moment or "loss_backward"
            if total > self.moment_peaks.get(m, {}).get("TOTAL", 0):
                self.moment_peaks[m] = _snap_to_plain(curr_snap)
                self.moment_where[m] = sorted(p.split(".", 1)[-1] for p in in_block)
        cur = self.phase_peaks.get(self.phase)
        if cur is None or total > cur["TOTAL"]:
            self.phase_peaks[self.phase] = _snap_to_plain(curr_snap)
            if self.phase == self.live_phase:
                self._peak_dirty = True

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):  # type: ignore[no-untyped-def]
        res = super().__torch_dispatch__(func, types, args, kwargs)
        if self.live_phase is not None and self.phase == self.live_phase:
            module = max(self._mod_tracker.parents, key=len, default="")
            for t in res if isinstance(res, (tuple, list)) else [res]:
                if isinstance(t, torch.Tensor):
                    for st in get_untyped_storages(t):
                        if st in self._born:
                            continue
                        winfo = self._WINFO.get(st, (None, None))[0]
                        if winfo is not None and winfo.reftype in (
                            _mt_mod._MemRefType.PARAM,
                            _mt_mod._MemRefType.BUFFER,
                        ):
                            continue  # a view of a weight (aten.t(weight) ...), not a new allocation
                        self._born[st] = (str(func), list(t.shape), str(t.dtype).replace("torch.", ""), module)
            if self._peak_dirty:
                self._peak_dirty = False
                self.live_at_peak = _summarise_live(self._born)
        if self.inventory is not None and not self._mod_tracker.is_bw:
            in_probe = any(p.endswith(self.watch) for p in self._mod_tracker.parents)
            for t in res if isinstance(res, (tuple, list)) else [res]:
                if not isinstance(t, torch.Tensor):
                    continue
                for st in get_untyped_storages(t):
                    if st in self._inv_seen:
                        continue  # a view of / in-place on a storage an earlier op made
                    self._inv_seen[st] = True
                    winfo = self._WINFO.get(st, (None, None))[0]
                    if not in_probe or winfo is None or winfo.reftype != _mt_mod._MemRefType.ACT:
                        continue  # outside the probe layer, or a parameter view such as aten.t(weight)
                    self.inventory.append(
                        (
                            weakref.ref(st),
                            str(func),
                            list(t.shape),
                            str(t.dtype).replace("torch.", ""),
                            st.nbytes(),
                        )
                    )
        if (
            func is torch.ops.aten._to_copy.default
            and args
            and id(args[0]) in self.param_ids
            and isinstance(res, torch.Tensor)
            and self.phase == "forward"
        ):
            # a dtype cast of a parameter (autocast's weight copies in mixed precision)
            self.param_cast_bytes += _rounded(res.numel() * res.element_size(), CUDA_BLOCK)
        if self.record_ops:
            name = str(func)
            if any(s in name for s in _SDPA_FAMILY):
                self.op_counts[name] += 1
                if len(self.sdpa_examples) < 2 and "backward" not in name:
                    self.sdpa_examples.append(
                        {
                            "op": name,
                            "phase": self.phase,
                            "inputs": _describe(list(args)[:4]),
                            "outputs": _describe(res if isinstance(res, (tuple, list)) else [res]),
                        }
                    )
            elif any(s in name for s in _NOTABLE):
                self.notable_counts[name.rsplit(".", 1)[0] if "_foreach_" in name else name] += 1
        return res


def _summarise_live(born) -> list[dict]:
    """Storages alive now among those made in the watched phase, grouped by (op, shape, dtype, module); bytes rounded
    to 512 like the tracker."""
    agg: dict[tuple, dict] = {}
    for st, (op, shape, dt, module) in list(born.items()):
        key = (op, tuple(shape), dt, module)
        e = agg.setdefault(key, {"op": op, "shape": shape, "dtype": dt, "module": module, "count": 0, "bytes": 0})
        e["count"] += 1
        e["bytes"] += _rounded(st.nbytes(), CUDA_BLOCK)
    return sorted(agg.values(), key=lambda e: (-e["bytes"], e["op"], e["module"]))


def _describe(objs) -> list:
    out = []
    for o in objs:
        if isinstance(o, torch.Tensor):
            out.append({"shape": list(o.shape), "dtype": str(o.dtype).replace("torch.", "")})
        elif o is None or isinstance(o, (int, float, bool)):
            out.append(o)
        else:
            out.append(type(o).__name__)
    return out


def _storage_bytes(tensors) -> int:
    """Sum of unique storages' nbytes (exact, unrounded)."""
    seen = {}
    for t in tensors:
        if t is None:
            continue
        for st in get_untyped_storages(t):
            seen[id(st)] = st.nbytes()
    return int(sum(seen.values()))


def _logical_bytes(tensors) -> int:
    return int(sum(t.numel() * t.element_size() for t in tensors if t is not None))


def _rounded(n: int, block: int | None) -> int:
    return int(math.ceil(n / block) * block) if block else int(n)


# --------------------------------------------------------------------------------------
# SDPA: emulate the CUDA dispatcher's backend choice (fake tensors live on CPU here)
# --------------------------------------------------------------------------------------

_ORIG_SDPA = torch.nn.functional.scaled_dot_product_attention


def _cuda_like_sdpa(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None, enable_gqa=False):
    """Python mirror of ``at::native::scaled_dot_product_attention`` on a CUDA sm80+/sm90 device.

    Backend priority flash -> mem-efficient -> math (torch's default order; cuDNN attention is
    preferred instead only on sm90/sm100 with cuDNN > 9.15, and saves the same out + logsumexp).
    The fused aten ops are called directly; their meta kernels give the CUDA output shapes
    (out + fp32 logsumexp) and their autograd formulas save exactly what the CUDA kernels save.
    """
    # CUDA autocast lists scaled_dot_product_attention as lower-precision: cast q/k/v (+float mask).
    for dev in ("cpu", "cuda"):
        if torch.is_autocast_enabled(dev):
            dt = torch.get_autocast_dtype(dev)
            query, key, value = (t.to(dt) if t.is_floating_point() else t for t in (query, key, value))
            if attn_mask is not None and attn_mask.is_floating_point():
                attn_mask = attn_mask.to(dt)
            with torch.autocast(dev, enabled=False):
                return _cuda_like_sdpa(query, key, value, attn_mask, dropout_p, is_causal, scale, enable_gqa)

    d_q, d_k, d_v = query.shape[-1], key.shape[-1], value.shape[-1]
    half = query.dtype in (torch.float16, torch.bfloat16)
    same_d = d_q == d_k == d_v
    lq, lk = query.shape[-2], key.shape[-2]
    flash_ok = (
        attn_mask is None and half and same_d and d_q <= 256 and not (is_causal and lq != lk) and query.dim() == 4
    )
    align = 8 if half else 4
    eff_ok = d_q == d_k and d_q % align == 0 and d_v % align == 0 and query.dim() == 4

    # convert_boolean_attn_mask: bool mask -> additive mask in the query dtype (a new tensor)
    if attn_mask is not None and attn_mask.dtype == torch.bool:
        attn_mask = torch.where(
            attn_mask,
            torch.scalar_tensor(0.0, dtype=query.dtype),
            torch.scalar_tensor(-math.inf, dtype=query.dtype),
        )

    if flash_ok:
        out = torch.ops.aten._scaled_dot_product_flash_attention(
            query, key, value, dropout_p, is_causal, False, scale=scale
        )
        return out[0]
    if eff_ok:
        if enable_gqa and key.shape[-3] != query.shape[-3]:
            rep = query.shape[-3] // key.shape[-3]
            key = key.repeat_interleave(rep, dim=-3)
            value = value.repeat_interleave(rep, dim=-3)
        compute_lse = torch.is_grad_enabled() and (query.requires_grad or key.requires_grad or value.requires_grad)
        if attn_mask is not None:
            # preprocess_mask: pad last dim to a multiple of 16 if needed, then expand to (B, H, Lq, Lk)
            if attn_mask.shape[-1] % 16 != 0:
                pad = 16 - attn_mask.shape[-1] % 16
                attn_mask = torch.nn.functional.pad(attn_mask, (0, pad))[..., : attn_mask.shape[-1]]
            attn_mask = attn_mask.expand(query.shape[0], query.shape[1], lq, lk)
        out = torch.ops.aten._scaled_dot_product_efficient_attention(
            query, key, value, attn_mask, compute_lse, dropout_p, is_causal, scale=scale
        )
        return out[0]
    return torch.ops.aten._scaled_dot_product_attention_math(
        query, key, value, attn_mask, dropout_p, is_causal, None, scale=scale, enable_gqa=enable_gqa
    )[0]


@contextlib.contextmanager
def _sdpa_dispatch(mode: str):
    """mode "cuda": route F.scaled_dot_product_attention through :func:`_cuda_like_sdpa`;
    mode "native": leave torch's own CPU dispatch (``_scaled_dot_product_flash_attention_for_cpu``)."""
    if mode == "native":
        yield
        return
    if mode != "cuda":
        raise ValueError(mode)
    torch.nn.functional.scaled_dot_product_attention = _cuda_like_sdpa
    try:
        yield
    finally:
        torch.nn.functional.scaled_dot_product_attention = _ORIG_SDPA


@contextlib.contextmanager
def _hf_fake_fixes():
    """Undo the one place where transformers behaves differently on fake tensors than on real ones.

    ``masking_utils.find_packed_sequence_indices`` (called in training, when no attention_mask and
    no cache are passed) reads the position ids to decide whether the batch is packed; under fake
    tensors it cannot read them (``is_tracing`` is True for FakeTensor) and conservatively keeps a
    packed-sequence mask, which forces a materialised (B, 1, S, S) attention mask instead of
    ``is_causal=True``. A real run with position_ids = arange returns None, so we do the same
    (after running the same tensor ops, so their small allocations are still counted).
    """
    import transformers.masking_utils as mu

    orig = mu.find_packed_sequence_indices

    def _unpacked(position_ids):
        first_dummy_value = position_ids[:, :1] - 1
        position_diff = torch.diff(position_ids, prepend=first_dummy_value, dim=-1)
        _ = (position_diff != 1).cumsum(-1)
        return None

    mu.find_packed_sequence_indices = _unpacked
    try:
        yield
    finally:
        mu.find_packed_sequence_indices = orig


_ORIG_DROPOUT = torch.nn.functional.dropout


def _cuda_like_dropout(input, p=0.5, training=True, inplace=False):
    """``at::dropout`` on CUDA: for 0 < p < 1 in training the fused ``native_dropout`` kernel runs
    and saves a *bool* mask (1 B/elem). On CPU tensors ATen takes the unfused path that saves a
    noise tensor in the input dtype (4 B/elem in fp32) -- a CPU-only artefact we avoid here."""
    if training and not inplace and 0.0 < p < 1.0 and input.numel() > 0:
        return torch.ops.aten.native_dropout(input, p, True)[0]
    return _ORIG_DROPOUT(input, p, training, inplace)


@contextlib.contextmanager
def _dropout_dispatch(mode: str):
    if mode == "native":
        yield
        return
    if mode != "cuda":
        raise ValueError(mode)
    torch.nn.functional.dropout = _cuda_like_dropout
    try:
        yield
    finally:
        torch.nn.functional.dropout = _ORIG_DROPOUT


# --------------------------------------------------------------------------------------
# LoRA (peft cannot convert fake tensors): PEFT-style layer written out
# --------------------------------------------------------------------------------------


class LoRALinear(nn.Module):
    """Frozen base Linear (or transformers' Conv1D, GPT-2's fused c_attn) + trainable A (r x in) and B (out x r);
    forward as PEFT's: ``base(x) + B(A(dropout(x))) * scale`` (dropout p=0 -> Identity).

    ``dora=True``: PEFT's DoRA variant (peft src/peft/tuners/lora/dora.py, DoraLinearLayer), written out: a trainable
    magnitude per output feature (the row norms of W + s·BA at creation); each forward rebuilds BA through the
    adapters from an identity of d_in, takes the row norms of W + s·BA with no gradient (the paper's §4.3 detach)
    and returns ``base + (m / ‖W + s·BA‖ - 1) * base + (m / ‖W + s·BA‖) * s * B(A(x))``."""

    def __init__(self, base: nn.Module, r: int, alpha: float, dropout: float = 0.0, dora: bool = False):
        super().__init__()
        self.base_layer = base
        self.conv1d = type(base).__name__ == "Conv1D"  # weight stored (in, out): peft's fan_in_fan_out
        d_in, d_out = (base.weight.shape[0], base.weight.shape[1]) if self.conv1d else base.weight.shape[::-1]
        dt = base.weight.dtype
        self.lora_A = nn.Linear(d_in, r, bias=False, dtype=dt)
        self.lora_B = nn.Linear(r, d_out, bias=False, dtype=dt)
        self.lora_dropout = nn.Dropout(dropout) if dropout > 0 else nn.Identity()
        self.scaling = alpha / r
        base.weight.requires_grad_(False)
        if base.bias is not None:
            base.bias.requires_grad_(False)
        self.magnitude = None
        if dora:
            with torch.no_grad():
                self.magnitude = nn.Parameter(self._row_norm(self.lora_B.weight @ self.lora_A.weight))

    def _weight(self):
        return self.base_layer.weight.T if self.conv1d else self.base_layer.weight  # (out, in)

    def _row_norm(self, lora_weight):
        w = self._weight() + self.scaling * lora_weight
        return torch.linalg.norm(w, dim=1).to(w.dtype)

    def forward(self, x):
        result = self.base_layer(x)
        if self.magnitude is None:
            return result + self.lora_B(self.lora_A(self.lora_dropout(x))) * self.scaling
        eye = torch.eye(self.lora_A.weight.shape[1], device=x.device, dtype=x.dtype)
        lora_weight = self.lora_B(self.lora_A(eye)).T
        norm = self._row_norm(lora_weight.detach()).detach()
        scale = (self.magnitude / norm).view(1, -1)
        lora_result = self.lora_B(self.lora_A(self.lora_dropout(x)))
        bias = self.base_layer.bias
        base_result = result - bias if bias is not None else result
        return result + (scale - 1) * base_result + scale * lora_result * self.scaling


class ModulesToSave(nn.Module):
    """PEFT's ModulesToSaveWrapper, written out: the original module stays (frozen) beside a deep copy that trains
    and runs the forward (peft src/peft/utils/other.py)."""

    def __init__(self, module: nn.Module):
        super().__init__()
        self.original_module = module
        self.trainable = copy.deepcopy(module)
        for p in self.trainable.parameters():
            p.requires_grad_(True)

    @property
    def weight(self):  # what transformers reads of an embedding / lm_head
        return self.trainable.weight

    def forward(self, *args, **kwargs):
        return self.trainable(*args, **kwargs)


class PTuning(nn.Module):
    """PEFT's P-tuning for a causal LM, written out (peft src/peft/tuners/p_tuning/model.py PromptEncoder, MLP
    reparameterization, encoder_hidden_size = token_dim; PeftModelForCausalLM.forward): a trainable fp32 embedding of
    the virtual tokens through Linear-ReLU-Linear-ReLU-Linear, cast to the input embeddings' dtype and prepended to
    every sequence, labels -100 there. The base model is frozen."""

    def __init__(self, base: nn.Module, num_virtual_tokens: int):
        super().__init__()
        self.base = base
        d = base.get_input_embeddings().weight.shape[1]
        self.n = num_virtual_tokens
        self.embedding = nn.Embedding(num_virtual_tokens, d)
        self.mlp_head = nn.Sequential(nn.Linear(d, d), nn.ReLU(), nn.Linear(d, d), nn.ReLU(), nn.Linear(d, d))

    def forward(self, input_ids, labels, use_cache=False):
        b = input_ids.shape[0]
        embeds = self.base.get_input_embeddings()(input_ids)
        idx = torch.arange(self.n).unsqueeze(0).expand(b, -1)
        prompts = self.mlp_head(self.embedding(idx)).to(embeds.dtype)
        inputs_embeds = torch.cat((prompts, embeds), dim=1)
        labels = torch.cat((torch.full((b, self.n), -100, dtype=labels.dtype), labels), dim=1)
        return self.base(inputs_embeds=inputs_embeds, labels=labels, use_cache=use_cache)


class PrefixTuning(nn.Module):
    """PEFT's prefix tuning for a causal LM, written out (peft src/peft/tuners/prefix_tuning/model.py PrefixEncoder
    with prefix_projection=False; PeftModel.get_prompt): a trainable fp32 Embedding(n, L · 2 · token_dim), token_dim
    = hidden // heads · kv_heads (utils/other.py _prepare_prompt_learning_config, GQA), cast to the base dtype,
    viewed (b, n, 2L, kv_heads, head_dim), permuted to (2L, b, kv_heads, n, head_dim) and split into each layer's
    key and value, handed to the model as a DynamicCache that every attention layer extends with its own keys and
    values. The base model is frozen."""

    def __init__(self, base: nn.Module, num_virtual_tokens: int):
        super().__init__()
        self.base = base
        c = base.config
        self.layers = c.num_hidden_layers
        self.kv_heads = getattr(c, "num_key_value_heads", None) or c.num_attention_heads
        self.token_dim = c.hidden_size // c.num_attention_heads * self.kv_heads
        self.n = num_virtual_tokens
        self.embedding = nn.Embedding(num_virtual_tokens, self.layers * 2 * self.token_dim)

    def forward(self, input_ids, labels, use_cache=False):
        from transformers import DynamicCache

        b = input_ids.shape[0]
        dtype = self.base.get_input_embeddings().weight.dtype
        idx = torch.arange(self.n).unsqueeze(0).expand(b, -1)
        kv = self.embedding(idx).to(dtype)
        kv = kv.view(b, self.n, self.layers * 2, self.kv_heads, self.token_dim // self.kv_heads)
        kv = kv.permute([2, 0, 3, 1, 4]).split(2)
        cache = DynamicCache(config=self.base.config)
        for i, pair in enumerate(kv):
            cache.update(pair[0], pair[1], i)
        return self.base(input_ids=input_ids, labels=labels, past_key_values=cache, use_cache=True)


def apply_lora(model: nn.Module, spec: dict) -> dict:
    """Freeze everything, wrap target Linears inside the decoder blocks with :class:`LoRALinear`; spec
    ``modules_to_save`` (a list of "embed_tokens", "lm_head") wraps those with :class:`ModulesToSave`."""
    r = int(spec.get("r", 16))
    alpha = float(spec.get("alpha", 2 * r))
    dropout = float(spec.get("dropout", 0.0))
    dora = bool(spec.get("dora", False))
    targets = spec.get("target_modules", "all-linear")
    for p in model.parameters():
        p.requires_grad_(False)
    layers = _decoder_layers(model)
    n = 0
    for layer in layers:
        for name, mod in list(layer.named_modules()):
            if not (isinstance(mod, nn.Linear) or type(mod).__name__ == "Conv1D") or isinstance(mod, LoRALinear):
                continue
            leaf = name.rsplit(".", 1)[-1]
            if targets != "all-linear" and leaf not in targets:
                continue
            if leaf == "gate" and "mlp" in name and getattr(mod, "out_features", 0) < 1024:
                continue  # MoE router, not a projection
            parent = layer.get_submodule(name.rsplit(".", 1)[0]) if "." in name else layer
            setattr(parent, leaf, LoRALinear(mod, r, alpha, dropout, dora))
            n += 1
    saved = []
    for which in spec.get("modules_to_save") or ():
        if which == "embed_tokens":
            model.set_input_embeddings(ModulesToSave(model.get_input_embeddings()))
        elif which == "lm_head":
            model.set_output_embeddings(ModulesToSave(model.get_output_embeddings()))
        else:
            raise ValueError(which)
        saved.append(which)
    return {"r": r, "alpha": alpha, "dropout": dropout, "target_modules": targets, "wrapped_linears": n,
            "dora": dora, "modules_to_save": saved}  # fmt: skip


def _fake_process_group(world_size: int) -> None:
    """(Re)initialise the default process group as torch's fake backend: collectives return at once without
    communicating or writing their outputs, so one process can play rank 0 of ``world_size``."""
    import torch.distributed as dist
    from torch.testing._internal.distributed.fake_pg import FakeStore

    if dist.is_initialized():
        if dist.get_world_size() == world_size:
            return
        dist.destroy_process_group()
    dist.init_process_group("fake", rank=0, world_size=world_size, store=FakeStore())


def _fully_shard(model: nn.Module, world_size: int, *, mixed: bool) -> None:
    """FSDP2 as torchtitan applies it (parallelize_llama.py @ 9dec370 apply_fsdp): ``fully_shard`` per decoder layer,
    the last one not resharded after forward, then the root (embedding, final norm, lm_head), which FSDP2 keeps
    gathered between forward and backward."""
    from torch._subclasses.fake_tensor import unset_fake_temporarily
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.fsdp import MixedPrecisionPolicy, fully_shard

    _fake_process_group(world_size)
    with unset_fake_temporarily():  # the mesh's rank tensor must be real (DeviceMesh reads it with tolist())
        mesh = init_device_mesh("cpu", (world_size,))
    mp = MixedPrecisionPolicy(param_dtype=torch.bfloat16, reduce_dtype=torch.float32) if mixed else None
    kwargs = {"mesh": mesh, **({"mp_policy": mp} if mp else {})}
    layers = list(_decoder_layers(model))
    for i, layer in enumerate(layers):
        # torchtitan: `reshard_after_forward = int(layer_id) < len(model.layers) - 1` (the last block's backward
        # comes first: it stays gathered)
        fully_shard(layer, reshard_after_forward=i < len(layers) - 1, **kwargs)
    fully_shard(model, **kwargs)


def _tensor_parallel(model: nn.Module, world_size: int) -> None:
    """Tensor parallel on each decoder layer, Megatron's split without sequence parallel: ``ColwiseParallel`` on
    q, k, v, gate and up, ``RowwiseParallel`` on o and down (their outputs all-reduced); embedding, norms and lm_head
    stay plain replicated tensors. HF's attention reshapes with ``-1`` heads, so it runs on the local heads."""
    from torch._subclasses.fake_tensor import unset_fake_temporarily
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.tensor.parallel import ColwiseParallel, RowwiseParallel, parallelize_module

    _fake_process_group(world_size)
    with unset_fake_temporarily():
        mesh = init_device_mesh("cpu", (world_size,))
    col, row = ColwiseParallel(), RowwiseParallel()
    plan = {
        "self_attn.q_proj": col,
        "self_attn.k_proj": col,
        "self_attn.v_proj": col,
        "self_attn.o_proj": row,
        "mlp.gate_proj": col,
        "mlp.up_proj": col,
        "mlp.down_proj": row,
    }
    for layer in _decoder_layers(model):
        parallelize_module(layer, mesh, plan)


def _torchtitan_parallelize(model: nn.Module, dp: int, tp: int) -> None:
    """torchtitan's 2-D parallelism (parallelize_llama.py @ 9dec370: apply_tp, then apply_fsdp) on a fake process
    group of dp × tp ranks, rank 0, written for transformers' Llama module names (torchtitan's in brackets): the token
    embedding row-wise with a sequence-sharded output (tok_embeddings), the final norm and each block's two norms
    ``SequenceParallel`` (norm, attention_norm, ffn_norm), the attention and MLP inputs all-gathered by
    ``PrepareModuleInput`` (attention, feed_forward), q, k, v, gate, up column-wise and o, down row-wise with
    sequence-sharded outputs (wq, wk, wv, w1, w3, wo, w2), lm_head column-wise over the vocabulary, its output left a
    DTensor for loss_parallel (output); then ``fully_shard`` per block (the last not resharded after forward) and on the
    root over the data-parallel mesh with bf16 parameters / fp32 reduce. The model must not tie its embeddings
    (torchtitan's Llama 3 does not)."""
    from torch._subclasses.fake_tensor import unset_fake_temporarily
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.fsdp import MixedPrecisionPolicy, fully_shard
    from torch.distributed.tensor import Replicate, Shard
    from torch.distributed.tensor.parallel import (
        ColwiseParallel,
        PrepareModuleInput,
        RowwiseParallel,
        SequenceParallel,
        parallelize_module,
    )

    _fake_process_group(dp * tp)
    with unset_fake_temporarily():
        mesh = init_device_mesh("cpu", (dp, tp), mesh_dim_names=("dp_shard", "tp"))
    tp_mesh = mesh["tp"]
    parallelize_module(
        model,
        tp_mesh,
        {
            "model.embed_tokens": RowwiseParallel(input_layouts=Replicate(), output_layouts=Shard(1)),
            "model.norm": SequenceParallel(),
            "lm_head": ColwiseParallel(input_layouts=Shard(1), output_layouts=Shard(-1), use_local_output=False),
        },
    )
    plan = {
        "input_layernorm": SequenceParallel(),
        "self_attn": PrepareModuleInput(
            input_kwarg_layouts={"hidden_states": Shard(1)},
            desired_input_kwarg_layouts={"hidden_states": Replicate()},
        ),
        "self_attn.q_proj": ColwiseParallel(),
        "self_attn.k_proj": ColwiseParallel(),
        "self_attn.v_proj": ColwiseParallel(),
        "self_attn.o_proj": RowwiseParallel(output_layouts=Shard(1)),
        "post_attention_layernorm": SequenceParallel(),
        "mlp": PrepareModuleInput(input_layouts=(Shard(1),), desired_input_layouts=(Replicate(),)),
        "mlp.gate_proj": ColwiseParallel(),
        "mlp.up_proj": ColwiseParallel(),
        "mlp.down_proj": RowwiseParallel(output_layouts=Shard(1)),
    }
    layers = list(_decoder_layers(model))
    for layer in layers:
        parallelize_module(layer, tp_mesh, plan)
    if dp > 0:
        from torch.distributed.device_mesh import DeviceMesh

        mp = MixedPrecisionPolicy(param_dtype=torch.bfloat16, reduce_dtype=torch.float32)
        dp_mesh = mesh["dp_shard"]
        # fully_shard concatenates the dp and tp meshes for each DTensor parameter; like init_device_mesh, the new
        # mesh reads its rank tensor, which must be real (see the README's snag)
        concatenate = DeviceMesh._concatenate

        def real_concatenate(meshes):  # type: ignore[no-untyped-def]
            with unset_fake_temporarily():
                return concatenate(meshes)

        DeviceMesh._concatenate = staticmethod(real_concatenate)
        try:
            for i, layer in enumerate(layers):
                fully_shard(layer, mesh=dp_mesh, mp_policy=mp, reshard_after_forward=i < len(layers) - 1)
            fully_shard(model, mesh=dp_mesh, mp_policy=mp)
        finally:
            DeviceMesh._concatenate = staticmethod(concatenate)


def _torchtitan_step(model: nn.Module, seq: int):
    """torchtitan's training step (train.py @ 9dec370) for a transformers Llama: ``pred = model(input_ids)``, then
    ``loss = cross_entropy(pred.flatten(0, 1).float(), labels.flatten(0, 1))``, ``del pred``, all of it and the backward
    under ``loss_parallel()`` (_train_loop's step_context). Positions are passed whole: the embedding's output is
    sequence-sharded, so transformers would otherwise count 1/TP of the tokens."""

    def step(inputs):
        ids = inputs["input_ids"]
        pos = torch.arange(seq)
        pred = model(input_ids=ids, position_ids=pos[None], cache_position=pos, use_cache=False).logits
        loss = torch.nn.functional.cross_entropy(pred.flatten(0, 1).float(), ids.flatten(0, 1))
        del pred
        return loss

    return step


@contextlib.contextmanager
def _dtensor_meta_untracked():
    """DTensor's sharding propagation derives each op's output metadata by running the op on fake tensors of the
    *global* shape, in the fake mode it detects (torch/distributed/tensor/_sharding_prop.py
    ``_propagate_tensor_meta_non_cached``: ``detect_fake_mode() or FakeTensorMode()``). On a GPU that is a separate
    fake mode and allocates nothing; under the harness it is the harness's own mode, below MemTracker, which would
    count those global-shape tensors (the loss-parallel log-softmax's full T × V fp32 output: 2 × T·V·4 B in the
    forward of a TP run). The propagation runs here with the current dispatch modes set aside, so it gets a fresh
    FakeTensorMode that MemTracker does not see."""
    from torch.distributed.tensor._sharding_prop import ShardingPropagator
    from torch.utils._python_dispatch import _disable_current_modes

    original = ShardingPropagator._propagate_tensor_meta_non_cached

    def untracked(self, op_schema):  # type: ignore[no-untyped-def]
        with _disable_current_modes():
            return original(self, op_schema)

    ShardingPropagator._propagate_tensor_meta_non_cached = untracked
    try:
        yield
    finally:
        ShardingPropagator._propagate_tensor_meta_non_cached = original


def _loss_parallel():
    from torch.distributed.tensor.parallel import loss_parallel

    return loss_parallel()


def _local_bytes(params) -> int:
    """Bytes of this rank's shards (DTensor local tensors)."""
    seen: dict[int, torch.Tensor] = {}
    for p in params:
        t = p.to_local() if hasattr(p, "to_local") else p
        seen[id(p)] = t
    return int(sum(t.numel() * t.element_size() for t in seen.values()))


def _decoder_layers(model: nn.Module):
    for attr in ("model.layers", "transformer.h", "model.decoder.layers", "model.language_model.layers"):
        obj = model
        try:
            for a in attr.split("."):
                obj = getattr(obj, a)
            return obj
        except AttributeError:
            continue
    raise ValueError("cannot find decoder layers")


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------

_DTYPES = {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}


def _build_hf_model(
    cfg: dict, attn_implementation: str | None, dtype: torch.dtype, keep_fp32: bool = False, wrapper: bool = False
):
    """``wrapper``: build the multimodal model (``AutoModelForImageTextToText``: a VLM with its vision tower) rather
    than the causal LM; it is then trained on text alone. ``keep_fp32``: leave the parameters and buffers the model
    lists in ``_keep_in_fp32_modules_strict`` in fp32, as ``from_pretrained(dtype=bf16 / fp16)`` loads them
    (modeling_utils ``_get_dtype_plan``, matched against each tensor's name); otherwise every floating tensor is
    converted, as ``model.to(dtype)`` does."""
    from transformers import AutoModelForCausalLM, AutoModelForImageTextToText

    auto = AutoModelForImageTextToText if wrapper else AutoModelForCausalLM
    hf_cfg = _make_hf_config(cfg)
    kwargs = {}
    if attn_implementation:
        kwargs["attn_implementation"] = attn_implementation
    with _fake_safe_module_to():
        model = auto.from_config(hf_cfg, dtype=torch.float32, **kwargs)
    model.tie_weights()
    if dtype != torch.float32:
        strict = getattr(model, "_keep_in_fp32_modules_strict", None) if keep_fp32 else None
        keep = re.compile("|".join(re.escape(m) for m in strict)) if strict else None
        _module_to_dtype(model, dtype, keep)
    return model


@contextlib.contextmanager
def _fake_safe_module_to():
    """Modeling code that converts a submodule while building it (DeepSeek-V4's `DeepseekV4RMSNorm(...).to(
    dtype=torch.float32)`) hits the same swap_tensors refusal as `model.to()`: dtype-only `Module.to` calls made
    while the model is built go through :func:`_module_to_dtype` instead."""
    orig = nn.Module.to

    def to(self, *args, **kwargs):
        dtype = kwargs.get("dtype")
        if dtype is None and len(args) == 1 and isinstance(args[0], torch.dtype):
            dtype = args[0]
        if dtype is not None and set(kwargs) <= {"dtype"} and len(args) <= 1:
            _module_to_dtype(self, dtype)
            return self
        return orig(self, *args, **kwargs)

    nn.Module.to = to
    try:
        yield
    finally:
        nn.Module.to = orig


def _module_to_dtype(model: nn.Module, dtype: torch.dtype, keep: re.Pattern | None = None) -> None:
    """``model.to(dtype)`` for fake parameters (nn.Module._apply insists on swap_tensors for
    FakeTensor params, which fails on the weakrefs the fake mode keeps): every floating
    parameter / buffer is replaced by a converted copy; tied parameters stay tied. ``keep``: tensors whose full name
    it matches stay as they are."""
    memo: dict[int, nn.Parameter] = {}
    for mod_name, mod in model.named_modules():
        for name, p in list(mod._parameters.items()):
            if p is None or not p.is_floating_point() or p.dtype == dtype:
                continue
            if keep is not None and keep.search(f"{mod_name}.{name}"):
                continue
            if id(p) not in memo:
                with torch.no_grad():
                    memo[id(p)] = nn.Parameter(p.detach().to(dtype), requires_grad=p.requires_grad)
            mod._parameters[name] = memo[id(p)]
        for name, b in list(mod._buffers.items()):
            if b is None or not b.is_floating_point() or b.dtype == dtype:
                continue
            if keep is not None and keep.search(f"{mod_name}.{name}"):
                continue
            mod._buffers[name] = b.to(dtype)


def _param_summary(model: nn.Module) -> dict:
    seen = {}
    trainable = {}
    for p in model.parameters():
        seen[id(p)] = p
        if p.requires_grad:
            trainable[id(p)] = p
    bufs = {id(b): b for b in model.buffers()}
    return {
        "n_params": int(sum(p.numel() for p in seen.values())),
        "n_trainable_params": int(sum(p.numel() for p in trainable.values())),
        "n_param_tensors": len(seen),
        "n_trainable_tensors": len(trainable),
        "param_bytes": _logical_bytes(seen.values()),
        "trainable_param_bytes": _logical_bytes(trainable.values()),
        "buffer_bytes": _logical_bytes(bufs.values()),
        "param_dtypes": sorted({str(p.dtype).replace("torch.", "") for p in seen.values()}),
    }


def _opt_state_summary(opt: torch.optim.Optimizer, block: int | None) -> dict:
    tensors = []
    scalars = 0
    for st in opt.state.values():
        for v in st.values():
            if isinstance(v, torch.Tensor):
                if v.dim() == 0:
                    scalars += 1
                else:
                    tensors.append(v)
    return {
        "optimizer_state_bytes": _logical_bytes(tensors),
        "optimizer_state_bytes_rounded": int(sum(_rounded(t.numel() * t.element_size(), block) for t in tensors)),
        "optimizer_state_tensors": len(tensors),
        "optimizer_scalar_state_tensors": scalars,
        "optimizer_state_dtypes": sorted({str(t.dtype).replace("torch.", "") for t in tensors}),
    }


def _make_optimizer(name: str, params, kwargs: dict):
    kwargs = dict(kwargs or {})
    if name == "adamw":
        kwargs.setdefault("lr", 1e-5)
        return torch.optim.AdamW(params, **kwargs), kwargs
    if name == "adam":
        kwargs.setdefault("lr", 1e-5)
        return torch.optim.Adam(params, **kwargs), kwargs
    if name == "sgd":
        kwargs.setdefault("lr", 1e-3)
        kwargs.setdefault("momentum", 0.0)
        return torch.optim.SGD(params, **kwargs), kwargs
    if name == "sgd_momentum":
        kwargs.setdefault("lr", 1e-3)
        kwargs.setdefault("momentum", 0.9)
        return torch.optim.SGD(params, **kwargs), kwargs
    raise ValueError(name)


def _module_act_delta(mt: PhaseMemTracker, fqn_suffix: str) -> dict | None:
    """ACT/TOTAL growth across one module's forward (post-forward minus pre-forward)."""
    for stats in list(mt.memory_tracking.values()):
        if stats.mod_fqn.endswith(fqn_suffix):
            pre = stats.snapshots.get(_mt_mod._ModState.PRE_FW)
            post = stats.snapshots.get(_mt_mod._ModState.POST_FW)
            peak = stats.snapshots.get(_mt_mod._ModState.PEAK_FW)
            if not pre or not post:
                return None
            a, b = _snap_to_plain(pre[0]), _snap_to_plain(post[0])
            res = {
                "module": stats.mod_fqn,
                "act_delta_bytes": b["ACT"] - a["ACT"],
                "total_delta_bytes": b["TOTAL"] - a["TOTAL"],
            }
            if peak:
                res["transient_peak_above_pre_bytes"] = _snap_to_plain(peak[0])["TOTAL"] - a["TOTAL"]
            return res
    return None


def _inventory_alive(mt: PhaseMemTracker) -> list[dict] | None:
    """Storages created inside the probe layer's forward that are still alive at the
    forward/backward boundary (= what that layer leaves for backward + its output),
    grouped by the creating aten op and shape; bytes rounded to 512 like the tracker."""
    if mt.inventory is None:
        return None
    seen: dict[int, tuple] = {}
    for w, op, shape, dt, nb in mt.inventory:
        st = w()
        if st is not None and id(st) not in seen:
            seen[id(st)] = (op, shape, dt, nb)
    agg: dict[tuple, dict] = {}
    for op, shape, dt, nb in seen.values():
        key = (op, tuple(shape), dt)
        e = agg.setdefault(key, {"op": op, "shape": shape, "dtype": dt, "count": 0, "bytes": 0})
        e["count"] += 1
        e["bytes"] += _rounded(nb, CUDA_BLOCK)
    return sorted(agg.values(), key=lambda e: (-e["bytes"], e["op"], e["shape"]))


def _finish_phase_peaks(mt: PhaseMemTracker, order: list[str]) -> tuple[dict, str]:
    peaks = {p: mt.phase_peaks[p] for p in order if p in mt.phase_peaks}
    peak_phase = max(peaks, key=lambda p: peaks[p]["TOTAL"]) if peaks else None
    return peaks, peak_phase


# --------------------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------------------


def measure_training(
    config: dict,
    *,
    batch: int,
    seq: int,
    precision: str = "bf16",
    optimizer: str = "adamw",
    optimizer_kwargs: dict | None = None,
    grad_checkpointing: bool = False,
    attn_implementation: str | None = "sdpa",
    lora: dict | None = None,
    ptuning: dict | None = None,
    prefix: dict | None = None,
    sdpa_dispatch: str = "cuda",
    dropout_dispatch: str = "cuda",
    iterations: int = 2,
    keep_outputs: bool = False,
    round_block: int | None = CUDA_BLOCK,
    probe_layer: int | None = None,
    fsdp: int = 0,
    tp: int = 0,
    keep_fp32: bool = False,
    tp_plan: str = "hf",
    wrapper: bool = False,
) -> dict:
    """Measure one training step of an HF causal LM built from ``config`` (a config.json dict).

    fsdp: world size N > 0 = FSDP2 on a fake process group (``dist.init_process_group("fake", rank=0,
    world_size=N)``): ``fully_shard`` on every decoder layer, then on the root, as torchtitan does; with
    ``precision="mixed_bf16"`` the parameters stay fp32 (sharded) under ``MixedPrecisionPolicy(param_dtype=bf16,
    reduce_dtype=fp32)`` instead of autocast. The figures are rank 0's. The fake backend's collectives return
    without writing: every buffer FSDP2 allocates for them (all-gather outputs, reduce-scatter inputs) is counted.

    tp: world size N > 0 = tensor parallel on the same fake process group (``_tensor_parallel``: q, k, v, gate, up
    column-wise, o, down row-wise, no sequence parallel); the optimizer gets two parameter groups, the DTensor shards
    and the plain replicated tensors, since the foreach AdamW step refuses a list mixing both (``aten._foreach_mul_
    got mixed torch.Tensor and DTensor``). ``mixed_bf16`` keeps autocast (fp32 parameters, bf16 compute).

    tp_plan: "hf" (the above) or "torchtitan": torchtitan's 2-D plan on a dp ``fsdp`` × tp ``tp`` mesh
    (``_torchtitan_parallelize``: sequence parallel, loss parallel, then FSDP2) and its training step
    (``_torchtitan_step`` under ``loss_parallel()``); one optimizer group (FSDP2 makes every parameter a DTensor).

    precision: "bf16" (model.to(bfloat16), optimizer states bf16), "fp32", or "mixed_bf16"
    (fp32 params, ``torch.autocast("cpu", bfloat16)`` around forward+loss, backward outside).
    Step: ``loss = model(input_ids, labels=input_ids).loss`` -> ``loss.backward()`` ->
    ``opt.step()`` -> ``opt.zero_grad(set_to_none=True)``. ``iterations`` steps are run; the
    last one is reported (optimizer states exist from its start).
    """
    t0 = time.time()
    if precision not in ("bf16", "fp32", "mixed_bf16", "fp16"):
        raise ValueError(precision)
    param_dtype = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(precision, torch.float32)
    autocast_dtype = torch.bfloat16 if precision == "mixed_bf16" else None

    fake = FakeTensorMode(allow_non_fake_inputs=True)
    result: dict[str, Any] = {}
    with (
        fake,
        _cuda_rounding(round_block),
        _sdpa_dispatch(sdpa_dispatch),
        _dropout_dispatch(dropout_dispatch),
        _hf_fake_fixes(),
        _dtensor_meta_untracked() if tp else contextlib.nullcontext(),
    ):
        model = _build_hf_model(config, attn_implementation, param_dtype, keep_fp32, wrapper)
        attn_used = getattr(model.config, "_attn_implementation", None)
        titan = tp_plan == "torchtitan"
        if titan:
            _torchtitan_parallelize(model, fsdp, tp)
            autocast_dtype = None  # FSDP2's MixedPrecisionPolicy casts the gathered parameters instead
        elif fsdp:
            _fully_shard(model, fsdp, mixed=autocast_dtype is not None)
            autocast_dtype = None  # FSDP2's MixedPrecisionPolicy casts the gathered parameters instead
        if tp and not titan:
            _tensor_parallel(model, tp)
        lora_info = None
        if lora:
            lora_info = apply_lora(model, lora)
        if grad_checkpointing:
            model.config.use_cache = False
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.train()
        n_layers = len(_decoder_layers(model))
        probe = probe_layer if probe_layer is not None else n_layers // 2
        layer_path = _layer_fqn_suffix(model, probe)  # a suffix: still found inside a P-tuning wrapper
        config_vocab = model.config.get_text_config().vocab_size
        model_config = model.config
        model_class = type(model).__name__
        if ptuning:
            for p in model.parameters():
                p.requires_grad_(False)
            model = PTuning(model, int(ptuning["num_virtual_tokens"]))
            lora_info = {"ptuning": dict(ptuning)}
        if prefix:
            for p in model.parameters():
                p.requires_grad_(False)
            model = PrefixTuning(model, int(prefix["num_virtual_tokens"]))
            lora_info = {"prefix": dict(prefix)}
        psum = _param_summary(model)
        params = [p for p in model.parameters() if p.requires_grad]
        if (
            tp and not titan
        ):  # foreach kernels take one kind per list: DTensor shards in one group, plain tensors in the other
            groups = [[p for p in params if hasattr(p, "to_local")], [p for p in params if not hasattr(p, "to_local")]]
            params = [{"params": g} for g in groups if g]
        opt, opt_kwargs = _make_optimizer(optimizer, params, optimizer_kwargs or {})
        vocab = config_vocab

        def make_inputs():
            ids = torch.randint(0, vocab, (batch, seq))
            return {"input_ids": ids, "labels": ids, "use_cache": False}

        per_iter, mt = _train_loop(
            model,
            opt,
            make_inputs,
            lambda out: out.loss,
            iterations,
            autocast_dtype,
            keep_outputs,
            layer_path,
            moments=bool(fsdp),
            step=_torchtitan_step(model, seq) if titan else None,
            step_context=_loss_parallel if titan else contextlib.nullcontext,
        )
        result = _training_result(per_iter, psum, opt, round_block, mt)
        model_info = {
            **psum,
            "n_layers": n_layers,
            "attn_implementation_used": attn_used,
            "experts_implementation_used": getattr(model_config, "_experts_implementation", None)
            if hasattr(model_config, "num_experts") or hasattr(model_config, "num_local_experts")
            else None,
            "model_class": model_class,
        }
        result["model"] = model_info
        result["optimizer"] = {
            "name": optimizer,
            "class": type(opt).__name__,
            "kwargs": _jsonable(opt_kwargs),
            **result.pop("_osum"),
        }
        result["lora"] = lora_info
        if fsdp:
            result["fsdp"] = {
                "world_size": fsdp,
                "rank": 0,
                "process_group": "fake (torch.testing._internal.distributed.fake_pg.FakeStore)",
                "mixed_precision": "param_dtype=bf16, reduce_dtype=fp32" if precision == "mixed_bf16" else None,
                "local_param_bytes": _local_bytes(model.parameters()),
            }
        if tp:
            result["tp"] = {
                "world_size": tp,
                "rank": 0,
                "process_group": "fake (torch.testing._internal.distributed.fake_pg.FakeStore)",
                "plan": "ColwiseParallel q,k,v,gate,up; RowwiseParallel o,down; no sequence parallel",
                "local_param_bytes": _local_bytes(model.parameters()),
            }
        result["dispatch"]["sdpa_dispatch"] = sdpa_dispatch
        result["dispatch"]["dropout_dispatch"] = dropout_dispatch
        result["runtime_s"] = round(time.time() - t0, 1)
        del model, opt, mt
    gc.collect()
    return result


def _train_loop(
    model,
    opt,
    make_inputs,
    loss_of,
    iterations,
    autocast_dtype,
    keep_outputs,
    probe_fqn,
    moments=False,
    step=None,
    step_context=contextlib.nullcontext,
):
    """Run ``iterations`` training steps under a PhaseMemTracker; return per-iteration records. ``moments``: keep the
    peak of the loss's backward and of the blocks' backward apart (PhaseMemTracker.moment_peaks). ``step``: a
    function (inputs) -> loss that runs the forward and the loss itself, instead of ``loss_of(model(**inputs))``;
    ``step_context``: a context manager factory entered around the forward, the loss and the backward (torchtitan's
    ``loss_parallel()``)."""
    mt = PhaseMemTracker()
    mt.moments = moments
    mt.watch = probe_fqn
    mt.param_ids = {id(p) for p in model.parameters()}
    mt.track_external(model, opt)
    per_iter = []
    with mt:
        for it in range(iterations):
            if it > 0:
                mt.reset_mod_stats()
            mt.reset_peak()
            mt.op_counts.clear()
            mt.notable_counts.clear()
            mt.sdpa_examples.clear()
            mt.param_cast_bytes = 0
            mt.inventory = [] if (probe_fqn and it == iterations - 1) else None
            mt._inv_seen = WeakIdKeyDictionary()
            mt.set_phase("forward")
            inputs = make_inputs()
            ac = torch.autocast("cpu", dtype=autocast_dtype) if autocast_dtype else contextlib.nullcontext()
            sc = step_context()
            sc.__enter__()
            with ac:
                if step is not None:
                    out, loss = None, step(inputs)
                else:
                    out = model(**inputs)
                    loss = loss_of(out)
            if not keep_outputs:
                del out
            boundary = mt.current()
            param_cast_fw = mt.param_cast_bytes
            layer_delta = _module_act_delta(mt, probe_fqn) if probe_fqn else None
            if layer_delta is not None and mt.inventory is not None:
                layer_delta["alive_at_forward_end"] = _inventory_alive(mt)
                layer_delta["alive_at_forward_end_bytes"] = sum(e["bytes"] for e in layer_delta["alive_at_forward_end"])
            mt.inventory = None
            mt._inv_seen = WeakIdKeyDictionary()
            mt.set_phase("backward")
            mt.moment, mt.moment_peaks, mt.moment_where, mt._first_block_seen = "loss_backward", {}, {}, False
            loss.backward()
            mt.moment = None
            del loss
            sc.__exit__(None, None, None)
            after_bw = mt.current()
            mt.set_phase("optimizer_step")
            opt.step()
            after_step = mt.current()
            mt.set_phase("zero_grad")
            opt.zero_grad(set_to_none=True)
            if keep_outputs:
                del out
            del inputs
            mt.set_phase(None)
            end = mt.current()
            phases, peak_phase = _finish_phase_peaks(mt, ["forward", "backward", "optimizer_step", "zero_grad"])
            per_iter.append(
                {
                    "peak": mt.peak(),
                    "peak_phase": peak_phase,
                    "phase_peaks": phases,
                    "at_forward_end": boundary,
                    "after_backward": after_bw,
                    "after_optimizer_step": after_step,
                    "at_iteration_end": end,
                    "probe_layer": layer_delta,
                    "param_cast_bytes_forward": param_cast_fw,
                    "moment_peaks": dict(mt.moment_peaks),
                    "moment_where": dict(mt.moment_where),
                }
            )
    return per_iter, mt


def _training_result(per_iter, psum, opt, round_block, mt) -> dict:
    osum = _opt_state_summary(opt, round_block)
    rep = per_iter[-1]
    peak = rep["peak"]
    opt_peak = rep["phase_peaks"].get("optimizer_step", {})
    return {
        "kind": "training",
        "peak_bytes": peak["TOTAL"],
        "peak_by_category": {k: v for k, v in peak.items() if k != "TOTAL"},
        "peak_phase": rep["peak_phase"],
        "phase_peak_bytes": {p: s["TOTAL"] for p, s in rep["phase_peaks"].items()},
        "phase_peak_by_category": {
            p: {k: v for k, v in s.items() if k != "TOTAL"} for p, s in rep["phase_peaks"].items()
        },
        "param_bytes": psum["param_bytes"],
        "buffer_bytes": psum["buffer_bytes"],
        "grad_bytes": psum["trainable_param_bytes"],
        "optimizer_state_bytes": osum["optimizer_state_bytes"],
        # OPT at the optimizer-step peak minus the persistent states = step() temporaries
        # (foreach AdamW: one parameter-sized buffer; CPU step scalars included in OPT, see README)
        "optimizer_step_temp_bytes": (opt_peak.get("OPT", 0) - rep["after_optimizer_step"]["OPT"])
        if opt_peak
        else None,
        "activation_bytes_at_forward_end": rep["at_forward_end"]["ACT"],
        "param_cast_bytes_forward": rep["param_cast_bytes_forward"],
        "snapshots": {
            "at_forward_end": rep["at_forward_end"],
            "after_backward": rep["after_backward"],
            "after_optimizer_step": rep["after_optimizer_step"],
            "at_iteration_end": rep["at_iteration_end"],
        },
        "probe_layer": rep["probe_layer"],
        **(
            {
                "backward_moment_peak_bytes": {m: snap["TOTAL"] for m, snap in rep["moment_peaks"].items()},
                "backward_moment_peak_by_category": {
                    m: {k: v for k, v in snap.items() if k != "TOTAL"} for m, snap in rep["moment_peaks"].items()
                },
                "backward_moment_peak_blocks": rep["moment_where"],
                "backward_peak_moment": max(rep["moment_peaks"], key=lambda m: rep["moment_peaks"][m]["TOTAL"]),
            }
            if rep["moment_peaks"]
            else {}
        ),
        "iteration1": {
            "peak_bytes": per_iter[0]["peak"]["TOTAL"],
            "peak_phase": per_iter[0]["peak_phase"],
            "phase_peak_bytes": {p: s["TOTAL"] for p, s in per_iter[0]["phase_peaks"].items()},
        },
        "dispatch": {
            "attention_ops": dict(sorted(mt.op_counts.items())),
            "sdpa_examples": mt.sdpa_examples,
            "notable_ops": dict(sorted(mt.notable_counts.items())),
        },
        "_osum": osum,
    }


def _layer_fqn_suffix(model, idx: int) -> str:
    for attr in ("model.layers", "transformer.h"):
        obj = model
        try:
            for a in attr.split("."):
                obj = getattr(obj, a)
            return f"{attr}.{idx}"
        except AttributeError:
            continue
    return f"layers.{idx}"


def _jsonable(d):
    return json.loads(json.dumps(d, default=str))


def measure_cnn_training(
    arch: str,
    *,
    batch: int = 32,
    image_size: int = 224,
    precision: str = "fp32",
    optimizer: str = "sgd_momentum",
    optimizer_kwargs: dict | None = None,
    iterations: int = 2,
    round_block: int | None = CUDA_BLOCK,
    dropout_dispatch: str = "cuda",
) -> dict:
    """Train a torchvision-equivalent CNN (``"resnet50"`` / ``"vgg16"``, see cnn.py) on
    ``batch x 3 x image_size^2`` images, cross-entropy over 1000 classes."""
    try:
        from . import cnn as _cnn  # type: ignore[import-not-found]
    except ImportError:
        import cnn as _cnn  # type: ignore[no-redef]

    t0 = time.time()
    builder, expected = _cnn.BUILDERS[arch]
    param_dtype = torch.float32 if precision in ("fp32", "mixed_bf16") else _DTYPES[precision]
    autocast_dtype = torch.bfloat16 if precision == "mixed_bf16" else None
    fake = FakeTensorMode(allow_non_fake_inputs=True)
    with fake, _cuda_rounding(round_block), _dropout_dispatch(dropout_dispatch):
        model = builder()
        n = sum(p.numel() for p in model.parameters())
        assert n == expected, f"{arch}: {n} params, expected {expected}"
        if param_dtype != torch.float32:
            _module_to_dtype(model, param_dtype)
        model.train()
        psum = _param_summary(model)
        opt, opt_kwargs = _make_optimizer(optimizer, list(model.parameters()), optimizer_kwargs or {})
        loss_fn = nn.CrossEntropyLoss()

        class _Wrap(nn.Module):
            def __init__(self, m):
                super().__init__()
                self.m = m

            def forward(self, x, y):
                return loss_fn(self.m(x), y)

        wrapped = _Wrap(model)

        def make_inputs():
            return {
                "x": torch.randn(batch, 3, image_size, image_size, dtype=param_dtype),
                "y": torch.randint(0, 1000, (batch,)),
            }

        per_iter, mt = _train_loop(wrapped, opt, make_inputs, lambda out: out, iterations, autocast_dtype, False, None)
        result = _training_result(per_iter, psum, opt, round_block, mt)
        result["model"] = {
            **psum,
            "arch": arch,
            "expected_params": expected,
            "model_class": type(model).__name__,
        }
        result["dispatch"]["dropout_dispatch"] = dropout_dispatch
        result["optimizer"] = {
            "name": optimizer,
            "class": type(opt).__name__,
            "kwargs": _jsonable(opt_kwargs),
            **result.pop("_osum"),
        }
        result["runtime_s"] = round(time.time() - t0, 1)
        del model, wrapped, opt, mt
    gc.collect()
    return result


# --------------------------------------------------------------------------------------
# Inference
# --------------------------------------------------------------------------------------


def _cache_tensors(cache, parts: tuple[str, ...] = ("kv",)) -> list:
    """Tensors a transformers cache holds. ``parts``: "kv" (attention keys/values), "indexer" (DSA indexer keys,
    ``DynamicIndexedLayer.indexer_keys``), "state" (the fixed-size ``conv_states`` / ``recurrent_states`` of
    linear-attention, Mamba-2 and short-convolution layers, ``LinearAttentionCacheLayerMixin``)."""
    ts = []
    layers = getattr(cache, "layers", None)
    if layers is not None:
        for layer in layers:
            names = (("keys", "values") if "kv" in parts else ()) + (("indexer_keys",) if "indexer" in parts else ())
            for name in names:
                t = getattr(layer, name, None)
                if isinstance(t, torch.Tensor):
                    ts.append(t)
            # DeepSeek-V4's CSA / HCA layers (DeepseekV4HCACache, DeepseekV4CSACache): the compressed entries, the
            # projected tokens waiting for a full window (views of the prefill's projections) and the CSA overlap
            # slices, keyed "compressor" (with the K/V) and "indexer" (with the indexer keys)
            for attr in ("compressed_kv", "buffer_kv", "buffer_gate", "overlap_kv", "overlap_gate"):
                entries = getattr(layer, attr, None) or {}
                for key, part in (("compressor", "kv"), ("indexer", "indexer")):
                    t = entries.get(key)
                    if part in parts and isinstance(t, torch.Tensor):
                        ts.append(t)
            if "state" in parts:
                for name in ("conv_states", "recurrent_states"):
                    for t in (getattr(layer, name, None) or {}).values():
                        if isinstance(t, torch.Tensor):
                            ts.append(t)
        return ts
    for name in ("key_cache", "value_cache") if "kv" in parts else ():
        for t in getattr(cache, name, []) or []:
            if isinstance(t, torch.Tensor):
                ts.append(t)
    return ts


def _cache_record(cache, when: str) -> dict:
    """Bytes of each part of the cache (logical = numel x element size; storage = unique storages, a view of a
    longer prefill tensor counting in full) and the shapes / dtypes of the fixed-size states."""
    out = {}
    for part in ("indexer", "state"):
        ts = _cache_tensors(cache, (part,))
        out[f"{part}_bytes_{when}"] = _logical_bytes(ts)
        out[f"{part}_storage_bytes_{when}"] = _storage_bytes(ts)
        if part == "state":
            out[f"state_shapes_{when}"] = sorted(
                {(tuple(t.shape), str(t.dtype).replace("torch.", "")) for t in ts}, key=str
            )
            out[f"state_shapes_{when}"] = [[list(sh), dt] for sh, dt in out[f"state_shapes_{when}"]]
    return out


def measure_inference(
    config: dict,
    *,
    batch: int,
    seq: int,
    decode_steps: int = 8,
    dtype: str = "bf16",
    attn_implementation: str | None = "sdpa",
    logits_to_keep: int = 1,
    sdpa_dispatch: str = "cuda",
    round_block: int | None = CUDA_BLOCK,
    keep_fp32: bool = False,
) -> dict:
    """Prefill ``batch x seq`` prompt tokens (use_cache=True, ``logits_to_keep`` as ``generate()``
    passes it), take the last position's logits as fp32 (as ``generate()`` does), argmax, then
    ``decode_steps`` single-token steps. model.eval() + torch.no_grad()."""
    t0 = time.time()
    pdt = _DTYPES[dtype]
    fake = FakeTensorMode(allow_non_fake_inputs=True)
    with fake, _cuda_rounding(round_block), _sdpa_dispatch(sdpa_dispatch), _hf_fake_fixes(), torch.no_grad():
        model = _build_hf_model(config, attn_implementation, pdt, keep_fp32)
        attn_used = getattr(model.config, "_attn_implementation", None)
        model.eval()
        # No parameter needs a gradient here; without this MemTracker's module pre-hook (register_multi_grad_hook)
        # asserts on the hub-kernel wrapper modules of the hybrid models (causal_conv1d_forward, called with a
        # no_grad view of a parameter that still reports requires_grad). Memory is unaffected: no_grad either way.
        model.requires_grad_(False)
        psum = _param_summary(model)
        vocab = model.config.vocab_size
        n_layers = len(_decoder_layers(model))
        mt = PhaseMemTracker()
        mt.track_external(model)
        mt.live_phase = "prefill"
        with mt:
            mt.reset_peak()
            base = mt.current()
            mt.set_phase("prefill")
            input_ids = torch.randint(0, vocab, (batch, seq))
            out = model(input_ids=input_ids, use_cache=True, logits_to_keep=logits_to_keep)
            cache = out.cache
            logits_shape = list(out.logits.shape)
            logits_bytes = out.logits.numel() * out.logits.element_size()
            next_logits = out.logits[:, -1, :].to(copy=True, dtype=torch.float32)
            next_tokens = torch.argmax(next_logits, dim=-1)
            del out, next_logits
            after_prefill = mt.current()
            kv = _cache_tensors(cache)
            kv_logical = _logical_bytes(kv)
            kv_storage = _storage_bytes(kv)
            kv_shapes = sorted({tuple(t.shape) for t in kv})
            del kv  # holding these would keep the prefill-era cache alive through decode
            extra_prefill = _cache_record(cache, "after_prefill")
            mt.set_phase("decode")
            for _ in range(decode_steps):
                mt.reset_mod_stats()  # MemTracker refuses a second call of the root module otherwise
                out = model(input_ids=next_tokens[:, None], cache=cache, use_cache=True, logits_to_keep=1)
                cache = out.cache
                next_logits = out.logits[:, -1, :].to(copy=True, dtype=torch.float32)
                next_tokens = torch.argmax(next_logits, dim=-1)
                del out, next_logits
            after_decode = mt.current()
            kv_end = _cache_tensors(cache)
            kv_end_logical, kv_end_storage = _logical_bytes(kv_end), _storage_bytes(kv_end)
            del kv_end
            extra_decode = _cache_record(cache, "after_decode")
            mt.set_phase(None)
            phases, peak_phase = _finish_phase_peaks(mt, ["prefill", "decode"])
            peak = mt.peak()
        result = {
            "kind": "inference",
            "peak_bytes": peak["TOTAL"],
            "peak_by_category": {k: v for k, v in peak.items() if k != "TOTAL"},
            "peak_phase": peak_phase,
            "phase_peak_bytes": {p: s["TOTAL"] for p, s in phases.items()},
            "phase_peak_by_category": {p: {k: v for k, v in s.items() if k != "TOTAL"} for p, s in phases.items()},
            "weight_bytes": psum["param_bytes"] + psum["buffer_bytes"],
            "param_bytes": psum["param_bytes"],
            "buffer_bytes": psum["buffer_bytes"],
            "kv_cache_bytes_after_prefill": kv_logical,
            "kv_cache_storage_bytes_after_prefill": kv_storage,
            "kv_cache_shapes_after_prefill": [list(s) for s in kv_shapes],
            "kv_cache_bytes_after_decode": kv_end_logical,
            "kv_cache_storage_bytes_after_decode": kv_end_storage,
            # the indexer keys (DSA) and the fixed-size states (linear attention, Mamba-2, conv) beside K/V
            **{k: v for k, v in extra_prefill.items() if not k.startswith("state_shapes")},
            **{k: v for k, v in extra_decode.items() if not k.startswith("state_shapes")},
            "state_shapes_after_prefill": extra_prefill["state_shapes_after_prefill"],
            # storages made during prefill and alive at its peak (cache growth included), largest first
            "prefill_live_at_peak": (mt.live_at_peak or [])[:40],
            "prefill_live_at_peak_bytes": sum(e["bytes"] for e in mt.live_at_peak or []),
            "cache_class": type(cache).__name__,
            "cache_layer_classes": sorted({type(layer).__name__ for layer in getattr(cache, "layers", [])}),
            "prefill_logits_shape": logits_shape,
            "prefill_logits_bytes": int(logits_bytes),
            "snapshots": {
                "before_prefill": base,
                "after_prefill": after_prefill,
                "after_decode": after_decode,
            },
            "model": {
                **psum,
                "n_layers": n_layers,
                "attn_implementation_used": attn_used,
                "model_class": type(model).__name__,
            },
            "dispatch": {
                "sdpa_dispatch": sdpa_dispatch,
                "attention_ops": dict(sorted(mt.op_counts.items())),
                "sdpa_examples": mt.sdpa_examples,
                "notable_ops": dict(sorted(mt.notable_counts.items())),
            },
            "runtime_s": round(time.time() - t0, 1),
        }
        del model, cache, mt
    gc.collect()
    return result
