"""A checkpoint that long computations pass between their steps (each memory model built; in the fit explorer's
`core.fit.explore`, measured on Llama 3.1 8B and Qwen2.5 7B training: every 2-3 ms, at most 6-12 ms; 57 ms once in
a process's first call), where a program running them on a background thread may hold them while its user waits.
Python runs one thread at a time (the GIL), and a window calling into Qt lets the interpreter go on every call: a
background computation beside an edit took it each time, and the window waited up to Python's switch interval (5 ms)
to get it back, call after call. The checkpoint does nothing unless a program sets one (gui/workers.py does)."""

from __future__ import annotations

from collections.abc import Callable

_checkpoint: Callable[[], None] | None = None


def set_checkpoint(hook: Callable[[], None] | None) -> None:
    """`hook` is called at each checkpoint, on the computing thread; it may block. None: nothing."""
    global _checkpoint
    _checkpoint = hook


def checkpoint() -> None:
    hook = _checkpoint
    if hook is not None:
        hook()
