"""Smart CDN URLs signed by the kit (byte-identical to the SDKs') served by the emulator in-process."""

from __future__ import annotations

import io
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from PIL import Image
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes
from tests.e2e.cdn_urls import signed_cdn_path, stored_path
from transloadit_kit import Transloadit, smart_cdn_url

STEPS: dict[str, Any] = {
    ":original": {"robot": "/upload/handle"},
    "resized": {"robot": "/image/resize", "use": ":original", "width": 32, "height": 32, "resize_strategy": "fit"},
    "served": {
        "robot": "/file/serve",
        "use": "resized",
        "cache_duration": 600,
        "headers": {"X-Input": "${fields.input}", "X-Size": "size-${fields.size}"},
    },
}


def stored_input(kit: Transloadit) -> str:
    """A JPEG uploaded in an Assembly of its own: its stored path, the Smart CDN input."""
    done = kit.create_assembly(
        steps={":original": {"robot": "/upload/handle"}}, files=[("photo.jpg", jpeg_bytes((120, 80)))], wait=True
    ).to_dict()
    return stored_path(done["uploads"][0]["url"])


def signed(template: str, input_: str, **kw: Any) -> str:
    return signed_cdn_path(template, input_, "my-ws", **kw)


def test_signed_url_runs_the_template_once_and_caches(kit: Transloadit, test_client: TestClient) -> None:
    kit.create_template("thumb", {"steps": STEPS})
    source = stored_input(kit)
    first = test_client.get(signed("thumb", source, url_params={"size": "small"}))
    assert first.status_code == 200, first.text
    assert first.headers["content-type"].startswith("image/jpeg")
    assert first.headers["cache-control"] == "public, max-age=600, s-maxage=600"
    assert first.headers["access-control-allow-origin"] == "*"
    assert first.headers["accept-ranges"] == "bytes"
    assert (first.headers["x-input"], first.headers["x-size"]) == (source, "size-small")
    assert Image.open(io.BytesIO(first.content)).size == (32, 21)
    # Signed again (a later exp): the cached result, no second Assembly.
    later = int(time.time() * 1000) + 7_200_000
    again = test_client.get(signed("thumb", source, url_params={"size": "small"}, expires_at_ms=later))
    assert again.status_code == 200
    assert again.headers["transloadit-assembly"] == first.headers["transloadit-assembly"]
    assert again.content == first.content
    # Another query is another URL: another Assembly.
    other = test_client.get(signed("thumb", source, url_params={"size": "big"}))
    assert other.headers["transloadit-assembly"] != first.headers["transloadit-assembly"]


def test_bad_expired_and_unsigned_urls(kit: Transloadit, test_client: TestClient) -> None:
    template_id = str(kit.create_template("thumb-by-id", {"steps": STEPS}).id)
    source = stored_input(kit)
    good = signed(template_id, source)
    assert test_client.get(good).status_code == 200  # by id as well as by name
    tampered = good.replace("exp=", "w=9&exp=")
    answer = test_client.get(tampered)
    assert (answer.status_code, answer.json()["error"]) == (401, "INVALID_SIGNATURE")
    expired = test_client.get(signed(template_id, source, expires_at_ms=int(time.time() * 1000) - 1000))
    assert (expired.status_code, expired.json()["error"]) == (401, "AUTH_EXPIRED")
    unsigned = test_client.get(f"/_smartcdn/my-ws/{template_id}/x.jpg")
    assert (unsigned.status_code, unsigned.json()["error"]) == (401, "NO_SIGNATURE_FIELD")
    missing = test_client.get(signed("no-such-template", source))
    assert (missing.status_code, missing.json()["error"]) == (404, "TEMPLATE_NOT_FOUND")
    base = "/_smartcdn/{workspace}"
    other_secret = smart_cdn_url(
        auth_key=KEY, auth_secret="wrong", workspace="my-ws", template=template_id, input=source, base_url=base
    )
    assert test_client.get(other_secret).json()["error"] == "INVALID_SIGNATURE"


def test_download_name_and_ranges(kit: Transloadit, test_client: TestClient) -> None:
    steps = {**STEPS, "served": {"robot": "/file/serve", "use": "resized", "download_name": "petit été.jpg"}}
    kit.create_template("thumb-download", {"steps": steps})
    url = signed("thumb-download", stored_input(kit))
    whole = test_client.get(url)
    assert whole.headers["content-disposition"] == "attachment; filename*=UTF-8''petit%20%C3%A9t%C3%A9.jpg"
    assert whole.headers["cache-control"] == "public, max-age=259200, s-maxage=86400"  # the vendor's default
    part = test_client.get(url, headers={"Range": "bytes=0-9"})
    assert (part.status_code, part.content) == (206, whole.content[:10])


def test_a_failing_template_answers_its_error(kit: Transloadit, test_client: TestClient) -> None:
    kit.create_template("thumb-fails", {"steps": STEPS})
    answer = test_client.get(signed("thumb-fails", "not/a/stored-file.jpg"))
    assert answer.status_code >= 400
    assert answer.json()["error"]


def test_serve_and_deliver_steps_in_an_ordinary_assembly(kit: Transloadit) -> None:
    steps = {**STEPS, "served": {"robot": "/file/serve", "use": "resized"}, "deliver": {"robot": "/tlcdn/deliver"}}
    done = kit.create_assembly(steps=steps, files=[("photo.jpg", jpeg_bytes((120, 80)))], wait=True).to_dict()
    assert done.get("ok") == "ASSEMBLY_COMPLETED", (done.get("error"), done.get("message"))
    assert [f["name"] for f in done["results"]["served"]] == ["photo.jpg"]
    assert done["results"]["served"][0]["meta"]["width"] == 32  # the resized file, passed on unchanged
    assert "deliver" not in done["results"]


def test_simultaneous_requests_for_one_url_run_one_assembly(live_server: LiveServer) -> None:
    with Transloadit(KEY, SECRET, service=live_server.url) as live_kit:
        live_kit.create_template("thumb-once", {"steps": STEPS})
        source = stored_input(live_kit)
    url = smart_cdn_url(
        auth_key=KEY, auth_secret=SECRET, workspace="ws", template="thumb-once", input=source,
        url_params={"size": "s"}, base_url=f"{live_server.url}/_smartcdn/{{workspace}}",
    )  # fmt: skip
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: httpx.get(url, timeout=60), range(4)))
    assert [a.status_code for a in answers] == [200] * 4
    assert len({a.headers["transloadit-assembly"] for a in answers}) == 1
