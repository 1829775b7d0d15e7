"""The engine's composed texts (core.messages.Message) by id: each English template, marked for
translation (context "Engine"), so lupdate puts it in resources/i18n and `gui.i18n_engine.engine_text` can
say it in the window's language. A template must equal the engine's, character for character
(tests/gui/test_gui_engine_text.py checks every literal one): when the engine's English changes, change it
here and translate it again.

Written by `python -m tools.i18n.engine_catalogue > gui/engine_messages.py` (then lupdate, translate,
lrelease: resources/i18n/README.md)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

_MARKED: dict[str, object] = {
    "accuracy.deepspeed": QT_TRANSLATE_NOOP(
        "Engine",
        "DeepSpeed-Chat's published logs (ZeRO-0 / 2, 3 rows, fp16 on V100) within 2.5 % and hpcaitech's "
        "OPT-Benchmark (ZeRO-3 with parameter and optimizer offload, checkpointing, eager attention, 4 rows on "
        "A100) within 1.9 %; all 7: median 0.6 %, max 2.5 %",
    ),
    "accuracy.fsdp2": QT_TRANSLATE_NOOP(
        "Engine",
        "torchtitan's published runs (reserved peak; FSDP, TP, PP 1F1B and interleaved, CP, torch.compile, Float8; "
        "20 rows), median 2.7 %, max 14.1 % (405B with Float8 all-gathers: under)",
    ),
    "accuracy.liger": QT_TRANSLATE_NOOP(
        "Engine",
        "Liger's kernel benchmark, its fused loss term (4 rows), median 3.8 %, max 9.4 %",
    ),
    "accuracy.megatron": QT_TRANSLATE_NOOP(
        "Engine",
        "Megatron-Core's published CI values (activations and loss, 4 rows), median 1.7 %, max 6.0 %",
    ),
    "accuracy.none": QT_TRANSLATE_NOOP(
        "Engine",
        "no published measurement on record yet (held to hand calculations only)",
    ),
    "accuracy.torchtune": QT_TRANSLATE_NOOP(
        "Engine",
        "torchtune's published rows (A100, 2 rows: a compiled chunked-loss run, a plain-loss run), median 4.8 %, "
        "max 6.0 %",
    ),
    "accuracy.unsloth": QT_TRANSLATE_NOOP(
        "Engine",
        "Unsloth's published longest contexts per GPU (QLoRA, 9 rows), median 4.9 %, max 8.4 %",
    ),
    "arch.chunk_size": QT_TRANSLATE_NOOP(
        "Engine",
        "'chunked' attention layers need attention.chunk_size",
    ),
    "arch.compressed": QT_TRANSLATE_NOOP(
        "Engine",
        "compressed attention layers need attention.compressed and the window every layer attends "
        "(attention.sliding_window)",
    ),
    "arch.dense_layers_beyond": QT_TRANSLATE_NOOP(
        "Engine",
        "moe.dense_layers names a layer beyond num_layers ({layers})",
    ),
    "arch.experts_per_token": QT_TRANSLATE_NOOP(
        "Engine",
        "experts_per_token ({per_token}) exceeds num_experts ({experts})",
    ),
    "arch.heads_multiple": QT_TRANSLATE_NOOP(
        "Engine",
        "num_heads ({heads}) must be a multiple of num_kv_heads ({kv_heads})",
    ),
    "arch.kind_section": QT_TRANSLATE_NOOP(
        "Engine",
        "kind '{kind}' needs its matching section (decoder/encoder/vision/cnn/ssm)",
    ),
    "arch.kv_shared": QT_TRANSLATE_NOOP(
        "Engine",
        "kv_shared_layers needs per-layer mixers and at least one layer that keeps its own K/V",
    ),
    "arch.layer_list_length": QT_TRANSLATE_NOOP(
        "Engine",
        "{name} lists {n} layers but num_layers is {layers}",
    ),
    "arch.mixer_spec": QT_TRANSLATE_NOOP(
        "Engine",
        "'{kind}' layers need their spec ({kind} mixer parameters)",
    ),
    "arch.moe_spec": QT_TRANSLATE_NOOP(
        "Engine",
        "'moe' layers need the experts' spec (moe)",
    ),
    "arch.projector_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "a projector lists its layers exactly when its kind is 'layers'",
    ),
    "arch.projector_out": QT_TRANSLATE_NOOP(
        "Engine",
        "a {op} projector layer needs its output width (out)",
    ),
    "arch.sliding_window": QT_TRANSLATE_NOOP(
        "Engine",
        "'sliding' attention layers need attention.sliding_window",
    ),
    "arch.tower_conformer": QT_TRANSLATE_NOOP(
        "Engine",
        "a conformer_audio tower describes its conformer, and only it does",
    ),
    "arch.tower_timm": QT_TRANSLATE_NOOP(
        "Engine",
        "a timm_vision tower names its timm architecture and image size, and only it does",
    ),
    "arch.vocab_positive": QT_TRANSLATE_NOOP(
        "Engine",
        "vocab_size must be positive for a {kind} model",
    ),
    "calc.bad_shape": QT_TRANSLATE_NOOP(
        "Engine",
        "--shape: '{text}' is not a comma-separated list of integers",
    ),
    "calc.clock_range": QT_TRANSLATE_NOOP(
        "Engine",
        "--clock-ghz: must be above 0 and at most 100, got {clock}",
    ),
    "calc.cores_range": QT_TRANSLATE_NOOP(
        "Engine",
        "--cores: must be between 1 and 10,000,000, got {cores}",
    ),
    "calc.flops_per_cycle_range": QT_TRANSLATE_NOOP(
        "Engine",
        "--flops-per-cycle: must be above 0, got {per_cycle}",
    ),
    "calc.ggml_block": QT_TRANSLATE_NOOP(
        "Engine",
        "--dtype {dtype}: the last dimension ({last:,}) must be a multiple of its {block}-value block",
    ),
    "calc.gpu_flops": QT_TRANSLATE_NOOP(
        "Engine",
        "{cores:,} × {clock:g}·10⁹ cycles/s × {per_cycle:g} = {tflops:,.3f} TFLOP/s. An FMA (a·b + c) counts as 2 "
        "FLOPs; this is the vector-unit peak: tensor-core rates are far higher and are published per precision "
        "(see `sizing gpus`).",
    ),
    "calc.gpu_share_range": QT_TRANSLATE_NOOP(
        "Engine",
        "GPU share must be between 0 and 1, got {share}",
    ),
    "calc.model_bytes_negative": QT_TRANSLATE_NOOP(
        "Engine",
        "model bytes must be non-negative",
    ),
    "calc.ram_hf": QT_TRANSLATE_NOOP(
        "Engine",
        "transformers builds the model on the meta device and materializes each weight once as it loads "
        "(device_map / low_cpu_mem_usage), so loading needs at most one model size, {model}, of CPU RAM; "
        "{resident} stay in RAM for the weights not placed on a GPU",
    ),
    "calc.ram_hf_legacy": QT_TRANSLATE_NOOP(
        "Engine",
        "without low_cpu_mem_usage, transformers first builds the model with random weights ({model}) and then "
        "loads the checkpoint into it one shard at a time: the model plus the largest shard ({shard}) = {peak}",
    ),
    "calc.ram_hf_legacy_single": QT_TRANSLATE_NOOP(
        "Engine",
        "without low_cpu_mem_usage, transformers first builds the model with random weights ({model}) and then "
        "loads the checkpoint into it one shard at a time: the model plus the largest shard ({shard}) = {peak} — a "
        "single-file checkpoint is one shard: two copies",
    ),
    "calc.ram_mmap": QT_TRANSLATE_NOOP(
        "Engine",
        "the GGUF file ({model}) is memory-mapped: the CPU layers' weights, {cpu}, are used in place from the page "
        "cache (file pages: reclaimable, shared between processes, not swap); the GPU layers are read through the "
        "mapping once and their pages may stay cached until the kernel needs the memory. With less free RAM than "
        "the CPU share, pages are re-read from disk (slow, not a failure); --mlock pins them",
    ),
    "calc.ram_no_mmap": QT_TRANSLATE_NOOP(
        "Engine",
        "with --no-mmap the CPU layers' weights, {cpu}, are read into allocated buffers (RAM, or swap under "
        "pressure); GPU layers pass through a temporary read buffer freed after upload",
    ),
    "calc.shape_huge": QT_TRANSLATE_NOOP(
        "Engine",
        "--shape: a dimension above 2^40 is not a tensor anyone allocates",
    ),
    "calc.shape_positive": QT_TRANSLATE_NOOP(
        "Engine",
        "--shape: every dimension must be a positive integer, got {shape}",
    ),
    "calc.tensor": QT_TRANSLATE_NOOP(
        "Engine",
        "{numel:,} elements × {per:g} bytes per {dtype} element = {nbytes:,} bytes",
    ),
    "calc.tensor_ggml": QT_TRANSLATE_NOOP(
        "Engine",
        "GGML type {dtype} stores {block} values in {block_bytes} bytes ({bits:g} bits per value, scales included) "
        "= {nbytes:,} bytes",
    ),
    "calc.unknown_dtype": QT_TRANSLATE_NOOP(
        "Engine",
        "--dtype: unknown dtype '{dtype}' (known: {known})",
    ),
    "calc.unknown_runtime": QT_TRANSLATE_NOOP(
        "Engine",
        "unknown runtime '{runtime}' (known: {known})",
    ),
    "capitalized": QT_TRANSLATE_NOOP(
        "Engine",
        "{text}",
    ),
    "checkpoint.buffers_rotary": QT_TRANSLATE_NOOP(
        "Engine",
        "rotary inv_freq buffers",
    ),
    "checkpoint.buffers_score_bias": QT_TRANSLATE_NOOP(
        "Engine",
        "the experts' score-correction bias buffers (e_score_correction_bias)",
    ),
    "checkpoint.bytes": QT_TRANSLATE_NOOP(
        "Engine",
        "the stored weights take {stored:,} bytes; the {format} formula gives {formula:,.0f} ({diff:+.3%})",
    ),
    "checkpoint.bytes_apart": QT_TRANSLATE_NOOP(
        "Engine",
        "{words}: more than {tolerance:.1%} apart, so the files are not stored as quantization_config says",
    ),
    "checkpoint.bytes_kept": QT_TRANSLATE_NOOP(
        "Engine",
        "the stored weights take {stored:,} bytes; the {format} formula with {components} in 16-bit gives "
        "{formula:,.0f} ({diff:+.3%})",
    ),
    "checkpoint.bytes_match": QT_TRANSLATE_NOOP(
        "Engine",
        "{words}: the checkpoint is in the format its quantization_config declares",
    ),
    "checkpoint.exact": QT_TRANSLATE_NOOP(
        "Engine",
        "the safetensors headers hold exactly the {n:,} parameters config.json describes (checked)",
    ),
    "checkpoint.explained": QT_TRANSLATE_NOOP(
        "Engine",
        "{n:,} in {words}",
    ),
    "checkpoint.mismatch": QT_TRANSLATE_NOOP(
        "Engine",
        "the stored tensors hold {stored:,} values but the architecture from config.json has {expected:,} "
        "parameters ({diff:+,}); the estimate uses the stored bytes",
    ),
    "checkpoint.mismatch_explained": QT_TRANSLATE_NOOP(
        "Engine",
        "the stored tensors hold {stored:,} values but the architecture from config.json has {expected:,} "
        "parameters ({diff:+,}) ({why}); the estimate uses the stored bytes",
    ),
    "checkpoint.mismatch_warning": QT_TRANSLATE_NOOP(
        "Engine",
        "the safetensors headers hold {stored:,} parameter values, config.json describes {expected:,} "
        "({residual:+,} not explained by buffers or multi-token-prediction layers)",
    ),
    "checkpoint.mtp": QT_TRANSLATE_NOOP(
        "Engine",
        "the checkpoint ships multi-token-prediction layers ({tensors} tensors, {values:,} values, {nbytes:,} "
        "bytes, e.g. {example}): beside the total, not in it; a runtime loads them only for speculative decoding",
    ),
    "checkpoint.prequantized": QT_TRANSLATE_NOOP(
        "Engine",
        "pre-quantized checkpoint ({format}): packed tensors are counted by the values they hold, and {n} scale / "
        "zero-point tensors ({nbytes:,} bytes) are not parameters",
    ),
    "checkpoint.tied_head": QT_TRANSLATE_NOOP(
        "Engine",
        "{n:,} in an lm_head.weight stored although config.json ties it",
    ),
    "cnn.band_batch1": QT_TRANSLATE_NOOP(
        "Engine",
        "at batch 1 (a latency: the host CPU's kernel launches set it)",
    ),
    "cnn.band_bulk": QT_TRANSLATE_NOOP(
        "Engine",
        "in batches",
    ),
    "cnn.band_swin": QT_TRANSLATE_NOOP(
        "Engine",
        "for windowed attention (Swin) in batches (optimistic: window shifts not counted)",
    ),
    "cnn.band_training": QT_TRANSLATE_NOOP(
        "Engine",
        "for training ResNet-style networks",
    ),
    "cnn.band_training_depthwise": QT_TRANSLATE_NOOP(
        "Engine",
        "for training depthwise networks such as EfficientNet (optimistic)",
    ),
    "cnn.band_vit": QT_TRANSLATE_NOOP(
        "Engine",
        "for vision transformers in batches (pessimistic)",
    ),
    "cnn.bound_compute": QT_TRANSLATE_NOOP(
        "Engine",
        "compute-bound",
    ),
    "cnn.bound_latency": QT_TRANSLATE_NOOP(
        "Engine",
        "latency-bound",
    ),
    "cnn.bound_memory": QT_TRANSLATE_NOOP(
        "Engine",
        "memory-bound",
    ),
    "cnn.shrinks": QT_TRANSLATE_NOOP(
        "Engine",
        "layer {i} ({op}): the {ih}×{iw}px input shrinks to nothing here",
    ),
    "compute.allreduces": QT_TRANSLATE_NOOP(
        "Engine",
        " + {n} all-reduces × {us:.0f} µs (tensor parallel)",
    ),
    "compute.capacity": QT_TRANSLATE_NOOP(
        "Engine",
        "{target:,.0f} tokens/s ÷ {per_replica:,.1f} tokens/s per replica ({seqs} concurrent sequences on {gpus} "
        "GPU{gpus_s}) → {replicas} replica{replicas_s}, {total} GPUs",
    ),
    "compute.cnn_bound_compute": QT_TRANSLATE_NOOP(
        "Engine",
        "compute-bound: the convolutions' arithmetic sets the time",
    ),
    "compute.cnn_bound_latency": QT_TRANSLATE_NOOP(
        "Engine",
        "latency-bound: kernel launches, not the GPU's arithmetic, set the time",
    ),
    "compute.cnn_bound_memory": QT_TRANSLATE_NOOP(
        "Engine",
        "memory-bound: batch-norms, activations and additions streaming the feature maps set the time",
    ),
    "compute.cnn_forward": QT_TRANSLATE_NOOP(
        "Engine",
        "forward pass",
    ),
    "compute.cnn_time": QT_TRANSLATE_NOOP(
        "Engine",
        "{what}, batch of {batch}: {ops} kernels, each taking the longest of its launch floor ({floor_us:.1f} µs), "
        "its arithmetic (convolutions at {eff:.0%} of {tflops:,.1f} TFLOP/s {math}) and its memory traffic "
        "({bw_eff:.0%} of the bandwidth): launches {floor_ms:,.2f} ms + arithmetic {compute_ms:,.2f} ms + memory "
        "{memory_ms:,.2f} ms = {ms:,.2f} ms, {per_s:,.0f} images/s ({bound})",
    ),
    "compute.cnn_training_step": QT_TRANSLATE_NOOP(
        "Engine",
        "training step (forward, backward, SGD)",
    ),
    "compute.decode_allreduces_bandwidth": QT_TRANSLATE_NOOP(
        "Engine",
        "each step reads the weights on this GPU ({weights_gb:,.2f} GB{towers}{experts}) and the KV cache (≈ "
        "{kv_gb:,.2f} GB at the mean context) at {bw_gbs:,.0f} GB/s × {eff:.0%}: {t_mem_ms:,.2f} ms; compute "
        "{t_comp_ms:,.2f} ms{ar}{fixed} → {per_seq:,.1f} tokens/s per sequence, {total:,.1f} in total "
        "(bandwidth-bound)",
    ),
    "compute.decode_allreduces_compute": QT_TRANSLATE_NOOP(
        "Engine",
        "each step reads the weights on this GPU ({weights_gb:,.2f} GB{towers}{experts}) and the KV cache (≈ "
        "{kv_gb:,.2f} GB at the mean context) at {bw_gbs:,.0f} GB/s × {eff:.0%}: {t_mem_ms:,.2f} ms; compute "
        "{t_comp_ms:,.2f} ms{ar}{fixed} → {per_seq:,.1f} tokens/s per sequence, {total:,.1f} in total "
        "(compute-bound)",
    ),
    "compute.decode_experts": QT_TRANSLATE_NOOP(
        "Engine",
        "; of each MoE layer's {experts} routed experts, the {touched:,.1f} that {seqs} token{seqs_s} "
        "touch{verb_s} ({read_gb:,.2f} of {all_gb:,.2f} GB: E·(1 − (1 − k/E)^B) with k = {k}, assuming uniform "
        "routing; real routing is skewed, so fewer are touched and decoding is a little faster)",
    ),
    "compute.decode_fixed": QT_TRANSLATE_NOOP(
        "Engine",
        " + {engine}'s fixed cost {ms:,.2f} ms ({step_ms:,.2f} ms a step{moe})",
    ),
    "compute.decode_fixed_moe": QT_TRANSLATE_NOOP(
        "Engine",
        " + {n} MoE layers × {us:,.0f} µs of routing",
    ),
    "compute.decode_towers": QT_TRANSLATE_NOOP(
        "Engine",
        ", not the towers' {gb:,.2f} GB, which decoding does not run",
    ),
    "compute.flops_cnn": QT_TRANSLATE_NOOP(
        "Engine",
        "2 × Σ multiply-accumulates (conv weights × H_out·W_out, linear weights, attention QKᵀ and AV) = "
        "{flops:.3e} FLOPs per image (forward)",
    ),
    "compute.flops_per_token": QT_TRANSLATE_NOOP(
        "Engine",
        "2 × {params:,.0f} active parameters + attention 4·L·c·d over the context = {flops:.3e} FLOPs per token "
        "(forward)",
    ),
    "compute.flops_vision": QT_TRANSLATE_NOOP(
        "Engine",
        "patch tokens × (2 × {params:,.0f} parameters + attention 4·L·P·d over the image's P patches) = "
        "{flops:.3e} FLOPs per image (forward)",
    ),
    "compute.lora_no_weight_grads": QT_TRANSLATE_NOOP(
        "Engine",
        ", LoRA: no weight gradients for the frozen base",
    ),
    "compute.no_peak": QT_TRANSLATE_NOOP(
        "Engine",
        "{gpu}: dense {precision} peak not published",
    ),
    "compute.peak": QT_TRANSLATE_NOOP(
        "Engine",
        "{gpu}: {tflops:,.1f} TFLOP/s dense {precision} (vendor figure; sparse figures halved)",
    ),
    "compute.peak_with_cores": QT_TRANSLATE_NOOP(
        "Engine",
        "{gpu}: {tflops:,.1f} TFLOP/s dense {precision} (vendor figure; sparse figures halved). For scale: "
        "{cores:,} cores × {mhz:,.0f} MHz × 2 FLOPs (FMA) = {fp32:,.1f} TFLOP/s fp32 on the vector units",
    ),
    "compute.prefill_allreduces": QT_TRANSLATE_NOOP(
        "Engine",
        "max(compute {flops:.3e} FLOPs / ({tp} × {tflops:,.0f} TFLOP/s × {eff:.0%}), weights {weights_gb:,.2f} GB "
        "/ bandwidth){ar} = {ms:,.1f} ms for {seqs} × {prompt:,} prompt tokens",
    ),
    "compute.selective_megatron": QT_TRANSLATE_NOOP(
        "Engine",
        ", selective: the attention core again ({share:.0%} of the forward, Megatron policy)",
    ),
    "compute.selective_torchtitan": QT_TRANSLATE_NOOP(
        "Engine",
        ", selective: {share:.0%} of the forward again (every second matmul, torchtitan op policy)",
    ),
    "compute.time": QT_TRANSLATE_NOOP(
        "Engine",
        "{flops:.3e} FLOPs / ({gpus} GPUs × {tflops:,.1f} TFLOP/s × {mfu:.0%} MFU) = {hours:,.1f} h; GPU-hours = "
        "hours × GPUs",
    ),
    "compute.towers": QT_TRANSLATE_NOOP(
        "Engine",
        "{towers}; {share:.1%} of the FLOPs ({how})",
    ),
    "compute.towers_forward": QT_TRANSLATE_NOOP(
        "Engine",
        "forward only",
    ),
    "compute.towers_input_grads": QT_TRANSLATE_NOOP(
        "Engine",
        "{mult:g} × forward: frozen, but checkpointing's input hook sends backward through them for input gradients",
    ),
    "compute.towers_trained": QT_TRANSLATE_NOOP(
        "Engine",
        "{mult:g} × forward: they train, forward and backward",
    ),
    "compute.training_per_image": QT_TRANSLATE_NOOP(
        "Engine",
        "{mult:.3g} × forward FLOPs per image ({rule}·N rule{full}{selective}{lora}); MFU {mfu:.0%}",
    ),
    "compute.training_per_token": QT_TRANSLATE_NOOP(
        "Engine",
        "{mult:.3g} × forward FLOPs per token ({rule}·N rule{full}{selective}{lora}); MFU {mfu:.0%}",
    ),
    "compute.with_recomputation": QT_TRANSLATE_NOOP(
        "Engine",
        ", with recomputation",
    ),
    "config.default": QT_TRANSLATE_NOOP(
        "Engine",
        "{key} not given; assumed {default}",
    ),
    "config.sub_default": QT_TRANSLATE_NOOP(
        "Engine",
        "{key} not given; transformers' default ({table}) assumed",
    ),
    "config.tie_default": QT_TRANSLATE_NOOP(
        "Engine",
        "tie_word_embeddings not given; assumed {default} (transformers' default)",
    ),
    "config.type_from_architectures": QT_TRANSLATE_NOOP(
        "Engine",
        "model_type missing; '{model_type}' inferred from architectures {arch}",
    ),
    "config.type_gpt2": QT_TRANSLATE_NOOP(
        "Engine",
        "model_type missing; 'gpt2' inferred from the n_embd/n_layer/n_head keys",
    ),
    "config.type_t5": QT_TRANSLATE_NOOP(
        "Engine",
        "model_type missing; 't5' inferred from the d_model/num_heads/d_kv keys",
    ),
    "data.as_given": QT_TRANSLATE_NOOP(
        "Engine",
        "as given (--tokens-per-image)",
    ),
    "data.bad_amount": QT_TRANSLATE_NOOP(
        "Engine",
        "--data: the amount must be a finite number ≥ 0, not {amount}",
    ),
    "data.bad_tokens": QT_TRANSLATE_NOOP(
        "Engine",
        "--tokens must be a finite number ≥ 0, not {tokens}",
    ),
    "data.broken_table": QT_TRANSLATE_NOOP(
        "Engine",
        "resources/data/token_ratios.json is broken: {detail}",
    ),
    "data.from_tokens": QT_TRANSLATE_NOOP(
        "Engine",
        "tokens ÷ ({words})",
    ),
    "data.image_sample": QT_TRANSLATE_NOOP(
        "Engine",
        "an image model's sample is one image",
    ),
    "data.images_only": QT_TRANSLATE_NOOP(
        "Engine",
        "this model consumes images; give the data in images, not {unit}",
    ),
    "data.needs_captions": QT_TRANSLATE_NOOP(
        "Engine",
        "--unit image-text-pairs needs --caption-tokens (the mean caption length in tokens)",
    ),
    "data.negative_amount": QT_TRANSLATE_NOOP(
        "Engine",
        "'{text}': the amount must be a finite number ≥ 0",
    ),
    "data.no_chinese_words": QT_TRANSLATE_NOOP(
        "Engine",
        "--unit words: Chinese text is not counted in words; use --unit chars with --ratio {ratio}",
    ),
    "data.not_an_amount": QT_TRANSLATE_NOOP(
        "Engine",
        "'{text}' is not an amount (write e.g. 15T, 1.4B, 2.5e12 or 1,000,000)",
    ),
    "data.per_audio_hour": QT_TRANSLATE_NOOP(
        "Engine",
        "3,600 s × {rate:g} audio tokens per second (Whisper's encoder)",
    ),
    "data.per_char": QT_TRANSLATE_NOOP(
        "Engine",
        "1 / {chars:g} characters per token ({tokenizer}, {language})",
    ),
    "data.per_gb": QT_TRANSLATE_NOOP(
        "Engine",
        "10^9 bytes / {bytes:g} UTF-8 bytes per {language} character / {chars:g} characters per token ({tokenizer})",
    ),
    "data.per_image": QT_TRANSLATE_NOOP(
        "Engine",
        "{tokens:g} tokens per image",
    ),
    "data.per_pair": QT_TRANSLATE_NOOP(
        "Engine",
        "{image:g} image tokens + {caption:g} caption tokens per pair",
    ),
    "data.per_word": QT_TRANSLATE_NOOP(
        "Engine",
        "1 / {words:.3g} words per token ({tokenizer})",
    ),
    "data.to_tokens": QT_TRANSLATE_NOOP(
        "Engine",
        "{amount:,.6g} {unit} × ({words})",
    ),
    "data.tokens_as_given": QT_TRANSLATE_NOOP(
        "Engine",
        "tokens as given",
    ),
    "data.unit_audio_hours": QT_TRANSLATE_NOOP(
        "Engine",
        "hours of audio",
    ),
    "data.unit_chars": QT_TRANSLATE_NOOP(
        "Engine",
        "characters (for Chinese: 汉字)",
    ),
    "data.unit_gb": QT_TRANSLATE_NOOP(
        "Engine",
        "GB of UTF-8 text (10^9 bytes)",
    ),
    "data.unit_images": QT_TRANSLATE_NOOP(
        "Engine",
        "images",
    ),
    "data.unit_pairs": QT_TRANSLATE_NOOP(
        "Engine",
        "image–text pairs",
    ),
    "data.unit_tokens": QT_TRANSLATE_NOOP(
        "Engine",
        "tokens",
    ),
    "data.unit_words": QT_TRANSLATE_NOOP(
        "Engine",
        "words",
    ),
    "data.unknown_ratio": QT_TRANSLATE_NOOP(
        "Engine",
        "--ratio: unknown ratio '{ratio}' (known: {known})",
    ),
    "engine.llama_cpp": QT_TRANSLATE_NOOP(
        "Engine",
        "llama.cpp allocates the KV cache for n_ctx = {n_ctx:,} cells when the context is created, each layer's K "
        "and V on the device holding that layer ({on_gpu} of {n} layers on the GPU): {kv} on the GPU. nvidia-smi "
        "shows what it allocates, no more.",
    ),
    "engine.needs_more": QT_TRANSLATE_NOOP(
        "Engine",
        " The workload needs {needed:,} tokens of KV cache: more than the pool holds.",
    ),
    "engine.ollama": QT_TRANSLATE_NOOP(
        "Engine",
        "Ollama runs llama.cpp, which allocates the KV cache for n_ctx = {n_ctx:,} cells when the context is "
        "created, each layer's K and V on the device holding that layer ({on_gpu} of {n} layers on the GPU): {kv} "
        "on the GPU. nvidia-smi shows what it allocates, no more.",
    ),
    "engine.sglang_default": QT_TRANSLATE_NOOP(
        "Engine",
        "SGLang keeps mem_fraction_static = {frac:.3f} (its default for {total} at TP {tp}: chunked_prefill_size "
        "{chunk:,}, cuda_graph_max_bs {graph_bs}) of the memory free at start ({free}) = {static} for the weights "
        "({weights}) and the KV pool, which takes the rest: {pool} / {cell} per token ({layers} layers) = "
        "{tokens:,} tokens (max_total_num_tokens), {requests:.2f} requests of {ctx_len:,} tokens. Activations of a "
        "{chunk:,}-token prefill chunk and CUDA graphs live outside that share; nvidia-smi shows about {claimed} "
        "once they are allocated.",
    ),
    "engine.sglang_dp_attention": QT_TRANSLATE_NOOP(
        "Engine",
        " DP attention (--enable-dp-attention --dp {dp}): attention runs at TP {attn_tp} in {dp} groups, each "
        "holding the attention weights and token embedding at that TP (MoE and MLP stay split over TP {tp}) and "
        "its own KV pool for its share of the requests, {share:,} of {requests:,}; the pool and "
        "max_total_num_tokens above are one group's, {all_tokens:,} tokens over the {dp} groups. SGLang divides "
        "chunked_prefill_size by dp ({chunk:,} per rank).",
    ),
    "engine.sglang_dp_attention_default": QT_TRANSLATE_NOOP(
        "Engine",
        " DP attention (--enable-dp-attention --dp {dp}): attention runs at TP {attn_tp} in {dp} groups, each "
        "holding the attention weights and token embedding at that TP (MoE and MLP stay split over TP {tp}) and "
        "its own KV pool for its share of the requests, {share:,} of {requests:,}; the pool and "
        "max_total_num_tokens above are one group's, {all_tokens:,} tokens over the {dp} groups. SGLang divides "
        "chunked_prefill_size by dp ({chunk:,} per rank), and its default share keeps a further cuda_graph_max_bs "
        "· dp · {per:g} MiB = {reserve} free for DP attention's padding.",
    ),
    "engine.sglang_mtp_vocab_copies": QT_TRANSLATE_NOOP(
        "Engine",
        " While SGLang sizes the pool, the MTP draft still holds its own embedding and output head in 16 bits "
        "({copies}: vocabulary {vocab:,} × hidden {hidden:,} × 2 bytes each, split over TP); it shares the model's "
        "only afterwards, and the pool does not get that memory back.",
    ),
    "engine.sglang_no_room": QT_TRANSLATE_NOOP(
        "Engine",
        " The weights exceed the static share: SGLang stops at start (raise mem_fraction_static).",
    ),
    "engine.vllm": QT_TRANSLATE_NOOP(
        "Engine",
        "vLLM claims total × gpu_memory_utilization = {total} × {util:g} = {budget} per GPU at start, and "
        "nvidia-smi shows all of it whatever the load. Of it the model uses {model} (weights, the profile run's "
        "activation peak, non-torch memory); the KV pool fills the rest, {pool}: ⌊{pool} / ({block} tokens × "
        "{per_token} per token and layer) / {layers} layers⌋ = {blocks:,} blocks of {block} = {tokens:,} tokens, "
        "{conc:.2f} requests of {ctx_len:,} tokens.",
    ),
    "engine.vllm_graphs": QT_TRANSLATE_NOOP(
        "Engine",
        " The graphs: {piecewise} piecewise sizes (largest {pw_max}) and {full} full decode sizes (largest "
        "{full_max}) at max_num_seqs {seqs}, vLLM's default on this GPU ('{line}'). Their memory is unverified: "
        "roughly {size_gib:.1f} GiB, assuming {per_graph_mib:.1f} MiB per graph (one published capture: "
        "Llama-3.2-1B, 0.21 GiB over 35 graphs); held out, 67 graphs of Qwen2.5-7B took 0.51 GiB (this allowance "
        "gives 21 % less) and vLLM estimated 1.62 GiB for 86 graphs of a hybrid Qwen3.5 (68 % less). A graph's "
        "memory grows with the size it is captured for (one Llama-3.1-8B graph took 6 MiB at 104 tokens, 26 MiB at "
        "464), and at TP 4 nvidia-smi showed 2.4 GiB more with graphs than without (Yi-34B, 35 graphs, vLLM "
        "0.5.4): over the published logs this allowance is 2 % over to 91 % under.",
    ),
    "engine.vllm_graphs_v21": QT_TRANSLATE_NOOP(
        "Engine",
        " Not counted here: CUDA graph memory (vLLM logs 'Graph capturing finished in N secs, took X GiB'). From "
        "v0.21.0 vLLM profiles it before sizing the pool and takes its estimate out of the share ('Estimated CUDA "
        "graph memory: X GiB total'; VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS=1 by default), so the pool is that "
        "much smaller and nvidia-smi still shows the share; before v0.21.0 (or with the variable set to 0) the "
        "graphs are captured after the pool is sized and come on top of the share (vLLM's V0 warning: 'CUDA graphs "
        "can take additional 1~3 GiB memory per GPU').",
    ),
    "engine.vllm_hybrid": QT_TRANSLATE_NOOP(
        "Engine",
        " This model has sliding-window, chunked or fixed-state layers: vLLM's hybrid allocator gives them fewer "
        "blocks, so it holds (and logs) more tokens than counted here, where every layer keeps every token.",
    ),
    "engine.vllm_no_room": QT_TRANSLATE_NOOP(
        "Engine",
        " The weights and activation peak alone exceed the share: vLLM stops at start (no memory for the KV "
        "cache); raise gpu_memory_utilization or use more GPUs.",
    ),
    "error.cnn_speed_inference": QT_TRANSLATE_NOOP(
        "Engine",
        "images/s {lo:+.0%} … {hi:+.0%} {regime}, held to {n} published PyTorch inference figures (NVIDIA "
        "DeepLearningExamples, timm; V100, T4, A100, RTX 3090/4090/5090), timed op by op (core/cnn_speed.py)",
    ),
    "error.cnn_speed_training": QT_TRANSLATE_NOOP(
        "Engine",
        "images/s {lo:+.0%} … {hi:+.0%} {regime}, held to {n} published 1-GPU PyTorch training figures (NVIDIA "
        "DeepLearningExamples; V100, A100), timed op by op (core/cnn_speed.py)",
    ),
    "error.did_you_mean": QT_TRANSLATE_NOOP(
        "Engine",
        "; did you mean {close}?",
    ),
    "error.inference": QT_TRANSLATE_NOOP(
        "Engine",
        "weights and KV cache exact for the format; allocated peak within 0.6 % (median) and 3.9 % (max) of 36 "
        "published GPU measurements, 0.1 % and 1.1 % of 37 PyTorch allocation runs; runtime overhead ±0.5 GiB",
    ),
    "error.inference_cnn": QT_TRANSLATE_NOOP(
        "Engine",
        "weights exact for the format; the activations of a CNN's inference are not yet held to a measurement (its "
        "training is: 4 MemTracker runs, within 0.02 %); runtime overhead ±0.5 GiB",
    ),
    "error.known_ids": QT_TRANSLATE_NOOP(
        "Engine",
        "; known: {ids}",
    ),
    "error.model_format": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: {problem}",
    ),
    "error.see_gpus": QT_TRANSLATE_NOOP(
        "Engine",
        "; see `sizing gpus` for the list",
    ),
    "error.see_models": QT_TRANSLATE_NOOP(
        "Engine",
        "; see `sizing models` for the list",
    ),
    "error.stack": QT_TRANSLATE_NOOP(
        "Engine",
        "{name}: against published measurements (README 'Accuracy per training stack'): {accuracy}; modelled from "
        "its source and documentation (core/stacks.py). CUDA context and allocator slack are typical values",
    ),
    "error.training": QT_TRANSLATE_NOOP(
        "Engine",
        "allocated tensors: median 0.0 %, max 2.3 % against what PyTorch allocates in 63 MemTracker runs of "
        "transformers models (bf16, fp32, mixed precision, LoRA, DoRA, prefix tuning, P-tuning, MoE, "
        "checkpointing, eager, sinks, short convolutions, Gated DeltaNet and Mamba-2 hybrids, MLA with DSA, CNNs; "
        "README 'Accuracy'). CUDA context and allocator slack are typical values (±0.5 GiB). Other training "
        "stacks: --stack (deepspeed, fsdp2, megatron, torchtune, liger, unsloth)",
    ),
    "error.training_cnn": QT_TRANSLATE_NOOP(
        "Engine",
        "allocated tensors: within 0.02 % of what PyTorch allocates in 4 MemTracker training runs of CNNs "
        "(ResNet-50 and VGG-16 in fp32 at batch 32, SGD with momentum and AdamW; README 'Accuracy'). CUDA context "
        "and allocator slack are typical values (±0.5 GiB)",
    ),
    "error.training_cnn_precision": QT_TRANSLATE_NOOP(
        "Engine",
        "allocated tensors: a CNN trained in {precision} is not yet held to a measurement; in fp32 it is (4 "
        "MemTracker runs of ResNet-50 and VGG-16, within 0.02 %). CUDA context and allocator slack are typical "
        "values (±0.5 GiB)",
    ),
    "error.unknown_format": QT_TRANSLATE_NOOP(
        "Engine",
        "unknown weight format '{given}'{hint}",
    ),
    "error.unknown_gpu": QT_TRANSLATE_NOOP(
        "Engine",
        "unknown gpu '{given}'{hint}",
    ),
    "error.unknown_id": QT_TRANSLATE_NOOP(
        "Engine",
        "unknown {what} '{given}'{hint}",
    ),
    "error.unknown_kv_type": QT_TRANSLATE_NOOP(
        "Engine",
        "unknown KV-cache type '{given}'{hint}",
    ),
    "error.unknown_model": QT_TRANSLATE_NOOP(
        "Engine",
        "unknown model '{given}'{hint}",
    ),
    "error.with_speed": QT_TRANSLATE_NOOP(
        "Engine",
        "{speed}; {memory}",
    ),
    "expl.autocast_copies": QT_TRANSLATE_NOOP(
        "Engine",
        "torch.autocast casts each Linear weight to 16 bits once per forward and keeps the copy (its cache, and "
        "autograd's saved tensors) until backward has used it = {size}; freed before the optimizer step.",
    ),
    "expl.ckpt_first_recompute": QT_TRANSLATE_NOOP(
        "Engine",
        " The backward's first recomputed layer runs while every layer's input is still held (a checkpoint frees "
        "its input only when that layer's backward returns): {inputs} of inputs and {layer} recomputed.",
    ),
    "expl.cnn_saved": QT_TRANSLATE_NOOP(
        "Engine",
        "Every convolution, batch-norm and pooling layer keeps its input for backward; in-place ReLUs keep their "
        "output, which is the batch-norm output, so each tensor is counted once; max-pooling adds int64 indices. "
        "For {images:,.0f} images of {img}×{img} at {a} bytes: {saved}. Going backward, kept tensors are released "
        "layer by layer while each layer holds the gradients of its output and input: worst moment {backward}.",
    ),
    "expl.cnn_transient": QT_TRANSLATE_NOOP(
        "Engine",
        "Without autograd each feature map is freed after its last reader; the largest set alive at once (a "
        "layer's input and output, plus residual inputs waiting for their addition) for {images:,.0f} images = "
        "{size}.",
    ),
    "expl.cuda_context": QT_TRANSLATE_NOOP(
        "Engine",
        "The CUDA context, kernels and cuBLAS/cuDNN handles each process loads before any tensor; about {size} "
        "with lazy module loading (varies ±200 MiB with GPU and driver).",
    ),
    "expl.cuda_context_set": QT_TRANSLATE_NOOP(
        "Engine",
        "The CUDA context, kernels and cuBLAS/cuDNN handles each process loads before any tensor: {size}, as set "
        "in the scenario (the runtime's typical value is {typical}).",
    ),
    "expl.ddp_buckets": QT_TRANSLATE_NOOP(
        "Engine",
        "DistributedDataParallel copies gradients into its all-reduce buckets; with the default "
        "gradient_as_bucket_view=False this is a second gradient-sized buffer = {size}.",
    ),
    "expl.ddp_buckets_idle": QT_TRANSLATE_NOOP(
        "Engine",
        " The buckets hold every parameter that requires grad, the idle tower's {params:,.0f} too (torch's "
        "_build_params_for_reducer); the reducer leaves their .grad None.",
    ),
    "expl.dequant": QT_TRANSLATE_NOOP(
        "Engine",
        "For more than one token, bitsandbytes dequantizes each 4-bit weight to 16 bits before the matmul: the "
        "largest linear ({largest:,.0f} weights) × {per} bytes = {size}. Decoding one token uses a fused kernel "
        "without this copy.",
    ),
    "expl.dequant_fp32": QT_TRANSLATE_NOOP(
        "Engine",
        "For more than one token, bitsandbytes dequantizes each 4-bit weight to 16 bits before the matmul and "
        "casts it to fp32 (the compute dtype defaults to float32): the largest linear ({largest:,.0f} weights) × "
        "{per} bytes = {size}. Decoding one token uses a fused kernel without this copy.",
    ),
    "expl.dora_magnitude": QT_TRANSLATE_NOOP(
        "Engine",
        " They include DoRA's {mags:,} magnitudes (one per output feature of each target: use_dora=True). A fused "
        "projection (c_attn, qkv_proj, query_key_value) is one target.",
    ),
    "expl.dora_weight_norm": QT_TRANSLATE_NOOP(
        "Engine",
        "DoRA recomputes ‖W + s·BA‖ in every forward: peft builds an identity of {d_in} × {d_in}, the product BA, "
        "a {dtype} copy of the weight and the sum ({d_in} × {d_out:,.0f} each) for the largest target = {size} at "
        "a time (detached: nothing of it is kept for backward).",
    ),
    "expl.ds_fp32_partition": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack}: at the step the optimizer builds an fp32 copy of this rank's 16-bit gradient partition "
        "({elements:,.0f} elements) beside the 16-bit one, then frees the 16-bit gradients = {size}. Its fused "
        "Adam updates in place (no foreach temporary).",
    ),
    "expl.ds_fp32_partition_zero3": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack}: at the step the optimizer builds an fp32 copy of this rank's 16-bit gradient partition "
        "({elements:,.0f} elements, one sub-group of at most 1e9 at a time) beside the 16-bit one, then frees the "
        "16-bit gradients = {size}. Its fused Adam updates in place (no foreach temporary).",
    ),
    "expl.ds_gathered_live": QT_TRANSLATE_NOOP(
        "Engine",
        "DeepSpeed ZeRO-3 records the order its modules run in during the first step and gathers one module's "
        "16-bit parameters at a time; from the second step on it prefetches along that trace, up to "
        "stage3_prefetch_bucket_size = {prefetch:,} at each module, until min(stage3_max_live_parameters = "
        "{live:,}, the model's {n:,.0f}) are gathered (DeepSpeed's defaults) = {size}.",
    ),
    "expl.ds_ipg_bucket": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} (contiguous_gradients, its default) allocates an ipg buffer of reduce_bucket_size = {elements:,} "
        "elements in the 16-bit dtype to gather gradients before each reduce(-scatter) = {size}.",
    ),
    "expl.ds_tied_head_grad": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack}: the output layer shares its weight with the input embedding, so autograd keeps the output "
        "layer's 16-bit weight gradient ({vocab:,} × {hidden:,}) until the embedding's backward, the last, adds "
        "its own; only then does DeepSpeed's gradient hook move the sum into its bucket = {size} while the blocks "
        "run backward.",
    ),
    "expl.ds_weights": QT_TRANSLATE_NOOP(
        "Engine",
        "16-bit working copy of the {params:,.0f} parameters on this GPU = {size}.",
    ),
    "expl.ds_weights_zero3": QT_TRANSLATE_NOOP(
        "Engine",
        "16-bit working copy of the {params:,.0f} parameters on this GPU, partitioned over {dp} data-parallel "
        "ranks (ZeRO-3) = {size}.",
    ),
    "expl.ds_weights_zero3_offloaded": QT_TRANSLATE_NOOP(
        "Engine",
        "16-bit working copy of the {params:,.0f} parameters on this GPU, partitioned over {dp} data-parallel "
        "ranks (ZeRO-3) = {size} — kept in CPU memory (offload_param) and gathered layer by layer.",
    ),
    "expl.eager_softmax_backward": QT_TRANSLATE_NOOP(
        "Engine",
        " Eager attention's fp32 softmax backward then holds the fp32 gradient of its output, the CUDA kernel's "
        "fp32 grad × output temporary and the gradient of its input at once ({per_score} bytes per score) after "
        "the layer's MLP and probabilities are freed: {extra} more.",
    ),
    "expl.embedders_on_text": QT_TRANSLATE_NOOP(
        "Engine",
        " The multimodal embedders run on every text token too and keep {size} for backward.",
    ),
    "expl.ep_buffers": QT_TRANSLATE_NOOP(
        "Engine",
        "With experts sharded over {ep} ranks, one MoE layer at a time sends its {k} routed copies of each token "
        "to the ranks holding those experts and receives them back: a send and a receive buffer of T × k × h = "
        "{size} (balanced routing: each rank's experts receive T · k tokens in all).",
    ),
    "expl.fixed_state": QT_TRANSLATE_NOOP(
        "Engine",
        "{kinds} layer(s) keep a fixed-size state instead of a KV cache: {recurrent:,} recurrent elements (fp32) "
        "and {conv:,} convolution-window elements ({bytes:g} bytes) per sequence; it does not grow with context. = "
        "{size}.",
    ),
    "expl.frozen_base": QT_TRANSLATE_NOOP(
        "Engine",
        "{params:,} frozen parameters stored as {format} ({bits:.3f} bits per quantized weight) = {size}; no "
        "gradients or optimizer states for them.",
    ),
    "expl.fsdp2_backward_end_embedding": QT_TRANSLATE_NOOP(
        "Engine",
        " At the end of backward, while the embedding's backward runs, the first block's fp32 reduce-scatter input "
        "is kept until the next post-backward = {size}, beside the gathered root, the blocks' gradient shards and "
        "the output layer's and the embedding's 16-bit gradients.",
    ),
    "expl.fsdp2_backward_end_root": QT_TRANSLATE_NOOP(
        "Engine",
        " At the end of backward the root module (embedding, final norm, output: {root:,.0f} parameters) "
        "reduce-scatters its 16-bit gradients through an fp32 input = {size}; the gathered root is resharded "
        "first, and the blocks' gradients are shards by then.",
    ),
    "expl.fsdp2_backward_grads": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack}: while the blocks run backward, the output layer's 16-bit gradient ({vocab:,} × {hidden:,}) waits "
        "unsharded for the root module's reduce-scatter at the end of backward, beside the fp32 gradient shard of "
        "the block whose backward is over = {size}.",
    ),
    "expl.fsdp2_gathered": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} all-gathers each block's 16-bit parameters while it runs forward and prefetches the next (2 × "
        "{unit:,.0f}), and keeps the root module's ({root:,.0f}: embedding, final norm, output) gathered from the "
        "end of forward into backward = {size}. While the loss's backward runs, before any block's, only the root "
        "and the {blocks} block(s) that forward leaves gathered are = {kept}; no reduce-scatter has begun. A "
        "block's backward reshards the block before its reduce-scatter while the next is prefetched: one block and "
        "the root = {in_block}.",
    ),
    "expl.fsdp_float8_gather": QT_TRANSLATE_NOOP(
        "Engine",
        " Float8 all-gather: the blocks' linear weights are gathered in float8, 1 byte each instead of 2.",
    ),
    "expl.fsdp_pp_gathered": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} with pipeline parallelism keeps the stage's parameters gathered between micro-batches "
        "(reshard_after_forward=False): {layers} layers × {unit:,.0f} params and {root:,.0f} outside the layers "
        "(embedding or output), × 2 bytes = {size}.",
    ),
    "expl.fsdp_pp_grads": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} under a pipeline schedule skips the reduce-scatter until the last micro-batch "
        "(set_requires_gradient_sync(False)): each micro-batch's gradients accumulate unsharded in the fp32 reduce "
        "dtype for the stage's {params:,.0f} parameters = {size}, alive through the steady state of 1F1B.",
    ),
    "expl.fsdp_reduce_scatter": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack}: each block's unsharded 16-bit gradients ({params:,.0f} parameters) are cast to fp32 "
        "(reduce_dtype) for the reduce-scatter = {size} while a layer's backward finishes.",
    ),
    "expl.fsdp_stream_pool": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} reduce-scatters gradients on its own CUDA stream, so the sharded fp32 gradients are allocated "
        "from that stream's pool of the caching allocator; after zero_grad() their blocks stay cached there, and "
        "the default stream, where forward and backward allocate, cannot reuse them = {size} reserved while the "
        "gradients do not exist.",
    ),
    "expl.gradients": QT_TRANSLATE_NOOP(
        "Engine",
        "{main_grad}One gradient per trainable parameter ({params:,.0f} on this GPU) × {bytes} "
        "bytes{partition}{offloaded}{lifetime} = {size}.",
    ),
    "expl.hf_ds_bucket": QT_TRANSLATE_NOOP(
        "Engine",
        "DeepSpeed's gradient reduce bucket (HF 'auto' reduce_bucket_size = h² = {elements:,} elements), double "
        "buffered = {size}.",
    ),
    "expl.idle_tower_charged": QT_TRANSLATE_NOOP(
        "Engine",
        " Counted although the workload feeds the {towers} nothing: {stack} builds its flat buffers over every "
        "parameter that requires grad, the {params:,.0f} of the tower on this GPU too.",
    ),
    "expl.idle_tower_skipped": QT_TRANSLATE_NOOP(
        "Engine",
        " Not counted: the {params:,.0f} parameters of the {towers} on this GPU, which the workload feeds nothing "
        "— the forward pass never reaches them, so {stack} leaves them without a gradient and the optimizer "
        "creates no state for them (sized as frozen: weights only).",
    ),
    "expl.kv_cache": QT_TRANSLATE_NOOP(
        "Engine",
        "{how}; {which}; × {seqs} sequence(s) × {bytes:g} bytes ({kv}).{cross} At the full context this is "
        "{total}; after the prompt (prefill) it is {prefill}.{offload}",
    ),
    "expl.kv_dsv4": QT_TRANSLATE_NOOP(
        "Engine",
        "DeepSeek-V4: {sliding} sliding-only, {csa} CSA and {hca} HCA layers. Every layer keeps its "
        "{window:g}-token window of one shared key/value head ({d:g} wide); a CSA layer adds one entry per {r_c} "
        "tokens and the indexer's key ({i:g}) for each, an HCA layer one per {r_h}. transformers keeps K and V "
        "apart in the sliding-only layers, and after prefill each layer's window and the compressors' pending "
        "projections are views of the whole prompt until the first decode step. × {seqs:,.0f} sequence(s) × "
        "{bytes:g} bytes ({kv}). At the full context {total}; after the prompt (prefill) {prefill}.",
    ),
    "expl.llama_cpp_buffer": QT_TRANSLATE_NOOP(
        "Engine",
        "llama.cpp's graph allocator reserves one buffer for the largest layer: f32 MLP intermediates for {ubatch} "
        "tokens and the n_ubatch × n_ctx × n_head attention scores (no flash attention) = {size}.",
    ),
    "expl.llama_cpp_buffer_fa": QT_TRANSLATE_NOOP(
        "Engine",
        "llama.cpp's graph allocator reserves one buffer for the largest layer: f32 MLP intermediates for {ubatch} "
        "tokens = {size}.",
    ),
    "expl.logits_segment": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} frees the {bits}-bit logits before backward, but PyTorch's caching allocator keeps their segment: "
        "a block of over 10 MiB has a segment of its own, never merged with another, and this one is too small for "
        "the fp32 gradients that backward starts with, so they take new segments = {size} reserved and free at "
        "that moment.",
    ),
    "expl.loop_outputs": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack}'s training loop keeps the model's outputs (outputs = model(**batch); loss = outputs.loss; "
        "model.backward(loss)): their {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) stay alive through "
        "backward and the optimizer step, and the previous step's through the next forward = {size}.",
    ),
    "expl.lora_adapters_peft": QT_TRANSLATE_NOOP(
        "Engine",
        "{params:,} adapter parameters (rank {rank} on {targets} layers) in {dtype} (PEFT's default "
        "autocast_adapter_dtype=True) = {size}.",
    ),
    "expl.loss": QT_TRANSLATE_NOOP(
        "Engine",
        "The loss upcasts the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) to fp32; log-softmax keeps its "
        "fp32 output for backward, and backward starts by materialising two fp32 gradients of the same size: "
        "{size} at that moment — often the single largest activation.",
    ),
    "expl.loss_16bit": QT_TRANSLATE_NOOP(
        "Engine",
        "This model's loss runs on the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) with no fp32 upcast: "
        "a shifted contiguous copy of them goes through log-softmax, which keeps its {bits}-bit output for "
        "backward, and backward starts with two {bits}-bit gradients of the same size: {size} at either moment.",
    ),
    "expl.loss_cce": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} computes the loss with Apple's Cut Cross-Entropy: the {tokens:,.0f} × {vocab:,} logits exist only "
        "in on-chip blocks; it keeps the fp32 logsumexp per token and its backward fills the gradient of the final "
        "hidden states = {size}.",
    ),
    "expl.loss_chunked": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} splits the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) into {chunks} chunks and upcasts "
        "each to fp32 on its own: log-softmax keeps its fp32 output per chunk, but no whole fp32 copy and no whole "
        "fp32 gradient exist at once = {size} at the end of the forward pass.",
    ),
    "expl.loss_chunked_compiled": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} splits the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) into {chunks} chunks and "
        "compiles each chunk's fp32 upcast and cross-entropy (torch.compile): no fp32 copy exists, each chunk "
        "keeps its {bits}-bit logits and an fp32 logsumexp per token, and backward builds one chunk's gradient at "
        "a time = {size} at the start of backward.",
    ),
    "expl.loss_compiled": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} compiles the loss (torch.compile): the fp32 upcast, log-softmax and cross-entropy are fused, so "
        "of the T × V = {tokens:,.0f} × {vocab:,} logits only the {bits}-bit tensor (kept for backward) and its "
        "{bits}-bit gradient exist, beside an fp32 logsumexp per token: {size} at the start of backward.",
    ),
    "expl.loss_dtensor": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} computes the loss on logits sharded over the vocabulary on {tp} TP ranks (loss_parallel): "
        "DTensor's log-softmax keeps the fp32 copy, the shifted logits and their exponential at once, and its "
        "fused nll + log-softmax backward builds zeros_like, exp, their sum and the product beside the saved fp32 "
        "output: {size} at the start of backward.",
    ),
    "expl.loss_fused_linear_chunks": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} computes lm_head and the loss chunk by chunk — c = {chunk:,.0f} tokens, the power of two above T "
        "/ ⌈V / h⌉ = T / {inc} — and computes the gradient of the final hidden states in the forward pass: the "
        "{tokens:,.0f} × {vocab:,} logits never exist whole = {size}.",
    ),
    "expl.loss_vocab_parallel": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack}'s vocab-parallel cross-entropy copies the logits (T × V = {tokens:,.0f} × {vocab:,}) to fp32 and "
        "turns the copy into the softmax in place, the only tensor it keeps; backward turns that into the gradient "
        "in place and autograd casts it to the logits' dtype: {size} at either moment.",
    ),
    "expl.loss_vocab_parallel_sharded": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack}'s vocab-parallel cross-entropy copies the logits (T × V = {tokens:,.0f} × {vocab:,}, sharded over "
        "the vocabulary on {tp} TP ranks) to fp32 and turns the copy into the softmax in place, the only tensor it "
        "keeps; backward turns that into the gradient in place and autograd casts it to the logits' dtype: {size} "
        "at either moment.",
    ),
    "expl.mamba_logits": QT_TRANSLATE_NOOP(
        "Engine",
        "fp32 log-softmax kept for backward, as for transformer LMs.",
    ),
    "expl.mamba_saved": QT_TRANSLATE_NOOP(
        "Engine",
        "{layers} Mamba blocks × {per_token:,.0f} bytes per token (derived from the transformers code; not "
        "calibrated).",
    ),
    "expl.mamba_transient": QT_TRANSLATE_NOOP(
        "Engine",
        "One Mamba block's intermediates for the whole prompt = {size} (derived from the transformers code; not "
        "calibrated).",
    ),
    "expl.master_weights_dist": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (distributed optimizer).",
    ),
    "expl.master_weights_dist_offloaded": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (distributed optimizer); "
        "offloaded to CPU memory ({host} of host RAM per rank).",
    ),
    "expl.master_weights_zero": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (ZeRO-{zero}).",
    ),
    "expl.master_weights_zero_offloaded": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (ZeRO-{zero}); offloaded to "
        "CPU memory ({host} of host RAM per rank).",
    ),
    "expl.modules_to_save": QT_TRANSLATE_NOOP(
        "Engine",
        "peft's ModulesToSaveWrapper keeps the frozen original and trains a full copy of {names}: {params:,} "
        "parameters in the base model's dtype ({dtype}) = {size}.",
    ),
    "expl.modules_to_save_gradients": QT_TRANSLATE_NOOP(
        "Engine",
        "A dense gradient for every element of the copied {names} = {size} (the embedding's is dense too: "
        "nn.Embedding(sparse=False)).",
    ),
    "expl.modules_to_save_states": QT_TRANSLATE_NOOP(
        "Engine",
        "{optimizer}: {how} per parameter of the copied {names}, in their dtype = {size}.",
    ),
    "expl.mtp_kv_cache": QT_TRANSLATE_NOOP(
        "Engine",
        "Each MTP layer is one more attention layer caching every token: {how}; × {n} layer(s) × {tokens:,.0f} "
        "tokens × {seqs:,.0f} sequence(s) × {b:g} bytes = {size}.",
    ),
    "expl.mtp_kv_cache_pooled": QT_TRANSLATE_NOOP(
        "Engine",
        "Each MTP layer is one more attention layer caching every token: {how}; × {n} layer(s) × {tokens:,.0f} "
        "tokens × {seqs:,.0f} sequence(s) × {b:g} bytes = {size}. vLLM and SGLang take it from the KV pool: the "
        "pool holds fewer tokens.",
    ),
    "expl.mtp_verify": QT_TRANSLATE_NOOP(
        "Engine",
        "Each step the model scores 1 + {k} tokens per sequence to accept or reject the draft: {k} more rows of "
        "fp32 logits per sequence ({vocab:,} entries each) = {size}.",
    ),
    "expl.mtp_verify_profiled": QT_TRANSLATE_NOOP(
        "Engine",
        "vLLM sizes its KV pool after a profile run that checks the rejection sampler with one dummy draft token "
        "for each of {rows:,} dummy sequences, whatever the number of draft tokens ({k} here): fp32 logits for "
        "{rows:,} draft and {rows:,} bonus rows and the draft rows' probabilities, 3 × {rows:,} rows of {vocab:,} "
        "entries = {size}.",
    ),
    "expl.mtp_weights": QT_TRANSLATE_NOOP(
        "Engine",
        "Speculative decoding with the model's multi-token-prediction layers ({draft}): the engine loads their "
        "{params:,} parameters beside the model's, as {format} = {size} per GPU. Their embedding and output head "
        "are the model's own (shared, not loaded again).",
    ),
    "expl.optimizer_states": QT_TRANSLATE_NOOP(
        "Engine",
        "{optimizer}: {how} per trainable parameter{partition}{offloaded} = {size}.",
    ),
    "expl.prefill_transient": QT_TRANSLATE_NOOP(
        "Engine",
        "During prefill the whole prompt ({tokens:,.0f} tokens) goes through each block at once; no autograd, so "
        "only the block's live intermediates exist: the residual stream, the normalised input and the MLP's gate, "
        "up and act(gate)·up. generate() computes logits for the last position only (× fp32 copy). Peak {size} at "
        "prefill.{kinds}",
    ),
    "expl.prefix_attention": QT_TRANSLATE_NOOP(
        "Engine",
        "Prefix tuning hands every layer {tokens} trainable keys and values of width {dim} ({prefix} for the whole "
        "model); with them the query is shorter than the keys and transformers builds a causal mask: {how}. "
        "{layers} layers = {size}.",
    ),
    "expl.prefix_encoder": QT_TRANSLATE_NOOP(
        "Engine",
        "peft's PrefixEncoder (prefix_projection=False): one trainable key and value of width {dim} for each of "
        "the {tokens} virtual tokens in each of the {layers} layers = {params:,} parameters × {bytes} bytes = "
        "{size}; the base model is frozen.",
    ),
    "expl.prompt_encoder": QT_TRANSLATE_NOOP(
        "Engine",
        "peft's PromptEncoder (MLP reparameterization): a {tokens} × {dim} virtual-token embedding and an MLP "
        "{dim} → {dim} → {dim} → {dim} with biases = {params:,} parameters × {bytes} bytes = {size}; the base "
        "model is frozen.",
    ),
    "expl.qlora_dequant": QT_TRANSLATE_NOOP(
        "Engine",
        "bitsandbytes dequantizes one 4-bit weight to 16 bits for each matmul (forward and again in backward) = "
        "{size} at a time.",
    ),
    "expl.ring_attention": QT_TRANSLATE_NOOP(
        "Engine",
        "With each sequence split over {cp} context-parallel ranks, an attention layer's backward all-gathers the "
        "keys and values of the whole sequence ({tokens:,.0f} tokens × {width:,.0f}, repeated per query head) and "
        "accumulates the gradients of its queries and of the rotating key/value chunks in fp32 = {size} while one "
        "layer runs.",
    ),
    "expl.sglang_chunk": QT_TRANSLATE_NOOP(
        "Engine",
        "SGLang prefills at most {chunk:,} tokens at once (chunked_prefill_size); the largest layer's "
        "intermediates for them = {size}, outside the static share.",
    ),
    "expl.sglang_dp_gathered": QT_TRANSLATE_NOOP(
        "Engine",
        "Under DP attention the captured decode graphs gather the tokens of all {dp} ranks before the MoE/MLP "
        "layers: a buffer of cuda_graph_max_bs · dp · hidden = {bs} × {dp} × {hidden:,} elements × {b} bytes = "
        "{size}.",
    ),
    "expl.sglang_graphs": QT_TRANSLATE_NOOP(
        "Engine",
        "Decode runs captured CUDA graphs for batch sizes up to cuda_graph_max_bs = {bs}; SGLang allows 2 MiB per "
        "batch size for their memory = {size} (its own allowance).",
    ),
    "expl.sglang_meta": QT_TRANSLATE_NOOP(
        "Engine",
        "SGLang's allowance outside mem_fraction_static for the attention backend's constant metadata (512 MiB) "
        "and, growing with the parallel size, communication buffers = {size}.",
    ),
    "expl.side_stack": QT_TRANSLATE_NOOP(
        "Engine",
        " The {name} adds {size} ({layers} layers).",
    ),
    "expl.slack_inference": QT_TRANSLATE_NOOP(
        "Engine",
        "PyTorch's caching allocator reserves more than it hands out: freed blocks of other sizes stay reserved. "
        "Typically {frac:.0%} of the peak allocation for inference = {size}; "
        "PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True lowers it.",
    ),
    "expl.slack_training": QT_TRANSLATE_NOOP(
        "Engine",
        "PyTorch's caching allocator reserves more than it hands out: freed blocks of other sizes stay reserved. "
        "Typically {frac:.0%} of the peak allocation for training = {size}; "
        "PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True lowers it.",
    ),
    "expl.ssm_state": QT_TRANSLATE_NOOP(
        "Engine",
        "A state-space model keeps a fixed-size state instead of a KV cache: per layer a convolution window and "
        "the SSM state, {intermediate} × ({kernel} + {state}) values; it does not grow with context. = {size}.",
    ),
    "expl.step_temporaries": QT_TRANSLATE_NOOP(
        "Engine",
        "{how} = {size}.",
    ),
    "expl.towers_frozen": QT_TRANSLATE_NOOP(
        "Engine",
        " The frozen vision and audio towers keep nothing for backward (per sequence, {inputs}).",
    ),
    "expl.towers_prefill": QT_TRANSLATE_NOOP(
        "Engine",
        " Per sequence, {inputs}: the vision tower's call peaks at {vision} and the audio tower's at {audio} "
        "(measured on fake tensors with transformers' code for the towers); they run one after the other before "
        "the text model, so the prefill holds the largest of the three. Their soft tokens are part of the context.",
    ),
    "expl.towers_saved": QT_TRANSLATE_NOOP(
        "Engine",
        " Per sequence, {inputs}: the vision tower keeps {vision} and the audio tower {audio} for backward "
        "(measured on fake tensors with transformers' code for the towers).",
    ),
    "expl.training_cp": QT_TRANSLATE_NOOP(
        "Engine",
        "context parallel: each rank holds 1/{cp} of every sequence ({tokens:,.0f} tokens)",
    ),
    "expl.training_cp_te": QT_TRANSLATE_NOOP(
        "Engine",
        "context parallel: each rank holds 1/{cp} of every sequence ({tokens:,.0f} tokens); Transformer Engine's "
        "ring-attention buffers are not counted",
    ),
    "expl.training_full_ckpt": QT_TRANSLATE_NOOP(
        "Engine",
        "full checkpointing keeps only each layer's input ({a} bytes × h per token × {layers} layers) and "
        "recomputes one layer at a time during backward ({per_token:,.0f} bytes per token)",
    ),
    "expl.training_inflight": QT_TRANSLATE_NOOP(
        "Engine",
        "× {inflight} micro-batches in flight on the first pipeline stage (1F1B)",
    ),
    "expl.training_inflight_interleaved": QT_TRANSLATE_NOOP(
        "Engine",
        "× {inflight:.3g} micro-batches' worth in flight on this pipeline rank (interleaved 1F1B with {v} model "
        "chunks per rank: pp ± (pp − 1) / v on the first / last rank, at most the number of micro-batches)",
    ),
    "expl.training_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "{layers} layers × {per_token:,.0f} bytes per token per layer (norms {norms:,.0f}, attention "
        "{attention:,.0f}, MLP {mlp:,.0f}) × T tokens",
    ),
    "expl.training_layers_eager": QT_TRANSLATE_NOOP(
        "Engine",
        "{layers} layers × {per_token:,.0f} bytes per token per layer (norms {norms:,.0f}, attention "
        "{attention:,.0f}, MLP {mlp:,.0f}, eager scores {scores:,.0f}) × T tokens",
    ),
    "expl.vision_transient": QT_TRANSLATE_NOOP(
        "Engine",
        "{tokens:,.0f} patch tokens go through each block at once; only the block's live intermediates exist = {size}.",
    ),
    "expl.vllm_nontorch": QT_TRANSLATE_NOOP(
        "Engine",
        "CUDA context, NCCL and custom all-reduce buffers as vLLM's memory profiler reports them for Llama-3-8B = "
        "{size} per GPU.",
    ),
    "expl.vllm_profile": QT_TRANSLATE_NOOP(
        "Engine",
        "vLLM sizes its KV pool after a profiling forward of {tokens:,.0f} tokens: the largest layer's "
        "intermediates plus the sampler's fp32 logits/probabilities for 256 dummy sequences = {size}.",
    ),
    "expl.weights": QT_TRANSLATE_NOOP(
        "Engine",
        "{params:,} parameters stored as {format}: {how}.{note} = {size} per GPU.",
    ),
    "expl.weights_ngl": QT_TRANSLATE_NOOP(
        "Engine",
        "llama.cpp -ngl {ngl}: {how}. {cpu} of weights run from CPU memory = {gpu} on the GPU.",
    ),
    "expl.weights_training": QT_TRANSLATE_NOOP(
        "Engine",
        "{params:,.0f} parameters × {bytes} bytes = {size}.",
    ),
    "expl.weights_training_autocast": QT_TRANSLATE_NOOP(
        "Engine",
        "{params:,.0f} parameters × {bytes} bytes (fp32 parameters; autocast computes in 16 bits) = {size}.",
    ),
    "expl.weights_training_fsdp": QT_TRANSLATE_NOOP(
        "Engine",
        "{params:,.0f} parameters × {bytes} bytes ({stack}: fp32 shards; MixedPrecisionPolicy gathers 16-bit "
        "copies per layer) = {size}.",
    ),
    "expl.weights_training_fsdp_sharded": QT_TRANSLATE_NOOP(
        "Engine",
        "{params:,.0f} parameters × {bytes} bytes ({stack}: fp32 shards; MixedPrecisionPolicy gathers 16-bit "
        "copies per layer), sharded over {over} (ZeRO-3/FSDP) = {size}.",
    ),
    "expl.weights_training_sharded": QT_TRANSLATE_NOOP(
        "Engine",
        "{params:,.0f} parameters × {bytes} bytes, sharded over {over} (ZeRO-3/FSDP) = {size}.",
    ),
    "expl.whisper_frozen": QT_TRANSLATE_NOOP(
        "Engine",
        " The frozen audio tower keeps nothing for backward (per sequence, {inputs}).",
    ),
    "expl.whisper_hooked": QT_TRANSLATE_NOOP(
        "Engine",
        " Per sequence, {inputs}: the frozen audio tower keeps {audio} for backward — LoRA with gradient "
        "checkpointing hooks its input (transformers' enable_input_require_grads), so backward runs through it; "
        "its blocks are checkpointed with the text model's (measured on fake tensors).",
    ),
    "expl.whisper_prefill": QT_TRANSLATE_NOOP(
        "Engine",
        " Per sequence, {inputs}: the audio tower's call peaks at {audio} (measured on fake tensors with "
        "transformers' code for the tower); it runs before the text model, so the prefill holds the larger of the "
        "two. Its audio tokens are part of the context.",
    ),
    "expl.whisper_saved": QT_TRANSLATE_NOOP(
        "Engine",
        " Per sequence, {inputs}: the audio tower keeps {audio} for backward (measured on fake tensors with "
        "transformers' code for the tower).",
    ),
    "expl.zero3_gathered": QT_TRANSLATE_NOOP(
        "Engine",
        "ZeRO-3/FSDP all-gathers one layer's full 16-bit parameters while computing it and prefetches the next: 2 "
        "layers × {unit:,.0f} params × 2 bytes = {size}.",
    ),
    "fewest.counts": QT_TRANSLATE_NOOP(
        "Engine",
        "GPU counts 1–8, then multiples of 8 (whole nodes)",
    ),
    "fewest.found": QT_TRANSLATE_NOOP(
        "Engine",
        "{gpus} × {gpu} ({layout}): {total} per GPU of {usable} usable. Fewest over the layouts tried ({how}; "
        "{counts}){per_batch}",
    ),
    "fewest.global_batch": QT_TRANSLATE_NOOP(
        "Engine",
        "; the per-GPU micro-batch stays {batch}, so the global batch becomes {global_batch:,} sequences",
    ),
    "fewest.how_inference": QT_TRANSLATE_NOOP(
        "Engine",
        "inference: tensor parallel (dividing the attention heads), then tensor × pipeline parallel",
    ),
    "fewest.how_llama_cpp": QT_TRANSLATE_NOOP(
        "Engine",
        "inference: llama.cpp splits layers across GPUs",
    ),
    "fewest.how_training": QT_TRANSLATE_NOOP(
        "Engine",
        "training: more data-parallel ranks at the scenario's ZeRO stage, then ZeRO-1/2/3, then tensor parallel "
        "2/4/8 with ZeRO-3, then pipeline stages with ZeRO-1",
    ),
    "fewest.none": QT_TRANSLATE_NOOP(
        "Engine",
        "no layout tried fits on up to {upper:,} × {gpu} ({how}; {counts})",
    ),
    "fit.batch": QT_TRANSLATE_NOOP(
        "Engine",
        "Batch {batch} (was {old})",
    ),
    "fit.checkpointing": QT_TRANSLATE_NOOP(
        "Engine",
        "Turn on full activation checkpointing",
    ),
    "fit.concurrency": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} concurrent requests (was {old})",
    ),
    "fit.cost_checkpointing": QT_TRANSLATE_NOOP(
        "Engine",
        "≈ 33 % more compute (each layer's forward runs again in backward: 8·N·D instead of 6·N·D)",
    ),
    "fit.cost_concurrency": QT_TRANSLATE_NOOP(
        "Engine",
        "less throughput; more replicas for the same load",
    ),
    "fit.cost_kv_cache": QT_TRANSLATE_NOOP(
        "Engine",
        "a small quality change in long contexts",
    ),
    "fit.cost_less_throughput": QT_TRANSLATE_NOOP(
        "Engine",
        "less throughput",
    ),
    "fit.cost_micro_batch": QT_TRANSLATE_NOOP(
        "Engine",
        "more, smaller steps: a little less throughput; same global batch",
    ),
    "fit.cost_more_compute": QT_TRANSLATE_NOOP(
        "Engine",
        "≈ 33 % more compute",
    ),
    "fit.cost_more_gpu": QT_TRANSLATE_NOOP(
        "Engine",
        "{extra} more GPU",
    ),
    "fit.cost_more_gpu_traffic": QT_TRANSLATE_NOOP(
        "Engine",
        "{extra} more GPU and their interconnect traffic",
    ),
    "fit.cost_more_gpus": QT_TRANSLATE_NOOP(
        "Engine",
        "{extra} more GPUs",
    ),
    "fit.cost_more_gpus_traffic": QT_TRANSLATE_NOOP(
        "Engine",
        "{extra} more GPUs and their interconnect traffic",
    ),
    "fit.cost_offload": QT_TRANSLATE_NOOP(
        "Engine",
        "slower steps (PCIe transfers, CPU Adam); needs the offloaded bytes in host RAM",
    ),
    "fit.cost_quantization_error": QT_TRANSLATE_NOOP(
        "Engine",
        "quantization error",
    ),
    "fit.cost_shorter_context": QT_TRANSLATE_NOOP(
        "Engine",
        "the model sees less text per sequence",
    ),
    "fit.cost_small_quality_change": QT_TRANSLATE_NOOP(
        "Engine",
        "a small quality change",
    ),
    "fit.cost_smaller_format": QT_TRANSLATE_NOOP(
        "Engine",
        "quantization error: a quality loss that grows as the bits shrink",
    ),
    "fit.cost_smaller_steps": QT_TRANSLATE_NOOP(
        "Engine",
        "more, smaller steps",
    ),
    "fit.cost_smaller_steps_more_compute": QT_TRANSLATE_NOOP(
        "Engine",
        "more, smaller steps and ≈ 33 % more compute",
    ),
    "fit.kv_cache": QT_TRANSLATE_NOOP(
        "Engine",
        "Store the KV cache as {kv} (was {old})",
    ),
    "fit.micro_batch": QT_TRANSLATE_NOOP(
        "Engine",
        "Micro-batch {batch} with {steps} accumulation steps (global batch {new:,} per rank, was {old:,})",
    ),
    "fit.more_gpus": QT_TRANSLATE_NOOP(
        "Engine",
        "Use {gpus} × {gpu} ({layout})",
    ),
    "fit.offload_fsdp": QT_TRANSLATE_NOOP(
        "Engine",
        "Offload the parameters, gradients and optimizer states to CPU memory (FSDP2 CPUOffloadPolicy)",
    ),
    "fit.offload_megatron": QT_TRANSLATE_NOOP(
        "Engine",
        "Offload the optimizer states and fp32 main parameters to CPU memory (Megatron-Core --optimizer-cpu-offload)",
    ),
    "fit.offload_optimizer": QT_TRANSLATE_NOOP(
        "Engine",
        "Offload the optimizer states, master weights and gradients to CPU memory (DeepSpeed ZeRO-{zero} Offload)",
    ),
    "fit.offload_optimizer_params": QT_TRANSLATE_NOOP(
        "Engine",
        "Offload the optimizer states, gradients and parameters to CPU memory (DeepSpeed ZeRO-{zero} Offload)",
    ),
    "fit.scenario_price": QT_TRANSLATE_NOOP(
        "Engine",
        "the scenario's price",
    ),
    "fit.shorter_context": QT_TRANSLATE_NOOP(
        "Engine",
        "Context {context:,} tokens (was {old:,})",
    ),
    "fit.smaller_format": QT_TRANSLATE_NOOP(
        "Engine",
        "Weights in {format} ({bits:g} bits per weight, was {old})",
    ),
    "fit.words_and_format": QT_TRANSLATE_NOOP(
        "Engine",
        "{words} and weights in {format}",
    ),
    "fit.words_checkpointing": QT_TRANSLATE_NOOP(
        "Engine",
        "activation checkpointing",
    ),
    "fit.words_format": QT_TRANSLATE_NOOP(
        "Engine",
        "weights in {format}",
    ),
    "fit.words_kv_cache": QT_TRANSLATE_NOOP(
        "Engine",
        "a {kv} KV cache",
    ),
    "fit.words_kv_cache_an": QT_TRANSLATE_NOOP(
        "Engine",
        "an {kv} KV cache",
    ),
    "fit.words_micro_batch_1": QT_TRANSLATE_NOOP(
        "Engine",
        "micro-batch 1 with {steps} accumulation steps",
    ),
    "fit.words_micro_batch_1_checkpointing": QT_TRANSLATE_NOOP(
        "Engine",
        "micro-batch 1 with {steps} accumulation steps and activation checkpointing",
    ),
    "fit.words_on_gpus": QT_TRANSLATE_NOOP(
        "Engine",
        "{words}, on {gpus} × {gpu} ({layout})",
    ),
    "fit.words_one_request": QT_TRANSLATE_NOOP(
        "Engine",
        "one request at a time",
    ),
    "flops.conformer_tower": QT_TRANSLATE_NOOP(
        "Engine",
        "audio tower: {clips} clip(s) × {positions:,} positions × (2 × {params:,} parameters + local attention "
        "4·{layers}·{window}·{d:,}) = {flops:.3e} FLOPs per sequence (forward)",
    ),
    "flops.timm_tower": QT_TRANSLATE_NOOP(
        "Engine",
        "vision tower: {images} image(s) × {per:.3e} FLOPs (timm's {arch} over a {side} × {side} image, counted "
        "with PyTorch's FlopCounterMode) = {flops:.3e} FLOPs per sequence (forward)",
    ),
    "flops.vision_tower": QT_TRANSLATE_NOOP(
        "Engine",
        "vision tower: {images} image(s) × ({tokens:,} patches × (2 × {body:,} parameters + attention "
        "4·{layers}·{tokens:,}·{d:,}) + projector 2 × {proj:,} parameters × {rows:,} merged rows) = {flops:.3e} "
        "FLOPs per sequence (forward)",
    ),
    "flops.whisper_tower": QT_TRANSLATE_NOOP(
        "Engine",
        "audio tower: {chunks} chunk(s) of 30 s × (conv1 2 × {conv1:,} × {frames:,} mel frames + {positions:,} "
        "positions × (2 × {enc:,} parameters + attention 4·{layers}·{positions:,}·{d:,}) + projector 2 × {proj:,} "
        "parameters × {rows:,} rows) = {flops:.3e} FLOPs per sequence (forward)",
    ),
    "formats.fits": QT_TRANSLATE_NOOP(
        "Engine",
        "{total} of {usable} usable",
    ),
    "formats.full_training": QT_TRANSLATE_NOOP(
        "Engine",
        "full training keeps the weights at the training precision; weight formats apply to inference and LoRA",
    ),
    "formats.partial": QT_TRANSLATE_NOOP(
        "Engine",
        "does not fit whole ({total} of {usable}); with --n-gpu-layers {gpu_layers} ({gpu_layers} of {layers} "
        "layers and their K/V on the GPU, the output layer in RAM) it takes {part_total}; {cpu} of weights stay in "
        "system RAM and run on the CPU ({host} of RAM with their K/V)",
    ),
    "formats.too_large": QT_TRANSLATE_NOOP(
        "Engine",
        "{total} > {usable} usable (short by {short})",
    ),
    "gemma3n.pairs": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must list {n} [height, width] pairs of positive integers",
    ),
    "gemma3n.sscp_channels": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must list the channels of the two subsampling convolutions",
    ),
    "gemma3n.timm_model_args": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' passes arguments to timm's build, which can change the tower's size; refused",
    ),
    "gemma3n.timm_unknown": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' names the timm architecture '{name}', whose size this version does not hold (known: {known}); "
        "refused rather than guessed",
    ),
    "gemma3n.timm_width": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' is {value} but timm's {name} outputs {channels} channels",
    ),
    "gemma3n.towers": QT_TRANSLATE_NOOP(
        "Engine",
        "Gemma 3n's towers beside the text model: vision {vision:,} (timm {arch}, {tokens} tokens per image), "
        "audio {audio:,}, embedders {embed:,} parameters",
    ),
    "gguf.alignment": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata 'general.alignment' {value} is not a power of two",
    ),
    "gguf.array_past_end": QT_TRANSLATE_NOOP(
        "Engine",
        "truncated or corrupt: {what} declares {count:,} array elements, more than the {left:,} bytes left can hold",
    ),
    "gguf.array_too_long": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata '{key}' is an array of {n:,} values, too long to read",
    ),
    "gguf.assumed": QT_TRANSLATE_NOOP(
        "Engine",
        "{key} not in the metadata; assumed {default}",
    ),
    "gguf.bad_magic": QT_TRANSLATE_NOOP(
        "Engine",
        "not a GGUF file: it starts with {start}, not the magic b'GGUF'",
    ),
    "gguf.block_count": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata '{key}' is {n:,} but the file has tensors for {have}; at most {limit:,} layers are supported",
    ),
    "gguf.blocks": QT_TRANSLATE_NOOP(
        "Engine",
        "blocks {first}–{last}",
    ),
    "gguf.buffer_rope": QT_TRANSLATE_NOOP(
        "Engine",
        "RoPE frequency factors (a buffer)",
    ),
    "gguf.buffer_score_bias": QT_TRANSLATE_NOOP(
        "Engine",
        "the experts' score-correction bias (e_score_correction_bias, a buffer in transformers)",
    ),
    "gguf.buffers": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} {tensor} tensor(s): {what}; not parameters",
    ),
    "gguf.chunked_attention": QT_TRANSLATE_NOOP(
        "Engine",
        "chunked attention: {chunk} tokens on 3 of every {every} layers, as llama.cpp runs {arch}",
    ),
    "gguf.count_entries": QT_TRANSLATE_NOOP(
        "Engine",
        "{n:,} metadata entries",
    ),
    "gguf.count_mismatch": QT_TRANSLATE_NOOP(
        "Engine",
        "the file's tensors hold {stored:,} values but the architecture read from its metadata has {expected:,} "
        "parameters ({diff:+,}); the estimate uses the stored bytes",
    ),
    "gguf.count_mismatch_extra": QT_TRANSLATE_NOOP(
        "Engine",
        "the file's tensors hold {stored:,} values but the architecture read from its metadata has {expected:,} "
        "parameters ({diff:+,}); tensors not modelled: {extra}; the estimate uses the stored bytes",
    ),
    "gguf.count_tensors": QT_TRANSLATE_NOOP(
        "Engine",
        "{n:,} tensors",
    ),
    "gguf.dims": QT_TRANSLATE_NOOP(
        "Engine",
        "corrupt: tensor '{name}' declares {n} dimensions",
    ),
    "gguf.experts_without_router": QT_TRANSLATE_NOOP(
        "Engine",
        "{arch}.expert_count is set but no layer has a router tensor; read as a dense model",
    ),
    "gguf.file_type_inferred": QT_TRANSLATE_NOOP(
        "Engine",
        "general.file_type missing; the most common tensor type is {type}, read as file type {hint}",
    ),
    "gguf.file_type_unknown": QT_TRANSLATE_NOOP(
        "Engine",
        "general.file_type missing; the most common tensor type is {type}, which has no weight-format entry here",
    ),
    "gguf.head_dim": QT_TRANSLATE_NOOP(
        "Engine",
        "embedding_length {h} is not divisible by attention.head_count {heads} and attention.key_length is missing",
    ),
    "gguf.header_count": QT_TRANSLATE_NOOP(
        "Engine",
        "header declares {count}, over the {limit:,} limit: the file is corrupt; refused",
    ),
    "gguf.heads_positive": QT_TRANSLATE_NOOP(
        "Engine",
        "{arch}.attention.head_count must be positive",
    ),
    "gguf.hybrid_blocks": QT_TRANSLATE_NOOP(
        "Engine",
        "{arch}: every block must hold attention and a Mamba-2 mixer side by side",
    ),
    "gguf.inconsistent": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata gives an inconsistent architecture ({where}: {detail})",
    ),
    "gguf.key_not_utf8": QT_TRANSLATE_NOOP(
        "Engine",
        "corrupt: metadata entry #{i} key is not UTF-8 text",
    ),
    "gguf.key_twice": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata key {key} appears twice",
    ),
    "gguf.mamba1_hybrid": QT_TRANSLATE_NOOP(
        "Engine",
        "blk.{i} is a Mamba-1 layer inside a hybrid stack: not a layout this version sizes",
    ),
    "gguf.missing": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata '{key}' is missing",
    ),
    "gguf.mmproj": QT_TRANSLATE_NOOP(
        "Engine",
        "this is a vision projector (mmproj) GGUF, not a language model; open the model's main .gguf file",
    ),
    "gguf.mtp_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "{layers} multi-token-prediction layer(s) ({span}, {values:,} values, {nbytes:,} bytes) are in the file: "
        "reported beside the total, not in it, and not counted on the GPU (a runtime loads them only for "
        "speculative decoding)",
    ),
    "gguf.name_twice": QT_TRANSLATE_NOOP(
        "Engine",
        "the same tensor name appears twice",
    ),
    "gguf.nested_arrays": QT_TRANSLATE_NOOP(
        "Engine",
        "corrupt: {what} nests arrays too deeply",
    ),
    "gguf.no_arch": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata 'general.architecture' is missing",
    ),
    "gguf.no_blocks": QT_TRANSLATE_NOOP(
        "Engine",
        "no blocks",
    ),
    "gguf.no_embedding": QT_TRANSLATE_NOOP(
        "Engine",
        "no 2-D token_embd.weight tensor: not a language model GGUF",
    ),
    "gguf.no_ffn": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata '{arch}.feed_forward_length' is missing and no MLP tensor gives it",
    ),
    "gguf.no_ffn_up": QT_TRANSLATE_NOOP(
        "Engine",
        "no 2-D blk.{i}.ffn_up.weight tensor for the block's MLP",
    ),
    "gguf.no_format_entry": QT_TRANSLATE_NOOP(
        "Engine",
        "{file_type} has no weight-format entry here; sizing uses the exact stored bytes",
    ),
    "gguf.norms_uneven": QT_TRANSLATE_NOOP(
        "Engine",
        "the blocks hold {norms} norm layers over {layers} layers, not the same number each",
    ),
    "gguf.not_2d": QT_TRANSLATE_NOOP(
        "Engine",
        "{name} must be 2-D, not {shape}",
    ),
    "gguf.not_count": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata '{key}' must be a non-negative integer, not {value}",
    ),
    "gguf.partial_block": QT_TRANSLATE_NOOP(
        "Engine",
        "tensor '{name}': rows of {n} values are not whole {type} blocks of {block}",
    ),
    "gguf.per_layer_int": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata '{key}' holds {value}; per-layer values must be integers",
    ),
    "gguf.per_layer_none": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata '{key}' holds no positive per-layer values",
    ),
    "gguf.pre_gguf": QT_TRANSLATE_NOOP(
        "Engine",
        "this is a pre-GGUF GGML/GGJT file; convert it to GGUF with a current llama.cpp",
    ),
    "gguf.router": QT_TRANSLATE_NOOP(
        "Engine",
        "blk.{i} has a router but no 3-D ffn_up_exps.weight tensor",
    ),
    "gguf.short": QT_TRANSLATE_NOOP(
        "Engine",
        "only {n} bytes: truncated before the end of the GGUF header",
    ),
    "gguf.sizes_positive": QT_TRANSLATE_NOOP(
        "Engine",
        "{arch}.block_count (less its nextn_predict_layers) and embedding_length must be positive",
    ),
    "gguf.split": QT_TRANSLATE_NOOP(
        "Engine",
        "split GGUF: read all {parts} parts",
    ),
    "gguf.split_count": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata 'split.count' is {n:,}; at most {limit:,} parts are read",
    ),
    "gguf.split_missing": QT_TRANSLATE_NOOP(
        "Engine",
        "split GGUF: {n} of {count} parts are missing (e.g. '{name}'); all parts are needed to size the model",
    ),
    "gguf.split_name": QT_TRANSLATE_NOOP(
        "Engine",
        "this is part of a {count}-part split GGUF, but its name does not follow the '<name>-0000N-of-0000M.gguf' "
        "pattern, so the other parts cannot be found",
    ),
    "gguf.ssm_conv1d": QT_TRANSLATE_NOOP(
        "Engine",
        "blk.{i}.ssm_conv1d has {channels} channels, not 2·{k_heads}·{k_dim} + {v_heads}·{v_dim} as the "
        "ssm.group_count, ssm.state_size and the ssm_a and ssm_norm tensors say",
    ),
    "gguf.ssm_in": QT_TRANSLATE_NOOP(
        "Engine",
        "blk.{i}.ssm_in has {rows} rows, not 2·{inner} + 2·{groups}·{state} + {heads} (Mamba-2's in_proj)",
    ),
    "gguf.ssm_out": QT_TRANSLATE_NOOP(
        "Engine",
        "blk.{i}.ssm_out reads {inner} values, not a whole number of {heads} heads",
    ),
    "gguf.string_array_limit": QT_TRANSLATE_NOOP(
        "Engine",
        "{what} declares {count:,} elements; at most {limit:,} are read",
    ),
    "gguf.string_limit": QT_TRANSLATE_NOOP(
        "Engine",
        "corrupt: {what} declares {n:,} bytes (limit {limit:,})",
    ),
    "gguf.strings_past_end": QT_TRANSLATE_NOOP(
        "Engine",
        "truncated or corrupt: the strings of {what} run past the end of the file ({end:,} bytes)",
    ),
    "gguf.tensor_dims": QT_TRANSLATE_NOOP(
        "Engine",
        "blk.{i}.{part} is missing or has too few dimensions",
    ),
    "gguf.tensor_missing": QT_TRANSLATE_NOOP(
        "Engine",
        "blk.{i}.{part} is missing",
    ),
    "gguf.tensor_truncated": QT_TRANSLATE_NOOP(
        "Engine",
        "truncated: tensor '{name}' needs bytes {start:,}–{end:,} but the file ends at {size:,}",
    ),
    "gguf.tensor_twice": QT_TRANSLATE_NOOP(
        "Engine",
        "tensor '{name}' appears twice",
    ),
    "gguf.tied_output": QT_TRANSLATE_NOOP(
        "Engine",
        "no output.weight: llama.cpp puts a copy of token_embd on the GPU as the output matrix, so the GPU bytes "
        "still include it once (the input lookup copy stays in CPU memory)",
    ),
    "gguf.tokenizer_rows": QT_TRANSLATE_NOOP(
        "Engine",
        "the tokenizer lists {tokens:,} tokens; the embedding table has {rows:,} rows (used)",
    ),
    "gguf.truncated": QT_TRANSLATE_NOOP(
        "Engine",
        "truncated or corrupt: {what} at byte {at:,} needs {n:,} bytes but the file ends at {size:,}",
    ),
    "gguf.unknown_architecture": QT_TRANSLATE_NOOP(
        "Engine",
        "GGUF architecture '{arch}' is not one this version knows: its structure was read from the tensor names "
        "and shapes alone and may be wrong",
    ),
    "gguf.unknown_array_type": QT_TRANSLATE_NOOP(
        "Engine",
        "corrupt: {what} is an array of unknown value type {itype}",
    ),
    "gguf.unknown_type": QT_TRANSLATE_NOOP(
        "Engine",
        "tensor '{name}' has unknown GGML type {type} (a newer GGUF than this app reads?)",
    ),
    "gguf.unknown_value_type": QT_TRANSLATE_NOOP(
        "Engine",
        "corrupt: {what} has unknown value type {vtype}",
    ),
    "gguf.unreadable": QT_TRANSLATE_NOOP(
        "Engine",
        "cannot read the file ({reason})",
    ),
    "gguf.unsupported_arch": QT_TRANSLATE_NOOP(
        "Engine",
        "GGUF architecture '{arch}' is not supported here (decoder language models and Mamba are)",
    ),
    "gguf.value_heads": QT_TRANSLATE_NOOP(
        "Engine",
        "value heads ({value}) are narrower or wider than key heads ({key}); the KV cache is sized with the key width",
    ),
    "gguf.value_not_utf8": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata '{key}' is not UTF-8 text",
    ),
    "gguf.varies_by_layer": QT_TRANSLATE_NOOP(
        "Engine",
        "{key} varies by layer ({low}–{high}); the largest value is used",
    ),
    "gguf.version": QT_TRANSLATE_NOOP(
        "Engine",
        "GGUF version {version} is not supported (versions 2 and 3 are)",
    ),
    "gguf.what.array_length": QT_TRANSLATE_NOOP(
        "Engine",
        "{what} (array length)",
    ),
    "gguf.what.array_type": QT_TRANSLATE_NOOP(
        "Engine",
        "{what} (array type)",
    ),
    "gguf.what.dims": QT_TRANSLATE_NOOP(
        "Engine",
        "tensor '{name}' dimension count",
    ),
    "gguf.what.element": QT_TRANSLATE_NOOP(
        "Engine",
        "{what}[{i}]",
    ),
    "gguf.what.entry_key": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata entry #{i} key",
    ),
    "gguf.what.length": QT_TRANSLATE_NOOP(
        "Engine",
        "{what} (length)",
    ),
    "gguf.what.offset": QT_TRANSLATE_NOOP(
        "Engine",
        "tensor '{name}' offset",
    ),
    "gguf.what.shape": QT_TRANSLATE_NOOP(
        "Engine",
        "tensor '{name}' shape",
    ),
    "gguf.what.tensor_name": QT_TRANSLATE_NOOP(
        "Engine",
        "tensor info #{i} name",
    ),
    "gguf.what.type": QT_TRANSLATE_NOOP(
        "Engine",
        "tensor '{name}' type",
    ),
    "gguf.what.value": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata '{key}'",
    ),
    "gguf.what.value_type": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata '{key}' value type",
    ),
    "gguf.window_everywhere": QT_TRANSLATE_NOOP(
        "Engine",
        "sliding window {window} with no layer pattern in the metadata; assumed on every layer",
    ),
    "gguf.window_pattern": QT_TRANSLATE_NOOP(
        "Engine",
        "the sliding-window layer pattern is not periodic; approximated by its first period",
    ),
    "gpu.tflops_range": QT_TRANSLATE_NOOP(
        "Engine",
        "tflops.{key} must be a positive finite number of at most {limit:,.0f} (or null), not {value}",
    ),
    "gradients.accumulation": QT_TRANSLATE_NOOP(
        "Engine",
        ". With gradient accumulation they persist through the next forward passes",
    ),
    "gradients.main_grad": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack}: gradients accumulate in one contiguous fp32 main_grad buffer. ",
    ),
    "gradients.offloaded": QT_TRANSLATE_NOOP(
        "Engine",
        " (offloaded to CPU after reduction)",
    ),
    "gradients.partitioned": QT_TRANSLATE_NOOP(
        "Engine",
        ", partitioned over {over} ({scheme})",
    ),
    "gradients.persistent": QT_TRANSLATE_NOOP(
        "Engine",
        ". The buffer is allocated once and zeroed every step, so it is there during the forward pass too",
    ),
    "gradients.set_to_none": QT_TRANSLATE_NOOP(
        "Engine",
        ". They do not exist during the first forward pass (zero_grad(set_to_none=True))",
    ),
    "host.gguf": QT_TRANSLATE_NOOP(
        "Engine",
        "{total} of CPU RAM for {runtime}: weights {weights} (token embedding) + K/V of the layers in CPU memory "
        "{kv}; with mmap (the default) the file's pages are shared with the page cache",
    ),
    "host.gguf_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "{total} of CPU RAM for {runtime}: weights {weights} (token embedding, {layers} layers not offloaded) + "
        "K/V of the layers in CPU memory {kv}; with mmap (the default) the file's pages are shared with the page "
        "cache",
    ),
    "host.offload": QT_TRANSLATE_NOOP(
        "Engine",
        "{total} of CPU RAM per data-parallel rank for the offloaded partition ({n:,.0f} parameters): fp32 master "
        "{master} + optimizer states {states} + fp32 gradients {master} (pinned memory; × ranks per node for a "
        "machine)",
    ),
    "host.offload_params": QT_TRANSLATE_NOOP(
        "Engine",
        "{total} of CPU RAM per data-parallel rank for the offloaded partition ({n:,.0f} parameters): fp32 master "
        "{master} + optimizer states {states} + fp32 gradients {master} + 16-bit parameters {half} (pinned memory; "
        "× ranks per node for a machine)",
    ),
    "hub.bad_id": QT_TRANSLATE_NOOP(
        "Engine",
        "'{repo}' is not a Hugging Face repo id: expected 'organisation/name' (letters, digits, '-', '_' and '.'; "
        "no '--' or '..'), e.g. 'Qwen/Qwen2.5-7B'",
    ),
    "hub.cache_no_header": QT_TRANSLATE_NOOP(
        "Engine",
        "no safetensors index or header in the cache: stored size unknown (fetch from the Hub for the exact bytes)",
    ),
    "hub.cache_unreadable": QT_TRANSLATE_NOOP(
        "Engine",
        "the Hugging Face cache entry for '{repo}' cannot be read: {reason}",
    ),
    "hub.fetch_failed": QT_TRANSLATE_NOOP(
        "Engine",
        "could not fetch {file} for '{repo}' from the Hugging Face Hub: {reason}",
    ),
    "hub.from_cache": QT_TRANSLATE_NOOP(
        "Engine",
        "read from the local Hugging Face cache ({folder})",
    ),
    "hub.gated": QT_TRANSLATE_NOOP(
        "Engine",
        "'{repo}' is gated: accept its licence on https://huggingface.co/{repo} and log in with `hf auth login`",
    ),
    "hub.header_failed": QT_TRANSLATE_NOOP(
        "Engine",
        "could not read the safetensors header from the Hub ({error}: {detail}); stored size unknown",
    ),
    "hub.no_dns": QT_TRANSLATE_NOOP(
        "Engine",
        "could not reach the Hugging Face Hub to fetch '{repo}': the name {host} does not resolve ({reason}); "
        "offline, or a network problem",
    ),
    "hub.no_file": QT_TRANSLATE_NOOP(
        "Engine",
        "'{repo}' has no {file} (a GGUF-only or non-transformers repo?): download the model file and open it instead",
    ),
    "hub.no_main": QT_TRANSLATE_NOOP(
        "Engine",
        "'{repo}' has no 'main' revision on the Hub",
    ),
    "hub.no_safetensors": QT_TRANSLATE_NOOP(
        "Engine",
        "the repo has no model.safetensors or safetensors index: stored size unknown",
    ),
    "hub.not_cached": QT_TRANSLATE_NOOP(
        "Engine",
        "'{repo}' is not in the local Hugging Face cache ({cache}): its config.json has not been downloaded. Fetch "
        "it from the Hub in the app, or run `hf download {repo} {config} {index}` (set HF_HUB_CACHE or HF_HOME if "
        "your cache lives elsewhere)",
    ),
    "hub.not_found": QT_TRANSLATE_NOOP(
        "Engine",
        "'{repo}' was not found on the Hugging Face Hub (if it is private, log in with `hf auth login`)",
    ),
    "hub.offline": QT_TRANSLATE_NOOP(
        "Engine",
        "could not reach the Hugging Face Hub to fetch {file} for '{repo}', and it is not cached (offline, "
        "HF_HUB_OFFLINE set, or a network problem)",
    ),
    "hub.refused": QT_TRANSLATE_NOOP(
        "Engine",
        "the Hugging Face Hub refused {file} for '{repo}': {reason}",
    ),
    "hub.remote_headers": QT_TRANSLATE_NOOP(
        "Engine",
        "read the safetensors headers of every shard from the Hub ({n:,} tensors)",
    ),
    "import.architectures_list": QT_TRANSLATE_NOOP(
        "Engine",
        "'architectures' must be a list of class names, not {value}",
    ),
    "import.bad_file_name": QT_TRANSLATE_NOOP(
        "Engine",
        "not a valid file name",
    ),
    "import.block_config_keys": QT_TRANSLATE_NOOP(
        "Engine",
        "block_configs[{i}].{part} uses {keys}: not a layout this version sizes",
    ),
    "import.block_configs": QT_TRANSLATE_NOOP(
        "Engine",
        "'block_configs' must list one block for each of {layers} layers",
    ),
    "import.block_kinds": QT_TRANSLATE_NOOP(
        "Engine",
        "'layers_block_type' holds block kinds this version cannot size: {kinds}",
    ),
    "import.broken_link": QT_TRANSLATE_NOOP(
        "Engine",
        "links to {target}, which does not exist: an incomplete download?",
    ),
    "import.compress_ratios": QT_TRANSLATE_NOOP(
        "Engine",
        "'compress_ratios' must give 0, 4 or 128 for each of {layers} layers",
    ),
    "import.config_not_object": QT_TRANSLATE_NOOP(
        "Engine",
        "a config.json must hold a JSON object",
    ),
    "import.config_too_large": QT_TRANSLATE_NOOP(
        "Engine",
        "{n:,} bytes is far too large for a config.json; refused",
    ),
    "import.config_too_large_read": QT_TRANSLATE_NOOP(
        "Engine",
        "far too large for a config.json; refused",
    ),
    "import.conv_width": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' {n} differs from hidden_size {hidden}: not a layout known",
    ),
    "import.dsv4_kinds": QT_TRANSLATE_NOOP(
        "Engine",
        "'layer_types' holds kinds DeepSeek-V4 does not have: {kinds}",
    ),
    "import.empty_file": QT_TRANSLATE_NOOP(
        "Engine",
        "the file is empty; expected {what}",
    ),
    "import.empty_folder": QT_TRANSLATE_NOOP(
        "Engine",
        "folder holds no config.json or .safetensors files",
    ),
    "import.ffn_mult": QT_TRANSLATE_NOOP(
        "Engine",
        "block_configs[{i}].ffn.ffn_mult must be a positive number",
    ),
    "import.head_dim": QT_TRANSLATE_NOOP(
        "Engine",
        "hidden_size {hidden} is not divisible by num_attention_heads {heads}, and no head_dim is given",
    ),
    "import.heads_in_group": QT_TRANSLATE_NOOP(
        "Engine",
        "block_configs[{i}].attention.n_heads_in_group must divide {heads}",
    ),
    "import.heads_positive": QT_TRANSLATE_NOOP(
        "Engine",
        "num_attention_heads must be positive",
    ),
    "import.hybrid_pattern": QT_TRANSLATE_NOOP(
        "Engine",
        "'hybrid_override_pattern' must hold one of {codes} per layer ({layers}); found {n} characters",
    ),
    "import.hybrid_pattern_unknown": QT_TRANSLATE_NOOP(
        "Engine",
        "{said}, unknown: {bad}",
    ),
    "import.invalid_json": QT_TRANSLATE_NOOP(
        "Engine",
        "{what} is not valid JSON (line {line}, column {column}: {detail})",
    ),
    "import.invalid_value": QT_TRANSLATE_NOOP(
        "Engine",
        "{loc}: {problem}",
    ),
    "import.is_folder": QT_TRANSLATE_NOOP(
        "Engine",
        "is a folder, not a file",
    ),
    "import.json_constant": QT_TRANSLATE_NOOP(
        "Engine",
        "{name} is not a number JSON allows",
    ),
    "import.json_deep": QT_TRANSLATE_NOOP(
        "Engine",
        "{what} nested deeper than {n} levels; refused",
    ),
    "import.json_digits": QT_TRANSLATE_NOOP(
        "Engine",
        "an integer of {n} digits is out of range (at most {limit})",
    ),
    "import.json_key_line": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' (line {line}): ",
    ),
    "import.json_line": QT_TRANSLATE_NOOP(
        "Engine",
        "line {line}: ",
    ),
    "import.json_number": QT_TRANSLATE_NOOP(
        "Engine",
        "{what}: {where}{problem}",
    ),
    "import.json_refused": QT_TRANSLATE_NOOP(
        "Engine",
        "{what}: {detail}",
    ),
    "import.keys_not_read": QT_TRANSLATE_NOOP(
        "Engine",
        "keys not read: {keys}{more}",
    ),
    "import.kv_per_layer": QT_TRANSLATE_NOOP(
        "Engine",
        "block_configs gives different kv head counts per layer: {counts}",
    ),
    "import.layer_codes": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' holds codes other than 0–{last}",
    ),
    "import.layer_kinds": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' holds layer kinds this version cannot size: {kinds}",
    ),
    "import.layer_list_length": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' lists {n} layers but the model has {layers}",
    ),
    "import.list_item": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' holds {value}, not a non-negative integer",
    ),
    "import.list_length": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' lists {n} values for {layers} layers",
    ),
    "import.missing_key": QT_TRANSLATE_NOOP(
        "Engine",
        "missing '{key}'",
    ),
    "import.missing_keys": QT_TRANSLATE_NOOP(
        "Engine",
        "missing {keys}",
    ),
    "import.mlp_layer_types": QT_TRANSLATE_NOOP(
        "Engine",
        "'mlp_layer_types' must name dense or sparse for each of {layers} layers",
    ),
    "import.model_type_str": QT_TRANSLATE_NOOP(
        "Engine",
        "'model_type' must be a string, not {value}",
    ),
    "import.no_config": QT_TRANSLATE_NOOP(
        "Engine",
        "no config.json found ({reason})",
    ),
    "import.no_ffn": QT_TRANSLATE_NOOP(
        "Engine",
        "block_configs gives no layer an FFN",
    ),
    "import.no_such_file": QT_TRANSLATE_NOOP(
        "Engine",
        "no such file",
    ),
    "import.no_such_path": QT_TRANSLATE_NOOP(
        "Engine",
        "no such file or folder",
    ),
    "import.no_window": QT_TRANSLATE_NOOP(
        "Engine",
        "layer_types names sliding layers but 'sliding_window' is not set",
    ),
    "import.not_a_model": QT_TRANSLATE_NOOP(
        "Engine",
        "not a config.json, model folder, .safetensors, index.json or .gguf file",
    ),
    "import.not_bool": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must be true or false, not {value}",
    ),
    "import.not_int_list": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must be a list of at most {n:,} integers",
    ),
    "import.not_integer": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must be an integer, not {value}",
    ),
    "import.not_number": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must be a number, not {value}",
    ),
    "import.not_object": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must be an object",
    ),
    "import.not_positive": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must be a positive integer, not 0",
    ),
    "import.not_rate": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must be in [0, 1), not {value:g}",
    ),
    "import.not_regular": QT_TRANSLATE_NOOP(
        "Engine",
        "not a regular file",
    ),
    "import.not_regular_refused": QT_TRANSLATE_NOOP(
        "Engine",
        "not a regular file; refused",
    ),
    "import.not_str_list": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must be a list of at most {n:,} strings",
    ),
    "import.not_string": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must be a string, not {value}",
    ),
    "import.not_utf8": QT_TRANSLATE_NOOP(
        "Engine",
        "not UTF-8 text",
    ),
    "import.not_utf8_at": QT_TRANSLATE_NOOP(
        "Engine",
        "not UTF-8 text (bad byte at offset {at:,}); not {what}",
    ),
    "import.out_of_range": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' {n:,} is out of range (0 to {limit:,})",
    ),
    "import.signature_family": QT_TRANSLATE_NOOP(
        "Engine",
        "model_type '{model_type}' is not a known family; its keys ({keys}) are those of '{family}': read as that "
        "family (the count is not verified against transformers for this type)",
    ),
    "import.size_positive": QT_TRANSLATE_NOOP(
        "Engine",
        "hidden_size and num_hidden_layers must be positive",
    ),
    "import.special_file": QT_TRANSLATE_NOOP(
        "Engine",
        "not a regular file (a device, pipe or socket); refused",
    ),
    "import.structural_keys": QT_TRANSLATE_NOOP(
        "Engine",
        "keys describing structure this version does not read: {keys}; refused rather than answered without them",
    ),
    "import.text_config_only": QT_TRANSLATE_NOOP(
        "Engine",
        "model_type '{model_type}' wraps its text model in text_config: only the text model was read; a tower that "
        "transformers builds by default (when the config names none) is not counted",
    ),
    "import.text_family": QT_TRANSLATE_NOOP(
        "Engine",
        "text_config.model_type '{model_type}' is not a family this version can read",
    ),
    "import.too_large": QT_TRANSLATE_NOOP(
        "Engine",
        "{n:,} bytes is too large for {what} (at most {limit:,}); refused",
    ),
    "import.too_large_read": QT_TRANSLATE_NOOP(
        "Engine",
        "more than {limit:,} bytes: too large for {what}; refused",
    ),
    "import.unbuilt_tower": QT_TRANSLATE_NOOP(
        "Engine",
        "model_type '{model_type}' wraps a text model with {towers}: this version cannot build that tower, and a "
        "total without it would be wrong; refused (the text model alone can be sized by importing its text_config "
        "as a config.json of its own)",
    ),
    "import.unexpected_value": QT_TRANSLATE_NOOP(
        "Engine",
        "unexpected value ({error}: {detail})",
    ),
    "import.unknown_family": QT_TRANSLATE_NOOP(
        "Engine",
        "model_type '{model_type}' is not a known family: read as a decoder from its standard keys (attention, "
        "experts and layer kinds are read generically; the count is not verified against transformers)",
    ),
    "import.unknown_text_family": QT_TRANSLATE_NOOP(
        "Engine",
        "text_config.model_type '{model_type}' is not a known family",
    ),
    "import.unreadable": QT_TRANSLATE_NOOP(
        "Engine",
        "cannot be read ({reason})",
    ),
    "import.unusable_name": QT_TRANSLATE_NOOP(
        "Engine",
        "not a usable file name ({reason})",
    ),
    "import.widths": QT_TRANSLATE_NOOP(
        "Engine",
        "'intermediate_size' must hold positive integer widths",
    ),
    "import.widths_length": QT_TRANSLATE_NOOP(
        "Engine",
        "'intermediate_size' lists {n} widths for {layers} layers",
    ),
    "item.16_bit_weight_copies_autocast": QT_TRANSLATE_NOOP(
        "Engine",
        "16-bit weight copies (autocast)",
    ),
    "item.activation_peak_vllm_profile": QT_TRANSLATE_NOOP(
        "Engine",
        "Activation peak (vLLM profile)",
    ),
    "item.activations_saved_for_backward": QT_TRANSLATE_NOOP(
        "Engine",
        "Activations saved for backward",
    ),
    "item.allocator_slack_fragmentation": QT_TRANSLATE_NOOP(
        "Engine",
        "Allocator slack (fragmentation)",
    ),
    "item.compute_buffer_llama_cpp": QT_TRANSLATE_NOOP(
        "Engine",
        "Compute buffer (llama.cpp)",
    ),
    "item.cuda_context_libraries": QT_TRANSLATE_NOOP(
        "Engine",
        "CUDA context & libraries",
    ),
    "item.cuda_graphs_sglang": QT_TRANSLATE_NOOP(
        "Engine",
        "CUDA graphs (SGLang)",
    ),
    "item.cut_cross_entropy": QT_TRANSLATE_NOOP(
        "Engine",
        "Cut cross-entropy ({stack})",
    ),
    "item.ddp_all_reduce_buckets": QT_TRANSLATE_NOOP(
        "Engine",
        "DDP all-reduce buckets",
    ),
    "item.dequantized_weight_per_matmul": QT_TRANSLATE_NOOP(
        "Engine",
        "Dequantized weight (per matmul)",
    ),
    "item.dequantized_weight_prefill": QT_TRANSLATE_NOOP(
        "Engine",
        "Dequantized weight (prefill)",
    ),
    "item.dora_adapters": QT_TRANSLATE_NOOP(
        "Engine",
        "DoRA adapters (r = {rank}, {dtype})",
    ),
    "item.dora_weight_norm": QT_TRANSLATE_NOOP(
        "Engine",
        "DoRA weight norm (per target)",
    ),
    "item.dp_attention_gathered_buffer": QT_TRANSLATE_NOOP(
        "Engine",
        "DP attention gathered buffer (SGLang)",
    ),
    "item.draft_verification_logits": QT_TRANSLATE_NOOP(
        "Engine",
        "Draft verification logits",
    ),
    "item.ds_tied_head_grad": QT_TRANSLATE_NOOP(
        "Engine",
        "Tied output layer's gradient waiting for the embedding's",
    ),
    "item.expert_parallel_all_to_all_buffers": QT_TRANSLATE_NOOP(
        "Engine",
        "Expert-parallel all-to-all buffers",
    ),
    "item.fp32_gradient_partition_deepspeed_step": QT_TRANSLATE_NOOP(
        "Engine",
        "fp32 gradient partition (DeepSpeed step)",
    ),
    "item.frozen_base": QT_TRANSLATE_NOOP(
        "Engine",
        "Frozen base weights ({format})",
    ),
    "item.fsdp2_backward_grads": QT_TRANSLATE_NOOP(
        "Engine",
        "Gradients waiting during a block's backward (FSDP2)",
    ),
    "item.fsdp2_pp_unsharded_grads": QT_TRANSLATE_NOOP(
        "Engine",
        "Unsharded fp32 gradients across micro-batches (FSDP2 + PP)",
    ),
    "item.fsdp2_reduce_scatter": QT_TRANSLATE_NOOP(
        "Engine",
        "Reduce-scatter of one layer's gradients (FSDP2)",
    ),
    "item.fsdp2_stream_pool": QT_TRANSLATE_NOOP(
        "Engine",
        "Cached in the reduce-scatter stream's pool (FSDP2)",
    ),
    "item.fused_linear_ce": QT_TRANSLATE_NOOP(
        "Engine",
        "Fused linear cross-entropy ({stack})",
    ),
    "item.gathered_parameters_zero_3_fsdp": QT_TRANSLATE_NOOP(
        "Engine",
        "Gathered parameters (ZeRO-3/FSDP)",
    ),
    "item.gradients": QT_TRANSLATE_NOOP(
        "Engine",
        "Gradients ({dtype})",
    ),
    "item.kv_cache": QT_TRANSLATE_NOOP(
        "Engine",
        "KV cache ({format})",
    ),
    "item.logits_and_loss_16bit": QT_TRANSLATE_NOOP(
        "Engine",
        "Logits and loss (on the {bits}-bit logits)",
    ),
    "item.logits_and_loss_fp32": QT_TRANSLATE_NOOP(
        "Engine",
        "Logits and loss (fp32)",
    ),
    "item.logits_and_loss_fp32_dtensor_loss_parallel": QT_TRANSLATE_NOOP(
        "Engine",
        "Logits and loss (fp32, DTensor loss parallel)",
    ),
    "item.logits_chunked": QT_TRANSLATE_NOOP(
        "Engine",
        "Logits and chunked loss ({stack})",
    ),
    "item.logits_compiled_loss": QT_TRANSLATE_NOOP(
        "Engine",
        "Logits and compiled loss ({stack})",
    ),
    "item.logits_segment": QT_TRANSLATE_NOOP(
        "Engine",
        "Cached segment of the freed logits (reserved)",
    ),
    "item.logits_vocab_parallel": QT_TRANSLATE_NOOP(
        "Engine",
        "Logits and vocab-parallel cross-entropy ({stack})",
    ),
    "item.loop_outputs": QT_TRANSLATE_NOOP(
        "Engine",
        "Model outputs held by the training loop",
    ),
    "item.lora_adapters": QT_TRANSLATE_NOOP(
        "Engine",
        "LoRA adapters (r = {rank}, {dtype})",
    ),
    "item.master_weights": QT_TRANSLATE_NOOP(
        "Engine",
        "fp32 master weights",
    ),
    "item.master_weights_offloaded": QT_TRANSLATE_NOOP(
        "Engine",
        "fp32 master weights (offloaded to CPU)",
    ),
    "item.modules_to_save": QT_TRANSLATE_NOOP(
        "Engine",
        "Trainable copies (modules_to_save: {names})",
    ),
    "item.modules_to_save_gradients": QT_TRANSLATE_NOOP(
        "Engine",
        "Gradients of the trainable copies ({dtype})",
    ),
    "item.modules_to_save_states": QT_TRANSLATE_NOOP(
        "Engine",
        "Optimizer states of the trainable copies ({optimizer})",
    ),
    "item.mtp_draft_kv_cache": QT_TRANSLATE_NOOP(
        "Engine",
        "MTP draft KV cache ({kv})",
    ),
    "item.mtp_draft_weights": QT_TRANSLATE_NOOP(
        "Engine",
        "MTP draft weights",
    ),
    "item.optimizer_states": QT_TRANSLATE_NOOP(
        "Engine",
        "Optimizer states ({optimizer})",
    ),
    "item.optimizer_step_temporaries": QT_TRANSLATE_NOOP(
        "Engine",
        "Optimizer-step temporaries",
    ),
    "item.prefill_chunk_activations_sglang": QT_TRANSLATE_NOOP(
        "Engine",
        "Prefill chunk activations (SGLang)",
    ),
    "item.prefix_encoder": QT_TRANSLATE_NOOP(
        "Engine",
        "Prefix encoder ({tokens} virtual tokens, {dtype})",
    ),
    "item.prefix_key_values": QT_TRANSLATE_NOOP(
        "Engine",
        "Prefix key/values ({tokens} virtual tokens)",
    ),
    "item.prompt_encoder": QT_TRANSLATE_NOOP(
        "Engine",
        "P-tuning prompt encoder ({tokens} virtual tokens, {dtype})",
    ),
    "item.recurrent_state_fixed_size": QT_TRANSLATE_NOOP(
        "Engine",
        "Recurrent state (fixed size)",
    ),
    "item.recurrent_state_ssm": QT_TRANSLATE_NOOP(
        "Engine",
        "Recurrent state (SSM)",
    ),
    "item.ring_attention": QT_TRANSLATE_NOOP(
        "Engine",
        "Ring attention buffers (context parallel)",
    ),
    "item.sglang_metadata_and_communication": QT_TRANSLATE_NOOP(
        "Engine",
        "SGLang metadata and communication",
    ),
    "item.transient_activations": QT_TRANSLATE_NOOP(
        "Engine",
        "Transient activations",
    ),
    "item.vllm_non_torch_memory": QT_TRANSLATE_NOOP(
        "Engine",
        "vLLM non-torch memory",
    ),
    "item.weights": QT_TRANSLATE_NOOP(
        "Engine",
        "Weights ({format})",
    ),
    "item.weights_on_gpu": QT_TRANSLATE_NOOP(
        "Engine",
        "Weights on the GPU ({format})",
    ),
    "item.weights_zero3_shard": QT_TRANSLATE_NOOP(
        "Engine",
        "Weights ({format}, ZeRO-3 shard)",
    ),
    "item.weights_zero3_shard_offloaded": QT_TRANSLATE_NOOP(
        "Engine",
        "Weights ({format}, ZeRO-3 shard, offloaded to CPU)",
    ),
    "item.zero_contiguous_gradient_bucket": QT_TRANSLATE_NOOP(
        "Engine",
        "ZeRO contiguous gradient bucket",
    ),
    "item.zero_reduce_buckets": QT_TRANSLATE_NOOP(
        "Engine",
        "ZeRO reduce buckets",
    ),
    "join.and": QT_TRANSLATE_NOOP(
        "Engine",
        "{first} and {rest}",
    ),
    "join.comma": QT_TRANSLATE_NOOP(
        "Engine",
        "{first}, {rest}",
    ),
    "join.concat": QT_TRANSLATE_NOOP(
        "Engine",
        "{first}{rest}",
    ),
    "join.or": QT_TRANSLATE_NOOP(
        "Engine",
        "{first} or {rest}",
    ),
    "join.semicolon": QT_TRANSLATE_NOOP(
        "Engine",
        "{first}; {rest}",
    ),
    "json.bad_escape": QT_TRANSLATE_NOOP(
        "Engine",
        "Invalid \\escape",
    ),
    "json.bad_unicode_escape": QT_TRANSLATE_NOOP(
        "Engine",
        "Invalid \\uXXXX escape",
    ),
    "json.control_character": QT_TRANSLATE_NOOP(
        "Engine",
        "Invalid control character at",
    ),
    "json.expecting_colon": QT_TRANSLATE_NOOP(
        "Engine",
        "Expecting ':' delimiter",
    ),
    "json.expecting_comma": QT_TRANSLATE_NOOP(
        "Engine",
        "Expecting ',' delimiter",
    ),
    "json.expecting_name": QT_TRANSLATE_NOOP(
        "Engine",
        "Expecting property name enclosed in double quotes",
    ),
    "json.expecting_value": QT_TRANSLATE_NOOP(
        "Engine",
        "Expecting value",
    ),
    "json.extra_data": QT_TRANSLATE_NOOP(
        "Engine",
        "Extra data",
    ),
    "json.trailing_comma_array": QT_TRANSLATE_NOOP(
        "Engine",
        "Illegal trailing comma before end of array",
    ),
    "json.trailing_comma_object": QT_TRANSLATE_NOOP(
        "Engine",
        "Illegal trailing comma before end of object",
    ),
    "json.unterminated": QT_TRANSLATE_NOOP(
        "Engine",
        "Unterminated string starting at",
    ),
    "kinds.dsa_indexer": QT_TRANSLATE_NOOP(
        "Engine",
        "the DSA indexer's fp32 scores per head over the whole prompt at prefill",
    ),
    "kinds.gated_deltanet": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} Gated DeltaNet layers as transformers' torch path runs them (fp32 chunk tensors and one state per 64 "
        "tokens); fla's CUDA kernel keeps less",
    ),
    "kinds.mamba2": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} Mamba-2 layers as transformers' torch path runs them (fp32 chunk tensors, B and C per head); "
        "mamba_ssm's fused kernel keeps less",
    ),
    "kinds.note": QT_TRANSLATE_NOOP(
        "Engine",
        " Layer kinds: {parts}.",
    ),
    "kinds.short_conv": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} short-convolution layers (in_proj's 3h, the gated products, conv)",
    ),
    "kv.chunked_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} chunked-attention layers keep at most one chunk, {chunk}",
    ),
    "kv.cross": QT_TRANSLATE_NOOP(
        "Engine",
        " Cross-attention also caches the encoder's K/V ({positions:,} positions per layer).",
    ),
    "kv.cross_context": QT_TRANSLATE_NOOP(
        "Engine",
        " Cross-attention also caches the encoder's K/V (the context's positions per layer).",
    ),
    "kv.every_token": QT_TRANSLATE_NOOP(
        "Engine",
        "{attn} attention layers keep every token{other}",
    ),
    "kv.full_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} full-attention layers keep every token",
    ),
    "kv.heads": QT_TRANSLATE_NOOP(
        "Engine",
        "{indexer}K and V: 2 × kv_heads × head_dim = 2 × {kv_heads:g} × {head_dim}",
    ),
    "kv.heads_gqa": QT_TRANSLATE_NOOP(
        "Engine",
        "{indexer}K and V: 2 × kv_heads × head_dim = 2 × {kv_heads:g} × {head_dim} (GQA: fewer kv heads than query "
        "heads)",
    ),
    "kv.heads_v_dim": QT_TRANSLATE_NOOP(
        "Engine",
        "{indexer}K and V: kv_heads × (head_dim + v_head_dim) = {kv_heads:g} × ({head_dim} + {v_dim})",
    ),
    "kv.indexer_key": QT_TRANSLATE_NOOP(
        "Engine",
        "indexer key {dim} + ",
    ),
    "kv.kind_conv": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} conv",
    ),
    "kv.kind_linear": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} linear",
    ),
    "kv.kind_mamba2": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} mamba2",
    ),
    "kv.layers_other": QT_TRANSLATE_NOOP(
        "Engine",
        "{layers}{other}",
    ),
    "kv.mla_decompressed": QT_TRANSLATE_NOOP(
        "Engine",
        "{indexer}transformers caches MLA decompressed: heads × (qk_head_dim + v_head_dim) = {heads:g} × ({qk} + {v})",
    ),
    "kv.mla_latent": QT_TRANSLATE_NOOP(
        "Engine",
        "{indexer}MLA latent: kv_lora_rank + rope dim = {rank} + {rope} per token (one compressed vector shared by "
        "all heads)",
    ),
    "kv.ngl": QT_TRANSLATE_NOOP(
        "Engine",
        "{before} With -ngl {ngl}, {on} of {n} layers keep their K/V on the GPU; the rest in RAM.",
    ),
    "kv.ollama_slots": QT_TRANSLATE_NOOP(
        "Engine",
        " Ollama allocates num_ctx {num_ctx:,.0f} × {parallel} slot(s) at load, whatever the request's length "
        "(OLLAMA_CONTEXT_LENGTH / OLLAMA_NUM_PARALLEL).",
    ),
    "kv.other_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "; the other {n} layers keep no KV cache (a fixed-size state, or no mixer)",
    ),
    "kv.shared_layers": QT_TRANSLATE_NOOP(
        "Engine",
        " ({shared} of them attend over the cache of an earlier layer of their kind)",
    ),
    "kv.sliding_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} sliding layers keep at most {window}",
    ),
    "layers.bad_image_size": QT_TRANSLATE_NOOP(
        "Engine",
        "--image-size: '{text}' is not N or HEIGHTxWIDTH in pixels",
    ),
    "layers.batch_range": QT_TRANSLATE_NOOP(
        "Engine",
        "--batch must be at least 1, not {batch}",
    ),
    "layers.bias": QT_TRANSLATE_NOOP(
        "Engine",
        "bias",
    ),
    "layers.ceil": QT_TRANSLATE_NOOP(
        "Engine",
        "ceil",
    ),
    "layers.encoder_block": QT_TRANSLATE_NOOP(
        "Engine",
        "{heads} heads, MLP {mlp}",
    ),
    "layers.explanation": QT_TRANSLATE_NOOP(
        "Engine",
        "MACs = multiply-accumulates of convolutions (weights × output positions), linear layers and attention's "
        "QKᵀ and AV products; FLOPs = 2 × MACs. torchvision's 'GFLOPS' column counts the same multiply-accumulates "
        "(ResNet-50: 4.089 G), so it is GMACs. Batch-norm, activations, pooling and additions are not counted. "
        "Activation bytes = output elements × batch × bytes per element.",
    ),
    "layers.global": QT_TRANSLATE_NOOP(
        "Engine",
        "global",
    ),
    "layers.groups": QT_TRANSLATE_NOOP(
        "Engine",
        "groups {groups}",
    ),
    "layers.head": QT_TRANSLATE_NOOP(
        "Engine",
        "LayerNorm + linear on the class token",
    ),
    "layers.heads": QT_TRANSLATE_NOOP(
        "Engine",
        "{heads} heads",
    ),
    "layers.image_size_range": QT_TRANSLATE_NOOP(
        "Engine",
        "--image-size: '{text}' must be one or two sides of 1-16384 pixels",
    ),
    "layers.image_size_refused": QT_TRANSLATE_NOOP(
        "Engine",
        "--image-size {h}x{w}: {problem}",
    ),
    "layers.not_image_model": QT_TRANSLATE_NOOP(
        "Engine",
        "{model} is not an image model: the layer table covers CNNs and ViT classifiers",
    ),
    "layers.patch_embed": QT_TRANSLATE_NOOP(
        "Engine",
        "{p}×{p} conv, stride {p}; + class token and positions",
    ),
    "layers.pool_to": QT_TRANSLATE_NOOP(
        "Engine",
        "to {size}×{size}",
    ),
    "layers.stride": QT_TRANSLATE_NOOP(
        "Engine",
        "stride {stride}",
    ),
    "layers.vit_size": QT_TRANSLATE_NOOP(
        "Engine",
        "--image-size: this ViT's position table is for {side}×{side} px; another size needs interpolated position "
        "embeddings, which the table does not model",
    ),
    "layers.windows": QT_TRANSLATE_NOOP(
        "Engine",
        "{w}×{w} windows",
    ),
    "layout.dp": QT_TRANSLATE_NOOP(
        "Engine",
        "data parallel × {dp}",
    ),
    "layout.dp_fsdp": QT_TRANSLATE_NOOP(
        "Engine",
        "fully sharded data parallel × {dp}",
    ),
    "layout.dp_zero": QT_TRANSLATE_NOOP(
        "Engine",
        "data parallel × {dp} with ZeRO-{zero}",
    ),
    "layout.llama_cpp_split": QT_TRANSLATE_NOOP(
        "Engine",
        "layers split over {gpus} GPUs (llama.cpp)",
    ),
    "layout.none": QT_TRANSLATE_NOOP(
        "Engine",
        "one GPU, no parallelism",
    ),
    "layout.one_gpu": QT_TRANSLATE_NOOP(
        "Engine",
        "one GPU",
    ),
    "layout.one_gpu_zero": QT_TRANSLATE_NOOP(
        "Engine",
        "one GPU with ZeRO-{zero}",
    ),
    "layout.pp": QT_TRANSLATE_NOOP(
        "Engine",
        "pipeline × {pp}",
    ),
    "layout.tp": QT_TRANSLATE_NOOP(
        "Engine",
        "tensor parallel × {tp}",
    ),
    "limits.batch_inference": QT_TRANSLATE_NOOP(
        "Engine",
        "largest batch of sequences per step with everything else as set: the memory-vs-batch sweep brackets it, "
        "integer sweeps pin it exactly",
    ),
    "limits.batch_training": QT_TRANSLATE_NOOP(
        "Engine",
        "largest per-GPU micro-batch with everything else as set: the memory-vs-batch sweep brackets it, integer "
        "sweeps pin it exactly",
    ),
    "limits.concurrency": QT_TRANSLATE_NOOP(
        "Engine",
        "largest number of concurrent requests, each with its own KV cache (bisection)",
    ),
    "limits.context": QT_TRANSLATE_NOOP(
        "Engine",
        "largest context (prompt + generated tokens) with everything else as set: a log-spaced sweep brackets it, "
        "integer sweeps pin it exactly",
    ),
    "limits.context_media": QT_TRANSLATE_NOOP(
        "Engine",
        "the context counts the images' and the audio's tokens as the memory estimate does ({media:,} per "
        "sequence): the largest context holds them, and the text's room is that context less {media:,}",
    ),
    "limits.context_to_top": QT_TRANSLATE_NOOP(
        "Engine",
        "largest context (prompt + generated tokens) with everything else as set: a log-spaced sweep brackets it, "
        "integer sweeps pin it exactly; searched up to {top:,} tokens (the model's maximum position or the context "
        "asked for), and that much fits",
    ),
    "mtp.draft": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} MTP layer(s) drafting {k} token(s) per step",
    ),
    "mtp.layers": QT_TRANSLATE_NOOP(
        "Engine",
        "the checkpoint also ships {n} multi-token-prediction layer(s) ({key}), which transformers does not build: "
        "counted beside the total, not in it; a runtime loads them only for speculative decoding",
    ),
    "mtp.unknown_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "the checkpoint also ships {n} multi-token-prediction layer(s) ({key}), which transformers does not build: "
        "not in the total; their structure is not known here, so they are not counted (unverified) and cannot be "
        "sized as a speculative-decoding draft",
    ),
    "note.audio_tower_idle": QT_TRANSLATE_NOOP(
        "Engine",
        "no audio in the workload: the audio tower is idle (its weights are loaded, but no audio activations or "
        "audio tokens are sized; set the audio per sequence to size audio)",
    ),
    "note.engine_not_started": QT_TRANSLATE_NOOP(
        "Engine",
        "{engine} stops at start ('{error}'): it serves nothing, so there is no time to first token or decode speed",
    ),
    "note.idle_tower_assumed": QT_TRANSLATE_NOOP(
        "Engine",
        "{towers}: {inputs} in the workload, yet gradients and optimizer state are charged for {params:,} "
        "parameters as if trained (assumed: how {stack} treats parameters the forward pass never reaches was not "
        "read from its source)",
    ),
    "note.idle_tower_charged": QT_TRANSLATE_NOOP(
        "Engine",
        "{towers}: {inputs} in the workload, but {stack} charges gradients and optimizer state for {params:,} "
        "parameters anyway (its flat buffers hold every parameter that requires grad); freezing the tower saves "
        "them",
    ),
    "note.idle_tower_ddp": QT_TRANSLATE_NOOP(
        "Engine",
        "{towers} fed nothing under DDP: the idle parameters still take space in DDP's all-reduce buckets, and DDP "
        "needs find_unused_parameters=True for them (transformers' Trainer sets it by default only without "
        "gradient checkpointing: ddp_find_unused_parameters)",
    ),
    "note.idle_tower_frozen": QT_TRANSLATE_NOOP(
        "Engine",
        "{towers}: {inputs} in the workload — sized as frozen (no gradients or optimizer state for {params:,} "
        "parameters: under {stack} a parameter the forward pass never reaches gets no gradient, and the optimizer "
        "creates no state for it)",
    ),
    "note.no_bandwidth": QT_TRANSLATE_NOOP(
        "Engine",
        "{gpu}: memory bandwidth unknown, decode speed cannot be estimated",
    ),
    "note.no_capacity": QT_TRANSLATE_NOOP(
        "Engine",
        "no serving capacity: this setup does not fit {gpu} (short by {short_gib:,.2f} GiB per GPU), so replicas "
        "of it serve nothing; make it fit first (`sizing fit`)",
    ),
    "note.no_peak": QT_TRANSLATE_NOOP(
        "Engine",
        "{gpu}: no published dense {precision} peak, so time cannot be estimated",
    ),
    "note.timm_tower_flops": QT_TRANSLATE_NOOP(
        "Engine",
        "the vision tower's compute ({images} image(s) per sequence through timm's {arch}) is not in the time: a "
        "convolutional tower's FLOPs are not read from its structure here",
    ),
    "optimizer.adafactor": QT_TRANSLATE_NOOP(
        "Engine",
        "fp32 row + column statistics per matrix (no first moment; transformers Adafactor defaults)",
    ),
    "optimizer.adafactor_lora": QT_TRANSLATE_NOOP(
        "Engine",
        "factored second moment (row and column statistics)",
    ),
    "optimizer.adafactor_temporary": QT_TRANSLATE_NOOP(
        "Engine",
        "Adafactor upcasts one tensor's gradient and weight to fp32 and builds its update: 3 × 4 bytes × the "
        "largest tensor",
    ),
    "optimizer.adam_states": QT_TRANSLATE_NOOP(
        "Engine",
        "2 states (exp_avg, exp_avg_sq)",
    ),
    "optimizer.adamw_8bit": QT_TRANSLATE_NOOP(
        "Engine",
        "2 states quantized to 8 bits with an fp32 scale per 256-value block (bitsandbytes blockwise)",
    ),
    "optimizer.foreach_temporary": QT_TRANSLATE_NOOP(
        "Engine",
        "torch's default foreach AdamW computes sqrt(exp_avg_sq) for all parameters at once: one parameter-sized "
        "temporary while gradients and states are alive",
    ),
    "optimizer.forloop_temporary": QT_TRANSLATE_NOOP(
        "Engine",
        "the for-loop AdamW allocates sqrt(v)/bias-correction for one tensor at a time: 2 × the largest tensor",
    ),
    "optimizer.lion_state": QT_TRANSLATE_NOOP(
        "Engine",
        "1 state (exp_avg)",
    ),
    "optimizer.lion_temporary": QT_TRANSLATE_NOOP(
        "Engine",
        "Lion's sign(update) for one tensor at a time",
    ),
    "optimizer.momentum_state": QT_TRANSLATE_NOOP(
        "Engine",
        "1 state (momentum_buffer)",
    ),
    "optimizer.no_state": QT_TRANSLATE_NOOP(
        "Engine",
        "no state",
    ),
    "optimizer.offloaded": QT_TRANSLATE_NOOP(
        "Engine",
        " — offloaded to CPU memory",
    ),
    "optimizer.states_bytes": QT_TRANSLATE_NOOP(
        "Engine",
        "{states} × {bytes} bytes",
    ),
    "parallel.no_sp": QT_TRANSLATE_NOOP(
        "Engine",
        " {stack}: no sequence parallelism, so norm and residual activations are whole on each of the {tp} TP ranks.",
    ),
    "parallel.no_sp_off": QT_TRANSLATE_NOOP(
        "Engine",
        " {stack}: no sequence parallelism (switched off: parallelism.sequence_parallel), so norm and residual "
        "activations are whole on each of the {tp} TP ranks.",
    ),
    "parallel.offloaded_checkpoints": QT_TRANSLATE_NOOP(
        "Engine",
        " {stack} offloads each checkpointed layer input to CPU memory; one is on the GPU at a time.",
    ),
    "parallel.pp_first": QT_TRANSLATE_NOOP(
        "Engine",
        " Pipeline rank: first stage ({pp} micro-batches in flight under 1F1B, no logits).",
    ),
    "parallel.pp_first_interleaved": QT_TRANSLATE_NOOP(
        "Engine",
        " Pipeline rank: the first ({v} model chunks of the interleaved schedule, no logits).",
    ),
    "parallel.pp_last": QT_TRANSLATE_NOOP(
        "Engine",
        " Pipeline rank: last stage (one micro-batch in flight, with the final norm and the logits).",
    ),
    "parallel.pp_last_interleaved": QT_TRANSLATE_NOOP(
        "Engine",
        " Pipeline rank: the last ({v} model chunks of the interleaved schedule, with the final norm and the logits).",
    ),
    "parallel.selective_compiled": QT_TRANSLATE_NOOP(
        "Engine",
        " torch.compile (per block): the compiled backward keeps only the saved outputs it reads, so the last "
        "matmul's output (w2, added to the residual) is not kept.",
    ),
    "parallel.selective_megatron": QT_TRANSLATE_NOOP(
        "Engine",
        " Selective checkpointing: Megatron's selective recompute drops only the attention core (seq² scores and "
        "softmax).",
    ),
    "parallel.selective_torchtitan": QT_TRANSLATE_NOOP(
        "Engine",
        " Selective checkpointing: torchtitan's op-level policy keeps the layer input, every second matmul output "
        "and the attention kernel's outputs, and recomputes the rest.",
    ),
    "parallel.sp": QT_TRANSLATE_NOOP(
        "Engine",
        " {stack}: sequence parallel divides the norm and residual activations by TP = {tp} as well.",
    ),
    "parallel.unsloth_autograd": QT_TRANSLATE_NOOP(
        "Engine",
        " {stack}'s own autograd functions keep less per layer than the transformers modules (fast RMS norm, RoPE "
        "in place, LoRA_MLP keeps only its input, gate and up); the recomputed layer's backward adds DW and "
        "matmul_lora's LoRA term (2 × T × intermediate) beside the layer's input, output and gradient.",
    ),
    "params.trainable_idle": QT_TRANSLATE_NOOP(
        "Engine",
        "of which {params:,} get no gradient ({towers} idle: {inputs})",
    ),
    "pipeline.first_rank_worse": QT_TRANSLATE_NOOP(
        "Engine",
        " This is the worse pipeline rank: the last stage peaks at {peak}.",
    ),
    "pipeline.last_rank_worse": QT_TRANSLATE_NOOP(
        "Engine",
        " This is the worse pipeline rank: the first stage peaks at {peak}.",
    ),
    "plan.as_training_hf": QT_TRANSLATE_NOOP(
        "Engine",
        "planned as training in transformers (runtime hf): {runtime} serves inference only",
    ),
    "plan.bad_availability": QT_TRANSLATE_NOOP(
        "Engine",
        "--availability must be in (0, 1], not {availability}",
    ),
    "plan.bad_deadline": QT_TRANSLATE_NOOP(
        "Engine",
        "--deadline-days must be positive, not {days}",
    ),
    "plan.bad_gpus": QT_TRANSLATE_NOOP(
        "Engine",
        "--gpus must be at least 1, not {gpus}",
    ),
    "plan.bad_jobs": QT_TRANSLATE_NOOP(
        "Engine",
        "--jobs-per-year must be positive, not {jobs}",
    ),
    "plan.bad_known_days": QT_TRANSLATE_NOOP(
        "Engine",
        "--known-days must be positive, not {days}",
    ),
    "plan.bad_known_hours": QT_TRANSLATE_NOOP(
        "Engine",
        "--known-gpu-hours must be positive, not {hours}",
    ),
    "plan.bad_mfu": QT_TRANSLATE_NOOP(
        "Engine",
        "--mfu must be in (0, 1], not {mfu}",
    ),
    "plan.bad_params": QT_TRANSLATE_NOOP(
        "Engine",
        "--params must be positive, not {params}",
    ),
    "plan.bf16_weights": QT_TRANSLATE_NOOP(
        "Engine",
        "planned with bf16 weights: full training updates every weight, {format} is for inference",
    ),
    "plan.cluster": QT_TRANSLATE_NOOP(
        "Engine",
        "{gpus:,} × {gpu} × {tflops:,.1f} TFLOP/s dense {precision} = {pflops:,.2f} PFLOP/s peak; at {mfu:.0%} MFU "
        "{rate:,.2f} PFLOP/s",
    ),
    "plan.cost": QT_TRANSLATE_NOOP(
        "Engine",
        "{gpu_hours:,.0f} GPU-hours × ${price:,.2f} = ${cost:,.0f}",
    ),
    "plan.cost_priced": QT_TRANSLATE_NOOP(
        "Engine",
        "{cost} (price: {source})",
    ),
    "plan.deadline": QT_TRANSLATE_NOOP(
        "Engine",
        "{flops:.4g} FLOPs / ({days:g} days × 86,400 s × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs → "
        "{need:,}",
    ),
    "plan.deadline_groups": QT_TRANSLATE_NOOP(
        "Engine",
        "{flops:.4g} FLOPs / ({days:g} days × 86,400 s × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs → "
        "{need:,} (whole groups of tensor × pipeline = {group})",
    ),
    "plan.does_not_fit": QT_TRANSLATE_NOOP(
        "Engine",
        "this layout does not fit in memory ({gpus} × {gpu}); see `sizing fit` for one that does — the time "
        "assumes it runs",
    ),
    "plan.expected_error": QT_TRANSLATE_NOOP(
        "Engine",
        "time and GPU-hours scale as 1/MFU: the default MFU (40 % for large models) is where published runs land "
        "(Llama 2's GPU-hours imply 39-43 % on A100, Megatron-LM reports 41-49 % on H100); a run at 30 % or 55 % "
        "takes 1.3× longer or shorter. The FLOP count itself is within a few per cent of 6·N·D plus attention.",
    ),
    "plan.flops_audio_frame": QT_TRANSLATE_NOOP(
        "Engine",
        "{mult:g} × {per:.4g} forward FLOPs per audio frame × {samples:.4g} audio frames = {flops:.4g} FLOPs",
    ),
    "plan.flops_image": QT_TRANSLATE_NOOP(
        "Engine",
        "{mult:g} × {per:.4g} forward FLOPs per image × {samples:.4g} images = {flops:.4g} FLOPs",
    ),
    "plan.flops_token": QT_TRANSLATE_NOOP(
        "Engine",
        "{mult:g} × {per:.4g} forward FLOPs per token × {samples:.4g} tokens = {flops:.4g} FLOPs",
    ),
    "plan.flops_words": QT_TRANSLATE_NOOP(
        "Engine",
        "{text} ({words})",
    ),
    "plan.from_params": QT_TRANSLATE_NOOP(
        "Engine",
        "2·N per token, N = {params:.4g}; {rule:g}·N·D",
    ),
    "plan.implied_mfu": QT_TRANSLATE_NOOP(
        "Engine",
        "{flops:.4g} FLOPs / ({hours:,.0f} GPU-hours × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU",
    ),
    "plan.implied_mfu_days": QT_TRANSLATE_NOOP(
        "Engine",
        "{flops:.4g} FLOPs / ({hours:,.0f} GPU-hours × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU "
        "(GPU-hours = {days:g} days × 24 × {gpus:,} GPUs)",
    ),
    "plan.jobs": QT_TRANSLATE_NOOP(
        "Engine",
        "{jobs:g} jobs × {flops:.4g} FLOPs / (365.25 days × {availability:.0%} available × {tflops:,.1f} TFLOP/s × "
        "{mfu:.0%}) = {raw:,.1f} GPUs → {need:,}",
    ),
    "plan.no_data": QT_TRANSLATE_NOOP(
        "Engine",
        "the data to train on must be more than zero tokens (or images)",
    ),
    "plan.no_mfu": QT_TRANSLATE_NOOP(
        "Engine",
        "no MFU for this scenario",
    ),
    "plan.no_peak": QT_TRANSLATE_NOOP(
        "Engine",
        "{gpu}: no published dense {precision} peak, so time cannot be planned",
    ),
    "plan.params_model": QT_TRANSLATE_NOOP(
        "Engine",
        "{params:.4g}-parameter model",
    ),
    "plan.pf_days": QT_TRANSLATE_NOOP(
        "Engine",
        "{flops:.4g} / (10^15 × 86,400) = {pf_days:,.1f} PF-days",
    ),
    "plan.time": QT_TRANSLATE_NOOP(
        "Engine",
        "{flops:.4g} FLOPs / {rate:.4g} FLOP/s = {secs:,.0f} s = {days:,.2f} days; GPU-hours = {hours:,.1f} h × "
        "{gpus:,} = {gpu_hours:,.0f}",
    ),
    "plan.with_recomputation": QT_TRANSLATE_NOOP(
        "Engine",
        "{words}, with recomputation",
    ),
    "plan.with_towers": QT_TRANSLATE_NOOP(
        "Engine",
        "{words}; with the towers over each sequence's images and audio ({share:.1%} of the FLOPs)",
    ),
    "prefix.extra_rows": QT_TRANSLATE_NOOP(
        "Engine",
        "each layer keeps n more rows of keys and values ({per_layer} a layer)",
    ),
    "prefix.sdpa_mask": QT_TRANSLATE_NOOP(
        "Engine",
        "the mask sends SDPA to the memory-efficient kernel, which keeps each layer's keys and values expanded to "
        "all {heads:g} query heads over s + n rows and the mask as a 16-bit bias ({per_layer} a layer)",
    ),
    "project.a_sizing_file": QT_TRANSLATE_NOOP(
        "Engine",
        "a .sizing file",
    ),
    "project.content": QT_TRANSLATE_NOOP(
        "Engine",
        "content",
    ),
    "project.invalid_scenario": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: scenarios[{i}]: {problem}",
    ),
    "project.invalid_value": QT_TRANSLATE_NOOP(
        "Engine",
        "{where}: {problem}",
    ),
    "project.newer": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: written by a newer GPU Sizer (schema {version}); this version reads up to {supported}. Update "
        "GPU Sizer to open it.",
    ),
    "project.newer_fields": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: written by a newer GPU Sizer (schema {version}); this version reads up to {supported}; fields "
        "it does not know: {fields}. Update GPU Sizer to open it.",
    ),
    "project.no_migration": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: no migration from schema {version} to {next} (a GPU Sizer bug)",
    ),
    "project.no_scenarios": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: 'scenarios' must be a non-empty list",
    ),
    "project.no_such_version": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: schema_version {version} does not exist",
    ),
    "project.not_estimable": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: {problem}",
    ),
    "project.not_object": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: expected a JSON object at the top level",
    ),
    "project.not_project": QT_TRANSLATE_NOOP(
        "Engine",
        '{source}: not a GPU Sizer project ("format" is {found}, expected "{expected}")',
    ),
    "project.scenario_at": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: scenarios[{i}]{path}",
    ),
    "project.unknown_field": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: unknown field '{field}' (not part of schema {schema})",
    ),
    "project.version_type": QT_TRANSLATE_NOOP(
        "Engine",
        "{source}: 'schema_version' must be an integer, not {value}",
    ),
    "pydantic.bool_parsing": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a valid boolean, unable to interpret input",
    ),
    "pydantic.bool_type": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a valid boolean",
    ),
    "pydantic.dict_type": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a valid dictionary",
    ),
    "pydantic.enum": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be {expected}",
    ),
    "pydantic.extra_forbidden": QT_TRANSLATE_NOOP(
        "Engine",
        "Extra inputs are not permitted",
    ),
    "pydantic.finite_number": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a finite number",
    ),
    "pydantic.float_parsing": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a valid number, unable to parse string as a number",
    ),
    "pydantic.float_type": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a valid number",
    ),
    "pydantic.greater_than": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be greater than {gt}",
    ),
    "pydantic.greater_than_equal": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be greater than or equal to {ge}",
    ),
    "pydantic.int_from_float": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a valid integer, got a number with a fractional part",
    ),
    "pydantic.int_parsing": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a valid integer, unable to parse string as an integer",
    ),
    "pydantic.int_type": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a valid integer",
    ),
    "pydantic.less_than": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be less than {lt}",
    ),
    "pydantic.less_than_equal": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be less than or equal to {le}",
    ),
    "pydantic.list_type": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a valid list",
    ),
    "pydantic.literal_error": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be {expected}",
    ),
    "pydantic.missing": QT_TRANSLATE_NOOP(
        "Engine",
        "Field required",
    ),
    "pydantic.string_type": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a valid string",
    ),
    "pydantic.tuple_type": QT_TRANSLATE_NOOP(
        "Engine",
        "Input should be a valid tuple",
    ),
    "quant.bnb": QT_TRANSLATE_NOOP(
        "Engine",
        "bitsandbytes without load_in_4bit / load_in_8bit",
    ),
    "quant.compressed": QT_TRANSLATE_NOOP(
        "Engine",
        "compressed-tensors {bits}-bit {kind} weights",
    ),
    "quant.compressed_int": QT_TRANSLATE_NOOP(
        "Engine",
        "compressed-tensors int{bits} (group {group}) sized with the GPTQ layout",
    ),
    "quant.declared": QT_TRANSLATE_NOOP(
        "Engine",
        "the checkpoint's quantization_config declares {format}: the default weight format",
    ),
    "quant.declared_kept": QT_TRANSLATE_NOOP(
        "Engine",
        "the checkpoint's quantization_config declares {format}, keeping {components} in 16-bit: the default "
        "weight format",
    ),
    "quant.fp8_block": QT_TRANSLATE_NOOP(
        "Engine",
        "FP8 weight_block_size {block} sized with the 128×128 block layout",
    ),
    "quant.gptq_group": QT_TRANSLATE_NOOP(
        "Engine",
        "GPTQ group_size {group} sized with the group-128 layout",
    ),
    "quant.method": QT_TRANSLATE_NOOP(
        "Engine",
        "quant_method '{method}'",
    ),
    "quant.method_bits": QT_TRANSLATE_NOOP(
        "Engine",
        "quant_method '{method}', {bits} bits",
    ),
    "quant.modelopt": QT_TRANSLATE_NOOP(
        "Engine",
        "modelopt quant_algo '{algo}'",
    ),
    "quant.unread": QT_TRANSLATE_NOOP(
        "Engine",
        "quantization_config ({what}) is a format this version does not read: the weights are sized in the "
        "config's dtype unless you choose a format",
    ),
    "reason.eacces": QT_TRANSLATE_NOOP(
        "Engine",
        "Permission denied",
    ),
    "reason.eai_again": QT_TRANSLATE_NOOP(
        "Engine",
        "Temporary failure in name resolution",
    ),
    "reason.eai_noname": QT_TRANSLATE_NOOP(
        "Engine",
        "Name or service not known",
    ),
    "reason.ebusy": QT_TRANSLATE_NOOP(
        "Engine",
        "Device or resource busy",
    ),
    "reason.econnaborted": QT_TRANSLATE_NOOP(
        "Engine",
        "Software caused connection abort",
    ),
    "reason.econnrefused": QT_TRANSLATE_NOOP(
        "Engine",
        "Connection refused",
    ),
    "reason.econnreset": QT_TRANSLATE_NOOP(
        "Engine",
        "Connection reset by peer",
    ),
    "reason.edquot": QT_TRANSLATE_NOOP(
        "Engine",
        "Disk quota exceeded",
    ),
    "reason.eexist": QT_TRANSLATE_NOOP(
        "Engine",
        "File exists",
    ),
    "reason.efbig": QT_TRANSLATE_NOOP(
        "Engine",
        "File too large",
    ),
    "reason.ehostunreach": QT_TRANSLATE_NOOP(
        "Engine",
        "No route to host",
    ),
    "reason.einval": QT_TRANSLATE_NOOP(
        "Engine",
        "Invalid argument",
    ),
    "reason.eio": QT_TRANSLATE_NOOP(
        "Engine",
        "Input/output error",
    ),
    "reason.eisdir": QT_TRANSLATE_NOOP(
        "Engine",
        "Is a directory",
    ),
    "reason.eloop": QT_TRANSLATE_NOOP(
        "Engine",
        "Too many levels of symbolic links",
    ),
    "reason.emfile": QT_TRANSLATE_NOOP(
        "Engine",
        "Too many open files",
    ),
    "reason.enametoolong": QT_TRANSLATE_NOOP(
        "Engine",
        "File name too long",
    ),
    "reason.enetdown": QT_TRANSLATE_NOOP(
        "Engine",
        "Network is down",
    ),
    "reason.enetunreach": QT_TRANSLATE_NOOP(
        "Engine",
        "Network is unreachable",
    ),
    "reason.enoent": QT_TRANSLATE_NOOP(
        "Engine",
        "No such file or directory",
    ),
    "reason.enomem": QT_TRANSLATE_NOOP(
        "Engine",
        "Cannot allocate memory",
    ),
    "reason.enospc": QT_TRANSLATE_NOOP(
        "Engine",
        "No space left on device",
    ),
    "reason.enotdir": QT_TRANSLATE_NOOP(
        "Engine",
        "Not a directory",
    ),
    "reason.eperm": QT_TRANSLATE_NOOP(
        "Engine",
        "Operation not permitted",
    ),
    "reason.erofs": QT_TRANSLATE_NOOP(
        "Engine",
        "Read-only file system",
    ),
    "reason.etimedout": QT_TRANSLATE_NOOP(
        "Engine",
        "Connection timed out",
    ),
    "reason.http_401": QT_TRANSLATE_NOOP(
        "Engine",
        "HTTP 401: not authorised (log in with `hf auth login`)",
    ),
    "reason.http_403": QT_TRANSLATE_NOOP(
        "Engine",
        "HTTP 403: access refused (a gated or private repo, or a token without access)",
    ),
    "reason.http_404": QT_TRANSLATE_NOOP(
        "Engine",
        "HTTP 404: not found",
    ),
    "reason.http_407": QT_TRANSLATE_NOOP(
        "Engine",
        "HTTP 407: the proxy asks for authentication (check the proxy settings)",
    ),
    "reason.http_408": QT_TRANSLATE_NOOP(
        "Engine",
        "HTTP 408: the request timed out; try again",
    ),
    "reason.http_429": QT_TRANSLATE_NOOP(
        "Engine",
        "HTTP 429: too many requests; wait a while and try again",
    ),
    "reason.http_5xx": QT_TRANSLATE_NOOP(
        "Engine",
        "HTTP {status}: the Hub's server failed; try again later",
    ),
    "reason.os_file": QT_TRANSLATE_NOOP(
        "Engine",
        "{reason}: {file}",
    ),
    "reason.timed_out": QT_TRANSLATE_NOOP(
        "Engine",
        "timed out",
    ),
    "refusal.bitsandbytes": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {runtime} does not load bitsandbytes {weights}",
    ),
    "refusal.cp_divides_dp": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {cp} must divide the {dp} data-parallel ranks (gpus / (tp × pp)): context-parallel groups are "
        "carved out of data parallelism",
    ),
    "refusal.dp_attention_divides_tp": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {dp} DP-attention ranks must divide tp = {tp} (SGLang asserts tp_size % dp_size == 0)",
    ),
    "refusal.ep_divides_dp": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {ep} must divide the {dp} data-parallel ranks (gpus / (tp × pp)): expert-parallel groups are "
        "carved out of data parallelism",
    ),
    "refusal.ep_experts": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {ep} does not divide the {experts} experts",
    ),
    "refusal.ep_no_experts": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {ep} expert-parallel ranks, but this model has no experts",
    ),
    "refusal.exllama": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {family} is ExLlama's own format; {runtime} does not load it (serve it with ExLlama / TabbyAPI)",
    ),
    "refusal.full_needs_float": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: full fine-tuning updates every weight and needs a float dtype, not {weights} (use --finetune "
        "lora/qlora for a quantized base)",
    ),
    "refusal.gguf_only": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {runtime} loads GGUF types, not {weights}",
    ),
    "refusal.gpus_multiple": QT_TRANSLATE_NOOP(
        "Engine",
        "{field} ({gpus}) must be a multiple of tp × pp ({tp} × {pp} = {product})",
    ),
    "refusal.located": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {msg}",
    ),
    "refusal.lora_cnn": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: LoRA/QLoRA need linear layers in transformer blocks; this model is a CNN (use full)",
    ),
    "refusal.output_exceeds_context": QT_TRANSLATE_NOOP(
        "Engine",
        "{field} ({output}) cannot exceed {field_context} ({context}), which counts prompt and generated tokens "
        "together",
    ),
    "refusal.pp_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {pp} stages exceed the model's {layers} layers",
    ),
    "refusal.pp_virtual_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {pp} × {v} model chunks exceed the model's {layers} layers",
    ),
    "refusal.prompt_learning_decoder": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: prefix tuning and P-tuning are sized for decoder-only language models",
    ),
    "refusal.qlora_4bit": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: QLoRA keeps the frozen base in 4-bit (nf4), not {weights}",
    ),
    "refusal.runtime_inference_only": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {runtime} serves inference only; training uses runtime 'hf'",
    ),
    "refusal.tp_heads": QT_TRANSLATE_NOOP(
        "Engine",
        "{field}: {tp} does not divide the {heads} attention heads",
    ),
    "safetensors.a_config": QT_TRANSLATE_NOOP(
        "Engine",
        "a config.json",
    ),
    "safetensors.an_index": QT_TRANSLATE_NOOP(
        "Engine",
        "a safetensors index",
    ),
    "safetensors.attention_shape": QT_TRANSLATE_NOOP(
        "Engine",
        "{name} has shape {shape}: attention projections must be 2-D and non-empty, so the attention heads cannot "
        "be inferred",
    ),
    "safetensors.broken_links": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} shard(s) are links to files that do not exist (an incomplete download?), e.g. {shard} → {target}",
    ),
    "safetensors.count_mismatch": QT_TRANSLATE_NOOP(
        "Engine",
        "the stored tensors hold {stored:,} values but the inferred architecture has {expected:,} parameters "
        "({diff:+,}): some tensors were not recognised; the estimate uses the stored bytes",
    ),
    "safetensors.dtype": QT_TRANSLATE_NOOP(
        "Engine",
        "{where}: unknown dtype {dtype} (safetensors dtypes: {known})",
    ),
    "safetensors.dtype_mix": QT_TRANSLATE_NOOP(
        "Engine",
        "the 2-D tensors mix dtypes ({mix}); weight format not inferred",
    ),
    "safetensors.dtype_unknown": QT_TRANSLATE_NOOP(
        "Engine",
        "the 2-D tensors are {dtype} without a quantization_config; weight format not inferred",
    ),
    "safetensors.empty_folder": QT_TRANSLATE_NOOP(
        "Engine",
        "folder holds no .safetensors files",
    ),
    "safetensors.empty_index": QT_TRANSLATE_NOOP(
        "Engine",
        "the index's weight_map lists no tensors",
    ),
    "safetensors.entry": QT_TRANSLATE_NOOP(
        "Engine",
        "{where}: header entry must be an object with dtype, shape, data_offsets",
    ),
    "safetensors.expert_up": QT_TRANSLATE_NOOP(
        "Engine",
        "an expert's up_proj",
    ),
    "safetensors.experts": QT_TRANSLATE_NOOP(
        "Engine",
        "layer {layer} names expert {n:,}; at most 100,000 are supported",
    ),
    "safetensors.experts_per_token": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} experts found; experts used per token is not stored in the tensors, assumed {k}",
    ),
    "safetensors.head_dim": QT_TRANSLATE_NOOP(
        "Engine",
        "head_dim is not stored in the tensors; assumed {head_dim} (q_proj width {q} → {heads} heads, k_proj width "
        "{k} → {kv} KV heads)",
    ),
    "safetensors.head_groups": QT_TRANSLATE_NOOP(
        "Engine",
        "the head split does not give whole query groups; assumed one KV head per query head",
    ),
    "safetensors.header": QT_TRANSLATE_NOOP(
        "Engine",
        "header",
    ),
    "safetensors.header_limit": QT_TRANSLATE_NOOP(
        "Engine",
        "header length field declares {n:,} bytes, over the {limit:,}-byte limit; refused (corrupt or not a "
        "safetensors file)",
    ),
    "safetensors.header_past_end": QT_TRANSLATE_NOOP(
        "Engine",
        "header length {n:,} bytes is larger than the file ({size:,} bytes): the file is truncated or not a "
        "safetensors file",
    ),
    "safetensors.header_small": QT_TRANSLATE_NOOP(
        "Engine",
        "header length {n} is too small to hold a JSON object",
    ),
    "safetensors.header_truncated": QT_TRANSLATE_NOOP(
        "Engine",
        "header is truncated: read {got:,} of {n:,} bytes",
    ),
    "safetensors.ignored": QT_TRANSLATE_NOOP(
        "Engine",
        "ignored {files} (a second copy or adapter beside the main weights)",
    ),
    "safetensors.index_object": QT_TRANSLATE_NOOP(
        "Engine",
        "a safetensors index must hold a JSON object",
    ),
    "safetensors.inferred_gated": QT_TRANSLATE_NOOP(
        "Engine",
        "no config.json: architecture inferred from the tensor names and shapes as a Llama-style decoder ({norm}, "
        "SiLU-gated MLP, rotary positions, no sliding window); max context not stored, assumed 4096",
    ),
    "safetensors.inferred_inconsistent": QT_TRANSLATE_NOOP(
        "Engine",
        "inferred architecture is inconsistent ({loc}: {problem}); put the model's config.json next to it",
    ),
    "safetensors.inferred_plain": QT_TRANSLATE_NOOP(
        "Engine",
        "no config.json: architecture inferred from the tensor names and shapes as a Llama-style decoder ({norm}, "
        "plain MLP, rotary positions, no sliding window); max context not stored, assumed 4096",
    ),
    "safetensors.invalid_architecture": QT_TRANSLATE_NOOP(
        "Engine",
        "gives an invalid architecture ({loc}: {problem})",
    ),
    "safetensors.invalid_moe": QT_TRANSLATE_NOOP(
        "Engine",
        "the experts of layer {layer} give an invalid MoE block ({field}: {problem})",
    ),
    "safetensors.kv_widths": QT_TRANSLATE_NOOP(
        "Engine",
        "k_proj ({k}) and v_proj ({v}) widths differ; the KV cache uses the k width",
    ),
    "safetensors.layer_gaps": QT_TRANSLATE_NOOP(
        "Engine",
        "layer indices are not contiguous ({n} layers up to {last}); assumed {layers} layers",
    ),
    "safetensors.layer_index": QT_TRANSLATE_NOOP(
        "Engine",
        "tensor {name} names layer {layer:,} but the file has tensors for {n:,} layer(s); at most {limit:,} layers "
        "are supported",
    ),
    "safetensors.list_folder": QT_TRANSLATE_NOOP(
        "Engine",
        "cannot list the folder ({reason})",
    ),
    "safetensors.matrix_shape": QT_TRANSLATE_NOOP(
        "Engine",
        "{name} has shape {shape}; {what} must be 2-D and non-empty",
    ),
    "safetensors.metadata": QT_TRANSLATE_NOOP(
        "Engine",
        "header '__metadata__' must be an object of strings",
    ),
    "safetensors.mlp_up": QT_TRANSLATE_NOOP(
        "Engine",
        "an MLP's up_proj",
    ),
    "safetensors.no_index": QT_TRANSLATE_NOOP(
        "Engine",
        "no index: summed all {n} .safetensors files in the folder",
    ),
    "safetensors.no_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "no '{prefix}layers.N.*' tensors: cannot infer the layer stack without a config.json",
    ),
    "safetensors.no_llama_tensor": QT_TRANSLATE_NOOP(
        "Engine",
        "no '{name}': not a Llama-style checkpoint; put the model's config.json next to it",
    ),
    "safetensors.no_shards": QT_TRANSLATE_NOOP(
        "Engine",
        "the shards are not here and there is no config.json beside the index: cannot tell the architecture (put "
        "the model's config.json next to it)",
    ),
    "safetensors.no_tensors": QT_TRANSLATE_NOOP(
        "Engine",
        "none",
    ),
    "safetensors.not_llama_names": QT_TRANSLATE_NOOP(
        "Engine",
        "no config.json beside the weights, and the tensor names are not Llama-style (no '*embed_tokens.weight'; "
        "first tensors: {sample}); put the model's config.json next to it",
    ),
    "safetensors.not_object": QT_TRANSLATE_NOOP(
        "Engine",
        "header is not a JSON object",
    ),
    "safetensors.not_object_start": QT_TRANSLATE_NOOP(
        "Engine",
        "header is not a JSON object (it must start with '{{'); not a safetensors file",
    ),
    "safetensors.not_safetensors": QT_TRANSLATE_NOOP(
        "Engine",
        "not a .safetensors file, a safetensors index.json or a folder",
    ),
    "safetensors.not_utf8": QT_TRANSLATE_NOOP(
        "Engine",
        "header is not UTF-8 text (bad byte at offset {at})",
    ),
    "safetensors.o_proj": QT_TRANSLATE_NOOP(
        "Engine",
        "o_proj shape {shape} is not [{h}, {width}]; counted as a standard o_proj",
    ),
    "safetensors.offsets": QT_TRANSLATE_NOOP(
        "Engine",
        "{where}: data_offsets must be [begin, end] integers, not {value}",
    ),
    "safetensors.offsets_order": QT_TRANSLATE_NOOP(
        "Engine",
        "{where}: data_offsets [{begin}, {end}] are not an increasing byte span",
    ),
    "safetensors.overlap": QT_TRANSLATE_NOOP(
        "Engine",
        "tensors '{a}' and '{b}' overlap in the data section",
    ),
    "safetensors.partial_bytes": QT_TRANSLATE_NOOP(
        "Engine",
        "{where}: {n:,} {dtype} values do not fill whole bytes",
    ),
    "safetensors.past_data": QT_TRANSLATE_NOOP(
        "Engine",
        "{where} ends at byte {end:,} of the data section, but only {size:,} bytes follow the header: the file is "
        "truncated",
    ),
    "safetensors.shape": QT_TRANSLATE_NOOP(
        "Engine",
        "{where}: shape must be a list of at most 16 non-negative integers, not {value}",
    ),
    "safetensors.shard_long": QT_TRANSLATE_NOOP(
        "Engine",
        "weight_map names a shard '{name}…' ({n:,} bytes) that is not a valid file name (at most {limit} bytes)",
    ),
    "safetensors.shard_name": QT_TRANSLATE_NOOP(
        "Engine",
        "weight_map names '{name}', which is not a file name in this folder",
    ),
    "safetensors.shards_missing": QT_TRANSLATE_NOOP(
        "Engine",
        "{missing} of {shards} shards are not here; stored size {total:,} bytes taken from the index's "
        "metadata.total_size",
    ),
    "safetensors.shards_missing_unknown": QT_TRANSLATE_NOOP(
        "Engine",
        "{missing} of {shards} shards are not here and the index has no metadata.total_size: stored size unknown",
    ),
    "safetensors.shared_up": QT_TRANSLATE_NOOP(
        "Engine",
        "the shared expert's up_proj",
    ),
    "safetensors.short": QT_TRANSLATE_NOOP(
        "Engine",
        "only {n} bytes: too short for a safetensors header (8-byte length followed by JSON); the file is "
        "truncated or not safetensors",
    ),
    "safetensors.size_vs_dtype": QT_TRANSLATE_NOOP(
        "Engine",
        "stored size {stored:,} bytes does not match {total:,} parameters in the config's {format}; weight format "
        "not inferred",
    ),
    "safetensors.span": QT_TRANSLATE_NOOP(
        "Engine",
        "{where}: data_offsets [{begin:,}, {end:,}] span {span:,} bytes but {dtype} {shape} needs {need:,} bytes",
    ),
    "safetensors.tensor": QT_TRANSLATE_NOOP(
        "Engine",
        "tensor '{name}'",
    ),
    "safetensors.tied": QT_TRANSLATE_NOOP(
        "Engine",
        "no lm_head.weight: the output layer is assumed tied to the embeddings",
    ),
    "safetensors.too_many": QT_TRANSLATE_NOOP(
        "Engine",
        "header declares {n:,} tensors; at most {limit:,} are read (real checkpoints have far fewer)",
    ),
    "safetensors.total_size": QT_TRANSLATE_NOOP(
        "Engine",
        "the index's metadata.total_size says {total:,} bytes; the shard headers add up to {stored:,} bytes (used)",
    ),
    "safetensors.total_size_range": QT_TRANSLATE_NOOP(
        "Engine",
        "metadata.total_size {n:,} bytes is out of range (at most {limit:,})",
    ),
    "safetensors.unlisted": QT_TRANSLATE_NOOP(
        "Engine",
        "{n} tensors listed in the index are in no shard header (e.g. '{tensor}')",
    ),
    "safetensors.weight_map": QT_TRANSLATE_NOOP(
        "Engine",
        "'weight_map' must be an object mapping tensor names to shard file names",
    ),
    "safetensors.weight_map_size": QT_TRANSLATE_NOOP(
        "Engine",
        "'weight_map' lists {n:,} tensors; at most {limit:,} are read",
    ),
    "scenario.not_a_field": QT_TRANSLATE_NOOP(
        "Engine",
        "'{path}' is not a scenario field",
    ),
    "sentence": QT_TRANSLATE_NOOP(
        "Engine",
        "{text}.",
    ),
    "serving.bad_fps": QT_TRANSLATE_NOOP(
        "Engine",
        "--fps must be positive, not {fps}",
    ),
    "serving.bad_streams": QT_TRANSLATE_NOOP(
        "Engine",
        "--streams must be at least 1, not {streams}",
    ),
    "serving.bad_throughput": QT_TRANSLATE_NOOP(
        "Engine",
        "per-stream and card throughput must be positive",
    ),
    "serving.bad_tpot": QT_TRANSLATE_NOOP(
        "Engine",
        "--tpot must be positive, not {tpot}",
    ),
    "serving.bad_ttft": QT_TRANSLATE_NOOP(
        "Engine",
        "--ttft must be positive, not {ttft}",
    ),
    "serving.bad_utilisation": QT_TRANSLATE_NOOP(
        "Engine",
        "--utilisation must be in (0, 1], not {utilisation}",
    ),
    "serving.budget": QT_TRANSLATE_NOOP(
        "Engine",
        "utilisation is the share of the card's peak the deployed network reaches (measure it, or take the "
        "vendor's benchmark for this network over its peak)",
    ),
    "serving.budget_why": QT_TRANSLATE_NOOP(
        "Engine",
        "{why}; utilisation is the share of the card's peak the deployed network reaches (measure it, or take the "
        "vendor's benchmark for this network over its peak)",
    ),
    "serving.error_hf": QT_TRANSLATE_NOOP(
        "Engine",
        "not measured against a published serving benchmark: a plain transformers server has no CUDA graphs or "
        "paged attention and runs slower than this roofline (the model gives it vLLM's fixed step cost, a floor); "
        "vLLM's figures (within 4 % for decode on H100, up to 22 % optimistic at small batches) are the closest. "
        "{why}",
    ),
    "serving.error_llama_cpp": QT_TRANSLATE_NOOP(
        "Engine",
        "time per output token 39 % optimistic to 3 % pessimistic against llama-bench tg128 (RTX 3090 / 4090 F16, "
        "Q8_0, Q4_0, an M2 Max and an M2 Ultra, Mixtral 8x7B and Qwen3-30B-A3B among them; median 14 % optimistic "
        "on GeForce cards, 17 % on Apple silicon): quantized weights are read well below the bandwidth "
        "(dequantization, and about 3 ms of launches per token in the 2023-24 builds measured, which the model "
        "does not add for dense models), and a mixture-of-experts model on Apple silicon pays about twice the "
        "routing cost per layer fitted on an RTX 4090 (Qwen3-30B-A3B Q8_0 on an M2 Ultra: 31 % optimistic). {why}",
    ),
    "serving.error_model": QT_TRANSLATE_NOOP(
        "Engine",
        "The model: a decode step reads the weights and the KV cache once at 80 % of the memory bandwidth "
        "(llama.cpp F16 on an RTX 4090 implies 0.82), plus the engine's fixed cost of a step — vLLM and SGLang 1.0 "
        "ms (the geometric mean of 0.3 ms published for vLLM 0.23 with Llama-3.1-8B and 3.5 ms for Qwen3-0.6B "
        "through an A100 server's streaming API), and per mixture-of-experts layer 42 µs in vLLM, 82 µs in "
        "llama.cpp (Qwen3-30B-A3B on an A100 and an RTX 4090) — plus 2 all-reduces per layer × 23 µs with tensor "
        "parallelism (NIM's TP2 Llama-3.3-70B at one request); prefill is a compute roofline at 78 % of the dense "
        "peak.",
    ),
    "serving.error_ollama": QT_TRANSLATE_NOOP(
        "Engine",
        "Ollama runs llama.cpp: {llama_cpp}",
    ),
    "serving.error_sglang": QT_TRANSLATE_NOOP(
        "Engine",
        "SGLang 0.3.0 at 4 and 8 requests/s (Llama-3.1-8B on an A100, 70B TP4 on H100; ShareGPT lengths): time per "
        "output token 13-40 % optimistic (random prefills stall the decode more than their average share). "
        "Otherwise as vLLM: {vllm}",
    ),
    "serving.error_vllm": QT_TRANSLATE_NOOP(
        "Engine",
        "time per output token within −4 to 0 % of NVIDIA NIM 1.8.0's published Llama-3.3-70B FP8 on 2 × H100 "
        "(1-50 concurrent requests, held out) and throughput at that concurrency 0-7 % optimistic; vLLM's own "
        "batch-8 latency on H200 0-20 % optimistic; one request at a time through vLLM's API 22 % optimistic to 5 "
        "% pessimistic (Qwen3-14B on an A100, Qwen3-4B on an RTX 4090). The fixed cost of a step differs tenfold "
        "between published setups (0.3 ms for vLLM 0.23, 3.5 ms through an A100 server's streaming API in "
        "mid-2025): for a model under 2 B parameters at one request the time per token can be off by half either "
        "way. Time to first token 41-45 % optimistic (request handling, and prefill below 78 % of the peak). Under "
        "Poisson arrivals (a request rate, ShareGPT lengths: SGLang's published vLLM 0.6 and SGLang 0.3 runs at 4 "
        "and 8 requests/s) the time per output token is 13-40 % optimistic, the more so the higher the rate: "
        "prefills arriving at random stall the decode more than their average share, which is what the model adds. "
        "{why}",
    ),
    "serving.explanation": QT_TRANSLATE_NOOP(
        "Engine",
        "KV capacity {cap:,} requests of {context:,} tokens (largest concurrency that fits); batch {b:,} keeps "
        "TPOT at {tpot:,.1f} ms{limit}; TTFT {ttft:,.0f} ms for one {prompt:,}-token prompt ({timing}); per "
        "replica {b:,} requests / ({ttft:,.0f} ms + {o:,} × {tpot:,.1f} ms) = {rps:,.3g} req/s = {tokens:,.0f} "
        "output tokens/s (Little's law: {latency:,.2f} s per request); replicas = {how} → {replicas:,} × {gpus} "
        "GPU = {total:,} GPUs",
    ),
    "serving.how_rate": QT_TRANSLATE_NOOP(
        "Engine",
        "⌈{rate:,.3g} req/s ÷ {rps:,.3g} req/s per replica⌉",
    ),
    "serving.how_streams": QT_TRANSLATE_NOOP(
        "Engine",
        "{streams:,} streams ÷ {b:,} per replica",
    ),
    "serving.no_peak": QT_TRANSLATE_NOOP(
        "Engine",
        "{gpu}: no published dense int8 or bf16 peak; give the card's TOPS",
    ),
    "serving.no_tokens": QT_TRANSLATE_NOOP(
        "Engine",
        "{model} does not generate tokens; plan an image or video service with the compute-budget method "
        "(--per-stream-tops, or --model with --fps)",
    ),
    "serving.not_cnn": QT_TRANSLATE_NOOP(
        "Engine",
        "{model} is not a CNN; give the TOPS one stream needs instead",
    ),
    "serving.note_hf": QT_TRANSLATE_NOOP(
        "Engine",
        "runtime hf: a plain transformers server has no paged KV cache or continuous batching; the batches assume "
        "an engine that has them (vLLM, SGLang, TensorRT-LLM)",
    ),
    "serving.note_none": QT_TRANSLATE_NOOP(
        "Engine",
        "no tensor-parallel degree up to 8 both fits and meets the targets on this GPU: see each reason",
    ),
    "serving.one_load": QT_TRANSLATE_NOOP(
        "Engine",
        "give exactly one load: requests per second, output tokens per second, or streams",
    ),
    "serving.per_stream": QT_TRANSLATE_NOOP(
        "Engine",
        "per stream {gflops:,.3f} GFLOPs per frame (forward, 2 × MACs) × {fps:g} fps",
    ),
    "serving.reason_no_fit": QT_TRANSLATE_NOOP(
        "Engine",
        "one request of {context:,} tokens does not fit (short {short:,.2f} GiB)",
    ),
    "serving.reason_no_timing": QT_TRANSLATE_NOOP(
        "Engine",
        "the GPU's peak or bandwidth is unknown: no timing",
    ),
    "serving.reason_tpot": QT_TRANSLATE_NOOP(
        "Engine",
        "time per output token {tpot:,.1f} ms > target even for one request",
    ),
    "serving.reason_ttft": QT_TRANSLATE_NOOP(
        "Engine",
        "time to first token {ttft:,.0f} ms > target {target:,.0f} ms even alone",
    ),
    "serving.timing": QT_TRANSLATE_NOOP(
        "Engine",
        "decode step {step:,.2f} ms for {batch:,} requests + {others:,} × {share:,.2f} ms prefill share / {o:,} "
        "output tokens = {tpot:,.2f} ms per output token; TTFT {ttft:,.0f} ms alone",
    ),
    "serving.tpot_limit": QT_TRANSLATE_NOOP(
        "Engine",
        " (≤ {target:,.0f} ms)",
    ),
    "speed.inference_images": QT_TRANSLATE_NOOP(
        "Engine",
        "images/s, all concurrent sequences together (roofline)",
    ),
    "speed.inference_images_timed": QT_TRANSLATE_NOOP(
        "Engine",
        "images/s at this batch, timed op by op ({bound})",
    ),
    "speed.inference_tokens": QT_TRANSLATE_NOOP(
        "Engine",
        "generated tokens/s, all concurrent sequences together (roofline)",
    ),
    "speed.training_images": QT_TRANSLATE_NOOP(
        "Engine",
        "training images/s over all GPUs (MFU {mfu:.0%})",
    ),
    "speed.training_tokens": QT_TRANSLATE_NOOP(
        "Engine",
        "training tokens/s over all GPUs (MFU {mfu:.0%})",
    ),
    "stack.liger": QT_TRANSLATE_NOOP(
        "Engine",
        "Liger Kernel (on Hugging Face)",
    ),
    "stack.megatron": QT_TRANSLATE_NOOP(
        "Engine",
        "Megatron-LM (distributed optimizer)",
    ),
    "stack_kind.encoder": QT_TRANSLATE_NOOP(
        "Engine",
        "encoder",
    ),
    "stack_notes.deepspeed": QT_TRANSLATE_NOOP(
        "Engine",
        "bf16/fp16 parameters and gradients, fp32 master weights and Adam states in the optimizer partition (ZeRO "
        "paper §3: 2Ψ + 2Ψ + 12Ψ/N_d)",
    ),
    "stack_notes.fsdp2": QT_TRANSLATE_NOOP(
        "Engine",
        "per-parameter sharding over all data-parallel ranks (ZeRO-3 semantics); TP with sequence parallel and "
        "loss parallel",
    ),
    "stack_notes.hf": QT_TRANSLATE_NOOP(
        "Engine",
        "today's default; with --zero ≥ 1 the DeepSpeed integration's 16-bit parameters and HF 'auto' bucket sizes "
        "(h²)",
    ),
    "stack_notes.liger": QT_TRANSLATE_NOOP(
        "Engine",
        "Hugging Face Trainer with Liger's fused linear cross-entropy",
    ),
    "stack_notes.megatron": QT_TRANSLATE_NOOP(
        "Engine",
        "bf16 parameters, fp32 main_grad buffer, fp32 main parameters and Adam states sharded over DP",
    ),
    "stack_notes.torchtune": QT_TRANSLATE_NOOP(
        "Engine",
        "chunked cross-entropy; FSDP2 sharding when distributed",
    ),
    "stack_notes.unsloth_cce": QT_TRANSLATE_NOOP(
        "Engine",
        "offloaded checkpointing, Unsloth's fused LoRA autograd functions and Cut Cross-Entropy",
    ),
    "towers.audio": QT_TRANSLATE_NOOP(
        "Engine",
        "{seconds:g} s of audio ({clips} clip(s) of up to {clip:g} s, {rate:g} encoder outputs per second, each "
        "clip padded to {tokens} soft tokens)",
    ),
    "towers.audio_tower": QT_TRANSLATE_NOOP(
        "Engine",
        "audio tower",
    ),
    "towers.images": QT_TRANSLATE_NOOP(
        "Engine",
        "{images} image(s) of {side} × {side} ({tokens} soft tokens each, timm's {arch})",
    ),
    "towers.no_audio": QT_TRANSLATE_NOOP(
        "Engine",
        "no audio",
    ),
    "towers.no_images": QT_TRANSLATE_NOOP(
        "Engine",
        "no images",
    ),
    "towers.no_images_or_audio": QT_TRANSLATE_NOOP(
        "Engine",
        "no images or audio",
    ),
    "towers.vision_and_audio_towers": QT_TRANSLATE_NOOP(
        "Engine",
        "vision and audio towers",
    ),
    "towers.vision_tower": QT_TRANSLATE_NOOP(
        "Engine",
        "vision tower",
    ),
    "towers.whisper_audio": QT_TRANSLATE_NOOP(
        "Engine",
        "{seconds:g} s of audio ({clips} chunk(s) of 30 s through Whisper's encoder, {positions:,} positions each; "
        "{tokens} audio tokens per chunk)",
    ),
    "training.distributed_optimizer": QT_TRANSLATE_NOOP(
        "Engine",
        "distributed optimizer",
    ),
    "training.over_ranks": QT_TRANSLATE_NOOP(
        "Engine",
        "{dp} ranks",
    ),
    "training.over_ranks_ep": QT_TRANSLATE_NOOP(
        "Engine",
        "{dp} ranks (experts over the {edp} ranks of their expert-data-parallel group)",
    ),
    "unverified.altup": QT_TRANSLATE_NOOP(
        "Engine",
        "Gemma 3n: the activations of AltUp's parallel residual streams, LAuReL and the per-layer inputs were "
        "measured for 16-bit full fine-tuning without checkpointing and for transformers' prefill only; this "
        "setup's are extrapolated from them (the KV cache is exact)",
    ),
    "unverified.compressed_alone": QT_TRANSLATE_NOOP(
        "Engine",
        "compressed attention without hyper-connections: the two were measured only together (DeepSeek-V4), so "
        "this model's activations are extrapolated",
    ),
    "unverified.deepseek_v4": QT_TRANSLATE_NOOP(
        "Engine",
        "DeepSeek-V4: its hyper-connections, compressors and caches were measured for transformers' prefill and "
        "16-bit full fine-tuning on one GPU without checkpointing; this setup's terms (another runtime's cache "
        "layout and kernels, LoRA, fp32 or mixed precision, checkpointing, sharding) are extrapolated from them",
    ),
    "unverified.dsv4_kinds": QT_TRANSLATE_NOOP(
        "Engine",
        "DeepSeek-V4 without its layers' kinds (a scenario saved before they were read): every layer is costed as "
        "a sliding-window layer, without the compressed entries and indexer of its CSA and HCA layers; choose the "
        "preset or import its config.json again",
    ),
    "unverified.dsv4_shape": QT_TRANSLATE_NOOP(
        "Engine",
        "DeepSeek-V4 with {keys}: its memory terms were measured at the published Flash and Pro configs' values "
        "and are extrapolated to these",
    ),
    "unverified.dsv4_value": QT_TRANSLATE_NOOP(
        "Engine",
        "{key} {value} (measured: {measured})",
    ),
    "unverified.experts_beside_dense": QT_TRANSLATE_NOOP(
        "Engine",
        "experts beside a dense MLP in the same layer: their activations are not yet verified",
    ),
    "unverified.fixed_state_kernels": QT_TRANSLATE_NOOP(
        "Engine",
        "{layers} layers under {runtime}: their fixed-size state is exact, but their prefill activations are "
        "{runtime}'s own kernels', estimated like an attention layer's and not measured",
    ),
    "unverified.full_attention_shape": QT_TRANSLATE_NOOP(
        "Engine",
        "full-attention layers with their own shape (head_dim, kv heads, values = keys): the KV cache and "
        "attention activations are costed with the other layers' shape, not yet per layer",
    ),
    "unverified.gemma3n_audio_lora": QT_TRANSLATE_NOOP(
        "Engine",
        "LoRA on every linear layer of Gemma 3n: peft's all-linear also wraps the audio tower's linear layers, "
        "which then keep their inputs for backward; costed as a frozen tower (nothing kept), as when LoRA targets "
        "the text model only",
    ),
    "unverified.gemma3n_audio_tower": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' describes a conformer unlike the released Gemma 3n's, whose activations alone are measured: audio "
        "is costed as that one's",
    ),
    "unverified.gemma3n_towers": QT_TRANSLATE_NOOP(
        "Engine",
        "Gemma 3n's vision and audio towers: their activations were measured for transformers' 16-bit prefill and "
        "for 16-bit training on one GPU without checkpointing; this setup's are extrapolated from them",
    ),
    "unverified.gemma3n_vision_tokens": QT_TRANSLATE_NOOP(
        "Engine",
        "'vision_soft_tokens_per_image' is not the 256 (16 × 16) the measured vision tower makes",
    ),
    "unverified.gemma3n_vision_tower": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' names timm's {name}, whose activations are not measured: images are costed as {measured}'s",
    ),
    "unverified.hc_alone": QT_TRANSLATE_NOOP(
        "Engine",
        "hyper-connections without compressed attention: the two were measured only together (DeepSeek-V4), so "
        "this model's activations are extrapolated",
    ),
    "unverified.hooked_vision_blocks": QT_TRANSLATE_NOOP(
        "Engine",
        "LoRA with gradient checkpointing: transformers' enable_input_require_grads also hooks this vision tower's "
        "patch embedding ({family}), so backward runs through the frozen tower (its FLOPs are in the time); what "
        "it keeps is sized as its checkpointed blocks' inputs, as measured for Pixtral (Mistral Small 3.1) — what "
        "the rest of this tower keeps is not measured",
    ),
    "unverified.indexer": QT_TRANSLATE_NOOP(
        "Engine",
        "the sparse-attention indexer's prefill scores under {runtime} are not modelled (its key cache is)",
    ),
    "unverified.nemotron_nas": QT_TRANSLATE_NOOP(
        "Engine",
        "model_type 'nemotron-nas' needs remote code (DeciLM): its per-layer block_configs are read as vLLM's, "
        "SGLang's and TensorRT-LLM's DeciLM ports build them (ffn_mult → ⌈2·ffn_mult·h/3⌉ to a multiple of 256), "
        "but no checkpoint total was found to hold the count to",
    ),
    "unverified.speculative": QT_TRANSLATE_NOOP(
        "Engine",
        "speculative decoding with the MTP layers under {runtime}: the draft's weights and KV cache follow from "
        "its shapes and the verification buffer from the engine's source; only SGLang's draft footprint at load "
        "has been held to published logs, not the pool with and without the draft",
    ),
    "unverified.vision_tower": QT_TRANSLATE_NOOP(
        "Engine",
        "vision tower activations: its blocks are costed as a ViT over (image_size / patch_size)² patches per "
        "image; its projector (pixel shuffle, patch merge) and native-resolution tiling are not modelled, and the "
        "figure is not yet verified against PyTorch allocations",
    ),
    "unverified.vision_tower_hook": QT_TRANSLATE_NOOP(
        "Engine",
        "LoRA with gradient checkpointing: whether transformers' enable_input_require_grads hooks this vision "
        "tower ({family}) — sending backward through the frozen tower — is not known; its backward FLOPs and the "
        "activations it would keep are not costed",
    ),
    "unverified.voxtral_audio": QT_TRANSLATE_NOOP(
        "Engine",
        "audio tower (Voxtral): Whisper's encoder over 30-second chunks was measured for Voxtral's encoder (32 "
        "layers of 1,280) in transformers' 16-bit prefill and in 16-bit training on one GPU without checkpointing; "
        "this setup's audio activations are extrapolated from those",
    ),
    "unverified.voxtral_audio_lora": QT_TRANSLATE_NOOP(
        "Engine",
        "LoRA on every linear layer of Voxtral: peft's all-linear also wraps the audio encoder's linear layers, "
        "which then keep their inputs for backward; costed as a frozen tower (nothing kept), as when LoRA targets "
        "the text model only",
    ),
    "unverified.voxtral_hooked_encoder_shape": QT_TRANSLATE_NOOP(
        "Engine",
        "LoRA with gradient checkpointing on a Voxtral-style model: the frozen audio encoder, hooked by "
        "transformers' enable_input_require_grads, keeps activations for backward; they were measured for "
        "Voxtral's encoder (32 layers of 1,280) and are scaled to this encoder's shape",
    ),
    "vlm.cls_token": QT_TRANSLATE_NOOP(
        "Engine",
        "'vision_config' with a class token or a pre-norm: not built by this version",
    ),
    "vlm.embedding_size": QT_TRANSLATE_NOOP(
        "Engine",
        "'text_config.embedding_size' differs from vocab_size: not built",
    ),
    "vlm.jina_connector": QT_TRANSLATE_NOOP(
        "Engine",
        "jina-vlm connector pooling '{pooling}' / projector '{projector}': only attention_meanq with an mlp "
        "projector is built by this version",
    ),
    "vlm.kv_shared": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' leaves no layer keeping its own K/V",
    ),
    "vlm.layer_scale": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' is set: layer scales are not built by this version",
    ),
    "vlm.moe_block": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' is set but the config names no experts",
    ),
    "vlm.norm_flag": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' is set: that norm is not built by this version",
    ),
    "vlm.norm_type": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' {kind} is not a norm this version builds",
    ),
    "vlm.per_layer_keys": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' sets more than the full-attention layers' head_dim and kv heads",
    ),
    "vlm.per_layer_map": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' must map layer indices to settings",
    ),
    "vlm.pooling_norm": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' is set: pooling norms are not built by this version",
    ),
    "vlm.projector": QT_TRANSLATE_NOOP(
        "Engine",
        "vision_config.mm_projector_type '{kind}': not a projector this version builds",
    ),
    "vlm.qk_norm": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' and 'k_lnorm' differ: only both or neither are built",
    ),
    "vlm.qk_norm_kind": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}': q/k norms of another kind than the block's",
    ),
    "vlm.vit_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "'vision_config.vit_layers' must list the tower layers whose features are used",
    ),
    "vlm.with_affine": QT_TRANSLATE_NOOP(
        "Engine",
        "'{key}' false: norms without weights are not built",
    ),
    "warn.audio_not_taken": QT_TRANSLATE_NOOP(
        "Engine",
        "{seconds:g} s of audio per sequence is not costed: this model has no audio tower that takes it",
    ),
    "warn.audio_tokens_over_context": QT_TRANSLATE_NOOP(
        "Engine",
        "the audio's {audio:,} soft tokens do not fit in the context of {context:,} tokens: the prompt holds every "
        "one of them",
    ),
    "warn.compile_float8_no_ac": QT_TRANSLATE_NOOP(
        "Engine",
        "torch.compile and Float8 are modelled under torchtitan's activation checkpointing; without it the eager "
        "blocks' saved activations are counted (compiled blocks fuse elementwise ops and Float8 linears save "
        "float8 inputs, so a real run keeps less)",
    ),
    "warn.compile_float8_stack": QT_TRANSLATE_NOOP(
        "Engine",
        "torch.compile and Float8 are modelled as torchtitan applies them (--stack fsdp2); ignored for {stack}",
    ),
    "warn.concurrency_training": QT_TRANSLATE_NOOP(
        "Engine",
        "concurrency applies to inference only; ignored for training",
    ),
    "warn.context_past_positions": QT_TRANSLATE_NOOP(
        "Engine",
        "context {context:,} exceeds the model's {positions:,}-token maximum position; quality degrades past it",
    ),
    "warn.cp_inference": QT_TRANSLATE_NOOP(
        "Engine",
        "context parallelism and interleaved pipeline stages apply to training only; ignored for inference",
    ),
    "warn.cp_not_in_stack": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} has no context parallelism; parallelism.cp is ignored (each rank holds whole sequences)",
    ),
    "warn.expert_checkpoint_dtype": QT_TRANSLATE_NOOP(
        "Engine",
        "The checkpoint keeps its experts in {dtype} (expert_dtype); they are sized here in the weight format chosen",
    ),
    "warn.gated_deltanet_fallback": QT_TRANSLATE_NOOP(
        "Engine",
        "Gated DeltaNet layers: activations as transformers' torch fallback allocates them (measured); with "
        "flash-linear-attention installed its CUDA kernel keeps only q, k, v, the gates and a 64-wide matrix per "
        "token, and these layers need less",
    ),
    "warn.gguf_only_fields": QT_TRANSLATE_NOOP(
        "Engine",
        "n_gpu_layers, num_ctx and parallel apply to llama.cpp and Ollama only; ignored",
    ),
    "warn.gguf_tp_as_pp": QT_TRANSLATE_NOOP(
        "Engine",
        "{runtime} splits layers across GPUs (like pipeline stages), not tensors; tp treated as pp",
    ),
    "warn.image_tokens_over_context": QT_TRANSLATE_NOOP(
        "Engine",
        "the images' {images:,} soft tokens do not fit in the context of {context:,} tokens: the prompt holds "
        "every one of them",
    ),
    "warn.images_not_taken": QT_TRANSLATE_NOOP(
        "Engine",
        "{images} images per sequence are not costed: this model has no vision tower that takes them",
    ),
    "warn.llamacpp_kv_needs_fa": QT_TRANSLATE_NOOP(
        "Engine",
        "llama.cpp refuses a quantized V cache without flash attention (-fa); turn it on",
    ),
    "warn.mamba2_fallback": QT_TRANSLATE_NOOP(
        "Engine",
        "Mamba-2 layers: activations as transformers' torch fallback allocates them (measured); with mamba_ssm and "
        "causal-conv1d installed the fused kernel keeps its inputs and recomputes the scan, and these layers need "
        "less",
    ),
    "warn.mtp_ignored": QT_TRANSLATE_NOOP(
        "Engine",
        "speculative decoding with the MTP layers is ignored: {why}",
    ),
    "warn.mtp_why.no_layers": QT_TRANSLATE_NOOP(
        "Engine",
        "this model declares no multi-token-prediction layers",
    ),
    "warn.mtp_why.runtime": QT_TRANSLATE_NOOP(
        "Engine",
        "only vLLM and SGLang serve it here",
    ),
    "warn.mtp_why.unknown_structure": QT_TRANSLATE_NOOP(
        "Engine",
        "this model's multi-token-prediction layers have a structure not known here",
    ),
    "warn.ollama_default_num_ctx": QT_TRANSLATE_NOOP(
        "Engine",
        "context {context:,} exceeds Ollama's default num_ctx {num_ctx:,} on {gpu}: Ollama truncates the prompt to "
        "it (set OLLAMA_CONTEXT_LENGTH or num_ctx)",
    ),
    "warn.ollama_kv_needs_fa": QT_TRANSLATE_NOOP(
        "Engine",
        "Ollama applies the {kv} K/V cache type only with flash attention on (OLLAMA_FLASH_ATTENTION=1); without "
        "it the cache stays f16",
    ),
    "warn.ollama_num_ctx": QT_TRANSLATE_NOOP(
        "Engine",
        "context {context:,} exceeds Ollama's num_ctx {num_ctx:,}: Ollama truncates the prompt to num_ctx (raise "
        "num_ctx)",
    ),
    "warn.ollama_queue": QT_TRANSLATE_NOOP(
        "Engine",
        "Ollama serves {parallel} request(s) at once (OLLAMA_NUM_PARALLEL); the other {waiting:,} wait in its "
        "queue, and its memory is sized for the slots",
    ),
    "warn.qlora_zero3": QT_TRANSLATE_NOOP(
        "Engine",
        "QLoRA with ZeRO-3 needs bnb_4bit_quant_storage set to the compute dtype",
    ),
    "warn.sglang_dp_fields": QT_TRANSLATE_NOOP(
        "Engine",
        "dp_attention and cuda_graph_max_bs apply to SGLang only; ignored",
    ),
    "warn.sglang_only_fields": QT_TRANSLATE_NOOP(
        "Engine",
        "mem_fraction_static and chunked_prefill_size apply to SGLang only; ignored",
    ),
    "warn.soft_tokens_over_context": QT_TRANSLATE_NOOP(
        "Engine",
        "the images' and the audio's soft tokens ({images:,} + {audio:,}) do not fit in the context of {context:,} "
        "tokens: the prompt holds every one of them",
    ),
    "warn.softcap_eager": QT_TRANSLATE_NOOP(
        "Engine",
        "this model soft-caps its attention scores, which transformers' SDPA/flash paths do not support: it runs "
        "eager attention, which materializes the seq² scores",
    ),
    "warn.sp_inference": QT_TRANSLATE_NOOP(
        "Engine",
        "sequence parallelism applies to training only; ignored for inference",
    ),
    "warn.sp_needs_tp": QT_TRANSLATE_NOOP(
        "Engine",
        "sequence parallelism acts only under tensor parallelism (tp > 1); with tp 1 it is ignored",
    ),
    "warn.sp_not_in_stack": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} has no sequence parallelism; parallelism.sequence_parallel is ignored for this stack",
    ),
    "warn.stack_shards_itself": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} shards by itself ({sharding}); --zero {zero} is ignored for this stack",
    ),
    "warn.tp_replicated": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} with tensor parallelism: activations outside attention and MLP are replicated on every TP rank "
        "(no sequence parallelism) and so are the logits",
    ),
    "warn.tp_replicated_loss_parallel": QT_TRANSLATE_NOOP(
        "Engine",
        "{stack} with tensor parallelism: activations outside attention and MLP are replicated on every TP rank "
        "(no sequence parallelism), the logits stay sharded over the vocabulary",
    ),
    "warn.unverified": QT_TRANSLATE_NOOP(
        "Engine",
        "unverified: {what}",
    ),
    "warn.usable_derived": QT_TRANSLATE_NOOP(
        "Engine",
        "{gpu}: usable memory derived from the advertised {advertised:g} {unit} (no driver reading on record)",
    ),
    "warn.virtual_stages_no_pp": QT_TRANSLATE_NOOP(
        "Engine",
        "interleaved pipeline stages need pipeline parallelism (pp > 1); with pp 1 they are ignored",
    ),
    "warn.vllm_cuda_context_ignored": QT_TRANSLATE_NOOP(
        "Engine",
        "cuda_context_mib does not apply to vLLM: its measured non-torch memory holds the CUDA context; ignored",
    ),
    "warn.zero_inference": QT_TRANSLATE_NOOP(
        "Engine",
        "ZeRO and optimizer offload apply to training only; ignored for inference",
    ),
    "warn.zero_one_rank": QT_TRANSLATE_NOOP(
        "Engine",
        "ZeRO-{zero} with a single data-parallel rank shards nothing: it costs communication and saves no memory",
    ),
    "weights.exact_file": QT_TRANSLATE_NOOP(
        "Engine",
        "exact bytes of the tensors in the imported file",
    ),
    "weights.exl3": QT_TRANSLATE_NOOP(
        "Engine",
        "linear weights in trellises of exactly K bits (average {bits:g}; lm_head {head_bits:g}) plus the fp16 "
        "Hadamard sign vectors of each input and output ({effective:.3f} bits for a 4096 × 4096 linear); {kept} "
        "stay {compute}",
    ),
    "weights.float_bytes": QT_TRANSLATE_NOOP(
        "Engine",
        "{bytes:g} bytes each",
    ),
    "weights.gguf_embedding_on_cpu": QT_TRANSLATE_NOOP(
        "Engine",
        " llama.cpp keeps the token-embedding table in CPU memory (it is only looked up), so it is not counted.",
    ),
    "weights.gguf_mix": QT_TRANSLATE_NOOP(
        "Engine",
        "llama.cpp's per-tensor mix for this file type (block sizes and rules from llama.cpp); 1-D tensors stay f32",
    ),
    "weights.gguf_tied_output": QT_TRANSLATE_NOOP(
        "Engine",
        " The model ties its output layer to the token embeddings, so llama.cpp copies that table to the GPU as "
        "the output layer (and keeps another copy in CPU memory for lookups).",
    ),
    "weights.kept_embeddings_norms": QT_TRANSLATE_NOOP(
        "Engine",
        "embeddings, norms",
    ),
    "weights.kept_embeddings_norms_head": QT_TRANSLATE_NOOP(
        "Engine",
        "embeddings, norms and lm_head",
    ),
    "weights.ngl_split": QT_TRANSLATE_NOOP(
        "Engine",
        "{on} of {n} layers on the GPU ({layers}), the output layer in CPU memory (n_gpu_layers ≤ n_layer); the "
        "token embedding ({embedding}) stays in CPU memory",
    ),
    "weights.ngl_split_output": QT_TRANSLATE_NOOP(
        "Engine",
        "{on} of {n} layers on the GPU ({layers}), the output layer too ({head}); the token embedding "
        "({embedding}) stays in CPU memory",
    ),
    "weights.quantized": QT_TRANSLATE_NOOP(
        "Engine",
        "linear weights at {effective:.3f} bits each including scales/zeros; {kept} stay {compute}",
    ),
}
SOURCES: dict[str, str] = {k: str(v) for k, v in _MARKED.items()}
