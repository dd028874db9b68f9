"""``/supabase/import``: bring files in from a Supabase Storage bucket.

Connection params, credentials and endpoint as for ``/supabase/store``; a directory ``path`` lists
its objects (``recursive`` for everything below it), a file ``path`` imports that object.
"""

from __future__ import annotations

from .support.bucket_import import BucketImport
from .support.s3_vendors import SUPABASE


class SupabaseImport(BucketImport):
    """The shared bucket import robot, speaking to Supabase Storage."""

    name = "/supabase/import"
    vendor = SUPABASE
