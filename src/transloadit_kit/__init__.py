"""Hand-written helpers over the generated ``transloadit_client``: signing, params, waiting, two facades.

>>> from transloadit_kit import AsyncTransloadit, Transloadit
>>> tl = Transloadit("emulator-key", "emulator-secret", service="http://127.0.0.1:8000")
>>> atl = AsyncTransloadit("emulator-key", "emulator-secret", service="http://127.0.0.1:8000")
"""

from .account import mint_token
from .client import BUSY_CODES, AsyncTransloadit, Transloadit, is_finished
from .core import Clock, SystemClock
from .errors import AssemblyTimeoutError, TransloaditApiError
from .notifications import NotificationSignatureError, verify_notification
from .params import build_params, encode_params, expires_at
from .resumable import TusUploadError
from .signing import sign, verify
from .smart_cdn import smart_cdn_url

__all__ = [
    "smart_cdn_url",
    "BUSY_CODES",
    "AssemblyTimeoutError",
    "AsyncTransloadit",
    "Clock",
    "NotificationSignatureError",
    "SystemClock",
    "Transloadit",
    "TransloaditApiError",
    "TusUploadError",
    "build_params",
    "encode_params",
    "expires_at",
    "is_finished",
    "mint_token",
    "sign",
    "verify",
    "verify_notification",
]
