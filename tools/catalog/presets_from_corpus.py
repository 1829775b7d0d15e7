"""Model presets for current families, made from the config corpus (tests/data/param_oracle/configs): each preset
embeds the config.json exactly as published and names the public repository, commit and path it was copied from
(the corpus's source.json), never a development path.

    python tools/catalog/presets_from_corpus.py            # writes resources/models/<id>.json for the table below

Add a preset: add its config to the corpus (with source.json and its oracle count), then one row here."""

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "data" / "param_oracle" / "configs"
OUT = REPO / "resources" / "models"

# id, name, family, organization, kind, corpus folder, published size as the model card states it (rounded)
TABLE = [
    ("gpt-oss-20b", "gpt-oss 20B (MoE, MXFP4 experts)", "gpt-oss", "OpenAI", "llm", "openai__gpt-oss-20b", "model card: 21B total, 3.6B active"),
    ("gpt-oss-120b", "gpt-oss 120B (MoE, MXFP4 experts)", "gpt-oss", "OpenAI", "llm", "openai__gpt-oss-120b", "model card: 117B total, 5.1B active"),
    ("qwen3.5-27b", "Qwen3.5 27B (hybrid, vision)", "Qwen3.5", "Alibaba Qwen", "vlm", "Qwen__Qwen3.5-27B", "model card: 27B"),
    ("qwen3.5-9b", "Qwen3.5 9B (hybrid, vision)", "Qwen3.5", "Alibaba Qwen", "vlm", "Qwen__Qwen3.5-9B", "model name: 9B"),
    ("qwen3.5-35b-a3b", "Qwen3.5 35B-A3B (hybrid MoE, vision)", "Qwen3.5", "Alibaba Qwen", "vlm", "Qwen__Qwen3.5-35B-A3B", "model card: 35B total, 3B active"),
    ("qwen3.5-122b-a10b", "Qwen3.5 122B-A10B (hybrid MoE, vision)", "Qwen3.5", "Alibaba Qwen", "vlm", "Qwen__Qwen3.5-122B-A10B", "model card: 122B total, 10B active"),
    ("qwen3.5-397b-a17b", "Qwen3.5 397B-A17B (hybrid MoE, vision)", "Qwen3.5", "Alibaba Qwen", "vlm", "Qwen__Qwen3.5-397B-A17B", "model card: 397B total, 17B active"),
    ("qwen3.8-2.4t-a95b", "Qwen3.8 2.4T-A95B (hybrid MoE, text)", "Qwen3.5", "Alibaba Qwen", "llm", "Qwen__Qwen3.8-2.4T-A95B", "model name: 2.4T total, 95B active"),
    ("qwen3-next-80b-a3b", "Qwen3-Next 80B-A3B (hybrid MoE)", "Qwen3-Next", "Alibaba Qwen", "llm", "Qwen__Qwen3-Next-80B-A3B-Thinking", "model card: 80B total, 3B active"),
    ("qwen3-vl-32b", "Qwen3-VL 32B", "Qwen3-VL", "Alibaba Qwen", "vlm", "Qwen__Qwen3-VL-32B-Instruct", "model card: 33B"),
    ("qwen3-235b-a22b", "Qwen3 235B-A22B (MoE)", "Qwen3", "Alibaba Qwen", "llm", "Qwen__Qwen3-235B-A22B", "model card: 235B total, 22B active"),
    ("qwen3-coder-480b-a35b", "Qwen3-Coder 480B-A35B (MoE)", "Qwen3", "Alibaba Qwen", "llm", "Qwen__Qwen3-Coder-480B-A35B-Instruct", "model card: 480B total, 35B active"),
    ("deepseek-v3.1", "DeepSeek-V3.1 (MoE, MLA)", "DeepSeek-V3", "DeepSeek", "llm", "deepseek-ai__DeepSeek-V3.1", "model card: 671B total, 37B active"),
    ("deepseek-v3.2", "DeepSeek-V3.2 (MoE, MLA, sparse attention)", "DeepSeek-V3", "DeepSeek", "llm", "deepseek-ai__DeepSeek-V3.2", "model card: 685B (with the MTP layer)"),
    ("deepseek-r1", "DeepSeek-R1 (MoE, MLA)", "DeepSeek-V3", "DeepSeek", "llm", "deepseek-ai__DeepSeek-R1", "model card: 671B total, 37B active"),
    ("glm-4.5-air", "GLM-4.5-Air (MoE)", "GLM-4.5", "Zhipu AI", "llm", "zai-org__GLM-4.5-Air", "model card: 106B total, 12B active"),
    ("glm-4.5", "GLM-4.5 (MoE)", "GLM-4.5", "Zhipu AI", "llm", "zai-org__GLM-4.5", "model card: 355B total, 32B active (with the MTP layer)"),
    ("glm-5", "GLM-5 (MoE, MLA, sparse attention)", "GLM-5", "Zhipu AI", "llm", "zai-org__GLM-5", "model card: 744B total, 40B active"),
    ("llama-4-scout-17b-16e", "Llama 4 Scout 17B-16E (MoE, vision)", "Llama 4", "Meta", "vlm", "meta-llama__Llama-4-Scout-17B-16E-Instruct", "model card: 109B total, 17B active"),
    ("llama-4-maverick-17b-128e", "Llama 4 Maverick 17B-128E (MoE, vision)", "Llama 4", "Meta", "vlm", "meta-llama__Llama-4-Maverick-17B-128E-Instruct", "model card: 400B total, 17B active"),
    ("gemma-3-27b-it", "Gemma 3 27B IT (SigLIP vision)", "Gemma 3", "Google", "vlm", "google__gemma-3-27b-it", "model name: 27B"),
    ("gemma-4-26b-a4b", "Gemma 4 26B-A4B (MoE beside dense MLP, vision)", "Gemma 4", "Google", "vlm", "google__gemma-4-26B-A4B", "model name: 26B total, 4B active"),
    ("gemma-4-31b-it-nvfp4", "Gemma 4 31B IT (NVFP4, vision)", "Gemma 4", "NVIDIA (quantized Google Gemma 4)", "vlm", "nvidia__Gemma-4-31B-IT-NVFP4", "model name: 31B"),
    ("jina-vlm", "jina-vlm (2.5B, SigLIP-style vision, attention-pooling connector)", "jina-vlm", "Jina AI", "vlm", "jinaai__jina-vlm", "checkpoint index: 2,481,141,616 parameters (remote code)"),
    ("kimi-k2.5", "Kimi K2.5 (MoE, MLA, MoonViT vision)", "Kimi-K2", "Moonshot AI", "vlm", "moonshotai__Kimi-K2.5", "model card: 1T total, 32B active"),
    ("kimi-k2.6", "Kimi K2.6 (MoE, MLA, MoonViT vision)", "Kimi-K2", "Moonshot AI", "vlm", "moonshotai__Kimi-K2.6", "Kimi-K2.5's architecture (its card: 1T total, 32B active)"),
    ("lightonocr-1b", "LightOnOCR 1B (Pixtral vision, Qwen3 text)", "Mistral 3", "LightOn", "vlm", "lightonai__LightOnOCR-1B-1025", "model card: 1B"),
    ("hunyuan-ocr", "HunyuanOCR (1B, vision)", "Hunyuan-VL", "Tencent", "vlm", "tencent__HunyuanOCR", "model card: 1B"),
    ("kimi-k2", "Kimi K2 (MoE, MLA)", "Kimi-K2", "Moonshot AI", "llm", "moonshotai__Kimi-K2-Instruct", "model card: 1T total, 32B active"),
    ("minimax-m2.5", "MiniMax-M2.5 (MoE)", "MiniMax-M2", "MiniMax", "llm", "MiniMaxAI__MiniMax-M2.5", "model card: 229B total, 10B active"),
    ("nemotron-h-56b", "Nemotron-H 56B (Mamba-2 hybrid)", "Nemotron-H", "NVIDIA", "llm", "nvidia__Nemotron-H-56B-Base-8K", "model card: 56B"),
    ("nemotron-3-nano-30b-a3b", "Nemotron 3 Nano 30B-A3B (Mamba-2 hybrid MoE)", "Nemotron 3", "NVIDIA", "llm", "nvidia__NVIDIA-Nemotron-3-Nano-30B-A3B-BF16", "model card: 31.6B total, 3.2B active"),
    ("nemotron-3-super-120b-a12b", "Nemotron 3 Super 120B-A12B (Mamba-2 hybrid, latent MoE)", "Nemotron 3", "NVIDIA", "llm", "nvidia__NVIDIA-Nemotron-3-Super-120B-A12B-FP8", "model card: 120B total, 12B active"),
    ("olmo-3.1-32b-instruct", "OLMo 3.1 32B Instruct (sliding + full attention)", "OLMo 3", "Ai2", "llm", "allenai__Olmo-3.1-32B-Instruct", "model name: 32B"),
    ("smollm3-3b", "SmolLM3 3B", "SmolLM3", "Hugging Face", "llm", "HuggingFaceTB__SmolLM3-3B", "model card: 3B"),
    ("lfm2-1.2b", "LFM2 1.2B (conv hybrid)", "LFM2", "Liquid AI", "llm", "LiquidAI__LFM2-1.2B", "model card: 1.2B"),
    ("lfm2.5-vl-1.6b", "LFM2.5-VL 1.6B (conv hybrid, SigLIP2 vision)", "LFM2", "Liquid AI", "vlm", "LiquidAI__LFM2.5-VL-1.6B", "model name: 1.6B"),
    ("mistral-small-3.1-24b-instruct", "Mistral Small 3.1 24B Instruct (2503, Pixtral vision)", "Mistral Small 3", "Mistral AI", "vlm", "mistralai__Mistral-Small-3.1-24B-Instruct-2503", "model name: 24B"),
    ("devstral-small-2507", "Devstral Small (2507)", "Mistral", "Mistral AI", "llm", "mistralai__Devstral-Small-2507", "model card: 24B"),
    ("exaone-4.0-32b", "EXAONE 4.0 32B (sliding + full attention)", "EXAONE 4", "LG AI Research", "llm", "LGAI-EXAONE__EXAONE-4.0-32B", "model name: 32B"),
    ("exaone-4.5-33b", "EXAONE 4.5 33B (sliding + full attention, vision)", "EXAONE 4", "LG AI Research", "vlm", "LGAI-EXAONE__EXAONE-4.5-33B", "model name: 33B"),
    ("devstral-2-123b", "Devstral 2 123B Instruct (2512)", "Devstral 2", "Mistral AI", "llm", "mistralai__Devstral-2-123B-Instruct-2512", "model name: 123B"),
    ("devstral-small-2-24b", "Devstral Small 2 24B Instruct (2512, Pixtral vision)", "Devstral 2", "Mistral AI", "vlm", "mistralai__Devstral-Small-2-24B-Instruct-2512", "model name: 24B"),
    ("minimax-m2.7", "MiniMax-M2.7 (MoE)", "MiniMax-M2", "MiniMax", "llm", "MiniMaxAI__MiniMax-M2.7", "MiniMax-M2.5's architecture keys (its card: 229B total, 10B active)"),
    ("nemotron-3-ultra-550b-a55b", "Nemotron 3 Ultra 550B-A55B (Mamba-2 hybrid, latent MoE)", "Nemotron 3", "NVIDIA", "llm", "nvidia__NVIDIA-Nemotron-3-Ultra-550B-A55B-BF16", "model name: 550B total, 55B active"),
    ("laguna-xs.2-fp8", "Laguna XS.2 (MoE, sliding + full attention, FP8)", "Laguna", "Poolside", "llm", "poolside__Laguna-XS.2-FP8", "model name: XS (33B total)"),
    ("laguna-s-2.1-fp8", "Laguna S 2.1 (MoE, sliding + full attention, FP8)", "Laguna", "Poolside", "llm", "poolside__Laguna-S-2.1-FP8", "model name: S (118B total)"),
    ("muse-glimmer-30b", "Muse-Glimmer 30B (gated attention, vision)", "Muse-Glimmer", "Meta", "vlm", "meta-models__Muse-Glimmer-30B", "model name: 30B"),
    ("ministral-3-8b-instruct", "Ministral 3 8B Instruct (2512, Pixtral vision)", "Ministral 3", "Mistral AI", "vlm", "mistralai__Ministral-3-8B-Instruct-2512", "model name: 8B"),
    ("internvl3.5-8b", "InternVL3.5 8B (InternViT-300M, Qwen3 text)", "InternVL", "Shanghai AI Lab (OpenGVLab)", "vlm", "OpenGVLab__InternVL3_5-8B-HF", "checkpoint index: 8,528,318,464 parameters"),
    ("voxtral-mini-3b-2507", "Voxtral Mini 3B (2507, Whisper-style audio encoder)", "Voxtral", "Mistral AI", "audio", "mistralai__Voxtral-Mini-3B-2507", "model name: 3B (the text model's class; 4.7B with the audio tower)"),
    ("mixtral-8x22b", "Mixtral 8x22B (MoE)", "Mixtral", "Mistral AI", "llm", "mistralai__Mixtral-8x22B-v0.1", "model card: 141B total, 39B active"),
]  # fmt: skip


# Families with no verbatim public config.json (tests/data/param_oracle/SOURCES.md, "not found"): the preset's config
# is the published dimensions held in tests/data/param_oracle/default_configs.json `variants` (sources in
# tools/oracle/default_configs.py), written as {"architectures", "model_type", keys}. Same columns as TABLE, the
# variant name in place of the corpus folder, then the hub id and where the dimensions come from.
_GEMMA3N_DIMS = (
    "transformers 5.25's Gemma3nConfig defaults (its docstring names google/gemma-3n-E4B; vision tower "
    "mobilenetv5_300m_enc, audio encoder 1536 wide, 12 conformer blocks), E2B's text model changed to 30 layers, "
    "FFN 8192 and 10 kv-shared layers as github:Kuba-csproj/ai-edge-torch@1d663aa5fe9379f66394ba407afa6b8b719d9163 "
    "ai_edge_torch/generative/examples/gemma3n/gemma3n.py get_model_config_e2b / get_model_config_e4b write them"
)
_GRANITE_DIMS = (
    "the GRANITE_H_TINY_HF / GRANITE_H_1B_HF fixtures of a public test suite that quotes ibm-granite's config.json "
    "(abridged to the fields that size the model: depth 40, width 1536, 12 heads / 4 kv, Mamba-2 48 heads of 64, "
    "state 128, attention at layers 5, 15, 25, 35, vocab 100,352, tied)"
)
_GLM46_DIMS = (
    "the load log of ubergarm's GLM-4.6 GGUF quoted in ik_llama.cpp discussion #816 "
    "(https://github.com/ikawrakow/ik_llama.cpp/discussions/816): 93 blocks of which 1 next-n (MTP) layer, width 5120, "
    "96 / 8 heads of 128, rope on 64 of them, FFN 12288, 3 dense layers, 160 experts of 1536 + 1 shared, top-8, "
    "context 202,752, vocabulary 151,552, q/k/v biases and q/k norms; the untied output head from its tensor count "
    "(1759) and its 'repeating layers' line (model params 356.786 B less 1.552 B: two 151,552 x 5,120 matrices)"
)
VARIANT_TABLE = [
    ("gemma-3n-e2b", "Gemma 3n E2B (vision, audio)", "Gemma 3n", "Google", "vlm", "gemma-3n E2B (dims, full model with vision and audio towers)", "Gemma3nForConditionalGeneration", "google/gemma-3n-E2B", _GEMMA3N_DIMS, "model name: E2B (2B effective)"),
    ("gemma-3n-e4b", "Gemma 3n E4B (vision, audio)", "Gemma 3n", "Google", "vlm", "gemma-3n E4B (dims, full model with vision and audio towers)", "Gemma3nForConditionalGeneration", "google/gemma-3n-E4B", _GEMMA3N_DIMS, "model name: E4B (4B effective)"),
    ("granite-4.0-h-tiny", "Granite 4.0 H-Tiny (Mamba-2 hybrid MoE)", "Granite 4.0", "IBM", "llm", "granite-4.0-h-tiny (dims)", "GraniteMoeHybridForCausalLM", "ibm-granite/granite-4.0-h-tiny", _GRANITE_DIMS, "model card: 7B total, 1B active"),
    ("granite-4.0-h-1b", "Granite 4.0 H-1B (Mamba-2 hybrid)", "Granite 4.0", "IBM", "llm", "granite-4.0-h-1b (dims)", "GraniteMoeHybridForCausalLM", "ibm-granite/granite-4.0-h-1b", _GRANITE_DIMS, "model card: 1.5B"),
    ("glm-4.6", "GLM-4.6 (MoE)", "GLM-4.5", "Zhipu AI", "llm", "GLM-4.6 (dims, from its GGUF load log)", "Glm4MoeForCausalLM", "zai-org/GLM-4.6", _GLM46_DIMS, "zai-org/GLM-4.5 README's model table: 355B-A32B (with the MTP layer); GGUF load log: model params 356.786 B with the MTP layer"),
]  # fmt: skip


def _write(pid: str, preset: dict, total: int) -> None:
    (OUT / f"{pid}.json").write_text(json.dumps(preset, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{pid}: {total:,}")


def variant_presets() -> None:
    from core.importers import hf_config
    from core.params import count

    variants = json.loads((CORPUS.parent / "default_configs.json").read_text(encoding="utf-8"))["variants"]
    for pid, name, family, org, kind, variant, arch, hub, dims, card in VARIANT_TABLE:
        v = variants[variant]
        config = {"architectures": [arch], "model_type": v["model_type"], **v["keys"]}
        imported = hf_config.from_dict(json.loads(json.dumps(config)), name=name)
        total = count(imported.architecture).total
        if not imported.verified or total != v["total"]:
            raise SystemExit(f"{pid}: engine {total:,} vs transformers {v['total']:,}: {imported.warnings}")
        preset = {
            "id": pid,
            "name": name,
            "family": family,
            "organization": org,
            "kind": kind,
            "hub_id": hub,
            "source": {
                "url": f"https://huggingface.co/{hub}",
                "repository": None,
                "path": "config.json",
                "commit": None,
                "note": f"dimensions from {dims} (not a verbatim config.json: none was found in a public mirror, "
                "tests/data/param_oracle/SOURCES.md); the keys are tests/data/param_oracle/default_configs.json "
                f"variants[{variant!r}] (tools/oracle/default_configs.py). Replace with the verbatim config.json when "
                "a mirror is found.",
            },
            "published_params": None,
            "published_params_source": f"{card}; the engine counts {total:,}, equal to transformers' own meta-device "
            "build of these dimensions (tests/data/param_oracle/default_configs.json variants)",
            "config": config,
        }
        _write(pid, preset, total)


def main() -> int:
    sys.path.insert(0, str(REPO))
    from core.importers import hf_config
    from core.params import count

    variant_presets()

    oracle = json.loads((CORPUS.parent / "param_oracle.json").read_text(encoding="utf-8"))
    for pid, name, family, org, kind, folder, card in TABLE:
        src = json.loads((CORPUS / folder / "source.json").read_text(encoding="utf-8"))
        config = json.loads((CORPUS / folder / "config.json").read_text(encoding="utf-8"))
        imported = hf_config.from_dict(config, name=name)
        if not imported.verified:
            raise SystemExit(f"{pid}: the engine does not read {folder} as verified: {imported.warnings}")
        total = count(imported.architecture).total
        builds = oracle.get(folder, {}).get("builds", {}).values()
        untied = [
            b["total_with_untied_head_per_config_json"] for b in builds if "total_with_untied_head_per_config_json" in b
        ]
        held = (
            "equal to transformers' own meta-device count with the output head untied as the text config says "
            "(transformers 5.25 ties it; tests/data/param_oracle)"
            if untied and total == untied[0]
            else "equal to transformers' own meta-device count (tests/data/param_oracle)"
        )
        if src["commit"] is None:  # a Hugging Face page transcribed: source.json says how and what was checked
            repository = src["repository"]
            note = (
                f"config.json transcribed from the Hugging Face page above ({src['retrieved_with']}); "
                f"{src['provenance_note']} Byte check: {src['byte_check']}"
            )
        else:
            repository = f"github:{src['repository']}"
            note = f"config.json copied unchanged from the repository above; {src.get('verification', '')}".strip()
        preset = {
            "id": pid,
            "name": name,
            "family": family,
            "organization": org,
            "kind": kind,
            "hub_id": folder.replace("__", "/"),
            "source": {
                "url": src.get("url"),
                "repository": repository,
                "path": src["path"],
                "commit": src["commit"],
                "note": note,
            },
            "published_params": None,
            "published_params_source": f"{card}; the engine counts {total:,}, {held}",
            "config": config,
        }
        (OUT / f"{pid}.json").write_text(json.dumps(preset, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{pid}: {total:,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
