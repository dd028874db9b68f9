"""Template Credentials: named secrets for third-party services that Steps use as ``credentials``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import orjson

from .. import nesting
from ..errors import TransloaditError
from ..ids import account_id
from ..settings import Settings
from ..storage.records import Record, RecordStore
from . import auth
from .assemblies.model import SignedRequest
from .clock import Clock, IdSource
from .named_records import SORTS, NamedRecords
from .paging import choice_param, read_page
from .templates import iso_date

KIND = "credential"
_NAME = re.compile(r"^[a-zA-Z0-9_-]{4,}$")
_CODE = "TEMPLATE_CREDENTIALS_VALIDATION"

#: Credential types and the ``content`` keys a Step reads from each (the first ones are required).
TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "s3": (("key", "secret", "bucket"), ("bucket_region", "host", "session_token", "no_vhost")),
    "minio": (("key", "secret", "bucket", "host"), ("bucket_region",)),
    "wasabi": (("key", "secret", "bucket"), ("bucket_region", "host")),
    "digitalocean": (("key", "secret", "space", "region"), ("host",)),
    "backblaze": (("app_key_id", "app_key", "bucket"), ()),
    "cloudflare": (("key", "secret", "bucket", "host"), ()),
    "tigris": (("key", "secret", "bucket"), ("bucket_region", "host")),
    "supabase": (("key", "secret", "bucket", "host"), ("bucket_region",)),
    "google": (("bucket",), ("credentials", "project_id")),
    "azure": (("account", "key", "container"), ()),
    "ftp": (("host", "user", "password"), ("port",)),
    "sftp": (("host", "user"), ("password", "private_key", "port")),
    "http": ((), ("url", "headers")),
    "swift": (("key", "secret", "bucket", "host"), ()),
    "rackspace": (("username", "key", "container", "region"), ()),
    "cloudfiles": (("user", "key", "container"), ("account_type", "data_center")),
    "dropbox": (("access_token",), ()),
    "box": (("key_file_contents",), ("access_token",)),
    "mega": (("key", "secret", "bucket"), ("bucket_region", "host")),
    "vimeo": (("access_token",), ()),
    "youtube": (("refresh_token",), ("client_id", "client_secret", "access_token")),
    "companion": (("key", "secret"), ()),
    "ai": (("provider", "api_key"), ("base_url", "model")),
}
#: The types whose secrets come from a provider's OAuth consent (tokens), not typed in.
OAUTH_TYPES = ("dropbox", "vimeo", "youtube")


class CredentialService:
    """Template Credential operations, one method per operationId, plus :meth:`resolve` for Steps."""

    def __init__(
        self,
        settings: Settings,
        records: RecordStore,
        clock: Clock,
        ids: IdSource,
        authenticator: auth.Authenticator | None = None,
    ) -> None:
        self.settings = settings
        self.records = records
        self.clock = clock
        self.ids = ids
        self.named = NamedRecords(records, KIND, clock, ids, not_found=_not_found, name_taken=_name_taken)
        #: Replaced by the app with the shared one that also checks nonces.
        self.authenticator = authenticator or auth.Authenticator(settings, clock)

    def create_template_credential(self, request: SignedRequest) -> bytes:
        """``POST /template_credentials``"""
        authed = self._authenticate(request)
        params = authed.params
        name, kind = _valid_name(params.get("name")), _valid_type(params.get("type"))
        content = _valid_content(kind, params.get("content"))
        record = self.named.create(authed.account.key, name, {"type": kind, "content": content})
        return _answer(record, "TEMPLATE_CREDENTIALS_CREATED", "The Template Credentials were created.")

    def validate_template_credential_oauth_on_create(self, request: SignedRequest) -> bytes:
        """``POST /template_credentials/validateOauthOnCreate``: could ``name`` of OAuth ``type`` be created?"""
        authed = self._authenticate(request)
        params = authed.params
        kind = params.get("type")
        if kind not in OAUTH_TYPES:
            raise TransloaditError(
                _CODE, f"type must be one of the OAuth types {', '.join(OAUTH_TYPES)}, got {kind!r}."
            )
        name = _valid_name(params.get("name"))
        if self.named.named(authed.account.key, name) is not None:
            raise _name_taken(name)
        body = {"ok": "TEMPLATE_CREDENTIALS_OAUTH_VALID", "message": "The credential can be created."}
        return orjson.dumps({**body, "name": name, "type": kind})

    def get_template_credential(self, credential_id: str, request: SignedRequest) -> bytes:
        """``GET /template_credentials/{credential_id}``"""
        authed = self._authenticate(request)
        record = self.named.own(credential_id, authed.account.key)
        return _answer(record, "TEMPLATE_CREDENTIALS_FOUND", "The Template Credentials were found.")

    def update_template_credential(self, credential_id: str, request: SignedRequest) -> bytes:
        """``PUT /template_credentials/{credential_id}``: what is not given stays."""
        authed = self._authenticate(request)
        params = authed.params
        record = self.named.own(credential_id, authed.account.key)
        if params.get("name") not in (None, ""):
            self.named.rename(record, _valid_name(params["name"]))
        kind = _valid_type(params["type"]) if params.get("type") not in (None, "") else record.body["type"]
        if "content" in params or kind != record.body["type"]:
            record.body["content"] = _valid_content(kind, params.get("content", record.body["content"]))
        record.body["type"] = kind
        self.named.save(record)
        return _answer(record, "TEMPLATE_CREDENTIALS_UPDATED", "The Template Credentials were updated.")

    def delete_template_credential(self, credential_id: str, request: SignedRequest) -> bytes:
        """``DELETE /template_credentials/{credential_id}``"""
        authed = self._authenticate(request)
        self.named.delete(credential_id, authed.account.key)
        return orjson.dumps({"ok": "TEMPLATE_CREDENTIALS_DELETED", "message": "The Template Credentials were deleted."})

    def list_template_credentials(self, request: SignedRequest) -> bytes:
        """``GET /template_credentials``"""
        authed = self._authenticate(request)
        params = authed.params
        page = read_page(params, _CODE)
        sort = choice_param(params, "sort", "created", SORTS, _CODE)
        order = choice_param(params, "order", "desc", ("asc", "desc"), _CODE)
        undated = replace(page, from_ts=None, to_ts=None)  # the credential list takes no date bounds
        rows, count = self.named.page(authed.account.key, undated, sort, order == "desc")
        body = {"ok": "TEMPLATE_CREDENTIALS_FOUND", "credentials": [_credential(r) for r in rows], "count": count}
        return orjson.dumps(body)

    def list_template_credential_types(self, request: SignedRequest) -> bytes:
        """``GET /template_credentials/types``"""
        self._authenticate(request)
        types = [
            {"type": kind, "content_keys": [*required, *optional], "required_content_keys": list(required)}
            for kind, (required, optional) in sorted(TYPES.items())
        ]
        return orjson.dumps({"ok": "TEMPLATE_CREDENTIAL_TYPES_FOUND", "types": types})

    def resolve(self, account_key: str, name: str) -> tuple[str, dict[str, Any]]:
        """``(type, content)`` of the account's credential called ``name``, for a Step's ``credentials``."""
        record = self.named.named(account_key, name)
        if record is None:
            raise TransloaditError(
                "TEMPLATE_CREDENTIALS_INJECTION_ERROR",
                f"No Template Credentials named {name!r} exist.",
            )
        return record.body["type"], dict(record.body["content"])

    def _authenticate(self, request: SignedRequest) -> auth.AuthedRequest:
        return self.authenticator(request)


def _not_found(credential_id: Any) -> TransloaditError:
    return TransloaditError(
        "TEMPLATE_CREDENTIALS_NOT_READ", f"No Template Credentials with the id {credential_id!r} were found."
    )


def _name_taken(name: str) -> TransloaditError:
    return TransloaditError("TEMPLATE_CREDENTIALS_NAME_TAKEN", f"Template Credentials named {name!r} exist.")


def _valid_name(name: Any) -> str:
    if not isinstance(name, str) or not _NAME.match(name):
        raise TransloaditError(_CODE, f"The name must be at least 4 letters, digits, dashes or underscores: {name!r}.")
    return name


def _valid_type(kind: Any) -> str:
    if kind not in TYPES:
        raise TransloaditError(_CODE, f"type must be one of {', '.join(sorted(TYPES))}, got {kind!r}.")
    return str(kind)


def _valid_content(kind: str, content: Any) -> dict[str, Any]:
    if isinstance(content, str):
        try:
            content = nesting.loads(content)
        except orjson.JSONDecodeError:
            raise TransloaditError(_CODE, "content must be an object (or its JSON).") from None
        except nesting.TooDeep as exc:
            raise TransloaditError(_CODE, f"content is {exc}.") from None
    if not isinstance(content, Mapping):
        raise TransloaditError(_CODE, "content must be an object of the credential's secrets.")
    missing = [k for k in TYPES[kind][0] if content.get(k) in (None, "")]
    if missing:
        raise TransloaditError(_CODE, f"{kind} credentials need {', '.join(missing)} in content.")
    return dict(content)


def _credential(record: Record) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "type": record.body["type"],
        "content": record.body["content"],
        "account_id": account_id(record.account_key),
        "created": iso_date(record.created_ts),
        "modified": iso_date(record.modified_ts),
        "stringified": orjson.dumps(record.body["content"]).decode(),
    }


def _answer(record: Record, ok: str, message: str) -> bytes:
    return orjson.dumps({"ok": ok, "message": message, "credential": _credential(record)})
