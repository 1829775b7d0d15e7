<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>（每个 GPU）</translation>
    </message>
    <message>
        <source>{0} of {1} usable{2} ({3} %)</source>
        <translation>{0} / 可用 {1}{2}（{3} %）</translation>
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
        <source>{0} tokens (the model&apos;s maximum)</source>
        <translation>{0} 个 token（模型上限）</translation>
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
        <source>first token {0}</source>
        <translation>首 token {0}</translation>
    </message>
    <message>
        <source>{0} tokens/s per sequence, {1} total ({2}-bound)</source>
        <translation>每序列 {0} token/s，总计 {1}（{2} 瓶颈）</translation>
    </message>
    <message>
        <source>{0} tokens/s needs {1} × this setup ({2} GPUs)</source>
        <translation>{0} token/s 需要 {1} 份此配置（{2} 个 GPU）</translation>
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
        <source>{0} — sets {1} of the {2} components</source>
        <translation>{0} — 决定 {2} 个组成部分中的 {1} 个</translation>
    </message>
    <message>
        <source>step {0} · {1} {2}</source>
        <translation>每步 {0} · {1} {2}</translation>
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
        <source>{0} scenarios · peak memory per GPU</source>
        <translation>{0} 个方案 · 每 GPU 峰值显存</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>还没有可对比的方案</translation>
    </message>
    <message>
        <source>{0} (does not fit)</source>
        <translation>{0}（放不下）</translation>
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
        <translation> —— 共 {0} 个 GPU，每个</translation>
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
        <source>{0} scenarios side by side.</source>
        <translation>{0} 个方案并列对比。</translation>
    </message>
    <message>
        <source>Add one with + in the scenario bar (a copy of this one) to compare.</source>
        <translation>点方案栏中的 + 添加一个方案（复制当前方案）即可对比。</translation>
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
        <translation> — 本场景</translation>
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
        <source>GPU Sizer: unexpected error</source>
        <translation>GPU Sizer：意外错误</translation>
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
        <source>Allocator slack (fragmentation)</source>
        <translation>分配器余量（碎片）</translation>
    </message>
    <message>
        <source>Dequantized weight (prefill)</source>
        <translation>反量化权重（预填充）</translation>
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
        <source>ZeRO reduce buckets</source>
        <translation>ZeRO 归约桶</translation>
    </message>
    <message>
        <source>DDP all-reduce buckets</source>
        <translation>DDP all-reduce 桶</translation>
    </message>
    <message>
        <source>vLLM non-torch memory</source>
        <translation>vLLM 非 torch 显存</translation>
    </message>
    <message>
        <source>SGLang metadata and communication</source>
        <translation>SGLang 元数据与通信缓冲</translation>
    </message>
    <message>
        <source>fp32 gradient partition (DeepSpeed step)</source>
        <translation>fp32 梯度分区（DeepSpeed 更新步）</translation>
    </message>
    <message>
        <source>Cached in the reduce-scatter stream&apos;s pool (FSDP2)</source>
        <translation>reduce-scatter 流的缓存池（FSDP2）</translation>
    </message>
    <message>
        <source>Unsharded fp32 gradients across micro-batches (FSDP2 + PP)</source>
        <translation>跨微批的未分片 fp32 梯度（FSDP2 + PP）</translation>
    </message>
    <message>
        <source>Reduce-scatter of one layer&apos;s gradients (FSDP2)</source>
        <translation>单层梯度的 reduce-scatter（FSDP2）</translation>
    </message>
    <message>
        <source>Expert-parallel all-to-all buffers</source>
        <translation>专家并行 all-to-all 缓冲</translation>
    </message>
    <message>
        <source>CUDA graphs (SGLang)</source>
        <translation>CUDA 图（SGLang）</translation>
    </message>
    <message>
        <source>MTP draft weights</source>
        <translation>MTP 草稿权重</translation>
    </message>
    <message>
        <source>MTP draft KV cache</source>
        <translation>MTP 草稿 KV 缓存</translation>
    </message>
    <message>
        <source>Draft verification logits</source>
        <translation>草稿验证 logits</translation>
    </message>
    <message>
        <source>Compute buffer (llama.cpp)</source>
        <translation>计算缓冲区（llama.cpp）</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>前向传播</translation>
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
        <source>vision encoder</source>
        <translation>视觉编码器</translation>
    </message>
    <message>
        <source>state-space layers</source>
        <translation>状态空间层</translation>
    </message>
    <message>
        <source>allocated tensors: median 0.0 %, max 2.3 % against what PyTorch allocates (34 runs, incl. CNNs); CUDA context and allocator slack are typical values (±0.5 GiB)</source>
        <translation>已分配张量：与 PyTorch 实际分配相比中位误差 0.0 %，最大 2.3 %（34 次运行，含 CNN）；CUDA 上下文和分配器余量为典型值（±0.5 GiB）</translation>
    </message>
    <message>
        <source>weights exact for the format; the forward pass&apos;s activations from the layer graph; runtime overhead ±0.5 GiB</source>
        <translation>权重按格式精确计算；前向传播的激活值由层图得出；运行时开销 ±0.5 GiB</translation>
    </message>
    <message>
        <source>weights and KV cache exact for the format; allocated peak within 0.7 % (median) and 4 % (max) of published measurements; runtime overhead ±0.5 GiB</source>
        <translation>权重和 KV 缓存按格式精确计算；已分配峰值与公开实测相差中位 0.7 %、最大 4 %；运行时开销 ±0.5 GiB</translation>
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
        <source>vLLM memory fraction</source>
        <translation>vLLM 显存占比</translation>
    </message>
    <message>
        <source>llama.cpp micro-batch</source>
        <translation>llama.cpp 微批大小</translation>
    </message>
    <message>
        <source>llama.cpp flash attention</source>
        <translation>llama.cpp Flash Attention</translation>
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
        <source>Largest context</source>
        <translation>最长上下文</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} 个 token</translation>
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
        <source>GPU Sizer user guide</source>
        <translation>GPU Sizer 用户指南</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Size a model in a minute&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Model&lt;/b&gt;: search the presets (“llama 8b”), or Import… a config.json, a model folder, a .safetensors or .gguf file, or fetch a config From Hub….&lt;/li&gt;&lt;li&gt;&lt;b&gt;GPU&lt;/b&gt;: search the catalogue (“4090”), set how many, or describe a Custom GPU….&lt;/li&gt;&lt;li&gt;&lt;b&gt;Workload&lt;/b&gt;: inference or training, batch, context length; type a number and press Enter (or Tab): each value you enter is one step in Edit ▸ Undo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Precision&lt;/b&gt;: how the weights and the KV cache are stored; for training the optimizer, LoRA or QLoRA, gradient checkpointing.&lt;/li&gt;&lt;li&gt;Read the &lt;b&gt;answer&lt;/b&gt; at the top right: whether it fits, the headroom, the largest context or batch that fits, the speed.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Charts&lt;/h3&gt;&lt;p&gt;The breakdown shows where the memory goes at the peak; the second chart shows memory against the context length (or the batch size). Rest the pointer on a bar or a curve to see the formula and its inputs. Right-click a chart to export it or copy it.&lt;/p&gt;&lt;h3&gt;Files&lt;/h3&gt;&lt;p&gt;File ▸ Save keeps the scenario in a .sizing file; drop a .sizing or a model file on the window to open it. Edit ▸ Copy summary puts a Markdown summary on the clipboard.&lt;/p&gt;&lt;h3&gt;How exact?&lt;/h3&gt;&lt;p&gt;Weights and the KV cache are counted exactly for their format; activations, framework overheads and speed are estimates, and the answer&apos;s last line says how far off they were measured to be. The same figures come from the command line: &lt;code&gt;sizing --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一分钟估算一个模型&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;模型&lt;/b&gt;：搜索预设（“llama 8b”），或通过“导入…”选择 config.json、模型文件夹、.safetensors 或 .gguf 文件，也可以“从 Hub…”获取配置。&lt;/li&gt;&lt;li&gt;&lt;b&gt;GPU&lt;/b&gt;：搜索目录（“4090”），设置数量，或通过“自定义 GPU…”描述一块显卡。&lt;/li&gt;&lt;li&gt;&lt;b&gt;工作负载&lt;/b&gt;：推理或训练、批大小、上下文长度；输入数字后按回车（或 Tab）：每次输入的值都是“编辑 ▸ 撤销”中的一步。&lt;/li&gt;&lt;li&gt;&lt;b&gt;精度&lt;/b&gt;：权重和 KV 缓存的存储格式；训练时还有优化器、LoRA 或 QLoRA、梯度检查点。&lt;/li&gt;&lt;li&gt;在右上方查看&lt;b&gt;结论&lt;/b&gt;：是否放得下、余量、能放下的最长上下文或最大批、速度。&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;图表&lt;/h3&gt;&lt;p&gt;分解图显示峰值时显存的去向；第二张图显示显存随上下文长度（或批大小）的变化。把指针停在柱条或曲线上，可以看到公式及其输入。右键单击图表可导出或复制。&lt;/p&gt;&lt;h3&gt;文件&lt;/h3&gt;&lt;p&gt;“文件 ▸ 保存”把方案存为 .sizing 文件；把 .sizing 或模型文件拖到窗口上即可打开。“编辑 ▸ 复制摘要”把 Markdown 摘要放到剪贴板。&lt;/p&gt;&lt;h3&gt;有多准？&lt;/h3&gt;&lt;p&gt;权重和 KV 缓存按其格式精确计算；激活、框架开销和速度是估计值，结论的最后一行给出实测的误差范围。命令行给出同样的数字：&lt;code&gt;sizing --help&lt;/code&gt;。&lt;/p&gt;</translation>
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
        <translation>能放下什么（适配浏览器）(&amp;W)</translation>
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
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
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
        <source>Expert parallel</source>
        <translation>专家并行</translation>
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
        <source>{0} shards parameters, gradients and optimizer states by itself</source>
        <translation>{0} 自行对参数、梯度和优化器状态分片</translation>
    </message>
    <message>
        <source>{0} shards the fp32 master weights and optimizer states over the data-parallel GPUs</source>
        <translation>{0} 将 fp32 主权重和优化器状态分片到各数据并行 GPU 上</translation>
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
        <source>{0} replica(s) × {1} GPU ({2}) = {3} GPUs</source>
        <translation>{0} 个副本 × {1} 个 GPU（{2}）= {3} 个 GPU</translation>
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
        <source>No layout tried fits on up to {0} GPUs of this type.</source>
        <translation>在最多 {0} 个此型号 GPU 上尝试的布局都放不下。</translation>
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
        <source>Largest batch that fits</source>
        <translation>可容纳的最大批</translation>
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
        <source>MTP, {0} draft token(s)</source>
        <translation>MTP，每步 {0} 个草稿 token</translation>
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
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
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
        <source>Micro-batch / GPU</source>
        <translation>每 GPU 微批大小</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
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
        <source>default ({0})</source>
        <translation>默认（{0}）</translation>
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
