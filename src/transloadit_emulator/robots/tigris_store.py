"""``/tigris/store``: store each file in a Tigris bucket.

Credentials of type ``tigris`` or inline params; the endpoint is ``fly.storage.tigris.dev`` unless
``host`` is given; virtual-host URLs ``https://<bucket>.<host>/<key>``.
"""

from __future__ import annotations

from .support.bucket_store import BucketStore
from .support.s3_vendors import TIGRIS


class TigrisStore(BucketStore):
    """The shared bucket store robot, speaking to Tigris."""

    name = "/tigris/store"
    vendor = TIGRIS
