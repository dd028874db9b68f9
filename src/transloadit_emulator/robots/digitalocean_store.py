"""``/digitalocean/store``: store each file in a DigitalOcean Spaces bucket.

Credentials of type ``digitalocean`` or inline params; ``space`` and ``region`` instead of bucket
and region; the endpoint is ``https://<region>.digitaloceanspaces.com`` and URLs start with
``url_prefix`` (default ``https://{space}.{region}.digitaloceanspaces.com/``).
"""

from __future__ import annotations

from .support.bucket_store import BucketStore
from .support.s3_vendors import DIGITALOCEAN


class DigitaloceanStore(BucketStore):
    """The shared bucket store robot, speaking to DigitalOcean Spaces."""

    name = "/digitalocean/store"
    vendor = DIGITALOCEAN
