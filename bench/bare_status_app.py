"""The reference for bench/status_get.py: a bare Starlette endpoint returning fixed JSON bytes."""

from __future__ import annotations

import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODY = Path(os.environ["BENCH_STATUS_FILE"]).read_bytes()


async def status(request: Request) -> Response:
    """Return the same bytes the emulator returns for the Assembly."""
    return Response(BODY, media_type="application/json")


app = Starlette(routes=[Route("/assemblies/{assembly_id}", status)])
