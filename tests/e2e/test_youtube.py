"""/youtube/store against our fake of YouTube's upload API and Google's token endpoint
(tests/fakes/youtube.py) on loopback, reached through the ``youtube_api`` service URL."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, free_port, jpeg_bytes, make_settings
from tests.fakes import FakeServer
from tests.fakes.youtube import YoutubeHandler, YoutubeState
from transloadit_emulator.app import create_app
from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_emulator.settings import Settings
from transloadit_kit import Transloadit

CHANNEL = {"refresh_token": "1//refresh", "client_id": "client.apps.googleusercontent.com", "client_secret": "shh"}


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes], **kw: Any) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60, **kw).to_dict()


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("youtube") / "clip.mp4"
    args = ["-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=0.4", "-c:v", "libx264", "-preset", "ultrafast"]
    subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", *args, "-pix_fmt", "yuv420p", str(path)], check=True)
    return path.read_bytes()


@pytest.fixture(scope="session")
def youtube_server() -> Iterator[FakeServer]:
    state = YoutubeState(refresh_tokens={CHANNEL["refresh_token"]: (CHANNEL["client_id"], CHANNEL["client_secret"])})
    with FakeServer(YoutubeHandler, state) as server:
        yield server


@pytest.fixture
def youtube(youtube_server: FakeServer) -> YoutubeState:
    state: YoutubeState = youtube_server.httpd.fake  # type: ignore[attr-defined]
    state.videos.clear()
    state.thumbnails.clear()
    return state


@pytest.fixture
def settings(tmp_path: Path, youtube_server: FakeServer) -> Settings:
    urls = (("youtube_api", youtube_server.url),)
    return make_settings(tmp_path / "data", public_base_url="http://testserver", service_urls=urls)


STEP = {
    "robot": "/youtube/store",
    "credentials": "my-channel",
    "title": "${fields.title}: ${file.name} " + "x" * 90,
    "description": "Made by ${previous_step.name}",
    "category": "Science & Technology",
    "keywords": "transloadit, robots , botty",
    "visibility": "unlisted",
}


def test_youtube_store_from_several_steps_with_a_thumbnail(
    kit: Transloadit, youtube: YoutubeState, clip: bytes
) -> None:
    kit.create_credential("my-channel", "youtube", CHANNEL)
    steps = {
        "short": {"use": ":original", "robot": "/video/encode", "preset": "empty", "ffmpeg": {"t": 0.2}},
        "cover": {"use": ":original", "robot": "/image/resize", "width": 32},
        "exported": {
            **STEP,
            "use": [
                {"name": ":original", "as": "video"},
                {"name": "short", "as": "video"},
                {"name": "cover", "as": "image"},
            ],
        },
    }
    done = run(kit, steps, ("clip.mp4", clip), ("cover.jpg", jpeg_bytes((64, 48))), fields={"title": "Launch"})
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert len(youtube.videos) == 2
    for video in youtube.videos.values():
        snippet = video["snippet"]
        assert len(snippet["title"]) == 80 and snippet["title"].startswith("Launch: clip.mp4 xxx")
        assert snippet["categoryId"] == "28" and snippet["tags"] == ["transloadit", "robots", "botty"]
        assert video["status"] == {"privacyStatus": "unlisted"}
        assert youtube.thumbnails[video["id"]][:2] == b"\xff\xd8"  # the resized JPEG
    original = next(v for v in youtube.videos.values() if v["snippet"]["description"] == "Made by ")
    assert original["bytes"] == clip
    short = done["results"]["short"][0]
    short_id = next(v["id"] for v in youtube.videos.values() if v["snippet"]["description"] == "Made by short")
    assert short["url"] == short["ssl_url"] == f"https://www.youtube.com/watch?v={short_id}"


def test_youtube_store_errors(kit: Transloadit, youtube: YoutubeState, clip: bytes) -> None:
    kit.create_credential("revoked", "youtube", {**CHANNEL, "refresh_token": "1//revoked"})
    denied = run(kit, {"s": {**STEP, "use": ":original", "credentials": "revoked"}}, ("clip.mp4", clip))
    assert denied["error"] == "YOUTUBE_STORE_ACCESS_DENIED" and "invalid_grant" in denied["message"], denied
    kit.create_credential("my-channel", "youtube", CHANNEL)
    category = run(  # a Variable's value is checked once it is filled in
        kit, {"s": {**STEP, "use": ":original", "category": "${fields.c}"}}, ("clip.mp4", clip), fields={"c": "cooking"}
    )
    assert category["error"] == "YOUTUBE_STORE_VALIDATION", category
    assert youtube.videos == {}


def test_youtube_unreachable_and_private(tmp_path: Path, youtube_server: FakeServer, clip: bytes) -> None:
    for name, url, allow, code in (
        ("closed", f"http://127.0.0.1:{free_port()}", True, "YOUTUBE_STORE_PROBLEM_SENDING_FILE"),
        ("strict", youtube_server.url, False, "YOUTUBE_STORE_ACCESS_DENIED"),
    ):
        urls = (("youtube_api", url),)
        settings = make_settings(
            tmp_path / name, public_base_url="http://testserver", allow_private_imports=allow, service_urls=urls
        )
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
            kit.create_credential("my-channel", "youtube", CHANNEL)
            failed = run(kit, {"s": {**STEP, "use": ":original"}}, ("clip.mp4", clip))
            assert failed["error"] == code, failed
