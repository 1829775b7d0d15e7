"""Dev-only probe: what Gemma 3n's towers allocate on one forward pass, measured on fake tensors (no weights, no
GPU). The engine counts these towers' weights but does not model their activations (core/estimate.py
TOWERS_AS_PARAMETERS; its answers say so): this gives the size of what is left out, for the README. Nothing in the
product or the tests reads its output.

    PYTHONPATH=/tmp/timm-site python tools/calibration/gemma3n_towers.py

(timm 1.0.31 and torchvision 0.28.0 installed with --no-deps into /tmp/timm-site, as tools/oracle/README.md says for
the Gemma 3n parameter counts; torch 2.13.0+cpu, transformers 5.25.0.)

Each case builds the tower in bf16 inside FakeTensorMode (torch's default dtype set to bf16 while building: `.to()`
refuses fake parameters), runs it in eval mode under no_grad, and reads MemTracker's peak (parameters and
activations, bytes of live storages). Vision: timm's mobilenetv5_300m_enc (what transformers' TimmWrapperModel
builds, num_classes=0) on 768 × 768 images, the input size of its pretrained_cfg. Audio: transformers'
Gemma3nAudioEncoder with its default (released) config on 30 s of log-mel frames (128 bins every 10 ms)."""

from __future__ import annotations

import os
import sys
import warnings

os.environ["HF_HUB_OFFLINE"] = "1"
warnings.filterwarnings("ignore")

import torch  # noqa: E402
from torch._subclasses.fake_tensor import FakeTensorMode  # noqa: E402
from torch.distributed._tools.mem_tracker import MemTracker  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "oracle"))
from default_configs import _import_timm  # noqa: E402


def peak(build, inputs) -> dict[str, int]:
    """Peak bytes by MemTracker category (PARAM, ACT, ..., Total) of one no-grad forward pass in bf16."""
    with FakeTensorMode(allow_non_fake_inputs=True):
        torch.set_default_dtype(torch.bfloat16)
        try:
            model = build().eval()
        finally:
            torch.set_default_dtype(torch.float32)
        args = inputs()
        mt = MemTracker()
        mt.track_external(model)
        with mt, torch.no_grad():
            model(*args)
        snap = mt.get_tracker_snapshot("peak")
    device = next(k for k in snap if str(k).startswith("cpu"))
    return {str(k).rsplit(".", 1)[-1]: int(v) for k, v in snap[device].items() if v}


def main() -> int:
    timm = _import_timm()
    import transformers
    from transformers import Gemma3nAudioConfig
    from transformers.models.gemma3n.modeling_gemma3n import Gemma3nAudioEncoder

    print(f"torch {torch.__version__}, transformers {transformers.__version__}, timm {timm.__version__}")
    for images in (1, 4):
        got = peak(
            lambda: timm.create_model("mobilenetv5_300m_enc", pretrained=False, num_classes=0),
            lambda n=images: (torch.empty(n, 3, 768, 768, dtype=torch.bfloat16),),
        )
        print(f"vision, {images} image(s) of 768 x 768:", got)
    frames = 3000  # 30 s of 10 ms frames
    got = peak(
        lambda: Gemma3nAudioEncoder(Gemma3nAudioConfig()),
        lambda: (torch.empty(1, frames, 128, dtype=torch.bfloat16), torch.zeros(1, frames, dtype=torch.bool)),
    )
    print("audio, 30 s:", got)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
