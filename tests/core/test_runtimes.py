"""Serving engines as data (core/runtimes.py): the code reads an engine's traits, never its name, and the CLI and the
scenario offer exactly the engines of the table. What each engine allocates is held to published logs in
tests/core/test_engines.py and tests/core/test_serving_accuracy.py."""

import argparse
import re
from pathlib import Path
from typing import get_args

from core import cli, runtimes
from tests.core.helpers import scenario

ROOT = Path(__file__).resolve().parents[2]
# a comparison with an engine's literal name: runtime.name == "vllm", name in ("llama.cpp", "ollama"), ...
NAME_COMPARISON = re.compile(r'(==|!=|\bin)\s*\(?\s*"(hf|vllm|sglang|llama\.cpp|ollama)"')
# not serving engines: a training stack's id ("hf" is also a stack) and the CPU-RAM calculator's file loaders
# ("hf", "llama.cpp" load a file; core/calculators.py LoadRuntime)
NOT_ENGINES = ("stack", "core/calculators.py")


def test_no_code_compares_a_runtime_name() -> None:
    found = []
    for folder in ("core", "gui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel == "core/runtimes.py" or rel == "gui/engine_messages.py" or rel in NOT_ENGINES:
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if NAME_COMPARISON.search(line) and not any(word in line for word in NOT_ENGINES):
                    found.append(f"{rel}:{n}: {line.strip()}")
    assert not found, "read the engine's traits (scenario.runtime.spec) instead:\n" + "\n".join(found)


def test_the_scenario_and_the_cli_offer_the_table() -> None:
    assert get_args(runtimes.RuntimeName) == tuple(runtimes.ENGINES)
    parser = cli.build_parser()
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    commands = [p for sub in subparsers for p in sub.choices.values()] or [parser]
    choices = {tuple(a.choices or ()) for p in commands for a in p._actions if "--runtime" in a.option_strings}
    assert choices == {runtimes.RUNTIME_NAMES}


def test_each_engine_reads_its_own_fields() -> None:
    # the GUI shows a row for each field the engine reads; the warnings name fields set for an engine that reads none
    # of their group: SGLang's share set under vLLM is ignored and said so
    s = scenario(runtime={"name": "vllm", "mem_fraction_static": 0.8})
    assert any("apply to SGLang only" in str(w) for w in s.warnings())
    s = scenario(runtime={"name": "sglang", "mem_fraction_static": 0.8})
    assert not any("apply to SGLang only" in str(w) for w in s.warnings())
    # llama.cpp reads n_gpu_layers: no warning; vLLM does not
    assert not any(
        "llama.cpp and Ollama only" in str(w)
        for w in scenario(runtime={"name": "llama.cpp", "n_gpu_layers": 3}, precision={"weights": "q4_k_m"}).warnings()
    )
    assert any(
        "llama.cpp and Ollama only" in str(w) for w in scenario(runtime={"name": "vllm", "n_gpu_layers": 3}).warnings()
    )
