"""What the import and store robots of remote storages share (Google Cloud Storage, Azure, the
SaaS APIs): the connection settings from Template Credentials and inline params, the endpoint
check against non-public addresses, import paths and pages, and the stored object's key."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

from ...errors import RobotError, TransloaditError
from ...outbound.http_fetch import non_public_address
from ...variables import file_variables, interpolate, to_text
from ..base import InputFile, OutputFile, RobotContext

T = TypeVar("T")

#: The default ``path`` of store robots.
DEFAULT_STORE_PATH = "${unique_prefix}/${file.url_name}"


def credential_content(ctx: RobotContext, params: Mapping[str, Any], types: Sequence[str]) -> Mapping[str, Any]:
    """The content of the Step's ``credentials`` (Template Credentials of one of ``types``); empty
    when it names none. ``TEMPLATE_CREDENTIALS_INJECTION_ERROR`` for an unknown name or another type."""
    name = params.get("credentials")
    if not isinstance(name, str) or not name:
        return {}
    kind, content = ctx.credentials(name)
    if kind not in types:
        raise TransloaditError(
            "TEMPLATE_CREDENTIALS_INJECTION_ERROR",
            f"The Template Credentials {name!r} are of type {kind!r}; "
            f"the robot needs {' or '.join(types)} credentials.",
        )
    return content


def connection_settings(
    ctx: RobotContext, params: Mapping[str, Any], types: Sequence[str], inline: Sequence[str]
) -> dict[str, Any]:
    """The Step's ``credentials`` (a Template Credential of one of ``types``) overlaid with the
    ``inline`` params the Step gives itself (:func:`credential_content`)."""
    content = credential_content(ctx, params, types)
    settings: dict[str, Any] = {k: v for k, v in content.items() if v not in (None, "")}
    settings.update({k: params[k] for k in inline if params.get(k) not in (None, "")})
    return settings


def require(settings: Mapping[str, Any], keys: Sequence[str], prefix: str, kind: str) -> None:
    """``<prefix>_VALIDATION`` when one of ``keys`` is missing from the connection settings."""
    missing = [k for k in keys if not isinstance(settings.get(k), str) or not settings[k]]
    if missing:
        raise RobotError(
            f"{prefix}_VALIDATION",
            f"The Step needs credentials (the name of Template Credentials of type {kind}) with {', '.join(missing)}.",
        )


def service_endpoint(ctx: RobotContext, service: str, prefix: str) -> str | None:
    """The base URL configured for ``service`` (None: the real service), refused with
    ``<prefix>_ACCESS_DENIED`` when its host has a non-public address and the emulator does not
    allow private imports (as ``/http/import`` refuses such URLs)."""
    url = ctx.service_urls.get(service)
    if url:
        check_public(ctx, url, prefix)
    return url or None


#: An outbound client's failure kind -> the suffix of its robot's code.
_KIND_SUFFIXES = {
    "access_denied": "_ACCESS_DENIED",
    "blocked": "_ACCESS_DENIED",  # a non-public address the emulator refused
    "not_found": "_NOT_FOUND",
    "invalid": "_VALIDATION",
}
ALL_KINDS = frozenset(_KIND_SUFFIXES)


def service_error(
    kind: str, message: str, prefix: str, *, kinds: Iterable[str] = ALL_KINDS, failure: str | None = None
) -> RobotError:
    """The robot error for an outbound client's failure of ``kind``: ``<prefix>_ACCESS_DENIED``,
    ``_NOT_FOUND`` or ``_VALIDATION`` for the ``kinds`` the service has codes for, else ``failure``
    (``<prefix>_FAILURE`` by default)."""
    suffix = _KIND_SUFFIXES.get(kind) if kind in set(kinds) else None
    return RobotError(f"{prefix}{suffix}" if suffix else failure or f"{prefix}_FAILURE", message)


def check_public(ctx: RobotContext, url: str, prefix: str) -> None:
    """``<prefix>_ACCESS_DENIED`` when ``url``'s host has a non-public address (unless allowed)."""
    if ctx.allow_private_imports:
        return
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    blocked = non_public_address(host)
    if blocked is not None:
        raise RobotError(
            f"{prefix}_ACCESS_DENIED",
            f"The host {host!r} resolves to {blocked}, which is not a public address; the emulator refuses "
            "loopback, private and link-local services unless it allows private imports.",
        )


def import_paths(params: Mapping[str, Any], prefix: str) -> list[str]:
    """``path`` as a list of strings; ``<prefix>_VALIDATION`` when there is none."""
    raw = params.get("path")
    paths = [raw] if isinstance(raw, str) else [p for p in raw if isinstance(p, str)] if isinstance(raw, list) else []
    paths = [p.strip() for p in paths if p.strip()]
    if not paths:
        raise RobotError(f"{prefix}_VALIDATION", "path must name a file, or a directory ending in /.")
    return paths


def ignores_import(value: Any) -> bool:
    """Whether ``ignore_errors`` lets an import go on past a file that failed."""
    return value is True or (isinstance(value, list) and ("import" in value or "execute" in value))


def positive(value: Any, default: int) -> int:
    """``value`` when it is a positive integer, else ``default``."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return default


def forced_name(params: Mapping[str, Any], index: int) -> str | None:
    """``force_name`` for the file at ``index``: one name for all, or the list's entry."""
    names = params.get("force_name")
    if isinstance(names, str) and names:
        return names
    if isinstance(names, list) and index < len(names) and isinstance(names[index], str) and names[index]:
        return str(names[index])
    return None


def store_key(params: Mapping[str, Any], file: InputFile, assembly_id: str, prefix: str) -> str:
    """Where a store robot puts ``file``: ``path`` as the executor filled it in, or the default
    path. Leading slashes are dropped; a path that is empty or ends in ``/`` is ``<prefix>_VALIDATION``."""
    path = params.get("path")
    if path is None or path == "":
        path = interpolate(DEFAULT_STORE_PATH, file_variables(file.record, assembly_id, file.source_step))
    key = to_text(path).lstrip("/")
    if not key or key.endswith("/"):
        raise RobotError(f"{prefix}_VALIDATION", f"path {to_text(path)!r} names no file (it is empty or ends in /).")
    return key


def shared_link(link: Any, prefix: str) -> str:
    """A service's shared link as the file's URL: an absolute http(s) URL with a host, else
    ``<prefix>_COULD_NOT_PARSE_URL`` (the service answered, but with no link one could open)."""
    text = link.strip() if isinstance(link, str) else ""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RobotError(f"{prefix}_COULD_NOT_PARSE_URL", f"The service's shared link {text!r} is no http(s) URL.")
    return text


def file_mime(file: InputFile) -> str:
    """The stored Content-Type of a file: its ``mime``, else ``application/octet-stream``."""
    return to_text(file.record.get("mime")) or "application/octet-stream"


def stored_name(file: InputFile) -> str:
    """The name a stored file keeps in the results."""
    return to_text(file.record.get("name")) or file.path.name


def import_all(
    ctx: RobotContext,
    params: Mapping[str, Any],
    prefix: str,
    select: Callable[[str], Iterable[T]],
    fetch: Callable[[T, int], OutputFile],
    to_error: Callable[[Exception], RobotError | None],
) -> list[OutputFile]:
    """Import what each ``path`` names, in order: ``select`` lists a path's items, ``fetch``
    downloads one (given its index among the results). A failure (``to_error`` turns the client's
    exceptions into the robot's error; None for exceptions it does not know) ends the Step, unless
    ``ignore_errors`` covers imports: then the item, or the path whose listing failed, is skipped
    and listed in ``ignored_errors``."""
    ignore = ignores_import(params.get("ignore_errors"))
    outputs: list[OutputFile] = []

    def skip(exc: Exception) -> None:
        error = exc if isinstance(exc, RobotError) else to_error(exc)
        if error is None:
            raise exc
        if not ignore:
            raise error from None
        ctx.ignored_errors.append((error.code, error.message))

    for path in import_paths(params, prefix):
        try:
            for item in select(path):
                try:
                    outputs.append(fetch(item, len(outputs)))
                except Exception as exc:  # noqa: BLE001 (skip re-raises what to_error does not know)
                    skip(exc)
        except Exception as exc:  # noqa: BLE001
            skip(exc)
    return outputs


#: Objects listed per page when a Step's ``files_per_page`` does not say.
DEFAULT_FILES_PER_PAGE = 1000


class Listed(Protocol):
    """An object of a bucket listing: its key and size."""

    @property
    def name(self) -> str: ...

    @property
    def size(self) -> int: ...


@dataclass(frozen=True)
class _Named:
    name: str
    size: int


@dataclass(frozen=True)
class ObjectSource:
    """How one bucket service (Google Cloud Storage, Azure Blob, ...) sizes, lists and downloads
    the objects of the bucket a Step names, for :func:`import_objects`."""

    size: Callable[[str], int]
    #: ``(prefix, recursive, page_size, page_token)`` -> one page of the objects under ``prefix``.
    listing: Callable[[str, bool, int, str | None], Sequence[Listed]]
    download: Callable[[str, Path], None]
    #: How an object is named in messages (``gs://bucket/key``, ``container/key``).
    where: Callable[[str], str]


def import_objects(
    ctx: RobotContext,
    params: Mapping[str, Any],
    prefix: str,
    source: ObjectSource,
    to_error: Callable[[Exception], RobotError | None],
) -> list[OutputFile]:
    """Import every object each ``path`` names: a key, or with a trailing ``/`` a directory (its
    direct children, everything below it with ``recursive``), one page of ``files_per_page`` at a
    time from ``next_page_token``; ``force_name`` renames, ``ignore_errors`` as :func:`import_all`."""
    recursive = params.get("recursive") is True
    per_page = positive(params.get("files_per_page"), DEFAULT_FILES_PER_PAGE)
    token = params.get("next_page_token")
    page_token = token if isinstance(token, str) and token else None

    def select(path: str) -> Sequence[Listed]:
        name = path.lstrip("/")
        if not path.endswith("/"):
            return [_Named(name, source.size(name))]
        return source.listing(name, recursive, per_page, page_token)

    def fetch(item: Listed, index: int) -> OutputFile:
        if item.size > ctx.max_import_bytes:
            raise RobotError(
                f"{prefix}_FAILURE", f"{source.where(item.name)} is larger than {ctx.max_import_bytes} bytes."
            )
        path = ctx.scratch_dir / f"{index}-import"
        source.download(item.name, path)
        name = forced_name(params, index) or posixpath.basename(item.name) or "file"
        return OutputFile(path=path, name=name, source=None)

    return import_all(ctx, params, prefix, select, fetch, to_error)
