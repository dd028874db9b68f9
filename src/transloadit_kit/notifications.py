"""Assembly Notifications: verify one your ``notify_url`` received; replay and list them (flows).

A Notification is a POST with two fields: ``transloadit`` (the Assembly Status as a JSON string)
and ``signature`` (``sha384:<hex>``, the HMAC of exactly that string keyed with the Auth Secret).
The real API sends it urlencoded; multipart bodies are accepted too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qs

from transloadit_client.api.notifications import (
    list_assembly_notifications,
    replay_assembly_notification,
)
from transloadit_client.api.notifications import (
    list_notifications as list_notifications_api,
)
from transloadit_client.models import (
    AssemblyNotificationList,
    NotificationReplay,
    ReplayNotificationUrlencodedForm,
    ReplayNotificationUrlencodedFormWait,
)

from .calls import signed_read, with_retries
from .core import KitCore
from .effects import Call, Flow
from .signing import verify


class NotificationSignatureError(ValueError):
    """A Notification whose signature is missing or does not match: do not trust its content."""


def notification_fields(body: bytes, content_type: str) -> dict[str, str]:
    """The text fields of a raw Notification body, urlencoded or multipart/form-data."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True)
        return {name: values[0] for name, values in parsed.items()}
    if kind == "multipart/form-data":
        message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        fields: dict[str, str] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if isinstance(name, str) and isinstance(payload, bytes):
                fields[name] = payload.decode(part.get_content_charset() or "utf-8")
        return fields
    raise NotificationSignatureError(f"a Notification is a form post, not {kind or 'an untyped body'}")


def verify_notification(
    fields: Mapping[str, str] | bytes, secret: str, *, content_type: str = "application/x-www-form-urlencoded"
) -> dict[str, Any]:
    """The Assembly Status of a received Notification, once its signature checks out.

    ``fields`` is the form your web framework parsed (``transloadit`` and ``signature``), or the raw
    request body with its ``content_type``. Raises :class:`NotificationSignatureError` when the
    signature is missing or wrong (sha1 bare hex and sha256/384/512 prefixes are accepted).
    """
    if isinstance(fields, bytes):
        fields = notification_fields(fields, content_type)
    payload = fields.get("transloadit")
    signature = fields.get("signature")
    if not payload or not signature:
        raise NotificationSignatureError("the Notification lacks its transloadit or signature field")
    if not verify(payload, signature, secret):
        raise NotificationSignatureError("the Notification's signature does not match its content")
    status: dict[str, Any] = json.loads(payload)
    return status


def replay_notification(
    kit: KitCore[Any], assembly_id: str, *, notify_url: str | None = None, wait: bool = True
) -> Flow[NotificationReplay]:
    """Send the Assembly's Notification again (to ``notify_url`` if given); with ``wait``, once delivered."""

    def build() -> Call:
        extra: dict[str, Any] = {"wait": wait}
        if notify_url is not None:
            extra["notify_url"] = notify_url
        params, signature = kit.signed(extra=extra)
        flag = ReplayNotificationUrlencodedFormWait.TRUE if wait else ReplayNotificationUrlencodedFormWait.FALSE
        body = ReplayNotificationUrlencodedForm(params=params, signature=signature, wait=flag)
        return Call(replay_assembly_notification, (assembly_id,), {"body": body})

    return (yield from with_retries(kit, NotificationReplay, build))


def list_notifications(
    kit: KitCore[Any],
    assembly_id: str | None = None,
    *,
    type: str = "all",
    page: int = 1,
    pagesize: int = 50,
) -> Flow[AssemblyNotificationList]:
    """Notifications sent, newest first: one Assembly's, or the account's; ``type`` all/successful/failed."""
    extra = {"type": type, "page": page, "pagesize": pagesize}
    if assembly_id is None:
        return (yield from signed_read(kit, AssemblyNotificationList, list_notifications_api, extra=extra))
    endpoint = list_assembly_notifications
    return (yield from signed_read(kit, AssemblyNotificationList, endpoint, assembly_id, extra=extra))
