import json
import numbers
import os
import re
import sys

from paths import GPUS_JSON, MODELS_DIR

ID = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
errs = []


def num_ok(path, v):
    if v is None:
        return
    if isinstance(v, bool) or not isinstance(v, numbers.Number) or v <= 0:
        errs.append(f"{path}: not a positive number or null: {v!r}")


# GPUs
g = json.load(open(GPUS_JSON))
ids = set()
CATS = {"datacenter", "workstation", "consumer", "tpu", "apple", "other"}
KEYS = [
    "id",
    "name",
    "vendor",
    "category",
    "architecture",
    "release_year",
    "memory",
    "bandwidth_gbps",
    "tflops",
    "tflops_notes",
    "interconnect",
    "tdp_w",
    "compute",
    "source",
    "other_sources",
    "notes",
]
for x in g:
    i = x.get("id")
    if list(x) != KEYS:
        errs.append(f"gpu {i}: keys {list(x)}")
    if not ID.match(i or ""):
        errs.append(f"gpu id {i!r}")
    if i in ids:
        errs.append(f"dup gpu {i}")
    ids.add(i)
    if x["category"] not in CATS:
        errs.append(f"{i}: category")
    if not x.get("source"):
        errs.append(f"{i}: no source")
    if not isinstance(x.get("notes"), list):
        errs.append(f"{i}: notes not list")
    m = x["memory"]
    if m["advertised_unit"] not in ("GB", "GiB"):
        errs.append(f"{i}: unit")
    num_ok(f"{i}.memory.advertised", m["advertised"])
    num_ok(f"{i}.memory.usable_bytes", m["usable_bytes"])
    if m["usable_bytes"] is not None and not m["usable_source"]:
        errs.append(f"{i}: usable without source")
    if (m["unified"] is True) != (x["category"] == "apple"):
        errs.append(f"{i}: unified flag")
    num_ok(f"{i}.bandwidth", x["bandwidth_gbps"])
    num_ok(f"{i}.tdp", x["tdp_w"])
    num_ok(f"{i}.year", x["release_year"])
    if set(x["tflops"]) != {"fp64", "fp32", "tf32", "bf16", "fp16", "fp8", "int8", "int4", "fp4"}:
        errs.append(f"{i}: tflops keys")
    for k, v in x["tflops"].items():
        num_ok(f"{i}.tflops.{k}", v)
    if x["compute"] is not None:
        for k in ("cores", "boost_clock_mhz", "tensor_cores"):
            num_ok(f"{i}.compute.{k}", x["compute"][k])
    # sanity: usable within 0.8x..1.25x of advertised (GB or GiB)
    if m["usable_bytes"]:
        adv = m["advertised"] * (2**30 if m["advertised_unit"] == "GiB" else 1e9)
        r = m["usable_bytes"] / adv
        if not 0.75 < r < 1.25:
            errs.append(f"{i}: usable/advertised ratio {r:.3f}")
# sorted by vendor then category then year
print("gpus:", len(g), "vendors:", sorted({x["vendor"] for x in g}))
# Models
D = f"{MODELS_DIR}/"
mids = set()
kinds = {"llm", "vlm", "encoder", "encoder-decoder", "vision", "cnn", "audio", "ssm"}
n = 0
for f in sorted(os.listdir(D)):
    if not f.endswith(".json"):
        continue
    n += 1
    p = json.load(open(D + f))
    i = p.get("id")
    if f != f"{i}.json":
        errs.append(f"{f}: id/file mismatch")
    if not ID.match(i or ""):
        errs.append(f"model id {i!r}")
    if i in mids:
        errs.append(f"dup model {i}")
    mids.add(i)
    for k in ("name", "family", "organization", "kind", "source"):
        if not p.get(k):
            errs.append(f"{i}: missing {k}")
    if p["kind"] not in kinds:
        errs.append(f"{i}: kind")
    s = p["source"]
    if not (s.get("url") or s.get("note")):
        errs.append(f"{i}: source empty")
    num_ok(f"{i}.published_params", p.get("published_params"))
    if p.get("published_params") and not p.get("published_params_source"):
        errs.append(f"{i}: pp without source")
    has = [k for k in ("config", "cnn", "vision") if k in p]
    if len(has) != 1:
        errs.append(f"{i}: needs exactly one of config/cnn/vision, has {has}")
    if "config" in p and not isinstance(p["config"], dict):
        errs.append(f"{i}: config not dict")
print("models:", n)
if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
