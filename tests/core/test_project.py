"""`.sizing` files: round trip, atomic save, migrations and clear errors."""

import errno
import json
import os
import time
from pathlib import Path

import pytest

from core import project
from core.scenario import Scenario
from tests.conftest import DATA
from tests.core.helpers import scenario


def test_round_trip_equals(tmp_path: Path) -> None:
    s = scenario(
        "qwen2.5-7b",
        workload={"mode": "training", "batch": 4, "context": 2048},
        training={"finetune": "lora", "lora_rank": 32},
    )
    path = tmp_path / "a.sizing"
    project.write(path, [s])
    loaded, active = project.read(path)
    assert loaded == [s] and active == 0
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "gpu-sizer" and doc["schema_version"] == project.SCHEMA_VERSION


def test_cnn_round_trip(tmp_path: Path) -> None:
    s = scenario("resnet-50", workload={"mode": "training", "batch": 64}, precision={"training": "fp32"})
    project.write(tmp_path / "c.sizing", [s])
    assert project.read(tmp_path / "c.sizing")[0] == [s]


def test_atomic_write_keeps_old_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.sizing"
    project.write(path, [scenario()])
    before = path.read_bytes()

    def boom(*_a: object, **_k: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError):
        project.write(path, [scenario("qwen2.5-7b")])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.sizing"]  # no temp file left behind


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("{not json", "line 1, column 2"),
        ('{"format": "something-else", "schema_version": 1}', "not a GPU Sizer project"),
        ('{"format": "gpu-sizer", "schema_version": 99, "scenarios": []}', "newer GPU Sizer"),
        ('{"format": "gpu-sizer", "schema_version": "1", "scenarios": []}', "schema_version"),
        ('{"format": "gpu-sizer", "schema_version": 1, "scenarios": []}', "non-empty list"),
        ("[1, 2]", "JSON object"),
    ],
)
def test_broken_files_name_the_problem(text: str, needle: str) -> None:
    with pytest.raises(project.ProjectError, match=needle):
        project.loads(text, "x.sizing")


def test_bad_field_is_named() -> None:
    doc = json.loads(project.dumps([scenario()]))
    doc["scenarios"][0]["workload"]["batch"] = -3
    with pytest.raises(project.ProjectError, match=r"scenarios\[0\]\.workload\.batch"):
        project.loads(json.dumps(doc), "x.sizing")


def test_every_schema_version_fixture_loads() -> None:
    fixtures = sorted((DATA / "sizing").glob("*.sizing"))
    assert [p.name for p in fixtures] == [f"v{n}.sizing" for n in range(1, project.SCHEMA_VERSION + 1)]
    for p in fixtures:
        doc = json.loads(p.read_text(encoding="utf-8"))
        assert doc["schema_version"] == int(p.stem[1:])  # each fixture was saved by its own version
        scenarios, _ = project.read(p)
        assert scenarios


def test_a_migration_step_for_every_older_version() -> None:
    assert set(project.MIGRATIONS) == set(range(1, project.SCHEMA_VERSION))


def test_migrations_run_in_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pretend schema 3 that added `workload.note` (v1 -> v2) and renamed it `workload.label` (v2 -> v3): a v1
    file passes through both steps, in order, before validation."""
    seen: list[int] = []

    def v1_to_v2(doc: dict[str, object]) -> dict[str, object]:
        seen.append(doc["schema_version"])  # type: ignore[arg-type]
        return {**doc, "steps": ["1->2"]}

    def v2_to_v3(doc: dict[str, object]) -> dict[str, object]:
        seen.append(doc["schema_version"])  # type: ignore[arg-type]
        steps = doc.pop("steps")
        assert steps == ["1->2"]
        return doc

    monkeypatch.setattr(project, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(project, "MIGRATIONS", {1: v1_to_v2, 2: v2_to_v3})
    scenarios, _ = project.read(DATA / "sizing" / "v1.sizing")
    assert seen == [1, 2] and scenarios


def test_a_newer_file_names_its_schema_and_the_unknown_fields() -> None:
    doc = json.loads(project.dumps([scenario()]))
    doc["schema_version"] = project.SCHEMA_VERSION + 1
    doc["scenarios"][0]["workload"]["speculative_tokens"] = 4
    with pytest.raises(project.ProjectError) as info:
        project.loads(json.dumps(doc), "new.sizing")
    msg = str(info.value)
    assert f"new.sizing: written by a newer GPU Sizer (schema {project.SCHEMA_VERSION + 1}); " in msg
    assert f"this version reads up to {project.SCHEMA_VERSION}" in msg
    assert "scenarios[0].workload.speculative_tokens" in msg and "Extra inputs" not in msg


@pytest.mark.parametrize(
    ("where", "named"),
    [
        (("scenarios", 0, "workload"), r"x\.sizing: scenarios\[0\]\.workload\.bogus: unknown field 'bogus'"),
        ((), r"x\.sizing: unknown field 'bogus'"),
    ],
)
def test_an_unknown_field_at_this_version_is_named(where: tuple[object, ...], named: str) -> None:
    doc = json.loads(project.dumps([scenario()]))
    node = doc
    for key in where:
        node = node[key]
    node["bogus"] = 1
    with pytest.raises(project.ProjectError, match=named + rf" \(not part of schema {project.SCHEMA_VERSION}\)"):
        project.loads(json.dumps(doc), "x.sizing")


def test_stale_temporaries_of_an_interrupted_save_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "plan.sizing"
    old = tmp_path / ".plan.sizing.k9x2ab1c.tmp"  # what mkstemp names the temporary of a killed save
    fresh = tmp_path / ".plan.sizing.q7w3zz0d.tmp"  # a save in progress elsewhere, seconds old
    other = tmp_path / ".other.sizing.k9x2ab1c.tmp"  # another file's temporary
    for p in (old, fresh, other):
        p.write_bytes(b"partial")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    project.write(target, [scenario()])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, fresh.name, other.name])


@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "broken link"])
def test_only_regular_files_are_read(tmp_path: Path, kind: str) -> None:
    p = tmp_path / "x.sizing"
    if kind == "fifo":
        os.mkfifo(p)
    elif kind == "device":
        p.symlink_to("/dev/zero")
    elif kind == "folder":
        p.mkdir()
    else:
        p.symlink_to("gone.sizing")
    rule = {
        "fifo": "not a regular file",
        "device": "not a regular file",
        "folder": "is a folder",
        "broken link": "links to gone.sizing, which does not exist",
    }[kind]
    with pytest.raises(project.ProjectError, match=rule):
        project.read(p)


def test_a_save_keeps_the_mode_and_writes_through_a_link(tmp_path: Path) -> None:
    # README bad-inputs S4 and S5: mkstemp's 0600 must not replace the file's mode; a link keeps pointing at the
    # file it named, which gets the new content
    real = tmp_path / "real.sizing"
    project.write(real, [scenario()])
    os.chmod(real, 0o664)
    link = tmp_path / "link.sizing"
    link.symlink_to(real.name)
    project.write(link, [scenario("qwen2.5-7b")])
    assert link.is_symlink() and os.readlink(link) == real.name
    assert project.read(real)[0][0].model.preset == "qwen2.5-7b"
    assert real.stat().st_mode & 0o777 == 0o664


def test_a_new_file_gets_the_umask_without_it_being_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a new file is 0666 less the umask, as any program's: under umask 027 that is rw-r----- = 0o640. The umask is
    # never set to read it (it is the whole process's: the window's worker threads create files too)
    old = os.umask(0o027)
    try:
        monkeypatch.setattr(os, "umask", lambda _mask: pytest.fail("the umask was changed"))
        project.write(tmp_path / "new.sizing", [scenario()])
    finally:
        monkeypatch.undo()
        os.umask(old)
    assert (tmp_path / "new.sizing").stat().st_mode & 0o777 == 0o640


def test_a_save_error_keeps_the_errno(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError) as failed:
        project.write(tmp_path / "plan.sizing", [scenario()])
    assert failed.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []


def test_a_save_error_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(OSError, match=r"missing[/\\]plan\.sizing: No such file or directory"):
        project.write(tmp_path / "missing" / "plan.sizing", [scenario()])


def test_the_saved_form_has_not_changed_without_a_schema_bump() -> None:
    """The policy in core/project.py: any change to the saved form bumps SCHEMA_VERSION. The JSON schema of a
    Scenario as of the current version is kept beside its fixture; a field added, removed or re-typed changes it,
    and this test then asks for the bump (new schema-vN.json, MIGRATIONS entry, vN.sizing fixture)."""
    kept = json.loads((DATA / "sizing" / f"schema-v{project.SCHEMA_VERSION}.json").read_text())
    assert Scenario.model_json_schema() == kept, "the saved form changed: bump project.SCHEMA_VERSION (see policy)"


def test_the_schema_2_fixture_keeps_the_checkpoint_format() -> None:
    (gpt_oss,), _ = project.read(DATA / "sizing" / "v2.sizing")
    assert gpt_oss.model.format_hint == "mxfp4" and gpt_oss.model.keep_16bit == ("attention",)


def test_the_schema_3_fixture_keeps_the_training_stack() -> None:
    (titan, mobilenet), _ = project.read(DATA / "sizing" / "v3.sizing")
    assert titan.training.stack == "fsdp2" and titan.training.grad_checkpointing == "selective"
    assert mobilenet.model.architecture.cnn is not None  # schema 3's CNN layer kinds (MobileNetV3)


def test_the_schema_4_fixture_keeps_the_serving_engines() -> None:
    (sglang, ollama), _ = project.read(DATA / "sizing" / "v4.sizing")
    assert sglang.runtime.name == "sglang" and sglang.runtime.mem_fraction_static == 0.85
    assert ollama.runtime.name == "ollama" and ollama.runtime.n_gpu_layers == 20
    assert (ollama.runtime.num_ctx, ollama.runtime.parallel) == (8192, 2)


def test_the_schema_5_fixture_keeps_the_parallel_hybrid() -> None:
    (falcon,), _ = project.read(DATA / "sizing" / "v5.sizing")
    st = falcon.model.architecture.decoder
    assert st is not None and st.parallel_mamba and st.mamba is not None and st.mamba.out_bias is False
    assert st.mixer_count("mamba2") == st.num_layers == 44  # a Mamba-2 mixer beside every attention layer


def test_the_schema_6_fixture_keeps_the_low_rank_attention() -> None:
    (v4, _v3), _ = project.read(DATA / "sizing" / "v6.sizing")
    att = v4.model.architecture.decoder.attention if v4.model.architecture.decoder else None
    assert att is not None and (att.q_lora_rank, att.o_groups, att.o_lora_rank) == (1024, 8, 1024)


def test_the_schema_6_fixture_keeps_the_mtp_draft() -> None:
    (v4, v3), _ = project.read(DATA / "sizing" / "v6.sizing")
    mtp = v3.model.architecture.mtp
    assert mtp is not None and (mtp.num_layers, mtp.kind, mtp.checkpoint_copies) == (1, "deepseek", 2)
    assert (v3.runtime.name, v3.runtime.speculative, v3.runtime.speculative_tokens) == ("vllm", "mtp", 2)
    assert v3.mtp_draft
    v4_mtp = v4.model.architecture.mtp  # DeepSeek-V4 declares one, of a structure not known here
    assert v4_mtp is not None and v4_mtp.kind == "unknown"


def test_the_schema_7_fixture_keeps_the_transformers_v428_opt_code() -> None:
    (ds, _titan), _ = project.read(DATA / "sizing" / "v7.sizing")  # DeepSpeed-Chat step 1: OPT-1.3B, ZeRO-2, 16 V100s
    arch = ds.model.architecture
    assert arch.decoder is not None and arch.decoder.attention.eager_mask_clamp and not arch.loss_upcast
    assert (ds.training.stack, ds.training.attention, ds.parallelism.zero) == ("deepspeed", "eager", 2)
    (v4, _v3), _ = project.read(DATA / "sizing" / "v6.sizing")  # older files read as today's transformers code
    assert v4.model.architecture.loss_upcast and v4.model.architecture.decoder is not None
    assert not v4.model.architecture.decoder.attention.eager_mask_clamp


def test_the_schema_8_fixture_keeps_the_mamba2_chunk_size_and_gemma3n_blocks() -> None:
    (granite, gemma, _dora, _prefix), _ = project.read(DATA / "sizing" / "v8.sizing")  # Granite 4 H-Tiny; Gemma 3n
    st = granite.model.architecture.decoder
    assert st is not None and st.mamba is not None and st.mamba.chunk_size == 256  # mamba_chunk_size
    st = gemma.model.architecture.decoder
    assert st is not None and st.altup is not None and gemma.model.architecture.final_logit_softcap == 30.0
    alt = st.altup
    assert (alt.num_inputs, alt.laurel_rank, alt.per_layer_input, alt.sparse_layers) == (4, 64, 256, 10)
    (falcon,), _ = project.read(DATA / "sizing" / "v5.sizing")  # older files: the 128 they were costed with
    st = falcon.model.architecture.decoder
    assert st is not None and st.mamba is not None and st.mamba.chunk_size == 128


def test_the_schema_8_fixture_keeps_the_peft_variants() -> None:
    (_granite, _gemma, dora, prefix), _ = project.read(DATA / "sizing" / "v8.sizing")
    assert (dora.training.finetune, dora.training.dora, dora.training.lora_modules_to_save) == ("lora", True, "lm_head")
    assert (prefix.training.finetune, prefix.training.num_virtual_tokens) == ("prefix", 30)
    (old,), _ = project.read(DATA / "sizing" / "v1.sizing")  # older files: plain LoRA, no copies, peft's 20 tokens
    assert (old.training.dora, old.training.lora_modules_to_save, old.training.num_virtual_tokens) == (
        False,
        "none",
        20,
    )


def test_an_older_file_reads_as_the_hf_stack() -> None:
    (old,), _ = project.read(DATA / "sizing" / "v1.sizing")
    assert old.training.stack == "hf"


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        (("tflops", "bf16"), 1e308, r"tflops\.bf16 must be a positive finite number of at most 1,000,000"),
        (("bandwidth_gbps",), 1e308, r"bandwidth_gbps: Input should be less than or equal to 1000000"),
        (("memory", "advertised"), 1e300, r"memory\.advertised: Input should be less than or equal to 100000"),
        (("compute", "boost_clock_mhz"), 1e308, r"boost_clock_mhz: Input should be less than or equal to 100000"),
    ],
)
def test_a_custom_gpu_figure_that_would_overflow_is_refused(field: tuple[str, ...], value: float, rule: str) -> None:
    # found by bench/fuzz.py: tflops 1e308 x 1e12 is inf, and the estimate's peak FLOP/s with it
    doc = json.loads((DATA / "bad-inputs" / "C2a" / "s.sizing").read_text(encoding="utf-8"))
    gpu = doc["scenarios"][0]["gpu"]["custom"]
    gpu["tflops"]["bf16"] = 165.2  # the RTX 4090's published figure, in place of the row's -100
    node = gpu
    for key in field[:-1]:
        node = node[key]
    node[field[-1]] = value
    with pytest.raises(project.ProjectError, match=r"x\.sizing: scenarios\[0\]\.gpu\.custom\..*" + rule):
        project.loads(json.dumps(doc), "x.sizing")


def test_the_schema_7_fixture_keeps_the_torchtitan_options() -> None:
    (_ds, titan), _ = project.read(DATA / "sizing" / "v7.sizing")
    assert (titan.training.compile, titan.training.float8) == ("blocks+loss", "all-gather")
    p = titan.parallelism
    assert (p.cp, p.pp_virtual_stages, p.dp) == (4, 2, 8)


def test_the_schema_9_fixture_keeps_the_audio_seconds() -> None:
    (gemma,), _ = project.read(DATA / "sizing" / "v9.sizing")  # Gemma 3n E2B: one image and 30 s of audio
    assert (gemma.workload.images, gemma.workload.audio_seconds) == (1, 30.0)
    vision, audio = gemma.model.architecture.towers  # and its towers (timm's MobileNetV5, the USM conformer)
    assert (vision.timm_architecture, audio.kind) == ("mobilenetv5_300m_enc", "conformer_audio")
    with pytest.raises(project.ProjectError, match=r"scenarios\[0\]\.workload\.audio_seconds"):
        doc = json.loads((DATA / "sizing" / "v9.sizing").read_text(encoding="utf-8"))
        doc["scenarios"][0]["workload"]["audio_seconds"] = 3601.0  # an hour is the most a sequence may hold
        project.loads(json.dumps(doc), "x.sizing")


def test_a_v8_file_reads_without_audio_and_saves_as_v9(tmp_path: Path) -> None:
    old, active = project.read(DATA / "sizing" / "v8.sizing")
    assert [s.workload.audio_seconds for s in old] == [0.0] * 4  # schema 8 had no audio: none, as it was costed
    project.write(tmp_path / "again.sizing", old, active)
    doc = json.loads((tmp_path / "again.sizing").read_text(encoding="utf-8"))
    assert doc["schema_version"] == 9 and all(s["workload"]["audio_seconds"] == 0.0 for s in doc["scenarios"])
    assert project.read(tmp_path / "again.sizing") == (old, active)
