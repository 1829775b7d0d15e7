"""Write the example scenarios shipped in examples/ (the CLI contract promises them; tests load each one and
render both charts with `sizing export-chart`). Run from the repository root after changing a scenario:

    python -m examples.make_examples      (or: python examples/make_examples.py)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core import catalog, project  # noqa: E402
from core.scenario import ModelRef, Scenario  # noqa: E402

HERE = Path(__file__).resolve().parent


def scenario(name: str, preset: str, **sections: dict[str, Any]) -> Scenario:
    data: dict[str, Any] = {
        "name": name,
        "model": ModelRef(preset=preset, architecture=catalog.preset_architecture(preset)),
    }
    data.update(sections)
    return Scenario.model_validate(data)


EXAMPLES: dict[str, Scenario] = {
    "llama-3.1-8b-q4_k_m-rtx4090-32k.sizing": scenario(
        "Llama 3.1 8B Q4_K_M on an RTX 4090, 32K context (llama.cpp)",
        "llama-3.1-8b",
        workload={"mode": "inference", "context": 32768, "output_tokens": 512},
        precision={"weights": "q4_k_m", "kv_cache": "fp16"},
        runtime={"name": "llama.cpp"},
        gpu={"id": "rtx-4090-24gb"},
    ),
    "llama-3.1-8b-qlora-rtx4090.sizing": scenario(
        "QLoRA fine-tune of Llama 3.1 8B on an RTX 4090",
        "llama-3.1-8b",
        workload={"mode": "training", "batch": 1, "context": 4096, "grad_accumulation": 16, "train_tokens": 2e8},
        precision={"weights": "nf4", "training": "mixed-bf16"},
        training={"finetune": "qlora", "lora_rank": 16, "grad_checkpointing": "full"},
        gpu={"id": "rtx-4090-24gb"},
        cost={"price_per_gpu_hour": 0.7},
    ),
    "llama-3.1-8b-full-zero3-8xh100.sizing": scenario(
        "Full fine-tune of Llama 3.1 8B on 8 × H100 with ZeRO-3",
        "llama-3.1-8b",
        workload={"mode": "training", "batch": 4, "context": 4096, "train_tokens": 1e9},
        precision={"training": "mixed-bf16"},
        training={"finetune": "full", "optimizer": "adamw", "grad_checkpointing": "full"},
        parallelism={"gpus": 8, "zero": 3},
        gpu={"id": "h100-sxm-80gb"},
        cost={"price_per_gpu_hour": 2.5},
    ),
    "resnet-50-training-a100.sizing": scenario(
        "ResNet-50 training, batch 256 at 224 px, on an A100 40GB",
        "resnet-50",
        workload={"mode": "training", "batch": 256, "image_size": 224, "train_tokens": 1.28e8},
        precision={"training": "mixed-bf16"},
        training={"optimizer": "sgd-momentum"},
        gpu={"id": "a100-sxm4-40gb"},
        cost={"price_per_gpu_hour": 1.5},
    ),
}


# several scenarios in one file: `sizing compare FILE` and the app's Compare tab show them side by side
_SERVE = {"mode": "inference", "context": 32768, "output_tokens": 512}
COMPARISONS: dict[str, list[Scenario]] = {
    "llama-3.1-8b-serving-compare.sizing": [
        scenario(
            "RTX 4090 · Q4_K_M · llama.cpp",
            "llama-3.1-8b",
            workload=_SERVE,
            precision={"weights": "q4_k_m", "kv_cache": "fp16"},
            runtime={"name": "llama.cpp"},
            gpu={"id": "rtx-4090-24gb"},
        ),
        scenario(
            "L40S · Q8_0 · llama.cpp",
            "llama-3.1-8b",
            workload=_SERVE,
            precision={"weights": "q8_0", "kv_cache": "fp16"},
            runtime={"name": "llama.cpp"},
            gpu={"id": "l40s-48gb"},
        ),
        scenario(
            "H100 · bf16 · vLLM, 16 users",
            "llama-3.1-8b",
            workload={**_SERVE, "concurrency": 16},
            precision={"weights": "bf16", "kv_cache": "bf16"},
            runtime={"name": "vllm"},
            gpu={"id": "h100-sxm-80gb"},
        ),
    ],
}


def main() -> None:
    for name, s in EXAMPLES.items():
        project.write(HERE / name, [s])
        print(f"wrote examples/{name}")
    for name, scenarios in COMPARISONS.items():
        project.write(HERE / name, scenarios)
        print(f"wrote examples/{name}")


if __name__ == "__main__":
    main()
