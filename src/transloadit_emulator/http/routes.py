"""The URL map. One Route per path, so a wrong method answers 405 with the right Allow header."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.convertors import Convertor, register_url_convertor
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..ids import ID_PATTERN
from . import (
    assemblies,
    auth_keys,
    billing,
    control,
    dashboard,
    emulator,
    live,
    notifications,
    root,
    smart_cdn,
    stats,
    templates,
    tokens,
    tus,
)

Endpoint = Callable[[Request], Awaitable[Response]]


class Hex32Convertor(Convertor[str]):
    """A 32-hex id, so `/template_credentials/types` never reads as a credential id."""

    regex = ID_PATTERN

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("hex32", Hex32Convertor())


def by_method(path: str, endpoints: dict[str, Endpoint]) -> Route:
    """A Route whose methods go to different endpoints (HEAD is served like GET)."""

    async def dispatch(request: Request) -> Response:
        method = request.method
        if method == "HEAD" and "HEAD" not in endpoints:
            method = "GET"
        return await endpoints[method](request)

    return Route(path, dispatch, methods=list(endpoints))


routes = [
    by_method("/", {"GET": root.get_server_root}),
    by_method("/assemblies", {"POST": assemblies.create_assembly, "GET": assemblies.list_assemblies}),
    by_method(
        "/assemblies/{assembly_id}",
        {
            "POST": assemblies.create_assembly_with_id,
            "GET": assemblies.get_assembly,
            "DELETE": assemblies.cancel_assembly,
        },
    ),
    by_method("/assemblies/{assembly_id}/replay", {"POST": assemblies.replay_assembly}),
    by_method(
        "/assemblies/{assembly_id}/replay_notification",
        {"POST": notifications.replay_assembly_notification_deprecated},
    ),
    by_method("/assembly_notifications", {"GET": notifications.list_notifications}),
    by_method("/assembly_notifications/{assembly_id}", {"GET": notifications.list_assembly_notifications}),
    by_method("/assembly_notifications/{assembly_id}/replay", {"POST": notifications.replay_assembly_notification}),
    by_method("/templates", {"POST": templates.create_template, "GET": templates.list_templates}),
    by_method("/templates/builtin/{slug}", {"GET": templates.get_builtin_template}),
    by_method("/templates/builtin/{slug}/full", {"GET": templates.get_builtin_template_full}),
    by_method(
        "/templates/{template_id}",
        {"GET": templates.get_template, "PUT": templates.update_template, "DELETE": templates.delete_template},
    ),
    by_method(
        "/template_credentials",
        {"POST": templates.create_template_credential, "GET": templates.list_template_credentials},
    ),
    by_method("/template_credentials/types", {"GET": templates.list_template_credential_types}),
    by_method(
        "/template_credentials/{credential_id:hex32}",
        {
            "GET": templates.get_template_credential,
            "PUT": templates.update_template_credential,
            "DELETE": templates.delete_template_credential,
        },
    ),
    by_method("/bill/{month}", {"GET": billing.get_bill}),
    by_method("/queues/job_slots", {"GET": billing.get_job_slots}),
    by_method("/token", {"POST": tokens.create_token}),
    # Operations block: Auth Keys, Template /full, OAuth check, bill by invoice, statistics.
    by_method("/auth_keys", {"POST": auth_keys.create_auth_key, "GET": auth_keys.list_auth_keys}),
    by_method("/auth_keys/scopes", {"GET": auth_keys.get_auth_key_scopes}),
    by_method(
        "/auth_keys/{auth_key_id:hex32}", {"PUT": auth_keys.update_auth_key, "DELETE": auth_keys.delete_auth_key}
    ),
    by_method("/auth_keys/show_secret/{auth_key_id:hex32}", {"POST": auth_keys.show_auth_key_secret}),
    by_method("/templates/{template_id_or_name}/full", {"GET": templates.get_template_full}),
    by_method(
        "/template_credentials/validateOauthOnCreate",
        {"POST": templates.validate_template_credential_oauth_on_create},
    ),
    by_method("/bill/{date}/{invoice_id}", {"GET": billing.get_bill_for_invoice}),
    by_method("/assembly_stats", {"GET": stats.get_assembly_stats}),
    by_method("/priority_job_slot_stats", {"GET": stats.get_priority_job_slot_stats}),
    by_method("/resumable/files/", {"OPTIONS": tus.get_tus_options, "POST": tus.create_tus_upload}),
    by_method(
        "/resumable/files/{upload_id}",
        {"HEAD": tus.get_tus_upload, "PATCH": tus.patch_tus_upload, "DELETE": tus.delete_tus_upload},
    ),
    by_method("/ws", {"GET": live.stream_assembly_events}),
    by_method("/files/{assembly_id}/{file_id}/{filename}", {"GET": emulator.download_file}),
    by_method("/_smartcdn/{workspace}/{template}/{input:path}", {"GET": smart_cdn.serve_smart_cdn}),
    by_method("/_emulator/health", {"GET": emulator.get_emulator_health}),
    by_method("/_emulator/reset", {"POST": control.reset_emulator}),
    by_method("/_emulator/accounts", {"GET": control.list_emulator_accounts, "POST": control.add_emulator_account}),
    by_method("/_emulator/accounts/{key}", {"DELETE": control.remove_emulator_account}),
    by_method(
        "/_emulator/faults",
        {
            "GET": control.list_emulator_faults,
            "POST": control.add_emulator_fault,
            "DELETE": control.clear_emulator_faults,
        },
    ),
    by_method("/_emulator/faults/{fault_id}", {"DELETE": control.delete_emulator_fault}),
    by_method("/_emulator/clock", {"GET": control.get_emulator_clock, "POST": control.set_emulator_clock}),
    by_method("/_emulator/outbox", {"GET": control.list_emulator_outbox}),
    by_method("/_emulator/requests", {"GET": control.list_emulator_requests}),
    by_method("/_emulator/ready", {"GET": emulator.get_emulator_ready}),
    by_method("/openapi.yaml", {"GET": emulator.get_openapi}),
    by_method("/docs", {"GET": emulator.get_docs}),
    by_method("/openapi.json", {"GET": dashboard.get_openapi_json}),
    by_method("/dashboard", {"GET": dashboard.get_dashboard}),
    by_method("/dashboard/{asset}", {"GET": dashboard.get_dashboard_asset}),
]
