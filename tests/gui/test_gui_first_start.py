"""The window at a first start (no saved geometry) on screens of different sizes. Seen on a real X server
(Xvfb 1280×720 with Openbox, issue 11's audit): the window opened at its default 1440×940, its bottom 220 px —
the status bar and the end of the editor — below the screen's edge. 1280×720 is what a 1920×1080 laptop shows at
150 % scaling.

Qt's offscreen platform takes its screens from a configuration file (`offscreen:configfile=`), so each screen
size runs the real start-up (`gui.app.launch`) in a process of its own, with empty settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json
from gui import app as gui_app
app, window = gui_app.launch(["gpu-sizer"])
for _ in range(5):
    app.processEvents()
free, frame = window.screen().availableGeometry(), window.frameGeometry()
print(json.dumps({"free": free.getRect(), "frame": frame.getRect()}))
window.document.undo_stack.setClean()
window.close()
"""


def first_start(tmp_path: Path, width: int, height: int) -> dict[str, list[int]]:
    config = tmp_path / "screen.json"
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1.0}
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [screen]}))
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "LC_", "LANG"))}
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        LANG="C.UTF-8",
        LANGUAGE="en",
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_a_first_start_on_a_1280x720_screen_opens_inside_it(tmp_path: Path) -> None:
    shown = first_start(tmp_path, 1280, 720)
    x, y, w, h = shown["frame"]
    assert shown["free"] == [0, 0, 1280, 720]
    assert x >= 0 and y >= 0 and x + w <= 1280 and y + h <= 720, shown


IMPORTS = """
import sys
from gui import app as gui_app
app, window = gui_app.launch(["gpu-sizer"])
for _ in range(5):
    app.processEvents()
print(" ".join(sorted(m for m in sys.modules if m.startswith(("gui.", "core.")))))
window.document.undo_stack.setClean()
window.close()
"""


def test_the_start_imports_no_planner_or_calculator(tmp_path: Path) -> None:
    """What only a menu item or a button opens is imported when it is first opened, not at every start
    (bench/gui_latency.py, launch → first paint: the Tools menu's dialogs and the engine modules only they use
    cost about 50 ms of CPU time)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    home = tmp_path / "home"
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    result = subprocess.run(
        [sys.executable, "-c", IMPORTS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = set(result.stdout.strip().splitlines()[-1].split())
    assert "gui.main_window" in loaded  # the probe saw the started window's modules
    on_demand = {
        "gui.dialogs.training_plan_dialog",
        "gui.dialogs.serving_plan_dialog",
        "gui.dialogs.tensor_dialog",
        "gui.dialogs.convert_dialog",
        "gui.dialogs.cpu_ram_dialog",
        "gui.dialogs.gpu_flops_dialog",
        "gui.dialogs.layer_table_dialog",
        "gui.dialogs.custom_gpu_dialog",
        "core.serving",
    }
    assert not loaded & on_demand, sorted(loaded & on_demand)
