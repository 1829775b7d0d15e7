import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
# Published figures and real configs the tests hold the engine to, each with its provenance (README files there).
REFERENCE = DATA / "reference"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
