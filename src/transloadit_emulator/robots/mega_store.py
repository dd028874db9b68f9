"""``/mega/store``: store each file in a MEGA S4 Object Storage bucket.

Credentials of type ``mega`` or inline params; ``bucket_region`` names the endpoint
``s3.<region>.s4.mega.io`` unless ``host`` is given; path-style URLs.
"""

from __future__ import annotations

from .support.bucket_store import BucketStore
from .support.s3_vendors import MEGA


class MegaStore(BucketStore):
    """The shared bucket store robot, speaking to MEGA S4 Object Storage."""

    name = "/mega/store"
    vendor = MEGA
