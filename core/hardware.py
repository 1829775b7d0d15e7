"""Accelerator specifications as the engine uses them (the catalogue's entries validate into this)."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PositiveFloat, PositiveInt, PrivateAttr, field_validator

from core.messages import Message

GIB = 2**30

Precision = Literal["fp64", "fp32", "tf32", "bf16", "fp16", "fp8", "int8", "int4", "fp4"]


# Bounds no accelerator reaches (today: ~300 GB, ~8 TB/s, ~10 PFLOP/s dense fp4), so that a hand-edited custom GPU
# cannot turn a time or throughput figure into infinity or zero; each refusal names the field and the limit.
MAX_MEMORY_GB = 100_000
MAX_BANDWIDTH_GBPS = 1_000_000
MAX_TFLOPS = 1_000_000


class GpuMemory(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    advertised: PositiveFloat = Field(le=MAX_MEMORY_GB)
    advertised_unit: Literal["GB", "GiB"] = "GB"
    type: str = ""
    usable_bytes: PositiveInt | None = Field(
        None, le=MAX_MEMORY_GB * 10**9, description="what the driver reports (nvidia-smi total)"
    )
    usable_source: str | None = None
    usable_quote: str | None = None
    unified: bool = False


class GpuCompute(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True, allow_inf_nan=False)

    cores: PositiveInt | None = Field(None, le=10**8)
    boost_clock_mhz: PositiveFloat | None = Field(None, le=10**5)
    tensor_cores: PositiveInt | None = Field(None, le=10**8)


class GpuSpec(BaseModel):
    # NaN/Infinity refused everywhere: a custom GPU comes from a user's .sizing file, and a NaN or negative rate
    # would flow into every time and throughput figure
    model_config = ConfigDict(extra="ignore", frozen=True, allow_inf_nan=False)

    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9.\-]*$")
    name: str
    vendor: str = ""
    category: str = "other"
    architecture: str | None = None
    release_year: int | None = None
    memory: GpuMemory
    bandwidth_gbps: PositiveFloat | None = Field(None, le=MAX_BANDWIDTH_GBPS)
    tflops: dict[str, float | None] = Field(default_factory=dict)
    tflops_notes: str = ""
    interconnect: str | None = None
    tdp_w: float | None = Field(None, gt=0)
    compute: GpuCompute | None = None
    source: str = ""
    notes: list[str] = Field(default_factory=list)
    custom: bool = False
    # Rental price, only with a source (a provider's published on-demand rate and its date); never estimated.
    price_usd_per_hour: PositiveFloat | None = Field(None, description="USD per GPU-hour, with price_source")
    price_source: str = ""

    _hash: int | None = PrivateAttr(None)

    @field_validator("tflops")
    @classmethod
    def _rates_positive(cls, rates: dict[str, float | None]) -> dict[str, float | None]:
        for key, val in rates.items():
            if val is not None and not (math.isfinite(val) and 0 < val <= MAX_TFLOPS):
                raise ValueError(
                    Message(
                        "gpu.tflops_range",
                        "tflops.{key} must be a positive finite number of at most {limit:,.0f} (or null), not {value}",
                        key=key,
                        limit=MAX_TFLOPS,
                        value=repr(val),
                    )
                )
        return rates

    def __hash__(self) -> int:
        # frozen but holds dicts: hash the content (once) so scenarios with a custom GPU can key caches
        if self._hash is None:
            private = self.__pydantic_private__
            assert private is not None
            private["_hash"] = hash(self.model_dump_json())
        return self._hash or 0

    @property
    def usable_bytes(self) -> int:
        """Memory a program can use. Sourced where known; else the advertised size read as GiB (NVIDIA's
        "80 GB" parts are 80 GiB of DRAM) less 0.5 % that drivers reserve — marked as estimated."""
        if self.memory.usable_bytes:
            return self.memory.usable_bytes
        if self.memory.advertised_unit == "GiB" or self.vendor in ("NVIDIA", "AMD"):
            return int(self.memory.advertised * GIB * 0.995)
        return int(self.memory.advertised * 1e9 * 0.995)

    @property
    def usable_is_measured(self) -> bool:
        return self.memory.usable_bytes is not None

    def peak_flops(self, precision: str) -> float | None:
        """Dense peak FLOP/s at `precision` (tensor-core rate), or None if unknown. Without a published fp32
        figure, fp32 is derived from the vector units: cores × clock × 2 FLOPs (one fused multiply-add)."""
        key = {"mixed-bf16": "bf16", "mixed-fp16": "fp16", "fp32": "fp32"}.get(precision, precision)
        val = self.tflops.get(key)
        if val is None and key == "fp32":
            val = self.tflops.get("tf32")
        if val is None and key == "fp32":
            return self.vector_flops()
        return None if val is None else float(val) * 1e12

    def vector_flops(self, flops_per_cycle: int = 2) -> float | None:
        """cores × boost clock × FLOPs per core per cycle (2 for an FMA): 1,280 × 1.4 GHz × 2 = 3.584 TFLOP/s."""
        c = self.compute
        if c is None or not c.cores or not c.boost_clock_mhz:
            return None
        return c.cores * c.boost_clock_mhz * 1e6 * flops_per_cycle

    @property
    def bandwidth_bytes_per_s(self) -> float | None:
        return None if self.bandwidth_gbps is None else self.bandwidth_gbps * 1e9
