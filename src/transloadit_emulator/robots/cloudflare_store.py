"""``/cloudflare/store``: store each file in a Cloudflare R2 bucket.

Credentials of type ``cloudflare`` or inline params; the account's R2 endpoint as ``host``; URLs are
``url_prefix`` (the bucket's public host) + key, else ``https://<host>/<bucket>/<key>``; R2 has no
ACLs.
"""

from __future__ import annotations

from .support.bucket_store import BucketStore
from .support.s3_vendors import CLOUDFLARE


class CloudflareStore(BucketStore):
    """The shared bucket store robot, speaking to Cloudflare R2."""

    name = "/cloudflare/store"
    vendor = CLOUDFLARE
