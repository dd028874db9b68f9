"""The S3-compatible object stores the bucket robots speak to, as data.

Every ``/<vendor>/store`` and ``/<vendor>/import`` robot runs the same engine
(``bucket_store.py``, ``bucket_import.py``, ``outbound/s3.py``); what differs per vendor is here:
the names of its connection params (DigitalOcean's ``space`` and ``region``, Backblaze's
``app_key_id`` and ``app_key``), its Template Credential type, its default endpoint, how its
object URLs look and its default ACL, each as the vendor's Step schema documents them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

#: ``(bucket, region) -> host`` of a vendor whose endpoint follows from the bucket's region.
HostRule = Callable[[str, str], str]


@dataclass(frozen=True)
class Vendor:
    """How one S3-compatible vendor is reached and how it reports stored objects."""

    #: The robots' first path part (``/wasabi/store``) and the name of its service URL setting.
    name: str
    #: Template Credential types the vendor's robots take.
    credential_types: tuple[str, ...]
    #: The vendor's param name -> the engine's (``space`` -> ``bucket``); both are read.
    aliases: Mapping[str, str] = field(default_factory=dict)
    #: The endpoint when the Step names no ``host``; None: ``host`` is required (or Amazon S3 for s3).
    default_host: HostRule | None = None
    #: Region when none is given (Cloudflare R2 signs for ``auto``).
    default_region: str = "us-east-1"
    #: ``acl`` when the Step sets none; None: the vendor has no ACLs and none are sent.
    default_acl: str | None = "public-read"
    #: ``url_prefix`` when the Step sets none (``{bucket}``, ``{space}``, ``{region}`` are filled).
    default_url_prefix: str | None = None
    #: Buckets are path parts of the endpoint (``host/bucket/key``), not subdomains.
    path_style: bool = False
    #: Object metadata header prefixes (lower case), besides ``x-amz-meta-``.
    meta_prefixes: tuple[str, ...] = ()
    #: Error code for a bucket in another region (store robots); None: ``<PREFIX>_FAILURE``.
    has_wrong_region: bool = True


S3 = Vendor("s3", ("s3",))
CLOUDFLARE = Vendor("cloudflare", ("cloudflare",), default_region="auto", default_acl=None, path_style=True)
DIGITALOCEAN = Vendor(
    "digitalocean",
    ("digitalocean",),
    aliases={"space": "bucket", "region": "bucket_region"},
    default_host=lambda bucket, region: f"{region}.digitaloceanspaces.com",
    default_region="nyc3",
    default_url_prefix="https://{space}.{region}.digitaloceanspaces.com/",
)
MEGA = Vendor(
    "mega",
    ("mega",),
    default_host=lambda bucket, region: f"s3.{region}.s4.mega.io",
    default_region="eu-central-1",
    path_style=True,
)
MINIO = Vendor("minio", ("minio",), path_style=True)
SUPABASE = Vendor("supabase", ("supabase",), default_acl=None, path_style=True)
SWIFT = Vendor("swift", ("swift",), path_style=True)
TIGRIS = Vendor(
    "tigris", ("tigris",), default_host=lambda bucket, region: "fly.storage.tigris.dev", default_region="auto"
)
WASABI = Vendor(
    "wasabi",
    ("wasabi",),
    default_host=lambda bucket, region: "s3.wasabisys.com" if region == "us-east-1" else f"s3.{region}.wasabisys.com",
    default_acl="private",
    path_style=True,
)
#: Backblaze B2 through its S3-compatible API. Its endpoint names the account's cluster, which only
#: the native ``b2_authorize_account`` tells; the emulator asks it (``outbound/b2_auth.py``) unless a
#: service URL is configured for ``backblaze``.
BACKBLAZE = Vendor(
    "backblaze",
    ("backblaze",),
    aliases={"app_key_id": "key", "app_key": "secret"},
    default_acl=None,
    path_style=True,
    meta_prefixes=("x-bz-info-",),
    has_wrong_region=False,
)

VENDORS: dict[str, Vendor] = {
    v.name: v for v in (S3, CLOUDFLARE, DIGITALOCEAN, MEGA, MINIO, SUPABASE, SWIFT, TIGRIS, WASABI, BACKBLAZE)
}
