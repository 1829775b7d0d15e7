<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accuracy</name>
    <message>
        <source>PyTorch allocations (training, MemTracker)</source>
        <translation>PyTorch allocations (training, MemTracker)</translation>
    </message>
    <message>
        <source>PyTorch allocations, per term (training)</source>
        <translation>PyTorch allocations, per term (training)</translation>
    </message>
    <message>
        <source>PyTorch allocations, per term (FSDP2 on a fake process group)</source>
        <translation>PyTorch allocations, per term (FSDP2 on a fake process group)</translation>
    </message>
    <message>
        <source>PyTorch allocations (FSDP2 on a fake process group, rank 0 of 4 / 8, MemTracker; `--stack fsdp2`)</source>
        <translation>PyTorch allocations (FSDP2 on a fake process group, rank 0 of 4 / 8, MemTracker; `--stack fsdp2`)</translation>
    </message>
    <message>
        <source>PyTorch allocations per term, tensor parallel on a fake process group (weights, gradients, states)</source>
        <translation>PyTorch allocations per term, tensor parallel on a fake process group (weights, gradients, states)</translation>
    </message>
    <message>
        <source>PyTorch allocations, tensor parallel on a fake process group (rank 0 of 2, no SP; `--tp 2`)</source>
        <translation>PyTorch allocations, tensor parallel on a fake process group (rank 0 of 2, no SP; `--tp 2`)</translation>
    </message>
    <message>
        <source>PyTorch allocations, torchtitan&apos;s TP plan (SP + loss parallel) in FSDP2 on a fake process group (rank 0; `--stack fsdp2 --tp N`)</source>
        <translation>PyTorch allocations, torchtitan&apos;s TP plan (SP + loss parallel) in FSDP2 on a fake process group (rank 0; `--stack fsdp2 --tp N`)</translation>
    </message>
    <message>
        <source>PyTorch allocations (inference, MemTracker)</source>
        <translation>PyTorch allocations (inference, MemTracker)</translation>
    </message>
    <message>
        <source>PyTorch allocations, per term (inference)</source>
        <translation>PyTorch allocations, per term (inference)</translation>
    </message>
    <message>
        <source>PyTorch allocations per term, Gemma 3n&apos;s towers (timm&apos;s MobileNetV5, the USM conformer: the prefill&apos;s peak and what full fine-tuning keeps, per image and per second of audio; the whole model&apos;s prefill peak with both)</source>
        <translation>PyTorch allocations per term, Gemma 3n&apos;s towers (timm&apos;s MobileNetV5, the USM conformer: the prefill&apos;s peak and what full fine-tuning keeps, per image and per second of audio; the whole model&apos;s prefill peak with both)</translation>
    </message>
    <message>
        <source>PyTorch allocations per term, Voxtral&apos;s audio tower (Whisper&apos;s encoder over 30-second chunks and the projector: the prefill&apos;s peak and what full fine-tuning keeps, per chunk; the whole model&apos;s prefill and bf16 training peak with audio)</source>
        <translation>PyTorch allocations per term, Voxtral&apos;s audio tower (Whisper&apos;s encoder over 30-second chunks and the projector: the prefill&apos;s peak and what full fine-tuning keeps, per chunk; the whole model&apos;s prefill and bf16 training peak with audio)</translation>
    </message>
    <message>
        <source>PyTorch allocations per term, frozen towers under LoRA with gradient checkpointing (transformers&apos; enable_input_require_grads hooks them: Pixtral in Mistral Small 3.1, Voxtral&apos;s Whisper encoder; what the tower keeps for backward, and a whole LoRA step&apos;s peak with media less the same without)</source>
        <translation>PyTorch allocations per term, frozen towers under LoRA with gradient checkpointing (transformers&apos; enable_input_require_grads hooks them: Pixtral in Mistral Small 3.1, Voxtral&apos;s Whisper encoder; what the tower keeps for backward, and a whole LoRA step&apos;s peak with media less the same without)</translation>
    </message>
    <message>
        <source>Qwen2.5 speed benchmark (HF generate, A100)</source>
        <translation>Qwen2.5 speed benchmark (HF generate, A100)</translation>
    </message>
    <message>
        <source>transformers LLM optimization guide (octocoder)</source>
        <translation>transformers LLM optimization guide (octocoder)</translation>
    </message>
    <message>
        <source>llama.cpp buffer sizes (logs)</source>
        <translation>llama.cpp buffer sizes (logs)</translation>
    </message>
    <message>
        <source>vLLM memory profiler</source>
        <translation>vLLM memory profiler</translation>
    </message>
    <message>
        <source>torchtune (A100, active bytes peak)</source>
        <translation>torchtune (A100, active bytes peak)</translation>
    </message>
    <message>
        <source>torchtitan (FSDP2/TP/PP/CP, H100, reserved peak)</source>
        <translation>torchtitan (FSDP2/TP/PP/CP, H100, reserved peak)</translation>
    </message>
    <message>
        <source>torchtitan (FSDP2, H200, reserved peak)</source>
        <translation>torchtitan (FSDP2, H200, reserved peak)</translation>
    </message>
    <message>
        <source>Unsloth longest context per GPU size (QLoRA, whole GPU)</source>
        <translation>Unsloth longest context per GPU size (QLoRA, whole GPU)</translation>
    </message>
    <message>
        <source>Liger fused linear cross-entropy (A100, allocated; per term)</source>
        <translation>Liger fused linear cross-entropy (A100, allocated; per term)</translation>
    </message>
    <message>
        <source>Megatron-Core functional tests (H100/A100, allocated peak − steady state)</source>
        <translation>Megatron-Core functional tests (H100/A100, allocated peak − steady state)</translation>
    </message>
    <message>
        <source>DeepSpeed ZeRO (DeepSpeed-Chat logs, torch.cuda allocated)</source>
        <translation>DeepSpeed ZeRO (DeepSpeed-Chat logs, torch.cuda allocated)</translation>
    </message>
    <message>
        <source>DeepSpeed ZeRO-3 + CPU offload (hpcaitech OPT-Benchmark, A100, torch.cuda max allocated)</source>
        <translation>DeepSpeed ZeRO-3 + CPU offload (hpcaitech OPT-Benchmark, A100, torch.cuda max allocated)</translation>
    </message>
    <message>
        <source>ZeRO-3 + CPU offload, GPU-resident state after initialisation (DeepSpeed&apos;s see_memory_usage)</source>
        <translation>ZeRO-3 + CPU offload, GPU-resident state after initialisation (DeepSpeed&apos;s see_memory_usage)</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Copy summary</source>
        <translation>Copy summary</translation>
    </message>
    <message>
        <source>Put a Markdown table of this answer on the clipboard</source>
        <translation>Put a Markdown table of this answer on the clipboard</translation>
    </message>
    <message>
        <source>Units: GiB = 2³⁰ bytes (nvidia-smi&apos;s MiB ÷ 1,024), GB = 10⁹ bytes (what vendors print)</source>
        <translation>Units: GiB = 2³⁰ bytes (nvidia-smi&apos;s MiB ÷ 1,024), GB = 10⁹ bytes (what vendors print)</translation>
    </message>
    <message>
        <source>Memory per GPU at the peak</source>
        <translation>Memory per GPU at the peak</translation>
    </message>
    <message>
        <source>Σ components</source>
        <translation>Σ components</translation>
    </message>
    <message>
        <source>✔ Fits</source>
        <translation>✔ Fits</translation>
    </message>
    <message>
        <source>✖ Does not fit</source>
        <translation>✖ Does not fit</translation>
    </message>
    <message>
        <source> per GPU</source>
        <translation> per GPU</translation>
    </message>
    <message>
        <source>{0} of {1} usable{2} ({3} %)</source>
        <translation>{0} of {1} usable{2} ({3} %)</translation>
    </message>
    <message>
        <source>driver-reported total</source>
        <translation>driver-reported total</translation>
    </message>
    <message>
        <source>derived from the advertised size (no driver reading on record)</source>
        <translation>derived from the advertised size (no driver reading on record)</translation>
    </message>
    <message>
        <source> × vLLM memory share {0}</source>
        <translation> × vLLM memory share {0}</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>Usable memory</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Short by</translation>
    </message>
    <message>
        <source>usable − total</source>
        <translation>usable − total</translation>
    </message>
    <message>
        <source>Peak during</source>
        <translation>Peak during</translation>
    </message>
    <message>
        <source>Peak phase</source>
        <translation>Peak phase</translation>
    </message>
    <message>
        <source>max over phases of Σ live tensors</source>
        <translation>max over phases of Σ live tensors</translation>
    </message>
    <message>
        <source> · trainable {0}</source>
        <translation> · trainable {0}</translation>
    </message>
    <message>
        <source> ({0} get no gradient)</source>
        <translation> ({0} get no gradient)</translation>
    </message>
    <message>
        <source>Trainable {0}, {1}</source>
        <translation>Trainable {0}, {1}</translation>
    </message>
    <message>
        <source> + MTP {0} (not in the total)</source>
        <translation> + MTP {0} (not in the total)</translation>
    </message>
    <message>
        <source> + MTP (not counted)</source>
        <translation> + MTP (not counted)</translation>
    </message>
    <message>
        <source>The checkpoint also ships {0} multi-token-prediction layer(s) with {1} parameters: beside the total, not in it (transformers does not build them); vLLM and SGLang load them only as the draft for speculative decoding.</source>
        <translation>The checkpoint also ships {0} multi-token-prediction layer(s) with {1} parameters: beside the total, not in it (transformers does not build them); vLLM and SGLang load them only as the draft for speculative decoding.</translation>
    </message>
    <message>
        <source>The checkpoint also ships {0} multi-token-prediction layer(s) of a structure not known here: not counted (unverified).</source>
        <translation>The checkpoint also ships {0} multi-token-prediction layer(s) of a structure not known here: not counted (unverified).</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Unverified answer — this rests on assumptions:</source>
        <translation>Unverified answer — this rests on assumptions:</translation>
    </message>
    <message>
        <source>Expected error: {0}</source>
        <translation>Expected error: {0}</translation>
    </message>
    <message>
        <source>none — not even 1 token fits</source>
        <translation>none — not even 1 token fits</translation>
    </message>
    <message>
        <source>{0} tokens (the context set, past the model&apos;s {1}-token maximum)</source>
        <translation>{0} tokens (the context set, past the model&apos;s {1}-token maximum)</translation>
    </message>
    <message>
        <source>{0} tokens (the model&apos;s maximum)</source>
        <translation>{0} tokens (the model&apos;s maximum)</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} tokens</translation>
    </message>
    <message>
        <source>Found by bisection over the engine&apos;s memory-vs-context sweep, from 1 token to the context set ({0}), past the model&apos;s maximum ({1})</source>
        <translation>Found by bisection over the engine&apos;s memory-vs-context sweep, from 1 token to the context set ({0}), past the model&apos;s maximum ({1})</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>Largest context that fits</translation>
    </message>
    <message>
        <source>max c such that total(c) ≤ usable</source>
        <translation>max c such that total(c) ≤ usable</translation>
    </message>
    <message>
        <source>Found by bisection over the engine&apos;s memory-vs-context sweep, from 1 token to the model&apos;s maximum ({0})</source>
        <translation>Found by bisection over the engine&apos;s memory-vs-context sweep, from 1 token to the model&apos;s maximum ({0})</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>Largest context</translation>
    </message>
    <message>
        <source>none — not even 1 image fits</source>
        <translation>none — not even 1 image fits</translation>
    </message>
    <message>
        <source>{0} images</source>
        <translation>{0} images</translation>
    </message>
    <message>
        <source>micro-batch per GPU</source>
        <translation>micro-batch per GPU</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>Largest batch that fits</translation>
    </message>
    <message>
        <source>max b such that total(b) ≤ usable</source>
        <translation>max b such that total(b) ≤ usable</translation>
    </message>
    <message>
        <source>The largest {0}, solved exactly by the engine over its memory-vs-batch sweep</source>
        <translation>The largest {0}, solved exactly by the engine over its memory-vs-batch sweep</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Largest batch</translation>
    </message>
    <message>
        <source>latency-bound: kernel launches set the time</source>
        <translation>latency-bound: kernel launches set the time</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>compute-bound</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>memory-bound</translation>
    </message>
    <message>
        <source>{0} per image · {1} images/s one at a time ({2})</source>
        <translation>{0} per image · {1} images/s one at a time ({2})</translation>
    </message>
    <message>
        <source>{0} per batch of {1} images · {2} images/s ({3})</source>
        <translation>{0} per batch of {1} images · {2} images/s ({3})</translation>
    </message>
    <message>
        <source>if it fit: {0}</source>
        <translation>if it fit: {0}</translation>
    </message>
    <message>
        <source> (towers {0}% of the FLOPs)</source>
        <translation> (towers {0}% of the FLOPs)</translation>
    </message>
    <message>
        <source>first token {0}</source>
        <translation>first token {0}</translation>
    </message>
    <message>
        <source>{0} tokens/s per sequence, {1} total ({2}-bound)</source>
        <translation>{0} tokens/s per sequence, {1} total ({2}-bound)</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memory</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>compute</translation>
    </message>
    <message>
        <source>{0} tokens/s needs {1} × this setup ({2} GPUs)</source>
        <translation>{0} tokens/s needs {1} × this setup ({2} GPUs)</translation>
    </message>
    <message>
        <source>none — {0} does not start</source>
        <translation>none — {0} does not start</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>unknown for this GPU</source>
        <translation>unknown for this GPU</translation>
    </message>
    <message>
        <source>step {0} · {1} images/s (batches of {2} images)</source>
        <translation>step {0} · {1} images/s (batches of {2} images)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>step {0} · {1} {2}</source>
        <translation>step {0} · {1} {2}</translation>
    </message>
    <message>
        <source>none — not even the {0} {1} fit</source>
        <translation>none — not even the {0} {1} fit</translation>
    </message>
    <message>
        <source>, of which {0} {1} ({2} for text)</source>
        <translation>, of which {0} {1} ({2} for text)</translation>
    </message>
    <message>
        <source>{0} images/s in batches of {1} (images per forward pass)</source>
        <translation>{0} images/s in batches of {1} (images per forward pass)</translation>
    </message>
    <message>
        <source>step {0} · {1} images/s over {2} GPUs (micro-batch {3} images per GPU)</source>
        <translation>step {0} · {1} images/s over {2} GPUs (micro-batch {3} images per GPU)</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Training speed</translation>
    </message>
    <message>
        <source>{0} · {1} GPU-hours</source>
        <translation>{0} · {1} GPU-hours</translation>
    </message>
    <message>
        <source>set training images</source>
        <translation>set training images</translation>
    </message>
    <message>
        <source>set training tokens</source>
        <translation>set training tokens</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Training time</translation>
    </message>
    <message>
        <source>set a price per GPU-hour</source>
        <translation>set a price per GPU-hour</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>GPU-hours × price per GPU-hour</source>
        <translation>GPU-hours × price per GPU-hour</translation>
    </message>
    <message>
        <source>{0} — sets {1} of the {2} components</source>
        <translation>{0} — sets {1} of the {2} components</translation>
    </message>
    <message>
        <source>Training stack</source>
        <translation>Training stack</translation>
    </message>
    <message>
        <source>Components it sets:</source>
        <translation>Components it sets:</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>nvidia-smi will show ≈ {0} (the whole {1} share)</source>
        <translation>nvidia-smi will show ≈ {0} (the whole {1} share)</translation>
    </message>
    <message>
        <source>nvidia-smi will show ≈ {0}</source>
        <translation>nvidia-smi will show ≈ {0}</translation>
    </message>
    <message>
        <source>KV pool {0} = {1} tokens</source>
        <translation>KV pool {0} = {1} tokens</translation>
    </message>
    <message>
        <source>no memory left for the KV cache: {0} stops at start (&apos;{1}&apos;)</source>
        <translation>no memory left for the KV cache: {0} stops at start (&apos;{1}&apos;)</translation>
    </message>
    <message>
        <source>({0} logs: &apos;{1}&apos;)</source>
        <translation>({0} logs: &apos;{1}&apos;)</translation>
    </message>
    <message>
        <source>the model uses {0}</source>
        <translation>the model uses {0}</translation>
    </message>
    <message>
        <source>nvidia-smi shows what the engine has taken from the driver once it has started, whatever the load; the model uses the part that is not KV cache (weights, activations, the runtime&apos;s own memory); the KV pool is the rest, and its capacity in tokens is what the engine logs at start. This workload needs {0} tokens.</source>
        <translation>nvidia-smi shows what the engine has taken from the driver once it has started, whatever the load; the model uses the part that is not KV cache (weights, activations, the runtime&apos;s own memory); the KV pool is the rest, and its capacity in tokens is what the engine logs at start. This workload needs {0} tokens.</translation>
    </message>
    <message>
        <source>Serving engine</source>
        <translation>Serving engine</translation>
    </message>
    <message>
        <source>The engine logs:</source>
        <translation>The engine logs:</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>⚠ No estimate</source>
        <translation>⚠ No estimate</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Export chart…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>prefix tuning</source>
        <translation>prefix tuning</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>Optimizer states</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Largest context that fits: none</source>
        <translation>Largest context that fits: none</translation>
    </message>
    <message>
        <source>Micro-batch per GPU (images per step, log scale)</source>
        <translation>Micro-batch per GPU (images per step, log scale)</translation>
    </message>
    <message>
        <source>Micro-batch per GPU (sequences per step, log scale)</source>
        <translation>Micro-batch per GPU (sequences per step, log scale)</translation>
    </message>
    <message>
        <source>Batch size (images per step, log scale)</source>
        <translation>Batch size (images per step, log scale)</translation>
    </message>
    <message>
        <source>Batch size (sequences per step, log scale)</source>
        <translation>Batch size (sequences per step, log scale)</translation>
    </message>
    <message>
        <source>Memory vs batch size</source>
        <translation>Memory vs batch size</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>Largest batch that fits</translation>
    </message>
    <message>
        <source>Largest batch that fits: none</source>
        <translation>Largest batch that fits: none</translation>
    </message>
    <message>
        <source>fits up to a batch of {0}</source>
        <translation>fits up to a batch of {0}</translation>
    </message>
    <message>
        <source>fits at every batch size up to {0}</source>
        <translation>fits at every batch size up to {0}</translation>
    </message>
    <message>
        <source>does not fit even at batch size 1</source>
        <translation>does not fit even at batch size 1</translation>
    </message>
    <message>
        <source>current batch {0}: {1}</source>
        <translation>current batch {0}: {1}</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>batch {0}</translation>
    </message>
    <message>
        <source>x axis:</source>
        <translation>x axis:</translation>
    </message>
    <message>
        <source>Too short for the {0}</source>
        <translation>Too short for the {0}</translation>
    </message>
    <message>
        <source>peak: {0} ↔ {1}</source>
        <translation>peak: {0} ↔ {1}</translation>
    </message>
    <message>
        <source>does not fit at any context that holds the {0} {1}</source>
        <translation>does not fit at any context that holds the {0} {1}</translation>
    </message>
    <message>
        <source>fits at every context up to the one set, {0} tokens, past the model&apos;s maximum ({1})</source>
        <translation>fits at every context up to the one set, {0} tokens, past the model&apos;s maximum ({1})</translation>
    </message>
    <message>
        <source>, of which {0} {1}</source>
        <translation>, of which {0} {1}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>context</source>
        <translation>context</translation>
    </message>
    <message>
        <source>Memory against the context length (tokens per sequence)</source>
        <translation>Memory against the context length (tokens per sequence)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>Memory against the batch size, and the largest batch that fits</source>
        <translation>Memory against the batch size, and the largest batch that fits</translation>
    </message>
    <message>
        <source>Memory per GPU ({0})</source>
        <translation>Memory per GPU ({0})</translation>
    </message>
    <message>
        <source>Context length (tokens per sequence, log scale)</source>
        <translation>Context length (tokens per sequence, log scale)</translation>
    </message>
    <message>
        <source>Batch size (sequences or images per step, log scale)</source>
        <translation>Batch size (sequences or images per step, log scale)</translation>
    </message>
    <message>
        <source>Memory vs context length, side by side</source>
        <translation>Memory vs context length, side by side</translation>
    </message>
    <message>
        <source>Memory vs batch size, side by side</source>
        <translation>Memory vs batch size, side by side</translation>
    </message>
    <message>
        <source>One scenario · peak memory per GPU</source>
        <translation>One scenario · peak memory per GPU</translation>
    </message>
    <message>
        <source>{0} scenarios · peak memory per GPU</source>
        <translation>{0} scenarios · peak memory per GPU</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>Nothing to compare yet</translation>
    </message>
    <message>
        <source>{0} — does not fit; the same curve as {1}</source>
        <translation>{0} — does not fit; the same curve as {1}</translation>
    </message>
    <message>
        <source>{0} — the same curve as {1}</source>
        <translation>{0} — the same curve as {1}</translation>
    </message>
    <message>
        <source>{0} — does not fit</source>
        <translation>{0} — does not fit</translation>
    </message>
    <message>
        <source>usable {0}: {1}</source>
        <translation>usable {0}: {1}</translation>
    </message>
    <message>
        <source>Usable memory per GPU</source>
        <translation>Usable memory per GPU</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Memory vs context length</source>
        <translation>Memory vs context length</translation>
    </message>
    <message>
        <source>usable {0}</source>
        <translation>usable {0}</translation>
    </message>
    <message>
        <source>current {0} tokens: {1}</source>
        <translation>current {0} tokens: {1}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>Usable memory</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>Largest context that fits</translation>
    </message>
    <message>
        <source>does not fit at any context length</source>
        <translation>does not fit at any context length</translation>
    </message>
    <message>
        <source>fits at every context up to the model&apos;s maximum, {0} tokens</source>
        <translation>fits at every context up to the model&apos;s maximum, {0} tokens</translation>
    </message>
    <message>
        <source>fits up to {0} tokens</source>
        <translation>fits up to {0} tokens</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} tokens</translation>
    </message>
    <message>
        <source>{0} per GPU (log)</source>
        <translation>{0} per GPU (log)</translation>
    </message>
    <message>
        <source>No curve for this model: see the VRAM breakdown.</source>
        <translation>No curve for this model: see the VRAM breakdown.</translation>
    </message>
    <message>
        <source>peak: {0} → {1}</source>
        <translation>peak: {0} → {1}</translation>
    </message>
    <message>
        <source>peak: {0}
→ {1}</source>
        <translation>peak: {0}
→ {1}</translation>
    </message>
    <message>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <source>fits up to the context set, {0}</source>
        <translation>fits up to the context set, {0}</translation>
    </message>
    <message>
        <source>fits up to the maximum, {0}</source>
        <translation>fits up to the maximum, {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>fits</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>does not fit</translation>
    </message>
    <message>
        <source>peak during {0}</source>
        <translation>peak during {0}</translation>
    </message>
    <message>
        <source> — each of {0} GPUs</source>
        <translation> — each of {0} GPUs</translation>
    </message>
    <message>
        <source>VRAM breakdown</source>
        <translation>VRAM breakdown</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>Optimizer states</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>images/s</source>
        <translation>images/s</translation>
    </message>
    <message>
        <source>if it fit: {0}</source>
        <translation>if it fit: {0}</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>inference</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Weights / precision</source>
        <translation>Weights / precision</translation>
    </message>
    <message>
        <source>Context / batch</source>
        <translation>Context / batch</translation>
    </message>
    <message>
        <source>Total per GPU</source>
        <translation>Total per GPU</translation>
    </message>
    <message>
        <source>Usable per GPU</source>
        <translation>Usable per GPU</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Fits</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>fits</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>does not fit</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>Largest context that fits</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>Largest batch that fits</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Cost per hour</translation>
    </message>
    <message>
        <source>Training cost</source>
        <translation>Training cost</translation>
    </message>
</context>
<context>
    <name>CompareExporter</name>
    <message>
        <source>PNG image of the chart (*.png)</source>
        <translation>PNG image of the chart (*.png)</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Markdown table (*.md)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <source>Chart image copied</source>
        <translation>Chart image copied</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>Exported {0}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>The overlay chart as a PNG image</source>
        <translation>The overlay chart as a PNG image</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Export Markdown…</translation>
    </message>
    <message>
        <source>The table as Markdown</source>
        <translation>The table as Markdown</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>The table as CSV: one line per scenario, bytes as integers</source>
        <translation>The table as CSV: one line per scenario, bytes as integers</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>One scenario: add another with + in the scenario bar (a copy of this one) to compare.</source>
        <translation>One scenario: add another with + in the scenario bar (a copy of this one) to compare.</translation>
    </message>
    <message>
        <source>{0} scenarios side by side.</source>
        <translation>{0} scenarios side by side.</translation>
    </message>
    <message>
        <source>Cannot compare: {0}</source>
        <translation>Cannot compare: {0}</translation>
    </message>
</context>
<context>
    <name>ComputeBudgetDialog</name>
    <message>
        <source>Compute budget (vision and video services)</source>
        <translation>Compute budget (vision and video services)</translation>
    </message>
    <message>
        <source>TOPS per stream, as given</source>
        <translation>TOPS per stream, as given</translation>
    </message>
    <message>
        <source>the current model × frames per second</source>
        <translation>the current model × frames per second</translation>
    </message>
    <message>
        <source>The card&apos;s dense peak at the precision the network runs in</source>
        <translation>The card&apos;s dense peak at the precision the network runs in</translation>
    </message>
    <message>
        <source>The share of the card&apos;s peak the deployed network reaches: measure it, or take the vendor&apos;s benchmark for this network over its peak</source>
        <translation>The share of the card&apos;s peak the deployed network reaches: measure it, or take the vendor&apos;s benchmark for this network over its peak</translation>
    </message>
    <message>
        <source>Per stream</source>
        <translation>Per stream</translation>
    </message>
    <message>
        <source>Operations per stream</source>
        <translation>Operations per stream</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Frames per second</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Card peak</source>
        <translation>Card peak</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Cards needed</source>
        <translation>Cards needed</translation>
    </message>
    <message>
        <source>{0}: dense {1} peak (edit for another card)</source>
        <translation>{0}: dense {1} peak (edit for another card)</translation>
    </message>
    <message>
        <source>The current model is not a CNN</source>
        <translation>The current model is not a CNN</translation>
    </message>
    <message>
        <source>{0} TOPS</source>
        <translation>{0} TOPS</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <source>Tokens ↔ text size</source>
        <translation>Tokens ↔ text size</translation>
    </message>
    <message>
        <source>Convert to</source>
        <translation>Convert to</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ratios are averages over a published sample: a real corpus differs (code, markup and numbers take more tokens per character), so a conversion is an estimate to within about ±20 %.</source>
        <translation>Ratios are averages over a published sample: a real corpus differs (code, markup and numbers take more tokens per character), so a conversion is an estimate to within about ±20 %.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
</context>
<context>
    <name>CpuRamDialog</name>
    <message>
        <source>transformers (device_map / low_cpu_mem_usage)</source>
        <translation>transformers (device_map / low_cpu_mem_usage)</translation>
    </message>
    <message>
        <source>transformers, plain load (low_cpu_mem_usage=False)</source>
        <translation>transformers, plain load (low_cpu_mem_usage=False)</translation>
    </message>
    <message>
        <source>llama.cpp (mmap, the default)</source>
        <translation>llama.cpp (mmap, the default)</translation>
    </message>
    <message>
        <source>llama.cpp --no-mmap</source>
        <translation>llama.cpp --no-mmap</translation>
    </message>
    <message>
        <source>CPU RAM to load the model</source>
        <translation>CPU RAM to load the model</translation>
    </message>
    <message>
        <source>Share of the weights placed on GPUs (the rest stays in CPU RAM)</source>
        <translation>Share of the weights placed on GPUs (the rest stays in CPU RAM)</translation>
    </message>
    <message>
        <source>Largest checkpoint shard (transformers&apos; save_pretrained default: 5 GB)</source>
        <translation>Largest checkpoint shard (transformers&apos; save_pretrained default: 5 GB)</translation>
    </message>
    <message>
        <source>On GPUs</source>
        <translation>On GPUs</translation>
    </message>
    <message>
        <source>Largest shard</source>
        <translation>Largest shard</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Loaded by</source>
        <translation>Loaded by</translation>
    </message>
    <message>
        <source>Peak while loading</source>
        <translation>Peak while loading</translation>
    </message>
    <message>
        <source>After loading</source>
        <translation>After loading</translation>
    </message>
    <message>
        <source>Kind of memory</source>
        <translation>Kind of memory</translation>
    </message>
    <message>
        <source>the imported file&apos;s tensor bytes</source>
        <translation>the imported file&apos;s tensor bytes</translation>
    </message>
    <message>
        <source>every tensor in {0}</source>
        <translation>every tensor in {0}</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <source> — this scenario</source>
        <translation> — this scenario</translation>
    </message>
    <message>
        <source>RAM or swap</source>
        <translation>RAM or swap</translation>
    </message>
    <message>
        <source>page cache (file pages, never swap)</source>
        <translation>page cache (file pages, never swap)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong inside GPU Sizer:&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;&lt;br&gt;The app is still running and your document is still open. If something looks wrong, save your work and restart.</source>
        <translation>Something went wrong inside GPU Sizer:&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;&lt;br&gt;The app is still running and your document is still open. If something looks wrong, save your work and restart.</translation>
    </message>
    <message>
        <source>The full report is in the log file:
{0}</source>
        <translation>The full report is in the log file:
{0}</translation>
    </message>
    <message>
        <source>No log file is being written; the report is below.</source>
        <translation>No log file is being written; the report is below.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Save recovery copy</source>
        <translation>Save recovery copy</translation>
    </message>
    <message>
        <source>“{0}” has unsaved changes. A recovery copy keeps them in a separate file.</source>
        <translation>“{0}” has unsaved changes. A recovery copy keeps them in a separate file.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Could not save a recovery copy: {0}</source>
        <translation>Could not save a recovery copy: {0}</translation>
    </message>
    <message>
        <source>Saved a recovery copy:
{0}</source>
        <translation>Saved a recovery copy:
{0}</translation>
    </message>
</context>
<context>
    <name>CustomGpuDialog</name>
    <message>
        <source>Custom GPU</source>
        <translation>Custom GPU</translation>
    </message>
    <message>
        <source>Total memory as the driver reports it (nvidia-smi: MiB ÷ 1,024)</source>
        <translation>Total memory as the driver reports it (nvidia-smi: MiB ÷ 1,024)</translation>
    </message>
    <message>
        <source>Dense bf16/fp16 tensor throughput (not the 2:4 sparse figure)</source>
        <translation>Dense bf16/fp16 tensor throughput (not the 2:4 sparse figure)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>Memory bandwidth</translation>
    </message>
    <message>
        <source>Peak bf16/fp16</source>
        <translation>Peak bf16/fp16</translation>
    </message>
    <message>
        <source>Peak from cores × clock × FLOPs per cycle</source>
        <translation>Peak from cores × clock × FLOPs per cycle</translation>
    </message>
    <message>
        <source>For tensor cores, count the FLOPs per tensor core per cycle at 16 bits (the architecture whitepaper&apos;s dense figure); 2 per shader core gives the vector (FP32) peak</source>
        <translation>For tensor cores, count the FLOPs per tensor core per cycle at 16 bits (the architecture whitepaper&apos;s dense figure); 2 per shader core gives the vector (FP32) peak</translation>
    </message>
</context>
<context>
    <name>DataFields</name>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>GB of text (UTF-8, 10⁹ bytes)</source>
        <translation>GB of text (UTF-8, 10⁹ bytes)</translation>
    </message>
    <message>
        <source>words (English)</source>
        <translation>words (English)</translation>
    </message>
    <message>
        <source>characters (e.g. Chinese 汉字)</source>
        <translation>characters (e.g. Chinese 汉字)</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>image–text pairs</source>
        <translation>image–text pairs</translation>
    </message>
    <message>
        <source>hours of audio</source>
        <translation>hours of audio</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>{0}: {1} characters a token</source>
        <translation>{0}: {1} characters a token</translation>
    </message>
    <message>
        <source>A number; K, M, B (or G), T and P multiply by 10³, 10⁶, 10⁹, 10¹², 10¹⁵</source>
        <translation>A number; K, M, B (or G), T and P multiply by 10³, 10⁶, 10⁹, 10¹², 10¹⁵</translation>
    </message>
    <message>
        <source>Tokenizer and language of the text: characters per token</source>
        <translation>Tokenizer and language of the text: characters per token</translation>
    </message>
    <message>
        <source>Mean caption length in tokens</source>
        <translation>Mean caption length in tokens</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tokenizer and language</source>
        <translation>Tokenizer and language</translation>
    </message>
    <message>
        <source>Tokens per image</source>
        <translation>Tokens per image</translation>
    </message>
    <message>
        <source>Caption tokens per pair</source>
        <translation>Caption tokens per pair</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Recurrent state</source>
        <translation>Recurrent state</translation>
    </message>
    <message>
        <source>Transient activations</source>
        <translation>Transient activations</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>Optimizer states</translation>
    </message>
    <message>
        <source>Optimizer-step temporaries</source>
        <translation>Optimizer-step temporaries</translation>
    </message>
    <message>
        <source>CUDA context &amp; libraries</source>
        <translation>CUDA context &amp; libraries</translation>
    </message>
    <message>
        <source>DeepSpeed-Chat&apos;s published logs (ZeRO-0 / 2, 3 rows, fp16 on V100) within 2.5 % and hpcaitech&apos;s OPT-Benchmark (ZeRO-3 with parameter and optimizer offload, checkpointing, eager attention, 4 rows on A100) within 1.9 %; all 7: median 0.6 %, max 2.5 %</source>
        <translation>DeepSpeed-Chat&apos;s published logs (ZeRO-0 / 2, 3 rows, fp16 on V100) within 2.5 % and hpcaitech&apos;s OPT-Benchmark (ZeRO-3 with parameter and optimizer offload, checkpointing, eager attention, 4 rows on A100) within 1.9 %; all 7: median 0.6 %, max 2.5 %</translation>
    </message>
    <message>
        <source>torchtitan&apos;s published runs (reserved peak; FSDP, TP, PP 1F1B and interleaved, CP, torch.compile, Float8; 20 rows), median 2.7 %, max 14.1 % (405B with Float8 all-gathers: under)</source>
        <translation>torchtitan&apos;s published runs (reserved peak; FSDP, TP, PP 1F1B and interleaved, CP, torch.compile, Float8; 20 rows), median 2.7 %, max 14.1 % (405B with Float8 all-gathers: under)</translation>
    </message>
    <message>
        <source>Liger&apos;s kernel benchmark, its fused loss term (4 rows), median 3.8 %, max 9.4 %</source>
        <translation>Liger&apos;s kernel benchmark, its fused loss term (4 rows), median 3.8 %, max 9.4 %</translation>
    </message>
    <message>
        <source>no published measurement on record yet (held to hand calculations only)</source>
        <translation>no published measurement on record yet (held to hand calculations only)</translation>
    </message>
    <message>
        <source>Unsloth&apos;s published longest contexts per GPU (QLoRA, 9 rows), median 4.9 %, max 8.4 %</source>
        <translation>Unsloth&apos;s published longest contexts per GPU (QLoRA, 9 rows), median 4.9 %, max 8.4 %</translation>
    </message>
    <message>
        <source>&apos;chunked&apos; attention layers need attention.chunk_size</source>
        <translation>&apos;chunked&apos; attention layers need attention.chunk_size</translation>
    </message>
    <message>
        <source>compressed attention layers need attention.compressed and the window every layer attends (attention.sliding_window)</source>
        <translation>compressed attention layers need attention.compressed and the window every layer attends (attention.sliding_window)</translation>
    </message>
    <message>
        <source>moe.dense_layers names a layer beyond num_layers ({layers})</source>
        <translation>moe.dense_layers names a layer beyond num_layers ({layers})</translation>
    </message>
    <message>
        <source>experts_per_token ({per_token}) exceeds num_experts ({experts})</source>
        <translation>experts_per_token ({per_token}) exceeds num_experts ({experts})</translation>
    </message>
    <message>
        <source>num_heads ({heads}) must be a multiple of num_kv_heads ({kv_heads})</source>
        <translation>num_heads ({heads}) must be a multiple of num_kv_heads ({kv_heads})</translation>
    </message>
    <message>
        <source>kind &apos;{kind}&apos; needs its matching section (decoder/encoder/vision/cnn/ssm)</source>
        <translation>kind &apos;{kind}&apos; needs its matching section (decoder/encoder/vision/cnn/ssm)</translation>
    </message>
    <message>
        <source>kv_shared_layers needs per-layer mixers and at least one layer that keeps its own K/V</source>
        <translation>kv_shared_layers needs per-layer mixers and at least one layer that keeps its own K/V</translation>
    </message>
    <message>
        <source>{name} lists {n} layers but num_layers is {layers}</source>
        <translation>{name} lists {n} layers but num_layers is {layers}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; layers need their spec ({kind} mixer parameters)</source>
        <translation>&apos;{kind}&apos; layers need their spec ({kind} mixer parameters)</translation>
    </message>
    <message>
        <source>&apos;moe&apos; layers need the experts&apos; spec (moe)</source>
        <translation>&apos;moe&apos; layers need the experts&apos; spec (moe)</translation>
    </message>
    <message>
        <source>a projector lists its layers exactly when its kind is &apos;layers&apos;</source>
        <translation>a projector lists its layers exactly when its kind is &apos;layers&apos;</translation>
    </message>
    <message>
        <source>a {op} projector layer needs its output width (out)</source>
        <translation>a {op} projector layer needs its output width (out)</translation>
    </message>
    <message>
        <source>&apos;sliding&apos; attention layers need attention.sliding_window</source>
        <translation>&apos;sliding&apos; attention layers need attention.sliding_window</translation>
    </message>
    <message>
        <source>a conformer_audio tower describes its conformer, and only it does</source>
        <translation>a conformer_audio tower describes its conformer, and only it does</translation>
    </message>
    <message>
        <source>a timm_vision tower names its timm architecture and image size, and only it does</source>
        <translation>a timm_vision tower names its timm architecture and image size, and only it does</translation>
    </message>
    <message>
        <source>vocab_size must be positive for a {kind} model</source>
        <translation>vocab_size must be positive for a {kind} model</translation>
    </message>
    <message>
        <source>--shape: &apos;{text}&apos; is not a comma-separated list of integers</source>
        <translation>--shape: &apos;{text}&apos; is not a comma-separated list of integers</translation>
    </message>
    <message>
        <source>--clock-ghz: must be above 0 and at most 100, got {clock}</source>
        <translation>--clock-ghz: must be above 0 and at most 100, got {clock}</translation>
    </message>
    <message>
        <source>--cores: must be between 1 and 10,000,000, got {cores}</source>
        <translation>--cores: must be between 1 and 10,000,000, got {cores}</translation>
    </message>
    <message>
        <source>--flops-per-cycle: must be above 0, got {per_cycle}</source>
        <translation>--flops-per-cycle: must be above 0, got {per_cycle}</translation>
    </message>
    <message>
        <source>--dtype {dtype}: the last dimension ({last:,}) must be a multiple of its {block}-value block</source>
        <translation>--dtype {dtype}: the last dimension ({last:,}) must be a multiple of its {block}-value block</translation>
    </message>
    <message>
        <source>{cores:,} × {clock:g}·10⁹ cycles/s × {per_cycle:g} = {tflops:,.3f} TFLOP/s. An FMA (a·b + c) counts as 2 FLOPs; this is the vector-unit peak: tensor-core rates are far higher and are published per precision (see `sizing gpus`).</source>
        <translation>{cores:,} × {clock:g}·10⁹ cycles/s × {per_cycle:g} = {tflops:,.3f} TFLOP/s. An FMA (a·b + c) counts as 2 FLOPs; this is the vector-unit peak: tensor-core rates are far higher and are published per precision (see `sizing gpus`).</translation>
    </message>
    <message>
        <source>GPU share must be between 0 and 1, got {share}</source>
        <translation>GPU share must be between 0 and 1, got {share}</translation>
    </message>
    <message>
        <source>model bytes must be non-negative</source>
        <translation>model bytes must be non-negative</translation>
    </message>
    <message>
        <source>transformers builds the model on the meta device and materializes each weight once as it loads (device_map / low_cpu_mem_usage), so loading needs at most one model size, {model}, of CPU RAM; {resident} stay in RAM for the weights not placed on a GPU</source>
        <translation>transformers builds the model on the meta device and materializes each weight once as it loads (device_map / low_cpu_mem_usage), so loading needs at most one model size, {model}, of CPU RAM; {resident} stay in RAM for the weights not placed on a GPU</translation>
    </message>
    <message>
        <source>without low_cpu_mem_usage, transformers first builds the model with random weights ({model}) and then loads the checkpoint into it one shard at a time: the model plus the largest shard ({shard}) = {peak}</source>
        <translation>without low_cpu_mem_usage, transformers first builds the model with random weights ({model}) and then loads the checkpoint into it one shard at a time: the model plus the largest shard ({shard}) = {peak}</translation>
    </message>
    <message>
        <source>without low_cpu_mem_usage, transformers first builds the model with random weights ({model}) and then loads the checkpoint into it one shard at a time: the model plus the largest shard ({shard}) = {peak} — a single-file checkpoint is one shard: two copies</source>
        <translation>without low_cpu_mem_usage, transformers first builds the model with random weights ({model}) and then loads the checkpoint into it one shard at a time: the model plus the largest shard ({shard}) = {peak} — a single-file checkpoint is one shard: two copies</translation>
    </message>
    <message>
        <source>the GGUF file ({model}) is memory-mapped: the CPU layers&apos; weights, {cpu}, are used in place from the page cache (file pages: reclaimable, shared between processes, not swap); the GPU layers are read through the mapping once and their pages may stay cached until the kernel needs the memory. With less free RAM than the CPU share, pages are re-read from disk (slow, not a failure); --mlock pins them</source>
        <translation>the GGUF file ({model}) is memory-mapped: the CPU layers&apos; weights, {cpu}, are used in place from the page cache (file pages: reclaimable, shared between processes, not swap); the GPU layers are read through the mapping once and their pages may stay cached until the kernel needs the memory. With less free RAM than the CPU share, pages are re-read from disk (slow, not a failure); --mlock pins them</translation>
    </message>
    <message>
        <source>with --no-mmap the CPU layers&apos; weights, {cpu}, are read into allocated buffers (RAM, or swap under pressure); GPU layers pass through a temporary read buffer freed after upload</source>
        <translation>with --no-mmap the CPU layers&apos; weights, {cpu}, are read into allocated buffers (RAM, or swap under pressure); GPU layers pass through a temporary read buffer freed after upload</translation>
    </message>
    <message>
        <source>--shape: a dimension above 2^40 is not a tensor anyone allocates</source>
        <translation>--shape: a dimension above 2^40 is not a tensor anyone allocates</translation>
    </message>
    <message>
        <source>--shape: every dimension must be a positive integer, got {shape}</source>
        <translation>--shape: every dimension must be a positive integer, got {shape}</translation>
    </message>
    <message>
        <source>{numel:,} elements × {per:g} bytes per {dtype} element = {nbytes:,} bytes</source>
        <translation>{numel:,} elements × {per:g} bytes per {dtype} element = {nbytes:,} bytes</translation>
    </message>
    <message>
        <source>GGML type {dtype} stores {block} values in {block_bytes} bytes ({bits:g} bits per value, scales included) = {nbytes:,} bytes</source>
        <translation>GGML type {dtype} stores {block} values in {block_bytes} bytes ({bits:g} bits per value, scales included) = {nbytes:,} bytes</translation>
    </message>
    <message>
        <source>--dtype: unknown dtype &apos;{dtype}&apos; (known: {known})</source>
        <translation>--dtype: unknown dtype &apos;{dtype}&apos; (known: {known})</translation>
    </message>
    <message>
        <source>unknown runtime &apos;{runtime}&apos; (known: {known})</source>
        <translation>unknown runtime &apos;{runtime}&apos; (known: {known})</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>rotary inv_freq buffers</source>
        <translation>rotary inv_freq buffers</translation>
    </message>
    <message>
        <source>the experts&apos; score-correction bias buffers (e_score_correction_bias)</source>
        <translation>the experts&apos; score-correction bias buffers (e_score_correction_bias)</translation>
    </message>
    <message>
        <source>the stored weights take {stored:,} bytes; the {format} formula gives {formula:,.0f} ({diff:+.3%})</source>
        <translation>the stored weights take {stored:,} bytes; the {format} formula gives {formula:,.0f} ({diff:+.3%})</translation>
    </message>
    <message>
        <source>{words}: more than {tolerance:.1%} apart, so the files are not stored as quantization_config says</source>
        <translation>{words}: more than {tolerance:.1%} apart, so the files are not stored as quantization_config says</translation>
    </message>
    <message>
        <source>the stored weights take {stored:,} bytes; the {format} formula with {components} in 16-bit gives {formula:,.0f} ({diff:+.3%})</source>
        <translation>the stored weights take {stored:,} bytes; the {format} formula with {components} in 16-bit gives {formula:,.0f} ({diff:+.3%})</translation>
    </message>
    <message>
        <source>{words}: the checkpoint is in the format its quantization_config declares</source>
        <translation>{words}: the checkpoint is in the format its quantization_config declares</translation>
    </message>
    <message>
        <source>the safetensors headers hold exactly the {n:,} parameters config.json describes (checked)</source>
        <translation>the safetensors headers hold exactly the {n:,} parameters config.json describes (checked)</translation>
    </message>
    <message>
        <source>{n:,} in {words}</source>
        <translation>{n:,} in {words}</translation>
    </message>
    <message>
        <source>the stored tensors hold {stored:,} values but the architecture from config.json has {expected:,} parameters ({diff:+,}); the estimate uses the stored bytes</source>
        <translation>the stored tensors hold {stored:,} values but the architecture from config.json has {expected:,} parameters ({diff:+,}); the estimate uses the stored bytes</translation>
    </message>
    <message>
        <source>the stored tensors hold {stored:,} values but the architecture from config.json has {expected:,} parameters ({diff:+,}) ({why}); the estimate uses the stored bytes</source>
        <translation>the stored tensors hold {stored:,} values but the architecture from config.json has {expected:,} parameters ({diff:+,}) ({why}); the estimate uses the stored bytes</translation>
    </message>
    <message>
        <source>the safetensors headers hold {stored:,} parameter values, config.json describes {expected:,} ({residual:+,} not explained by buffers or multi-token-prediction layers)</source>
        <translation>the safetensors headers hold {stored:,} parameter values, config.json describes {expected:,} ({residual:+,} not explained by buffers or multi-token-prediction layers)</translation>
    </message>
    <message>
        <source>the checkpoint ships multi-token-prediction layers ({tensors} tensors, {values:,} values, {nbytes:,} bytes, e.g. {example}): beside the total, not in it; a runtime loads them only for speculative decoding</source>
        <translation>the checkpoint ships multi-token-prediction layers ({tensors} tensors, {values:,} values, {nbytes:,} bytes, e.g. {example}): beside the total, not in it; a runtime loads them only for speculative decoding</translation>
    </message>
    <message>
        <source>pre-quantized checkpoint ({format}): packed tensors are counted by the values they hold, and {n} scale / zero-point tensors ({nbytes:,} bytes) are not parameters</source>
        <translation>pre-quantized checkpoint ({format}): packed tensors are counted by the values they hold, and {n} scale / zero-point tensors ({nbytes:,} bytes) are not parameters</translation>
    </message>
    <message>
        <source>{n:,} in an lm_head.weight stored although config.json ties it</source>
        <translation>{n:,} in an lm_head.weight stored although config.json ties it</translation>
    </message>
    <message>
        <source>at batch 1 (a latency: the host CPU&apos;s kernel launches set it)</source>
        <translation>at batch 1 (a latency: the host CPU&apos;s kernel launches set it)</translation>
    </message>
    <message>
        <source>in batches</source>
        <translation>in batches</translation>
    </message>
    <message>
        <source>for windowed attention (Swin) in batches (optimistic: window shifts not counted)</source>
        <translation>for windowed attention (Swin) in batches (optimistic: window shifts not counted)</translation>
    </message>
    <message>
        <source>for training ResNet-style networks</source>
        <translation>for training ResNet-style networks</translation>
    </message>
    <message>
        <source>for training depthwise networks such as EfficientNet (optimistic)</source>
        <translation>for training depthwise networks such as EfficientNet (optimistic)</translation>
    </message>
    <message>
        <source>for vision transformers in batches (pessimistic)</source>
        <translation>for vision transformers in batches (pessimistic)</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>compute-bound</translation>
    </message>
    <message>
        <source>latency-bound</source>
        <translation>latency-bound</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>memory-bound</translation>
    </message>
    <message>
        <source>layer {i} ({op}): the {ih}×{iw}px input shrinks to nothing here</source>
        <translation>layer {i} ({op}): the {ih}×{iw}px input shrinks to nothing here</translation>
    </message>
    <message>
        <source>{target:,.0f} tokens/s ÷ {per_replica:,.1f} tokens/s per replica ({seqs} concurrent sequences on {gpus} GPU{gpus_s}) → {replicas} replica{replicas_s}, {total} GPUs</source>
        <translation>{target:,.0f} tokens/s ÷ {per_replica:,.1f} tokens/s per replica ({seqs} concurrent sequences on {gpus} GPU{gpus_s}) → {replicas} replica{replicas_s}, {total} GPUs</translation>
    </message>
    <message>
        <source>compute-bound: the convolutions&apos; arithmetic sets the time</source>
        <translation>compute-bound: the convolutions&apos; arithmetic sets the time</translation>
    </message>
    <message>
        <source>latency-bound: kernel launches, not the GPU&apos;s arithmetic, set the time</source>
        <translation>latency-bound: kernel launches, not the GPU&apos;s arithmetic, set the time</translation>
    </message>
    <message>
        <source>memory-bound: batch-norms, activations and additions streaming the feature maps set the time</source>
        <translation>memory-bound: batch-norms, activations and additions streaming the feature maps set the time</translation>
    </message>
    <message>
        <source>{what}, batch of {batch}: {ops} kernels, each taking the longest of its launch floor ({floor_us:.1f} µs), its arithmetic (convolutions at {eff:.0%} of {tflops:,.1f} TFLOP/s {math}) and its memory traffic ({bw_eff:.0%} of the bandwidth): launches {floor_ms:,.2f} ms + arithmetic {compute_ms:,.2f} ms + memory {memory_ms:,.2f} ms = {ms:,.2f} ms, {per_s:,.0f} images/s ({bound})</source>
        <translation>{what}, batch of {batch}: {ops} kernels, each taking the longest of its launch floor ({floor_us:.1f} µs), its arithmetic (convolutions at {eff:.0%} of {tflops:,.1f} TFLOP/s {math}) and its memory traffic ({bw_eff:.0%} of the bandwidth): launches {floor_ms:,.2f} ms + arithmetic {compute_ms:,.2f} ms + memory {memory_ms:,.2f} ms = {ms:,.2f} ms, {per_s:,.0f} images/s ({bound})</translation>
    </message>
    <message>
        <source>training step (forward, backward, SGD)</source>
        <translation>training step (forward, backward, SGD)</translation>
    </message>
    <message>
        <source>; of each MoE layer&apos;s {experts} routed experts, the {touched:,.1f} that {seqs} token{seqs_s} touch{verb_s} ({read_gb:,.2f} of {all_gb:,.2f} GB: E·(1 − (1 − k/E)^B) with k = {k}, assuming uniform routing; real routing is skewed, so fewer are touched and decoding is a little faster)</source>
        <translation>; of each MoE layer&apos;s {experts} routed experts, the {touched:,.1f} that {seqs} token{seqs_s} touch{verb_s} ({read_gb:,.2f} of {all_gb:,.2f} GB: E·(1 − (1 − k/E)^B) with k = {k}, assuming uniform routing; real routing is skewed, so fewer are touched and decoding is a little faster)</translation>
    </message>
    <message>
        <source> + {engine}&apos;s fixed cost {ms:,.2f} ms ({step_ms:,.2f} ms a step{moe})</source>
        <translation> + {engine}&apos;s fixed cost {ms:,.2f} ms ({step_ms:,.2f} ms a step{moe})</translation>
    </message>
    <message>
        <source> + {n} MoE layers × {us:,.0f} µs of routing</source>
        <translation> + {n} MoE layers × {us:,.0f} µs of routing</translation>
    </message>
    <message>
        <source>, not the towers&apos; {gb:,.2f} GB, which decoding does not run</source>
        <translation>, not the towers&apos; {gb:,.2f} GB, which decoding does not run</translation>
    </message>
    <message>
        <source>2 × Σ multiply-accumulates (conv weights × H_out·W_out, linear weights, attention QKᵀ and AV) = {flops:.3e} FLOPs per image (forward)</source>
        <translation>2 × Σ multiply-accumulates (conv weights × H_out·W_out, linear weights, attention QKᵀ and AV) = {flops:.3e} FLOPs per image (forward)</translation>
    </message>
    <message>
        <source>2 × {params:,.0f} active parameters + attention 4·L·c·d over the context = {flops:.3e} FLOPs per token (forward)</source>
        <translation>2 × {params:,.0f} active parameters + attention 4·L·c·d over the context = {flops:.3e} FLOPs per token (forward)</translation>
    </message>
    <message>
        <source>patch tokens × (2 × {params:,.0f} parameters + attention 4·L·P·d over the image&apos;s P patches) = {flops:.3e} FLOPs per image (forward)</source>
        <translation>patch tokens × (2 × {params:,.0f} parameters + attention 4·L·P·d over the image&apos;s P patches) = {flops:.3e} FLOPs per image (forward)</translation>
    </message>
    <message>
        <source>, LoRA: no weight gradients for the frozen base</source>
        <translation>, LoRA: no weight gradients for the frozen base</translation>
    </message>
    <message>
        <source>{gpu}: dense {precision} peak not published</source>
        <translation>{gpu}: dense {precision} peak not published</translation>
    </message>
    <message>
        <source>{gpu}: {tflops:,.1f} TFLOP/s dense {precision} (vendor figure; sparse figures halved)</source>
        <translation>{gpu}: {tflops:,.1f} TFLOP/s dense {precision} (vendor figure; sparse figures halved)</translation>
    </message>
    <message>
        <source>{gpu}: {tflops:,.1f} TFLOP/s dense {precision} (vendor figure; sparse figures halved). For scale: {cores:,} cores × {mhz:,.0f} MHz × 2 FLOPs (FMA) = {fp32:,.1f} TFLOP/s fp32 on the vector units</source>
        <translation>{gpu}: {tflops:,.1f} TFLOP/s dense {precision} (vendor figure; sparse figures halved). For scale: {cores:,} cores × {mhz:,.0f} MHz × 2 FLOPs (FMA) = {fp32:,.1f} TFLOP/s fp32 on the vector units</translation>
    </message>
    <message>
        <source>, selective: the attention core again ({share:.0%} of the forward, Megatron policy)</source>
        <translation>, selective: the attention core again ({share:.0%} of the forward, Megatron policy)</translation>
    </message>
    <message>
        <source>, selective: {share:.0%} of the forward again (every second matmul, torchtitan op policy)</source>
        <translation>, selective: {share:.0%} of the forward again (every second matmul, torchtitan op policy)</translation>
    </message>
    <message>
        <source>{flops:.3e} FLOPs / ({gpus} GPUs × {tflops:,.1f} TFLOP/s × {mfu:.0%} MFU) = {hours:,.1f} h; GPU-hours = hours × GPUs</source>
        <translation>{flops:.3e} FLOPs / ({gpus} GPUs × {tflops:,.1f} TFLOP/s × {mfu:.0%} MFU) = {hours:,.1f} h; GPU-hours = hours × GPUs</translation>
    </message>
    <message>
        <source>{towers}; {share:.1%} of the FLOPs ({how})</source>
        <translation>{towers}; {share:.1%} of the FLOPs ({how})</translation>
    </message>
    <message>
        <source>forward only</source>
        <translation>forward only</translation>
    </message>
    <message>
        <source>{mult:g} × forward: frozen, but checkpointing&apos;s input hook sends backward through them for input gradients</source>
        <translation>{mult:g} × forward: frozen, but checkpointing&apos;s input hook sends backward through them for input gradients</translation>
    </message>
    <message>
        <source>{mult:g} × forward: they train, forward and backward</source>
        <translation>{mult:g} × forward: they train, forward and backward</translation>
    </message>
    <message>
        <source>{mult:.3g} × forward FLOPs per image ({rule}·N rule{full}{selective}{lora}); MFU {mfu:.0%}</source>
        <translation>{mult:.3g} × forward FLOPs per image ({rule}·N rule{full}{selective}{lora}); MFU {mfu:.0%}</translation>
    </message>
    <message>
        <source>{mult:.3g} × forward FLOPs per token ({rule}·N rule{full}{selective}{lora}); MFU {mfu:.0%}</source>
        <translation>{mult:.3g} × forward FLOPs per token ({rule}·N rule{full}{selective}{lora}); MFU {mfu:.0%}</translation>
    </message>
    <message>
        <source>, with recomputation</source>
        <translation>, with recomputation</translation>
    </message>
    <message>
        <source>{key} not given; assumed {default}</source>
        <translation>{key} not given; assumed {default}</translation>
    </message>
    <message>
        <source>{key} not given; transformers&apos; default ({table}) assumed</source>
        <translation>{key} not given; transformers&apos; default ({table}) assumed</translation>
    </message>
    <message>
        <source>tie_word_embeddings not given; assumed {default} (transformers&apos; default)</source>
        <translation>tie_word_embeddings not given; assumed {default} (transformers&apos; default)</translation>
    </message>
    <message>
        <source>model_type missing; &apos;{model_type}&apos; inferred from architectures {arch}</source>
        <translation>model_type missing; &apos;{model_type}&apos; inferred from architectures {arch}</translation>
    </message>
    <message>
        <source>model_type missing; &apos;gpt2&apos; inferred from the n_embd/n_layer/n_head keys</source>
        <translation>model_type missing; &apos;gpt2&apos; inferred from the n_embd/n_layer/n_head keys</translation>
    </message>
    <message>
        <source>model_type missing; &apos;t5&apos; inferred from the d_model/num_heads/d_kv keys</source>
        <translation>model_type missing; &apos;t5&apos; inferred from the d_model/num_heads/d_kv keys</translation>
    </message>
    <message>
        <source>as given (--tokens-per-image)</source>
        <translation>as given (--tokens-per-image)</translation>
    </message>
    <message>
        <source>--data: the amount must be a finite number ≥ 0, not {amount}</source>
        <translation>--data: the amount must be a finite number ≥ 0, not {amount}</translation>
    </message>
    <message>
        <source>--tokens must be a finite number ≥ 0, not {tokens}</source>
        <translation>--tokens must be a finite number ≥ 0, not {tokens}</translation>
    </message>
    <message>
        <source>resources/data/token_ratios.json is broken: {detail}</source>
        <translation>resources/data/token_ratios.json is broken: {detail}</translation>
    </message>
    <message>
        <source>tokens ÷ ({words})</source>
        <translation>tokens ÷ ({words})</translation>
    </message>
    <message>
        <source>an image model&apos;s sample is one image</source>
        <translation>an image model&apos;s sample is one image</translation>
    </message>
    <message>
        <source>this model consumes images; give the data in images, not {unit}</source>
        <translation>this model consumes images; give the data in images, not {unit}</translation>
    </message>
    <message>
        <source>--unit image-text-pairs needs --caption-tokens (the mean caption length in tokens)</source>
        <translation>--unit image-text-pairs needs --caption-tokens (the mean caption length in tokens)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the amount must be a finite number ≥ 0</source>
        <translation>&apos;{text}&apos;: the amount must be a finite number ≥ 0</translation>
    </message>
    <message>
        <source>--unit words: Chinese text is not counted in words; use --unit chars with --ratio {ratio}</source>
        <translation>--unit words: Chinese text is not counted in words; use --unit chars with --ratio {ratio}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount (write e.g. 15T, 1.4B, 2.5e12 or 1,000,000)</source>
        <translation>&apos;{text}&apos; is not an amount (write e.g. 15T, 1.4B, 2.5e12 or 1,000,000)</translation>
    </message>
    <message>
        <source>3,600 s × {rate:g} audio tokens per second (Whisper&apos;s encoder)</source>
        <translation>3,600 s × {rate:g} audio tokens per second (Whisper&apos;s encoder)</translation>
    </message>
    <message>
        <source>1 / {chars:g} characters per token ({tokenizer}, {language})</source>
        <translation>1 / {chars:g} characters per token ({tokenizer}, {language})</translation>
    </message>
    <message>
        <source>10^9 bytes / {bytes:g} UTF-8 bytes per {language} character / {chars:g} characters per token ({tokenizer})</source>
        <translation>10^9 bytes / {bytes:g} UTF-8 bytes per {language} character / {chars:g} characters per token ({tokenizer})</translation>
    </message>
    <message>
        <source>{tokens:g} tokens per image</source>
        <translation>{tokens:g} tokens per image</translation>
    </message>
    <message>
        <source>{image:g} image tokens + {caption:g} caption tokens per pair</source>
        <translation>{image:g} image tokens + {caption:g} caption tokens per pair</translation>
    </message>
    <message>
        <source>1 / {words:.3g} words per token ({tokenizer})</source>
        <translation>1 / {words:.3g} words per token ({tokenizer})</translation>
    </message>
    <message>
        <source>{amount:,.6g} {unit} × ({words})</source>
        <translation>{amount:,.6g} {unit} × ({words})</translation>
    </message>
    <message>
        <source>tokens as given</source>
        <translation>tokens as given</translation>
    </message>
    <message>
        <source>hours of audio</source>
        <translation>hours of audio</translation>
    </message>
    <message>
        <source>characters (for Chinese: 汉字)</source>
        <translation>characters (for Chinese: 汉字)</translation>
    </message>
    <message>
        <source>GB of UTF-8 text (10^9 bytes)</source>
        <translation>GB of UTF-8 text (10^9 bytes)</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>image–text pairs</source>
        <translation>image–text pairs</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>words</source>
        <translation>words</translation>
    </message>
    <message>
        <source>--ratio: unknown ratio &apos;{ratio}&apos; (known: {known})</source>
        <translation>--ratio: unknown ratio &apos;{ratio}&apos; (known: {known})</translation>
    </message>
    <message>
        <source>llama.cpp allocates the KV cache for n_ctx = {n_ctx:,} cells when the context is created, each layer&apos;s K and V on the device holding that layer ({on_gpu} of {n} layers on the GPU): {kv} on the GPU. nvidia-smi shows what it allocates, no more.</source>
        <translation>llama.cpp allocates the KV cache for n_ctx = {n_ctx:,} cells when the context is created, each layer&apos;s K and V on the device holding that layer ({on_gpu} of {n} layers on the GPU): {kv} on the GPU. nvidia-smi shows what it allocates, no more.</translation>
    </message>
    <message>
        <source> The workload needs {needed:,} tokens of KV cache: more than the pool holds.</source>
        <translation> The workload needs {needed:,} tokens of KV cache: more than the pool holds.</translation>
    </message>
    <message>
        <source>Ollama runs llama.cpp, which allocates the KV cache for n_ctx = {n_ctx:,} cells when the context is created, each layer&apos;s K and V on the device holding that layer ({on_gpu} of {n} layers on the GPU): {kv} on the GPU. nvidia-smi shows what it allocates, no more.</source>
        <translation>Ollama runs llama.cpp, which allocates the KV cache for n_ctx = {n_ctx:,} cells when the context is created, each layer&apos;s K and V on the device holding that layer ({on_gpu} of {n} layers on the GPU): {kv} on the GPU. nvidia-smi shows what it allocates, no more.</translation>
    </message>
    <message>
        <source>SGLang keeps mem_fraction_static = {frac:.3f} (its default for {total} at TP {tp}: chunked_prefill_size {chunk:,}, cuda_graph_max_bs {graph_bs}) of the memory free at start ({free}) = {static} for the weights ({weights}) and the KV pool, which takes the rest: {pool} / {cell} per token ({layers} layers) = {tokens:,} tokens (max_total_num_tokens), {requests:.2f} requests of {ctx_len:,} tokens. Activations of a {chunk:,}-token prefill chunk and CUDA graphs live outside that share; nvidia-smi shows about {claimed} once they are allocated.</source>
        <translation>SGLang keeps mem_fraction_static = {frac:.3f} (its default for {total} at TP {tp}: chunked_prefill_size {chunk:,}, cuda_graph_max_bs {graph_bs}) of the memory free at start ({free}) = {static} for the weights ({weights}) and the KV pool, which takes the rest: {pool} / {cell} per token ({layers} layers) = {tokens:,} tokens (max_total_num_tokens), {requests:.2f} requests of {ctx_len:,} tokens. Activations of a {chunk:,}-token prefill chunk and CUDA graphs live outside that share; nvidia-smi shows about {claimed} once they are allocated.</translation>
    </message>
    <message>
        <source> DP attention (--enable-dp-attention --dp {dp}): attention runs at TP {attn_tp} in {dp} groups, each holding the attention weights and token embedding at that TP (MoE and MLP stay split over TP {tp}) and its own KV pool for its share of the requests, {share:,} of {requests:,}; the pool and max_total_num_tokens above are one group&apos;s, {all_tokens:,} tokens over the {dp} groups. SGLang divides chunked_prefill_size by dp ({chunk:,} per rank).</source>
        <translation> DP attention (--enable-dp-attention --dp {dp}): attention runs at TP {attn_tp} in {dp} groups, each holding the attention weights and token embedding at that TP (MoE and MLP stay split over TP {tp}) and its own KV pool for its share of the requests, {share:,} of {requests:,}; the pool and max_total_num_tokens above are one group&apos;s, {all_tokens:,} tokens over the {dp} groups. SGLang divides chunked_prefill_size by dp ({chunk:,} per rank).</translation>
    </message>
    <message>
        <source> DP attention (--enable-dp-attention --dp {dp}): attention runs at TP {attn_tp} in {dp} groups, each holding the attention weights and token embedding at that TP (MoE and MLP stay split over TP {tp}) and its own KV pool for its share of the requests, {share:,} of {requests:,}; the pool and max_total_num_tokens above are one group&apos;s, {all_tokens:,} tokens over the {dp} groups. SGLang divides chunked_prefill_size by dp ({chunk:,} per rank), and its default share keeps a further cuda_graph_max_bs · dp · {per:g} MiB = {reserve} free for DP attention&apos;s padding.</source>
        <translation> DP attention (--enable-dp-attention --dp {dp}): attention runs at TP {attn_tp} in {dp} groups, each holding the attention weights and token embedding at that TP (MoE and MLP stay split over TP {tp}) and its own KV pool for its share of the requests, {share:,} of {requests:,}; the pool and max_total_num_tokens above are one group&apos;s, {all_tokens:,} tokens over the {dp} groups. SGLang divides chunked_prefill_size by dp ({chunk:,} per rank), and its default share keeps a further cuda_graph_max_bs · dp · {per:g} MiB = {reserve} free for DP attention&apos;s padding.</translation>
    </message>
    <message>
        <source> While SGLang sizes the pool, the MTP draft still holds its own embedding and output head in 16 bits ({copies}: vocabulary {vocab:,} × hidden {hidden:,} × 2 bytes each, split over TP); it shares the model&apos;s only afterwards, and the pool does not get that memory back.</source>
        <translation> While SGLang sizes the pool, the MTP draft still holds its own embedding and output head in 16 bits ({copies}: vocabulary {vocab:,} × hidden {hidden:,} × 2 bytes each, split over TP); it shares the model&apos;s only afterwards, and the pool does not get that memory back.</translation>
    </message>
    <message>
        <source> The weights exceed the static share: SGLang stops at start (raise mem_fraction_static).</source>
        <translation> The weights exceed the static share: SGLang stops at start (raise mem_fraction_static).</translation>
    </message>
    <message>
        <source>vLLM claims total × gpu_memory_utilization = {total} × {util:g} = {budget} per GPU at start, and nvidia-smi shows all of it whatever the load. Of it the model uses {model} (weights, the profile run&apos;s activation peak, non-torch memory); the KV pool fills the rest, {pool}: ⌊{pool} / ({block} tokens × {per_token} per token and layer) / {layers} layers⌋ = {blocks:,} blocks of {block} = {tokens:,} tokens, {conc:.2f} requests of {ctx_len:,} tokens.</source>
        <translation>vLLM claims total × gpu_memory_utilization = {total} × {util:g} = {budget} per GPU at start, and nvidia-smi shows all of it whatever the load. Of it the model uses {model} (weights, the profile run&apos;s activation peak, non-torch memory); the KV pool fills the rest, {pool}: ⌊{pool} / ({block} tokens × {per_token} per token and layer) / {layers} layers⌋ = {blocks:,} blocks of {block} = {tokens:,} tokens, {conc:.2f} requests of {ctx_len:,} tokens.</translation>
    </message>
    <message>
        <source> Not counted here: CUDA graph memory (vLLM logs &apos;Graph capturing finished in N secs, took X GiB&apos;). From v0.21.0 vLLM profiles it before sizing the pool and takes its estimate out of the share (&apos;Estimated CUDA graph memory: X GiB total&apos;; VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS=1 by default), so the pool is that much smaller and nvidia-smi still shows the share; before v0.21.0 (or with the variable set to 0) the graphs are captured after the pool is sized and come on top of the share (vLLM&apos;s V0 warning: &apos;CUDA graphs can take additional 1~3 GiB memory per GPU&apos;).</source>
        <translation> Not counted here: CUDA graph memory (vLLM logs &apos;Graph capturing finished in N secs, took X GiB&apos;). From v0.21.0 vLLM profiles it before sizing the pool and takes its estimate out of the share (&apos;Estimated CUDA graph memory: X GiB total&apos;; VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS=1 by default), so the pool is that much smaller and nvidia-smi still shows the share; before v0.21.0 (or with the variable set to 0) the graphs are captured after the pool is sized and come on top of the share (vLLM&apos;s V0 warning: &apos;CUDA graphs can take additional 1~3 GiB memory per GPU&apos;).</translation>
    </message>
    <message>
        <source> This model has sliding-window, chunked or fixed-state layers: vLLM&apos;s hybrid allocator gives them fewer blocks, so it holds (and logs) more tokens than counted here, where every layer keeps every token.</source>
        <translation> This model has sliding-window, chunked or fixed-state layers: vLLM&apos;s hybrid allocator gives them fewer blocks, so it holds (and logs) more tokens than counted here, where every layer keeps every token.</translation>
    </message>
    <message>
        <source> The weights and activation peak alone exceed the share: vLLM stops at start (no memory for the KV cache); raise gpu_memory_utilization or use more GPUs.</source>
        <translation> The weights and activation peak alone exceed the share: vLLM stops at start (no memory for the KV cache); raise gpu_memory_utilization or use more GPUs.</translation>
    </message>
    <message>
        <source>images/s {lo:+.0%} … {hi:+.0%} {regime}, held to {n} published PyTorch inference figures (NVIDIA DeepLearningExamples, timm; V100, T4, A100, RTX 3090/4090/5090), timed op by op (core/cnn_speed.py)</source>
        <translation>images/s {lo:+.0%} … {hi:+.0%} {regime}, held to {n} published PyTorch inference figures (NVIDIA DeepLearningExamples, timm; V100, T4, A100, RTX 3090/4090/5090), timed op by op (core/cnn_speed.py)</translation>
    </message>
    <message>
        <source>images/s {lo:+.0%} … {hi:+.0%} {regime}, held to {n} published 1-GPU PyTorch training figures (NVIDIA DeepLearningExamples; V100, A100), timed op by op (core/cnn_speed.py)</source>
        <translation>images/s {lo:+.0%} … {hi:+.0%} {regime}, held to {n} published 1-GPU PyTorch training figures (NVIDIA DeepLearningExamples; V100, A100), timed op by op (core/cnn_speed.py)</translation>
    </message>
    <message>
        <source>; did you mean {close}?</source>
        <translation>; did you mean {close}?</translation>
    </message>
    <message>
        <source>weights exact for the format; the activations of a CNN&apos;s inference are not yet held to a measurement (its training is: 4 MemTracker runs, within 0.02 %); runtime overhead ±0.5 GiB</source>
        <translation>weights exact for the format; the activations of a CNN&apos;s inference are not yet held to a measurement (its training is: 4 MemTracker runs, within 0.02 %); runtime overhead ±0.5 GiB</translation>
    </message>
    <message>
        <source>; known: {ids}</source>
        <translation>; known: {ids}</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <source>; see `sizing gpus` for the list</source>
        <translation>; see `sizing gpus` for the list</translation>
    </message>
    <message>
        <source>; see `sizing models` for the list</source>
        <translation>; see `sizing models` for the list</translation>
    </message>
    <message>
        <source>allocated tensors: within 0.02 % of what PyTorch allocates in 4 MemTracker training runs of CNNs (ResNet-50 and VGG-16 in fp32 at batch 32, SGD with momentum and AdamW; README &apos;Accuracy&apos;). CUDA context and allocator slack are typical values (±0.5 GiB)</source>
        <translation>allocated tensors: within 0.02 % of what PyTorch allocates in 4 MemTracker training runs of CNNs (ResNet-50 and VGG-16 in fp32 at batch 32, SGD with momentum and AdamW; README &apos;Accuracy&apos;). CUDA context and allocator slack are typical values (±0.5 GiB)</translation>
    </message>
    <message>
        <source>unknown weight format &apos;{given}&apos;{hint}</source>
        <translation>unknown weight format &apos;{given}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown gpu &apos;{given}&apos;{hint}</source>
        <translation>unknown gpu &apos;{given}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown {what} &apos;{given}&apos;{hint}</source>
        <translation>unknown {what} &apos;{given}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown KV-cache type &apos;{given}&apos;{hint}</source>
        <translation>unknown KV-cache type &apos;{given}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown model &apos;{given}&apos;{hint}</source>
        <translation>unknown model &apos;{given}&apos;{hint}</translation>
    </message>
    <message>
        <source>torch.autocast casts each Linear weight to 16 bits once per forward and keeps the copy (its cache, and autograd&apos;s saved tensors) until backward has used it = {size}; freed before the optimizer step.</source>
        <translation>torch.autocast casts each Linear weight to 16 bits once per forward and keeps the copy (its cache, and autograd&apos;s saved tensors) until backward has used it = {size}; freed before the optimizer step.</translation>
    </message>
    <message>
        <source> The backward&apos;s first recomputed layer runs while every layer&apos;s input is still held (a checkpoint frees its input only when that layer&apos;s backward returns): {inputs} of inputs and {layer} recomputed.</source>
        <translation> The backward&apos;s first recomputed layer runs while every layer&apos;s input is still held (a checkpoint frees its input only when that layer&apos;s backward returns): {inputs} of inputs and {layer} recomputed.</translation>
    </message>
    <message>
        <source>Every convolution, batch-norm and pooling layer keeps its input for backward; in-place ReLUs keep their output, which is the batch-norm output, so each tensor is counted once; max-pooling adds int64 indices. For {images:,.0f} images of {img}×{img} at {a} bytes: {saved}. Going backward, kept tensors are released layer by layer while each layer holds the gradients of its output and input: worst moment {backward}.</source>
        <translation>Every convolution, batch-norm and pooling layer keeps its input for backward; in-place ReLUs keep their output, which is the batch-norm output, so each tensor is counted once; max-pooling adds int64 indices. For {images:,.0f} images of {img}×{img} at {a} bytes: {saved}. Going backward, kept tensors are released layer by layer while each layer holds the gradients of its output and input: worst moment {backward}.</translation>
    </message>
    <message>
        <source>Without autograd each feature map is freed after its last reader; the largest set alive at once (a layer&apos;s input and output, plus residual inputs waiting for their addition) for {images:,.0f} images = {size}.</source>
        <translation>Without autograd each feature map is freed after its last reader; the largest set alive at once (a layer&apos;s input and output, plus residual inputs waiting for their addition) for {images:,.0f} images = {size}.</translation>
    </message>
    <message>
        <source>The CUDA context, kernels and cuBLAS/cuDNN handles each process loads before any tensor; about {size} with lazy module loading (varies ±200 MiB with GPU and driver).</source>
        <translation>The CUDA context, kernels and cuBLAS/cuDNN handles each process loads before any tensor; about {size} with lazy module loading (varies ±200 MiB with GPU and driver).</translation>
    </message>
    <message>
        <source>The CUDA context, kernels and cuBLAS/cuDNN handles each process loads before any tensor: {size}, as set in the scenario (the runtime&apos;s typical value is {typical}).</source>
        <translation>The CUDA context, kernels and cuBLAS/cuDNN handles each process loads before any tensor: {size}, as set in the scenario (the runtime&apos;s typical value is {typical}).</translation>
    </message>
    <message>
        <source>DistributedDataParallel copies gradients into its all-reduce buckets; with the default gradient_as_bucket_view=False this is a second gradient-sized buffer = {size}.</source>
        <translation>DistributedDataParallel copies gradients into its all-reduce buckets; with the default gradient_as_bucket_view=False this is a second gradient-sized buffer = {size}.</translation>
    </message>
    <message>
        <source> The buckets hold every parameter that requires grad, the idle tower&apos;s {params:,.0f} too (torch&apos;s _build_params_for_reducer); the reducer leaves their .grad None.</source>
        <translation> The buckets hold every parameter that requires grad, the idle tower&apos;s {params:,.0f} too (torch&apos;s _build_params_for_reducer); the reducer leaves their .grad None.</translation>
    </message>
    <message>
        <source>For more than one token, bitsandbytes dequantizes each 4-bit weight to 16 bits before the matmul: the largest linear ({largest:,.0f} weights) × {per} bytes = {size}. Decoding one token uses a fused kernel without this copy.</source>
        <translation>For more than one token, bitsandbytes dequantizes each 4-bit weight to 16 bits before the matmul: the largest linear ({largest:,.0f} weights) × {per} bytes = {size}. Decoding one token uses a fused kernel without this copy.</translation>
    </message>
    <message>
        <source>For more than one token, bitsandbytes dequantizes each 4-bit weight to 16 bits before the matmul and casts it to fp32 (the compute dtype defaults to float32): the largest linear ({largest:,.0f} weights) × {per} bytes = {size}. Decoding one token uses a fused kernel without this copy.</source>
        <translation>For more than one token, bitsandbytes dequantizes each 4-bit weight to 16 bits before the matmul and casts it to fp32 (the compute dtype defaults to float32): the largest linear ({largest:,.0f} weights) × {per} bytes = {size}. Decoding one token uses a fused kernel without this copy.</translation>
    </message>
    <message>
        <source> They include DoRA&apos;s {mags:,} magnitudes (one per output feature of each target: use_dora=True). A fused projection (c_attn, qkv_proj, query_key_value) is one target.</source>
        <translation> They include DoRA&apos;s {mags:,} magnitudes (one per output feature of each target: use_dora=True). A fused projection (c_attn, qkv_proj, query_key_value) is one target.</translation>
    </message>
    <message>
        <source>DoRA recomputes ‖W + s·BA‖ in every forward: peft builds an identity of {d_in} × {d_in}, the product BA, a {dtype} copy of the weight and the sum ({d_in} × {d_out:,.0f} each) for the largest target = {size} at a time (detached: nothing of it is kept for backward).</source>
        <translation>DoRA recomputes ‖W + s·BA‖ in every forward: peft builds an identity of {d_in} × {d_in}, the product BA, a {dtype} copy of the weight and the sum ({d_in} × {d_out:,.0f} each) for the largest target = {size} at a time (detached: nothing of it is kept for backward).</translation>
    </message>
    <message>
        <source>{stack}: at the step the optimizer builds an fp32 copy of this rank&apos;s 16-bit gradient partition ({elements:,.0f} elements) beside the 16-bit one, then frees the 16-bit gradients = {size}. Its fused Adam updates in place (no foreach temporary).</source>
        <translation>{stack}: at the step the optimizer builds an fp32 copy of this rank&apos;s 16-bit gradient partition ({elements:,.0f} elements) beside the 16-bit one, then frees the 16-bit gradients = {size}. Its fused Adam updates in place (no foreach temporary).</translation>
    </message>
    <message>
        <source>{stack}: at the step the optimizer builds an fp32 copy of this rank&apos;s 16-bit gradient partition ({elements:,.0f} elements, one sub-group of at most 1e9 at a time) beside the 16-bit one, then frees the 16-bit gradients = {size}. Its fused Adam updates in place (no foreach temporary).</source>
        <translation>{stack}: at the step the optimizer builds an fp32 copy of this rank&apos;s 16-bit gradient partition ({elements:,.0f} elements, one sub-group of at most 1e9 at a time) beside the 16-bit one, then frees the 16-bit gradients = {size}. Its fused Adam updates in place (no foreach temporary).</translation>
    </message>
    <message>
        <source>DeepSpeed ZeRO-3 records the order its modules run in during the first step and gathers one module&apos;s 16-bit parameters at a time; from the second step on it prefetches along that trace, up to stage3_prefetch_bucket_size = {prefetch:,} at each module, until min(stage3_max_live_parameters = {live:,}, the model&apos;s {n:,.0f}) are gathered (DeepSpeed&apos;s defaults) = {size}.</source>
        <translation>DeepSpeed ZeRO-3 records the order its modules run in during the first step and gathers one module&apos;s 16-bit parameters at a time; from the second step on it prefetches along that trace, up to stage3_prefetch_bucket_size = {prefetch:,} at each module, until min(stage3_max_live_parameters = {live:,}, the model&apos;s {n:,.0f}) are gathered (DeepSpeed&apos;s defaults) = {size}.</translation>
    </message>
    <message>
        <source>{stack} (contiguous_gradients, its default) allocates an ipg buffer of reduce_bucket_size = {elements:,} elements in the 16-bit dtype to gather gradients before each reduce(-scatter) = {size}.</source>
        <translation>{stack} (contiguous_gradients, its default) allocates an ipg buffer of reduce_bucket_size = {elements:,} elements in the 16-bit dtype to gather gradients before each reduce(-scatter) = {size}.</translation>
    </message>
    <message>
        <source>{stack}: the output layer shares its weight with the input embedding, so autograd keeps the output layer&apos;s 16-bit weight gradient ({vocab:,} × {hidden:,}) until the embedding&apos;s backward, the last, adds its own; only then does DeepSpeed&apos;s gradient hook move the sum into its bucket = {size} while the blocks run backward.</source>
        <translation>{stack}: the output layer shares its weight with the input embedding, so autograd keeps the output layer&apos;s 16-bit weight gradient ({vocab:,} × {hidden:,}) until the embedding&apos;s backward, the last, adds its own; only then does DeepSpeed&apos;s gradient hook move the sum into its bucket = {size} while the blocks run backward.</translation>
    </message>
    <message>
        <source>16-bit working copy of the {params:,.0f} parameters on this GPU = {size}.</source>
        <translation>16-bit working copy of the {params:,.0f} parameters on this GPU = {size}.</translation>
    </message>
    <message>
        <source>16-bit working copy of the {params:,.0f} parameters on this GPU, partitioned over {dp} data-parallel ranks (ZeRO-3) = {size}.</source>
        <translation>16-bit working copy of the {params:,.0f} parameters on this GPU, partitioned over {dp} data-parallel ranks (ZeRO-3) = {size}.</translation>
    </message>
    <message>
        <source>16-bit working copy of the {params:,.0f} parameters on this GPU, partitioned over {dp} data-parallel ranks (ZeRO-3) = {size} — kept in CPU memory (offload_param) and gathered layer by layer.</source>
        <translation>16-bit working copy of the {params:,.0f} parameters on this GPU, partitioned over {dp} data-parallel ranks (ZeRO-3) = {size} — kept in CPU memory (offload_param) and gathered layer by layer.</translation>
    </message>
    <message>
        <source> The multimodal embedders run on every text token too and keep {size} for backward.</source>
        <translation> The multimodal embedders run on every text token too and keep {size} for backward.</translation>
    </message>
    <message>
        <source>With experts sharded over {ep} ranks, one MoE layer at a time sends its {k} routed copies of each token to the ranks holding those experts and receives them back: a send and a receive buffer of T × k × h = {size} (balanced routing: each rank&apos;s experts receive T · k tokens in all).</source>
        <translation>With experts sharded over {ep} ranks, one MoE layer at a time sends its {k} routed copies of each token to the ranks holding those experts and receives them back: a send and a receive buffer of T × k × h = {size} (balanced routing: each rank&apos;s experts receive T · k tokens in all).</translation>
    </message>
    <message>
        <source>{kinds} layer(s) keep a fixed-size state instead of a KV cache: {recurrent:,} recurrent elements (fp32) and {conv:,} convolution-window elements ({bytes:g} bytes) per sequence; it does not grow with context. = {size}.</source>
        <translation>{kinds} layer(s) keep a fixed-size state instead of a KV cache: {recurrent:,} recurrent elements (fp32) and {conv:,} convolution-window elements ({bytes:g} bytes) per sequence; it does not grow with context. = {size}.</translation>
    </message>
    <message>
        <source>{params:,} frozen parameters stored as {format} ({bits:.3f} bits per quantized weight) = {size}; no gradients or optimizer states for them.</source>
        <translation>{params:,} frozen parameters stored as {format} ({bits:.3f} bits per quantized weight) = {size}; no gradients or optimizer states for them.</translation>
    </message>
    <message>
        <source> At the end of backward, while the embedding&apos;s backward runs, the first block&apos;s fp32 reduce-scatter input is kept until the next post-backward = {size}, beside the gathered root, the blocks&apos; gradient shards and the output layer&apos;s and the embedding&apos;s 16-bit gradients.</source>
        <translation> At the end of backward, while the embedding&apos;s backward runs, the first block&apos;s fp32 reduce-scatter input is kept until the next post-backward = {size}, beside the gathered root, the blocks&apos; gradient shards and the output layer&apos;s and the embedding&apos;s 16-bit gradients.</translation>
    </message>
    <message>
        <source> At the end of backward the root module (embedding, final norm, output: {root:,.0f} parameters) reduce-scatters its 16-bit gradients through an fp32 input = {size}; the gathered root is resharded first, and the blocks&apos; gradients are shards by then.</source>
        <translation> At the end of backward the root module (embedding, final norm, output: {root:,.0f} parameters) reduce-scatters its 16-bit gradients through an fp32 input = {size}; the gathered root is resharded first, and the blocks&apos; gradients are shards by then.</translation>
    </message>
    <message>
        <source>{stack}: while the blocks run backward, the output layer&apos;s 16-bit gradient ({vocab:,} × {hidden:,}) waits unsharded for the root module&apos;s reduce-scatter at the end of backward, beside the fp32 gradient shard of the block whose backward is over = {size}.</source>
        <translation>{stack}: while the blocks run backward, the output layer&apos;s 16-bit gradient ({vocab:,} × {hidden:,}) waits unsharded for the root module&apos;s reduce-scatter at the end of backward, beside the fp32 gradient shard of the block whose backward is over = {size}.</translation>
    </message>
    <message>
        <source>{stack} all-gathers each block&apos;s 16-bit parameters while it runs forward and prefetches the next (2 × {unit:,.0f}), and keeps the root module&apos;s ({root:,.0f}: embedding, final norm, output) gathered from the end of forward into backward = {size}. While the loss&apos;s backward runs, before any block&apos;s, only the root and the {blocks} block(s) that forward leaves gathered are = {kept}; no reduce-scatter has begun. A block&apos;s backward reshards the block before its reduce-scatter while the next is prefetched: one block and the root = {in_block}.</source>
        <translation>{stack} all-gathers each block&apos;s 16-bit parameters while it runs forward and prefetches the next (2 × {unit:,.0f}), and keeps the root module&apos;s ({root:,.0f}: embedding, final norm, output) gathered from the end of forward into backward = {size}. While the loss&apos;s backward runs, before any block&apos;s, only the root and the {blocks} block(s) that forward leaves gathered are = {kept}; no reduce-scatter has begun. A block&apos;s backward reshards the block before its reduce-scatter while the next is prefetched: one block and the root = {in_block}.</translation>
    </message>
    <message>
        <source> Float8 all-gather: the blocks&apos; linear weights are gathered in float8, 1 byte each instead of 2.</source>
        <translation> Float8 all-gather: the blocks&apos; linear weights are gathered in float8, 1 byte each instead of 2.</translation>
    </message>
    <message>
        <source>{stack} with pipeline parallelism keeps the stage&apos;s parameters gathered between micro-batches (reshard_after_forward=False): {layers} layers × {unit:,.0f} params and {root:,.0f} outside the layers (embedding or output), × 2 bytes = {size}.</source>
        <translation>{stack} with pipeline parallelism keeps the stage&apos;s parameters gathered between micro-batches (reshard_after_forward=False): {layers} layers × {unit:,.0f} params and {root:,.0f} outside the layers (embedding or output), × 2 bytes = {size}.</translation>
    </message>
    <message>
        <source>{stack} under a pipeline schedule skips the reduce-scatter until the last micro-batch (set_requires_gradient_sync(False)): each micro-batch&apos;s gradients accumulate unsharded in the fp32 reduce dtype for the stage&apos;s {params:,.0f} parameters = {size}, alive through the steady state of 1F1B.</source>
        <translation>{stack} under a pipeline schedule skips the reduce-scatter until the last micro-batch (set_requires_gradient_sync(False)): each micro-batch&apos;s gradients accumulate unsharded in the fp32 reduce dtype for the stage&apos;s {params:,.0f} parameters = {size}, alive through the steady state of 1F1B.</translation>
    </message>
    <message>
        <source>{stack}: each block&apos;s unsharded 16-bit gradients ({params:,.0f} parameters) are cast to fp32 (reduce_dtype) for the reduce-scatter = {size} while a layer&apos;s backward finishes.</source>
        <translation>{stack}: each block&apos;s unsharded 16-bit gradients ({params:,.0f} parameters) are cast to fp32 (reduce_dtype) for the reduce-scatter = {size} while a layer&apos;s backward finishes.</translation>
    </message>
    <message>
        <source>{stack} reduce-scatters gradients on its own CUDA stream, so the sharded fp32 gradients are allocated from that stream&apos;s pool of the caching allocator; after zero_grad() their blocks stay cached there, and the default stream, where forward and backward allocate, cannot reuse them = {size} reserved while the gradients do not exist.</source>
        <translation>{stack} reduce-scatters gradients on its own CUDA stream, so the sharded fp32 gradients are allocated from that stream&apos;s pool of the caching allocator; after zero_grad() their blocks stay cached there, and the default stream, where forward and backward allocate, cannot reuse them = {size} reserved while the gradients do not exist.</translation>
    </message>
    <message>
        <source>{main_grad}One gradient per trainable parameter ({params:,.0f} on this GPU) × {bytes} bytes{partition}{offloaded}{lifetime} = {size}.</source>
        <translation>{main_grad}One gradient per trainable parameter ({params:,.0f} on this GPU) × {bytes} bytes{partition}{offloaded}{lifetime} = {size}.</translation>
    </message>
    <message>
        <source>DeepSpeed&apos;s gradient reduce bucket (HF &apos;auto&apos; reduce_bucket_size = h² = {elements:,} elements), double buffered = {size}.</source>
        <translation>DeepSpeed&apos;s gradient reduce bucket (HF &apos;auto&apos; reduce_bucket_size = h² = {elements:,} elements), double buffered = {size}.</translation>
    </message>
    <message>
        <source> Counted although the workload feeds the {towers} nothing: {stack} builds its flat buffers over every parameter that requires grad, the {params:,.0f} of the tower on this GPU too.</source>
        <translation> Counted although the workload feeds the {towers} nothing: {stack} builds its flat buffers over every parameter that requires grad, the {params:,.0f} of the tower on this GPU too.</translation>
    </message>
    <message>
        <source> Not counted: the {params:,.0f} parameters of the {towers} on this GPU, which the workload feeds nothing — the forward pass never reaches them, so {stack} leaves them without a gradient and the optimizer creates no state for them (sized as frozen: weights only).</source>
        <translation> Not counted: the {params:,.0f} parameters of the {towers} on this GPU, which the workload feeds nothing — the forward pass never reaches them, so {stack} leaves them without a gradient and the optimizer creates no state for them (sized as frozen: weights only).</translation>
    </message>
    <message>
        <source>{how}; {which}; × {seqs} sequence(s) × {bytes:g} bytes ({kv}).{cross} At the full context this is {total}; after the prompt (prefill) it is {prefill}.{offload}</source>
        <translation>{how}; {which}; × {seqs} sequence(s) × {bytes:g} bytes ({kv}).{cross} At the full context this is {total}; after the prompt (prefill) it is {prefill}.{offload}</translation>
    </message>
    <message>
        <source>DeepSeek-V4: {sliding} sliding-only, {csa} CSA and {hca} HCA layers. Every layer keeps its {window:g}-token window of one shared key/value head ({d:g} wide); a CSA layer adds one entry per {r_c} tokens and the indexer&apos;s key ({i:g}) for each, an HCA layer one per {r_h}. transformers keeps K and V apart in the sliding-only layers, and after prefill each layer&apos;s window and the compressors&apos; pending projections are views of the whole prompt until the first decode step. × {seqs:,.0f} sequence(s) × {bytes:g} bytes ({kv}). At the full context {total}; after the prompt (prefill) {prefill}.</source>
        <translation>DeepSeek-V4: {sliding} sliding-only, {csa} CSA and {hca} HCA layers. Every layer keeps its {window:g}-token window of one shared key/value head ({d:g} wide); a CSA layer adds one entry per {r_c} tokens and the indexer&apos;s key ({i:g}) for each, an HCA layer one per {r_h}. transformers keeps K and V apart in the sliding-only layers, and after prefill each layer&apos;s window and the compressors&apos; pending projections are views of the whole prompt until the first decode step. × {seqs:,.0f} sequence(s) × {bytes:g} bytes ({kv}). At the full context {total}; after the prompt (prefill) {prefill}.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s graph allocator reserves one buffer for the largest layer: f32 MLP intermediates for {ubatch} tokens and the n_ubatch × n_ctx × n_head attention scores (no flash attention) = {size}.</source>
        <translation>llama.cpp&apos;s graph allocator reserves one buffer for the largest layer: f32 MLP intermediates for {ubatch} tokens and the n_ubatch × n_ctx × n_head attention scores (no flash attention) = {size}.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s graph allocator reserves one buffer for the largest layer: f32 MLP intermediates for {ubatch} tokens = {size}.</source>
        <translation>llama.cpp&apos;s graph allocator reserves one buffer for the largest layer: f32 MLP intermediates for {ubatch} tokens = {size}.</translation>
    </message>
    <message>
        <source>{stack} frees the {bits}-bit logits before backward, but PyTorch&apos;s caching allocator keeps their segment: a block of over 10 MiB has a segment of its own, never merged with another, and this one is too small for the fp32 gradients that backward starts with, so they take new segments = {size} reserved and free at that moment.</source>
        <translation>{stack} frees the {bits}-bit logits before backward, but PyTorch&apos;s caching allocator keeps their segment: a block of over 10 MiB has a segment of its own, never merged with another, and this one is too small for the fp32 gradients that backward starts with, so they take new segments = {size} reserved and free at that moment.</translation>
    </message>
    <message>
        <source>{stack}&apos;s training loop keeps the model&apos;s outputs (outputs = model(**batch); loss = outputs.loss; model.backward(loss)): their {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) stay alive through backward and the optimizer step, and the previous step&apos;s through the next forward = {size}.</source>
        <translation>{stack}&apos;s training loop keeps the model&apos;s outputs (outputs = model(**batch); loss = outputs.loss; model.backward(loss)): their {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) stay alive through backward and the optimizer step, and the previous step&apos;s through the next forward = {size}.</translation>
    </message>
    <message>
        <source>{params:,} adapter parameters (rank {rank} on {targets} layers) in {dtype} (PEFT&apos;s default autocast_adapter_dtype=True) = {size}.</source>
        <translation>{params:,} adapter parameters (rank {rank} on {targets} layers) in {dtype} (PEFT&apos;s default autocast_adapter_dtype=True) = {size}.</translation>
    </message>
    <message>
        <source>The loss upcasts the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) to fp32; log-softmax keeps its fp32 output for backward, and backward starts by materialising two fp32 gradients of the same size: {size} at that moment — often the single largest activation.</source>
        <translation>The loss upcasts the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) to fp32; log-softmax keeps its fp32 output for backward, and backward starts by materialising two fp32 gradients of the same size: {size} at that moment — often the single largest activation.</translation>
    </message>
    <message>
        <source>This model&apos;s loss runs on the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) with no fp32 upcast: a shifted contiguous copy of them goes through log-softmax, which keeps its {bits}-bit output for backward, and backward starts with two {bits}-bit gradients of the same size: {size} at either moment.</source>
        <translation>This model&apos;s loss runs on the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) with no fp32 upcast: a shifted contiguous copy of them goes through log-softmax, which keeps its {bits}-bit output for backward, and backward starts with two {bits}-bit gradients of the same size: {size} at either moment.</translation>
    </message>
    <message>
        <source>{stack} computes the loss with Apple&apos;s Cut Cross-Entropy: the {tokens:,.0f} × {vocab:,} logits exist only in on-chip blocks; it keeps the fp32 logsumexp per token and its backward fills the gradient of the final hidden states = {size}.</source>
        <translation>{stack} computes the loss with Apple&apos;s Cut Cross-Entropy: the {tokens:,.0f} × {vocab:,} logits exist only in on-chip blocks; it keeps the fp32 logsumexp per token and its backward fills the gradient of the final hidden states = {size}.</translation>
    </message>
    <message>
        <source>{stack} splits the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) into {chunks} chunks and upcasts each to fp32 on its own: log-softmax keeps its fp32 output per chunk, but no whole fp32 copy and no whole fp32 gradient exist at once = {size} at the end of the forward pass.</source>
        <translation>{stack} splits the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) into {chunks} chunks and upcasts each to fp32 on its own: log-softmax keeps its fp32 output per chunk, but no whole fp32 copy and no whole fp32 gradient exist at once = {size} at the end of the forward pass.</translation>
    </message>
    <message>
        <source>{stack} splits the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) into {chunks} chunks and compiles each chunk&apos;s fp32 upcast and cross-entropy (torch.compile): no fp32 copy exists, each chunk keeps its {bits}-bit logits and an fp32 logsumexp per token, and backward builds one chunk&apos;s gradient at a time = {size} at the start of backward.</source>
        <translation>{stack} splits the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) into {chunks} chunks and compiles each chunk&apos;s fp32 upcast and cross-entropy (torch.compile): no fp32 copy exists, each chunk keeps its {bits}-bit logits and an fp32 logsumexp per token, and backward builds one chunk&apos;s gradient at a time = {size} at the start of backward.</translation>
    </message>
    <message>
        <source>{stack} compiles the loss (torch.compile): the fp32 upcast, log-softmax and cross-entropy are fused, so of the T × V = {tokens:,.0f} × {vocab:,} logits only the {bits}-bit tensor (kept for backward) and its {bits}-bit gradient exist, beside an fp32 logsumexp per token: {size} at the start of backward.</source>
        <translation>{stack} compiles the loss (torch.compile): the fp32 upcast, log-softmax and cross-entropy are fused, so of the T × V = {tokens:,.0f} × {vocab:,} logits only the {bits}-bit tensor (kept for backward) and its {bits}-bit gradient exist, beside an fp32 logsumexp per token: {size} at the start of backward.</translation>
    </message>
    <message>
        <source>{stack} computes the loss on logits sharded over the vocabulary on {tp} TP ranks (loss_parallel): DTensor&apos;s log-softmax keeps the fp32 copy, the shifted logits and their exponential at once, and its fused nll + log-softmax backward builds zeros_like, exp, their sum and the product beside the saved fp32 output: {size} at the start of backward.</source>
        <translation>{stack} computes the loss on logits sharded over the vocabulary on {tp} TP ranks (loss_parallel): DTensor&apos;s log-softmax keeps the fp32 copy, the shifted logits and their exponential at once, and its fused nll + log-softmax backward builds zeros_like, exp, their sum and the product beside the saved fp32 output: {size} at the start of backward.</translation>
    </message>
    <message>
        <source>{stack} computes lm_head and the loss chunk by chunk — c = {chunk:,.0f} tokens, the power of two above T / ⌈V / h⌉ = T / {inc} — and computes the gradient of the final hidden states in the forward pass: the {tokens:,.0f} × {vocab:,} logits never exist whole = {size}.</source>
        <translation>{stack} computes lm_head and the loss chunk by chunk — c = {chunk:,.0f} tokens, the power of two above T / ⌈V / h⌉ = T / {inc} — and computes the gradient of the final hidden states in the forward pass: the {tokens:,.0f} × {vocab:,} logits never exist whole = {size}.</translation>
    </message>
    <message>
        <source>{stack}&apos;s vocab-parallel cross-entropy copies the logits (T × V = {tokens:,.0f} × {vocab:,}) to fp32 and turns the copy into the softmax in place, the only tensor it keeps; backward turns that into the gradient in place and autograd casts it to the logits&apos; dtype: {size} at either moment.</source>
        <translation>{stack}&apos;s vocab-parallel cross-entropy copies the logits (T × V = {tokens:,.0f} × {vocab:,}) to fp32 and turns the copy into the softmax in place, the only tensor it keeps; backward turns that into the gradient in place and autograd casts it to the logits&apos; dtype: {size} at either moment.</translation>
    </message>
    <message>
        <source>{stack}&apos;s vocab-parallel cross-entropy copies the logits (T × V = {tokens:,.0f} × {vocab:,}, sharded over the vocabulary on {tp} TP ranks) to fp32 and turns the copy into the softmax in place, the only tensor it keeps; backward turns that into the gradient in place and autograd casts it to the logits&apos; dtype: {size} at either moment.</source>
        <translation>{stack}&apos;s vocab-parallel cross-entropy copies the logits (T × V = {tokens:,.0f} × {vocab:,}, sharded over the vocabulary on {tp} TP ranks) to fp32 and turns the copy into the softmax in place, the only tensor it keeps; backward turns that into the gradient in place and autograd casts it to the logits&apos; dtype: {size} at either moment.</translation>
    </message>
    <message>
        <source>fp32 log-softmax kept for backward, as for transformer LMs.</source>
        <translation>fp32 log-softmax kept for backward, as for transformer LMs.</translation>
    </message>
    <message>
        <source>{layers} Mamba blocks × {per_token:,.0f} bytes per token (derived from the transformers code; not calibrated).</source>
        <translation>{layers} Mamba blocks × {per_token:,.0f} bytes per token (derived from the transformers code; not calibrated).</translation>
    </message>
    <message>
        <source>One Mamba block&apos;s intermediates for the whole prompt = {size} (derived from the transformers code; not calibrated).</source>
        <translation>One Mamba block&apos;s intermediates for the whole prompt = {size} (derived from the transformers code; not calibrated).</translation>
    </message>
    <message>
        <source>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (distributed optimizer).</source>
        <translation>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (distributed optimizer).</translation>
    </message>
    <message>
        <source>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (distributed optimizer); offloaded to CPU memory ({host} of host RAM per rank).</source>
        <translation>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (distributed optimizer); offloaded to CPU memory ({host} of host RAM per rank).</translation>
    </message>
    <message>
        <source>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (ZeRO-{zero}).</source>
        <translation>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (ZeRO-{zero}).</translation>
    </message>
    <message>
        <source>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (ZeRO-{zero}); offloaded to CPU memory ({host} of host RAM per rank).</source>
        <translation>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (ZeRO-{zero}); offloaded to CPU memory ({host} of host RAM per rank).</translation>
    </message>
    <message>
        <source>peft&apos;s ModulesToSaveWrapper keeps the frozen original and trains a full copy of {names}: {params:,} parameters in the base model&apos;s dtype ({dtype}) = {size}.</source>
        <translation>peft&apos;s ModulesToSaveWrapper keeps the frozen original and trains a full copy of {names}: {params:,} parameters in the base model&apos;s dtype ({dtype}) = {size}.</translation>
    </message>
    <message>
        <source>A dense gradient for every element of the copied {names} = {size} (the embedding&apos;s is dense too: nn.Embedding(sparse=False)).</source>
        <translation>A dense gradient for every element of the copied {names} = {size} (the embedding&apos;s is dense too: nn.Embedding(sparse=False)).</translation>
    </message>
    <message>
        <source>{optimizer}: {how} per parameter of the copied {names}, in their dtype = {size}.</source>
        <translation>{optimizer}: {how} per parameter of the copied {names}, in their dtype = {size}.</translation>
    </message>
    <message>
        <source>Each MTP layer is one more attention layer caching every token: {how}; × {n} layer(s) × {tokens:,.0f} tokens × {seqs:,.0f} sequence(s) × {b:g} bytes = {size}.</source>
        <translation>Each MTP layer is one more attention layer caching every token: {how}; × {n} layer(s) × {tokens:,.0f} tokens × {seqs:,.0f} sequence(s) × {b:g} bytes = {size}.</translation>
    </message>
    <message>
        <source>Each MTP layer is one more attention layer caching every token: {how}; × {n} layer(s) × {tokens:,.0f} tokens × {seqs:,.0f} sequence(s) × {b:g} bytes = {size}. vLLM and SGLang take it from the KV pool: the pool holds fewer tokens.</source>
        <translation>Each MTP layer is one more attention layer caching every token: {how}; × {n} layer(s) × {tokens:,.0f} tokens × {seqs:,.0f} sequence(s) × {b:g} bytes = {size}. vLLM and SGLang take it from the KV pool: the pool holds fewer tokens.</translation>
    </message>
    <message>
        <source>Each step the model scores 1 + {k} tokens per sequence to accept or reject the draft: {k} more rows of fp32 logits per sequence ({vocab:,} entries each) = {size}.</source>
        <translation>Each step the model scores 1 + {k} tokens per sequence to accept or reject the draft: {k} more rows of fp32 logits per sequence ({vocab:,} entries each) = {size}.</translation>
    </message>
    <message>
        <source>vLLM sizes its KV pool after a profile run that checks the rejection sampler with one dummy draft token for each of {rows:,} dummy sequences, whatever the number of draft tokens ({k} here): fp32 logits for {rows:,} draft and {rows:,} bonus rows and the draft rows&apos; probabilities, 3 × {rows:,} rows of {vocab:,} entries = {size}.</source>
        <translation>vLLM sizes its KV pool after a profile run that checks the rejection sampler with one dummy draft token for each of {rows:,} dummy sequences, whatever the number of draft tokens ({k} here): fp32 logits for {rows:,} draft and {rows:,} bonus rows and the draft rows&apos; probabilities, 3 × {rows:,} rows of {vocab:,} entries = {size}.</translation>
    </message>
    <message>
        <source>Speculative decoding with the model&apos;s multi-token-prediction layers ({draft}): the engine loads their {params:,} parameters beside the model&apos;s, as {format} = {size} per GPU. Their embedding and output head are the model&apos;s own (shared, not loaded again).</source>
        <translation>Speculative decoding with the model&apos;s multi-token-prediction layers ({draft}): the engine loads their {params:,} parameters beside the model&apos;s, as {format} = {size} per GPU. Their embedding and output head are the model&apos;s own (shared, not loaded again).</translation>
    </message>
    <message>
        <source>{optimizer}: {how} per trainable parameter{partition}{offloaded} = {size}.</source>
        <translation>{optimizer}: {how} per trainable parameter{partition}{offloaded} = {size}.</translation>
    </message>
    <message>
        <source>During prefill the whole prompt ({tokens:,.0f} tokens) goes through each block at once; no autograd, so only the block&apos;s live intermediates exist: the residual stream, the normalised input and the MLP&apos;s gate, up and act(gate)·up. generate() computes logits for the last position only (× fp32 copy). Peak {size} at prefill.{kinds}</source>
        <translation>During prefill the whole prompt ({tokens:,.0f} tokens) goes through each block at once; no autograd, so only the block&apos;s live intermediates exist: the residual stream, the normalised input and the MLP&apos;s gate, up and act(gate)·up. generate() computes logits for the last position only (× fp32 copy). Peak {size} at prefill.{kinds}</translation>
    </message>
    <message>
        <source>Prefix tuning hands every layer {tokens} trainable keys and values of width {dim} ({prefix} for the whole model); with them the query is shorter than the keys and transformers builds a causal mask: {how}. {layers} layers = {size}.</source>
        <translation>Prefix tuning hands every layer {tokens} trainable keys and values of width {dim} ({prefix} for the whole model); with them the query is shorter than the keys and transformers builds a causal mask: {how}. {layers} layers = {size}.</translation>
    </message>
    <message>
        <source>peft&apos;s PrefixEncoder (prefix_projection=False): one trainable key and value of width {dim} for each of the {tokens} virtual tokens in each of the {layers} layers = {params:,} parameters × {bytes} bytes = {size}; the base model is frozen.</source>
        <translation>peft&apos;s PrefixEncoder (prefix_projection=False): one trainable key and value of width {dim} for each of the {tokens} virtual tokens in each of the {layers} layers = {params:,} parameters × {bytes} bytes = {size}; the base model is frozen.</translation>
    </message>
    <message>
        <source>peft&apos;s PromptEncoder (MLP reparameterization): a {tokens} × {dim} virtual-token embedding and an MLP {dim} → {dim} → {dim} → {dim} with biases = {params:,} parameters × {bytes} bytes = {size}; the base model is frozen.</source>
        <translation>peft&apos;s PromptEncoder (MLP reparameterization): a {tokens} × {dim} virtual-token embedding and an MLP {dim} → {dim} → {dim} → {dim} with biases = {params:,} parameters × {bytes} bytes = {size}; the base model is frozen.</translation>
    </message>
    <message>
        <source>bitsandbytes dequantizes one 4-bit weight to 16 bits for each matmul (forward and again in backward) = {size} at a time.</source>
        <translation>bitsandbytes dequantizes one 4-bit weight to 16 bits for each matmul (forward and again in backward) = {size} at a time.</translation>
    </message>
    <message>
        <source>With each sequence split over {cp} context-parallel ranks, an attention layer&apos;s backward all-gathers the keys and values of the whole sequence ({tokens:,.0f} tokens × {width:,.0f}, repeated per query head) and accumulates the gradients of its queries and of the rotating key/value chunks in fp32 = {size} while one layer runs.</source>
        <translation>With each sequence split over {cp} context-parallel ranks, an attention layer&apos;s backward all-gathers the keys and values of the whole sequence ({tokens:,.0f} tokens × {width:,.0f}, repeated per query head) and accumulates the gradients of its queries and of the rotating key/value chunks in fp32 = {size} while one layer runs.</translation>
    </message>
    <message>
        <source>SGLang prefills at most {chunk:,} tokens at once (chunked_prefill_size); the largest layer&apos;s intermediates for them = {size}, outside the static share.</source>
        <translation>SGLang prefills at most {chunk:,} tokens at once (chunked_prefill_size); the largest layer&apos;s intermediates for them = {size}, outside the static share.</translation>
    </message>
    <message>
        <source>Under DP attention the captured decode graphs gather the tokens of all {dp} ranks before the MoE/MLP layers: a buffer of cuda_graph_max_bs · dp · hidden = {bs} × {dp} × {hidden:,} elements × {b} bytes = {size}.</source>
        <translation>Under DP attention the captured decode graphs gather the tokens of all {dp} ranks before the MoE/MLP layers: a buffer of cuda_graph_max_bs · dp · hidden = {bs} × {dp} × {hidden:,} elements × {b} bytes = {size}.</translation>
    </message>
    <message>
        <source>Decode runs captured CUDA graphs for batch sizes up to cuda_graph_max_bs = {bs}; SGLang allows 2 MiB per batch size for their memory = {size} (its own allowance).</source>
        <translation>Decode runs captured CUDA graphs for batch sizes up to cuda_graph_max_bs = {bs}; SGLang allows 2 MiB per batch size for their memory = {size} (its own allowance).</translation>
    </message>
    <message>
        <source>SGLang&apos;s allowance outside mem_fraction_static for the attention backend&apos;s constant metadata (512 MiB) and, growing with the parallel size, communication buffers = {size}.</source>
        <translation>SGLang&apos;s allowance outside mem_fraction_static for the attention backend&apos;s constant metadata (512 MiB) and, growing with the parallel size, communication buffers = {size}.</translation>
    </message>
    <message>
        <source> The {name} adds {size} ({layers} layers).</source>
        <translation> The {name} adds {size} ({layers} layers).</translation>
    </message>
    <message>
        <source>PyTorch&apos;s caching allocator reserves more than it hands out: freed blocks of other sizes stay reserved. Typically {frac:.0%} of the peak allocation for inference = {size}; PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True lowers it.</source>
        <translation>PyTorch&apos;s caching allocator reserves more than it hands out: freed blocks of other sizes stay reserved. Typically {frac:.0%} of the peak allocation for inference = {size}; PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True lowers it.</translation>
    </message>
    <message>
        <source>PyTorch&apos;s caching allocator reserves more than it hands out: freed blocks of other sizes stay reserved. Typically {frac:.0%} of the peak allocation for training = {size}; PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True lowers it.</source>
        <translation>PyTorch&apos;s caching allocator reserves more than it hands out: freed blocks of other sizes stay reserved. Typically {frac:.0%} of the peak allocation for training = {size}; PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True lowers it.</translation>
    </message>
    <message>
        <source>A state-space model keeps a fixed-size state instead of a KV cache: per layer a convolution window and the SSM state, {intermediate} × ({kernel} + {state}) values; it does not grow with context. = {size}.</source>
        <translation>A state-space model keeps a fixed-size state instead of a KV cache: per layer a convolution window and the SSM state, {intermediate} × ({kernel} + {state}) values; it does not grow with context. = {size}.</translation>
    </message>
    <message>
        <source>{how} = {size}.</source>
        <translation>{how} = {size}.</translation>
    </message>
    <message>
        <source> The frozen vision and audio towers keep nothing for backward (per sequence, {inputs}).</source>
        <translation> The frozen vision and audio towers keep nothing for backward (per sequence, {inputs}).</translation>
    </message>
    <message>
        <source> Per sequence, {inputs}: the vision tower&apos;s call peaks at {vision} and the audio tower&apos;s at {audio} (measured on fake tensors with transformers&apos; code for the towers); they run one after the other before the text model, so the prefill holds the largest of the three. Their soft tokens are part of the context.</source>
        <translation> Per sequence, {inputs}: the vision tower&apos;s call peaks at {vision} and the audio tower&apos;s at {audio} (measured on fake tensors with transformers&apos; code for the towers); they run one after the other before the text model, so the prefill holds the largest of the three. Their soft tokens are part of the context.</translation>
    </message>
    <message>
        <source> Per sequence, {inputs}: the vision tower keeps {vision} and the audio tower {audio} for backward (measured on fake tensors with transformers&apos; code for the towers).</source>
        <translation> Per sequence, {inputs}: the vision tower keeps {vision} and the audio tower {audio} for backward (measured on fake tensors with transformers&apos; code for the towers).</translation>
    </message>
    <message>
        <source>context parallel: each rank holds 1/{cp} of every sequence ({tokens:,.0f} tokens)</source>
        <translation>context parallel: each rank holds 1/{cp} of every sequence ({tokens:,.0f} tokens)</translation>
    </message>
    <message>
        <source>context parallel: each rank holds 1/{cp} of every sequence ({tokens:,.0f} tokens); Transformer Engine&apos;s ring-attention buffers are not counted</source>
        <translation>context parallel: each rank holds 1/{cp} of every sequence ({tokens:,.0f} tokens); Transformer Engine&apos;s ring-attention buffers are not counted</translation>
    </message>
    <message>
        <source>full checkpointing keeps only each layer&apos;s input ({a} bytes × h per token × {layers} layers) and recomputes one layer at a time during backward ({per_token:,.0f} bytes per token)</source>
        <translation>full checkpointing keeps only each layer&apos;s input ({a} bytes × h per token × {layers} layers) and recomputes one layer at a time during backward ({per_token:,.0f} bytes per token)</translation>
    </message>
    <message>
        <source>× {inflight} micro-batches in flight on the first pipeline stage (1F1B)</source>
        <translation>× {inflight} micro-batches in flight on the first pipeline stage (1F1B)</translation>
    </message>
    <message>
        <source>× {inflight:.3g} micro-batches&apos; worth in flight on this pipeline rank (interleaved 1F1B with {v} model chunks per rank: pp ± (pp − 1) / v on the first / last rank, at most the number of micro-batches)</source>
        <translation>× {inflight:.3g} micro-batches&apos; worth in flight on this pipeline rank (interleaved 1F1B with {v} model chunks per rank: pp ± (pp − 1) / v on the first / last rank, at most the number of micro-batches)</translation>
    </message>
    <message>
        <source>{layers} layers × {per_token:,.0f} bytes per token per layer (norms {norms:,.0f}, attention {attention:,.0f}, MLP {mlp:,.0f}) × T tokens</source>
        <translation>{layers} layers × {per_token:,.0f} bytes per token per layer (norms {norms:,.0f}, attention {attention:,.0f}, MLP {mlp:,.0f}) × T tokens</translation>
    </message>
    <message>
        <source>{layers} layers × {per_token:,.0f} bytes per token per layer (norms {norms:,.0f}, attention {attention:,.0f}, MLP {mlp:,.0f}, eager scores {scores:,.0f}) × T tokens</source>
        <translation>{layers} layers × {per_token:,.0f} bytes per token per layer (norms {norms:,.0f}, attention {attention:,.0f}, MLP {mlp:,.0f}, eager scores {scores:,.0f}) × T tokens</translation>
    </message>
    <message>
        <source>{tokens:,.0f} patch tokens go through each block at once; only the block&apos;s live intermediates exist = {size}.</source>
        <translation>{tokens:,.0f} patch tokens go through each block at once; only the block&apos;s live intermediates exist = {size}.</translation>
    </message>
    <message>
        <source>CUDA context, NCCL and custom all-reduce buffers as vLLM&apos;s memory profiler reports them for Llama-3-8B = {size} per GPU.</source>
        <translation>CUDA context, NCCL and custom all-reduce buffers as vLLM&apos;s memory profiler reports them for Llama-3-8B = {size} per GPU.</translation>
    </message>
    <message>
        <source>vLLM sizes its KV pool after a profiling forward of {tokens:,.0f} tokens: the largest layer&apos;s intermediates plus the sampler&apos;s fp32 logits/probabilities for 256 dummy sequences = {size}.</source>
        <translation>vLLM sizes its KV pool after a profiling forward of {tokens:,.0f} tokens: the largest layer&apos;s intermediates plus the sampler&apos;s fp32 logits/probabilities for 256 dummy sequences = {size}.</translation>
    </message>
    <message>
        <source>{params:,} parameters stored as {format}: {how}.{note} = {size} per GPU.</source>
        <translation>{params:,} parameters stored as {format}: {how}.{note} = {size} per GPU.</translation>
    </message>
    <message>
        <source>llama.cpp -ngl {ngl}: {how}. {cpu} of weights run from CPU memory = {gpu} on the GPU.</source>
        <translation>llama.cpp -ngl {ngl}: {how}. {cpu} of weights run from CPU memory = {gpu} on the GPU.</translation>
    </message>
    <message>
        <source>{params:,.0f} parameters × {bytes} bytes = {size}.</source>
        <translation>{params:,.0f} parameters × {bytes} bytes = {size}.</translation>
    </message>
    <message>
        <source>{params:,.0f} parameters × {bytes} bytes (fp32 parameters; autocast computes in 16 bits) = {size}.</source>
        <translation>{params:,.0f} parameters × {bytes} bytes (fp32 parameters; autocast computes in 16 bits) = {size}.</translation>
    </message>
    <message>
        <source>{params:,.0f} parameters × {bytes} bytes ({stack}: fp32 shards; MixedPrecisionPolicy gathers 16-bit copies per layer) = {size}.</source>
        <translation>{params:,.0f} parameters × {bytes} bytes ({stack}: fp32 shards; MixedPrecisionPolicy gathers 16-bit copies per layer) = {size}.</translation>
    </message>
    <message>
        <source>{params:,.0f} parameters × {bytes} bytes ({stack}: fp32 shards; MixedPrecisionPolicy gathers 16-bit copies per layer), sharded over {over} (ZeRO-3/FSDP) = {size}.</source>
        <translation>{params:,.0f} parameters × {bytes} bytes ({stack}: fp32 shards; MixedPrecisionPolicy gathers 16-bit copies per layer), sharded over {over} (ZeRO-3/FSDP) = {size}.</translation>
    </message>
    <message>
        <source>{params:,.0f} parameters × {bytes} bytes, sharded over {over} (ZeRO-3/FSDP) = {size}.</source>
        <translation>{params:,.0f} parameters × {bytes} bytes, sharded over {over} (ZeRO-3/FSDP) = {size}.</translation>
    </message>
    <message>
        <source> The frozen audio tower keeps nothing for backward (per sequence, {inputs}).</source>
        <translation> The frozen audio tower keeps nothing for backward (per sequence, {inputs}).</translation>
    </message>
    <message>
        <source> Per sequence, {inputs}: the frozen audio tower keeps {audio} for backward — LoRA with gradient checkpointing hooks its input (transformers&apos; enable_input_require_grads), so backward runs through it; its blocks are checkpointed with the text model&apos;s (measured on fake tensors).</source>
        <translation> Per sequence, {inputs}: the frozen audio tower keeps {audio} for backward — LoRA with gradient checkpointing hooks its input (transformers&apos; enable_input_require_grads), so backward runs through it; its blocks are checkpointed with the text model&apos;s (measured on fake tensors).</translation>
    </message>
    <message>
        <source> Per sequence, {inputs}: the audio tower&apos;s call peaks at {audio} (measured on fake tensors with transformers&apos; code for the tower); it runs before the text model, so the prefill holds the larger of the two. Its audio tokens are part of the context.</source>
        <translation> Per sequence, {inputs}: the audio tower&apos;s call peaks at {audio} (measured on fake tensors with transformers&apos; code for the tower); it runs before the text model, so the prefill holds the larger of the two. Its audio tokens are part of the context.</translation>
    </message>
    <message>
        <source> Per sequence, {inputs}: the audio tower keeps {audio} for backward (measured on fake tensors with transformers&apos; code for the tower).</source>
        <translation> Per sequence, {inputs}: the audio tower keeps {audio} for backward (measured on fake tensors with transformers&apos; code for the tower).</translation>
    </message>
    <message>
        <source>ZeRO-3/FSDP all-gathers one layer&apos;s full 16-bit parameters while computing it and prefetches the next: 2 layers × {unit:,.0f} params × 2 bytes = {size}.</source>
        <translation>ZeRO-3/FSDP all-gathers one layer&apos;s full 16-bit parameters while computing it and prefetches the next: 2 layers × {unit:,.0f} params × 2 bytes = {size}.</translation>
    </message>
    <message>
        <source>GPU counts 1–8, then multiples of 8 (whole nodes)</source>
        <translation>GPU counts 1–8, then multiples of 8 (whole nodes)</translation>
    </message>
    <message>
        <source>{gpus} × {gpu} ({layout}): {total} per GPU of {usable} usable. Fewest over the layouts tried ({how}; {counts}){per_batch}</source>
        <translation>{gpus} × {gpu} ({layout}): {total} per GPU of {usable} usable. Fewest over the layouts tried ({how}; {counts}){per_batch}</translation>
    </message>
    <message>
        <source>; the per-GPU micro-batch stays {batch}, so the global batch becomes {global_batch:,} sequences</source>
        <translation>; the per-GPU micro-batch stays {batch}, so the global batch becomes {global_batch:,} sequences</translation>
    </message>
    <message>
        <source>inference: tensor parallel (dividing the attention heads), then tensor × pipeline parallel</source>
        <translation>inference: tensor parallel (dividing the attention heads), then tensor × pipeline parallel</translation>
    </message>
    <message>
        <source>inference: llama.cpp splits layers across GPUs</source>
        <translation>inference: llama.cpp splits layers across GPUs</translation>
    </message>
    <message>
        <source>training: more data-parallel ranks at the scenario&apos;s ZeRO stage, then ZeRO-1/2/3, then tensor parallel 2/4/8 with ZeRO-3, then pipeline stages with ZeRO-1</source>
        <translation>training: more data-parallel ranks at the scenario&apos;s ZeRO stage, then ZeRO-1/2/3, then tensor parallel 2/4/8 with ZeRO-3, then pipeline stages with ZeRO-1</translation>
    </message>
    <message>
        <source>no layout tried fits on up to {upper:,} × {gpu} ({how}; {counts})</source>
        <translation>no layout tried fits on up to {upper:,} × {gpu} ({how}; {counts})</translation>
    </message>
    <message>
        <source>Batch {batch} (was {old})</source>
        <translation>Batch {batch} (was {old})</translation>
    </message>
    <message>
        <source>Turn on full activation checkpointing</source>
        <translation>Turn on full activation checkpointing</translation>
    </message>
    <message>
        <source>{n} concurrent requests (was {old})</source>
        <translation>{n} concurrent requests (was {old})</translation>
    </message>
    <message>
        <source>≈ 33 % more compute (each layer&apos;s forward runs again in backward: 8·N·D instead of 6·N·D)</source>
        <translation>≈ 33 % more compute (each layer&apos;s forward runs again in backward: 8·N·D instead of 6·N·D)</translation>
    </message>
    <message>
        <source>less throughput; more replicas for the same load</source>
        <translation>less throughput; more replicas for the same load</translation>
    </message>
    <message>
        <source>a small quality change in long contexts</source>
        <translation>a small quality change in long contexts</translation>
    </message>
    <message>
        <source>less throughput</source>
        <translation>less throughput</translation>
    </message>
    <message>
        <source>more, smaller steps: a little less throughput; same global batch</source>
        <translation>more, smaller steps: a little less throughput; same global batch</translation>
    </message>
    <message>
        <source>≈ 33 % more compute</source>
        <translation>≈ 33 % more compute</translation>
    </message>
    <message>
        <source>{extra} more GPU</source>
        <translation>{extra} more GPU</translation>
    </message>
    <message>
        <source>{extra} more GPU and their interconnect traffic</source>
        <translation>{extra} more GPU and their interconnect traffic</translation>
    </message>
    <message>
        <source>{extra} more GPUs</source>
        <translation>{extra} more GPUs</translation>
    </message>
    <message>
        <source>{extra} more GPUs and their interconnect traffic</source>
        <translation>{extra} more GPUs and their interconnect traffic</translation>
    </message>
    <message>
        <source>slower steps (PCIe transfers, CPU Adam); needs the offloaded bytes in host RAM</source>
        <translation>slower steps (PCIe transfers, CPU Adam); needs the offloaded bytes in host RAM</translation>
    </message>
    <message>
        <source>quantization error</source>
        <translation>quantization error</translation>
    </message>
    <message>
        <source>the model sees less text per sequence</source>
        <translation>the model sees less text per sequence</translation>
    </message>
    <message>
        <source>a small quality change</source>
        <translation>a small quality change</translation>
    </message>
    <message>
        <source>quantization error: a quality loss that grows as the bits shrink</source>
        <translation>quantization error: a quality loss that grows as the bits shrink</translation>
    </message>
    <message>
        <source>more, smaller steps</source>
        <translation>more, smaller steps</translation>
    </message>
    <message>
        <source>more, smaller steps and ≈ 33 % more compute</source>
        <translation>more, smaller steps and ≈ 33 % more compute</translation>
    </message>
    <message>
        <source>Store the KV cache as {kv} (was {old})</source>
        <translation>Store the KV cache as {kv} (was {old})</translation>
    </message>
    <message>
        <source>Micro-batch {batch} with {steps} accumulation steps (global batch {new:,} per rank, was {old:,})</source>
        <translation>Micro-batch {batch} with {steps} accumulation steps (global batch {new:,} per rank, was {old:,})</translation>
    </message>
    <message>
        <source>Use {gpus} × {gpu} ({layout})</source>
        <translation>Use {gpus} × {gpu} ({layout})</translation>
    </message>
    <message>
        <source>Offload the parameters, gradients and optimizer states to CPU memory (FSDP2 CPUOffloadPolicy)</source>
        <translation>Offload the parameters, gradients and optimizer states to CPU memory (FSDP2 CPUOffloadPolicy)</translation>
    </message>
    <message>
        <source>Offload the optimizer states and fp32 main parameters to CPU memory (Megatron-Core --optimizer-cpu-offload)</source>
        <translation>Offload the optimizer states and fp32 main parameters to CPU memory (Megatron-Core --optimizer-cpu-offload)</translation>
    </message>
    <message>
        <source>Offload the optimizer states, master weights and gradients to CPU memory (DeepSpeed ZeRO-{zero} Offload)</source>
        <translation>Offload the optimizer states, master weights and gradients to CPU memory (DeepSpeed ZeRO-{zero} Offload)</translation>
    </message>
    <message>
        <source>Offload the optimizer states, gradients and parameters to CPU memory (DeepSpeed ZeRO-{zero} Offload)</source>
        <translation>Offload the optimizer states, gradients and parameters to CPU memory (DeepSpeed ZeRO-{zero} Offload)</translation>
    </message>
    <message>
        <source>the scenario&apos;s price</source>
        <translation>the scenario&apos;s price</translation>
    </message>
    <message>
        <source>Context {context:,} tokens (was {old:,})</source>
        <translation>Context {context:,} tokens (was {old:,})</translation>
    </message>
    <message>
        <source>Weights in {format} ({bits:g} bits per weight, was {old})</source>
        <translation>Weights in {format} ({bits:g} bits per weight, was {old})</translation>
    </message>
    <message>
        <source>{words} and weights in {format}</source>
        <translation>{words} and weights in {format}</translation>
    </message>
    <message>
        <source>activation checkpointing</source>
        <translation>activation checkpointing</translation>
    </message>
    <message>
        <source>weights in {format}</source>
        <translation>weights in {format}</translation>
    </message>
    <message>
        <source>a {kv} KV cache</source>
        <translation>a {kv} KV cache</translation>
    </message>
    <message>
        <source>an {kv} KV cache</source>
        <translation>an {kv} KV cache</translation>
    </message>
    <message>
        <source>micro-batch 1 with {steps} accumulation steps</source>
        <translation>micro-batch 1 with {steps} accumulation steps</translation>
    </message>
    <message>
        <source>micro-batch 1 with {steps} accumulation steps and activation checkpointing</source>
        <translation>micro-batch 1 with {steps} accumulation steps and activation checkpointing</translation>
    </message>
    <message>
        <source>{words}, on {gpus} × {gpu} ({layout})</source>
        <translation>{words}, on {gpus} × {gpu} ({layout})</translation>
    </message>
    <message>
        <source>one request at a time</source>
        <translation>one request at a time</translation>
    </message>
    <message>
        <source>audio tower: {clips} clip(s) × {positions:,} positions × (2 × {params:,} parameters + local attention 4·{layers}·{window}·{d:,}) = {flops:.3e} FLOPs per sequence (forward)</source>
        <translation>audio tower: {clips} clip(s) × {positions:,} positions × (2 × {params:,} parameters + local attention 4·{layers}·{window}·{d:,}) = {flops:.3e} FLOPs per sequence (forward)</translation>
    </message>
    <message>
        <source>vision tower: {images} image(s) × {per:.3e} FLOPs (timm&apos;s {arch} over a {side} × {side} image, counted with PyTorch&apos;s FlopCounterMode) = {flops:.3e} FLOPs per sequence (forward)</source>
        <translation>vision tower: {images} image(s) × {per:.3e} FLOPs (timm&apos;s {arch} over a {side} × {side} image, counted with PyTorch&apos;s FlopCounterMode) = {flops:.3e} FLOPs per sequence (forward)</translation>
    </message>
    <message>
        <source>vision tower: {images} image(s) × ({tokens:,} patches × (2 × {body:,} parameters + attention 4·{layers}·{tokens:,}·{d:,}) + projector 2 × {proj:,} parameters × {rows:,} merged rows) = {flops:.3e} FLOPs per sequence (forward)</source>
        <translation>vision tower: {images} image(s) × ({tokens:,} patches × (2 × {body:,} parameters + attention 4·{layers}·{tokens:,}·{d:,}) + projector 2 × {proj:,} parameters × {rows:,} merged rows) = {flops:.3e} FLOPs per sequence (forward)</translation>
    </message>
    <message>
        <source>audio tower: {chunks} chunk(s) of 30 s × (conv1 2 × {conv1:,} × {frames:,} mel frames + {positions:,} positions × (2 × {enc:,} parameters + attention 4·{layers}·{positions:,}·{d:,}) + projector 2 × {proj:,} parameters × {rows:,} rows) = {flops:.3e} FLOPs per sequence (forward)</source>
        <translation>audio tower: {chunks} chunk(s) of 30 s × (conv1 2 × {conv1:,} × {frames:,} mel frames + {positions:,} positions × (2 × {enc:,} parameters + attention 4·{layers}·{positions:,}·{d:,}) + projector 2 × {proj:,} parameters × {rows:,} rows) = {flops:.3e} FLOPs per sequence (forward)</translation>
    </message>
    <message>
        <source>{total} of {usable} usable</source>
        <translation>{total} of {usable} usable</translation>
    </message>
    <message>
        <source>full training keeps the weights at the training precision; weight formats apply to inference and LoRA</source>
        <translation>full training keeps the weights at the training precision; weight formats apply to inference and LoRA</translation>
    </message>
    <message>
        <source>does not fit whole ({total} of {usable}); with --n-gpu-layers {gpu_layers} ({gpu_layers} of {layers} layers and their K/V on the GPU, the output layer in RAM) it takes {part_total}; {cpu} of weights stay in system RAM and run on the CPU ({host} of RAM with their K/V)</source>
        <translation>does not fit whole ({total} of {usable}); with --n-gpu-layers {gpu_layers} ({gpu_layers} of {layers} layers and their K/V on the GPU, the output layer in RAM) it takes {part_total}; {cpu} of weights stay in system RAM and run on the CPU ({host} of RAM with their K/V)</translation>
    </message>
    <message>
        <source>{total} &gt; {usable} usable (short by {short})</source>
        <translation>{total} &gt; {usable} usable (short by {short})</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must list {n} [height, width] pairs of positive integers</source>
        <translation>&apos;{key}&apos; must list {n} [height, width] pairs of positive integers</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must list the channels of the two subsampling convolutions</source>
        <translation>&apos;{key}&apos; must list the channels of the two subsampling convolutions</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; passes arguments to timm&apos;s build, which can change the tower&apos;s size; refused</source>
        <translation>&apos;{key}&apos; passes arguments to timm&apos;s build, which can change the tower&apos;s size; refused</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; names the timm architecture &apos;{name}&apos;, whose size this version does not hold (known: {known}); refused rather than guessed</source>
        <translation>&apos;{key}&apos; names the timm architecture &apos;{name}&apos;, whose size this version does not hold (known: {known}); refused rather than guessed</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {value} but timm&apos;s {name} outputs {channels} channels</source>
        <translation>&apos;{key}&apos; is {value} but timm&apos;s {name} outputs {channels} channels</translation>
    </message>
    <message>
        <source>Gemma 3n&apos;s towers beside the text model: vision {vision:,} (timm {arch}, {tokens} tokens per image), audio {audio:,}, embedders {embed:,} parameters</source>
        <translation>Gemma 3n&apos;s towers beside the text model: vision {vision:,} (timm {arch}, {tokens} tokens per image), audio {audio:,}, embedders {embed:,} parameters</translation>
    </message>
    <message>
        <source>metadata &apos;general.alignment&apos; {value} is not a power of two</source>
        <translation>metadata &apos;general.alignment&apos; {value} is not a power of two</translation>
    </message>
    <message>
        <source>truncated or corrupt: {what} declares {count:,} array elements, more than the {left:,} bytes left can hold</source>
        <translation>truncated or corrupt: {what} declares {count:,} array elements, more than the {left:,} bytes left can hold</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; is an array of {n:,} values, too long to read</source>
        <translation>metadata &apos;{key}&apos; is an array of {n:,} values, too long to read</translation>
    </message>
    <message>
        <source>{key} not in the metadata; assumed {default}</source>
        <translation>{key} not in the metadata; assumed {default}</translation>
    </message>
    <message>
        <source>not a GGUF file: it starts with {start}, not the magic b&apos;GGUF&apos;</source>
        <translation>not a GGUF file: it starts with {start}, not the magic b&apos;GGUF&apos;</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; is {n:,} but the file has tensors for {have}; at most {limit:,} layers are supported</source>
        <translation>metadata &apos;{key}&apos; is {n:,} but the file has tensors for {have}; at most {limit:,} layers are supported</translation>
    </message>
    <message>
        <source>blocks {first}–{last}</source>
        <translation>blocks {first}–{last}</translation>
    </message>
    <message>
        <source>RoPE frequency factors (a buffer)</source>
        <translation>RoPE frequency factors (a buffer)</translation>
    </message>
    <message>
        <source>the experts&apos; score-correction bias (e_score_correction_bias, a buffer in transformers)</source>
        <translation>the experts&apos; score-correction bias (e_score_correction_bias, a buffer in transformers)</translation>
    </message>
    <message>
        <source>{n} {tensor} tensor(s): {what}; not parameters</source>
        <translation>{n} {tensor} tensor(s): {what}; not parameters</translation>
    </message>
    <message>
        <source>chunked attention: {chunk} tokens on 3 of every {every} layers, as llama.cpp runs {arch}</source>
        <translation>chunked attention: {chunk} tokens on 3 of every {every} layers, as llama.cpp runs {arch}</translation>
    </message>
    <message>
        <source>{n:,} metadata entries</source>
        <translation>{n:,} metadata entries</translation>
    </message>
    <message>
        <source>the file&apos;s tensors hold {stored:,} values but the architecture read from its metadata has {expected:,} parameters ({diff:+,}); the estimate uses the stored bytes</source>
        <translation>the file&apos;s tensors hold {stored:,} values but the architecture read from its metadata has {expected:,} parameters ({diff:+,}); the estimate uses the stored bytes</translation>
    </message>
    <message>
        <source>the file&apos;s tensors hold {stored:,} values but the architecture read from its metadata has {expected:,} parameters ({diff:+,}); tensors not modelled: {extra}; the estimate uses the stored bytes</source>
        <translation>the file&apos;s tensors hold {stored:,} values but the architecture read from its metadata has {expected:,} parameters ({diff:+,}); tensors not modelled: {extra}; the estimate uses the stored bytes</translation>
    </message>
    <message>
        <source>{n:,} tensors</source>
        <translation>{n:,} tensors</translation>
    </message>
    <message>
        <source>corrupt: tensor &apos;{name}&apos; declares {n} dimensions</source>
        <translation>corrupt: tensor &apos;{name}&apos; declares {n} dimensions</translation>
    </message>
    <message>
        <source>{arch}.expert_count is set but no layer has a router tensor; read as a dense model</source>
        <translation>{arch}.expert_count is set but no layer has a router tensor; read as a dense model</translation>
    </message>
    <message>
        <source>general.file_type missing; the most common tensor type is {type}, read as file type {hint}</source>
        <translation>general.file_type missing; the most common tensor type is {type}, read as file type {hint}</translation>
    </message>
    <message>
        <source>general.file_type missing; the most common tensor type is {type}, which has no weight-format entry here</source>
        <translation>general.file_type missing; the most common tensor type is {type}, which has no weight-format entry here</translation>
    </message>
    <message>
        <source>embedding_length {h} is not divisible by attention.head_count {heads} and attention.key_length is missing</source>
        <translation>embedding_length {h} is not divisible by attention.head_count {heads} and attention.key_length is missing</translation>
    </message>
    <message>
        <source>header declares {count}, over the {limit:,} limit: the file is corrupt; refused</source>
        <translation>header declares {count}, over the {limit:,} limit: the file is corrupt; refused</translation>
    </message>
    <message>
        <source>{arch}.attention.head_count must be positive</source>
        <translation>{arch}.attention.head_count must be positive</translation>
    </message>
    <message>
        <source>{arch}: every block must hold attention and a Mamba-2 mixer side by side</source>
        <translation>{arch}: every block must hold attention and a Mamba-2 mixer side by side</translation>
    </message>
    <message>
        <source>metadata gives an inconsistent architecture ({where}: {detail})</source>
        <translation>metadata gives an inconsistent architecture ({where}: {detail})</translation>
    </message>
    <message>
        <source>corrupt: metadata entry #{i} key is not UTF-8 text</source>
        <translation>corrupt: metadata entry #{i} key is not UTF-8 text</translation>
    </message>
    <message>
        <source>metadata key {key} appears twice</source>
        <translation>metadata key {key} appears twice</translation>
    </message>
    <message>
        <source>blk.{i} is a Mamba-1 layer inside a hybrid stack: not a layout this version sizes</source>
        <translation>blk.{i} is a Mamba-1 layer inside a hybrid stack: not a layout this version sizes</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; is missing</source>
        <translation>metadata &apos;{key}&apos; is missing</translation>
    </message>
    <message>
        <source>this is a vision projector (mmproj) GGUF, not a language model; open the model&apos;s main .gguf file</source>
        <translation>this is a vision projector (mmproj) GGUF, not a language model; open the model&apos;s main .gguf file</translation>
    </message>
    <message>
        <source>{layers} multi-token-prediction layer(s) ({span}, {values:,} values, {nbytes:,} bytes) are in the file: reported beside the total, not in it, and not counted on the GPU (a runtime loads them only for speculative decoding)</source>
        <translation>{layers} multi-token-prediction layer(s) ({span}, {values:,} values, {nbytes:,} bytes) are in the file: reported beside the total, not in it, and not counted on the GPU (a runtime loads them only for speculative decoding)</translation>
    </message>
    <message>
        <source>the same tensor name appears twice</source>
        <translation>the same tensor name appears twice</translation>
    </message>
    <message>
        <source>corrupt: {what} nests arrays too deeply</source>
        <translation>corrupt: {what} nests arrays too deeply</translation>
    </message>
    <message>
        <source>metadata &apos;general.architecture&apos; is missing</source>
        <translation>metadata &apos;general.architecture&apos; is missing</translation>
    </message>
    <message>
        <source>no blocks</source>
        <translation>no blocks</translation>
    </message>
    <message>
        <source>no 2-D token_embd.weight tensor: not a language model GGUF</source>
        <translation>no 2-D token_embd.weight tensor: not a language model GGUF</translation>
    </message>
    <message>
        <source>metadata &apos;{arch}.feed_forward_length&apos; is missing and no MLP tensor gives it</source>
        <translation>metadata &apos;{arch}.feed_forward_length&apos; is missing and no MLP tensor gives it</translation>
    </message>
    <message>
        <source>no 2-D blk.{i}.ffn_up.weight tensor for the block&apos;s MLP</source>
        <translation>no 2-D blk.{i}.ffn_up.weight tensor for the block&apos;s MLP</translation>
    </message>
    <message>
        <source>{file_type} has no weight-format entry here; sizing uses the exact stored bytes</source>
        <translation>{file_type} has no weight-format entry here; sizing uses the exact stored bytes</translation>
    </message>
    <message>
        <source>the blocks hold {norms} norm layers over {layers} layers, not the same number each</source>
        <translation>the blocks hold {norms} norm layers over {layers} layers, not the same number each</translation>
    </message>
    <message>
        <source>{name} must be 2-D, not {shape}</source>
        <translation>{name} must be 2-D, not {shape}</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; must be a non-negative integer, not {value}</source>
        <translation>metadata &apos;{key}&apos; must be a non-negative integer, not {value}</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos;: rows of {n} values are not whole {type} blocks of {block}</source>
        <translation>tensor &apos;{name}&apos;: rows of {n} values are not whole {type} blocks of {block}</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; holds {value}; per-layer values must be integers</source>
        <translation>metadata &apos;{key}&apos; holds {value}; per-layer values must be integers</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; holds no positive per-layer values</source>
        <translation>metadata &apos;{key}&apos; holds no positive per-layer values</translation>
    </message>
    <message>
        <source>this is a pre-GGUF GGML/GGJT file; convert it to GGUF with a current llama.cpp</source>
        <translation>this is a pre-GGUF GGML/GGJT file; convert it to GGUF with a current llama.cpp</translation>
    </message>
    <message>
        <source>blk.{i} has a router but no 3-D ffn_up_exps.weight tensor</source>
        <translation>blk.{i} has a router but no 3-D ffn_up_exps.weight tensor</translation>
    </message>
    <message>
        <source>only {n} bytes: truncated before the end of the GGUF header</source>
        <translation>only {n} bytes: truncated before the end of the GGUF header</translation>
    </message>
    <message>
        <source>{arch}.block_count (less its nextn_predict_layers) and embedding_length must be positive</source>
        <translation>{arch}.block_count (less its nextn_predict_layers) and embedding_length must be positive</translation>
    </message>
    <message>
        <source>split GGUF: read all {parts} parts</source>
        <translation>split GGUF: read all {parts} parts</translation>
    </message>
    <message>
        <source>metadata &apos;split.count&apos; is {n:,}; at most {limit:,} parts are read</source>
        <translation>metadata &apos;split.count&apos; is {n:,}; at most {limit:,} parts are read</translation>
    </message>
    <message>
        <source>split GGUF: {n} of {count} parts are missing (e.g. &apos;{name}&apos;); all parts are needed to size the model</source>
        <translation>split GGUF: {n} of {count} parts are missing (e.g. &apos;{name}&apos;); all parts are needed to size the model</translation>
    </message>
    <message>
        <source>this is part of a {count}-part split GGUF, but its name does not follow the &apos;&lt;name&gt;-0000N-of-0000M.gguf&apos; pattern, so the other parts cannot be found</source>
        <translation>this is part of a {count}-part split GGUF, but its name does not follow the &apos;&lt;name&gt;-0000N-of-0000M.gguf&apos; pattern, so the other parts cannot be found</translation>
    </message>
    <message>
        <source>blk.{i}.ssm_conv1d has {channels} channels, not 2·{k_heads}·{k_dim} + {v_heads}·{v_dim} as the ssm.group_count, ssm.state_size and the ssm_a and ssm_norm tensors say</source>
        <translation>blk.{i}.ssm_conv1d has {channels} channels, not 2·{k_heads}·{k_dim} + {v_heads}·{v_dim} as the ssm.group_count, ssm.state_size and the ssm_a and ssm_norm tensors say</translation>
    </message>
    <message>
        <source>blk.{i}.ssm_in has {rows} rows, not 2·{inner} + 2·{groups}·{state} + {heads} (Mamba-2&apos;s in_proj)</source>
        <translation>blk.{i}.ssm_in has {rows} rows, not 2·{inner} + 2·{groups}·{state} + {heads} (Mamba-2&apos;s in_proj)</translation>
    </message>
    <message>
        <source>blk.{i}.ssm_out reads {inner} values, not a whole number of {heads} heads</source>
        <translation>blk.{i}.ssm_out reads {inner} values, not a whole number of {heads} heads</translation>
    </message>
    <message>
        <source>{what} declares {count:,} elements; at most {limit:,} are read</source>
        <translation>{what} declares {count:,} elements; at most {limit:,} are read</translation>
    </message>
    <message>
        <source>corrupt: {what} declares {n:,} bytes (limit {limit:,})</source>
        <translation>corrupt: {what} declares {n:,} bytes (limit {limit:,})</translation>
    </message>
    <message>
        <source>truncated or corrupt: the strings of {what} run past the end of the file ({end:,} bytes)</source>
        <translation>truncated or corrupt: the strings of {what} run past the end of the file ({end:,} bytes)</translation>
    </message>
    <message>
        <source>blk.{i}.{part} is missing or has too few dimensions</source>
        <translation>blk.{i}.{part} is missing or has too few dimensions</translation>
    </message>
    <message>
        <source>blk.{i}.{part} is missing</source>
        <translation>blk.{i}.{part} is missing</translation>
    </message>
    <message>
        <source>truncated: tensor &apos;{name}&apos; needs bytes {start:,}–{end:,} but the file ends at {size:,}</source>
        <translation>truncated: tensor &apos;{name}&apos; needs bytes {start:,}–{end:,} but the file ends at {size:,}</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; appears twice</source>
        <translation>tensor &apos;{name}&apos; appears twice</translation>
    </message>
    <message>
        <source>no output.weight: llama.cpp puts a copy of token_embd on the GPU as the output matrix, so the GPU bytes still include it once (the input lookup copy stays in CPU memory)</source>
        <translation>no output.weight: llama.cpp puts a copy of token_embd on the GPU as the output matrix, so the GPU bytes still include it once (the input lookup copy stays in CPU memory)</translation>
    </message>
    <message>
        <source>the tokenizer lists {tokens:,} tokens; the embedding table has {rows:,} rows (used)</source>
        <translation>the tokenizer lists {tokens:,} tokens; the embedding table has {rows:,} rows (used)</translation>
    </message>
    <message>
        <source>truncated or corrupt: {what} at byte {at:,} needs {n:,} bytes but the file ends at {size:,}</source>
        <translation>truncated or corrupt: {what} at byte {at:,} needs {n:,} bytes but the file ends at {size:,}</translation>
    </message>
    <message>
        <source>GGUF architecture &apos;{arch}&apos; is not one this version knows: its structure was read from the tensor names and shapes alone and may be wrong</source>
        <translation>GGUF architecture &apos;{arch}&apos; is not one this version knows: its structure was read from the tensor names and shapes alone and may be wrong</translation>
    </message>
    <message>
        <source>corrupt: {what} is an array of unknown value type {itype}</source>
        <translation>corrupt: {what} is an array of unknown value type {itype}</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; has unknown GGML type {type} (a newer GGUF than this app reads?)</source>
        <translation>tensor &apos;{name}&apos; has unknown GGML type {type} (a newer GGUF than this app reads?)</translation>
    </message>
    <message>
        <source>corrupt: {what} has unknown value type {vtype}</source>
        <translation>corrupt: {what} has unknown value type {vtype}</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>cannot read the file ({reason})</translation>
    </message>
    <message>
        <source>GGUF architecture &apos;{arch}&apos; is not supported here (decoder language models and Mamba are)</source>
        <translation>GGUF architecture &apos;{arch}&apos; is not supported here (decoder language models and Mamba are)</translation>
    </message>
    <message>
        <source>value heads ({value}) are narrower or wider than key heads ({key}); the KV cache is sized with the key width</source>
        <translation>value heads ({value}) are narrower or wider than key heads ({key}); the KV cache is sized with the key width</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; is not UTF-8 text</source>
        <translation>metadata &apos;{key}&apos; is not UTF-8 text</translation>
    </message>
    <message>
        <source>{key} varies by layer ({low}–{high}); the largest value is used</source>
        <translation>{key} varies by layer ({low}–{high}); the largest value is used</translation>
    </message>
    <message>
        <source>GGUF version {version} is not supported (versions 2 and 3 are)</source>
        <translation>GGUF version {version} is not supported (versions 2 and 3 are)</translation>
    </message>
    <message>
        <source>{what} (array length)</source>
        <translation>{what} (array length)</translation>
    </message>
    <message>
        <source>{what} (array type)</source>
        <translation>{what} (array type)</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; dimension count</source>
        <translation>tensor &apos;{name}&apos; dimension count</translation>
    </message>
    <message>
        <source>{what}[{i}]</source>
        <translation>{what}[{i}]</translation>
    </message>
    <message>
        <source>metadata entry #{i} key</source>
        <translation>metadata entry #{i} key</translation>
    </message>
    <message>
        <source>{what} (length)</source>
        <translation>{what} (length)</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; offset</source>
        <translation>tensor &apos;{name}&apos; offset</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; shape</source>
        <translation>tensor &apos;{name}&apos; shape</translation>
    </message>
    <message>
        <source>tensor info #{i} name</source>
        <translation>tensor info #{i} name</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; type</source>
        <translation>tensor &apos;{name}&apos; type</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos;</source>
        <translation>metadata &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; value type</source>
        <translation>metadata &apos;{key}&apos; value type</translation>
    </message>
    <message>
        <source>sliding window {window} with no layer pattern in the metadata; assumed on every layer</source>
        <translation>sliding window {window} with no layer pattern in the metadata; assumed on every layer</translation>
    </message>
    <message>
        <source>the sliding-window layer pattern is not periodic; approximated by its first period</source>
        <translation>the sliding-window layer pattern is not periodic; approximated by its first period</translation>
    </message>
    <message>
        <source>tflops.{key} must be a positive finite number of at most {limit:,.0f} (or null), not {value}</source>
        <translation>tflops.{key} must be a positive finite number of at most {limit:,.0f} (or null), not {value}</translation>
    </message>
    <message>
        <source>. With gradient accumulation they persist through the next forward passes</source>
        <translation>. With gradient accumulation they persist through the next forward passes</translation>
    </message>
    <message>
        <source>{stack}: gradients accumulate in one contiguous fp32 main_grad buffer. </source>
        <translation>{stack}: gradients accumulate in one contiguous fp32 main_grad buffer. </translation>
    </message>
    <message>
        <source> (offloaded to CPU after reduction)</source>
        <translation> (offloaded to CPU after reduction)</translation>
    </message>
    <message>
        <source>, partitioned over {over} ({scheme})</source>
        <translation>, partitioned over {over} ({scheme})</translation>
    </message>
    <message>
        <source>. The buffer is allocated once and zeroed every step, so it is there during the forward pass too</source>
        <translation>. The buffer is allocated once and zeroed every step, so it is there during the forward pass too</translation>
    </message>
    <message>
        <source>. They do not exist during the first forward pass (zero_grad(set_to_none=True))</source>
        <translation>. They do not exist during the first forward pass (zero_grad(set_to_none=True))</translation>
    </message>
    <message>
        <source>{total} of CPU RAM for {runtime}: weights {weights} (token embedding) + K/V of the layers in CPU memory {kv}; with mmap (the default) the file&apos;s pages are shared with the page cache</source>
        <translation>{total} of CPU RAM for {runtime}: weights {weights} (token embedding) + K/V of the layers in CPU memory {kv}; with mmap (the default) the file&apos;s pages are shared with the page cache</translation>
    </message>
    <message>
        <source>{total} of CPU RAM for {runtime}: weights {weights} (token embedding, {layers} layers not offloaded) + K/V of the layers in CPU memory {kv}; with mmap (the default) the file&apos;s pages are shared with the page cache</source>
        <translation>{total} of CPU RAM for {runtime}: weights {weights} (token embedding, {layers} layers not offloaded) + K/V of the layers in CPU memory {kv}; with mmap (the default) the file&apos;s pages are shared with the page cache</translation>
    </message>
    <message>
        <source>{total} of CPU RAM per data-parallel rank for the offloaded partition ({n:,.0f} parameters): fp32 master {master} + optimizer states {states} + fp32 gradients {master} (pinned memory; × ranks per node for a machine)</source>
        <translation>{total} of CPU RAM per data-parallel rank for the offloaded partition ({n:,.0f} parameters): fp32 master {master} + optimizer states {states} + fp32 gradients {master} (pinned memory; × ranks per node for a machine)</translation>
    </message>
    <message>
        <source>{total} of CPU RAM per data-parallel rank for the offloaded partition ({n:,.0f} parameters): fp32 master {master} + optimizer states {states} + fp32 gradients {master} + 16-bit parameters {half} (pinned memory; × ranks per node for a machine)</source>
        <translation>{total} of CPU RAM per data-parallel rank for the offloaded partition ({n:,.0f} parameters): fp32 master {master} + optimizer states {states} + fp32 gradients {master} + 16-bit parameters {half} (pinned memory; × ranks per node for a machine)</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face repo id: expected &apos;organisation/name&apos; (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;; no &apos;--&apos; or &apos;..&apos;), e.g. &apos;Qwen/Qwen2.5-7B&apos;</source>
        <translation>&apos;{repo}&apos; is not a Hugging Face repo id: expected &apos;organisation/name&apos; (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;; no &apos;--&apos; or &apos;..&apos;), e.g. &apos;Qwen/Qwen2.5-7B&apos;</translation>
    </message>
    <message>
        <source>no safetensors index or header in the cache: stored size unknown (fetch from the Hub for the exact bytes)</source>
        <translation>no safetensors index or header in the cache: stored size unknown (fetch from the Hub for the exact bytes)</translation>
    </message>
    <message>
        <source>the Hugging Face cache entry for &apos;{repo}&apos; cannot be read: {reason}</source>
        <translation>the Hugging Face cache entry for &apos;{repo}&apos; cannot be read: {reason}</translation>
    </message>
    <message>
        <source>could not fetch {file} for &apos;{repo}&apos; from the Hugging Face Hub: {reason}</source>
        <translation>could not fetch {file} for &apos;{repo}&apos; from the Hugging Face Hub: {reason}</translation>
    </message>
    <message>
        <source>read from the local Hugging Face cache ({folder})</source>
        <translation>read from the local Hugging Face cache ({folder})</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is gated: accept its licence on https://huggingface.co/{repo} and log in with `hf auth login`</source>
        <translation>&apos;{repo}&apos; is gated: accept its licence on https://huggingface.co/{repo} and log in with `hf auth login`</translation>
    </message>
    <message>
        <source>could not read the safetensors header from the Hub ({error}: {detail}); stored size unknown</source>
        <translation>could not read the safetensors header from the Hub ({error}: {detail}); stored size unknown</translation>
    </message>
    <message>
        <source>could not reach the Hugging Face Hub to fetch &apos;{repo}&apos;: the name {host} does not resolve ({reason}); offline, or a network problem</source>
        <translation>could not reach the Hugging Face Hub to fetch &apos;{repo}&apos;: the name {host} does not resolve ({reason}); offline, or a network problem</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; has no {file} (a GGUF-only or non-transformers repo?): download the model file and open it instead</source>
        <translation>&apos;{repo}&apos; has no {file} (a GGUF-only or non-transformers repo?): download the model file and open it instead</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; has no &apos;main&apos; revision on the Hub</source>
        <translation>&apos;{repo}&apos; has no &apos;main&apos; revision on the Hub</translation>
    </message>
    <message>
        <source>the repo has no model.safetensors or safetensors index: stored size unknown</source>
        <translation>the repo has no model.safetensors or safetensors index: stored size unknown</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not in the local Hugging Face cache ({cache}): its config.json has not been downloaded. Fetch it from the Hub in the app, or run `hf download {repo} {config} {index}` (set HF_HUB_CACHE or HF_HOME if your cache lives elsewhere)</source>
        <translation>&apos;{repo}&apos; is not in the local Hugging Face cache ({cache}): its config.json has not been downloaded. Fetch it from the Hub in the app, or run `hf download {repo} {config} {index}` (set HF_HUB_CACHE or HF_HOME if your cache lives elsewhere)</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; was not found on the Hugging Face Hub (if it is private, log in with `hf auth login`)</source>
        <translation>&apos;{repo}&apos; was not found on the Hugging Face Hub (if it is private, log in with `hf auth login`)</translation>
    </message>
    <message>
        <source>could not reach the Hugging Face Hub to fetch {file} for &apos;{repo}&apos;, and it is not cached (offline, HF_HUB_OFFLINE set, or a network problem)</source>
        <translation>could not reach the Hugging Face Hub to fetch {file} for &apos;{repo}&apos;, and it is not cached (offline, HF_HUB_OFFLINE set, or a network problem)</translation>
    </message>
    <message>
        <source>the Hugging Face Hub refused {file} for &apos;{repo}&apos;: {reason}</source>
        <translation>the Hugging Face Hub refused {file} for &apos;{repo}&apos;: {reason}</translation>
    </message>
    <message>
        <source>read the safetensors headers of every shard from the Hub ({n:,} tensors)</source>
        <translation>read the safetensors headers of every shard from the Hub ({n:,} tensors)</translation>
    </message>
    <message>
        <source>&apos;architectures&apos; must be a list of class names, not {value}</source>
        <translation>&apos;architectures&apos; must be a list of class names, not {value}</translation>
    </message>
    <message>
        <source>not a valid file name</source>
        <translation>not a valid file name</translation>
    </message>
    <message>
        <source>block_configs[{i}].{part} uses {keys}: not a layout this version sizes</source>
        <translation>block_configs[{i}].{part} uses {keys}: not a layout this version sizes</translation>
    </message>
    <message>
        <source>&apos;block_configs&apos; must list one block for each of {layers} layers</source>
        <translation>&apos;block_configs&apos; must list one block for each of {layers} layers</translation>
    </message>
    <message>
        <source>&apos;layers_block_type&apos; holds block kinds this version cannot size: {kinds}</source>
        <translation>&apos;layers_block_type&apos; holds block kinds this version cannot size: {kinds}</translation>
    </message>
    <message>
        <source>links to {target}, which does not exist: an incomplete download?</source>
        <translation>links to {target}, which does not exist: an incomplete download?</translation>
    </message>
    <message>
        <source>&apos;compress_ratios&apos; must give 0, 4 or 128 for each of {layers} layers</source>
        <translation>&apos;compress_ratios&apos; must give 0, 4 or 128 for each of {layers} layers</translation>
    </message>
    <message>
        <source>a config.json must hold a JSON object</source>
        <translation>a config.json must hold a JSON object</translation>
    </message>
    <message>
        <source>{n:,} bytes is far too large for a config.json; refused</source>
        <translation>{n:,} bytes is far too large for a config.json; refused</translation>
    </message>
    <message>
        <source>far too large for a config.json; refused</source>
        <translation>far too large for a config.json; refused</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; {n} differs from hidden_size {hidden}: not a layout known</source>
        <translation>&apos;{key}&apos; {n} differs from hidden_size {hidden}: not a layout known</translation>
    </message>
    <message>
        <source>&apos;layer_types&apos; holds kinds DeepSeek-V4 does not have: {kinds}</source>
        <translation>&apos;layer_types&apos; holds kinds DeepSeek-V4 does not have: {kinds}</translation>
    </message>
    <message>
        <source>the file is empty; expected {what}</source>
        <translation>the file is empty; expected {what}</translation>
    </message>
    <message>
        <source>folder holds no config.json or .safetensors files</source>
        <translation>folder holds no config.json or .safetensors files</translation>
    </message>
    <message>
        <source>block_configs[{i}].ffn.ffn_mult must be a positive number</source>
        <translation>block_configs[{i}].ffn.ffn_mult must be a positive number</translation>
    </message>
    <message>
        <source>hidden_size {hidden} is not divisible by num_attention_heads {heads}, and no head_dim is given</source>
        <translation>hidden_size {hidden} is not divisible by num_attention_heads {heads}, and no head_dim is given</translation>
    </message>
    <message>
        <source>block_configs[{i}].attention.n_heads_in_group must divide {heads}</source>
        <translation>block_configs[{i}].attention.n_heads_in_group must divide {heads}</translation>
    </message>
    <message>
        <source>num_attention_heads must be positive</source>
        <translation>num_attention_heads must be positive</translation>
    </message>
    <message>
        <source>&apos;hybrid_override_pattern&apos; must hold one of {codes} per layer ({layers}); found {n} characters</source>
        <translation>&apos;hybrid_override_pattern&apos; must hold one of {codes} per layer ({layers}); found {n} characters</translation>
    </message>
    <message>
        <source>{said}, unknown: {bad}</source>
        <translation>{said}, unknown: {bad}</translation>
    </message>
    <message>
        <source>{what} is not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>{what} is not valid JSON (line {line}, column {column}: {detail})</translation>
    </message>
    <message>
        <source>{loc}: {problem}</source>
        <translation>{loc}: {problem}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} is not a number JSON allows</translation>
    </message>
    <message>
        <source>{what} nested deeper than {n} levels; refused</source>
        <translation>{what} nested deeper than {n} levels; refused</translation>
    </message>
    <message>
        <source>an integer of {n} digits is out of range (at most {limit})</source>
        <translation>an integer of {n} digits is out of range (at most {limit})</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; (line {line}): </source>
        <translation>&apos;{key}&apos; (line {line}): </translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>line {line}: </translation>
    </message>
    <message>
        <source>{what}: {where}{problem}</source>
        <translation>{what}: {where}{problem}</translation>
    </message>
    <message>
        <source>{what}: {detail}</source>
        <translation>{what}: {detail}</translation>
    </message>
    <message>
        <source>keys not read: {keys}{more}</source>
        <translation>keys not read: {keys}{more}</translation>
    </message>
    <message>
        <source>block_configs gives different kv head counts per layer: {counts}</source>
        <translation>block_configs gives different kv head counts per layer: {counts}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds codes other than 0–{last}</source>
        <translation>&apos;{key}&apos; holds codes other than 0–{last}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds layer kinds this version cannot size: {kinds}</source>
        <translation>&apos;{key}&apos; holds layer kinds this version cannot size: {kinds}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; lists {n} layers but the model has {layers}</source>
        <translation>&apos;{key}&apos; lists {n} layers but the model has {layers}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds {value}, not a non-negative integer</source>
        <translation>&apos;{key}&apos; holds {value}, not a non-negative integer</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; lists {n} values for {layers} layers</source>
        <translation>&apos;{key}&apos; lists {n} values for {layers} layers</translation>
    </message>
    <message>
        <source>missing &apos;{key}&apos;</source>
        <translation>missing &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>missing {keys}</source>
        <translation>missing {keys}</translation>
    </message>
    <message>
        <source>&apos;mlp_layer_types&apos; must name dense or sparse for each of {layers} layers</source>
        <translation>&apos;mlp_layer_types&apos; must name dense or sparse for each of {layers} layers</translation>
    </message>
    <message>
        <source>&apos;model_type&apos; must be a string, not {value}</source>
        <translation>&apos;model_type&apos; must be a string, not {value}</translation>
    </message>
    <message>
        <source>no config.json found ({reason})</source>
        <translation>no config.json found ({reason})</translation>
    </message>
    <message>
        <source>block_configs gives no layer an FFN</source>
        <translation>block_configs gives no layer an FFN</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>layer_types names sliding layers but &apos;sliding_window&apos; is not set</source>
        <translation>layer_types names sliding layers but &apos;sliding_window&apos; is not set</translation>
    </message>
    <message>
        <source>not a config.json, model folder, .safetensors, index.json or .gguf file</source>
        <translation>not a config.json, model folder, .safetensors, index.json or .gguf file</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false, not {value}</source>
        <translation>&apos;{key}&apos; must be true or false, not {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of at most {n:,} integers</source>
        <translation>&apos;{key}&apos; must be a list of at most {n:,} integers</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be an integer, not {value}</source>
        <translation>&apos;{key}&apos; must be an integer, not {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a number, not {value}</source>
        <translation>&apos;{key}&apos; must be a number, not {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be an object</source>
        <translation>&apos;{key}&apos; must be an object</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a positive integer, not 0</source>
        <translation>&apos;{key}&apos; must be a positive integer, not 0</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be in [0, 1), not {value:g}</source>
        <translation>&apos;{key}&apos; must be in [0, 1), not {value:g}</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>not a regular file; refused</source>
        <translation>not a regular file; refused</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of at most {n:,} strings</source>
        <translation>&apos;{key}&apos; must be a list of at most {n:,} strings</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a string, not {value}</source>
        <translation>&apos;{key}&apos; must be a string, not {value}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>not UTF-8 text</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at offset {at:,}); not {what}</source>
        <translation>not UTF-8 text (bad byte at offset {at:,}); not {what}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; {n:,} is out of range (0 to {limit:,})</source>
        <translation>&apos;{key}&apos; {n:,} is out of range (0 to {limit:,})</translation>
    </message>
    <message>
        <source>model_type &apos;{model_type}&apos; is not a known family; its keys ({keys}) are those of &apos;{family}&apos;: read as that family (the count is not verified against transformers for this type)</source>
        <translation>model_type &apos;{model_type}&apos; is not a known family; its keys ({keys}) are those of &apos;{family}&apos;: read as that family (the count is not verified against transformers for this type)</translation>
    </message>
    <message>
        <source>hidden_size and num_hidden_layers must be positive</source>
        <translation>hidden_size and num_hidden_layers must be positive</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket); refused</source>
        <translation>not a regular file (a device, pipe or socket); refused</translation>
    </message>
    <message>
        <source>keys describing structure this version does not read: {keys}; refused rather than answered without them</source>
        <translation>keys describing structure this version does not read: {keys}; refused rather than answered without them</translation>
    </message>
    <message>
        <source>model_type &apos;{model_type}&apos; wraps its text model in text_config: only the text model was read; a tower that transformers builds by default (when the config names none) is not counted</source>
        <translation>model_type &apos;{model_type}&apos; wraps its text model in text_config: only the text model was read; a tower that transformers builds by default (when the config names none) is not counted</translation>
    </message>
    <message>
        <source>text_config.model_type &apos;{model_type}&apos; is not a family this version can read</source>
        <translation>text_config.model_type &apos;{model_type}&apos; is not a family this version can read</translation>
    </message>
    <message>
        <source>{n:,} bytes is too large for {what} (at most {limit:,}); refused</source>
        <translation>{n:,} bytes is too large for {what} (at most {limit:,}); refused</translation>
    </message>
    <message>
        <source>more than {limit:,} bytes: too large for {what}; refused</source>
        <translation>more than {limit:,} bytes: too large for {what}; refused</translation>
    </message>
    <message>
        <source>model_type &apos;{model_type}&apos; wraps a text model with {towers}: this version cannot build that tower, and a total without it would be wrong; refused (the text model alone can be sized by importing its text_config as a config.json of its own)</source>
        <translation>model_type &apos;{model_type}&apos; wraps a text model with {towers}: this version cannot build that tower, and a total without it would be wrong; refused (the text model alone can be sized by importing its text_config as a config.json of its own)</translation>
    </message>
    <message>
        <source>unexpected value ({error}: {detail})</source>
        <translation>unexpected value ({error}: {detail})</translation>
    </message>
    <message>
        <source>model_type &apos;{model_type}&apos; is not a known family: read as a decoder from its standard keys (attention, experts and layer kinds are read generically; the count is not verified against transformers)</source>
        <translation>model_type &apos;{model_type}&apos; is not a known family: read as a decoder from its standard keys (attention, experts and layer kinds are read generically; the count is not verified against transformers)</translation>
    </message>
    <message>
        <source>text_config.model_type &apos;{model_type}&apos; is not a known family</source>
        <translation>text_config.model_type &apos;{model_type}&apos; is not a known family</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>cannot be read ({reason})</translation>
    </message>
    <message>
        <source>not a usable file name ({reason})</source>
        <translation>not a usable file name ({reason})</translation>
    </message>
    <message>
        <source>&apos;intermediate_size&apos; must hold positive integer widths</source>
        <translation>&apos;intermediate_size&apos; must hold positive integer widths</translation>
    </message>
    <message>
        <source>&apos;intermediate_size&apos; lists {n} widths for {layers} layers</source>
        <translation>&apos;intermediate_size&apos; lists {n} widths for {layers} layers</translation>
    </message>
    <message>
        <source>Activation peak (vLLM profile)</source>
        <translation>Activation peak (vLLM profile)</translation>
    </message>
    <message>
        <source>Activations saved for backward</source>
        <translation>Activations saved for backward</translation>
    </message>
    <message>
        <source>Allocator slack (fragmentation)</source>
        <translation>Allocator slack (fragmentation)</translation>
    </message>
    <message>
        <source>Cut cross-entropy ({stack})</source>
        <translation>Cut cross-entropy ({stack})</translation>
    </message>
    <message>
        <source>Dequantized weight (prefill)</source>
        <translation>Dequantized weight (prefill)</translation>
    </message>
    <message>
        <source>DoRA adapters (r = {rank}, {dtype})</source>
        <translation>DoRA adapters (r = {rank}, {dtype})</translation>
    </message>
    <message>
        <source>DoRA weight norm (per target)</source>
        <translation>DoRA weight norm (per target)</translation>
    </message>
    <message>
        <source>DP attention gathered buffer (SGLang)</source>
        <translation>DP attention gathered buffer (SGLang)</translation>
    </message>
    <message>
        <source>Draft verification logits</source>
        <translation>Draft verification logits</translation>
    </message>
    <message>
        <source>Tied output layer&apos;s gradient waiting for the embedding&apos;s</source>
        <translation>Tied output layer&apos;s gradient waiting for the embedding&apos;s</translation>
    </message>
    <message>
        <source>Gradients waiting during a block&apos;s backward (FSDP2)</source>
        <translation>Gradients waiting during a block&apos;s backward (FSDP2)</translation>
    </message>
    <message>
        <source>Logits and loss (on the {bits}-bit logits)</source>
        <translation>Logits and loss (on the {bits}-bit logits)</translation>
    </message>
    <message>
        <source>Logits and compiled loss ({stack})</source>
        <translation>Logits and compiled loss ({stack})</translation>
    </message>
    <message>
        <source>Cached segment of the freed logits (reserved)</source>
        <translation>Cached segment of the freed logits (reserved)</translation>
    </message>
    <message>
        <source>Logits and vocab-parallel cross-entropy ({stack})</source>
        <translation>Logits and vocab-parallel cross-entropy ({stack})</translation>
    </message>
    <message>
        <source>Model outputs held by the training loop</source>
        <translation>Model outputs held by the training loop</translation>
    </message>
    <message>
        <source>Trainable copies (modules_to_save: {names})</source>
        <translation>Trainable copies (modules_to_save: {names})</translation>
    </message>
    <message>
        <source>Gradients of the trainable copies ({dtype})</source>
        <translation>Gradients of the trainable copies ({dtype})</translation>
    </message>
    <message>
        <source>Optimizer states of the trainable copies ({optimizer})</source>
        <translation>Optimizer states of the trainable copies ({optimizer})</translation>
    </message>
    <message>
        <source>MTP draft KV cache ({kv})</source>
        <translation>MTP draft KV cache ({kv})</translation>
    </message>
    <message>
        <source>MTP draft weights</source>
        <translation>MTP draft weights</translation>
    </message>
    <message>
        <source>Prefix encoder ({tokens} virtual tokens, {dtype})</source>
        <translation>Prefix encoder ({tokens} virtual tokens, {dtype})</translation>
    </message>
    <message>
        <source>Prefix key/values ({tokens} virtual tokens)</source>
        <translation>Prefix key/values ({tokens} virtual tokens)</translation>
    </message>
    <message>
        <source>P-tuning prompt encoder ({tokens} virtual tokens, {dtype})</source>
        <translation>P-tuning prompt encoder ({tokens} virtual tokens, {dtype})</translation>
    </message>
    <message>
        <source>Ring attention buffers (context parallel)</source>
        <translation>Ring attention buffers (context parallel)</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first} and {rest}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{first}{rest}</source>
        <translation>{first}{rest}</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <translation>{first} or {rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>Invalid \escape</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>Invalid \uXXXX escape</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>Invalid control character at</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>Expecting &apos;:&apos; delimiter</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>Expecting &apos;,&apos; delimiter</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Expecting property name enclosed in double quotes</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>Expecting value</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>Extra data</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>Illegal trailing comma before end of array</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>Illegal trailing comma before end of object</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>Unterminated string starting at</translation>
    </message>
    <message>
        <source>the DSA indexer&apos;s fp32 scores per head over the whole prompt at prefill</source>
        <translation>the DSA indexer&apos;s fp32 scores per head over the whole prompt at prefill</translation>
    </message>
    <message>
        <source>{n} Gated DeltaNet layers as transformers&apos; torch path runs them (fp32 chunk tensors and one state per 64 tokens); fla&apos;s CUDA kernel keeps less</source>
        <translation>{n} Gated DeltaNet layers as transformers&apos; torch path runs them (fp32 chunk tensors and one state per 64 tokens); fla&apos;s CUDA kernel keeps less</translation>
    </message>
    <message>
        <source>{n} Mamba-2 layers as transformers&apos; torch path runs them (fp32 chunk tensors, B and C per head); mamba_ssm&apos;s fused kernel keeps less</source>
        <translation>{n} Mamba-2 layers as transformers&apos; torch path runs them (fp32 chunk tensors, B and C per head); mamba_ssm&apos;s fused kernel keeps less</translation>
    </message>
    <message>
        <source> Layer kinds: {parts}.</source>
        <translation> Layer kinds: {parts}.</translation>
    </message>
    <message>
        <source>{n} short-convolution layers (in_proj&apos;s 3h, the gated products, conv)</source>
        <translation>{n} short-convolution layers (in_proj&apos;s 3h, the gated products, conv)</translation>
    </message>
    <message>
        <source>{n} chunked-attention layers keep at most one chunk, {chunk}</source>
        <translation>{n} chunked-attention layers keep at most one chunk, {chunk}</translation>
    </message>
    <message>
        <source> Cross-attention also caches the encoder&apos;s K/V ({positions:,} positions per layer).</source>
        <translation> Cross-attention also caches the encoder&apos;s K/V ({positions:,} positions per layer).</translation>
    </message>
    <message>
        <source> Cross-attention also caches the encoder&apos;s K/V (the context&apos;s positions per layer).</source>
        <translation> Cross-attention also caches the encoder&apos;s K/V (the context&apos;s positions per layer).</translation>
    </message>
    <message>
        <source>{attn} attention layers keep every token{other}</source>
        <translation>{attn} attention layers keep every token{other}</translation>
    </message>
    <message>
        <source>{n} full-attention layers keep every token</source>
        <translation>{n} full-attention layers keep every token</translation>
    </message>
    <message>
        <source>{indexer}K and V: 2 × kv_heads × head_dim = 2 × {kv_heads:g} × {head_dim}</source>
        <translation>{indexer}K and V: 2 × kv_heads × head_dim = 2 × {kv_heads:g} × {head_dim}</translation>
    </message>
    <message>
        <source>{indexer}K and V: 2 × kv_heads × head_dim = 2 × {kv_heads:g} × {head_dim} (GQA: fewer kv heads than query heads)</source>
        <translation>{indexer}K and V: 2 × kv_heads × head_dim = 2 × {kv_heads:g} × {head_dim} (GQA: fewer kv heads than query heads)</translation>
    </message>
    <message>
        <source>{indexer}K and V: kv_heads × (head_dim + v_head_dim) = {kv_heads:g} × ({head_dim} + {v_dim})</source>
        <translation>{indexer}K and V: kv_heads × (head_dim + v_head_dim) = {kv_heads:g} × ({head_dim} + {v_dim})</translation>
    </message>
    <message>
        <source>indexer key {dim} + </source>
        <translation>indexer key {dim} + </translation>
    </message>
    <message>
        <source>{n} conv</source>
        <translation>{n} conv</translation>
    </message>
    <message>
        <source>{n} linear</source>
        <translation>{n} linear</translation>
    </message>
    <message>
        <source>{n} mamba2</source>
        <translation>{n} mamba2</translation>
    </message>
    <message>
        <source>{layers}{other}</source>
        <translation>{layers}{other}</translation>
    </message>
    <message>
        <source>{indexer}transformers caches MLA decompressed: heads × (qk_head_dim + v_head_dim) = {heads:g} × ({qk} + {v})</source>
        <translation>{indexer}transformers caches MLA decompressed: heads × (qk_head_dim + v_head_dim) = {heads:g} × ({qk} + {v})</translation>
    </message>
    <message>
        <source>{indexer}MLA latent: kv_lora_rank + rope dim = {rank} + {rope} per token (one compressed vector shared by all heads)</source>
        <translation>{indexer}MLA latent: kv_lora_rank + rope dim = {rank} + {rope} per token (one compressed vector shared by all heads)</translation>
    </message>
    <message>
        <source>{before} With -ngl {ngl}, {on} of {n} layers keep their K/V on the GPU; the rest in RAM.</source>
        <translation>{before} With -ngl {ngl}, {on} of {n} layers keep their K/V on the GPU; the rest in RAM.</translation>
    </message>
    <message>
        <source> Ollama allocates num_ctx {num_ctx:,.0f} × {parallel} slot(s) at load, whatever the request&apos;s length (OLLAMA_CONTEXT_LENGTH / OLLAMA_NUM_PARALLEL).</source>
        <translation> Ollama allocates num_ctx {num_ctx:,.0f} × {parallel} slot(s) at load, whatever the request&apos;s length (OLLAMA_CONTEXT_LENGTH / OLLAMA_NUM_PARALLEL).</translation>
    </message>
    <message>
        <source>; the other {n} layers keep no KV cache (a fixed-size state, or no mixer)</source>
        <translation>; the other {n} layers keep no KV cache (a fixed-size state, or no mixer)</translation>
    </message>
    <message>
        <source> ({shared} of them attend over the cache of an earlier layer of their kind)</source>
        <translation> ({shared} of them attend over the cache of an earlier layer of their kind)</translation>
    </message>
    <message>
        <source>{n} sliding layers keep at most {window}</source>
        <translation>{n} sliding layers keep at most {window}</translation>
    </message>
    <message>
        <source>--image-size: &apos;{text}&apos; is not N or HEIGHTxWIDTH in pixels</source>
        <translation>--image-size: &apos;{text}&apos; is not N or HEIGHTxWIDTH in pixels</translation>
    </message>
    <message>
        <source>--batch must be at least 1, not {batch}</source>
        <translation>--batch must be at least 1, not {batch}</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>bias</translation>
    </message>
    <message>
        <source>ceil</source>
        <translation>ceil</translation>
    </message>
    <message>
        <source>{heads} heads, MLP {mlp}</source>
        <translation>{heads} heads, MLP {mlp}</translation>
    </message>
    <message>
        <source>MACs = multiply-accumulates of convolutions (weights × output positions), linear layers and attention&apos;s QKᵀ and AV products; FLOPs = 2 × MACs. torchvision&apos;s &apos;GFLOPS&apos; column counts the same multiply-accumulates (ResNet-50: 4.089 G), so it is GMACs. Batch-norm, activations, pooling and additions are not counted. Activation bytes = output elements × batch × bytes per element.</source>
        <translation>MACs = multiply-accumulates of convolutions (weights × output positions), linear layers and attention&apos;s QKᵀ and AV products; FLOPs = 2 × MACs. torchvision&apos;s &apos;GFLOPS&apos; column counts the same multiply-accumulates (ResNet-50: 4.089 G), so it is GMACs. Batch-norm, activations, pooling and additions are not counted. Activation bytes = output elements × batch × bytes per element.</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>groups {groups}</source>
        <translation>groups {groups}</translation>
    </message>
    <message>
        <source>LayerNorm + linear on the class token</source>
        <translation>LayerNorm + linear on the class token</translation>
    </message>
    <message>
        <source>{heads} heads</source>
        <translation>{heads} heads</translation>
    </message>
    <message>
        <source>--image-size: &apos;{text}&apos; must be one or two sides of 1-16384 pixels</source>
        <translation>--image-size: &apos;{text}&apos; must be one or two sides of 1-16384 pixels</translation>
    </message>
    <message>
        <source>--image-size {h}x{w}: {problem}</source>
        <translation>--image-size {h}x{w}: {problem}</translation>
    </message>
    <message>
        <source>{model} is not an image model: the layer table covers CNNs and ViT classifiers</source>
        <translation>{model} is not an image model: the layer table covers CNNs and ViT classifiers</translation>
    </message>
    <message>
        <source>{p}×{p} conv, stride {p}; + class token and positions</source>
        <translation>{p}×{p} conv, stride {p}; + class token and positions</translation>
    </message>
    <message>
        <source>to {size}×{size}</source>
        <translation>to {size}×{size}</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>stride {stride}</translation>
    </message>
    <message>
        <source>--image-size: this ViT&apos;s position table is for {side}×{side} px; another size needs interpolated position embeddings, which the table does not model</source>
        <translation>--image-size: this ViT&apos;s position table is for {side}×{side} px; another size needs interpolated position embeddings, which the table does not model</translation>
    </message>
    <message>
        <source>{w}×{w} windows</source>
        <translation>{w}×{w} windows</translation>
    </message>
    <message>
        <source>data parallel × {dp}</source>
        <translation>data parallel × {dp}</translation>
    </message>
    <message>
        <source>fully sharded data parallel × {dp}</source>
        <translation>fully sharded data parallel × {dp}</translation>
    </message>
    <message>
        <source>data parallel × {dp} with ZeRO-{zero}</source>
        <translation>data parallel × {dp} with ZeRO-{zero}</translation>
    </message>
    <message>
        <source>layers split over {gpus} GPUs (llama.cpp)</source>
        <translation>layers split over {gpus} GPUs (llama.cpp)</translation>
    </message>
    <message>
        <source>one GPU with ZeRO-{zero}</source>
        <translation>one GPU with ZeRO-{zero}</translation>
    </message>
    <message>
        <source>pipeline × {pp}</source>
        <translation>pipeline × {pp}</translation>
    </message>
    <message>
        <source>tensor parallel × {tp}</source>
        <translation>tensor parallel × {tp}</translation>
    </message>
    <message>
        <source>largest batch of sequences per step with everything else as set: the memory-vs-batch sweep brackets it, integer sweeps pin it exactly</source>
        <translation>largest batch of sequences per step with everything else as set: the memory-vs-batch sweep brackets it, integer sweeps pin it exactly</translation>
    </message>
    <message>
        <source>largest per-GPU micro-batch with everything else as set: the memory-vs-batch sweep brackets it, integer sweeps pin it exactly</source>
        <translation>largest per-GPU micro-batch with everything else as set: the memory-vs-batch sweep brackets it, integer sweeps pin it exactly</translation>
    </message>
    <message>
        <source>largest number of concurrent requests, each with its own KV cache (bisection)</source>
        <translation>largest number of concurrent requests, each with its own KV cache (bisection)</translation>
    </message>
    <message>
        <source>largest context (prompt + generated tokens) with everything else as set: a log-spaced sweep brackets it, integer sweeps pin it exactly</source>
        <translation>largest context (prompt + generated tokens) with everything else as set: a log-spaced sweep brackets it, integer sweeps pin it exactly</translation>
    </message>
    <message>
        <source>the context counts the images&apos; and the audio&apos;s tokens as the memory estimate does ({media:,} per sequence): the largest context holds them, and the text&apos;s room is that context less {media:,}</source>
        <translation>the context counts the images&apos; and the audio&apos;s tokens as the memory estimate does ({media:,} per sequence): the largest context holds them, and the text&apos;s room is that context less {media:,}</translation>
    </message>
    <message>
        <source>largest context (prompt + generated tokens) with everything else as set: a log-spaced sweep brackets it, integer sweeps pin it exactly; searched up to {top:,} tokens (the model&apos;s maximum position or the context asked for), and that much fits</source>
        <translation>largest context (prompt + generated tokens) with everything else as set: a log-spaced sweep brackets it, integer sweeps pin it exactly; searched up to {top:,} tokens (the model&apos;s maximum position or the context asked for), and that much fits</translation>
    </message>
    <message>
        <source>{n} MTP layer(s) drafting {k} token(s) per step</source>
        <translation>{n} MTP layer(s) drafting {k} token(s) per step</translation>
    </message>
    <message>
        <source>the checkpoint also ships {n} multi-token-prediction layer(s) ({key}), which transformers does not build: counted beside the total, not in it; a runtime loads them only for speculative decoding</source>
        <translation>the checkpoint also ships {n} multi-token-prediction layer(s) ({key}), which transformers does not build: counted beside the total, not in it; a runtime loads them only for speculative decoding</translation>
    </message>
    <message>
        <source>the checkpoint also ships {n} multi-token-prediction layer(s) ({key}), which transformers does not build: not in the total; their structure is not known here, so they are not counted (unverified) and cannot be sized as a speculative-decoding draft</source>
        <translation>the checkpoint also ships {n} multi-token-prediction layer(s) ({key}), which transformers does not build: not in the total; their structure is not known here, so they are not counted (unverified) and cannot be sized as a speculative-decoding draft</translation>
    </message>
    <message>
        <source>no audio in the workload: the audio tower is idle (its weights are loaded, but no audio activations or audio tokens are sized; set the audio per sequence to size audio)</source>
        <translation>no audio in the workload: the audio tower is idle (its weights are loaded, but no audio activations or audio tokens are sized; set the audio per sequence to size audio)</translation>
    </message>
    <message>
        <source>{engine} stops at start (&apos;{error}&apos;): it serves nothing, so there is no time to first token or decode speed</source>
        <translation>{engine} stops at start (&apos;{error}&apos;): it serves nothing, so there is no time to first token or decode speed</translation>
    </message>
    <message>
        <source>{towers}: {inputs} in the workload, yet gradients and optimizer state are charged for {params:,} parameters as if trained (assumed: how {stack} treats parameters the forward pass never reaches was not read from its source)</source>
        <translation>{towers}: {inputs} in the workload, yet gradients and optimizer state are charged for {params:,} parameters as if trained (assumed: how {stack} treats parameters the forward pass never reaches was not read from its source)</translation>
    </message>
    <message>
        <source>{towers}: {inputs} in the workload, but {stack} charges gradients and optimizer state for {params:,} parameters anyway (its flat buffers hold every parameter that requires grad); freezing the tower saves them</source>
        <translation>{towers}: {inputs} in the workload, but {stack} charges gradients and optimizer state for {params:,} parameters anyway (its flat buffers hold every parameter that requires grad); freezing the tower saves them</translation>
    </message>
    <message>
        <source>{towers} fed nothing under DDP: the idle parameters still take space in DDP&apos;s all-reduce buckets, and DDP needs find_unused_parameters=True for them (transformers&apos; Trainer sets it by default only without gradient checkpointing: ddp_find_unused_parameters)</source>
        <translation>{towers} fed nothing under DDP: the idle parameters still take space in DDP&apos;s all-reduce buckets, and DDP needs find_unused_parameters=True for them (transformers&apos; Trainer sets it by default only without gradient checkpointing: ddp_find_unused_parameters)</translation>
    </message>
    <message>
        <source>{towers}: {inputs} in the workload — sized as frozen (no gradients or optimizer state for {params:,} parameters: under {stack} a parameter the forward pass never reaches gets no gradient, and the optimizer creates no state for it)</source>
        <translation>{towers}: {inputs} in the workload — sized as frozen (no gradients or optimizer state for {params:,} parameters: under {stack} a parameter the forward pass never reaches gets no gradient, and the optimizer creates no state for it)</translation>
    </message>
    <message>
        <source>{gpu}: memory bandwidth unknown, decode speed cannot be estimated</source>
        <translation>{gpu}: memory bandwidth unknown, decode speed cannot be estimated</translation>
    </message>
    <message>
        <source>no serving capacity: this setup does not fit {gpu} (short by {short_gib:,.2f} GiB per GPU), so replicas of it serve nothing; make it fit first (`sizing fit`)</source>
        <translation>no serving capacity: this setup does not fit {gpu} (short by {short_gib:,.2f} GiB per GPU), so replicas of it serve nothing; make it fit first (`sizing fit`)</translation>
    </message>
    <message>
        <source>{gpu}: no published dense {precision} peak, so time cannot be estimated</source>
        <translation>{gpu}: no published dense {precision} peak, so time cannot be estimated</translation>
    </message>
    <message>
        <source>the vision tower&apos;s compute ({images} image(s) per sequence through timm&apos;s {arch}) is not in the time: a convolutional tower&apos;s FLOPs are not read from its structure here</source>
        <translation>the vision tower&apos;s compute ({images} image(s) per sequence through timm&apos;s {arch}) is not in the time: a convolutional tower&apos;s FLOPs are not read from its structure here</translation>
    </message>
    <message>
        <source>fp32 row + column statistics per matrix (no first moment; transformers Adafactor defaults)</source>
        <translation>fp32 row + column statistics per matrix (no first moment; transformers Adafactor defaults)</translation>
    </message>
    <message>
        <source>factored second moment (row and column statistics)</source>
        <translation>factored second moment (row and column statistics)</translation>
    </message>
    <message>
        <source>Adafactor upcasts one tensor&apos;s gradient and weight to fp32 and builds its update: 3 × 4 bytes × the largest tensor</source>
        <translation>Adafactor upcasts one tensor&apos;s gradient and weight to fp32 and builds its update: 3 × 4 bytes × the largest tensor</translation>
    </message>
    <message>
        <source>2 states (exp_avg, exp_avg_sq)</source>
        <translation>2 states (exp_avg, exp_avg_sq)</translation>
    </message>
    <message>
        <source>2 states quantized to 8 bits with an fp32 scale per 256-value block (bitsandbytes blockwise)</source>
        <translation>2 states quantized to 8 bits with an fp32 scale per 256-value block (bitsandbytes blockwise)</translation>
    </message>
    <message>
        <source>torch&apos;s default foreach AdamW computes sqrt(exp_avg_sq) for all parameters at once: one parameter-sized temporary while gradients and states are alive</source>
        <translation>torch&apos;s default foreach AdamW computes sqrt(exp_avg_sq) for all parameters at once: one parameter-sized temporary while gradients and states are alive</translation>
    </message>
    <message>
        <source>the for-loop AdamW allocates sqrt(v)/bias-correction for one tensor at a time: 2 × the largest tensor</source>
        <translation>the for-loop AdamW allocates sqrt(v)/bias-correction for one tensor at a time: 2 × the largest tensor</translation>
    </message>
    <message>
        <source>1 state (exp_avg)</source>
        <translation>1 state (exp_avg)</translation>
    </message>
    <message>
        <source>Lion&apos;s sign(update) for one tensor at a time</source>
        <translation>Lion&apos;s sign(update) for one tensor at a time</translation>
    </message>
    <message>
        <source>1 state (momentum_buffer)</source>
        <translation>1 state (momentum_buffer)</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>no state</translation>
    </message>
    <message>
        <source> — offloaded to CPU memory</source>
        <translation> — offloaded to CPU memory</translation>
    </message>
    <message>
        <source>{states} × {bytes} bytes</source>
        <translation>{states} × {bytes} bytes</translation>
    </message>
    <message>
        <source> {stack}: no sequence parallelism, so norm and residual activations are whole on each of the {tp} TP ranks.</source>
        <translation> {stack}: no sequence parallelism, so norm and residual activations are whole on each of the {tp} TP ranks.</translation>
    </message>
    <message>
        <source> {stack}: no sequence parallelism (switched off: parallelism.sequence_parallel), so norm and residual activations are whole on each of the {tp} TP ranks.</source>
        <translation> {stack}: no sequence parallelism (switched off: parallelism.sequence_parallel), so norm and residual activations are whole on each of the {tp} TP ranks.</translation>
    </message>
    <message>
        <source> {stack} offloads each checkpointed layer input to CPU memory; one is on the GPU at a time.</source>
        <translation> {stack} offloads each checkpointed layer input to CPU memory; one is on the GPU at a time.</translation>
    </message>
    <message>
        <source> Pipeline rank: first stage ({pp} micro-batches in flight under 1F1B, no logits).</source>
        <translation> Pipeline rank: first stage ({pp} micro-batches in flight under 1F1B, no logits).</translation>
    </message>
    <message>
        <source> Pipeline rank: the first ({v} model chunks of the interleaved schedule, no logits).</source>
        <translation> Pipeline rank: the first ({v} model chunks of the interleaved schedule, no logits).</translation>
    </message>
    <message>
        <source> Pipeline rank: last stage (one micro-batch in flight, with the final norm and the logits).</source>
        <translation> Pipeline rank: last stage (one micro-batch in flight, with the final norm and the logits).</translation>
    </message>
    <message>
        <source> Pipeline rank: the last ({v} model chunks of the interleaved schedule, with the final norm and the logits).</source>
        <translation> Pipeline rank: the last ({v} model chunks of the interleaved schedule, with the final norm and the logits).</translation>
    </message>
    <message>
        <source> torch.compile (per block): the compiled backward keeps only the saved outputs it reads, so the last matmul&apos;s output (w2, added to the residual) is not kept.</source>
        <translation> torch.compile (per block): the compiled backward keeps only the saved outputs it reads, so the last matmul&apos;s output (w2, added to the residual) is not kept.</translation>
    </message>
    <message>
        <source> Selective checkpointing: Megatron&apos;s selective recompute drops only the attention core (seq² scores and softmax).</source>
        <translation> Selective checkpointing: Megatron&apos;s selective recompute drops only the attention core (seq² scores and softmax).</translation>
    </message>
    <message>
        <source> Selective checkpointing: torchtitan&apos;s op-level policy keeps the layer input, every second matmul output and the attention kernel&apos;s outputs, and recomputes the rest.</source>
        <translation> Selective checkpointing: torchtitan&apos;s op-level policy keeps the layer input, every second matmul output and the attention kernel&apos;s outputs, and recomputes the rest.</translation>
    </message>
    <message>
        <source> {stack}: sequence parallel divides the norm and residual activations by TP = {tp} as well.</source>
        <translation> {stack}: sequence parallel divides the norm and residual activations by TP = {tp} as well.</translation>
    </message>
    <message>
        <source> {stack}&apos;s own autograd functions keep less per layer than the transformers modules (fast RMS norm, RoPE in place, LoRA_MLP keeps only its input, gate and up); the recomputed layer&apos;s backward adds DW and matmul_lora&apos;s LoRA term (2 × T × intermediate) beside the layer&apos;s input, output and gradient.</source>
        <translation> {stack}&apos;s own autograd functions keep less per layer than the transformers modules (fast RMS norm, RoPE in place, LoRA_MLP keeps only its input, gate and up); the recomputed layer&apos;s backward adds DW and matmul_lora&apos;s LoRA term (2 × T × intermediate) beside the layer&apos;s input, output and gradient.</translation>
    </message>
    <message>
        <source>of which {params:,} get no gradient ({towers} idle: {inputs})</source>
        <translation>of which {params:,} get no gradient ({towers} idle: {inputs})</translation>
    </message>
    <message>
        <source> This is the worse pipeline rank: the last stage peaks at {peak}.</source>
        <translation> This is the worse pipeline rank: the last stage peaks at {peak}.</translation>
    </message>
    <message>
        <source> This is the worse pipeline rank: the first stage peaks at {peak}.</source>
        <translation> This is the worse pipeline rank: the first stage peaks at {peak}.</translation>
    </message>
    <message>
        <source>planned as training in transformers (runtime hf): {runtime} serves inference only</source>
        <translation>planned as training in transformers (runtime hf): {runtime} serves inference only</translation>
    </message>
    <message>
        <source>--availability must be in (0, 1], not {availability}</source>
        <translation>--availability must be in (0, 1], not {availability}</translation>
    </message>
    <message>
        <source>--deadline-days must be positive, not {days}</source>
        <translation>--deadline-days must be positive, not {days}</translation>
    </message>
    <message>
        <source>--gpus must be at least 1, not {gpus}</source>
        <translation>--gpus must be at least 1, not {gpus}</translation>
    </message>
    <message>
        <source>--jobs-per-year must be positive, not {jobs}</source>
        <translation>--jobs-per-year must be positive, not {jobs}</translation>
    </message>
    <message>
        <source>--known-days must be positive, not {days}</source>
        <translation>--known-days must be positive, not {days}</translation>
    </message>
    <message>
        <source>--known-gpu-hours must be positive, not {hours}</source>
        <translation>--known-gpu-hours must be positive, not {hours}</translation>
    </message>
    <message>
        <source>--mfu must be in (0, 1], not {mfu}</source>
        <translation>--mfu must be in (0, 1], not {mfu}</translation>
    </message>
    <message>
        <source>--params must be positive, not {params}</source>
        <translation>--params must be positive, not {params}</translation>
    </message>
    <message>
        <source>planned with bf16 weights: full training updates every weight, {format} is for inference</source>
        <translation>planned with bf16 weights: full training updates every weight, {format} is for inference</translation>
    </message>
    <message>
        <source>{gpus:,} × {gpu} × {tflops:,.1f} TFLOP/s dense {precision} = {pflops:,.2f} PFLOP/s peak; at {mfu:.0%} MFU {rate:,.2f} PFLOP/s</source>
        <translation>{gpus:,} × {gpu} × {tflops:,.1f} TFLOP/s dense {precision} = {pflops:,.2f} PFLOP/s peak; at {mfu:.0%} MFU {rate:,.2f} PFLOP/s</translation>
    </message>
    <message>
        <source>{gpu_hours:,.0f} GPU-hours × ${price:,.2f} = ${cost:,.0f}</source>
        <translation>{gpu_hours:,.0f} GPU-hours × ${price:,.2f} = ${cost:,.0f}</translation>
    </message>
    <message>
        <source>{cost} (price: {source})</source>
        <translation>{cost} (price: {source})</translation>
    </message>
    <message>
        <source>{flops:.4g} FLOPs / ({days:g} days × 86,400 s × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs → {need:,}</source>
        <translation>{flops:.4g} FLOPs / ({days:g} days × 86,400 s × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs → {need:,}</translation>
    </message>
    <message>
        <source>{flops:.4g} FLOPs / ({days:g} days × 86,400 s × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs → {need:,} (whole groups of tensor × pipeline = {group})</source>
        <translation>{flops:.4g} FLOPs / ({days:g} days × 86,400 s × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs → {need:,} (whole groups of tensor × pipeline = {group})</translation>
    </message>
    <message>
        <source>this layout does not fit in memory ({gpus} × {gpu}); see `sizing fit` for one that does — the time assumes it runs</source>
        <translation>this layout does not fit in memory ({gpus} × {gpu}); see `sizing fit` for one that does — the time assumes it runs</translation>
    </message>
    <message>
        <source>time and GPU-hours scale as 1/MFU: the default MFU (40 % for large models) is where published runs land (Llama 2&apos;s GPU-hours imply 39-43 % on A100, Megatron-LM reports 41-49 % on H100); a run at 30 % or 55 % takes 1.3× longer or shorter. The FLOP count itself is within a few per cent of 6·N·D plus attention.</source>
        <translation>time and GPU-hours scale as 1/MFU: the default MFU (40 % for large models) is where published runs land (Llama 2&apos;s GPU-hours imply 39-43 % on A100, Megatron-LM reports 41-49 % on H100); a run at 30 % or 55 % takes 1.3× longer or shorter. The FLOP count itself is within a few per cent of 6·N·D plus attention.</translation>
    </message>
    <message>
        <source>{mult:g} × {per:.4g} forward FLOPs per audio frame × {samples:.4g} audio frames = {flops:.4g} FLOPs</source>
        <translation>{mult:g} × {per:.4g} forward FLOPs per audio frame × {samples:.4g} audio frames = {flops:.4g} FLOPs</translation>
    </message>
    <message>
        <source>{mult:g} × {per:.4g} forward FLOPs per image × {samples:.4g} images = {flops:.4g} FLOPs</source>
        <translation>{mult:g} × {per:.4g} forward FLOPs per image × {samples:.4g} images = {flops:.4g} FLOPs</translation>
    </message>
    <message>
        <source>{mult:g} × {per:.4g} forward FLOPs per token × {samples:.4g} tokens = {flops:.4g} FLOPs</source>
        <translation>{mult:g} × {per:.4g} forward FLOPs per token × {samples:.4g} tokens = {flops:.4g} FLOPs</translation>
    </message>
    <message>
        <source>{text} ({words})</source>
        <translation>{text} ({words})</translation>
    </message>
    <message>
        <source>2·N per token, N = {params:.4g}; {rule:g}·N·D</source>
        <translation>2·N per token, N = {params:.4g}; {rule:g}·N·D</translation>
    </message>
    <message>
        <source>{flops:.4g} FLOPs / ({hours:,.0f} GPU-hours × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU</source>
        <translation>{flops:.4g} FLOPs / ({hours:,.0f} GPU-hours × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU</translation>
    </message>
    <message>
        <source>{flops:.4g} FLOPs / ({hours:,.0f} GPU-hours × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU (GPU-hours = {days:g} days × 24 × {gpus:,} GPUs)</source>
        <translation>{flops:.4g} FLOPs / ({hours:,.0f} GPU-hours × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU (GPU-hours = {days:g} days × 24 × {gpus:,} GPUs)</translation>
    </message>
    <message>
        <source>{jobs:g} jobs × {flops:.4g} FLOPs / (365.25 days × {availability:.0%} available × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs → {need:,}</source>
        <translation>{jobs:g} jobs × {flops:.4g} FLOPs / (365.25 days × {availability:.0%} available × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs → {need:,}</translation>
    </message>
    <message>
        <source>the data to train on must be more than zero tokens (or images)</source>
        <translation>the data to train on must be more than zero tokens (or images)</translation>
    </message>
    <message>
        <source>no MFU for this scenario</source>
        <translation>no MFU for this scenario</translation>
    </message>
    <message>
        <source>{gpu}: no published dense {precision} peak, so time cannot be planned</source>
        <translation>{gpu}: no published dense {precision} peak, so time cannot be planned</translation>
    </message>
    <message>
        <source>{params:.4g}-parameter model</source>
        <translation>{params:.4g}-parameter model</translation>
    </message>
    <message>
        <source>{flops:.4g} / (10^15 × 86,400) = {pf_days:,.1f} PF-days</source>
        <translation>{flops:.4g} / (10^15 × 86,400) = {pf_days:,.1f} PF-days</translation>
    </message>
    <message>
        <source>{flops:.4g} FLOPs / {rate:.4g} FLOP/s = {secs:,.0f} s = {days:,.2f} days; GPU-hours = {hours:,.1f} h × {gpus:,} = {gpu_hours:,.0f}</source>
        <translation>{flops:.4g} FLOPs / {rate:.4g} FLOP/s = {secs:,.0f} s = {days:,.2f} days; GPU-hours = {hours:,.1f} h × {gpus:,} = {gpu_hours:,.0f}</translation>
    </message>
    <message>
        <source>{words}, with recomputation</source>
        <translation>{words}, with recomputation</translation>
    </message>
    <message>
        <source>{words}; with the towers over each sequence&apos;s images and audio ({share:.1%} of the FLOPs)</source>
        <translation>{words}; with the towers over each sequence&apos;s images and audio ({share:.1%} of the FLOPs)</translation>
    </message>
    <message>
        <source>each layer keeps n more rows of keys and values ({per_layer} a layer)</source>
        <translation>each layer keeps n more rows of keys and values ({per_layer} a layer)</translation>
    </message>
    <message>
        <source>the mask sends SDPA to the memory-efficient kernel, which keeps each layer&apos;s keys and values expanded to all {heads:g} query heads over s + n rows and the mask as a 16-bit bias ({per_layer} a layer)</source>
        <translation>the mask sends SDPA to the memory-efficient kernel, which keeps each layer&apos;s keys and values expanded to all {heads:g} query heads over s + n rows and the mask as a 16-bit bias ({per_layer} a layer)</translation>
    </message>
    <message>
        <source>a .sizing file</source>
        <translation>a .sizing file</translation>
    </message>
    <message>
        <source>content</source>
        <translation>content</translation>
    </message>
    <message>
        <source>{source}: scenarios[{i}]: {problem}</source>
        <translation>{source}: scenarios[{i}]: {problem}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{source}: written by a newer GPU Sizer (schema {version}); this version reads up to {supported}. Update GPU Sizer to open it.</source>
        <translation>{source}: written by a newer GPU Sizer (schema {version}); this version reads up to {supported}. Update GPU Sizer to open it.</translation>
    </message>
    <message>
        <source>{source}: written by a newer GPU Sizer (schema {version}); this version reads up to {supported}; fields it does not know: {fields}. Update GPU Sizer to open it.</source>
        <translation>{source}: written by a newer GPU Sizer (schema {version}); this version reads up to {supported}; fields it does not know: {fields}. Update GPU Sizer to open it.</translation>
    </message>
    <message>
        <source>{source}: no migration from schema {version} to {next} (a GPU Sizer bug)</source>
        <translation>{source}: no migration from schema {version} to {next} (a GPU Sizer bug)</translation>
    </message>
    <message>
        <source>{source}: &apos;scenarios&apos; must be a non-empty list</source>
        <translation>{source}: &apos;scenarios&apos; must be a non-empty list</translation>
    </message>
    <message>
        <source>{source}: schema_version {version} does not exist</source>
        <translation>{source}: schema_version {version} does not exist</translation>
    </message>
    <message>
        <source>{source}: expected a JSON object at the top level</source>
        <translation>{source}: expected a JSON object at the top level</translation>
    </message>
    <message>
        <source>{source}: not a GPU Sizer project (&quot;format&quot; is {found}, expected &quot;{expected}&quot;)</source>
        <translation>{source}: not a GPU Sizer project (&quot;format&quot; is {found}, expected &quot;{expected}&quot;)</translation>
    </message>
    <message>
        <source>{source}: scenarios[{i}]{path}</source>
        <translation>{source}: scenarios[{i}]{path}</translation>
    </message>
    <message>
        <source>{source}: unknown field &apos;{field}&apos; (not part of schema {schema})</source>
        <translation>{source}: unknown field &apos;{field}&apos; (not part of schema {schema})</translation>
    </message>
    <message>
        <source>{source}: &apos;schema_version&apos; must be an integer, not {value}</source>
        <translation>{source}: &apos;schema_version&apos; must be an integer, not {value}</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>Input should be a valid boolean, unable to interpret input</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>Input should be a valid boolean</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation>Input should be a valid dictionary</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation>Input should be {expected}</translation>
    </message>
    <message>
        <source>Extra inputs are not permitted</source>
        <translation>Extra inputs are not permitted</translation>
    </message>
    <message>
        <source>Input should be a finite number</source>
        <translation>Input should be a finite number</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>Input should be a valid number, unable to parse string as a number</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>Input should be a valid number</translation>
    </message>
    <message>
        <source>Input should be greater than {gt}</source>
        <translation>Input should be greater than {gt}</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>Input should be greater than or equal to {ge}</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>Input should be a valid integer, got a number with a fractional part</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>Input should be a valid integer, unable to parse string as an integer</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>Input should be a valid integer</translation>
    </message>
    <message>
        <source>Input should be less than {lt}</source>
        <translation>Input should be less than {lt}</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>Input should be less than or equal to {le}</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>Input should be a valid list</translation>
    </message>
    <message>
        <source>Field required</source>
        <translation>Field required</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>Input should be a valid string</translation>
    </message>
    <message>
        <source>Input should be a valid tuple</source>
        <translation>Input should be a valid tuple</translation>
    </message>
    <message>
        <source>bitsandbytes without load_in_4bit / load_in_8bit</source>
        <translation>bitsandbytes without load_in_4bit / load_in_8bit</translation>
    </message>
    <message>
        <source>compressed-tensors {bits}-bit {kind} weights</source>
        <translation>compressed-tensors {bits}-bit {kind} weights</translation>
    </message>
    <message>
        <source>compressed-tensors int{bits} (group {group}) sized with the GPTQ layout</source>
        <translation>compressed-tensors int{bits} (group {group}) sized with the GPTQ layout</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s quantization_config declares {format}: the default weight format</source>
        <translation>the checkpoint&apos;s quantization_config declares {format}: the default weight format</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s quantization_config declares {format}, keeping {components} in 16-bit: the default weight format</source>
        <translation>the checkpoint&apos;s quantization_config declares {format}, keeping {components} in 16-bit: the default weight format</translation>
    </message>
    <message>
        <source>FP8 weight_block_size {block} sized with the 128×128 block layout</source>
        <translation>FP8 weight_block_size {block} sized with the 128×128 block layout</translation>
    </message>
    <message>
        <source>GPTQ group_size {group} sized with the group-128 layout</source>
        <translation>GPTQ group_size {group} sized with the group-128 layout</translation>
    </message>
    <message>
        <source>quant_method &apos;{method}&apos;</source>
        <translation>quant_method &apos;{method}&apos;</translation>
    </message>
    <message>
        <source>quant_method &apos;{method}&apos;, {bits} bits</source>
        <translation>quant_method &apos;{method}&apos;, {bits} bits</translation>
    </message>
    <message>
        <source>modelopt quant_algo &apos;{algo}&apos;</source>
        <translation>modelopt quant_algo &apos;{algo}&apos;</translation>
    </message>
    <message>
        <source>quantization_config ({what}) is a format this version does not read: the weights are sized in the config&apos;s dtype unless you choose a format</source>
        <translation>quantization_config ({what}) is a format this version does not read: the weights are sized in the config&apos;s dtype unless you choose a format</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Temporary failure in name resolution</source>
        <translation>Temporary failure in name resolution</translation>
    </message>
    <message>
        <source>Name or service not known</source>
        <translation>Name or service not known</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Device or resource busy</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Software caused connection abort</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Connection reset by peer</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Disk quota exceeded</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>File too large</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>No route to host</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Invalid argument</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Input/output error</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Too many levels of symbolic links</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Too many open files</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Network is down</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Network is unreachable</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Cannot allocate memory</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No space left on device</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Not a directory</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Connection timed out</translation>
    </message>
    <message>
        <source>HTTP 401: not authorised (log in with `hf auth login`)</source>
        <translation>HTTP 401: not authorised (log in with `hf auth login`)</translation>
    </message>
    <message>
        <source>HTTP 403: access refused (a gated or private repo, or a token without access)</source>
        <translation>HTTP 403: access refused (a gated or private repo, or a token without access)</translation>
    </message>
    <message>
        <source>HTTP 404: not found</source>
        <translation>HTTP 404: not found</translation>
    </message>
    <message>
        <source>HTTP 407: the proxy asks for authentication (check the proxy settings)</source>
        <translation>HTTP 407: the proxy asks for authentication (check the proxy settings)</translation>
    </message>
    <message>
        <source>HTTP 408: the request timed out; try again</source>
        <translation>HTTP 408: the request timed out; try again</translation>
    </message>
    <message>
        <source>HTTP 429: too many requests; wait a while and try again</source>
        <translation>HTTP 429: too many requests; wait a while and try again</translation>
    </message>
    <message>
        <source>HTTP {status}: the Hub&apos;s server failed; try again later</source>
        <translation>HTTP {status}: the Hub&apos;s server failed; try again later</translation>
    </message>
    <message>
        <source>{reason}: {file}</source>
        <translation>{reason}: {file}</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>{field}: {runtime} does not load bitsandbytes {weights}</source>
        <translation>{field}: {runtime} does not load bitsandbytes {weights}</translation>
    </message>
    <message>
        <source>{field}: {cp} must divide the {dp} data-parallel ranks (gpus / (tp × pp)): context-parallel groups are carved out of data parallelism</source>
        <translation>{field}: {cp} must divide the {dp} data-parallel ranks (gpus / (tp × pp)): context-parallel groups are carved out of data parallelism</translation>
    </message>
    <message>
        <source>{field}: {dp} DP-attention ranks must divide tp = {tp} (SGLang asserts tp_size % dp_size == 0)</source>
        <translation>{field}: {dp} DP-attention ranks must divide tp = {tp} (SGLang asserts tp_size % dp_size == 0)</translation>
    </message>
    <message>
        <source>{field}: {ep} must divide the {dp} data-parallel ranks (gpus / (tp × pp)): expert-parallel groups are carved out of data parallelism</source>
        <translation>{field}: {ep} must divide the {dp} data-parallel ranks (gpus / (tp × pp)): expert-parallel groups are carved out of data parallelism</translation>
    </message>
    <message>
        <source>{field}: {ep} does not divide the {experts} experts</source>
        <translation>{field}: {ep} does not divide the {experts} experts</translation>
    </message>
    <message>
        <source>{field}: {ep} expert-parallel ranks, but this model has no experts</source>
        <translation>{field}: {ep} expert-parallel ranks, but this model has no experts</translation>
    </message>
    <message>
        <source>{field}: {family} is ExLlama&apos;s own format; {runtime} does not load it (serve it with ExLlama / TabbyAPI)</source>
        <translation>{field}: {family} is ExLlama&apos;s own format; {runtime} does not load it (serve it with ExLlama / TabbyAPI)</translation>
    </message>
    <message>
        <source>{field}: full fine-tuning updates every weight and needs a float dtype, not {weights} (use --finetune lora/qlora for a quantized base)</source>
        <translation>{field}: full fine-tuning updates every weight and needs a float dtype, not {weights} (use --finetune lora/qlora for a quantized base)</translation>
    </message>
    <message>
        <source>{field}: {runtime} loads GGUF types, not {weights}</source>
        <translation>{field}: {runtime} loads GGUF types, not {weights}</translation>
    </message>
    <message>
        <source>{field} ({gpus}) must be a multiple of tp × pp ({tp} × {pp} = {product})</source>
        <translation>{field} ({gpus}) must be a multiple of tp × pp ({tp} × {pp} = {product})</translation>
    </message>
    <message>
        <source>{field}: {msg}</source>
        <translation>{field}: {msg}</translation>
    </message>
    <message>
        <source>{field}: LoRA/QLoRA need linear layers in transformer blocks; this model is a CNN (use full)</source>
        <translation>{field}: LoRA/QLoRA need linear layers in transformer blocks; this model is a CNN (use full)</translation>
    </message>
    <message>
        <source>{field} ({output}) cannot exceed {field_context} ({context}), which counts prompt and generated tokens together</source>
        <translation>{field} ({output}) cannot exceed {field_context} ({context}), which counts prompt and generated tokens together</translation>
    </message>
    <message>
        <source>{field}: {pp} stages exceed the model&apos;s {layers} layers</source>
        <translation>{field}: {pp} stages exceed the model&apos;s {layers} layers</translation>
    </message>
    <message>
        <source>{field}: {pp} × {v} model chunks exceed the model&apos;s {layers} layers</source>
        <translation>{field}: {pp} × {v} model chunks exceed the model&apos;s {layers} layers</translation>
    </message>
    <message>
        <source>{field}: prefix tuning and P-tuning are sized for decoder-only language models</source>
        <translation>{field}: prefix tuning and P-tuning are sized for decoder-only language models</translation>
    </message>
    <message>
        <source>{field}: QLoRA keeps the frozen base in 4-bit (nf4), not {weights}</source>
        <translation>{field}: QLoRA keeps the frozen base in 4-bit (nf4), not {weights}</translation>
    </message>
    <message>
        <source>{field}: {runtime} serves inference only; training uses runtime &apos;hf&apos;</source>
        <translation>{field}: {runtime} serves inference only; training uses runtime &apos;hf&apos;</translation>
    </message>
    <message>
        <source>{field}: {tp} does not divide the {heads} attention heads</source>
        <translation>{field}: {tp} does not divide the {heads} attention heads</translation>
    </message>
    <message>
        <source>a config.json</source>
        <translation>a config.json</translation>
    </message>
    <message>
        <source>a safetensors index</source>
        <translation>a safetensors index</translation>
    </message>
    <message>
        <source>{name} has shape {shape}: attention projections must be 2-D and non-empty, so the attention heads cannot be inferred</source>
        <translation>{name} has shape {shape}: attention projections must be 2-D and non-empty, so the attention heads cannot be inferred</translation>
    </message>
    <message>
        <source>{n} shard(s) are links to files that do not exist (an incomplete download?), e.g. {shard} → {target}</source>
        <translation>{n} shard(s) are links to files that do not exist (an incomplete download?), e.g. {shard} → {target}</translation>
    </message>
    <message>
        <source>the stored tensors hold {stored:,} values but the inferred architecture has {expected:,} parameters ({diff:+,}): some tensors were not recognised; the estimate uses the stored bytes</source>
        <translation>the stored tensors hold {stored:,} values but the inferred architecture has {expected:,} parameters ({diff:+,}): some tensors were not recognised; the estimate uses the stored bytes</translation>
    </message>
    <message>
        <source>{where}: unknown dtype {dtype} (safetensors dtypes: {known})</source>
        <translation>{where}: unknown dtype {dtype} (safetensors dtypes: {known})</translation>
    </message>
    <message>
        <source>the 2-D tensors mix dtypes ({mix}); weight format not inferred</source>
        <translation>the 2-D tensors mix dtypes ({mix}); weight format not inferred</translation>
    </message>
    <message>
        <source>the 2-D tensors are {dtype} without a quantization_config; weight format not inferred</source>
        <translation>the 2-D tensors are {dtype} without a quantization_config; weight format not inferred</translation>
    </message>
    <message>
        <source>folder holds no .safetensors files</source>
        <translation>folder holds no .safetensors files</translation>
    </message>
    <message>
        <source>the index&apos;s weight_map lists no tensors</source>
        <translation>the index&apos;s weight_map lists no tensors</translation>
    </message>
    <message>
        <source>{where}: header entry must be an object with dtype, shape, data_offsets</source>
        <translation>{where}: header entry must be an object with dtype, shape, data_offsets</translation>
    </message>
    <message>
        <source>an expert&apos;s up_proj</source>
        <translation>an expert&apos;s up_proj</translation>
    </message>
    <message>
        <source>layer {layer} names expert {n:,}; at most 100,000 are supported</source>
        <translation>layer {layer} names expert {n:,}; at most 100,000 are supported</translation>
    </message>
    <message>
        <source>{n} experts found; experts used per token is not stored in the tensors, assumed {k}</source>
        <translation>{n} experts found; experts used per token is not stored in the tensors, assumed {k}</translation>
    </message>
    <message>
        <source>head_dim is not stored in the tensors; assumed {head_dim} (q_proj width {q} → {heads} heads, k_proj width {k} → {kv} KV heads)</source>
        <translation>head_dim is not stored in the tensors; assumed {head_dim} (q_proj width {q} → {heads} heads, k_proj width {k} → {kv} KV heads)</translation>
    </message>
    <message>
        <source>the head split does not give whole query groups; assumed one KV head per query head</source>
        <translation>the head split does not give whole query groups; assumed one KV head per query head</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>header length field declares {n:,} bytes, over the {limit:,}-byte limit; refused (corrupt or not a safetensors file)</source>
        <translation>header length field declares {n:,} bytes, over the {limit:,}-byte limit; refused (corrupt or not a safetensors file)</translation>
    </message>
    <message>
        <source>header length {n:,} bytes is larger than the file ({size:,} bytes): the file is truncated or not a safetensors file</source>
        <translation>header length {n:,} bytes is larger than the file ({size:,} bytes): the file is truncated or not a safetensors file</translation>
    </message>
    <message>
        <source>header length {n} is too small to hold a JSON object</source>
        <translation>header length {n} is too small to hold a JSON object</translation>
    </message>
    <message>
        <source>header is truncated: read {got:,} of {n:,} bytes</source>
        <translation>header is truncated: read {got:,} of {n:,} bytes</translation>
    </message>
    <message>
        <source>ignored {files} (a second copy or adapter beside the main weights)</source>
        <translation>ignored {files} (a second copy or adapter beside the main weights)</translation>
    </message>
    <message>
        <source>a safetensors index must hold a JSON object</source>
        <translation>a safetensors index must hold a JSON object</translation>
    </message>
    <message>
        <source>no config.json: architecture inferred from the tensor names and shapes as a Llama-style decoder ({norm}, SiLU-gated MLP, rotary positions, no sliding window); max context not stored, assumed 4096</source>
        <translation>no config.json: architecture inferred from the tensor names and shapes as a Llama-style decoder ({norm}, SiLU-gated MLP, rotary positions, no sliding window); max context not stored, assumed 4096</translation>
    </message>
    <message>
        <source>inferred architecture is inconsistent ({loc}: {problem}); put the model&apos;s config.json next to it</source>
        <translation>inferred architecture is inconsistent ({loc}: {problem}); put the model&apos;s config.json next to it</translation>
    </message>
    <message>
        <source>no config.json: architecture inferred from the tensor names and shapes as a Llama-style decoder ({norm}, plain MLP, rotary positions, no sliding window); max context not stored, assumed 4096</source>
        <translation>no config.json: architecture inferred from the tensor names and shapes as a Llama-style decoder ({norm}, plain MLP, rotary positions, no sliding window); max context not stored, assumed 4096</translation>
    </message>
    <message>
        <source>gives an invalid architecture ({loc}: {problem})</source>
        <translation>gives an invalid architecture ({loc}: {problem})</translation>
    </message>
    <message>
        <source>the experts of layer {layer} give an invalid MoE block ({field}: {problem})</source>
        <translation>the experts of layer {layer} give an invalid MoE block ({field}: {problem})</translation>
    </message>
    <message>
        <source>k_proj ({k}) and v_proj ({v}) widths differ; the KV cache uses the k width</source>
        <translation>k_proj ({k}) and v_proj ({v}) widths differ; the KV cache uses the k width</translation>
    </message>
    <message>
        <source>layer indices are not contiguous ({n} layers up to {last}); assumed {layers} layers</source>
        <translation>layer indices are not contiguous ({n} layers up to {last}); assumed {layers} layers</translation>
    </message>
    <message>
        <source>tensor {name} names layer {layer:,} but the file has tensors for {n:,} layer(s); at most {limit:,} layers are supported</source>
        <translation>tensor {name} names layer {layer:,} but the file has tensors for {n:,} layer(s); at most {limit:,} layers are supported</translation>
    </message>
    <message>
        <source>cannot list the folder ({reason})</source>
        <translation>cannot list the folder ({reason})</translation>
    </message>
    <message>
        <source>{name} has shape {shape}; {what} must be 2-D and non-empty</source>
        <translation>{name} has shape {shape}; {what} must be 2-D and non-empty</translation>
    </message>
    <message>
        <source>header &apos;__metadata__&apos; must be an object of strings</source>
        <translation>header &apos;__metadata__&apos; must be an object of strings</translation>
    </message>
    <message>
        <source>an MLP&apos;s up_proj</source>
        <translation>an MLP&apos;s up_proj</translation>
    </message>
    <message>
        <source>no index: summed all {n} .safetensors files in the folder</source>
        <translation>no index: summed all {n} .safetensors files in the folder</translation>
    </message>
    <message>
        <source>no &apos;{prefix}layers.N.*&apos; tensors: cannot infer the layer stack without a config.json</source>
        <translation>no &apos;{prefix}layers.N.*&apos; tensors: cannot infer the layer stack without a config.json</translation>
    </message>
    <message>
        <source>no &apos;{name}&apos;: not a Llama-style checkpoint; put the model&apos;s config.json next to it</source>
        <translation>no &apos;{name}&apos;: not a Llama-style checkpoint; put the model&apos;s config.json next to it</translation>
    </message>
    <message>
        <source>the shards are not here and there is no config.json beside the index: cannot tell the architecture (put the model&apos;s config.json next to it)</source>
        <translation>the shards are not here and there is no config.json beside the index: cannot tell the architecture (put the model&apos;s config.json next to it)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no config.json beside the weights, and the tensor names are not Llama-style (no &apos;*embed_tokens.weight&apos;; first tensors: {sample}); put the model&apos;s config.json next to it</source>
        <translation>no config.json beside the weights, and the tensor names are not Llama-style (no &apos;*embed_tokens.weight&apos;; first tensors: {sample}); put the model&apos;s config.json next to it</translation>
    </message>
    <message>
        <source>header is not a JSON object</source>
        <translation>header is not a JSON object</translation>
    </message>
    <message>
        <source>header is not a JSON object (it must start with &apos;{{&apos;); not a safetensors file</source>
        <translation>header is not a JSON object (it must start with &apos;{{&apos;); not a safetensors file</translation>
    </message>
    <message>
        <source>not a .safetensors file, a safetensors index.json or a folder</source>
        <translation>not a .safetensors file, a safetensors index.json or a folder</translation>
    </message>
    <message>
        <source>header is not UTF-8 text (bad byte at offset {at})</source>
        <translation>header is not UTF-8 text (bad byte at offset {at})</translation>
    </message>
    <message>
        <source>o_proj shape {shape} is not [{h}, {width}]; counted as a standard o_proj</source>
        <translation>o_proj shape {shape} is not [{h}, {width}]; counted as a standard o_proj</translation>
    </message>
    <message>
        <source>{where}: data_offsets must be [begin, end] integers, not {value}</source>
        <translation>{where}: data_offsets must be [begin, end] integers, not {value}</translation>
    </message>
    <message>
        <source>{where}: data_offsets [{begin}, {end}] are not an increasing byte span</source>
        <translation>{where}: data_offsets [{begin}, {end}] are not an increasing byte span</translation>
    </message>
    <message>
        <source>tensors &apos;{a}&apos; and &apos;{b}&apos; overlap in the data section</source>
        <translation>tensors &apos;{a}&apos; and &apos;{b}&apos; overlap in the data section</translation>
    </message>
    <message>
        <source>{where}: {n:,} {dtype} values do not fill whole bytes</source>
        <translation>{where}: {n:,} {dtype} values do not fill whole bytes</translation>
    </message>
    <message>
        <source>{where} ends at byte {end:,} of the data section, but only {size:,} bytes follow the header: the file is truncated</source>
        <translation>{where} ends at byte {end:,} of the data section, but only {size:,} bytes follow the header: the file is truncated</translation>
    </message>
    <message>
        <source>{where}: shape must be a list of at most 16 non-negative integers, not {value}</source>
        <translation>{where}: shape must be a list of at most 16 non-negative integers, not {value}</translation>
    </message>
    <message>
        <source>weight_map names a shard &apos;{name}…&apos; ({n:,} bytes) that is not a valid file name (at most {limit} bytes)</source>
        <translation>weight_map names a shard &apos;{name}…&apos; ({n:,} bytes) that is not a valid file name (at most {limit} bytes)</translation>
    </message>
    <message>
        <source>weight_map names &apos;{name}&apos;, which is not a file name in this folder</source>
        <translation>weight_map names &apos;{name}&apos;, which is not a file name in this folder</translation>
    </message>
    <message>
        <source>{missing} of {shards} shards are not here; stored size {total:,} bytes taken from the index&apos;s metadata.total_size</source>
        <translation>{missing} of {shards} shards are not here; stored size {total:,} bytes taken from the index&apos;s metadata.total_size</translation>
    </message>
    <message>
        <source>{missing} of {shards} shards are not here and the index has no metadata.total_size: stored size unknown</source>
        <translation>{missing} of {shards} shards are not here and the index has no metadata.total_size: stored size unknown</translation>
    </message>
    <message>
        <source>the shared expert&apos;s up_proj</source>
        <translation>the shared expert&apos;s up_proj</translation>
    </message>
    <message>
        <source>only {n} bytes: too short for a safetensors header (8-byte length followed by JSON); the file is truncated or not safetensors</source>
        <translation>only {n} bytes: too short for a safetensors header (8-byte length followed by JSON); the file is truncated or not safetensors</translation>
    </message>
    <message>
        <source>stored size {stored:,} bytes does not match {total:,} parameters in the config&apos;s {format}; weight format not inferred</source>
        <translation>stored size {stored:,} bytes does not match {total:,} parameters in the config&apos;s {format}; weight format not inferred</translation>
    </message>
    <message>
        <source>{where}: data_offsets [{begin:,}, {end:,}] span {span:,} bytes but {dtype} {shape} needs {need:,} bytes</source>
        <translation>{where}: data_offsets [{begin:,}, {end:,}] span {span:,} bytes but {dtype} {shape} needs {need:,} bytes</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos;</source>
        <translation>tensor &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no lm_head.weight: the output layer is assumed tied to the embeddings</source>
        <translation>no lm_head.weight: the output layer is assumed tied to the embeddings</translation>
    </message>
    <message>
        <source>header declares {n:,} tensors; at most {limit:,} are read (real checkpoints have far fewer)</source>
        <translation>header declares {n:,} tensors; at most {limit:,} are read (real checkpoints have far fewer)</translation>
    </message>
    <message>
        <source>the index&apos;s metadata.total_size says {total:,} bytes; the shard headers add up to {stored:,} bytes (used)</source>
        <translation>the index&apos;s metadata.total_size says {total:,} bytes; the shard headers add up to {stored:,} bytes (used)</translation>
    </message>
    <message>
        <source>metadata.total_size {n:,} bytes is out of range (at most {limit:,})</source>
        <translation>metadata.total_size {n:,} bytes is out of range (at most {limit:,})</translation>
    </message>
    <message>
        <source>{n} tensors listed in the index are in no shard header (e.g. &apos;{tensor}&apos;)</source>
        <translation>{n} tensors listed in the index are in no shard header (e.g. &apos;{tensor}&apos;)</translation>
    </message>
    <message>
        <source>&apos;weight_map&apos; must be an object mapping tensor names to shard file names</source>
        <translation>&apos;weight_map&apos; must be an object mapping tensor names to shard file names</translation>
    </message>
    <message>
        <source>&apos;weight_map&apos; lists {n:,} tensors; at most {limit:,} are read</source>
        <translation>&apos;weight_map&apos; lists {n:,} tensors; at most {limit:,} are read</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a scenario field</source>
        <translation>&apos;{path}&apos; is not a scenario field</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}.</translation>
    </message>
    <message>
        <source>--fps must be positive, not {fps}</source>
        <translation>--fps must be positive, not {fps}</translation>
    </message>
    <message>
        <source>--streams must be at least 1, not {streams}</source>
        <translation>--streams must be at least 1, not {streams}</translation>
    </message>
    <message>
        <source>per-stream and card throughput must be positive</source>
        <translation>per-stream and card throughput must be positive</translation>
    </message>
    <message>
        <source>--tpot must be positive, not {tpot}</source>
        <translation>--tpot must be positive, not {tpot}</translation>
    </message>
    <message>
        <source>--ttft must be positive, not {ttft}</source>
        <translation>--ttft must be positive, not {ttft}</translation>
    </message>
    <message>
        <source>--utilisation must be in (0, 1], not {utilisation}</source>
        <translation>--utilisation must be in (0, 1], not {utilisation}</translation>
    </message>
    <message>
        <source>utilisation is the share of the card&apos;s peak the deployed network reaches (measure it, or take the vendor&apos;s benchmark for this network over its peak)</source>
        <translation>utilisation is the share of the card&apos;s peak the deployed network reaches (measure it, or take the vendor&apos;s benchmark for this network over its peak)</translation>
    </message>
    <message>
        <source>{why}; utilisation is the share of the card&apos;s peak the deployed network reaches (measure it, or take the vendor&apos;s benchmark for this network over its peak)</source>
        <translation>{why}; utilisation is the share of the card&apos;s peak the deployed network reaches (measure it, or take the vendor&apos;s benchmark for this network over its peak)</translation>
    </message>
    <message>
        <source>not measured against a published serving benchmark: a plain transformers server has no CUDA graphs or paged attention and runs slower than this roofline (the model gives it vLLM&apos;s fixed step cost, a floor); vLLM&apos;s figures (within 4 % for decode on H100, up to 22 % optimistic at small batches) are the closest. {why}</source>
        <translation>not measured against a published serving benchmark: a plain transformers server has no CUDA graphs or paged attention and runs slower than this roofline (the model gives it vLLM&apos;s fixed step cost, a floor); vLLM&apos;s figures (within 4 % for decode on H100, up to 22 % optimistic at small batches) are the closest. {why}</translation>
    </message>
    <message>
        <source>The model: a decode step reads the weights and the KV cache once at 80 % of the memory bandwidth (llama.cpp F16 on an RTX 4090 implies 0.82), plus the engine&apos;s fixed cost of a step — vLLM and SGLang 1.0 ms (the geometric mean of 0.3 ms published for vLLM 0.23 with Llama-3.1-8B and 3.5 ms for Qwen3-0.6B through an A100 server&apos;s streaming API), and per mixture-of-experts layer 42 µs in vLLM, 82 µs in llama.cpp (Qwen3-30B-A3B on an A100 and an RTX 4090) — plus 2 all-reduces per layer × 23 µs with tensor parallelism (NIM&apos;s TP2 Llama-3.3-70B at one request); prefill is a compute roofline at 78 % of the dense peak.</source>
        <translation>The model: a decode step reads the weights and the KV cache once at 80 % of the memory bandwidth (llama.cpp F16 on an RTX 4090 implies 0.82), plus the engine&apos;s fixed cost of a step — vLLM and SGLang 1.0 ms (the geometric mean of 0.3 ms published for vLLM 0.23 with Llama-3.1-8B and 3.5 ms for Qwen3-0.6B through an A100 server&apos;s streaming API), and per mixture-of-experts layer 42 µs in vLLM, 82 µs in llama.cpp (Qwen3-30B-A3B on an A100 and an RTX 4090) — plus 2 all-reduces per layer × 23 µs with tensor parallelism (NIM&apos;s TP2 Llama-3.3-70B at one request); prefill is a compute roofline at 78 % of the dense peak.</translation>
    </message>
    <message>
        <source>SGLang 0.3.0 at 4 and 8 requests/s (Llama-3.1-8B on an A100, 70B TP4 on H100; ShareGPT lengths): time per output token 13-40 % optimistic (random prefills stall the decode more than their average share). Otherwise as vLLM: {vllm}</source>
        <translation>SGLang 0.3.0 at 4 and 8 requests/s (Llama-3.1-8B on an A100, 70B TP4 on H100; ShareGPT lengths): time per output token 13-40 % optimistic (random prefills stall the decode more than their average share). Otherwise as vLLM: {vllm}</translation>
    </message>
    <message>
        <source>time per output token within −4 to 0 % of NVIDIA NIM 1.8.0&apos;s published Llama-3.3-70B FP8 on 2 × H100 (1-50 concurrent requests, held out) and throughput at that concurrency 0-7 % optimistic; vLLM&apos;s own batch-8 latency on H200 0-20 % optimistic; one request at a time through vLLM&apos;s API 22 % optimistic to 5 % pessimistic (Qwen3-14B on an A100, Qwen3-4B on an RTX 4090). The fixed cost of a step differs tenfold between published setups (0.3 ms for vLLM 0.23, 3.5 ms through an A100 server&apos;s streaming API in mid-2025): for a model under 2 B parameters at one request the time per token can be off by half either way. Time to first token 41-45 % optimistic (request handling, and prefill below 78 % of the peak). Under Poisson arrivals (a request rate, ShareGPT lengths: SGLang&apos;s published vLLM 0.6 and SGLang 0.3 runs at 4 and 8 requests/s) the time per output token is 13-40 % optimistic, the more so the higher the rate: prefills arriving at random stall the decode more than their average share, which is what the model adds. {why}</source>
        <translation>time per output token within −4 to 0 % of NVIDIA NIM 1.8.0&apos;s published Llama-3.3-70B FP8 on 2 × H100 (1-50 concurrent requests, held out) and throughput at that concurrency 0-7 % optimistic; vLLM&apos;s own batch-8 latency on H200 0-20 % optimistic; one request at a time through vLLM&apos;s API 22 % optimistic to 5 % pessimistic (Qwen3-14B on an A100, Qwen3-4B on an RTX 4090). The fixed cost of a step differs tenfold between published setups (0.3 ms for vLLM 0.23, 3.5 ms through an A100 server&apos;s streaming API in mid-2025): for a model under 2 B parameters at one request the time per token can be off by half either way. Time to first token 41-45 % optimistic (request handling, and prefill below 78 % of the peak). Under Poisson arrivals (a request rate, ShareGPT lengths: SGLang&apos;s published vLLM 0.6 and SGLang 0.3 runs at 4 and 8 requests/s) the time per output token is 13-40 % optimistic, the more so the higher the rate: prefills arriving at random stall the decode more than their average share, which is what the model adds. {why}</translation>
    </message>
    <message>
        <source>Ollama runs llama.cpp: {llama_cpp}</source>
        <translation>Ollama runs llama.cpp: {llama_cpp}</translation>
    </message>
    <message>
        <source>KV capacity {cap:,} requests of {context:,} tokens (largest concurrency that fits); batch {b:,} keeps TPOT at {tpot:,.1f} ms{limit}; TTFT {ttft:,.0f} ms for one {prompt:,}-token prompt ({timing}); per replica {b:,} requests / ({ttft:,.0f} ms + {o:,} × {tpot:,.1f} ms) = {rps:,.3g} req/s = {tokens:,.0f} output tokens/s (Little&apos;s law: {latency:,.2f} s per request); replicas = {how} → {replicas:,} × {gpus} GPU = {total:,} GPUs</source>
        <translation>KV capacity {cap:,} requests of {context:,} tokens (largest concurrency that fits); batch {b:,} keeps TPOT at {tpot:,.1f} ms{limit}; TTFT {ttft:,.0f} ms for one {prompt:,}-token prompt ({timing}); per replica {b:,} requests / ({ttft:,.0f} ms + {o:,} × {tpot:,.1f} ms) = {rps:,.3g} req/s = {tokens:,.0f} output tokens/s (Little&apos;s law: {latency:,.2f} s per request); replicas = {how} → {replicas:,} × {gpus} GPU = {total:,} GPUs</translation>
    </message>
    <message>
        <source>⌈{rate:,.3g} req/s ÷ {rps:,.3g} req/s per replica⌉</source>
        <translation>⌈{rate:,.3g} req/s ÷ {rps:,.3g} req/s per replica⌉</translation>
    </message>
    <message>
        <source>{streams:,} streams ÷ {b:,} per replica</source>
        <translation>{streams:,} streams ÷ {b:,} per replica</translation>
    </message>
    <message>
        <source>{gpu}: no published dense int8 or bf16 peak; give the card&apos;s TOPS</source>
        <translation>{gpu}: no published dense int8 or bf16 peak; give the card&apos;s TOPS</translation>
    </message>
    <message>
        <source>{model} does not generate tokens; plan an image or video service with the compute-budget method (--per-stream-tops, or --model with --fps)</source>
        <translation>{model} does not generate tokens; plan an image or video service with the compute-budget method (--per-stream-tops, or --model with --fps)</translation>
    </message>
    <message>
        <source>{model} is not a CNN; give the TOPS one stream needs instead</source>
        <translation>{model} is not a CNN; give the TOPS one stream needs instead</translation>
    </message>
    <message>
        <source>runtime hf: a plain transformers server has no paged KV cache or continuous batching; the batches assume an engine that has them (vLLM, SGLang, TensorRT-LLM)</source>
        <translation>runtime hf: a plain transformers server has no paged KV cache or continuous batching; the batches assume an engine that has them (vLLM, SGLang, TensorRT-LLM)</translation>
    </message>
    <message>
        <source>no tensor-parallel degree up to 8 both fits and meets the targets on this GPU: see each reason</source>
        <translation>no tensor-parallel degree up to 8 both fits and meets the targets on this GPU: see each reason</translation>
    </message>
    <message>
        <source>give exactly one load: requests per second, output tokens per second, or streams</source>
        <translation>give exactly one load: requests per second, output tokens per second, or streams</translation>
    </message>
    <message>
        <source>per stream {gflops:,.3f} GFLOPs per frame (forward, 2 × MACs) × {fps:g} fps</source>
        <translation>per stream {gflops:,.3f} GFLOPs per frame (forward, 2 × MACs) × {fps:g} fps</translation>
    </message>
    <message>
        <source>one request of {context:,} tokens does not fit (short {short:,.2f} GiB)</source>
        <translation>one request of {context:,} tokens does not fit (short {short:,.2f} GiB)</translation>
    </message>
    <message>
        <source>the GPU&apos;s peak or bandwidth is unknown: no timing</source>
        <translation>the GPU&apos;s peak or bandwidth is unknown: no timing</translation>
    </message>
    <message>
        <source>time per output token {tpot:,.1f} ms &gt; target even for one request</source>
        <translation>time per output token {tpot:,.1f} ms &gt; target even for one request</translation>
    </message>
    <message>
        <source>time to first token {ttft:,.0f} ms &gt; target {target:,.0f} ms even alone</source>
        <translation>time to first token {ttft:,.0f} ms &gt; target {target:,.0f} ms even alone</translation>
    </message>
    <message>
        <source>decode step {step:,.2f} ms for {batch:,} requests + {others:,} × {share:,.2f} ms prefill share / {o:,} output tokens = {tpot:,.2f} ms per output token; TTFT {ttft:,.0f} ms alone</source>
        <translation>decode step {step:,.2f} ms for {batch:,} requests + {others:,} × {share:,.2f} ms prefill share / {o:,} output tokens = {tpot:,.2f} ms per output token; TTFT {ttft:,.0f} ms alone</translation>
    </message>
    <message>
        <source> (≤ {target:,.0f} ms)</source>
        <translation> (≤ {target:,.0f} ms)</translation>
    </message>
    <message>
        <source>images/s, all concurrent sequences together (roofline)</source>
        <translation>images/s, all concurrent sequences together (roofline)</translation>
    </message>
    <message>
        <source>images/s at this batch, timed op by op ({bound})</source>
        <translation>images/s at this batch, timed op by op ({bound})</translation>
    </message>
    <message>
        <source>generated tokens/s, all concurrent sequences together (roofline)</source>
        <translation>generated tokens/s, all concurrent sequences together (roofline)</translation>
    </message>
    <message>
        <source>training images/s over all GPUs (MFU {mfu:.0%})</source>
        <translation>training images/s over all GPUs (MFU {mfu:.0%})</translation>
    </message>
    <message>
        <source>training tokens/s over all GPUs (MFU {mfu:.0%})</source>
        <translation>training tokens/s over all GPUs (MFU {mfu:.0%})</translation>
    </message>
    <message>
        <source>Liger Kernel (on Hugging Face)</source>
        <translation>Liger Kernel (on Hugging Face)</translation>
    </message>
    <message>
        <source>Megatron-LM (distributed optimizer)</source>
        <translation>Megatron-LM (distributed optimizer)</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>encoder</translation>
    </message>
    <message>
        <source>bf16/fp16 parameters and gradients, fp32 master weights and Adam states in the optimizer partition (ZeRO paper §3: 2Ψ + 2Ψ + 12Ψ/N_d)</source>
        <translation>bf16/fp16 parameters and gradients, fp32 master weights and Adam states in the optimizer partition (ZeRO paper §3: 2Ψ + 2Ψ + 12Ψ/N_d)</translation>
    </message>
    <message>
        <source>per-parameter sharding over all data-parallel ranks (ZeRO-3 semantics); TP with sequence parallel and loss parallel</source>
        <translation>per-parameter sharding over all data-parallel ranks (ZeRO-3 semantics); TP with sequence parallel and loss parallel</translation>
    </message>
    <message>
        <source>today&apos;s default; with --zero ≥ 1 the DeepSpeed integration&apos;s 16-bit parameters and HF &apos;auto&apos; bucket sizes (h²)</source>
        <translation>today&apos;s default; with --zero ≥ 1 the DeepSpeed integration&apos;s 16-bit parameters and HF &apos;auto&apos; bucket sizes (h²)</translation>
    </message>
    <message>
        <source>Hugging Face Trainer with Liger&apos;s fused linear cross-entropy</source>
        <translation>Hugging Face Trainer with Liger&apos;s fused linear cross-entropy</translation>
    </message>
    <message>
        <source>bf16 parameters, fp32 main_grad buffer, fp32 main parameters and Adam states sharded over DP</source>
        <translation>bf16 parameters, fp32 main_grad buffer, fp32 main parameters and Adam states sharded over DP</translation>
    </message>
    <message>
        <source>chunked cross-entropy; FSDP2 sharding when distributed</source>
        <translation>chunked cross-entropy; FSDP2 sharding when distributed</translation>
    </message>
    <message>
        <source>offloaded checkpointing, Unsloth&apos;s fused LoRA autograd functions and Cut Cross-Entropy</source>
        <translation>offloaded checkpointing, Unsloth&apos;s fused LoRA autograd functions and Cut Cross-Entropy</translation>
    </message>
    <message>
        <source>{seconds:g} s of audio ({clips} clip(s) of up to {clip:g} s, {rate:g} encoder outputs per second, each clip padded to {tokens} soft tokens)</source>
        <translation>{seconds:g} s of audio ({clips} clip(s) of up to {clip:g} s, {rate:g} encoder outputs per second, each clip padded to {tokens} soft tokens)</translation>
    </message>
    <message>
        <source>{images} image(s) of {side} × {side} ({tokens} soft tokens each, timm&apos;s {arch})</source>
        <translation>{images} image(s) of {side} × {side} ({tokens} soft tokens each, timm&apos;s {arch})</translation>
    </message>
    <message>
        <source>no audio</source>
        <translation>no audio</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>no images</translation>
    </message>
    <message>
        <source>no images or audio</source>
        <translation>no images or audio</translation>
    </message>
    <message>
        <source>vision and audio towers</source>
        <translation>vision and audio towers</translation>
    </message>
    <message>
        <source>{seconds:g} s of audio ({clips} chunk(s) of 30 s through Whisper&apos;s encoder, {positions:,} positions each; {tokens} audio tokens per chunk)</source>
        <translation>{seconds:g} s of audio ({clips} chunk(s) of 30 s through Whisper&apos;s encoder, {positions:,} positions each; {tokens} audio tokens per chunk)</translation>
    </message>
    <message>
        <source>distributed optimizer</source>
        <translation>distributed optimizer</translation>
    </message>
    <message>
        <source>{dp} ranks</source>
        <translation>{dp} ranks</translation>
    </message>
    <message>
        <source>{dp} ranks (experts over the {edp} ranks of their expert-data-parallel group)</source>
        <translation>{dp} ranks (experts over the {edp} ranks of their expert-data-parallel group)</translation>
    </message>
    <message>
        <source>Gemma 3n: the activations of AltUp&apos;s parallel residual streams, LAuReL and the per-layer inputs were measured for 16-bit full fine-tuning without checkpointing and for transformers&apos; prefill only; this setup&apos;s are extrapolated from them (the KV cache is exact)</source>
        <translation>Gemma 3n: the activations of AltUp&apos;s parallel residual streams, LAuReL and the per-layer inputs were measured for 16-bit full fine-tuning without checkpointing and for transformers&apos; prefill only; this setup&apos;s are extrapolated from them (the KV cache is exact)</translation>
    </message>
    <message>
        <source>compressed attention without hyper-connections: the two were measured only together (DeepSeek-V4), so this model&apos;s activations are extrapolated</source>
        <translation>compressed attention without hyper-connections: the two were measured only together (DeepSeek-V4), so this model&apos;s activations are extrapolated</translation>
    </message>
    <message>
        <source>DeepSeek-V4: its hyper-connections, compressors and caches were measured for transformers&apos; prefill and 16-bit full fine-tuning on one GPU without checkpointing; this setup&apos;s terms (another runtime&apos;s cache layout and kernels, LoRA, fp32 or mixed precision, checkpointing, sharding) are extrapolated from them</source>
        <translation>DeepSeek-V4: its hyper-connections, compressors and caches were measured for transformers&apos; prefill and 16-bit full fine-tuning on one GPU without checkpointing; this setup&apos;s terms (another runtime&apos;s cache layout and kernels, LoRA, fp32 or mixed precision, checkpointing, sharding) are extrapolated from them</translation>
    </message>
    <message>
        <source>DeepSeek-V4 without its layers&apos; kinds (a scenario saved before they were read): every layer is costed as a sliding-window layer, without the compressed entries and indexer of its CSA and HCA layers; choose the preset or import its config.json again</source>
        <translation>DeepSeek-V4 without its layers&apos; kinds (a scenario saved before they were read): every layer is costed as a sliding-window layer, without the compressed entries and indexer of its CSA and HCA layers; choose the preset or import its config.json again</translation>
    </message>
    <message>
        <source>DeepSeek-V4 with {keys}: its memory terms were measured at the published Flash and Pro configs&apos; values and are extrapolated to these</source>
        <translation>DeepSeek-V4 with {keys}: its memory terms were measured at the published Flash and Pro configs&apos; values and are extrapolated to these</translation>
    </message>
    <message>
        <source>{key} {value} (measured: {measured})</source>
        <translation>{key} {value} (measured: {measured})</translation>
    </message>
    <message>
        <source>LoRA on every linear layer of Gemma 3n: peft&apos;s all-linear also wraps the audio tower&apos;s linear layers, which then keep their inputs for backward; costed as a frozen tower (nothing kept), as when LoRA targets the text model only</source>
        <translation>LoRA on every linear layer of Gemma 3n: peft&apos;s all-linear also wraps the audio tower&apos;s linear layers, which then keep their inputs for backward; costed as a frozen tower (nothing kept), as when LoRA targets the text model only</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; describes a conformer unlike the released Gemma 3n&apos;s, whose activations alone are measured: audio is costed as that one&apos;s</source>
        <translation>&apos;{key}&apos; describes a conformer unlike the released Gemma 3n&apos;s, whose activations alone are measured: audio is costed as that one&apos;s</translation>
    </message>
    <message>
        <source>Gemma 3n&apos;s vision and audio towers: their activations were measured for transformers&apos; 16-bit prefill and for 16-bit training on one GPU without checkpointing; this setup&apos;s are extrapolated from them</source>
        <translation>Gemma 3n&apos;s vision and audio towers: their activations were measured for transformers&apos; 16-bit prefill and for 16-bit training on one GPU without checkpointing; this setup&apos;s are extrapolated from them</translation>
    </message>
    <message>
        <source>&apos;vision_soft_tokens_per_image&apos; is not the 256 (16 × 16) the measured vision tower makes</source>
        <translation>&apos;vision_soft_tokens_per_image&apos; is not the 256 (16 × 16) the measured vision tower makes</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; names timm&apos;s {name}, whose activations are not measured: images are costed as {measured}&apos;s</source>
        <translation>&apos;{key}&apos; names timm&apos;s {name}, whose activations are not measured: images are costed as {measured}&apos;s</translation>
    </message>
    <message>
        <source>speculative decoding with the MTP layers under {runtime}: the draft&apos;s weights and KV cache follow from its shapes and the verification buffer from the engine&apos;s source; only SGLang&apos;s draft footprint at load has been held to published logs, not the pool with and without the draft</source>
        <translation>speculative decoding with the MTP layers under {runtime}: the draft&apos;s weights and KV cache follow from its shapes and the verification buffer from the engine&apos;s source; only SGLang&apos;s draft footprint at load has been held to published logs, not the pool with and without the draft</translation>
    </message>
    <message>
        <source>LoRA with gradient checkpointing: whether transformers&apos; enable_input_require_grads hooks this vision tower ({family}) — sending backward through the frozen tower — is not known; its backward FLOPs and the activations it would keep are not costed</source>
        <translation>LoRA with gradient checkpointing: whether transformers&apos; enable_input_require_grads hooks this vision tower ({family}) — sending backward through the frozen tower — is not known; its backward FLOPs and the activations it would keep are not costed</translation>
    </message>
    <message>
        <source>{seconds:g} s of audio per sequence is not costed: this model has no audio tower that takes it</source>
        <translation>{seconds:g} s of audio per sequence is not costed: this model has no audio tower that takes it</translation>
    </message>
    <message>
        <source>the audio&apos;s {audio:,} soft tokens do not fit in the context of {context:,} tokens: the prompt holds every one of them</source>
        <translation>the audio&apos;s {audio:,} soft tokens do not fit in the context of {context:,} tokens: the prompt holds every one of them</translation>
    </message>
    <message>
        <source>The checkpoint keeps its experts in {dtype} (expert_dtype); they are sized here in the weight format chosen</source>
        <translation>The checkpoint keeps its experts in {dtype} (expert_dtype); they are sized here in the weight format chosen</translation>
    </message>
    <message>
        <source>experts beside a dense MLP in the same layer: their activations are not yet verified</source>
        <translation>experts beside a dense MLP in the same layer: their activations are not yet verified</translation>
    </message>
    <message>
        <source>weights and KV cache exact for the format; allocated peak within 0.6 % (median) and 3.9 % (max) of 36 published GPU measurements, 0.1 % and 1.1 % of 37 PyTorch allocation runs; runtime overhead ±0.5 GiB</source>
        <translation>weights and KV cache exact for the format; allocated peak within 0.6 % (median) and 3.9 % (max) of 36 published GPU measurements, 0.1 % and 1.1 % of 37 PyTorch allocation runs; runtime overhead ±0.5 GiB</translation>
    </message>
    <message>
        <source>{name}: against published measurements (README &apos;Accuracy per training stack&apos;): {accuracy}; modelled from its source and documentation (core/stacks.py). CUDA context and allocator slack are typical values</source>
        <translation>{name}: against published measurements (README &apos;Accuracy per training stack&apos;): {accuracy}; modelled from its source and documentation (core/stacks.py). CUDA context and allocator slack are typical values</translation>
    </message>
    <message>
        <source>allocated tensors: median 0.0 %, max 2.3 % against what PyTorch allocates in 63 MemTracker runs of transformers models (bf16, fp32, mixed precision, LoRA, DoRA, prefix tuning, P-tuning, MoE, checkpointing, eager, sinks, short convolutions, Gated DeltaNet and Mamba-2 hybrids, MLA with DSA, CNNs; README &apos;Accuracy&apos;). CUDA context and allocator slack are typical values (±0.5 GiB). Other training stacks: --stack (deepspeed, fsdp2, megatron, torchtune, liger, unsloth)</source>
        <translation>allocated tensors: median 0.0 %, max 2.3 % against what PyTorch allocates in 63 MemTracker runs of transformers models (bf16, fp32, mixed precision, LoRA, DoRA, prefix tuning, P-tuning, MoE, checkpointing, eager, sinks, short convolutions, Gated DeltaNet and Mamba-2 hybrids, MLA with DSA, CNNs; README &apos;Accuracy&apos;). CUDA context and allocator slack are typical values (±0.5 GiB). Other training stacks: --stack (deepspeed, fsdp2, megatron, torchtune, liger, unsloth)</translation>
    </message>
    <message>
        <source>allocated tensors: a CNN trained in {precision} is not yet held to a measurement; in fp32 it is (4 MemTracker runs of ResNet-50 and VGG-16, within 0.02 %). CUDA context and allocator slack are typical values (±0.5 GiB)</source>
        <translation>allocated tensors: a CNN trained in {precision} is not yet held to a measurement; in fp32 it is (4 MemTracker runs of ResNet-50 and VGG-16, within 0.02 %). CUDA context and allocator slack are typical values (±0.5 GiB)</translation>
    </message>
    <message>
        <source>{speed}; {memory}</source>
        <translation>{speed}; {memory}</translation>
    </message>
    <message>
        <source>time per output token 39 % optimistic to 3 % pessimistic against llama-bench tg128 (RTX 3090 / 4090 F16, Q8_0, Q4_0, an M2 Max and an M2 Ultra, Mixtral 8x7B and Qwen3-30B-A3B among them; median 14 % optimistic on GeForce cards, 17 % on Apple silicon): quantized weights are read well below the bandwidth (dequantization, and about 3 ms of launches per token in the 2023-24 builds measured, which the model does not add for dense models), and a mixture-of-experts model on Apple silicon pays about twice the routing cost per layer fitted on an RTX 4090 (Qwen3-30B-A3B Q8_0 on an M2 Ultra: 31 % optimistic). {why}</source>
        <translation>time per output token 39 % optimistic to 3 % pessimistic against llama-bench tg128 (RTX 3090 / 4090 F16, Q8_0, Q4_0, an M2 Max and an M2 Ultra, Mixtral 8x7B and Qwen3-30B-A3B among them; median 14 % optimistic on GeForce cards, 17 % on Apple silicon): quantized weights are read well below the bandwidth (dequantization, and about 3 ms of launches per token in the 2023-24 builds measured, which the model does not add for dense models), and a mixture-of-experts model on Apple silicon pays about twice the routing cost per layer fitted on an RTX 4090 (Qwen3-30B-A3B Q8_0 on an M2 Ultra: 31 % optimistic). {why}</translation>
    </message>
    <message>
        <source>{layers} layers under {runtime}: their fixed-size state is exact, but their prefill activations are {runtime}&apos;s own kernels&apos;, estimated like an attention layer&apos;s and not measured</source>
        <translation>{layers} layers under {runtime}: their fixed-size state is exact, but their prefill activations are {runtime}&apos;s own kernels&apos;, estimated like an attention layer&apos;s and not measured</translation>
    </message>
    <message>
        <source>full-attention layers with their own shape (head_dim, kv heads, values = keys): the KV cache and attention activations are costed with the other layers&apos; shape, not yet per layer</source>
        <translation>full-attention layers with their own shape (head_dim, kv heads, values = keys): the KV cache and attention activations are costed with the other layers&apos; shape, not yet per layer</translation>
    </message>
    <message>
        <source>hyper-connections without compressed attention: the two were measured only together (DeepSeek-V4), so this model&apos;s activations are extrapolated</source>
        <translation>hyper-connections without compressed attention: the two were measured only together (DeepSeek-V4), so this model&apos;s activations are extrapolated</translation>
    </message>
    <message>
        <source>LoRA with gradient checkpointing: transformers&apos; enable_input_require_grads also hooks this vision tower&apos;s patch embedding ({family}), so backward runs through the frozen tower (its FLOPs are in the time); what it keeps is sized as its checkpointed blocks&apos; inputs, as measured for Pixtral (Mistral Small 3.1) — what the rest of this tower keeps is not measured</source>
        <translation>LoRA with gradient checkpointing: transformers&apos; enable_input_require_grads also hooks this vision tower&apos;s patch embedding ({family}), so backward runs through the frozen tower (its FLOPs are in the time); what it keeps is sized as its checkpointed blocks&apos; inputs, as measured for Pixtral (Mistral Small 3.1) — what the rest of this tower keeps is not measured</translation>
    </message>
    <message>
        <source>the sparse-attention indexer&apos;s prefill scores under {runtime} are not modelled (its key cache is)</source>
        <translation>the sparse-attention indexer&apos;s prefill scores under {runtime} are not modelled (its key cache is)</translation>
    </message>
    <message>
        <source>model_type &apos;nemotron-nas&apos; needs remote code (DeciLM): its per-layer block_configs are read as vLLM&apos;s, SGLang&apos;s and TensorRT-LLM&apos;s DeciLM ports build them (ffn_mult → ⌈2·ffn_mult·h/3⌉ to a multiple of 256), but no checkpoint total was found to hold the count to</source>
        <translation>model_type &apos;nemotron-nas&apos; needs remote code (DeciLM): its per-layer block_configs are read as vLLM&apos;s, SGLang&apos;s and TensorRT-LLM&apos;s DeciLM ports build them (ffn_mult → ⌈2·ffn_mult·h/3⌉ to a multiple of 256), but no checkpoint total was found to hold the count to</translation>
    </message>
    <message>
        <source>vision tower activations: its blocks are costed as a ViT over (image_size / patch_size)² patches per image; its projector (pixel shuffle, patch merge) and native-resolution tiling are not modelled, and the figure is not yet verified against PyTorch allocations</source>
        <translation>vision tower activations: its blocks are costed as a ViT over (image_size / patch_size)² patches per image; its projector (pixel shuffle, patch merge) and native-resolution tiling are not modelled, and the figure is not yet verified against PyTorch allocations</translation>
    </message>
    <message>
        <source>audio tower (Voxtral): Whisper&apos;s encoder over 30-second chunks was measured for Voxtral&apos;s encoder (32 layers of 1,280) in transformers&apos; 16-bit prefill and in 16-bit training on one GPU without checkpointing; this setup&apos;s audio activations are extrapolated from those</source>
        <translation>audio tower (Voxtral): Whisper&apos;s encoder over 30-second chunks was measured for Voxtral&apos;s encoder (32 layers of 1,280) in transformers&apos; 16-bit prefill and in 16-bit training on one GPU without checkpointing; this setup&apos;s audio activations are extrapolated from those</translation>
    </message>
    <message>
        <source>LoRA on every linear layer of Voxtral: peft&apos;s all-linear also wraps the audio encoder&apos;s linear layers, which then keep their inputs for backward; costed as a frozen tower (nothing kept), as when LoRA targets the text model only</source>
        <translation>LoRA on every linear layer of Voxtral: peft&apos;s all-linear also wraps the audio encoder&apos;s linear layers, which then keep their inputs for backward; costed as a frozen tower (nothing kept), as when LoRA targets the text model only</translation>
    </message>
    <message>
        <source>LoRA with gradient checkpointing on a Voxtral-style model: the frozen audio encoder, hooked by transformers&apos; enable_input_require_grads, keeps activations for backward; they were measured for Voxtral&apos;s encoder (32 layers of 1,280) and are scaled to this encoder&apos;s shape</source>
        <translation>LoRA with gradient checkpointing on a Voxtral-style model: the frozen audio encoder, hooked by transformers&apos; enable_input_require_grads, keeps activations for backward; they were measured for Voxtral&apos;s encoder (32 layers of 1,280) and are scaled to this encoder&apos;s shape</translation>
    </message>
    <message>
        <source>&apos;vision_config&apos; with a class token or a pre-norm: not built by this version</source>
        <translation>&apos;vision_config&apos; with a class token or a pre-norm: not built by this version</translation>
    </message>
    <message>
        <source>&apos;text_config.embedding_size&apos; differs from vocab_size: not built</source>
        <translation>&apos;text_config.embedding_size&apos; differs from vocab_size: not built</translation>
    </message>
    <message>
        <source>jina-vlm connector pooling &apos;{pooling}&apos; / projector &apos;{projector}&apos;: only attention_meanq with an mlp projector is built by this version</source>
        <translation>jina-vlm connector pooling &apos;{pooling}&apos; / projector &apos;{projector}&apos;: only attention_meanq with an mlp projector is built by this version</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; leaves no layer keeping its own K/V</source>
        <translation>&apos;{key}&apos; leaves no layer keeping its own K/V</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set: layer scales are not built by this version</source>
        <translation>&apos;{key}&apos; is set: layer scales are not built by this version</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set but the config names no experts</source>
        <translation>&apos;{key}&apos; is set but the config names no experts</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set: that norm is not built by this version</source>
        <translation>&apos;{key}&apos; is set: that norm is not built by this version</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; {kind} is not a norm this version builds</source>
        <translation>&apos;{key}&apos; {kind} is not a norm this version builds</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; sets more than the full-attention layers&apos; head_dim and kv heads</source>
        <translation>&apos;{key}&apos; sets more than the full-attention layers&apos; head_dim and kv heads</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must map layer indices to settings</source>
        <translation>&apos;{key}&apos; must map layer indices to settings</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set: pooling norms are not built by this version</source>
        <translation>&apos;{key}&apos; is set: pooling norms are not built by this version</translation>
    </message>
    <message>
        <source>vision_config.mm_projector_type &apos;{kind}&apos;: not a projector this version builds</source>
        <translation>vision_config.mm_projector_type &apos;{kind}&apos;: not a projector this version builds</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; and &apos;k_lnorm&apos; differ: only both or neither are built</source>
        <translation>&apos;{key}&apos; and &apos;k_lnorm&apos; differ: only both or neither are built</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: q/k norms of another kind than the block&apos;s</source>
        <translation>&apos;{key}&apos;: q/k norms of another kind than the block&apos;s</translation>
    </message>
    <message>
        <source>&apos;vision_config.vit_layers&apos; must list the tower layers whose features are used</source>
        <translation>&apos;vision_config.vit_layers&apos; must list the tower layers whose features are used</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; false: norms without weights are not built</source>
        <translation>&apos;{key}&apos; false: norms without weights are not built</translation>
    </message>
    <message>
        <source>torch.compile and Float8 are modelled under torchtitan&apos;s activation checkpointing; without it the eager blocks&apos; saved activations are counted (compiled blocks fuse elementwise ops and Float8 linears save float8 inputs, so a real run keeps less)</source>
        <translation>torch.compile and Float8 are modelled under torchtitan&apos;s activation checkpointing; without it the eager blocks&apos; saved activations are counted (compiled blocks fuse elementwise ops and Float8 linears save float8 inputs, so a real run keeps less)</translation>
    </message>
    <message>
        <source>torch.compile and Float8 are modelled as torchtitan applies them (--stack fsdp2); ignored for {stack}</source>
        <translation>torch.compile and Float8 are modelled as torchtitan applies them (--stack fsdp2); ignored for {stack}</translation>
    </message>
    <message>
        <source>concurrency applies to inference only; ignored for training</source>
        <translation>concurrency applies to inference only; ignored for training</translation>
    </message>
    <message>
        <source>context {context:,} exceeds the model&apos;s {positions:,}-token maximum position; quality degrades past it</source>
        <translation>context {context:,} exceeds the model&apos;s {positions:,}-token maximum position; quality degrades past it</translation>
    </message>
    <message>
        <source>context parallelism and interleaved pipeline stages apply to training only; ignored for inference</source>
        <translation>context parallelism and interleaved pipeline stages apply to training only; ignored for inference</translation>
    </message>
    <message>
        <source>{stack} has no context parallelism; parallelism.cp is ignored (each rank holds whole sequences)</source>
        <translation>{stack} has no context parallelism; parallelism.cp is ignored (each rank holds whole sequences)</translation>
    </message>
    <message>
        <source>Gated DeltaNet layers: activations as transformers&apos; torch fallback allocates them (measured); with flash-linear-attention installed its CUDA kernel keeps only q, k, v, the gates and a 64-wide matrix per token, and these layers need less</source>
        <translation>Gated DeltaNet layers: activations as transformers&apos; torch fallback allocates them (measured); with flash-linear-attention installed its CUDA kernel keeps only q, k, v, the gates and a 64-wide matrix per token, and these layers need less</translation>
    </message>
    <message>
        <source>n_gpu_layers, num_ctx and parallel apply to llama.cpp and Ollama only; ignored</source>
        <translation>n_gpu_layers, num_ctx and parallel apply to llama.cpp and Ollama only; ignored</translation>
    </message>
    <message>
        <source>{runtime} splits layers across GPUs (like pipeline stages), not tensors; tp treated as pp</source>
        <translation>{runtime} splits layers across GPUs (like pipeline stages), not tensors; tp treated as pp</translation>
    </message>
    <message>
        <source>the images&apos; {images:,} soft tokens do not fit in the context of {context:,} tokens: the prompt holds every one of them</source>
        <translation>the images&apos; {images:,} soft tokens do not fit in the context of {context:,} tokens: the prompt holds every one of them</translation>
    </message>
    <message>
        <source>{images} images per sequence are not costed: this model has no vision tower that takes them</source>
        <translation>{images} images per sequence are not costed: this model has no vision tower that takes them</translation>
    </message>
    <message>
        <source>llama.cpp refuses a quantized V cache without flash attention (-fa); turn it on</source>
        <translation>llama.cpp refuses a quantized V cache without flash attention (-fa); turn it on</translation>
    </message>
    <message>
        <source>Mamba-2 layers: activations as transformers&apos; torch fallback allocates them (measured); with mamba_ssm and causal-conv1d installed the fused kernel keeps its inputs and recomputes the scan, and these layers need less</source>
        <translation>Mamba-2 layers: activations as transformers&apos; torch fallback allocates them (measured); with mamba_ssm and causal-conv1d installed the fused kernel keeps its inputs and recomputes the scan, and these layers need less</translation>
    </message>
    <message>
        <source>speculative decoding with the MTP layers is ignored: {why}</source>
        <translation>speculative decoding with the MTP layers is ignored: {why}</translation>
    </message>
    <message>
        <source>this model declares no multi-token-prediction layers</source>
        <translation>this model declares no multi-token-prediction layers</translation>
    </message>
    <message>
        <source>only vLLM and SGLang serve it here</source>
        <translation>only vLLM and SGLang serve it here</translation>
    </message>
    <message>
        <source>this model&apos;s multi-token-prediction layers have a structure not known here</source>
        <translation>this model&apos;s multi-token-prediction layers have a structure not known here</translation>
    </message>
    <message>
        <source>context {context:,} exceeds Ollama&apos;s default num_ctx {num_ctx:,} on {gpu}: Ollama truncates the prompt to it (set OLLAMA_CONTEXT_LENGTH or num_ctx)</source>
        <translation>context {context:,} exceeds Ollama&apos;s default num_ctx {num_ctx:,} on {gpu}: Ollama truncates the prompt to it (set OLLAMA_CONTEXT_LENGTH or num_ctx)</translation>
    </message>
    <message>
        <source>Ollama applies the {kv} K/V cache type only with flash attention on (OLLAMA_FLASH_ATTENTION=1); without it the cache stays f16</source>
        <translation>Ollama applies the {kv} K/V cache type only with flash attention on (OLLAMA_FLASH_ATTENTION=1); without it the cache stays f16</translation>
    </message>
    <message>
        <source>context {context:,} exceeds Ollama&apos;s num_ctx {num_ctx:,}: Ollama truncates the prompt to num_ctx (raise num_ctx)</source>
        <translation>context {context:,} exceeds Ollama&apos;s num_ctx {num_ctx:,}: Ollama truncates the prompt to num_ctx (raise num_ctx)</translation>
    </message>
    <message>
        <source>Ollama serves {parallel} request(s) at once (OLLAMA_NUM_PARALLEL); the other {waiting:,} wait in its queue, and its memory is sized for the slots</source>
        <translation>Ollama serves {parallel} request(s) at once (OLLAMA_NUM_PARALLEL); the other {waiting:,} wait in its queue, and its memory is sized for the slots</translation>
    </message>
    <message>
        <source>QLoRA with ZeRO-3 needs bnb_4bit_quant_storage set to the compute dtype</source>
        <translation>QLoRA with ZeRO-3 needs bnb_4bit_quant_storage set to the compute dtype</translation>
    </message>
    <message>
        <source>dp_attention and cuda_graph_max_bs apply to SGLang only; ignored</source>
        <translation>dp_attention and cuda_graph_max_bs apply to SGLang only; ignored</translation>
    </message>
    <message>
        <source>mem_fraction_static and chunked_prefill_size apply to SGLang only; ignored</source>
        <translation>mem_fraction_static and chunked_prefill_size apply to SGLang only; ignored</translation>
    </message>
    <message>
        <source>the images&apos; and the audio&apos;s soft tokens ({images:,} + {audio:,}) do not fit in the context of {context:,} tokens: the prompt holds every one of them</source>
        <translation>the images&apos; and the audio&apos;s soft tokens ({images:,} + {audio:,}) do not fit in the context of {context:,} tokens: the prompt holds every one of them</translation>
    </message>
    <message>
        <source>this model soft-caps its attention scores, which transformers&apos; SDPA/flash paths do not support: it runs eager attention, which materializes the seq² scores</source>
        <translation>this model soft-caps its attention scores, which transformers&apos; SDPA/flash paths do not support: it runs eager attention, which materializes the seq² scores</translation>
    </message>
    <message>
        <source>sequence parallelism applies to training only; ignored for inference</source>
        <translation>sequence parallelism applies to training only; ignored for inference</translation>
    </message>
    <message>
        <source>sequence parallelism acts only under tensor parallelism (tp &gt; 1); with tp 1 it is ignored</source>
        <translation>sequence parallelism acts only under tensor parallelism (tp &gt; 1); with tp 1 it is ignored</translation>
    </message>
    <message>
        <source>{stack} has no sequence parallelism; parallelism.sequence_parallel is ignored for this stack</source>
        <translation>{stack} has no sequence parallelism; parallelism.sequence_parallel is ignored for this stack</translation>
    </message>
    <message>
        <source>{stack} shards by itself ({sharding}); --zero {zero} is ignored for this stack</source>
        <translation>{stack} shards by itself ({sharding}); --zero {zero} is ignored for this stack</translation>
    </message>
    <message>
        <source>{stack} with tensor parallelism: activations outside attention and MLP are replicated on every TP rank (no sequence parallelism) and so are the logits</source>
        <translation>{stack} with tensor parallelism: activations outside attention and MLP are replicated on every TP rank (no sequence parallelism) and so are the logits</translation>
    </message>
    <message>
        <source>{stack} with tensor parallelism: activations outside attention and MLP are replicated on every TP rank (no sequence parallelism), the logits stay sharded over the vocabulary</source>
        <translation>{stack} with tensor parallelism: activations outside attention and MLP are replicated on every TP rank (no sequence parallelism), the logits stay sharded over the vocabulary</translation>
    </message>
    <message>
        <source>unverified: {what}</source>
        <translation>unverified: {what}</translation>
    </message>
    <message>
        <source>{gpu}: usable memory derived from the advertised {advertised:g} {unit} (no driver reading on record)</source>
        <translation>{gpu}: usable memory derived from the advertised {advertised:g} {unit} (no driver reading on record)</translation>
    </message>
    <message>
        <source>interleaved pipeline stages need pipeline parallelism (pp &gt; 1); with pp 1 they are ignored</source>
        <translation>interleaved pipeline stages need pipeline parallelism (pp &gt; 1); with pp 1 they are ignored</translation>
    </message>
    <message>
        <source>cuda_context_mib does not apply to vLLM: its measured non-torch memory holds the CUDA context; ignored</source>
        <translation>cuda_context_mib does not apply to vLLM: its measured non-torch memory holds the CUDA context; ignored</translation>
    </message>
    <message>
        <source>ZeRO and optimizer offload apply to training only; ignored for inference</source>
        <translation>ZeRO and optimizer offload apply to training only; ignored for inference</translation>
    </message>
    <message>
        <source>ZeRO-{zero} with a single data-parallel rank shards nothing: it costs communication and saves no memory</source>
        <translation>ZeRO-{zero} with a single data-parallel rank shards nothing: it costs communication and saves no memory</translation>
    </message>
    <message>
        <source>exact bytes of the tensors in the imported file</source>
        <translation>exact bytes of the tensors in the imported file</translation>
    </message>
    <message>
        <source>linear weights in trellises of exactly K bits (average {bits:g}; lm_head {head_bits:g}) plus the fp16 Hadamard sign vectors of each input and output ({effective:.3f} bits for a 4096 × 4096 linear); {kept} stay {compute}</source>
        <translation>linear weights in trellises of exactly K bits (average {bits:g}; lm_head {head_bits:g}) plus the fp16 Hadamard sign vectors of each input and output ({effective:.3f} bits for a 4096 × 4096 linear); {kept} stay {compute}</translation>
    </message>
    <message>
        <source>{bytes:g} bytes each</source>
        <translation>{bytes:g} bytes each</translation>
    </message>
    <message>
        <source> llama.cpp keeps the token-embedding table in CPU memory (it is only looked up), so it is not counted.</source>
        <translation> llama.cpp keeps the token-embedding table in CPU memory (it is only looked up), so it is not counted.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s per-tensor mix for this file type (block sizes and rules from llama.cpp); 1-D tensors stay f32</source>
        <translation>llama.cpp&apos;s per-tensor mix for this file type (block sizes and rules from llama.cpp); 1-D tensors stay f32</translation>
    </message>
    <message>
        <source> The model ties its output layer to the token embeddings, so llama.cpp copies that table to the GPU as the output layer (and keeps another copy in CPU memory for lookups).</source>
        <translation> The model ties its output layer to the token embeddings, so llama.cpp copies that table to the GPU as the output layer (and keeps another copy in CPU memory for lookups).</translation>
    </message>
    <message>
        <source>embeddings, norms</source>
        <translation>embeddings, norms</translation>
    </message>
    <message>
        <source>embeddings, norms and lm_head</source>
        <translation>embeddings, norms and lm_head</translation>
    </message>
    <message>
        <source>{on} of {n} layers on the GPU ({layers}), the output layer in CPU memory (n_gpu_layers ≤ n_layer); the token embedding ({embedding}) stays in CPU memory</source>
        <translation>{on} of {n} layers on the GPU ({layers}), the output layer in CPU memory (n_gpu_layers ≤ n_layer); the token embedding ({embedding}) stays in CPU memory</translation>
    </message>
    <message>
        <source>{on} of {n} layers on the GPU ({layers}), the output layer too ({head}); the token embedding ({embedding}) stays in CPU memory</source>
        <translation>{on} of {n} layers on the GPU ({layers}), the output layer too ({head}); the token embedding ({embedding}) stays in CPU memory</translation>
    </message>
    <message>
        <source>linear weights at {effective:.3f} bits each including scales/zeros; {kept} stay {compute}</source>
        <translation>linear weights at {effective:.3f} bits each including scales/zeros; {kept} stay {compute}</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>LoRA adapters</translation>
    </message>
    <message>
        <source>fp32 master weights</source>
        <translation>fp32 master weights</translation>
    </message>
    <message>
        <source>Dequantized weight (per matmul)</source>
        <translation>Dequantized weight (per matmul)</translation>
    </message>
    <message>
        <source>16-bit weight copies (autocast)</source>
        <translation>16-bit weight copies (autocast)</translation>
    </message>
    <message>
        <source>Logits and loss</source>
        <translation>Logits and loss</translation>
    </message>
    <message>
        <source>Gathered parameters (ZeRO-3/FSDP)</source>
        <translation>Gathered parameters (ZeRO-3/FSDP)</translation>
    </message>
    <message>
        <source>Weights ({format})</source>
        <translation>Weights ({format})</translation>
    </message>
    <message>
        <source>Weights on the GPU ({format})</source>
        <translation>Weights on the GPU ({format})</translation>
    </message>
    <message>
        <source>Weights ({format}, ZeRO-3 shard)</source>
        <translation>Weights ({format}, ZeRO-3 shard)</translation>
    </message>
    <message>
        <source>Weights ({format}, ZeRO-3 shard, offloaded to CPU)</source>
        <translation>Weights ({format}, ZeRO-3 shard, offloaded to CPU)</translation>
    </message>
    <message>
        <source>ZeRO contiguous gradient bucket</source>
        <translation>ZeRO contiguous gradient bucket</translation>
    </message>
    <message>
        <source>ZeRO reduce buckets</source>
        <translation>ZeRO reduce buckets</translation>
    </message>
    <message>
        <source>DDP all-reduce buckets</source>
        <translation>DDP all-reduce buckets</translation>
    </message>
    <message>
        <source>Megatron-Core&apos;s published CI values (activations and loss, 4 rows), median 1.7 %, max 6.0 %</source>
        <translation>Megatron-Core&apos;s published CI values (activations and loss, 4 rows), median 1.7 %, max 6.0 %</translation>
    </message>
    <message>
        <source>torchtune&apos;s published rows (A100, 2 rows: a compiled chunked-loss run, a plain-loss run), median 4.8 %, max 6.0 %</source>
        <translation>torchtune&apos;s published rows (A100, 2 rows: a compiled chunked-loss run, a plain-loss run), median 4.8 %, max 6.0 %</translation>
    </message>
    <message>
        <source> + {n} all-reduces × {us:.0f} µs (tensor parallel)</source>
        <translation> + {n} all-reduces × {us:.0f} µs (tensor parallel)</translation>
    </message>
    <message>
        <source>each step reads the weights on this GPU ({weights_gb:,.2f} GB{towers}{experts}) and the KV cache (≈ {kv_gb:,.2f} GB at the mean context) at {bw_gbs:,.0f} GB/s × {eff:.0%}: {t_mem_ms:,.2f} ms; compute {t_comp_ms:,.2f} ms{ar}{fixed} → {per_seq:,.1f} tokens/s per sequence, {total:,.1f} in total (bandwidth-bound)</source>
        <translation>each step reads the weights on this GPU ({weights_gb:,.2f} GB{towers}{experts}) and the KV cache (≈ {kv_gb:,.2f} GB at the mean context) at {bw_gbs:,.0f} GB/s × {eff:.0%}: {t_mem_ms:,.2f} ms; compute {t_comp_ms:,.2f} ms{ar}{fixed} → {per_seq:,.1f} tokens/s per sequence, {total:,.1f} in total (bandwidth-bound)</translation>
    </message>
    <message>
        <source>each step reads the weights on this GPU ({weights_gb:,.2f} GB{towers}{experts}) and the KV cache (≈ {kv_gb:,.2f} GB at the mean context) at {bw_gbs:,.0f} GB/s × {eff:.0%}: {t_mem_ms:,.2f} ms; compute {t_comp_ms:,.2f} ms{ar}{fixed} → {per_seq:,.1f} tokens/s per sequence, {total:,.1f} in total (compute-bound)</source>
        <translation>each step reads the weights on this GPU ({weights_gb:,.2f} GB{towers}{experts}) and the KV cache (≈ {kv_gb:,.2f} GB at the mean context) at {bw_gbs:,.0f} GB/s × {eff:.0%}: {t_mem_ms:,.2f} ms; compute {t_comp_ms:,.2f} ms{ar}{fixed} → {per_seq:,.1f} tokens/s per sequence, {total:,.1f} in total (compute-bound)</translation>
    </message>
    <message>
        <source>max(compute {flops:.3e} FLOPs / ({tp} × {tflops:,.0f} TFLOP/s × {eff:.0%}), weights {weights_gb:,.2f} GB / bandwidth){ar} = {ms:,.1f} ms for {seqs} × {prompt:,} prompt tokens</source>
        <translation>max(compute {flops:.3e} FLOPs / ({tp} × {tflops:,.0f} TFLOP/s × {eff:.0%}), weights {weights_gb:,.2f} GB / bandwidth){ar} = {ms:,.1f} ms for {seqs} × {prompt:,} prompt tokens</translation>
    </message>
    <message>
        <source> The graphs: {piecewise} piecewise sizes (largest {pw_max}) and {full} full decode sizes (largest {full_max}) at max_num_seqs {seqs}, vLLM&apos;s default on this GPU (&apos;{line}&apos;). Their memory is unverified: roughly {size_gib:.1f} GiB, assuming {per_graph_mib:.1f} MiB per graph (one published capture: Llama-3.2-1B, 0.21 GiB over 35 graphs); held out, 67 graphs of Qwen2.5-7B took 0.51 GiB (this allowance gives 21 % less) and vLLM estimated 1.62 GiB for 86 graphs of a hybrid Qwen3.5 (68 % less). A graph&apos;s memory grows with the size it is captured for (one Llama-3.1-8B graph took 6 MiB at 104 tokens, 26 MiB at 464), and at TP 4 nvidia-smi showed 2.4 GiB more with graphs than without (Yi-34B, 35 graphs, vLLM 0.5.4): over the published logs this allowance is 2 % over to 91 % under.</source>
        <translation> The graphs: {piecewise} piecewise sizes (largest {pw_max}) and {full} full decode sizes (largest {full_max}) at max_num_seqs {seqs}, vLLM&apos;s default on this GPU (&apos;{line}&apos;). Their memory is unverified: roughly {size_gib:.1f} GiB, assuming {per_graph_mib:.1f} MiB per graph (one published capture: Llama-3.2-1B, 0.21 GiB over 35 graphs); held out, 67 graphs of Qwen2.5-7B took 0.51 GiB (this allowance gives 21 % less) and vLLM estimated 1.62 GiB for 86 graphs of a hybrid Qwen3.5 (68 % less). A graph&apos;s memory grows with the size it is captured for (one Llama-3.1-8B graph took 6 MiB at 104 tokens, 26 MiB at 464), and at TP 4 nvidia-smi showed 2.4 GiB more with graphs than without (Yi-34B, 35 graphs, vLLM 0.5.4): over the published logs this allowance is 2 % over to 91 % under.</translation>
    </message>
    <message>
        <source> Eager attention&apos;s fp32 softmax backward then holds the fp32 gradient of its output, the CUDA kernel&apos;s fp32 grad × output temporary and the gradient of its input at once ({per_score} bytes per score) after the layer&apos;s MLP and probabilities are freed: {extra} more.</source>
        <translation> Eager attention&apos;s fp32 softmax backward then holds the fp32 gradient of its output, the CUDA kernel&apos;s fp32 grad × output temporary and the gradient of its input at once ({per_score} bytes per score) after the layer&apos;s MLP and probabilities are freed: {extra} more.</translation>
    </message>
    <message>
        <source>Fused linear cross-entropy ({stack})</source>
        <translation>Fused linear cross-entropy ({stack})</translation>
    </message>
    <message>
        <source>Gradients ({dtype})</source>
        <translation>Gradients ({dtype})</translation>
    </message>
    <message>
        <source>KV cache ({format})</source>
        <translation>KV cache ({format})</translation>
    </message>
    <message>
        <source>Logits and loss (fp32)</source>
        <translation>Logits and loss (fp32)</translation>
    </message>
    <message>
        <source>Logits and loss (fp32, DTensor loss parallel)</source>
        <translation>Logits and loss (fp32, DTensor loss parallel)</translation>
    </message>
    <message>
        <source>Logits and chunked loss ({stack})</source>
        <translation>Logits and chunked loss ({stack})</translation>
    </message>
    <message>
        <source>LoRA adapters (r = {rank}, {dtype})</source>
        <translation>LoRA adapters (r = {rank}, {dtype})</translation>
    </message>
    <message>
        <source>fp32 master weights (offloaded to CPU)</source>
        <translation>fp32 master weights (offloaded to CPU)</translation>
    </message>
    <message>
        <source>Optimizer states ({optimizer})</source>
        <translation>Optimizer states ({optimizer})</translation>
    </message>
    <message>
        <source>Prefill chunk activations (SGLang)</source>
        <translation>Prefill chunk activations (SGLang)</translation>
    </message>
    <message>
        <source>Recurrent state (fixed size)</source>
        <translation>Recurrent state (fixed size)</translation>
    </message>
    <message>
        <source>Recurrent state (SSM)</source>
        <translation>Recurrent state (SSM)</translation>
    </message>
    <message>
        <source>vLLM non-torch memory</source>
        <translation>vLLM non-torch memory</translation>
    </message>
    <message>
        <source>SGLang metadata and communication</source>
        <translation>SGLang metadata and communication</translation>
    </message>
    <message>
        <source>fp32 gradient partition (DeepSpeed step)</source>
        <translation>fp32 gradient partition (DeepSpeed step)</translation>
    </message>
    <message>
        <source>Frozen base weights ({format})</source>
        <translation>Frozen base weights ({format})</translation>
    </message>
    <message>
        <source>Cached in the reduce-scatter stream&apos;s pool (FSDP2)</source>
        <translation>Cached in the reduce-scatter stream&apos;s pool (FSDP2)</translation>
    </message>
    <message>
        <source>Unsharded fp32 gradients across micro-batches (FSDP2 + PP)</source>
        <translation>Unsharded fp32 gradients across micro-batches (FSDP2 + PP)</translation>
    </message>
    <message>
        <source>Reduce-scatter of one layer&apos;s gradients (FSDP2)</source>
        <translation>Reduce-scatter of one layer&apos;s gradients (FSDP2)</translation>
    </message>
    <message>
        <source>Expert-parallel all-to-all buffers</source>
        <translation>Expert-parallel all-to-all buffers</translation>
    </message>
    <message>
        <source>CUDA graphs (SGLang)</source>
        <translation>CUDA graphs (SGLang)</translation>
    </message>
    <message>
        <source>Compute buffer (llama.cpp)</source>
        <translation>Compute buffer (llama.cpp)</translation>
    </message>
    <message>
        <source>MTP draft KV cache</source>
        <translation>MTP draft KV cache</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>forward pass</translation>
    </message>
    <message>
        <source>a block&apos;s backward</source>
        <translation>a block&apos;s backward</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>prefill</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>decode</translation>
    </message>
    <message>
        <source>end of forward</source>
        <translation>end of forward</translation>
    </message>
    <message>
        <source>start of backward</source>
        <translation>start of backward</translation>
    </message>
    <message>
        <source>end of backward</source>
        <translation>end of backward</translation>
    </message>
    <message>
        <source>optimizer step</source>
        <translation>optimizer step</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <source>embeddings</source>
        <translation>embeddings</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>audio tower</source>
        <translation>audio tower</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>norms</source>
        <translation>norms</translation>
    </message>
    <message>
        <source>LM head</source>
        <translation>LM head</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>experts</translation>
    </message>
    <message>
        <source>router</source>
        <translation>router</translation>
    </message>
    <message>
        <source>convolutions</source>
        <translation>convolutions</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>batch norm</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>classifier</translation>
    </message>
    <message>
        <source>compressors</source>
        <translation>compressors</translation>
    </message>
    <message>
        <source>vision encoder</source>
        <translation>vision encoder</translation>
    </message>
    <message>
        <source>state-space layers</source>
        <translation>state-space layers</translation>
    </message>
    <message>
        <source>cross-attention</source>
        <translation>cross-attention</translation>
    </message>
    <message>
        <source>layer scale</source>
        <translation>layer scale</translation>
    </message>
    <message>
        <source>hyper-connections</source>
        <translation>hyper-connections</translation>
    </message>
    <message>
        <source>indexer</source>
        <translation>indexer</translation>
    </message>
    <message>
        <source>layer norm</source>
        <translation>layer norm</translation>
    </message>
    <message>
        <source>linear attention</source>
        <translation>linear attention</translation>
    </message>
    <message>
        <source>Mamba layers</source>
        <translation>Mamba layers</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>pooler</source>
        <translation>pooler</translation>
    </message>
    <message>
        <source>projections</source>
        <translation>projections</translation>
    </message>
    <message>
        <source>shared experts</source>
        <translation>shared experts</translation>
    </message>
    <message>
        <source>short convolutions</source>
        <translation>short convolutions</translation>
    </message>
    <message>
        <source>vision tower</source>
        <translation>vision tower</translation>
    </message>
    <message>
        <source>weights exact for the format; the forward pass&apos;s activations from the layer graph; runtime overhead ±0.5 GiB</source>
        <translation>weights exact for the format; the forward pass&apos;s activations from the layer graph; runtime overhead ±0.5 GiB</translation>
    </message>
    <message>
        <source>Smaller batch</source>
        <translation>Smaller batch</translation>
    </message>
    <message>
        <source>Fewer concurrent requests</source>
        <translation>Fewer concurrent requests</translation>
    </message>
    <message>
        <source>Activation checkpointing</source>
        <translation>Activation checkpointing</translation>
    </message>
    <message>
        <source>Offload to CPU</source>
        <translation>Offload to CPU</translation>
    </message>
    <message>
        <source>More GPUs</source>
        <translation>More GPUs</translation>
    </message>
    <message>
        <source>Quantized KV cache</source>
        <translation>Quantized KV cache</translation>
    </message>
    <message>
        <source>Smaller weight format</source>
        <translation>Smaller weight format</translation>
    </message>
    <message>
        <source>Shorter context</source>
        <translation>Shorter context</translation>
    </message>
    <message>
        <source>Several changes</source>
        <translation>Several changes</translation>
    </message>
    <message>
        <source>fits fully</source>
        <translation>fits fully</translation>
    </message>
    <message>
        <source>fits partially (offload)</source>
        <translation>fits partially (offload)</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>images/s</source>
        <translation>images/s</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>layers split over {0} GPUs (llama.cpp)</source>
        <translation>layers split over {0} GPUs (llama.cpp)</translation>
    </message>
    <message>
        <source>one GPU</source>
        <translation>one GPU</translation>
    </message>
    <message>
        <source> with ZeRO-{0}</source>
        <translation> with ZeRO-{0}</translation>
    </message>
    <message>
        <source>data parallel × {0}</source>
        <translation>data parallel × {0}</translation>
    </message>
    <message>
        <source>tensor parallel × {0}</source>
        <translation>tensor parallel × {0}</translation>
    </message>
    <message>
        <source>pipeline × {0}</source>
        <translation>pipeline × {0}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>one GPU, no parallelism</source>
        <translation>one GPU, no parallelism</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>Exported {0}</translation>
    </message>
    <message>
        <source>Chart image copied</source>
        <translation>Chart image copied</translation>
    </message>
    <message>
        <source>Summary copied as Markdown</source>
        <translation>Summary copied as Markdown</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>VRAM breakdown</source>
        <translation>VRAM breakdown</translation>
    </message>
    <message>
        <source>Memory vs context length (or batch size)</source>
        <translation>Memory vs context length (or batch size)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <source>CSV of the plotted series</source>
        <translation>CSV of the plotted series</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>As on screen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>context length</source>
        <translation>context length</translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation>output tokens</translation>
    </message>
    <message>
        <source>concurrency</source>
        <translation>concurrency</translation>
    </message>
    <message>
        <source>image size</source>
        <translation>image size</translation>
    </message>
    <message>
        <source>gradient accumulation</source>
        <translation>gradient accumulation</translation>
    </message>
    <message>
        <source>training tokens</source>
        <translation>training tokens</translation>
    </message>
    <message>
        <source>images per sequence</source>
        <translation>images per sequence</translation>
    </message>
    <message>
        <source>audio per sequence</source>
        <translation>audio per sequence</translation>
    </message>
    <message>
        <source>target load</source>
        <translation>target load</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>training precision</source>
        <translation>training precision</translation>
    </message>
    <message>
        <source>training stack</source>
        <translation>training stack</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizer</translation>
    </message>
    <message>
        <source>multi-tensor optimizer step</source>
        <translation>multi-tensor optimizer step</translation>
    </message>
    <message>
        <source>adapter dtype</source>
        <translation>adapter dtype</translation>
    </message>
    <message>
        <source>activation checkpointing</source>
        <translation>activation checkpointing</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>fine-tuning</source>
        <translation>fine-tuning</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA rank</translation>
    </message>
    <message>
        <source>LoRA targets</source>
        <translation>LoRA targets</translation>
    </message>
    <message>
        <source>torch.compile</source>
        <translation>torch.compile</translation>
    </message>
    <message>
        <source>Float8 training</source>
        <translation>Float8 training</translation>
    </message>
    <message>
        <source>DoRA</source>
        <translation>DoRA</translation>
    </message>
    <message>
        <source>trainable copies</source>
        <translation>trainable copies</translation>
    </message>
    <message>
        <source>virtual tokens</source>
        <translation>virtual tokens</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU count</translation>
    </message>
    <message>
        <source>ZeRO stage</source>
        <translation>ZeRO stage</translation>
    </message>
    <message>
        <source>tensor parallelism</source>
        <translation>tensor parallelism</translation>
    </message>
    <message>
        <source>pipeline parallelism</source>
        <translation>pipeline parallelism</translation>
    </message>
    <message>
        <source>expert parallelism</source>
        <translation>expert parallelism</translation>
    </message>
    <message>
        <source>context parallelism</source>
        <translation>context parallelism</translation>
    </message>
    <message>
        <source>interleaved pipeline chunks</source>
        <translation>interleaved pipeline chunks</translation>
    </message>
    <message>
        <source>sequence parallelism</source>
        <translation>sequence parallelism</translation>
    </message>
    <message>
        <source>offload</source>
        <translation>offload</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>runtime</translation>
    </message>
    <message>
        <source>scenario name</source>
        <translation>scenario name</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>workload</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precision</translation>
    </message>
    <message>
        <source>training settings</source>
        <translation>training settings</translation>
    </message>
    <message>
        <source>parallelism</source>
        <translation>parallelism</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>vLLM memory fraction</source>
        <translation>vLLM memory fraction</translation>
    </message>
    <message>
        <source>llama.cpp micro-batch</source>
        <translation>llama.cpp micro-batch</translation>
    </message>
    <message>
        <source>llama.cpp flash attention</source>
        <translation>llama.cpp flash attention</translation>
    </message>
    <message>
        <source>vLLM prefill chunk</source>
        <translation>vLLM prefill chunk</translation>
    </message>
    <message>
        <source>SGLang static memory share</source>
        <translation>SGLang static memory share</translation>
    </message>
    <message>
        <source>SGLang prefill chunk</source>
        <translation>SGLang prefill chunk</translation>
    </message>
    <message>
        <source>SGLang DP attention</source>
        <translation>SGLang DP attention</translation>
    </message>
    <message>
        <source>SGLang CUDA-graph batch</source>
        <translation>SGLang CUDA-graph batch</translation>
    </message>
    <message>
        <source>CUDA context</source>
        <translation>CUDA context</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU layers</translation>
    </message>
    <message>
        <source>Ollama context</source>
        <translation>Ollama context</translation>
    </message>
    <message>
        <source>Ollama parallel slots</source>
        <translation>Ollama parallel slots</translation>
    </message>
    <message>
        <source>speculative decoding</source>
        <translation>speculative decoding</translation>
    </message>
    <message>
        <source>draft tokens</source>
        <translation>draft tokens</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>custom GPU</source>
        <translation>custom GPU</translation>
    </message>
    <message>
        <source>price per GPU-hour</source>
        <translation>price per GPU-hour</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>training images</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>pick one from the GPU list</source>
        <translation>pick one from the GPU list</translation>
    </message>
    <message>
        <source>pick one from the model list, or import the model&apos;s config.json</source>
        <translation>pick one from the model list, or import the model&apos;s config.json</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>inference</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>GPU Sizer scenarios (*.sizing);;All files (*)</source>
        <translation>GPU Sizer scenarios (*.sizing);;All files (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them first?</source>
        <translation>“{0}” has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <source>Cannot open “{0}”</source>
        <translation>Cannot open “{0}”</translation>
    </message>
    <message>
        <source>GPU Sizer opens .sizing scenarios and imports config.json, model folders, .safetensors and .gguf files.</source>
        <translation>GPU Sizer opens .sizing scenarios and imports config.json, model folders, .safetensors and .gguf files.</translation>
    </message>
    <message>
        <source>{0}: the file is empty</source>
        <translation>{0}: the file is empty</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} on {1}</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>FitExplorer</name>
    <message>
        <source>The most that fits</source>
        <translation>The most that fits</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Set this GPU count and layout (one undoable edit)</source>
        <translation>Set this GPU count and layout (one undoable edit)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Fits</translation>
    </message>
    <message>
        <source>Per GPU</source>
        <translation>Per GPU</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Cost/h</source>
        <translation>Cost/h</translation>
    </message>
    <message>
        <source>Weight format</source>
        <translation>Weight format</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bits/weight</translation>
    </message>
    <message>
        <source>On this GPU</source>
        <translation>On this GPU</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Weight formats</source>
        <translation>Weight formats</translation>
    </message>
    <message>
        <source>Use the selected row</source>
        <translation>Use the selected row</translation>
    </message>
    <message>
        <source>Or double-click a row. One undoable edit.</source>
        <translation>Or double-click a row. One undoable edit.</translation>
    </message>
    <message>
        <source>Double-click a row to use it; click a column header to sort.</source>
        <translation>Double-click a row to use it; click a column header to sort.</translation>
    </message>
    <message>
        <source>Computing what fits…</source>
        <translation>Computing what fits…</translation>
    </message>
    <message>
        <source>No answer for this scenario: {0}</source>
        <translation>No answer for this scenario: {0}</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>fits</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>does not fit</translation>
    </message>
    <message>
        <source>{0} on {1} × {2}: {3} ({4} of {5} per GPU).</source>
        <translation>{0} on {1} × {2}: {3} ({4} of {5} per GPU).</translation>
    </message>
    <message>
        <source>none — not even the {0} {1} fit</source>
        <translation>none — not even the {0} {1} fit</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>Largest context</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} tokens</translation>
    </message>
    <message>
        <source>, of which {0} {1} ({2} for text)</source>
        <translation>, of which {0} {1} ({2} for text)</translation>
    </message>
    <message>
        <source>{0} images</source>
        <translation>{0} images</translation>
    </message>
    <message>
        <source>{0} sequences</source>
        <translation>{0} sequences</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Largest batch</translation>
    </message>
    <message>
        <source>Most concurrent requests</source>
        <translation>Most concurrent requests</translation>
    </message>
    <message>
        <source>{0} requests</source>
        <translation>{0} requests</translation>
    </message>
    <message>
        <source>{0} × {1} ({2}): {3} per GPU, headroom {4}</source>
        <translation>{0} × {1} ({2}): {3} per GPU, headroom {4}</translation>
    </message>
    <message>
        <source>none up to {0} GPUs</source>
        <translation>none up to {0} GPUs</translation>
    </message>
    <message>
        <source>Fewest GPUs</source>
        <translation>Fewest GPUs</translation>
    </message>
    <message>
        <source>none fits</source>
        <translation>none fits</translation>
    </message>
    <message>
        <source>Speed ({0})</source>
        <translation>Speed ({0})</translation>
    </message>
    <message>
        <source>✔ fits</source>
        <translation>✔ fits</translation>
    </message>
    <message>
        <source>✖ no</source>
        <translation>✖ no</translation>
    </message>
    <message>
        <source>{0} per GPU-hour; source: {1}</source>
        <translation>{0} per GPU-hour; source: {1}</translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>Use {0}</translation>
    </message>
    <message>
        <source>Use weight format {0}</source>
        <translation>Use weight format {0}</translation>
    </message>
    <message>
        <source>Use {0} GPUs</source>
        <translation>Use {0} GPUs</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{0} ms</source>
        <translation>{0} ms</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>{0} ({1} bytes)</source>
        <translation>{0} ({1} bytes)</translation>
    </message>
</context>
<context>
    <name>GpuFlopsDialog</name>
    <message>
        <source>GPU FLOP/s from cores × clock</source>
        <translation>GPU FLOP/s from cores × clock</translation>
    </message>
</context>
<context>
    <name>GpuFlopsFields</name>
    <message>
        <source>Shader / CUDA cores (stream processors) of the whole GPU</source>
        <translation>Shader / CUDA cores (stream processors) of the whole GPU</translation>
    </message>
    <message>
        <source>Boost clock</source>
        <translation>Boost clock</translation>
    </message>
    <message>
        <source>FLOPs per core per clock: 2 for one fused multiply-add (a·b + c); tensor cores do far more</source>
        <translation>FLOPs per core per clock: 2 for one fused multiply-add (a·b + c); tensor cores do far more</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>FLOPs per core per cycle</source>
        <translation>FLOPs per core per cycle</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>{0} TFLOP/s</source>
        <translation>{0} TFLOP/s</translation>
    </message>
    <message>
        <source>Peak FLOP/s</source>
        <translation>Peak FLOP/s</translation>
    </message>
</context>
<context>
    <name>GpuPicker</name>
    <message>
        <source>data centre</source>
        <translation>data centre</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>workstation</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>consumer</translation>
    </message>
    <message>
        <source>Apple silicon</source>
        <translation>Apple silicon</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>{0} bytes usable</source>
        <translation>{0} bytes usable</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation> (derived)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Search {0} GPUs…</source>
        <translation>Search {0} GPUs…</translation>
    </message>
    <message>
        <source>GPUs in total (data × tensor × pipeline parallel)</source>
        <translation>GPUs in total (data × tensor × pipeline parallel)</translation>
    </message>
    <message>
        <source>Custom GPU…</source>
        <translation>Custom GPU…</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Change GPU to {0}</source>
        <translation>Change GPU to {0}</translation>
    </message>
    <message>
        <source>Use a custom GPU</source>
        <translation>Use a custom GPU</translation>
    </message>
    <message>
        <source> (derived from the advertised size)</source>
        <translation> (derived from the advertised size)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}, {2} usable{3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}, {2} usable{3}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Size a model in a minute&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Model&lt;/b&gt;: search the presets (“llama 8b”), or Import… a config.json, a model folder, a .safetensors or .gguf file, or fetch a config with “From Hub…”.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GPU&lt;/b&gt;: search the catalogue (“4090”), set how many, or describe one with “Custom GPU…”.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Workload&lt;/b&gt;: inference or training, batch, context length; type a number and press Enter (or Tab): each value you enter is one step in Edit ▸ Undo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Precision&lt;/b&gt;: how the weights and the KV cache are stored; for training the optimizer, LoRA or QLoRA, gradient checkpointing.&lt;/li&gt;&lt;li&gt;Read the &lt;b&gt;answer&lt;/b&gt; at the top right: whether it fits, the headroom, the largest context or batch that fits, the speed.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Charts&lt;/h3&gt;&lt;p&gt;The breakdown shows where the memory goes at the peak; the second chart shows memory against the context length (or the batch size). Rest the pointer on a bar or a curve to see the formula and its inputs. Right-click a chart to export it or copy it.&lt;/p&gt;&lt;h3&gt;Files&lt;/h3&gt;&lt;p&gt;File ▸ Save keeps the scenario in a .sizing file; drop a .sizing or a model file on the window to open it. Edit ▸ Copy summary puts a Markdown summary on the clipboard.&lt;/p&gt;&lt;h3&gt;How exact?&lt;/h3&gt;&lt;p&gt;Weights and the KV cache are counted exactly for their format; activations, framework overheads and speed are estimates, and the answer&apos;s last line says how far off they were measured to be; the Accuracy tab lists each measurement the estimates are held to and how far off they are. The same figures come from the command line: &lt;code&gt;sizing --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Size a model in a minute&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Model&lt;/b&gt;: search the presets (“llama 8b”), or Import… a config.json, a model folder, a .safetensors or .gguf file, or fetch a config with “From Hub…”.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GPU&lt;/b&gt;: search the catalogue (“4090”), set how many, or describe one with “Custom GPU…”.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Workload&lt;/b&gt;: inference or training, batch, context length; type a number and press Enter (or Tab): each value you enter is one step in Edit ▸ Undo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Precision&lt;/b&gt;: how the weights and the KV cache are stored; for training the optimizer, LoRA or QLoRA, gradient checkpointing.&lt;/li&gt;&lt;li&gt;Read the &lt;b&gt;answer&lt;/b&gt; at the top right: whether it fits, the headroom, the largest context or batch that fits, the speed.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Charts&lt;/h3&gt;&lt;p&gt;The breakdown shows where the memory goes at the peak; the second chart shows memory against the context length (or the batch size). Rest the pointer on a bar or a curve to see the formula and its inputs. Right-click a chart to export it or copy it.&lt;/p&gt;&lt;h3&gt;Files&lt;/h3&gt;&lt;p&gt;File ▸ Save keeps the scenario in a .sizing file; drop a .sizing or a model file on the window to open it. Edit ▸ Copy summary puts a Markdown summary on the clipboard.&lt;/p&gt;&lt;h3&gt;How exact?&lt;/h3&gt;&lt;p&gt;Weights and the KV cache are counted exactly for their format; activations, framework overheads and speed are estimates, and the answer&apos;s last line says how far off they were measured to be; the Accuracy tab lists each measurement the estimates are held to and how far off they are. The same figures come from the command line: &lt;code&gt;sizing --help&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Memory estimates against measurements: PyTorch&apos;s own allocations (MemTracker runs) and published GPU measurements. Each row is one reference; the errors are the estimate&apos;s distance from the measured value. From the project&apos;s source code, &lt;code&gt;python -m bench.accuracy&lt;/code&gt; prints every case (the installed app has no command for it).</source>
        <translation>Memory estimates against measurements: PyTorch&apos;s own allocations (MemTracker runs) and published GPU measurements. Each row is one reference; the errors are the estimate&apos;s distance from the measured value. From the project&apos;s source code, &lt;code&gt;python -m bench.accuracy&lt;/code&gt; prints every case (the installed app has no command for it).</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Median abs. error</source>
        <translation>Median abs. error</translation>
    </message>
    <message>
        <source>Max abs. error</source>
        <translation>Max abs. error</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import model</source>
        <translation>Import model</translation>
    </message>
    <message>
        <source>Model files (*.json *.gguf *.safetensors);;All files (*)</source>
        <translation>Model files (*.json *.gguf *.safetensors);;All files (*)</translation>
    </message>
    <message>
        <source>Import model folder</source>
        <translation>Import model folder</translation>
    </message>
    <message>
        <source>From Hub</source>
        <translation>From Hub</translation>
    </message>
    <message>
        <source>Hugging Face model id (organisation/name):</source>
        <translation>Hugging Face model id (organisation/name):</translation>
    </message>
    <message>
        <source>Fetching {0} from the Hugging Face Hub…</source>
        <translation>Fetching {0} from the Hugging Face Hub…</translation>
    </message>
    <message>
        <source>Model from the Hub</source>
        <translation>Model from the Hub</translation>
    </message>
    <message>
        <source>The Hugging Face Hub did not answer within {0} s. Check the network connection (or a proxy), then try again; a model already in the local Hugging Face cache can be imported from its folder with File ▸ Import model folder.</source>
        <translation>The Hugging Face Hub did not answer within {0} s. Check the network connection (or a proxy), then try again; a model already in the local Hugging Face cache can be imported from its folder with File ▸ Import model folder.</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing model</source>
        <translation>Importing model</translation>
    </message>
    <message>
        <source>Cannot import the model</source>
        <translation>Cannot import the model</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <source>convolution</source>
        <translation>convolution</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>batch norm</translation>
    </message>
    <message>
        <source>max pool</source>
        <translation>max pool</translation>
    </message>
    <message>
        <source>average pool</source>
        <translation>average pool</translation>
    </message>
    <message>
        <source>adaptive average pool</source>
        <translation>adaptive average pool</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>add (residual)</source>
        <translation>add (residual)</translation>
    </message>
    <message>
        <source>concatenate</source>
        <translation>concatenate</translation>
    </message>
    <message>
        <source>flatten</source>
        <translation>flatten</translation>
    </message>
    <message>
        <source>multiply</source>
        <translation>multiply</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>split</source>
        <translation>split</translation>
    </message>
    <message>
        <source>channel shuffle</source>
        <translation>channel shuffle</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>space to depth</source>
        <translation>space to depth</translation>
    </message>
    <message>
        <source>patch embedding</source>
        <translation>patch embedding</translation>
    </message>
    <message>
        <source>encoder block</source>
        <translation>encoder block</translation>
    </message>
    <message>
        <source>classifier head</source>
        <translation>classifier head</translation>
    </message>
</context>
<context>
    <name>LayerTableDialog</name>
    <message>
        <source>Layer table</source>
        <translation>Layer table</translation>
    </message>
    <message>
        <source>Element type of the activations (bytes per stored value)</source>
        <translation>Element type of the activations (bytes per stored value)</translation>
    </message>
    <message>
        <source>as in the scenario, or e.g. 224x320</source>
        <translation>as in the scenario, or e.g. 224x320</translation>
    </message>
    <message>
        <source>Input side in pixels, or height × width for a rectangular image</source>
        <translation>Input side in pixels, or height × width for a rectangular image</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Input size</translation>
    </message>
    <message>
        <source>Activations in</source>
        <translation>Activations in</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Output (C×H×W)</source>
        <translation>Output (C×H×W)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Copy as CSV</translation>
    </message>
    <message>
        <source>Every row and the totals, plain integers, for a spreadsheet</source>
        <translation>Every row and the totals, plain integers, for a spreadsheet</translation>
    </message>
    <message>
        <source>{0}: {1}×{2} px, batch {3}</source>
        <translation>{0}: {1}×{2} px, batch {3}</translation>
    </message>
    <message>
        <source>{0} parameters, {1} MACs = {2} FLOPs, activations {3}</source>
        <translation>{0} parameters, {1} MACs = {2} FLOPs, activations {3}</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>What fits</source>
        <translation>What fits</translation>
    </message>
    <message>
        <source>The largest context and batch, the fewest GPUs, every GPU and weight format, ways to fit</source>
        <translation>The largest context and batch, the fewest GPUs, every GPU and weight format, ways to fit</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>The document&apos;s scenarios side by side: totals, components, fit, and their memory curves</source>
        <translation>The document&apos;s scenarios side by side: totals, components, fit, and their memory curves</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Import model file…</source>
        <translation>&amp;Import model file…</translation>
    </message>
    <message>
        <source>Import model &amp;folder…</source>
        <translation>Import model &amp;folder…</translation>
    </message>
    <message>
        <source>Model from &amp;Hub…</source>
        <translation>Model from &amp;Hub…</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Export chart…</translation>
    </message>
    <message>
        <source>Export &amp;comparison…</source>
        <translation>Export &amp;comparison…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Copy summary (Markdown)</source>
        <translation>&amp;Copy summary (Markdown)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;What fits (fit explorer)</source>
        <translation>&amp;What fits (fit explorer)</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios</source>
        <translation>&amp;Compare scenarios</translation>
    </message>
    <message>
        <source>&amp;Next scenario</source>
        <translation>&amp;Next scenario</translation>
    </message>
    <message>
        <source>&amp;Previous scenario</source>
        <translation>&amp;Previous scenario</translation>
    </message>
    <message>
        <source>&amp;Add scenario (a copy of this one)</source>
        <translation>&amp;Add scenario (a copy of this one)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About GPU Sizer</source>
        <translation>&amp;About GPU Sizer</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>About GPU Sizer</source>
        <translation>About GPU Sizer</translation>
    </message>
    <message>
        <source>&lt;b&gt;GPU Sizer {0}&lt;/b&gt;&lt;p&gt;What GPU memory, compute and time a deep-learning model needs.&lt;/p&gt;&lt;p&gt;Every figure&apos;s tooltip shows its formula and inputs. Help ▸ User guide shows how to use it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;GPU Sizer {0}&lt;/b&gt;&lt;p&gt;What GPU memory, compute and time a deep-learning model needs.&lt;/p&gt;&lt;p&gt;Every figure&apos;s tooltip shows its formula and inputs. Help ▸ User guide shows how to use it.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>image and audio tokens</source>
        <translation>image and audio tokens</translation>
    </message>
    <message>
        <source>audio tokens</source>
        <translation>audio tokens</translation>
    </message>
    <message>
        <source>image tokens</source>
        <translation>image tokens</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>vision</source>
        <translation>vision</translation>
    </message>
    <message>
        <source>vision-language</source>
        <translation>vision-language</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>encoder</translation>
    </message>
    <message>
        <source>encoder-decoder</source>
        <translation>encoder-decoder</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>speech</translation>
    </message>
    <message>
        <source>state-space</source>
        <translation>state-space</translation>
    </message>
    <message>
        <source>{0} parameters</source>
        <translation>{0} parameters</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Search {0} models…</source>
        <translation>Search {0} models…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>A config.json, a model folder, a .safetensors or a .gguf file</source>
        <translation>A config.json, a model folder, a .safetensors or a .gguf file</translation>
    </message>
    <message>
        <source>From Hub…</source>
        <translation>From Hub…</translation>
    </message>
    <message>
        <source>A Hugging Face model id such as meta-llama/Llama-3.1-8B</source>
        <translation>A Hugging Face model id such as meta-llama/Llama-3.1-8B</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>preset</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source> · up to {0} tokens</source>
        <translation> · up to {0} tokens</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parameters</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <source>FP16</source>
        <translation>FP16</translation>
    </message>
    <message>
        <source>FP8 (E4M3, per-tensor scale)</source>
        <translation>FP8 (E4M3, per-tensor scale)</translation>
    </message>
    <message>
        <source>INT8 (bitsandbytes LLM.int8)</source>
        <translation>INT8 (bitsandbytes LLM.int8)</translation>
    </message>
    <message>
        <source>NF4 (bitsandbytes, double quantization)</source>
        <translation>NF4 (bitsandbytes, double quantization)</translation>
    </message>
    <message>
        <source>NF4 (bitsandbytes, no double quantization)</source>
        <translation>NF4 (bitsandbytes, no double quantization)</translation>
    </message>
    <message>
        <source>FP4 (bitsandbytes load_in_4bit default)</source>
        <translation>FP4 (bitsandbytes load_in_4bit default)</translation>
    </message>
    <message>
        <source>INT4 (GPTQ/AWQ layout, group 128)</source>
        <translation>INT4 (GPTQ/AWQ layout, group 128)</translation>
    </message>
    <message>
        <source>GPTQ INT4 (group 128, act-order index)</source>
        <translation>GPTQ INT4 (group 128, act-order index)</translation>
    </message>
    <message>
        <source>GPTQ INT8 (group 128)</source>
        <translation>GPTQ INT8 (group 128)</translation>
    </message>
    <message>
        <source>AWQ INT4 (group 128)</source>
        <translation>AWQ INT4 (group 128)</translation>
    </message>
    <message>
        <source>EXL2 4.0 bpw</source>
        <translation>EXL2 4.0 bpw</translation>
    </message>
    <message>
        <source>EXL2 5.0 bpw</source>
        <translation>EXL2 5.0 bpw</translation>
    </message>
    <message>
        <source>EXL2 6.0 bpw</source>
        <translation>EXL2 6.0 bpw</translation>
    </message>
    <message>
        <source>EXL2 8.0 bpw</source>
        <translation>EXL2 8.0 bpw</translation>
    </message>
    <message>
        <source>EXL3 2.0 bpw</source>
        <translation>EXL3 2.0 bpw</translation>
    </message>
    <message>
        <source>EXL3 3.0 bpw</source>
        <translation>EXL3 3.0 bpw</translation>
    </message>
    <message>
        <source>EXL3 4.0 bpw</source>
        <translation>EXL3 4.0 bpw</translation>
    </message>
    <message>
        <source>EXL3 5.0 bpw</source>
        <translation>EXL3 5.0 bpw</translation>
    </message>
    <message>
        <source>EXL3 6.0 bpw</source>
        <translation>EXL3 6.0 bpw</translation>
    </message>
    <message>
        <source>EXL3 8.0 bpw</source>
        <translation>EXL3 8.0 bpw</translation>
    </message>
    <message>
        <source>FP8 (E4M3, 128×128 block scales)</source>
        <translation>FP8 (E4M3, 128×128 block scales)</translation>
    </message>
    <message>
        <source>MXFP4 (experts only, E2M1 + E8M0 scale per 32)</source>
        <translation>MXFP4 (experts only, E2M1 + E8M0 scale per 32)</translation>
    </message>
    <message>
        <source>NVFP4 (E2M1 + FP8 scale per 16)</source>
        <translation>NVFP4 (E2M1 + FP8 scale per 16)</translation>
    </message>
    <message>
        <source>INT4 (group 32, compressed-tensors pack-quantized)</source>
        <translation>INT4 (group 32, compressed-tensors pack-quantized)</translation>
    </message>
    <message>
        <source>Hugging Face Trainer / accelerate</source>
        <translation>Hugging Face Trainer / accelerate</translation>
    </message>
    <message>
        <source>DeepSpeed ZeRO</source>
        <translation>DeepSpeed ZeRO</translation>
    </message>
    <message>
        <source>PyTorch FSDP2 (torchtitan)</source>
        <translation>PyTorch FSDP2 (torchtitan)</translation>
    </message>
    <message>
        <source>torchtune</source>
        <translation>torchtune</translation>
    </message>
    <message>
        <source>Unsloth</source>
        <translation>Unsloth</translation>
    </message>
    <message>
        <source>1B, vision</source>
        <translation>1B, vision</translation>
    </message>
    <message>
        <source>2.5B, SigLIP-style vision, attention-pooling connector</source>
        <translation>2.5B, SigLIP-style vision, attention-pooling connector</translation>
    </message>
    <message>
        <source>2503, Pixtral vision</source>
        <translation>2503, Pixtral vision</translation>
    </message>
    <message>
        <source>2507, Whisper-style audio encoder</source>
        <translation>2507, Whisper-style audio encoder</translation>
    </message>
    <message>
        <source>2512, Pixtral vision</source>
        <translation>2512, Pixtral vision</translation>
    </message>
    <message>
        <source>910B1-B4 family</source>
        <translation>910B1-B4 family</translation>
    </message>
    <message>
        <source>HGX, per GPU</source>
        <translation>HGX, per GPU</translation>
    </message>
    <message>
        <source>HGX/DGX, per GPU</source>
        <translation>HGX/DGX, per GPU</translation>
    </message>
    <message>
        <source>ImageNet-21k, no classifier</source>
        <translation>ImageNet-21k, no classifier</translation>
    </message>
    <message>
        <source>InternViT-300M, Qwen3 text</source>
        <translation>InternViT-300M, Qwen3 text</translation>
    </message>
    <message>
        <source>Mamba-2 hybrid</source>
        <translation>Mamba-2 hybrid</translation>
    </message>
    <message>
        <source>Mamba-2 hybrid MoE</source>
        <translation>Mamba-2 hybrid MoE</translation>
    </message>
    <message>
        <source>Mamba-2 hybrid, latent MoE</source>
        <translation>Mamba-2 hybrid, latent MoE</translation>
    </message>
    <message>
        <source>MoE beside dense MLP, vision</source>
        <translation>MoE beside dense MLP, vision</translation>
    </message>
    <message>
        <source>MoE, MLA, MoonViT vision</source>
        <translation>MoE, MLA, MoonViT vision</translation>
    </message>
    <message>
        <source>MoE, MLA, sparse attention</source>
        <translation>MoE, MLA, sparse attention</translation>
    </message>
    <message>
        <source>MoE, MXFP4 experts</source>
        <translation>MoE, MXFP4 experts</translation>
    </message>
    <message>
        <source>MoE, compressed attention</source>
        <translation>MoE, compressed attention</translation>
    </message>
    <message>
        <source>MoE, sliding + full attention</source>
        <translation>MoE, sliding + full attention</translation>
    </message>
    <message>
        <source>MoE, sliding + full attention, FP8</source>
        <translation>MoE, sliding + full attention, FP8</translation>
    </message>
    <message>
        <source>MoE, vision</source>
        <translation>MoE, vision</translation>
    </message>
    <message>
        <source>NVFP4, vision</source>
        <translation>NVFP4, vision</translation>
    </message>
    <message>
        <source>Pixtral vision, Qwen3 text</source>
        <translation>Pixtral vision, Qwen3 text</translation>
    </message>
    <message>
        <source>SigLIP vision</source>
        <translation>SigLIP vision</translation>
    </message>
    <message>
        <source>attention ∥ Mamba-2</source>
        <translation>attention ∥ Mamba-2</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>batch norm</translation>
    </message>
    <message>
        <source>conv hybrid</source>
        <translation>conv hybrid</translation>
    </message>
    <message>
        <source>conv hybrid, SigLIP2 vision</source>
        <translation>conv hybrid, SigLIP2 vision</translation>
    </message>
    <message>
        <source>gated attention, vision</source>
        <translation>gated attention, vision</translation>
    </message>
    <message>
        <source>hybrid MoE</source>
        <translation>hybrid MoE</translation>
    </message>
    <message>
        <source>hybrid MoE, text</source>
        <translation>hybrid MoE, text</translation>
    </message>
    <message>
        <source>hybrid MoE, vision</source>
        <translation>hybrid MoE, vision</translation>
    </message>
    <message>
        <source>hybrid, vision</source>
        <translation>hybrid, vision</translation>
    </message>
    <message>
        <source>instruct</source>
        <translation>instruct</translation>
    </message>
    <message>
        <source>per Blackwell GPU in NVL72</source>
        <translation>per Blackwell GPU in NVL72</translation>
    </message>
    <message>
        <source>per GPU</source>
        <translation>per GPU</translation>
    </message>
    <message>
        <source>per GPU; 4 GPUs per board</source>
        <translation>per GPU; 4 GPUs per board</translation>
    </message>
    <message>
        <source>per chip</source>
        <translation>per chip</translation>
    </message>
    <message>
        <source>sliding + full attention</source>
        <translation>sliding + full attention</translation>
    </message>
    <message>
        <source>sliding + full attention, vision</source>
        <translation>sliding + full attention, vision</translation>
    </message>
    <message>
        <source>torchvision</source>
        <translation>torchvision</translation>
    </message>
    <message>
        <source>uncased</source>
        <translation>uncased</translation>
    </message>
    <message>
        <source>up to 128GB</source>
        <translation>up to 128GB</translation>
    </message>
    <message>
        <source>up to 192GB</source>
        <translation>up to 192GB</translation>
    </message>
    <message>
        <source>up to 512GB</source>
        <translation>up to 512GB</translation>
    </message>
    <message>
        <source>up to 64GB</source>
        <translation>up to 64GB</translation>
    </message>
    <message>
        <source>up to 96GB</source>
        <translation>up to 96GB</translation>
    </message>
    <message>
        <source>vision, audio</source>
        <translation>vision, audio</translation>
    </message>
</context>
<context>
    <name>ParallelismPanel</name>
    <message>
        <source>Parallelism</source>
        <translation>Parallelism</translation>
    </message>
    <message>
        <source>Tensor parallel: each layer&apos;s matrices split across this many GPUs</source>
        <translation>Tensor parallel: each layer&apos;s matrices split across this many GPUs</translation>
    </message>
    <message>
        <source>Pipeline parallel: the layers split into this many stages</source>
        <translation>Pipeline parallel: the layers split into this many stages</translation>
    </message>
    <message>
        <source>Expert parallel: each MoE layer&apos;s experts split over this many of the data-parallel GPUs, each holding num_experts ÷ EP of them; tokens travel to their experts and back (all-to-all)</source>
        <translation>Expert parallel: each MoE layer&apos;s experts split over this many of the data-parallel GPUs, each holding num_experts ÷ EP of them; tokens travel to their experts and back (all-to-all)</translation>
    </message>
    <message>
        <source>Context parallel: each sequence split over this many of the data-parallel GPUs, attention computed ring-wise (torchtitan, Megatron)</source>
        <translation>Context parallel: each sequence split over this many of the data-parallel GPUs, attention computed ring-wise (torchtitan, Megatron)</translation>
    </message>
    <message>
        <source>Model chunks per pipeline GPU: 1 = the 1F1B schedule; more = interleaved 1F1B, whose first GPU holds pp + (pp − 1) / v micro-batches&apos; activations and whose last GPU holds pp − (pp − 1) / v</source>
        <translation>Model chunks per pipeline GPU: 1 = the 1F1B schedule; more = interleaved 1F1B, whose first GPU holds pp + (pp − 1) / v micro-batches&apos; activations and whose last GPU holds pp − (pp − 1) / v</translation>
    </message>
    <message>
        <source>Stack default</source>
        <translation>Stack default</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Sequence parallel (Megatron --sequence-parallel, torchtitan&apos;s TP plan): under tensor parallelism the norm, dropout and residual activations are split along the sequence over the tensor-parallel GPUs instead of held whole on each; only stacks that have it can turn it on</source>
        <translation>Sequence parallel (Megatron --sequence-parallel, torchtitan&apos;s TP plan): under tensor parallelism the norm, dropout and residual activations are split along the sequence over the tensor-parallel GPUs instead of held whole on each; only stacks that have it can turn it on</translation>
    </message>
    <message>
        <source>Off (plain data parallel)</source>
        <translation>Off (plain data parallel)</translation>
    </message>
    <message>
        <source>ZeRO-1: optimizer states</source>
        <translation>ZeRO-1: optimizer states</translation>
    </message>
    <message>
        <source>ZeRO-2: + gradients</source>
        <translation>ZeRO-2: + gradients</translation>
    </message>
    <message>
        <source>ZeRO-3 / FSDP: + parameters</source>
        <translation>ZeRO-3 / FSDP: + parameters</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Optimizer states to CPU</source>
        <translation>Optimizer states to CPU</translation>
    </message>
    <message>
        <source>Optimizer and parameters to CPU</source>
        <translation>Optimizer and parameters to CPU</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>Tensor parallel</translation>
    </message>
    <message>
        <source>Pipeline parallel</source>
        <translation>Pipeline parallel</translation>
    </message>
    <message>
        <source>Interleaved chunks</source>
        <translation>Interleaved chunks</translation>
    </message>
    <message>
        <source>Expert parallel</source>
        <translation>Expert parallel</translation>
    </message>
    <message>
        <source>Context parallel</source>
        <translation>Context parallel</translation>
    </message>
    <message>
        <source>Sequence parallel</source>
        <translation>Sequence parallel</translation>
    </message>
    <message>
        <source>Data parallel</source>
        <translation>Data parallel</translation>
    </message>
    <message>
        <source>ZeRO</source>
        <translation>ZeRO</translation>
    </message>
    <message>
        <source>Sharding</source>
        <translation>Sharding</translation>
    </message>
    <message>
        <source>Offload</source>
        <translation>Offload</translation>
    </message>
    <message>
        <source>{0} (= {1} GPUs ÷ tensor {2} ÷ pipeline {3})</source>
        <translation>{0} (= {1} GPUs ÷ tensor {2} ÷ pipeline {3})</translation>
    </message>
    <message>
        <source>experts split over {0} of them</source>
        <translation>experts split over {0} of them</translation>
    </message>
    <message>
        <source>each sequence split over {0} of them</source>
        <translation>each sequence split over {0} of them</translation>
    </message>
    <message>
        <source>{0} shards parameters, gradients and optimizer states by itself</source>
        <translation>{0} shards parameters, gradients and optimizer states by itself</translation>
    </message>
    <message>
        <source>{0} shards the fp32 master weights and optimizer states over the data-parallel GPUs</source>
        <translation>{0} shards the fp32 master weights and optimizer states over the data-parallel GPUs</translation>
    </message>
    <message>
        <source>{0} has no sequence parallelism; the stacks that have it: {1}</source>
        <translation>{0} has no sequence parallelism; the stacks that have it: {1}</translation>
    </message>
</context>
<context>
    <name>PrecisionPanel</name>
    <message>
        <source>fp32 parameters under torch.autocast; torch&apos;s AdamW (foreach: a parameter-sized temporary at the step); fp32 logits for the loss. With ZeRO, DeepSpeed&apos;s integration keeps 16-bit parameters.</source>
        <translation>fp32 parameters under torch.autocast; torch&apos;s AdamW (foreach: a parameter-sized temporary at the step); fp32 logits for the loss. With ZeRO, DeepSpeed&apos;s integration keeps 16-bit parameters.</translation>
    </message>
    <message>
        <source>16-bit parameters and gradients; fp32 master weights and Adam states in the ZeRO-partitioned optimizer; fused Adam updates in place (no foreach temporary); contiguous gradient buckets.</source>
        <translation>16-bit parameters and gradients; fp32 master weights and Adam states in the ZeRO-partitioned optimizer; fused Adam updates in place (no foreach temporary); contiguous gradient buckets.</translation>
    </message>
    <message>
        <source>Shards parameters, gradients and optimizer states over every data-parallel rank by itself (ZeRO-3 semantics), gathering 16-bit copies one block at a time; sequence and loss parallel under tensor parallelism.</source>
        <translation>Shards parameters, gradients and optimizer states over every data-parallel rank by itself (ZeRO-3 semantics), gathering 16-bit copies one block at a time; sequence and loss parallel under tensor parallelism.</translation>
    </message>
    <message>
        <source>bf16 parameters, one contiguous fp32 main_grad buffer, fp32 master weights and Adam states sharded over data parallel (distributed optimizer); Megatron&apos;s fused kernels; sequence parallel under tensor parallelism.</source>
        <translation>bf16 parameters, one contiguous fp32 main_grad buffer, fp32 master weights and Adam states sharded over data parallel (distributed optimizer); Megatron&apos;s fused kernels; sequence parallel under tensor parallelism.</translation>
    </message>
    <message>
        <source>Cross-entropy over 8 chunks of the logits, each upcast to fp32 on its own; fused AdamW (no foreach temporary); FSDP2 sharding when distributed.</source>
        <translation>Cross-entropy over 8 chunks of the logits, each upcast to fp32 on its own; fused AdamW (no foreach temporary); FSDP2 sharding when distributed.</translation>
    </message>
    <message>
        <source>Hugging Face Trainer with Liger&apos;s fused linear cross-entropy: lm_head and the loss chunk by chunk, never the whole logits.</source>
        <translation>Hugging Face Trainer with Liger&apos;s fused linear cross-entropy: lm_head and the loss chunk by chunk, never the whole logits.</translation>
    </message>
    <message>
        <source>Checkpointed layer inputs offloaded to CPU memory; cut cross-entropy: never the whole logits.</source>
        <translation>Checkpointed layer inputs offloaded to CPU memory; cut cross-entropy: never the whole logits.</translation>
    </message>
    <message>
        <source>Modelled from: {0}</source>
        <translation>Modelled from: {0}</translation>
    </message>
    <message>
        <source>Floating point</source>
        <translation>Floating point</translation>
    </message>
    <message>
        <source>GGUF (llama.cpp)</source>
        <translation>GGUF (llama.cpp)</translation>
    </message>
    <message>
        <source>{0} · {1} bit</source>
        <translation>{0} · {1} bit</translation>
    </message>
    <message>
        <source>Precision &amp;&amp; optimizer</source>
        <translation>Precision &amp;&amp; optimizer</translation>
    </message>
    <message>
        <source>How the model&apos;s weights are stored on the GPU</source>
        <translation>How the model&apos;s weights are stored on the GPU</translation>
    </message>
    <message>
        <source>Mixed bf16 (fp32 master weights)</source>
        <translation>Mixed bf16 (fp32 master weights)</translation>
    </message>
    <message>
        <source>Mixed fp16 (fp32 master weights)</source>
        <translation>Mixed fp16 (fp32 master weights)</translation>
    </message>
    <message>
        <source>Pure bf16</source>
        <translation>Pure bf16</translation>
    </message>
    <message>
        <source>Pure fp16</source>
        <translation>Pure fp16</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>AdamW 8-bit</source>
        <translation>AdamW 8-bit</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD with momentum</translation>
    </message>
    <message>
        <source>Full (all weights)</source>
        <translation>Full (all weights)</translation>
    </message>
    <message>
        <source>QLoRA (4-bit base)</source>
        <translation>QLoRA (4-bit base)</translation>
    </message>
    <message>
        <source>Prefix tuning</source>
        <translation>Prefix tuning</translation>
    </message>
    <message>
        <source>peft prefix tuning: trainable keys and values for virtual tokens in every layer; the base is frozen</source>
        <translation>peft prefix tuning: trainable keys and values for virtual tokens in every layer; the base is frozen</translation>
    </message>
    <message>
        <source>peft P-tuning: virtual-token embeddings from an MLP prompt encoder, prepended to every sequence</source>
        <translation>peft P-tuning: virtual-token embeddings from an MLP prompt encoder, prepended to every sequence</translation>
    </message>
    <message>
        <source>DoRA (weight-decomposed)</source>
        <translation>DoRA (weight-decomposed)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Token embeddings</source>
        <translation>Token embeddings</translation>
    </message>
    <message>
        <source>Embeddings and lm_head</source>
        <translation>Embeddings and lm_head</translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation>All linear layers</translation>
    </message>
    <message>
        <source>Attention projections</source>
        <translation>Attention projections</translation>
    </message>
    <message>
        <source>None (store every activation)</source>
        <translation>None (store every activation)</translation>
    </message>
    <message>
        <source>Selective</source>
        <translation>Selective</translation>
    </message>
    <message>
        <source>Full (every layer)</source>
        <translation>Full (every layer)</translation>
    </message>
    <message>
        <source>Every activation the backward pass needs stays in memory</source>
        <translation>Every activation the backward pass needs stays in memory</translation>
    </message>
    <message>
        <source>Only each layer&apos;s input is kept; the whole layer is recomputed in the backward pass</source>
        <translation>Only each layer&apos;s input is kept; the whole layer is recomputed in the backward pass</translation>
    </message>
    <message>
        <source>Multi-tensor (foreach) step</source>
        <translation>Multi-tensor (foreach) step</translation>
    </message>
    <message>
        <source>torch.optim&apos;s default on CUDA: the step works on all tensors at once and needs a temporary the size of the parameters; off = one tensor at a time (foreach=False)</source>
        <translation>torch.optim&apos;s default on CUDA: the step works on all tensors at once and needs a temporary the size of the parameters; off = one tensor at a time (foreach=False)</translation>
    </message>
    <message>
        <source>fp32 (PEFT default)</source>
        <translation>fp32 (PEFT default)</translation>
    </message>
    <message>
        <source>PEFT keeps LoRA adapters in fp32 (autocast_adapter_dtype=True); bf16 halves them</source>
        <translation>PEFT keeps LoRA adapters in fp32 (autocast_adapter_dtype=True); bf16 halves them</translation>
    </message>
    <message>
        <source>Off (eager)</source>
        <translation>Off (eager)</translation>
    </message>
    <message>
        <source>Each block</source>
        <translation>Each block</translation>
    </message>
    <message>
        <source>Each block and the loss</source>
        <translation>Each block and the loss</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Float8 linear layers</source>
        <translation>Float8 linear layers</translation>
    </message>
    <message>
        <source>Float8 linears and all-gathers</source>
        <translation>Float8 linears and all-gathers</translation>
    </message>
    <message>
        <source>torchtitan&apos;s Float8 training (--model.converters float8): under its checkpointing the saved activations stay 16-bit; with the FSDP float8 all-gather the blocks&apos; weights are gathered in 1 byte each</source>
        <translation>torchtitan&apos;s Float8 training (--model.converters float8): under its checkpointing the saved activations stay 16-bit; with the FSDP float8 all-gather the blocks&apos; weights are gathered in 1 byte each</translation>
    </message>
    <message>
        <source>Trainable copies</source>
        <translation>Trainable copies</translation>
    </message>
    <message>
        <source>Virtual tokens</source>
        <translation>Virtual tokens</translation>
    </message>
    <message>
        <source>torch.compile</source>
        <translation>torch.compile</translation>
    </message>
    <message>
        <source>Float8</source>
        <translation>Float8</translation>
    </message>
    <message>
        <source>torchtitan&apos;s op-level policy: keeps each layer&apos;s input, every second matmul output and the attention kernel&apos;s outputs, and recomputes the rest</source>
        <translation>torchtitan&apos;s op-level policy: keeps each layer&apos;s input, every second matmul output and the attention kernel&apos;s outputs, and recomputes the rest</translation>
    </message>
    <message>
        <source>Megatron&apos;s selective recompute: keeps everything but the attention core (the seq² scores and softmax), which is recomputed; SDPA and flash attention never store it, so only eager attention saves memory</source>
        <translation>Megatron&apos;s selective recompute: keeps everything but the attention core (the seq² scores and softmax), which is recomputed; SDPA and flash attention never store it, so only eager attention saves memory</translation>
    </message>
    <message>
        <source>Activation checkpointing recomputes activations in the backward pass instead of storing them.
This choice: {0}</source>
        <translation>Activation checkpointing recomputes activations in the backward pass instead of storing them.
This choice: {0}</translation>
    </message>
    <message>
        <source>Applies to LoRA and QLoRA only</source>
        <translation>Applies to LoRA and QLoRA only</translation>
    </message>
    <message>
        <source>A fused projection (GPT-2 c_attn, Phi-3 qkv_proj, Falcon query_key_value) is one target</source>
        <translation>A fused projection (GPT-2 c_attn, Phi-3 qkv_proj, Falcon query_key_value) is one target</translation>
    </message>
    <message>
        <source>peft use_dora=True: a trainable magnitude per output feature of each target, and the weight norm recomputed in every forward</source>
        <translation>peft use_dora=True: a trainable magnitude per output feature of each target, and the weight norm recomputed in every forward</translation>
    </message>
    <message>
        <source>peft modules_to_save: full trainable copies of the token embeddings and/or lm_head, with their gradients and optimizer states</source>
        <translation>peft modules_to_save: full trainable copies of the token embeddings and/or lm_head, with their gradients and optimizer states</translation>
    </message>
    <message>
        <source>peft num_virtual_tokens (default 20)</source>
        <translation>peft num_virtual_tokens (default 20)</translation>
    </message>
    <message>
        <source>Applies to prefix tuning and P-tuning only</source>
        <translation>Applies to prefix tuning and P-tuning only</translation>
    </message>
    <message>
        <source>SDPA (fused, default)</source>
        <translation>SDPA (fused, default)</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <source>Eager (stores seq² scores)</source>
        <translation>Eager (stores seq² scores)</translation>
    </message>
    <message>
        <source>torch.compile as torchtitan and torchtune apply it: each decoder block on its own, and with the loss the cross-entropy too (torchtitan since 2025; torchtune&apos;s compile: True compiles each chunk of its chunked loss), which then never builds the whole fp32 logits. A compiled block keeps only the saved outputs its backward reads.</source>
        <translation>torch.compile as torchtitan and torchtune apply it: each decoder block on its own, and with the loss the cross-entropy too (torchtitan since 2025; torchtune&apos;s compile: True compiles each chunk of its chunked loss), which then never builds the whole fp32 logits. A compiled block keeps only the saved outputs its backward reads.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Training stack</source>
        <translation>Training stack</translation>
    </message>
    <message>
        <source>Training precision</source>
        <translation>Training precision</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Fine-tuning</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA rank</translation>
    </message>
    <message>
        <source>LoRA targets</source>
        <translation>LoRA targets</translation>
    </message>
    <message>
        <source>Adapter dtype</source>
        <translation>Adapter dtype</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Checkpointing</source>
        <translation>Checkpointing</translation>
    </message>
    <message>
        <source>Frozen base</source>
        <translation>Frozen base</translation>
    </message>
    <message>
        <source>LoRA and QLoRA need transformer blocks</source>
        <translation>LoRA and QLoRA need transformer blocks</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Internal error while estimating ({0}).</source>
        <translation>Internal error while estimating ({0}).</translation>
    </message>
    <message>
        <source>The log file has the details: {0}</source>
        <translation>The log file has the details: {0}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <source>Scenarios:</source>
        <translation>Scenarios:</translation>
    </message>
    <message>
        <source>Add a scenario: a copy of the one shown, to change and compare</source>
        <translation>Add a scenario: a copy of the one shown, to change and compare</translation>
    </message>
    <message>
        <source>{0}
Double-click to rename; right-click for more</source>
        <translation>{0}
Double-click to rename; right-click for more</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Set {0} to {1}</source>
        <translation>Set {0} to {1}</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Change {0}</translation>
    </message>
    <message>
        <source>Also changed to keep the scenario valid: {0}</source>
        <translation>Also changed to keep the scenario valid: {0}</translation>
    </message>
    <message>
        <source>Change model to {0}</source>
        <translation>Change model to {0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copy)</translation>
    </message>
    <message>
        <source>{0} (copy {1})</source>
        <translation>{0} (copy {1})</translation>
    </message>
    <message>
        <source>Add scenario {0}</source>
        <translation>Add scenario {0}</translation>
    </message>
    <message>
        <source>Rename scenario {0} to {1}</source>
        <translation>Rename scenario {0} to {1}</translation>
    </message>
    <message>
        <source>Remove scenario {0}</source>
        <translation>Remove scenario {0}</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no file name given</translation>
    </message>
</context>
<context>
    <name>ServingPlanDialog</name>
    <message>
        <source>Serving planner</source>
        <translation>Serving planner</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Weights, runtime</source>
        <translation>Weights, runtime</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>requests per second</translation>
    </message>
    <message>
        <source>output tokens per second (all users)</source>
        <translation>output tokens per second (all users)</translation>
    </message>
    <message>
        <source>concurrent streams</source>
        <translation>concurrent streams</translation>
    </message>
    <message>
        <source>How much: requests/s, generated tokens/s, or streams generating at once</source>
        <translation>How much: requests/s, generated tokens/s, or streams generating at once</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Price per GPU-hour (0: the GPU&apos;s listed price, if it has one)</source>
        <translation>Price per GPU-hour (0: the GPU&apos;s listed price, if it has one)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Prompt per request</source>
        <translation>Prompt per request</translation>
    </message>
    <message>
        <source>Output per request</source>
        <translation>Output per request</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>Price per GPU-hour</translation>
    </message>
    <message>
        <source>Latency targets</source>
        <translation>Latency targets</translation>
    </message>
    <message>
        <source>Time to first token ≤</source>
        <translation>Time to first token ≤</translation>
    </message>
    <message>
        <source>Time per output token ≤</source>
        <translation>Time per output token ≤</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>KV cache per replica</source>
        <translation>KV cache per replica</translation>
    </message>
    <message>
        <source>Batch per replica</source>
        <translation>Batch per replica</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Per replica</source>
        <translation>Per replica</translation>
    </message>
    <message>
        <source>Replica layout</source>
        <translation>Replica layout</translation>
    </message>
    <message>
        <source>KV seats</source>
        <translation>KV seats</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Requests/s</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>one GPU</source>
        <translation>one GPU</translation>
    </message>
    <message>
        <source>tensor parallel × {0}</source>
        <translation>tensor parallel × {0}</translation>
    </message>
    <message>
        <source>No replica layout (tensor parallel 1, 2, 4 or 8) of {0} both fits and meets the targets: no capacity to plan. Each layout&apos;s reason is in the table; try a larger GPU, a smaller weight format or looser targets.</source>
        <translation>No replica layout (tensor parallel 1, 2, 4 or 8) of {0} both fits and meets the targets: no capacity to plan. Each layout&apos;s reason is in the table; try a larger GPU, a smaller weight format or looser targets.</translation>
    </message>
    <message>
        <source>Serving plan</source>
        <translation>Serving plan</translation>
    </message>
    <message>
        <source>{0} replica × {1} GPU ({2}) = {3} GPU</source>
        <translation>{0} replica × {1} GPU ({2}) = {3} GPU</translation>
    </message>
    <message>
        <source>{0} replica × {1} GPU ({2}) = {3} GPUs</source>
        <translation>{0} replica × {1} GPU ({2}) = {3} GPUs</translation>
    </message>
    <message>
        <source>{0} replicas × {1} GPU ({2}) = {3} GPUs</source>
        <translation>{0} replicas × {1} GPU ({2}) = {3} GPUs</translation>
    </message>
    <message>
        <source>{0} per hour</source>
        <translation>{0} per hour</translation>
    </message>
    <message>
        <source>{0} requests of {1} tokens ({2} per GPU)</source>
        <translation>{0} requests of {1} tokens ({2} per GPU)</translation>
    </message>
    <message>
        <source>{0} requests at once</source>
        <translation>{0} requests at once</translation>
    </message>
    <message>
        <source>TTFT {0}, TPOT {1}</source>
        <translation>TTFT {0}, TPOT {1}</translation>
    </message>
    <message>
        <source>{0} requests/s = {1} output tokens/s</source>
        <translation>{0} requests/s = {1} output tokens/s</translation>
    </message>
    <message>
        <source>meets the targets</source>
        <translation>meets the targets</translation>
    </message>
    <message>
        <source>decode time per output token</source>
        <translation>decode time per output token</translation>
    </message>
    <message>
        <source>time to first token</source>
        <translation>time to first token</translation>
    </message>
    <message>
        <source>end-to-end latency of a fixed batch</source>
        <translation>end-to-end latency of a fixed batch</translation>
    </message>
    <message>
        <source>output tokens/s at the stated concurrency</source>
        <translation>output tokens/s at the stated concurrency</translation>
    </message>
    <message>
        <source>time per output token under Poisson arrivals (ShareGPT lengths)</source>
        <translation>time per output token under Poisson arrivals (ShareGPT lengths)</translation>
    </message>
    <message>
        <source>Measured error of the {0}: {1} to {2} against {3}&apos;s published benchmarks</source>
        <translation>Measured error of the {0}: {1} to {2} against {3}&apos;s published benchmarks</translation>
    </message>
    <message>
        <source>Expected error: {0}</source>
        <translation>Expected error: {0}</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Use {0} GPUs</source>
        <translation>Use {0} GPUs</translation>
    </message>
    <message>
        <source>▸ Fewest GPUs that fit: {0} × {1} ({2}) → {3} per GPU, headroom {4}</source>
        <translation>▸ Fewest GPUs that fit: {0} × {1} ({2}) → {3} per GPU, headroom {4}</translation>
    </message>
    <message>
        <source>More GPUs alone do not make it fit: at the current settings, no layout of up to {0} GPUs of this type fits. Each change below also alters another setting:</source>
        <translation>More GPUs alone do not make it fit: at the current settings, no layout of up to {0} GPUs of this type fits. Each change below also alters another setting:</translation>
    </message>
    <message>
        <source>More GPUs alone do not make it fit: at the current settings, no layout of up to {0} GPUs of this type fits.</source>
        <translation>More GPUs alone do not make it fit: at the current settings, no layout of up to {0} GPUs of this type fits.</translation>
    </message>
    <message>
        <source>Looking for the cheapest changes that make it fit…</source>
        <translation>Looking for the cheapest changes that make it fit…</translation>
    </message>
    <message>
        <source>Make it fit — one click applies a change (Edit ▸ Undo takes it back):</source>
        <translation>Make it fit — one click applies a change (Edit ▸ Undo takes it back):</translation>
    </message>
    <message>
        <source>No single change tried makes it fit.</source>
        <translation>No single change tried makes it fit.</translation>
    </message>
    <message>
        <source>▸ {0} → {1} per GPU, headroom {2}</source>
        <translation>▸ {0} → {1} per GPU, headroom {2}</translation>
    </message>
    <message>
        <source>{0}
Cost: {1}
{2} of {3} usable after the change (re-estimated)</source>
        <translation>{0}
Cost: {1}
{2} of {3} usable after the change (re-estimated)</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>fits</source>
        <translation>fits</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>does not fit</translation>
    </message>
    <message>
        <source>of</source>
        <translation>of</translation>
    </message>
    <message>
        <source>usable per GPU</source>
        <translation>usable per GPU</translation>
    </message>
    <message>
        <source>headroom</source>
        <translation>headroom</translation>
    </message>
    <message>
        <source>peak during</source>
        <translation>peak during</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Trainable</source>
        <translation>Trainable</translation>
    </message>
    <message>
        <source>MTP layers (not in the total)</source>
        <translation>MTP layers (not in the total)</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>Speculative decoding</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Fine-tuning</translation>
    </message>
    <message>
        <source>Training stack</source>
        <translation>Training stack</translation>
    </message>
    <message>
        <source>Expert parallel</source>
        <translation>Expert parallel</translation>
    </message>
    <message>
        <source>Training precision</source>
        <translation>Training precision</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Gradient checkpointing</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV cache</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Concurrency</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} tokens</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>Largest context that fits</translation>
    </message>
    <message>
        <source>{0} tokens (the model&apos;s maximum)</source>
        <translation>{0} tokens (the model&apos;s maximum)</translation>
    </message>
    <message>
        <source>{0} tokens (the context set, past the model&apos;s {1}-token maximum)</source>
        <translation>{0} tokens (the context set, past the model&apos;s {1}-token maximum)</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>Largest batch that fits</translation>
    </message>
    <message>
        <source>, of which {0} {1} ({2} for text)</source>
        <translation>, of which {0} {1} ({2} for text)</translation>
    </message>
    <message>
        <source>{0} images</source>
        <translation>{0} images</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Image size</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>model default</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>nvidia-smi will show</source>
        <translation>nvidia-smi will show</translation>
    </message>
    <message>
        <source>The model uses</source>
        <translation>The model uses</translation>
    </message>
    <message>
        <source>KV pool</source>
        <translation>KV pool</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <source>{0} tokens/s per sequence</source>
        <translation>{0} tokens/s per sequence</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Time to first token</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>Step time</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Training time</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Expected error</source>
        <translation>Expected error</translation>
    </message>
    <message>
        <source>Estimated with GPU Sizer</source>
        <translation>Estimated with GPU Sizer</translation>
    </message>
    <message>
        <source>{0} — {1} on {2}</source>
        <translation>{0} — {1} on {2}</translation>
    </message>
    <message>
        <source>MTP, {0} draft token(s)</source>
        <translation>MTP, {0} draft token(s)</translation>
    </message>
    <message>
        <source>{0} = {1} tokens</source>
        <translation>{0} = {1} tokens</translation>
    </message>
    <message>
        <source>none: {0} stops at start</source>
        <translation>none: {0} stops at start</translation>
    </message>
    <message>
        <source>if it fit: {0}</source>
        <translation>if it fit: {0}</translation>
    </message>
</context>
<context>
    <name>TensorSizeDialog</name>
    <message>
        <source>Tensor size</source>
        <translation>Tensor size</translation>
    </message>
    <message>
        <source>e.g. 8, 4096, 4096 or 8×4096×4096</source>
        <translation>e.g. 8, 4096, 4096 or 8×4096×4096</translation>
    </message>
    <message>
        <source>Dimensions separated by commas, spaces, x or ×</source>
        <translation>Dimensions separated by commas, spaces, x or ×</translation>
    </message>
    <message>
        <source>Element type; q4_0, q8_0, … are llama.cpp&apos;s block types (scales included)</source>
        <translation>Element type; q4_0, q8_0, … are llama.cpp&apos;s block types (scales included)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Element type</source>
        <translation>Element type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elements</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>ToolDialog</name>
    <message>
        <source>Cannot compute: {0}</source>
        <translation>Cannot compute: {0}</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Training planner…</source>
        <translation>&amp;Training planner…</translation>
    </message>
    <message>
        <source>&amp;Serving planner…</source>
        <translation>&amp;Serving planner…</translation>
    </message>
    <message>
        <source>&amp;Compute budget (vision and video)…</source>
        <translation>&amp;Compute budget (vision and video)…</translation>
    </message>
    <message>
        <source>Tensor si&amp;ze…</source>
        <translation>Tensor si&amp;ze…</translation>
    </message>
    <message>
        <source>Tokens ↔ te&amp;xt size…</source>
        <translation>Tokens ↔ te&amp;xt size…</translation>
    </message>
    <message>
        <source>CPU &amp;RAM to load the model…</source>
        <translation>CPU &amp;RAM to load the model…</translation>
    </message>
    <message>
        <source>GPU &amp;FLOP/s from cores × clock…</source>
        <translation>GPU &amp;FLOP/s from cores × clock…</translation>
    </message>
    <message>
        <source>&amp;Layer table…</source>
        <translation>&amp;Layer table…</translation>
    </message>
    <message>
        <source>Only for CNNs and vision transformers: the current model is not an image model</source>
        <translation>Only for CNNs and vision transformers: the current model is not an image model</translation>
    </message>
    <message>
        <source>Each layer&apos;s output shape, parameters, activations, MACs, FLOPs</source>
        <translation>Each layer&apos;s output shape, parameters, activations, MACs, FLOPs</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training run &amp;&amp; cost</source>
        <translation>Training run &amp;&amp; cost</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>typical</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the share of the GPU&apos;s peak a training run achieves</source>
        <translation>Model FLOPs utilisation: the share of the GPU&apos;s peak a training run achieves</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Gradient accumulation</translation>
    </message>
    <message>
        <source>Training images (M)</source>
        <translation>Training images (M)</translation>
    </message>
    <message>
        <source>Images to train on — samples seen over the whole run (epochs × dataset size), in millions; sets time and cost</source>
        <translation>Images to train on — samples seen over the whole run (epochs × dataset size), in millions; sets time and cost</translation>
    </message>
    <message>
        <source>Training tokens (M)</source>
        <translation>Training tokens (M)</translation>
    </message>
    <message>
        <source>Tokens to train on over the whole run, in millions; sets time and cost</source>
        <translation>Tokens to train on over the whole run, in millions; sets time and cost</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>Price per GPU-hour</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
</context>
<context>
    <name>TrainingPlanDialog</name>
    <message>
        <source>Training planner</source>
        <translation>Training planner</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs in the cluster (a multiple of tensor × pipeline parallel)</source>
        <translation>GPUs in the cluster (a multiple of tensor × pipeline parallel)</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the share of the dense peak the run sustains</source>
        <translation>Model FLOPs utilisation: the share of the dense peak the run sustains</translation>
    </message>
    <message>
        <source>Price per GPU-hour (0: no cost)</source>
        <translation>Price per GPU-hour (0: no cost)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>Price per GPU-hour</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>GPUs to finish within</source>
        <translation>GPUs to finish within</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>MFU implied by a finished run that took</source>
        <translation>MFU implied by a finished run that took</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU-hours</translation>
    </message>
    <message>
        <source>days on these GPUs</source>
        <translation>days on these GPUs</translation>
    </message>
    <message>
        <source>GPUs for several such runs a year</source>
        <translation>GPUs for several such runs a year</translation>
    </message>
    <message>
        <source> runs a year</source>
        <translation> runs a year</translation>
    </message>
    <message>
        <source> % available</source>
        <translation> % available</translation>
    </message>
    <message>
        <source>Share of the year the cluster trains (maintenance, failures, queues)</source>
        <translation>Share of the year the cluster trains (maintenance, failures, queues)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tokens trained on</source>
        <translation>Tokens trained on</translation>
    </message>
    <message>
        <source>Training FLOPs</source>
        <translation>Training FLOPs</translation>
    </message>
    <message>
        <source>Cluster peak</source>
        <translation>Cluster peak</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>PF-days</source>
        <translation>PF-days</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>GPUs for the deadline</source>
        <translation>GPUs for the deadline</translation>
    </message>
    <message>
        <source>Implied MFU</source>
        <translation>Implied MFU</translation>
    </message>
    <message>
        <source>GPUs for the runs a year</source>
        <translation>GPUs for the runs a year</translation>
    </message>
    <message>
        <source>Images trained on</source>
        <translation>Images trained on</translation>
    </message>
    <message>
        <source>Audio frames trained on</source>
        <translation>Audio frames trained on</translation>
    </message>
    <message>
        <source>{0} PFLOP/s</source>
        <translation>{0} PFLOP/s</translation>
    </message>
    <message>
        <source>{0} days ({1} h)</source>
        <translation>{0} days ({1} h)</translation>
    </message>
    <message>
        <source>Expected error: {0}</source>
        <translation>Expected error: {0}</translation>
    </message>
    <message>
        <source>✔ fits per GPU in this layout</source>
        <translation>✔ fits per GPU in this layout</translation>
    </message>
    <message>
        <source>✘ does not fit per GPU in this layout (the time assumes it runs)</source>
        <translation>✘ does not fit per GPU in this layout (the time assumes it runs)</translation>
    </message>
</context>
<context>
    <name>VerdictPin</name>
    <message>
        <source>The answer&apos;s verdict, kept in view while the page scrolls: click to see the answer</source>
        <translation>The answer&apos;s verdict, kept in view while the page scrolls: click to see the answer</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The log file has the details: {0}</source>
        <translation>The log file has the details: {0}</translation>
    </message>
    <message>
        <source>Unexpected error ({0}). {1}</source>
        <translation>Unexpected error ({0}). {1}</translation>
    </message>
</context>
<context>
    <name>WorkloadPanel</name>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>&amp;Inference</source>
        <translation>&amp;Inference</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Tokens per sequence: prompt and generated tokens together</source>
        <translation>Tokens per sequence: prompt and generated tokens together</translation>
    </message>
    <message>
        <source>Requests served at once, each with its own KV cache</source>
        <translation>Requests served at once, each with its own KV cache</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>model default</translation>
    </message>
    <message>
        <source>PyTorch + Transformers (hf)</source>
        <translation>PyTorch + Transformers (hf)</translation>
    </message>
    <message>
        <source>vLLM --gpu-memory-utilization: the share of GPU memory vLLM claims</source>
        <translation>vLLM --gpu-memory-utilization: the share of GPU memory vLLM claims</translation>
    </message>
    <message>
        <source>llama.cpp -ub (n_ubatch): tokens processed per compute step</source>
        <translation>llama.cpp -ub (n_ubatch): tokens processed per compute step</translation>
    </message>
    <message>
        <source>Flash attention (-fa)</source>
        <translation>Flash attention (-fa)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>llama.cpp / Ollama -ngl (n_gpu_layers): layers kept on the GPU; the rest run from system RAM</source>
        <translation>llama.cpp / Ollama -ngl (n_gpu_layers): layers kept on the GPU; the rest run from system RAM</translation>
    </message>
    <message>
        <source>Ollama OLLAMA_NUM_PARALLEL: request slots, each with its own context</source>
        <translation>Ollama OLLAMA_NUM_PARALLEL: request slots, each with its own context</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>vLLM --max-num-batched-tokens: tokens of prefill processed per step (chunked prefill); its activations are what vLLM&apos;s profile run measures</source>
        <translation>vLLM --max-num-batched-tokens: tokens of prefill processed per step (chunked prefill); its activations are what vLLM&apos;s profile run measures</translation>
    </message>
    <message>
        <source>SGLang --enable-dp-attention --dp N: attention runs data-parallel in N groups inside the TP ranks, each with its own requests and KV cache and the attention weights and token embedding at TP tp / N (more weights per GPU, less KV per GPU); MoE and MLP stay split over all TP ranks</source>
        <translation>SGLang --enable-dp-attention --dp N: attention runs data-parallel in N groups inside the TP ranks, each with its own requests and KV cache and the attention weights and token embedding at TP tp / N (more weights per GPU, less KV per GPU); MoE and MLP stay split over all TP ranks</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>MTP layers draft</source>
        <translation>MTP layers draft</translation>
    </message>
    <message>
        <source>Speculative decoding with the model&apos;s multi-token-prediction layers as the draft (vLLM --speculative-config method mtp, SGLang --speculative-algorithm EAGLE/NEXTN): their weights, their KV cache and the verification logits are added</source>
        <translation>Speculative decoding with the model&apos;s multi-token-prediction layers as the draft (vLLM --speculative-config method mtp, SGLang --speculative-algorithm EAGLE/NEXTN): their weights, their KV cache and the verification logits are added</translation>
    </message>
    <message>
        <source>Draft tokens per step (vLLM num_speculative_tokens, SGLang --speculative-num-steps)</source>
        <translation>Draft tokens per step (vLLM num_speculative_tokens, SGLang --speculative-num-steps)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>The CUDA context and libraries (kernels, cuBLAS/cuDNN handles) each GPU process holds before any tensor: what nvidia-smi shows for the idle process. Left at its default, the runtime&apos;s typical value</source>
        <translation>The CUDA context and libraries (kernels, cuBLAS/cuDNN handles) each GPU process holds before any tensor: what nvidia-smi shows for the idle process. Left at its default, the runtime&apos;s typical value</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> tokens/s</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>The serving load to plan for: generated tokens per second over all users; the answer says how many copies of this setup serve it</source>
        <translation>The serving load to plan for: generated tokens per second over all users; the answer says how many copies of this setup serve it</translation>
    </message>
    <message>
        <source>Images in each sequence: each becomes the vision encoder&apos;s tokens in the context</source>
        <translation>Images in each sequence: each becomes the vision encoder&apos;s tokens in the context</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Seconds of audio in each sequence: the audio tower encodes it in clips of up to 30 s, each taking its soft tokens in the context</source>
        <translation>Seconds of audio in each sequence: the audio tower encodes it in clips of up to 30 s, each taking its soft tokens in the context</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Output tokens</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Concurrency</translation>
    </message>
    <message>
        <source>Target load</source>
        <translation>Target load</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Image size</translation>
    </message>
    <message>
        <source>Images per sequence</source>
        <translation>Images per sequence</translation>
    </message>
    <message>
        <source>Audio per sequence</source>
        <translation>Audio per sequence</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>vLLM memory share</source>
        <translation>vLLM memory share</translation>
    </message>
    <message>
        <source>vLLM prefill chunk</source>
        <translation>vLLM prefill chunk</translation>
    </message>
    <message>
        <source>SGLang static share</source>
        <translation>SGLang static share</translation>
    </message>
    <message>
        <source>SGLang prefill chunk</source>
        <translation>SGLang prefill chunk</translation>
    </message>
    <message>
        <source>SGLang DP attention</source>
        <translation>SGLang DP attention</translation>
    </message>
    <message>
        <source>SGLang CUDA-graph batch</source>
        <translation>SGLang CUDA-graph batch</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>Speculative decoding</translation>
    </message>
    <message>
        <source>Draft tokens</source>
        <translation>Draft tokens</translation>
    </message>
    <message>
        <source>Micro-batch</source>
        <translation>Micro-batch</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU layers</translation>
    </message>
    <message>
        <source>Ollama context</source>
        <translation>Ollama context</translation>
    </message>
    <message>
        <source>Parallel slots</source>
        <translation>Parallel slots</translation>
    </message>
    <message>
        <source>CUDA context</source>
        <translation>CUDA context</translation>
    </message>
    <message>
        <source>Micro-batch / GPU</source>
        <translation>Micro-batch / GPU</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>default ({0} MiB)</source>
        <translation>default ({0} MiB)</translation>
    </message>
    <message>
        <source>Images per step</source>
        <translation>Images per step</translation>
    </message>
    <message>
        <source>Sequences per step (training: per GPU, before gradient accumulation)</source>
        <translation>Sequences per step (training: per GPU, before gradient accumulation)</translation>
    </message>
    <message>
        <source>Training runs on PyTorch (hf); vLLM, SGLang, llama.cpp and Ollama serve inference only</source>
        <translation>Training runs on PyTorch (hf); vLLM, SGLang, llama.cpp and Ollama serve inference only</translation>
    </message>
    <message>
        <source>The program that serves the model</source>
        <translation>The program that serves the model</translation>
    </message>
    <message>
        <source>{0} groups (attention TP {1})</source>
        <translation>{0} groups (attention TP {1})</translation>
    </message>
    <message>
        <source>default ({0})</source>
        <translation>default ({0})</translation>
    </message>
    <message>
        <source>SGLang --cuda-graph-max-bs: the largest decode batch captured in a CUDA graph; SGLang&apos;s default share leaves 2 MiB per batch size for the graphs (and 3 MiB per batch size and DP group more under DP attention)</source>
        <translation>SGLang --cuda-graph-max-bs: the largest decode batch captured in a CUDA graph; SGLang&apos;s default share leaves 2 MiB per batch size for the graphs (and 3 MiB per batch size and DP group more under DP attention)</translation>
    </message>
    <message>
        <source>SGLang --mem-fraction-static: the share of the GPU&apos;s memory (free at start) kept for the weights and the KV pool; the rest is left for activations and CUDA graphs. Its default on this GPU leaves {0} MiB for those</source>
        <translation>SGLang --mem-fraction-static: the share of the GPU&apos;s memory (free at start) kept for the weights and the KV pool; the rest is left for activations and CUDA graphs. Its default on this GPU leaves {0} MiB for those</translation>
    </message>
    <message>
        <source>SGLang --chunked-prefill-size: prompt tokens prefilled per step; a larger chunk needs more activation memory, which SGLang&apos;s default share reserves</source>
        <translation>SGLang --chunked-prefill-size: prompt tokens prefilled per step; a larger chunk needs more activation memory, which SGLang&apos;s default share reserves</translation>
    </message>
    <message>
        <source>Ollama num_ctx (OLLAMA_CONTEXT_LENGTH): context per slot, the KV cache is sized for it times the parallel slots; Ollama&apos;s default depends on the GPU&apos;s memory, at most the model&apos;s maximum</source>
        <translation>Ollama num_ctx (OLLAMA_CONTEXT_LENGTH): context per slot, the KV cache is sized for it times the parallel slots; Ollama&apos;s default depends on the GPU&apos;s memory, at most the model&apos;s maximum</translation>
    </message>
</context>
</TS>
