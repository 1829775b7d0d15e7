"""A Hugging Face Hub repo id → `ModelRef`, from its config.json and safetensors index only.

Only JSON is fetched: `config.json`, `model.safetensors.index.json` when the repo has one, and the safetensors
headers of the single file or of every shard (ranged reads through `get_safetensors_metadata`), whose exact shapes
are held against the config's count (core.importers.checkpoint_check). Weights are never downloaded and no code
from the repo is run (`trust_remote_code` never comes into it: the config is parsed as JSON by
`core.importers.hf_config`).

`resolve(..., offline=True)` reads the local Hugging Face cache only (HF_HUB_CACHE, HUGGINGFACE_HUB_CACHE or
HF_HOME/hub, read when called); `fetch` goes online and reports progress, for the GUI's worker thread.
"""

from __future__ import annotations

import logging
import os
import re
import socket
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

import huggingface_hub
from huggingface_hub import constants as hf_constants
from huggingface_hub import errors as hf_errors

from core.errors import ModelFormatError, SizingError
from core.importers import safetensors_file
from core.messages import Message
from core.reasons import http_detail, os_detail, os_reason
from core.safe_file import is_broken_link, is_file, read_bounded
from core.scenario import ModelRef

CONFIG = "config.json"
INDEX = "model.safetensors.index.json"
SINGLE = "model.safetensors"

_PART = r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?"
_REPO_RE = re.compile(rf"^{_PART}/{_PART}$")
_URL_PREFIXES = ("https://huggingface.co/", "http://huggingface.co/", "huggingface.co/", "hf://")

Progress = Callable[[str], None]

logger = logging.getLogger(__name__)


def validate_repo_id(repo_id: str) -> str:
    """'org/name' (a huggingface.co URL is accepted too) → the id, or a SizingError saying what is wrong."""
    text = repo_id.strip()
    for prefix in _URL_PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :].strip("/")
            break
    if not _REPO_RE.match(text) or "--" in text or ".." in text or text.endswith(".git"):
        raise SizingError(
            Message(
                "hub.bad_id",
                "'{repo}' is not a Hugging Face repo id: expected 'organisation/name' (letters, digits, '-', '_' and "
                "'.'; no '--' or '..'), e.g. 'Qwen/Qwen2.5-7B'",
                repo=repo_id,
            )
        )
    return text


def cache_dir() -> Path:
    """The Hugging Face hub cache folder, from the environment as it is now."""
    env = os.environ
    for var in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if env.get(var):
            return Path(os.path.expandvars(os.path.expanduser(env[var])))
    xdg = env.get("XDG_CACHE_HOME") or os.path.join("~", ".cache")
    home = env.get("HF_HOME") or os.path.join(xdg, "huggingface")
    return Path(os.path.expandvars(os.path.expanduser(home))) / "hub"


def resolve(repo_id: str, *, offline: bool = True) -> tuple[ModelRef, list[str]]:
    """A repo id → (ModelRef, notes). Offline: from the local cache only; online: see `fetch`."""
    rid = validate_repo_id(repo_id)
    if not offline:
        return fetch(rid)
    cache = cache_dir()
    config = _cached(rid, CONFIG, cache)
    if config is None:
        raise SizingError(
            Message(
                "hub.not_cached",
                "'{repo}' is not in the local Hugging Face cache ({cache}): its config.json has not been downloaded. "
                "Fetch it from the Hub in the app, or run `hf download {repo} {config} {index}` (set HF_HUB_CACHE or "
                "HF_HOME if your cache lives elsewhere)",
                repo=rid,
                cache=str(cache),
                config=CONFIG,
                index=INDEX,
            )
        )
    notes: list[str] = [
        Message("hub.from_cache", "read from the local Hugging Face cache ({folder})", folder=str(config.parent))
    ]
    index = _cached(rid, INDEX, cache)
    single = _cached(rid, SINGLE, cache) if index is None else None
    tensors: list[safetensors_file.Tensor] | None = None
    stored: int | None = None
    if index is not None:
        tensors, stored, more = safetensors_file.index_contents(safetensors_file.read_index(index))
        notes += more
    elif single is not None:
        header = safetensors_file.read_header(single)
        tensors, stored = list(header.tensors), header.nbytes
    else:
        notes.append(
            Message(
                "hub.cache_no_header",
                "no safetensors index or header in the cache: stored size unknown (fetch from the Hub for the exact "
                "bytes)",
            )
        )
    return _build(rid, config, tensors, stored, notes)


def fetch(repo_id: str, progress: Progress | None = None) -> tuple[ModelRef, list[str]]:
    """Online: download config.json and the safetensors index (or read a single file's header) into the
    cache, reporting each step to `progress`, then build the ModelRef. Never downloads weights."""
    rid = validate_repo_id(repo_id)
    say: Progress = progress or (lambda _msg: None)
    cache = cache_dir()
    logger.info("fetching %s from the Hugging Face Hub (cache %s)", rid, cache)
    _reachable(rid)
    notes: list[str] = []
    say(CONFIG)
    config = _download(rid, CONFIG, cache, required=True)
    assert config is not None
    say("safetensors index")
    index = _download(rid, INDEX, cache, required=False)
    tensors: list[safetensors_file.Tensor] | None = None
    stored: int | None = None
    if index is not None:
        tensors, stored, more = safetensors_file.index_contents(safetensors_file.read_index(index))
        if tensors is None:  # the shards are not here: every shard's header by ranged reads, never the weights
            say("safetensors headers")
            remote, why = _remote_header(rid)
            if remote is not None:
                tensors, stored = remote, sum(t.nbytes for t in remote)
                more = [
                    Message(
                        "hub.remote_headers",
                        "read the safetensors headers of every shard from the Hub ({n:,} tensors)",
                        n=len(remote),
                    )
                ]
            else:
                more += why
        notes += more
    else:
        say("safetensors header")
        tensors, more = _remote_header(rid)
        notes += more
        if tensors is not None:
            stored = sum(t.nbytes for t in tensors)
    say("done")
    return _build(rid, config, tensors, stored, notes)


# ------------------------------------------------------------------------------------------------ helpers


def _build(
    rid: str,
    config: Path,
    tensors: list[safetensors_file.Tensor] | None,
    stored: int | None,
    notes: list[str],
) -> tuple[ModelRef, list[str]]:
    return safetensors_file.build(
        source=f"hf://{rid}",
        tensors=tensors,
        stored=stored,
        config=safetensors_file.read_config(config),
        config_source=f"hf://{rid}/{CONFIG}",
        name=rid,
        notes=notes,
        path=None,
    )


def _cached(rid: str, filename: str, cache: Path) -> Path | None:
    """The cached file, None when it is not cached; a snapshot entry that is a link to a missing blob (an
    interrupted download) is refused by name rather than read as absent."""
    try:
        found = huggingface_hub.try_to_load_from_cache(rid, filename, cache_dir=cache)
    except (OSError, ValueError) as exc:
        raise SizingError(
            Message(
                "hub.cache_unreadable",
                "the Hugging Face cache entry for '{repo}' cannot be read: {reason}",
                repo=rid,
                reason=os_detail(exc),
            )
        ) from None
    if isinstance(found, str) and is_file(Path(found)):
        return Path(found)
    _refuse_broken_link(rid, filename, cache)
    return None


def _refuse_broken_link(rid: str, filename: str, cache: Path) -> None:
    """huggingface_hub reports a snapshot entry whose blob is missing as "not cached"; name it instead."""
    repo = cache / ("models--" + rid.replace("/", "--"))
    try:
        revision = read_bounded(repo / "refs" / "main", 256, "a revision").decode("ascii").strip()
    except (SizingError, UnicodeDecodeError):
        return
    entry = repo / "snapshots" / revision / filename
    if revision and "/" not in revision and is_broken_link(entry):
        raise ModelFormatError(
            str(entry),
            Message(
                "import.broken_link",
                "links to {target}, which does not exist: an incomplete download?",
                target=os.readlink(entry),
            ),
        )


def _reachable(rid: str) -> None:
    """Fail at once when the Hub's host name does not resolve (no network): huggingface_hub would retry with
    back-off for about 25 s before giving up (measured offline with huggingface_hub 2.4). Skipped in offline mode
    (HF_HUB_OFFLINE), where the client itself answers from the cache at once."""
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "on", "yes", "true"):
        return
    host = urlparse(hf_constants.ENDPOINT).hostname or "huggingface.co"
    try:
        socket.getaddrinfo(host, 443, type=socket.SOCK_STREAM)
    except OSError as exc:  # socket.gaierror: no DNS, no network
        logger.info("cannot resolve %s: %s", host, exc)
        raise SizingError(
            Message(
                "hub.no_dns",
                "could not reach the Hugging Face Hub to fetch '{repo}': the name {host} does not resolve ({reason}); "
                "offline, or a network problem",
                repo=rid,
                host=host,
                reason=os_reason(exc),
            )
        ) from None


def _hub_download(rid: str, filename: str, cache: Path) -> str:
    """hf_hub_download; a failure is logged with the Hub client's own traceback before `_download` turns it into
    a message that says what to do."""
    try:
        return huggingface_hub.hf_hub_download(rid, filename, cache_dir=cache)
    except hf_errors.RemoteEntryNotFoundError:
        logger.debug("%s has no %s", rid, filename)  # optional files are often absent
        raise
    except Exception:
        logger.info("Hub download of %s from %s failed", filename, rid, exc_info=True)
        raise


def _download(rid: str, filename: str, cache: Path, *, required: bool) -> Path | None:
    """One small JSON file into the cache; None when an optional file does not exist in the repo."""
    try:
        return Path(_hub_download(rid, filename, cache))
    except hf_errors.GatedRepoError:
        raise SizingError(
            Message(
                "hub.gated",
                "'{repo}' is gated: accept its licence on https://huggingface.co/{repo} and log in with "
                "`hf auth login`",
                repo=rid,
            )
        ) from None
    except hf_errors.RepositoryNotFoundError:
        raise SizingError(
            Message(
                "hub.not_found",
                "'{repo}' was not found on the Hugging Face Hub (if it is private, log in with `hf auth login`)",
                repo=rid,
            )
        ) from None
    except hf_errors.RevisionNotFoundError:
        raise SizingError(Message("hub.no_main", "'{repo}' has no 'main' revision on the Hub", repo=rid)) from None
    except hf_errors.RemoteEntryNotFoundError:
        if required:
            raise SizingError(
                Message(
                    "hub.no_file",
                    "'{repo}' has no {file} (a GGUF-only or non-transformers repo?): download the model file and open "
                    "it instead",
                    repo=rid,
                    file=filename,
                )
            ) from None
        return None
    except hf_errors.LocalEntryNotFoundError:
        raise SizingError(
            Message(
                "hub.offline",
                "could not reach the Hugging Face Hub to fetch {file} for '{repo}', and it is not cached (offline, "
                "HF_HUB_OFFLINE set, or a network problem)",
                file=filename,
                repo=rid,
            )
        ) from None
    except hf_errors.HfHubHTTPError as exc:
        raise SizingError(
            Message(
                "hub.refused",
                "the Hugging Face Hub refused {file} for '{repo}': {reason}",
                file=filename,
                repo=rid,
                reason=http_detail(exc),
            )
        ) from None
    except OSError as exc:
        raise SizingError(
            Message(
                "hub.fetch_failed",
                "could not fetch {file} for '{repo}' from the Hugging Face Hub: {reason}",
                file=filename,
                repo=rid,
                reason=os_detail(exc),
            )
        ) from None


def _remote_header(rid: str) -> tuple[list[safetensors_file.Tensor] | None, list[str]]:
    """Tensor list of a repo's safetensors headers — the single file's, or every shard's (ranged reads of the
    headers only, huggingface_hub.get_safetensors_metadata); None with a note otherwise."""
    try:
        meta = huggingface_hub.get_safetensors_metadata(rid)
    except hf_errors.NotASafetensorsRepoError:
        return None, [
            Message("hub.no_safetensors", "the repo has no model.safetensors or safetensors index: stored size unknown")
        ]
    except Exception as exc:  # optional step: any failure leaves the stored size unknown, with the reason
        logger.info("safetensors header of %s not read from the Hub", rid, exc_info=True)
        return None, [
            Message(
                "hub.header_failed",
                "could not read the safetensors header from the Hub ({error}: {detail}); stored size unknown",
                error=type(exc).__name__,
                detail=http_detail(exc),
            )
        ]
    tensors: list[safetensors_file.Tensor] = []
    for filename, file_meta in meta.files_metadata.items():
        for name, info in file_meta.tensors.items():
            entry = {"dtype": info.dtype, "shape": list(info.shape), "data_offsets": list(info.data_offsets)}
            tensors.append(safetensors_file.tensor_entry(name, entry, f"hf://{rid}/{filename}"))
    return tensors, []
