"""transloadit_kit's resumable uploads on a real socket, including a transfer cut off mid-body.

Each scenario runs on both facades: ``Transloadit`` and ``AsyncTransloadit`` (tests/kits.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import httpx
import pytest

from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes
from tests.kits import KIT_KINDS, kit_of_kind
from transloadit_kit import AsyncTransloadit, Transloadit, TusUploadError

pytestmark = pytest.mark.parametrize("kit_kind", KIT_KINDS)

STEPS = {
    ":original": {"robot": "/upload/handle"},
    "small": {"use": ":original", "robot": "/image/resize", "width": 32},
}


def cut_off_patch(request: httpx.Request, body: bytes, sent: int) -> None:
    """Send ``request`` over a raw socket but stop after ``sent`` body bytes and hang up."""
    url = urlsplit(str(request.url))
    head = [f"PATCH {url.path} HTTP/1.1", f"Host: {url.netloc}"]
    head += [f"{k}: {v}" for k, v in request.headers.items() if k.lower() != "host"]
    with socket.create_connection((url.hostname, url.port or 80)) as sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body[:sent])
        sock.shutdown(socket.SHUT_WR)
        sock.recv(1)  # the server notices the hang-up and keeps what arrived


class Cut:
    """Cuts the first PATCH off after ``sent`` bytes, as a dropped connection would; records the offsets
    the server reported to HEAD requests."""

    def __init__(self, sent: int) -> None:
        self.sent = sent
        self.done = False
        self.offsets: list[int] = []

    def due(self, request: httpx.Request) -> bool:
        if request.method != "PATCH" or self.done:
            return False
        self.done = True
        return True

    def saw(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.method == "HEAD":
            self.offsets.append(int(response.headers["upload-offset"]))
        return response


class FlakyTransport(httpx.HTTPTransport):
    def __init__(self, cut: Cut) -> None:
        super().__init__()
        self.cut = cut

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.cut.due(request):
            cut_off_patch(request, request.read(), self.cut.sent)
            raise httpx.WriteError("connection dropped mid-upload")
        return self.cut.saw(request, super().handle_request(request))


class AsyncFlakyTransport(httpx.AsyncHTTPTransport):
    def __init__(self, cut: Cut) -> None:
        super().__init__()
        self.cut = cut

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.cut.due(request):
            await asyncio.to_thread(cut_off_patch, request, await request.aread(), self.cut.sent)
            raise httpx.WriteError("connection dropped mid-upload")
        return self.cut.saw(request, await super().handle_async_request(request))


@contextmanager
def live_kit(kind: str, server: LiveServer, cut: Cut | None = None) -> Iterator[Transloadit]:
    """A facade of ``kind`` on the socket; with ``cut``, its connections drop as ``cut`` says."""
    url = server.url
    sync_http = None if cut is None else httpx.Client(base_url=url, transport=FlakyTransport(cut), timeout=30)
    with kit_of_kind(
        kind,
        lambda: Transloadit(KEY, SECRET, url, httpx_client=sync_http),
        lambda: AsyncTransloadit(
            KEY,
            SECRET,
            url,
            httpx_client=None
            if cut is None
            else httpx.AsyncClient(base_url=url, transport=AsyncFlakyTransport(cut), timeout=30),
        ),
    ) as tl:
        yield tl


def test_resumable_create_and_wait(live_server: LiveServer, kit_kind: str) -> None:
    data = jpeg_bytes((120, 90))
    with live_kit(kit_kind, live_server) as tl:
        done = tl.create_assembly(
            steps=STEPS, files=[("r.jpg", data)], resumable=True, chunk_size=1000, wait=True, timeout=30
        )
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    [upload] = done.uploads  # type: ignore[misc]
    assert upload.is_tus_file and upload.size == len(data) and upload.name == "r.jpg"
    assert upload.md5hash == hashlib.md5(data).hexdigest()
    assert upload.sha256 == hashlib.sha256(data).hexdigest()  # hashed as the PATCHes streamed in
    assert done.results["small"][0].meta.width == 32  # type: ignore[index,union-attr]


def test_interrupted_transfer_resumes_from_the_server_offset(live_server: LiveServer, kit_kind: str) -> None:
    cut = Cut(sent=7000)
    data = jpeg_bytes((400, 300))
    assert len(data) > 20000
    with live_kit(kit_kind, live_server, cut) as tl:
        done = tl.create_assembly(
            steps=STEPS, files=[("big.jpg", data)], resumable=True, chunk_size=16384, wait=True, timeout=30
        )
    assert cut.done
    # The first HEAD saw nothing; the one after the cut saw the bytes that made it (and resumed there).
    assert cut.offsets[0] == 0 and 0 < cut.offsets[1] <= 7000
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    assert done.uploads[0].md5hash == hashlib.md5(data).hexdigest()  # type: ignore[index]
    assert done.uploads[0].sha256 == hashlib.sha256(data).hexdigest()  # type: ignore[index]
    assert httpx.get(str(done.uploads[0].ssl_url)).content == data  # type: ignore[index]


def test_a_kept_upload_url_resumes_in_a_later_session(live_server: LiveServer, kit_kind: str) -> None:
    data = jpeg_bytes((200, 150))
    with live_kit(kit_kind, live_server) as tl:
        params, signature = tl.signed(steps=STEPS)
        created = httpx.post(
            f"{live_server.url}/assemblies",
            data={"params": params, "signature": signature, "tus_num_expected_upload_files": "1"},
        ).json()
        url = tl.start_upload(created["assembly_ssl_url"], len(data), filename="later.jpg")
        first = data[:5000]
        httpx.patch(
            url,
            content=first,
            headers={"Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
        )
    with live_kit(kit_kind, live_server) as later:  # a new facade: only the URL was kept
        later.send_upload(url, ("later.jpg", io.BytesIO(data)), chunk_size=4096)
        done = later.wait_for_assembly(created["assembly_id"], timeout=30)
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    assert done.uploads[0].md5hash == hashlib.md5(data).hexdigest()  # type: ignore[index]


def test_an_upload_the_source_does_not_fit_is_refused(live_server: LiveServer, kit_kind: str) -> None:
    with live_kit(kit_kind, live_server) as tl:
        url = tl.start_upload(None, 10, filename="x.bin")
        with pytest.raises(TusUploadError, match="source has 20 bytes"):
            tl.send_upload(url, ("x.bin", io.BytesIO(b"0123456789" * 2)))
        tl.send_upload(url, ("x.bin", io.BytesIO(b"0123456789")))
        with pytest.raises(TusUploadError, match="cannot be resumed: HTTP 404"):
            tl.send_upload(url.rsplit("/", 1)[0] + "/" + "0" * 32, ("x.bin", io.BytesIO(b"0123456789")))
