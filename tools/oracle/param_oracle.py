#!/usr/bin/env python3
"""Parameter-count oracle for GPU Sizer.

Builds real Hugging Face ``transformers`` models from real ``config.json`` files on
the *meta* device (no weights, no memory, no network) and records exact parameter
counts, per-tensor breakdowns and buffers.  The output is the independent reference
("oracle") the engine's parameter-count tests are held to.

Dev-only: needs torch + transformers (see tools/oracle/README.md); the engine itself
never imports this file.

    python tools/oracle/param_oracle.py \
        --out tests/data/param_oracle/param_oracle.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import OrderedDict
from pathlib import Path

# Never touch the network, never run repository code.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

import torch
import transformers
from transformers import AutoConfig, AutoModel, AutoModelForCausalLM, AutoModelForImageTextToText
from transformers.models.auto.configuration_auto import CONFIG_MAPPING

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG_DIRS = [
    REPO_ROOT / "tests" / "data" / "reference" / "hf-configs",
    REPO_ROOT / "tests" / "data" / "param_oracle" / "configs",
]

BYTES_PER_DTYPE = {
    "float32": 4,
    "float": 4,
    "float16": 2,
    "half": 2,
    "bfloat16": 2,
    "float8_e4m3fn": 1,
    "int8": 1,
}

# Model types whose published checkpoint is an encoder/backbone: record the base
# model (AutoModel) next to the head class listed in config["architectures"].
BASE_AND_HEAD_TYPES = {
    "bert",
    "roberta",
    "vit",
    "clip",
    "siglip",
    "t5",
    "bart",
    "whisper",
}


def _display_path(path: Path) -> str:
    path = path.resolve()
    try:
        return str(path.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def _module_list_prefixes(model: torch.nn.Module) -> set[str]:
    """Qualified names of every nn.ModuleList (their children are layer indices)."""
    out = set()
    for name, mod in model.named_modules():
        if isinstance(mod, torch.nn.ModuleList):
            out.add(name)
    return out


def collapse(name: str, list_prefixes: set[str]) -> str:
    """Replace indices of nn.ModuleList children by '*'.

    Indices inside nn.Sequential (e.g. a projector's ``mlp.0`` / ``mlp.2``) are
    kept, because they are distinct layers, not repeats.
    """
    parts = name.split(".")
    out = []
    for i, part in enumerate(parts):
        prefix = ".".join(parts[:i])
        if part.isdigit() and prefix in list_prefixes:
            out.append("*")
        else:
            out.append(part)
    return ".".join(out)


def _buffer_table(model: torch.nn.Module, list_prefixes: set[str]):
    persistent: dict[str, dict] = {}
    non_persistent: dict[str, dict] = {}
    seen = set()
    for mod_name, mod in model.named_modules():
        for buf_name, buf in mod._buffers.items():
            if buf is None:
                continue
            full = f"{mod_name}.{buf_name}" if mod_name else buf_name
            if id(buf) in seen:
                continue
            seen.add(id(buf))
            is_persistent = buf_name not in mod._non_persistent_buffers_set
            table = persistent if is_persistent else non_persistent
            key = collapse(full, list_prefixes)
            entry = table.setdefault(
                key,
                {"numel": 0, "num_tensors": 0, "shape": list(buf.shape), "dtype": str(buf.dtype).replace("torch.", "")},
            )
            entry["numel"] += buf.numel()
            entry["num_tensors"] += 1
    return persistent, non_persistent


def count_model(model: torch.nn.Module) -> dict:
    list_prefixes = _module_list_prefixes(model)

    unique = list(model.named_parameters())  # remove_duplicate=True (default)
    every = list(model.named_parameters(remove_duplicate=False))
    total = sum(p.numel() for _, p in unique)
    trainable = sum(p.numel() for _, p in unique if p.requires_grad)

    # Identity-based dedupe, computed independently, must agree with named_parameters().
    by_id = {}
    for _, p in every:
        by_id.setdefault(id(p), p)
    total_by_identity = sum(p.numel() for p in by_id.values())
    if total_by_identity != total:
        raise RuntimeError(f"dedupe mismatch: named_parameters={total} identity={total_by_identity}")
    total_with_duplicates = sum(p.numel() for _, p in every)

    canonical = {}
    for n, p in unique:
        canonical[id(p)] = n
    tied = sorted([n, canonical[id(p)]] for n, p in every if canonical.get(id(p)) != n)

    by_name: OrderedDict[str, dict] = OrderedDict()
    for n, p in unique:
        key = collapse(n, list_prefixes)
        shape = list(p.shape)
        entry = by_name.get(key)
        if entry is None:
            entry = {"numel": 0, "num_layers_seen": 0, "shape": shape}
            by_name[key] = entry
        entry["numel"] += p.numel()
        entry["num_layers_seen"] += 1
        if shape != entry["shape"]:
            shapes = entry.setdefault("shapes", [entry["shape"]])
            if shape not in shapes:
                shapes.append(shape)
    if sum(e["numel"] for e in by_name.values()) != total:
        raise RuntimeError("by_name does not sum to total")

    # Sum per top-level and second-level module (e.g. model.vision_tower, lm_head).
    by_module: dict[str, int] = {}
    for n, p in unique:
        parts = n.split(".")
        for depth in (1, 2):
            if len(parts) > depth:
                k = ".".join(parts[:depth])
                by_module[k] = by_module.get(k, 0) + p.numel()

    persistent, non_persistent = _buffer_table(model, list_prefixes)
    persistent_total = sum(e["numel"] for e in persistent.values())
    return {
        "class": type(model).__name__,
        "total": total,
        "trainable": trainable,
        "total_with_tied_duplicates": total_with_duplicates,
        "tied_parameters": tied,
        "num_parameter_tensors": len(unique),
        "by_name": dict(by_name),
        "by_module": by_module,
        "buffers": {
            "persistent": persistent,
            "persistent_total": persistent_total,
            "non_persistent": non_persistent,
            "non_persistent_total": sum(e["numel"] for e in non_persistent.values()),
        },
        "total_plus_persistent_buffers": total + persistent_total,
    }


def _safe_call(model, name):
    fn = getattr(model, name, None)
    if fn is None:
        return None
    try:
        return fn()
    except (NotImplementedError, AttributeError):
        return None


def _resolve_class(name: str):
    cls = getattr(transformers, name, None)
    if cls is None or not isinstance(cls, type) or not issubclass(cls, torch.nn.Module):
        return None
    return cls


def _build(cls, config) -> torch.nn.Module:
    with torch.device("meta"):
        if cls in (AutoModel, AutoModelForCausalLM, AutoModelForImageTextToText):
            model = cls.from_config(config)
        else:
            model = cls._from_config(config)
    model.tie_weights()
    return model


def classes_for(config, raw: dict) -> list[tuple[str, object]]:
    """Which classes to build: the listed architecture(s), plus the base model where useful."""
    plan: list[tuple[str, object]] = []
    for arch in raw.get("architectures") or []:
        cls = _resolve_class(arch)
        if cls is not None:
            plan.append((arch, cls))
            break  # first resolvable listed architecture is the checkpoint's class
    if not plan:
        # Not in transformers under that name (e.g. old "RWForCausalLM", or "KimiK25ForConditionalGeneration"
        # which transformers spells Kimi_K25ForConditionalGeneration): fall back to the Auto class that has a head.
        for auto in (AutoModelForCausalLM, AutoModelForImageTextToText):
            try:
                auto._model_mapping[type(config)]
            except KeyError:
                continue
            plan.append((auto.__name__, auto))
            break
        else:
            plan.append(("AutoModel", AutoModel))
    mt = getattr(config, "model_type", raw.get("model_type"))
    if mt in BASE_AND_HEAD_TYPES:
        try:
            base_cls = AutoModel._model_mapping[type(config)]
        except KeyError:
            base_cls = None
        if base_cls is not None and all(base_cls is not c for _, c in plan):
            plan.append((base_cls.__name__, base_cls))
    return plan


def _truth_check(folder: Path, total: int, total_plus_buffers: int, raw: dict):
    truth_path = folder / "truth.json"
    if not truth_path.exists():
        return None
    truth = json.loads(truth_path.read_text())
    dtype = truth.get("dtype") or ""
    bpp = None
    for key, val in sorted(BYTES_PER_DTYPE.items(), key=lambda kv: -len(kv[0])):
        if dtype.startswith(key):
            bpp = val
            break
    if bpp is None and dtype.startswith("16-bit"):
        bpp = 2
    out = {"truth_dtype": dtype, "bytes_per_param": bpp}
    size = truth.get("total_size_bytes")
    kind = "index_total_size"
    if size is None and truth.get("proxy_total_size_bytes") is not None:
        size, kind = truth["proxy_total_size_bytes"], "proxy_index_total_size"
    if size is None and truth.get("sum_weights_files_bytes") is not None:
        size, kind = truth["sum_weights_files_bytes"], "sum_of_shard_file_sizes"
    if size is None and truth.get("weights_files"):
        files = truth["weights_files"]
        name = "model.safetensors" if "model.safetensors" in files else sorted(files)[0]
        size, kind = files[name]["bytes"], f"file_size:{name}"
    if size is None and truth.get("proxy_safetensors_files_total_bytes") is not None:
        size, kind = truth["proxy_safetensors_files_total_bytes"], "proxy_safetensors_files_total_bytes"
    out["truth_bytes"] = size
    out["truth_kind"] = kind
    if truth.get("param_count") is not None:
        out["published_param_count"] = truth["param_count"]
        out["published_param_count_diff"] = total - truth["param_count"]
    if size is not None and bpp is not None:
        predicted = total * bpp
        out["predicted_bytes"] = predicted
        out["diff_bytes"] = size - predicted
        out["diff_params_equiv"] = (size - predicted) / bpp
    return out


MTP_COUNT_KEYS = ("num_nextn_predict_layers", "mtp_num_hidden_layers", "num_mtp_modules", "mtp_num_layers")


def _mtp_info(raw: dict) -> dict | None:
    """Multi-token-prediction keys of config.json (top level and text_config), verbatim.

    transformers builds no MTP layer for any family in the corpus (their checkpoint tensors are dropped on
    load), so ``total`` never includes them; the lead's engine reports them beside the total.
    """
    found: dict = {}
    for where, d in (("", raw), ("text_config.", raw.get("text_config") or {})):
        if not isinstance(d, dict):
            continue
        for k, v in d.items():
            if "mtp" in k or "nextn" in k:
                found[where + k] = v
    if not found:
        return None
    layers = None
    for where in ("", "text_config."):
        for k in MTP_COUNT_KEYS:
            v = found.get(where + k)
            if isinstance(v, int) and not isinstance(v, bool):
                layers = v if layers is None else max(layers, v)
    return {"config_keys": found, "mtp_layers": layers, "built_by_transformers": False}


def _mtp_params_built(by_name: dict) -> int:
    return sum(e["numel"] for n, e in by_name.items() if "mtp" in n or "nextn" in n or "eh_proj" in n)


def _native_architecture_build(raw: dict, folder: Path):
    """For a remote-code config whose ``architectures`` names a class transformers has natively
    (Kimi-K2: model_type kimi_k2, DeepseekV3ForCausalLM), build that class from the same keys.

    Informational only: the figure to hold for a remote-code model is its checkpoint's own tensor list.
    """
    for arch in raw.get("architectures") or []:
        cls = _resolve_class(arch)
        if cls is None or getattr(cls, "config_class", None) is None:
            continue
        keys = {k: v for k, v in raw.items() if k not in ("auto_map", "model_type", "architectures")}
        config = cls.config_class(**keys)
        model = _build(cls, config)
        counted = count_model(model)
        del model
        return {
            "class": arch,
            "config_class": cls.config_class.__name__,
            "total": counted["total"],
            "by_module": counted["by_module"],
            "note": (
                f"config.json keys loaded into transformers' {cls.config_class.__name__} (model_type "
                f"{raw.get('model_type')!r} is unknown to transformers; auto_map points to remote code). "
                "Valid only where the remote modeling file is that class's architecture."
            ),
        }
    return None


# Remote-code model types whose modeling file subclasses a transformers class and adds only layers transformers never
# builds anyway (MTP): build that class from the config's keys. The remote file is quoted with each entry.
REMOTE_BASES = {
    "mimo": (
        "Qwen2ForCausalLM",
        "XiaomiMiMo's modeling_mimo.py: 'class MiMoModel(Qwen2Model)' (adds only mtp_layers) and 'class "
        "MiMoForCausalLM(Qwen2ForCausalLM)'; vLLM vllm/model_executor/models/mimo.py (commit 055e47c2): 'class "
        "MiMoForCausalLM(Qwen2ForCausalLM, nn.Module)' whose weights mapper drops 'model.mtp_layers.' (MTP layers "
        "are loaded by the draft model, not the main model)",
    ),
}


def _remote_base_build(raw: dict) -> dict | None:
    """transformers' count of the native class a remote-code model subclasses (REMOTE_BASES), MTP layers excluded
    as for every native family."""
    base = REMOTE_BASES.get(raw.get("model_type"))
    if base is None:
        return None
    name, source = base
    cls = _resolve_class(name)
    keys = {k: v for k, v in raw.items() if k not in ("auto_map", "model_type", "architectures")}
    model = _build(cls, cls.config_class(**keys))
    counted = count_model(model)
    del model
    return {
        "class": name,
        "total": counted["total"],
        "by_module": counted["by_module"],
        "by_name": counted["by_name"],
        "source": source,
    }


def _checkpoint_total(folder: Path) -> dict | None:
    """Parameter total from the checkpoint itself (truth.json), for models transformers cannot build."""
    truth_path = folder / "truth.json"
    if not truth_path.exists():
        return None
    truth = json.loads(truth_path.read_text())
    if truth.get("param_count") is not None:
        return {
            "total": truth["param_count"],
            "derived_from": "truth.json param_count (" + truth.get("source", "") + ")",
        }
    meta = truth.get("index_metadata_verbatim") or {}
    if meta.get("total_parameters") is not None:
        return {
            "total": meta["total_parameters"],
            "derived_from": "model.safetensors.index.json metadata.total_parameters (" + truth.get("source", "") + ")",
        }
    return None


def process_folder(folder: Path) -> dict:
    cfg_path = folder / "config.json"
    raw = json.loads(cfg_path.read_text())
    entry: dict = {
        "config_path": _display_path(cfg_path),
        "model_type": raw.get("model_type"),
        "architectures": raw.get("architectures"),
        "config_torch_dtype": raw.get("torch_dtype"),
        "config_dtype": raw.get("dtype"),
        "transformers_version": transformers.__version__,
        "torch_version": torch.__version__,
    }
    mtp = _mtp_info(raw)
    if mtp is not None:
        entry["mtp"] = mtp
    mt = raw.get("model_type")
    if mt not in CONFIG_MAPPING:
        entry["skipped"] = "needs remote code" if raw.get("auto_map") else f"model_type {mt!r} unknown to transformers"
        native = _native_architecture_build(raw, folder)
        if native is not None:
            entry["native_architecture_build"] = native
        remote_base = _remote_base_build(raw)
        if remote_base is not None:
            entry["remote_base_build"] = remote_base
        ckpt = _checkpoint_total(folder)
        if ckpt is not None:
            entry["checkpoint_total"] = ckpt
        return entry
    if raw.get("auto_map"):
        entry["note_auto_map"] = (
            "config has auto_map, but model_type is native to transformers: built natively (trust_remote_code=False)"
        )

    config = AutoConfig.from_pretrained(str(folder), trust_remote_code=False)
    raw_tie = raw.get("tie_word_embeddings")
    if raw_tie is None and isinstance(raw.get("text_config"), dict):
        raw_tie = raw["text_config"].get("tie_word_embeddings")
    text_cfg = config.get_text_config() if hasattr(config, "get_text_config") else config
    # where config.json does not say, the text config class's own default decides what the checkpoint stores
    # (Mistral3: MistralConfig unties; transformers 5.25 still ties the head from the composite's default)
    untied_per_config = raw_tie is False or (
        raw_tie is None and getattr(text_cfg, "tie_word_embeddings", None) is False
    )
    builds = {}
    for _label, cls in classes_for(config, raw):
        model = _build(cls, config)
        counted = count_model(model)
        # transformers may tie the output head although config.json says it is untied
        # (transformers 5 forces T5Config.tie_word_embeddings=True). Record what the
        # checkpoint really stores in that case.
        out_emb = _safe_call(model, "get_output_embeddings")
        in_emb = _safe_call(model, "get_input_embeddings")
        if (
            untied_per_config
            and out_emb is not None
            and in_emb is not None
            and getattr(out_emb, "weight", None) is not None
            and out_emb.weight is in_emb.weight
        ):
            counted["config_json_unties_head_but_transformers_ties_it"] = True
            counted["total_with_untied_head_per_config_json"] = counted["total"] + out_emb.weight.numel()
        builds[type(model).__name__] = counted
        del model
    primary = next(iter(builds))
    entry["class"] = primary
    entry["total"] = builds[primary]["total"]
    entry["trainable"] = builds[primary]["trainable"]
    entry["builds"] = builds
    entry["tie_word_embeddings"] = bool(
        getattr(text_cfg, "tie_word_embeddings", getattr(config, "tie_word_embeddings", False))
    )
    entry["config_json_tie_word_embeddings"] = raw_tie  # None = key absent (class default applies)
    if mtp is not None:
        mtp["params_built_by_transformers"] = _mtp_params_built(builds[primary]["by_name"])
        mtp["built_by_transformers"] = mtp["params_built_by_transformers"] > 0
    tc = _truth_check(folder, entry["total"], builds[primary]["total_plus_persistent_buffers"], raw)
    if tc is not None:
        entry["truth_check"] = tc
    return entry


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="output JSON path")
    ap.add_argument("--config-dir", action="append", type=Path, help="folder of <org>__<name>/config.json (repeatable)")
    ap.add_argument("--only", action="append", help="only these model ids (repeatable)")
    args = ap.parse_args(argv)

    dirs = args.config_dir or DEFAULT_CONFIG_DIRS
    folders = {}
    for d in dirs:
        if not d.is_dir():
            continue
        for sub in sorted(d.iterdir()):
            if (sub / "config.json").is_file():
                if sub.name in folders:
                    raise SystemExit(f"duplicate model id {sub.name}")
                folders[sub.name] = sub

    out = Path(args.out)
    # Flags set by hand or by tools/oracle/engine_status.py survive a regeneration.
    previous = json.loads(out.read_text()) if out.exists() else {}
    result = {}
    failures = 0
    for model_id, folder in sorted(folders.items()):
        if args.only and model_id not in args.only:
            continue
        try:
            result[model_id] = process_folder(folder)
            status = (
                result[model_id].get("skipped") or f"{result[model_id]['class']} total={result[model_id]['total']:,}"
            )
        except Exception as exc:  # record, keep going
            failures += 1
            result[model_id] = {
                "config_path": _display_path(folder / "config.json"),
                "error": f"{type(exc).__name__}: {exc}",
            }
            status = "ERROR " + result[model_id]["error"][:200]
        if previous.get(model_id, {}).get("pending_engine"):
            result[model_id]["pending_engine"] = True
        print(f"{model_id}: {status}", file=sys.stderr)

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    print(f"wrote {out} ({len(result)} models, {failures} errors)", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
