"""Reading what an Assembly's params and form fields ask for, with the API's error codes."""

from __future__ import annotations

import re
from typing import Any

from ...errors import TransloaditError

MAX_EXPECTED_UPLOADS = 10_000
_HTTP_URL = re.compile(r"^https?://[^\s/]+")


def params_fields(params: dict[str, Any]) -> dict[str, Any]:
    """``params.fields``: the Assembly's ``${fields.*}``."""
    fields = params.get("fields", {})
    if fields is None:
        return {}
    if not isinstance(fields, dict):
        raise TransloaditError("INVALID_PARAMS_FIELD", "params.fields must be an object of name -> value.")
    return dict(fields)


def usage_tags(params: dict[str, Any]) -> str:
    """``params.usage_tags``: a free string that tags the Assembly's usage on the bill (empty if none)."""
    tags = params.get("usage_tags")
    if tags in (None, ""):
        return ""
    if not isinstance(tags, str):
        raise TransloaditError("INVALID_PARAMS_FIELD", "params.usage_tags must be a string.")
    return tags


def notify_url(params: dict[str, Any]) -> str | None:
    """``params.notify_url``, an http(s) URL, or None."""
    url = params.get("notify_url")
    if url in (None, ""):
        return None
    if not isinstance(url, str) or not _HTTP_URL.match(url):
        raise TransloaditError("ASSEMBLY_INVALID_NOTIFY_URL", f"The notify_url {url!r} is not an http(s) URL.")
    return url


def expected_uploads(raw: str | None) -> int:
    """The form field ``tus_num_expected_upload_files``: how many tus uploads to wait for."""
    if raw is None or raw == "":
        return 0
    text = raw.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 6 or int(text) > MAX_EXPECTED_UPLOADS:
        raise TransloaditError(
            "ASSEMBLY_INVALID_NUM_EXPECTED_UPLOAD_FILES_PARAM",
            f"The expected number of upload files must be an integer from 0 to {MAX_EXPECTED_UPLOADS}, got {raw!r}.",
        )
    return int(text)


def check_storage_import(params: dict[str, Any], *, signed: bool, bearer: bool) -> None:
    """``TRANSLOADIT_IMPORT_ACCESS_DENIED`` when a Step uses ``/transloadit/import`` and the request
    proves possession neither by a bearer token nor by a signature over params with ``auth.expires``:
    the vendor asks that of Storage imports even where Signature Authentication is off (an Auth Key
    alone is not enough; an expiry in the past is refused earlier, as ``AUTH_EXPIRED``)."""
    if bearer:
        return
    steps = params.get("steps")
    robots = [s.get("robot") for s in steps.values() if isinstance(s, dict)] if isinstance(steps, dict) else []
    if "/transloadit/import" not in robots:
        return
    auth = params.get("auth")
    if not (signed and isinstance(auth, dict) and auth.get("expires")):
        raise TransloaditError(
            "TRANSLOADIT_IMPORT_ACCESS_DENIED",
            "Assemblies that use /transloadit/import need a bearer token or signed params with auth.expires.",
        )
