"""Azure Blob Storage through the official client, ``azure-storage-blob``.

The one place ``/azure/store`` and ``/azure/import`` reach containers from. An account lives at
``https://<account>.blob.core.windows.net`` unless an account URL is given (a local server such as
Azurite, whose accounts are a path: ``http://127.0.0.1:10000/<account>``). Every failure becomes
an :class:`AzureBlobError` whose ``kind`` the robots turn into their own codes. Calls are bounded:
connect and read time-outs, two retries.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from azure.core import exceptions as azure_errors
from azure.storage.blob import (
    BlobSasPermissions,
    BlobServiceClient,
    ContainerClient,
    ContentSettings,
    generate_blob_sas,
)

#: Busy answers (429, 5xx) are tried twice more; a service that cannot be reached fails at once.
_TIMEOUTS: dict[str, Any] = {
    "connection_timeout": 10,
    "read_timeout": 60,
    "retry_total": 2,
    "retry_connect": 0,
    "retry_read": 1,
    "retry_status": 2,
    "retry_backoff_factor": 0.4,
}


class AzureBlobError(Exception):
    """A container operation failed: ``kind`` is ``access_denied``, ``not_found`` or ``failure``
    (unreachable, anything else). The message holds no secrets."""

    def __init__(self, message: str, *, kind: str = "failure") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class AzureTarget:
    """A container and how to reach it."""

    account: str
    key: str
    container: str
    #: The account's URL (``https://<account>.blob.core.windows.net`` by default).
    account_url: str

    def __repr__(self) -> str:  # never print the key
        return f"AzureTarget(account={self.account!r}, container={self.container!r}, url={self.account_url!r})"

    def blob_url(self, name: str) -> str:
        """The blob's URL (what the service answers for it)."""
        return f"{self.account_url}/{quote(self.container)}/{quote(name, safe='/~!$&()*+,;=:@')}"


def account_url(account: str, base: str | None) -> str:
    """The account URL: Azure's own, or ``base`` with ``{account}`` replaced (else ``/<account>`` appended)."""
    if not base:
        return f"https://{account}.blob.core.windows.net"
    base = base.rstrip("/")
    return base.replace("{account}", account) if "{account}" in base else f"{base}/{account}"


@dataclass(frozen=True)
class BlobUpload:
    """What to store with a blob besides its bytes."""

    content_type: str
    content_encoding: str | None = None
    content_language: str | None = None
    content_disposition: str | None = None
    cache_control: str | None = None
    metadata: Mapping[str, str] | None = None


@dataclass(frozen=True)
class BlobItem:
    """One blob of a listing."""

    name: str
    size: int


@functools.lru_cache(maxsize=16)
def _container(target: AzureTarget) -> ContainerClient:
    credential = {"account_name": target.account, "account_key": target.key}
    service = BlobServiceClient(target.account_url, credential=credential, **_TIMEOUTS)
    return service.get_container_client(target.container)


def upload_file(target: AzureTarget, path: Path, name: str, upload: BlobUpload) -> None:
    """Store the file at ``path`` as the blob ``name`` (replacing one of that name)."""
    settings = ContentSettings(
        content_type=upload.content_type,
        content_encoding=upload.content_encoding,
        content_language=upload.content_language,
        content_disposition=upload.content_disposition,
        cache_control=upload.cache_control,
    )
    with _mapped(target, name), path.open("rb") as data:
        _container(target).upload_blob(
            name, data, overwrite=True, content_settings=settings, metadata=dict(upload.metadata or {})
        )


def sas_url(target: AzureTarget, name: str, seconds: int, permissions: str) -> str:
    """The blob's URL with a Shared Access Signature valid for ``seconds`` granting ``permissions``
    (any of ``r``, ``w``, ``d``)."""
    token = generate_blob_sas(
        target.account,
        target.container,
        name,
        account_key=target.key,
        permission=BlobSasPermissions(read="r" in permissions, write="w" in permissions, delete="d" in permissions),
        expiry=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds),
    )
    return f"{target.blob_url(name)}?{token}"


def blob_size(target: AzureTarget, name: str) -> int:
    """The size of the blob ``name``; ``not_found`` when there is none."""
    with _mapped(target, name):
        return int(_container(target).get_blob_client(name).get_blob_properties().size)


def download_file(target: AzureTarget, name: str, dest: Path) -> None:
    """Write the blob ``name`` to ``dest``."""
    with _mapped(target, name), dest.open("wb") as out:
        _container(target).download_blob(name).readinto(out)


def list_blobs(
    target: AzureTarget, prefix: str, *, recursive: bool, page_size: int, page_token: str | None
) -> tuple[list[BlobItem], str | None]:
    """One page of the blobs under ``prefix``: all below it when ``recursive``, else those
    directly in it; and the continuation token of the next page (None on the last)."""
    with _mapped(target, prefix):
        container = _container(target)
        pages: Any  # ItemPaged of blobs (with BlobPrefix entries when walking one level)
        if recursive:
            pages = container.list_blobs(name_starts_with=prefix or None, results_per_page=page_size)
        else:
            pages = container.walk_blobs(name_starts_with=prefix or None, delimiter="/", results_per_page=page_size)
        paged = pages.by_page(continuation_token=page_token or None)
        page: list[Any] = list(next(paged, []))
        items = [BlobItem(b.name, int(b.size or 0)) for b in page if getattr(b, "size", None) is not None]
        token = paged.continuation_token
    return [i for i in items if not i.name.endswith("/")], token or None


class _mapped:
    """Turns the client's exceptions into :class:`AzureBlobError`."""

    def __init__(self, target: AzureTarget, name: str) -> None:
        self._where = f"{target.account}/{target.container}/{name}"

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None or isinstance(exc, AzureBlobError):
            return
        if isinstance(exc, azure_errors.ResourceNotFoundError):
            raise AzureBlobError(f"{self._where}: not found ({_code(exc)})", kind="not_found") from None
        status = getattr(exc, "status_code", None)
        if isinstance(exc, azure_errors.ClientAuthenticationError) or status in (401, 403):
            raise AzureBlobError(f"{self._where}: access denied ({_code(exc)})", kind="access_denied") from None
        if isinstance(exc, azure_errors.AzureError | OSError | ValueError):
            raise AzureBlobError(f"{self._where}: {_code(exc)}") from None


def _code(exc: BaseException) -> str:
    code = getattr(exc, "error_code", None)
    if code:
        return str(code)
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
