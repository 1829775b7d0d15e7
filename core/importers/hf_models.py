"""Builders for the config.json families whose structure is not a Llama-style decoder block: GPT-2, GPT-NeoX,
GPT-J, Falcon, BLOOM, OPT (decoders with fused or parallel blocks and learned positions), BERT/RoBERTa, T5, BART,
Whisper (encoders and encoder-decoders), ViT and CLIP (vision) and Mamba. One function per family, registered in
BUILDERS; the vision-language families are in core/importers/hf_vlm.py."""

from __future__ import annotations

import math
from collections.abc import Callable

from core.architecture import (
    Architecture,
    AttentionSpec,
    AudioSpec,
    MlpSpec,
    Norm,
    Positions,
    Projector,
    SsmSpec,
    StackSpec,
    VisionSpec,
)
from core.errors import ModelFormatError
from core.importers.hf_decoder import dtype, positions_limit, tie
from core.importers.hf_families import FAMILIES, DecoderFamily
from core.importers.hf_reader import ConfigReader
from core.messages import Message


def _text_family(t: ConfigReader, text_mt: str) -> DecoderFamily:
    fam = FAMILIES.get(text_mt)
    if fam is None:
        raise ModelFormatError(
            t.source,
            Message(
                "import.text_family",
                "text_config.model_type '{model_type}' is not a family this version can read",
                model_type=text_mt,
            ),
        )
    return fam


def _gpt2(c: ConfigReader, mt: str, name: str) -> Architecture:
    h = c.int("n_embd", "hidden_size")
    heads = c.int("n_head")
    kv = 1 if mt == "gpt_bigcode" and c.bool("multi_query", default=True) else heads
    att = AttentionSpec(
        num_heads=heads,
        num_kv_heads=kv,
        head_dim=h // heads,
        q_bias=True,
        k_bias=True,
        v_bias=True,
        o_bias=True,
    )
    stack = StackSpec(
        num_layers=c.int("n_layer"),
        hidden_size=h,
        attention=att,
        mlp=MlpSpec(
            intermediate_size=c.opt_int("n_inner") or 4 * h,
            gated=False,
            activation=c.str("activation_function", default="gelu_new"),
            bias=True,
        ),
        norm=Norm.LAYER,
        hidden_dropout=c.rate("resid_pdrop", default=0.1),
        attention_dropout=c.rate("attn_pdrop", default=0.1),
    )
    n_pos = c.int("n_positions", "max_position_embeddings", default=1024)
    return Architecture(
        name=name,
        family=mt,
        kind="decoder",
        vocab_size=c.int("vocab_size"),
        tie_word_embeddings=tie(c, None, mt),
        positions=Positions.LEARNED,
        max_positions=n_pos,
        learned_position_rows=n_pos,
        decoder=stack,
        published_dtype=dtype(c),
    )


def _gpt_neox(c: ConfigReader, mt: str, name: str) -> Architecture:
    h = c.int("hidden_size")
    heads = c.int("num_attention_heads")
    bias = c.bool("attention_bias", default=True)
    att = AttentionSpec.mha(heads, h, bias=bias)
    stack = StackSpec(
        num_layers=c.int("num_hidden_layers"),
        hidden_size=h,
        attention=att,
        mlp=MlpSpec(
            intermediate_size=c.int("intermediate_size"),
            gated=False,
            activation=c.str("hidden_act", default="gelu"),
            bias=True,
        ),
        norm=Norm.LAYER,
        parallel_block=c.bool("use_parallel_residual", default=True),
    )
    return Architecture(
        name=name,
        family=mt,
        kind="decoder",
        vocab_size=c.int("vocab_size"),
        tie_word_embeddings=tie(c, None, mt),
        max_positions=positions_limit(c),
        decoder=stack,
        published_dtype=dtype(c),
    )


def _gptj(c: ConfigReader, mt: str, name: str) -> Architecture:
    h = c.int("n_embd")
    heads = c.int("n_head")
    att = AttentionSpec(num_heads=heads, num_kv_heads=heads, head_dim=h // heads)
    stack = StackSpec(
        num_layers=c.int("n_layer"),
        hidden_size=h,
        attention=att,
        mlp=MlpSpec(intermediate_size=c.opt_int("n_inner") or 4 * h, gated=False, activation="gelu_new", bias=True),
        norm=Norm.LAYER,
        norms_per_layer=1,
        parallel_block=True,
    )
    return Architecture(
        name=name,
        family=mt,
        kind="decoder",
        vocab_size=c.int("vocab_size"),
        tie_word_embeddings=tie(c, None, mt),
        lm_head_bias=True,
        max_positions=c.int("n_positions", default=2048),
        decoder=stack,
        published_dtype=dtype(c),
    )


def _falcon(c: ConfigReader, mt: str, name: str) -> Architecture:
    h = c.int("hidden_size")
    heads = c.int("num_attention_heads", "n_head")
    # RefinedWeb (Falcon-40B's remote code) names its kv heads n_head_kv; a config that has them is the 40B-style
    # decoder (ln_attn + ln_mlp, grouped kv), which transformers' FalconConfig calls new_decoder_architecture
    new_arch = c.bool("new_decoder_architecture", default=mt == "RefinedWeb" and c.has("n_head_kv"))
    if new_arch:
        kv = c.int("num_kv_heads", "n_head_kv", default=heads)
        norms = c.int("num_ln_in_parallel_attn", default=2, note=False)
    else:
        kv = 1 if c.bool("multi_query", default=True) else heads
        norms = 1 if c.bool("parallel_attn", default=True) else 2
    bias = c.bool("bias", default=False)
    att = AttentionSpec(
        num_heads=heads,
        num_kv_heads=kv,
        head_dim=h // heads,
        q_bias=bias,
        k_bias=bias,
        v_bias=bias,
        o_bias=bias,
    )
    stack = StackSpec(
        num_layers=c.int("num_hidden_layers", "n_layer"),
        hidden_size=h,
        attention=att,
        mlp=MlpSpec(
            intermediate_size=c.int("ffn_hidden_size", default=4 * h, note=False),
            gated=False,
            activation="gelu",
            bias=bias,
        ),
        norm=Norm.LAYER,
        norms_per_layer=norms,
        parallel_block=new_arch or c.bool("parallel_attn", default=True),
    )
    alibi = c.bool("alibi", default=False)
    return Architecture(
        name=name,
        family=mt,
        kind="decoder",
        vocab_size=c.int("vocab_size"),
        tie_word_embeddings=tie(c, None, mt),
        positions=Positions.ALIBI if alibi else Positions.ROPE,
        max_positions=c.int("max_position_embeddings", default=2048, note=False),
        decoder=stack,
        published_dtype=dtype(c),
    )


def _bloom(c: ConfigReader, mt: str, name: str) -> Architecture:
    h = c.int("hidden_size", "n_embed")
    heads = c.int("n_head", "num_attention_heads")
    att = AttentionSpec.mha(heads, h)
    stack = StackSpec(
        num_layers=c.int("n_layer", "num_hidden_layers"),
        hidden_size=h,
        attention=att,
        mlp=MlpSpec(intermediate_size=4 * h, gated=False, activation="gelu", bias=True),
        norm=Norm.LAYER,
    )
    return Architecture(
        name=name,
        family=mt,
        kind="decoder",
        vocab_size=c.int("vocab_size"),
        tie_word_embeddings=tie(c, None, mt),
        positions=Positions.ALIBI,
        max_positions=2048,
        embedding_norm=True,
        decoder=stack,
        published_dtype=dtype(c),
    )


def _opt(c: ConfigReader, mt: str, name: str) -> Architecture:
    h = c.int("hidden_size")
    heads = c.int("num_attention_heads")
    bias = c.bool("enable_bias", default=True)
    affine = c.bool("layer_norm_elementwise_affine", default=True)
    att = AttentionSpec.mha(heads, h, bias=bias)
    before = c.bool("do_layer_norm_before", default=True)
    final = before and not c.bool("_remove_final_layer_norm", default=False)
    stack = StackSpec(
        num_layers=c.int("num_hidden_layers"),
        hidden_size=h,
        attention=att,
        mlp=MlpSpec(intermediate_size=c.int("ffn_dim"), gated=False, activation="relu", bias=bias),
        norm=Norm.LAYER if affine else Norm.LAYER_NOBIAS,
        norms_per_layer=2 if affine else 0,
        final_norm=final and affine,
        # OPTDecoderLayer drops out both residual branches at config.dropout (OPTConfig's default 0.1) and the
        # attention probabilities at config.attention_dropout (default 0.0)
        hidden_dropout=c.rate("dropout", default=0.1),
        attention_dropout=c.rate("attention_dropout", default=0.0),
    )
    proj = c.int("word_embed_proj_dim", default=h, note=False)
    n_pos = c.int("max_position_embeddings")
    return Architecture(
        name=name,
        family=mt,
        kind="decoder",
        vocab_size=c.int("vocab_size"),
        tie_word_embeddings=tie(c, None, mt),
        positions=Positions.LEARNED,
        max_positions=n_pos,
        learned_position_rows=n_pos + 2,
        embedding_projection=proj if proj != h else None,
        decoder=stack,
        published_dtype=dtype(c),
    )


def _bert(c: ConfigReader, mt: str, name: str) -> Architecture:
    h = c.int("hidden_size")
    stack = StackSpec.encoder(
        c.int("num_hidden_layers"),
        h,
        c.int("num_attention_heads"),
        c.int("intermediate_size"),
        activation=c.str("hidden_act", default="gelu"),
        final_norm=False,
        hidden_dropout=c.rate("hidden_dropout_prob", default=0.1),
        attention_dropout=c.rate("attention_probs_dropout_prob", default=0.1),
    )
    n_pos = c.int("max_position_embeddings", default=512)
    return Architecture(
        name=name,
        family=mt,
        kind="encoder",
        vocab_size=c.int("vocab_size"),
        lm_head=False,
        positions=Positions.LEARNED,
        max_positions=n_pos,
        encoder_learned_position_rows=n_pos,
        token_type_vocab=c.int("type_vocab_size", default=2, note=False),
        embedding_norm=True,
        pooler=True,
        encoder=stack,
        published_dtype=dtype(c),
    )


def _t5(c: ConfigReader, mt: str, name: str) -> Architecture:
    h = c.int("d_model")
    heads = c.int("num_heads")
    proj = c.str("feed_forward_proj", default="relu")
    gated = proj.startswith("gated-")
    att = AttentionSpec(num_heads=heads, num_kv_heads=heads, head_dim=c.int("d_kv"))
    mlp = MlpSpec(intermediate_size=c.int("d_ff"), gated=gated, activation=proj.removeprefix("gated-"))
    buckets = c.int("relative_attention_num_buckets", default=32, note=False)
    layers = c.int("num_layers")
    enc = StackSpec(
        num_layers=layers,
        hidden_size=h,
        attention=att,
        mlp=mlp,
        causal=False,
        relative_attention_buckets=buckets,
    )
    dec = StackSpec(
        num_layers=c.int("num_decoder_layers", default=layers, note=False),
        hidden_size=h,
        attention=att,
        mlp=mlp,
        norms_per_layer=3,
        cross_attention=True,
        relative_attention_buckets=buckets,
    )
    return Architecture(
        name=name,
        family=mt,
        kind="encoder-decoder",
        vocab_size=c.int("vocab_size"),
        tie_word_embeddings=tie(c, None, mt),
        positions=Positions.RELATIVE,
        max_positions=c.int("n_positions", default=512, note=False),
        encoder=enc,
        decoder=dec,
        published_dtype=dtype(c),
    )


def _bart(c: ConfigReader, mt: str, name: str) -> Architecture:
    h = c.int("d_model")

    def stack(prefix: str, cross: bool) -> StackSpec:
        heads = c.int(f"{prefix}_attention_heads")
        att = AttentionSpec.mha(heads, h)
        return StackSpec(
            num_layers=c.int(f"{prefix}_layers"),
            hidden_size=h,
            attention=att,
            mlp=MlpSpec(
                intermediate_size=c.int(f"{prefix}_ffn_dim"),
                gated=False,
                activation=c.str("activation_function", default="gelu"),
                bias=True,
            ),
            norm=Norm.LAYER,
            norms_per_layer=3 if cross else 2,
            final_norm=False,
            causal=cross,
            cross_attention=cross,
        )

    n_pos = c.int("max_position_embeddings")
    return Architecture(
        name=name,
        family=mt,
        kind="encoder-decoder",
        vocab_size=c.int("vocab_size"),
        tie_word_embeddings=tie(c, None, mt),
        positions=Positions.LEARNED,
        max_positions=n_pos,
        learned_position_rows=n_pos + 2,
        encoder_learned_position_rows=n_pos + 2,
        embedding_norm=True,
        encoder=stack("encoder", False),
        decoder=stack("decoder", True),
        published_dtype=dtype(c),
    )


def _whisper(c: ConfigReader, mt: str, name: str) -> Architecture:
    h = c.int("d_model")

    def stack(prefix: str, cross: bool) -> StackSpec:
        heads = c.int(f"{prefix}_attention_heads")
        att = AttentionSpec.mha(heads, h, k_bias=False)
        return StackSpec(
            num_layers=c.int(f"{prefix}_layers"),
            hidden_size=h,
            attention=att,
            mlp=MlpSpec(intermediate_size=c.int(f"{prefix}_ffn_dim"), gated=False, activation="gelu", bias=True),
            norm=Norm.LAYER,
            norms_per_layer=3 if cross else 2,
            causal=cross,
            cross_attention=cross,
        )

    src = c.int("max_source_positions", default=1500, note=False)
    tgt = c.int("max_target_positions", default=448, note=False)
    return Architecture(
        name=name,
        family=mt,
        kind="encoder-decoder",
        vocab_size=c.int("vocab_size"),
        tie_word_embeddings=tie(c, None, mt),
        positions=Positions.LEARNED,
        max_positions=tgt,
        learned_position_rows=tgt,
        encoder_learned_position_rows=src,
        audio=AudioSpec(num_mel_bins=c.int("num_mel_bins", default=80, note=False), max_source_positions=src),
        encoder=stack("encoder", False),
        decoder=stack("decoder", True),
        published_dtype=dtype(c),
    )


def _vit_stack(v: ConfigReader, norm: Norm = Norm.LAYER, qkv_bias: bool = True) -> StackSpec:
    h = v.int("hidden_size", "embed_dim", "width")
    heads = v.int("num_attention_heads", "num_heads")
    att = AttentionSpec(
        num_heads=heads,
        num_kv_heads=heads,
        head_dim=h // heads,
        q_bias=qkv_bias,
        k_bias=qkv_bias,
        v_bias=qkv_bias,
        o_bias=True,
    )
    return StackSpec(
        num_layers=v.int("num_hidden_layers", "depth", "layers"),
        hidden_size=h,
        attention=att,
        mlp=MlpSpec(
            intermediate_size=v.int("intermediate_size", default=4 * h, note=False),
            gated=False,
            activation=v.str("hidden_act", default="gelu"),
            bias=True,
        ),
        norm=norm,
        causal=False,
    )


def _vit(c: ConfigReader, mt: str, name: str) -> Architecture:
    stack = _vit_stack(c, qkv_bias=c.bool("qkv_bias", default=True))
    vision = VisionSpec(
        image_size=c.int("image_size", default=224, note=False),
        patch_size=c.int("patch_size", default=16, note=False),
        in_channels=c.int("num_channels", default=3, note=False),
        pooler=True,
        stack=stack,
    )
    return Architecture(name=name, family=mt, kind="vision", lm_head=False, vision=vision, published_dtype=dtype(c))


def _clip_vision(v: ConfigReader) -> VisionSpec:
    stack = _vit_stack(v)
    return VisionSpec(
        image_size=v.int("image_size", default=224, note=False),
        patch_size=v.int("patch_size", default=32, note=False),
        in_channels=v.int("num_channels", default=3, note=False),
        patch_bias=False,
        class_token=True,
        learned_positions=True,
        pre_norm=True,
        stack=stack,
    )


def _clip(c: ConfigReader, mt: str, name: str) -> Architecture:
    t = c.sub("text_config")
    v = c.sub("vision_config")
    proj = c.int("projection_dim", default=512)
    vision = _clip_vision(v).model_copy(update={"projector": Projector(kind="linear", output_size=proj, bias=False)})
    text = _vit_stack(t).model_copy(update={"causal": True})
    n_pos = t.int("max_position_embeddings", default=77, note=False)
    return Architecture(
        name=name,
        family=mt,
        kind="encoder",
        vocab_size=t.int("vocab_size", default=49408),
        lm_head=False,
        positions=Positions.LEARNED,
        max_positions=n_pos,
        encoder_learned_position_rows=n_pos,
        text_projection_dim=proj,
        encoder=text,
        vision=vision,
        extra_params=1,
        published_dtype=dtype(c),
    )


def _mamba(c: ConfigReader, mt: str, name: str) -> Architecture:
    h = c.int("hidden_size", "d_model")
    rank = c.get("time_step_rank", default="auto", note=False)
    ssm = SsmSpec(
        num_layers=c.int("num_hidden_layers", "n_layer"),
        hidden_size=h,
        state_size=c.int("state_size", default=16),
        intermediate_size=c.int("intermediate_size", default=h * c.int("expand", default=2)),
        conv_kernel=c.int("conv_kernel", default=4),
        time_step_rank=math.ceil(h / 16) if rank == "auto" else c.int("time_step_rank"),
        bias=c.bool("use_bias", default=False),
        conv_bias=c.bool("use_conv_bias", default=True),
    )
    return Architecture(
        name=name,
        family=mt,
        kind="ssm",
        vocab_size=c.int("vocab_size"),
        tie_word_embeddings=tie(c, None, mt),
        positions=Positions.NONE,
        max_positions=1_048_576,
        ssm=ssm,
        published_dtype=dtype(c),
    )


BUILDERS: dict[str, Callable[[ConfigReader, str, str], Architecture]] = {
    "gpt2": _gpt2,
    "gpt_bigcode": _gpt2,
    "gpt_neox": _gpt_neox,
    "gptj": _gptj,
    "falcon": _falcon,
    "RefinedWebModel": _falcon,
    "RefinedWeb": _falcon,
    "bloom": _bloom,
    "opt": _opt,
    "bert": _bert,
    "roberta": _bert,
    "t5": _t5,
    "mt5": _t5,
    "umt5": _t5,
    "bart": _bart,
    "whisper": _whisper,
    "vit": _vit,
    "clip": _clip,
    "mamba": _mamba,
}
