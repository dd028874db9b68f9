"""Reading request bodies and query strings into the service's request objects.

Accepts what the official clients send: multipart/form-data (with files), urlencoded bodies,
and ``params`` / ``signature`` in the query string (GET, and as a fallback for other methods).
"""

from __future__ import annotations

import re
from contextlib import aclosing
from functools import lru_cache
from typing import Any

from starlette.datastructures import FormData, QueryParams, UploadFile
from starlette.formparsers import MultiPartParser
from starlette.requests import ClientDisconnect, Request

from ..core.assemblies.model import ClientInfo, CreateRequest, SignedRequest, UploadedPart
from ..errors import TransloaditError

_EXPECTED = ("tus_num_expected_upload_files", "num_expected_upload_files")
_RESERVED = {"params", "signature", *_EXPECTED}
_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
# A ``%`` must start an escape of two hex digits; lenient decoders would keep ``%zz`` as text.
_BAD_ESCAPE = re.compile(rb"%(?![0-9A-Fa-f]{2})")


def check_url_encoding(encoded: bytes, where: str) -> None:
    """``INVALID_URL_ENCODING`` when ``encoded`` (a query string or urlencoded body) holds a
    ``%`` that begins no valid escape: what the client meant cannot be known."""
    if b"%" in encoded and (bad := _BAD_ESCAPE.search(encoded)) is not None:
        sample = encoded[bad.start() : bad.start() + 3].decode("latin-1")
        raise TransloaditError("INVALID_URL_ENCODING", f"The {where} holds a malformed %-escape: {sample!r}.")


def client_info(request: Request) -> ClientInfo:
    """Who sent the request, from the connection and headers."""
    h = request.headers
    return ClientInfo(
        ip=request.client.host if request.client else None,
        agent=h.get("user-agent"),
        referer=h.get("referer"),
        transloadit_client=h.get("transloadit-client"),
    )


class _CompleteMultiPartParser(MultiPartParser):
    """Starlette's multipart parser, noting whether the closing delimiter arrived.

    python-multipart accepts a body that simply stops (its ``finalize`` checks nothing), so a part
    cut short would otherwise be dropped silently and the rest taken as the whole form.
    """

    closed = False
    started = False

    def on_part_begin(self) -> None:
        self.started = True
        super().on_part_begin()

    def on_end(self) -> None:
        self.closed = True


async def _read_multipart(request: Request) -> FormData:
    async with aclosing(request.stream()) as stream:
        parser = _CompleteMultiPartParser(request.headers, stream, max_files=10_000, max_fields=10_000)
        form = await parser.parse()
    if parser.started and not parser.closed:  # an empty body began no part: an empty form
        await form.close()  # the spooled files of the parts that did arrive
        raise TransloaditError("INVALID_FORM_DATA", "The multipart body ended before its closing delimiter.")
    return form


async def _read_form(request: Request) -> FormData | None:
    """The body as a form, or None when it is not one. A body that is malformed or ends early is
    ``INVALID_FORM_DATA``, one whose client went away midway ``REQUEST_PREMATURE_CLOSED``, and
    nothing of either is kept.

    Parsed once per request (an endpoint may read several fields in turns): the body is a stream.
    """
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith(_FORM_TYPES):
        return None
    cached: FormData | None = getattr(request.state, "form", None)
    if cached is not None:
        return cached
    try:
        if content_type.startswith("multipart/form-data"):
            form = await _read_multipart(request)
        else:
            check_url_encoding(await request.body(), "urlencoded body")  # form() reads the same bytes
            form = await request.form(max_files=10_000, max_fields=10_000)
    except TransloaditError:
        raise
    except ClientDisconnect:
        message = "The client closed the request before its body ended."
        raise TransloaditError("REQUEST_PREMATURE_CLOSED", message) from None
    except Exception as exc:  # python-multipart and Starlette raise several types
        detail = getattr(exc, "detail", None) or getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise TransloaditError("INVALID_FORM_DATA", f"The form data could not be parsed: {detail}") from None
    request.state.form = form
    return form


async def _text(value: str | UploadFile) -> str:
    """A form value as text; some clients send params as a file part."""
    if isinstance(value, str):
        return value
    data = await value.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise TransloaditError("INVALID_FORM_DATA", f"The field {value.filename!r} is not UTF-8 text.") from None


async def _first(form: FormData | None, request: Request, name: str) -> str | None:
    if form is not None and name in form:
        return await _text(form[name])
    check_url_encoding(request.scope.get("query_string") or b"", "query string")
    return request.query_params.get(name)


async def read_signed(request: Request) -> SignedRequest:
    """``params`` and ``signature`` from the body (if a form) or the query string."""
    form = await _read_form(request)
    return SignedRequest(
        raw_params=await _first(form, request, "params"),
        signature=await _first(form, request, "signature"),
        referer=request.headers.get("referer"),
        bearer=bearer_token(request),
        scope=required_scope(request),
    )


def read_query(request: Request) -> SignedRequest:
    """``params`` and ``signature`` from the query string only (the GET fast path: status polls).

    Reads the raw ASGI scope: an unsigned status read (Uppy, pytransloadit 2) has no query string
    to parse, and the two headers wanted are found in one pass.
    """
    query: bytes = request.scope.get("query_string") or b""
    params, signature = params_and_signature(query) if query else (None, None)
    referer = authorization = None
    for name, value in request.scope["headers"]:
        if name == b"referer":
            referer = value.decode("latin-1")
        elif name == b"authorization":
            authorization = value.decode("latin-1")
    return SignedRequest(params, signature, referer, _bearer(authorization or ""), required_scope(request))


#: Query strings up to this long are remembered parsed (1,024 of them: at most 4 MiB).
_REMEMBERED_QUERY = 4096


def params_and_signature(query: bytes) -> tuple[str | None, str | None]:
    """``params`` and ``signature`` of a query string. A signed poll repeats its query, so a
    short one is parsed once."""
    return _remembered_query(query) if len(query) <= _REMEMBERED_QUERY else _parse_query(query)


@lru_cache(maxsize=1024)
def _remembered_query(query: bytes) -> tuple[str | None, str | None]:
    return _parse_query(query)


def _parse_query(query: bytes) -> tuple[str | None, str | None]:
    check_url_encoding(query, "query string")
    q = QueryParams(query.decode("latin-1"))
    return q.get("params"), q.get("signature")


async def read_create(request: Request) -> CreateRequest:
    """A create request: params, signature, extra fields, files and the expected upload count."""
    form = await _read_form(request)
    fields: dict[str, str] = {}
    files: list[UploadedPart] = []
    if form is not None:
        for key, value in form.multi_items():
            if key in _RESERVED:
                continue
            if isinstance(value, UploadFile):
                files.append(UploadedPart(key, value.filename or key, value.file))
            else:
                fields[key] = value
    expected: Any = None
    for name in _EXPECTED:
        expected = await _first(form, request, name)
        if expected is not None:
            break
    return CreateRequest(
        raw_params=await _first(form, request, "params"),
        signature=await _first(form, request, "signature"),
        fields=fields,
        files=files,
        expected_uploads=expected,
        client=client_info(request),
        bearer=bearer_token(request),
        scope=required_scope(request),
    )


#: First path segment -> the resource part of a token scope.
_SCOPE_RESOURCES = {
    "assemblies": "assemblies",
    "resumable": "assemblies",
    "templates": "templates",
    "template_credentials": "credentials",
    "bill": "account",
    "queues": "account",
    "assembly_notifications": "assemblies",
    "assembly_stats": "assemblies",
    "priority_job_slot_stats": "account",
}


def required_scope(request: Request) -> str:
    """The token scope an operation needs: ``<resource>:read`` for GET and HEAD, ``<resource>:write`` else."""
    segment = str(request.scope["path"]).strip("/").split("/", 1)[0]  # no URL object: this runs per request
    action = "read" if request.scope["method"] in ("GET", "HEAD") else "write"
    return f"{_SCOPE_RESOURCES.get(segment, segment)}:{action}"


def bearer_token(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer`` header, if any."""
    return _bearer(request.headers.get("authorization", ""))


def _bearer(header: str) -> str | None:
    scheme, _, token = header.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


async def read_form_fields(request: Request, names: tuple[str, ...]) -> dict[str, str | None]:
    """Plain text fields of a form body (or the query string), by name."""
    form = await _read_form(request)
    return {name: await _first(form, request, name) for name in names}
