"""``/s3/import``: bring files in from an Amazon S3 or S3-compatible bucket.

The bucket comes from ``credentials`` and/or inline keys as for ``/s3/store``; listing, paging,
stubs and ``ignore_errors`` are the shared bucket import (``support/bucket_import.py``).
"""

from __future__ import annotations

from .support.bucket_import import BucketImport
from .support.s3_vendors import S3


class S3Import(BucketImport):
    """Downloads the objects a Step's ``path`` names from an S3 bucket."""

    name = "/s3/import"
    vendor = S3
