"""``GET /``: the API root answers 200 ``SERVER_ROOT``, signed or not."""

from __future__ import annotations

from transloadit_client.api.server import get_server_root
from transloadit_client.models import ServerRoot

from tests.conftest import LiveServer
from transloadit_kit import Transloadit


def test_root_answers_unsigned_and_signed(kit: Transloadit) -> None:
    answer = get_server_root.sync_detailed(client=kit.client)
    assert answer.status_code == 200
    assert isinstance(answer.parsed, ServerRoot)
    assert answer.parsed.ok == "SERVER_ROOT" and answer.parsed.hostname == "testserver"

    # A signed request (params and signature in the query, as the SDKs sign GETs) gets the same answer.
    params, signature = kit.signed()
    signed = kit.client.get_httpx_client().get("/", params={"params": params, "signature": signature})
    assert signed.status_code == 200 and signed.json() == {"ok": "SERVER_ROOT", "hostname": "testserver"}
    # So does a bad signature: the root reads neither.
    bad = kit.client.get_httpx_client().get("/", params={"params": params, "signature": "sha384:00"})
    assert bad.status_code == 200


def test_root_on_a_socket(live_server: LiveServer) -> None:
    kit = Transloadit("k", "s", service=live_server.url)
    answer = get_server_root.sync(client=kit.client)
    assert isinstance(answer, ServerRoot) and answer.hostname == "127.0.0.1"
