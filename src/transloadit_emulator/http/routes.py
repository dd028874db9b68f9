"""The URL map. One Route per path, so a wrong method answers 405 with the right Allow header."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import assemblies, emulator, live, tus

Endpoint = Callable[[Request], Awaitable[Response]]


def by_method(path: str, endpoints: dict[str, Endpoint]) -> Route:
    """A Route whose methods go to different endpoints (HEAD is served like GET)."""

    async def dispatch(request: Request) -> Response:
        method = request.method
        if method == "HEAD" and "HEAD" not in endpoints:
            method = "GET"
        return await endpoints[method](request)

    return Route(path, dispatch, methods=list(endpoints))


routes = [
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
    by_method("/resumable/files/", {"OPTIONS": tus.get_tus_options, "POST": tus.create_tus_upload}),
    by_method(
        "/resumable/files/{upload_id}",
        {"HEAD": tus.get_tus_upload, "PATCH": tus.patch_tus_upload, "DELETE": tus.delete_tus_upload},
    ),
    by_method("/ws", {"GET": live.stream_assembly_events}),
    by_method("/files/{assembly_id}/{file_id}/{filename}", {"GET": emulator.download_file}),
    by_method("/_emulator/health", {"GET": emulator.get_emulator_health}),
    by_method("/openapi.yaml", {"GET": emulator.get_openapi}),
]
