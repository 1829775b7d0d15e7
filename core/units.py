"""Byte units: GiB = 2**30 bytes, GB = 10**9 bytes. Every figure shown carries its unit."""

from __future__ import annotations

GIB = 2**30
GB = 10**9


def format_bytes(n: float, unit: str = "GiB") -> str:
    """Bytes in the user's unit family with sensible precision: 14.96 GiB, 512 MiB, 980 KB."""
    if unit == "GB":
        steps = (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("KB", 1e3))
    else:
        steps = (("TiB", 2**40), ("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10))
    neg = n < 0
    n = abs(n)
    for name, div in steps:
        if n >= div:
            v = n / div
            digits = 2 if v < 10 else (1 if v < 100 else 0)
            return f"{'-' if neg else ''}{v:,.{digits}f} {name}"
    return f"{'-' if neg else ''}{n:,.0f} B"
