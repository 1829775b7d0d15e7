"""Print the accuracy table: every validation case, the engine's estimate, the reference and the error.

    .venv/bin/python -m bench.accuracy            # all groups
    .venv/bin/python -m bench.accuracy --markdown # the README table

References: PyTorch allocations measured with MemTracker on fake tensors (tests/data/calibration, made by
tools/calibration) and published real-GPU measurements (tests/data/reference/measured-cases.jsonl).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict

from bench.cases import Case, calibration_cases, gemma3n_tower_cases, measured_cases

GIB = 2**30


def summarize(cases: list[Case]) -> dict[str, tuple[int, float, float]]:
    groups: dict[str, list[float]] = defaultdict(list)
    for c in cases:
        if c.role == "validation":
            groups[c.group].append(abs(c.error()))
        elif c.role == "unverified":  # flagged in the answer; listed apart so the validated figures stay honest
            groups[f"{c.group}, answers flagged unverified"].append(abs(c.error()))
    return {g: (len(e), statistics.median(e), max(e)) for g, e in groups.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--markdown", action="store_true", help="summary table in Markdown")
    args = ap.parse_args(argv)
    cases = calibration_cases("training") + calibration_cases("inference") + gemma3n_tower_cases() + measured_cases()
    if not args.markdown:
        print(f"{'case':<52} {'compared':<26} {'estimate':>11} {'reference':>11} {'error':>8}")
        for c in cases:
            tag = {
                "validation": "",
                "calibration": "  (source of a constant)",
                "variant": "  (variant, not modelled)",
                "unverified": "  (flagged unverified in the answer)",
            }[c.role]
            print(
                f"{c.id:<52} {c.what[:26]:<26} {c.estimate_bytes() / GIB:>8.3f} GiB {c.measured_bytes / GIB:>8.3f} GiB "
                f"{c.error():>+8.2%}{tag}"
            )
        print()
    print("| reference | cases | median abs. error | max abs. error |")
    print("|---|---:|---:|---:|")
    for g, (n, med, mx) in summarize(cases).items():
        print(f"| {g} | {n} | {med:.2%} | {mx:.2%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
