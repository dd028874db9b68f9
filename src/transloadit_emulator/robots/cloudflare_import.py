"""``/cloudflare/import``: bring files in from a Cloudflare R2 bucket.

Connection params, credentials and endpoint as for ``/cloudflare/store``; a directory ``path`` lists
its objects (``recursive`` for everything below it), a file ``path`` imports that object.
"""

from __future__ import annotations

from .support.bucket_import import BucketImport
from .support.s3_vendors import CLOUDFLARE


class CloudflareImport(BucketImport):
    """The shared bucket import robot, speaking to Cloudflare R2."""

    name = "/cloudflare/import"
    vendor = CLOUDFLARE
