"""``/backblaze/store``: store each file in a Backblaze B2 (its S3-compatible API) bucket.

Credentials of type ``backblaze`` or inline params; ``app_key_id`` and ``app_key`` are the keys; the
endpoint and the friendly download URL ``<download url>/file/<bucket>/<key>`` come from B2's
authorization; ``X-Bz-Info-*`` headers are metadata; Backblaze pages imports with
``start_file_name``.
"""

from __future__ import annotations

from .support.bucket_store import BucketStore
from .support.s3_vendors import BACKBLAZE


class BackblazeStore(BucketStore):
    """The shared bucket store robot, speaking to Backblaze B2 (its S3-compatible API)."""

    name = "/backblaze/store"
    vendor = BACKBLAZE
