"""``/swift/store``: store each file in a OpenStack Swift (its S3 API) bucket.

Credentials of type ``swift`` or inline params; ``bucket`` is the container, ``host`` the Swift
proxy with S3 API; path-style URLs.
"""

from __future__ import annotations

from .support.bucket_store import BucketStore
from .support.s3_vendors import SWIFT


class SwiftStore(BucketStore):
    """The shared bucket store robot, speaking to OpenStack Swift (its S3 API)."""

    name = "/swift/store"
    vendor = SWIFT
