"""A short fixed-seed run of bench/fuzz.py: every reader of user files, mutated inputs, no crash, hang or
blow-up. The long run (100,000+ inputs per reader) is a bench command; its figures are in README.md
(Robustness)."""

from __future__ import annotations

import pytest

from bench import fuzz

INPUTS = 200  # per reader: ~10 s for all six on 2 cores


@pytest.fixture(scope="module")
def tallies() -> dict[str, fuzz.Tally]:
    return fuzz.run(fuzz.READERS, inputs=INPUTS, seed=0, jobs=2)


def _clean(t: fuzz.Tally) -> str:
    sites = [f"{n} x {name} at {where} (input {first})" for (name, where), (n, first, _) in t.crashes.items()]
    return f"{dict(t.outcomes)}; crashes: {sites}"


@pytest.mark.fuzz
@pytest.mark.parametrize("reader", fuzz.READERS)
def test_no_input_crashes_hangs_or_blows_up(tallies: dict[str, fuzz.Tally], reader: str) -> None:
    t = tallies[reader]
    assert t.inputs == INPUTS
    assert t.outcomes["crash"] == t.outcomes["hang"] == t.outcomes["blowup"] == 0, _clean(t)
    assert t.vague == 0, _clean(t)  # every refusal says what is wrong, not a wrapped internal error
    # the mutations must leave some inputs readable and make most of them wrong, or the run tests little
    assert t.outcomes["accepted"] > 0 and t.outcomes["refused"] > INPUTS // 2
