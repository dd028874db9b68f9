"""``/tus/store``: upload each file to a tus server (``endpoint``).

``headers`` (and those of ``credentials``: Template Credentials of type ``http``) go with every
request; ``metadata`` is sent as ``Upload-Metadata`` over the file's own ``filename``,
``basename``, ``extension`` and ``filetype``. The result's ``url`` is ``url_template`` or the
upload URL the server answered, ``ssl_url`` is ``ssl_url_template`` or that URL when it is https.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..outbound.http_fetch import RemoteFetchError
from ..outbound.tus_upload import upload
from ..variables import to_text
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.remote_storage import credential_content

#: The schema's example default; sent literally it would name every file ``example.png``.
_EXAMPLE_METADATA = {"filename": "example.png", "basename": "example", "extension": "png"}


class TusStore(PerFileRobot):
    """Uploads each input file to a tus endpoint and forwards it with the upload's URL."""

    name = "/tus/store"
    stores_only = True

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Upload one file; the result is the input itself with the upload's URLs."""
        endpoint, headers = _connection(ctx, params)
        try:
            location = upload(
                endpoint,
                file.path,
                headers=headers,
                metadata=_metadata(params, file),
                allow_private=ctx.allow_private_imports,
            )
        except RemoteFetchError as exc:
            codes = {"blocked": "TUS_STORE_ACCESS_DENIED", "denied": "TUS_STORE_ACCESS_DENIED"}
            codes.update(not_found="TUS_STORE_NOT_FOUND", invalid="TUS_STORE_VALIDATION")
            raise RobotError(codes.get(exc.kind, "TUS_STORE_FAILURE"), str(exc)) from None
        url = to_text(params.get("url_template")) or location
        ssl_url = to_text(params.get("ssl_url_template")) or (location if location.startswith("https://") else None)
        name = to_text(file.record.get("name")) or file.path.name
        record = {"url": url, "ssl_url": ssl_url}
        return [OutputFile(path=file.path, name=name, source=file, passthrough=True, record=record)]


def _connection(ctx: RobotContext, params: Mapping[str, Any]) -> tuple[str, dict[str, str]]:
    headers: dict[str, str] = {}
    endpoint = params.get("endpoint")
    content = credential_content(ctx, params, ("http",))
    endpoint = endpoint or content.get("url")
    if isinstance(content.get("headers"), Mapping):
        headers.update({str(k): to_text(v) for k, v in content["headers"].items()})
    if isinstance(params.get("headers"), Mapping):
        headers.update({str(k): to_text(v) for k, v in params["headers"].items()})
    if not isinstance(endpoint, str) or not endpoint:
        raise RobotError("TUS_STORE_VALIDATION", "The Step needs the endpoint of the tus server.")
    return endpoint, headers


def _metadata(params: Mapping[str, Any], file: InputFile) -> dict[str, str]:
    record = file.record
    own = {
        "filename": to_text(record.get("name")) or file.path.name,
        "basename": to_text(record.get("basename")),
        "extension": to_text(record.get("ext")),
        "filetype": to_text(record.get("mime")),
    }
    given = params.get("metadata")
    if not isinstance(given, Mapping) or dict(given) == _EXAMPLE_METADATA:
        given = {}
    return {k: v for k, v in {**own, **{str(k): to_text(v) for k, v in given.items()}}.items() if v}
