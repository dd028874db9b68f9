"""``/mega/import``: bring files in from a MEGA S4 Object Storage bucket.

Connection params, credentials and endpoint as for ``/mega/store``; a directory ``path`` lists
its objects (``recursive`` for everything below it), a file ``path`` imports that object.
"""

from __future__ import annotations

from .support.bucket_import import BucketImport
from .support.s3_vendors import MEGA


class MegaImport(BucketImport):
    """The shared bucket import robot, speaking to MEGA S4 Object Storage."""

    name = "/mega/import"
    vendor = MEGA
