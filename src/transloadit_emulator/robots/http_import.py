"""``/http/import``: bring files in from http(s) URLs.

``url`` is one URL, several joined by ``url_delimiter`` (``|``), or a list. Each is downloaded
with the Step's ``headers``, streamed to scratch space and capped at ``max_file_size`` (and the
emulator's ``max_import_bytes``). Names come from ``force_name``, else the server's
``Content-Disposition``, else the last path segment of the URL it ended at (after redirects),
with an extension from the content type when it has none. Without ``fail_fast`` a transient
failure (connection error, time-out, 5xx) is tried twice more. With ``ignore_errors`` naming
``import`` (or ``true``) a URL that fails is skipped and listed in ``ignored_errors``.

Loopback, private and link-local addresses are refused (``HTTP_IMPORT_ACCESS_DENIED``) unless
the emulator runs with ``allow_private_imports``; see :mod:`transloadit_emulator.outbound.http_fetch`.
"""

from __future__ import annotations

import mimetypes
import posixpath
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit

from ..errors import RobotError
from ..outbound.http_fetch import RemoteFetchError, download
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.http_headers import parse_headers

_PREFIX = "HTTP_IMPORT"
#: Attempts after the first one for transient failures, unless ``fail_fast``.
RETRIES = 2
RETRY_DELAY_S = 0.5
_CODES = {
    "invalid": f"{_PREFIX}_VALIDATION",
    "blocked": f"{_PREFIX}_ACCESS_DENIED",
    "denied": f"{_PREFIX}_ACCESS_DENIED",
    "not_found": f"{_PREFIX}_NOT_FOUND",
}


class HttpImport(Robot):
    """Downloads every URL of the Step into a file of its own."""

    name = "/http/import"
    takes_input = False

    def check_params(self, step: Mapping[str, Any]) -> None:
        """``headers`` must be ``Name: value`` strings, objects of names to values, or their JSON."""
        if "headers" in step:
            request_headers(step["headers"])

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Import each URL in order; failures end the Step unless ``ignore_errors`` covers ``import``."""
        urls = import_urls(params)
        headers = request_headers(params.get("headers"))
        names = params.get("force_name")
        limit = ctx.max_import_bytes
        max_file_size = params.get("max_file_size")
        if isinstance(max_file_size, int) and not isinstance(max_file_size, bool) and max_file_size > 0:
            limit = min(limit, max_file_size)
        retries = 0 if params.get("fail_fast") is True else RETRIES
        ignore = _ignores_import(params.get("ignore_errors"))
        stubs = params.get("return_file_stubs") is True

        outputs: list[OutputFile] = []
        for index, url in enumerate(urls):
            forced = _forced_name(names, index)
            if stubs:
                name = forced or _url_name(url, None)
                path = ctx.scratch_dir / f"{index}-stub"
                path.touch()
                outputs.append(OutputFile(path=path, name=name, source=None, record={"import_url": url}))
                continue
            try:
                got = download(
                    url,
                    ctx.scratch_dir,
                    headers=headers,
                    max_bytes=limit,
                    allow_private=ctx.allow_private_imports,
                    retries=retries,
                    retry_delay=RETRY_DELAY_S,
                )
            except RemoteFetchError as exc:
                error = RobotError(
                    _CODES.get(exc.kind, f"{_PREFIX}_FAILURE"),
                    f"The URL could not be imported: {exc}",
                    **fetch_failure(url, exc),
                )
                if not ignore:
                    raise error from None
                ctx.logger.info("/http/import skipped %s: %s", url, exc)
                ctx.ignored_errors.append((error.code, error.message))
                continue
            name = forced or got.filename or _url_name(got.final_url, got.content_type)
            outputs.append(OutputFile(path=got.path, name=name, source=None, record={"import_url": url}))
        return outputs


def fetch_failure(url: str, exc: RemoteFetchError) -> dict[str, Any]:
    """The keys the error variant of an Assembly Status carries for a URL that could not be
    fetched: ``url``, ``url_host``, ``response_code`` (null without an answer),
    ``is_private_address`` (refused as not public) and ``retryable`` (trying again may help)."""
    return {
        "url": url,
        "url_host": urlsplit(url).hostname,
        "response_code": exc.status,
        "is_private_address": exc.kind == "blocked",
        "retryable": exc.transient,
    }


def import_urls(params: Mapping[str, Any]) -> list[str]:
    """The URLs of ``url``: a list, or a string split on ``url_delimiter`` (``|``; "" splits nothing)."""
    raw = params.get("url")
    delimiter = params.get("url_delimiter", "|")
    if isinstance(raw, str):
        parts = raw.split(delimiter) if isinstance(delimiter, str) and delimiter else [raw]
    elif isinstance(raw, list):
        parts = [u for u in raw if isinstance(u, str)]
    else:
        parts = []
    urls = [u.strip() for u in parts if u.strip()]
    if not urls:
        raise RobotError(f"{_PREFIX}_VALIDATION", "url must name at least one http(s) URL.")
    return urls


def request_headers(value: Any) -> dict[str, str]:
    """``headers`` as a dict (see :func:`.support.http_headers.parse_headers`); ``HTTP_IMPORT_VALIDATION``."""
    return parse_headers(value, _PREFIX)


def _ignores_import(value: Any) -> bool:
    return value is True or (isinstance(value, list) and ("import" in value or "execute" in value))


def _forced_name(names: Any, index: int) -> str | None:
    """``force_name`` for the URL at ``index``: one name for all, or the list's entry."""
    if isinstance(names, str) and names:
        return names
    if isinstance(names, list) and index < len(names) and isinstance(names[index], str) and names[index]:
        return str(names[index])
    return None


def _url_name(url: str, content_type: str | None) -> str:
    """The URL's last path segment (decoded), with an extension from the content type when it has none."""
    parts = urlsplit(url)
    base = posixpath.basename(unquote(parts.path)) or "file"
    if "." not in base.strip(".") and content_type:
        ext = mimetypes.guess_extension(content_type.split(";", 1)[0].strip())
        if ext:
            base += ext
    return base
