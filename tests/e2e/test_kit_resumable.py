"""transloadit_kit's resumable uploads on a real socket, including a transfer cut off mid-body."""

from __future__ import annotations

import hashlib
import io
import socket
from urllib.parse import urlsplit

import httpx
import pytest

from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes
from transloadit_kit import Transloadit, resumable

STEPS = {
    ":original": {"robot": "/upload/handle"},
    "small": {"use": ":original", "robot": "/image/resize", "width": 32},
}


def cut_off_patch(request: httpx.Request, sent: int) -> None:
    """Send ``request`` over a raw socket but stop after ``sent`` body bytes and hang up."""
    url = urlsplit(str(request.url))
    body = request.read()
    head = [f"PATCH {url.path} HTTP/1.1", f"Host: {url.netloc}"]
    head += [f"{k}: {v}" for k, v in request.headers.items() if k.lower() != "host"]
    with socket.create_connection((url.hostname, url.port or 80)) as sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body[:sent])
        sock.shutdown(socket.SHUT_WR)
        sock.recv(1)  # the server notices the hang-up and keeps what arrived


class FlakyTransport(httpx.HTTPTransport):
    """Cuts the first PATCH off after ``sent`` bytes, as a dropped connection would."""

    def __init__(self, sent: int) -> None:
        super().__init__()
        self.sent = sent
        self.cut = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH" and not self.cut:
            self.cut = True
            cut_off_patch(request, self.sent)
            raise httpx.WriteError("connection dropped mid-upload")
        return super().handle_request(request)


def test_resumable_create_and_wait(live_server: LiveServer) -> None:
    tl = Transloadit(KEY, SECRET, service=live_server.url)
    data = jpeg_bytes((120, 90))
    done = tl.create_assembly(
        steps=STEPS, files=[("r.jpg", data)], resumable=True, chunk_size=1000, wait=True, timeout=30
    )
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    [upload] = done.uploads  # type: ignore[misc]
    assert upload.is_tus_file and upload.size == len(data) and upload.name == "r.jpg"
    assert upload.md5hash == hashlib.md5(data).hexdigest()
    assert done.results["small"][0].meta.width == 32  # type: ignore[index,union-attr]


def test_interrupted_transfer_resumes_from_the_server_offset(live_server: LiveServer) -> None:
    tl = Transloadit(KEY, SECRET, service=live_server.url)
    flaky = FlakyTransport(sent=7000)
    tl.client.set_httpx_client(httpx.Client(base_url=live_server.url, transport=flaky, timeout=30))
    data = jpeg_bytes((400, 300))
    assert len(data) > 20000
    params, signature = tl.signed(steps=STEPS)
    created = httpx.post(
        f"{live_server.url}/assemblies",
        data={"params": params, "signature": signature, "tus_num_expected_upload_files": "1"},
    ).json()

    url = resumable.create_upload(
        tl.client, len(data), {"assembly_url": created["assembly_ssl_url"], "filename": "big.jpg"}
    )
    offsets: list[int] = []
    real_offset = resumable.server_offset

    def spy(client: object, upload_url: str) -> int:
        offsets.append(real_offset(tl.client, upload_url))
        return offsets[-1]

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(resumable, "server_offset", spy)
    try:
        resumable.send(tl.client, url, io.BytesIO(data), len(data), chunk_size=16384, retry_delay=0.05)
    finally:
        monkeypatch.undo()

    assert flaky.cut
    # The first HEAD saw nothing; the one after the cut saw the bytes that made it (and resumed there).
    assert offsets[0] == 0 and 0 < offsets[1] <= 7000
    done = tl.wait_for_assembly(created["assembly_id"], timeout=30, poll_interval=0.05)
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    assert done.uploads[0].md5hash == hashlib.md5(data).hexdigest()  # type: ignore[index]
    assert httpx.get(str(done.uploads[0].ssl_url)).content == data  # type: ignore[index]


def test_upload_gives_up_after_its_retries(live_server: LiveServer) -> None:
    tl = Transloadit(KEY, SECRET, service=live_server.url)
    url = resumable.create_upload(tl.client, 10, {"filename": "x.bin"})
    with pytest.raises(resumable.TusUploadError, match="failed at byte 10"):
        # The server takes 10 bytes then refuses every PATCH (20 sent): no endless retrying.
        resumable.send(tl.client, url, io.BytesIO(b"0123456789" * 2), 20, retries=2, retry_delay=0.01)
    short = resumable.create_upload(tl.client, 10, {"filename": "y.bin"})
    with pytest.raises(resumable.TusUploadError, match="source ended at byte 4"):
        resumable.send(tl.client, short, io.BytesIO(b"0123"), 10)
