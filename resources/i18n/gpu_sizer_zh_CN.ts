<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accuracy</name>
    <message>
        <source>PyTorch allocations (training, MemTracker)</source>
        <translation>PyTorch 显存分配（训练，MemTracker）</translation>
    </message>
    <message>
        <source>PyTorch allocations, per term (training)</source>
        <translation>PyTorch 显存分配，逐项（训练）</translation>
    </message>
    <message>
        <source>PyTorch allocations, per term (FSDP2 on a fake process group)</source>
        <translation>PyTorch 显存分配，逐项（伪进程组上的 FSDP2）</translation>
    </message>
    <message>
        <source>PyTorch allocations (FSDP2 on a fake process group, rank 0 of 4 / 8, MemTracker; `--stack fsdp2`)</source>
        <translation>PyTorch 显存分配（伪进程组上的 FSDP2，4 / 8 个 rank 中的 rank 0，MemTracker；`--stack fsdp2`）</translation>
    </message>
    <message>
        <source>PyTorch allocations per term, tensor parallel on a fake process group (weights, gradients, states)</source>
        <translation>PyTorch 显存分配逐项，伪进程组上的张量并行（权重、梯度、优化器状态）</translation>
    </message>
    <message>
        <source>PyTorch allocations, tensor parallel on a fake process group (rank 0 of 2, no SP; `--tp 2`)</source>
        <translation>PyTorch 显存分配，伪进程组上的张量并行（2 个 rank 中的 rank 0，无序列并行；`--tp 2`）</translation>
    </message>
    <message>
        <source>PyTorch allocations, torchtitan&apos;s TP plan (SP + loss parallel) in FSDP2 on a fake process group (rank 0; `--stack fsdp2 --tp N`)</source>
        <translation>PyTorch 显存分配，伪进程组上 FSDP2 中的 torchtitan 张量并行方案（序列并行 + 损失并行；rank 0；`--stack fsdp2 --tp N`）</translation>
    </message>
    <message>
        <source>PyTorch allocations (inference, MemTracker)</source>
        <translation>PyTorch 显存分配（推理，MemTracker）</translation>
    </message>
    <message>
        <source>PyTorch allocations, per term (inference)</source>
        <translation>PyTorch 显存分配，逐项（推理）</translation>
    </message>
    <message>
        <source>PyTorch allocations per term, Gemma 3n&apos;s towers (timm&apos;s MobileNetV5, the USM conformer: the prefill&apos;s peak and what full fine-tuning keeps, per image and per second of audio; the whole model&apos;s prefill peak with both)</source>
        <translation>PyTorch 显存分配逐项，Gemma 3n 的编码塔（timm 的 MobileNetV5、USM Conformer：预填充峰值与全参数微调保留的显存，按每张图像和每秒音频计；两者兼有时整个模型的预填充峰值）</translation>
    </message>
    <message>
        <source>PyTorch allocations per term, Voxtral&apos;s audio tower (Whisper&apos;s encoder over 30-second chunks and the projector: the prefill&apos;s peak and what full fine-tuning keeps, per chunk; the whole model&apos;s prefill and bf16 training peak with audio)</source>
        <translation>PyTorch 显存分配逐项，Voxtral 的音频塔（Whisper 编码器按 30 秒分块运行，加上投影层：预填充峰值与全参数微调保留的显存，按每块计；含音频时整个模型的预填充峰值和 bf16 训练峰值）</translation>
    </message>
    <message>
        <source>PyTorch allocations per term, frozen towers under LoRA with gradient checkpointing (transformers&apos; enable_input_require_grads hooks them: Pixtral in Mistral Small 3.1, Voxtral&apos;s Whisper encoder; what the tower keeps for backward, and a whole LoRA step&apos;s peak with media less the same without)</source>
        <translation>PyTorch 显存分配逐项，带梯度检查点的 LoRA 下的冻结塔（transformers 的 enable_input_require_grads 会挂钩它们：Mistral Small 3.1 中的 Pixtral、Voxtral 的 Whisper 编码器；塔为反向传播保留的显存，以及整个 LoRA 训练步含媒体与不含媒体时的峰值之差）</translation>
    </message>
    <message>
        <source>Qwen2.5 speed benchmark (HF generate, A100)</source>
        <translation>Qwen2.5 速度基准（HF generate()，A100）</translation>
    </message>
    <message>
        <source>transformers LLM optimization guide (octocoder)</source>
        <translation>transformers 的 LLM 优化指南（octocoder）</translation>
    </message>
    <message>
        <source>llama.cpp buffer sizes (logs)</source>
        <translation>llama.cpp 缓冲区大小（日志）</translation>
    </message>
    <message>
        <source>vLLM memory profiler</source>
        <translation>vLLM 显存分析器</translation>
    </message>
    <message>
        <source>torchtune (A100, active bytes peak)</source>
        <translation>torchtune（A100，活跃字节峰值）</translation>
    </message>
    <message>
        <source>torchtitan (FSDP2/TP/PP/CP, H100, reserved peak)</source>
        <translation>torchtitan（FSDP2/TP/PP/CP，H100，保留显存峰值）</translation>
    </message>
    <message>
        <source>torchtitan (FSDP2, H200, reserved peak)</source>
        <translation>torchtitan（FSDP2，H200，保留显存峰值）</translation>
    </message>
    <message>
        <source>Unsloth longest context per GPU size (QLoRA, whole GPU)</source>
        <translation>Unsloth 各 GPU 显存容量下的最长上下文（QLoRA，整卡）</translation>
    </message>
    <message>
        <source>Liger fused linear cross-entropy (A100, allocated; per term)</source>
        <translation>Liger 融合线性交叉熵（A100，已分配显存；逐项）</translation>
    </message>
    <message>
        <source>Megatron-Core functional tests (H100/A100, allocated peak − steady state)</source>
        <translation>Megatron-Core 功能测试（H100/A100，已分配显存峰值 − 稳态）</translation>
    </message>
    <message>
        <source>DeepSpeed ZeRO (DeepSpeed-Chat logs, torch.cuda allocated)</source>
        <translation>DeepSpeed ZeRO（DeepSpeed-Chat 日志，torch.cuda 已分配显存）</translation>
    </message>
    <message>
        <source>DeepSpeed ZeRO-3 + CPU offload (hpcaitech OPT-Benchmark, A100, torch.cuda max allocated)</source>
        <translation>DeepSpeed ZeRO-3 + CPU 卸载（hpcaitech OPT-Benchmark，A100，torch.cuda 最大已分配显存）</translation>
    </message>
    <message>
        <source>ZeRO-3 + CPU offload, GPU-resident state after initialisation (DeepSpeed&apos;s see_memory_usage)</source>
        <translation>ZeRO-3 + CPU 卸载，初始化后常驻 GPU 的状态（DeepSpeed 的 see_memory_usage）</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Copy summary</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <source>Put a Markdown table of this answer on the clipboard</source>
        <translation>将此结果的 Markdown 表格复制到剪贴板</translation>
    </message>
    <message>
        <source>Units: GiB = 2³⁰ bytes (nvidia-smi&apos;s MiB ÷ 1,024), GB = 10⁹ bytes (what vendors print)</source>
        <translation>单位：GiB = 2³⁰ 字节（nvidia-smi 的 MiB ÷ 1,024），GB = 10⁹ 字节（厂商标称）</translation>
    </message>
    <message>
        <source>Memory per GPU at the peak</source>
        <translation>峰值时每个 GPU 的显存</translation>
    </message>
    <message>
        <source>Σ components</source>
        <translation>Σ 各组成部分</translation>
    </message>
    <message>
        <source>✔ Fits</source>
        <translation>✔ 放得下</translation>
    </message>
    <message>
        <source>✖ Does not fit</source>
        <translation>✖ 放不下</translation>
    </message>
    <message>
        <source> per GPU</source>
        <translation>每个 GPU </translation>
    </message>
    <message>
        <source>{0} of {1} usable{2} ({3} %)</source>
        <translation>{2}{0} / 可用 {1}（{3} %）</translation>
    </message>
    <message>
        <source>driver-reported total</source>
        <translation>驱动报告的总量</translation>
    </message>
    <message>
        <source>derived from the advertised size (no driver reading on record)</source>
        <translation>由标称容量推算（无驱动实测记录）</translation>
    </message>
    <message>
        <source> × vLLM memory share {0}</source>
        <translation> × vLLM 显存占比 {0}</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>可用显存</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>usable − total</source>
        <translation>可用 − 总计</translation>
    </message>
    <message>
        <source>Peak during</source>
        <translation>峰值阶段</translation>
    </message>
    <message>
        <source>Peak phase</source>
        <translation>峰值阶段</translation>
    </message>
    <message>
        <source>max over phases of Σ live tensors</source>
        <translation>各阶段存活张量之和的最大值</translation>
    </message>
    <message>
        <source> · trainable {0}</source>
        <translation> · 可训练 {0}</translation>
    </message>
    <message>
        <source> ({0} get no gradient)</source>
        <translation>（其中 {0} 得不到梯度）</translation>
    </message>
    <message>
        <source>Trainable {0}, {1}</source>
        <translation>可训练 {0}，{1}</translation>
    </message>
    <message>
        <source> + MTP {0} (not in the total)</source>
        <translation> + MTP {0}（不计入总数）</translation>
    </message>
    <message>
        <source> + MTP (not counted)</source>
        <translation> + MTP（未计入）</translation>
    </message>
    <message>
        <source>The checkpoint also ships {0} multi-token-prediction layer(s) with {1} parameters: beside the total, not in it (transformers does not build them); vLLM and SGLang load them only as the draft for speculative decoding.</source>
        <translation>检查点还附带 {0} 个多 token 预测（MTP）层，共 {1} 个参数：在总数之外另计，不含在总数内（transformers 不构建它们）；vLLM 和 SGLang 仅在以它们作为推测解码的草稿时加载。</translation>
    </message>
    <message>
        <source>The checkpoint also ships {0} multi-token-prediction layer(s) of a structure not known here: not counted (unverified).</source>
        <translation>检查点还附带 {0} 个结构未知的多 token 预测（MTP）层：未计入（未经验证）。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Unverified answer — this rests on assumptions:</source>
        <translation>未经验证的结果——它基于以下假设：</translation>
    </message>
    <message>
        <source>Expected error: {0}</source>
        <translation>预期误差：{0}</translation>
    </message>
    <message>
        <source>none — not even 1 token fits</source>
        <translation>无 —— 连 1 个 token 都放不下</translation>
    </message>
    <message>
        <source>{0} tokens (the context set, past the model&apos;s {1}-token maximum)</source>
        <translation>{0} 个 token（即所设上下文，超出模型上限 {1} 个 token）</translation>
    </message>
    <message>
        <source>{0} tokens (the model&apos;s maximum)</source>
        <translation>{0} 个 token（模型上限）</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} 个 token</translation>
    </message>
    <message>
        <source>Found by bisection over the engine&apos;s memory-vs-context sweep, from 1 token to the context set ({0}), past the model&apos;s maximum ({1})</source>
        <translation>在引擎的“显存-上下文”扫描上二分查找，范围从 1 个 token 到所设上下文（{0}），超出模型上限（{1}）</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>可容纳的最长上下文</translation>
    </message>
    <message>
        <source>max c such that total(c) ≤ usable</source>
        <translation>满足 total(c) ≤ 可用显存 的最大 c</translation>
    </message>
    <message>
        <source>Found by bisection over the engine&apos;s memory-vs-context sweep, from 1 token to the model&apos;s maximum ({0})</source>
        <translation>在引擎的“显存-上下文”扫描上二分查找，范围从 1 个 token 到模型上限（{0}）</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>最长上下文</translation>
    </message>
    <message>
        <source>none — not even 1 image fits</source>
        <translation>无 —— 连 1 张图像都放不下</translation>
    </message>
    <message>
        <source>{0} images</source>
        <translation>{0} 张图像</translation>
    </message>
    <message>
        <source>micro-batch per GPU</source>
        <translation>每 GPU 微批大小</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>可容纳的最大批</translation>
    </message>
    <message>
        <source>max b such that total(b) ≤ usable</source>
        <translation>满足 total(b) ≤ 可用显存 的最大 b</translation>
    </message>
    <message>
        <source>The largest {0}, solved exactly by the engine over its memory-vs-batch sweep</source>
        <translation>最大的{0}，由引擎在其“显存-批大小”扫描上精确求解</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>最大批</translation>
    </message>
    <message>
        <source>latency-bound: kernel launches set the time</source>
        <translation>延迟瓶颈：由内核启动决定耗时</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>计算瓶颈</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>显存带宽瓶颈</translation>
    </message>
    <message>
        <source>{0} per image · {1} images/s one at a time ({2})</source>
        <translation>每张图像 {0} · 逐张处理 {1} 张图像/s（{2}）</translation>
    </message>
    <message>
        <source>{0} per batch of {1} images · {2} images/s ({3})</source>
        <translation>每批 {1} 张图像 {0} · {2} 张图像/s（{3}）</translation>
    </message>
    <message>
        <source>if it fit: {0}</source>
        <translation>若能放下：{0}</translation>
    </message>
    <message>
        <source> (towers {0}% of the FLOPs)</source>
        <translation>（各塔占 FLOPs 的 {0}%）</translation>
    </message>
    <message>
        <source>first token {0}</source>
        <translation>首 token {0}</translation>
    </message>
    <message>
        <source>{0} tokens/s per sequence, {1} total ({2}-bound)</source>
        <translation>每序列 {0} token/s，总计 {1}（{2}瓶颈）</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>{0} tokens/s needs {1} × this setup ({2} GPUs)</source>
        <translation>{0} token/s 需要 {1} 份此配置（{2} 个 GPU）</translation>
    </message>
    <message>
        <source>none — {0} does not start</source>
        <translation>无 —— {0} 无法启动</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>unknown for this GPU</source>
        <translation>此 GPU 未知</translation>
    </message>
    <message>
        <source>step {0} · {1} images/s (batches of {2} images)</source>
        <translation>每步 {0} · {1} 张图像/s（每批 {2} 张图像）</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <source>step {0} · {1} {2}</source>
        <translation>每步 {0} · {1} {2}</translation>
    </message>
    <message>
        <source>none — not even the {0} {1} fit</source>
        <translation>无 —— 连 {0} 个{1} 都放不下</translation>
    </message>
    <message>
        <source>, of which {0} {1} ({2} for text)</source>
        <translation>，其中 {0} 个{1}（文本 {2} 个）</translation>
    </message>
    <message>
        <source>{0} images/s in batches of {1} (images per forward pass)</source>
        <translation>{0} 张图像/s，每批 {1} 张（每次前向传播的图像数）</translation>
    </message>
    <message>
        <source>step {0} · {1} images/s over {2} GPUs (micro-batch {3} images per GPU)</source>
        <translation>每步 {0} · {2} 个 GPU 共 {1} 张图像/s（每 GPU 微批 {3} 张图像）</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
    <message>
        <source>{0} · {1} GPU-hours</source>
        <translation>{0} · {1} GPU 小时</translation>
    </message>
    <message>
        <source>set training images</source>
        <translation>请设置训练图像数</translation>
    </message>
    <message>
        <source>set training tokens</source>
        <translation>请设置训练 token 数</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>set a price per GPU-hour</source>
        <translation>请设置每 GPU 小时价格</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>GPU-hours × price per GPU-hour</source>
        <translation>GPU 小时 × 每 GPU 小时价格</translation>
    </message>
    <message>
        <source>{0} — sets {1} of the {2} components</source>
        <translation>{0} —— 决定 {2} 个组成部分中的 {1} 个</translation>
    </message>
    <message>
        <source>Training stack</source>
        <translation>训练框架</translation>
    </message>
    <message>
        <source>Components it sets:</source>
        <translation>它决定的组成部分：</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>训练框架</translation>
    </message>
    <message>
        <source>nvidia-smi will show ≈ {0} (the whole {1} share)</source>
        <translation>nvidia-smi 将显示 ≈ {0}（整个 {1} 份额）</translation>
    </message>
    <message>
        <source>nvidia-smi will show ≈ {0}</source>
        <translation>nvidia-smi 将显示 ≈ {0}</translation>
    </message>
    <message>
        <source>KV pool {0} = {1} tokens</source>
        <translation>KV 池 {0} = {1} 个 token</translation>
    </message>
    <message>
        <source>no memory left for the KV cache: {0} stops at start (&apos;{1}&apos;)</source>
        <translation>KV 缓存已无显存可用：{0} 启动即报错退出（&apos;{1}&apos;）</translation>
    </message>
    <message>
        <source>({0} logs: &apos;{1}&apos;)</source>
        <translation>（{0} 日志：&apos;{1}&apos;）</translation>
    </message>
    <message>
        <source>the model uses {0}</source>
        <translation>模型占用 {0}</translation>
    </message>
    <message>
        <source>nvidia-smi shows what the engine has taken from the driver once it has started, whatever the load; the model uses the part that is not KV cache (weights, activations, the runtime&apos;s own memory); the KV pool is the rest, and its capacity in tokens is what the engine logs at start. This workload needs {0} tokens.</source>
        <translation>nvidia-smi 显示的是引擎启动后向驱动申请的显存，与负载无关；模型占用其中不属于 KV 缓存的部分（权重、激活值、运行时自身的显存）；其余是 KV 池，它能容纳的 token 数即引擎启动时日志中打印的数值。此工作负载需要 {0} 个 token。</translation>
    </message>
    <message>
        <source>Serving engine</source>
        <translation>推理服务引擎</translation>
    </message>
    <message>
        <source>The engine logs:</source>
        <translation>引擎日志：</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>⚠ No estimate</source>
        <translation>⚠ 无法估算</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>prefix tuning</source>
        <translation>前缀微调</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>运行开销</translation>
    </message>
    <message>
        <source>Largest context that fits: none</source>
        <translation>可容纳的最长上下文：无</translation>
    </message>
    <message>
        <source>Micro-batch per GPU (images per step, log scale)</source>
        <translation>每 GPU 微批大小（每步图像数，对数坐标）</translation>
    </message>
    <message>
        <source>Micro-batch per GPU (sequences per step, log scale)</source>
        <translation>每 GPU 微批大小（每步序列数，对数坐标）</translation>
    </message>
    <message>
        <source>Batch size (images per step, log scale)</source>
        <translation>批大小（每步图像数，对数坐标）</translation>
    </message>
    <message>
        <source>Batch size (sequences per step, log scale)</source>
        <translation>批大小（每步序列数，对数坐标）</translation>
    </message>
    <message>
        <source>Memory vs batch size</source>
        <translation>显存与批大小</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>可容纳的最大批</translation>
    </message>
    <message>
        <source>Largest batch that fits: none</source>
        <translation>可容纳的最大批：无</translation>
    </message>
    <message>
        <source>fits up to a batch of {0}</source>
        <translation>批大小最多可到 {0}</translation>
    </message>
    <message>
        <source>fits at every batch size up to {0}</source>
        <translation>直到批大小 {0} 都放得下</translation>
    </message>
    <message>
        <source>does not fit even at batch size 1</source>
        <translation>批大小为 1 也放不下</translation>
    </message>
    <message>
        <source>current batch {0}: {1}</source>
        <translation>当前批大小 {0}：{1}</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>批大小 {0}</translation>
    </message>
    <message>
        <source>x axis:</source>
        <translation>横轴：</translation>
    </message>
    <message>
        <source>Too short for the {0}</source>
        <translation>放不下{0} 的上下文</translation>
    </message>
    <message>
        <source>peak: {0} ↔ {1}</source>
        <translation>峰值阶段：{0} ↔ {1}</translation>
    </message>
    <message>
        <source>does not fit at any context that holds the {0} {1}</source>
        <translation>在能容纳 {0} 个{1} 的任何上下文长度下都放不下</translation>
    </message>
    <message>
        <source>fits at every context up to the one set, {0} tokens, past the model&apos;s maximum ({1})</source>
        <translation>直到所设上下文 {0} 个 token 都放得下（超出模型上限 {1}）</translation>
    </message>
    <message>
        <source>, of which {0} {1}</source>
        <translation>，其中 {0} 个{1}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Memory against the context length (tokens per sequence)</source>
        <translation>显存随上下文长度（每序列 token 数）的变化</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Memory against the batch size, and the largest batch that fits</source>
        <translation>显存随批大小的变化，以及可容纳的最大批</translation>
    </message>
    <message>
        <source>Memory per GPU ({0})</source>
        <translation>每个 GPU 的显存（{0}）</translation>
    </message>
    <message>
        <source>Context length (tokens per sequence, log scale)</source>
        <translation>上下文长度（每序列 token 数，对数坐标）</translation>
    </message>
    <message>
        <source>Batch size (sequences or images per step, log scale)</source>
        <translation>批大小（每步序列或图像数，对数坐标）</translation>
    </message>
    <message>
        <source>Memory vs context length, side by side</source>
        <translation>显存与上下文长度（方案对比）</translation>
    </message>
    <message>
        <source>Memory vs batch size, side by side</source>
        <translation>显存与批大小（方案对比）</translation>
    </message>
    <message>
        <source>One scenario · peak memory per GPU</source>
        <translation>1 个方案 · 每 GPU 峰值显存</translation>
    </message>
    <message>
        <source>{0} scenarios · peak memory per GPU</source>
        <translation>{0} 个方案 · 每 GPU 峰值显存</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>还没有可对比的方案</translation>
    </message>
    <message>
        <source>{0} — does not fit; the same curve as {1}</source>
        <translation>{0} —— 放不下；曲线与{1}重合</translation>
    </message>
    <message>
        <source>{0} — the same curve as {1}</source>
        <translation>{0} —— 曲线与{1}重合</translation>
    </message>
    <message>
        <source>{0} — does not fit</source>
        <translation>{0} —— 放不下</translation>
    </message>
    <message>
        <source>usable {0}: {1}</source>
        <translation>可用 {0}：{1}</translation>
    </message>
    <message>
        <source>Usable memory per GPU</source>
        <translation>每 GPU 可用显存</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Memory vs context length</source>
        <translation>显存与上下文长度</translation>
    </message>
    <message>
        <source>usable {0}</source>
        <translation>可用 {0}</translation>
    </message>
    <message>
        <source>current {0} tokens: {1}</source>
        <translation>当前 {0} 个 token：{1}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>可用显存</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>可容纳的最长上下文</translation>
    </message>
    <message>
        <source>does not fit at any context length</source>
        <translation>任何上下文长度都放不下</translation>
    </message>
    <message>
        <source>fits at every context up to the model&apos;s maximum, {0} tokens</source>
        <translation>直到模型上限 {0} 个 token 都放得下</translation>
    </message>
    <message>
        <source>fits up to {0} tokens</source>
        <translation>最多可容纳 {0} 个 token</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} 个 token</translation>
    </message>
    <message>
        <source>{0} per GPU (log)</source>
        <translation>每 GPU 显存（{0}，对数）</translation>
    </message>
    <message>
        <source>No curve for this model: see the VRAM breakdown.</source>
        <translation>此模型没有曲线：请看显存构成图。</translation>
    </message>
    <message>
        <source>peak: {0} → {1}</source>
        <translation>峰值阶段：{0} → {1}</translation>
    </message>
    <message>
        <source>peak: {0}
→ {1}</source>
        <translation>峰值阶段：{0}
→ {1}</translation>
    </message>
    <message>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <source>fits up to the context set, {0}</source>
        <translation>直到所设上下文 {0} 都放得下</translation>
    </message>
    <message>
        <source>fits up to the maximum, {0}</source>
        <translation>直到上限 {0} 都放得下</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>peak during {0}</source>
        <translation>峰值阶段：{0}</translation>
    </message>
    <message>
        <source> — each of {0} GPUs</source>
        <translation> —— 每个 GPU（共 {0} 个）</translation>
    </message>
    <message>
        <source>VRAM breakdown</source>
        <translation>显存构成</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>运行开销</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <source>images/s</source>
        <translation>图像/s</translation>
    </message>
    <message>
        <source>if it fit: {0}</source>
        <translation>若能放下：{0}</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Weights / precision</source>
        <translation>权重 / 精度</translation>
    </message>
    <message>
        <source>Context / batch</source>
        <translation>上下文 / 批大小</translation>
    </message>
    <message>
        <source>Total per GPU</source>
        <translation>每 GPU 合计</translation>
    </message>
    <message>
        <source>Usable per GPU</source>
        <translation>每 GPU 可用</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>可容纳的最长上下文</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>可容纳的最大批</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>每小时费用</translation>
    </message>
    <message>
        <source>Training cost</source>
        <translation>训练费用</translation>
    </message>
</context>
<context>
    <name>CompareExporter</name>
    <message>
        <source>PNG image of the chart (*.png)</source>
        <translation>图表的 PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Markdown table (*.md)</source>
        <translation>Markdown 表格 (*.md)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>导出方案对比</translation>
    </message>
    <message>
        <source>Chart image copied</source>
        <translation>已复制图表图像</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>已导出 {0}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>The overlay chart as a PNG image</source>
        <translation>将叠加曲线图导出为 PNG 图像</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>The table as Markdown</source>
        <translation>将表格导出为 Markdown</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The table as CSV: one line per scenario, bytes as integers</source>
        <translation>将表格导出为 CSV：每个方案一行，字节数为整数</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在对比…</translation>
    </message>
    <message>
        <source>One scenario: add another with + in the scenario bar (a copy of this one) to compare.</source>
        <translation>只有一个方案：点方案栏中的 + 再添加一个（复制当前方案）即可对比。</translation>
    </message>
    <message>
        <source>{0} scenarios side by side.</source>
        <translation>{0} 个方案并列对比。</translation>
    </message>
    <message>
        <source>Cannot compare: {0}</source>
        <translation>无法对比：{0}</translation>
    </message>
</context>
<context>
    <name>ComputeBudgetDialog</name>
    <message>
        <source>Compute budget (vision and video services)</source>
        <translation>算力预算（视觉与视频服务）</translation>
    </message>
    <message>
        <source>TOPS per stream, as given</source>
        <translation>每路 TOPS（直接给出）</translation>
    </message>
    <message>
        <source>the current model × frames per second</source>
        <translation>当前模型 × 每秒帧数</translation>
    </message>
    <message>
        <source>The card&apos;s dense peak at the precision the network runs in</source>
        <translation>显卡在网络运行精度下的稠密峰值</translation>
    </message>
    <message>
        <source>The share of the card&apos;s peak the deployed network reaches: measure it, or take the vendor&apos;s benchmark for this network over its peak</source>
        <translation>部署的网络能达到的显卡峰值比例：请实测，或用厂商对该网络的基准结果除以峰值</translation>
    </message>
    <message>
        <source>Per stream</source>
        <translation>每路</translation>
    </message>
    <message>
        <source>Operations per stream</source>
        <translation>每路运算量</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>路数</translation>
    </message>
    <message>
        <source>Card peak</source>
        <translation>显卡峰值</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Cards needed</source>
        <translation>所需显卡数</translation>
    </message>
    <message>
        <source>{0}: dense {1} peak (edit for another card)</source>
        <translation>{0}：稠密 {1} 峰值（换卡请修改）</translation>
    </message>
    <message>
        <source>The current model is not a CNN</source>
        <translation>当前模型不是 CNN</translation>
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
        <translation>Token ↔ 文本量</translation>
    </message>
    <message>
        <source>Convert to</source>
        <translation>换算为</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Ratios are averages over a published sample: a real corpus differs (code, markup and numbers take more tokens per character), so a conversion is an estimate to within about ±20 %.</source>
        <translation>比例是已发表样本上的平均值：实际语料会有差异（代码、标记和数字每个字符占用更多 token），因此换算结果是约 ±20 % 以内的估计。</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>换算</translation>
    </message>
</context>
<context>
    <name>CpuRamDialog</name>
    <message>
        <source>transformers (device_map / low_cpu_mem_usage)</source>
        <translation>transformers（device_map / low_cpu_mem_usage）</translation>
    </message>
    <message>
        <source>transformers, plain load (low_cpu_mem_usage=False)</source>
        <translation>transformers，普通加载（low_cpu_mem_usage=False）</translation>
    </message>
    <message>
        <source>llama.cpp (mmap, the default)</source>
        <translation>llama.cpp（mmap，默认）</translation>
    </message>
    <message>
        <source>llama.cpp --no-mmap</source>
        <translation>llama.cpp --no-mmap</translation>
    </message>
    <message>
        <source>CPU RAM to load the model</source>
        <translation>加载模型所需的 CPU 内存</translation>
    </message>
    <message>
        <source>Share of the weights placed on GPUs (the rest stays in CPU RAM)</source>
        <translation>放在 GPU 上的权重比例（其余留在 CPU 内存中）</translation>
    </message>
    <message>
        <source>Largest checkpoint shard (transformers&apos; save_pretrained default: 5 GB)</source>
        <translation>最大的检查点分片（transformers 的 save_pretrained 默认 5 GB）</translation>
    </message>
    <message>
        <source>On GPUs</source>
        <translation>放在 GPU 上</translation>
    </message>
    <message>
        <source>Largest shard</source>
        <translation>最大分片</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Loaded by</source>
        <translation>加载方式</translation>
    </message>
    <message>
        <source>Peak while loading</source>
        <translation>加载时峰值</translation>
    </message>
    <message>
        <source>After loading</source>
        <translation>加载后</translation>
    </message>
    <message>
        <source>Kind of memory</source>
        <translation>内存类型</translation>
    </message>
    <message>
        <source>the imported file&apos;s tensor bytes</source>
        <translation>导入文件中的张量字节数</translation>
    </message>
    <message>
        <source>every tensor in {0}</source>
        <translation>全部张量按 {0} 计</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0}：{1}（{2}）</translation>
    </message>
    <message>
        <source> — this scenario</source>
        <translation> —— 本场景</translation>
    </message>
    <message>
        <source>RAM or swap</source>
        <translation>内存或交换区</translation>
    </message>
    <message>
        <source>page cache (file pages, never swap)</source>
        <translation>页缓存（文件页，不进交换区）</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside GPU Sizer:&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;&lt;br&gt;The app is still running and your document is still open. If something looks wrong, save your work and restart.</source>
        <translation>GPU Sizer 内部出错：&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;&lt;br&gt;程序仍在运行，文档仍然打开。如果有异常，请保存工作并重新启动。</translation>
    </message>
    <message>
        <source>The full report is in the log file:
{0}</source>
        <translation>完整报告见日志文件：
{0}</translation>
    </message>
    <message>
        <source>No log file is being written; the report is below.</source>
        <translation>未写入日志文件；报告见下方。</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Save recovery copy</source>
        <translation>保存恢复副本</translation>
    </message>
    <message>
        <source>“{0}” has unsaved changes. A recovery copy keeps them in a separate file.</source>
        <translation>“{0}”有未保存的更改。恢复副本会把它们保存到另一个文件。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Could not save a recovery copy: {0}</source>
        <translation>无法保存恢复副本：{0}</translation>
    </message>
    <message>
        <source>Saved a recovery copy:
{0}</source>
        <translation>已保存恢复副本：
{0}</translation>
    </message>
</context>
<context>
    <name>CustomGpuDialog</name>
    <message>
        <source>Custom GPU</source>
        <translation>自定义 GPU</translation>
    </message>
    <message>
        <source>Total memory as the driver reports it (nvidia-smi: MiB ÷ 1,024)</source>
        <translation>驱动报告的总显存（nvidia-smi：MiB ÷ 1,024）</translation>
    </message>
    <message>
        <source>Dense bf16/fp16 tensor throughput (not the 2:4 sparse figure)</source>
        <translation>稠密 bf16/fp16 张量算力（不是 2:4 稀疏数值）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <source>Peak bf16/fp16</source>
        <translation>bf16/fp16 峰值</translation>
    </message>
    <message>
        <source>Peak from cores × clock × FLOPs per cycle</source>
        <translation>由核心数 × 频率 × 每周期 FLOPs 计算峰值</translation>
    </message>
    <message>
        <source>For tensor cores, count the FLOPs per tensor core per cycle at 16 bits (the architecture whitepaper&apos;s dense figure); 2 per shader core gives the vector (FP32) peak</source>
        <translation>对张量核心，填写每个张量核心每周期的 16 位 FLOPs（架构白皮书中的稠密值）；每个着色器核心填 2 得到向量（FP32）峰值</translation>
    </message>
</context>
<context>
    <name>DataFields</name>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>GB of text (UTF-8, 10⁹ bytes)</source>
        <translation>GB 文本（UTF-8，10⁹ 字节）</translation>
    </message>
    <message>
        <source>words (English)</source>
        <translation>单词（英文）</translation>
    </message>
    <message>
        <source>characters (e.g. Chinese 汉字)</source>
        <translation>字符（如中文汉字）</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>image–text pairs</source>
        <translation>图文对</translation>
    </message>
    <message>
        <source>hours of audio</source>
        <translation>小时音频</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>{0}: {1} characters a token</source>
        <translation>{0}：每个 token {1} 个字符</translation>
    </message>
    <message>
        <source>A number; K, M, B (or G), T and P multiply by 10³, 10⁶, 10⁹, 10¹², 10¹⁵</source>
        <translation>一个数；K、M、B（或 G）、T、P 分别乘以 10³、10⁶、10⁹、10¹²、10¹⁵</translation>
    </message>
    <message>
        <source>Tokenizer and language of the text: characters per token</source>
        <translation>文本的分词器与语言：每个 token 的字符数</translation>
    </message>
    <message>
        <source>Mean caption length in tokens</source>
        <translation>平均描述文本长度（token）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Tokenizer and language</source>
        <translation>分词器与语言</translation>
    </message>
    <message>
        <source>Tokens per image</source>
        <translation>每张图像的 token 数</translation>
    </message>
    <message>
        <source>Caption tokens per pair</source>
        <translation>每对的描述 token 数</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Recurrent state</source>
        <translation>循环状态</translation>
    </message>
    <message>
        <source>Transient activations</source>
        <translation>临时激活值</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Optimizer-step temporaries</source>
        <translation>优化器步骤临时张量</translation>
    </message>
    <message>
        <source>CUDA context &amp; libraries</source>
        <translation>CUDA 上下文与库</translation>
    </message>
    <message>
        <source>DeepSpeed-Chat&apos;s published logs (ZeRO-0 / 2, 3 rows, fp16 on V100) within 2.5 % and hpcaitech&apos;s OPT-Benchmark (ZeRO-3 with parameter and optimizer offload, checkpointing, eager attention, 4 rows on A100) within 1.9 %; all 7: median 0.6 %, max 2.5 %</source>
        <translation>DeepSpeed-Chat 公开的日志（ZeRO-0 / 2，3 行，V100 上 fp16）误差在 2.5 % 以内；一项公开的 OPT 基准（ZeRO-3，参数与优化器卸载到 CPU，检查点，eager 注意力，A100 上 4 行）误差在 1.9 % 以内；全部 7 行：中位 0.6 %，最大 2.5 %</translation>
    </message>
    <message>
        <source>torchtitan&apos;s published runs (reserved peak; FSDP, TP, PP 1F1B and interleaved, CP, torch.compile, Float8; 20 rows), median 2.7 %, max 14.1 % (405B with Float8 all-gathers: under)</source>
        <translation>torchtitan 公布的运行结果（保留峰值；FSDP、TP、PP 1F1B 与交错、CP、torch.compile、Float8；20 行），中位数 2.7 %，最大 14.1 %（使用 Float8 all-gather 的 405B：偏低）</translation>
    </message>
    <message>
        <source>Liger&apos;s kernel benchmark, its fused loss term (4 rows), median 3.8 %, max 9.4 %</source>
        <translation>Liger 的算子基准中其融合损失项（共 4 行），中位 3.8 %，最大 9.4 %</translation>
    </message>
    <message>
        <source>no published measurement on record yet (held to hand calculations only)</source>
        <translation>尚无公开实测记录（只经手算核对）</translation>
    </message>
    <message>
        <source>Unsloth&apos;s published longest contexts per GPU (QLoRA, 9 rows), median 4.9 %, max 8.4 %</source>
        <translation>Unsloth 公开的各 GPU 最长上下文（QLoRA，共 9 行），中位 4.9 %，最大 8.4 %</translation>
    </message>
    <message>
        <source>&apos;chunked&apos; attention layers need attention.chunk_size</source>
        <translation>&apos;chunked&apos; 注意力层需要 attention.chunk_size</translation>
    </message>
    <message>
        <source>compressed attention layers need attention.compressed and the window every layer attends (attention.sliding_window)</source>
        <translation>压缩注意力层需要 attention.compressed 以及每层都关注的窗口（attention.sliding_window）</translation>
    </message>
    <message>
        <source>moe.dense_layers names a layer beyond num_layers ({layers})</source>
        <translation>moe.dense_layers 列出的层超出了 num_layers（{layers}）</translation>
    </message>
    <message>
        <source>experts_per_token ({per_token}) exceeds num_experts ({experts})</source>
        <translation>experts_per_token（{per_token}）超过了 num_experts（{experts}）</translation>
    </message>
    <message>
        <source>num_heads ({heads}) must be a multiple of num_kv_heads ({kv_heads})</source>
        <translation>num_heads（{heads}）必须是 num_kv_heads（{kv_heads}）的整数倍</translation>
    </message>
    <message>
        <source>kind &apos;{kind}&apos; needs its matching section (decoder/encoder/vision/cnn/ssm)</source>
        <translation>类型 &apos;{kind}&apos; 需要与之对应的部分（&apos;decoder&apos;、&apos;encoder&apos;、&apos;vision&apos;、&apos;cnn&apos; 或 &apos;ssm&apos;）</translation>
    </message>
    <message>
        <source>kv_shared_layers needs per-layer mixers and at least one layer that keeps its own K/V</source>
        <translation>kv_shared_layers 需要逐层的 mixers，并且至少有一层保留自己的 K/V</translation>
    </message>
    <message>
        <source>{name} lists {n} layers but num_layers is {layers}</source>
        <translation>{name} 列出了 {n} 层，但 num_layers 为 {layers}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; layers need their spec ({kind} mixer parameters)</source>
        <translation>&apos;{kind}&apos; 层需要其规格（{kind} 混合器的参数）</translation>
    </message>
    <message>
        <source>&apos;moe&apos; layers need the experts&apos; spec (moe)</source>
        <translation>&apos;moe&apos; 层需要专家的规格（moe）</translation>
    </message>
    <message>
        <source>a projector lists its layers exactly when its kind is &apos;layers&apos;</source>
        <translation>投影器当且仅当其 &apos;kind&apos; 为 &apos;layers&apos; 时才列出各层</translation>
    </message>
    <message>
        <source>a {op} projector layer needs its output width (out)</source>
        <translation>{op} 投影层需要其输出宽度（out）</translation>
    </message>
    <message>
        <source>&apos;sliding&apos; attention layers need attention.sliding_window</source>
        <translation>&apos;sliding&apos; 注意力层需要 attention.sliding_window</translation>
    </message>
    <message>
        <source>a conformer_audio tower describes its conformer, and only it does</source>
        <translation>conformer_audio 塔须描述其 conformer，且只有它可以描述</translation>
    </message>
    <message>
        <source>a timm_vision tower names its timm architecture and image size, and only it does</source>
        <translation>timm_vision 塔须给出其 timm 架构名和图像尺寸，且只有它可以给出</translation>
    </message>
    <message>
        <source>vocab_size must be positive for a {kind} model</source>
        <translation>类型为 &apos;{kind}&apos; 的模型，其 vocab_size 必须为正数</translation>
    </message>
    <message>
        <source>--shape: &apos;{text}&apos; is not a comma-separated list of integers</source>
        <translation>形状：“{text}”不是以逗号分隔的整数列表</translation>
    </message>
    <message>
        <source>--clock-ghz: must be above 0 and at most 100, got {clock}</source>
        <translation>时钟频率必须大于 0 GHz、不超过 100 GHz，而输入的是 {clock}</translation>
    </message>
    <message>
        <source>--cores: must be between 1 and 10,000,000, got {cores}</source>
        <translation>核心数必须在 1 到 10,000,000 之间，而输入的是 {cores}</translation>
    </message>
    <message>
        <source>--flops-per-cycle: must be above 0, got {per_cycle}</source>
        <translation>每周期 FLOPs 必须大于 0，而输入的是 {per_cycle}</translation>
    </message>
    <message>
        <source>--dtype {dtype}: the last dimension ({last:,}) must be a multiple of its {block}-value block</source>
        <translation>元素类型 {dtype}：最后一维（{last:,}）必须是其 {block} 个值一块的整数倍</translation>
    </message>
    <message>
        <source>{cores:,} × {clock:g}·10⁹ cycles/s × {per_cycle:g} = {tflops:,.3f} TFLOP/s. An FMA (a·b + c) counts as 2 FLOPs; this is the vector-unit peak: tensor-core rates are far higher and are published per precision (see `sizing gpus`).</source>
        <translation>{cores:,} × {clock:g}·10⁹ 周期/秒 × {per_cycle:g} = {tflops:,.3f} TFLOP/s。一次 FMA（a·b + c）计为 2 个 FLOP；这是向量单元的峰值：张量核心的算力高得多，按精度分别公布（见 GPU 列表中各款 GPU 的数据）。</translation>
    </message>
    <message>
        <source>GPU share must be between 0 and 1, got {share}</source>
        <translation>GPU 上的份额必须在 0 到 1 之间，而输入的是 {share}</translation>
    </message>
    <message>
        <source>model bytes must be non-negative</source>
        <translation>模型字节数不能为负</translation>
    </message>
    <message>
        <source>transformers builds the model on the meta device and materializes each weight once as it loads (device_map / low_cpu_mem_usage), so loading needs at most one model size, {model}, of CPU RAM; {resident} stay in RAM for the weights not placed on a GPU</source>
        <translation>transformers 在 &apos;meta&apos; 设备上构建模型，加载时每个权重只实例化一次（device_map / low_cpu_mem_usage），因此加载最多需要一个模型大小（{model}）的 CPU 内存；未放到 GPU 上的权重有 {resident} 留在内存中</translation>
    </message>
    <message>
        <source>without low_cpu_mem_usage, transformers first builds the model with random weights ({model}) and then loads the checkpoint into it one shard at a time: the model plus the largest shard ({shard}) = {peak}</source>
        <translation>不用 low_cpu_mem_usage 时，transformers 先用随机权重构建模型（{model}），再逐个分片把检查点载入其中：模型加上最大的分片（{shard}）= {peak}</translation>
    </message>
    <message>
        <source>without low_cpu_mem_usage, transformers first builds the model with random weights ({model}) and then loads the checkpoint into it one shard at a time: the model plus the largest shard ({shard}) = {peak} — a single-file checkpoint is one shard: two copies</source>
        <translation>不用 low_cpu_mem_usage 时，transformers 先用随机权重构建模型（{model}），再逐个分片把检查点载入其中：模型加上最大的分片（{shard}）= {peak}——单文件检查点就是一个分片：两份副本</translation>
    </message>
    <message>
        <source>the GGUF file ({model}) is memory-mapped: the CPU layers&apos; weights, {cpu}, are used in place from the page cache (file pages: reclaimable, shared between processes, not swap); the GPU layers are read through the mapping once and their pages may stay cached until the kernel needs the memory. With less free RAM than the CPU share, pages are re-read from disk (slow, not a failure); --mlock pins them</source>
        <translation>GGUF 文件（{model}）以内存映射方式打开：CPU 上各层的权重（{cpu}）直接在页缓存中使用（文件页：可回收、进程间共享、不进交换区）；GPU 上的层经映射读取一次，其页面可能一直缓存，直到内核需要这些内存。空闲内存少于 CPU 部分时，页面会从磁盘重新读取（慢，但不会失败）；--mlock 可将其锁定</translation>
    </message>
    <message>
        <source>with --no-mmap the CPU layers&apos; weights, {cpu}, are read into allocated buffers (RAM, or swap under pressure); GPU layers pass through a temporary read buffer freed after upload</source>
        <translation>使用 --no-mmap 时，CPU 上各层的权重（{cpu}）被读入分配的缓冲区（内存，内存紧张时进入交换区）；GPU 上的层经一个临时读缓冲区传输，上传后即释放</translation>
    </message>
    <message>
        <source>--shape: a dimension above 2^40 is not a tensor anyone allocates</source>
        <translation>形状：超过 2^40 的维度不是实际会分配的张量</translation>
    </message>
    <message>
        <source>--shape: every dimension must be a positive integer, got {shape}</source>
        <translation>形状：每一维都必须是正整数，而输入的是 {shape}</translation>
    </message>
    <message>
        <source>{numel:,} elements × {per:g} bytes per {dtype} element = {nbytes:,} bytes</source>
        <translation>{numel:,} 个元素 × 每个 {dtype} 元素 {per:g} 字节 = {nbytes:,} 字节</translation>
    </message>
    <message>
        <source>GGML type {dtype} stores {block} values in {block_bytes} bytes ({bits:g} bits per value, scales included) = {nbytes:,} bytes</source>
        <translation>GGML 类型 {dtype} 用 {block_bytes} 字节存 {block} 个值（每个值 {bits:g} 位，含缩放因子）= {nbytes:,} 字节</translation>
    </message>
    <message>
        <source>--dtype: unknown dtype &apos;{dtype}&apos; (known: {known})</source>
        <translation>未知的数据类型“{dtype}”（已知：{known}）</translation>
    </message>
    <message>
        <source>unknown runtime &apos;{runtime}&apos; (known: {known})</source>
        <translation>未知的运行时“{runtime}”（已知：{known}）</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>rotary inv_freq buffers</source>
        <translation>旋转位置编码的 inv_freq 缓冲区</translation>
    </message>
    <message>
        <source>the experts&apos; score-correction bias buffers (e_score_correction_bias)</source>
        <translation>专家的分数校正偏置缓冲区（e_score_correction_bias）</translation>
    </message>
    <message>
        <source>the stored weights take {stored:,} bytes; the {format} formula gives {formula:,.0f} ({diff:+.3%})</source>
        <translation>存储的权重占 {stored:,} 字节；按 {format} 公式为 {formula:,.0f}（{diff:+.3%}）</translation>
    </message>
    <message>
        <source>{words}: more than {tolerance:.1%} apart, so the files are not stored as quantization_config says</source>
        <translation>{words}：相差超过 {tolerance:.1%}，因此文件并非按 quantization_config 所声明的格式存储</translation>
    </message>
    <message>
        <source>the stored weights take {stored:,} bytes; the {format} formula with {components} in 16-bit gives {formula:,.0f} ({diff:+.3%})</source>
        <translation>存储的权重占 {stored:,} 字节；按 {format} 公式（{components} 保持 16 位）为 {formula:,.0f}（{diff:+.3%}）</translation>
    </message>
    <message>
        <source>{words}: the checkpoint is in the format its quantization_config declares</source>
        <translation>{words}：检查点正是其 quantization_config 所声明的格式</translation>
    </message>
    <message>
        <source>the safetensors headers hold exactly the {n:,} parameters config.json describes (checked)</source>
        <translation>safetensors 文件头恰好包含 config.json 所描述的 {n:,} 个参数（已核对）</translation>
    </message>
    <message>
        <source>{n:,} in {words}</source>
        <translation>{n:,} 个在{words}中</translation>
    </message>
    <message>
        <source>the stored tensors hold {stored:,} values but the architecture from config.json has {expected:,} parameters ({diff:+,}); the estimate uses the stored bytes</source>
        <translation>存储的张量含 {stored:,} 个数值，而由 config.json 得到的架构有 {expected:,} 个参数（{diff:+,}）；估算使用存储的字节数</translation>
    </message>
    <message>
        <source>the stored tensors hold {stored:,} values but the architecture from config.json has {expected:,} parameters ({diff:+,}) ({why}); the estimate uses the stored bytes</source>
        <translation>存储的张量含 {stored:,} 个数值，而由 config.json 得到的架构有 {expected:,} 个参数（{diff:+,}）（{why}）；估算使用存储的字节数</translation>
    </message>
    <message>
        <source>the safetensors headers hold {stored:,} parameter values, config.json describes {expected:,} ({residual:+,} not explained by buffers or multi-token-prediction layers)</source>
        <translation>safetensors 文件头含 {stored:,} 个参数值，config.json 描述的是 {expected:,} 个（{residual:+,} 个无法用缓冲区或多 token 预测层解释）</translation>
    </message>
    <message>
        <source>the checkpoint ships multi-token-prediction layers ({tensors} tensors, {values:,} values, {nbytes:,} bytes, e.g. {example}): beside the total, not in it; a runtime loads them only for speculative decoding</source>
        <translation>检查点附带多 token 预测（MTP）层（{tensors} 个张量，{values:,} 个数值，{nbytes:,} 字节，例如 {example}）：在总数之外另计，不含在总数内；推理引擎仅在推测解码时加载它们</translation>
    </message>
    <message>
        <source>pre-quantized checkpoint ({format}): packed tensors are counted by the values they hold, and {n} scale / zero-point tensors ({nbytes:,} bytes) are not parameters</source>
        <translation>预量化检查点（{format}）：打包的张量按其所含数值计数，{n} 个缩放 / 零点张量（{nbytes:,} 字节）不是参数</translation>
    </message>
    <message>
        <source>{n:,} in an lm_head.weight stored although config.json ties it</source>
        <translation>{n:,} 个在一个 lm_head.weight 中（config.json 声明与嵌入共享，但仍被存储）</translation>
    </message>
    <message>
        <source>at batch 1 (a latency: the host CPU&apos;s kernel launches set it)</source>
        <translation>批大小 1 时（这是延迟：由主机 CPU 的内核启动决定）</translation>
    </message>
    <message>
        <source>in batches</source>
        <translation>成批处理时</translation>
    </message>
    <message>
        <source>for windowed attention (Swin) in batches (optimistic: window shifts not counted)</source>
        <translation>窗口注意力（Swin）成批处理时（偏乐观：未计入窗口移位）</translation>
    </message>
    <message>
        <source>for training ResNet-style networks</source>
        <translation>训练 ResNet 类网络时</translation>
    </message>
    <message>
        <source>for training depthwise networks such as EfficientNet (optimistic)</source>
        <translation>训练 EfficientNet 等深度卷积网络时（偏乐观）</translation>
    </message>
    <message>
        <source>for vision transformers in batches (pessimistic)</source>
        <translation>视觉 Transformer 成批处理时（偏保守）</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>计算瓶颈</translation>
    </message>
    <message>
        <source>latency-bound</source>
        <translation>延迟瓶颈</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>显存带宽瓶颈</translation>
    </message>
    <message>
        <source>layer {i} ({op}): the {ih}×{iw}px input shrinks to nothing here</source>
        <translation>第 {i} 层：{ih}×{iw} 像素的输入到这里已缩小为零</translation>
    </message>
    <message>
        <source>{target:,.0f} tokens/s ÷ {per_replica:,.1f} tokens/s per replica ({seqs} concurrent sequences on {gpus} GPU{gpus_s}) → {replicas} replica{replicas_s}, {total} GPUs</source>
        <translation>{target:,.0f} token/s ÷ 每副本 {per_replica:,.1f} token/s（{seqs} 个并发序列，{gpus} 个 GPU）→ {replicas} 个副本，共 {total} 个 GPU</translation>
    </message>
    <message>
        <source>compute-bound: the convolutions&apos; arithmetic sets the time</source>
        <translation>计算瓶颈：由卷积的运算量决定耗时</translation>
    </message>
    <message>
        <source>latency-bound: kernel launches, not the GPU&apos;s arithmetic, set the time</source>
        <translation>延迟瓶颈：耗时由内核启动决定，而非 GPU 的运算</translation>
    </message>
    <message>
        <source>memory-bound: batch-norms, activations and additions streaming the feature maps set the time</source>
        <translation>显存带宽瓶颈：由批归一化、激活和加法读写特征图决定耗时</translation>
    </message>
    <message>
        <source>{what}, batch of {batch}: {ops} kernels, each taking the longest of its launch floor ({floor_us:.1f} µs), its arithmetic (convolutions at {eff:.0%} of {tflops:,.1f} TFLOP/s {math}) and its memory traffic ({bw_eff:.0%} of the bandwidth): launches {floor_ms:,.2f} ms + arithmetic {compute_ms:,.2f} ms + memory {memory_ms:,.2f} ms = {ms:,.2f} ms, {per_s:,.0f} images/s ({bound})</source>
        <translation>{what}，批大小 {batch}：{ops} 个内核，每个取启动下限（{floor_us:.1f} µs）、运算（卷积达 {tflops:,.1f} TFLOP/s {math} 的 {eff:.0%}）和显存读写（带宽的 {bw_eff:.0%}）三者中最长者：启动 {floor_ms:,.2f} ms + 运算 {compute_ms:,.2f} ms + 显存 {memory_ms:,.2f} ms = {ms:,.2f} ms，{per_s:,.0f} 张图像/s（{bound}）</translation>
    </message>
    <message>
        <source>training step (forward, backward, SGD)</source>
        <translation>训练步（前向、反向、SGD）</translation>
    </message>
    <message>
        <source>; of each MoE layer&apos;s {experts} routed experts, the {touched:,.1f} that {seqs} token{seqs_s} touch{verb_s} ({read_gb:,.2f} of {all_gb:,.2f} GB: E·(1 − (1 − k/E)^B) with k = {k}, assuming uniform routing; real routing is skewed, so fewer are touched and decoding is a little faster)</source>
        <translation>；每个 MoE 层的 {experts} 个路由专家中，只读取 {seqs} 个 token 命中的 {touched:,.1f} 个（{read_gb:,.2f} / {all_gb:,.2f} GB：E·(1 − (1 − k/E)^B)，k = {k}，假设路由均匀；实际路由有偏，命中的专家更少，解码会稍快）</translation>
    </message>
    <message>
        <source> + {engine}&apos;s fixed cost {ms:,.2f} ms ({step_ms:,.2f} ms a step{moe})</source>
        <translation> + {engine} 的固定开销 {ms:,.2f} 毫秒（每步 {step_ms:,.2f} 毫秒{moe}）</translation>
    </message>
    <message>
        <source> + {n} MoE layers × {us:,.0f} µs of routing</source>
        <translation> + {n} 个 MoE 层 × {us:,.0f} µs 路由</translation>
    </message>
    <message>
        <source>, not the towers&apos; {gb:,.2f} GB, which decoding does not run</source>
        <translation>，不含解码时不运行的编码塔 {gb:,.2f} GB</translation>
    </message>
    <message>
        <source>2 × Σ multiply-accumulates (conv weights × H_out·W_out, linear weights, attention QKᵀ and AV) = {flops:.3e} FLOPs per image (forward)</source>
        <translation>2 × Σ 乘加次数（卷积权重 × H_out·W_out、线性层权重、注意力 QKᵀ 与 AV）= 每张图像 {flops:.3e} FLOPs（前向）</translation>
    </message>
    <message>
        <source>2 × {params:,.0f} active parameters + attention 4·L·c·d over the context = {flops:.3e} FLOPs per token (forward)</source>
        <translation>2 × {params:,.0f} 个激活参数 + 上下文上的注意力 4·L·c·d = 每个 token {flops:.3e} FLOPs（前向）</translation>
    </message>
    <message>
        <source>patch tokens × (2 × {params:,.0f} parameters + attention 4·L·P·d over the image&apos;s P patches) = {flops:.3e} FLOPs per image (forward)</source>
        <translation>图块 token 数 × (2 × {params:,.0f} 个参数 + 图像 P 个图块上的注意力 4·L·P·d) = 每张图像 {flops:.3e} FLOPs（前向）</translation>
    </message>
    <message>
        <source>, LoRA: no weight gradients for the frozen base</source>
        <translation>，LoRA：冻结的基座没有权重梯度</translation>
    </message>
    <message>
        <source>{gpu}: dense {precision} peak not published</source>
        <translation>{gpu}：未公布 {precision} 稠密峰值</translation>
    </message>
    <message>
        <source>{gpu}: {tflops:,.1f} TFLOP/s dense {precision} (vendor figure; sparse figures halved)</source>
        <translation>{gpu}：{tflops:,.1f} TFLOP/s {precision} 稠密算力（厂商数据；稀疏算力已减半）</translation>
    </message>
    <message>
        <source>{gpu}: {tflops:,.1f} TFLOP/s dense {precision} (vendor figure; sparse figures halved). For scale: {cores:,} cores × {mhz:,.0f} MHz × 2 FLOPs (FMA) = {fp32:,.1f} TFLOP/s fp32 on the vector units</source>
        <translation>{gpu}：{tflops:,.1f} TFLOP/s {precision} 稠密算力（厂商数据；稀疏算力已减半）。作为参照：{cores:,} 个核心 × {mhz:,.0f} MHz × 2 FLOPs（FMA）= 向量单元上 {fp32:,.1f} TFLOP/s fp32</translation>
    </message>
    <message>
        <source>, selective: the attention core again ({share:.0%} of the forward, Megatron policy)</source>
        <translation>，选择性重算：再算一遍注意力核心（前向的 {share:.0%}，Megatron 策略）</translation>
    </message>
    <message>
        <source>, selective: {share:.0%} of the forward again (every second matmul, torchtitan op policy)</source>
        <translation>，选择性重算：再算前向的 {share:.0%}（每隔一个矩阵乘，torchtitan 算子策略）</translation>
    </message>
    <message>
        <source>{flops:.3e} FLOPs / ({gpus} GPUs × {tflops:,.1f} TFLOP/s × {mfu:.0%} MFU) = {hours:,.1f} h; GPU-hours = hours × GPUs</source>
        <translation>{flops:.3e} FLOPs / ({gpus} 个 GPU × {tflops:,.1f} TFLOP/s × {mfu:.0%} MFU) = {hours:,.1f} 小时；GPU 时 = 小时 × GPU 数</translation>
    </message>
    <message>
        <source>{towers}; {share:.1%} of the FLOPs ({how})</source>
        <translation>{towers}；占 FLOPs 的 {share:.1%}（{how}）</translation>
    </message>
    <message>
        <source>forward only</source>
        <translation>仅前向</translation>
    </message>
    <message>
        <source>{mult:g} × forward: frozen, but checkpointing&apos;s input hook sends backward through them for input gradients</source>
        <translation>{mult:g} × 前向：塔虽冻结，但梯度检查点为输入挂的钩子让反向传播经过它们以求输入梯度</translation>
    </message>
    <message>
        <source>{mult:g} × forward: they train, forward and backward</source>
        <translation>{mult:g} × 前向：塔参与训练，前向与反向</translation>
    </message>
    <message>
        <source>{mult:.3g} × forward FLOPs per image ({rule}·N rule{full}{selective}{lora}); MFU {mfu:.0%}</source>
        <translation>{mult:.3g} × 每张图像的前向 FLOPs（{rule}·N 规则{full}{selective}{lora}）；MFU {mfu:.0%}</translation>
    </message>
    <message>
        <source>{mult:.3g} × forward FLOPs per token ({rule}·N rule{full}{selective}{lora}); MFU {mfu:.0%}</source>
        <translation>{mult:.3g} × 每个 token 的前向 FLOPs（{rule}·N 规则{full}{selective}{lora}）；MFU {mfu:.0%}</translation>
    </message>
    <message>
        <source>, with recomputation</source>
        <translation>，含重算</translation>
    </message>
    <message>
        <source>{key} not given; assumed {default}</source>
        <translation>未给出 {key}；假定为 {default}</translation>
    </message>
    <message>
        <source>{key} not given; transformers&apos; default ({table}) assumed</source>
        <translation>未给出 {key}；假定为 transformers 的默认值（{table}）</translation>
    </message>
    <message>
        <source>tie_word_embeddings not given; assumed {default} (transformers&apos; default)</source>
        <translation>未给出 tie_word_embeddings；假定为 {default}（transformers 的默认值）</translation>
    </message>
    <message>
        <source>model_type missing; &apos;{model_type}&apos; inferred from architectures {arch}</source>
        <translation>缺少 model_type；由 architectures {arch} 推断为 &apos;{model_type}&apos;</translation>
    </message>
    <message>
        <source>model_type missing; &apos;gpt2&apos; inferred from the n_embd/n_layer/n_head keys</source>
        <translation>缺少 model_type；由 n_embd/n_layer/n_head 这些键推断为 &apos;gpt2&apos;</translation>
    </message>
    <message>
        <source>model_type missing; &apos;t5&apos; inferred from the d_model/num_heads/d_kv keys</source>
        <translation>缺少 model_type；由 d_model/num_heads/d_kv 这些键推断为 &apos;t5&apos;</translation>
    </message>
    <message>
        <source>as given (--tokens-per-image)</source>
        <translation>按给定值（--tokens-per-image）</translation>
    </message>
    <message>
        <source>--data: the amount must be a finite number ≥ 0, not {amount}</source>
        <translation>数据量必须是 ≥ 0 的有限数，而不是 {amount}</translation>
    </message>
    <message>
        <source>--tokens must be a finite number ≥ 0, not {tokens}</source>
        <translation>token 数必须是 ≥ 0 的有限数，而不是 {tokens}</translation>
    </message>
    <message>
        <source>resources/data/token_ratios.json is broken: {detail}</source>
        <translation>resources/data/token_ratios.json 已损坏：{detail}</translation>
    </message>
    <message>
        <source>tokens ÷ ({words})</source>
        <translation>token ÷（{words}）</translation>
    </message>
    <message>
        <source>an image model&apos;s sample is one image</source>
        <translation>图像模型的一个样本就是一张图像</translation>
    </message>
    <message>
        <source>this model consumes images; give the data in images, not {unit}</source>
        <translation>此模型以图像为输入；请以图像计数给出数据量，而不是{unit}</translation>
    </message>
    <message>
        <source>--unit image-text-pairs needs --caption-tokens (the mean caption length in tokens)</source>
        <translation>以图文对计数时需要给出每对的描述 token 数（描述的平均长度，以 token 计）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the amount must be a finite number ≥ 0</source>
        <translation>“{text}”：数量必须是 ≥ 0 的有限数</translation>
    </message>
    <message>
        <source>--unit words: Chinese text is not counted in words; use --unit chars with --ratio {ratio}</source>
        <translation>中文文本不按单词计数；请改用字符（汉字）为单位，分词器与语言选 {ratio}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount (write e.g. 15T, 1.4B, 2.5e12 or 1,000,000)</source>
        <translation>“{text}”不是一个数量（可写作 15T、1.4B、2.5e12 或 1,000,000）</translation>
    </message>
    <message>
        <source>3,600 s × {rate:g} audio tokens per second (Whisper&apos;s encoder)</source>
        <translation>3,600 秒 × 每秒 {rate:g} 个音频 token（Whisper 的编码器）</translation>
    </message>
    <message>
        <source>1 / {chars:g} characters per token ({tokenizer}, {language})</source>
        <translation>1 / 每 token {chars:g} 个字符（{tokenizer}，{language}）</translation>
    </message>
    <message>
        <source>10^9 bytes / {bytes:g} UTF-8 bytes per {language} character / {chars:g} characters per token ({tokenizer})</source>
        <translation>10^9 字节 / 每个 {language} 字符 {bytes:g} 个 UTF-8 字节 / 每 token {chars:g} 个字符（{tokenizer}）</translation>
    </message>
    <message>
        <source>{tokens:g} tokens per image</source>
        <translation>每张图像 {tokens:g} 个 token</translation>
    </message>
    <message>
        <source>{image:g} image tokens + {caption:g} caption tokens per pair</source>
        <translation>每对 {image:g} 个图像 token + {caption:g} 个描述 token</translation>
    </message>
    <message>
        <source>1 / {words:.3g} words per token ({tokenizer})</source>
        <translation>1 / 每 token {words:.3g} 个单词（{tokenizer}）</translation>
    </message>
    <message>
        <source>{amount:,.6g} {unit} × ({words})</source>
        <translation>{amount:,.6g} {unit} ×（{words}）</translation>
    </message>
    <message>
        <source>tokens as given</source>
        <translation>按给定的 token 数</translation>
    </message>
    <message>
        <source>hours of audio</source>
        <translation>小时音频</translation>
    </message>
    <message>
        <source>characters (for Chinese: 汉字)</source>
        <translation>个字符（中文为汉字）</translation>
    </message>
    <message>
        <source>GB of UTF-8 text (10^9 bytes)</source>
        <translation>GB 的 UTF-8 文本（10^9 字节）</translation>
    </message>
    <message>
        <source>images</source>
        <translation>张图像</translation>
    </message>
    <message>
        <source>image–text pairs</source>
        <translation>个图文对</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>个 token</translation>
    </message>
    <message>
        <source>words</source>
        <translation>个单词</translation>
    </message>
    <message>
        <source>--ratio: unknown ratio &apos;{ratio}&apos; (known: {known})</source>
        <translation>未知的分词器与语言比例“{ratio}”（已知：{known}）</translation>
    </message>
    <message>
        <source>llama.cpp allocates the KV cache for n_ctx = {n_ctx:,} cells when the context is created, each layer&apos;s K and V on the device holding that layer ({on_gpu} of {n} layers on the GPU): {kv} on the GPU. nvidia-smi shows what it allocates, no more.</source>
        <translation>llama.cpp 在创建上下文时为 n_ctx = {n_ctx:,} 个单元分配 KV 缓存，每层的 K 和 V 放在持有该层的设备上（{n} 层中 {on_gpu} 层在 GPU 上）：GPU 上 {kv}。nvidia-smi 显示的就是它分配的，不多不少。</translation>
    </message>
    <message>
        <source> The workload needs {needed:,} tokens of KV cache: more than the pool holds.</source>
        <translation>该负载需要 {needed:,} 个 token 的 KV 缓存：超过了池的容量。</translation>
    </message>
    <message>
        <source>Ollama runs llama.cpp, which allocates the KV cache for n_ctx = {n_ctx:,} cells when the context is created, each layer&apos;s K and V on the device holding that layer ({on_gpu} of {n} layers on the GPU): {kv} on the GPU. nvidia-smi shows what it allocates, no more.</source>
        <translation>Ollama 运行 llama.cpp，后者在创建上下文时为 n_ctx = {n_ctx:,} 个单元分配 KV 缓存，每层的 K 和 V 放在持有该层的设备上（{n} 层中 {on_gpu} 层在 GPU 上）：GPU 上 {kv}。nvidia-smi 显示的就是它分配的，不多不少。</translation>
    </message>
    <message>
        <source>SGLang keeps mem_fraction_static = {frac:.3f} (its default for {total} at TP {tp}: chunked_prefill_size {chunk:,}, cuda_graph_max_bs {graph_bs}) of the memory free at start ({free}) = {static} for the weights ({weights}) and the KV pool, which takes the rest: {pool} / {cell} per token ({layers} layers) = {tokens:,} tokens (max_total_num_tokens), {requests:.2f} requests of {ctx_len:,} tokens. Activations of a {chunk:,}-token prefill chunk and CUDA graphs live outside that share; nvidia-smi shows about {claimed} once they are allocated.</source>
        <translation>SGLang 保留 mem_fraction_static = {frac:.3f}（它对 {total}、TP {tp} 的默认值：chunked_prefill_size {chunk:,}，cuda_graph_max_bs {graph_bs}）的启动时空闲显存（{free}）= {static}，用于权重（{weights}）和 KV 池，KV 池占其余部分：{pool} / 每个 token {cell}（{layers} 层）= {tokens:,} 个 token（max_total_num_tokens），可容纳 {requests:.2f} 个 {ctx_len:,} token 的请求。{chunk:,} 个 token 的预填充分块的激活值和 CUDA 图在该份额之外；分配完成后 nvidia-smi 显示约 {claimed}。</translation>
    </message>
    <message>
        <source> DP attention (--enable-dp-attention --dp {dp}): attention runs at TP {attn_tp} in {dp} groups, each holding the attention weights and token embedding at that TP (MoE and MLP stay split over TP {tp}) and its own KV pool for its share of the requests, {share:,} of {requests:,}; the pool and max_total_num_tokens above are one group&apos;s, {all_tokens:,} tokens over the {dp} groups. SGLang divides chunked_prefill_size by dp ({chunk:,} per rank).</source>
        <translation> DP 注意力（--enable-dp-attention --dp {dp}）：注意力分为 {dp} 组、每组以 TP {attn_tp} 运行，每组按该 TP 持有注意力权重和词嵌入（MoE 与 MLP 仍按 TP {tp} 切分），并为自己分到的请求（{requests:,} 个中的 {share:,} 个）维护独立的 KV 池；上面的 KV 池和 max_total_num_tokens 是一组的数字，{dp} 组合计 {all_tokens:,} 个 token。SGLang 将 chunked_prefill_size 除以 dp（每个 rank {chunk:,}）。</translation>
    </message>
    <message>
        <source> DP attention (--enable-dp-attention --dp {dp}): attention runs at TP {attn_tp} in {dp} groups, each holding the attention weights and token embedding at that TP (MoE and MLP stay split over TP {tp}) and its own KV pool for its share of the requests, {share:,} of {requests:,}; the pool and max_total_num_tokens above are one group&apos;s, {all_tokens:,} tokens over the {dp} groups. SGLang divides chunked_prefill_size by dp ({chunk:,} per rank), and its default share keeps a further cuda_graph_max_bs · dp · {per:g} MiB = {reserve} free for DP attention&apos;s padding.</source>
        <translation> DP 注意力（--enable-dp-attention --dp {dp}）：注意力分为 {dp} 组、每组以 TP {attn_tp} 运行，每组按该 TP 持有注意力权重和词嵌入（MoE 与 MLP 仍按 TP {tp} 切分），并为自己分到的请求（{requests:,} 个中的 {share:,} 个）维护独立的 KV 池；上面的 KV 池和 max_total_num_tokens 是一组的数字，{dp} 组合计 {all_tokens:,} 个 token。SGLang 将 chunked_prefill_size 除以 dp（每个 rank {chunk:,}），其默认比例还为 DP 注意力的填充额外预留 cuda_graph_max_bs · dp · {per:g} MiB = {reserve}。</translation>
    </message>
    <message>
        <source> While SGLang sizes the pool, the MTP draft still holds its own embedding and output head in 16 bits ({copies}: vocabulary {vocab:,} × hidden {hidden:,} × 2 bytes each, split over TP); it shares the model&apos;s only afterwards, and the pool does not get that memory back.</source>
        <translation>SGLang 划定 KV 池时，MTP 草稿模型仍持有自己的 16 位词嵌入和输出头（{copies}：词表 {vocab:,} × 隐藏维度 {hidden:,} × 每个 2 字节，按 TP 切分）；之后它才改用模型自身的那两份，而这部分显存不会再还给 KV 池。</translation>
    </message>
    <message>
        <source> The weights exceed the static share: SGLang stops at start (raise mem_fraction_static).</source>
        <translation>权重超过了静态份额：SGLang 在启动时停止（请调高 mem_fraction_static）。</translation>
    </message>
    <message>
        <source>vLLM claims total × gpu_memory_utilization = {total} × {util:g} = {budget} per GPU at start, and nvidia-smi shows all of it whatever the load. Of it the model uses {model} (weights, the profile run&apos;s activation peak, non-torch memory); the KV pool fills the rest, {pool}: ⌊{pool} / ({block} tokens × {per_token} per token and layer) / {layers} layers⌋ = {blocks:,} blocks of {block} = {tokens:,} tokens, {conc:.2f} requests of {ctx_len:,} tokens.</source>
        <translation>vLLM 启动时占用 总量 × gpu_memory_utilization = {total} × {util:g} = 每个 GPU {budget}，无论负载如何，nvidia-smi 都显示全部。其中模型使用 {model}（权重、预跑测量的激活峰值、非 torch 显存）；KV 池填满其余部分 {pool}：⌊{pool} / ({block} 个 token × 每个 token 每层 {per_token}) / {layers} 层⌋ = {blocks:,} 个块，每块 {block} 个 = {tokens:,} 个 token，可容纳 {conc:.2f} 个 {ctx_len:,} token 的请求。</translation>
    </message>
    <message>
        <source> Not counted here: CUDA graph memory (vLLM logs &apos;Graph capturing finished in N secs, took X GiB&apos;). From v0.21.0 vLLM profiles it before sizing the pool and takes its estimate out of the share (&apos;Estimated CUDA graph memory: X GiB total&apos;; VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS=1 by default), so the pool is that much smaller and nvidia-smi still shows the share; before v0.21.0 (or with the variable set to 0) the graphs are captured after the pool is sized and come on top of the share (vLLM&apos;s V0 warning: &apos;CUDA graphs can take additional 1~3 GiB memory per GPU&apos;).</source>
        <translation>这里未计入：CUDA 图的显存（vLLM 记录为 &apos;Graph capturing finished in N secs, took X GiB&apos;）。从 v0.21.0 起，vLLM 在确定池大小之前先分析它，并把估计值从份额中扣除（&apos;Estimated CUDA graph memory: X GiB total&apos;；默认 VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS=1），所以池相应变小，nvidia-smi 仍显示整个份额；v0.21.0 之前（或把该变量设为 0 时），CUDA 图在池大小确定后才捕获，在份额之外另算（vLLM V0 的警告：&apos;CUDA graphs can take additional 1~3 GiB memory per GPU&apos;）。</translation>
    </message>
    <message>
        <source> This model has sliding-window, chunked or fixed-state layers: vLLM&apos;s hybrid allocator gives them fewer blocks, so it holds (and logs) more tokens than counted here, where every layer keeps every token.</source>
        <translation>该模型有滑动窗口、分块或固定状态的层：vLLM 的混合分配器给它们的块更少，所以它容纳（并记录）的 token 比这里算的多（这里每层都保留每个 token）。</translation>
    </message>
    <message>
        <source> The weights and activation peak alone exceed the share: vLLM stops at start (no memory for the KV cache); raise gpu_memory_utilization or use more GPUs.</source>
        <translation>仅权重和激活峰值就超过了份额：vLLM 在启动时停止（没有 KV 缓存的显存）；请调高 gpu_memory_utilization 或使用更多 GPU。</translation>
    </message>
    <message>
        <source>images/s {lo:+.0%} … {hi:+.0%} {regime}, held to {n} published PyTorch inference figures (NVIDIA DeepLearningExamples, timm; V100, T4, A100, RTX 3090/4090/5090), timed op by op (core/cnn_speed.py)</source>
        <translation>图像/s：{regime}为 {lo:+.0%} … {hi:+.0%}，以 {n} 项公开的 PyTorch 推理数据（NVIDIA DeepLearningExamples、timm；V100、T4、A100、RTX 3090/4090/5090）检验，按算子逐个计时（core/cnn_speed.py）</translation>
    </message>
    <message>
        <source>images/s {lo:+.0%} … {hi:+.0%} {regime}, held to {n} published 1-GPU PyTorch training figures (NVIDIA DeepLearningExamples; V100, A100), timed op by op (core/cnn_speed.py)</source>
        <translation>图像/s：{regime}为 {lo:+.0%} … {hi:+.0%}，以 {n} 项公开的单 GPU PyTorch 训练数据（NVIDIA DeepLearningExamples；V100、A100）检验，按算子逐个计时（core/cnn_speed.py）</translation>
    </message>
    <message>
        <source>; did you mean {close}?</source>
        <translation>；您是否指的是 {close}？</translation>
    </message>
    <message>
        <source>weights exact for the format; the activations of a CNN&apos;s inference are not yet held to a measurement (its training is: 4 MemTracker runs, within 0.02 %); runtime overhead ±0.5 GiB</source>
        <translation>权重按格式精确计算；CNN 推理的激活值尚未与实测对照（其训练已对照：4 次 MemTracker 运行，误差在 0.02 % 以内）；运行时开销 ±0.5 GiB</translation>
    </message>
    <message>
        <source>; known: {ids}</source>
        <translation>；已知的有：{ids}</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>{source}：{problem}</translation>
    </message>
    <message>
        <source>; see `sizing gpus` for the list</source>
        <translation>；请从 GPU 列表中选择</translation>
    </message>
    <message>
        <source>; see `sizing models` for the list</source>
        <translation>；请从模型列表中选择，或导入模型的 config.json</translation>
    </message>
    <message>
        <source>allocated tensors: within 0.02 % of what PyTorch allocates in 4 MemTracker training runs of CNNs (ResNet-50 and VGG-16 in fp32 at batch 32, SGD with momentum and AdamW; README &apos;Accuracy&apos;). CUDA context and allocator slack are typical values (±0.5 GiB)</source>
        <translation>已分配张量：与 PyTorch 在 4 次 CNN 训练的 MemTracker 运行中的分配量相差不超过 0.02 %（ResNet-50 与 VGG-16，fp32，批大小 32，带动量的 SGD 与 AdamW；见 README 中的准确度表）。CUDA 上下文与分配器余量为典型值（±0.5 GiB）</translation>
    </message>
    <message>
        <source>unknown weight format &apos;{given}&apos;{hint}</source>
        <translation>未知的权重格式 &apos;{given}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown gpu &apos;{given}&apos;{hint}</source>
        <translation>未知的 GPU &apos;{given}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown {what} &apos;{given}&apos;{hint}</source>
        <translation>未知的{what} &apos;{given}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown KV-cache type &apos;{given}&apos;{hint}</source>
        <translation>未知的 KV 缓存类型 &apos;{given}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown model &apos;{given}&apos;{hint}</source>
        <translation>未知的模型 &apos;{given}&apos;{hint}</translation>
    </message>
    <message>
        <source>torch.autocast casts each Linear weight to 16 bits once per forward and keeps the copy (its cache, and autograd&apos;s saved tensors) until backward has used it = {size}; freed before the optimizer step.</source>
        <translation>torch.autocast 在每次前向时把每个 Linear 权重转换为 16 位一次，并保留这份副本（其缓存和 autograd 保存的张量）直到反向用完 = {size}；在优化器步骤前释放。</translation>
    </message>
    <message>
        <source> The backward&apos;s first recomputed layer runs while every layer&apos;s input is still held (a checkpoint frees its input only when that layer&apos;s backward returns): {inputs} of inputs and {layer} recomputed.</source>
        <translation>反向中第一个被重算的层运行时，每层的输入仍都保留着（检查点只在该层的反向返回时才释放其输入）：输入 {inputs}，重算的层 {layer}。</translation>
    </message>
    <message>
        <source>Every convolution, batch-norm and pooling layer keeps its input for backward; in-place ReLUs keep their output, which is the batch-norm output, so each tensor is counted once; max-pooling adds int64 indices. For {images:,.0f} images of {img}×{img} at {a} bytes: {saved}. Going backward, kept tensors are released layer by layer while each layer holds the gradients of its output and input: worst moment {backward}.</source>
        <translation>每个卷积、批归一化和池化层为反向保留其输入；原地 ReLU 保留其输出（即批归一化的输出），因此每个张量只计一次；最大池化另加 int64 索引。{images:,.0f} 张 {img}×{img} 的图像，每元素 {a} 字节：{saved}。反向时，保留的张量逐层释放，而每层持有其输出和输入的梯度：最坏时刻 {backward}。</translation>
    </message>
    <message>
        <source>Without autograd each feature map is freed after its last reader; the largest set alive at once (a layer&apos;s input and output, plus residual inputs waiting for their addition) for {images:,.0f} images = {size}.</source>
        <translation>没有 autograd 时，每个特征图在最后一次被读取后释放；同时存活的最大集合（一层的输入和输出，加上等待相加的残差输入），{images:,.0f} 张图像 = {size}。</translation>
    </message>
    <message>
        <source>The CUDA context, kernels and cuBLAS/cuDNN handles each process loads before any tensor; about {size} with lazy module loading (varies ±200 MiB with GPU and driver).</source>
        <translation>每个进程在分配任何张量之前加载的 CUDA 上下文、内核以及 cuBLAS/cuDNN 句柄；启用延迟模块加载时约 {size}（随 GPU 和驱动相差 ±200 MiB）。</translation>
    </message>
    <message>
        <source>The CUDA context, kernels and cuBLAS/cuDNN handles each process loads before any tensor: {size}, as set in the scenario (the runtime&apos;s typical value is {typical}).</source>
        <translation>每个进程在分配任何张量之前加载的 CUDA 上下文、内核以及 cuBLAS/cuDNN 句柄：{size}，为方案中设定的值（该运行时的典型值为 {typical}）。</translation>
    </message>
    <message>
        <source>DistributedDataParallel copies gradients into its all-reduce buckets; with the default gradient_as_bucket_view=False this is a second gradient-sized buffer = {size}.</source>
        <translation>DistributedDataParallel 把梯度复制到它的 all-reduce 桶中；默认 gradient_as_bucket_view=False 时，这是第二个与梯度同样大小的缓冲区 = {size}。</translation>
    </message>
    <message>
        <source> The buckets hold every parameter that requires grad, the idle tower&apos;s {params:,.0f} too (torch&apos;s _build_params_for_reducer); the reducer leaves their .grad None.</source>
        <translation> 这些桶容纳每个 requires_grad 的参数，空闲塔的 {params:,.0f} 个参数也在其中（torch 的 _build_params_for_reducer）；reducer 让它们的 .grad 保持为 None。</translation>
    </message>
    <message>
        <source>For more than one token, bitsandbytes dequantizes each 4-bit weight to 16 bits before the matmul: the largest linear ({largest:,.0f} weights) × {per} bytes = {size}. Decoding one token uses a fused kernel without this copy.</source>
        <translation>处理多个 token 时，bitsandbytes 在矩阵乘之前把每个 4 位权重反量化为 16 位：最大的线性层（{largest:,.0f} 个权重）× {per} 字节 = {size}。解码单个 token 时使用融合内核，没有这份副本。</translation>
    </message>
    <message>
        <source>For more than one token, bitsandbytes dequantizes each 4-bit weight to 16 bits before the matmul and casts it to fp32 (the compute dtype defaults to float32): the largest linear ({largest:,.0f} weights) × {per} bytes = {size}. Decoding one token uses a fused kernel without this copy.</source>
        <translation>处理多个 token 时，bitsandbytes 在矩阵乘之前把每个 4 位权重反量化为 16 位，并转换为 fp32（计算精度默认为 float32）：最大的线性层（{largest:,.0f} 个权重）× {per} 字节 = {size}。解码单个 token 时使用融合内核，没有这份副本。</translation>
    </message>
    <message>
        <source> They include DoRA&apos;s {mags:,} magnitudes (one per output feature of each target: use_dora=True). A fused projection (c_attn, qkv_proj, query_key_value) is one target.</source>
        <translation> 其中包括 DoRA 的 {mags:,} 个幅度参数（每个目标层的每个输出特征一个：use_dora=True）。融合投影（c_attn、qkv_proj、query_key_value）算作一个目标。</translation>
    </message>
    <message>
        <source>DoRA recomputes ‖W + s·BA‖ in every forward: peft builds an identity of {d_in} × {d_in}, the product BA, a {dtype} copy of the weight and the sum ({d_in} × {d_out:,.0f} each) for the largest target = {size} at a time (detached: nothing of it is kept for backward).</source>
        <translation>DoRA 在每次前向中重新计算 ‖W + s·BA‖：peft 为最大的目标层构造 {d_in} × {d_in} 的单位矩阵、乘积 BA、权重的 {dtype} 副本以及二者之和（各 {d_in} × {d_out:,.0f}），同一时刻 = {size}（已 detach：反向不保留其中任何部分）。</translation>
    </message>
    <message>
        <source>{stack}: at the step the optimizer builds an fp32 copy of this rank&apos;s 16-bit gradient partition ({elements:,.0f} elements) beside the 16-bit one, then frees the 16-bit gradients = {size}. Its fused Adam updates in place (no foreach temporary).</source>
        <translation>{stack}：在优化器步骤时，优化器在 16 位梯度分区（{elements:,.0f} 个元素）旁边构建一份 fp32 副本，然后释放 16 位梯度 = {size}。它的融合 Adam 原地更新（没有 foreach 临时张量）。</translation>
    </message>
    <message>
        <source>{stack}: at the step the optimizer builds an fp32 copy of this rank&apos;s 16-bit gradient partition ({elements:,.0f} elements, one sub-group of at most 1e9 at a time) beside the 16-bit one, then frees the 16-bit gradients = {size}. Its fused Adam updates in place (no foreach temporary).</source>
        <translation>{stack}：在优化器步骤时，优化器在本 rank 的 16 位梯度分区（{elements:,.0f} 个元素，一次最多一个 1e9 的子组）旁边构建一份 fp32 副本，然后释放 16 位梯度 = {size}。它的融合 Adam 原地更新（没有 foreach 临时张量）。</translation>
    </message>
    <message>
        <source>DeepSpeed ZeRO-3 records the order its modules run in during the first step and gathers one module&apos;s 16-bit parameters at a time; from the second step on it prefetches along that trace, up to stage3_prefetch_bucket_size = {prefetch:,} at each module, until min(stage3_max_live_parameters = {live:,}, the model&apos;s {n:,.0f}) are gathered (DeepSpeed&apos;s defaults) = {size}.</source>
        <translation>DeepSpeed ZeRO-3 在第一步记录各模块的运行顺序，每次只聚合一个模块的 16 位参数；从第二步起沿该顺序预取，每个模块最多预取 stage3_prefetch_bucket_size = {prefetch:,} 个，直到已聚合 min(stage3_max_live_parameters = {live:,}，模型的 {n:,.0f}) 个参数（DeepSpeed 默认值）= {size}。</translation>
    </message>
    <message>
        <source>{stack} (contiguous_gradients, its default) allocates an ipg buffer of reduce_bucket_size = {elements:,} elements in the 16-bit dtype to gather gradients before each reduce(-scatter) = {size}.</source>
        <translation>{stack}（contiguous_gradients，其默认值）分配一个 reduce_bucket_size = {elements:,} 个 16 位元素的 ipg 缓冲区，在每次 reduce(-scatter) 之前收集梯度 = {size}。</translation>
    </message>
    <message>
        <source>{stack}: the output layer shares its weight with the input embedding, so autograd keeps the output layer&apos;s 16-bit weight gradient ({vocab:,} × {hidden:,}) until the embedding&apos;s backward, the last, adds its own; only then does DeepSpeed&apos;s gradient hook move the sum into its bucket = {size} while the blocks run backward.</source>
        <translation>{stack}：输出层与输入嵌入共用同一权重，所以 autograd 把输出层的 16 位权重梯度（{vocab:,} × {hidden:,}）一直留到最后的嵌入反向加上它自己的那一份；之后 DeepSpeed 的梯度钩子才把两者之和移入其桶 = 各块反向期间 {size}。</translation>
    </message>
    <message>
        <source>16-bit working copy of the {params:,.0f} parameters on this GPU = {size}.</source>
        <translation>本 GPU 上 {params:,.0f} 个参数的 16 位工作副本 = {size}。</translation>
    </message>
    <message>
        <source>16-bit working copy of the {params:,.0f} parameters on this GPU, partitioned over {dp} data-parallel ranks (ZeRO-3) = {size}.</source>
        <translation>本 GPU 上 {params:,.0f} 个参数的 16 位工作副本，分区到 {dp} 个数据并行 rank（ZeRO-3）= {size}。</translation>
    </message>
    <message>
        <source>16-bit working copy of the {params:,.0f} parameters on this GPU, partitioned over {dp} data-parallel ranks (ZeRO-3) = {size} — kept in CPU memory (offload_param) and gathered layer by layer.</source>
        <translation>本 GPU 上 {params:,.0f} 个参数的 16 位工作副本，分区到 {dp} 个数据并行 rank（ZeRO-3）= {size} —— 保存在 CPU 内存中（offload_param），逐层聚合。</translation>
    </message>
    <message>
        <source> The multimodal embedders run on every text token too and keep {size} for backward.</source>
        <translation>多模态嵌入器也对每个文本 token 运行，为反向传播保留 {size}。</translation>
    </message>
    <message>
        <source>With experts sharded over {ep} ranks, one MoE layer at a time sends its {k} routed copies of each token to the ranks holding those experts and receives them back: a send and a receive buffer of T × k × h = {size} (balanced routing: each rank&apos;s experts receive T · k tokens in all).</source>
        <translation>专家分片到 {ep} 个 rank 上时，MoE 层逐层把每个 token 的 {k} 个路由副本发送到持有这些专家的 rank 并收回：一个发送和一个接收缓冲区，T × k × h = {size}（均衡路由：每个 rank 的专家共接收 T · k 个 token）。</translation>
    </message>
    <message>
        <source>{kinds} layer(s) keep a fixed-size state instead of a KV cache: {recurrent:,} recurrent elements (fp32) and {conv:,} convolution-window elements ({bytes:g} bytes) per sequence; it does not grow with context. = {size}.</source>
        <translation>{kinds} 层保留固定大小的状态而不是 KV 缓存：每个序列 {recurrent:,} 个循环元素（fp32）和 {conv:,} 个卷积窗口元素（{bytes:g} 字节）；它不随上下文增长。= {size}。</translation>
    </message>
    <message>
        <source>{params:,} frozen parameters stored as {format} ({bits:.3f} bits per quantized weight) = {size}; no gradients or optimizer states for them.</source>
        <translation>{params:,} 个冻结参数以 {format} 存储（每个量化权重 {bits:.3f} 位）= {size}；它们没有梯度和优化器状态。</translation>
    </message>
    <message>
        <source> At the end of backward, while the embedding&apos;s backward runs, the first block&apos;s fp32 reduce-scatter input is kept until the next post-backward = {size}, beside the gathered root, the blocks&apos; gradient shards and the output layer&apos;s and the embedding&apos;s 16-bit gradients.</source>
        <translation>反向结束时，嵌入层的反向运行期间，第一个块的 fp32 reduce-scatter 输入会保留到下一次 post-backward = {size}，旁边还有保持聚合的根模块、各块的梯度分片，以及输出层和嵌入层的 16 位梯度。</translation>
    </message>
    <message>
        <source> At the end of backward the root module (embedding, final norm, output: {root:,.0f} parameters) reduce-scatters its 16-bit gradients through an fp32 input = {size}; the gathered root is resharded first, and the blocks&apos; gradients are shards by then.</source>
        <translation>反向结束时，根模块（嵌入、最终归一化、输出层：{root:,.0f} 个参数）通过 fp32 输入对其 16 位梯度做 reduce-scatter = {size}；聚合的根模块先被重新分片，此时各块的梯度已是分片。</translation>
    </message>
    <message>
        <source>{stack}: while the blocks run backward, the output layer&apos;s 16-bit gradient ({vocab:,} × {hidden:,}) waits unsharded for the root module&apos;s reduce-scatter at the end of backward, beside the fp32 gradient shard of the block whose backward is over = {size}.</source>
        <translation>{stack}：各块运行反向时，输出层的 16 位梯度（{vocab:,} × {hidden:,}）以未分片形式等待反向结束时根模块的 reduce-scatter，旁边还有已完成反向的那个块的 fp32 梯度分片 = {size}。</translation>
    </message>
    <message>
        <source>{stack} all-gathers each block&apos;s 16-bit parameters while it runs forward and prefetches the next (2 × {unit:,.0f}), and keeps the root module&apos;s ({root:,.0f}: embedding, final norm, output) gathered from the end of forward into backward = {size}. While the loss&apos;s backward runs, before any block&apos;s, only the root and the {blocks} block(s) that forward leaves gathered are = {kept}; no reduce-scatter has begun. A block&apos;s backward reshards the block before its reduce-scatter while the next is prefetched: one block and the root = {in_block}.</source>
        <translation>{stack} 在每个块前向运行时 all-gather 其 16 位参数并预取下一个（2 × {unit:,.0f}），并把根模块（{root:,.0f}：嵌入、最终归一化、输出层）从前向结束到反向一直保持聚合 = {size}。损失的反向运行时（任何块的反向开始之前），只有根模块和前向结束后仍保持聚合的 {blocks} 个块 = {kept}；reduce-scatter 尚未开始。某个块的反向在其 reduce-scatter 之前重新分片该块，同时预取下一个：一个块加根模块 = {in_block}。</translation>
    </message>
    <message>
        <source> Float8 all-gather: the blocks&apos; linear weights are gathered in float8, 1 byte each instead of 2.</source>
        <translation> Float8 all-gather：各块线性层的权重以 Float8 收集，每个 1 字节而非 2 字节。</translation>
    </message>
    <message>
        <source>{stack} with pipeline parallelism keeps the stage&apos;s parameters gathered between micro-batches (reshard_after_forward=False): {layers} layers × {unit:,.0f} params and {root:,.0f} outside the layers (embedding or output), × 2 bytes = {size}.</source>
        <translation>{stack} 搭配流水线并行时，在微批次之间保持本阶段参数处于聚合状态（reshard_after_forward=False）：{layers} 层 × {unit:,.0f} 个参数，加上层外的 {root:,.0f} 个（嵌入或输出层），× 2 字节 = {size}。</translation>
    </message>
    <message>
        <source>{stack} under a pipeline schedule skips the reduce-scatter until the last micro-batch (set_requires_gradient_sync(False)): each micro-batch&apos;s gradients accumulate unsharded in the fp32 reduce dtype for the stage&apos;s {params:,.0f} parameters = {size}, alive through the steady state of 1F1B.</source>
        <translation>{stack} 在流水线调度下直到最后一个微批次才做 reduce-scatter（set_requires_gradient_sync(False)）：每个微批次的梯度以 fp32 归约精度未分片地累积，本阶段 {params:,.0f} 个参数 = {size}，在 1F1B 稳态期间一直存在。</translation>
    </message>
    <message>
        <source>{stack}: each block&apos;s unsharded 16-bit gradients ({params:,.0f} parameters) are cast to fp32 (reduce_dtype) for the reduce-scatter = {size} while a layer&apos;s backward finishes.</source>
        <translation>{stack}：每个块未分片的 16 位梯度（{params:,.0f} 个参数）为 reduce-scatter 转换为 fp32（reduce_dtype）= {size}，在一层的反向结束时存在。</translation>
    </message>
    <message>
        <source>{stack} reduce-scatters gradients on its own CUDA stream, so the sharded fp32 gradients are allocated from that stream&apos;s pool of the caching allocator; after zero_grad() their blocks stay cached there, and the default stream, where forward and backward allocate, cannot reuse them = {size} reserved while the gradients do not exist.</source>
        <translation>{stack} 在自己的 CUDA 流上 reduce-scatter 梯度，所以分片的 fp32 梯度从缓存分配器中该流的池里分配；zero_grad() 之后，这些块仍缓存在那里，前向和反向所在的默认流无法复用 = {size}，在梯度不存在时仍被保留。</translation>
    </message>
    <message>
        <source>{main_grad}One gradient per trainable parameter ({params:,.0f} on this GPU) × {bytes} bytes{partition}{offloaded}{lifetime} = {size}.</source>
        <translation>{main_grad}每个可训练参数一个梯度（本 GPU 上 {params:,.0f} 个）× {bytes} 字节{partition}{offloaded}{lifetime} = {size}。</translation>
    </message>
    <message>
        <source>DeepSpeed&apos;s gradient reduce bucket (HF &apos;auto&apos; reduce_bucket_size = h² = {elements:,} elements), double buffered = {size}.</source>
        <translation>DeepSpeed 的梯度归约桶（HF &apos;auto&apos; reduce_bucket_size = h² = {elements:,} 个元素），双缓冲 = {size}。</translation>
    </message>
    <message>
        <source> Counted although the workload feeds the {towers} nothing: {stack} builds its flat buffers over every parameter that requires grad, the {params:,.0f} of the tower on this GPU too.</source>
        <translation> 尽管工作负载不向{towers}输入任何数据，仍计入：{stack} 为每个 requires_grad 的参数构建扁平缓冲区，此 GPU 上该塔的 {params:,.0f} 个参数也包括在内。</translation>
    </message>
    <message>
        <source> Not counted: the {params:,.0f} parameters of the {towers} on this GPU, which the workload feeds nothing — the forward pass never reaches them, so {stack} leaves them without a gradient and the optimizer creates no state for them (sized as frozen: weights only).</source>
        <translation> 未计入：此 GPU 上{towers}的 {params:,.0f} 个参数，工作负载不向它输入任何数据——前向传播不会经过这些参数，因此 {stack} 不为它们产生梯度，优化器也不为它们创建状态（按冻结估算：只计权重）。</translation>
    </message>
    <message>
        <source>{how}; {which}; × {seqs} sequence(s) × {bytes:g} bytes ({kv}).{cross} At the full context this is {total}; after the prompt (prefill) it is {prefill}.{offload}</source>
        <translation>{how}；{which}；× {seqs} 个序列 × {bytes:g} 字节（{kv}）。{cross}完整上下文时为 {total}；处理完提示（预填充）后为 {prefill}。{offload}</translation>
    </message>
    <message>
        <source>DeepSeek-V4: {sliding} sliding-only, {csa} CSA and {hca} HCA layers. Every layer keeps its {window:g}-token window of one shared key/value head ({d:g} wide); a CSA layer adds one entry per {r_c} tokens and the indexer&apos;s key ({i:g}) for each, an HCA layer one per {r_h}. transformers keeps K and V apart in the sliding-only layers, and after prefill each layer&apos;s window and the compressors&apos; pending projections are views of the whole prompt until the first decode step. × {seqs:,.0f} sequence(s) × {bytes:g} bytes ({kv}). At the full context {total}; after the prompt (prefill) {prefill}.</source>
        <translation>DeepSeek-V4：{sliding} 个仅滑动窗口层、{csa} 个 CSA 层和 {hca} 个 HCA 层。每层保留一个共享键/值头（宽 {d:g}）的 {window:g} 个词元窗口；CSA 层每 {r_c} 个词元增加一个压缩条目，并为每个条目保留索引器的键（{i:g}）；HCA 层每 {r_h} 个词元增加一个。transformers 在仅滑动窗口层中分别保存 K 和 V；预填充后，各层的窗口和压缩器待处理的投影都是整个提示的视图，直到第一次解码。× {seqs:,.0f} 个序列 × {bytes:g} 字节（{kv}）。完整上下文时为 {total}；提示之后（预填充）为 {prefill}。</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s graph allocator reserves one buffer for the largest layer: f32 MLP intermediates for {ubatch} tokens and the n_ubatch × n_ctx × n_head attention scores (no flash attention) = {size}.</source>
        <translation>llama.cpp 的图分配器为最大的层预留一个缓冲区：{ubatch} 个 token 的 f32 MLP 中间结果，以及 n_ubatch × n_ctx × n_head 的注意力分数（未开 flash attention）= {size}。</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s graph allocator reserves one buffer for the largest layer: f32 MLP intermediates for {ubatch} tokens = {size}.</source>
        <translation>llama.cpp 的图分配器为最大的层预留一个缓冲区：{ubatch} 个 token 的 f32 MLP 中间结果 = {size}。</translation>
    </message>
    <message>
        <source>{stack} frees the {bits}-bit logits before backward, but PyTorch&apos;s caching allocator keeps their segment: a block of over 10 MiB has a segment of its own, never merged with another, and this one is too small for the fp32 gradients that backward starts with, so they take new segments = {size} reserved and free at that moment.</source>
        <translation>{stack} 在反向传播前释放 {bits} 位 logits，但 PyTorch 的缓存分配器保留其显存段：超过 10 MiB 的块独占一个段，从不与其他段合并，而这个段放不下反向传播开始时的 fp32 梯度，它们只能占用新段 = 此刻已保留但空闲的 {size}。</translation>
    </message>
    <message>
        <source>{stack}&apos;s training loop keeps the model&apos;s outputs (outputs = model(**batch); loss = outputs.loss; model.backward(loss)): their {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) stay alive through backward and the optimizer step, and the previous step&apos;s through the next forward = {size}.</source>
        <translation>{stack} 的训练循环在调用反向传播时仍持有模型前向返回的输出对象：其中 {bits} 位 logits（T × V = {tokens:,.0f} × {vocab:,}）在反向传播和优化器步骤期间一直存活，上一步的输出则一直存活到下一次前向传播结束 = {size}。</translation>
    </message>
    <message>
        <source>{params:,} adapter parameters (rank {rank} on {targets} layers) in {dtype} (PEFT&apos;s default autocast_adapter_dtype=True) = {size}.</source>
        <translation>{params:,} 个适配器参数（秩 {rank}，作用于 {targets} 层），精度 {dtype}（PEFT 默认 autocast_adapter_dtype=True）= {size}。</translation>
    </message>
    <message>
        <source>The loss upcasts the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) to fp32; log-softmax keeps its fp32 output for backward, and backward starts by materialising two fp32 gradients of the same size: {size} at that moment — often the single largest activation.</source>
        <translation>损失把 {bits} 位的 logits（T × V = {tokens:,.0f} × {vocab:,}）升为 fp32；log-softmax 为反向保留其 fp32 输出，而反向一开始就生成两个同样大小的 fp32 梯度：那一刻为 {size} —— 往往是最大的单个激活。</translation>
    </message>
    <message>
        <source>This model&apos;s loss runs on the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) with no fp32 upcast: a shifted contiguous copy of them goes through log-softmax, which keeps its {bits}-bit output for backward, and backward starts with two {bits}-bit gradients of the same size: {size} at either moment.</source>
        <translation>此模型的损失直接在 {bits} 位 logits（T × V = {tokens:,.0f} × {vocab:,}）上计算，不升为 fp32：其移位后的连续副本经过 log-softmax，后者为反向保留其 {bits} 位输出；反向一开始生成两个同样大小的 {bits} 位梯度：两个时刻都为 {size}。</translation>
    </message>
    <message>
        <source>{stack} computes the loss with Apple&apos;s Cut Cross-Entropy: the {tokens:,.0f} × {vocab:,} logits exist only in on-chip blocks; it keeps the fp32 logsumexp per token and its backward fills the gradient of the final hidden states = {size}.</source>
        <translation>{stack} 用 Apple 的 Cut Cross-Entropy 计算损失：{tokens:,.0f} × {vocab:,} 的 logits 只存在于片上分块中；它为每个 token 保留 fp32 的 logsumexp，反向时填充最终隐藏状态的梯度 = {size}。</translation>
    </message>
    <message>
        <source>{stack} splits the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) into {chunks} chunks and upcasts each to fp32 on its own: log-softmax keeps its fp32 output per chunk, but no whole fp32 copy and no whole fp32 gradient exist at once = {size} at the end of the forward pass.</source>
        <translation>{stack} 把 {bits} 位的 logits（T × V = {tokens:,.0f} × {vocab:,}）分成 {chunks} 块，逐块升为 fp32：log-softmax 每块保留其 fp32 输出，但完整的 fp32 副本和完整的 fp32 梯度从不同时存在 = 前向结束时 {size}。</translation>
    </message>
    <message>
        <source>{stack} splits the {bits}-bit logits (T × V = {tokens:,.0f} × {vocab:,}) into {chunks} chunks and compiles each chunk&apos;s fp32 upcast and cross-entropy (torch.compile): no fp32 copy exists, each chunk keeps its {bits}-bit logits and an fp32 logsumexp per token, and backward builds one chunk&apos;s gradient at a time = {size} at the start of backward.</source>
        <translation>{stack} 把 {bits} 位的 logits（T × V = {tokens:,.0f} × {vocab:,}）分成 {chunks} 块，并编译每块的 fp32 升精度与交叉熵（torch.compile）：不产生 fp32 副本，每块保留其 {bits} 位 logits 和每个 token 的 fp32 logsumexp，反向一次只构建一块的梯度 = 反向开始时 {size}。</translation>
    </message>
    <message>
        <source>{stack} compiles the loss (torch.compile): the fp32 upcast, log-softmax and cross-entropy are fused, so of the T × V = {tokens:,.0f} × {vocab:,} logits only the {bits}-bit tensor (kept for backward) and its {bits}-bit gradient exist, beside an fp32 logsumexp per token: {size} at the start of backward.</source>
        <translation>{stack} 编译损失函数（torch.compile）：fp32 转换、log-softmax 与交叉熵被融合，因此 T × V = {tokens:,.0f} × {vocab:,} 的 logits 只存在 {bits} 位张量（为反向传播保留）及其 {bits} 位梯度，另加每个 token 一个 fp32 logsumexp：反向传播开始时为 {size}。</translation>
    </message>
    <message>
        <source>{stack} computes the loss on logits sharded over the vocabulary on {tp} TP ranks (loss_parallel): DTensor&apos;s log-softmax keeps the fp32 copy, the shifted logits and their exponential at once, and its fused nll + log-softmax backward builds zeros_like, exp, their sum and the product beside the saved fp32 output: {size} at the start of backward.</source>
        <translation>{stack} 在按词表分片到 {tp} 个 TP rank 上的 logits 上计算损失（loss_parallel）：DTensor 的 log-softmax 同时保留 fp32 副本、平移后的 logits 及其指数，其融合的 nll + log-softmax 反向在保存的 fp32 输出旁边构建 zeros_like、exp、它们的和与乘积：反向开始时 {size}。</translation>
    </message>
    <message>
        <source>{stack} computes lm_head and the loss chunk by chunk — c = {chunk:,.0f} tokens, the power of two above T / ⌈V / h⌉ = T / {inc} — and computes the gradient of the final hidden states in the forward pass: the {tokens:,.0f} × {vocab:,} logits never exist whole = {size}.</source>
        <translation>{stack} 逐块计算 lm_head 和损失 —— c = {chunk:,.0f} 个 token，即大于 T / ⌈V / h⌉ = T / {inc} 的 2 的幂 —— 并在前向中算出最终隐藏状态的梯度：{tokens:,.0f} × {vocab:,} 的 logits 从不完整存在 = {size}。</translation>
    </message>
    <message>
        <source>{stack}&apos;s vocab-parallel cross-entropy copies the logits (T × V = {tokens:,.0f} × {vocab:,}) to fp32 and turns the copy into the softmax in place, the only tensor it keeps; backward turns that into the gradient in place and autograd casts it to the logits&apos; dtype: {size} at either moment.</source>
        <translation>{stack} 的词表并行交叉熵把 logits（T × V = {tokens:,.0f} × {vocab:,}）复制为 fp32，并原地把副本变为 softmax，这是它保留的唯一张量；反向时原地把它变为梯度，autograd 再把它转换为 logits 的精度：两个时刻都是 {size}。</translation>
    </message>
    <message>
        <source>{stack}&apos;s vocab-parallel cross-entropy copies the logits (T × V = {tokens:,.0f} × {vocab:,}, sharded over the vocabulary on {tp} TP ranks) to fp32 and turns the copy into the softmax in place, the only tensor it keeps; backward turns that into the gradient in place and autograd casts it to the logits&apos; dtype: {size} at either moment.</source>
        <translation>{stack} 的词表并行交叉熵把 logits（T × V = {tokens:,.0f} × {vocab:,}，按词表分片到 {tp} 个 TP rank）复制为 fp32，并原地把副本变为 softmax，这是它保留的唯一张量；反向时原地把它变为梯度，autograd 再把它转换为 logits 的精度：两个时刻都是 {size}。</translation>
    </message>
    <message>
        <source>fp32 log-softmax kept for backward, as for transformer LMs.</source>
        <translation>为反向保留 fp32 的 log-softmax，与 Transformer 语言模型相同。</translation>
    </message>
    <message>
        <source>{layers} Mamba blocks × {per_token:,.0f} bytes per token (derived from the transformers code; not calibrated).</source>
        <translation>{layers} 个 Mamba 块 × 每个 token {per_token:,.0f} 字节（由 transformers 代码推导；未校准）。</translation>
    </message>
    <message>
        <source>One Mamba block&apos;s intermediates for the whole prompt = {size} (derived from the transformers code; not calibrated).</source>
        <translation>一个 Mamba 块在整个提示上的中间结果 = {size}（由 transformers 代码推导；未校准）。</translation>
    </message>
    <message>
        <source>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (distributed optimizer).</source>
        <translation>{stack} 为优化器保留一份 fp32 主副本，分区到 {over}（分布式优化器）。</translation>
    </message>
    <message>
        <source>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (distributed optimizer); offloaded to CPU memory ({host} of host RAM per rank).</source>
        <translation>{stack} 为优化器保留一份 fp32 主副本，分区到 {over}（分布式优化器）；卸载到 CPU 内存（每个 rank 占主机内存 {host}）。</translation>
    </message>
    <message>
        <source>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (ZeRO-{zero}).</source>
        <translation>{stack} 为优化器保留一份 fp32 主副本，分区到 {over}（ZeRO-{zero}）。</translation>
    </message>
    <message>
        <source>{stack} keeps an fp32 master copy for the optimizer, partitioned over {over} (ZeRO-{zero}); offloaded to CPU memory ({host} of host RAM per rank).</source>
        <translation>{stack} 为优化器保留一份 fp32 主副本，分区到 {over}（ZeRO-{zero}）；卸载到 CPU 内存（每个 rank 占主机内存 {host}）。</translation>
    </message>
    <message>
        <source>peft&apos;s ModulesToSaveWrapper keeps the frozen original and trains a full copy of {names}: {params:,} parameters in the base model&apos;s dtype ({dtype}) = {size}.</source>
        <translation>peft 的 ModulesToSaveWrapper 保留冻结的原模块，并训练 {names} 的完整副本：{params:,} 个参数，采用基座模型的数据类型（{dtype}）= {size}。</translation>
    </message>
    <message>
        <source>A dense gradient for every element of the copied {names} = {size} (the embedding&apos;s is dense too: nn.Embedding(sparse=False)).</source>
        <translation>所复制的 {names} 每个元素都有稠密梯度 = {size}（嵌入层的梯度同样是稠密的：nn.Embedding(sparse=False)）。</translation>
    </message>
    <message>
        <source>{optimizer}: {how} per parameter of the copied {names}, in their dtype = {size}.</source>
        <translation>{optimizer}：所复制的 {names} 每个参数 {how}，与参数同一数据类型 = {size}。</translation>
    </message>
    <message>
        <source>Each MTP layer is one more attention layer caching every token: {how}; × {n} layer(s) × {tokens:,.0f} tokens × {seqs:,.0f} sequence(s) × {b:g} bytes = {size}.</source>
        <translation>每个 MTP 层都是多出的一个注意力层，缓存每个 token：{how}；× {n} 层 × {tokens:,.0f} 个 token × {seqs:,.0f} 个序列 × {b:g} 字节 = {size}。</translation>
    </message>
    <message>
        <source>Each MTP layer is one more attention layer caching every token: {how}; × {n} layer(s) × {tokens:,.0f} tokens × {seqs:,.0f} sequence(s) × {b:g} bytes = {size}. vLLM and SGLang take it from the KV pool: the pool holds fewer tokens.</source>
        <translation>每个 MTP 层都是多出的一个注意力层，缓存每个 token：{how}；× {n} 层 × {tokens:,.0f} 个 token × {seqs:,.0f} 个序列 × {b:g} 字节 = {size}。vLLM 和 SGLang 从 KV 池中划出这部分：池中可容纳的 token 更少。</translation>
    </message>
    <message>
        <source>Each step the model scores 1 + {k} tokens per sequence to accept or reject the draft: {k} more rows of fp32 logits per sequence ({vocab:,} entries each) = {size}.</source>
        <translation>每一步模型为每个序列给 1 + {k} 个 token 打分，以接受或拒绝草稿：每个序列多出 {k} 行 fp32 logits（每行 {vocab:,} 项）= {size}。</translation>
    </message>
    <message>
        <source>vLLM sizes its KV pool after a profile run that checks the rejection sampler with one dummy draft token for each of {rows:,} dummy sequences, whatever the number of draft tokens ({k} here): fp32 logits for {rows:,} draft and {rows:,} bonus rows and the draft rows&apos; probabilities, 3 × {rows:,} rows of {vocab:,} entries = {size}.</source>
        <translation>vLLM 在一次性能剖析运行之后才划定 KV 池；这次运行为 {rows:,} 个虚拟序列各用 1 个虚拟草稿 token 检验拒绝采样器，与草稿 token 数（此处为 {k}）无关：{rows:,} 行草稿 token 和 {rows:,} 行额外 token 的 fp32 logits，加上草稿行的概率，共 3 × {rows:,} 行、每行 {vocab:,} 项 = {size}。</translation>
    </message>
    <message>
        <source>Speculative decoding with the model&apos;s multi-token-prediction layers ({draft}): the engine loads their {params:,} parameters beside the model&apos;s, as {format} = {size} per GPU. Their embedding and output head are the model&apos;s own (shared, not loaded again).</source>
        <translation>用模型的多 token 预测层做推测解码（{draft}）：推理引擎在模型参数之外另行加载它们的 {params:,} 个参数，格式为 {format}，每个 GPU {size}。它们的嵌入和输出头就是模型自己的（共享，不再加载）。</translation>
    </message>
    <message>
        <source>{optimizer}: {how} per trainable parameter{partition}{offloaded} = {size}.</source>
        <translation>{optimizer}：每个可训练参数 {how}{partition}{offloaded} = {size}。</translation>
    </message>
    <message>
        <source>During prefill the whole prompt ({tokens:,.0f} tokens) goes through each block at once; no autograd, so only the block&apos;s live intermediates exist: the residual stream, the normalised input and the MLP&apos;s gate, up and act(gate)·up. generate() computes logits for the last position only (× fp32 copy). Peak {size} at prefill.{kinds}</source>
        <translation>预填充时整个提示（{tokens:,.0f} 个 token）一次通过每个块；没有 autograd，所以只存在块内存活的中间结果：残差流、归一化后的输入，以及 MLP 的 gate_proj、up_proj 输出和 act(gate)·up。generate() 只为最后一个位置计算 logits（× fp32 副本）。预填充时峰值 {size}。{kinds}</translation>
    </message>
    <message>
        <source>Prefix tuning hands every layer {tokens} trainable keys and values of width {dim} ({prefix} for the whole model); with them the query is shorter than the keys and transformers builds a causal mask: {how}. {layers} layers = {size}.</source>
        <translation>前缀微调为每层提供 {tokens} 个宽度为 {dim} 的可训练键和值（整个模型共 {prefix}）；此时查询比键短，transformers 会构造因果掩码：{how}。{layers} 层 = {size}。</translation>
    </message>
    <message>
        <source>peft&apos;s PrefixEncoder (prefix_projection=False): one trainable key and value of width {dim} for each of the {tokens} virtual tokens in each of the {layers} layers = {params:,} parameters × {bytes} bytes = {size}; the base model is frozen.</source>
        <translation>peft 的 PrefixEncoder（prefix_projection=False）：{layers} 层中每层的 {tokens} 个虚拟 token 各有一个宽度为 {dim} 的可训练键和值 = {params:,} 个参数 × {bytes} 字节 = {size}；基座模型冻结。</translation>
    </message>
    <message>
        <source>peft&apos;s PromptEncoder (MLP reparameterization): a {tokens} × {dim} virtual-token embedding and an MLP {dim} → {dim} → {dim} → {dim} with biases = {params:,} parameters × {bytes} bytes = {size}; the base model is frozen.</source>
        <translation>peft 的 PromptEncoder（MLP 重参数化）：{tokens} × {dim} 的虚拟 token 嵌入和带偏置的 MLP {dim} → {dim} → {dim} → {dim} = {params:,} 个参数 × {bytes} 字节 = {size}；基座模型冻结。</translation>
    </message>
    <message>
        <source>bitsandbytes dequantizes one 4-bit weight to 16 bits for each matmul (forward and again in backward) = {size} at a time.</source>
        <translation>bitsandbytes 在每次矩阵乘时把一个 4 位权重反量化为 16 位（前向一次，反向再一次）= 每次 {size}。</translation>
    </message>
    <message>
        <source>With each sequence split over {cp} context-parallel ranks, an attention layer&apos;s backward all-gathers the keys and values of the whole sequence ({tokens:,.0f} tokens × {width:,.0f}, repeated per query head) and accumulates the gradients of its queries and of the rotating key/value chunks in fp32 = {size} while one layer runs.</source>
        <translation>每个序列切分到 {cp} 个上下文并行 rank 上时，注意力层的反向传播会 all-gather 整个序列的键和值（{tokens:,.0f} 个 token × {width:,.0f}，按查询头重复），并以 fp32 累加其查询及轮转的键/值块的梯度 = 一层运行时的 {size}。</translation>
    </message>
    <message>
        <source>SGLang prefills at most {chunk:,} tokens at once (chunked_prefill_size); the largest layer&apos;s intermediates for them = {size}, outside the static share.</source>
        <translation>SGLang 一次最多预填充 {chunk:,} 个 token（chunked_prefill_size）；最大的层为这些 token 产生的中间结果 = {size}，在静态份额之外。</translation>
    </message>
    <message>
        <source>Under DP attention the captured decode graphs gather the tokens of all {dp} ranks before the MoE/MLP layers: a buffer of cuda_graph_max_bs · dp · hidden = {bs} × {dp} × {hidden:,} elements × {b} bytes = {size}.</source>
        <translation>DP 注意力下，捕获的解码图在进入 MoE/MLP 层之前汇集全部 {dp} 个 rank 的 token：缓冲区为 cuda_graph_max_bs · dp · hidden = {bs} × {dp} × {hidden:,} 个元素 × {b} 字节 = {size}。</translation>
    </message>
    <message>
        <source>Decode runs captured CUDA graphs for batch sizes up to cuda_graph_max_bs = {bs}; SGLang allows 2 MiB per batch size for their memory = {size} (its own allowance).</source>
        <translation>解码运行捕获的 CUDA 图，批大小最多到 cuda_graph_max_bs = {bs}；SGLang 为每个批大小预留 2 MiB = {size}（它自己的预留）。</translation>
    </message>
    <message>
        <source>SGLang&apos;s allowance outside mem_fraction_static for the attention backend&apos;s constant metadata (512 MiB) and, growing with the parallel size, communication buffers = {size}.</source>
        <translation>SGLang 在 mem_fraction_static 之外为注意力后端的常量元数据（512 MiB）以及随并行规模增长的通信缓冲区预留的空间 = {size}。</translation>
    </message>
    <message>
        <source> The {name} adds {size} ({layers} layers).</source>
        <translation>{name}另加 {size}（{layers} 层）。</translation>
    </message>
    <message>
        <source>PyTorch&apos;s caching allocator reserves more than it hands out: freed blocks of other sizes stay reserved. Typically {frac:.0%} of the peak allocation for inference = {size}; PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True lowers it.</source>
        <translation>PyTorch 的缓存分配器保留的比分出去的多：释放的其他大小的块仍被保留。推理时通常为已分配峰值的 {frac:.0%} = {size}；PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True 可以降低它。</translation>
    </message>
    <message>
        <source>PyTorch&apos;s caching allocator reserves more than it hands out: freed blocks of other sizes stay reserved. Typically {frac:.0%} of the peak allocation for training = {size}; PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True lowers it.</source>
        <translation>PyTorch 的缓存分配器保留的比分出去的多：释放的其他大小的块仍被保留。训练时通常为已分配峰值的 {frac:.0%} = {size}；PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True 可以降低它。</translation>
    </message>
    <message>
        <source>A state-space model keeps a fixed-size state instead of a KV cache: per layer a convolution window and the SSM state, {intermediate} × ({kernel} + {state}) values; it does not grow with context. = {size}.</source>
        <translation>状态空间模型保留固定大小的状态而不是 KV 缓存：每层一个卷积窗口和 SSM 状态，{intermediate} × ({kernel} + {state}) 个值；它不随上下文增长。= {size}。</translation>
    </message>
    <message>
        <source>{how} = {size}.</source>
        <translation>{how} = {size}。</translation>
    </message>
    <message>
        <source> The frozen vision and audio towers keep nothing for backward (per sequence, {inputs}).</source>
        <translation> 冻结的视觉塔和音频塔不为反向传播保留任何张量（每个序列：{inputs}）。</translation>
    </message>
    <message>
        <source> Per sequence, {inputs}: the vision tower&apos;s call peaks at {vision} and the audio tower&apos;s at {audio} (measured on fake tensors with transformers&apos; code for the towers); they run one after the other before the text model, so the prefill holds the largest of the three. Their soft tokens are part of the context.</source>
        <translation> 每个序列：{inputs}。视觉塔调用的峰值为 {vision}，音频塔为 {audio}（用 transformers 的塔代码在伪张量上测得）；二者在文本模型之前依次运行，因此预填充阶段取三者中的最大值。它们的软标记计入上下文。</translation>
    </message>
    <message>
        <source> Per sequence, {inputs}: the vision tower keeps {vision} and the audio tower {audio} for backward (measured on fake tensors with transformers&apos; code for the towers).</source>
        <translation> 每个序列：{inputs}。视觉塔为反向传播保留 {vision}，音频塔保留 {audio}（用 transformers 的塔代码在伪张量上测得）。</translation>
    </message>
    <message>
        <source>context parallel: each rank holds 1/{cp} of every sequence ({tokens:,.0f} tokens)</source>
        <translation>上下文并行：每个 rank 持有每个序列的 1/{cp}（{tokens:,.0f} 个 token）</translation>
    </message>
    <message>
        <source>context parallel: each rank holds 1/{cp} of every sequence ({tokens:,.0f} tokens); Transformer Engine&apos;s ring-attention buffers are not counted</source>
        <translation>上下文并行：每个 rank 持有每个序列的 1/{cp}（{tokens:,.0f} 个 token）；未计入 Transformer Engine 的环形注意力缓冲</translation>
    </message>
    <message>
        <source>full checkpointing keeps only each layer&apos;s input ({a} bytes × h per token × {layers} layers) and recomputes one layer at a time during backward ({per_token:,.0f} bytes per token)</source>
        <translation>完整检查点只保留每层的输入（每个 token {a} 字节 × h × {layers} 层），并在反向时一次重算一层（每个 token {per_token:,.0f} 字节）</translation>
    </message>
    <message>
        <source>× {inflight} micro-batches in flight on the first pipeline stage (1F1B)</source>
        <translation>× 第一个流水线阶段上同时在途的 {inflight} 个微批次（1F1B）</translation>
    </message>
    <message>
        <source>× {inflight:.3g} micro-batches&apos; worth in flight on this pipeline rank (interleaved 1F1B with {v} model chunks per rank: pp ± (pp − 1) / v on the first / last rank, at most the number of micro-batches)</source>
        <translation>× 此流水线 rank 上在途的 {inflight:.3g} 个微批（交错 1F1B，每个 rank {v} 个模型块：第一个 / 最后一个 rank 为 pp ± (pp − 1) / v，至多为微批数）</translation>
    </message>
    <message>
        <source>{layers} layers × {per_token:,.0f} bytes per token per layer (norms {norms:,.0f}, attention {attention:,.0f}, MLP {mlp:,.0f}) × T tokens</source>
        <translation>{layers} 层 × 每层每个 token {per_token:,.0f} 字节（归一化 {norms:,.0f}，注意力 {attention:,.0f}，MLP {mlp:,.0f}）× T 个 token</translation>
    </message>
    <message>
        <source>{layers} layers × {per_token:,.0f} bytes per token per layer (norms {norms:,.0f}, attention {attention:,.0f}, MLP {mlp:,.0f}, eager scores {scores:,.0f}) × T tokens</source>
        <translation>{layers} 层 × 每层每个 token {per_token:,.0f} 字节（归一化 {norms:,.0f}，注意力 {attention:,.0f}，MLP {mlp:,.0f}，eager 注意力分数 {scores:,.0f}）× T 个 token</translation>
    </message>
    <message>
        <source>{tokens:,.0f} patch tokens go through each block at once; only the block&apos;s live intermediates exist = {size}.</source>
        <translation>{tokens:,.0f} 个图块 token 一次通过每个块；只存在块内存活的中间结果 = {size}。</translation>
    </message>
    <message>
        <source>CUDA context, NCCL and custom all-reduce buffers as vLLM&apos;s memory profiler reports them for Llama-3-8B = {size} per GPU.</source>
        <translation>vLLM 显存分析器报告的 CUDA 上下文、NCCL 和自定义 all-reduce 缓冲区（Llama-3-8B）= 每个 GPU {size}。</translation>
    </message>
    <message>
        <source>vLLM sizes its KV pool after a profiling forward of {tokens:,.0f} tokens: the largest layer&apos;s intermediates plus the sampler&apos;s fp32 logits/probabilities for 256 dummy sequences = {size}.</source>
        <translation>vLLM 在一次 {tokens:,.0f} 个 token 的分析前向之后确定其 KV 池大小：最大的层的中间结果，加上采样器为 256 个虚拟序列生成的 fp32 logits/概率 = {size}。</translation>
    </message>
    <message>
        <source>{params:,} parameters stored as {format}: {how}.{note} = {size} per GPU.</source>
        <translation>{params:,} 个参数以 {format} 存储：{how}。{note} = 每个 GPU {size}。</translation>
    </message>
    <message>
        <source>llama.cpp -ngl {ngl}: {how}. {cpu} of weights run from CPU memory = {gpu} on the GPU.</source>
        <translation>llama.cpp -ngl {ngl}：{how}。{cpu} 的权重在 CPU 内存中运行 = GPU 上 {gpu}。</translation>
    </message>
    <message>
        <source>{params:,.0f} parameters × {bytes} bytes = {size}.</source>
        <translation>{params:,.0f} 个参数 × {bytes} 字节 = {size}。</translation>
    </message>
    <message>
        <source>{params:,.0f} parameters × {bytes} bytes (fp32 parameters; autocast computes in 16 bits) = {size}.</source>
        <translation>{params:,.0f} 个参数 × {bytes} 字节（fp32 参数；autocast 以 16 位计算）= {size}。</translation>
    </message>
    <message>
        <source>{params:,.0f} parameters × {bytes} bytes ({stack}: fp32 shards; MixedPrecisionPolicy gathers 16-bit copies per layer) = {size}.</source>
        <translation>{params:,.0f} 个参数 × {bytes} 字节（{stack}：fp32 分片；MixedPrecisionPolicy 逐层聚合 16 位副本）= {size}。</translation>
    </message>
    <message>
        <source>{params:,.0f} parameters × {bytes} bytes ({stack}: fp32 shards; MixedPrecisionPolicy gathers 16-bit copies per layer), sharded over {over} (ZeRO-3/FSDP) = {size}.</source>
        <translation>{params:,.0f} 个参数 × {bytes} 字节（{stack}：fp32 分片；MixedPrecisionPolicy 逐层聚合 16 位副本），分片到 {over}（ZeRO-3/FSDP）= {size}。</translation>
    </message>
    <message>
        <source>{params:,.0f} parameters × {bytes} bytes, sharded over {over} (ZeRO-3/FSDP) = {size}.</source>
        <translation>{params:,.0f} 个参数 × {bytes} 字节，分片到 {over}（ZeRO-3/FSDP）= {size}。</translation>
    </message>
    <message>
        <source> The frozen audio tower keeps nothing for backward (per sequence, {inputs}).</source>
        <translation> 冻结的音频塔不为反向传播保留任何张量（每个序列：{inputs}）。</translation>
    </message>
    <message>
        <source> Per sequence, {inputs}: the frozen audio tower keeps {audio} for backward — LoRA with gradient checkpointing hooks its input (transformers&apos; enable_input_require_grads), so backward runs through it; its blocks are checkpointed with the text model&apos;s (measured on fake tensors).</source>
        <translation> 每个序列 {inputs}：冻结的音频塔为反向传播保留 {audio} —— 带梯度检查点的 LoRA 会挂钩它的输入（transformers 的 enable_input_require_grads），因此反向传播会经过它；它的各块与文本模型的层一同做检查点（在伪张量上实测）。</translation>
    </message>
    <message>
        <source> Per sequence, {inputs}: the audio tower&apos;s call peaks at {audio} (measured on fake tensors with transformers&apos; code for the tower); it runs before the text model, so the prefill holds the larger of the two. Its audio tokens are part of the context.</source>
        <translation> 每个序列：{inputs}：音频塔一次调用的峰值为 {audio}（用 transformers 的塔代码在伪张量上测得）；它在文本模型之前运行，因此预填充取两者中较大者。其音频标记占用上下文。</translation>
    </message>
    <message>
        <source> Per sequence, {inputs}: the audio tower keeps {audio} for backward (measured on fake tensors with transformers&apos; code for the tower).</source>
        <translation> 每个序列：{inputs}：音频塔为反向传播保留 {audio}（用 transformers 的塔代码在伪张量上测得）。</translation>
    </message>
    <message>
        <source>ZeRO-3/FSDP all-gathers one layer&apos;s full 16-bit parameters while computing it and prefetches the next: 2 layers × {unit:,.0f} params × 2 bytes = {size}.</source>
        <translation>ZeRO-3/FSDP 在计算一层时 all-gather 其完整的 16 位参数并预取下一层：2 层 × {unit:,.0f} 个参数 × 2 字节 = {size}。</translation>
    </message>
    <message>
        <source>GPU counts 1–8, then multiples of 8 (whole nodes)</source>
        <translation>GPU 数量 1–8，然后是 8 的倍数（整节点）</translation>
    </message>
    <message>
        <source>{gpus} × {gpu} ({layout}): {total} per GPU of {usable} usable. Fewest over the layouts tried ({how}; {counts}){per_batch}</source>
        <translation>{gpus} × {gpu}（{layout}）：每个 GPU {total}，可用 {usable}。在尝试过的布局中最少（{how}；{counts}）{per_batch}</translation>
    </message>
    <message>
        <source>; the per-GPU micro-batch stays {batch}, so the global batch becomes {global_batch:,} sequences</source>
        <translation>；每个 GPU 的微批次仍为 {batch}，因此全局批次变为 {global_batch:,} 个序列</translation>
    </message>
    <message>
        <source>inference: tensor parallel (dividing the attention heads), then tensor × pipeline parallel</source>
        <translation>推理：张量并行（切分注意力头），然后张量 × 流水线并行</translation>
    </message>
    <message>
        <source>inference: llama.cpp splits layers across GPUs</source>
        <translation>推理：llama.cpp 把层分到多个 GPU 上</translation>
    </message>
    <message>
        <source>training: more data-parallel ranks at the scenario&apos;s ZeRO stage, then ZeRO-1/2/3, then tensor parallel 2/4/8 with ZeRO-3, then pipeline stages with ZeRO-1</source>
        <translation>训练：先按场景的 ZeRO 阶段增加数据并行 rank，然后 ZeRO-1/2/3，再张量并行 2/4/8 搭配 ZeRO-3，再流水线阶段搭配 ZeRO-1</translation>
    </message>
    <message>
        <source>no layout tried fits on up to {upper:,} × {gpu} ({how}; {counts})</source>
        <translation>在最多 {upper:,} × {gpu} 上尝试过的布局都放不下（{how}；{counts}）</translation>
    </message>
    <message>
        <source>Batch {batch} (was {old})</source>
        <translation>批大小 {batch}（原为 {old}）</translation>
    </message>
    <message>
        <source>Turn on full activation checkpointing</source>
        <translation>打开完整的激活检查点</translation>
    </message>
    <message>
        <source>{n} concurrent requests (was {old})</source>
        <translation>{n} 个并发请求（原为 {old}）</translation>
    </message>
    <message>
        <source>≈ 33 % more compute (each layer&apos;s forward runs again in backward: 8·N·D instead of 6·N·D)</source>
        <translation>计算量多约 33 %（每层的前向在反向时再算一遍：8·N·D 而不是 6·N·D）</translation>
    </message>
    <message>
        <source>less throughput; more replicas for the same load</source>
        <translation>吞吐量降低；同样的负载需要更多副本</translation>
    </message>
    <message>
        <source>a small quality change in long contexts</source>
        <translation>长上下文下质量略有变化</translation>
    </message>
    <message>
        <source>less throughput</source>
        <translation>吞吐量降低</translation>
    </message>
    <message>
        <source>more, smaller steps: a little less throughput; same global batch</source>
        <translation>步数更多、每步更小：吞吐量略降；全局批次不变</translation>
    </message>
    <message>
        <source>≈ 33 % more compute</source>
        <translation>计算量多约 33 %</translation>
    </message>
    <message>
        <source>{extra} more GPU</source>
        <translation>多 {extra} 个 GPU</translation>
    </message>
    <message>
        <source>{extra} more GPU and their interconnect traffic</source>
        <translation>多 {extra} 个 GPU 及其互联通信</translation>
    </message>
    <message>
        <source>{extra} more GPUs</source>
        <translation>多 {extra} 个 GPU</translation>
    </message>
    <message>
        <source>{extra} more GPUs and their interconnect traffic</source>
        <translation>多 {extra} 个 GPU 及其互联通信</translation>
    </message>
    <message>
        <source>slower steps (PCIe transfers, CPU Adam); needs the offloaded bytes in host RAM</source>
        <translation>每步更慢（PCIe 传输、CPU 上的 Adam）；主机内存需要容纳卸载的字节</translation>
    </message>
    <message>
        <source>quantization error</source>
        <translation>量化误差</translation>
    </message>
    <message>
        <source>the model sees less text per sequence</source>
        <translation>模型每个序列看到的文本更少</translation>
    </message>
    <message>
        <source>a small quality change</source>
        <translation>质量略有变化</translation>
    </message>
    <message>
        <source>quantization error: a quality loss that grows as the bits shrink</source>
        <translation>量化误差：位数越少，质量损失越大</translation>
    </message>
    <message>
        <source>more, smaller steps</source>
        <translation>步数更多、每步更小</translation>
    </message>
    <message>
        <source>more, smaller steps and ≈ 33 % more compute</source>
        <translation>步数更多、每步更小，计算量多约 33 %</translation>
    </message>
    <message>
        <source>Store the KV cache as {kv} (was {old})</source>
        <translation>KV 缓存存为 {kv}（原为 {old}）</translation>
    </message>
    <message>
        <source>Micro-batch {batch} with {steps} accumulation steps (global batch {new:,} per rank, was {old:,})</source>
        <translation>微批次 {batch}，梯度累积 {steps} 步（每个 rank 的全局批次 {new:,}，原为 {old:,}）</translation>
    </message>
    <message>
        <source>Use {gpus} × {gpu} ({layout})</source>
        <translation>使用 {gpus} × {gpu}（{layout}）</translation>
    </message>
    <message>
        <source>Offload the parameters, gradients and optimizer states to CPU memory (FSDP2 CPUOffloadPolicy)</source>
        <translation>把参数、梯度和优化器状态卸载到 CPU 内存（FSDP2 CPUOffloadPolicy）</translation>
    </message>
    <message>
        <source>Offload the optimizer states and fp32 main parameters to CPU memory (Megatron-Core --optimizer-cpu-offload)</source>
        <translation>把优化器状态和 fp32 主参数卸载到 CPU 内存（Megatron-Core --optimizer-cpu-offload）</translation>
    </message>
    <message>
        <source>Offload the optimizer states, master weights and gradients to CPU memory (DeepSpeed ZeRO-{zero} Offload)</source>
        <translation>把优化器状态、主权重和梯度卸载到 CPU 内存（DeepSpeed ZeRO-{zero} Offload）</translation>
    </message>
    <message>
        <source>Offload the optimizer states, gradients and parameters to CPU memory (DeepSpeed ZeRO-{zero} Offload)</source>
        <translation>把优化器状态、梯度和参数卸载到 CPU 内存（DeepSpeed ZeRO-{zero} Offload）</translation>
    </message>
    <message>
        <source>the scenario&apos;s price</source>
        <translation>方案自己的价格</translation>
    </message>
    <message>
        <source>Context {context:,} tokens (was {old:,})</source>
        <translation>上下文 {context:,} 个 token（原为 {old:,}）</translation>
    </message>
    <message>
        <source>Weights in {format} ({bits:g} bits per weight, was {old})</source>
        <translation>权重用 {format}（每个权重 {bits:g} 位，原为 {old}）</translation>
    </message>
    <message>
        <source>{words} and weights in {format}</source>
        <translation>{words}，权重用 {format}</translation>
    </message>
    <message>
        <source>activation checkpointing</source>
        <translation>激活检查点</translation>
    </message>
    <message>
        <source>weights in {format}</source>
        <translation>权重用 {format}</translation>
    </message>
    <message>
        <source>a {kv} KV cache</source>
        <translation>{kv} KV 缓存</translation>
    </message>
    <message>
        <source>an {kv} KV cache</source>
        <translation>{kv} KV 缓存</translation>
    </message>
    <message>
        <source>micro-batch 1 with {steps} accumulation steps</source>
        <translation>微批次 1，梯度累积 {steps} 步</translation>
    </message>
    <message>
        <source>micro-batch 1 with {steps} accumulation steps and activation checkpointing</source>
        <translation>微批次 1，梯度累积 {steps} 步，并打开激活检查点</translation>
    </message>
    <message>
        <source>{words}, on {gpus} × {gpu} ({layout})</source>
        <translation>{words}，使用 {gpus} × {gpu}（{layout}）</translation>
    </message>
    <message>
        <source>one request at a time</source>
        <translation>一次只处理一个请求</translation>
    </message>
    <message>
        <source>audio tower: {clips} clip(s) × {positions:,} positions × (2 × {params:,} parameters + local attention 4·{layers}·{window}·{d:,}) = {flops:.3e} FLOPs per sequence (forward)</source>
        <translation>音频塔：{clips} 段 × {positions:,} 个位置 × (2 × {params:,} 个参数 + 局部注意力 4·{layers}·{window}·{d:,}) = 每序列 {flops:.3e} FLOPs（前向）</translation>
    </message>
    <message>
        <source>vision tower: {images} image(s) × {per:.3e} FLOPs (timm&apos;s {arch} over a {side} × {side} image, counted with PyTorch&apos;s FlopCounterMode) = {flops:.3e} FLOPs per sequence (forward)</source>
        <translation>视觉塔：{images} 张图像 × {per:.3e} FLOPs（timm 的 {arch} 处理一张 {side} × {side} 的图像，用 PyTorch 的 FlopCounterMode 计数）= 每序列 {flops:.3e} FLOPs（前向）</translation>
    </message>
    <message>
        <source>vision tower: {images} image(s) × ({tokens:,} patches × (2 × {body:,} parameters + attention 4·{layers}·{tokens:,}·{d:,}) + projector 2 × {proj:,} parameters × {rows:,} merged rows) = {flops:.3e} FLOPs per sequence (forward)</source>
        <translation>视觉塔：{images} 张图像 × ({tokens:,} 个图块 × (2 × {body:,} 个参数 + 注意力 4·{layers}·{tokens:,}·{d:,}) + 投影器 2 × {proj:,} 个参数 × {rows:,} 个合并行) = 每序列 {flops:.3e} FLOPs（前向）</translation>
    </message>
    <message>
        <source>audio tower: {chunks} chunk(s) of 30 s × (conv1 2 × {conv1:,} × {frames:,} mel frames + {positions:,} positions × (2 × {enc:,} parameters + attention 4·{layers}·{positions:,}·{d:,}) + projector 2 × {proj:,} parameters × {rows:,} rows) = {flops:.3e} FLOPs per sequence (forward)</source>
        <translation>音频塔：{chunks} 个 30 秒分块 × (第一层卷积 2 × {conv1:,} × {frames:,} 个梅尔帧 + {positions:,} 个位置 × (2 × {enc:,} 个参数 + 注意力 4·{layers}·{positions:,}·{d:,}) + 投影器 2 × {proj:,} 个参数 × {rows:,} 行) = 每序列 {flops:.3e} FLOPs（前向）</translation>
    </message>
    <message>
        <source>{total} of {usable} usable</source>
        <translation>{total}，可用 {usable}</translation>
    </message>
    <message>
        <source>full training keeps the weights at the training precision; weight formats apply to inference and LoRA</source>
        <translation>全量训练时权重保持训练精度；权重格式只用于推理和 LoRA</translation>
    </message>
    <message>
        <source>does not fit whole ({total} of {usable}); with --n-gpu-layers {gpu_layers} ({gpu_layers} of {layers} layers and their K/V on the GPU, the output layer in RAM) it takes {part_total}; {cpu} of weights stay in system RAM and run on the CPU ({host} of RAM with their K/V)</source>
        <translation>整体放不下（{total}，可用 {usable}）；用 --n-gpu-layers {gpu_layers}（{layers} 层中的 {gpu_layers} 层及其 K/V 在 GPU 上，输出层在内存中）时占用 {part_total}；{cpu} 的权重留在系统内存中由 CPU 运行（连同其 K/V 共占 {host} 内存）</translation>
    </message>
    <message>
        <source>{total} &gt; {usable} usable (short by {short})</source>
        <translation>{total} &gt; 可用 {usable}（还差 {short}）</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must list {n} [height, width] pairs of positive integers</source>
        <translation>&apos;{key}&apos;必须列出 {n} 对 [高, 宽] 正整数</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must list the channels of the two subsampling convolutions</source>
        <translation>&apos;{key}&apos;必须列出两个下采样卷积的通道数</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; passes arguments to timm&apos;s build, which can change the tower&apos;s size; refused</source>
        <translation>&apos;{key}&apos;向 timm 的构建传入参数，可能改变该塔的大小；已拒绝</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; names the timm architecture &apos;{name}&apos;, whose size this version does not hold (known: {known}); refused rather than guessed</source>
        <translation>&apos;{key}&apos;指定的 timm 架构&apos;{name}&apos;的大小本版本未收录（已收录：{known}）；拒绝而不猜测</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is {value} but timm&apos;s {name} outputs {channels} channels</source>
        <translation>&apos;{key}&apos;为 {value}，但 timm 的 {name} 输出 {channels} 个通道</translation>
    </message>
    <message>
        <source>Gemma 3n&apos;s towers beside the text model: vision {vision:,} (timm {arch}, {tokens} tokens per image), audio {audio:,}, embedders {embed:,} parameters</source>
        <translation>Gemma 3n 文本模型之外的塔：视觉 {vision:,}（timm {arch}，每张图像 {tokens} 个 token），音频 {audio:,}，嵌入器 {embed:,} 个参数</translation>
    </message>
    <message>
        <source>metadata &apos;general.alignment&apos; {value} is not a power of two</source>
        <translation>元数据 &apos;general.alignment&apos; 的值 {value} 不是 2 的幂</translation>
    </message>
    <message>
        <source>truncated or corrupt: {what} declares {count:,} array elements, more than the {left:,} bytes left can hold</source>
        <translation>文件被截断或已损坏：{what} 声明了 {count:,} 个数组元素，剩余的 {left:,} 字节容纳不下</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; is an array of {n:,} values, too long to read</source>
        <translation>元数据 &apos;{key}&apos; 是含 {n:,} 个值的数组，太长，无法读取</translation>
    </message>
    <message>
        <source>{key} not in the metadata; assumed {default}</source>
        <translation>元数据中没有 {key}；假定为 {default}</translation>
    </message>
    <message>
        <source>not a GGUF file: it starts with {start}, not the magic b&apos;GGUF&apos;</source>
        <translation>不是 GGUF 文件：文件以 {start} 开头，而不是魔数 b&apos;GGUF&apos;</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; is {n:,} but the file has tensors for {have}; at most {limit:,} layers are supported</source>
        <translation>元数据 &apos;{key}&apos; 为 {n:,}，但文件中只有{have}的张量；最多支持 {limit:,} 层</translation>
    </message>
    <message>
        <source>blocks {first}–{last}</source>
        <translation>第 {first}–{last} 块</translation>
    </message>
    <message>
        <source>RoPE frequency factors (a buffer)</source>
        <translation>RoPE 频率因子（缓冲区）</translation>
    </message>
    <message>
        <source>the experts&apos; score-correction bias (e_score_correction_bias, a buffer in transformers)</source>
        <translation>专家的分数校正偏置（e_score_correction_bias，在 transformers 中是缓冲区）</translation>
    </message>
    <message>
        <source>{n} {tensor} tensor(s): {what}; not parameters</source>
        <translation>{n} 个 {tensor} 张量：{what}；不是参数</translation>
    </message>
    <message>
        <source>chunked attention: {chunk} tokens on 3 of every {every} layers, as llama.cpp runs {arch}</source>
        <translation>分块注意力：每 {every} 层中有 3 层按 {chunk} 个 token 分块，与 llama.cpp 运行 {arch} 的方式相同</translation>
    </message>
    <message>
        <source>{n:,} metadata entries</source>
        <translation>{n:,} 个元数据条目</translation>
    </message>
    <message>
        <source>the file&apos;s tensors hold {stored:,} values but the architecture read from its metadata has {expected:,} parameters ({diff:+,}); the estimate uses the stored bytes</source>
        <translation>文件中的张量含 {stored:,} 个数值，而由其元数据读出的架构有 {expected:,} 个参数（{diff:+,}）；估算使用存储的字节数</translation>
    </message>
    <message>
        <source>the file&apos;s tensors hold {stored:,} values but the architecture read from its metadata has {expected:,} parameters ({diff:+,}); tensors not modelled: {extra}; the estimate uses the stored bytes</source>
        <translation>文件中的张量含 {stored:,} 个数值，而由其元数据读出的架构有 {expected:,} 个参数（{diff:+,}）；未建模的张量：{extra}；估算使用存储的字节数</translation>
    </message>
    <message>
        <source>{n:,} tensors</source>
        <translation>{n:,} 个张量</translation>
    </message>
    <message>
        <source>corrupt: tensor &apos;{name}&apos; declares {n} dimensions</source>
        <translation>文件已损坏：张量 &apos;{name}&apos; 声明了 {n} 个维度</translation>
    </message>
    <message>
        <source>{arch}.expert_count is set but no layer has a router tensor; read as a dense model</source>
        <translation>设置了 {arch}.expert_count，但没有任何层有路由张量；按稠密模型读取</translation>
    </message>
    <message>
        <source>general.file_type missing; the most common tensor type is {type}, read as file type {hint}</source>
        <translation>缺少 general.file_type；最常见的张量类型是 {type}，按文件类型 {hint} 读取</translation>
    </message>
    <message>
        <source>general.file_type missing; the most common tensor type is {type}, which has no weight-format entry here</source>
        <translation>缺少 general.file_type；最常见的张量类型是 {type}，这里没有与之对应的权重格式</translation>
    </message>
    <message>
        <source>embedding_length {h} is not divisible by attention.head_count {heads} and attention.key_length is missing</source>
        <translation>embedding_length {h} 不能被 attention.head_count {heads} 整除，且缺少 attention.key_length</translation>
    </message>
    <message>
        <source>header declares {count}, over the {limit:,} limit: the file is corrupt; refused</source>
        <translation>文件头声明了 {count}，超过上限 {limit:,}：文件已损坏；拒绝导入</translation>
    </message>
    <message>
        <source>{arch}.attention.head_count must be positive</source>
        <translation>{arch}.attention.head_count 必须为正数</translation>
    </message>
    <message>
        <source>{arch}: every block must hold attention and a Mamba-2 mixer side by side</source>
        <translation>{arch}：每个块都必须同时含有注意力和 Mamba-2 混合器</translation>
    </message>
    <message>
        <source>metadata gives an inconsistent architecture ({where}: {detail})</source>
        <translation>元数据给出的架构前后矛盾（{where}：{detail}）</translation>
    </message>
    <message>
        <source>corrupt: metadata entry #{i} key is not UTF-8 text</source>
        <translation>文件已损坏：第 {i} 个元数据条目的键不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>metadata key {key} appears twice</source>
        <translation>元数据键 {key} 出现了两次</translation>
    </message>
    <message>
        <source>blk.{i} is a Mamba-1 layer inside a hybrid stack: not a layout this version sizes</source>
        <translation>blk.{i} 是混合结构中的 Mamba-1 层：本版本无法估算这种结构</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; is missing</source>
        <translation>缺少元数据 &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>this is a vision projector (mmproj) GGUF, not a language model; open the model&apos;s main .gguf file</source>
        <translation>这是视觉投影器（mmproj）GGUF，不是语言模型；请打开该模型的主 .gguf 文件</translation>
    </message>
    <message>
        <source>{layers} multi-token-prediction layer(s) ({span}, {values:,} values, {nbytes:,} bytes) are in the file: reported beside the total, not in it, and not counted on the GPU (a runtime loads them only for speculative decoding)</source>
        <translation>文件中有 {layers} 个多 token 预测（MTP）层（{span}，{values:,} 个数值，{nbytes:,} 字节）：在总数之外另计，不含在总数内，也不计入 GPU（推理引擎仅在推测解码时加载它们）</translation>
    </message>
    <message>
        <source>the same tensor name appears twice</source>
        <translation>同一个张量名出现了两次</translation>
    </message>
    <message>
        <source>corrupt: {what} nests arrays too deeply</source>
        <translation>文件已损坏：{what} 的数组嵌套过深</translation>
    </message>
    <message>
        <source>metadata &apos;general.architecture&apos; is missing</source>
        <translation>缺少元数据 &apos;general.architecture&apos;</translation>
    </message>
    <message>
        <source>no blocks</source>
        <translation>零个块</translation>
    </message>
    <message>
        <source>no 2-D token_embd.weight tensor: not a language model GGUF</source>
        <translation>没有二维的 token_embd.weight 张量：不是语言模型 GGUF</translation>
    </message>
    <message>
        <source>metadata &apos;{arch}.feed_forward_length&apos; is missing and no MLP tensor gives it</source>
        <translation>缺少元数据 &apos;{arch}.feed_forward_length&apos;，也没有 MLP 张量能给出它</translation>
    </message>
    <message>
        <source>no 2-D blk.{i}.ffn_up.weight tensor for the block&apos;s MLP</source>
        <translation>该块的 MLP 没有二维的 blk.{i}.ffn_up.weight 张量</translation>
    </message>
    <message>
        <source>{file_type} has no weight-format entry here; sizing uses the exact stored bytes</source>
        <translation>{file_type} 在这里没有对应的权重格式；按精确的存储字节数估算</translation>
    </message>
    <message>
        <source>the blocks hold {norms} norm layers over {layers} layers, not the same number each</source>
        <translation>各块共有 {norms} 个归一化层，分布在 {layers} 层上，每层数量不同</translation>
    </message>
    <message>
        <source>{name} must be 2-D, not {shape}</source>
        <translation>{name} 必须是二维的，而不是 {shape}</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; must be a non-negative integer, not {value}</source>
        <translation>元数据 &apos;{key}&apos; 必须是非负整数，而不是 {value}</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos;: rows of {n} values are not whole {type} blocks of {block}</source>
        <translation>张量 &apos;{name}&apos;：每行 {n} 个值，不能整分为每块 {block} 个值的 {type} 块</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; holds {value}; per-layer values must be integers</source>
        <translation>元数据 &apos;{key}&apos; 含有 {value}；逐层的值必须是整数</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; holds no positive per-layer values</source>
        <translation>元数据 &apos;{key}&apos; 中没有正的逐层值</translation>
    </message>
    <message>
        <source>this is a pre-GGUF GGML/GGJT file; convert it to GGUF with a current llama.cpp</source>
        <translation>这是 GGUF 之前的 GGML/GGJT 文件；请用新版 llama.cpp 将其转换为 GGUF</translation>
    </message>
    <message>
        <source>blk.{i} has a router but no 3-D ffn_up_exps.weight tensor</source>
        <translation>blk.{i} 有路由器，但没有三维的 ffn_up_exps.weight 张量</translation>
    </message>
    <message>
        <source>only {n} bytes: truncated before the end of the GGUF header</source>
        <translation>只有 {n} 字节：在 GGUF 文件头结束之前就被截断了</translation>
    </message>
    <message>
        <source>{arch}.block_count (less its nextn_predict_layers) and embedding_length must be positive</source>
        <translation>{arch}.block_count（减去 nextn_predict_layers 后）和 embedding_length 必须为正数</translation>
    </message>
    <message>
        <source>split GGUF: read all {parts} parts</source>
        <translation>分片 GGUF：已读取全部 {parts} 个部分</translation>
    </message>
    <message>
        <source>metadata &apos;split.count&apos; is {n:,}; at most {limit:,} parts are read</source>
        <translation>元数据 &apos;split.count&apos; 为 {n:,}；最多读取 {limit:,} 个部分</translation>
    </message>
    <message>
        <source>split GGUF: {n} of {count} parts are missing (e.g. &apos;{name}&apos;); all parts are needed to size the model</source>
        <translation>分片 GGUF：{count} 个部分中缺少 {n} 个（例如 &apos;{name}&apos;）；估算该模型需要全部部分</translation>
    </message>
    <message>
        <source>this is part of a {count}-part split GGUF, but its name does not follow the &apos;&lt;name&gt;-0000N-of-0000M.gguf&apos; pattern, so the other parts cannot be found</source>
        <translation>这是 {count} 个部分的分片 GGUF 中的一部分，但其文件名不符合 &apos;&lt;name&gt;-0000N-of-0000M.gguf&apos; 的格式，因此找不到其他部分</translation>
    </message>
    <message>
        <source>blk.{i}.ssm_conv1d has {channels} channels, not 2·{k_heads}·{k_dim} + {v_heads}·{v_dim} as the ssm.group_count, ssm.state_size and the ssm_a and ssm_norm tensors say</source>
        <translation>blk.{i}.ssm_conv1d 有 {channels} 个通道，而不是 ssm.group_count、ssm.state_size 以及 ssm_a 和 ssm_norm 张量所给出的 2·{k_heads}·{k_dim} + {v_heads}·{v_dim}</translation>
    </message>
    <message>
        <source>blk.{i}.ssm_in has {rows} rows, not 2·{inner} + 2·{groups}·{state} + {heads} (Mamba-2&apos;s in_proj)</source>
        <translation>blk.{i}.ssm_in 有 {rows} 行，而不是 2·{inner} + 2·{groups}·{state} + {heads}（Mamba-2 的 in_proj）</translation>
    </message>
    <message>
        <source>blk.{i}.ssm_out reads {inner} values, not a whole number of {heads} heads</source>
        <translation>blk.{i}.ssm_out 读取 {inner} 个值，不能整分为 {heads} 个头</translation>
    </message>
    <message>
        <source>{what} declares {count:,} elements; at most {limit:,} are read</source>
        <translation>{what} 声明了 {count:,} 个元素；最多读取 {limit:,} 个</translation>
    </message>
    <message>
        <source>corrupt: {what} declares {n:,} bytes (limit {limit:,})</source>
        <translation>文件已损坏：{what} 声明了 {n:,} 字节（上限 {limit:,}）</translation>
    </message>
    <message>
        <source>truncated or corrupt: the strings of {what} run past the end of the file ({end:,} bytes)</source>
        <translation>文件被截断或已损坏：{what} 的字符串超出了文件末尾（{end:,} 字节）</translation>
    </message>
    <message>
        <source>blk.{i}.{part} is missing or has too few dimensions</source>
        <translation>缺少 blk.{i}.{part}，或其维数太少</translation>
    </message>
    <message>
        <source>blk.{i}.{part} is missing</source>
        <translation>缺少 blk.{i}.{part}</translation>
    </message>
    <message>
        <source>truncated: tensor &apos;{name}&apos; needs bytes {start:,}–{end:,} but the file ends at {size:,}</source>
        <translation>文件被截断：张量 &apos;{name}&apos; 需要第 {start:,}–{end:,} 字节，但文件在第 {size:,} 字节处结束</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; appears twice</source>
        <translation>张量 &apos;{name}&apos; 出现了两次</translation>
    </message>
    <message>
        <source>no output.weight: llama.cpp puts a copy of token_embd on the GPU as the output matrix, so the GPU bytes still include it once (the input lookup copy stays in CPU memory)</source>
        <translation>没有 output.weight：llama.cpp 会在 GPU 上放一份 token_embd 的副本作为输出矩阵，因此 GPU 字节数仍包含它一次（用于输入查表的那份留在 CPU 内存中）</translation>
    </message>
    <message>
        <source>the tokenizer lists {tokens:,} tokens; the embedding table has {rows:,} rows (used)</source>
        <translation>分词器列出 {tokens:,} 个 token；嵌入表有 {rows:,} 行（采用后者）</translation>
    </message>
    <message>
        <source>truncated or corrupt: {what} at byte {at:,} needs {n:,} bytes but the file ends at {size:,}</source>
        <translation>文件被截断或已损坏：位于第 {at:,} 字节的{what} 需要 {n:,} 字节，但文件在第 {size:,} 字节处就结束了</translation>
    </message>
    <message>
        <source>GGUF architecture &apos;{arch}&apos; is not one this version knows: its structure was read from the tensor names and shapes alone and may be wrong</source>
        <translation>此版本不认识 GGUF 架构 &apos;{arch}&apos;：其结构仅由张量名称和形状读出，可能有误</translation>
    </message>
    <message>
        <source>corrupt: {what} is an array of unknown value type {itype}</source>
        <translation>文件已损坏：{what} 是未知值类型 {itype} 的数组</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; has unknown GGML type {type} (a newer GGUF than this app reads?)</source>
        <translation>张量 &apos;{name}&apos; 的 GGML 类型 {type} 未知（可能是本程序尚不能读取的新版 GGUF？）</translation>
    </message>
    <message>
        <source>corrupt: {what} has unknown value type {vtype}</source>
        <translation>文件已损坏：{what} 的值类型 {vtype} 未知</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>无法读取该文件（{reason}）</translation>
    </message>
    <message>
        <source>GGUF architecture &apos;{arch}&apos; is not supported here (decoder language models and Mamba are)</source>
        <translation>不支持 GGUF 架构 &apos;{arch}&apos;（支持解码器语言模型和 Mamba）</translation>
    </message>
    <message>
        <source>value heads ({value}) are narrower or wider than key heads ({key}); the KV cache is sized with the key width</source>
        <translation>值头（{value}）比键头（{key}）窄或宽；KV 缓存按键的宽度计算</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; is not UTF-8 text</source>
        <translation>元数据 &apos;{key}&apos; 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{key} varies by layer ({low}–{high}); the largest value is used</source>
        <translation>{key} 随层变化（{low}–{high}）；采用最大值</translation>
    </message>
    <message>
        <source>GGUF version {version} is not supported (versions 2 and 3 are)</source>
        <translation>不支持 GGUF 版本 {version}（支持版本 2 和 3）</translation>
    </message>
    <message>
        <source>{what} (array length)</source>
        <translation>{what}（数组长度）</translation>
    </message>
    <message>
        <source>{what} (array type)</source>
        <translation>{what}（数组类型）</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; dimension count</source>
        <translation>张量 &apos;{name}&apos; 的维数</translation>
    </message>
    <message>
        <source>{what}[{i}]</source>
        <translation>{what}[{i}]</translation>
    </message>
    <message>
        <source>metadata entry #{i} key</source>
        <translation>第 #{i} 个元数据条目的键</translation>
    </message>
    <message>
        <source>{what} (length)</source>
        <translation>{what}（长度）</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; offset</source>
        <translation>张量 &apos;{name}&apos; 的偏移量</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; shape</source>
        <translation>张量 &apos;{name}&apos; 的形状</translation>
    </message>
    <message>
        <source>tensor info #{i} name</source>
        <translation>第 #{i} 个张量信息的名称</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; type</source>
        <translation>张量 &apos;{name}&apos; 的类型</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos;</source>
        <translation>元数据 &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; value type</source>
        <translation>元数据 &apos;{key}&apos; 的值类型</translation>
    </message>
    <message>
        <source>sliding window {window} with no layer pattern in the metadata; assumed on every layer</source>
        <translation>滑动窗口 {window}，但元数据中没有层模式；假定每层都使用</translation>
    </message>
    <message>
        <source>the sliding-window layer pattern is not periodic; approximated by its first period</source>
        <translation>滑动窗口的层模式不是周期性的；按其第一个周期近似</translation>
    </message>
    <message>
        <source>tflops.{key} must be a positive finite number of at most {limit:,.0f} (or null), not {value}</source>
        <translation>tflops.{key} 必须是不超过 {limit:,.0f} 的正有限数（或为空值），而不是 {value}</translation>
    </message>
    <message>
        <source>. With gradient accumulation they persist through the next forward passes</source>
        <translation>。使用梯度累积时，梯度在后续的前向中一直存在</translation>
    </message>
    <message>
        <source>{stack}: gradients accumulate in one contiguous fp32 main_grad buffer. </source>
        <translation>{stack}：梯度在一个连续的 fp32 main_grad 缓冲区中累积。</translation>
    </message>
    <message>
        <source> (offloaded to CPU after reduction)</source>
        <translation>（归约后卸载到 CPU）</translation>
    </message>
    <message>
        <source>, partitioned over {over} ({scheme})</source>
        <translation>，分区到 {over}（{scheme}）</translation>
    </message>
    <message>
        <source>. The buffer is allocated once and zeroed every step, so it is there during the forward pass too</source>
        <translation>。该缓冲区只分配一次、每步清零，所以前向时也存在</translation>
    </message>
    <message>
        <source>. They do not exist during the first forward pass (zero_grad(set_to_none=True))</source>
        <translation>。第一次前向时它们还不存在（zero_grad(set_to_none=True)）</translation>
    </message>
    <message>
        <source>{total} of CPU RAM for {runtime}: weights {weights} (token embedding) + K/V of the layers in CPU memory {kv}; with mmap (the default) the file&apos;s pages are shared with the page cache</source>
        <translation>{runtime} 需要 {total} 的 CPU 内存：权重 {weights}（词嵌入）+ 留在 CPU 内存中的层的 K/V {kv}；使用 mmap（默认）时文件页与页缓存共享</translation>
    </message>
    <message>
        <source>{total} of CPU RAM for {runtime}: weights {weights} (token embedding, {layers} layers not offloaded) + K/V of the layers in CPU memory {kv}; with mmap (the default) the file&apos;s pages are shared with the page cache</source>
        <translation>{runtime} 需要 {total} 的 CPU 内存：权重 {weights}（词嵌入，{layers} 个未卸载到 GPU 的层）+ 留在 CPU 内存中的层的 K/V {kv}；使用 mmap（默认）时文件页与页缓存共享</translation>
    </message>
    <message>
        <source>{total} of CPU RAM per data-parallel rank for the offloaded partition ({n:,.0f} parameters): fp32 master {master} + optimizer states {states} + fp32 gradients {master} (pinned memory; × ranks per node for a machine)</source>
        <translation>每个数据并行 rank 为卸载的分区（{n:,.0f} 个参数）需要 {total} 的 CPU 内存：fp32 主权重 {master} + 优化器状态 {states} + fp32 梯度 {master}（锁页内存；整机需 × 每节点 rank 数）</translation>
    </message>
    <message>
        <source>{total} of CPU RAM per data-parallel rank for the offloaded partition ({n:,.0f} parameters): fp32 master {master} + optimizer states {states} + fp32 gradients {master} + 16-bit parameters {half} (pinned memory; × ranks per node for a machine)</source>
        <translation>每个数据并行 rank 为卸载的分区（{n:,.0f} 个参数）需要 {total} 的 CPU 内存：fp32 主权重 {master} + 优化器状态 {states} + fp32 梯度 {master} + 16 位参数 {half}（锁页内存；整机需 × 每节点 rank 数）</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face repo id: expected &apos;organisation/name&apos; (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;; no &apos;--&apos; or &apos;..&apos;), e.g. &apos;Qwen/Qwen2.5-7B&apos;</source>
        <translation>&apos;{repo}&apos; 不是 Hugging Face 仓库 ID：应为 &apos;组织/名称&apos;（字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;；不能有 &apos;--&apos; 或 &apos;..&apos;），例如 &apos;Qwen/Qwen2.5-7B&apos;</translation>
    </message>
    <message>
        <source>no safetensors index or header in the cache: stored size unknown (fetch from the Hub for the exact bytes)</source>
        <translation>缓存中没有 safetensors 索引或文件头：存储大小未知（从 Hub 获取可得到精确字节数）</translation>
    </message>
    <message>
        <source>the Hugging Face cache entry for &apos;{repo}&apos; cannot be read: {reason}</source>
        <translation>无法读取 &apos;{repo}&apos; 在 Hugging Face 缓存中的条目：{reason}</translation>
    </message>
    <message>
        <source>could not fetch {file} for &apos;{repo}&apos; from the Hugging Face Hub: {reason}</source>
        <translation>无法从 Hugging Face Hub 获取 &apos;{repo}&apos; 的 {file}：{reason}</translation>
    </message>
    <message>
        <source>read from the local Hugging Face cache ({folder})</source>
        <translation>从本地 Hugging Face 缓存读取（{folder}）</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is gated: accept its licence on https://huggingface.co/{repo} and log in with `hf auth login`</source>
        <translation>&apos;{repo}&apos; 需要授权访问：请在 https://huggingface.co/{repo} 上接受其许可协议，并用 `hf auth login` 登录</translation>
    </message>
    <message>
        <source>could not read the safetensors header from the Hub ({error}: {detail}); stored size unknown</source>
        <translation>无法从 Hub 读取 safetensors 文件头（{error}: {detail}）；存储大小未知</translation>
    </message>
    <message>
        <source>could not reach the Hugging Face Hub to fetch &apos;{repo}&apos;: the name {host} does not resolve ({reason}); offline, or a network problem</source>
        <translation>无法连接 Hugging Face Hub 以获取 &apos;{repo}&apos;：无法解析域名 {host}（{reason}）；可能处于离线状态或网络有问题</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; has no {file} (a GGUF-only or non-transformers repo?): download the model file and open it instead</source>
        <translation>&apos;{repo}&apos; 没有 {file}（只有 GGUF 或不是 transformers 格式的仓库？）：请下载模型文件后直接打开</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; has no &apos;main&apos; revision on the Hub</source>
        <translation>&apos;{repo}&apos; 在 Hub 上没有 &apos;main&apos; 版本</translation>
    </message>
    <message>
        <source>the repo has no model.safetensors or safetensors index: stored size unknown</source>
        <translation>该仓库没有 model.safetensors 或 safetensors 索引：存储大小未知</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not in the local Hugging Face cache ({cache}): its config.json has not been downloaded. Fetch it from the Hub in the app, or run `hf download {repo} {config} {index}` (set HF_HUB_CACHE or HF_HOME if your cache lives elsewhere)</source>
        <translation>&apos;{repo}&apos; 不在本地 Hugging Face 缓存（{cache}）中：尚未下载其 config.json。请在程序中从 Hub 获取，或运行 `hf download {repo} {config} {index}`（若缓存在别处，请设置 HF_HUB_CACHE 或 HF_HOME）</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; was not found on the Hugging Face Hub (if it is private, log in with `hf auth login`)</source>
        <translation>在 Hugging Face Hub 上找不到 &apos;{repo}&apos;（若为私有仓库，请用 `hf auth login` 登录）</translation>
    </message>
    <message>
        <source>could not reach the Hugging Face Hub to fetch {file} for &apos;{repo}&apos;, and it is not cached (offline, HF_HUB_OFFLINE set, or a network problem)</source>
        <translation>无法连接 Hugging Face Hub 以获取 &apos;{repo}&apos; 的 {file}，且本地没有缓存（处于离线状态、设置了 HF_HUB_OFFLINE，或网络有问题）</translation>
    </message>
    <message>
        <source>the Hugging Face Hub refused {file} for &apos;{repo}&apos;: {reason}</source>
        <translation>Hugging Face Hub 拒绝提供 &apos;{repo}&apos; 的 {file}：{reason}</translation>
    </message>
    <message>
        <source>read the safetensors headers of every shard from the Hub ({n:,} tensors)</source>
        <translation>已从 Hub 读取每个分片的 safetensors 文件头（{n:,} 个张量）</translation>
    </message>
    <message>
        <source>&apos;architectures&apos; must be a list of class names, not {value}</source>
        <translation>&apos;architectures&apos; 必须是类名列表，而不是 {value}</translation>
    </message>
    <message>
        <source>not a valid file name</source>
        <translation>不是有效的文件名</translation>
    </message>
    <message>
        <source>block_configs[{i}].{part} uses {keys}: not a layout this version sizes</source>
        <translation>block_configs[{i}].{part} 使用了 {keys}：本版本无法估算这种结构</translation>
    </message>
    <message>
        <source>&apos;block_configs&apos; must list one block for each of {layers} layers</source>
        <translation>&apos;block_configs&apos; 必须为 {layers} 层中的每一层各列出一个块</translation>
    </message>
    <message>
        <source>&apos;layers_block_type&apos; holds block kinds this version cannot size: {kinds}</source>
        <translation>&apos;layers_block_type&apos; 含有本版本无法估算的块类型：{kinds}</translation>
    </message>
    <message>
        <source>links to {target}, which does not exist: an incomplete download?</source>
        <translation>链接指向不存在的 {target}：下载不完整？</translation>
    </message>
    <message>
        <source>&apos;compress_ratios&apos; must give 0, 4 or 128 for each of {layers} layers</source>
        <translation>&apos;compress_ratios&apos; 必须为 {layers} 层中的每一层给出 0、4 或 128</translation>
    </message>
    <message>
        <source>a config.json must hold a JSON object</source>
        <translation>config.json 必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>{n:,} bytes is far too large for a config.json; refused</source>
        <translation>{n:,} 字节，对 config.json 来说太大；拒绝导入</translation>
    </message>
    <message>
        <source>far too large for a config.json; refused</source>
        <translation>对 config.json 来说太大；拒绝导入</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; {n} differs from hidden_size {hidden}: not a layout known</source>
        <translation>&apos;{key}&apos; 的值 {n} 与 hidden_size {hidden} 不同：不是已知的结构</translation>
    </message>
    <message>
        <source>&apos;layer_types&apos; holds kinds DeepSeek-V4 does not have: {kinds}</source>
        <translation>&apos;layer_types&apos; 含有 DeepSeek-V4 没有的层类型：{kinds}</translation>
    </message>
    <message>
        <source>the file is empty; expected {what}</source>
        <translation>文件为空；应为 {what}</translation>
    </message>
    <message>
        <source>folder holds no config.json or .safetensors files</source>
        <translation>文件夹中没有 config.json 或 .safetensors 文件</translation>
    </message>
    <message>
        <source>block_configs[{i}].ffn.ffn_mult must be a positive number</source>
        <translation>block_configs[{i}].ffn.ffn_mult 必须是正数</translation>
    </message>
    <message>
        <source>hidden_size {hidden} is not divisible by num_attention_heads {heads}, and no head_dim is given</source>
        <translation>hidden_size {hidden} 不能被 num_attention_heads {heads} 整除，且没有给出 head_dim</translation>
    </message>
    <message>
        <source>block_configs[{i}].attention.n_heads_in_group must divide {heads}</source>
        <translation>block_configs[{i}].attention.n_heads_in_group 必须能整除 {heads}</translation>
    </message>
    <message>
        <source>num_attention_heads must be positive</source>
        <translation>num_attention_heads 必须为正数</translation>
    </message>
    <message>
        <source>&apos;hybrid_override_pattern&apos; must hold one of {codes} per layer ({layers}); found {n} characters</source>
        <translation>&apos;hybrid_override_pattern&apos; 必须为每一层（{layers}）给出 {codes} 中的一个字符；实际有 {n} 个字符</translation>
    </message>
    <message>
        <source>{said}, unknown: {bad}</source>
        <translation>{said}，未知字符：{bad}</translation>
    </message>
    <message>
        <source>{what} is not valid JSON (line {line}, column {column}: {detail})</source>
        <translation>{what} 不是有效的 JSON（第 {line} 行第 {column} 列：{detail}）</translation>
    </message>
    <message>
        <source>{loc}: {problem}</source>
        <translation>{loc}：{problem}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} 不是 JSON 允许的数</translation>
    </message>
    <message>
        <source>{what} nested deeper than {n} levels; refused</source>
        <translation>{what} 嵌套超过 {n} 层；拒绝导入</translation>
    </message>
    <message>
        <source>an integer of {n} digits is out of range (at most {limit})</source>
        <translation>{n} 位的整数超出范围（最多 {limit} 位）</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; (line {line}): </source>
        <translation>&apos;{key}&apos;（第 {line} 行）：</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>{what}: {where}{problem}</source>
        <translation>{what}：{where}{problem}</translation>
    </message>
    <message>
        <source>{what}: {detail}</source>
        <translation>{what}：{detail}</translation>
    </message>
    <message>
        <source>keys not read: {keys}{more}</source>
        <translation>未读取的键：{keys}{more}</translation>
    </message>
    <message>
        <source>block_configs gives different kv head counts per layer: {counts}</source>
        <translation>block_configs 为各层给出了不同的 KV 头数：{counts}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds codes other than 0–{last}</source>
        <translation>&apos;{key}&apos; 含有 0–{last} 以外的编码</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds layer kinds this version cannot size: {kinds}</source>
        <translation>&apos;{key}&apos; 含有本版本无法估算的层类型：{kinds}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; lists {n} layers but the model has {layers}</source>
        <translation>&apos;{key}&apos; 列出了 {n} 层，但模型有 {layers} 层</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds {value}, not a non-negative integer</source>
        <translation>&apos;{key}&apos; 含有 {value}，不是非负整数</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; lists {n} values for {layers} layers</source>
        <translation>&apos;{key}&apos; 为 {layers} 层列出了 {n} 个值</translation>
    </message>
    <message>
        <source>missing &apos;{key}&apos;</source>
        <translation>缺少 &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>missing {keys}</source>
        <translation>缺少 {keys}</translation>
    </message>
    <message>
        <source>&apos;mlp_layer_types&apos; must name dense or sparse for each of {layers} layers</source>
        <translation>&apos;mlp_layer_types&apos; 必须为 {layers} 层中的每一层注明 dense 或 sparse</translation>
    </message>
    <message>
        <source>&apos;model_type&apos; must be a string, not {value}</source>
        <translation>&apos;model_type&apos; 必须是字符串，而不是 {value}</translation>
    </message>
    <message>
        <source>no config.json found ({reason})</source>
        <translation>找不到 config.json（{reason}）</translation>
    </message>
    <message>
        <source>block_configs gives no layer an FFN</source>
        <translation>block_configs 没有为任何一层给出 FFN</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>layer_types names sliding layers but &apos;sliding_window&apos; is not set</source>
        <translation>layer_types 中有滑动窗口层，但没有设置 &apos;sliding_window&apos;</translation>
    </message>
    <message>
        <source>not a config.json, model folder, .safetensors, index.json or .gguf file</source>
        <translation>不是 config.json、模型文件夹、.safetensors、index.json 或 .gguf 文件</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false, not {value}</source>
        <translation>&apos;{key}&apos; 必须是 true 或 false，而不是 {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of at most {n:,} integers</source>
        <translation>&apos;{key}&apos; 必须是最多 {n:,} 个整数的列表</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be an integer, not {value}</source>
        <translation>&apos;{key}&apos; 必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a number, not {value}</source>
        <translation>&apos;{key}&apos; 必须是数字，而不是 {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be an object</source>
        <translation>&apos;{key}&apos; 必须是对象</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a positive integer, not 0</source>
        <translation>&apos;{key}&apos; 必须是正整数，不能为 0</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be in [0, 1), not {value:g}</source>
        <translation>&apos;{key}&apos; 必须在 [0, 1) 范围内，而不是 {value:g}</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>not a regular file; refused</source>
        <translation>不是普通文件；拒绝导入</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list of at most {n:,} strings</source>
        <translation>&apos;{key}&apos; 必须是最多 {n:,} 个字符串的列表</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a string, not {value}</source>
        <translation>&apos;{key}&apos; 必须是字符串，而不是 {value}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at offset {at:,}); not {what}</source>
        <translation>不是 UTF-8 文本（偏移 {at:,} 处有无效字节）；不是{what}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; {n:,} is out of range (0 to {limit:,})</source>
        <translation>&apos;{key}&apos; 的值 {n:,} 超出范围（0 到 {limit:,}）</translation>
    </message>
    <message>
        <source>model_type &apos;{model_type}&apos; is not a known family; its keys ({keys}) are those of &apos;{family}&apos;: read as that family (the count is not verified against transformers for this type)</source>
        <translation>model_type &apos;{model_type}&apos; 不是已知的模型族；其键（{keys}）属于 &apos;{family}&apos;：按该模型族读取（此类型的参数量未与 transformers 核对）</translation>
    </message>
    <message>
        <source>hidden_size and num_hidden_layers must be positive</source>
        <translation>hidden_size 和 num_hidden_layers 必须为正数</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket); refused</source>
        <translation>不是普通文件（是设备、管道或套接字）；拒绝导入</translation>
    </message>
    <message>
        <source>keys describing structure this version does not read: {keys}; refused rather than answered without them</source>
        <translation>含有描述模型结构、但本版本无法读取的键：{keys}；拒绝导入，以免在忽略它们的情况下给出结果</translation>
    </message>
    <message>
        <source>model_type &apos;{model_type}&apos; wraps its text model in text_config: only the text model was read; a tower that transformers builds by default (when the config names none) is not counted</source>
        <translation>model_type &apos;{model_type}&apos; 把文本模型包在 text_config 中：只读取了文本模型；transformers 默认构建的塔（配置未指明时）没有计入</translation>
    </message>
    <message>
        <source>text_config.model_type &apos;{model_type}&apos; is not a family this version can read</source>
        <translation>text_config.model_type &apos;{model_type}&apos; 不是本版本能读取的模型系列</translation>
    </message>
    <message>
        <source>{n:,} bytes is too large for {what} (at most {limit:,}); refused</source>
        <translation>{n:,} 字节，对 {what} 来说太大（最多 {limit:,}）；拒绝导入</translation>
    </message>
    <message>
        <source>more than {limit:,} bytes: too large for {what}; refused</source>
        <translation>超过 {limit:,} 字节：对 {what} 来说太大；拒绝导入</translation>
    </message>
    <message>
        <source>model_type &apos;{model_type}&apos; wraps a text model with {towers}: this version cannot build that tower, and a total without it would be wrong; refused (the text model alone can be sized by importing its text_config as a config.json of its own)</source>
        <translation>model_type &apos;{model_type}&apos; 在文本模型之外还带有 {towers}：本版本无法构建该塔，而不含它的总量会是错的；拒绝导入（若只估算文本模型，可将其 text_config 单独作为一个 config.json 导入）</translation>
    </message>
    <message>
        <source>unexpected value ({error}: {detail})</source>
        <translation>意外的值（{error}：{detail}）</translation>
    </message>
    <message>
        <source>model_type &apos;{model_type}&apos; is not a known family: read as a decoder from its standard keys (attention, experts and layer kinds are read generically; the count is not verified against transformers)</source>
        <translation>model_type &apos;{model_type}&apos; 不是已知的模型族：按解码器从其标准键读取（注意力、专家和层类型按通用方式读取；参数量未与 transformers 核对）</translation>
    </message>
    <message>
        <source>text_config.model_type &apos;{model_type}&apos; is not a known family</source>
        <translation>text_config.model_type &apos;{model_type}&apos; 不是已知的模型族</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>not a usable file name ({reason})</source>
        <translation>不是可用的文件名（{reason}）</translation>
    </message>
    <message>
        <source>&apos;intermediate_size&apos; must hold positive integer widths</source>
        <translation>&apos;intermediate_size&apos; 必须由正整数宽度组成</translation>
    </message>
    <message>
        <source>&apos;intermediate_size&apos; lists {n} widths for {layers} layers</source>
        <translation>&apos;intermediate_size&apos; 为 {layers} 层列出了 {n} 个宽度</translation>
    </message>
    <message>
        <source>Activation peak (vLLM profile)</source>
        <translation>激活峰值（vLLM 预跑测量）</translation>
    </message>
    <message>
        <source>Activations saved for backward</source>
        <translation>为反向保存的激活值</translation>
    </message>
    <message>
        <source>Allocator slack (fragmentation)</source>
        <translation>分配器余量（碎片）</translation>
    </message>
    <message>
        <source>Cut cross-entropy ({stack})</source>
        <translation>Cut Cross-Entropy（{stack}）</translation>
    </message>
    <message>
        <source>Dequantized weight (prefill)</source>
        <translation>反量化权重（预填充）</translation>
    </message>
    <message>
        <source>DoRA adapters (r = {rank}, {dtype})</source>
        <translation>DoRA 适配器（r = {rank}，{dtype}）</translation>
    </message>
    <message>
        <source>DoRA weight norm (per target)</source>
        <translation>DoRA 权重范数（逐目标层）</translation>
    </message>
    <message>
        <source>DP attention gathered buffer (SGLang)</source>
        <translation>DP 注意力汇集缓冲区（SGLang）</translation>
    </message>
    <message>
        <source>Draft verification logits</source>
        <translation>草稿验证 logits</translation>
    </message>
    <message>
        <source>Tied output layer&apos;s gradient waiting for the embedding&apos;s</source>
        <translation>绑定输出层的梯度（等待嵌入层的梯度）</translation>
    </message>
    <message>
        <source>Gradients waiting during a block&apos;s backward (FSDP2)</source>
        <translation>块反向期间等待中的梯度（FSDP2）</translation>
    </message>
    <message>
        <source>Logits and loss (on the {bits}-bit logits)</source>
        <translation>Logits 与损失（在 {bits} 位 logits 上）</translation>
    </message>
    <message>
        <source>Logits and compiled loss ({stack})</source>
        <translation>Logits 与编译后的损失（{stack}）</translation>
    </message>
    <message>
        <source>Cached segment of the freed logits (reserved)</source>
        <translation>已释放 logits 的缓存段（已保留）</translation>
    </message>
    <message>
        <source>Logits and vocab-parallel cross-entropy ({stack})</source>
        <translation>Logits 与词表并行交叉熵（{stack}）</translation>
    </message>
    <message>
        <source>Model outputs held by the training loop</source>
        <translation>训练循环保留的模型输出</translation>
    </message>
    <message>
        <source>Trainable copies (modules_to_save: {names})</source>
        <translation>可训练副本（modules_to_save：{names}）</translation>
    </message>
    <message>
        <source>Gradients of the trainable copies ({dtype})</source>
        <translation>可训练副本的梯度（{dtype}）</translation>
    </message>
    <message>
        <source>Optimizer states of the trainable copies ({optimizer})</source>
        <translation>可训练副本的优化器状态（{optimizer}）</translation>
    </message>
    <message>
        <source>MTP draft KV cache ({kv})</source>
        <translation>MTP 草稿 KV 缓存（{kv}）</translation>
    </message>
    <message>
        <source>MTP draft weights</source>
        <translation>MTP 草稿权重</translation>
    </message>
    <message>
        <source>Prefix encoder ({tokens} virtual tokens, {dtype})</source>
        <translation>前缀编码器（{tokens} 个虚拟 token，{dtype}）</translation>
    </message>
    <message>
        <source>Prefix key/values ({tokens} virtual tokens)</source>
        <translation>前缀键/值（{tokens} 个虚拟 token）</translation>
    </message>
    <message>
        <source>P-tuning prompt encoder ({tokens} virtual tokens, {dtype})</source>
        <translation>P-tuning 提示编码器（{tokens} 个虚拟 token，{dtype}）</translation>
    </message>
    <message>
        <source>Ring attention buffers (context parallel)</source>
        <translation>环形注意力缓冲（上下文并行）</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first}和{rest}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}，{rest}</translation>
    </message>
    <message>
        <source>{first}{rest}</source>
        <translation>{first}{rest}</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <translation>{first} 或 {rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>无效的 \ 转义</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>无效的 \uXXXX 转义</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>此处有无效的控制字符</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此处应为分隔符 &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此处应为分隔符 &apos;,&apos;</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此处应为用双引号括起的属性名</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>多余的数据</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>数组结尾前有多余的逗号</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>对象结尾前有多余的逗号</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>从此处开始的字符串没有结束</translation>
    </message>
    <message>
        <source>the DSA indexer&apos;s fp32 scores per head over the whole prompt at prefill</source>
        <translation>DSA 索引器在预填充时对整个提示逐头计算的 fp32 分数</translation>
    </message>
    <message>
        <source>{n} Gated DeltaNet layers as transformers&apos; torch path runs them (fp32 chunk tensors and one state per 64 tokens); fla&apos;s CUDA kernel keeps less</source>
        <translation>{n} 个 Gated DeltaNet 层按 transformers 的 torch 路径运行（fp32 分块张量，每 64 个 token 一个状态）；fla 的 CUDA 内核保留得更少</translation>
    </message>
    <message>
        <source>{n} Mamba-2 layers as transformers&apos; torch path runs them (fp32 chunk tensors, B and C per head); mamba_ssm&apos;s fused kernel keeps less</source>
        <translation>{n} 个 Mamba-2 层按 transformers 的 torch 路径运行（fp32 分块张量，每个头的 B 和 C）；mamba_ssm 的融合内核保留得更少</translation>
    </message>
    <message>
        <source> Layer kinds: {parts}.</source>
        <translation> 层类型：{parts}。</translation>
    </message>
    <message>
        <source>{n} short-convolution layers (in_proj&apos;s 3h, the gated products, conv)</source>
        <translation>{n} 个短卷积层（in_proj 的 3h、门控乘积、卷积）</translation>
    </message>
    <message>
        <source>{n} chunked-attention layers keep at most one chunk, {chunk}</source>
        <translation>{n} 个分块注意力层最多保留一个块，{chunk}</translation>
    </message>
    <message>
        <source> Cross-attention also caches the encoder&apos;s K/V ({positions:,} positions per layer).</source>
        <translation>交叉注意力还缓存编码器的 K/V（每层 {positions:,} 个位置）。</translation>
    </message>
    <message>
        <source> Cross-attention also caches the encoder&apos;s K/V (the context&apos;s positions per layer).</source>
        <translation>交叉注意力还缓存编码器的 K/V（每层为上下文的位置数）。</translation>
    </message>
    <message>
        <source>{attn} attention layers keep every token{other}</source>
        <translation>{attn} 个注意力层保留每个 token{other}</translation>
    </message>
    <message>
        <source>{n} full-attention layers keep every token</source>
        <translation>{n} 个全注意力层保留每个 token</translation>
    </message>
    <message>
        <source>{indexer}K and V: 2 × kv_heads × head_dim = 2 × {kv_heads:g} × {head_dim}</source>
        <translation>{indexer}K 和 V：2 × kv_heads × head_dim = 2 × {kv_heads:g} × {head_dim}</translation>
    </message>
    <message>
        <source>{indexer}K and V: 2 × kv_heads × head_dim = 2 × {kv_heads:g} × {head_dim} (GQA: fewer kv heads than query heads)</source>
        <translation>{indexer}K 和 V：2 × kv_heads × head_dim = 2 × {kv_heads:g} × {head_dim}（GQA：KV 头少于查询头）</translation>
    </message>
    <message>
        <source>{indexer}K and V: kv_heads × (head_dim + v_head_dim) = {kv_heads:g} × ({head_dim} + {v_dim})</source>
        <translation>{indexer}K 和 V：kv_heads × (head_dim + v_head_dim) = {kv_heads:g} × ({head_dim} + {v_dim})</translation>
    </message>
    <message>
        <source>indexer key {dim} + </source>
        <translation>索引器键 {dim} + </translation>
    </message>
    <message>
        <source>{n} conv</source>
        <translation>{n} 个短卷积</translation>
    </message>
    <message>
        <source>{n} linear</source>
        <translation>{n} 个线性注意力</translation>
    </message>
    <message>
        <source>{n} mamba2</source>
        <translation>{n} 个 Mamba-2</translation>
    </message>
    <message>
        <source>{layers}{other}</source>
        <translation>{layers}{other}</translation>
    </message>
    <message>
        <source>{indexer}transformers caches MLA decompressed: heads × (qk_head_dim + v_head_dim) = {heads:g} × ({qk} + {v})</source>
        <translation>{indexer}transformers 以解压形式缓存 MLA：heads × (qk_head_dim + v_head_dim) = {heads:g} × ({qk} + {v})</translation>
    </message>
    <message>
        <source>{indexer}MLA latent: kv_lora_rank + rope dim = {rank} + {rope} per token (one compressed vector shared by all heads)</source>
        <translation>{indexer}MLA 潜向量：kv_lora_rank + rope 维度 = 每个 token {rank} + {rope}（所有头共享的一个压缩向量）</translation>
    </message>
    <message>
        <source>{before} With -ngl {ngl}, {on} of {n} layers keep their K/V on the GPU; the rest in RAM.</source>
        <translation>{before}使用 -ngl {ngl} 时，{n} 层中有 {on} 层的 K/V 在 GPU 上；其余在内存中。</translation>
    </message>
    <message>
        <source> Ollama allocates num_ctx {num_ctx:,.0f} × {parallel} slot(s) at load, whatever the request&apos;s length (OLLAMA_CONTEXT_LENGTH / OLLAMA_NUM_PARALLEL).</source>
        <translation>Ollama 在加载时按 num_ctx {num_ctx:,.0f} × {parallel} 个槽位分配，与请求长度无关（OLLAMA_CONTEXT_LENGTH / OLLAMA_NUM_PARALLEL）。</translation>
    </message>
    <message>
        <source>; the other {n} layers keep no KV cache (a fixed-size state, or no mixer)</source>
        <translation>；其余 {n} 层不保留 KV 缓存（固定大小的状态，或没有混合器）</translation>
    </message>
    <message>
        <source> ({shared} of them attend over the cache of an earlier layer of their kind)</source>
        <translation>（其中 {shared} 层使用同类前面某层的缓存）</translation>
    </message>
    <message>
        <source>{n} sliding layers keep at most {window}</source>
        <translation>{n} 个滑动窗口层最多保留 {window} 个</translation>
    </message>
    <message>
        <source>--image-size: &apos;{text}&apos; is not N or HEIGHTxWIDTH in pixels</source>
        <translation>输入尺寸：“{text}”不是以像素计的 N 或 高x宽</translation>
    </message>
    <message>
        <source>--batch must be at least 1, not {batch}</source>
        <translation>批大小至少为 1，而不是 {batch}</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>带偏置</translation>
    </message>
    <message>
        <source>ceil</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>{heads} heads, MLP {mlp}</source>
        <translation>{heads} 个头，MLP {mlp}</translation>
    </message>
    <message>
        <source>MACs = multiply-accumulates of convolutions (weights × output positions), linear layers and attention&apos;s QKᵀ and AV products; FLOPs = 2 × MACs. torchvision&apos;s &apos;GFLOPS&apos; column counts the same multiply-accumulates (ResNet-50: 4.089 G), so it is GMACs. Batch-norm, activations, pooling and additions are not counted. Activation bytes = output elements × batch × bytes per element.</source>
        <translation>MACs = 卷积（权重 × 输出位置）、线性层以及注意力的 QKᵀ 和 AV 乘积中的乘加次数；FLOPs = 2 × MACs。torchvision 的 &apos;GFLOPS&apos; 列统计的是同样的乘加次数（ResNet-50：4.089 G），因此实为 GMACs。批归一化、激活函数、池化和加法不计入。激活字节数 = 输出元素数 × 批大小 × 每个元素的字节数。</translation>
    </message>
    <message>
        <source>global</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>groups {groups}</source>
        <translation>分组 {groups}</translation>
    </message>
    <message>
        <source>LayerNorm + linear on the class token</source>
        <translation>LayerNorm + 类别 token 上的线性层</translation>
    </message>
    <message>
        <source>{heads} heads</source>
        <translation>{heads} 个头</translation>
    </message>
    <message>
        <source>--image-size: &apos;{text}&apos; must be one or two sides of 1-16384 pixels</source>
        <translation>输入尺寸：“{text}”必须是一条或两条 1 到 16384 像素的边</translation>
    </message>
    <message>
        <source>--image-size {h}x{w}: {problem}</source>
        <translation>输入尺寸 {h}x{w}：{problem}</translation>
    </message>
    <message>
        <source>{model} is not an image model: the layer table covers CNNs and ViT classifiers</source>
        <translation>{model} 不是图像模型：逐层表只涵盖 CNN 和 ViT 分类模型</translation>
    </message>
    <message>
        <source>{p}×{p} conv, stride {p}; + class token and positions</source>
        <translation>{p}×{p} 卷积，步幅 {p}；加类别 token 和位置编码</translation>
    </message>
    <message>
        <source>to {size}×{size}</source>
        <translation>到 {size}×{size}</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>步幅 {stride}</translation>
    </message>
    <message>
        <source>--image-size: this ViT&apos;s position table is for {side}×{side} px; another size needs interpolated position embeddings, which the table does not model</source>
        <translation>输入尺寸：此 ViT 的位置编码表针对 {side}×{side} 像素；其他尺寸需要插值位置编码，而层表不对此建模</translation>
    </message>
    <message>
        <source>{w}×{w} windows</source>
        <translation>{w}×{w} 窗口</translation>
    </message>
    <message>
        <source>data parallel × {dp}</source>
        <translation>数据并行 × {dp}</translation>
    </message>
    <message>
        <source>fully sharded data parallel × {dp}</source>
        <translation>完全分片数据并行 × {dp}</translation>
    </message>
    <message>
        <source>data parallel × {dp} with ZeRO-{zero}</source>
        <translation>数据并行 × {dp}，使用 ZeRO-{zero}</translation>
    </message>
    <message>
        <source>layers split over {gpus} GPUs (llama.cpp)</source>
        <translation>各层分布在 {gpus} 个 GPU 上（llama.cpp）</translation>
    </message>
    <message>
        <source>one GPU with ZeRO-{zero}</source>
        <translation>单个 GPU，使用 ZeRO-{zero}</translation>
    </message>
    <message>
        <source>pipeline × {pp}</source>
        <translation>流水线 × {pp}</translation>
    </message>
    <message>
        <source>tensor parallel × {tp}</source>
        <translation>张量并行 × {tp}</translation>
    </message>
    <message>
        <source>largest batch of sequences per step with everything else as set: the memory-vs-batch sweep brackets it, integer sweeps pin it exactly</source>
        <translation>其余设置不变时每步最大的序列批大小：先用“显存-批大小”扫描框定范围，再用整数扫描精确确定</translation>
    </message>
    <message>
        <source>largest per-GPU micro-batch with everything else as set: the memory-vs-batch sweep brackets it, integer sweeps pin it exactly</source>
        <translation>其余设置不变时每个 GPU 最大的微批次：先用“显存-批大小”扫描框定范围，再用整数扫描精确确定</translation>
    </message>
    <message>
        <source>largest number of concurrent requests, each with its own KV cache (bisection)</source>
        <translation>最多的并发请求数，每个请求有自己的 KV 缓存（二分查找）</translation>
    </message>
    <message>
        <source>largest context (prompt + generated tokens) with everything else as set: a log-spaced sweep brackets it, integer sweeps pin it exactly</source>
        <translation>其余设置不变时最长的上下文（提示 + 生成的 token）：先用对数间隔扫描框定范围，再用整数扫描精确确定</translation>
    </message>
    <message>
        <source>the context counts the images&apos; and the audio&apos;s tokens as the memory estimate does ({media:,} per sequence): the largest context holds them, and the text&apos;s room is that context less {media:,}</source>
        <translation>上下文按内存估算的方式计入图像和音频的 token（每序列 {media:,} 个）：最大上下文包含它们，文本可用的部分为该上下文减去 {media:,}</translation>
    </message>
    <message>
        <source>largest context (prompt + generated tokens) with everything else as set: a log-spaced sweep brackets it, integer sweeps pin it exactly; searched up to {top:,} tokens (the model&apos;s maximum position or the context asked for), and that much fits</source>
        <translation>其余设置不变时最长的上下文（提示 + 生成的 token）：先用对数间隔扫描框定范围，再用整数扫描精确确定；搜索到 {top:,} 个 token（模型的最大位置或所要求的上下文），这么长都放得下</translation>
    </message>
    <message>
        <source>{n} MTP layer(s) drafting {k} token(s) per step</source>
        <translation>{n} 个 MTP 层，每步起草 {k} 个 token</translation>
    </message>
    <message>
        <source>the checkpoint also ships {n} multi-token-prediction layer(s) ({key}), which transformers does not build: counted beside the total, not in it; a runtime loads them only for speculative decoding</source>
        <translation>检查点还附带 {n} 个多 token 预测（MTP）层（{key}），transformers 不构建它们：在总数之外另计，不含在总数内；推理引擎仅在推测解码时加载它们</translation>
    </message>
    <message>
        <source>the checkpoint also ships {n} multi-token-prediction layer(s) ({key}), which transformers does not build: not in the total; their structure is not known here, so they are not counted (unverified) and cannot be sized as a speculative-decoding draft</source>
        <translation>检查点还附带 {n} 个多 token 预测（MTP）层（{key}），transformers 不构建它们：不含在总数内；这里不知道它们的结构，因此未计入（未经验证），也无法作为推测解码的草稿来估算</translation>
    </message>
    <message>
        <source>no audio in the workload: the audio tower is idle (its weights are loaded, but no audio activations or audio tokens are sized; set the audio per sequence to size audio)</source>
        <translation>工作负载中没有音频：音频塔处于空闲（其权重已加载，但不计算任何音频激活或音频标记；要估算音频，请设置每个序列的音频时长）</translation>
    </message>
    <message>
        <source>{engine} stops at start (&apos;{error}&apos;): it serves nothing, so there is no time to first token or decode speed</source>
        <translation>{engine} 启动即报错退出（&apos;{error}&apos;）：它不提供任何服务，因此没有首个 token 时间，也没有解码速度</translation>
    </message>
    <message>
        <source>{towers}: {inputs} in the workload, yet gradients and optimizer state are charged for {params:,} parameters as if trained (assumed: how {stack} treats parameters the forward pass never reaches was not read from its source)</source>
        <translation>{towers}：工作负载中{inputs}，但仍按训练中的参数为 {params:,} 个参数计入梯度和优化器状态（假设：{stack} 如何处理前向传播不经过的参数，未从其源代码中读出）</translation>
    </message>
    <message>
        <source>{towers}: {inputs} in the workload, but {stack} charges gradients and optimizer state for {params:,} parameters anyway (its flat buffers hold every parameter that requires grad); freezing the tower saves them</source>
        <translation>{towers}：工作负载中{inputs}，但 {stack} 仍为 {params:,} 个参数分配梯度和优化器状态（其扁平缓冲区容纳每个 requires_grad 的参数）；冻结该塔可省下这些显存</translation>
    </message>
    <message>
        <source>{towers} fed nothing under DDP: the idle parameters still take space in DDP&apos;s all-reduce buckets, and DDP needs find_unused_parameters=True for them (transformers&apos; Trainer sets it by default only without gradient checkpointing: ddp_find_unused_parameters)</source>
        <translation>DDP 下{towers}没有输入：这些空闲参数仍占用 DDP 的 all-reduce 桶，且 DDP 需要为它们设置 find_unused_parameters=True（transformers 的 Trainer 仅在不使用梯度检查点时默认如此设置：ddp_find_unused_parameters）</translation>
    </message>
    <message>
        <source>{towers}: {inputs} in the workload — sized as frozen (no gradients or optimizer state for {params:,} parameters: under {stack} a parameter the forward pass never reaches gets no gradient, and the optimizer creates no state for it)</source>
        <translation>{towers}：工作负载中{inputs}——按冻结估算（{params:,} 个参数没有梯度和优化器状态：在 {stack} 下，前向传播不经过的参数不会得到梯度，优化器也不为它创建状态）</translation>
    </message>
    <message>
        <source>{gpu}: memory bandwidth unknown, decode speed cannot be estimated</source>
        <translation>{gpu}：显存带宽未知，无法估计解码速度</translation>
    </message>
    <message>
        <source>no serving capacity: this setup does not fit {gpu} (short by {short_gib:,.2f} GiB per GPU), so replicas of it serve nothing; make it fit first (`sizing fit`)</source>
        <translation>没有服务能力：这个配置放不下 {gpu}（每个 GPU 还差 {short_gib:,.2f} GiB），它的副本什么也服务不了；请先让它放得下（`sizing fit`）</translation>
    </message>
    <message>
        <source>{gpu}: no published dense {precision} peak, so time cannot be estimated</source>
        <translation>{gpu}：未公布 {precision} 稠密峰值，无法估计时间</translation>
    </message>
    <message>
        <source>the vision tower&apos;s compute ({images} image(s) per sequence through timm&apos;s {arch}) is not in the time: a convolutional tower&apos;s FLOPs are not read from its structure here</source>
        <translation>视觉塔的计算量（每序列 {images} 张图像经过 timm 的 {arch}）未计入时间：此处不从卷积塔的结构推算其 FLOPs</translation>
    </message>
    <message>
        <source>fp32 row + column statistics per matrix (no first moment; transformers Adafactor defaults)</source>
        <translation>每个矩阵的 fp32 行 + 列统计量（没有一阶矩；transformers Adafactor 默认值）</translation>
    </message>
    <message>
        <source>factored second moment (row and column statistics)</source>
        <translation>分解的二阶矩（行和列统计量）</translation>
    </message>
    <message>
        <source>Adafactor upcasts one tensor&apos;s gradient and weight to fp32 and builds its update: 3 × 4 bytes × the largest tensor</source>
        <translation>Adafactor 把一个张量的梯度和权重升为 fp32 并构建其更新：3 × 4 字节 × 最大的张量</translation>
    </message>
    <message>
        <source>2 states (exp_avg, exp_avg_sq)</source>
        <translation>2 个状态（exp_avg、exp_avg_sq）</translation>
    </message>
    <message>
        <source>2 states quantized to 8 bits with an fp32 scale per 256-value block (bitsandbytes blockwise)</source>
        <translation>2 个量化为 8 位的状态，每 256 个值一个 fp32 缩放因子（bitsandbytes 分块量化）</translation>
    </message>
    <message>
        <source>torch&apos;s default foreach AdamW computes sqrt(exp_avg_sq) for all parameters at once: one parameter-sized temporary while gradients and states are alive</source>
        <translation>torch 默认的 foreach AdamW 一次为所有参数计算 sqrt(exp_avg_sq)：在梯度和状态存在时多一个参数大小的临时张量</translation>
    </message>
    <message>
        <source>the for-loop AdamW allocates sqrt(v)/bias-correction for one tensor at a time: 2 × the largest tensor</source>
        <translation>for 循环的 AdamW 一次为一个张量分配 sqrt(v)/偏差校正：2 × 最大的张量</translation>
    </message>
    <message>
        <source>1 state (exp_avg)</source>
        <translation>1 个状态（exp_avg）</translation>
    </message>
    <message>
        <source>Lion&apos;s sign(update) for one tensor at a time</source>
        <translation>Lion 一次为一个张量计算 sign(update)</translation>
    </message>
    <message>
        <source>1 state (momentum_buffer)</source>
        <translation>1 个状态（momentum_buffer）</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>没有状态</translation>
    </message>
    <message>
        <source> — offloaded to CPU memory</source>
        <translation> —— 卸载到 CPU 内存</translation>
    </message>
    <message>
        <source>{states} × {bytes} bytes</source>
        <translation>{states} × {bytes} 字节</translation>
    </message>
    <message>
        <source> {stack}: no sequence parallelism, so norm and residual activations are whole on each of the {tp} TP ranks.</source>
        <translation> {stack}：没有序列并行，所以归一化和残差激活在 {tp} 个 TP rank 上都是完整的。</translation>
    </message>
    <message>
        <source> {stack}: no sequence parallelism (switched off: parallelism.sequence_parallel), so norm and residual activations are whole on each of the {tp} TP ranks.</source>
        <translation> {stack}：没有序列并行（已关闭：parallelism.sequence_parallel），所以归一化和残差激活在 {tp} 个 TP rank 上都是完整的。</translation>
    </message>
    <message>
        <source> {stack} offloads each checkpointed layer input to CPU memory; one is on the GPU at a time.</source>
        <translation> {stack} 把每个检查点层的输入卸载到 CPU 内存；GPU 上一次只有一个。</translation>
    </message>
    <message>
        <source> Pipeline rank: first stage ({pp} micro-batches in flight under 1F1B, no logits).</source>
        <translation> 流水线 rank：第一个阶段（1F1B 下 {pp} 个微批次同时在途，没有 logits）。</translation>
    </message>
    <message>
        <source> Pipeline rank: the first ({v} model chunks of the interleaved schedule, no logits).</source>
        <translation> 流水线 rank：第一个（交错调度的 {v} 个模型块，无 logits）。</translation>
    </message>
    <message>
        <source> Pipeline rank: last stage (one micro-batch in flight, with the final norm and the logits).</source>
        <translation> 流水线 rank：最后一个阶段（一个微批次在途，含最终归一化和 logits）。</translation>
    </message>
    <message>
        <source> Pipeline rank: the last ({v} model chunks of the interleaved schedule, with the final norm and the logits).</source>
        <translation> 流水线 rank：最后一个（交错调度的 {v} 个模型块，含最终归一化和 logits）。</translation>
    </message>
    <message>
        <source> torch.compile (per block): the compiled backward keeps only the saved outputs it reads, so the last matmul&apos;s output (w2, added to the residual) is not kept.</source>
        <translation> torch.compile（逐块）：编译后的反向传播只保留它会读取的输出，因此最后一个矩阵乘的输出（w2，加到残差上）不再保留。</translation>
    </message>
    <message>
        <source> Selective checkpointing: Megatron&apos;s selective recompute drops only the attention core (seq² scores and softmax).</source>
        <translation> 选择性检查点：Megatron 的选择性重算只丢弃注意力核心（seq² 分数和 softmax）。</translation>
    </message>
    <message>
        <source> Selective checkpointing: torchtitan&apos;s op-level policy keeps the layer input, every second matmul output and the attention kernel&apos;s outputs, and recomputes the rest.</source>
        <translation> 选择性检查点：torchtitan 的算子级策略保留层输入、每隔一个矩阵乘的输出和注意力内核的输出，其余重算。</translation>
    </message>
    <message>
        <source> {stack}: sequence parallel divides the norm and residual activations by TP = {tp} as well.</source>
        <translation> {stack}：序列并行把归一化和残差激活也除以 TP = {tp}。</translation>
    </message>
    <message>
        <source> {stack}&apos;s own autograd functions keep less per layer than the transformers modules (fast RMS norm, RoPE in place, LoRA_MLP keeps only its input, gate and up); the recomputed layer&apos;s backward adds DW and matmul_lora&apos;s LoRA term (2 × T × intermediate) beside the layer&apos;s input, output and gradient.</source>
        <translation> {stack} 自己的 autograd 函数每层保留的比 transformers 模块少（快速 RMS 归一化、原地 RoPE、LoRA_MLP 只保留其输入、门控和上投影）；重算层的反向在该层的输入、输出和梯度之外另加 DW 和 matmul_lora 的 LoRA 项（2 × T × intermediate_size）。</translation>
    </message>
    <message>
        <source>of which {params:,} get no gradient ({towers} idle: {inputs})</source>
        <translation>其中 {params:,} 个得不到梯度（{towers}闲置：{inputs}）</translation>
    </message>
    <message>
        <source> This is the worse pipeline rank: the last stage peaks at {peak}.</source>
        <translation>这是峰值更高的流水线 rank：最后一个阶段的峰值为 {peak}。</translation>
    </message>
    <message>
        <source> This is the worse pipeline rank: the first stage peaks at {peak}.</source>
        <translation>这是峰值更高的流水线 rank：第一个阶段的峰值为 {peak}。</translation>
    </message>
    <message>
        <source>planned as training in transformers (runtime hf): {runtime} serves inference only</source>
        <translation>按在 transformers 中训练来规划（运行时 hf）：{runtime} 只用于推理</translation>
    </message>
    <message>
        <source>--availability must be in (0, 1], not {availability}</source>
        <translation>可用比例必须在 (0, 1] 之内，而不是 {availability}</translation>
    </message>
    <message>
        <source>--deadline-days must be positive, not {days}</source>
        <translation>期限天数必须为正，而不是 {days}</translation>
    </message>
    <message>
        <source>--gpus must be at least 1, not {gpus}</source>
        <translation>GPU 数量至少为 1，而不是 {gpus}</translation>
    </message>
    <message>
        <source>--jobs-per-year must be positive, not {jobs}</source>
        <translation>每年的训练次数必须为正，而不是 {jobs}</translation>
    </message>
    <message>
        <source>--known-days must be positive, not {days}</source>
        <translation>已完成训练的天数必须为正，而不是 {days}</translation>
    </message>
    <message>
        <source>--known-gpu-hours must be positive, not {hours}</source>
        <translation>已完成训练的 GPU 小时数必须为正，而不是 {hours}</translation>
    </message>
    <message>
        <source>--mfu must be in (0, 1], not {mfu}</source>
        <translation>MFU 必须在 (0, 1] 之内，而不是 {mfu}</translation>
    </message>
    <message>
        <source>--params must be positive, not {params}</source>
        <translation>参数量必须为正，而不是 {params}</translation>
    </message>
    <message>
        <source>planned with bf16 weights: full training updates every weight, {format} is for inference</source>
        <translation>按 bf16 权重规划：全量训练会更新每个权重，{format} 用于推理</translation>
    </message>
    <message>
        <source>{gpus:,} × {gpu} × {tflops:,.1f} TFLOP/s dense {precision} = {pflops:,.2f} PFLOP/s peak; at {mfu:.0%} MFU {rate:,.2f} PFLOP/s</source>
        <translation>{gpus:,} × {gpu} × {tflops:,.1f} TFLOP/s（{precision} 稠密）= 峰值 {pflops:,.2f} PFLOP/s；在 {mfu:.0%} MFU 下为 {rate:,.2f} PFLOP/s</translation>
    </message>
    <message>
        <source>{gpu_hours:,.0f} GPU-hours × ${price:,.2f} = ${cost:,.0f}</source>
        <translation>{gpu_hours:,.0f} GPU 小时 × ${price:,.2f} = ${cost:,.0f}</translation>
    </message>
    <message>
        <source>{cost} (price: {source})</source>
        <translation>{cost}（价格来源：{source}）</translation>
    </message>
    <message>
        <source>{flops:.4g} FLOPs / ({days:g} days × 86,400 s × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs → {need:,}</source>
        <translation>{flops:.4g} FLOPs / ({days:g} 天 × 86,400 秒 × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} 个 GPU → {need:,}</translation>
    </message>
    <message>
        <source>{flops:.4g} FLOPs / ({days:g} days × 86,400 s × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs → {need:,} (whole groups of tensor × pipeline = {group})</source>
        <translation>{flops:.4g} FLOPs / ({days:g} 天 × 86,400 秒 × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} 个 GPU → {need:,}（按张量 × 流水线 = {group} 的整组取整）</translation>
    </message>
    <message>
        <source>this layout does not fit in memory ({gpus} × {gpu}); see `sizing fit` for one that does — the time assumes it runs</source>
        <translation>这种布局的显存放不下（{gpus} × {gpu}）；可用 `sizing fit` 找到放得下的布局——此处的时间假定它能运行</translation>
    </message>
    <message>
        <source>time and GPU-hours scale as 1/MFU: the default MFU (40 % for large models) is where published runs land (Llama 2&apos;s GPU-hours imply 39-43 % on A100, Megatron-LM reports 41-49 % on H100); a run at 30 % or 55 % takes 1.3× longer or shorter. The FLOP count itself is within a few per cent of 6·N·D plus attention.</source>
        <translation>时间和 GPU 小时与 1/MFU 成正比：默认 MFU（大模型为 40 %）取自已发表训练的实际水平（Llama 2 的 GPU 小时对应 A100 上 39-43 %，Megatron-LM 报告 H100 上 41-49 %）；MFU 为 30 % 或 55 % 的训练会慢或快 1.3 倍。FLOP 数本身与 6·N·D 加注意力的差距在百分之几以内。</translation>
    </message>
    <message>
        <source>{mult:g} × {per:.4g} forward FLOPs per audio frame × {samples:.4g} audio frames = {flops:.4g} FLOPs</source>
        <translation>{mult:g} × 每音频帧 {per:.4g} 前向 FLOPs × {samples:.4g} 个音频帧 = {flops:.4g} FLOPs</translation>
    </message>
    <message>
        <source>{mult:g} × {per:.4g} forward FLOPs per image × {samples:.4g} images = {flops:.4g} FLOPs</source>
        <translation>{mult:g} × 每张图像 {per:.4g} 前向 FLOPs × {samples:.4g} 张图像 = {flops:.4g} FLOPs</translation>
    </message>
    <message>
        <source>{mult:g} × {per:.4g} forward FLOPs per token × {samples:.4g} tokens = {flops:.4g} FLOPs</source>
        <translation>{mult:g} × 每 token {per:.4g} 前向 FLOPs × {samples:.4g} 个 token = {flops:.4g} FLOPs</translation>
    </message>
    <message>
        <source>{text} ({words})</source>
        <translation>{text}（{words}）</translation>
    </message>
    <message>
        <source>2·N per token, N = {params:.4g}; {rule:g}·N·D</source>
        <translation>每 token 2·N，N = {params:.4g}；{rule:g}·N·D</translation>
    </message>
    <message>
        <source>{flops:.4g} FLOPs / ({hours:,.0f} GPU-hours × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU</source>
        <translation>{flops:.4g} FLOPs / ({hours:,.0f} GPU 小时 × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU</translation>
    </message>
    <message>
        <source>{flops:.4g} FLOPs / ({hours:,.0f} GPU-hours × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU (GPU-hours = {days:g} days × 24 × {gpus:,} GPUs)</source>
        <translation>{flops:.4g} FLOPs / ({hours:,.0f} GPU 小时 × 3,600 × {tflops:,.1f} TFLOP/s) = {implied:.1%} MFU（GPU 小时 = {days:g} 天 × 24 × {gpus:,} 个 GPU）</translation>
    </message>
    <message>
        <source>{jobs:g} jobs × {flops:.4g} FLOPs / (365.25 days × {availability:.0%} available × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} GPUs → {need:,}</source>
        <translation>{jobs:g} 次训练 × {flops:.4g} FLOPs / (365.25 天 × {availability:.0%} 可用 × {tflops:,.1f} TFLOP/s × {mfu:.0%}) = {raw:,.1f} 个 GPU → {need:,}</translation>
    </message>
    <message>
        <source>the data to train on must be more than zero tokens (or images)</source>
        <translation>训练数据必须多于零个 token（或图像）</translation>
    </message>
    <message>
        <source>no MFU for this scenario</source>
        <translation>此场景没有 MFU</translation>
    </message>
    <message>
        <source>{gpu}: no published dense {precision} peak, so time cannot be planned</source>
        <translation>{gpu}：没有公开的 {precision} 稠密峰值算力，因此无法规划时间</translation>
    </message>
    <message>
        <source>{params:.4g}-parameter model</source>
        <translation>{params:.4g} 参数的模型</translation>
    </message>
    <message>
        <source>{flops:.4g} / (10^15 × 86,400) = {pf_days:,.1f} PF-days</source>
        <translation>{flops:.4g} / (10^15 × 86,400) = {pf_days:,.1f} PF·天</translation>
    </message>
    <message>
        <source>{flops:.4g} FLOPs / {rate:.4g} FLOP/s = {secs:,.0f} s = {days:,.2f} days; GPU-hours = {hours:,.1f} h × {gpus:,} = {gpu_hours:,.0f}</source>
        <translation>{flops:.4g} FLOPs / {rate:.4g} FLOP/s = {secs:,.0f} 秒 = {days:,.2f} 天；GPU 小时 = {hours:,.1f} 小时 × {gpus:,} = {gpu_hours:,.0f}</translation>
    </message>
    <message>
        <source>{words}, with recomputation</source>
        <translation>{words}，含重算</translation>
    </message>
    <message>
        <source>{words}; with the towers over each sequence&apos;s images and audio ({share:.1%} of the FLOPs)</source>
        <translation>{words}；含各塔处理每个序列的图像和音频（占 FLOPs 的 {share:.1%}）</translation>
    </message>
    <message>
        <source>each layer keeps n more rows of keys and values ({per_layer} a layer)</source>
        <translation>每层多保留 n 行键和值（每层 {per_layer}）</translation>
    </message>
    <message>
        <source>the mask sends SDPA to the memory-efficient kernel, which keeps each layer&apos;s keys and values expanded to all {heads:g} query heads over s + n rows and the mask as a 16-bit bias ({per_layer} a layer)</source>
        <translation>有掩码时 SDPA 改用省显存的注意力内核，它为每层保留扩展到全部 {heads:g} 个查询头、共 s + n 行的键和值，以及 16 位偏置形式的掩码（每层 {per_layer}）</translation>
    </message>
    <message>
        <source>a .sizing file</source>
        <translation> .sizing 文件</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>{source}: scenarios[{i}]: {problem}</source>
        <translation>{source}：scenarios[{i}]：{problem}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>{source}: written by a newer GPU Sizer (schema {version}); this version reads up to {supported}. Update GPU Sizer to open it.</source>
        <translation>{source}：由更新版本的 GPU Sizer 写入（文件格式版本 {version}）；本版本最多读取到版本 {supported}。请更新 GPU Sizer 后再打开。</translation>
    </message>
    <message>
        <source>{source}: written by a newer GPU Sizer (schema {version}); this version reads up to {supported}; fields it does not know: {fields}. Update GPU Sizer to open it.</source>
        <translation>{source}：由更新版本的 GPU Sizer 写入（文件格式版本 {version}）；本版本最多读取到版本 {supported}；不认识的字段：{fields}。请更新 GPU Sizer 后再打开。</translation>
    </message>
    <message>
        <source>{source}: no migration from schema {version} to {next} (a GPU Sizer bug)</source>
        <translation>{source}：没有从文件格式版本 {version} 到 {next} 的迁移（GPU Sizer 的缺陷）</translation>
    </message>
    <message>
        <source>{source}: &apos;scenarios&apos; must be a non-empty list</source>
        <translation>{source}：&apos;scenarios&apos; 必须是非空列表</translation>
    </message>
    <message>
        <source>{source}: schema_version {version} does not exist</source>
        <translation>{source}：schema_version {version} 不存在</translation>
    </message>
    <message>
        <source>{source}: expected a JSON object at the top level</source>
        <translation>{source}：顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>{source}: not a GPU Sizer project (&quot;format&quot; is {found}, expected &quot;{expected}&quot;)</source>
        <translation>{source}：不是 GPU Sizer 项目文件（&apos;format&apos; 为 {found}，应为 &apos;{expected}&apos;）</translation>
    </message>
    <message>
        <source>{source}: scenarios[{i}]{path}</source>
        <translation>{source}：scenarios[{i}]{path}</translation>
    </message>
    <message>
        <source>{source}: unknown field &apos;{field}&apos; (not part of schema {schema})</source>
        <translation>{source}：未知字段 &apos;{field}&apos;（不属于文件格式版本 {schema}）</translation>
    </message>
    <message>
        <source>{source}: &apos;schema_version&apos; must be an integer, not {value}</source>
        <translation>{source}：&apos;schema_version&apos; 必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>应为有效的布尔值，无法解读输入</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>应为有效的布尔值</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation>应为有效的字典（JSON 对象）</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation>应为 {expected}</translation>
    </message>
    <message>
        <source>Extra inputs are not permitted</source>
        <translation>不允许额外的输入</translation>
    </message>
    <message>
        <source>Input should be a finite number</source>
        <translation>应为有限数</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>应为有效的数字，无法将字符串解析为数字</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>应为有效的数字</translation>
    </message>
    <message>
        <source>Input should be greater than {gt}</source>
        <translation>应大于 {gt}</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>应大于或等于 {ge}</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>应为有效的整数，实际是带小数部分的数</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>应为有效的整数，无法将字符串解析为整数</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>应为有效的整数</translation>
    </message>
    <message>
        <source>Input should be less than {lt}</source>
        <translation>应小于 {lt}</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>应小于或等于 {le}</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>应为有效的列表</translation>
    </message>
    <message>
        <source>Field required</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>应为有效的字符串</translation>
    </message>
    <message>
        <source>Input should be a valid tuple</source>
        <translation>应为有效的元组</translation>
    </message>
    <message>
        <source>bitsandbytes without load_in_4bit / load_in_8bit</source>
        <translation>bitsandbytes 但没有 load_in_4bit / load_in_8bit</translation>
    </message>
    <message>
        <source>compressed-tensors {bits}-bit {kind} weights</source>
        <translation>compressed-tensors {bits} 位 {kind} 权重</translation>
    </message>
    <message>
        <source>compressed-tensors int{bits} (group {group}) sized with the GPTQ layout</source>
        <translation>compressed-tensors int{bits}（分组 {group}）按 GPTQ 布局估算</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s quantization_config declares {format}: the default weight format</source>
        <translation>检查点的 quantization_config 声明为 {format}：默认的权重格式</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s quantization_config declares {format}, keeping {components} in 16-bit: the default weight format</source>
        <translation>检查点的 quantization_config 声明为 {format}，{components} 保持 16 位：默认的权重格式</translation>
    </message>
    <message>
        <source>FP8 weight_block_size {block} sized with the 128×128 block layout</source>
        <translation>FP8 weight_block_size {block} 按 128×128 分块布局估算</translation>
    </message>
    <message>
        <source>GPTQ group_size {group} sized with the group-128 layout</source>
        <translation>GPTQ group_size {group} 按分组 128 的布局估算</translation>
    </message>
    <message>
        <source>quant_method &apos;{method}&apos;</source>
        <translation>quant_method &apos;{method}&apos;</translation>
    </message>
    <message>
        <source>quant_method &apos;{method}&apos;, {bits} bits</source>
        <translation>quant_method &apos;{method}&apos;，{bits} 位</translation>
    </message>
    <message>
        <source>modelopt quant_algo &apos;{algo}&apos;</source>
        <translation>modelopt 的 quant_algo &apos;{algo}&apos;</translation>
    </message>
    <message>
        <source>quantization_config ({what}) is a format this version does not read: the weights are sized in the config&apos;s dtype unless you choose a format</source>
        <translation>quantization_config（{what}）是此版本不读取的格式：除非另选格式，权重按配置的数据类型估算</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Temporary failure in name resolution</source>
        <translation>域名解析暂时失败</translation>
    </message>
    <message>
        <source>Name or service not known</source>
        <translation>无法解析该名称</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>设备或资源忙</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>连接被本机软件中止</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>连接被对方重置</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>没有到主机的路由</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>无效的参数</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>是一个文件夹</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>符号链接层数过多</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>网络已断开</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有那个文件或文件夹</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>无法分配内存</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许的操作</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>HTTP 401: not authorised (log in with `hf auth login`)</source>
        <translation>HTTP 401：未授权（请用 `hf auth login` 登录）</translation>
    </message>
    <message>
        <source>HTTP 403: access refused (a gated or private repo, or a token without access)</source>
        <translation>HTTP 403：拒绝访问（受限或私有的仓库，或令牌没有访问权限）</translation>
    </message>
    <message>
        <source>HTTP 404: not found</source>
        <translation>HTTP 404：未找到</translation>
    </message>
    <message>
        <source>HTTP 407: the proxy asks for authentication (check the proxy settings)</source>
        <translation>HTTP 407：代理服务器要求身份验证（请检查代理设置）</translation>
    </message>
    <message>
        <source>HTTP 408: the request timed out; try again</source>
        <translation>HTTP 408：请求超时；请重试</translation>
    </message>
    <message>
        <source>HTTP 429: too many requests; wait a while and try again</source>
        <translation>HTTP 429：请求过多；请稍等片刻再试</translation>
    </message>
    <message>
        <source>HTTP {status}: the Hub&apos;s server failed; try again later</source>
        <translation>HTTP {status}：Hub 的服务器出错；请稍后再试</translation>
    </message>
    <message>
        <source>{reason}: {file}</source>
        <translation>{reason}：{file}</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>{field}: {runtime} does not load bitsandbytes {weights}</source>
        <translation>{field}：{runtime} 不加载 bitsandbytes {weights}</translation>
    </message>
    <message>
        <source>{field}: {cp} must divide the {dp} data-parallel ranks (gpus / (tp × pp)): context-parallel groups are carved out of data parallelism</source>
        <translation>{field}：{cp} 必须整除 {dp} 个数据并行 rank（GPU 数 ÷ 张量并行度 ÷ 流水线并行度）：上下文并行组从数据并行中划分</translation>
    </message>
    <message>
        <source>{field}: {dp} DP-attention ranks must divide tp = {tp} (SGLang asserts tp_size % dp_size == 0)</source>
        <translation>{field}：DP 注意力组数 {dp} 必须整除 tp = {tp}（SGLang 断言 tp_size % dp_size == 0）</translation>
    </message>
    <message>
        <source>{field}: {ep} must divide the {dp} data-parallel ranks (gpus / (tp × pp)): expert-parallel groups are carved out of data parallelism</source>
        <translation>{field}：{ep} 必须整除 {dp} 个数据并行 rank（GPU 数 ÷ 张量并行度 ÷ 流水线并行度）：专家并行组从数据并行中划分</translation>
    </message>
    <message>
        <source>{field}: {ep} does not divide the {experts} experts</source>
        <translation>{field}：{ep} 不能整除 {experts} 个专家</translation>
    </message>
    <message>
        <source>{field}: {ep} expert-parallel ranks, but this model has no experts</source>
        <translation>{field}：{ep} 个专家并行 rank，但该模型没有专家</translation>
    </message>
    <message>
        <source>{field}: {family} is ExLlama&apos;s own format; {runtime} does not load it (serve it with ExLlama / TabbyAPI)</source>
        <translation>{field}：{family} 是 ExLlama 自己的格式；{runtime} 不加载它（请用 ExLlama / TabbyAPI 部署）</translation>
    </message>
    <message>
        <source>{field}: full fine-tuning updates every weight and needs a float dtype, not {weights} (use --finetune lora/qlora for a quantized base)</source>
        <translation>{field}：全量微调会更新每个权重，需要浮点精度，而不是 {weights}（量化的基座请用 --finetune lora/qlora）</translation>
    </message>
    <message>
        <source>{field}: {runtime} loads GGUF types, not {weights}</source>
        <translation>{field}：{runtime} 加载 GGUF 类型，而不是 {weights}</translation>
    </message>
    <message>
        <source>{field} ({gpus}) must be a multiple of tp × pp ({tp} × {pp} = {product})</source>
        <translation>{field}（{gpus}）必须是张量并行 × 流水线并行（{tp} × {pp} = {product}）的倍数</translation>
    </message>
    <message>
        <source>{field}: {msg}</source>
        <translation>{field}：{msg}</translation>
    </message>
    <message>
        <source>{field}: LoRA/QLoRA need linear layers in transformer blocks; this model is a CNN (use full)</source>
        <translation>{field}：LoRA/QLoRA 需要 Transformer 块中的线性层；该模型是 CNN（请用 full）</translation>
    </message>
    <message>
        <source>{field} ({output}) cannot exceed {field_context} ({context}), which counts prompt and generated tokens together</source>
        <translation>{field}（{output}）不能超过{field_context}（{context}），后者同时包含提示和生成的 token</translation>
    </message>
    <message>
        <source>{field}: {pp} stages exceed the model&apos;s {layers} layers</source>
        <translation>{field}：{pp} 个阶段超过了模型的 {layers} 层</translation>
    </message>
    <message>
        <source>{field}: {pp} × {v} model chunks exceed the model&apos;s {layers} layers</source>
        <translation>{field}：{pp} × {v} 个模型块超过了模型的 {layers} 层</translation>
    </message>
    <message>
        <source>{field}: prefix tuning and P-tuning are sized for decoder-only language models</source>
        <translation>{field}：前缀微调和 P-tuning 仅适用于仅解码器的语言模型</translation>
    </message>
    <message>
        <source>{field}: QLoRA keeps the frozen base in 4-bit (nf4), not {weights}</source>
        <translation>{field}：QLoRA 把冻结的基座保持为 4 位（nf4），而不是 {weights}</translation>
    </message>
    <message>
        <source>{field}: {runtime} serves inference only; training uses runtime &apos;hf&apos;</source>
        <translation>{field}：{runtime} 只用于推理；训练使用 runtime &apos;hf&apos;</translation>
    </message>
    <message>
        <source>{field}: {tp} does not divide the {heads} attention heads</source>
        <translation>{field}：{tp} 不能整除 {heads} 个注意力头</translation>
    </message>
    <message>
        <source>a config.json</source>
        <translation> config.json </translation>
    </message>
    <message>
        <source>a safetensors index</source>
        <translation> safetensors 索引</translation>
    </message>
    <message>
        <source>{name} has shape {shape}: attention projections must be 2-D and non-empty, so the attention heads cannot be inferred</source>
        <translation>{name} 的形状为 {shape}：注意力投影必须是非空的二维矩阵，因此无法推断注意力头数</translation>
    </message>
    <message>
        <source>{n} shard(s) are links to files that do not exist (an incomplete download?), e.g. {shard} → {target}</source>
        <translation>{n} 个分片是指向不存在文件的链接（下载未完成？），例如 {shard} → {target}</translation>
    </message>
    <message>
        <source>the stored tensors hold {stored:,} values but the inferred architecture has {expected:,} parameters ({diff:+,}): some tensors were not recognised; the estimate uses the stored bytes</source>
        <translation>存储的张量含 {stored:,} 个数值，而推断出的架构有 {expected:,} 个参数（{diff:+,}）：有些张量未被识别；估算使用存储的字节数</translation>
    </message>
    <message>
        <source>{where}: unknown dtype {dtype} (safetensors dtypes: {known})</source>
        <translation>{where}：未知的数据类型 {dtype}（safetensors 支持的数据类型：{known}）</translation>
    </message>
    <message>
        <source>the 2-D tensors mix dtypes ({mix}); weight format not inferred</source>
        <translation>二维张量混用多种数据类型（{mix}）；未推断权重格式</translation>
    </message>
    <message>
        <source>the 2-D tensors are {dtype} without a quantization_config; weight format not inferred</source>
        <translation>二维张量为 {dtype} 且没有 quantization_config；未推断权重格式</translation>
    </message>
    <message>
        <source>folder holds no .safetensors files</source>
        <translation>文件夹中没有 .safetensors 文件</translation>
    </message>
    <message>
        <source>the index&apos;s weight_map lists no tensors</source>
        <translation>索引的 weight_map 没有列出任何张量</translation>
    </message>
    <message>
        <source>{where}: header entry must be an object with dtype, shape, data_offsets</source>
        <translation>{where}：文件头条目必须是含 dtype、shape、data_offsets 的对象</translation>
    </message>
    <message>
        <source>an expert&apos;s up_proj</source>
        <translation>专家的 up_proj</translation>
    </message>
    <message>
        <source>layer {layer} names expert {n:,}; at most 100,000 are supported</source>
        <translation>第 {layer} 层指向第 {n:,} 号专家；最多支持 100,000 个</translation>
    </message>
    <message>
        <source>{n} experts found; experts used per token is not stored in the tensors, assumed {k}</source>
        <translation>找到 {n} 个专家；每个 token 使用的专家数未存储在张量中，假定为 {k}</translation>
    </message>
    <message>
        <source>head_dim is not stored in the tensors; assumed {head_dim} (q_proj width {q} → {heads} heads, k_proj width {k} → {kv} KV heads)</source>
        <translation>张量中没有存储 head_dim；假定为 {head_dim}（q_proj 宽 {q} → {heads} 个头，k_proj 宽 {k} → {kv} 个 KV 头）</translation>
    </message>
    <message>
        <source>the head split does not give whole query groups; assumed one KV head per query head</source>
        <translation>头的划分不能得到整数个查询组；假定每个查询头一个 KV 头</translation>
    </message>
    <message>
        <source>header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <source>header length field declares {n:,} bytes, over the {limit:,}-byte limit; refused (corrupt or not a safetensors file)</source>
        <translation>文件头长度字段声明了 {n:,} 字节，超过 {limit:,} 字节的上限；拒绝导入（文件已损坏或不是 safetensors 文件）</translation>
    </message>
    <message>
        <source>header length {n:,} bytes is larger than the file ({size:,} bytes): the file is truncated or not a safetensors file</source>
        <translation>文件头长度 {n:,} 字节大于文件本身（{size:,} 字节）：文件被截断或不是 safetensors 文件</translation>
    </message>
    <message>
        <source>header length {n} is too small to hold a JSON object</source>
        <translation>文件头长度 {n} 太小，容不下一个 JSON 对象</translation>
    </message>
    <message>
        <source>header is truncated: read {got:,} of {n:,} bytes</source>
        <translation>文件头被截断：{n:,} 字节中只读到 {got:,} 字节</translation>
    </message>
    <message>
        <source>ignored {files} (a second copy or adapter beside the main weights)</source>
        <translation>已忽略 {files}（主权重旁的第二份副本或适配器）</translation>
    </message>
    <message>
        <source>a safetensors index must hold a JSON object</source>
        <translation>safetensors 索引必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>no config.json: architecture inferred from the tensor names and shapes as a Llama-style decoder ({norm}, SiLU-gated MLP, rotary positions, no sliding window); max context not stored, assumed 4096</source>
        <translation>没有 config.json：架构由张量名称和形状推断为 Llama 式解码器（{norm}，SiLU 门控 MLP，旋转位置编码，无滑动窗口）；最大上下文未存储，假定为 4096</translation>
    </message>
    <message>
        <source>inferred architecture is inconsistent ({loc}: {problem}); put the model&apos;s config.json next to it</source>
        <translation>推断出的架构不一致（{loc}：{problem}）；请把模型的 config.json 放在它旁边</translation>
    </message>
    <message>
        <source>no config.json: architecture inferred from the tensor names and shapes as a Llama-style decoder ({norm}, plain MLP, rotary positions, no sliding window); max context not stored, assumed 4096</source>
        <translation>没有 config.json：架构由张量名称和形状推断为 Llama 式解码器（{norm}，普通 MLP，旋转位置编码，无滑动窗口）；最大上下文未存储，假定为 4096</translation>
    </message>
    <message>
        <source>gives an invalid architecture ({loc}: {problem})</source>
        <translation>给出的架构无效（{loc}：{problem}）</translation>
    </message>
    <message>
        <source>the experts of layer {layer} give an invalid MoE block ({field}: {problem})</source>
        <translation>第 {layer} 层的专家构成的 MoE 块无效（{field}：{problem}）</translation>
    </message>
    <message>
        <source>k_proj ({k}) and v_proj ({v}) widths differ; the KV cache uses the k width</source>
        <translation>k_proj（{k}）与 v_proj（{v}）宽度不同；KV 缓存按 k 的宽度计算</translation>
    </message>
    <message>
        <source>layer indices are not contiguous ({n} layers up to {last}); assumed {layers} layers</source>
        <translation>层编号不连续（{n} 层，最大编号 {last}）；假定共 {layers} 层</translation>
    </message>
    <message>
        <source>tensor {name} names layer {layer:,} but the file has tensors for {n:,} layer(s); at most {limit:,} layers are supported</source>
        <translation>张量 {name} 指向第 {layer:,} 层，但文件中只有 {n:,} 层的张量；最多支持 {limit:,} 层</translation>
    </message>
    <message>
        <source>cannot list the folder ({reason})</source>
        <translation>无法列出文件夹内容（{reason}）</translation>
    </message>
    <message>
        <source>{name} has shape {shape}; {what} must be 2-D and non-empty</source>
        <translation>{name} 的形状为 {shape}；{what}必须是非空的二维矩阵</translation>
    </message>
    <message>
        <source>header &apos;__metadata__&apos; must be an object of strings</source>
        <translation>文件头中的 &apos;__metadata__&apos; 必须是由字符串组成的对象</translation>
    </message>
    <message>
        <source>an MLP&apos;s up_proj</source>
        <translation>MLP 的 up_proj</translation>
    </message>
    <message>
        <source>no index: summed all {n} .safetensors files in the folder</source>
        <translation>没有索引：已将文件夹中全部 {n} 个 .safetensors 文件相加</translation>
    </message>
    <message>
        <source>no &apos;{prefix}layers.N.*&apos; tensors: cannot infer the layer stack without a config.json</source>
        <translation>没有 &apos;{prefix}layers.N.*&apos; 张量：没有 config.json 就无法推断层结构</translation>
    </message>
    <message>
        <source>no &apos;{name}&apos;: not a Llama-style checkpoint; put the model&apos;s config.json next to it</source>
        <translation>没有 &apos;{name}&apos;：不是 Llama 风格的检查点；请把模型的 config.json 放在它旁边</translation>
    </message>
    <message>
        <source>the shards are not here and there is no config.json beside the index: cannot tell the architecture (put the model&apos;s config.json next to it)</source>
        <translation>分片文件不在此处，索引旁边也没有 config.json：无法确定架构（请把模型的 config.json 放在它旁边）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no config.json beside the weights, and the tensor names are not Llama-style (no &apos;*embed_tokens.weight&apos;; first tensors: {sample}); put the model&apos;s config.json next to it</source>
        <translation>权重旁边没有 config.json，且张量名不是 Llama 风格（没有 &apos;*embed_tokens.weight&apos;；前几个张量：{sample}）；请把模型的 config.json 放在它旁边</translation>
    </message>
    <message>
        <source>header is not a JSON object</source>
        <translation>文件头不是 JSON 对象</translation>
    </message>
    <message>
        <source>header is not a JSON object (it must start with &apos;{{&apos;); not a safetensors file</source>
        <translation>文件头不是 JSON 对象（必须以 &apos;{{&apos; 开头）；不是 safetensors 文件</translation>
    </message>
    <message>
        <source>not a .safetensors file, a safetensors index.json or a folder</source>
        <translation>不是 .safetensors 文件、safetensors 的 index.json 或文件夹</translation>
    </message>
    <message>
        <source>header is not UTF-8 text (bad byte at offset {at})</source>
        <translation>文件头不是 UTF-8 文本（偏移 {at} 处有无效字节）</translation>
    </message>
    <message>
        <source>o_proj shape {shape} is not [{h}, {width}]; counted as a standard o_proj</source>
        <translation>o_proj 的形状 {shape} 不是 [{h}, {width}]；按标准 o_proj 计数</translation>
    </message>
    <message>
        <source>{where}: data_offsets must be [begin, end] integers, not {value}</source>
        <translation>{where}：data_offsets 必须是整数 [begin, end]，而不是 {value}</translation>
    </message>
    <message>
        <source>{where}: data_offsets [{begin}, {end}] are not an increasing byte span</source>
        <translation>{where}：data_offsets [{begin}, {end}] 不是递增的字节区间</translation>
    </message>
    <message>
        <source>tensors &apos;{a}&apos; and &apos;{b}&apos; overlap in the data section</source>
        <translation>张量 &apos;{a}&apos; 和 &apos;{b}&apos; 在数据区中重叠</translation>
    </message>
    <message>
        <source>{where}: {n:,} {dtype} values do not fill whole bytes</source>
        <translation>{where}：{n:,} 个 {dtype} 值不能填满整数个字节</translation>
    </message>
    <message>
        <source>{where} ends at byte {end:,} of the data section, but only {size:,} bytes follow the header: the file is truncated</source>
        <translation>{where} 在数据区第 {end:,} 字节处结束，但文件头之后只有 {size:,} 字节：文件被截断</translation>
    </message>
    <message>
        <source>{where}: shape must be a list of at most 16 non-negative integers, not {value}</source>
        <translation>{where}：shape 必须是最多 16 个非负整数的列表，而不是 {value}</translation>
    </message>
    <message>
        <source>weight_map names a shard &apos;{name}…&apos; ({n:,} bytes) that is not a valid file name (at most {limit} bytes)</source>
        <translation>weight_map 中的分片名 &apos;{name}…&apos;（{n:,} 字节）不是有效的文件名（最多 {limit} 字节）</translation>
    </message>
    <message>
        <source>weight_map names &apos;{name}&apos;, which is not a file name in this folder</source>
        <translation>weight_map 中的 &apos;{name}&apos; 不是本文件夹中的文件名</translation>
    </message>
    <message>
        <source>{missing} of {shards} shards are not here; stored size {total:,} bytes taken from the index&apos;s metadata.total_size</source>
        <translation>{shards} 个分片中有 {missing} 个不在这里；存储大小 {total:,} 字节取自索引的 metadata.total_size</translation>
    </message>
    <message>
        <source>{missing} of {shards} shards are not here and the index has no metadata.total_size: stored size unknown</source>
        <translation>{shards} 个分片中有 {missing} 个不在这里，且索引没有 metadata.total_size：存储大小未知</translation>
    </message>
    <message>
        <source>the shared expert&apos;s up_proj</source>
        <translation>共享专家的 up_proj</translation>
    </message>
    <message>
        <source>only {n} bytes: too short for a safetensors header (8-byte length followed by JSON); the file is truncated or not safetensors</source>
        <translation>只有 {n} 字节：容不下 safetensors 文件头（8 字节长度后跟 JSON）；文件被截断或不是 safetensors</translation>
    </message>
    <message>
        <source>stored size {stored:,} bytes does not match {total:,} parameters in the config&apos;s {format}; weight format not inferred</source>
        <translation>存储大小 {stored:,} 字节与配置中 {format} 的 {total:,} 个参数不符；未推断权重格式</translation>
    </message>
    <message>
        <source>{where}: data_offsets [{begin:,}, {end:,}] span {span:,} bytes but {dtype} {shape} needs {need:,} bytes</source>
        <translation>{where}：data_offsets [{begin:,}, {end:,}] 跨 {span:,} 字节，但 {dtype} {shape} 需要 {need:,} 字节</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos;</source>
        <translation>张量 &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no lm_head.weight: the output layer is assumed tied to the embeddings</source>
        <translation>没有 lm_head.weight：假定输出层与嵌入共享</translation>
    </message>
    <message>
        <source>header declares {n:,} tensors; at most {limit:,} are read (real checkpoints have far fewer)</source>
        <translation>文件头声明了 {n:,} 个张量；最多读取 {limit:,} 个（真实的检查点远少于此）</translation>
    </message>
    <message>
        <source>the index&apos;s metadata.total_size says {total:,} bytes; the shard headers add up to {stored:,} bytes (used)</source>
        <translation>索引的 metadata.total_size 为 {total:,} 字节；各分片文件头合计 {stored:,} 字节（采用后者）</translation>
    </message>
    <message>
        <source>metadata.total_size {n:,} bytes is out of range (at most {limit:,})</source>
        <translation>metadata.total_size 为 {n:,} 字节，超出范围（最多 {limit:,}）</translation>
    </message>
    <message>
        <source>{n} tensors listed in the index are in no shard header (e.g. &apos;{tensor}&apos;)</source>
        <translation>索引中列出的 {n} 个张量不在任何分片文件头中（例如 &apos;{tensor}&apos;）</translation>
    </message>
    <message>
        <source>&apos;weight_map&apos; must be an object mapping tensor names to shard file names</source>
        <translation>&apos;weight_map&apos; 必须是把张量名映射到分片文件名的对象</translation>
    </message>
    <message>
        <source>&apos;weight_map&apos; lists {n:,} tensors; at most {limit:,} are read</source>
        <translation>&apos;weight_map&apos; 列出了 {n:,} 个张量；最多读取 {limit:,} 个</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a scenario field</source>
        <translation>“{path}”不是场景的字段</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}。</translation>
    </message>
    <message>
        <source>--fps must be positive, not {fps}</source>
        <translation>每秒帧数必须为正，而不是 {fps}</translation>
    </message>
    <message>
        <source>--streams must be at least 1, not {streams}</source>
        <translation>路数至少为 1，而不是 {streams}</translation>
    </message>
    <message>
        <source>per-stream and card throughput must be positive</source>
        <translation>每路所需算力和显卡算力都必须为正</translation>
    </message>
    <message>
        <source>--tpot must be positive, not {tpot}</source>
        <translation>每个输出 token 时间必须为正，而不是 {tpot}</translation>
    </message>
    <message>
        <source>--ttft must be positive, not {ttft}</source>
        <translation>首 token 时间必须为正，而不是 {ttft}</translation>
    </message>
    <message>
        <source>--utilisation must be in (0, 1], not {utilisation}</source>
        <translation>利用率必须在 (0, 1] 之内，而不是 {utilisation}</translation>
    </message>
    <message>
        <source>utilisation is the share of the card&apos;s peak the deployed network reaches (measure it, or take the vendor&apos;s benchmark for this network over its peak)</source>
        <translation>利用率是部署的网络所能达到的显卡峰值的比例（请实测，或用厂商针对该网络的基准结果除以峰值）</translation>
    </message>
    <message>
        <source>{why}; utilisation is the share of the card&apos;s peak the deployed network reaches (measure it, or take the vendor&apos;s benchmark for this network over its peak)</source>
        <translation>{why}；利用率是部署的网络所能达到的显卡峰值的比例（请实测，或用厂商针对该网络的基准结果除以峰值）</translation>
    </message>
    <message>
        <source>not measured against a published serving benchmark: a plain transformers server has no CUDA graphs or paged attention and runs slower than this roofline (the model gives it vLLM&apos;s fixed step cost, a floor); vLLM&apos;s figures (within 4 % for decode on H100, up to 22 % optimistic at small batches) are the closest. {why}</source>
        <translation>未与已发表的推理服务基准对照：普通的 transformers 服务没有 CUDA 图和分页注意力，运行得比这个屋顶线模型估计的慢（模型给它 vLLM 的每步固定开销，作为下限）；最接近的是 vLLM 的数据（H100 上解码误差在 4 % 以内，小批量时最多乐观 22 %）。{why}</translation>
    </message>
    <message>
        <source>The model: a decode step reads the weights and the KV cache once at 80 % of the memory bandwidth (llama.cpp F16 on an RTX 4090 implies 0.82), plus the engine&apos;s fixed cost of a step — vLLM and SGLang 1.0 ms (the geometric mean of 0.3 ms published for vLLM 0.23 with Llama-3.1-8B and 3.5 ms for Qwen3-0.6B through an A100 server&apos;s streaming API), and per mixture-of-experts layer 42 µs in vLLM, 82 µs in llama.cpp (Qwen3-30B-A3B on an A100 and an RTX 4090) — plus 2 all-reduces per layer × 23 µs with tensor parallelism (NIM&apos;s TP2 Llama-3.3-70B at one request); prefill is a compute roofline at 78 % of the dense peak.</source>
        <translation>模型：每个解码步按内存带宽的 80 % 读一遍权重和 KV 缓存（RTX 4090 上的 llama.cpp F16 对应 0.82），再加引擎每步的固定开销——vLLM 和 SGLang 为 1.0 ms（已发表的 vLLM 0.23 运行 Llama-3.1-8B 的 0.3 ms 与经 A100 服务器流式 API 运行 Qwen3-0.6B 的 3.5 ms 的几何平均），混合专家模型每层在 vLLM 中 42 µs、在 llama.cpp 中 82 µs（A100 和 RTX 4090 上的 Qwen3-30B-A3B）——张量并行时每层再加 2 次 all-reduce × 23 µs（用 NIM 在 TP2 下单请求运行 Llama-3.3-70B 校准）；预填充是稠密峰值 78 % 下的计算屋顶线。</translation>
    </message>
    <message>
        <source>SGLang 0.3.0 at 4 and 8 requests/s (Llama-3.1-8B on an A100, 70B TP4 on H100; ShareGPT lengths): time per output token 13-40 % optimistic (random prefills stall the decode more than their average share). Otherwise as vLLM: {vllm}</source>
        <translation>SGLang 0.3.0 在每秒 4 和 8 个请求下（A100 上的 Llama-3.1-8B，H100 上 TP4 的 70B；ShareGPT 长度）：每个输出 token 的时间乐观 13-40 %（随机到达的预填充对解码的阻塞超过其平均份额）。其余同 vLLM：{vllm}</translation>
    </message>
    <message>
        <source>time per output token within −4 to 0 % of NVIDIA NIM 1.8.0&apos;s published Llama-3.3-70B FP8 on 2 × H100 (1-50 concurrent requests, held out) and throughput at that concurrency 0-7 % optimistic; vLLM&apos;s own batch-8 latency on H200 0-20 % optimistic; one request at a time through vLLM&apos;s API 22 % optimistic to 5 % pessimistic (Qwen3-14B on an A100, Qwen3-4B on an RTX 4090). The fixed cost of a step differs tenfold between published setups (0.3 ms for vLLM 0.23, 3.5 ms through an A100 server&apos;s streaming API in mid-2025): for a model under 2 B parameters at one request the time per token can be off by half either way. Time to first token 41-45 % optimistic (request handling, and prefill below 78 % of the peak). Under Poisson arrivals (a request rate, ShareGPT lengths: SGLang&apos;s published vLLM 0.6 and SGLang 0.3 runs at 4 and 8 requests/s) the time per output token is 13-40 % optimistic, the more so the higher the rate: prefills arriving at random stall the decode more than their average share, which is what the model adds. {why}</source>
        <translation>每个输出 token 的时间与 NVIDIA NIM 1.8.0 已发表的 2 × H100 上 Llama-3.3-70B FP8 结果相差 −4 到 0 %（1-50 个并发请求，留出验证），该并发下的吞吐量乐观 0-7 %；vLLM 自己在 H200 上批量 8 的延迟乐观 0-20 %；经 vLLM 的 API 一次一个请求时，乐观 22 % 到悲观 5 %（A100 上的 Qwen3-14B，RTX 4090 上的 Qwen3-4B）。每步的固定开销在已发表的各套环境之间相差十倍（vLLM 0.23 为 0.3 ms，2025 年中经 A100 服务器的流式 API 为 3.5 ms）：对 2 B 参数以下的模型在单个请求时，每 token 时间可能偏差一半，两个方向都有可能。首 token 时间乐观 41-45 %（请求处理，以及预填充低于峰值的 78 %）。在泊松到达下（按请求速率，ShareGPT 长度：SGLang 发表的 vLLM 0.6 和 SGLang 0.3 在每秒 4 和 8 个请求下的运行），每个输出 token 的时间乐观 13-40 %，速率越高越乐观：随机到达的预填充对解码的阻塞超过其平均份额，而模型加上的正是平均份额。{why}</translation>
    </message>
    <message>
        <source>Ollama runs llama.cpp: {llama_cpp}</source>
        <translation>Ollama 运行的是 llama.cpp：{llama_cpp}</translation>
    </message>
    <message>
        <source>KV capacity {cap:,} requests of {context:,} tokens (largest concurrency that fits); batch {b:,} keeps TPOT at {tpot:,.1f} ms{limit}; TTFT {ttft:,.0f} ms for one {prompt:,}-token prompt ({timing}); per replica {b:,} requests / ({ttft:,.0f} ms + {o:,} × {tpot:,.1f} ms) = {rps:,.3g} req/s = {tokens:,.0f} output tokens/s (Little&apos;s law: {latency:,.2f} s per request); replicas = {how} → {replicas:,} × {gpus} GPU = {total:,} GPUs</source>
        <translation>KV 容量为 {cap:,} 个 {context:,} token 的请求（放得下的最大并发数）；批量 {b:,} 使 TPOT 保持在 {tpot:,.1f} ms{limit}；一个 {prompt:,} token 提示词的 TTFT 为 {ttft:,.0f} ms（{timing}）；每个副本 {b:,} 个请求 / ({ttft:,.0f} ms + {o:,} × {tpot:,.1f} ms) = 每秒 {rps:,.3g} 个请求 = 每秒 {tokens:,.0f} 个输出 token（利特尔法则：每个请求 {latency:,.2f} 秒）；副本数 = {how} → {replicas:,} × {gpus} 个 GPU = {total:,} 个 GPU</translation>
    </message>
    <message>
        <source>⌈{rate:,.3g} req/s ÷ {rps:,.3g} req/s per replica⌉</source>
        <translation>⌈每秒 {rate:,.3g} 个请求 ÷ 每个副本每秒 {rps:,.3g} 个请求⌉</translation>
    </message>
    <message>
        <source>{streams:,} streams ÷ {b:,} per replica</source>
        <translation>{streams:,} 路流 ÷ 每个副本 {b:,} 路</translation>
    </message>
    <message>
        <source>{gpu}: no published dense int8 or bf16 peak; give the card&apos;s TOPS</source>
        <translation>{gpu}：没有公开的 int8 或 bf16 稠密峰值算力；请给出显卡的 TOPS</translation>
    </message>
    <message>
        <source>{model} does not generate tokens; plan an image or video service with the compute-budget method (--per-stream-tops, or --model with --fps)</source>
        <translation>{model} 不生成 token；请用算力预算方法规划图像或视频服务（--per-stream-tops，或 --model 加 --fps）</translation>
    </message>
    <message>
        <source>{model} is not a CNN; give the TOPS one stream needs instead</source>
        <translation>{model} 不是 CNN；请改为给出每路所需的 TOPS</translation>
    </message>
    <message>
        <source>runtime hf: a plain transformers server has no paged KV cache or continuous batching; the batches assume an engine that has them (vLLM, SGLang, TensorRT-LLM)</source>
        <translation>运行时 hf：普通的 transformers 服务没有分页 KV 缓存或连续批处理；这里的批量假定引擎具备这些功能（vLLM、SGLang、TensorRT-LLM）</translation>
    </message>
    <message>
        <source>no tensor-parallel degree up to 8 both fits and meets the targets on this GPU: see each reason</source>
        <translation>在这款 GPU 上，没有哪个不超过 8 的张量并行度既放得下又满足目标：见各布局的原因</translation>
    </message>
    <message>
        <source>give exactly one load: requests per second, output tokens per second, or streams</source>
        <translation>请只给出一种负载：每秒请求数、每秒输出 token 数或并发路数</translation>
    </message>
    <message>
        <source>per stream {gflops:,.3f} GFLOPs per frame (forward, 2 × MACs) × {fps:g} fps</source>
        <translation>每路流每帧 {gflops:,.3f} GFLOPs（前向，2 × 乘加次数）× 每秒 {fps:g} 帧</translation>
    </message>
    <message>
        <source>one request of {context:,} tokens does not fit (short {short:,.2f} GiB)</source>
        <translation>一个 {context:,} token 的请求放不下（差 {short:,.2f} GiB）</translation>
    </message>
    <message>
        <source>the GPU&apos;s peak or bandwidth is unknown: no timing</source>
        <translation>这款 GPU 的峰值算力或带宽未知：无法计时</translation>
    </message>
    <message>
        <source>time per output token {tpot:,.1f} ms &gt; target even for one request</source>
        <translation>即使只有一个请求，每个输出 token 的时间 {tpot:,.1f} ms 也超过目标</translation>
    </message>
    <message>
        <source>time to first token {ttft:,.0f} ms &gt; target {target:,.0f} ms even alone</source>
        <translation>即使单独运行，首 token 时间 {ttft:,.0f} ms 也超过目标 {target:,.0f} ms</translation>
    </message>
    <message>
        <source>decode step {step:,.2f} ms for {batch:,} requests + {others:,} × {share:,.2f} ms prefill share / {o:,} output tokens = {tpot:,.2f} ms per output token; TTFT {ttft:,.0f} ms alone</source>
        <translation>{batch:,} 个请求的解码步 {step:,.2f} ms + {others:,} × {share:,.2f} ms 预填充份额 / {o:,} 个输出 token = 每个输出 token {tpot:,.2f} ms；单独运行时 TTFT 为 {ttft:,.0f} ms</translation>
    </message>
    <message>
        <source> (≤ {target:,.0f} ms)</source>
        <translation>（≤ {target:,.0f} ms）</translation>
    </message>
    <message>
        <source>images/s, all concurrent sequences together (roofline)</source>
        <translation>图像/s，所有并发序列合计（屋顶线模型）</translation>
    </message>
    <message>
        <source>images/s at this batch, timed op by op ({bound})</source>
        <translation>此批大小下的图像/s，按算子逐个计时（{bound}）</translation>
    </message>
    <message>
        <source>generated tokens/s, all concurrent sequences together (roofline)</source>
        <translation>生成 token/s，所有并发序列合计（屋顶线模型）</translation>
    </message>
    <message>
        <source>training images/s over all GPUs (MFU {mfu:.0%})</source>
        <translation>训练图像/s，所有 GPU 合计（MFU {mfu:.0%}）</translation>
    </message>
    <message>
        <source>training tokens/s over all GPUs (MFU {mfu:.0%})</source>
        <translation>训练 token/s，所有 GPU 合计（MFU {mfu:.0%}）</translation>
    </message>
    <message>
        <source>Liger Kernel (on Hugging Face)</source>
        <translation>Liger Kernel（基于 Hugging Face）</translation>
    </message>
    <message>
        <source>Megatron-LM (distributed optimizer)</source>
        <translation>Megatron-LM（分布式优化器）</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>bf16/fp16 parameters and gradients, fp32 master weights and Adam states in the optimizer partition (ZeRO paper §3: 2Ψ + 2Ψ + 12Ψ/N_d)</source>
        <translation>bf16/fp16 参数和梯度，fp32 主权重和 Adam 状态在优化器分区中（ZeRO 论文 §3：2Ψ + 2Ψ + 12Ψ/N_d）</translation>
    </message>
    <message>
        <source>per-parameter sharding over all data-parallel ranks (ZeRO-3 semantics); TP with sequence parallel and loss parallel</source>
        <translation>在所有数据并行 rank 上按参数分片（ZeRO-3 语义）；张量并行搭配序列并行和损失并行</translation>
    </message>
    <message>
        <source>today&apos;s default; with --zero ≥ 1 the DeepSpeed integration&apos;s 16-bit parameters and HF &apos;auto&apos; bucket sizes (h²)</source>
        <translation>当前默认；使用 --zero ≥ 1 时为 DeepSpeed 集成的 16 位参数和 HF &apos;auto&apos; 桶大小（h²）</translation>
    </message>
    <message>
        <source>Hugging Face Trainer with Liger&apos;s fused linear cross-entropy</source>
        <translation>Hugging Face Trainer 搭配 Liger 的融合线性交叉熵</translation>
    </message>
    <message>
        <source>bf16 parameters, fp32 main_grad buffer, fp32 main parameters and Adam states sharded over DP</source>
        <translation>bf16 参数，fp32 main_grad 缓冲区，fp32 主参数和 Adam 状态在数据并行上分片</translation>
    </message>
    <message>
        <source>chunked cross-entropy; FSDP2 sharding when distributed</source>
        <translation>分块交叉熵；分布式时使用 FSDP2 分片</translation>
    </message>
    <message>
        <source>offloaded checkpointing, Unsloth&apos;s fused LoRA autograd functions and Cut Cross-Entropy</source>
        <translation>卸载的检查点、Unsloth 的融合 LoRA autograd 函数和 Cut Cross-Entropy</translation>
    </message>
    <message>
        <source>{seconds:g} s of audio ({clips} clip(s) of up to {clip:g} s, {rate:g} encoder outputs per second, each clip padded to {tokens} soft tokens)</source>
        <translation>{seconds:g} 秒音频（{clips} 段，每段至多 {clip:g} 秒，编码器每秒输出 {rate:g} 个，每段补齐到 {tokens} 个软标记）</translation>
    </message>
    <message>
        <source>{images} image(s) of {side} × {side} ({tokens} soft tokens each, timm&apos;s {arch})</source>
        <translation>{images} 张 {side} × {side} 的图像（每张 {tokens} 个软标记，timm 的 {arch}）</translation>
    </message>
    <message>
        <source>no audio</source>
        <translation>没有音频</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>没有图像</translation>
    </message>
    <message>
        <source>no images or audio</source>
        <translation>没有图像或音频</translation>
    </message>
    <message>
        <source>vision and audio towers</source>
        <translation>视觉塔和音频塔</translation>
    </message>
    <message>
        <source>{seconds:g} s of audio ({clips} chunk(s) of 30 s through Whisper&apos;s encoder, {positions:,} positions each; {tokens} audio tokens per chunk)</source>
        <translation>{seconds:g} 秒音频（{clips} 个 30 秒分块经过 Whisper 编码器，每块 {positions:,} 个位置；每块 {tokens} 个音频标记）</translation>
    </message>
    <message>
        <source>distributed optimizer</source>
        <translation>分布式优化器</translation>
    </message>
    <message>
        <source>{dp} ranks</source>
        <translation>{dp} 个 rank</translation>
    </message>
    <message>
        <source>{dp} ranks (experts over the {edp} ranks of their expert-data-parallel group)</source>
        <translation>{dp} 个 rank（专家在其专家数据并行组的 {edp} 个 rank 上）</translation>
    </message>
    <message>
        <source>Gemma 3n: the activations of AltUp&apos;s parallel residual streams, LAuReL and the per-layer inputs were measured for 16-bit full fine-tuning without checkpointing and for transformers&apos; prefill only; this setup&apos;s are extrapolated from them (the KV cache is exact)</source>
        <translation>Gemma 3n：AltUp 的并行残差流、LAuReL 和逐层输入的激活值仅在 16 位全量微调（不做检查点）和 transformers 的预填充下实测过；此设置下的数值由这些实测外推（KV 缓存是精确的）</translation>
    </message>
    <message>
        <source>compressed attention without hyper-connections: the two were measured only together (DeepSeek-V4), so this model&apos;s activations are extrapolated</source>
        <translation>有压缩注意力而无超连接：二者只在一起测量过（DeepSeek-V4），因此此模型的激活值为外推所得</translation>
    </message>
    <message>
        <source>DeepSeek-V4: its hyper-connections, compressors and caches were measured for transformers&apos; prefill and 16-bit full fine-tuning on one GPU without checkpointing; this setup&apos;s terms (another runtime&apos;s cache layout and kernels, LoRA, fp32 or mixed precision, checkpointing, sharding) are extrapolated from them</source>
        <translation>DeepSeek-V4：其超连接、压缩器和缓存是针对 transformers 的预填充以及单 GPU、无检查点的 16 位全量微调测得的；此设置的各项（其他运行时的缓存布局和内核、LoRA、fp32 或混合精度、检查点、分片）由这些测量外推而来</translation>
    </message>
    <message>
        <source>DeepSeek-V4 without its layers&apos; kinds (a scenario saved before they were read): every layer is costed as a sliding-window layer, without the compressed entries and indexer of its CSA and HCA layers; choose the preset or import its config.json again</source>
        <translation>DeepSeek-V4 缺少各层类型（在读取各层类型之前保存的方案）：每层都按滑动窗口层计算，不含其 CSA 和 HCA 层的压缩条目与索引器；请选择预设或重新导入其 config.json</translation>
    </message>
    <message>
        <source>DeepSeek-V4 with {keys}: its memory terms were measured at the published Flash and Pro configs&apos; values and are extrapolated to these</source>
        <translation>DeepSeek-V4 的 {keys}：其内存各项是在已发布的 Flash 和 Pro 配置的取值下测得的，此处外推到这些取值</translation>
    </message>
    <message>
        <source>{key} {value} (measured: {measured})</source>
        <translation>{key} {value}（测量时：{measured}）</translation>
    </message>
    <message>
        <source>LoRA on every linear layer of Gemma 3n: peft&apos;s all-linear also wraps the audio tower&apos;s linear layers, which then keep their inputs for backward; costed as a frozen tower (nothing kept), as when LoRA targets the text model only</source>
        <translation>对 Gemma 3n 的所有线性层做 LoRA：peft 的 all-linear 也会包装音频塔的线性层，它们随后会为反向传播保留输入；这里按冻结的塔估算（不保留任何张量），与 LoRA 只作用于文本模型时相同</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; describes a conformer unlike the released Gemma 3n&apos;s, whose activations alone are measured: audio is costed as that one&apos;s</source>
        <translation>&apos;{key}&apos; 描述的 Conformer 与已发布的 Gemma 3n 不同，而只有后者的激活经过测量：音频按后者估算</translation>
    </message>
    <message>
        <source>Gemma 3n&apos;s vision and audio towers: their activations were measured for transformers&apos; 16-bit prefill and for 16-bit training on one GPU without checkpointing; this setup&apos;s are extrapolated from them</source>
        <translation>Gemma 3n 的视觉塔和音频塔：其激活只在 transformers 的 16 位预填充和单 GPU、无检查点的 16 位训练中测量过；本设置的数值由此外推</translation>
    </message>
    <message>
        <source>&apos;vision_soft_tokens_per_image&apos; is not the 256 (16 × 16) the measured vision tower makes</source>
        <translation>&apos;vision_soft_tokens_per_image&apos; 不是所测视觉塔产生的 256（16 × 16）</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; names timm&apos;s {name}, whose activations are not measured: images are costed as {measured}&apos;s</source>
        <translation>&apos;{key}&apos; 指定了 timm 的 {name}，其激活未经测量：图像按 {measured} 估算</translation>
    </message>
    <message>
        <source>speculative decoding with the MTP layers under {runtime}: the draft&apos;s weights and KV cache follow from its shapes and the verification buffer from the engine&apos;s source; only SGLang&apos;s draft footprint at load has been held to published logs, not the pool with and without the draft</source>
        <translation>{runtime} 下以 MTP 层做推测解码：草稿模型的权重和 KV 缓存由其形状得出，验证缓冲区由引擎源码得出；只有 SGLang 加载草稿模型时的显存占用对照过公开日志，有无草稿时的 KV 池尚未对照</translation>
    </message>
    <message>
        <source>LoRA with gradient checkpointing: whether transformers&apos; enable_input_require_grads hooks this vision tower ({family}) — sending backward through the frozen tower — is not known; its backward FLOPs and the activations it would keep are not costed</source>
        <translation>使用 LoRA 加梯度检查点：尚不清楚 transformers 的 enable_input_require_grads 是否会给这个视觉塔（{family}）挂钩子、使反向传播经过冻结的视觉塔；其反向 FLOPs 和可能保留的激活值均未计入</translation>
    </message>
    <message>
        <source>{seconds:g} s of audio per sequence is not costed: this model has no audio tower that takes it</source>
        <translation>每个序列 {seconds:g} 秒的音频未计入：该模型没有接收音频的音频塔</translation>
    </message>
    <message>
        <source>the audio&apos;s {audio:,} soft tokens do not fit in the context of {context:,} tokens: the prompt holds every one of them</source>
        <translation>音频的 {audio:,} 个软标记超出了 {context:,} 个 token 的上下文：提示中必须容纳全部软标记</translation>
    </message>
    <message>
        <source>The checkpoint keeps its experts in {dtype} (expert_dtype); they are sized here in the weight format chosen</source>
        <translation>检查点以 {dtype} 保存其专家（expert_dtype）；此处按所选的权重格式计算其大小</translation>
    </message>
    <message>
        <source>experts beside a dense MLP in the same layer: their activations are not yet verified</source>
        <translation>同一层中与稠密 MLP 并列的专家：其激活值尚未验证</translation>
    </message>
    <message>
        <source>weights and KV cache exact for the format; allocated peak within 0.6 % (median) and 3.9 % (max) of 36 published GPU measurements, 0.1 % and 1.1 % of 37 PyTorch allocation runs; runtime overhead ±0.5 GiB</source>
        <translation>权重和 KV 缓存按格式精确计算；已分配峰值与 36 项公开 GPU 实测相差中位 0.6 %、最大 3.9 %，与 37 次 PyTorch 分配运行相差 0.1 % 和 1.1 %；运行时开销 ±0.5 GiB</translation>
    </message>
    <message>
        <source>{name}: against published measurements (README &apos;Accuracy per training stack&apos;): {accuracy}; modelled from its source and documentation (core/stacks.py). CUDA context and allocator slack are typical values</source>
        <translation>{name}：与公开实测对比（README“各训练框架的准确度”）：{accuracy}；依据其源码与文档建模（core/stacks.py）。CUDA 上下文和分配器余量为典型值</translation>
    </message>
    <message>
        <source>allocated tensors: median 0.0 %, max 2.3 % against what PyTorch allocates in 63 MemTracker runs of transformers models (bf16, fp32, mixed precision, LoRA, DoRA, prefix tuning, P-tuning, MoE, checkpointing, eager, sinks, short convolutions, Gated DeltaNet and Mamba-2 hybrids, MLA with DSA, CNNs; README &apos;Accuracy&apos;). CUDA context and allocator slack are typical values (±0.5 GiB). Other training stacks: --stack (deepspeed, fsdp2, megatron, torchtune, liger, unsloth)</source>
        <translation>已分配张量：与 PyTorch 在 63 次 MemTracker 运行中实际分配的相比，中位误差 0.0 %，最大 2.3 %（transformers 模型：bf16、fp32、混合精度、LoRA、MoE、检查点、eager、sink、短卷积、Gated DeltaNet 与 Mamba-2 混合模型、带 DSA 的 MLA、CNN、DoRA、前缀微调、P-tuning；见 README“准确度”）。CUDA 上下文和分配器余量为典型值（±0.5 GiB）。其他训练框架：--stack（deepspeed、fsdp2、megatron、torchtune、liger、unsloth）</translation>
    </message>
    <message>
        <source>allocated tensors: a CNN trained in {precision} is not yet held to a measurement; in fp32 it is (4 MemTracker runs of ResNet-50 and VGG-16, within 0.02 %). CUDA context and allocator slack are typical values (±0.5 GiB)</source>
        <translation>已分配张量：以 {precision} 训练的 CNN 尚未与实测对照；fp32 训练已对照（ResNet-50 与 VGG-16 的 4 次 MemTracker 运行，误差在 0.02 % 以内）。CUDA 上下文与分配器余量为典型值（±0.5 GiB）</translation>
    </message>
    <message>
        <source>{speed}; {memory}</source>
        <translation>{speed}；{memory}</translation>
    </message>
    <message>
        <source>time per output token 39 % optimistic to 3 % pessimistic against llama-bench tg128 (RTX 3090 / 4090 F16, Q8_0, Q4_0, an M2 Max and an M2 Ultra, Mixtral 8x7B and Qwen3-30B-A3B among them; median 14 % optimistic on GeForce cards, 17 % on Apple silicon): quantized weights are read well below the bandwidth (dequantization, and about 3 ms of launches per token in the 2023-24 builds measured, which the model does not add for dense models), and a mixture-of-experts model on Apple silicon pays about twice the routing cost per layer fitted on an RTX 4090 (Qwen3-30B-A3B Q8_0 on an M2 Ultra: 31 % optimistic). {why}</source>
        <translation>每个输出 token 的时间比 llama-bench tg128 的实测乐观 39 % 到悲观 3 %（RTX 3090 / 4090 上的 F16、Q8_0、Q4_0，以及 Apple M2 Max 和双芯片版 M2，其中包括 Mixtral 8x7B 和 Qwen3-30B-A3B；GeForce 显卡上中位数乐观 14 %，Apple 芯片上 17 %）：量化权重的读取远低于带宽（反量化，以及实测的 2023-24 年版本每个 token 约 3 ms 的内核启动，模型对稠密模型不加这一项）；混合专家模型在 Apple 芯片上每层的路由开销约为在 RTX 4090 上拟合值的两倍（Qwen3-30B-A3B Q8_0 在双芯片版 M2 上：乐观 31 %）。{why}</translation>
    </message>
    <message>
        <source>{layers} layers under {runtime}: their fixed-size state is exact, but their prefill activations are {runtime}&apos;s own kernels&apos;, estimated like an attention layer&apos;s and not measured</source>
        <translation>{runtime} 下的{layers}层：固定大小的状态是精确的，但其预填充激活值来自 {runtime} 自己的内核，按注意力层的方式估计，未经测量</translation>
    </message>
    <message>
        <source>full-attention layers with their own shape (head_dim, kv heads, values = keys): the KV cache and attention activations are costed with the other layers&apos; shape, not yet per layer</source>
        <translation>形状不同的全注意力层（head_dim、KV 头数、values = keys）：KV 缓存和注意力激活值按其他层的形状计算，尚未逐层计算</translation>
    </message>
    <message>
        <source>hyper-connections without compressed attention: the two were measured only together (DeepSeek-V4), so this model&apos;s activations are extrapolated</source>
        <translation>有超连接而无压缩注意力：二者只在一起测量过（DeepSeek-V4），因此此模型的激活值为外推所得</translation>
    </message>
    <message>
        <source>LoRA with gradient checkpointing: transformers&apos; enable_input_require_grads also hooks this vision tower&apos;s patch embedding ({family}), so backward runs through the frozen tower (its FLOPs are in the time); what it keeps is sized as its checkpointed blocks&apos; inputs, as measured for Pixtral (Mistral Small 3.1) — what the rest of this tower keeps is not measured</source>
        <translation>带梯度检查点的 LoRA：transformers 的 enable_input_require_grads 也会挂钩这个视觉塔的图块嵌入（{family}），因此反向传播会经过冻结的视觉塔（其 FLOPs 已计入时间）；它保留的激活按其做了检查点的各块的输入估算，与 Pixtral（Mistral Small 3.1）的实测一致 —— 该视觉塔其余部分保留的内容未经实测</translation>
    </message>
    <message>
        <source>the sparse-attention indexer&apos;s prefill scores under {runtime} are not modelled (its key cache is)</source>
        <translation>{runtime} 下稀疏注意力索引器的预填充分数未建模（其键缓存已建模）</translation>
    </message>
    <message>
        <source>model_type &apos;nemotron-nas&apos; needs remote code (DeciLM): its per-layer block_configs are read as vLLM&apos;s, SGLang&apos;s and TensorRT-LLM&apos;s DeciLM ports build them (ffn_mult → ⌈2·ffn_mult·h/3⌉ to a multiple of 256), but no checkpoint total was found to hold the count to</source>
        <translation>model_type &apos;nemotron-nas&apos; 需要远程代码（DeciLM）：其逐层的 block_configs 按 vLLM、SGLang 和 TensorRT-LLM 的 DeciLM 移植版的构建方式读取（ffn_mult → ⌈2·ffn_mult·h/3⌉，向上取到 256 的倍数），但没有找到可用来核对该数量的检查点总数</translation>
    </message>
    <message>
        <source>vision tower activations: its blocks are costed as a ViT over (image_size / patch_size)² patches per image; its projector (pixel shuffle, patch merge) and native-resolution tiling are not modelled, and the figure is not yet verified against PyTorch allocations</source>
        <translation>视觉塔的激活值：其各块按 ViT 计算，每张图像 (image_size / patch_size)² 个图块；其投影器（pixel shuffle、patch merge）和原生分辨率切块未建模，该数值尚未与 PyTorch 分配核对</translation>
    </message>
    <message>
        <source>audio tower (Voxtral): Whisper&apos;s encoder over 30-second chunks was measured for Voxtral&apos;s encoder (32 layers of 1,280) in transformers&apos; 16-bit prefill and in 16-bit training on one GPU without checkpointing; this setup&apos;s audio activations are extrapolated from those</source>
        <translation>音频塔（Voxtral）：按 30 秒分块运行的 Whisper 编码器只针对 Voxtral 的编码器（32 层、宽 1,280）在 transformers 的 16 位预填充和单 GPU、无检查点的 16 位训练中测量过；本设置的音频激活由此外推</translation>
    </message>
    <message>
        <source>LoRA on every linear layer of Voxtral: peft&apos;s all-linear also wraps the audio encoder&apos;s linear layers, which then keep their inputs for backward; costed as a frozen tower (nothing kept), as when LoRA targets the text model only</source>
        <translation>对 Voxtral 的所有线性层做 LoRA：peft 的 all-linear 也会包装音频编码器的线性层，它们随后会为反向传播保留输入；这里按冻结的塔估算（不保留任何张量），与 LoRA 只作用于文本模型时相同</translation>
    </message>
    <message>
        <source>LoRA with gradient checkpointing on a Voxtral-style model: the frozen audio encoder, hooked by transformers&apos; enable_input_require_grads, keeps activations for backward; they were measured for Voxtral&apos;s encoder (32 layers of 1,280) and are scaled to this encoder&apos;s shape</source>
        <translation>在 Voxtral 类模型上使用带梯度检查点的 LoRA：被 transformers 的 enable_input_require_grads 挂钩的冻结音频编码器会为反向传播保留激活；这些激活是在 Voxtral 的编码器（32 层，宽 1,280）上实测的，并按本编码器的形状缩放</translation>
    </message>
    <message>
        <source>&apos;vision_config&apos; with a class token or a pre-norm: not built by this version</source>
        <translation>带类别 token 或前置归一化的 &apos;vision_config&apos;：本版本无法构建</translation>
    </message>
    <message>
        <source>&apos;text_config.embedding_size&apos; differs from vocab_size: not built</source>
        <translation>&apos;text_config.embedding_size&apos; 与 vocab_size 不同：无法构建</translation>
    </message>
    <message>
        <source>jina-vlm connector pooling &apos;{pooling}&apos; / projector &apos;{projector}&apos;: only attention_meanq with an mlp projector is built by this version</source>
        <translation>jina-vlm 连接器的池化方式 &apos;{pooling}&apos; / 投影器 &apos;{projector}&apos;：本版本只能构建 attention_meanq 加 mlp 投影器</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; leaves no layer keeping its own K/V</source>
        <translation>&apos;{key}&apos; 使得没有任何一层保留自己的 K/V</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set: layer scales are not built by this version</source>
        <translation>设置了 &apos;{key}&apos;：本版本无法构建层缩放</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set but the config names no experts</source>
        <translation>设置了 &apos;{key}&apos;，但配置中没有指明专家</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set: that norm is not built by this version</source>
        <translation>设置了 &apos;{key}&apos;：本版本无法构建该归一化层</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; {kind} is not a norm this version builds</source>
        <translation>&apos;{key}&apos; 的值 {kind} 不是本版本能构建的归一化层</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; sets more than the full-attention layers&apos; head_dim and kv heads</source>
        <translation>&apos;{key}&apos; 设置的不只是全注意力层的 head_dim 和 KV 头数</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must map layer indices to settings</source>
        <translation>&apos;{key}&apos; 必须把层索引映射到设置</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set: pooling norms are not built by this version</source>
        <translation>设置了 &apos;{key}&apos;：本版本无法构建池化归一化层</translation>
    </message>
    <message>
        <source>vision_config.mm_projector_type &apos;{kind}&apos;: not a projector this version builds</source>
        <translation>vision_config.mm_projector_type &apos;{kind}&apos;：不是本版本能构建的投影器</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; and &apos;k_lnorm&apos; differ: only both or neither are built</source>
        <translation>&apos;{key}&apos; 与 &apos;k_lnorm&apos; 不一致：只能两者都有或都没有</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: q/k norms of another kind than the block&apos;s</source>
        <translation>&apos;{key}&apos;：q/k 归一化与块的归一化类型不同</translation>
    </message>
    <message>
        <source>&apos;vision_config.vit_layers&apos; must list the tower layers whose features are used</source>
        <translation>&apos;vision_config.vit_layers&apos; 必须列出其特征被使用的视觉塔层</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; false: norms without weights are not built</source>
        <translation>&apos;{key}&apos; 为 false：无法构建没有权重的归一化层</translation>
    </message>
    <message>
        <source>torch.compile and Float8 are modelled under torchtitan&apos;s activation checkpointing; without it the eager blocks&apos; saved activations are counted (compiled blocks fuse elementwise ops and Float8 linears save float8 inputs, so a real run keeps less)</source>
        <translation>torch.compile 和 Float8 按 torchtitan 的激活检查点建模；未启用检查点时按 eager 模式各块保存的激活计数（编译后的块会融合逐元素运算，Float8 线性层以 Float8 保存输入，因此实际运行保留得更少）</translation>
    </message>
    <message>
        <source>torch.compile and Float8 are modelled as torchtitan applies them (--stack fsdp2); ignored for {stack}</source>
        <translation>torch.compile 和 Float8 按 torchtitan 的用法建模（--stack fsdp2）；对 {stack} 忽略</translation>
    </message>
    <message>
        <source>concurrency applies to inference only; ignored for training</source>
        <translation>并发数只用于推理；训练时忽略</translation>
    </message>
    <message>
        <source>context {context:,} exceeds the model&apos;s {positions:,}-token maximum position; quality degrades past it</source>
        <translation>上下文 {context:,} 超过模型的最大位置 {positions:,} 个 token；超过后质量会下降</translation>
    </message>
    <message>
        <source>context parallelism and interleaved pipeline stages apply to training only; ignored for inference</source>
        <translation>上下文并行和交错流水线阶段仅适用于训练；推理时忽略</translation>
    </message>
    <message>
        <source>{stack} has no context parallelism; parallelism.cp is ignored (each rank holds whole sequences)</source>
        <translation>{stack} 不支持上下文并行；忽略 --cp（每个 rank 持有完整序列）</translation>
    </message>
    <message>
        <source>Gated DeltaNet layers: activations as transformers&apos; torch fallback allocates them (measured); with flash-linear-attention installed its CUDA kernel keeps only q, k, v, the gates and a 64-wide matrix per token, and these layers need less</source>
        <translation>Gated DeltaNet 层：激活值按 transformers 的 torch 回退实现分配（实测）；安装 flash-linear-attention 后，其 CUDA 内核每个 token 只保留 q、k、v、门控和一个 64 宽的矩阵，这些层需要的更少</translation>
    </message>
    <message>
        <source>n_gpu_layers, num_ctx and parallel apply to llama.cpp and Ollama only; ignored</source>
        <translation>n_gpu_layers、num_ctx 和 parallel 只用于 llama.cpp 和 Ollama；已忽略</translation>
    </message>
    <message>
        <source>{runtime} splits layers across GPUs (like pipeline stages), not tensors; tp treated as pp</source>
        <translation>{runtime} 把层分到多个 GPU 上（类似流水线阶段），而不是切分张量；tp 按 pp 处理</translation>
    </message>
    <message>
        <source>the images&apos; {images:,} soft tokens do not fit in the context of {context:,} tokens: the prompt holds every one of them</source>
        <translation>图像的 {images:,} 个软标记超出了 {context:,} 个 token 的上下文：提示中必须容纳全部软标记</translation>
    </message>
    <message>
        <source>{images} images per sequence are not costed: this model has no vision tower that takes them</source>
        <translation>每个序列 {images} 张图像未计入：该模型没有接收图像的视觉塔</translation>
    </message>
    <message>
        <source>llama.cpp refuses a quantized V cache without flash attention (-fa); turn it on</source>
        <translation>llama.cpp 不开 flash attention（-fa）时拒绝量化的 V 缓存；请打开它</translation>
    </message>
    <message>
        <source>Mamba-2 layers: activations as transformers&apos; torch fallback allocates them (measured); with mamba_ssm and causal-conv1d installed the fused kernel keeps its inputs and recomputes the scan, and these layers need less</source>
        <translation>Mamba-2 层：激活值按 transformers 的 torch 回退实现分配（实测）；安装 mamba_ssm 和 causal-conv1d 后，融合内核只保留输入并重算扫描，这些层需要的更少</translation>
    </message>
    <message>
        <source>speculative decoding with the MTP layers is ignored: {why}</source>
        <translation>忽略用 MTP 层做推测解码：{why}</translation>
    </message>
    <message>
        <source>this model declares no multi-token-prediction layers</source>
        <translation>此模型没有声明多 token 预测层</translation>
    </message>
    <message>
        <source>only vLLM and SGLang serve it here</source>
        <translation>这里只有 vLLM 和 SGLang 支持它</translation>
    </message>
    <message>
        <source>this model&apos;s multi-token-prediction layers have a structure not known here</source>
        <translation>此模型的多 token 预测层结构在这里未知</translation>
    </message>
    <message>
        <source>context {context:,} exceeds Ollama&apos;s default num_ctx {num_ctx:,} on {gpu}: Ollama truncates the prompt to it (set OLLAMA_CONTEXT_LENGTH or num_ctx)</source>
        <translation>上下文 {context:,} 超过 Ollama 在 {gpu} 上的默认 num_ctx {num_ctx:,}：Ollama 会把提示截断到该长度（请设置 OLLAMA_CONTEXT_LENGTH 或 num_ctx）</translation>
    </message>
    <message>
        <source>Ollama applies the {kv} K/V cache type only with flash attention on (OLLAMA_FLASH_ATTENTION=1); without it the cache stays f16</source>
        <translation>Ollama 只在打开 flash attention（OLLAMA_FLASH_ATTENTION=1）时使用 {kv} K/V 缓存类型；否则缓存保持 f16</translation>
    </message>
    <message>
        <source>context {context:,} exceeds Ollama&apos;s num_ctx {num_ctx:,}: Ollama truncates the prompt to num_ctx (raise num_ctx)</source>
        <translation>上下文 {context:,} 超过 Ollama 的 num_ctx {num_ctx:,}：Ollama 会把提示截断到 num_ctx（请调大 num_ctx）</translation>
    </message>
    <message>
        <source>Ollama serves {parallel} request(s) at once (OLLAMA_NUM_PARALLEL); the other {waiting:,} wait in its queue, and its memory is sized for the slots</source>
        <translation>Ollama 同时服务 {parallel} 个请求（OLLAMA_NUM_PARALLEL）；其余 {waiting:,} 个在队列中等待，其显存按槽位数计算</translation>
    </message>
    <message>
        <source>QLoRA with ZeRO-3 needs bnb_4bit_quant_storage set to the compute dtype</source>
        <translation>QLoRA 搭配 ZeRO-3 需要把 bnb_4bit_quant_storage 设为计算精度</translation>
    </message>
    <message>
        <source>dp_attention and cuda_graph_max_bs apply to SGLang only; ignored</source>
        <translation>dp_attention 和 cuda_graph_max_bs 仅适用于 SGLang；已忽略</translation>
    </message>
    <message>
        <source>mem_fraction_static and chunked_prefill_size apply to SGLang only; ignored</source>
        <translation>mem_fraction_static 和 chunked_prefill_size 只用于 SGLang；已忽略</translation>
    </message>
    <message>
        <source>the images&apos; and the audio&apos;s soft tokens ({images:,} + {audio:,}) do not fit in the context of {context:,} tokens: the prompt holds every one of them</source>
        <translation>图像和音频的软标记（{images:,} + {audio:,}）超出了 {context:,} 个 token 的上下文：提示中必须容纳全部软标记</translation>
    </message>
    <message>
        <source>this model soft-caps its attention scores, which transformers&apos; SDPA/flash paths do not support: it runs eager attention, which materializes the seq² scores</source>
        <translation>该模型对注意力分数做软上限（soft-cap），transformers 的 SDPA/flash 路径不支持：它改用 eager 注意力，会物化 seq² 的分数矩阵</translation>
    </message>
    <message>
        <source>sequence parallelism applies to training only; ignored for inference</source>
        <translation>序列并行只用于训练；推理时忽略</translation>
    </message>
    <message>
        <source>sequence parallelism acts only under tensor parallelism (tp &gt; 1); with tp 1 it is ignored</source>
        <translation>序列并行只在张量并行（tp &gt; 1）下起作用；tp 为 1 时忽略</translation>
    </message>
    <message>
        <source>{stack} has no sequence parallelism; parallelism.sequence_parallel is ignored for this stack</source>
        <translation>{stack} 没有序列并行；此框架忽略 parallelism.sequence_parallel</translation>
    </message>
    <message>
        <source>{stack} shards by itself ({sharding}); --zero {zero} is ignored for this stack</source>
        <translation>{stack} 自己做分片（{sharding}）；此框架忽略 --zero {zero}</translation>
    </message>
    <message>
        <source>{stack} with tensor parallelism: activations outside attention and MLP are replicated on every TP rank (no sequence parallelism) and so are the logits</source>
        <translation>{stack} 使用张量并行：注意力和 MLP 之外的激活值在每个 TP rank 上都有一份（没有序列并行），logits 也是</translation>
    </message>
    <message>
        <source>{stack} with tensor parallelism: activations outside attention and MLP are replicated on every TP rank (no sequence parallelism), the logits stay sharded over the vocabulary</source>
        <translation>{stack} 使用张量并行：注意力和 MLP 之外的激活值在每个 TP rank 上都有一份（没有序列并行），logits 仍按词表分片</translation>
    </message>
    <message>
        <source>unverified: {what}</source>
        <translation>未经验证：{what}</translation>
    </message>
    <message>
        <source>{gpu}: usable memory derived from the advertised {advertised:g} {unit} (no driver reading on record)</source>
        <translation>{gpu}：可用显存由标称的 {advertised:g} {unit} 推算（没有驱动读数记录）</translation>
    </message>
    <message>
        <source>interleaved pipeline stages need pipeline parallelism (pp &gt; 1); with pp 1 they are ignored</source>
        <translation>交错流水线阶段需要流水线并行（pp &gt; 1）；pp 为 1 时忽略</translation>
    </message>
    <message>
        <source>cuda_context_mib does not apply to vLLM: its measured non-torch memory holds the CUDA context; ignored</source>
        <translation>cuda_context_mib 不适用于 vLLM：其实测的非 torch 显存已包含 CUDA 上下文；已忽略</translation>
    </message>
    <message>
        <source>ZeRO and optimizer offload apply to training only; ignored for inference</source>
        <translation>ZeRO 和优化器卸载只用于训练；推理时忽略</translation>
    </message>
    <message>
        <source>ZeRO-{zero} with a single data-parallel rank shards nothing: it costs communication and saves no memory</source>
        <translation>ZeRO-{zero} 只有一个数据并行 rank，什么也不分片：只增加通信，不节省显存</translation>
    </message>
    <message>
        <source>exact bytes of the tensors in the imported file</source>
        <translation>导入文件中张量的精确字节数</translation>
    </message>
    <message>
        <source>linear weights in trellises of exactly K bits (average {bits:g}; lm_head {head_bits:g}) plus the fp16 Hadamard sign vectors of each input and output ({effective:.3f} bits for a 4096 × 4096 linear); {kept} stay {compute}</source>
        <translation>线性层权重以恰好 K 位的网格（trellis）存储（平均 {bits:g}；lm_head {head_bits:g}），外加每个输入和输出的 fp16 Hadamard 符号向量（4096 × 4096 的线性层为 {effective:.3f} 位）；{kept}保持 {compute}</translation>
    </message>
    <message>
        <source>{bytes:g} bytes each</source>
        <translation>每个 {bytes:g} 字节</translation>
    </message>
    <message>
        <source> llama.cpp keeps the token-embedding table in CPU memory (it is only looked up), so it is not counted.</source>
        <translation> llama.cpp 把词嵌入表保留在 CPU 内存中（只用于查表），所以不计入。</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s per-tensor mix for this file type (block sizes and rules from llama.cpp); 1-D tensors stay f32</source>
        <translation>llama.cpp 对该文件类型的逐张量混合（块大小和规则来自 llama.cpp）；一维张量保持 f32</translation>
    </message>
    <message>
        <source> The model ties its output layer to the token embeddings, so llama.cpp copies that table to the GPU as the output layer (and keeps another copy in CPU memory for lookups).</source>
        <translation> 该模型的输出层与词嵌入共享，所以 llama.cpp 把该表复制到 GPU 作为输出层（并在 CPU 内存中另留一份用于查表）。</translation>
    </message>
    <message>
        <source>embeddings, norms</source>
        <translation>嵌入层、归一化层</translation>
    </message>
    <message>
        <source>embeddings, norms and lm_head</source>
        <translation>嵌入层、归一化层和 lm_head</translation>
    </message>
    <message>
        <source>{on} of {n} layers on the GPU ({layers}), the output layer in CPU memory (n_gpu_layers ≤ n_layer); the token embedding ({embedding}) stays in CPU memory</source>
        <translation>{n} 层中有 {on} 层在 GPU 上（{layers}），输出层在 CPU 内存中（n_gpu_layers ≤ n_layer）；词嵌入（{embedding}）留在 CPU 内存中</translation>
    </message>
    <message>
        <source>{on} of {n} layers on the GPU ({layers}), the output layer too ({head}); the token embedding ({embedding}) stays in CPU memory</source>
        <translation>{n} 层中有 {on} 层在 GPU 上（{layers}），输出层也在（{head}）；词嵌入（{embedding}）留在 CPU 内存中</translation>
    </message>
    <message>
        <source>linear weights at {effective:.3f} bits each including scales/zeros; {kept} stay {compute}</source>
        <translation>线性层权重每个 {effective:.3f} 位（含缩放/零点）；{kept}保持 {compute}</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>LoRA 适配器</translation>
    </message>
    <message>
        <source>fp32 master weights</source>
        <translation>fp32 主权重</translation>
    </message>
    <message>
        <source>Dequantized weight (per matmul)</source>
        <translation>反量化权重（每次矩阵乘）</translation>
    </message>
    <message>
        <source>16-bit weight copies (autocast)</source>
        <translation>16 位权重副本（autocast）</translation>
    </message>
    <message>
        <source>Logits and loss</source>
        <translation>Logits 与损失</translation>
    </message>
    <message>
        <source>Gathered parameters (ZeRO-3/FSDP)</source>
        <translation>聚合的参数（ZeRO-3/FSDP）</translation>
    </message>
    <message>
        <source>Weights ({format})</source>
        <translation>权重（{format}）</translation>
    </message>
    <message>
        <source>Weights on the GPU ({format})</source>
        <translation>GPU 上的权重（{format}）</translation>
    </message>
    <message>
        <source>Weights ({format}, ZeRO-3 shard)</source>
        <translation>权重（{format}，ZeRO-3 分片）</translation>
    </message>
    <message>
        <source>Weights ({format}, ZeRO-3 shard, offloaded to CPU)</source>
        <translation>权重（{format}，ZeRO-3 分片，卸载到 CPU）</translation>
    </message>
    <message>
        <source>ZeRO contiguous gradient bucket</source>
        <translation>ZeRO 连续梯度桶</translation>
    </message>
    <message>
        <source>ZeRO reduce buckets</source>
        <translation>ZeRO 归约桶</translation>
    </message>
    <message>
        <source>DDP all-reduce buckets</source>
        <translation>DDP all-reduce 桶</translation>
    </message>
    <message>
        <source>Megatron-Core&apos;s published CI values (activations and loss, 4 rows), median 1.7 %, max 6.0 %</source>
        <translation>Megatron-Core 公布的 CI 数值（激活与损失，4 行），中位数 1.7 %，最大 6.0 %</translation>
    </message>
    <message>
        <source>torchtune&apos;s published rows (A100, 2 rows: a compiled chunked-loss run, a plain-loss run), median 4.8 %, max 6.0 %</source>
        <translation>torchtune 公布的数据行（A100，2 行：一次编译的分块损失运行、一次普通损失运行），中位数 4.8 %，最大 6.0 %</translation>
    </message>
    <message>
        <source> + {n} all-reduces × {us:.0f} µs (tensor parallel)</source>
        <translation> + {n} 次 all-reduce × {us:.0f} 微秒（张量并行）</translation>
    </message>
    <message>
        <source>each step reads the weights on this GPU ({weights_gb:,.2f} GB{towers}{experts}) and the KV cache (≈ {kv_gb:,.2f} GB at the mean context) at {bw_gbs:,.0f} GB/s × {eff:.0%}: {t_mem_ms:,.2f} ms; compute {t_comp_ms:,.2f} ms{ar}{fixed} → {per_seq:,.1f} tokens/s per sequence, {total:,.1f} in total (bandwidth-bound)</source>
        <translation>每步读取本 GPU 上的权重（{weights_gb:,.2f} GB{towers}{experts}）和 KV 缓存（平均上下文下 ≈ {kv_gb:,.2f} GB），带宽 {bw_gbs:,.0f} GB/s × {eff:.0%}：{t_mem_ms:,.2f} 毫秒；计算 {t_comp_ms:,.2f} 毫秒{ar}{fixed} → 每序列 {per_seq:,.1f} token/s，总计 {total:,.1f}（带宽瓶颈）</translation>
    </message>
    <message>
        <source>each step reads the weights on this GPU ({weights_gb:,.2f} GB{towers}{experts}) and the KV cache (≈ {kv_gb:,.2f} GB at the mean context) at {bw_gbs:,.0f} GB/s × {eff:.0%}: {t_mem_ms:,.2f} ms; compute {t_comp_ms:,.2f} ms{ar}{fixed} → {per_seq:,.1f} tokens/s per sequence, {total:,.1f} in total (compute-bound)</source>
        <translation>每步读取本 GPU 上的权重（{weights_gb:,.2f} GB{towers}{experts}）和 KV 缓存（平均上下文下 ≈ {kv_gb:,.2f} GB），带宽 {bw_gbs:,.0f} GB/s × {eff:.0%}：{t_mem_ms:,.2f} 毫秒；计算 {t_comp_ms:,.2f} 毫秒{ar}{fixed} → 每序列 {per_seq:,.1f} token/s，总计 {total:,.1f}（计算瓶颈）</translation>
    </message>
    <message>
        <source>max(compute {flops:.3e} FLOPs / ({tp} × {tflops:,.0f} TFLOP/s × {eff:.0%}), weights {weights_gb:,.2f} GB / bandwidth){ar} = {ms:,.1f} ms for {seqs} × {prompt:,} prompt tokens</source>
        <translation>最大值(计算 {flops:.3e} FLOPs / ({tp} × {tflops:,.0f} TFLOP/s × {eff:.0%})，权重 {weights_gb:,.2f} GB / 带宽){ar} = {ms:,.1f} 毫秒，处理 {seqs} × {prompt:,} 个提示 token</translation>
    </message>
    <message>
        <source> The graphs: {piecewise} piecewise sizes (largest {pw_max}) and {full} full decode sizes (largest {full_max}) at max_num_seqs {seqs}, vLLM&apos;s default on this GPU (&apos;{line}&apos;). Their memory is unverified: roughly {size_gib:.1f} GiB, assuming {per_graph_mib:.1f} MiB per graph (one published capture: Llama-3.2-1B, 0.21 GiB over 35 graphs); held out, 67 graphs of Qwen2.5-7B took 0.51 GiB (this allowance gives 21 % less) and vLLM estimated 1.62 GiB for 86 graphs of a hybrid Qwen3.5 (68 % less). A graph&apos;s memory grows with the size it is captured for (one Llama-3.1-8B graph took 6 MiB at 104 tokens, 26 MiB at 464), and at TP 4 nvidia-smi showed 2.4 GiB more with graphs than without (Yi-34B, 35 graphs, vLLM 0.5.4): over the published logs this allowance is 2 % over to 91 % under.</source>
        <translation>CUDA 图：在 max_num_seqs {seqs}（vLLM 在此 GPU 上的默认值）下，{piecewise} 个分段图尺寸（最大 {pw_max}）和 {full} 个完整解码图尺寸（最大 {full_max}）（&apos;{line}&apos;）。其显存未经验证：约 {size_gib:.1f} GiB，按每个图 {per_graph_mib:.1f} MiB 假设（来自一条公开的捕获日志：Llama-3.2-1B，35 个图共 0.21 GiB）；留作检验的日志中，Qwen2.5-7B 的 67 个图占用 0.51 GiB（按此假设少算 21 %），vLLM 对一个混合结构 Qwen3.5 的 86 个图估计为 1.62 GiB（少算 68 %）。一个图的显存随其捕获的尺寸增长（Llama-3.1-8B 的一个图在 104 个 token 时占 6 MiB，在 464 个时占 26 MiB）；在 TP 4 下，nvidia-smi 显示启用图比不启用多 2.4 GiB（Yi-34B，35 个图，vLLM 0.5.4）：对照这些公开日志，此假设从多算 2 % 到少算 91 % 不等。</translation>
    </message>
    <message>
        <source> Eager attention&apos;s fp32 softmax backward then holds the fp32 gradient of its output, the CUDA kernel&apos;s fp32 grad × output temporary and the gradient of its input at once ({per_score} bytes per score) after the layer&apos;s MLP and probabilities are freed: {extra} more.</source>
        <translation>随后 eager 注意力的 fp32 softmax 反向同时持有其输出的 fp32 梯度、CUDA 内核的 fp32 grad × output 临时张量和其输入的梯度（每个分数 {per_score} 字节），此时该层的 MLP 和概率已释放：再多 {extra}。</translation>
    </message>
    <message>
        <source>Fused linear cross-entropy ({stack})</source>
        <translation>融合线性交叉熵（{stack}）</translation>
    </message>
    <message>
        <source>Gradients ({dtype})</source>
        <translation>梯度（{dtype}）</translation>
    </message>
    <message>
        <source>KV cache ({format})</source>
        <translation>KV 缓存（{format}）</translation>
    </message>
    <message>
        <source>Logits and loss (fp32)</source>
        <translation>Logits 与损失（fp32）</translation>
    </message>
    <message>
        <source>Logits and loss (fp32, DTensor loss parallel)</source>
        <translation>Logits 与损失（fp32，DTensor 损失并行）</translation>
    </message>
    <message>
        <source>Logits and chunked loss ({stack})</source>
        <translation>Logits 与分块损失（{stack}）</translation>
    </message>
    <message>
        <source>LoRA adapters (r = {rank}, {dtype})</source>
        <translation>LoRA 适配器（r = {rank}，{dtype}）</translation>
    </message>
    <message>
        <source>fp32 master weights (offloaded to CPU)</source>
        <translation>fp32 主权重（卸载到 CPU）</translation>
    </message>
    <message>
        <source>Optimizer states ({optimizer})</source>
        <translation>优化器状态（{optimizer}）</translation>
    </message>
    <message>
        <source>Prefill chunk activations (SGLang)</source>
        <translation>预填充分块的激活值（SGLang）</translation>
    </message>
    <message>
        <source>Recurrent state (fixed size)</source>
        <translation>循环状态（固定大小）</translation>
    </message>
    <message>
        <source>Recurrent state (SSM)</source>
        <translation>循环状态（SSM）</translation>
    </message>
    <message>
        <source>vLLM non-torch memory</source>
        <translation>vLLM 非 torch 显存</translation>
    </message>
    <message>
        <source>SGLang metadata and communication</source>
        <translation>SGLang 元数据与通信</translation>
    </message>
    <message>
        <source>fp32 gradient partition (DeepSpeed step)</source>
        <translation>fp32 梯度分区（DeepSpeed 步骤）</translation>
    </message>
    <message>
        <source>Frozen base weights ({format})</source>
        <translation>冻结的基座权重（{format}）</translation>
    </message>
    <message>
        <source>Cached in the reduce-scatter stream&apos;s pool (FSDP2)</source>
        <translation>reduce-scatter 流的缓存池（FSDP2）</translation>
    </message>
    <message>
        <source>Unsharded fp32 gradients across micro-batches (FSDP2 + PP)</source>
        <translation>跨微批次的未分片 fp32 梯度（FSDP2 + PP）</translation>
    </message>
    <message>
        <source>Reduce-scatter of one layer&apos;s gradients (FSDP2)</source>
        <translation>一层梯度的 reduce-scatter（FSDP2）</translation>
    </message>
    <message>
        <source>Expert-parallel all-to-all buffers</source>
        <translation>专家并行 all-to-all 缓冲区</translation>
    </message>
    <message>
        <source>CUDA graphs (SGLang)</source>
        <translation>CUDA 图（SGLang）</translation>
    </message>
    <message>
        <source>Compute buffer (llama.cpp)</source>
        <translation>计算缓冲区（llama.cpp）</translation>
    </message>
    <message>
        <source>MTP draft KV cache</source>
        <translation>MTP 草稿 KV 缓存</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>a block&apos;s backward</source>
        <translation>某个块的反向</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>end of forward</source>
        <translation>前向结束</translation>
    </message>
    <message>
        <source>start of backward</source>
        <translation>反向开始</translation>
    </message>
    <message>
        <source>end of backward</source>
        <translation>反向结束</translation>
    </message>
    <message>
        <source>optimizer step</source>
        <translation>优化器步骤</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>embeddings</source>
        <translation>嵌入层</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>audio tower</source>
        <translation>音频塔</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>norms</source>
        <translation>归一化层</translation>
    </message>
    <message>
        <source>LM head</source>
        <translation>LM 输出头</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>router</source>
        <translation>路由器</translation>
    </message>
    <message>
        <source>convolutions</source>
        <translation>卷积层</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>分类器</translation>
    </message>
    <message>
        <source>compressors</source>
        <translation>压缩器</translation>
    </message>
    <message>
        <source>vision encoder</source>
        <translation>视觉编码器</translation>
    </message>
    <message>
        <source>state-space layers</source>
        <translation>状态空间层</translation>
    </message>
    <message>
        <source>cross-attention</source>
        <translation>交叉注意力</translation>
    </message>
    <message>
        <source>layer scale</source>
        <translation>层缩放</translation>
    </message>
    <message>
        <source>hyper-connections</source>
        <translation>超连接</translation>
    </message>
    <message>
        <source>indexer</source>
        <translation>索引器</translation>
    </message>
    <message>
        <source>layer norm</source>
        <translation>层归一化</translation>
    </message>
    <message>
        <source>linear attention</source>
        <translation>线性注意力</translation>
    </message>
    <message>
        <source>Mamba layers</source>
        <translation>Mamba 层</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>pooler</source>
        <translation>池化层</translation>
    </message>
    <message>
        <source>projections</source>
        <translation>投影层</translation>
    </message>
    <message>
        <source>shared experts</source>
        <translation>共享专家</translation>
    </message>
    <message>
        <source>short convolutions</source>
        <translation>短卷积</translation>
    </message>
    <message>
        <source>vision tower</source>
        <translation>视觉塔</translation>
    </message>
    <message>
        <source>weights exact for the format; the forward pass&apos;s activations from the layer graph; runtime overhead ±0.5 GiB</source>
        <translation>权重按格式精确计算；前向传播的激活值由层图得出；运行时开销 ±0.5 GiB</translation>
    </message>
    <message>
        <source>Smaller batch</source>
        <translation>更小的批</translation>
    </message>
    <message>
        <source>Fewer concurrent requests</source>
        <translation>更少的并发请求</translation>
    </message>
    <message>
        <source>Activation checkpointing</source>
        <translation>激活检查点</translation>
    </message>
    <message>
        <source>Offload to CPU</source>
        <translation>卸载到 CPU</translation>
    </message>
    <message>
        <source>More GPUs</source>
        <translation>更多 GPU</translation>
    </message>
    <message>
        <source>Quantized KV cache</source>
        <translation>量化 KV 缓存</translation>
    </message>
    <message>
        <source>Smaller weight format</source>
        <translation>更小的权重格式</translation>
    </message>
    <message>
        <source>Shorter context</source>
        <translation>更短的上下文</translation>
    </message>
    <message>
        <source>Several changes</source>
        <translation>多项改动</translation>
    </message>
    <message>
        <source>fits fully</source>
        <translation>完全放得下</translation>
    </message>
    <message>
        <source>fits partially (offload)</source>
        <translation>部分放得下（卸载）</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <source>images/s</source>
        <translation>图像/s</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <source>layers split over {0} GPUs (llama.cpp)</source>
        <translation>各层分布在 {0} 个 GPU 上（llama.cpp）</translation>
    </message>
    <message>
        <source>one GPU</source>
        <translation>单个 GPU</translation>
    </message>
    <message>
        <source> with ZeRO-{0}</source>
        <translation>，使用 ZeRO-{0}</translation>
    </message>
    <message>
        <source>data parallel × {0}</source>
        <translation>数据并行 × {0}</translation>
    </message>
    <message>
        <source>tensor parallel × {0}</source>
        <translation>张量并行 × {0}</translation>
    </message>
    <message>
        <source>pipeline × {0}</source>
        <translation>流水线 × {0}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>one GPU, no parallelism</source>
        <translation>单个 GPU，无并行</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>已导出 {0}</translation>
    </message>
    <message>
        <source>Chart image copied</source>
        <translation>已复制图表图像</translation>
    </message>
    <message>
        <source>Summary copied as Markdown</source>
        <translation>已复制 Markdown 摘要</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>VRAM breakdown</source>
        <translation>显存构成</translation>
    </message>
    <message>
        <source>Memory vs context length (or batch size)</source>
        <translation>显存与上下文长度（或批大小）</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>CSV of the plotted series</source>
        <translation>绘图数据（CSV）</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>与屏幕一致</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation>输出 token 数</translation>
    </message>
    <message>
        <source>concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>gradient accumulation</source>
        <translation>梯度累积</translation>
    </message>
    <message>
        <source>training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>images per sequence</source>
        <translation>每序列图像数</translation>
    </message>
    <message>
        <source>audio per sequence</source>
        <translation>每序列音频</translation>
    </message>
    <message>
        <source>target load</source>
        <translation>目标负载</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>training precision</source>
        <translation>训练精度</translation>
    </message>
    <message>
        <source>training stack</source>
        <translation>训练框架</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>multi-tensor optimizer step</source>
        <translation>多张量优化器步</translation>
    </message>
    <message>
        <source>adapter dtype</source>
        <translation>适配器精度</translation>
    </message>
    <message>
        <source>activation checkpointing</source>
        <translation>激活检查点</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>注意力实现</translation>
    </message>
    <message>
        <source>fine-tuning</source>
        <translation>微调方式</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA 秩</translation>
    </message>
    <message>
        <source>LoRA targets</source>
        <translation>LoRA 目标层</translation>
    </message>
    <message>
        <source>torch.compile</source>
        <translation>torch.compile</translation>
    </message>
    <message>
        <source>Float8 training</source>
        <translation>Float8 训练</translation>
    </message>
    <message>
        <source>DoRA</source>
        <translation>DoRA</translation>
    </message>
    <message>
        <source>trainable copies</source>
        <translation>可训练副本</translation>
    </message>
    <message>
        <source>virtual tokens</source>
        <translation>虚拟 token 数</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>ZeRO stage</source>
        <translation>ZeRO 阶段</translation>
    </message>
    <message>
        <source>tensor parallelism</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>pipeline parallelism</source>
        <translation>流水线并行</translation>
    </message>
    <message>
        <source>expert parallelism</source>
        <translation>专家并行</translation>
    </message>
    <message>
        <source>context parallelism</source>
        <translation>上下文并行</translation>
    </message>
    <message>
        <source>interleaved pipeline chunks</source>
        <translation>交错流水线块</translation>
    </message>
    <message>
        <source>sequence parallelism</source>
        <translation>序列并行</translation>
    </message>
    <message>
        <source>offload</source>
        <translation>卸载</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>scenario name</source>
        <translation>场景名称</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>parallelism</source>
        <translation>并行设置</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>vLLM memory fraction</source>
        <translation>vLLM 显存占比</translation>
    </message>
    <message>
        <source>llama.cpp micro-batch</source>
        <translation>llama.cpp 微批大小</translation>
    </message>
    <message>
        <source>llama.cpp flash attention</source>
        <translation>llama.cpp 的 FlashAttention</translation>
    </message>
    <message>
        <source>vLLM prefill chunk</source>
        <translation>vLLM 预填充分块</translation>
    </message>
    <message>
        <source>SGLang static memory share</source>
        <translation>SGLang 静态显存比例</translation>
    </message>
    <message>
        <source>SGLang prefill chunk</source>
        <translation>SGLang 预填充分块</translation>
    </message>
    <message>
        <source>SGLang DP attention</source>
        <translation>SGLang DP 注意力</translation>
    </message>
    <message>
        <source>SGLang CUDA-graph batch</source>
        <translation>SGLang CUDA 图批大小</translation>
    </message>
    <message>
        <source>CUDA context</source>
        <translation>CUDA 上下文</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>Ollama context</source>
        <translation>Ollama 上下文</translation>
    </message>
    <message>
        <source>Ollama parallel slots</source>
        <translation>Ollama 并行槽位</translation>
    </message>
    <message>
        <source>speculative decoding</source>
        <translation>推测解码</translation>
    </message>
    <message>
        <source>draft tokens</source>
        <translation>草稿 token 数</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>custom GPU</source>
        <translation>自定义 GPU</translation>
    </message>
    <message>
        <source>price per GPU-hour</source>
        <translation>每 GPU 小时价格</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>训练图像数</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>pick one from the GPU list</source>
        <translation>请从 GPU 列表中选择</translation>
    </message>
    <message>
        <source>pick one from the model list, or import the model&apos;s config.json</source>
        <translation>请从模型列表中选择，或导入该模型的 config.json</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>GPU Sizer scenarios (*.sizing);;All files (*)</source>
        <translation>GPU Sizer 方案 (*.sizing);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them first?</source>
        <translation>“{0}”有尚未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <source>Cannot open “{0}”</source>
        <translation>无法打开“{0}”</translation>
    </message>
    <message>
        <source>GPU Sizer opens .sizing scenarios and imports config.json, model folders, .safetensors and .gguf files.</source>
        <translation>GPU Sizer 可打开 .sizing 方案，并可导入 config.json、模型文件夹、.safetensors 和 .gguf 文件。</translation>
    </message>
    <message>
        <source>{0}: the file is empty</source>
        <translation>{0}：文件是空的</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>FitExplorer</name>
    <message>
        <source>The most that fits</source>
        <translation>最多能放下多少</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Set this GPU count and layout (one undoable edit)</source>
        <translation>设置此 GPU 数量和并行布局（一次可撤销的编辑）</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>Per GPU</source>
        <translation>每个 GPU</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Cost/h</source>
        <translation>每小时费用</translation>
    </message>
    <message>
        <source>Weight format</source>
        <translation>权重格式</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>每权重位数</translation>
    </message>
    <message>
        <source>On this GPU</source>
        <translation>在此 GPU 上</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Weight formats</source>
        <translation>权重格式</translation>
    </message>
    <message>
        <source>Use the selected row</source>
        <translation>使用选中的行</translation>
    </message>
    <message>
        <source>Or double-click a row. One undoable edit.</source>
        <translation>或双击一行。一次可撤销的编辑。</translation>
    </message>
    <message>
        <source>Double-click a row to use it; click a column header to sort.</source>
        <translation>双击一行即可使用；单击列标题可排序。</translation>
    </message>
    <message>
        <source>Computing what fits…</source>
        <translation>正在计算能放下什么…</translation>
    </message>
    <message>
        <source>No answer for this scenario: {0}</source>
        <translation>此方案没有结果：{0}</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>{0} on {1} × {2}: {3} ({4} of {5} per GPU).</source>
        <translation>{0}，{1} × {2}：{3}（每个 GPU {4} / {5}）。</translation>
    </message>
    <message>
        <source>none — not even the {0} {1} fit</source>
        <translation>无 —— 连 {0} 个{1} 都放不下</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>最长上下文</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} 个 token</translation>
    </message>
    <message>
        <source>, of which {0} {1} ({2} for text)</source>
        <translation>，其中 {0} 个{1}（文本 {2} 个）</translation>
    </message>
    <message>
        <source>{0} images</source>
        <translation>{0} 张图像</translation>
    </message>
    <message>
        <source>{0} sequences</source>
        <translation>{0} 个序列</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>最大批</translation>
    </message>
    <message>
        <source>Most concurrent requests</source>
        <translation>最多并发请求</translation>
    </message>
    <message>
        <source>{0} requests</source>
        <translation>{0} 个请求</translation>
    </message>
    <message>
        <source>{0} × {1} ({2}): {3} per GPU, headroom {4}</source>
        <translation>{0} × {1}（{2}）：每个 GPU {3}，余量 {4}</translation>
    </message>
    <message>
        <source>none up to {0} GPUs</source>
        <translation>直到 {0} 个 GPU 都放不下</translation>
    </message>
    <message>
        <source>Fewest GPUs</source>
        <translation>最少 GPU 数</translation>
    </message>
    <message>
        <source>none fits</source>
        <translation>都放不下</translation>
    </message>
    <message>
        <source>Speed ({0})</source>
        <translation>速度（{0}）</translation>
    </message>
    <message>
        <source>✔ fits</source>
        <translation>✔ 放得下</translation>
    </message>
    <message>
        <source>✖ no</source>
        <translation>✖ 否</translation>
    </message>
    <message>
        <source>{0} per GPU-hour; source: {1}</source>
        <translation>每 GPU 小时 {0}；来源：{1}</translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>使用 {0}</translation>
    </message>
    <message>
        <source>Use weight format {0}</source>
        <translation>使用权重格式 {0}</translation>
    </message>
    <message>
        <source>Use {0} GPUs</source>
        <translation>使用 {0} 个 GPU</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{0} ms</source>
        <translation>{0} 毫秒</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>{0} ({1} bytes)</source>
        <translation>{0}（{1} 字节）</translation>
    </message>
</context>
<context>
    <name>GpuFlopsDialog</name>
    <message>
        <source>GPU FLOP/s from cores × clock</source>
        <translation>由核心数 × 频率计算 GPU FLOP/s</translation>
    </message>
</context>
<context>
    <name>GpuFlopsFields</name>
    <message>
        <source>Shader / CUDA cores (stream processors) of the whole GPU</source>
        <translation>整块 GPU 的着色器 / CUDA 核心（流处理器）数</translation>
    </message>
    <message>
        <source>Boost clock</source>
        <translation>加速频率</translation>
    </message>
    <message>
        <source>FLOPs per core per clock: 2 for one fused multiply-add (a·b + c); tensor cores do far more</source>
        <translation>每核心每时钟的 FLOPs：一次融合乘加（a·b + c）为 2；张量核心远多于此</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>核心数</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>FLOPs per core per cycle</source>
        <translation>每核心每周期 FLOPs</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>{0} TFLOP/s</source>
        <translation>{0} TFLOP/s</translation>
    </message>
    <message>
        <source>Peak FLOP/s</source>
        <translation>峰值 FLOP/s</translation>
    </message>
</context>
<context>
    <name>GpuPicker</name>
    <message>
        <source>data centre</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>消费级</translation>
    </message>
    <message>
        <source>Apple silicon</source>
        <translation>Apple 芯片</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>{0} bytes usable</source>
        <translation>可用 {0} 字节</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation>（推算）</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Search {0} GPUs…</source>
        <translation>搜索 {0} 款 GPU…</translation>
    </message>
    <message>
        <source>GPUs in total (data × tensor × pipeline parallel)</source>
        <translation>GPU 总数（数据 × 张量 × 流水线并行）</translation>
    </message>
    <message>
        <source>Custom GPU…</source>
        <translation>自定义 GPU…</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Change GPU to {0}</source>
        <translation>将 GPU 改为 {0}</translation>
    </message>
    <message>
        <source>Use a custom GPU</source>
        <translation>使用自定义 GPU</translation>
    </message>
    <message>
        <source> (derived from the advertised size)</source>
        <translation>（由标称容量推算）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}, {2} usable{3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; —— {1}，可用 {2}{3}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Size a model in a minute&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Model&lt;/b&gt;: search the presets (“llama 8b”), or Import… a config.json, a model folder, a .safetensors or .gguf file, or fetch a config with “From Hub…”.&lt;/li&gt;&lt;li&gt;&lt;b&gt;GPU&lt;/b&gt;: search the catalogue (“4090”), set how many, or describe one with “Custom GPU…”.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Workload&lt;/b&gt;: inference or training, batch, context length; type a number and press Enter (or Tab): each value you enter is one step in Edit ▸ Undo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Precision&lt;/b&gt;: how the weights and the KV cache are stored; for training the optimizer, LoRA or QLoRA, gradient checkpointing.&lt;/li&gt;&lt;li&gt;Read the &lt;b&gt;answer&lt;/b&gt; at the top right: whether it fits, the headroom, the largest context or batch that fits, the speed.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Charts&lt;/h3&gt;&lt;p&gt;The breakdown shows where the memory goes at the peak; the second chart shows memory against the context length (or the batch size). Rest the pointer on a bar or a curve to see the formula and its inputs. Right-click a chart to export it or copy it.&lt;/p&gt;&lt;h3&gt;Files&lt;/h3&gt;&lt;p&gt;File ▸ Save keeps the scenario in a .sizing file; drop a .sizing or a model file on the window to open it. Edit ▸ Copy summary puts a Markdown summary on the clipboard.&lt;/p&gt;&lt;h3&gt;How exact?&lt;/h3&gt;&lt;p&gt;Weights and the KV cache are counted exactly for their format; activations, framework overheads and speed are estimates, and the answer&apos;s last line says how far off they were measured to be; the Accuracy tab lists each measurement the estimates are held to and how far off they are. The same figures come from the command line: &lt;code&gt;sizing --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一分钟估算一个模型&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;模型&lt;/b&gt;：搜索预设（“llama 8b”），或通过“导入…”选择 config.json、模型文件夹、.safetensors 或 .gguf 文件，也可以“从 Hub…”获取配置。&lt;/li&gt;&lt;li&gt;&lt;b&gt;GPU&lt;/b&gt;：搜索目录（“4090”），设置数量，或通过“自定义 GPU…”描述一块显卡。&lt;/li&gt;&lt;li&gt;&lt;b&gt;工作负载&lt;/b&gt;：推理或训练、批大小、上下文长度；输入数字后按回车（或 Tab）：每次输入的值都是“编辑 ▸ 撤销”中的一步。&lt;/li&gt;&lt;li&gt;&lt;b&gt;精度&lt;/b&gt;：权重和 KV 缓存的存储格式；训练时还有优化器、LoRA 或 QLoRA、梯度检查点。&lt;/li&gt;&lt;li&gt;在右上方查看&lt;b&gt;结论&lt;/b&gt;：是否放得下、余量、能放下的最长上下文或最大批、速度。&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;图表&lt;/h3&gt;&lt;p&gt;分解图显示峰值时显存的去向；第二张图显示显存随上下文长度（或批大小）的变化。把指针停在柱条或曲线上，可以看到公式及其输入。右键单击图表可导出或复制。&lt;/p&gt;&lt;h3&gt;文件&lt;/h3&gt;&lt;p&gt;“文件 ▸ 保存”把方案存为 .sizing 文件；把 .sizing 或模型文件拖到窗口上即可打开。“编辑 ▸ 复制摘要”把 Markdown 摘要放到剪贴板。&lt;/p&gt;&lt;h3&gt;有多准？&lt;/h3&gt;&lt;p&gt;权重和 KV 缓存按其格式精确计算；激活、框架开销和速度是估计值，结论的最后一行给出实测的误差范围。“准确度”页列出估计所对照的每项实测及其误差。命令行给出同样的数字：&lt;code&gt;sizing --help&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确度</translation>
    </message>
    <message>
        <source>Memory estimates against measurements: PyTorch&apos;s own allocations (MemTracker runs) and published GPU measurements. Each row is one reference; the errors are the estimate&apos;s distance from the measured value. From the project&apos;s source code, &lt;code&gt;python -m bench.accuracy&lt;/code&gt; prints every case (the installed app has no command for it).</source>
        <translation>显存估算与实测的对照：PyTorch 自身的分配量（MemTracker 运行）和公开的 GPU 实测数据。每行是一个参照来源；误差是估算值与实测值之间的差距。在项目源码中运行 &lt;code&gt;python -m bench.accuracy&lt;/code&gt; 可列出每个案例（安装的应用中没有对应的命令）。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照来源</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案例数</translation>
    </message>
    <message>
        <source>Median abs. error</source>
        <translation>绝对误差中位数</translation>
    </message>
    <message>
        <source>Max abs. error</source>
        <translation>最大绝对误差</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Model files (*.json *.gguf *.safetensors);;All files (*)</source>
        <translation>模型文件 (*.json *.gguf *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import model folder</source>
        <translation>导入模型文件夹</translation>
    </message>
    <message>
        <source>From Hub</source>
        <translation>从 Hub 获取</translation>
    </message>
    <message>
        <source>Hugging Face model id (organisation/name):</source>
        <translation>Hugging Face 模型 ID（组织/名称）：</translation>
    </message>
    <message>
        <source>Fetching {0} from the Hugging Face Hub…</source>
        <translation>正在从 Hugging Face Hub 获取 {0}…</translation>
    </message>
    <message>
        <source>Model from the Hub</source>
        <translation>从 Hub 获取模型</translation>
    </message>
    <message>
        <source>The Hugging Face Hub did not answer within {0} s. Check the network connection (or a proxy), then try again; a model already in the local Hugging Face cache can be imported from its folder with File ▸ Import model folder.</source>
        <translation>Hugging Face Hub 在 {0} 秒内没有响应。请检查网络连接（或代理）后重试；已在本地 Hugging Face 缓存中的模型可以通过“文件 ▸ 导入模型文件夹”从其文件夹导入。</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing model</source>
        <translation>正在导入模型</translation>
    </message>
    <message>
        <source>Cannot import the model</source>
        <translation>无法导入模型</translation>
    </message>
</context>
<context>
    <name>LayerTable</name>
    <message>
        <source>convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>max pool</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>average pool</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <source>adaptive average pool</source>
        <translation>自适应平均池化</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>全连接</translation>
    </message>
    <message>
        <source>add (residual)</source>
        <translation>相加（残差）</translation>
    </message>
    <message>
        <source>concatenate</source>
        <translation>拼接</translation>
    </message>
    <message>
        <source>flatten</source>
        <translation>展平</translation>
    </message>
    <message>
        <source>multiply</source>
        <translation>相乘</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>channel shuffle</source>
        <translation>通道重排</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>space to depth</source>
        <translation>空间到深度</translation>
    </message>
    <message>
        <source>patch embedding</source>
        <translation>图块嵌入</translation>
    </message>
    <message>
        <source>encoder block</source>
        <translation>编码器块</translation>
    </message>
    <message>
        <source>classifier head</source>
        <translation>分类头</translation>
    </message>
</context>
<context>
    <name>LayerTableDialog</name>
    <message>
        <source>Layer table</source>
        <translation>逐层表</translation>
    </message>
    <message>
        <source>Element type of the activations (bytes per stored value)</source>
        <translation>激活值的元素类型（每个存储值的字节数）</translation>
    </message>
    <message>
        <source>as in the scenario, or e.g. 224x320</source>
        <translation>与场景相同，或如 224x320</translation>
    </message>
    <message>
        <source>Input side in pixels, or height × width for a rectangular image</source>
        <translation>输入边长（像素），矩形图像则为高 × 宽</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <source>Activations in</source>
        <translation>激活值类型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>细节</translation>
    </message>
    <message>
        <source>Output (C×H×W)</source>
        <translation>输出（C×H×W）</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
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
        <translation>复制为 CSV</translation>
    </message>
    <message>
        <source>Every row and the totals, plain integers, for a spreadsheet</source>
        <translation>所有行和合计，纯整数，便于粘贴到电子表格</translation>
    </message>
    <message>
        <source>{0}: {1}×{2} px, batch {3}</source>
        <translation>{0}：{1}×{2} 像素，批大小 {3}</translation>
    </message>
    <message>
        <source>{0} parameters, {1} MACs = {2} FLOPs, activations {3}</source>
        <translation>{0} 参数，{1} MACs = {2} FLOPs，激活值 {3}</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>What fits</source>
        <translation>能放下什么</translation>
    </message>
    <message>
        <source>The largest context and batch, the fewest GPUs, every GPU and weight format, ways to fit</source>
        <translation>最长上下文和最大批、最少 GPU 数、每种 GPU 和权重格式、放得下的办法</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>The document&apos;s scenarios side by side: totals, components, fit, and their memory curves</source>
        <translation>文档中各方案并列对比：合计、各组成部分、能否放下，以及显存曲线</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import model file…</source>
        <translation>导入模型文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import model &amp;folder…</source>
        <translation>导入模型文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Model from &amp;Hub…</source>
        <translation>从 Hub 获取模型(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;comparison…</source>
        <translation>导出方案对比(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy summary (Markdown)</source>
        <translation>复制摘要（Markdown）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;What fits (fit explorer)</source>
        <translation>能放下什么（容量探索）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios</source>
        <translation>方案对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next scenario</source>
        <translation>下一个方案(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous scenario</source>
        <translation>上一个方案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add scenario (a copy of this one)</source>
        <translation>添加方案（复制当前方案）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About GPU Sizer</source>
        <translation>关于 GPU Sizer(&amp;A)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>About GPU Sizer</source>
        <translation>关于 GPU Sizer</translation>
    </message>
    <message>
        <source>&lt;b&gt;GPU Sizer {0}&lt;/b&gt;&lt;p&gt;What GPU memory, compute and time a deep-learning model needs.&lt;/p&gt;&lt;p&gt;Every figure&apos;s tooltip shows its formula and inputs. Help ▸ User guide shows how to use it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;GPU Sizer {0}&lt;/b&gt;&lt;p&gt;估算深度学习模型需要多少 GPU 显存、算力和时间。&lt;/p&gt;&lt;p&gt;每个数字的提示都显示其公式和输入。“帮助 ▸ 用户指南”介绍用法。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>image and audio tokens</source>
        <translation>图像和音频 token</translation>
    </message>
    <message>
        <source>audio tokens</source>
        <translation>音频 token</translation>
    </message>
    <message>
        <source>image tokens</source>
        <translation>图像 token</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>vision-language</source>
        <translation>视觉语言</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>encoder-decoder</source>
        <translation>编码器-解码器</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>state-space</source>
        <translation>状态空间</translation>
    </message>
    <message>
        <source>{0} parameters</source>
        <translation>{0} 个参数</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Search {0} models…</source>
        <translation>搜索 {0} 个模型…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>A config.json, a model folder, a .safetensors or a .gguf file</source>
        <translation>config.json、模型文件夹、.safetensors 或 .gguf 文件</translation>
    </message>
    <message>
        <source>From Hub…</source>
        <translation>从 Hub 获取…</translation>
    </message>
    <message>
        <source>A Hugging Face model id such as meta-llama/Llama-3.1-8B</source>
        <translation>Hugging Face 模型 ID，例如 meta-llama/Llama-3.1-8B</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source> · up to {0} tokens</source>
        <translation> · 最长 {0} 个 token</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>个参数</translation>
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
        <translation>FP8（E4M3，逐张量缩放）</translation>
    </message>
    <message>
        <source>INT8 (bitsandbytes LLM.int8)</source>
        <translation>INT8（bitsandbytes LLM.int8）</translation>
    </message>
    <message>
        <source>NF4 (bitsandbytes, double quantization)</source>
        <translation>NF4（bitsandbytes，双重量化）</translation>
    </message>
    <message>
        <source>NF4 (bitsandbytes, no double quantization)</source>
        <translation>NF4（bitsandbytes，无双重量化）</translation>
    </message>
    <message>
        <source>FP4 (bitsandbytes load_in_4bit default)</source>
        <translation>FP4（bitsandbytes load_in_4bit 默认）</translation>
    </message>
    <message>
        <source>INT4 (GPTQ/AWQ layout, group 128)</source>
        <translation>INT4（GPTQ/AWQ 布局，每组 128）</translation>
    </message>
    <message>
        <source>GPTQ INT4 (group 128, act-order index)</source>
        <translation>GPTQ INT4（每组 128，激活顺序索引）</translation>
    </message>
    <message>
        <source>GPTQ INT8 (group 128)</source>
        <translation>GPTQ INT8（每组 128）</translation>
    </message>
    <message>
        <source>AWQ INT4 (group 128)</source>
        <translation>AWQ INT4（每组 128）</translation>
    </message>
    <message>
        <source>EXL2 4.0 bpw</source>
        <translation>EXL2 每权重 4.0 位</translation>
    </message>
    <message>
        <source>EXL2 5.0 bpw</source>
        <translation>EXL2 每权重 5.0 位</translation>
    </message>
    <message>
        <source>EXL2 6.0 bpw</source>
        <translation>EXL2 每权重 6.0 位</translation>
    </message>
    <message>
        <source>EXL2 8.0 bpw</source>
        <translation>EXL2 每权重 8.0 位</translation>
    </message>
    <message>
        <source>EXL3 2.0 bpw</source>
        <translation>EXL3 每权重 2.0 位</translation>
    </message>
    <message>
        <source>EXL3 3.0 bpw</source>
        <translation>EXL3 每权重 3.0 位</translation>
    </message>
    <message>
        <source>EXL3 4.0 bpw</source>
        <translation>EXL3 每权重 4.0 位</translation>
    </message>
    <message>
        <source>EXL3 5.0 bpw</source>
        <translation>EXL3 每权重 5.0 位</translation>
    </message>
    <message>
        <source>EXL3 6.0 bpw</source>
        <translation>EXL3 每权重 6.0 位</translation>
    </message>
    <message>
        <source>EXL3 8.0 bpw</source>
        <translation>EXL3 每权重 8.0 位</translation>
    </message>
    <message>
        <source>FP8 (E4M3, 128×128 block scales)</source>
        <translation>FP8（E4M3，128×128 分块缩放）</translation>
    </message>
    <message>
        <source>MXFP4 (experts only, E2M1 + E8M0 scale per 32)</source>
        <translation>MXFP4（仅专家，E2M1 + 每 32 个值一个 E8M0 缩放）</translation>
    </message>
    <message>
        <source>NVFP4 (E2M1 + FP8 scale per 16)</source>
        <translation>NVFP4（E2M1 + 每 16 个值一个 FP8 缩放）</translation>
    </message>
    <message>
        <source>INT4 (group 32, compressed-tensors pack-quantized)</source>
        <translation>INT4（每组 32，compressed-tensors 打包量化）</translation>
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
        <translation>PyTorch FSDP2（torchtitan）</translation>
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
        <translation>1B，视觉</translation>
    </message>
    <message>
        <source>2.5B, SigLIP-style vision, attention-pooling connector</source>
        <translation>2.5B，SigLIP 式视觉编码器，注意力池化连接器</translation>
    </message>
    <message>
        <source>2503, Pixtral vision</source>
        <translation>2503，Pixtral 视觉编码器</translation>
    </message>
    <message>
        <source>2507, Whisper-style audio encoder</source>
        <translation>2507，Whisper 式音频编码器</translation>
    </message>
    <message>
        <source>2512, Pixtral vision</source>
        <translation>2512，Pixtral 视觉编码器</translation>
    </message>
    <message>
        <source>910B1-B4 family</source>
        <translation>910B1-B4 系列</translation>
    </message>
    <message>
        <source>HGX, per GPU</source>
        <translation>HGX，每 GPU</translation>
    </message>
    <message>
        <source>HGX/DGX, per GPU</source>
        <translation>HGX/DGX，每 GPU</translation>
    </message>
    <message>
        <source>ImageNet-21k, no classifier</source>
        <translation>ImageNet-21k，无分类头</translation>
    </message>
    <message>
        <source>InternViT-300M, Qwen3 text</source>
        <translation>InternViT-300M，Qwen3 文本模型</translation>
    </message>
    <message>
        <source>Mamba-2 hybrid</source>
        <translation>Mamba-2 混合</translation>
    </message>
    <message>
        <source>Mamba-2 hybrid MoE</source>
        <translation>Mamba-2 混合 MoE</translation>
    </message>
    <message>
        <source>Mamba-2 hybrid, latent MoE</source>
        <translation>Mamba-2 混合，潜空间 MoE</translation>
    </message>
    <message>
        <source>MoE beside dense MLP, vision</source>
        <translation>MoE 与稠密 MLP 并行，视觉</translation>
    </message>
    <message>
        <source>MoE, MLA, MoonViT vision</source>
        <translation>MoE，MLA，MoonViT 视觉编码器</translation>
    </message>
    <message>
        <source>MoE, MLA, sparse attention</source>
        <translation>MoE，MLA，稀疏注意力</translation>
    </message>
    <message>
        <source>MoE, MXFP4 experts</source>
        <translation>MoE，MXFP4 专家</translation>
    </message>
    <message>
        <source>MoE, compressed attention</source>
        <translation>MoE，压缩注意力</translation>
    </message>
    <message>
        <source>MoE, sliding + full attention</source>
        <translation>MoE，滑动窗口 + 全局注意力</translation>
    </message>
    <message>
        <source>MoE, sliding + full attention, FP8</source>
        <translation>MoE，滑动窗口 + 全局注意力，FP8</translation>
    </message>
    <message>
        <source>MoE, vision</source>
        <translation>MoE，视觉</translation>
    </message>
    <message>
        <source>NVFP4, vision</source>
        <translation>NVFP4，视觉</translation>
    </message>
    <message>
        <source>Pixtral vision, Qwen3 text</source>
        <translation>Pixtral 视觉编码器，Qwen3 文本模型</translation>
    </message>
    <message>
        <source>SigLIP vision</source>
        <translation>SigLIP 视觉编码器</translation>
    </message>
    <message>
        <source>attention ∥ Mamba-2</source>
        <translation>注意力 ∥ Mamba-2</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>conv hybrid</source>
        <translation>卷积混合</translation>
    </message>
    <message>
        <source>conv hybrid, SigLIP2 vision</source>
        <translation>卷积混合，SigLIP2 视觉编码器</translation>
    </message>
    <message>
        <source>gated attention, vision</source>
        <translation>门控注意力，视觉</translation>
    </message>
    <message>
        <source>hybrid MoE</source>
        <translation>混合 MoE</translation>
    </message>
    <message>
        <source>hybrid MoE, text</source>
        <translation>混合 MoE，文本</translation>
    </message>
    <message>
        <source>hybrid MoE, vision</source>
        <translation>混合 MoE，视觉</translation>
    </message>
    <message>
        <source>hybrid, vision</source>
        <translation>混合，视觉</translation>
    </message>
    <message>
        <source>instruct</source>
        <translation>指令微调</translation>
    </message>
    <message>
        <source>per Blackwell GPU in NVL72</source>
        <translation>NVL72 中每颗 Blackwell GPU</translation>
    </message>
    <message>
        <source>per GPU</source>
        <translation>每 GPU</translation>
    </message>
    <message>
        <source>per GPU; 4 GPUs per board</source>
        <translation>每 GPU；每块板卡 4 个 GPU</translation>
    </message>
    <message>
        <source>per chip</source>
        <translation>每芯片</translation>
    </message>
    <message>
        <source>sliding + full attention</source>
        <translation>滑动窗口 + 全局注意力</translation>
    </message>
    <message>
        <source>sliding + full attention, vision</source>
        <translation>滑动窗口 + 全局注意力，视觉</translation>
    </message>
    <message>
        <source>torchvision</source>
        <translation>torchvision</translation>
    </message>
    <message>
        <source>uncased</source>
        <translation>不区分大小写</translation>
    </message>
    <message>
        <source>up to 128GB</source>
        <translation>最高 128GB</translation>
    </message>
    <message>
        <source>up to 192GB</source>
        <translation>最高 192GB</translation>
    </message>
    <message>
        <source>up to 512GB</source>
        <translation>最高 512GB</translation>
    </message>
    <message>
        <source>up to 64GB</source>
        <translation>最高 64GB</translation>
    </message>
    <message>
        <source>up to 96GB</source>
        <translation>最高 96GB</translation>
    </message>
    <message>
        <source>vision, audio</source>
        <translation>视觉，音频</translation>
    </message>
</context>
<context>
    <name>ParallelismPanel</name>
    <message>
        <source>Parallelism</source>
        <translation>并行</translation>
    </message>
    <message>
        <source>Tensor parallel: each layer&apos;s matrices split across this many GPUs</source>
        <translation>张量并行：每层的矩阵切分到这么多个 GPU 上</translation>
    </message>
    <message>
        <source>Pipeline parallel: the layers split into this many stages</source>
        <translation>流水线并行：将各层划分为这么多个阶段</translation>
    </message>
    <message>
        <source>Expert parallel: each MoE layer&apos;s experts split over this many of the data-parallel GPUs, each holding num_experts ÷ EP of them; tokens travel to their experts and back (all-to-all)</source>
        <translation>专家并行：每个 MoE 层的专家分布到这么多个数据并行 GPU 上，每个 GPU 持有 num_experts ÷ EP 个专家；token 被发送到其专家再返回（all-to-all）</translation>
    </message>
    <message>
        <source>Context parallel: each sequence split over this many of the data-parallel GPUs, attention computed ring-wise (torchtitan, Megatron)</source>
        <translation>上下文并行：每个序列切分到这么多个数据并行 GPU 上，注意力以环形方式计算（torchtitan、Megatron）</translation>
    </message>
    <message>
        <source>Model chunks per pipeline GPU: 1 = the 1F1B schedule; more = interleaved 1F1B, whose first GPU holds pp + (pp − 1) / v micro-batches&apos; activations and whose last GPU holds pp − (pp − 1) / v</source>
        <translation>每个流水线 GPU 的模型块数：1 = 1F1B 调度；更多 = 交错 1F1B，其第一个 GPU 持有 pp + (pp − 1) / v 个微批的激活，最后一个 GPU 持有 pp − (pp − 1) / v 个</translation>
    </message>
    <message>
        <source>Stack default</source>
        <translation>框架默认</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Sequence parallel (Megatron --sequence-parallel, torchtitan&apos;s TP plan): under tensor parallelism the norm, dropout and residual activations are split along the sequence over the tensor-parallel GPUs instead of held whole on each; only stacks that have it can turn it on</source>
        <translation>序列并行（Megatron --sequence-parallel、torchtitan 的张量并行方案）：在张量并行下，归一化、dropout 和残差的激活沿序列维度切分到各张量并行 GPU 上，而不是每个 GPU 都保存完整副本；只有支持它的训练框架才能开启</translation>
    </message>
    <message>
        <source>Off (plain data parallel)</source>
        <translation>关闭（普通数据并行）</translation>
    </message>
    <message>
        <source>ZeRO-1: optimizer states</source>
        <translation>ZeRO-1：优化器状态</translation>
    </message>
    <message>
        <source>ZeRO-2: + gradients</source>
        <translation>ZeRO-2：+ 梯度</translation>
    </message>
    <message>
        <source>ZeRO-3 / FSDP: + parameters</source>
        <translation>ZeRO-3 / FSDP：+ 参数</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Optimizer states to CPU</source>
        <translation>优化器状态卸载到 CPU</translation>
    </message>
    <message>
        <source>Optimizer and parameters to CPU</source>
        <translation>优化器和参数卸载到 CPU</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>Pipeline parallel</source>
        <translation>流水线并行</translation>
    </message>
    <message>
        <source>Interleaved chunks</source>
        <translation>交错块数</translation>
    </message>
    <message>
        <source>Expert parallel</source>
        <translation>专家并行</translation>
    </message>
    <message>
        <source>Context parallel</source>
        <translation>上下文并行</translation>
    </message>
    <message>
        <source>Sequence parallel</source>
        <translation>序列并行</translation>
    </message>
    <message>
        <source>Data parallel</source>
        <translation>数据并行</translation>
    </message>
    <message>
        <source>ZeRO</source>
        <translation>ZeRO</translation>
    </message>
    <message>
        <source>Sharding</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Offload</source>
        <translation>卸载</translation>
    </message>
    <message>
        <source>{0} (= {1} GPUs ÷ tensor {2} ÷ pipeline {3})</source>
        <translation>{0}（= {1} 个 GPU ÷ 张量 {2} ÷ 流水线 {3}）</translation>
    </message>
    <message>
        <source>experts split over {0} of them</source>
        <translation>专家分布在其中 {0} 个上</translation>
    </message>
    <message>
        <source>each sequence split over {0} of them</source>
        <translation>每个序列切分到其中 {0} 个上</translation>
    </message>
    <message>
        <source>{0} shards parameters, gradients and optimizer states by itself</source>
        <translation>{0} 自行对参数、梯度和优化器状态分片</translation>
    </message>
    <message>
        <source>{0} shards the fp32 master weights and optimizer states over the data-parallel GPUs</source>
        <translation>{0} 将 fp32 主权重和优化器状态分片到各数据并行 GPU 上</translation>
    </message>
    <message>
        <source>{0} has no sequence parallelism; the stacks that have it: {1}</source>
        <translation>{0} 没有序列并行；具备它的框架：{1}</translation>
    </message>
</context>
<context>
    <name>PrecisionPanel</name>
    <message>
        <source>fp32 parameters under torch.autocast; torch&apos;s AdamW (foreach: a parameter-sized temporary at the step); fp32 logits for the loss. With ZeRO, DeepSpeed&apos;s integration keeps 16-bit parameters.</source>
        <translation>torch.autocast 下的 fp32 参数；torch 的 AdamW（foreach：更新时有一个参数大小的临时缓冲）；损失使用 fp32 logits。启用 ZeRO 时，DeepSpeed 集成保存 16 位参数。</translation>
    </message>
    <message>
        <source>16-bit parameters and gradients; fp32 master weights and Adam states in the ZeRO-partitioned optimizer; fused Adam updates in place (no foreach temporary); contiguous gradient buckets.</source>
        <translation>16 位参数和梯度；fp32 主权重和 Adam 状态位于按 ZeRO 分区的优化器中；融合 Adam 原地更新（没有 foreach 临时缓冲）；连续的梯度桶。</translation>
    </message>
    <message>
        <source>Shards parameters, gradients and optimizer states over every data-parallel rank by itself (ZeRO-3 semantics), gathering 16-bit copies one block at a time; sequence and loss parallel under tensor parallelism.</source>
        <translation>自行将参数、梯度和优化器状态分片到每个数据并行 rank（ZeRO-3 语义），每次收集一个块的 16 位副本；张量并行时使用序列并行和损失并行。</translation>
    </message>
    <message>
        <source>bf16 parameters, one contiguous fp32 main_grad buffer, fp32 master weights and Adam states sharded over data parallel (distributed optimizer); Megatron&apos;s fused kernels; sequence parallel under tensor parallelism.</source>
        <translation>bf16 参数、一个连续的 fp32 main_grad 缓冲、按数据并行分片的 fp32 主权重和 Adam 状态（分布式优化器）；Megatron 的融合内核；张量并行时使用序列并行。</translation>
    </message>
    <message>
        <source>Cross-entropy over 8 chunks of the logits, each upcast to fp32 on its own; fused AdamW (no foreach temporary); FSDP2 sharding when distributed.</source>
        <translation>交叉熵分 8 块计算 logits，每块单独转为 fp32；融合 AdamW（没有 foreach 临时缓冲）；分布式时使用 FSDP2 分片。</translation>
    </message>
    <message>
        <source>Hugging Face Trainer with Liger&apos;s fused linear cross-entropy: lm_head and the loss chunk by chunk, never the whole logits.</source>
        <translation>Hugging Face Trainer 搭配 Liger 的融合线性交叉熵：lm_head 和损失逐块计算，从不生成完整的 logits。</translation>
    </message>
    <message>
        <source>Checkpointed layer inputs offloaded to CPU memory; cut cross-entropy: never the whole logits.</source>
        <translation>检查点保存的层输入卸载到 CPU 内存；裁剪交叉熵（cut cross-entropy）：从不生成完整的 logits。</translation>
    </message>
    <message>
        <source>Modelled from: {0}</source>
        <translation>依据：{0}</translation>
    </message>
    <message>
        <source>Floating point</source>
        <translation>浮点</translation>
    </message>
    <message>
        <source>GGUF (llama.cpp)</source>
        <translation>GGUF（llama.cpp）</translation>
    </message>
    <message>
        <source>{0} · {1} bit</source>
        <translation>{0} · {1} 位</translation>
    </message>
    <message>
        <source>Precision &amp;&amp; optimizer</source>
        <translation>精度与优化器</translation>
    </message>
    <message>
        <source>How the model&apos;s weights are stored on the GPU</source>
        <translation>模型权重在 GPU 上的存储格式</translation>
    </message>
    <message>
        <source>Mixed bf16 (fp32 master weights)</source>
        <translation>混合 bf16（fp32 主权重）</translation>
    </message>
    <message>
        <source>Mixed fp16 (fp32 master weights)</source>
        <translation>混合 fp16（fp32 主权重）</translation>
    </message>
    <message>
        <source>Pure bf16</source>
        <translation>纯 bf16</translation>
    </message>
    <message>
        <source>Pure fp16</source>
        <translation>纯 fp16</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>AdamW 8-bit</source>
        <translation>AdamW 8 位</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <source>Full (all weights)</source>
        <translation>全参数（所有权重）</translation>
    </message>
    <message>
        <source>QLoRA (4-bit base)</source>
        <translation>QLoRA（4 位基座）</translation>
    </message>
    <message>
        <source>Prefix tuning</source>
        <translation>前缀微调</translation>
    </message>
    <message>
        <source>peft prefix tuning: trainable keys and values for virtual tokens in every layer; the base is frozen</source>
        <translation>peft 前缀微调：每层为虚拟 token 提供可训练的键和值；基座冻结</translation>
    </message>
    <message>
        <source>peft P-tuning: virtual-token embeddings from an MLP prompt encoder, prepended to every sequence</source>
        <translation>peft P-tuning：由 MLP 提示编码器生成的虚拟 token 嵌入，拼接在每条序列之前</translation>
    </message>
    <message>
        <source>DoRA (weight-decomposed)</source>
        <translation>DoRA（权重分解）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Token embeddings</source>
        <translation>词嵌入</translation>
    </message>
    <message>
        <source>Embeddings and lm_head</source>
        <translation>词嵌入和 lm_head</translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation>所有线性层</translation>
    </message>
    <message>
        <source>Attention projections</source>
        <translation>注意力投影层</translation>
    </message>
    <message>
        <source>None (store every activation)</source>
        <translation>无（保存全部激活）</translation>
    </message>
    <message>
        <source>Selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <source>Full (every layer)</source>
        <translation>完全（每一层）</translation>
    </message>
    <message>
        <source>Every activation the backward pass needs stays in memory</source>
        <translation>反向传播所需的全部激活都保留在显存中</translation>
    </message>
    <message>
        <source>Only each layer&apos;s input is kept; the whole layer is recomputed in the backward pass</source>
        <translation>只保留每层的输入；反向传播时重新计算整层</translation>
    </message>
    <message>
        <source>Multi-tensor (foreach) step</source>
        <translation>多张量（foreach）更新</translation>
    </message>
    <message>
        <source>torch.optim&apos;s default on CUDA: the step works on all tensors at once and needs a temporary the size of the parameters; off = one tensor at a time (foreach=False)</source>
        <translation>torch.optim 在 CUDA 上的默认方式：一次处理所有张量，需要一个与参数同样大小的临时缓冲；关闭 = 逐个张量更新（foreach=False）</translation>
    </message>
    <message>
        <source>fp32 (PEFT default)</source>
        <translation>fp32（PEFT 默认）</translation>
    </message>
    <message>
        <source>PEFT keeps LoRA adapters in fp32 (autocast_adapter_dtype=True); bf16 halves them</source>
        <translation>PEFT 默认以 fp32 保存 LoRA 适配器（autocast_adapter_dtype=True）；bf16 减半</translation>
    </message>
    <message>
        <source>Off (eager)</source>
        <translation>关（eager 模式）</translation>
    </message>
    <message>
        <source>Each block</source>
        <translation>逐块</translation>
    </message>
    <message>
        <source>Each block and the loss</source>
        <translation>逐块及损失函数</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Float8 linear layers</source>
        <translation>Float8 线性层</translation>
    </message>
    <message>
        <source>Float8 linears and all-gathers</source>
        <translation>Float8 线性层与 all-gather</translation>
    </message>
    <message>
        <source>torchtitan&apos;s Float8 training (--model.converters float8): under its checkpointing the saved activations stay 16-bit; with the FSDP float8 all-gather the blocks&apos; weights are gathered in 1 byte each</source>
        <translation>torchtitan 的 Float8 训练：在其激活检查点下保存的激活仍为 16 位；启用 FSDP 的 Float8 all-gather 时，各块权重以每个 1 字节收集</translation>
    </message>
    <message>
        <source>Trainable copies</source>
        <translation>可训练副本</translation>
    </message>
    <message>
        <source>Virtual tokens</source>
        <translation>虚拟 token 数</translation>
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
        <translation>torchtitan 的算子级策略：保留每层的输入、每隔一个矩阵乘的输出和注意力内核的输出，其余重新计算</translation>
    </message>
    <message>
        <source>Megatron&apos;s selective recompute: keeps everything but the attention core (the seq² scores and softmax), which is recomputed; SDPA and flash attention never store it, so only eager attention saves memory</source>
        <translation>Megatron 的选择性重计算：除注意力核心（seq² 分数和 softmax）外全部保留，注意力核心重新计算；SDPA 和 flash attention 本就不保存它，因此只有 eager 注意力能省显存</translation>
    </message>
    <message>
        <source>Activation checkpointing recomputes activations in the backward pass instead of storing them.
This choice: {0}</source>
        <translation>激活检查点在反向传播中重新计算激活，而不是保存它们。
当前选择：{0}</translation>
    </message>
    <message>
        <source>Applies to LoRA and QLoRA only</source>
        <translation>仅适用于 LoRA 和 QLoRA</translation>
    </message>
    <message>
        <source>A fused projection (GPT-2 c_attn, Phi-3 qkv_proj, Falcon query_key_value) is one target</source>
        <translation>融合投影（GPT-2 c_attn、Phi-3 qkv_proj、Falcon query_key_value）算作一个目标</translation>
    </message>
    <message>
        <source>peft use_dora=True: a trainable magnitude per output feature of each target, and the weight norm recomputed in every forward</source>
        <translation>peft use_dora=True：每个目标层的每个输出特征有一个可训练幅度，且每次前向都重新计算权重范数</translation>
    </message>
    <message>
        <source>peft modules_to_save: full trainable copies of the token embeddings and/or lm_head, with their gradients and optimizer states</source>
        <translation>peft modules_to_save：词嵌入和/或 lm_head 的完整可训练副本，连同其梯度和优化器状态</translation>
    </message>
    <message>
        <source>peft num_virtual_tokens (default 20)</source>
        <translation>peft num_virtual_tokens（默认 20）</translation>
    </message>
    <message>
        <source>Applies to prefix tuning and P-tuning only</source>
        <translation>仅适用于前缀微调和 P-tuning</translation>
    </message>
    <message>
        <source>SDPA (fused, default)</source>
        <translation>SDPA（融合，默认）</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <source>Eager (stores seq² scores)</source>
        <translation>Eager（保存 seq² 注意力分数）</translation>
    </message>
    <message>
        <source>torch.compile as torchtitan and torchtune apply it: each decoder block on its own, and with the loss the cross-entropy too (torchtitan since 2025; torchtune&apos;s compile: True compiles each chunk of its chunked loss), which then never builds the whole fp32 logits. A compiled block keeps only the saved outputs its backward reads.</source>
        <translation>按 torchtitan 和 torchtune 的方式使用 torch.compile：逐个编译每个解码器块；选择连同损失时也编译交叉熵（torchtitan 自 2025 年起；torchtune 的 compile: True 会编译其分块损失的每一块），从而不再生成完整的 fp32 logits。编译后的块只保留其反向传播会读取的输出。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Training stack</source>
        <translation>训练框架</translation>
    </message>
    <message>
        <source>Training precision</source>
        <translation>训练精度</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>微调方式</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA 秩</translation>
    </message>
    <message>
        <source>LoRA targets</source>
        <translation>LoRA 目标层</translation>
    </message>
    <message>
        <source>Adapter dtype</source>
        <translation>适配器精度</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力实现</translation>
    </message>
    <message>
        <source>Checkpointing</source>
        <translation>激活检查点</translation>
    </message>
    <message>
        <source>Frozen base</source>
        <translation>冻结的基座</translation>
    </message>
    <message>
        <source>LoRA and QLoRA need transformer blocks</source>
        <translation>LoRA 和 QLoRA 需要 Transformer 模块</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Internal error while estimating ({0}).</source>
        <translation>估算时发生内部错误（{0}）。</translation>
    </message>
    <message>
        <source>The log file has the details: {0}</source>
        <translation>详情见日志文件：{0}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <source>Scenarios:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Add a scenario: a copy of the one shown, to change and compare</source>
        <translation>添加方案：复制当前显示的方案，修改后进行对比</translation>
    </message>
    <message>
        <source>{0}
Double-click to rename; right-click for more</source>
        <translation>{0}
双击重命名；右键查看更多操作</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Set {0} to {1}</source>
        <translation>将{0}设为 {1}</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>更改{0}</translation>
    </message>
    <message>
        <source>Also changed to keep the scenario valid: {0}</source>
        <translation>为保持方案有效，同时更改了：{0}</translation>
    </message>
    <message>
        <source>Change model to {0}</source>
        <translation>将模型改为 {0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0}（副本）</translation>
    </message>
    <message>
        <source>{0} (copy {1})</source>
        <translation>{0}（副本 {1}）</translation>
    </message>
    <message>
        <source>Add scenario {0}</source>
        <translation>添加方案 {0}</translation>
    </message>
    <message>
        <source>Rename scenario {0} to {1}</source>
        <translation>将方案 {0} 重命名为 {1}</translation>
    </message>
    <message>
        <source>Remove scenario {0}</source>
        <translation>删除方案 {0}</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
</context>
<context>
    <name>ServingPlanDialog</name>
    <message>
        <source>Serving planner</source>
        <translation>推理服务规划</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Weights, runtime</source>
        <translation>权重、运行时</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>output tokens per second (all users)</source>
        <translation>每秒输出 token 数（全部用户）</translation>
    </message>
    <message>
        <source>concurrent streams</source>
        <translation>并发流数</translation>
    </message>
    <message>
        <source>How much: requests/s, generated tokens/s, or streams generating at once</source>
        <translation>负载大小：每秒请求数、每秒生成 token 数，或同时生成的流数</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>Price per GPU-hour (0: the GPU&apos;s listed price, if it has one)</source>
        <translation>每 GPU 小时价格（0：使用该 GPU 的标价，如有）</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Prompt per request</source>
        <translation>每个请求的提示</translation>
    </message>
    <message>
        <source>Output per request</source>
        <translation>每个请求的输出</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>每 GPU 小时价格</translation>
    </message>
    <message>
        <source>Latency targets</source>
        <translation>延迟目标</translation>
    </message>
    <message>
        <source>Time to first token ≤</source>
        <translation>首 token 时间 ≤</translation>
    </message>
    <message>
        <source>Time per output token ≤</source>
        <translation>每个输出 token 时间 ≤</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>KV cache per replica</source>
        <translation>每个副本的 KV 缓存</translation>
    </message>
    <message>
        <source>Batch per replica</source>
        <translation>每个副本的批大小</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Per replica</source>
        <translation>每个副本</translation>
    </message>
    <message>
        <source>Replica layout</source>
        <translation>副本布局</translation>
    </message>
    <message>
        <source>KV seats</source>
        <translation>KV 容量（请求数）</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
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
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>one GPU</source>
        <translation>单个 GPU</translation>
    </message>
    <message>
        <source>tensor parallel × {0}</source>
        <translation>张量并行 × {0}</translation>
    </message>
    <message>
        <source>No replica layout (tensor parallel 1, 2, 4 or 8) of {0} both fits and meets the targets: no capacity to plan. Each layout&apos;s reason is in the table; try a larger GPU, a smaller weight format or looser targets.</source>
        <translation>{0} 上没有任何副本布局（张量并行 1、2、4 或 8）既放得下又满足目标：无法规划容量。各布局的原因见下表；可尝试更大的 GPU、更小的权重格式或更宽松的目标。</translation>
    </message>
    <message>
        <source>Serving plan</source>
        <translation>服务规划</translation>
    </message>
    <message>
        <source>{0} replica × {1} GPU ({2}) = {3} GPU</source>
        <translation>{0} 个副本 × {1} 个 GPU（{2}）= {3} 个 GPU</translation>
    </message>
    <message>
        <source>{0} replica × {1} GPU ({2}) = {3} GPUs</source>
        <translation>{0} 个副本 × 每副本 {1} 个 GPU（{2}）= {3} 个 GPU</translation>
    </message>
    <message>
        <source>{0} replicas × {1} GPU ({2}) = {3} GPUs</source>
        <translation>{0} 个副本 × 每副本 {1} 个 GPU（{2}）= {3} 个 GPU</translation>
    </message>
    <message>
        <source>{0} per hour</source>
        <translation>每小时 {0}</translation>
    </message>
    <message>
        <source>{0} requests of {1} tokens ({2} per GPU)</source>
        <translation>{0} 个 {1} token 的请求（每 GPU {2}）</translation>
    </message>
    <message>
        <source>{0} requests at once</source>
        <translation>同时 {0} 个请求</translation>
    </message>
    <message>
        <source>TTFT {0}, TPOT {1}</source>
        <translation>TTFT {0}，TPOT {1}</translation>
    </message>
    <message>
        <source>{0} requests/s = {1} output tokens/s</source>
        <translation>{0} 请求/秒 = {1} 输出 token/秒</translation>
    </message>
    <message>
        <source>meets the targets</source>
        <translation>满足目标</translation>
    </message>
    <message>
        <source>decode time per output token</source>
        <translation>每个输出 token 的解码时间</translation>
    </message>
    <message>
        <source>time to first token</source>
        <translation>首 token 时间</translation>
    </message>
    <message>
        <source>end-to-end latency of a fixed batch</source>
        <translation>固定批次的端到端延迟</translation>
    </message>
    <message>
        <source>output tokens/s at the stated concurrency</source>
        <translation>给定并发下的输出 token/s</translation>
    </message>
    <message>
        <source>time per output token under Poisson arrivals (ShareGPT lengths)</source>
        <translation>泊松到达下每个输出 token 的时间（ShareGPT 长度）</translation>
    </message>
    <message>
        <source>Measured error of the {0}: {1} to {2} against {3}&apos;s published benchmarks</source>
        <translation>{0}的实测误差：{1} 至 {2}（对照 {3} 公布的基准测试）</translation>
    </message>
    <message>
        <source>Expected error: {0}</source>
        <translation>预期误差：{0}</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Use {0} GPUs</source>
        <translation>使用 {0} 个 GPU</translation>
    </message>
    <message>
        <source>▸ Fewest GPUs that fit: {0} × {1} ({2}) → {3} per GPU, headroom {4}</source>
        <translation>▸ 能放下的最少 GPU 数：{0} × {1}（{2}）→ 每个 GPU {3}，余量 {4}</translation>
    </message>
    <message>
        <source>More GPUs alone do not make it fit: at the current settings, no layout of up to {0} GPUs of this type fits. Each change below also alters another setting:</source>
        <translation>仅增加 GPU 无法放下：在当前设置下，最多 {0} 个此型号 GPU 的任何布局都放不下。下面的每项更改还会改动另一项设置：</translation>
    </message>
    <message>
        <source>More GPUs alone do not make it fit: at the current settings, no layout of up to {0} GPUs of this type fits.</source>
        <translation>仅增加 GPU 无法放下：在当前设置下，最多 {0} 个此型号 GPU 的任何布局都放不下。</translation>
    </message>
    <message>
        <source>Looking for the cheapest changes that make it fit…</source>
        <translation>正在寻找能放下的最省事的改动…</translation>
    </message>
    <message>
        <source>Make it fit — one click applies a change (Edit ▸ Undo takes it back):</source>
        <translation>让它放得下 —— 单击即可应用改动（“编辑 ▸ 撤销”可撤回）：</translation>
    </message>
    <message>
        <source>No single change tried makes it fit.</source>
        <translation>尝试过的单项改动都不能让它放得下。</translation>
    </message>
    <message>
        <source>▸ {0} → {1} per GPU, headroom {2}</source>
        <translation>▸ {0} → 每个 GPU {1}，余量 {2}</translation>
    </message>
    <message>
        <source>{0}
Cost: {1}
{2} of {3} usable after the change (re-estimated)</source>
        <translation>{0}
代价：{1}
改动后 {2} / 可用 {3}（重新估算）</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>of</source>
        <translation>/</translation>
    </message>
    <message>
        <source>usable per GPU</source>
        <translation>每 GPU 可用</translation>
    </message>
    <message>
        <source>headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>peak during</source>
        <translation>峰值阶段</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Trainable</source>
        <translation>可训练参数</translation>
    </message>
    <message>
        <source>MTP layers (not in the total)</source>
        <translation>MTP 层（不计入总数）</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>推测解码</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>微调方式</translation>
    </message>
    <message>
        <source>Training stack</source>
        <translation>训练框架</translation>
    </message>
    <message>
        <source>Expert parallel</source>
        <translation>专家并行</translation>
    </message>
    <message>
        <source>Training precision</source>
        <translation>训练精度</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>梯度检查点</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} 个 token</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>可容纳的最长上下文</translation>
    </message>
    <message>
        <source>{0} tokens (the model&apos;s maximum)</source>
        <translation>{0} 个 token（模型上限）</translation>
    </message>
    <message>
        <source>{0} tokens (the context set, past the model&apos;s {1}-token maximum)</source>
        <translation>{0} 个 token（即所设上下文，超出模型上限 {1} 个 token）</translation>
    </message>
    <message>
        <source>Largest batch that fits</source>
        <translation>可容纳的最大批</translation>
    </message>
    <message>
        <source>, of which {0} {1} ({2} for text)</source>
        <translation>，其中 {0} 个{1}（文本 {2} 个）</translation>
    </message>
    <message>
        <source>{0} images</source>
        <translation>{0} 张图像</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>nvidia-smi will show</source>
        <translation>nvidia-smi 将显示</translation>
    </message>
    <message>
        <source>The model uses</source>
        <translation>模型占用</translation>
    </message>
    <message>
        <source>KV pool</source>
        <translation>KV 池</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>{0} tokens/s per sequence</source>
        <translation>每序列 {0} token/s</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 token 时间</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>每步时间</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Expected error</source>
        <translation>预期误差</translation>
    </message>
    <message>
        <source>Estimated with GPU Sizer</source>
        <translation>由 GPU Sizer 估算</translation>
    </message>
    <message>
        <source>{0} — {1} on {2}</source>
        <translation>{0} —— {2} 上{1}</translation>
    </message>
    <message>
        <source>MTP, {0} draft token(s)</source>
        <translation>MTP，每步 {0} 个草稿 token</translation>
    </message>
    <message>
        <source>{0} = {1} tokens</source>
        <translation>{0} = {1} 个 token</translation>
    </message>
    <message>
        <source>none: {0} stops at start</source>
        <translation>无：{0} 启动即报错退出</translation>
    </message>
    <message>
        <source>if it fit: {0}</source>
        <translation>若能放下：{0}</translation>
    </message>
</context>
<context>
    <name>TensorSizeDialog</name>
    <message>
        <source>Tensor size</source>
        <translation>张量大小</translation>
    </message>
    <message>
        <source>e.g. 8, 4096, 4096 or 8×4096×4096</source>
        <translation>例如 8, 4096, 4096 或 8×4096×4096</translation>
    </message>
    <message>
        <source>Dimensions separated by commas, spaces, x or ×</source>
        <translation>各维度用逗号、空格、x 或 × 分隔</translation>
    </message>
    <message>
        <source>Element type; q4_0, q8_0, … are llama.cpp&apos;s block types (scales included)</source>
        <translation>元素类型；q4_0、q8_0 等是 llama.cpp 的块类型（含缩放因子）</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Element type</source>
        <translation>元素类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
</context>
<context>
    <name>ToolDialog</name>
    <message>
        <source>Cannot compute: {0}</source>
        <translation>无法计算：{0}</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Training planner…</source>
        <translation>训练规划(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Serving planner…</source>
        <translation>推理服务规划(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Compute budget (vision and video)…</source>
        <translation>算力预算（视觉与视频）(&amp;C)…</translation>
    </message>
    <message>
        <source>Tensor si&amp;ze…</source>
        <translation>张量大小(&amp;Z)…</translation>
    </message>
    <message>
        <source>Tokens ↔ te&amp;xt size…</source>
        <translation>Token ↔ 文本量(&amp;X)…</translation>
    </message>
    <message>
        <source>CPU &amp;RAM to load the model…</source>
        <translation>加载模型所需 CPU 内存(&amp;R)…</translation>
    </message>
    <message>
        <source>GPU &amp;FLOP/s from cores × clock…</source>
        <translation>由核心数 × 频率算 GPU FLOP/s(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Layer table…</source>
        <translation>逐层表(&amp;L)…</translation>
    </message>
    <message>
        <source>Only for CNNs and vision transformers: the current model is not an image model</source>
        <translation>仅适用于 CNN 和视觉 Transformer：当前模型不是图像模型</translation>
    </message>
    <message>
        <source>Each layer&apos;s output shape, parameters, activations, MACs, FLOPs</source>
        <translation>每层的输出形状、参数量、激活值、MACs、FLOPs</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training run &amp;&amp; cost</source>
        <translation>训练任务与费用</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>典型值</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the share of the GPU&apos;s peak a training run achieves</source>
        <translation>模型 FLOPs 利用率：训练实际达到的 GPU 峰值算力比例</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>梯度累积</translation>
    </message>
    <message>
        <source>Training images (M)</source>
        <translation>训练图像数（百万）</translation>
    </message>
    <message>
        <source>Images to train on — samples seen over the whole run (epochs × dataset size), in millions; sets time and cost</source>
        <translation>要训练的图像数 —— 整个训练中见过的样本数（轮数 × 数据集大小），单位百万；决定时间与成本</translation>
    </message>
    <message>
        <source>Training tokens (M)</source>
        <translation>训练 token 数（百万）</translation>
    </message>
    <message>
        <source>Tokens to train on over the whole run, in millions; sets time and cost</source>
        <translation>整个训练要处理的 token 数，单位百万；决定时间与成本</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>每 GPU 小时价格</translation>
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
        <translation>训练规划</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs in the cluster (a multiple of tensor × pipeline parallel)</source>
        <translation>集群中的 GPU 数（张量 × 流水线并行度的倍数）</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the share of the dense peak the run sustains</source>
        <translation>模型 FLOPs 利用率：训练持续达到的稠密峰值比例</translation>
    </message>
    <message>
        <source>Price per GPU-hour (0: no cost)</source>
        <translation>每 GPU 小时价格（0：不计费用）</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>每 GPU 小时价格</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>反向问题</translation>
    </message>
    <message>
        <source>GPUs to finish within</source>
        <translation>在此期限内完成所需 GPU 数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>MFU implied by a finished run that took</source>
        <translation>已完成训练所隐含的 MFU，该训练耗时</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 小时</translation>
    </message>
    <message>
        <source>days on these GPUs</source>
        <translation>天（在这些 GPU 上）</translation>
    </message>
    <message>
        <source>GPUs for several such runs a year</source>
        <translation>每年多次此类训练所需 GPU 数</translation>
    </message>
    <message>
        <source> runs a year</source>
        <translation> 次/年</translation>
    </message>
    <message>
        <source> % available</source>
        <translation> % 可用</translation>
    </message>
    <message>
        <source>Share of the year the cluster trains (maintenance, failures, queues)</source>
        <translation>集群一年中用于训练的时间比例（维护、故障、排队）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Tokens trained on</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>Training FLOPs</source>
        <translation>训练 FLOPs</translation>
    </message>
    <message>
        <source>Cluster peak</source>
        <translation>集群峰值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>PF-days</source>
        <translation>PF-天</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>GPUs for the deadline</source>
        <translation>满足期限所需 GPU 数</translation>
    </message>
    <message>
        <source>Implied MFU</source>
        <translation>隐含 MFU</translation>
    </message>
    <message>
        <source>GPUs for the runs a year</source>
        <translation>每年训练所需 GPU 数</translation>
    </message>
    <message>
        <source>Images trained on</source>
        <translation>训练图像数</translation>
    </message>
    <message>
        <source>Audio frames trained on</source>
        <translation>训练音频帧数</translation>
    </message>
    <message>
        <source>{0} PFLOP/s</source>
        <translation>{0} PFLOP/s</translation>
    </message>
    <message>
        <source>{0} days ({1} h)</source>
        <translation>{0} 天（{1} 小时）</translation>
    </message>
    <message>
        <source>Expected error: {0}</source>
        <translation>预期误差：{0}</translation>
    </message>
    <message>
        <source>✔ fits per GPU in this layout</source>
        <translation>✔ 此布局下每个 GPU 放得下</translation>
    </message>
    <message>
        <source>✘ does not fit per GPU in this layout (the time assumes it runs)</source>
        <translation>✘ 此布局下每个 GPU 放不下（时间按能运行估算）</translation>
    </message>
</context>
<context>
    <name>VerdictPin</name>
    <message>
        <source>The answer&apos;s verdict, kept in view while the page scrolls: click to see the answer</source>
        <translation>页面滚动时保持可见的结论：点击可查看完整答案</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The log file has the details: {0}</source>
        <translation>详情见日志文件：{0}</translation>
    </message>
    <message>
        <source>Unexpected error ({0}). {1}</source>
        <translation>意外错误（{0}）。{1}</translation>
    </message>
</context>
<context>
    <name>WorkloadPanel</name>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>&amp;Inference</source>
        <translation>推理(&amp;I)</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>训练(&amp;R)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>Tokens per sequence: prompt and generated tokens together</source>
        <translation>每序列的 token 数：提示词与生成的 token 之和</translation>
    </message>
    <message>
        <source>Requests served at once, each with its own KV cache</source>
        <translation>同时处理的请求数，每个请求各有一份 KV 缓存</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <source>PyTorch + Transformers (hf)</source>
        <translation>PyTorch + Transformers（hf）</translation>
    </message>
    <message>
        <source>vLLM --gpu-memory-utilization: the share of GPU memory vLLM claims</source>
        <translation>vLLM --gpu-memory-utilization：vLLM 占用的显存比例</translation>
    </message>
    <message>
        <source>llama.cpp -ub (n_ubatch): tokens processed per compute step</source>
        <translation>llama.cpp -ub（n_ubatch）：每个计算步骤处理的 token 数</translation>
    </message>
    <message>
        <source>Flash attention (-fa)</source>
        <translation>Flash Attention（-fa）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>llama.cpp / Ollama -ngl (n_gpu_layers): layers kept on the GPU; the rest run from system RAM</source>
        <translation>llama.cpp / Ollama -ngl（n_gpu_layers）：留在 GPU 上的层数；其余层在系统内存中运行</translation>
    </message>
    <message>
        <source>Ollama OLLAMA_NUM_PARALLEL: request slots, each with its own context</source>
        <translation>Ollama OLLAMA_NUM_PARALLEL：请求槽位数，每个槽位有自己的上下文</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>vLLM --max-num-batched-tokens: tokens of prefill processed per step (chunked prefill); its activations are what vLLM&apos;s profile run measures</source>
        <translation>vLLM --max-num-batched-tokens：每步处理的预填充 token 数（分块预填充）；vLLM 的 profile 运行测量的正是它的激活</translation>
    </message>
    <message>
        <source>SGLang --enable-dp-attention --dp N: attention runs data-parallel in N groups inside the TP ranks, each with its own requests and KV cache and the attention weights and token embedding at TP tp / N (more weights per GPU, less KV per GPU); MoE and MLP stay split over all TP ranks</source>
        <translation>SGLang --enable-dp-attention --dp N：注意力在 TP 各 rank 内分成 N 组数据并行运行，每组处理自己的请求、拥有自己的 KV 缓存，并以 TP tp / N 持有注意力权重和词嵌入（每个 GPU 权重更多、KV 更少）；MoE 与 MLP 仍在全部 TP rank 上切分</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>MTP layers draft</source>
        <translation>MTP 层作草稿</translation>
    </message>
    <message>
        <source>Speculative decoding with the model&apos;s multi-token-prediction layers as the draft (vLLM --speculative-config method mtp, SGLang --speculative-algorithm EAGLE/NEXTN): their weights, their KV cache and the verification logits are added</source>
        <translation>以模型的多 token 预测层作为草稿进行推测解码（vLLM --speculative-config method mtp，SGLang --speculative-algorithm EAGLE/NEXTN）：计入其权重、其 KV 缓存和验证用的 logits</translation>
    </message>
    <message>
        <source>Draft tokens per step (vLLM num_speculative_tokens, SGLang --speculative-num-steps)</source>
        <translation>每步草稿 token 数（vLLM num_speculative_tokens，SGLang --speculative-num-steps）</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>The CUDA context and libraries (kernels, cuBLAS/cuDNN handles) each GPU process holds before any tensor: what nvidia-smi shows for the idle process. Left at its default, the runtime&apos;s typical value</source>
        <translation>每个 GPU 进程在分配任何张量之前占用的 CUDA 上下文与库（内核、cuBLAS/cuDNN 句柄）：即 nvidia-smi 对空闲进程显示的显存。保留默认时使用该运行时的典型值</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> token/s</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The serving load to plan for: generated tokens per second over all users; the answer says how many copies of this setup serve it</source>
        <translation>要规划的服务负载：所有用户合计每秒生成的 token 数；结果会给出需要多少份此配置</translation>
    </message>
    <message>
        <source>Images in each sequence: each becomes the vision encoder&apos;s tokens in the context</source>
        <translation>每个序列中的图像数：每张图像在上下文中占用视觉编码器输出的 token</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Seconds of audio in each sequence: the audio tower encodes it in clips of up to 30 s, each taking its soft tokens in the context</source>
        <translation>每个序列中的音频秒数：音频塔按每段至多 30 秒编码，每段在上下文中占用其软标记</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token 数</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>Target load</source>
        <translation>目标负载</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>Images per sequence</source>
        <translation>每序列图像数</translation>
    </message>
    <message>
        <source>Audio per sequence</source>
        <translation>每序列音频</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>vLLM memory share</source>
        <translation>vLLM 显存占比</translation>
    </message>
    <message>
        <source>vLLM prefill chunk</source>
        <translation>vLLM 预填充分块</translation>
    </message>
    <message>
        <source>SGLang static share</source>
        <translation>SGLang 静态比例</translation>
    </message>
    <message>
        <source>SGLang prefill chunk</source>
        <translation>SGLang 预填充分块</translation>
    </message>
    <message>
        <source>SGLang DP attention</source>
        <translation>SGLang DP 注意力</translation>
    </message>
    <message>
        <source>SGLang CUDA-graph batch</source>
        <translation>SGLang CUDA 图批大小</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>推测解码</translation>
    </message>
    <message>
        <source>Draft tokens</source>
        <translation>草稿 token 数</translation>
    </message>
    <message>
        <source>Micro-batch</source>
        <translation>微批大小</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>Ollama context</source>
        <translation>Ollama 上下文</translation>
    </message>
    <message>
        <source>Parallel slots</source>
        <translation>并行槽位</translation>
    </message>
    <message>
        <source>CUDA context</source>
        <translation>CUDA 上下文</translation>
    </message>
    <message>
        <source>Micro-batch / GPU</source>
        <translation>每 GPU 微批大小</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>default ({0} MiB)</source>
        <translation>默认（{0} MiB）</translation>
    </message>
    <message>
        <source>Images per step</source>
        <translation>每步图像数</translation>
    </message>
    <message>
        <source>Sequences per step (training: per GPU, before gradient accumulation)</source>
        <translation>每步序列数（训练时为每个 GPU、梯度累积前）</translation>
    </message>
    <message>
        <source>Training runs on PyTorch (hf); vLLM, SGLang, llama.cpp and Ollama serve inference only</source>
        <translation>训练在 PyTorch（hf）上运行；vLLM、SGLang、llama.cpp 和 Ollama 仅用于推理</translation>
    </message>
    <message>
        <source>The program that serves the model</source>
        <translation>运行模型的推理程序</translation>
    </message>
    <message>
        <source>{0} groups (attention TP {1})</source>
        <translation>{0} 组（注意力 TP {1}）</translation>
    </message>
    <message>
        <source>default ({0})</source>
        <translation>默认（{0}）</translation>
    </message>
    <message>
        <source>SGLang --cuda-graph-max-bs: the largest decode batch captured in a CUDA graph; SGLang&apos;s default share leaves 2 MiB per batch size for the graphs (and 3 MiB per batch size and DP group more under DP attention)</source>
        <translation>SGLang --cuda-graph-max-bs：捕获为 CUDA 图的最大解码批大小；SGLang 的默认比例为这些图按每个批大小预留 2 MiB（DP 注意力下每个批大小、每个 DP 组再多预留 3 MiB）</translation>
    </message>
    <message>
        <source>SGLang --mem-fraction-static: the share of the GPU&apos;s memory (free at start) kept for the weights and the KV pool; the rest is left for activations and CUDA graphs. Its default on this GPU leaves {0} MiB for those</source>
        <translation>SGLang --mem-fraction-static：为权重和 KV 池保留的 GPU 显存比例（按启动时的空闲显存计）；其余留给激活和 CUDA 图。在此 GPU 上其默认值为它们留出 {0} MiB</translation>
    </message>
    <message>
        <source>SGLang --chunked-prefill-size: prompt tokens prefilled per step; a larger chunk needs more activation memory, which SGLang&apos;s default share reserves</source>
        <translation>SGLang --chunked-prefill-size：每步预填充的提示 token 数；分块越大需要的激活显存越多，SGLang 的默认比例会为其预留</translation>
    </message>
    <message>
        <source>Ollama num_ctx (OLLAMA_CONTEXT_LENGTH): context per slot, the KV cache is sized for it times the parallel slots; Ollama&apos;s default depends on the GPU&apos;s memory, at most the model&apos;s maximum</source>
        <translation>Ollama num_ctx（OLLAMA_CONTEXT_LENGTH）：每个槽位的上下文，KV 缓存按它乘以并行槽位数分配；Ollama 的默认值取决于 GPU 显存，最多为模型的最大长度</translation>
    </message>
</context>
</TS>
