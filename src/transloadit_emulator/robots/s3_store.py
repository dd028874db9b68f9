"""``/s3/store``: store each file in an Amazon S3 or S3-compatible bucket.

The bucket comes from ``credentials`` (Template Credentials of type ``s3``) and/or the inline
``key``, ``secret``, ``bucket``, ``bucket_region``, ``host``, ``session_token``, ``no_vhost``;
the rest is the shared bucket store (``support/bucket_store.py``).
"""

from __future__ import annotations

from .support.bucket_store import BucketStore
from .support.s3_vendors import S3


class S3Store(BucketStore):
    """Uploads each input file to an S3 bucket."""

    name = "/s3/store"
    vendor = S3
