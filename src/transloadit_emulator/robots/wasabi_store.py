"""``/wasabi/store``: store each file in a Wasabi bucket.

Credentials of type ``wasabi`` or inline params; the endpoint is
``s3.<bucket_region>.wasabisys.com`` unless ``host`` is given; ``acl`` defaults to ``private``;
path-style URLs.
"""

from __future__ import annotations

from .support.bucket_store import BucketStore
from .support.s3_vendors import WASABI


class WasabiStore(BucketStore):
    """The shared bucket store robot, speaking to Wasabi."""

    name = "/wasabi/store"
    vendor = WASABI
