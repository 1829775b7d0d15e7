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
from core.messages import Message
from core.reasons import os_reason


def _describe(path: Path, exc: OSError) -> str:
    try:
        if path.is_symlink():
            target = os.readlink(path)
            return Message(
                "import.broken_link", "links to {target}, which does not exist: an incomplete download?", target=target
            )
    except OSError:
        pass
    if isinstance(exc, FileNotFoundError):
        return Message("import.no_such_file", "no such file")
    return Message("import.unreadable", "cannot be read ({reason})", reason=os_reason(exc))


def regular_size(path: Path, source: str | None = None) -> int:
    """The size of `path` if it is a regular file (links followed); else a ModelFormatError saying what it is."""
    src = source or str(path)
    try:
        st = os.stat(path)
    except (OSError, ValueError) as exc:  # ValueError: an embedded NUL byte
        if isinstance(exc, ValueError):
            raise ModelFormatError(src, Message("import.bad_file_name", "not a valid file name")) from None
        raise ModelFormatError(src, _describe(path, exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ModelFormatError(src, Message("import.is_folder", "is a folder, not a file"))
    if not stat.S_ISREG(st.st_mode):
        raise ModelFormatError(
            src, Message("import.special_file", "not a regular file (a device, pipe or socket); refused")
        )
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
        raise ModelFormatError(
            src,
            Message(
                "import.too_large",
                "{n:,} bytes is too large for {what} (at most {limit:,}); refused",
                n=size,
                what=what,
                limit=limit,
            ),
        )
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # swapped between stat and open
                raise ModelFormatError(src, Message("import.not_regular_refused", "not a regular file; refused"))
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ModelFormatError(src, _describe(path, exc)) from None
    if len(data) > limit:
        raise ModelFormatError(
            src,
            Message(
                "import.too_large_read",
                "more than {limit:,} bytes: too large for {what}; refused",
                limit=limit,
                what=what,
            ),
        )
    return data


def read_text(path: Path, limit: int, what: str, source: str | None = None) -> str:
    src = source or str(path)
    data = read_bounded(path, limit, what, src)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ModelFormatError(
            src,
            Message(
                "import.not_utf8_at", "not UTF-8 text (bad byte at offset {at:,}); not {what}", at=exc.start, what=what
            ),
        ) from None
