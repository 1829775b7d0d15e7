"""The catalogues in `resources/`: GPUs and model presets, loaded with importlib.resources and validated
by pydantic. A broken entry raises an error that names the file and the field.

How to add a GPU: append an entry to resources/gpus/gpus.json (schema in its README) with its `source`.
How to add a model preset: drop `<id>.json` in resources/models/ holding the published config.json under
"config" (or a CNN builder under "cnn") and its `source`.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core import cnn
from core.architecture import Architecture, StackSpec, VisionSpec
from core.errors import SizingError, UnknownIdError
from core.hardware import GpuSpec
from core.importers import hf_config


class CatalogError(SizingError):
    """A data file in resources/ is broken (names the file and the field)."""


def _res(*parts: str) -> Traversable:
    return resources.files("resources").joinpath(*parts)


def _validation_message(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"])
    return f"field '{loc}': {err['msg']}"


@cache
def gpus() -> tuple[GpuSpec, ...]:
    name = "resources/gpus/gpus.json"
    try:
        raw = json.loads(_res("gpus", "gpus.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CatalogError(f"{name}: cannot be read ({exc})") from None
    out: list[GpuSpec] = []
    for i, entry in enumerate(raw):
        try:
            out.append(GpuSpec.model_validate(entry))
        except ValidationError as exc:
            raise CatalogError(f"{name}: entry {i} ({entry.get('id', '?')}): {_validation_message(exc)}") from None
    ids = [g.id for g in out]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise CatalogError(f"{name}: duplicate ids {sorted(dupes)}")
    return tuple(out)


@cache
def _gpu_table() -> dict[str, GpuSpec]:
    return {g.id: g for g in gpus()}


def gpu(gpu_id: str) -> GpuSpec:
    key = gpu_id.strip().lower()
    table = _gpu_table()
    if key in table:
        return table[key]
    raise UnknownIdError("gpu", gpu_id, sorted(table))


class PresetSource(BaseModel):
    model_config = ConfigDict(extra="allow")
    url: str | None = None
    repository: str | None = None
    path: str | None = None
    commit: str | None = None
    note: str | None = None


class ModelPreset(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.\-]*$")
    name: str
    family: str
    organization: str = ""
    kind: Literal["llm", "vlm", "encoder", "encoder-decoder", "vision", "cnn", "audio", "ssm"]
    hub_id: str | None = None
    source: PresetSource
    published_params: int | None = None
    published_params_source: str | None = None
    aliases: list[str] = Field(default_factory=list)
    config: dict[str, Any] | None = None
    cnn: dict[str, Any] | None = None
    vision: dict[str, Any] | None = None

    @property
    def source_text(self) -> str:
        s = self.source
        where = s.url or (f"{s.repository}/{s.path}" if s.repository else "")
        return where + (f" @ {s.commit}" if s.commit else "")


@cache
def presets() -> dict[str, ModelPreset]:
    out: dict[str, ModelPreset] = {}
    folder = _res("models")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        name = f"resources/models/{entry.name}"
        try:
            p = ModelPreset.model_validate(json.loads(entry.read_text(encoding="utf-8")))
        except json.JSONDecodeError as exc:
            raise CatalogError(f"{name}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
        except ValidationError as exc:
            raise CatalogError(f"{name}: {_validation_message(exc)}") from None
        if sum(x is not None for x in (p.config, p.cnn, p.vision)) != 1:
            raise CatalogError(f"{name}: needs exactly one of 'config', 'cnn' or 'vision'")
        if entry.name != f"{p.id}.json":
            raise CatalogError(f"{name}: file name does not match id '{p.id}'")
        out[p.id] = p
    return out


@cache
def _alias_table() -> dict[str, str]:
    """Each alias's preset id: built once (every `preset` lookup read every preset's aliases, 30-40 µs a call)."""
    table = {}
    for p in presets().values():
        for a in p.aliases:
            table[a] = p.id
    return table


def preset(model_id: str) -> ModelPreset:
    key = model_id.strip().lower()
    table = presets()
    key = _alias_table().get(key, key)
    if key in table:
        return table[key]
    raise UnknownIdError("model", model_id, sorted(table))


def torchvision_vit(variant: str, num_classes: int = 1000) -> VisionSpec:
    dims = {
        "b_16": (768, 12, 12, 3072, 16),
        "b_32": (768, 12, 12, 3072, 32),
        "l_16": (1024, 24, 16, 4096, 16),
        "l_32": (1024, 24, 16, 4096, 32),
        "h_14": (1280, 32, 16, 5120, 14),
    }
    if variant not in dims:
        raise CatalogError(f"unknown torchvision ViT variant '{variant}' (known: {', '.join(dims)})")
    h, layers, heads, mlp, patch = dims[variant]
    stack = StackSpec.encoder(layers, h, heads, mlp)
    return VisionSpec(image_size=224, patch_size=patch, num_classes=num_classes, stack=stack)


@cache
@cache
def preset_format(model_id: str) -> tuple[str | None, tuple[str, ...]]:
    """The weight format a preset's checkpoint is stored in, as its config's quantization_config declares it (the
    format id and the components it keeps in 16-bit, core/importers/hf_quant.py), the way an imported config.json
    gives it: gpt-oss's MXFP4 experts, DeepSeek-V3's FP8 blocks. (None, ()) when the config declares none."""
    p = preset(model_id)
    if p.config is None:
        return None, ()
    imported = hf_config.from_dict(p.config, p.source_text, p.name)
    return imported.format_hint, tuple(imported.keep_16bit)


def preset_architecture(model_id: str) -> Architecture:
    """A preset's architecture, built once per preset and shared: it is frozen, so every scenario of that preset holds
    the same object, and the work the engine does once per object (core.memo.by_identity: the parameter count, the
    KV cache's elements per token, ...) is not done again for it. The window's model list builds every preset but the
    CNNs at start-up (their parameter counts): a model picked from it reuses that build, where each pick built the
    architecture from its config.json again (hf_config.from_dict, about 0.2 ms for Qwen2.5 7B) and the engine's
    per-object work with it."""
    return _preset_architecture(preset(model_id).id)


@cache
def _preset_architecture(model_id: str) -> Architecture:
    p = preset(model_id)
    src = p.source_text
    if p.config is not None:
        return hf_config.from_dict(p.config, src, p.name).architecture
    if p.cnn is not None:
        spec = cnn.build(**p.cnn)
        return Architecture(name=p.name, family=p.family, kind="cnn", lm_head=False, cnn=spec, source=src)
    assert p.vision is not None
    if p.vision.get("builder") != "torchvision_vit":
        raise CatalogError(f"resources/models/{p.id}.json: unknown vision builder {p.vision.get('builder')!r}")
    vision = torchvision_vit(str(p.vision.get("variant", "b_16")))
    return Architecture(name=p.name, family=p.family, kind="vision", lm_head=False, vision=vision, source=src)
