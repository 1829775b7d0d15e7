"""Resolve what the user names as a model — a preset id, a config.json, a model folder, a safetensors file or
index, a GGUF file, or (from the local cache) a Hub id — into a `ModelRef`."""

from __future__ import annotations

import logging
from pathlib import Path

from core import catalog, quant
from core.errors import ModelFormatError, SizingError
from core.fit.answers import Edit
from core.fit.edits import apply_edits
from core.messages import Message
from core.runtimes import gguf_engine
from core.scenario import ModelRef, Scenario

logger = logging.getLogger(__name__)


def resolve(spec: str, *, offline: bool = True) -> tuple[ModelRef, list[str]]:
    """(model reference, notes about assumptions made while importing)."""
    try:
        ref, notes = _resolve(spec, offline=offline)
    except SizingError as exc:
        logger.info("model %r refused: %s", spec, exc)
        raise
    logger.info("model %r: %s (%d notes)", spec, ref.architecture.name, len(notes))
    for note in notes:
        logger.debug("model %r: %s", spec, note)
    return ref, notes


def _resolve(spec: str, *, offline: bool) -> tuple[ModelRef, list[str]]:
    text = spec.strip()
    if not text:
        raise SizingError("--model is empty: give a preset id (see `sizing models`) or a path")
    path = Path(text).expanduser()
    try:
        exists = path.exists() or path.is_symlink()  # a broken link goes to the readers, which name its target
    except (OSError, ValueError) as exc:  # a name too long for the file system, a NUL byte
        raise ModelFormatError(
            text[:80],
            Message(
                "import.unusable_name",
                "not a usable file name ({reason})",
                reason=str(getattr(exc, "strerror", None) or exc),
            ),
        ) from None
    if exists:
        return _from_path(path)
    looks_like_path = any(ch in text for ch in ("/", "\\")) and (
        text.endswith((".json", ".gguf", ".safetensors")) or text.startswith((".", "/", "~"))
    )
    if looks_like_path:
        raise ModelFormatError(text, Message("import.no_such_path", "no such file or folder"))
    try:
        p = catalog.preset(text)
    except SizingError:
        if text.count("/") == 1:
            from core.importers import hub

            return hub.resolve(text, offline=offline)
        raise
    return preset_ref(p.id), []


def preset_ref(preset_id: str) -> ModelRef:
    """A catalogue preset as a model reference, with the weight format its checkpoint declares (catalog.preset_format)
    as its format hint: what the CLI and the window size it in unless told otherwise."""
    hint, keep = catalog.preset_format(preset_id)
    return ModelRef(
        preset=preset_id, architecture=catalog.preset_architecture(preset_id), format_hint=hint, keep_16bit=keep
    )


def _from_path(path: Path) -> tuple[ModelRef, list[str]]:
    name = path.name.lower()
    if path.is_dir() or (name.endswith(".json") and not name.endswith(".index.json")):
        from core.importers import hf_config

        if path.is_dir() and not (path / "config.json").exists():
            from core.importers import safetensors_file

            if any(path.glob("*.safetensors")):
                return safetensors_file.resolve(path)
            raise ModelFormatError(
                str(path), Message("import.empty_folder", "folder holds no config.json or .safetensors files")
            )
        imported = hf_config.load(path)
        notes = list(imported.notes)
        ref = ModelRef(
            path=str(path),
            architecture=imported.architecture,
            format_hint=imported.format_hint,
            keep_16bit=imported.keep_16bit,
        )
        if path.is_dir():
            ref = _with_headers(path, ref, imported.format_hint, notes)
        return ref, notes
    if name.endswith(".safetensors") or name.endswith(".index.json"):
        from core.importers import safetensors_file

        return safetensors_file.resolve(path)
    if name.endswith(".gguf"):
        from core.importers import gguf_file

        return gguf_file.resolve(path)
    raise ModelFormatError(
        str(path),
        Message("import.not_a_model", "not a config.json, model folder, .safetensors, index.json or .gguf file"),
    )


def _with_headers(folder: Path, ref: ModelRef, format_hint: str | None, notes: list[str]) -> ModelRef:
    """A model folder's safetensors: the stored bytes, and — when every shard's header is here — the headers'
    parameter values and bytes held against the config-derived count (core.importers.checkpoint_check)."""
    from core.importers import checkpoint_check, safetensors_file

    found = safetensors_file.folder_tensors(folder)
    if found is None:
        return ref
    tensors, stored, more = found
    notes.extend(more)
    update: dict[str, object] = {"stored_weight_bytes": stored}
    if tensors is not None:
        config = safetensors_file.read_config(folder / "config.json")
        check = checkpoint_check.compare(ref.architecture, tensors, config, format_hint, ref.keep_16bit)
        notes.extend(check.notes)
        if check.warnings:
            arch = ref.architecture
            update["architecture"] = arch.model_copy(update={"unverified": (*arch.unverified, *check.warnings)})
    return ref.model_copy(update=update)


def own_format_edits(scenario: Scenario, *, engine_too: bool = True) -> dict[str, str]:
    """The edits that size `scenario`'s model in its checkpoint's own format (`model.format_hint`: a GGUF type, a
    config's quantization_config) — its weights, and with `engine_too` the GGUF engine for a GGUF type. Only for
    serving, and only where the result is valid: training loads what the user chooses (a full fine-tune needs a float
    dtype, QLoRA a 4-bit base), and llama.cpp loads GGUF types only. {} otherwise."""
    hint = scenario.model.format_hint
    if not hint or scenario.workload.mode != "inference":
        return {}
    try:
        fmt = quant.get(hint)
    except SizingError:
        return {}
    edits = {"precision.weights": fmt.id}
    if engine_too and fmt.gguf:
        edits["runtime.name"] = gguf_engine().id
    try:
        apply_edits(scenario, [Edit(path=p, value=v) for p, v in edits.items()])
    except ValueError:
        return {}
    return edits
