"""Calculators against hand arithmetic and published figures."""

import pytest

from core import calculators as calc


def test_tensor_size_by_hand() -> None:
    # 8 × 4096 × 4096 = 134,217,728 bf16 elements × 2 bytes = 268,435,456 bytes = 0.268 GB = exactly 0.25 GiB
    t = calc.tensor_size([8, 4096, 4096], "bf16")
    assert (t.numel, t.bytes) == (134_217_728, 268_435_456)
    assert t.gb == pytest.approx(0.268435456) and t.gib == 0.25
    assert calc.tensor_size([1000], "float32").bytes == 4000
    assert calc.tensor_size([3, 5], "int4").bytes == 8  # 15 half-bytes round up to whole bytes
    # GGML q4_0: blocks of 32 values in 18 bytes (an fp16 scale + 16 bytes of nibbles, ggml-common.h block_q4_0):
    # 4096 × 4096 / 32 × 18 = 9,437,184 bytes = 4.5 bits per weight
    assert calc.tensor_size([4096, 4096], "q4_0").bytes == 9_437_184


@pytest.mark.parametrize(
    ("shape", "dtype", "needle"),
    [([0, 4], "bf16", "positive"), ([4, 4], "bf17", "unknown dtype"), ([4, 100], "q4_0", "multiple of its 32")],
)
def test_tensor_size_names_bad_input(shape: list[int], dtype: str, needle: str) -> None:
    with pytest.raises(calc.CalculatorError, match=needle):
        calc.tensor_size(shape, dtype)


def test_gpu_flops_worked_example_and_h100() -> None:
    # docs/domain.md: 1280 cores × 1.4 GHz × 2 FLOPs per cycle = 3.584 TFLOP/s
    assert calc.gpu_flops(1280, 1.4, 2).flops == pytest.approx(3.584e12)
    # H100 SXM5: 16,896 FP32 cores at a 1.98 GHz boost; NVIDIA's datasheet prints "FP32 67 teraFLOPS"
    h100 = calc.gpu_flops(16896, 1.98)
    assert h100.tflops == pytest.approx(66.908, abs=1e-3)
    assert h100.tflops == pytest.approx(67, rel=0.01)
    with pytest.raises(calc.CalculatorError, match="--cores"):
        calc.gpu_flops(0, 1.0)


def test_cpu_ram_to_load_per_runtime() -> None:
    model = 2 * 8_030_261_248  # Llama-3.1-8B in bf16: 16.06 GB
    # transformers with a device_map: at most one model size (docs: "The maximum memory usage is only the size of
    # the model"); nothing stays when every weight is on a GPU
    hf = calc.load_ram(model, "hf")
    assert (hf.peak_bytes, hf.resident_bytes) == (model, 0)
    # without low_cpu_mem_usage: the random model plus the largest shard (5 GB default shards) = 21.06 GB;
    # a single-file checkpoint is one shard: two copies
    assert calc.load_ram(model, "hf-legacy").peak_bytes == model + 5_000_000_000
    assert calc.load_ram(model, "hf-legacy", largest_shard_bytes=model).peak_bytes == 2 * model
    # llama.cpp maps the file: half the layers on the CPU → half the file as page cache, not swap
    half = calc.load_ram(42_520_000_000, "llama.cpp", gpu_fraction=0.5)
    assert half.resident_bytes == 21_260_000_000 and not half.swap_backed
    assert calc.load_ram(42_520_000_000, "llama.cpp-no-mmap", gpu_fraction=0.5).swap_backed
    with pytest.raises(calc.CalculatorError, match="between 0 and 1"):
        calc.load_ram(model, "hf", gpu_fraction=1.5)


@pytest.mark.parametrize("text", ["8, 4096, 4096", "8x4096x4096", "8×4096×4096", "8 4_096 4096"])
def test_shape_as_people_type_it(text: str) -> None:
    assert calc.parse_shape(text) == [8, 4096, 4096]
    with pytest.raises(calc.CalculatorError, match="integers"):
        calc.parse_shape("8, four")


def test_known_dtypes_are_the_ones_tensor_size_takes() -> None:
    names = calc.known_dtypes()
    # PyTorch's element sizes first (bf16: 2 bytes), then llama.cpp's block types (q8_0: 34 bytes per 32 values)
    assert names[: len(calc.DTYPE_BYTES)] == list(calc.DTYPE_BYTES) and "q8_0" in names
    assert calc.tensor_size([32], "q8_0").bytes == 34
