"""Serving-time accuracy: the planner's decode time per output token, time to first token, end-to-end latency and
throughput against published serving benchmarks (tests/data/reference/serving-measured.jsonl).

    .venv/bin/python -m bench.serving_accuracy            # every case, then the summary
    .venv/bin/python -m bench.serving_accuracy --markdown # the README table only

Error = estimate / measured − 1 on the published quantity turned into a time (ms per token, ms); a negative time
error is an optimistic estimate. Throughput errors are on tokens/s (positive = optimistic). Rows marked
"calibration" are where a constant comes from (core/compute.py HBM_EFFICIENCY and ALLREDUCE_SECONDS; core/runtimes.py
the engines' fixed decode cost, decode_step_s and decode_moe_layer_s: VLLM_STEP, VLLM_MOE_LAYER, LLAMA_CPP_MOE_LAYER);
every other row is held out.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core import catalog, serving
from core.estimate import estimate
from core.scenario import ModelRef, Scenario

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "reference" / "serving-measured.jsonl"
RUNTIME = {"llama.cpp": "llama.cpp", "vLLM": "vllm", "NIM": "vllm", "SGLang": "sglang"}
METRIC = {
    "decode_tokens_per_s": serving.DECODE,
    "itl_ms": serving.DECODE,
    "tpot_ms": serving.DECODE,
    "tpot_poisson_ms": serving.POISSON,
    "ttft_ms": serving.TTFT,
    "e2e_latency_ms": serving.LATENCY,
    "output_tokens_per_s": serving.THROUGHPUT,
}


@dataclass(frozen=True)
class ServingCase:
    id: str
    engine: str
    gpu_class: str
    metric: str
    estimate: float  # in the unit of `measured_time` (ms) or tokens/s for throughput
    measured: float
    role: str

    def error(self) -> float:
        return self.estimate / self.measured - 1


def gpu_class(gpu_id: str) -> str:
    if gpu_id.startswith("apple-"):
        return "Apple unified memory"
    if gpu_id.startswith(("rtx-", "rx-")):
        return "consumer GDDR"
    return "datacenter HBM"


def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def scenario(r: dict[str, Any]) -> Scenario:
    prompt = max(1, r["prompt_tokens"])
    data: dict[str, Any] = {
        "model": ModelRef(preset=r["preset"], architecture=catalog.preset_architecture(r["preset"])).model_dump(),
        "workload": {"mode": "inference", "context": prompt + r["output_tokens"], "output_tokens": r["output_tokens"]},
        "precision": {"weights": r["weights"]},
        "parallelism": {"gpus": r["tp"], "tp": r["tp"]},
        "runtime": {"name": RUNTIME[r["engine"]]},
        "gpu": {"id": r["gpu_id"]},
    }
    return Scenario.model_validate(data)


def evaluate(r: dict[str, Any]) -> tuple[float, float]:
    """(estimate, measured) of one row: times in ms, throughput in tokens/s."""
    s = scenario(r)
    b, o = r["concurrency"], r["output_tokens"]
    m, what = r["measured"], r["metric"]
    if what == "decode_tokens_per_s" and b == 1:
        # one stream, no prefill to share: the decode step alone (also where no compute peak is published)
        d = estimate(s).compute.decode_tokens_per_second
        assert d, r["id"]
        return 1e3 / d, 1e3 / m
    t = serving.timing(s, b)
    assert t is not None, r["id"]
    if what in ("itl_ms", "tpot_ms", "tpot_poisson_ms"):
        return t.tpot_seconds * 1e3, m
    if what == "ttft_ms":
        return t.ttft_seconds * 1e3, m
    if what == "e2e_latency_ms":  # a fixed batch: its prefill at once, then O decode steps
        return (b * t.prefill_share_seconds + o * t.step_seconds) * 1e3, m
    if what == "output_tokens_per_s":  # Little's law, as the planner: b requests, each TTFT + O × TPOT long
        return b * o / (t.ttft_seconds + o * t.tpot_seconds), m
    raise ValueError(f"{r['id']}: unknown metric {what}")


def serving_cases() -> list[ServingCase]:
    out = []
    for r in rows():
        est, meas = evaluate(r)
        metric = METRIC[r["metric"]]
        out.append(ServingCase(r["id"], r["engine"], gpu_class(r["gpu_id"]), metric, est, meas, r["role"]))
    return out


def summarize(cases: list[ServingCase]) -> dict[tuple[str, str, str], tuple[int, float, float, float]]:
    """(engine, GPU class, metric) → (held-out cases, median abs. error, max abs. error, median signed error)."""
    groups: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    for c in cases:
        if c.role == "validation":
            groups[(c.engine, c.gpu_class, c.metric)].append(c.error())
    return {
        k: (len(e), statistics.median(abs(x) for x in e), max(abs(x) for x in e), statistics.median(e))
        for k, e in sorted(groups.items())
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--markdown", action="store_true", help="summary table in Markdown")
    args = ap.parse_args(argv)
    cases = serving_cases()
    if not args.markdown:
        print(f"{'case':<52} {'compared':<22} {'estimate':>10} {'measured':>10} {'error':>8}")
        for c in cases:
            tag = "  (calibration)" if c.role == "calibration" else ""
            print(f"{c.id:<52} {c.metric[:22]:<22} {c.estimate:>10.2f} {c.measured:>10.2f} {c.error():>+8.1%}{tag}")
        print()
    print("| engine | GPU class | figure | held-out cases | median error | median abs. error | max abs. error |")
    print("|---|---|---|---:|---:|---:|---:|")
    for (eng, cls, metric), (n, med, mx, signed) in summarize(cases).items():
        print(f"| {eng} | {cls} | {metric} | {n} | {signed:+.1%} | {med:.1%} | {mx:.1%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
