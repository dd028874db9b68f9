"""Backblaze B2's native authorization call, which tells an application key's S3 endpoint.

B2's S3-compatible endpoint names the cluster the account lives on (``s3.us-west-004.backblazeb2.com``);
only ``b2_authorize_account`` says which, together with the download URL Backblaze reports for
files (``https://f004.backblazeb2.com``). Everything else goes through ``outbound/s3.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

AUTHORIZE_URL = "https://api.backblazeb2.com/b2api/v3/b2_authorize_account"
_TIMEOUT_S = 20.0


class B2Error(Exception):
    """Authorization failed; ``denied`` when Backblaze refused the key."""

    def __init__(self, message: str, *, denied: bool = False) -> None:
        super().__init__(message)
        self.denied = denied


@dataclass(frozen=True)
class B2Account:
    """What the authorization answered: the S3 endpoint and the files' download URL."""

    s3_api_url: str
    download_url: str


def authorize_account(key_id: str, key: str, url: str = AUTHORIZE_URL) -> B2Account:
    """Authorize ``key_id``/``key`` with Backblaze and return the account's endpoints."""
    try:
        answer = httpx.get(url, auth=(key_id, key), timeout=_TIMEOUT_S)
    except httpx.HTTPError as exc:
        raise B2Error(f"Backblaze could not be reached: {exc}") from None
    if answer.status_code in (401, 403):
        raise B2Error("Backblaze refused the application key.", denied=True)
    try:
        answer.raise_for_status()
        storage = answer.json()["apiInfo"]["storageApi"]
        return B2Account(str(storage["s3ApiUrl"]), str(storage["downloadUrl"]))
    except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
        raise B2Error(f"Backblaze's authorization answer was not usable: {exc}") from None
