"""Parameter counts held to transformers itself: every config in tests/data/param_oracle was built on the meta
device by tools/oracle/param_oracle.py (command and versions in tools/oracle/README.md)."""

import json
from pathlib import Path

import pytest

from core.importers import hf_config
from core.params import count
from tests.conftest import DATA, ROOT

ORACLE = json.loads((DATA / "param_oracle" / "param_oracle.json").read_text())
BUILT = {k: v for k, v in ORACLE.items() if "skipped" not in v}
# transformers 5.24 forces T5Config.tie_word_embeddings=True; the published t5-v1.1 checkpoints store a separate
# lm_head (247,577,856 parameters), which is what the config says and what we count.
TRANSFORMERS_QUIRKS = {"pnawrot__nanoT5-base": 247_577_856}


def _config_dir(entry: dict) -> Path:
    return ROOT / Path(entry["config_path"]).parent


def test_oracle_covers_enough_architectures() -> None:
    types = {v["model_type"] for v in BUILT.values()}
    assert len(BUILT) >= 30
    assert {
        "llama",
        "mixtral",
        "qwen3_moe",
        "deepseek_v3",
        "gemma2",
        "phi3",
        "gpt2",
        "bert",
        "t5",
        "vit",
    } <= types


@pytest.mark.parametrize("model_id", sorted(BUILT))
def test_count_equals_transformers(model_id: str) -> None:
    entry = BUILT[model_id]
    arch = hf_config.load(_config_dir(entry)).architecture
    totals = {b["total"] for b in entry["builds"].values()}
    expected = TRANSFORMERS_QUIRKS.get(model_id)
    got = count(arch).total
    assert got == expected if expected else got in totals, (model_id, got, totals)
