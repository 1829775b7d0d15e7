"""Replay DeepSpeed ZeRO-3's parameter coordinator over OPT's checkpointed module trace: how many parameters are
gathered while the last decoder block runs backward (the peak of a fully checkpointed step), in the first step (trace
being recorded) and from the second on (prefetching along the recorded trace).

The logic is deepspeed/runtime/zero/partitioned_param_coordinator.py @ v0.6.5 (the version of hpcaitech/OPT-Benchmark's
runs; the prefetch loop and __params_to_release are unchanged in today's file): fetch_sub_module gathers the module's
own parameters, pops them off the trace queue, then prefetches whole parameters off the queue while the numel
prefetched is under min(stage3_max_live_parameters - live, stage3_prefetch_bucket_size); release_sub_module frees a
module's parameters unless the next stage3_max_reuse_distance numel of the trace use them again; parameters of at most
stage3_param_persistence_threshold elements stay gathered. Every module gets the hooks, parameter-less containers too.
OPT (transformers 4.21): q, k, v, out_proj, fc1, fc2 with biases, two LayerNorms per block, lm_head tied to the token
embedding; reentrant checkpointing recomputes a block's forward (its forward hooks fire again) before its backward.

.venv/bin/python -m bench.zero3_prefetch_replay
"""

from __future__ import annotations

import collections

# DeepSpeedZeroConfig defaults (the run's log: 'Prefetch bucket size 50000000', 'max_live_parameters': 1e9,
# 'max_reuse_distance': 1e9, 'param_persistence_threshold': 1e5)
PREFETCH, MAX_LIVE, REUSE, PERSIST = 50_000_000, 1_000_000_000, 1_000_000_000, 100_000
VOCAB = 50_272


def opt_trace(h: int, layers: int) -> tuple[list[str], dict[str, list[tuple[str, int]]], int]:
    """(module trace of one step, each module's own parameters, index where the last block's backward starts)."""
    mods: dict[str, list[tuple[str, int]]] = {m: [] for m in ("root", "model", "decoder")}
    mods["embed_tokens"] = [("W_e", VOCAB * h)]
    mods["embed_positions"] = [("W_p", 2050 * h)]
    for i in range(layers):
        mods[f"l{i}"] = []
        mods[f"l{i}.attn"] = []
        for ln in ("ln1", "ln2"):
            mods[f"l{i}.{ln}"] = [(f"l{i}.{ln}.w", h), (f"l{i}.{ln}.b", h)]
        for n in "qkvo":
            mods[f"l{i}.{n}"] = [(f"l{i}.{n}.w", h * h), (f"l{i}.{n}.b", h)]
        mods[f"l{i}.fc1"] = [(f"l{i}.fc1.w", 4 * h * h), (f"l{i}.fc1.b", 4 * h)]
        mods[f"l{i}.fc2"] = [(f"l{i}.fc2.w", 4 * h * h), (f"l{i}.fc2.b", h)]
    mods["final_ln"] = [("fln.w", h), ("fln.b", h)]
    mods["lm_head"] = [("W_e", VOCAB * h)]

    def fwd(i: int) -> list[str]:
        block = [f"l{i}", f"l{i}.ln1", f"l{i}.attn", *(f"l{i}.{n}" for n in "qkvo")]
        return [*block, f"l{i}.ln2", f"l{i}.fc1", f"l{i}.fc2"]

    trace = ["root", "model", "decoder", "embed_tokens", "embed_positions"]
    for i in range(layers):
        trace += fwd(i)
    trace += ["final_ln", "lm_head", "lm_head", "final_ln"]
    last_backward = 0
    for i in reversed(range(layers)):
        trace += fwd(i)  # the checkpoint's recompute
        if i == layers - 1:
            last_backward = len(trace)
        trace += list(reversed(fwd(i)))
    trace += ["embed_positions", "embed_tokens", "decoder", "model", "root"]
    return trace, mods, last_backward


def replay(h: int, layers: int, complete: bool) -> int:
    """Parameters gathered (besides the persistent ones) while the last block's out_proj runs backward."""
    trace, mods, last_backward = opt_trace(h, layers)
    numel = {p: n for ps in mods.values() for p, n in ps}
    persist = {p for p, n in numel.items() if n <= PERSIST}
    gathered: set[str] = set()
    live = 0
    queue = collections.deque((p, s) for s, m in enumerate(trace) for p in sorted({p for p, _ in mods[m]}))
    fetched_for: dict[str, int] = collections.defaultdict(lambda: -(10**10))
    at_peak = 0
    for step, m in enumerate(trace):
        own = {p for p, _ in mods[m]} - persist
        for p in own - gathered:
            gathered.add(p)
            live += numel[p]
        if complete:
            need = {p for p in own if fetched_for[p] < step}
            popped: set[str] = set()
            while queue and len(popped) < len(need):
                p, sid = queue.popleft()
                fetched_for[p] = sid
                popped.add(p)
            room, got, batch = min(MAX_LIVE - live, PREFETCH), 0, set()
            while queue and got < room:
                p, sid = queue.popleft()
                fetched_for[p] = max(fetched_for[p], sid)
                if p not in persist and p not in gathered and p not in batch:
                    batch.add(p)
                    got += numel[p]
            gathered |= batch
            live += got
        if step == last_backward + 3:  # fc2, fc1, ln2, then out_proj of the last block's backward
            at_peak = live
        release = set(own)
        if complete:
            seen = 0
            for later in trace[step + 1 :]:
                if seen > REUSE:
                    break
                for p, n in mods[later]:
                    release.discard(p)
                    seen += n
        for p in release & gathered:
            gathered.discard(p)
            live -= numel[p]
    return at_peak


def main() -> None:
    for name, h, layers in (("OPT-13B", 5120, 40), ("OPT-30B", 7168, 48)):
        first, later = replay(h, layers, False), replay(h, layers, True)
        print(
            f"{name}: step 1 {first:,} gathered ({2 * first / 2**30:.3f} GiB fp16), from step 2 {later:,} "
            f"({2 * later / 2**30:.3f} GiB) while the last block runs backward"
        )


if __name__ == "__main__":
    main()
