"""``/minio/import``: bring files in from a MinIO bucket.

Connection params, credentials and endpoint as for ``/minio/store``; a directory ``path`` lists
its objects (``recursive`` for everything below it), a file ``path`` imports that object.
"""

from __future__ import annotations

from .support.bucket_import import BucketImport
from .support.s3_vendors import MINIO


class MinioImport(BucketImport):
    """The shared bucket import robot, speaking to MinIO."""

    name = "/minio/import"
    vendor = MINIO
