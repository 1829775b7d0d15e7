import json
import os

from paths import GPUS_JSON, MODELS_DIR, SCRATCH

g = json.load(open(GPUS_JSON))


def short(s, n=150):
    s = s.split(" | quote:")[0]
    return s if len(s) <= n else s[: n - 1] + "…"


rows = "\n".join(
    f"| `{x['id']}` | {x['name']} | {x['category']} | {x['memory']['advertised']} {x['memory']['advertised_unit']} | "
    f"{x['tflops']['bf16'] if x['tflops']['bf16'] is not None else '–'} | {short(x['source']).replace('|', '/')} |"
    for x in g
)
GPU = (
    open(SCRATCH / "gpus_readme_head.md").read()
    + f"\n## Entries ({len(g)})\n\nbf16 = dense tensor TFLOPS as stored (– = null). Full provenance, other sources and every uncertain figure are in each entry's `source`, `other_sources` and `notes`.\n\n| id | name | category | memory | bf16 | source |\n|---|---|---|---|---|---|\n{rows}\n"
)
open(GPUS_JSON.parent / "README.md", "w").write(GPU)
D = f"{MODELS_DIR}/"
ps = [json.load(open(D + f)) for f in sorted(os.listdir(D)) if f.endswith(".json")]


def src(p):
    s = p["source"]
    if s.get("repository"):
        c = (s.get("commit") or "")[:7]
        return f"{s['repository']}{'@' + c if c else ''} `{s['path']}`" if s.get("path") else s["repository"]
    return "Hugging Face Hub config.json (public copy; mirror not recorded)"


rows = "\n".join(
    f"| `{p['id']}` | {p['name']} | {p['kind']} | {p['hub_id'] or '–'} | {p['published_params'] if p['published_params'] else '–'} | {src(p)} |"
    for p in ps
)
M = (
    open(SCRATCH / "models_readme_head.md").read()
    + f"\n## Presets ({len(ps)})\n\n| id | name | kind | hub_id | published_params | config source |\n|---|---|---|---|---|---|\n{rows}\n\n"
    + open(SCRATCH / "models_readme_tail.md").read()
)
open(MODELS_DIR / "README.md", "w").write(M)
print("ok")
