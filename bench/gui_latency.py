"""GUI latency figures (printed, not asserted: timings belong in a benchmark, never in a test).

    python -m bench.gui_latency [--edits 300] [--launches 5]

1. Edit → both charts repainted: the main window is shown (offscreen unless a display is forced), a spin box
   (context, batch or concurrency) is set to a new value the way typing does, and the clock stops when both chart
   viewports have received a paint event showing the new scenario. Each edit starts after the previous one has
   finished (its late repaints and layouts are drained first, outside the clock). Median and p95 over the edits
   (goal: ≤ 8 ms median, ≤ 16 ms p95, 2 cores).
2. A burst of edits with no event processing in between (a slider drag between two frames): how many
   recomputations it costs (coalescing should make it one).
3. Launch → first paint: wall-clock from spawning `python -m gui.app` to the main window's first paint event,
   interpreter start-up and imports included (goal: ≤ 1.0 s). Median of several launches.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def edit_to_paint(edits: int) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings

    QCoreApplication.setOrganizationName("GPU Sizer Bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    from gui.app import create_application
    from gui.main_window import MainWindow
    from gui.preferences import Preferences

    app = create_application(["bench"])
    window = MainWindow(Preferences(app))
    window.resize(1440, 940)
    window.show()
    doc = window.document
    doc.set_fields({"gpu.id": "rtx-4090-24gb", "precision.weights": "nf4"})
    for _ in range(20):
        app.processEvents()

    painted: dict[str, float] = {}

    class PaintProbe(QObject):
        """Stamps a chart's first paint that shows the edited scenario (a repaint still owed to the previous
        edit, or one before the chart has the new data, does not count)."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                view = window.charts[self.name].view
                if view is not None and view.scenario == doc.scenario:
                    painted.setdefault(self.name, time.perf_counter())
            return False

    def drain() -> None:
        """Let the previous edit finish (its late repaints and layouts) before the next edit starts the clock."""
        for _ in range(3):
            app.sendPostedEvents()
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)

    probes = {name: PaintProbe(name) for name in window.charts}
    for name, chart in window.charts.items():
        chart.viewport().installEventFilter(probes[name])

    workload = window.editor.workload
    # a realistic mix: context (the sweep is reused), batch and concurrency (the whole sweep is recomputed)
    kinds = [
        ("context", workload.context, lambda i: 2048 + 97 * i),
        ("batch", workload.batch, lambda i: 1 + i % 7),
        ("concurrency", workload.concurrency, lambda i: 1 + (i * 3) % 5),
    ]
    latencies: dict[str, list[float]] = {name: [] for name, _w, _v in kinds}
    computes: list[float] = []
    computed: list[float] = []
    # the second chart's set_view is the last view update; the window repaints right after it
    window.context_chart.updated.connect(lambda: computed.append(time.perf_counter()))
    for i in range(edits):
        name, widget, value = kinds[i % len(kinds)]
        target = value(i)
        if widget.value() == target:
            target += 1
        drain()
        painted.clear()
        computed.clear()
        t0 = time.perf_counter()
        widget.setValue(target)
        deadline = t0 + 2.0
        while len(painted) < 2 and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if len(painted) < 2:
            raise SystemExit("charts were not repainted within 2 s: is the window visible?")
        latencies[name].append((max(painted.values()) - t0) * 1e3)
        computes.append((computed[0] - t0) * 1e3 if computed else float("nan"))

    every = [v for values in latencies.values() for v in values]
    print(
        f"edit → both charts repainted over {len(every)} edits ({os.cpu_count()} CPUs, QPA {app.platformName()}, "
        f"window 1440 × 940, Llama 3.1 8B NF4 on an RTX 4090):"
    )
    print(
        f"  all edits   median {statistics.median(every):6.2f} ms   p95 {percentile(every, 95):6.2f} ms   "
        f"max {max(every):6.2f} ms   (goal ≤ 8 ms median, ≤ 16 ms p95)"
    )
    for name, values in latencies.items():
        print(f"  {name:<11} median {statistics.median(values):6.2f} ms   p95 {percentile(values, 95):6.2f} ms")
    print(
        f"  of which edit → estimate, sweep and views updated (before painting): median "
        f"{statistics.median(computes):.2f} ms"
    )

    updates: list[object] = []
    window.presenter.updated.connect(updates.append)
    for value in range(40000, 40020):  # 20 slider ticks between two frames
        workload.context.setValue(value)
    for _ in range(10):
        app.processEvents()
    print(f"burst of 20 edits without an event loop turn → {len(updates)} recomputation(s) (coalesced)")
    doc.undo_stack.setClean()
    window.close()


def launch_to_first_paint(launches: int) -> None:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    walls, own = [], []
    for _ in range(launches):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "gui.app", "--exit-after-first-paint"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        walls.append(time.perf_counter() - t0)
        proc.wait(timeout=30)
        if "first paint after" in line:
            own.append(float(line.split("after")[1].split()[0]))
    print(f"launch → first paint over {launches} launches (python -m gui.app, wall clock from spawn):")
    print(
        f"  median {statistics.median(walls):.3f} s   min {min(walls):.3f} s   max {max(walls):.3f} s   "
        f"(goal ≤ 1.0 s; from gui.app import to paint: median {statistics.median(own):.3f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--launches", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    edit_to_paint(max(200, args.edits))
    launch_to_first_paint(args.launches)


if __name__ == "__main__":
    main()
