"""``/azure/store``: store each file in an Azure Blob Storage container.

The container comes from ``credentials`` (Template Credentials of type ``azure``) and/or the inline
``account``, ``key`` and ``container``. Each file goes to ``path`` (Assembly Variables filled per
file) with ``content_type`` (default: the file's MIME type), ``content_encoding``,
``content_language``, ``content_disposition``, ``cache_control`` and ``metadata`` (values become
text, Assembly Variables filled). With ``sas_expires_in`` the result URLs carry a Shared Access
Signature valid that many seconds, with ``sas_permissions`` (default ``r``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..outbound.azure_blob import AzureBlobError, BlobUpload, sas_url, upload_file
from ..variables import file_variables, interpolate, to_text
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.azure_containers import azure_robot_error, resolve_container
from .support.remote_storage import file_mime, store_key, stored_name

_PREFIX = "AZURE_STORE"


class AzureStore(PerFileRobot):
    """Uploads each input file to a container and forwards it with the blob's URLs."""

    name = "/azure/store"
    stores_only = True

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Store one file; the result is the input itself with ``url``/``ssl_url`` of the blob."""
        target = resolve_container(ctx, params, _PREFIX)
        key = store_key(params, file, ctx.assembly_id, _PREFIX)
        try:
            upload_file(target, file.path, key, blob_upload(params, file, ctx.assembly_id))
            url = target.blob_url(key)
            seconds = params.get("sas_expires_in")
            if isinstance(seconds, int) and not isinstance(seconds, bool) and seconds > 0:
                permissions = params.get("sas_permissions")
                url = sas_url(
                    target, key, seconds, permissions if isinstance(permissions, str) and permissions else "r"
                )
        except AzureBlobError as exc:
            raise azure_robot_error(exc, _PREFIX) from None
        # Azure's account URLs are https already; a local server's plain http has no TLS to point at.
        record = {"url": url, "ssl_url": url}
        return [OutputFile(path=file.path, name=stored_name(file), source=file, passthrough=True, record=record)]


def blob_upload(params: Mapping[str, Any], file: InputFile, assembly_id: str) -> BlobUpload:
    """The blob's headers and metadata from the Step's params."""

    def text(name: str) -> str | None:
        value = params.get(name)
        return to_text(value) if value not in (None, "") else None

    metadata = params.get("metadata")
    filled: dict[str, str] = {}
    if isinstance(metadata, Mapping) and metadata:
        values = interpolate(dict(metadata), file_variables(file.record, assembly_id, file.source_step))
        filled = {str(k): _metadata_text(v) for k, v in values.items()}
    return BlobUpload(
        content_type=text("content_type") or file_mime(file),
        content_encoding=text("content_encoding"),
        content_language=text("content_language"),
        content_disposition=text("content_disposition"),
        cache_control=text("cache_control"),
        metadata=filled,
    )


def _metadata_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"  # JavaScript's String(true), as the vendor converts
    return to_text(value)
