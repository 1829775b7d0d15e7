"""Builders for vision-language configs: Qwen2-VL / Qwen2.5-VL, Qwen3-VL and Qwen3.5 (with their towers), LLaVA,
Gemma 3 and 4, Llama 4, Mistral 3 (Pixtral), LFM2-VL (SigLIP2), Muse-Glimmer, InternVL, EXAONE 4.5, Kimi-K2.5 (MoonViT),
Hunyuan-VL and jina-vlm. The text model is read by the generic decoder reader from the family table; a tower is data
(VisionSpec, Projector). One function per family, registered in BUILDERS (merged with core/importers/hf_models.py's
by the config reader)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from typing import Literal

from core.architecture import (
    Architecture,
    AttentionSpec,
    MlpSpec,
    Norm,
    Projector,
    ProjectorLayer,
    StackSpec,
    VisionSpec,
)
from core.errors import ModelFormatError
from core.importers.hf_decoder import decoder_lm, dtype, positions_limit, tie
from core.importers.hf_decoder import stack as decoder_stack
from core.importers.hf_families import FAMILIES, DecoderFamily, code_traits
from core.importers.hf_models import _clip_vision, _text_family, _vit_stack
from core.importers.hf_reader import ConfigReader
from core.messages import Message


def unbuilt_tower(source: str, model_type: str, towers: str) -> ModelFormatError:
    """The refusal of a wrapper whose tower (named by its config keys) this version cannot build: a total without it
    would be wrong."""
    return ModelFormatError(
        source,
        Message(
            "import.unbuilt_tower",
            "model_type '{model_type}' wraps a text model with {towers}: this version cannot build that "
            "tower, and a total without it would be wrong; refused (the text model alone can be sized by "
            "importing its text_config as a config.json of its own)",
            model_type=model_type,
            towers=towers,
        ),
    )


def _merger_tower(
    v: ConfigReader,
    vstack: StackSpec,
    *,
    image_size: int,
    patch_keys: tuple[str, ...] = ("patch_size",),
    patch_default: int = 14,
    channel_keys: tuple[str, ...] = ("in_channels",),
    position_rows: int | None = None,
    output_size: int,
    norm: Norm,
    deepstack: int = 0,
) -> VisionSpec:
    """The Qwen-VL tower's shape (Qwen2-VL, Qwen2.5-VL, Qwen3-VL, Qwen3.5, EXAONE 4.5): a Conv3d patch embedding over
    temporal_patch_size frames, no class token; where `position_rows` is given (Qwen3-VL, Qwen3.5) a learned position
    table and a biased patch embedding, bias-free and no table otherwise; a patch merger of spatial_merge_size²
    patches to `output_size`. What differs by family is its arguments."""
    table = position_rows is not None
    return VisionSpec(
        image_size=image_size,
        patch_size=v.int(*patch_keys, default=patch_default, note=False),
        temporal_patch_size=v.int("temporal_patch_size", default=2, note=False),
        in_channels=v.int(*channel_keys, default=3, note=False),
        patch_bias=table,
        class_token=False,
        learned_positions=table,
        position_rows=position_rows,
        stack=vstack,
        projector=Projector(
            kind="patch-merger",
            merge_size=v.int("spatial_merge_size", default=2, note=False),
            output_size=output_size,
            norm=norm,
            deepstack=deepstack,
        ),
    )


def _qwen3_vl(c: ConfigReader, mt: str, name: str) -> Architecture:
    """Qwen3-VL and Qwen3.5 (vision-language): the text model from text_config (a table family), a ViT with a
    learned position table, fused biased qkv, a plain MLP and LayerNorms, a patch merger, and Qwen3-VL's
    deepstack mergers (transformers' Qwen3VLVisionModel)."""
    t = c.sub("text_config")
    text_mt = t.str("model_type", default=f"{mt}_text")
    stack = decoder_stack(t, _text_family(t, text_mt))
    v = c.sub("vision_config")
    embed = v.int("hidden_size")
    vstack = StackSpec.encoder(
        v.int("depth"),
        embed,
        v.int("num_heads"),
        v.int("intermediate_size"),
        activation=v.str("hidden_act", default="gelu_pytorch_tanh"),
        final_norm=False,
    )
    deepstack = len(v.int_list("deepstack_visual_indexes")) if v.has("deepstack_visual_indexes") else 0
    vision = _merger_tower(
        v,
        vstack,
        image_size=768,
        patch_default=16,
        position_rows=v.int("num_position_embeddings"),
        output_size=v.int("out_hidden_size"),
        norm=Norm.LAYER,
        deepstack=deepstack,
    )
    return Architecture(
        name=name,
        family=mt,
        kind="vlm",
        vocab_size=t.int("vocab_size"),
        tie_word_embeddings=tie(t, _text_family(t, text_mt), text_mt, c),
        max_positions=positions_limit(t),
        decoder=stack,
        vision=vision,
        published_dtype=dtype(c) or dtype(t),
    )


def _qwen_vl(c: ConfigReader, mt: str, name: str) -> Architecture:
    text_cfg = c.sub("text_config") if c.has("text_config") else c
    stack = decoder_stack(text_cfg, FAMILIES["qwen2"])
    v = c.sub("vision_config")
    if mt == "qwen2_vl":
        embed = v.int("embed_dim")
        vstack = StackSpec.encoder(
            v.int("depth"),
            embed,
            v.int("num_heads"),
            embed * v.int("mlp_ratio", default=4),
            activation="quick_gelu",
            final_norm=False,
        )
        merger_norm = Norm.LAYER
        out = v.int("hidden_size")
    else:
        embed = v.int("hidden_size")
        vstack = StackSpec.encoder(
            v.int("depth"),
            embed,
            v.int("num_heads"),
            v.int("intermediate_size"),
            gated=True,
            activation=v.str("hidden_act", default="silu"),
            norm=Norm.RMS,
            final_norm=False,
        )
        merger_norm = Norm.RMS
        out = v.int("out_hidden_size")
    vision = _merger_tower(
        v,
        vstack,
        image_size=448,
        patch_keys=("patch_size", "spatial_patch_size"),
        channel_keys=("in_chans", "in_channels"),
        output_size=out,
        norm=merger_norm,
    )
    return Architecture(
        name=name,
        family=mt,
        kind="vlm",
        vocab_size=text_cfg.int("vocab_size"),
        tie_word_embeddings=tie(text_cfg, FAMILIES["qwen2"], mt, c),
        max_positions=positions_limit(text_cfg),
        decoder=stack,
        vision=vision,
        published_dtype=dtype(c),
    )


def _exaone4_5(c: ConfigReader, mt: str, name: str) -> Architecture:
    """EXAONE 4.5 (transformers 5.25's Exaone4_5_ForConditionalGeneration): an EXAONE-4-style text model and
    Qwen2.5-VL's vision tower (Exaone4_5_VisionModel: a bias-free Conv3d patch embedding over temporal_patch_size
    frames, RMSNorm blocks with a biased fused qkv and a biased gated MLP, window / full layers, the patch merger
    ln_q + mlp.0 + mlp.2), except that its attention has num_key_value_heads key/value heads."""
    t = c.sub("text_config")
    v = c.sub("vision_config")
    embed, heads = v.int("hidden_size"), v.int("num_heads")
    kv = v.int("num_key_value_heads", default=heads, note=False)
    for k in ("fullatt_block_indexes", "window_size", "tokens_per_second"):
        v.get(k, default=None, note=False)
    vstack = StackSpec.encoder(
        v.int("depth"), embed, heads, v.int("intermediate_size"), gated=True,
        activation=v.str("hidden_act", default="silu"), norm=Norm.RMS, final_norm=False,
    )  # fmt: skip
    vstack = vstack.model_copy(update={"attention": AttentionSpec.model_validate(
        {**vstack.attention.model_dump(), "num_kv_heads": kv})})  # fmt: skip
    vision = _merger_tower(v, vstack, image_size=448, output_size=v.int("out_hidden_size"), norm=Norm.RMS)
    return _with_tower(c, t, mt, name, vision)


def _llava(c: ConfigReader, mt: str, name: str) -> Architecture:
    t = c.sub("text_config")
    text_mt = str(t.get("model_type", default="llama"))
    stack = decoder_stack(t, _text_family(t, text_mt))
    v = c.sub("vision_config")
    vision = _clip_vision(v)
    out = stack.hidden_size
    vision = vision.model_copy(update={"projector": Projector(kind="mlp", output_size=out, hidden_size=out)})
    return Architecture(
        name=name,
        family=mt,
        kind="vlm",
        vocab_size=t.int("vocab_size", default=32064),
        tie_word_embeddings=tie(t, FAMILIES.get(text_mt), text_mt, c),
        max_positions=positions_limit(t),
        decoder=stack,
        vision=vision,
        published_dtype=dtype(c),
    )


def _gemma3(c: ConfigReader, mt: str, name: str) -> Architecture:
    t = c.sub("text_config")
    stack = decoder_stack(t, FAMILIES["gemma3_text"])
    v = c.sub("vision_config")
    vstack = _vit_stack(v)
    image = v.int("image_size", default=896, note=False)
    patch = v.int("patch_size", default=14, note=False)
    tokens = c.int("mm_tokens_per_image", default=256, note=False)
    merge = max(1, math.isqrt((image // patch) ** 2 // tokens))
    vision = VisionSpec(
        image_size=image,
        patch_size=patch,
        patch_bias=True,
        class_token=False,
        learned_positions=True,
        stack=vstack,
        projector=Projector(kind="linear", merge_size=merge, output_size=stack.hidden_size, norm=Norm.RMS, bias=False),
    )
    return Architecture(
        name=name,
        family=mt,
        kind="vlm",
        vocab_size=t.int("vocab_size", default=262208),
        tie_word_embeddings=True,
        max_positions=positions_limit(t),
        decoder=stack,
        vision=vision,
        published_dtype=dtype(c),
    )


def _linear(name: str, width: int, out: int, bias: bool = False) -> ProjectorLayer:
    return ProjectorLayer(op="linear", name=name, width=width, out=out, bias=bias)


def _norm(name: str, width: int, norm: Norm = Norm.RMS) -> ProjectorLayer:
    return ProjectorLayer(op="norm", name=name, width=width, norm=norm)


def _tower_stack(
    v: ConfigReader,
    *,
    norm: Norm,
    gated: bool,
    bias: bool,
    final_norm: bool,
    qk_norm: Literal["none", "head"] = "none",
    norms_per_layer: int = 2,
    prefix: str = "",
) -> StackSpec:
    """A vision tower's blocks: full bidirectional multi-head attention (as many kv heads as heads) and an MLP, both
    with or without biases; `prefix` is the remote-code spelling of the keys (MoonViT's vt_)."""
    h = v.int(prefix + "hidden_size")
    heads = v.int(prefix + "num_attention_heads")
    head_dim = v.int("head_dim", default=h // heads, note=False)
    kv = v.int("num_key_value_heads", default=heads, note=False)
    return StackSpec(
        num_layers=v.int(prefix + "num_hidden_layers"),
        hidden_size=h,
        attention=AttentionSpec(
            num_heads=heads, num_kv_heads=kv, head_dim=head_dim, q_bias=bias, k_bias=bias, v_bias=bias,
            o_bias=bias, qk_norm=qk_norm,
        ),
        mlp=MlpSpec(
            intermediate_size=v.int(prefix + "intermediate_size"),
            gated=gated,
            activation=v.str("hidden_act", "hidden_activation", default="gelu"),
            bias=bias,
        ),
        norm=norm,
        norms_per_layer=norms_per_layer,
        final_norm=final_norm,
        causal=False,
    )  # fmt: skip


def _with_tower(c: ConfigReader, t: ConfigReader, mt: str, name: str, vision: VisionSpec) -> Architecture:
    """The text model of `t` (a table family, the top-level tie flag applied) with `vision` beside it."""
    text_mt = t.str("model_type", default="")
    text = decoder_lm(t, _text_family(t, text_mt), text_mt, name, top=c if t is not c else None)
    return text.model_copy(update={"family": mt, "kind": "vlm", "vision": vision, **code_traits(text_mt or mt)})


def _shuffle_merge(c: ConfigReader, key: str) -> int:
    """The spatial merge of a pixel shuffle by `key` (a ratio r: (1/r)² patches become one token, their widths side by
    side; InternVL's downsample_ratio, Llama 4's pixel_shuffle_ratio). Refused unless 1/r is a whole number."""
    ratio = c.float(key)
    merge = round(1 / ratio) if ratio else 0
    if ratio is None or merge < 1 or abs(merge * ratio - 1) > 1e-9:
        raise ModelFormatError(
            c.source,
            Message("import.unexpected_value", "unexpected value ({error}: {detail})", error=c.prefix + key,
                    detail=str(ratio)),
        )  # fmt: skip
    return merge


def _llama4(c: ConfigReader, mt: str, name: str) -> Architecture:
    """Llama 4: transformers' Llama4VisionModel (a Linear patch embedding, class token, learned positions beside 2-D
    rotary ones, LayerNorm before and after the biased ViT blocks, the pixel-shuffle MLP `vision_adapter`) and the
    multi_modal_projector. The published configs name no vision_config: transformers then builds its default tower,
    and so does this reader."""
    t = c.sub("text_config")
    v = c.sub_or_default("vision_config")
    image, patch = v.int("image_size"), v.int("patch_size")
    vision_out = v.int("vision_output_dim")
    vision = VisionSpec(
        image_size=image,
        patch_size=patch,
        in_channels=v.int("num_channels"),
        patch_bias=False,
        class_token=True,
        learned_positions=True,
        pre_norm=True,
        rotary_2d=True,
        stack=_tower_stack(v, norm=Norm.LAYER, gated=False, bias=True, final_norm=True),
        projector=Projector(
            kind="layers",
            # pixel_shuffle (modeling_llama4.py): the class token dropped, (1/r)² patches a token — 1,024 → 256
            merge_size=_shuffle_merge(v, "pixel_shuffle_ratio"),
            output_size=t.int("hidden_size"),
            layers=(
                _linear("vision_adapter.fc1", v.int("intermediate_size"), v.int("projector_input_dim")),
                _linear("vision_adapter.fc2", v.int("projector_output_dim"), v.int("projector_output_dim")),
                _linear("linear_1", vision_out, t.int("hidden_size")),
            ),
        ),
    )
    return _with_tower(c, t, mt, name, vision)


def _feature_layers(c: ConfigReader) -> int:
    """How many vision layers' outputs are concatenated into the projector (LLaVA's vision_feature_layer: one index or
    a list)."""
    layer = c.get("vision_feature_layer", default=-1, note=False)
    return len(c.int_list("vision_feature_layer")) if isinstance(layer, list) else 1


def _mistral3(c: ConfigReader, mt: str, name: str) -> Architecture:
    """Mistral 3 (Mistral Small 3.1+, LightOnOCR): transformers' PixtralVisionModel (a Conv2d patch embedding without
    bias, RMSNorm before gated, bias-free blocks, 2-D rotary positions) and Mistral3MultiModalProjector (RMSNorm, a
    patch merger Linear over merge² patches, two Linears)."""
    t = c.sub("text_config")
    v = c.sub("vision_config")
    h, text_h = v.int("hidden_size"), t.int("hidden_size")
    merge = c.int("spatial_merge_size", default=2, note=False)
    bias = c.bool("multimodal_projector_bias", default=False)
    vision = VisionSpec(
        image_size=v.int("image_size", default=1024, note=False),
        patch_size=v.int("patch_size", default=16, note=False),
        in_channels=v.int("num_channels", default=3, note=False),
        patch_bias=False,
        class_token=False,
        learned_positions=False,
        pre_norm=True,
        rotary_2d=True,
        stack=_tower_stack(v, norm=Norm.RMS, gated=True, bias=False, final_norm=False),
        projector=Projector(
            kind="layers",
            merge_size=merge,
            output_size=text_h,
            layers=(
                _norm("norm", h),
                _linear("patch_merger.merging_layer", h * merge**2, h),
                _linear("linear_1", h * _feature_layers(c), text_h, bias),
                _linear("linear_2", text_h, text_h, bias),
            ),
        ),
    )
    return _with_tower(c, t, mt, name, vision)


def _lfm2_vl(c: ConfigReader, mt: str, name: str) -> Architecture:
    """LFM2-VL (transformers 5.25's Lfm2VlForConditionalGeneration): an LFM2 text model, a SigLIP2 NaFlex tower
    (Siglip2VisionModel: the patch embedding a biased Linear over channels × patch² — the parameters of a biased
    Conv2d —, a learned table of num_patches positions resized to each image, biased LayerNorm blocks, a post
    LayerNorm, no head when vision_use_head is false) and Lfm2VlMultiModalProjector (pixel unshuffle by
    downsample_factor, an optional LayerNorm over the unshuffled width, linear_1, an activation, linear_2). Images
    are cut into tiles of tile_size, the size an image is sized at here."""
    t = c.sub("text_config")
    v = c.sub("vision_config")
    if v.bool("vision_use_head", default=True):  # the SigLIP2 pooling head: not built, so the tower is refused
        raise unbuilt_tower(c.source, mt, "vision_config (vision_use_head)")
    h, text_h = v.int("hidden_size"), t.int("hidden_size")
    factor = c.int("downsample_factor", default=2, note=False)
    width, hidden = h * factor**2, c.int("projector_hidden_size", default=2560, note=False)
    bias = c.bool("projector_bias", default=True)
    norm = (_norm("layer_norm", width, Norm.LAYER),) if c.bool("projector_use_layernorm", default=True) else ()
    vision = VisionSpec(
        image_size=c.int("tile_size", default=512, note=False),
        patch_size=v.int("patch_size", "encoder_patch_size", default=16, note=False),
        in_channels=v.int("num_channels", default=3, note=False),
        patch_bias=True,
        class_token=False,
        learned_positions=True,
        position_rows=v.int("num_patches", default=256, note=False),
        stack=_vit_stack(v),
        projector=Projector(
            kind="layers",
            merge_size=factor,
            output_size=text_h,
            layers=(*norm, _linear("linear_1", width, hidden, bias), _linear("linear_2", hidden, text_h, bias)),
        ),
    )
    return _with_tower(c, t, mt, name, vision)


def _muse_glimmer(c: ConfigReader, mt: str, name: str) -> Architecture:
    """Muse-Glimmer (Meta; transformers 5.25's MuseGlimmerForConditionalGeneration): its text model (family table),
    MuseGlimmerVisionModel (a bias-free Linear patch embedding over patch_temporal × 3 × patch², a learned
    pos_emb_height × pos_emb_width table resampled to each image, ln_pre, biased LayerNorm blocks with biased q/k/v/proj
    and a non-gated MLP, 2-D rotary positions, ln_post; its window / full layer_types change no count) and the
    MuseGlimmerVisionAdapter (fc1 from the merged width out_hidden_size, fc2) and vision_projection, all bias-free."""
    t = c.sub("text_config")
    v = c.sub("vision_config")
    h, text_h = v.int("hidden_size"), t.int("hidden_size")
    merge = v.int("merge_size", default=2, note=False)
    merged = c.int("out_hidden_size", default=h * merge**2, note=False)
    hidden = c.int("projector_hidden_size")
    rows, cols = v.int("pos_emb_height"), v.int("pos_emb_width")
    patch = v.int("patch_size")
    for k in ("layer_types", "max_position_embeddings", "layer_norm_eps"):
        v.get(k, default=None, note=False)
    vision = VisionSpec(
        image_size=rows * patch,
        patch_size=patch,
        temporal_patch_size=v.int("patch_temporal", default=2, note=False),
        patch_bias=False,
        class_token=False,
        learned_positions=True,
        position_rows=rows * cols,
        pre_norm=True,
        rotary_2d=True,
        stack=_tower_stack(v, norm=Norm.LAYER, gated=False, bias=True, final_norm=True),
        projector=Projector(
            kind="layers",
            merge_size=merge,
            output_size=text_h,
            layers=(
                _linear("vision_adapter.fc1", merged, hidden),
                _linear("vision_adapter.fc2", hidden, hidden),
                _linear("vision_projection", hidden, text_h),
            ),
        ),
    )
    return _with_tower(c, t, mt, name, vision)


def _square(v: ConfigReader, key: str, default: int) -> int:
    """A tower's size given as one number or as [height, width] (InternVL); a non-square pair is refused."""
    raw = v.get(key, default=default, note=False)
    if isinstance(raw, list) and len(raw) == 2 and raw[0] == raw[1] and isinstance(raw[0], int):
        return int(raw[0])
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    raise ModelFormatError(
        v.source, Message("import.unexpected_value", "unexpected value ({error}: {detail})", error=key, detail=str(raw))
    )


def _internvl(c: ConfigReader, mt: str, name: str) -> Architecture:
    """InternVL (transformers 5.25's InternVLForConditionalGeneration, the -HF releases): its text model and
    InternVLVisionModel (a biased Conv2d patch embedding, a class token, a learned table of patches + 1 positions, per
    block LayerNorm (or RMSNorm, norm_type) before and after, biased q/k/v and projection, a non-gated MLP, and the
    layer-scale vectors lambda_1 / lambda_2 of hidden_size each; a final LayerNorm unless use_mean_pooling) and
    InternVLMultiModalProjector (pixel shuffle by 1 / downsample_ratio, a LayerNorm over the shuffled width, two biased
    Linears). q/k norms (use_qk_norm, InternViT-6B) and the mask token are not built: refused."""
    t = c.sub("text_config")
    v = c.sub("vision_config")
    h, text_h = v.int("hidden_size"), t.int("hidden_size")
    if v.bool("use_qk_norm", default=False) or v.bool("use_mask_token", default=False):
        raise unbuilt_tower(c.source, mt, "vision_config (use_qk_norm / use_mask_token)")
    merge = _shuffle_merge(c, "downsample_ratio")
    width = h * merge**2
    norm = Norm.RMS if v.str("norm_type", default="layer_norm") == "rms_norm" else Norm.LAYER
    stack = _tower_stack(v, norm=norm, gated=False, bias=v.bool("attention_bias", default=True),
                         final_norm=not v.bool("use_mean_pooling", default=True))  # fmt: skip
    vision = VisionSpec(
        image_size=_square(v, "image_size", 448),
        patch_size=_square(v, "patch_size", 14),
        in_channels=v.int("num_channels", default=3, note=False),
        patch_bias=True,
        class_token=True,
        learned_positions=v.bool("use_absolute_position_embeddings", default=True),
        stack=stack,
        projector=Projector(
            kind="layers",
            merge_size=merge,
            output_size=text_h,
            layers=(
                _norm("layer_norm", width, Norm.LAYER),
                _linear("linear_1", width, text_h, True),
                _linear("linear_2", text_h, text_h, True),
            ),
        ),
    )
    arch = _with_tower(c, t, mt, name, vision)
    # the layer-scale vectors (InternVLVisionLayer.lambda_1 / lambda_2), which VisionSpec has no field for
    return arch.model_copy(update={"extra_params": arch.extra_params + 2 * h * stack.num_layers})


def _kimi_k25(c: ConfigReader, mt: str, name: str) -> Architecture:
    """Kimi-K2.5: a DeepSeek-V3 text model and MoonViT (transformers' Kimi_K25VisionModel: a biased Conv2d patch
    embedding, a learned height × width position table, biased ViT blocks with 2-D rotary positions, a final
    LayerNorm) with its patch-merger projector (LayerNorm, two biased Linears over merge_h × merge_w patches). The
    published config spells the tower's keys the remote-code way (vt_hidden_size …); transformers' own spelling is
    read as well."""
    t = c.sub("text_config")
    v = c.sub("vision_config")
    kind = v.str("mm_projector_type", default="patchmerger")
    if kind != "patchmerger":
        raise ModelFormatError(
            c.source,
            Message(
                "vlm.projector",
                "vision_config.mm_projector_type '{kind}': not a projector this version builds",
                kind=kind,
            ),
        )
    vt = "vt_" if v.has("vt_hidden_size") else ""
    h = v.int(vt + "hidden_size")
    kernel = v.int_list("merge_kernel_size", 2) if v.has("merge_kernel_size") else [2, 2]
    rows = v.int("init_pos_emb_height", "pos_emb_height", default=64, note=False)
    cols = v.int("init_pos_emb_width", "pos_emb_width", default=64, note=False)
    patch = v.int("patch_size", default=14, note=False)
    proj_h = v.int("mm_hidden_size", default=c.int("projection_hidden_size", default=h, note=False), note=False)
    wide = proj_h * kernel[0] * kernel[1]
    text_h = t.int("hidden_size")
    vision = VisionSpec(
        image_size=rows * patch,
        patch_size=patch,
        patch_bias=True,
        class_token=False,
        learned_positions=True,
        position_rows=rows * cols,
        rotary_2d=True,
        stack=_tower_stack(v, norm=Norm.LAYER, gated=False, bias=True, final_norm=True, prefix=vt),
        projector=Projector(
            kind="layers",
            merge_size=kernel[0],
            output_size=text_h,
            layers=(
                _norm("pre_norm", proj_h, Norm.LAYER),
                _linear("in_proj", wide, wide, True),
                _linear("out_proj", wide, v.int("text_hidden_size", default=text_h, note=False), True),
            ),
        ),
    )
    return _with_tower(c, t, mt, name, vision)


def _hunyuan_vl(c: ConfigReader, mt: str, name: str) -> Architecture:
    """Hunyuan-VL (HunyuanOCR): the text model at the top level (or in text_config) of the Hunyuan dense family, and a
    SigLIP-like tower (transformers' HunYuanVLVisionTransformer: biased Conv2d patches, a learned table of
    (max_image_size / patch)² + 1 positions, biased blocks, no final norm) whose patch merger is an RMSNorm, a
    merge × merge convolution (h → 2h), a 1 × 1 convolution (2h → 4h), a Linear to the text width, an RMSNorm and
    four learned vectors (image_begin, image_end, image_sep at the text width, image_newline at 4h)."""
    t = c.sub("text_config") if c.has("text_config") else c
    v = c.sub("vision_config")
    h, text_h = v.int("hidden_size"), t.int("hidden_size")
    merge = v.int("spatial_merge_size", default=2, note=False)
    patch = v.int("patch_size", default=16, note=False)
    max_image = v.int("max_image_size", default=2048, note=False)
    v.int("out_hidden_size", default=text_h, note=False)  # transformers builds the merger for the text width
    vision = VisionSpec(
        image_size=max_image,
        patch_size=patch,
        in_channels=v.int("num_channels", default=3, note=False),
        patch_bias=v.bool("add_patchemb_bias", default=True),
        class_token=False,
        learned_positions=True,
        position_rows=(max_image // patch) ** 2 + 1,
        stack=_tower_stack(v, norm=Norm.LAYER, gated=False, bias=True, final_norm=False),
        projector=Projector(
            kind="layers",
            merge_size=merge,
            output_size=text_h,
            layers=(
                _norm("before_rms", h),
                ProjectorLayer(op="conv", name="proj_conv", width=h, out=2 * h, kernel=merge, bias=True),
                ProjectorLayer(op="conv", name="proj_out", width=2 * h, out=4 * h, kernel=1, bias=True),
                _linear("mlp", 4 * h, text_h, True),
                _norm("after_rms", text_h),
                ProjectorLayer(op="vector", name="image_newline", width=4 * h),
                ProjectorLayer(op="vector", name="image_begin", width=text_h),
                ProjectorLayer(op="vector", name="image_end", width=text_h),
                ProjectorLayer(op="vector", name="image_sep", width=text_h),
            ),
        ),
    )
    if t is c:
        text = decoder_lm(c, FAMILIES["hunyuan_v1_dense"], mt, name)
        return text.model_copy(update={"kind": "vlm", "vision": vision})
    return _with_tower(c, t, mt, name, vision)


_GEMMA4_TEXT = DecoderFamily(tie=True, norms_per_layer=4, qk_norm="head")


def _gemma4_text_model(t: ConfigReader, mt: str, name: str, top: ConfigReader | None = None) -> Architecture:
    """Gemma 4's text model (transformers' Gemma4TextModel): Gemma 3's sandwich norms and q/k norms (a v norm without
    weights), sliding and full layers from layer_types where the full layers have their own head_dim and kv heads and,
    with attention_k_eq_v, no v_proj; with enable_moe_block, routed experts beside the dense MLP in every layer (three
    more norms, a router with a scale per hidden unit and per expert). The small models' per-layer inputs (as Gemma
    3n's: per_layer_input_gate p×h, per_layer_projection h×p, post_per_layer_input_norm h per layer; once
    embed_tokens_per_layer V_p × L·p, per_layer_model_projection h → L·p, per_layer_projection_norm p) and
    kv-shared last layers (no k/v projections, no cache of their own; with use_double_wide_mlp, twice the MLP
    width) as transformers 5.25's modeling_gemma4.py builds them."""
    layers_cfg = t.int("num_hidden_layers")
    p = t.int("hidden_size_per_layer_input", default=0, note=False)
    shared = t.int("num_kv_shared_layers", default=0, note=False)
    if shared >= layers_cfg:
        raise ModelFormatError(
            t.source,
            Message(
                "vlm.kv_shared", "'{key}' leaves no layer keeping its own K/V", key=t.prefix + "num_kv_shared_layers"
            ),
        )
    double_wide = t.bool("use_double_wide_mlp", default=False) and shared > 0
    if not p:
        t.get("vocab_size_per_layer_input", default=None, note=False)  # matters only with per-layer inputs
    moe_on = t.bool("enable_moe_block", default=False)
    if not moe_on:
        for k in ("num_experts", "top_k_experts", "moe_intermediate_size", "expert_intermediate_size"):
            t.get(k, default=None, note=False)  # transformers builds no experts without enable_moe_block
    arch = decoder_lm(t, _GEMMA4_TEXT, mt, name, top=top)
    st = arch.decoder
    assert st is not None
    if moe_on and st.moe is None:
        raise ModelFormatError(
            t.source,
            Message(
                "vlm.moe_block", "'{key}' is set but the config names no experts", key=t.prefix + "enable_moe_block"
            ),
        )
    global_head_dim = t.int("global_head_dim", default=st.attention.head_dim, note=False)
    global_kv = t.int("num_global_key_value_heads", default=st.attention.num_kv_heads, note=False)
    per_layer = t.get("per_layer_config", default=None, note=False)  # transformers 5.25's re-save spells them so
    if per_layer is not None:
        full_idx = {i for i, m in enumerate(st.mixers) if m == "full"}
        if not isinstance(per_layer, Mapping) or not all(isinstance(v, Mapping) for v in per_layer.values()):
            raise ModelFormatError(
                t.source,
                Message(
                    "vlm.per_layer_map", "'{key}' must map layer indices to settings", key=t.prefix + "per_layer_config"
                ),
            )
        overrides = {json.dumps(dict(v), sort_keys=True) for v in per_layer.values()}
        keys = {k for v in per_layer.values() for k in v}
        idx = {int(k) for k in per_layer if str(k).isdigit()}
        if len(overrides) > 1 or not keys <= {"head_dim", "num_key_value_heads"} or idx != full_idx:
            raise ModelFormatError(
                t.source,
                Message(
                    "vlm.per_layer_keys",
                    "'{key}' sets more than the full-attention layers' head_dim and kv heads",
                    key=t.prefix + "per_layer_config",
                ),
            )
        if per_layer:
            ov = next(iter(per_layer.values()))
            global_head_dim = int(ov.get("head_dim", global_head_dim))
            global_kv = int(ov.get("num_key_value_heads", st.attention.num_kv_heads))
    full = st.attention.model_copy(
        update={
            "head_dim": global_head_dim,
            "num_kv_heads": global_kv,
            "values_from_keys": t.bool("attention_k_eq_v", default=False),
            "sliding_window": None,
        }
    )
    update: dict[str, object] = {"full_attention": full, "moe": None, "kv_shared_layers": shared}
    if moe_on and st.moe is not None:
        update["moe"] = st.moe.model_copy(update={"beside_dense": True, "router_scales": True})
        update["norms_per_layer"] = st.norms_per_layer + 3
    h, n = st.hidden_size, st.num_layers
    extra = arch.extra_params
    if p:
        vp = t.int("vocab_size_per_layer_input")
        extra += n * (2 * p * h + h) + vp * n * p + h * n * p + p
    if double_wide:
        extra += shared * 3 * h * st.mlp.intermediate_size  # the kv-shared layers' MLPs are twice as wide
    decoder = StackSpec.model_validate({**st.model_dump(), **update})
    return arch.model_copy(update={"decoder": decoder, "extra_params": extra})


def _gemma4_text(c: ConfigReader, mt: str, name: str) -> Architecture:
    return _gemma4_text_model(c, mt, name)


def _gemma4(c: ConfigReader, mt: str, name: str) -> Architecture:
    """Gemma 4 (vision-language): the text model above and transformers' Gemma4VisionModel — a Linear patch embedding
    without bias, a learned position table per axis (2 × position_embedding_size rows) beside 2-D rotary positions,
    Gemma-style blocks (four RMSNorms, q/k norms, a gated MLP, no biases), parameter-free pooling over
    pooling_kernel_size² patches — and the embedder's Linear to the text width. No image_size is stated: the tower is
    sized for a square image of default_output_length soft tokens after pooling."""
    t = c.sub("text_config")
    v = c.sub("vision_config")
    h, text_h = v.int("hidden_size"), t.int("hidden_size")
    patch = v.int("patch_size", default=16, note=False)
    pool = v.int("pooling_kernel_size", default=3, note=False)
    tokens = v.int("default_output_length", default=280, note=False)
    vision = VisionSpec(
        image_size=patch * pool * max(1, math.isqrt(tokens)),
        patch_size=patch,
        patch_bias=False,
        class_token=False,
        learned_positions=True,
        position_rows=2 * v.int("position_embedding_size"),
        rotary_2d=True,
        stack=_tower_stack(
            v, norm=Norm.RMS, gated=True, bias=v.bool("attention_bias", default=False), final_norm=False,
            qk_norm="head", norms_per_layer=4,
        ),
        projector=Projector(
            kind="layers", merge_size=pool, output_size=text_h, layers=(_linear("embedding_projection", h, text_h),)
        ),
    )  # fmt: skip
    text_mt = t.str("model_type", default="gemma4_text")
    arch = _gemma4_text_model(t, text_mt, name, top=c)
    return arch.model_copy(update={"family": mt, "kind": "vlm", "vision": vision, **code_traits(text_mt)})


def _jvlm_norm(cfg: ConfigReader) -> Norm:
    """A jina-vlm `lnorm_config`: 'rms' → RMSNorm, 'default' → LayerNorm (with or without bias); always affine."""
    if not cfg.bool("with_affine", default=True):
        raise ModelFormatError(
            cfg.source,
            Message(
                "vlm.with_affine", "'{key}' false: norms without weights are not built", key=cfg.prefix + "with_affine"
            ),
        )
    kind = cfg.str("type", default="default")
    if kind not in ("rms", "default"):
        raise ModelFormatError(
            cfg.source,
            Message(
                "vlm.norm_type",
                "'{key}' {kind} is not a norm this version builds",
                key=cfg.prefix + "type",
                kind=repr(kind),
            ),
        )
    if kind == "rms":
        return Norm.RMS
    return Norm.LAYER if cfg.bool("bias", default=True) else Norm.LAYER_NOBIAS


def _jvlm_block(b: ConfigReader, hidden: int, layers: int, causal: bool) -> StackSpec:
    """jina-vlm's block_config (remote code, blocks_jvlm.py): attention with a fused qkv Linear whose q/k/v biases are
    parameters whatever q_bias says (the flag only freezes them), optional q/k norms, and an FFN whose `size` is the
    width after the gate (a gated FFN's `up` holds both halves)."""
    a, f = b.sub("attn_config"), b.sub("ffn_config")
    for cfg, keys in ((a, ("inner_lnorm", "o_lnorm", "v_lnorm")), (f, ("inner_lnorm",)), (b, ("postnorm",))):
        for k in keys:
            if cfg.bool(k, default=False):
                raise ModelFormatError(
                    cfg.source,
                    Message(
                        "vlm.norm_flag", "'{key}' is set: that norm is not built by this version", key=cfg.prefix + k
                    ),
                )
    for k in ("attn_lscale_init", "ffn_lscale_init"):
        if b.get(k, default=None, note=False) is not None:
            raise ModelFormatError(
                b.source,
                Message(
                    "vlm.layer_scale", "'{key}' is set: layer scales are not built by this version", key=b.prefix + k
                ),
            )
    q_norm, k_norm = a.bool("q_lnorm", default=False), a.bool("k_lnorm", default=False)
    if q_norm != k_norm:
        raise ModelFormatError(
            a.source,
            Message(
                "vlm.qk_norm", "'{key}' and 'k_lnorm' differ: only both or neither are built", key=a.prefix + "q_lnorm"
            ),
        )
    norm = _jvlm_norm(b.sub("lnorm_config"))
    if q_norm and _jvlm_norm(a.sub("lnorm_config")) is not norm:
        raise ModelFormatError(
            a.source,
            Message(
                "vlm.qk_norm_kind", "'{key}': q/k norms of another kind than the block's", key=a.prefix + "lnorm_config"
            ),
        )
    for k in ("q_bias", "k_bias", "v_bias", "sliding_window", "clip_qkv", "softmax_scale", "fp32"):
        a.get(k, default=None, note=False)  # no parameters (the q/k/v biases exist either way)
    heads = a.int("n_heads")
    head_dim = a.int("head_dim", default=hidden // heads, note=False)
    return StackSpec(
        num_layers=layers,
        hidden_size=hidden,
        attention=AttentionSpec(
            num_heads=heads, num_kv_heads=a.int("n_kv_heads", default=heads, note=False), head_dim=head_dim,
            q_bias=True, k_bias=True, v_bias=True, o_bias=a.bool("o_bias", default=False),
            qk_norm=("head" if a.bool("qkv_lnorm_on_heads", default=False) else "full") if q_norm else "none",
        ),
        mlp=MlpSpec(
            intermediate_size=f.int("size"), gated=f.bool("gated_activation", default=False),
            activation=f.str("activation_type", default="gelu"), bias=f.bool("bias", default=False),
        ),
        norm=norm,
        causal=causal,
    )  # fmt: skip


def _jvlm(c: ConfigReader, mt: str, name: str) -> Architecture:
    """jina-vlm (remote code: configuration_jvlm.py, modeling_jvlm.py, blocks_jvlm.py; held to its checkpoint's
    tensor total): an OLMo-style text model (q/k norms, q/k/v biases, a gated FFN, extra embedding rows for
    additional_vocab_size) and a SigLIP-style tower (a Linear patch embedding, learned positions, LayerNorm blocks,
    a final LayerNorm) whose connector concatenates len(vit_layers) layers' features F, adds a learned padding
    embedding (2 × F), pools merge × merge patches by attention (q: F → A, kv: F → 2A, out: A → h, all biased) and
    projects with a gated MLP to the text width."""
    t, v = c.sub("text_config"), c.sub("vision_config")
    text_h = t.int("hidden_size")
    text = _jvlm_block(t.sub("block_config"), text_h, t.int("num_hidden_layers", "n_layers"), causal=True)
    t.get("n_layers", "num_hidden_layers", default=None, note=False)
    vocab = t.int("vocab_size")
    if t.int("embedding_size", default=vocab, note=False) != vocab:
        raise ModelFormatError(
            t.source, Message("vlm.embedding_size", "'text_config.embedding_size' differs from vocab_size: not built")
        )
    extra_rows = t.int("additional_vocab_size", default=0, note=False)
    for k in ("normalize_input_embeds", "rope"):
        t.get(k, default=None, note=False)
    h = v.int("hidden_size")
    vb = v.sub("block_config")
    vstack = _jvlm_block(vb, h, v.int("n_layers"), causal=False).model_copy(
        update={"final_norm": v.bool("post_lnorm", default=False)}
    )
    if v.bool("use_cls_token", default=False) or v.bool("pre_lnorm", default=False):
        raise ModelFormatError(
            v.source,
            Message("vlm.cls_token", "'vision_config' with a class token or a pre-norm: not built by this version"),
        )
    image = v.int_list("input_size", 2)
    patch = v.int("patch_size")
    for k in ("linear_patch_embedding", "n_channels"):
        v.get(k, default=None, note=False)  # a Linear patch embedding has the Conv2d's parameters
    k_ = v.sub("vl_connector_config")
    vit_layers = v.get("vit_layers", default=[-1], note=False)  # layer indices (negative: from the end)
    if not isinstance(vit_layers, list) or not vit_layers or len(vit_layers) > v.int("n_layers"):
        raise ModelFormatError(
            v.source,
            Message("vlm.vit_layers", "'vision_config.vit_layers' must list the tower layers whose features are used"),
        )
    feat = h * len(vit_layers)
    pad = {None: 0, "pad_embed": 1, "regress": 1}.get(k_.get("padding_embed_type", default=None, note=False), 2)
    pooling, projector = k_.str("pooling_type", default=""), k_.str("projector_type", default="")
    if pooling != "attention_meanq" or projector != "mlp":
        raise ModelFormatError(
            k_.source, Message(
                "vlm.jina_connector",
                "jina-vlm connector pooling '{pooling}' / projector '{projector}': only attention_meanq with an mlp "
                "projector is built by this version",
                pooling=pooling,
                projector=projector,
            ),
        )  # fmt: skip
    pa, mp = k_.sub("attn_pooling_config"), k_.sub("mlp_projector_config")
    pool = _jvlm_block_attention_width(pa)
    mlp_size, gated = mp.int("size"), mp.bool("gated_activation", default=False)
    mp_bias = mp.bool("bias", default=False)
    for k in ("activation_type", "ratio", "inner_lnorm", "lnorm_config"):
        mp.get(k, default=None, note=False)
    out = v.int("output_size", default=text_h, note=False)
    layers = (
        *((ProjectorLayer(op="vector", name="pad_embed", width=pad * feat),) if pad else ()),
        _linear("pooling.q", feat, pool[0], True),
        _linear("pooling.kv", feat, pool[1], True),
        _linear("pooling.out", pool[0], h, pa.bool("o_bias", default=False)),
        _linear("projector.up", h, (2 if gated else 1) * mlp_size, mp_bias),
        _linear("projector.down", mlp_size, out, mp_bias),
    )
    merge = k_.int("spatial_merge_size", "pooling_h", default=2, note=False)
    k_.get("pooling_w", default=None, note=False)
    vision = VisionSpec(
        image_size=image[0],
        patch_size=patch,
        patch_bias=v.bool("patch_embedding_bias", default=True),
        class_token=False,
        learned_positions=v.bool("use_absolute_positional_embeddings", default=True),
        stack=vstack,
        projector=Projector(kind="layers", merge_size=merge, output_size=out, layers=layers),
    )
    return Architecture(
        name=name,
        family=mt,
        kind="vlm",
        vocab_size=vocab,
        tie_word_embeddings=tie(t, None, mt, c),
        max_positions=t.int("max_sequence_length", "max_position_embeddings", default=4096, note=False),
        decoder=text,
        vision=vision,
        extra_params=extra_rows * text_h,  # the embedding's additional_vocab_size rows (new_embedding)
        published_dtype=dtype(c),
    )


def _jvlm_block_attention_width(a: ConfigReader) -> tuple[int, int]:
    """(q width, k + v width) of jina-vlm's attention pooling."""
    heads = a.int("n_heads")
    head_dim = a.int("head_dim")
    kv = a.int("n_kv_heads", default=heads, note=False)
    for k in ("q_bias", "k_bias", "v_bias", "q_lnorm", "k_lnorm", "v_lnorm", "inner_lnorm", "o_lnorm",
              "qkv_lnorm_on_heads", "lnorm_config", "sliding_window", "clip_qkv", "softmax_scale", "fp32"):  # fmt: skip
        if k.endswith("lnorm") and a.bool(k, default=False):
            raise ModelFormatError(
                a.source,
                Message(
                    "vlm.pooling_norm", "'{key}' is set: pooling norms are not built by this version", key=a.prefix + k
                ),
            )
        a.get(k, default=None, note=False)
    return heads * head_dim, 2 * kv * head_dim


BUILDERS: dict[str, Callable[[ConfigReader, str, str], Architecture]] = {
    "qwen2_vl": _qwen_vl,
    "qwen2_5_vl": _qwen_vl,
    "qwen3_vl": _qwen3_vl,
    "qwen3_vl_moe": _qwen3_vl,
    "qwen3_5": _qwen3_vl,
    "qwen3_5_moe": _qwen3_vl,
    "llava": _llava,
    "gemma3": _gemma3,
    "llama4": _llama4,
    "mistral3": _mistral3,
    "lfm2_vl": _lfm2_vl,
    "muse_glimmer": _muse_glimmer,
    "internvl": _internvl,
    "exaone4_5": _exaone4_5,
    "kimi_k25": _kimi_k25,
    "hunyuan_vl": _hunyuan_vl,
    "gemma4": _gemma4,
    "gemma4_text": _gemma4_text,
    "jvlm": _jvlm,
}
