"""Work that depends on one frozen object alone (a model's architecture or stack: pydantic models with frozen=True),
done once per object: found by the object's identity, where an lru_cache would hash the whole object on every call
(an architecture's nested hash is 4 µs for Llama 3.1 8B) and compare it field by field on a hit.

An entry holds the object itself, so its id is not taken by another while the entry lives; model_copy makes a new
object, which is worked out anew. An object equal to one seen but not the same is worked out again (the callers
keep their lru_caches behind this where that matters)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

LIMIT = 1024  # entries before the memo starts over (each a few numbers or a reference to an lru_cache's value)
_MEMO: dict[tuple[int, Hashable], tuple[object, Any]] = {}


def by_identity(obj: object, key: Hashable, make: Callable[[], T]) -> T:
    """make()'s value for `obj` and `key`, made once while `obj` lives in the memo."""
    k = (id(obj), key)
    hit = _MEMO.get(k)
    if hit is not None and hit[0] is obj:
        value: T = hit[1]
        return value
    value = make()
    if len(_MEMO) >= LIMIT:
        _MEMO.clear()
    _MEMO[k] = (obj, value)
    return value
