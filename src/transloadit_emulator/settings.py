"""One frozen settings object, built from CLI flags and environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

#: The development credentials used when TRANSLOADIT_KEY / TRANSLOADIT_SECRET are unset.
DEV_KEY = "emulator-key"
DEV_SECRET = "emulator-secret"


@dataclass(frozen=True)
class Account:
    """An account the emulator knows: its Auth Key and Secret."""

    key: str
    secret: str
    #: Whether requests must be signed (Signature Authentication on).
    require_signature: bool = True


@dataclass(frozen=True)
class Settings:
    """Everything configurable about one emulator instance."""

    data_dir: Path
    host: str = "127.0.0.1"
    port: int = 8000
    #: The base URL clients reach the emulator at; status URLs point here. Default http://host:port.
    public_base_url: str | None = None
    #: The port TLS is served on beside plain HTTP (``ssl_url``s point there); None: no TLS.
    #: The CLI turns it on at ``port + 1`` by default; a bare Settings (tests) leaves it off.
    tls_port: int | None = None
    #: The https base URL clients reach the TLS port at. Default https://<public host>:<tls_port>.
    public_tls_url: str | None = None
    accounts: tuple[Account, ...] = field(default_factory=lambda: (Account(DEV_KEY, DEV_SECRET),))
    #: Robots that run at once (each executing Assembly has a thread; its robots take turns here).
    workers: int = max(2, os.cpu_count() or 2)
    #: Job slots per account: a Step's jobs wait until they fit (a /video/encode job takes 6).
    account_job_slots: int = 120
    #: Job slots per client IP address, across accounts.
    ip_job_slots: int = 40
    #: Largest request body accepted for one uploaded file part, in bytes.
    max_upload_bytes: int = 10 * 1024**3
    #: Assembly creations per account per minute before RATE_LIMIT_REACHED (the real API's 250).
    rate_limit_per_minute: int = 250
    #: Assemblies per account uploading or executing at once before RATE_LIMIT_REACHED.
    max_concurrent_assemblies: int = 250
    #: Seconds an unfinished tus upload may sit untouched before it expires and is removed.
    tus_expiry_seconds: int = 24 * 3600
    #: Seconds to wait before each retry of a Notification the receiver did not answer with 200.
    notify_retry_delays: tuple[float, ...] = (2.0, 4.0, 8.0, 16.0, 30.0)
    #: How Notifications are encoded: ``urlencoded`` (as the real API sends them) or ``multipart``.
    notify_encoding: str = "urlencoded"
    #: Let import robots (``/http/import``, and watermarks) fetch from loopback, private, link-local and
    #: other non-public addresses. Off by default: an emulator reachable by others must not become a
    #: way into the network it runs in. Turn it on to import from services next to the emulator.
    allow_private_imports: bool = False
    #: Largest file one import robot fetches, in bytes (a Step's ``max_file_size`` may lower it).
    max_import_bytes: int = 10 * 1024**3
    #: Bytes of result file records one Assembly may hold while it runs (the vendor's limit, 8 MB);
    #: past it the Assembly fails with ``ASSEMBLY_MEMORY_LIMIT_EXCEEDED``.
    assembly_memory_bytes: int = 8 * 1024**2
    #: How many of the last requests ``GET /_emulator/requests`` shows; 0 records none.
    request_log_size: int = 200
    #: ``(service, base URL)`` pairs that send a robot's outbound client somewhere other than the
    #: real service (a local server or a test's fake); see :data:`SERVICE_URLS`.
    service_urls: tuple[tuple[str, str], ...] = ()
    #: ``postgresql://user:password@host:port/db`` to keep state in PostgreSQL (shared by several
    #: processes); None keeps it in the data directory's SQLite file.
    database_url: str | None = None
    #: ``s3://bucket/prefix`` to keep uploads and results in an S3 bucket; None keeps them on disk.
    storage_url: str | None = None
    #: ``scheme://host:port`` of an S3-compatible endpoint (MinIO, moto, ...); None for Amazon S3.
    s3_endpoint: str | None = None
    s3_region: str = "us-east-1"
    #: How result URLs of S3 storage are answered: ``stream`` (through the emulator) or ``presigned``
    #: (a redirect to a presigned bucket URL, valid ``presign_seconds``).
    result_urls: str = "stream"
    presign_seconds: int = 3600
    #: ``redis://host:port/db``: Assemblies run on ``transloadit-emulator worker`` processes (Celery
    #: on Redis), and events, cancels and job slots are shared through that Redis; None runs them here.
    queue_url: str | None = None
    #: Seconds before Redis hands an unacknowledged job (its worker died) to another worker.
    queue_visibility_seconds: float = 30.0
    #: Seconds a worker's hold on an executing Assembly lasts unless renewed (a dead worker's expires).
    execution_lease_seconds: float = 10.0
    #: Seconds a client has to send a whole request head (line and headers); then 408 (``server.py``).
    header_timeout: float = 30.0
    #: Seconds a request body may go without a byte before the connection is closed.
    body_idle_timeout: float = 60.0
    #: Most header fields in one request; more is 431.
    max_header_count: int = 100
    #: Most bytes of request target plus header names and values in one request; more is 431.
    max_header_bytes: int = 64 * 1024
    #: Whether accounts have Transloadit Storage (``/transloadit/store`` and ``/transloadit/import``);
    #: off, they answer as for a workspace the vendor has not enabled it for.
    transloadit_storage: bool = True

    @property
    def base_url(self) -> str:
        """The public base URL without a trailing slash."""
        base = self.public_base_url or f"http://{self.host}:{self.port}"
        return base.rstrip("/")

    @property
    def ssl_base_url(self) -> str:
        """The base URL of ``ssl_url`` and ``assembly_ssl_url``: the TLS port's, else the public one."""
        if self.public_tls_url:
            return self.public_tls_url.rstrip("/")
        base = self.base_url
        if self.tls_port is None or base.startswith("https://"):
            return base
        host = urlsplit(base).hostname or self.host
        return f"https://{f'[{host}]' if ':' in host else host}:{self.tls_port}"

    def account(self, key: str) -> Account | None:
        """The account with Auth Key ``key``, if any."""
        for acc in self.accounts:
            if acc.key == key:
                return acc
        return None

    @property
    def using_dev_credentials(self) -> bool:
        """True when the documented development key pair is in use."""
        return any(a.key == DEV_KEY and a.secret == DEV_SECRET for a in self.accounts)


#: Services whose base URL may be replaced, each by ``TRANSLOADIT_EMULATOR_<SERVICE>_URL``, and
#: what the URL stands for. Unset, robots talk to the real service.
SERVICE_URLS: dict[str, str] = {
    "google_storage": "Google Cloud Storage's JSON API (https://storage.googleapis.com)",
    "azure_blob": "Azure Blob Storage's account URL; {account} is replaced, else /<account> is appended "
    "(https://{account}.blob.core.windows.net)",
    "dropbox_api": "Dropbox's RPC API (https://api.dropboxapi.com)",
    "dropbox_content": "Dropbox's content API (https://content.dropboxapi.com)",
    "box_api": "Box's API (https://api.box.com)",
    "box_upload": "Box's upload API (https://upload.box.com/api)",
    "vimeo_api": "Vimeo's API (https://api.vimeo.com)",
    "youtube_api": "YouTube's Data API and Google's OAuth token endpoint (https://www.googleapis.com)",
    "cloudfiles_identity": "Rackspace's identity API (https://identity.api.rackspacecloud.com)",
    "digitalocean": "DigitalOcean Spaces' S3 endpoint (https://<region>.digitaloceanspaces.com)",
    "backblaze": "Backblaze B2's S3 endpoint (else the one b2_authorize_account names)",
    "wasabi": "Wasabi's S3 endpoint (https://s3.<region>.wasabisys.com)",
    "tigris": "Tigris' S3 endpoint (https://fly.storage.tigris.dev)",
    "mega": "MEGA S4's S3 endpoint (https://s3.<region>.s4.mega.io)",
}


def service_urls_from_env(env: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """The ``(service, URL)`` pairs set by ``TRANSLOADIT_EMULATOR_<SERVICE>_URL`` variables."""
    pairs = ((name, env.get(f"TRANSLOADIT_EMULATOR_{name.upper()}_URL", "").strip()) for name in SERVICE_URLS)
    return tuple((name, url.rstrip("/")) for name, url in pairs if url)


def _flag(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _tls_settings(
    env: Mapping[str, str], port: int, flag: int | None, enabled: bool | None, public_tls_url: str | None
) -> dict[str, object]:
    """``tls_port`` and ``public_tls_url``: TLS is off when ``enabled`` is False or
    TRANSLOADIT_EMULATOR_TLS_PORT says ``off``; its port is the flag, that variable's number, or
    ``port + 1``."""
    value = (env.get("TRANSLOADIT_EMULATOR_TLS_PORT") or "").strip()
    tls_port: int | None
    if enabled is False or (flag is None and value.lower() in {"off", "false", "no", "0"}):
        tls_port = None
    else:
        tls_port = flag if flag is not None else int(value) if value else port + 1
    url = public_tls_url or env.get("TRANSLOADIT_EMULATOR_PUBLIC_TLS_URL") or None
    return {"tls_port": tls_port, "public_tls_url": url}


def _notify_settings(env: Mapping[str, str]) -> dict[str, object]:
    """TRANSLOADIT_EMULATOR_NOTIFY_RETRY_DELAYS and TRANSLOADIT_EMULATOR_NOTIFY_ENCODING."""
    found: dict[str, object] = {}
    delays = env.get("TRANSLOADIT_EMULATOR_NOTIFY_RETRY_DELAYS")
    if delays:
        found["notify_retry_delays"] = tuple(float(d) for d in delays.split(",") if d.strip())
    encoding = env.get("TRANSLOADIT_EMULATOR_NOTIFY_ENCODING")
    if encoding:
        if encoding not in ("urlencoded", "multipart"):
            raise ValueError("TRANSLOADIT_EMULATOR_NOTIFY_ENCODING must be urlencoded or multipart")
        found["notify_encoding"] = encoding
    return found


def _queue_settings(env: Mapping[str, str], queue_url: str | None) -> dict[str, object]:
    """TRANSLOADIT_EMULATOR_QUEUE (``redis://...``; needs the database to be PostgreSQL),
    TRANSLOADIT_EMULATOR_QUEUE_VISIBILITY_SECONDS, TRANSLOADIT_EMULATOR_EXECUTION_LEASE_SECONDS."""
    found: dict[str, object] = {}
    queue = queue_url or env.get("TRANSLOADIT_EMULATOR_QUEUE")
    if queue:
        if not queue.startswith(("redis://", "rediss://")):
            raise ValueError("the queue must be a redis:// URL (leave it unset to run Assemblies in this process)")
        found["queue_url"] = queue
    for name in ("queue_visibility_seconds", "execution_lease_seconds"):
        value = env.get(f"TRANSLOADIT_EMULATOR_{name.upper()}")
        if value:
            found[name] = float(value)
    return found


def settings_from_env(
    env: Mapping[str, str] | None = None,
    *,
    data_dir: str | Path | None = None,
    host: str | None = None,
    port: int | None = None,
    public_base_url: str | None = None,
    workers: int | None = None,
    allow_private_imports: bool | None = None,
    database_url: str | None = None,
    storage_url: str | None = None,
    s3_endpoint: str | None = None,
    result_urls: str | None = None,
    queue_url: str | None = None,
    tls_port: int | None = None,
    tls: bool | None = None,
    public_tls_url: str | None = None,
) -> Settings:
    """Settings from environment variables, overridden by explicit (CLI) values.

    Environment: TRANSLOADIT_KEY, TRANSLOADIT_SECRET (the default account),
    TRANSLOADIT_EMULATOR_REQUIRE_SIGNATURE (default true), TRANSLOADIT_EMULATOR_DATA_DIR,
    TRANSLOADIT_EMULATOR_HOST, TRANSLOADIT_EMULATOR_PORT, TRANSLOADIT_EMULATOR_PUBLIC_URL,
    TRANSLOADIT_EMULATOR_WORKERS, TRANSLOADIT_EMULATOR_RATE_LIMIT_PER_MINUTE,
    TRANSLOADIT_EMULATOR_MAX_CONCURRENT_ASSEMBLIES, TRANSLOADIT_EMULATOR_TUS_EXPIRY_SECONDS,
    TRANSLOADIT_EMULATOR_NOTIFY_RETRY_DELAYS (comma-separated seconds), TRANSLOADIT_EMULATOR_NOTIFY_ENCODING,
    TRANSLOADIT_EMULATOR_ALLOW_PRIVATE_IMPORTS (default false), TRANSLOADIT_EMULATOR_MAX_IMPORT_BYTES,
    TRANSLOADIT_EMULATOR_ASSEMBLY_MEMORY_BYTES (default 8 MiB),
    TRANSLOADIT_EMULATOR_ACCOUNT_JOB_SLOTS (default 120), TRANSLOADIT_EMULATOR_IP_JOB_SLOTS (default 40),
    TRANSLOADIT_EMULATOR_TLS_PORT (default: the port + 1; ``off`` serves plain HTTP only),
    TRANSLOADIT_EMULATOR_PUBLIC_TLS_URL, TRANSLOADIT_EMULATOR_REQUEST_LOG_SIZE (default 200; 0: off),
    TRANSLOADIT_EMULATOR_HEADER_TIMEOUT (seconds, default 30), TRANSLOADIT_EMULATOR_BODY_IDLE_TIMEOUT
    (seconds, default 60), TRANSLOADIT_EMULATOR_MAX_HEADER_COUNT (default 100),
    TRANSLOADIT_EMULATOR_MAX_HEADER_BYTES (default 65536), TRANSLOADIT_EMULATOR_<SERVICE>_URL (:data:`SERVICE_URLS`),
    and the backends (see :func:`_backend_settings`).
    """
    env = os.environ if env is None else env
    key = env.get("TRANSLOADIT_KEY") or DEV_KEY
    secret = env.get("TRANSLOADIT_SECRET") or DEV_SECRET
    require = _flag(env.get("TRANSLOADIT_EMULATOR_REQUIRE_SIGNATURE"), True)
    base_kwargs = _numbers_from_env(env)
    w = workers if workers is not None else env.get("TRANSLOADIT_EMULATOR_WORKERS")
    if w:
        base_kwargs["workers"] = int(w)
    base_kwargs.update(_notify_settings(env))
    if allow_private_imports is None:
        allow_private_imports = _flag(env.get("TRANSLOADIT_EMULATOR_ALLOW_PRIVATE_IMPORTS"), False)
    base_kwargs.update(allow_private_imports=allow_private_imports, service_urls=service_urls_from_env(env))
    base_kwargs.update(_backend_settings(env, database_url, storage_url, s3_endpoint, result_urls))
    base_kwargs.update(_queue_settings(env, queue_url))
    port = int(port or env.get("TRANSLOADIT_EMULATOR_PORT") or 8000)
    base_kwargs.update(_tls_settings(env, port, tls_port, tls, public_tls_url))
    return Settings(
        data_dir=Path(data_dir or env.get("TRANSLOADIT_EMULATOR_DATA_DIR") or ".emulator-data"),
        host=host or env.get("TRANSLOADIT_EMULATOR_HOST") or "127.0.0.1",
        port=port,
        public_base_url=public_base_url or env.get("TRANSLOADIT_EMULATOR_PUBLIC_URL") or None,
        accounts=(Account(key, secret, require),),
        **base_kwargs,  # type: ignore[arg-type]
    )


_INT_SETTINGS = (
    "rate_limit_per_minute",
    "max_concurrent_assemblies",
    "tus_expiry_seconds",
    "max_import_bytes",
    "assembly_memory_bytes",
    "account_job_slots",
    "ip_job_slots",
    "max_header_count",
    "max_header_bytes",
    "request_log_size",
)
_FLOAT_SETTINGS = ("header_timeout", "body_idle_timeout")


def _numbers_from_env(env: Mapping[str, str]) -> dict[str, object]:
    """The numeric settings given as ``TRANSLOADIT_EMULATOR_<NAME>`` environment variables."""
    out: dict[str, object] = {}
    for names, kind in ((_INT_SETTINGS, int), (_FLOAT_SETTINGS, float)):
        for name in names:
            value = env.get(f"TRANSLOADIT_EMULATOR_{name.upper()}")
            if value:
                out[name] = kind(value)
    return out


def _backend_settings(
    env: Mapping[str, str],
    database_url: str | None,
    storage_url: str | None,
    s3_endpoint: str | None,
    result_urls: str | None,
) -> dict[str, object]:
    """Where state and files live: TRANSLOADIT_EMULATOR_DATABASE_URL (``postgresql://...``),
    TRANSLOADIT_EMULATOR_STORAGE (``s3://bucket/prefix``), TRANSLOADIT_EMULATOR_S3_ENDPOINT,
    TRANSLOADIT_EMULATOR_S3_REGION, TRANSLOADIT_EMULATOR_RESULT_URLS (``stream`` or ``presigned``),
    TRANSLOADIT_EMULATOR_PRESIGN_SECONDS. S3 credentials come from boto3's usual chain
    (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, profiles, instance roles).
    TRANSLOADIT_EMULATOR_TRANSLOADIT_STORAGE (default true): whether accounts have Transloadit Storage.
    """
    found: dict[str, object] = {"transloadit_storage": _flag(env.get("TRANSLOADIT_EMULATOR_TRANSLOADIT_STORAGE"), True)}
    database = database_url or env.get("TRANSLOADIT_EMULATOR_DATABASE_URL")
    if database:
        if not database.startswith(("postgresql://", "postgres://")):
            raise ValueError("the database must be a postgresql:// URL (leave it unset for the embedded SQLite)")
        found["database_url"] = database
    storage = storage_url or env.get("TRANSLOADIT_EMULATOR_STORAGE")
    if storage:
        if not storage.startswith("s3://") or len(storage) <= len("s3://"):
            raise ValueError("the storage must be an s3://bucket URL (leave it unset for files in the data directory)")
        found["storage_url"] = storage
    endpoint = s3_endpoint or env.get("TRANSLOADIT_EMULATOR_S3_ENDPOINT")
    if endpoint:
        found["s3_endpoint"] = endpoint
    if env.get("TRANSLOADIT_EMULATOR_S3_REGION"):
        found["s3_region"] = env["TRANSLOADIT_EMULATOR_S3_REGION"]
    urls = result_urls or env.get("TRANSLOADIT_EMULATOR_RESULT_URLS")
    if urls:
        if urls not in ("stream", "presigned"):
            raise ValueError("result URLs must be stream or presigned")
        found["result_urls"] = urls
    if env.get("TRANSLOADIT_EMULATOR_PRESIGN_SECONDS"):
        found["presign_seconds"] = int(env["TRANSLOADIT_EMULATOR_PRESIGN_SECONDS"])
    return found
