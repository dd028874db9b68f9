"""``/wasabi/import``: bring files in from a Wasabi bucket.

Connection params, credentials and endpoint as for ``/wasabi/store``; a directory ``path`` lists
its objects (``recursive`` for everything below it), a file ``path`` imports that object.
"""

from __future__ import annotations

from .support.bucket_import import BucketImport
from .support.s3_vendors import WASABI


class WasabiImport(BucketImport):
    """The shared bucket import robot, speaking to Wasabi."""

    name = "/wasabi/import"
    vendor = WASABI
