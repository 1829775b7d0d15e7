"""transformers' own parameter count for each decoder family's *default* config (its config class with no
arguments, cut to 4 layers), built on the meta device: a second oracle for the family table, covering families
the real-config corpus has no file for (dev-only; needs torch + transformers).

    python tools/oracle/default_configs.py --out tests/data/param_oracle/default_configs.json

Families transformers cannot build this way (remote code, or a default that does not build) are recorded with the
reason.

`variants` (below): the same families at the dimensions of published checkpoints, full depth, for families whose
real config.json the corpus does not have yet. Each is transformers' count of those dimensions, not a checkpoint's
tensor list: the dimensions were transcribed (by others, not byte for byte) from the published configs; the source
of each is named beside it."""

import argparse
import json
import os
import sys
import warnings
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
warnings.filterwarnings("ignore")

import torch  # noqa: E402
import transformers  # noqa: E402
from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForImageTextToText  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


_GRANITE_4_LAYERS = (["mamba"] * 5 + ["attention"] + ["mamba"] * 9 + ["attention"] + ["mamba"] * 9 + ["attention"]
                     + ["mamba"] * 9 + ["attention"] + ["mamba"] * 4)  # fmt: skip
_GRANITE_4_COMMON = {
    "hidden_size": 1536, "num_hidden_layers": 40, "num_attention_heads": 12, "num_key_value_heads": 4,
    "vocab_size": 100352, "tie_word_embeddings": True, "mamba_d_state": 128, "mamba_n_groups": 1, "mamba_n_heads": 48,
    "mamba_d_head": 64, "mamba_expand": 2, "mamba_d_conv": 4, "mamba_chunk_size": 256,
    "max_position_embeddings": 131072, "layer_types": _GRANITE_4_LAYERS,
}  # fmt: skip
# name → (model_type, config keys). Sources of the dimensions:
# - Granite-4.0-H-Tiny / -H-1B: the GRANITE_H_TINY_HF / GRANITE_H_1B_HF fixtures of a public test suite that quotes
#   ibm-granite/granite-4.0-h-tiny and ibm-granite/granite-4.0-h-1b config.json (abridged); cards: 7B total / 1B
#   active, and 1.5B.
# - Falcon-H1-0.5B: FALCON_H1_500M_CONFIG in NVIDIA Megatron-Bridge's Falcon-H1 bridge test (the keys of
#   tiiuae/Falcon-H1-0.5B's config.json as that test transcribes them, mamba_d_ssm missing: added here as
#   mamba_n_heads × mamba_d_head = 1,536, the value the bridge writes back and the only one transformers accepts);
#   Falcon-H1-7B: FALCON_H1_7B_HF of the same suite as Granite (abridged). Depth, width and heads of both agree with
#   the table in transformers' docs/source/en/model_doc/falcon_h1.md.
# These counts are transformers' builds of the transcribed dimensions, not checkpoints' tensor lists.
VARIANTS: dict[str, tuple[str, dict]] = {
    "granite-4.0-h-tiny (dims)": ("granitemoehybrid", {
        **_GRANITE_4_COMMON, "intermediate_size": 512, "shared_intermediate_size": 1024, "num_local_experts": 64,
        "num_experts_per_tok": 6}),
    "granite-4.0-h-1b (dims)": ("granitemoehybrid", {
        **_GRANITE_4_COMMON, "intermediate_size": 4096, "shared_intermediate_size": 4096, "num_local_experts": 0,
        "num_experts_per_tok": 0}),
    "Falcon-H1-0.5B (dims)": ("falcon_h1", {
        "attention_bias": False, "attention_in_multiplier": 1.0, "attention_out_multiplier": 0.9375,
        "embedding_multiplier": 5.656854249492381, "head_dim": 64, "hidden_act": "silu", "hidden_size": 1024,
        "intermediate_size": 2048, "key_multiplier": 0.39062499999999994, "lm_head_multiplier": 0.0390625,
        "mamba_chunk_size": 128, "mamba_conv_bias": True, "mamba_d_conv": 4, "mamba_d_head": 64, "mamba_d_state": 128,
        "mamba_d_ssm": 1536, "mamba_expand": 2, "mamba_n_groups": 1, "mamba_n_heads": 24,
        "mamba_norm_before_gate": False,
        "mamba_proj_bias": False, "mamba_rms_norm": False, "max_position_embeddings": 16384, "mlp_bias": False,
        "mlp_multipliers": [0.8838834764831844, 0.5859375], "num_attention_heads": 8, "num_hidden_layers": 36,
        "num_key_value_heads": 2, "projectors_bias": False, "ssm_in_multiplier": 1.25,
        "ssm_multipliers": [0.3535533905932738, 0.25, 0.3535533905932738, 0.5, 0.3535533905932738],
        "ssm_out_multiplier": 0.23570226039551587, "tie_word_embeddings": False, "vocab_size": 32784}),
    "Falcon-H1-7B (dims)": ("falcon_h1", {
        "hidden_size": 3072, "num_hidden_layers": 44, "num_attention_heads": 12, "num_key_value_heads": 2,
        "head_dim": 128, "intermediate_size": 12288, "vocab_size": 130048, "tie_word_embeddings": False,
        "mamba_d_state": 256, "mamba_n_groups": 1, "mamba_n_heads": 24, "mamba_d_head": 128, "mamba_d_ssm": 3072,
        "mamba_expand": 2, "mamba_d_conv": 4, "mamba_chunk_size": 128, "max_position_embeddings": 262144}),
}  # fmt: skip
# GLM-4.6 (zai-org/GLM-4.6, glm4_moe; no verbatim config.json found, tests/data/param_oracle/SOURCES.md): every key
# that sizes it as the load log of ubergarm's GLM-4.6 GGUF prints it (ik_llama.cpp discussion #816,
# https://github.com/ikawrakow/ik_llama.cpp/discussions/816: "general.name str = GLM 4.6", "glm4moe.block_count u32 =
# 93", "glm4moe.nextn_predict_layers u32 = 1", "glm4moe.context_length u32 = 202752", "glm4moe.embedding_length u32 =
# 5120", "glm4moe.feed_forward_length u32 = 12288", "glm4moe.attention.head_count u32 = 96", "head_count_kv u32 = 8",
# "glm4moe.attention.key_length u32 = 128", "glm4moe.rope.dimension_count u32 = 64", "glm4moe.expert_count u32 =
# 160", "glm4moe.expert_feed_forward_length u32 = 1536", "glm4moe.expert_shared_count u32 = 1",
# "glm4moe.expert_used_count u32 = 8", "glm4moe.leading_dense_block_count u32 = 3", "glm4moe.expert_weights_scale
# f32 = 2.500000", "glm4moe.expert_weights_norm bool = true", "glm4moe.rope.freq_base f32 = 1000000.000000",
# "layer_norm_rms_epsilon f32 = 0.000010", "tokenizer.ggml.tokens arr[str,151552]", "n_vocab = 151552"; its blk.92
# listing has attn_q.bias / attn_k.bias / attn_v.bias and attn_q_norm / attn_k_norm). The untied head: the log's
# "repeating layers = ... 355.234 B parameters" line, which ik_llama.cpp prints only when the file has both
# token_embd.weight and output.weight, is 1.552 B (two 151,552 x 5,120 matrices) below "model params = 356.786 B";
# q/k norms in every layer: "loaded meta data with 50 key-value pairs and 1759 tensors" (tests/core/
# test_params_published.py test_glm_4_6_against_its_gguf_load_log works both out by hand).
VARIANTS["GLM-4.6 (dims, from its GGUF load log)"] = ("glm4_moe", {
    "attention_bias": True, "head_dim": 128, "hidden_size": 5120, "partial_rotary_factor": 0.5,
    "intermediate_size": 12288, "max_position_embeddings": 202752, "moe_intermediate_size": 1536,
    "norm_topk_prob": True, "num_attention_heads": 96, "n_routed_experts": 160, "n_shared_experts": 1,
    "routed_scaling_factor": 2.5, "num_experts_per_tok": 8, "first_k_dense_replace": 3, "num_hidden_layers": 92,
    "num_key_value_heads": 8, "rms_norm_eps": 1e-05, "rope_theta": 1000000, "num_nextn_predict_layers": 1,
    "tie_word_embeddings": False, "use_qk_norm": True, "vocab_size": 151552,
})  # fmt: skip
# Gemma 4's small-model structure (per-layer inputs, kv-shared last layers with double-wide MLPs) on the text model
# of a real Gemma 4 config (the corpus's nvidia/Gemma-4-31B-IT-NVFP4 text_config; no published config of a small
# Gemma 4 was found): transformers' count of that structure, not of a published checkpoint.
_GEMMA4_31B = json.loads(
    (REPO / "tests/data/param_oracle/configs/nvidia__Gemma-4-31B-IT-NVFP4/config.json").read_text()
)["text_config"]
VARIANTS["gemma-4 31B text + per-layer inputs, 20 kv-shared layers, double-wide MLP"] = ("gemma4_text", {
    **{k: v for k, v in _GEMMA4_31B.items() if k not in ("model_type", "dtype")},
    "hidden_size_per_layer_input": 256, "num_kv_shared_layers": 20, "use_double_wide_mlp": True,
})  # fmt: skip


# The full Gemma 3n (Gemma3nForConditionalGeneration: text model, timm's MobileNetV5 vision tower, USM audio encoder,
# two multimodal embedders). No verbatim google/gemma-3n-E2B or -E4B config.json was found in a public mirror
# (SOURCES.md); the keys below are the published structure as others transcribed it: E4B is transformers' own default
# Gemma3nConfig (its docstring names google/gemma-3n-E4B), E2B changes the text model to 30 layers, FFN 8192 and 10
# kv-shared layers, as github:Kuba-csproj/ai-edge-torch@1d663aa5fe9379f66394ba407afa6b8b719d9163
# ai_edge_torch/generative/examples/gemma3n/gemma3n.py get_model_config_e2b / get_model_config_e4b write them (both:
# hidden 2048, 8 heads, 2 kv heads, head_dim 256, every 5th layer global, sliding window 512, vocab 262,400,
# per-layer inputs 256 over 262,144 rows, LAuReL rank 64, 4 AltUp streams; E2B 30 layers, FFN 8192, 10 kv-shared,
# sparsity 0.95 on the first 10; E4B 35, 16384, 15, the first 10). The towers' keys are transformers' defaults, which
# are the released ones (vision mobilenetv5_300m_enc, 2048 wide; audio 1536 wide, 12 conformer blocks). Needs timm:
# see _import_timm.
def _gemma3n_keys(layers: int, ffn: int, shared: int) -> dict:
    return {
        "architectures": ["Gemma3nForConditionalGeneration"],
        "text_config": {
            "model_type": "gemma3n_text", "hidden_size": 2048, "num_hidden_layers": layers,
            "intermediate_size": [ffn] * layers, "num_attention_heads": 8, "num_key_value_heads": 2, "head_dim": 256,
            "vocab_size": 262400, "vocab_size_per_layer_input": 262144, "hidden_size_per_layer_input": 256,
            "num_kv_shared_layers": shared, "laurel_rank": 64, "altup_num_inputs": 4, "altup_active_idx": 0,
            "altup_coef_clip": 120.0, "altup_correct_scale": True, "sliding_window": 512,
            "layer_types": ["full_attention" if (i + 1) % 5 == 0 else "sliding_attention" for i in range(layers)],
            "activation_sparsity_pattern": [0.95] * 10 + [0.0] * (layers - 10), "final_logit_softcapping": 30.0,
            "hidden_activation": "gelu_pytorch_tanh", "max_position_embeddings": 32768, "rms_norm_eps": 1e-06,
            "tie_word_embeddings": True,
        },
        "vision_config": {
            "model_type": "gemma3n_vision", "architecture": "mobilenetv5_300m_enc", "hidden_size": 2048,
            "vocab_size": 128, "vocab_offset": 262144, "rms_norm_eps": 1e-06, "do_pooling": True, "model_args": None,
        },
        "audio_config": {
            "model_type": "gemma3n_audio", "input_feat_size": 128, "hidden_size": 1536, "conf_num_attention_heads": 8,
            "conf_num_hidden_layers": 12, "conf_attention_chunk_size": 12, "conf_attention_context_left": 13,
            "conf_attention_context_right": 0, "conf_attention_logit_cap": 50.0, "conf_conv_kernel_size": 5,
            "conf_reduction_factor": 4, "conf_residual_weight": 0.5, "gradient_clipping": 10000000000.0,
            "sscp_conv_channel_size": [128, 32], "sscp_conv_group_norm_eps": 0.001,
            "sscp_conv_kernel_size": [[3, 3], [3, 3]], "sscp_conv_stride_size": [[2, 2], [2, 2]], "vocab_size": 128,
            "vocab_offset": 262272, "rms_norm_eps": 1e-06,
        },
        "audio_soft_tokens_per_image": 188, "vision_soft_tokens_per_image": 256, "tie_word_embeddings": True,
    }  # fmt: skip


VARIANTS["gemma-3n E4B (dims, full model with vision and audio towers)"] = ("gemma3n", _gemma3n_keys(35, 16384, 15))
VARIANTS["gemma-3n E2B (dims, full model with vision and audio towers)"] = ("gemma3n", _gemma3n_keys(30, 8192, 10))

_TORCHVISION_DEF = None  # keeps the torchvision op schemas below alive (a Library is unregistered when collected)


def _import_timm():
    """timm (transformers' TimmWrapperModel builds the Gemma 3n vision tower with it) imports torchvision. The only
    torchvision wheel the package index offers beside this CPU torch 2.13 is the CUDA build (0.28.0+cu130), whose C
    ops cannot load; its Python package then fails on registering fake kernels for two ops it never defined
    (torchvision::nms, qnms). Declaring those two schemas lets it import; nothing counted here calls them, and with a
    matching torchvision the first import succeeds and this does nothing. Installed outside the oracle venv:
        pip install --no-deps --target /tmp/timm-site timm==1.0.31 torchvision==0.28.0 pillow
        PYTHONPATH=/tmp/timm-site python tools/oracle/default_configs.py --out ...
    """
    global _TORCHVISION_DEF
    try:
        import timm
    except RuntimeError as exc:
        if "torchvision::nms" not in str(exc):
            raise
        for name in [m for m in sys.modules if m.split(".")[0] in ("torchvision", "timm")]:
            del sys.modules[name]
        _TORCHVISION_DEF = torch.library.Library("torchvision", "DEF")
        _TORCHVISION_DEF.define("nms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor")
        _TORCHVISION_DEF.define("qnms(Tensor qdets, Tensor scores, float iou_threshold) -> Tensor")
        import timm
    return timm


def timm_towers() -> dict:
    """Each MobileNetV5 timm knows, as TimmWrapperModel builds it (num_classes=0) on meta: parameters, buffers,
    num_features, pretrained_cfg input size and the forward_features shape at that input (core/importers/hf_gemma3n.py
    TIMM_TOWERS holds these)."""
    timm = _import_timm()
    import torchvision

    out: dict = {"timm": timm.__version__, "torchvision": torchvision.__version__, "architectures": {}}
    for name in timm.list_models("mobilenetv5*"):
        with torch.device("meta"):
            m = timm.create_model(name, pretrained=False, num_classes=0)
            size = m.pretrained_cfg["input_size"]
            features = m.forward_features(torch.empty(1, *size))
        out["architectures"][name] = {
            "params": sum(p.numel() for p in m.parameters()),
            "buffers": sum(b.numel() for b in m.buffers()),
            "num_features": m.num_features,
            "input_size": list(size),
            "forward_features_shape": list(features.shape),
        }
    return out


def build(mt: str, keys: dict | None = None) -> dict:
    cfg = AutoConfig.for_model(mt, **(keys or {}))
    if keys is None and getattr(cfg, "num_hidden_layers", 0) and cfg.num_hidden_layers > 4:
        cfg.num_hidden_layers = 4
        try:
            if getattr(cfg, "layer_types", None):
                cfg.layer_types = cfg.layer_types[:4]
        except AttributeError:  # a read-only property derived from num_hidden_layers (Falcon-H1)
            pass
        if getattr(cfg, "num_attention_heads_per_layer", None):  # Laguna: one head count per layer
            cfg.num_attention_heads_per_layer = cfg.num_attention_heads_per_layer[:4]
    towers = getattr(cfg, "vision_config", None) is not None or getattr(cfg, "audio_config", None) is not None
    if towers:
        _import_timm()
    with torch.device("meta"):
        model = (AutoModelForImageTextToText if towers else AutoModelForCausalLM).from_config(cfg)
    model.tie_weights()
    out = {
        "class": type(model).__name__,
        "total": sum(p.numel() for p in model.parameters()),
        "config": json.loads(cfg.to_json_string(use_diff=False)),
    }
    if towers:  # the towers' share, by module (model.vision_tower, model.audio_tower, model.embed_vision ...)
        by_module: dict[str, int] = {}
        for name, p in model.named_parameters():
            key = ".".join(name.split(".")[:2])
            by_module[key] = by_module.get(key, 0) + p.numel()
        out["by_module"] = dict(sorted(by_module.items()))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    from core.importers.hf_families import FAMILIES

    _import_timm()  # first: transformers imports torchvision wherever it is installed (needed for Gemma 3n below)

    out = {"_about": {"command": "python tools/oracle/default_configs.py --out " + str(args.out),
                      "torch": torch.__version__, "transformers": transformers.__version__}}  # fmt: skip
    for mt in FAMILIES:
        try:
            try:
                out[mt] = build(mt)
            except ValueError:  # a default whose structure needs its full depth (Gemma 3n's KV sharing)
                out[mt] = build(mt, {})
        except Exception as exc:  # recorded as the reason this family has no default-config figure
            out[mt] = {"skipped": f"{type(exc).__name__}: {str(exc)[:160]}"}
        print(mt, out[mt].get("total", out[mt].get("skipped")), flush=True)
    out["timm_towers"] = timm_towers()
    print("timm_towers", out["timm_towers"], flush=True)
    out["variants"] = {}
    for name, (mt, keys) in VARIANTS.items():
        out["variants"][name] = {"model_type": mt, "keys": keys, **build(mt, keys)}
        print(name, out["variants"][name]["total"], flush=True)
    args.out.write_text(json.dumps(out, indent=1, sort_keys=True, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
