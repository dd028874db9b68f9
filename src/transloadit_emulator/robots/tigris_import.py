"""``/tigris/import``: bring files in from a Tigris bucket.

Connection params, credentials and endpoint as for ``/tigris/store``; a directory ``path`` lists
its objects (``recursive`` for everything below it), a file ``path`` imports that object.
"""

from __future__ import annotations

from .support.bucket_import import BucketImport
from .support.s3_vendors import TIGRIS


class TigrisImport(BucketImport):
    """The shared bucket import robot, speaking to Tigris."""

    name = "/tigris/import"
    vendor = TIGRIS
