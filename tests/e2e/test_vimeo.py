"""/vimeo/import and /vimeo/store against our fake of Vimeo's API 3.4 (tests/fakes/vimeo.py) on
loopback: the emulator's ``vimeo_api`` service URL points at it, and so do the upload and download
links it hands out."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, free_port, make_settings
from tests.fakes import FakeServer
from tests.fakes.vimeo import VimeoHandler, VimeoState
from transloadit_emulator.app import create_app
from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_emulator.settings import Settings
from transloadit_kit import Transloadit

TOKEN = "vimeo-fake-token"


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes], **kw: Any) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60, **kw).to_dict()


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A 0.4 s 64x48 H.264 clip."""
    path = tmp_path_factory.mktemp("vimeo") / "clip.mp4"
    args = ["-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10:duration=0.4", "-c:v", "libx264", "-preset", "ultrafast"]
    subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", *args, "-pix_fmt", "yuv420p", str(path)], check=True)
    return path.read_bytes()


@pytest.fixture(scope="session")
def vimeo_server() -> Iterator[FakeServer]:
    with FakeServer(VimeoHandler, VimeoState(tokens={TOKEN})) as server:
        yield server


@pytest.fixture
def vimeo(vimeo_server: FakeServer) -> VimeoState:
    state: VimeoState = vimeo_server.httpd.fake  # type: ignore[attr-defined]
    state.videos.clear()
    state.calls.clear()
    state.folders = {"/me/projects/777"}
    state.showcases = {"42": []}
    return state


@pytest.fixture
def settings(tmp_path: Path, vimeo_server: FakeServer) -> Settings:
    return make_settings(
        tmp_path / "data", public_base_url="http://testserver", service_urls=(("vimeo_api", vimeo_server.url),)
    )


def test_vimeo_store_from_several_steps_with_privacy_folder_and_showcases(
    kit: Transloadit, vimeo: VimeoState, clip: bytes
) -> None:
    kit.create_credential("my-vimeo", "vimeo", {"access_token": TOKEN})
    steps = {
        "small": {"use": ":original", "robot": "/video/encode", "preset": "empty", "ffmpeg": {"t": 0.2}},
        "exported": {
            "use": [":original", "small"],
            "robot": "/vimeo/store",
            "credentials": "my-vimeo",
            "title": "${fields.title} (${previous_step.name})",
            "description": "From ${file.name}",
            "acl": "password",
            "password": "s3same",
            "downloadable": True,
            "folder_id": "777",
            "showcases": ["42"],
        },
    }
    done = run(kit, steps, ("clip.mp4", clip), fields={"title": "Launch"})
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    videos = sorted(vimeo.videos.values(), key=lambda v: v.name)
    assert [v.name for v in videos] == ["Launch ()", "Launch (small)"]
    assert all(v.password == "s3same" and v.privacy == {"view": "password", "download": True} for v in videos)
    assert all(v.folder == "/me/projects/777" and v.description == "From clip.mp4" for v in videos)
    original = next(v for v in videos if v.name == "Launch ()")
    assert bytes(original.data) == clip
    assert sorted(vimeo.showcases["42"]) == sorted(v.id for v in videos)
    small = done["results"]["small"][0]
    assert (
        small["url"]
        == small["ssl_url"]
        == f"https://vimeo.com/{next(v.id for v in videos if v.name.endswith('(small)'))}"
    )


def test_vimeo_store_errors(kit: Transloadit, vimeo: VimeoState, clip: bytes) -> None:
    kit.create_credential("vimeo-bad", "vimeo", {"access_token": "expired"})
    base = {"use": ":original", "robot": "/vimeo/store", "title": "t", "description": "d"}
    denied = run(kit, {"s": {**base, "credentials": "vimeo-bad"}}, ("clip.mp4", clip))
    assert denied["error"] == "VIMEO_STORE_ACCESS_DENIED" and "expired" not in denied["message"], denied
    kit.create_credential("vimeo-ok", "vimeo", {"access_token": TOKEN})
    no_password = run(kit, {"s": {**base, "credentials": "vimeo-ok", "acl": "password"}}, ("clip.mp4", clip))
    assert no_password["error"] == "VIMEO_STORE_VALIDATION", no_password
    no_folder = run(kit, {"s": {**base, "credentials": "vimeo-ok", "folder_id": "1"}}, ("clip.mp4", clip))
    assert no_folder["error"] == "VIMEO_STORE_PROBLEM_SENDING_FILE" and "404" in no_folder["message"], no_folder
    skipped = run(kit, {"s": {**base, "credentials": "vimeo-ok"}}, ("notes.txt", b"not a video"))
    assert skipped["ok"] == "ASSEMBLY_COMPLETED" and vimeo.videos == {}  # only videos are taken


def test_vimeo_import_pages_and_renditions_then_store(kit: Transloadit, vimeo: VimeoState, clip: bytes) -> None:
    for index in range(3):
        vimeo.add(f"take-{index}", {"360p": clip[: 100 + index], "720p": clip, "source": clip + b"\0"})
    kit.create_credential("vimeo-in", "vimeo", {"access_token": TOKEN})
    second = run(
        kit,
        {
            "i": {
                "robot": "/vimeo/import",
                "credentials": "vimeo-in",
                "files_per_page": 2,
                "page_number": 2,
                "rendition": "540p",
            }
        },
    )
    assert [(f["name"], f["size"]) for f in second["results"]["i"]] == [("take-2.mp4", 102)]  # 540p: the best below
    take_2 = next(v for v in vimeo.videos.values() if v.name == "take-2")
    assert second["results"]["i"][0]["vimeo"] == {"title": "take-2", "uri": f"/videos/{take_2.id}"}
    steps = {
        "imported": {"robot": "/vimeo/import", "credentials": "vimeo-in", "files_per_page": 2, "result": True},
        "exported": {
            "use": "imported",
            "robot": "/vimeo/store",
            "credentials": "vimeo-in",
            "title": "${file.name}",
            "description": "",
        },
    }
    done = run(kit, steps)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert [(f["name"], f["size"]) for f in done["results"]["imported"]] == [
        ("take-0.mp4", len(clip)),
        ("take-1.mp4", len(clip)),
    ]
    assert {"take-0.mp4", "take-1.mp4"} <= {v.name for v in vimeo.videos.values()}  # stored back
    one_id = next(v.id for v in vimeo.videos.values() if v.name == "take-1")
    source = run(
        kit,
        {"i": {"robot": "/vimeo/import", "credentials": "vimeo-in", "path": f"videos/{one_id}", "rendition": "source"}},
    )
    assert [f["size"] for f in source["results"]["i"]] == [len(clip) + 1]
    missing = run(kit, {"i": {"robot": "/vimeo/import", "credentials": "vimeo-in", "path": "videos/nope"}})
    assert missing["error"] == "VIMEO_IMPORT_NOT_FOUND", missing
    no_token = run(kit, {"i": {"robot": "/vimeo/import", "path": "me/videos"}})  # no credentials
    assert no_token["error"] == "VIMEO_IMPORT_VALIDATION" and "access_token" in no_token["message"], no_token


def test_vimeo_unreachable_and_private(tmp_path: Path, vimeo_server: FakeServer) -> None:
    for name, url, allow, code in (
        ("closed", f"http://127.0.0.1:{free_port()}", True, "VIMEO_IMPORT_FAILURE"),
        ("strict", vimeo_server.url, False, "VIMEO_IMPORT_ACCESS_DENIED"),
    ):
        settings = make_settings(
            tmp_path / name,
            public_base_url="http://testserver",
            allow_private_imports=allow,
            service_urls=(("vimeo_api", url),),
        )
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
            kit.create_credential("vimeo-x", "vimeo", {"access_token": TOKEN})
            failed = run(kit, {"i": {"robot": "/vimeo/import", "credentials": "vimeo-x"}})
            assert failed["error"] == code, failed
