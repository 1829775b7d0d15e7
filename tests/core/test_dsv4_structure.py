"""DeepSeek-V4 read from the structure its config spells (schema 9): hyper-connections, compressed attention with
its rates, indexer and rotary slice, FP4 experts; never from the family's name. The memory terms themselves are
held to the fake-tensor runs in tests/core/test_accuracy.py (deepseek-v4-flash-4l, held out -5l-mix)."""

import json

import pytest
from pydantic import ValidationError

from core import catalog, project
from core.architecture import StackSpec
from core.estimate import estimate, resolve_gpu
from core.importers import hf_config
from core.memory.context import make_ctx
from core.memory.peak import build_items
from core.scenario import Scenario
from tests.conftest import DATA
from tests.core.helpers import scenario

FLASH = DATA / "param_oracle/configs/deepseek-ai__DeepSeek-V4-Flash/config.json"
SETUPS = (
    {"workload": {"context": 8192, "batch": 2}, "runtime": {"name": "hf"}},
    {"workload": {"mode": "training", "context": 2048}, "parallelism": {"gpus": 64}},
    {
        "workload": {"context": 65536, "concurrency": 4},
        "runtime": {"name": "vllm"},
        "parallelism": {"gpus": 8, "tp": 8},
    },
)


def _with(arch: object, **sections: dict) -> Scenario:
    return Scenario.model_validate({"model": {"architecture": arch}, **sections})


def test_a_renamed_deepseek_v4_config_is_sized_the_same() -> None:
    """Issue 8: DeepSeek-V4-Flash's config.json with its model_type renamed to one no table knows. Its keys (the
    hyper-connections' hc_mult and hc_sinkhorn_iters, the grouped output's o_groups and o_lora_rank, the indexer's
    index_n_heads) are DeepSeek-V4's alone: it is read with that entry, every figure the same as under its own name,
    and the answer says the type is unknown (verified: false)."""
    cfg = json.loads(FLASH.read_text(encoding="utf-8"))
    own = hf_config.from_dict(cfg, "config.json", "V4").architecture
    renamed = hf_config.from_dict({**cfg, "model_type": "frontier_x"}, "config.json", "V4").architecture
    assert renamed.model_copy(update={"unverified": ()}) == own
    assert any("'frontier_x'" in w and "hc_mult" in w for w in renamed.unverified)
    for setup in SETUPS:
        a, b = estimate(_with(own, **setup)), estimate(_with(renamed, **setup))
        assert a.memory == b.memory and a.compute == b.compute and a.params == b.params
        assert not b.verified and any("frontier_x" in w for w in b.unverified)


def test_a_v8_deepseek_v4_file_migrates_exactly() -> None:
    """tests/data/migration/v8-deepseek-v4.sizing was saved by schema 8 (commit d1eeada): DeepSeek-V4-Flash
    (transformers, and full fine-tuning on 64 GPUs) and DeepSeek-V4-Pro (vLLM, TP 8), its CSA layers as "full" and its
    HCA layers as "chunked" with attention.chunk_size 128, the streams, Sinkhorn steps, CSA rate, indexer and rotary
    slice in the code. Read now, each model is the one the published config.json gives (the importer, held to the
    fake-tensor runs), and so is every figure."""
    path = DATA / "migration/v8-deepseek-v4.sizing"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 8
    saved = raw["scenarios"][0]["model"]["architecture"]["decoder"]
    assert (saved["mixers"].count("full"), saved["mixers"].count("chunked"), saved["attention"]["chunk_size"]) == (
        21,
        20,
        128,
    )
    scenarios, _ = project.read(path)
    # compress_ratios of the published configs: Flash 2 sliding-only, 21 CSA, 20 HCA layers; Pro 0, 30, 31
    counts = {"deepseek-v4-flash": (2, 21, 20), "deepseek-v4-pro": (0, 30, 31)}
    for s in scenarios:
        assert s.model.preset is not None
        fresh = catalog.preset_architecture(s.model.preset)
        assert s.model.architecture == fresh, s.name
        st = s.model.architecture.decoder
        assert st is not None
        kinds = (st.mixer_count("sliding"), st.mixer_count("compressed_sparse"), st.mixer_count("heavily_compressed"))
        assert kinds == counts[s.model.preset]
        now = s.model_copy(update={"model": s.model.model_copy(update={"architecture": fresh})})
        assert estimate(s) == estimate(now)


def test_a_v6_deepseek_v4_without_layer_kinds_keeps_its_warning() -> None:
    """The schema-6 fixture's DeepSeek-V4-Flash has no per-layer kinds: migrated, it gets the compressed-attention
    fields but no layer is said to be compressed, and the answer still says it cannot know them."""
    (v4, _), _ = project.read(DATA / "sizing/v6.sizing")
    st = v4.model.architecture.decoder
    assert st is not None and not st.mixers and st.attention.compressed is not None
    assert st.hyper_connections is not None and st.hyper_connections.streams == 4
    assert any("saved before" in w for w in estimate(v4).unverified)


def test_the_formulas_take_the_compress_rate_from_the_field() -> None:
    """The cache after decode with CSA entries of 8 tokens instead of 4, by hand (transformers' DeepseekV4CSACache,
    core/memory/dsv4.kv_item): at c = 8,192 tokens a CSA layer keeps ⌊c/r⌋ entries of d + i = 512 + 128 elements, the
    pending tokens' kv and gate projections 4·(d + i) each (c mod r = 0: a whole window's, r) and the overlap slices
    r·(d + i)·(1 + 4/2) (kv in bf16, gate in fp32). Rate 4 → 8: (2,048 − 1,024)·640 + 4·640·(4 − 8) + (4 − 8)·640·3 =
    637,440 elements more at rate 4, × 2 bytes × 21 CSA layers × 1 sequence = 26,772,480 bytes."""
    base = scenario("deepseek-v4-flash", workload={"context": 8192, "output_tokens": 256}, runtime={"name": "hf"})
    st = base.model.architecture.decoder
    assert st is not None and st.attention.compressed is not None
    spec = st.attention.compressed.model_copy(update={"sparse_rate": 8})
    att = st.attention.model_copy(update={"compressed": spec})
    arch = base.model.architecture.model_copy(update={"decoder": st.model_copy(update={"attention": att})})
    eight = base.model_copy(update={"model": base.model.model_copy(update={"architecture": arch})})

    def decode_kv(s: Scenario) -> float:
        items, _ = build_items(make_ctx(s, resolve_gpu(s)))
        return float(next(it for it in items if it.key == "kv_cache").by_phase["decode"])  # type: ignore[arg-type]

    assert decode_kv(base) - decode_kv(eight) == pytest.approx(637_440 * 2 * 21, abs=1)


def test_compressed_layers_need_their_spec() -> None:
    st = catalog.preset_architecture("deepseek-v4-flash").decoder
    assert st is not None
    doc = st.model_dump()
    doc["attention"]["compressed"] = None
    with pytest.raises(ValidationError, match=r"attention\.compressed"):
        StackSpec.model_validate(doc)


def test_one_part_of_the_structure_without_the_other_is_unverified() -> None:
    """The fake-tensor runs held hyper-connections and compressed attention together; a model with only one of them
    is answered, flagged."""
    base = scenario("deepseek-v4-flash", workload={"context": 4096}, runtime={"name": "hf"})
    st = base.model.architecture.decoder
    assert st is not None and estimate(base).verified
    alone = st.model_copy(update={"hyper_connections": None})
    arch = base.model.architecture.model_copy(update={"decoder": alone})
    answer = estimate(base.model_copy(update={"model": base.model.model_copy(update={"architecture": arch})}))
    assert not answer.verified and any("without hyper-connections" in w for w in answer.unverified)
