"""Opening files the user hands us (models, indexes, configs, .sizing files) without hanging or exhausting memory.

- only regular files are read: a FIFO blocks `open()` forever and a device (`/dev/zero`) reports size 0 and never
  ends, so the kind is checked with `stat` *before* opening, and the open is non-blocking as a second guard;
- a read never takes more than the caller's limit + 1 bytes, whatever `st_size` said;
- every OSError on a path (a name too long, a permission, a loop of links) becomes a `ModelFormatError` that names
  the path, and a broken symbolic link names its missing target (an incomplete Hugging Face download looks
  like that).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from core.errors import ModelFormatError


def _describe(path: Path, exc: OSError) -> str:
    try:
        if path.is_symlink():
            target = os.readlink(path)
            return f"links to {target}, which does not exist: an incomplete download?"
    except OSError:
        pass
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    return f"cannot be read ({exc.strerror or exc})"


def regular_size(path: Path, source: str | None = None) -> int:
    """The size of `path` if it is a regular file (links followed); else a ModelFormatError saying what it is."""
    src = source or str(path)
    try:
        st = os.stat(path)
    except (OSError, ValueError) as exc:  # ValueError: an embedded NUL byte
        if isinstance(exc, ValueError):
            raise ModelFormatError(src, "not a valid file name") from None
        raise ModelFormatError(src, _describe(path, exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ModelFormatError(src, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ModelFormatError(src, "not a regular file (a device, pipe or socket); refused")
    return st.st_size


def is_file(path: Path) -> bool:
    """Path.is_file() that answers False for names the system cannot even look up (too long, NUL bytes)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def is_broken_link(path: Path) -> bool:
    try:
        return path.is_symlink() and not path.exists()
    except (OSError, ValueError):
        return False


def read_bounded(path: Path, limit: int, what: str, source: str | None = None) -> bytes:
    """The whole of a regular file of at most `limit` bytes (reads at most limit + 1)."""
    src = source or str(path)
    size = regular_size(path, src)
    if size > limit:
        raise ModelFormatError(src, f"{size:,} bytes is too large for {what} (at most {limit:,}); refused")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # swapped between stat and open
                raise ModelFormatError(src, "not a regular file; refused")
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ModelFormatError(src, _describe(path, exc)) from None
    if len(data) > limit:
        raise ModelFormatError(src, f"more than {limit:,} bytes: too large for {what}; refused")
    return data


def read_text(path: Path, limit: int, what: str, source: str | None = None) -> str:
    src = source or str(path)
    data = read_bounded(path, limit, what, src)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ModelFormatError(src, f"not UTF-8 text (bad byte at offset {exc.start:,}); not {what}") from None
