"""core.memo.by_identity: work on a frozen object, once per object."""

from __future__ import annotations

from core import catalog, memo


def test_the_same_object_is_worked_out_once_and_a_copy_anew() -> None:
    """Asked twice about one architecture, `make` runs once; a model_copy with another field (a new object, another
    value) runs it again, and so does an equal object that is not the same one (it may differ in nothing but
    identity: the memo never compares values)."""
    arch = catalog.preset_architecture("llama-3.1-8b")
    made: list[int] = []

    def layers(a: object) -> int:
        n = a.decoder.num_layers  # type: ignore[attr-defined]
        made.append(n)
        return int(n)

    assert memo.by_identity(arch, "test.layers", lambda: layers(arch)) == 32
    assert memo.by_identity(arch, "test.layers", lambda: layers(arch)) == 32
    assert made == [32]
    assert arch.decoder is not None
    other = arch.model_copy(update={"decoder": arch.decoder.model_copy(update={"num_layers": 16})})
    assert memo.by_identity(other, "test.layers", lambda: layers(other)) == 16
    equal = arch.model_copy()
    assert equal == arch and equal is not arch
    assert memo.by_identity(equal, "test.layers", lambda: layers(equal)) == 32
    assert made == [32, 16, 32]


def test_a_full_memo_starts_over_and_still_answers() -> None:
    """Past LIMIT entries the memo is emptied: what was in it is worked out again, right."""
    objects = [object() for _ in range(memo.LIMIT + 5)]
    for i, o in enumerate(objects):
        assert memo.by_identity(o, "test.index", lambda i=i: i) == i  # type: ignore[misc]
    assert len(memo._MEMO) <= memo.LIMIT
    assert memo.by_identity(objects[0], "test.index", lambda: -1) == -1  # gone: made again
    assert memo.by_identity(objects[-1], "test.index", lambda: -1) == len(objects) - 1  # kept
