"""Other programs' words inside the engine's sentences, given ids: the system's reason a file cannot be opened
("[Errno 2] No such file or directory"), a network failure, an HTTP status from the Hugging Face Hub, and pydantic's
verdict on a value. The CLI prints each exactly as that program wrote it (`core.messages.worded` keeps the text);
the window says the common ones in its language by their id. A reason not listed here stays the program's own text
(the window shows it as it is, a detail quoted inside a translated sentence)."""

from __future__ import annotations

import errno
import re
import socket
from typing import Any

from core.messages import Message, join, worded

# errno → the system's reason, as glibc's strerror writes it (the English template of the catalogue; another system's
# wording of the same errno is printed as that system wrote it and said by the same id in the window)
_ERRNO = {
    errno.ENOENT: Message("reason.enoent", "No such file or directory"),
    errno.EACCES: Message("reason.eacces", "Permission denied"),
    errno.EPERM: Message("reason.eperm", "Operation not permitted"),
    errno.EISDIR: Message("reason.eisdir", "Is a directory"),
    errno.ENOTDIR: Message("reason.enotdir", "Not a directory"),
    errno.ENOSPC: Message("reason.enospc", "No space left on device"),
    errno.EROFS: Message("reason.erofs", "Read-only file system"),
    errno.ENAMETOOLONG: Message("reason.enametoolong", "File name too long"),
    errno.ELOOP: Message("reason.eloop", "Too many levels of symbolic links"),
    errno.EIO: Message("reason.eio", "Input/output error"),
    errno.ETIMEDOUT: Message("reason.etimedout", "Connection timed out"),
    errno.ECONNREFUSED: Message("reason.econnrefused", "Connection refused"),
    errno.ECONNRESET: Message("reason.econnreset", "Connection reset by peer"),
    errno.ENETUNREACH: Message("reason.enetunreach", "Network is unreachable"),
    errno.EHOSTUNREACH: Message("reason.ehostunreach", "No route to host"),
    errno.EEXIST: Message("reason.eexist", "File exists"),
    errno.EBUSY: Message("reason.ebusy", "Device or resource busy"),
    errno.EFBIG: Message("reason.efbig", "File too large"),
    errno.EMFILE: Message("reason.emfile", "Too many open files"),
    errno.EINVAL: Message("reason.einval", "Invalid argument"),
    errno.ENOMEM: Message("reason.enomem", "Cannot allocate memory"),
    errno.ECONNABORTED: Message("reason.econnaborted", "Software caused connection abort"),
    errno.ENETDOWN: Message("reason.enetdown", "Network is down"),
}
# a disk quota (not in Windows' errno table)
if hasattr(errno, "EDQUOT"):
    _ERRNO[errno.EDQUOT] = Message("reason.edquot", "Disk quota exceeded")
# getaddrinfo's failures (socket.gaierror: the errno is an EAI_ code, not an errno)
_EAI = {
    getattr(socket, "EAI_NONAME", -2): Message("reason.eai_noname", "Name or service not known"),
    getattr(socket, "EAI_AGAIN", -3): Message("reason.eai_again", "Temporary failure in name resolution"),
}
_TIMED_OUT = Message("reason.timed_out", "timed out")  # socket.timeout's text (TimeoutError without an errno)


def _kind(exc: BaseException) -> Message | None:
    code = getattr(exc, "errno", None)
    if isinstance(exc, socket.gaierror):
        return _EAI.get(code) if isinstance(code, int) else None
    if isinstance(code, int) and code in _ERRNO:
        return _ERRNO[code]
    if isinstance(exc, TimeoutError):
        return _TIMED_OUT
    return None


def os_reason(exc: BaseException) -> str:
    """The system's reason for `exc` (its strerror, else its text) — with an id when it is a common one."""
    text = str(getattr(exc, "strerror", None) or exc)
    kind = _kind(exc)
    return worded(text, kind) if kind is not None else text


def os_detail(exc: BaseException) -> str:
    """`str(exc)` ("[Errno 13] Permission denied: '/x'") — with an id when its reason is a common one: the window
    says the reason and the file it names."""
    text = str(exc)
    kind = _kind(exc)
    if kind is None:
        return text
    name = getattr(exc, "filename", None)
    if name is not None:
        return worded(text, Message("reason.os_file", "{reason}: {file}", reason=kind, file=str(name)))
    return worded(text, kind)


# HTTP statuses the Hub answers with (huggingface_hub's HfHubHTTPError, its text: "429 Client Error: Too Many
# Requests for url: …"): said by status in the window, the whole text kept by the CLI
_HTTP = {
    401: Message("reason.http_401", "HTTP 401: not authorised (log in with `hf auth login`)"),
    403: Message("reason.http_403", "HTTP 403: access refused (a gated or private repo, or a token without access)"),
    404: Message("reason.http_404", "HTTP 404: not found"),
    407: Message("reason.http_407", "HTTP 407: the proxy asks for authentication (check the proxy settings)"),
    408: Message("reason.http_408", "HTTP 408: the request timed out; try again"),
    429: Message("reason.http_429", "HTTP 429: too many requests; wait a while and try again"),
}


def http_detail(exc: BaseException) -> str:
    """An HTTP error's text — with an id when its status is a common one (401, 403, 404, 407, 408, 429, 5xx)."""
    text = str(exc)
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    if not isinstance(status, int):
        return os_detail(exc)
    if status in _HTTP:
        return worded(text, _HTTP[status])
    if 500 <= status < 600:
        return worded(
            text, Message("reason.http_5xx", "HTTP {status}: the Hub's server failed; try again later", status=status)
        )
    return text


# --- pydantic's verdicts ----------------------------------------------------------------------------------------
# pydantic-core's message for each error type (pydantic_core's ErrorType templates, as 2.x writes them); a message
# is given an id only when it reads exactly so (the figure taken from the text: pydantic writes 1.0 as "1")
_PYDANTIC = {
    "greater_than": Message("pydantic.greater_than", "Input should be greater than {gt}", gt="{gt}"),
    "greater_than_equal": Message(
        "pydantic.greater_than_equal", "Input should be greater than or equal to {ge}", ge="{ge}"
    ),
    "less_than": Message("pydantic.less_than", "Input should be less than {lt}", lt="{lt}"),
    "less_than_equal": Message("pydantic.less_than_equal", "Input should be less than or equal to {le}", le="{le}"),
    "int_type": Message("pydantic.int_type", "Input should be a valid integer"),
    "int_parsing": Message(
        "pydantic.int_parsing", "Input should be a valid integer, unable to parse string as an integer"
    ),
    "int_from_float": Message(
        "pydantic.int_from_float", "Input should be a valid integer, got a number with a fractional part"
    ),
    "float_type": Message("pydantic.float_type", "Input should be a valid number"),
    "float_parsing": Message(
        "pydantic.float_parsing", "Input should be a valid number, unable to parse string as a number"
    ),
    "finite_number": Message("pydantic.finite_number", "Input should be a finite number"),
    "bool_type": Message("pydantic.bool_type", "Input should be a valid boolean"),
    "bool_parsing": Message("pydantic.bool_parsing", "Input should be a valid boolean, unable to interpret input"),
    "string_type": Message("pydantic.string_type", "Input should be a valid string"),
    "list_type": Message("pydantic.list_type", "Input should be a valid list"),
    "tuple_type": Message("pydantic.tuple_type", "Input should be a valid tuple"),
    "dict_type": Message("pydantic.dict_type", "Input should be a valid dictionary"),
    "missing": Message("pydantic.missing", "Field required"),
    "extra_forbidden": Message("pydantic.extra_forbidden", "Extra inputs are not permitted"),
    "literal_error": Message("pydantic.literal_error", "Input should be {expected}", expected="{expected}"),
    "enum": Message("pydantic.enum", "Input should be {expected}", expected="{expected}"),
}


def _choices(expected: str) -> str:
    """pydantic's "'a', 'b' or 'c'" as clauses the window joins its way (the same English)."""
    head, sep, last = expected.rpartition(" or ")
    items = head.split(", ") if sep else []
    if not items or ", ".join(items) + " or " + last != expected:
        return expected
    return Message("join.or", "{first} or {rest}", first=join(items, ", "), rest=last)


def validation_problem(err: Any, keep_prefix: bool = False) -> str:
    """What pydantic says is wrong with one value (one of `ValidationError.errors()`): the engine's own Message when
    a validator raised one (its English without pydantic's "Value error, " prefix, unless `keep_prefix`: a reader
    that always printed pydantic's whole text keeps printing it), pydantic's text with an id when it is one of the
    common kinds, else pydantic's text as it is."""
    msg = str(err["msg"])
    if err["type"] == "value_error":
        cause = (err.get("ctx") or {}).get("error")
        args: tuple[Any, ...] = getattr(cause, "args", ())
        text = msg.removeprefix("Value error, ")
        if len(args) == 1 and isinstance(args[0], Message) and str(args[0]) == text:
            return worded(msg, args[0]) if keep_prefix else args[0]
        return msg if keep_prefix else text
    known = _PYDANTIC.get(err["type"])
    if known is None:
        return msg
    pattern = "".join(
        f"(?P<{part[1:-1]}>.+)" if part.startswith("{") else re.escape(part)
        for part in re.split(r"(\{\w+\})", known.template)
        if part
    )
    match = re.fullmatch(pattern, msg, re.S)
    if match is None:
        return msg
    figures: dict[str, Any] = dict(match.groupdict())
    if "expected" in figures:
        figures["expected"] = _choices(figures["expected"])
    return Message._make(msg, known.id, known.template, figures)


def located(field: str, problem: str) -> str:
    """A refused value named by its field ("workload.context: Input should be less than or equal to 16777216")."""
    return Message("refusal.located", "{field}: {msg}", field=field, msg=problem)


def location(err: Any) -> str:
    """The dotted path of the value pydantic refused ('decoder.num_layers')."""
    return ".".join(str(p) for p in err["loc"])
