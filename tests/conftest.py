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


def pytest_collection_modifyitems(config: object, items: list) -> None:
    """Skip, by name, the oracle configs the engine does not count yet (issue 8).

    tests/data/param_oracle/param_oracle.json marks those entries `"pending_engine": true` (written by
    tools/oracle/engine_status.py; the baseline is in tests/data/param_oracle/ENGINE_STATUS.md). The new
    config reader drops the flags; without flags this hook does nothing.
    """
    import json

    import pytest

    oracle = json.loads((DATA / "param_oracle" / "param_oracle.json").read_text())
    pending = {model_id for model_id, entry in oracle.items() if entry.get("pending_engine")}
    if not pending:
        return
    for item in items:
        callspec = getattr(item, "callspec", None)
        if item.path.name != "test_params_oracle.py" or callspec is None:
            continue
        if callspec.params.get("model_id") in pending:
            item.add_marker(pytest.mark.skip(reason="pending_engine: issue 8 reader not landed (ENGINE_STATUS.md)"))
