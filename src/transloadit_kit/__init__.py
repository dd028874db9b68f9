"""Hand-written helpers over the generated ``transloadit_client``: signing, params, waiting, a facade.

>>> from transloadit_kit import Transloadit
>>> tl = Transloadit("emulator-key", "emulator-secret", service="http://127.0.0.1:8000")
"""

from .account import mint_token
from .client import BUSY_CODES, Transloadit, is_finished
from .errors import AssemblyTimeoutError, TransloaditApiError
from .notifications import NotificationSignatureError, verify_notification
from .params import build_params, encode_params, expires_at
from .signing import sign, verify

__all__ = [
    "BUSY_CODES",
    "NotificationSignatureError",
    "AssemblyTimeoutError",
    "Transloadit",
    "TransloaditApiError",
    "build_params",
    "encode_params",
    "expires_at",
    "is_finished",
    "mint_token",
    "sign",
    "verify",
    "verify_notification",
]
