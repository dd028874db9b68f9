"""``/digitalocean/import``: bring files in from a DigitalOcean Spaces bucket.

Connection params, credentials and endpoint as for ``/digitalocean/store``; a directory ``path`` lists
its objects (``recursive`` for everything below it), a file ``path`` imports that object.
"""

from __future__ import annotations

from .support.bucket_import import BucketImport
from .support.s3_vendors import DIGITALOCEAN


class DigitaloceanImport(BucketImport):
    """The shared bucket import robot, speaking to DigitalOcean Spaces."""

    name = "/digitalocean/import"
    vendor = DIGITALOCEAN
