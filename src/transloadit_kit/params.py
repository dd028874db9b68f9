"""Building and encoding request ``params`` (the JSON string that gets signed)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

EXPIRES_FORMAT = "%Y/%m/%d %H:%M:%S+00:00"


def expires_at(seconds: float, now: datetime | None = None) -> str:
    """``auth.expires`` ``seconds`` from now, in the format the Python and Go SDKs send."""
    moment = (now or datetime.now(UTC)) + timedelta(seconds=seconds)
    return moment.astimezone(UTC).strftime(EXPIRES_FORMAT)


def build_params(
    key: str,
    *,
    expires_in: float = 300,
    steps: Mapping[str, Any] | None = None,
    template_id: str | None = None,
    fields: Mapping[str, Any] | None = None,
    notify_url: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A params object with ``auth.key`` and ``auth.expires`` and whatever else is given."""
    params: dict[str, Any] = {"auth": {"key": key, "expires": expires_at(expires_in)}}
    if steps is not None:
        params["steps"] = dict(steps)
    if template_id is not None:
        params["template_id"] = template_id
    if fields:
        params["fields"] = dict(fields)
    if notify_url is not None:
        params["notify_url"] = notify_url
    if extra:
        params.update(extra)
    return params


def encode_params(params: Mapping[str, Any]) -> str:
    """Serialize params once, compactly; the signature must cover exactly this string."""
    return json.dumps(params, separators=(",", ":"), ensure_ascii=False)
