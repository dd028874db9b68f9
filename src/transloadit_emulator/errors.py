"""The one exception hierarchy of the emulator and the one code -> HTTP status table.

Every failure the API reports is a :class:`TransloaditError` carrying a Transloadit error
code. The HTTP layer renders it in exactly one place (``http/render.py``); nothing else
builds error bodies.
"""

from __future__ import annotations

from typing import Any

# HTTP status for each code that does not answer 400. Anything not listed is a 400:
# the real API answers client mistakes with 400 and documents no finer split.
_HTTP_STATUS: dict[str, int] = {
    "ASSEMBLY_NOT_FOUND": 404,
    "TEMPLATE_NOT_FOUND": 404,
    "TEMPLATE_CREDENTIALS_NOT_READ": 404,
    "AUTH_KEYS_NOT_FOUND": 404,
    "BILL_INVOICE_NOT_FOUND": 404,
    "FILE_NOT_FOUND": 404,
    "EMULATOR_DOCS_NOT_BUILT": 404,
    "EMULATOR_ACCOUNT_NOT_FOUND": 404,
    "EMULATOR_FAULT_NOT_FOUND": 404,
    "EMULATOR_ACCOUNT_EXISTS": 409,
    "EMULATOR_ACCOUNT_IN_USE": 409,
    "EMULATOR_CLOCK_NOT_STEERABLE": 409,
    "EMULATOR_DASHBOARD_NOT_FOUND": 404,
    "SERVER_404": 404,
    "SERVER_405": 405,
    "ADMIN_PERMISSIONS_REQUIRED": 403,
    "INSUFFICIENT_AUTH_SCOPE": 403,
    "GET_ACCOUNT_UNKNOWN_AUTH_KEY": 401,
    "AUTH_EXPIRED": 401,
    "NO_SIGNATURE_FIELD": 401,
    "INVALID_SIGNATURE": 401,
    "TOKEN_INVALID_CREDENTIALS": 401,
    "BEARER_TOKEN_INVALID": 401,
    "BEARER_TOKEN_EXPIRED": 401,
    "BEARER_TOKEN_AUTH_KEY_MISMATCH": 403,
    # Valid requests that conflict with existing state; clients may retry differently.
    "DO_NOT_REUSE_ASSEMBLY_IDS": 409,
    "ASSEMBLY_CANNOT_BE_REPLAYED": 409,
    "TEMPLATE_NAME_TAKEN": 409,
    "TEMPLATE_CREDENTIALS_NAME_TAKEN": 409,
    "ASSEMBLY_NOT_FINISHED": 409,
    # The notify_url receiver failed every attempt of a replay the client waited for.
    "ASSEMBLY_NOTIFICATION_NOT_REPLAYED": 502,
    "MAX_SIZE_EXCEEDED": 413,
    "RATE_LIMIT_REACHED": 429,
    "ASSEMBLY_CANCEL_UNAVAILABLE": 503,
    # /_emulator/ready: a backend (database, storage) of this process does not answer.
    "EMULATOR_NOT_READY": 503,
    "TUS_UPLOAD_NOT_FOUND": 404,
    "TUS_UPLOAD_TERMINATED": 410,
    "TUS_UPLOAD_EXPIRED": 410,
    "TUS_OFFSET_MISMATCH": 409,
    "TUS_UPLOAD_FINISHED": 409,
    "TUS_VERSION_UNSUPPORTED": 412,
    "TUS_UNSUPPORTED_MEDIA_TYPE": 415,
    "SERVER_500": 500,
    # The emulator's own disk or database failed: the request was fine, a retry may succeed.
    "ASSEMBLY_COULD_NOT_BE_CREATED": 500,
    "ASSEMBLY_STATUS_PARSE_ERROR": 500,
    "INVALID_ASSEMBLY_STATUS": 500,
    "ASSEMBLY_NOT_REPLAYED": 500,
    "CANNOT_FETCH_ACTIVE_ASSEMBLIES": 500,
    "SLOT_COUNTS_ERROR": 500,
    "AUTH_SECRET_NOT_RETRIEVED": 500,
    "TEMPLATE_DB_ERROR": 500,
    "GET_ACCOUNT_DB_ERROR": 500,
    "ASSEMBLY_NOTIFICATIONS_LIST_ERROR": 500,
    "ASSEMBLY_NOTIFICATION_NOT_PERSISTED": 500,
    "ASSEMBLY_STATS_ERROR": 500,
    "PRIORITY_JOB_SLOT_STATS_ERROR": 500,
    "INTERNAL_COMMAND_ERROR": 500,
}


def http_status_for(code: str) -> int:
    """The HTTP status an error code is answered with."""
    return _HTTP_STATUS.get(code, 400)


class TransloaditError(Exception):
    """A failure with a Transloadit error code, a human message and optional extras.

    ``extra`` holds additional body keys (``reason``, ``assembly_id``, ``step``, ...).
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        info: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.info = info
        self.headers = headers or {}
        self.extra = extra

    @property
    def http_status(self) -> int:
        """The HTTP status this error is answered with."""
        return http_status_for(self.code)

    def to_body(self) -> dict[str, Any]:
        """The JSON body of the error response, as the real API shapes it."""
        body: dict[str, Any] = {"error": self.code, "message": self.message}
        body["http_code"] = self.http_status
        if self.info is not None:
            body["info"] = self.info
        body.update(self.extra)
        return body


class RobotError(TransloaditError):
    """A Step failed while executing; the Assembly ends with this error unless ignored."""
