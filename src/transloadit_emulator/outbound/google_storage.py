"""Google Cloud Storage through the official client, ``google-cloud-storage``.

The one place ``/google/store`` and ``/google/import`` reach buckets from. The JSON API lives at
``https://storage.googleapis.com`` unless an endpoint is given (a local server such as
gcp-storage-emulator). Every failure becomes a :class:`GoogleStorageError` whose ``kind`` the robots
turn into their own codes. Calls are bounded: a connect and a read time-out, and retries that give up
after :data:`_RETRY_DEADLINE_S`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from google.api_core import exceptions as api_errors
from google.api_core.retry import Retry, if_exception_type
from google.auth import exceptions as auth_errors
from google.auth.credentials import AnonymousCredentials, Credentials
from google.cloud import storage
from google.oauth2 import service_account

#: The JSON API's own host: the default endpoint and the ``{HOST}`` of stored URLs.
GOOGLE_HOST = "storage.googleapis.com"
_TIMEOUT = (10.0, 60.0)
_RETRY_DEADLINE_S = 30.0
#: Busy answers are retried until the deadline; a service that cannot be reached fails at once
#: (the client's default would retry connection errors for two minutes).
_RETRY = Retry(
    predicate=if_exception_type(
        api_errors.TooManyRequests,
        api_errors.InternalServerError,
        api_errors.BadGateway,
        api_errors.ServiceUnavailable,
        api_errors.GatewayTimeout,
    ),
    initial=0.5,
    maximum=4.0,
    timeout=_RETRY_DEADLINE_S,
)
_SCOPES = ("https://www.googleapis.com/auth/devstorage.read_write",)
#: The vendor's ``acl`` names -> the JSON API's ``predefinedAcl``.
PREDEFINED_ACLS = {
    "authenticated-read": "authenticatedRead",
    "bucket-owner-full-control": "bucketOwnerFullControl",
    "private": "private",
    "project-private": "projectPrivate",
    "public-read": "publicRead",
}


class GoogleStorageError(Exception):
    """A bucket operation failed: ``kind`` is ``access_denied``, ``not_found``, ``invalid`` (the
    key file is unusable) or ``failure`` (unreachable, anything else). The message holds no secrets."""

    def __init__(self, message: str, *, kind: str = "failure") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class GcsTarget:
    """A bucket and how to reach it."""

    bucket: str
    #: The service account key file (JSON text); empty for anonymous access (public buckets, local servers).
    key_file: str = ""
    project: str = ""
    #: ``scheme://host[:port]`` of the JSON API; None for Google itself.
    endpoint: str | None = None

    def __repr__(self) -> str:  # never print the key
        return f"GcsTarget(bucket={self.bucket!r}, endpoint={self.endpoint!r})"


@dataclass(frozen=True)
class GcsObject:
    """One object of a listing."""

    name: str
    size: int


@dataclass(frozen=True)
class GcsUpload:
    """What to store with an object besides its bytes."""

    content_type: str
    cache_control: str | None = None
    #: A ``predefinedAcl`` value; None keeps the bucket's default.
    predefined_acl: str | None = None
    metadata: Mapping[str, str] | None = None


@functools.lru_cache(maxsize=16)
def _client(target: GcsTarget) -> storage.Client:
    credentials: Credentials
    project = target.project or None
    if target.key_file:
        try:
            info = json.loads(target.key_file)
            credentials = service_account.Credentials.from_service_account_info(info, scopes=_SCOPES)  # type: ignore[no-untyped-call]
        except (ValueError, TypeError, KeyError) as exc:
            raise GoogleStorageError(f"the service account key file is not usable: {exc}", kind="invalid") from None
        project = project or info.get("project_id")
    else:
        credentials = AnonymousCredentials()  # type: ignore[no-untyped-call]
    options = {"api_endpoint": target.endpoint} if target.endpoint else None
    return storage.Client(project=project or "transloadit-emulator", credentials=credentials, client_options=options)


def upload_file(target: GcsTarget, path: Path, name: str, upload: GcsUpload) -> None:
    """Store the file at ``path`` as the object ``name``."""
    with _mapped(target, name):
        blob = _client(target).bucket(target.bucket).blob(name)
        blob.cache_control = upload.cache_control
        if upload.metadata:
            blob.metadata = dict(upload.metadata)
        blob.upload_from_filename(
            str(path),
            content_type=upload.content_type,
            predefined_acl=upload.predefined_acl,
            timeout=_TIMEOUT,
            retry=_RETRY,
        )


def object_size(target: GcsTarget, name: str) -> int:
    """The size of the object ``name``; ``not_found`` when there is none."""
    with _mapped(target, name):
        blob = _client(target).bucket(target.bucket).get_blob(name, timeout=_TIMEOUT, retry=_RETRY)
    if blob is None:
        raise GoogleStorageError(f"gs://{target.bucket}/{name}: no such object", kind="not_found")
    return int(blob.size or 0)


def download_file(target: GcsTarget, name: str, dest: Path) -> None:
    """Write the object ``name`` to ``dest``."""
    with _mapped(target, name):
        _client(target).bucket(target.bucket).blob(name).download_to_filename(str(dest), timeout=_TIMEOUT, retry=_RETRY)


def list_objects(
    target: GcsTarget, prefix: str, *, recursive: bool, page_size: int, page_token: str | None
) -> tuple[list[GcsObject], str | None]:
    """One page of the objects under ``prefix``: all below it when ``recursive``, else those
    directly in it; and the token of the next page (None on the last). Placeholder objects whose
    names end in ``/`` are left out. At most ``page_size`` objects, even from a server that ignores it."""
    with _mapped(target, prefix):
        listing = _client(target).list_blobs(
            target.bucket,
            prefix=prefix or None,
            delimiter=None if recursive else "/",
            max_results=page_size,
            page_token=page_token or None,
            timeout=_TIMEOUT,
            retry=_RETRY,
        )
        page = next(listing.pages, None)
        items = [] if page is None else [GcsObject(b.name, int(b.size or 0)) for b in page]
        token = listing.next_page_token
    objects = [o for o in items if not o.name.endswith("/")][:page_size]
    return objects, token or None


class _mapped:
    """Turns the client's exceptions into :class:`GoogleStorageError`."""

    def __init__(self, target: GcsTarget, name: str) -> None:
        self._where = f"gs://{target.bucket}/{name}"

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None or isinstance(exc, GoogleStorageError):
            return
        if isinstance(exc, api_errors.NotFound):
            raise GoogleStorageError(f"{self._where}: not found", kind="not_found") from None
        if isinstance(exc, api_errors.Forbidden | api_errors.Unauthorized | auth_errors.RefreshError):
            raise GoogleStorageError(
                f"{self._where}: access denied ({_first_line(exc)})", kind="access_denied"
            ) from None
        # requests' errors are OSErrors; RetryError is what is left when the retries ran out.
        failures = (
            api_errors.GoogleAPIError | api_errors.RetryError | auth_errors.GoogleAuthError | OSError | ValueError
        )
        if isinstance(exc, failures):
            raise GoogleStorageError(f"{self._where}: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
