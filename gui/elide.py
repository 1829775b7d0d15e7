"""Names cut to fit, never cut alike: `elide_apart` shortens one name of a list in the middle, as Qt's ElideMiddle
does, but always keeps enough of its start or its end to read unlike every other name of the list, however those
are shortened. Middle elision alone made "Llama 3.1 70B on 4 × A100, fp8 weights, vLLM" and "…, bf16 weights, vLLM"
both read "Lla…LM" in their tabs, and both copies of one of them "Llama 3.1 70B on 4 × A100, bf16 weights…" in the
Compare legend (seen on Xvfb at 1280×720, issue 11). Pure Python: the tabs measure in pixels, the legend in
characters."""

from __future__ import annotations

from collections.abc import Callable, Sequence

ELLIPSIS = "…"
WORD_CHARS = 6  # a kept start or end is rounded out to whole words where that adds at most this many characters


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def least_apart(names: Sequence[str], index: int) -> tuple[int, int]:
    """(head, tail): the fewest characters of names[index]'s start and end that, kept around an ellipsis, read
    unlike every other name, whole or elided: for each other name, either the head reaches past the start they
    share, or the tail past the end they share. (Then the two texts differ wherever the other is cut: the same
    head length means a different head, or the ellipsis sits elsewhere.) A name that another one repeats exactly
    is told apart from the rest only."""
    name = names[index]
    shared = [
        (_common_prefix(name, other), _common_suffix(name, other))
        for i, other in enumerate(names)
        if i != index and other != name
    ]
    best = (0, 0)
    best_len = len(name) + 1
    word = WORD_CHARS
    # each head worth trying: none, or just past the start shared with some other name
    for head in sorted({0, *(min(prefix + 1, len(name)) for prefix, _suffix in shared)}):
        tail = max((suffix + 1 for prefix, suffix in shared if prefix >= head), default=0)
        tail = min(tail, len(name) - head)
        if head + tail < best_len:
            best, best_len = (head, tail), head + tail
    head, tail = best
    # whole words where they are short: "…bf16 weights, vLLM" rather than "…6 weights, vLLM"
    if 0 < head < len(name):
        end = name.find(" ", head)
        end = len(name) if end < 0 else end
        if end - head <= word:
            head = end
    if 0 < tail < len(name) - head:
        start = name.rfind(" ", 0, len(name) - tail) + 1
        if len(name) - tail - start <= word:
            tail = max(len(name) - max(start, head), 0)
    return head, tail


def _joined(name: str, head: int, tail: int) -> str:
    if head + tail >= len(name):
        return name
    return name[:head] + ELLIPSIS + (name[len(name) - tail :] if tail else "")


def elide_apart(names: Sequence[str], index: int, fits: Callable[[str], bool]) -> str:
    """names[index] whole if it `fits`; else cut in the middle to the longest text that fits and keeps at least
    `least_apart`'s start and end. Where even that does not fit, that least text: the caller gives it room (a
    scenario tab asks for its width), as a tab that read like another would mislead."""
    name = names[index]
    if fits(name):
        return name
    head, tail = least_apart(names, index)
    if not fits(_joined(name, head, tail)):
        return _joined(name, head, tail)
    while head + tail < len(name):  # grow the shorter side first, as Qt's middle elision keeps both halves alike
        order = ((head + 1, tail), (head, tail + 1)) if head <= tail else ((head, tail + 1), (head + 1, tail))
        for h, t in order:
            text = _joined(name, h, t)
            if h + t < len(name) and fits(text):
                head, tail = h, t
                break
        else:
            break
    return _joined(name, head, tail)


def least_text(names: Sequence[str], index: int) -> str:
    """The shortest text elide_apart may give names[index]."""
    return _joined(names[index], *least_apart(names, index))
