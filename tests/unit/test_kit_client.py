"""transloadit_kit's facades over a mocked transport: what they send, how they retry and wait.

httpx.MockTransport plays the API, scripted per test; the kit's clock is virtual so retry delays
are recorded instead of slept. Every test runs on ``Transloadit`` and on ``AsyncTransloadit``.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
import io
import json
import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from transloadit_client.models import AssemblyStatus

from tests.kits import KIT_KINDS, kit_of_kind
from transloadit_kit import AsyncTransloadit, Transloadit, TusUploadError
from transloadit_kit.errors import AssemblyTimeoutError, TransloaditApiError

KEY, SECRET = "kit-key", "kit-secret"
AID = "a" * 32
Handler = Callable[[httpx.Request], httpx.Response]
Kit = Callable[..., tuple[Transloadit, list[httpx.Request]]]


class VirtualTime:
    """The kit's clock: sleeping moves it and is recorded, for either facade."""

    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def monotonic(self) -> float:
        return self.t


@pytest.fixture
def vtime() -> VirtualTime:
    return VirtualTime()


@pytest.fixture(params=KIT_KINDS)
def kit(
    request: pytest.FixtureRequest, vtime: VirtualTime
) -> Iterator[Callable[..., tuple[Transloadit, list[httpx.Request]]]]:
    """``kit(handler, **kw)``: a facade whose every request goes to ``handler``; the requests it made, in order."""
    with ExitStack() as stack:

        def make(handler: Handler, **kw: object) -> tuple[Transloadit, list[httpx.Request]]:
            seen: list[httpx.Request] = []

            def record(request: httpx.Request) -> httpx.Response:
                request.read()
                seen.append(request)
                return handler(request)

            mock, base = httpx.MockTransport(record), "https://api.test"

            def facade(cls: Any, http: Any) -> Callable[[], Any]:
                return lambda: cls(
                    KEY, SECRET, base, httpx_client=http(base_url=base, transport=mock), clock=vtime, **kw
                )

            sync, asyncio = facade(Transloadit, httpx.Client), facade(AsyncTransloadit, httpx.AsyncClient)
            tl = stack.enter_context(kit_of_kind(request.param, sync, asyncio))
            return tl, seen

        yield make


def status(ok: str | None = "ASSEMBLY_COMPLETED", **extra: object) -> httpx.Response:
    body = {"ok": ok, "assembly_id": AID, "assembly_ssl_url": f"https://api.test/assemblies/{AID}", **extra}
    return httpx.Response(200, json={k: v for k, v in body.items() if v is not None})


def status_model(ok: str = "ASSEMBLY_EXECUTING", **extra: object) -> AssemblyStatus:
    body = {"ok": ok, "assembly_id": AID, "assembly_ssl_url": f"https://api.test/assemblies/{AID}", **extra}
    return AssemblyStatus.from_dict(body)


def rate_limited(retry_in: float | None = 3) -> httpx.Response:
    info = {} if retry_in is None else {"info": {"retryIn": retry_in}}
    return httpx.Response(429, json={"error": "RATE_LIMIT_REACHED", "message": "slow down", **info})


def script(*responses: httpx.Response) -> Handler:
    """Answer with ``responses`` in order, then fail the test on any further request."""
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        assert queue, f"unexpected request {request.method} {request.url}"
        return queue.pop(0)

    return handler


def signed_fields(request: httpx.Request) -> tuple[str, str]:
    """(params, signature) from a multipart body or the query string."""
    if request.method == "GET":
        query = parse_qs(urlsplit(str(request.url)).query)
        return query["params"][0], query["signature"][0]
    body = request.content
    found = {
        name.decode(): value.decode()
        for name, value in re.findall(rb'name="(params|signature)"\r\n(?:[^\r\n]+\r\n)*\r\n(.*?)\r\n--', body, re.S)
    }
    return found["params"], found["signature"]


def assert_signed(request: httpx.Request) -> dict[str, object]:
    params, signature = signed_fields(request)
    algorithm, _, digest = signature.partition(":")
    assert algorithm == "sha384"
    assert hmac.compare_digest(digest, hmac.new(SECRET.encode(), params.encode(), hashlib.sha384).hexdigest())
    parsed: dict[str, object] = json.loads(params)
    return parsed


def test_create_posts_signed_params_and_files(kit: Kit, vtime: VirtualTime) -> None:
    tl, seen = kit(script(status("ASSEMBLY_EXECUTING")))
    out = tl.create_assembly(steps={"r": {"robot": "/image/resize", "width": 9}}, files=[("a.jpg", b"jpeg")])
    assert out.ok == "ASSEMBLY_EXECUTING" and out.assembly_id == AID
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", "/assemblies")
    params = assert_signed(request)
    assert params["steps"] == {"r": {"robot": "/image/resize", "width": 9}}
    assert params["auth"]["key"] == KEY  # type: ignore[index]
    assert b'filename="a.jpg"' in request.content and b"\r\n\r\njpeg\r\n" in request.content
    assert vtime.sleeps == []


def test_create_with_an_id_posts_to_that_id(kit: Kit, vtime: VirtualTime) -> None:
    tl, seen = kit(script(status("ASSEMBLY_UPLOADING")))
    tl.create_assembly(steps={}, assembly_id=AID)
    assert seen[0].url.path == f"/assemblies/{AID}"


def test_create_retries_rate_limits_after_retry_in_and_resends_the_files(kit: Kit, vtime: VirtualTime) -> None:
    tl, seen = kit(script(rate_limited(3), rate_limited(None), status()))
    out = tl.create_assembly(steps={}, files=[("a.jpg", b"jpeg")])
    assert out.ok == "ASSEMBLY_COMPLETED"
    assert vtime.sleeps == [3.0, 1.0]  # info.retryIn, else one second
    assert len(seen) == 3
    for request in seen:
        assert_signed(request)  # each attempt signed afresh
        assert b"\r\n\r\njpeg\r\n" in request.content  # the file sent whole every time


def test_rate_limit_retries_end_after_max_retries(kit: Kit, vtime: VirtualTime) -> None:
    tl, seen = kit(script(*[rate_limited(2)] * 3), max_retries=2)
    with pytest.raises(TransloaditApiError) as caught:
        tl.create_assembly(steps={})
    assert (caught.value.code, caught.value.http_status, caught.value.retry_in) == ("RATE_LIMIT_REACHED", 429, 2.0)
    assert len(seen) == 3 and vtime.sleeps == [2.0, 2.0]


def test_other_errors_are_not_retried(kit: Kit, vtime: VirtualTime) -> None:
    missing = httpx.Response(404, json={"error": "ASSEMBLY_NOT_FOUND", "message": "no such Assembly"})
    tl, seen = kit(script(missing))
    with pytest.raises(TransloaditApiError) as caught:
        tl.get_assembly(AID)
    assert caught.value.code == "ASSEMBLY_NOT_FOUND" and caught.value.http_status == 404
    assert len(seen) == 1 and vtime.sleeps == []


def test_get_is_a_signed_read(kit: Kit, vtime: VirtualTime) -> None:
    tl, seen = kit(script(status("ASSEMBLY_EXECUTING")))
    assert tl.get_assembly(AID).ok == "ASSEMBLY_EXECUTING"
    assert (seen[0].method, seen[0].url.path) == ("GET", f"/assemblies/{AID}")
    assert assert_signed(seen[0])["auth"]["key"] == KEY  # type: ignore[index]


def test_wait_polls_until_finished_through_rate_limits(kit: Kit, vtime: VirtualTime) -> None:
    # A status that reports the status-fetching rate limit is not final: wait its retryIn, ask again.
    fetching_limited = status(None, error="ASSEMBLY_STATUS_FETCHING_RATE_LIMIT_REACHED", info={"retryIn": 5})
    tl, seen = kit(script(status("ASSEMBLY_EXECUTING"), fetching_limited, rate_limited(4), status()))
    out = tl.wait_for_assembly(AID, poll_interval=0.5, live=False)
    assert out.ok == "ASSEMBLY_COMPLETED"
    assert vtime.sleeps == [0.5, 5.0, 4.0]
    assert [r.url.path for r in seen] == [f"/assemblies/{AID}"] * 4


def test_wait_gives_up_at_the_timeout(kit: Kit, vtime: VirtualTime) -> None:
    tl, _ = kit(lambda request: status("ASSEMBLY_EXECUTING"))
    with pytest.raises(AssemblyTimeoutError) as caught:
        tl.wait_for_assembly(AID, timeout=3, poll_interval=1, live=False)
    assert caught.value.last_ok == "ASSEMBLY_EXECUTING"
    assert vtime.sleeps == [1, 1, 1]


def test_create_and_wait(kit: Kit, vtime: VirtualTime) -> None:
    tl, seen = kit(script(status("ASSEMBLY_EXECUTING"), status()))
    out = tl.create_assembly(steps={}, wait=True, timeout=10)
    assert out.ok == "ASSEMBLY_COMPLETED"
    assert [r.method for r in seen] == ["POST", "GET"]


def test_wait_follows_the_event_stream_then_reads_the_status(kit: Kit, vtime: VirtualTime) -> None:
    stream_url = f"https://api.test/ws?assembly={AID}"
    events = b"event: assembly_upload_finished\ndata: {}\n\ndata: assembly_finished\n\n"

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/ws":
            return httpx.Response(200, content=events, headers={"content-type": "text/event-stream"})
        return status()

    tl, seen = kit(handler)
    out = tl.wait_for_assembly(status_model(update_stream_url=stream_url), timeout=10)
    assert out.ok == "ASSEMBLY_COMPLETED"
    assert [(r.url.path, r.url.params.get("assembly")) for r in seen] == [("/ws", AID), (f"/assemblies/{AID}", None)]
    assert vtime.sleeps == []


def test_wait_polls_when_the_stream_is_refused(kit: Kit, vtime: VirtualTime) -> None:
    stream_url = f"https://api.test/ws?assembly={AID}"
    answers = iter([status("ASSEMBLY_EXECUTING"), status()])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404) if request.url.path == "/ws" else next(answers)

    tl, seen = kit(handler)
    out = tl.wait_for_assembly(status_model(update_stream_url=stream_url), poll_interval=2)
    assert out.ok == "ASSEMBLY_COMPLETED" and vtime.sleeps == [2, 2]
    assert [r.url.path for r in seen] == ["/ws", f"/assemblies/{AID}", f"/assemblies/{AID}"]


def test_both_facades_have_the_same_methods() -> None:
    def public(kit: object) -> dict[str, inspect.Signature]:
        names = [n for n in dir(kit) if not n.startswith("_") and n not in {"close", "aclose"}]
        return {n: inspect.signature(getattr(kit, n)) for n in names if callable(getattr(kit, n))}

    blocking, awaiting = public(Transloadit(KEY, SECRET)), public(AsyncTransloadit(KEY, SECRET))
    assert blocking == awaiting
    assert {"create_assembly", "wait_for_assembly", "upload_file", "create_template", "get_bill"} <= set(blocking)
    assert "kit" not in blocking["create_assembly"].parameters
    assert inspect.iscoroutinefunction(AsyncTransloadit(KEY, SECRET).get_bill)
    assert not inspect.iscoroutinefunction(Transloadit(KEY, SECRET).get_bill)


class TusServer:
    """A scripted tus server: keeps the bytes it got; ``patches`` says how each PATCH goes."""

    def __init__(self, length: int, *patches: str) -> None:
        self.length, self.data, self.patches = length, b"", list(patches)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            assert request.headers["upload-length"] == str(self.length)
            return httpx.Response(201, headers={"Location": "https://api.test/resumable/files/" + "f" * 32})
        if request.method == "HEAD":
            return httpx.Response(
                200, headers={"Upload-Offset": str(len(self.data)), "Upload-Length": str(self.length)}
            )
        assert int(request.headers["upload-offset"]) == len(self.data)
        how = self.patches.pop(0) if self.patches else "take"
        if how == "drop half":  # the connection breaks after half the chunk arrived
            self.data += request.content[: len(request.content) // 2]
            raise httpx.WriteError("connection dropped")
        if how == "refuse":
            return httpx.Response(409, json={"error": "TUS_OFFSET_MISMATCH", "message": "no"})
        self.data += request.content
        return httpx.Response(204, headers={"Upload-Offset": str(len(self.data))})


def test_tus_upload_resumes_from_the_server_offset_after_a_cut(kit: Kit, vtime: VirtualTime) -> None:
    data = bytes(range(256)) * 40
    server = TusServer(len(data), "take", "drop half", "take")
    tl, seen = kit(server)
    url = tl.upload_file(f"https://api.test/assemblies/{AID}", ("d.bin", io.BytesIO(data)), chunk_size=4000)
    assert url.endswith("f" * 32) and server.data == data
    assert [r.method for r in seen] == ["POST", "HEAD", "PATCH", "PATCH", "HEAD", "PATCH", "PATCH"]
    assert [r.headers.get("upload-offset") for r in seen if r.method == "PATCH"] == ["0", "4000", "6000", "10000"]
    assert vtime.sleeps == [0.5]


def test_tus_upload_gives_up_after_its_retries(kit: Kit, vtime: VirtualTime) -> None:
    server = TusServer(10, "take", "refuse", "refuse", "refuse")
    tl, _ = kit(server)
    url = tl.start_upload(None, 10, filename="x.bin")
    with pytest.raises(TusUploadError, match="failed at byte 5: HTTP 409"):
        tl.send_upload(url, ("x.bin", io.BytesIO(b"0123456789")), chunk_size=5, retries=2, retry_delay=0.25)
    assert server.data == b"01234" and vtime.sleeps == [0.25, 0.25]
