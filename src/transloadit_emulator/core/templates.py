"""Templates: saved Assembly Instructions, and how an Assembly's params merge with one.

The API reference sends the Template as a JSON string in ``template``; the Node SDK and
pytransloadit 2 send an object; pytransloadit 1.x puts ``steps`` at the top level of ``params``.
All three are accepted. Answers carry the SDKs' names (``id``, ``name``, ``content``) and the
reference's (``template_id``, ``template_name``, ``template_content``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from .. import nesting
from ..errors import TransloaditError
from ..ids import account_id, is_id
from ..settings import Settings
from ..storage.records import Record, RecordStore
from . import auth, builtin_templates
from .assemblies.model import SignedRequest
from .clock import Clock, IdSource
from .named_records import SORTS, NamedRecords
from .paging import choice_param, read_page

KIND = "template"
#: The docs (and the Node SDK's zod schema) say 5 to 40 lowercase letters and dashes, but the live API
#: accepts digits (the official SDKs' tests put dates in names) and names of 41 to 45 characters
#: (``node-sdk-test-2026-12-06t18-55-00-403z-edited``). No public source states its upper bound; 255
#: is the width of a name column and at least what the live API takes.
MAX_NAME_LENGTH = 255
_NAME = re.compile(rf"^[a-z0-9-]{{5,{MAX_NAME_LENGTH}}}$")
#: Keys pytransloadit 1.x may put at the top level of params instead of inside ``template``.
_TOP_LEVEL_CONTENT = ("steps", "allow_steps_override", "notify_url", "fields")
_LIST_FIELDS = (
    "id",
    "account_id",
    "name",
    "json",
    "created",
    "modified",
    "deleted",
    "content",
    "require_signature_auth",
)


@dataclass(frozen=True)
class TemplateUse:
    """What an Assembly takes from a Template: merged params and where they came from."""

    template_id: str
    content: dict[str, Any]
    params: dict[str, Any]
    #: The Template's name (the status's ``template_name``).
    name: str | None = None


def iso_date(ts: float) -> str:
    """``2026-11-22T15:40:01.000Z``: the date format of Template and credential records."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(ts * 1000) % 1000:03d}Z"


def merge_template(
    template_id: str, content: Mapping[str, Any], params: Mapping[str, Any], name: str | None = None
) -> TemplateUse:
    """Merge an Assembly's ``params`` over a Template's content, as the real API does.

    Steps given with the request override the Template's Step by Step (keys within a Step too),
    unless the Template sets ``allow_steps_override: false``: then giving ``steps`` is an error.
    """
    merged: dict[str, Any] = {k: v for k, v in content.items() if k not in ("auth",)}
    given_steps = params.get("steps")
    if given_steps is not None:
        if content.get("allow_steps_override") is False:
            raise TransloaditError(
                "TEMPLATE_DENIES_STEPS_OVERRIDE",
                f"The Template {template_id} does not allow its Steps to be overridden; send either "
                "steps or template_id.",
            )
        if not isinstance(given_steps, dict):
            raise TransloaditError("INVALID_STEPS_FIELD", "params.steps must be an object of Step name -> Step.")
        steps = {name: dict(step) for name, step in (content.get("steps") or {}).items()}
        for name, step in given_steps.items():
            if isinstance(step, dict) and isinstance(steps.get(name), dict):
                steps[name] = {**steps[name], **step}
            else:
                steps[name] = step
        merged["steps"] = steps
    fields = {**(content.get("fields") or {}), **(params.get("fields") or {})}
    for key, value in params.items():
        if key not in ("steps", "fields", "template_id"):
            merged[key] = value
    if fields:
        merged["fields"] = fields
    merged["template_id"] = template_id
    return TemplateUse(template_id, dict(content), merged, name)


class TemplateService:
    """Template operations, one method per operationId, plus :meth:`use` for Assemblies."""

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
        self.named = NamedRecords(
            records, KIND, clock, ids, not_found=_not_found, name_taken=_name_taken, db_failed=_db_failed
        )
        #: Replaced by the app with the shared one that also checks nonces.
        self.authenticator = authenticator or auth.Authenticator(settings, clock)

    # -- operations ------------------------------------------------------------------------

    def create_template(self, request: SignedRequest) -> bytes:
        """``POST /templates``"""
        authed = self._authenticate(request)
        params = authed.params
        name = _valid_name(params.get("name"))
        content = _content(params)
        if content is None:
            raise TransloaditError("INVALID_TEMPLATE_FIELD", "params.template is missing.")
        body = {"content": content, "require_signature_auth": _flag(params.get("require_signature_auth", 0))}
        record = self.named.create(authed.account.key, name, body)
        return orjson.dumps(_answer(record, "TEMPLATE_CREATED", "The Template was created successfully."))

    def get_template(self, template_id: str, request: SignedRequest) -> bytes:
        """``GET /templates/{template_id}``"""
        authed = self._authenticate(request)
        record = self.named.own(template_id, authed.account.key)
        return orjson.dumps(_answer(record, "TEMPLATE_FOUND", "The Template was found."))

    def get_template_full(self, template_id_or_name: str, request: SignedRequest) -> bytes:
        """``GET /templates/{template_id_or_name}/full``: the whole record, content as saved and as run."""
        authed = self._authenticate(request)
        key = authed.account.key
        if is_id(template_id_or_name):
            record = self.named.own(template_id_or_name, key)
        else:
            found = self.named.named(key, template_id_or_name)
            if found is None:
                raise _not_found(template_id_or_name)
            record = found
        body = _answer(record, "TEMPLATE_FOUND", "The Template was found.")
        merged = {"allow_steps_override": True, **record.body["content"]}
        body.update(account_id=account_id(key), merged_content=merged, builtin=False)
        return orjson.dumps(body)

    def update_template(self, template_id: str, request: SignedRequest) -> bytes:
        """``PUT /templates/{template_id}``: what is not given stays."""
        authed = self._authenticate(request)
        params = authed.params
        record = self.named.own(template_id, authed.account.key)
        if params.get("name") not in (None, ""):
            self.named.rename(record, _valid_name(params["name"]))
        content = _content(params)
        if content is not None:
            record.body["content"] = content
        if "require_signature_auth" in params:
            record.body["require_signature_auth"] = _flag(params["require_signature_auth"])
        self.named.save(record)
        return orjson.dumps(_answer(record, "TEMPLATE_UPDATED", "The Template was updated successfully."))

    def delete_template(self, template_id: str, request: SignedRequest) -> bytes:
        """``DELETE /templates/{template_id}``"""
        authed = self._authenticate(request)
        self.named.delete(template_id, authed.account.key)
        return orjson.dumps({"ok": "TEMPLATE_DELETED", "message": "The Template was deleted successfully."})

    def list_templates(self, request: SignedRequest) -> bytes:
        """``GET /templates``"""
        authed = self._authenticate(request)
        params = authed.params
        code = "TEMPLATE_LIST_ERROR"
        page = read_page(params, code)
        sort = choice_param(params, "sort", "created", SORTS, code)
        order = choice_param(params, "order", "desc", ("asc", "desc"), code)
        wanted = params.get("fields") or list(_LIST_FIELDS)
        if not isinstance(wanted, list) or not all(f in _LIST_FIELDS for f in wanted):
            raise TransloaditError(code, f"fields must be a list of {', '.join(_LIST_FIELDS)}.")
        mode = choice_param(params, "include_builtin", "none", tuple(builtin_templates.LIST_MODES), code)
        shows_owned, which = builtin_templates.LIST_MODES[mode]
        builtins = builtin_templates.matching(which, page.keywords)
        rows, count = self.named.page(authed.account.key, page, sort, order == "desc") if shows_owned else ([], 0)
        items = [{k: v for k, v in _list_item(r).items() if k in wanted} for r in rows]
        items += builtin_templates.page_items(builtins, page.page, page.pagesize, count, len(rows))
        return orjson.dumps({"items": items, "count": count + len(builtins)})

    def get_builtin_template(self, slug: str, request: SignedRequest, *, full: bool = False) -> bytes:
        """``GET /templates/builtin/{slug}`` and, with ``full``, ``GET /templates/builtin/{slug}/full``."""
        self._authenticate(request)
        builtin = builtin_templates.find(slug)
        if builtin is None:
            raise _not_found(f"{builtin_templates.PREFIX}{slug}")
        return orjson.dumps(builtin_templates.answer(builtin, full=full))

    # -- for Assemblies --------------------------------------------------------------------

    def use(self, template_id: Any, account_key: str, params: Mapping[str, Any], signed: bool) -> TemplateUse:
        """Merge ``params`` over the Template ``template_id`` of the account (or a built-in one,
        ``builtin/<slug>@<version>``), enforcing its rules."""
        if isinstance(template_id, str) and template_id.startswith(builtin_templates.PREFIX):
            builtin = builtin_templates.find(template_id)
            if builtin is None:
                raise _not_found(template_id)
            return merge_template(builtin.id, builtin.content, params, f"{builtin_templates.PREFIX}{builtin.slug}")
        record = self.named.own(template_id, account_key)
        if record.body.get("require_signature_auth") and not signed:
            raise TransloaditError(
                "NO_SIGNATURE_FIELD", f"The Template {template_id} requires Signature Authentication; sign the request."
            )
        return merge_template(template_id, record.body["content"], params, record.name)

    def resolve_id(self, template_id_or_name: str, account_key: str) -> str:
        """The id of the account's Template called (or with the id) ``template_id_or_name``;
        built-in ones (``builtin/<slug>``) as they are."""
        if is_id(template_id_or_name) or template_id_or_name.startswith(builtin_templates.PREFIX):
            return template_id_or_name
        found = self.named.named(account_key, template_id_or_name)
        if found is None:
            raise _not_found(template_id_or_name)
        return found.id

    # -- helpers ---------------------------------------------------------------------------

    def _authenticate(self, request: SignedRequest) -> auth.AuthedRequest:
        return self.authenticator(request)


def _not_found(template_id: Any) -> TransloaditError:
    return TransloaditError(
        "TEMPLATE_NOT_FOUND", f"No Template was found for the given template_id {template_id!r} and account."
    )


def _db_failed(detail: str) -> TransloaditError:
    return TransloaditError("TEMPLATE_DB_ERROR", f"The Templates could not be read or written: {detail}")


def _name_taken(name: str) -> TransloaditError:
    return TransloaditError("TEMPLATE_NAME_TAKEN", f"A Template named {name!r} already exists.")


def _valid_name(name: Any) -> str:
    if not isinstance(name, str) or not _NAME.match(name):
        raise TransloaditError(
            "INVALID_TEMPLATE_FIELD",
            f"The Template name must be 5 to {MAX_NAME_LENGTH} lowercase letters, digits or dashes, got {name!r}.",
        )
    return name


def _flag(value: Any) -> int:
    if value in (0, 1, True, False, "0", "1"):
        return int(value)
    raise TransloaditError("INVALID_TEMPLATE_FIELD", f"require_signature_auth must be 0 or 1, got {value!r}.")


def _content(params: Mapping[str, Any]) -> dict[str, Any] | None:
    """The Template content from ``template`` (JSON string or object) or top-level ``steps``; None if absent."""
    raw = params.get("template")
    if raw is None:
        if "steps" not in params:
            return None
        content: Any = {k: params[k] for k in _TOP_LEVEL_CONTENT if k in params}
    elif isinstance(raw, str):
        try:
            content = nesting.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise TransloaditError("TEMPLATE_INVALID_JSON", f"The Template contains invalid JSON: {exc}.") from None
        except nesting.TooDeep as exc:
            raise TransloaditError("TEMPLATE_INVALID_JSON", f"The Template is {exc}.") from None
    else:
        content = raw
    if not isinstance(content, dict):
        raise TransloaditError("TEMPLATE_INVALID_JSON", "The Template must be a JSON object.")
    steps = content.get("steps")
    if steps is not None and (not isinstance(steps, dict) or not all(isinstance(s, dict) for s in steps.values())):
        raise TransloaditError("INVALID_TEMPLATE_FIELD", "The Template's steps must be an object of Step objects.")
    if "allow_steps_override" in content and not isinstance(content["allow_steps_override"], bool):
        raise TransloaditError("INVALID_TEMPLATE_FIELD", "allow_steps_override must be true or false.")
    return content


def _answer(record: Record, ok: str, message: str) -> dict[str, Any]:
    content = record.body["content"]
    return {
        "ok": ok,
        "message": message,
        "id": record.id,
        "name": record.name,
        "content": content,
        "require_signature_auth": record.body.get("require_signature_auth", 0),
        "template_id": record.id,
        "template_name": record.name,
        "template_content": orjson.dumps(content).decode(),
        "created": iso_date(record.created_ts),
        "modified": iso_date(record.modified_ts),
    }


def _list_item(record: Record) -> dict[str, Any]:
    content = record.body["content"]
    return {
        "id": record.id,
        "account_id": account_id(record.account_key),
        "name": record.name,
        "json": orjson.dumps(content).decode(),
        "content": content,
        "require_signature_auth": record.body.get("require_signature_auth", 0),
        "created": iso_date(record.created_ts),
        "modified": iso_date(record.modified_ts),
        "deleted": None,
    }
