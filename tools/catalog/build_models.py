"""Writes resources/models/<id>.json presets (stdlib only). Kept outside the repo."""

import json
import os

from paths import MODELS_DIR, REFERENCE, SCRATCH

HF = f"{REFERENCE}/hf-configs/"
OUT = f"{MODELS_DIR}/"
LLMPROF = json.load(open(SCRATCH / "src" / "llmprof.json"))
SHARED_NOTE = (
    "config.json copied byte for byte from tests/data/reference/hf-configs/{d}/config.json, whose README says each config was copied "
    "from a public repository carrying the model's files at a recorded commit"
)


def gh(repo, commit, path="config.json"):
    return {
        "url": f"https://github.com/{repo}/blob/{commit}/{path}",
        "repository": repo,
        "path": path,
        "commit": commit,
    }


P = []


def add(id_, name, family, org, kind, hub, source, config=None, pp=None, pps=None, **extra):
    d = {
        "id": id_,
        "name": name,
        "family": family,
        "organization": org,
        "kind": kind,
        "hub_id": hub,
        "source": source,
        "published_params": pp,
        "published_params_source": pps,
    }
    if config is not None:
        d["config"] = config
    d.update(extra)
    P.append(d)


def hfc(d):
    return json.load(open(HF + d + "/config.json"))


def shared(d, repo=None, commit=None, path="config.json", note=""):
    s = gh(repo, commit, path) if repo else {"url": None, "repository": None, "path": None, "commit": None}
    s["note"] = (
        SHARED_NOTE.format(d=d)
        + (
            f"; the same folder's truth.json cites {repo}@{commit} as that mirror."
            if repo
            else "; this folder has no truth.json, so the mirror repository/commit is not recorded."
        )
        + (" " + note if note else "")
    )
    return s


LP = {
    "url": "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
    "repository": "citsjtu2020/LLM-Prof",
    "path": "sglang/Model_Config.md",
    "commit": "8434c8d19c396b2f95d92a67845a7c0a0e0dd512",
}


def lp(section, extra=""):
    s = dict(LP)
    s["note"] = (
        f"Section '{section}' of a markdown file that transcribes Hugging Face config.json files verbatim (all keys). "
        "Cross-check: its Qwen2.5-7B, Qwen3-8B, Qwen3-30B-A3B and Llama-3.1-8B sections are key-for-key identical to the copies in tests/data/reference/hf-configs."
        + (" " + extra if extra else "")
    )
    return s


def truth_pp(d, div=2):
    t = json.load(open(HF + d + "/truth.json"))
    return t["total_size_bytes"] // div, t


# ---------------- Llama ----------------
pp, t = truth_pp("meta-llama__Llama-2-7b-hf")
add(
    "llama-2-7b",
    "Llama 2 7B",
    "Llama 2",
    "Meta",
    "llm",
    "meta-llama/Llama-2-7b-hf",
    shared("meta-llama__Llama-2-7b-hf", "HamZil/Llama-2-7b-hf", "8cca527612d856d7d32bd94f8103728d614eb852"),
    hfc("meta-llama__Llama-2-7b-hf"),
    6738415616,
    "model.safetensors.index.json metadata.total_size 13476839424 (fp16) at github:HamZil/Llama-2-7b-hf@8cca527 minus 32 rotary inv_freq buffers (8192 B), / 2 bytes (tests/data/reference/hf-configs truth.json)",
)
add(
    "llama-3.1-8b",
    "Llama 3.1 8B",
    "Llama 3.1",
    "Meta",
    "llm",
    "meta-llama/Llama-3.1-8B",
    shared(
        "meta-llama__Meta-Llama-3.1-8B",
        note="Identical, key for key, to the 'Llama-3.1-8B' section of github:citsjtu2020/LLM-Prof sglang/Model_Config.md @8434c8d.",
    ),
    hfc("meta-llama__Meta-Llama-3.1-8B"),
    8030261248,
    "Meta/Hugging Face published count 8,030,261,248 (quoted in the project's domain notes); consistent with a same-shape checkpoint's index total_size 16060522496 / 2 (tests/data/reference/hf-configs truth.json, proxy)",
)
add(
    "llama-3.2-3b",
    "Llama 3.2 3B",
    "Llama 3.2",
    "Meta",
    "llm",
    "meta-llama/Llama-3.2-3B",
    lp(
        "Llama-3.2-3B",
        "Base-model config (eos_token_id 128001); the Instruct config differs only in eos_token_id (list) - see llama-3.2-3b-instruct.",
    ),
    {
        "architectures": ["LlamaForCausalLM"],
        "attention_bias": False,
        "attention_dropout": 0.0,
        "bos_token_id": 128000,
        "eos_token_id": 128001,
        "head_dim": 128,
        "hidden_act": "silu",
        "hidden_size": 3072,
        "initializer_range": 0.02,
        "intermediate_size": 8192,
        "max_position_embeddings": 131072,
        "mlp_bias": False,
        "model_type": "llama",
        "num_attention_heads": 24,
        "num_hidden_layers": 28,
        "num_key_value_heads": 8,
        "pretraining_tp": 1,
        "rms_norm_eps": 1e-05,
        "rope_scaling": {
            "factor": 32.0,
            "high_freq_factor": 4.0,
            "low_freq_factor": 1.0,
            "original_max_position_embeddings": 8192,
            "rope_type": "llama3",
        },
        "rope_theta": 500000.0,
        "tie_word_embeddings": True,
        "torch_dtype": "bfloat16",
        "transformers_version": "4.45.0.dev0",
        "use_cache": True,
        "vocab_size": 128256,
    },
    3212749824,
    "same architecture as Llama-3.2-3B-Instruct, whose model.safetensors.index.json total_size 6425499648 (bf16, tied lm_head not stored) / 2 (github:Gusiion/meta-llama-Llama-3.2-3B-Instruct@392a143, tests/data/reference/hf-configs truth.json)",
)
add(
    "llama-3.2-3b-instruct",
    "Llama 3.2 3B Instruct",
    "Llama 3.2",
    "Meta",
    "llm",
    "meta-llama/Llama-3.2-3B-Instruct",
    shared(
        "meta-llama__Llama-3.2-3B-Instruct",
        "Gusiion/meta-llama-Llama-3.2-3B-Instruct",
        "392a143b624368100f77a3eafaa4a2468ba50a72",
    ),
    hfc("meta-llama__Llama-3.2-3B-Instruct"),
    3212749824,
    "model.safetensors.index.json metadata.total_size 6425499648 (bf16; tied lm_head not stored) / 2 at github:Gusiion/meta-llama-Llama-3.2-3B-Instruct@392a143",
)
c = json.load(open(SCRATCH / "cfg" / "llama-3.3-70b-instruct.json"))
add(
    "llama-3.3-70b-instruct",
    "Llama 3.3 70B Instruct",
    "Llama 3.3",
    "Meta",
    "llm",
    "meta-llama/Llama-3.3-70B-Instruct",
    {
        **gh(
            "ai-dynamo/aiconfigurator",
            "f577ab8432dfc9970fea27853a24861a6d3076cf",
            "src/aiconfigurator/model_configs/meta-llama--Llama-3.3-70B-Instruct_config.json",
        ),
        "note": "NVIDIA aiconfigurator ships copies of Hugging Face config.json files for its model catalogue; Llama 3.3 was released only as an Instruct model.",
    },
    c,
    None,
    "Meta states 70B (rounded); no exact published count located",
)

# ---------------- Mistral ----------------
pp, _ = truth_pp("mistralai__Mistral-7B-Instruct-v0.3")
add(
    "mistral-7b-instruct-v0.3",
    "Mistral 7B Instruct v0.3",
    "Mistral",
    "Mistral AI",
    "llm",
    "mistralai/Mistral-7B-Instruct-v0.3",
    shared(
        "mistralai__Mistral-7B-Instruct-v0.3",
        "rhlsinghal1ss/Mistral-7B",
        "83e9aa141f2e28c82232fea5325f54edf17c43de",
        note="v0.3 base and instruct share the architecture (extended 32768 vocabulary).",
    ),
    hfc("mistralai__Mistral-7B-Instruct-v0.3"),
    pp,
    "model.safetensors.index.json metadata.total_size 14496047104 (bf16) / 2 at github:rhlsinghal1ss/Mistral-7B@83e9aa1",
)
pp, _ = truth_pp("mistralai__Mixtral-8x7B-v0.1")
add(
    "mixtral-8x7b",
    "Mixtral 8x7B v0.1",
    "Mixtral",
    "Mistral AI",
    "llm",
    "mistralai/Mixtral-8x7B-v0.1",
    shared("mistralai__Mixtral-8x7B-v0.1", "yangulei/Mixtral-8x7B", "58301445dc1378584211722b7ebf8743ec4e192b"),
    hfc("mistralai__Mixtral-8x7B-v0.1"),
    pp,
    "model.safetensors.index.json metadata.total_size 93405585408 (bf16) / 2 at github:yangulei/Mixtral-8x7B@5830144 (same total in the Instruct repo)",
)

# ---------------- Qwen ----------------
add(
    "qwen2.5-1.5b",
    "Qwen2.5 1.5B",
    "Qwen2.5",
    "Alibaba Qwen",
    "llm",
    "Qwen/Qwen2.5-1.5B",
    shared("Qwen__Qwen2.5-1.5B"),
    hfc("Qwen__Qwen2.5-1.5B"),
    None,
    "model card: 1.54B (rounded)",
)
add(
    "qwen2.5-3b",
    "Qwen2.5 3B",
    "Qwen2.5",
    "Alibaba Qwen",
    "llm",
    "Qwen/Qwen2.5-3B",
    lp("Qwen2.5-3B"),
    LLMPROF["Qwen2.5-3B"],
    None,
    "model card: 3.09B (rounded)",
)
add(
    "qwen2.5-7b",
    "Qwen2.5 7B",
    "Qwen2.5",
    "Alibaba Qwen",
    "llm",
    "Qwen/Qwen2.5-7B",
    shared(
        "Qwen__Qwen2.5-7B",
        note="Identical, key for key, to the 'Qwen2.5-7B' section of github:citsjtu2020/LLM-Prof sglang/Model_Config.md @8434c8d.",
    ),
    hfc("Qwen__Qwen2.5-7B"),
    None,
    "model card: 7.61B (rounded)",
)
add(
    "qwen2.5-14b",
    "Qwen2.5 14B",
    "Qwen2.5",
    "Alibaba Qwen",
    "llm",
    "Qwen/Qwen2.5-14B",
    lp("Qwen2.5-14B"),
    LLMPROF["Qwen2.5-14B"],
    None,
    "model card: 14.7B (rounded; 13.1B non-embedding) per github:ZHUI/paddlenlp_model_readme Qwen/Qwen2.5-14B-Instruct/index.md (copy of the HF card)",
)
add(
    "qwen2.5-32b",
    "Qwen2.5 32B",
    "Qwen2.5",
    "Alibaba Qwen",
    "llm",
    "Qwen/Qwen2.5-32B",
    lp("Qwen2.5-32B"),
    LLMPROF["Qwen2.5-32B"],
    None,
    "model card: 32.5B (rounded; 31.0B non-embedding) per github:ZHUI/paddlenlp_model_readme Qwen/Qwen2.5-32B/index.md (copy of the HF card)",
)
add(
    "qwen3-4b",
    "Qwen3 4B",
    "Qwen3",
    "Alibaba Qwen",
    "llm",
    "Qwen/Qwen3-4B",
    lp(
        "Qwen3-4B",
        "This section's number formatting ('attention_dropout': 0, 'rms_norm_eps': 0.000001) and 'use_cache': false / transformers 4.51.2 differ in style from the other Qwen3 configs; architecture keys are unaffected.",
    ),
    LLMPROF["Qwen3-4B"],
    None,
    "model card: 4.0B (rounded)",
)
add(
    "qwen3-8b",
    "Qwen3 8B",
    "Qwen3",
    "Alibaba Qwen",
    "llm",
    "Qwen/Qwen3-8B",
    shared(
        "Qwen__Qwen3-8B",
        note="Identical, key for key, to the 'Qwen3-8B' section of github:citsjtu2020/LLM-Prof sglang/Model_Config.md @8434c8d.",
    ),
    hfc("Qwen__Qwen3-8B"),
    None,
    "model card: 8.2B (rounded)",
)
add(
    "qwen3-14b",
    "Qwen3 14B",
    "Qwen3",
    "Alibaba Qwen",
    "llm",
    "Qwen/Qwen3-14B",
    lp("Qwen3-14B"),
    LLMPROF["Qwen3-14B"],
    None,
    "model card: 14.8B (rounded)",
)
add(
    "qwen3-32b",
    "Qwen3 32B",
    "Qwen3",
    "Alibaba Qwen",
    "llm",
    "Qwen/Qwen3-32B",
    lp("Qwen3-32B"),
    LLMPROF["Qwen3-32B"],
    None,
    "model card: 32.8B (rounded)",
)
add(
    "qwen3-30b-a3b",
    "Qwen3 30B-A3B (MoE)",
    "Qwen3",
    "Alibaba Qwen",
    "llm",
    "Qwen/Qwen3-30B-A3B",
    shared(
        "Qwen__Qwen3-30B-A3B",
        note="Identical, key for key, to the 'Qwen3-30B-A3B' section of github:citsjtu2020/LLM-Prof sglang/Model_Config.md @8434c8d.",
    ),
    hfc("Qwen__Qwen3-30B-A3B"),
    None,
    "model card: 30.5B total, 3.3B activated (rounded)",
)
pp, _ = truth_pp("Qwen__Qwen2.5-VL-7B-Instruct")
add(
    "qwen2.5-vl-7b-instruct",
    "Qwen2.5-VL 7B Instruct",
    "Qwen2.5-VL",
    "Alibaba Qwen",
    "vlm",
    "Qwen/Qwen2.5-VL-7B-Instruct",
    shared(
        "Qwen__Qwen2.5-VL-7B-Instruct",
        "remodlai/qwen-2.5-vl-7b-instruct-lexiq",
        "cc594898137f460bfe9f0759e9844b3ce807cfb5",
        note="Fork carrying the Qwen team's HF history, taken at the last Qwen-team commit.",
    ),
    hfc("Qwen__Qwen2.5-VL-7B-Instruct"),
    pp,
    "model.safetensors.index.json metadata.total_size 16584333312 (bf16, includes the vision tower and untied lm_head) / 2 at github:remodlai/qwen-2.5-vl-7b-instruct-lexiq@cc59489",
)

# ---------------- Gemma ----------------
pp, _ = truth_pp("google__gemma-2b-it")
add(
    "gemma-2b-it",
    "Gemma 2B (instruct)",
    "Gemma",
    "Google",
    "llm",
    "google/gemma-2b-it",
    shared(
        "google__gemma-2b-it",
        "ananddhanabal/gemma",
        "718cb189da9c5b2e55abe86f2eeffee9b4ae0dad",
        note="gemma-2b and gemma-2b-it share the architecture.",
    ),
    hfc("google__gemma-2b-it"),
    pp,
    "model.safetensors.index.json metadata.total_size 5012344832 (bf16; tied lm_head not stored) / 2 at github:ananddhanabal/gemma@718cb18",
)
pp, _ = truth_pp("Ayush2006128__mithoon-2b_gemma-2-2b-ft")
add(
    "gemma-2-2b",
    "Gemma 2 2B",
    "Gemma 2",
    "Google",
    "llm",
    "google/gemma-2-2b",
    shared(
        "Ayush2006128__mithoon-2b_gemma-2-2b-ft",
        "Ayush2006128/mithoon-2b",
        "a62b813b0e4dcf4635224dc709f7f7f5be963181",
        note="CAUTION: this is the config.json of an Unsloth fine-tune of google/gemma-2-2b, not Google's own file: '_name_or_path' (unsloth/gemma-2-2b-bnb-4bit), "
        "'torch_dtype' (float16), 'transformers_version' and the extra 'unsloth_version' key are the fine-tune's; the architecture keys are Gemma 2 2B's.",
    ),
    hfc("Ayush2006128__mithoon-2b_gemma-2-2b-ft"),
    pp,
    "pytorch_model.bin.index.json metadata.total_size 5228683776 (fp16; tied lm_head not stored) / 2 at github:Ayush2006128/mithoon-2b@a62b813 (same shapes as google/gemma-2-2b)",
)

# ---------------- Others (LLM) ----------------
pp, _ = truth_pp("microsoft__phi-4")
add(
    "phi-4",
    "Phi-4",
    "Phi",
    "Microsoft",
    "llm",
    "microsoft/phi-4",
    shared("microsoft__phi-4", "pryzmatpl/prizm-phi4", "381727a5ee103da6c1b14ecd3d39cd09832cbcf8"),
    hfc("microsoft__phi-4"),
    pp,
    "model.safetensors.index.json metadata.total_size 29319014400 (bf16) / 2 at github:pryzmatpl/prizm-phi4@381727a",
)
add(
    "deepseek-v3",
    "DeepSeek-V3",
    "DeepSeek-V3",
    "DeepSeek",
    "llm",
    "deepseek-ai/DeepSeek-V3",
    shared(
        "deepseek-ai__DeepSeek-V3",
        note="Per that folder's truth.json the copy came from ai-dynamo/aiconfigurator and is ABRIDGED: it lacks the non-parameter keys aux_loss_alpha, seq_aux and pretraining_tp of the Hugging Face original; all shape keys are present.",
    ),
    hfc("deepseek-ai__DeepSeek-V3"),
    None,
    "model card: 671B total (37B activated) plus a 14B multi-token-prediction module (685B on the hub); no exact count",
)
add(
    "chatglm3-6b",
    "ChatGLM3-6B",
    "ChatGLM",
    "Zhipu AI / THUDM",
    "llm",
    "THUDM/chatglm3-6b",
    shared(
        "THUDM__chatglm3-6b",
        "czk1997/chatglm3-copy",
        "456aa875cf1f46623006edaa23103774ea9c0eae",
        note="Needs remote code in transformers; dims are in the config.",
    ),
    hfc("THUDM__chatglm3-6b"),
    None,
    "not set: the fp16 index total_size 12487168064 includes a rotary inv_freq buffer (see shared truth.json), so /2 is not an exact parameter count",
)
pp, _ = truth_pp("baichuan-inc__Baichuan2-13B-Chat")
add(
    "baichuan2-13b-chat",
    "Baichuan2 13B Chat",
    "Baichuan2",
    "Baichuan",
    "llm",
    "baichuan-inc/Baichuan2-13B-Chat",
    shared(
        "baichuan-inc__Baichuan2-13B-Chat",
        "jrd77/Baichuan2-13B-Chat",
        "d022d7264467b2c3bc483e7a3a17105dedba50b8",
        note="Needs remote code; ALiBi, fused W_pack.",
    ),
    hfc("baichuan-inc__Baichuan2-13B-Chat"),
    pp,
    "pytorch_model.bin.index.json metadata.total_size 27793336320 (bf16) / 2 at github:jrd77/Baichuan2-13B-Chat@d022d72",
)
pp, _ = truth_pp("internlm__internlm2-chat-7b")
add(
    "internlm2-chat-7b",
    "InternLM2 Chat 7B",
    "InternLM2",
    "Shanghai AI Lab",
    "llm",
    "internlm/internlm2-chat-7b",
    shared(
        "internlm__internlm2-chat-7b",
        "NanSang2000/S1mpleAgent",
        "4275caa205dbb8ff83930e2c1ce6bc62ec49329c",
        note="Path inside that repository not recorded (it is an application repo vendoring the model folder). Needs remote code.",
    ),
    hfc("internlm__internlm2-chat-7b"),
    pp,
    "model.safetensors.index.json metadata.total_size 15475417088 (bf16) / 2 at github:NanSang2000/S1mpleAgent@4275caa",
)
add(
    "falcon-7b-instruct",
    "Falcon 7B Instruct",
    "Falcon",
    "TII",
    "llm",
    "tiiuae/falcon-7b-instruct",
    shared(
        "tiiuae__falcon-7b-instruct",
        "WasimAkramShaikh/falcon-7b-instruct-clone",
        "cf4b3c42ce2fdfe24f753f0f0d179202fea59c99",
        note="falcon-7b and falcon-7b-instruct share the architecture.",
    ),
    hfc("tiiuae__falcon-7b-instruct"),
    6921720704,
    "pytorch_model.bin.index.json total_size 14434379520 (bf16) / 2 = 7,217,189,760 counts the tied lm_head twice; minus 65024 x 4544 = 6,921,720,704 (tests/data/reference/hf-configs truth.json note)",
)
add(
    "redpajama-incite-7b-base",
    "RedPajama-INCITE 7B Base",
    "RedPajama-INCITE",
    "Together",
    "llm",
    "togethercomputer/RedPajama-INCITE-7B-Base",
    shared(
        "togethercomputer__RedPajama-INCITE-7B-Base",
        "drcege/RedPajama-INCITE-7B-Base",
        "aeccca007ba01cbef06b290fe13f6b6a5864a4e5",
        note="GPT-NeoX architecture.",
    ),
    hfc("togethercomputer__RedPajama-INCITE-7B-Base"),
    None,
    "not set: the fp16 .bin index total_size 13731385408 includes non-parameter buffers (rotary inv_freq, attention masks)",
)
add(
    "gpt2-xl",
    "GPT-2 XL (1.5B)",
    "GPT-2",
    "OpenAI",
    "llm",
    "openai-community/gpt2-xl",
    shared("openai-community__gpt2-xl", "Stounolog/gpt2-xl", "33cdb5c0db5423c1879b1b9f16c352988e8754a8"),
    hfc("openai-community__gpt2-xl"),
    None,
    "not set: only single-file fp32 weights sizes are known (~1.56B params)",
)
add(
    "opt-1.3b",
    "OPT 1.3B",
    "OPT",
    "Meta",
    "llm",
    "facebook/opt-1.3b",
    shared(
        "facebook__opt-1.3b",
        "caiyuusheng0325edu/facebook-opt-1-3b-copy",
        "3f5c25d0bc631cb57ac65913f76e22c2dfb61d62",
    ),
    hfc("facebook__opt-1.3b"),
    None,
    "not set: only single-file fp16 weight sizes are known",
)
add(
    "bloom-560m",
    "BLOOM 560M",
    "BLOOM",
    "BigScience",
    "llm",
    "bigscience/bloom-560m",
    shared("bigscience__bloom-560m", "Wei-JL/bloom", "4f42c91d806a19ae1a46af6c3fb5f4990d884cd6"),
    hfc("bigscience__bloom-560m"),
    559214592,
    "HF model card 'Model Card for Bloom-560m': '559,214,592 parameters' (github:Wei-JL/bloom README.md @4f42c91)",
)
add(
    "mamba-2.8b",
    "Mamba 2.8B",
    "Mamba",
    "state-spaces",
    "ssm",
    "state-spaces/mamba-2.8b-hf",
    shared("state-spaces__mamba-2.8b-hf"),
    hfc("state-spaces__mamba-2.8b-hf"),
    None,
    "not set (model name says 2.8B)",
)

# ---------------- Encoders / enc-dec / vision / audio ----------------
add(
    "bert-base-uncased",
    "BERT base (uncased)",
    "BERT",
    "Google",
    "encoder",
    "google-bert/bert-base-uncased",
    shared(
        "google-bert__bert-base-uncased",
        "apratimshaw/bert-base-uncased",
        "86b5e0934494bd15c9632b12f734a8a67f723594",
    ),
    hfc("google-bert__bert-base-uncased"),
    None,
    "not set: only single-file fp32 sizes known (~110M per the BERT paper)",
)
add(
    "t5-base",
    "T5 base",
    "T5",
    "Google",
    "encoder-decoder",
    "google-t5/t5-base",
    shared("google-t5__t5-base", "amanroses22/t5base", "7b6da1f2918fbd35231373d1ad5599c9875c992c"),
    hfc("google-t5__t5-base"),
    None,
    "not set (~220M per the T5 paper)",
)
add(
    "vit-base-patch16-224-in21k",
    "ViT-Base/16 224 (ImageNet-21k, no classifier)",
    "ViT",
    "Google",
    "vision",
    "google/vit-base-patch16-224-in21k",
    shared(
        "google__vit-base-patch16-224-in21k",
        "bigdataai-lab/vit-base-patch16-224-in21k",
        "1ba429d32753f33a0660b80ac6f43a3c80c18938",
        note="ViTModel without a classification head (includes the pooler); google/vit-base-patch16-224 adds a 1000-class head - not sourced.",
    ),
    hfc("google__vit-base-patch16-224-in21k"),
    None,
    "not set",
)
add(
    "whisper-medium",
    "Whisper medium",
    "Whisper",
    "OpenAI",
    "audio",
    "openai/whisper-medium",
    shared("openai__whisper-medium", "randyyang30678/whisper-medium", "18530d7c5ce1083f21426064b85fbd1e24bd1858"),
    hfc("openai__whisper-medium"),
    None,
    "not set (769M per the Whisper paper/model card, rounded)",
)
add(
    "clip-vit-large-patch14",
    "CLIP ViT-L/14",
    "CLIP",
    "OpenAI",
    "vlm",
    "openai/clip-vit-large-patch14",
    {
        **gh("ourml/clip-vit-large-patch14", "352f696fa031fb4ce90e53dec6ddab4e48348543"),
        "note": "Repository carries a copy of the openai/clip-vit-large-patch14 model folder (config.json, model.safetensors, tokenizer) plus a handler; config read verbatim (it keeps the original file's text_config_dict/vision_config_dict and '_name_or_path': 'clip-vit-large-patch14/').",
    },
    json.load(open(SCRATCH / "cfg" / "clip-vit-large-patch14.json")),
    None,
    "not set (~428M, rounded, per public model listings)",
)


# ---------------- added from Hugging Face blob pages (docs corpus) ----------------
add(
    "gpt2",
    "GPT-2 (124M)",
    "GPT-2",
    "OpenAI",
    "llm",
    "openai-community/gpt2",
    {
        "url": "https://huggingface.co/openai-community/gpt2/blob/b57efa2c4b00d481a02466eccc3e48f7c3f4d86c/config.json",
        "repository": "openai-community/gpt2 (Hugging Face)",
        "path": "config.json",
        "commit": "b57efa2c4b00d481a02466eccc3e48f7c3f4d86c",
        "note": "The hub file (176 bytes, last changed in commit 703af34) as shown on the Hugging Face blob page; all other GPT2Config fields take transformers defaults (n_inner = 4*n_embd, gelu_new, tied lm_head).",
    },
    {
        "initializer_range": 0.02,
        "layer_norm_epsilon": 1e-05,
        "n_ctx": 1024,
        "n_embd": 768,
        "n_head": 12,
        "n_layer": 12,
        "n_positions": 1024,
        "vocab_size": 50257,
    },
    None,
    "not set (124M commonly quoted, rounded)",
)
add(
    "gpt2-medium",
    "GPT-2 medium (355M)",
    "GPT-2",
    "OpenAI",
    "llm",
    "openai-community/gpt2-medium",
    {
        "url": "https://huggingface.co/openai-community/gpt2-medium/blob/0a83037ef0c592124cd18d71189c5acb49dc661f/config.json",
        "repository": "openai-community/gpt2-medium (Hugging Face)",
        "path": "config.json",
        "commit": "0a83037ef0c592124cd18d71189c5acb49dc661f",
        "note": "The hub file (341 bytes) as shown on the Hugging Face blob page; unspecified GPT2Config fields take transformers defaults.",
    },
    {
        "architectures": ["GPT2LMHeadModel"],
        "attn_pdrop": 0.1,
        "embd_pdrop": 0.1,
        "initializer_range": 0.02,
        "layer_norm_epsilon": 1e-05,
        "n_ctx": 1024,
        "n_embd": 1024,
        "n_head": 16,
        "n_layer": 24,
        "n_positions": 1024,
        "n_special": 0,
        "predict_special_tokens": True,
        "resid_pdrop": 0.1,
        "vocab_size": 50257,
    },
    None,
    "not set (355M commonly quoted, rounded)",
)
add(
    "llama-2-13b",
    "Llama 2 13B",
    "Llama 2",
    "Meta",
    "llm",
    "meta-llama/Llama-2-13b-hf",
    {
        "url": "https://huggingface.co/ybkim95-ai/torchtune-med-llama-2-13b-hf/commit/b309566906872ca76f4d5df1f937b1695dc99c2e",
        "repository": "ybkim95-ai/torchtune-med-llama-2-13b-hf (Hugging Face)",
        "path": "config.json",
        "commit": "b309566906872ca76f4d5df1f937b1695dc99c2e",
        "note": "CAUTION: derivative copy. meta-llama/Llama-2-13b-hf is gated and its own page was not in the index; this torchtune fine-tune repository uploaded the base config unchanged ('_name_or_path': 'meta-llama/Llama-2-13b-hf', torch_dtype float16, transformers 4.32.0.dev0). Architecture keys agree with every other Llama-2-13B copy seen (40 layers, 5120 hidden, 13824 FFN, 40 KV heads, 4096 positions).",
    },
    {
        "_name_or_path": "meta-llama/Llama-2-13b-hf",
        "architectures": ["LlamaForCausalLM"],
        "bos_token_id": 1,
        "eos_token_id": 2,
        "hidden_act": "silu",
        "hidden_size": 5120,
        "initializer_range": 0.02,
        "intermediate_size": 13824,
        "max_position_embeddings": 4096,
        "model_type": "llama",
        "num_attention_heads": 40,
        "num_hidden_layers": 40,
        "num_key_value_heads": 40,
        "pretraining_tp": 1,
        "rms_norm_eps": 1e-05,
        "rope_scaling": None,
        "tie_word_embeddings": False,
        "torch_dtype": "float16",
        "transformers_version": "4.32.0.dev0",
        "use_cache": True,
        "vocab_size": 32000,
    },
    None,
    "not set (13B, rounded)",
)
add(
    "llama-2-70b",
    "Llama 2 70B",
    "Llama 2",
    "Meta",
    "llm",
    "meta-llama/Llama-2-70b-hf",
    {
        "url": "https://huggingface.co/TheBloke/Llama-2-70B-fp16/blob/refs%2Fpr%2F6/config.json",
        "repository": "TheBloke/Llama-2-70B-fp16 (Hugging Face)",
        "path": "config.json",
        "commit": "e9a40d7 (short id shown on the page; revision refs/pr/6)",
        "note": "CAUTION: derivative copy (fp16 re-upload of meta-llama/Llama-2-70b-hf, whose gated page was not in the index). '_name_or_path' names the original; 'pad_token_id': 0 is probably the re-uploader's addition. Architecture keys: 80 layers, 8192 hidden, 28672 FFN, 64 heads, 8 KV heads (GQA).",
    },
    {
        "_name_or_path": "meta-llama/Llama-2-70b-hf",
        "architectures": ["LlamaForCausalLM"],
        "bos_token_id": 1,
        "eos_token_id": 2,
        "hidden_act": "silu",
        "hidden_size": 8192,
        "initializer_range": 0.02,
        "intermediate_size": 28672,
        "max_position_embeddings": 4096,
        "model_type": "llama",
        "num_attention_heads": 64,
        "num_hidden_layers": 80,
        "num_key_value_heads": 8,
        "pad_token_id": 0,
        "pretraining_tp": 1,
        "rms_norm_eps": 1e-05,
        "rope_scaling": None,
        "tie_word_embeddings": False,
        "torch_dtype": "float16",
        "transformers_version": "4.32.0.dev0",
        "use_cache": True,
        "vocab_size": 32000,
    },
    None,
    "not set (70B, rounded)",
)

# ---------------- torchvision CNNs / ViT ----------------
TV = "https://github.com/pytorch/vision/blob/main/torchvision/models/{m}.py"
DOC = "https://pytorch.org/vision/stable/models/generated/torchvision.models.{f}.html"


def tv(id_, name, family, fn, module, spec, pp, verified, kind="cnn", key="cnn"):
    src = {
        "url": DOC.format(f=fn),
        "repository": "pytorch/vision",
        "path": f"torchvision/models/{module}.py",
        "commit": None,
        "note": (
            f"Architecture from torchvision's builder torchvision.models.{fn}(); num_params from the builder's default ImageNet-1K weights meta "
            f"({TV.format(m=module)}). " + verified
        ),
    }
    add(
        id_,
        name,
        family,
        "torchvision (PyTorch)",
        kind,
        None,
        src,
        None,
        pp,
        f"torchvision {fn} weights meta 'num_params': {pp} (also shown on {DOC.format(f=fn)})",
        **{key: spec},
    )


V_CODE = "Verified in this pass: the string '\"num_params\": {n}' occurs in torchvision's weights meta as indexed by the search tool."
V_DOCS = "Verified in this pass on the torchvision docs page (num_params {n})."
V_NONE = "Not re-verified in this pass (value as listed in torchvision's docs/code; cross-check when convenient)."
for d, pp in [(18, 11689512), (34, 21797672), (50, 25557032), (101, 44549160), (152, 60192808)]:
    tv(
        f"resnet{d}",
        f"ResNet-{d}",
        "ResNet",
        f"resnet{d}",
        "resnet",
        {"builder": "resnet", "depth": d},
        pp,
        V_DOCS.format(n=pp) if d == 50 else V_NONE,
    )
for d, pp in [(11, 132863336), (13, 133047848), (16, 138357544), (19, 143667240)]:
    tv(
        f"vgg{d}",
        f"VGG-{d}",
        "VGG",
        f"vgg{d}",
        "vgg",
        {"builder": "vgg", "depth": d, "batch_norm": False},
        pp,
        V_CODE.format(n=pp) if d == 16 else V_NONE,
    )
tv(
    "mobilenet-v2",
    "MobileNetV2",
    "MobileNet",
    "mobilenet_v2",
    "mobilenetv2",
    {"builder": "mobilenet_v2", "width_mult": 1.0},
    3504872,
    V_CODE.format(n=3504872),
)
tv(
    "densenet121",
    "DenseNet-121",
    "DenseNet",
    "densenet121",
    "densenet",
    {
        "builder": "densenet",
        "depth": 121,
        "growth_rate": 32,
        "block_config": [6, 12, 24, 16],
        "num_init_features": 64,
        "bn_size": 4,
    },
    7978856,
    V_CODE.format(n=7978856),
)
tv(
    "vit-b-16-torchvision",
    "ViT-B/16 (torchvision)",
    "ViT",
    "vit_b_16",
    "vision_transformer",
    {"builder": "torchvision_vit", "variant": "b_16"},
    86567656,
    V_CODE.format(n=86567656),
    kind="vision",
    key="vision",
)

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith(".json"):
        os.remove(OUT + f)
ids = [p["id"] for p in P]
assert len(ids) == len(set(ids))
for p in P:
    with open(OUT + p["id"] + ".json", "w") as f:
        json.dump(p, f, indent=2, ensure_ascii=False)
        f.write("\n")
print(len(P), "presets")
