"""``/supabase/store``: store each file in a Supabase Storage bucket.

Credentials of type ``supabase`` or inline params; ``host`` is the project's S3 endpoint
(``https://<ref>.supabase.co/storage/v1/s3``); URLs are the public object URLs
``.../storage/v1/object/public/<bucket>/<key>``; no ACLs.
"""

from __future__ import annotations

from .support.bucket_store import BucketStore
from .support.s3_vendors import SUPABASE


class SupabaseStore(BucketStore):
    """The shared bucket store robot, speaking to Supabase Storage."""

    name = "/supabase/store"
    vendor = SUPABASE
