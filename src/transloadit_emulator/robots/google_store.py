"""``/google/store``: store each file in a Google Cloud Storage bucket.

The bucket comes from ``credentials`` (Template Credentials of type ``google``). Each file goes to
``path`` (Assembly Variables filled per file) with ``acl`` (a predefined ACL; null keeps the
bucket's default) and ``cache_control``; its Content-Type is the file's MIME type. The object's
``url`` and ``ssl_url`` (from ``url_template`` and ``ssl_url_template``) show on the files in the
results of the Steps they came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..outbound.google_storage import PREDEFINED_ACLS, GcsUpload, GoogleStorageError, upload_file
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.google_buckets import google_robot_error, object_urls, resolve_bucket
from .support.remote_storage import file_mime, store_key, stored_name

_PREFIX = "GOOGLE_STORE"


class GoogleStore(PerFileRobot):
    """Uploads each input file to a bucket and forwards it with the object's URLs."""

    name = "/google/store"
    stores_only = True

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Store one file; the result is the input itself with ``url``/``ssl_url`` of the object."""
        target = resolve_bucket(ctx, params, _PREFIX)
        key = store_key(params, file, ctx.assembly_id, _PREFIX)
        _check_object_name(key)
        acl = params.get("acl", "public-read")
        cache_control = params.get("cache_control")
        upload = GcsUpload(
            content_type=file_mime(file),
            cache_control=cache_control if isinstance(cache_control, str) and cache_control else None,
            predefined_acl=PREDEFINED_ACLS.get(acl) if isinstance(acl, str) else None,
        )
        try:
            upload_file(target, file.path, key, upload)
        except GoogleStorageError as exc:
            raise google_robot_error(exc, _PREFIX) from None
        url, ssl_url = object_urls(target, key, params.get("url_template"), params.get("ssl_url_template"))
        return [
            OutputFile(
                path=file.path,
                name=stored_name(file),
                source=file,
                passthrough=True,
                record={"url": url, "ssl_url": ssl_url},
            )
        ]


def _check_object_name(name: str) -> None:
    """Cloud Storage's naming rules, which its JSON API answers with 400 ``invalid``: 1 to 1024
    bytes of UTF-8, no carriage return or line feed, not ``.`` or ``..``, not under
    ``.well-known/acme-challenge/``. The name comes from the Step's ``path`` and the file."""
    size = len(name.encode("utf-8", "surrogatepass"))
    if (
        size > 1024
        or "\r" in name
        or "\n" in name
        or name in (".", "..")
        or name.startswith(".well-known/acme-challenge/")
    ):
        raise RobotError(
            "GOOGLE_STORE_INVALID_INPUT",
            f"{name[:80]!r} ({size} bytes) is no Cloud Storage object name: 1 to 1024 bytes, no line breaks, "
            "not . or .., not under .well-known/acme-challenge/.",
        )
