"""``/backblaze/import``: bring files in from a Backblaze B2 (its S3-compatible API) bucket.

Connection params, credentials and endpoint as for ``/backblaze/store``; a directory ``path`` lists
its objects (``recursive`` for everything below it), a file ``path`` imports that object.
"""

from __future__ import annotations

from .support.bucket_import import BucketImport
from .support.s3_vendors import BACKBLAZE


class BackblazeImport(BucketImport):
    """The shared bucket import robot, speaking to Backblaze B2 (its S3-compatible API)."""

    name = "/backblaze/import"
    vendor = BACKBLAZE
