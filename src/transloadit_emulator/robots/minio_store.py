"""``/minio/store``: store each file in a MinIO bucket.

Credentials of type ``minio`` or inline params; ``host`` is the MinIO server; path-style URLs
``<host>/<bucket>/<key>``.
"""

from __future__ import annotations

from .support.bucket_store import BucketStore
from .support.s3_vendors import MINIO


class MinioStore(BucketStore):
    """The shared bucket store robot, speaking to MinIO."""

    name = "/minio/store"
    vendor = MINIO
