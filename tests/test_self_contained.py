"""A user's clone is the whole project: no tracked file reads, or points the reader at, a folder beside the checkout
or a development machine's path. (.ci/run also runs the whole suite in a fresh clone with nothing beside it.)"""

import re
import subprocess

from tests.conftest import ROOT

# the team's convenience folder beside the checkout, and absolute development paths
# (spelled in pieces so that this file does not itself point at the folder it looks for)
SHARED = "shared"
OUTSIDE = re.compile(
    r"\.\./" + SHARED + r"|/work/(?:main|" + SHARED + r"|oracle)|/tmp/work\b|GPU_SIZER_" + SHARED.upper()
)
# this file names the patterns; the catalogue tools' --scratch default names where their downloads were kept
ALLOWED = {"tests/test_self_contained.py", "tools/catalog/paths.py"}


def test_no_tracked_file_points_outside_the_checkout() -> None:
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    offenders = []
    for name in files.decode().split("\0"):
        if not name or name in ALLOWED or name.startswith("tests/data/bad-inputs/"):
            continue
        try:
            text = (ROOT / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue
        offenders += [f"{name}: {m.group(0)}" for m in OUTSIDE.finditer(text)]
    assert not offenders, offenders
