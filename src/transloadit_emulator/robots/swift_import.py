"""``/swift/import``: bring files in from a OpenStack Swift (its S3 API) bucket.

Connection params, credentials and endpoint as for ``/swift/store``; a directory ``path`` lists
its objects (``recursive`` for everything below it), a file ``path`` imports that object.
"""

from __future__ import annotations

from .support.bucket_import import BucketImport
from .support.s3_vendors import SWIFT


class SwiftImport(BucketImport):
    """The shared bucket import robot, speaking to OpenStack Swift (its S3 API)."""

    name = "/swift/import"
    vendor = SWIFT
