"""The AI robots on both paths: the local stand-ins, and a small OpenAI-compatible endpoint
started here on loopback (``TRANSLOADIT_EMULATOR_AI_BASE_URL``)."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.e2e.av_media import png, post
from tests.e2e.results import fetch, result_image
from transloadit_kit import Transloadit


class _FakeOpenAI(BaseHTTPRequestHandler):
    """Answers ``/v1/chat/completions`` and ``/v1/images/generations`` the OpenAI way."""

    seen: list[tuple[str, dict[str, Any], str]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append((self.path, body, self.headers.get("Authorization", "")))
        if self.path == "/v1/images/generations":
            buf = io.BytesIO()
            Image.new("RGB", (8, 8), (0, 0, 255)).save(buf, "PNG")
            answer: dict[str, Any] = {"data": [{"b64_json": base64.b64encode(buf.getvalue()).decode()}] * body["n"]}
        else:
            said = [m["content"] for m in body["messages"] if m["role"] == "user" and isinstance(m["content"], str)]
            if body.get("response_format", {}).get("type") == "json_object":
                content = json.dumps({"labels": [{"name": "Robot", "confidence": 77}]})
            else:
                content = f"fake {body['model']}: {' | '.join(said)}"
            answer = {"choices": [{"message": {"role": "assistant", "content": content}}]}
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture(scope="module")
def fake_openai() -> Iterator[str]:
    """The base URL of the fake endpoint."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeOpenAI)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def _results(done: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    return dict(done["results"])


def test_local_stand_ins(kit: Transloadit, test_client: TestClient) -> None:
    steps: dict[str, Any] = {
        "chat": {
            "robot": "/ai/chat",
            "messages": "Hello there",
            "return_messages": "all",
            "system_message": "Be brief",
        },
        "typed": {
            "robot": "/ai/chat",
            "messages": "x",
            "schema": '{"type":"object","properties":{"n":{"type":"integer"}}}',
        },
        "drawn": {"robot": "/image/generate", "prompt": "a red fox", "width": 64, "height": 48, "num_outputs": 2},
        "again": {"robot": "/image/generate", "prompt": "a red fox", "width": 64, "height": 48, "format": "jpg"},
        "vector": {
            "robot": "/image/generate",
            "prompt": "a red fox",
            "aspect_ratio": "2:1",
            "width": 40,
            "format": "svg",
        },
        "clip": {"robot": "/video/generate", "prompt": "waves", "duration": 1, "fps": 10, "width": 64},
        "spoken": {"robot": "/text/speak", "prompt": "hello"},
        "marked_up": {
            "robot": "/text/speak",
            "prompt": "<speak>hello</speak>",
            "ssml": True,
            "voice": "female-child-1",
        },
    }
    results = _results(post(kit, test_client, steps, []))
    chat = json.loads(fetch(test_client, results["chat"][0]))
    roles = [m["role"] for m in chat["messages"]]
    assert roles == ["system", "user", "assistant"]
    assert chat["messages"][-1]["content"] == "[emulator-local] Hello there"
    assert results["chat"][0]["meta"]["ai_provider"] == "emulator-local"
    assert json.loads(fetch(test_client, results["typed"][0]))["json"] == {"n": 0}
    first, second = results["drawn"]
    assert result_image(test_client, first).size == (64, 48)
    assert first["md5hash"] != second["md5hash"]  # each output its own seed
    assert results["again"][0]["mime"] == "image/jpeg"
    assert fetch(test_client, results["vector"][0]).startswith(
        b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"'
    )
    (clip,) = results["clip"]
    assert (clip["ext"], clip["meta"]["width"], clip["meta"]["height"]) == ("mp4", 64, 36)
    assert clip["meta"]["duration"] == pytest.approx(1, abs=0.15)
    assert results["spoken"][0]["ext"] == "mp3"
    # SSML tags are markup, not words: as short as the plain "hello", and a different voice.
    marked_up = results["marked_up"][0]
    assert marked_up["meta"]["duration"] < results["spoken"][0]["meta"]["duration"] + 0.3
    assert marked_up["md5hash"] != results["spoken"][0]["md5hash"]
    # The same prompt gives the same picture on every run.
    again = _results(post(kit, test_client, {"drawn": steps["drawn"]}, []))
    assert [f["md5hash"] for f in again["drawn"]] == [first["md5hash"], second["md5hash"]]


def test_local_analysis_of_uploads(kit: Transloadit, test_client: TestClient) -> None:
    steps: dict[str, Any] = {
        "labels": {"use": ":original", "robot": "/image/describe"},
        "names": {"use": ":original", "robot": "/image/describe", "granularity": "list", "format": "meta"},
        "explicit": {"use": ":original", "robot": "/image/describe", "explicit_descriptions": True, "format": "meta"},
        "translated": {"use": ":original", "robot": "/text/translate", "target_language": "de"},
        "rights": {"use": ":original", "robot": "/image/copyrightdetect", "format": "meta"},
        "bigger": {"use": ":original", "robot": "/image/upscale", "scale": 4},
    }
    parts = [("image", "red.png", png((220, 20, 20), (80, 40))), ("text", "hi.txt", b"Hello world")]
    results = _results(post(kit, test_client, steps, parts))
    labels = json.loads(fetch(test_client, results["labels"][0]))
    assert {"name": "Landscape", "confidence": 99.0} in labels
    assert "Red" in [label["name"] for label in labels]
    assert results["names"][0]["meta"]["descriptions"] == [label["name"] for label in labels]
    assert results["explicit"][0]["meta"]["descriptions"] == []  # explicit labels only: none of a red square
    (translated,) = results["translated"]
    assert fetch(test_client, translated) == b"Hello world"
    assert translated["meta"]["target_language"] == "de" and translated["meta"]["ai_provider"] == "emulator-local"
    copyright_ = results["rights"][0]["meta"]["copyright"]
    (bigger,) = results["bigger"]
    assert (bigger["ext"], bigger["meta"]["width"], bigger["meta"]["height"]) == ("png", 320, 160)
    assert result_image(test_client, bigger).getpixel((160, 80))[:3] == (220, 20, 20)
    assert copyright_["flagged"] is False and copyright_["licenses"] == [] and copyright_["confidence_threshold"] == 80


def test_provider_path(
    kit: Transloadit, test_client: TestClient, fake_openai: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRANSLOADIT_EMULATOR_AI_BASE_URL", fake_openai)
    monkeypatch.setenv("TRANSLOADIT_EMULATOR_AI_API_KEY", "sk-test")
    monkeypatch.setenv("TRANSLOADIT_EMULATOR_AI_MODEL", "local-llm")
    _FakeOpenAI.seen.clear()
    steps: dict[str, Any] = {
        "chat": {"use": ":original", "robot": "/ai/chat", "messages": "Summarise", "format": "text",
                 "model": "openai/gpt-5.4"},
        "labels": {"use": ":original", "robot": "/image/describe"},
        "drawn": {"robot": "/image/generate", "prompt": "a fox", "width": 32, "height": 32, "format": "webp"},
        "translated": {"use": ":original", "robot": "/text/translate", "target_language": "fr"},
    }  # fmt: skip
    results = _results(
        post(kit, test_client, steps, [("text", "hi.txt", b"Hello"), ("image", "a.png", png((1, 2, 3)))])
    )
    assert fetch(test_client, results["chat"][0]) == b"fake openai/gpt-5.4: Summarise | Hello"
    assert results["chat"][0]["meta"]["ai_provider"] == "openai-compatible"
    assert json.loads(fetch(test_client, results["labels"][0])) == [{"name": "Robot", "confidence": 77.0}]
    drawn = result_image(test_client, results["drawn"][0])
    assert drawn.format == "WEBP" and drawn.getpixel((0, 0))[2] > 250  # lossy WebP: blue, near enough
    assert fetch(test_client, results["translated"][0]) == b"fake local-llm: Hello"
    paths = sorted(path for path, _, _ in _FakeOpenAI.seen)
    assert paths.count("/v1/chat/completions") == 3 and paths.count("/v1/images/generations") == 1
    assert {auth for _, _, auth in _FakeOpenAI.seen} == {"Bearer sk-test"}
    (chat_body,) = [b for p, b, _ in _FakeOpenAI.seen if p.endswith("completions") and b["model"] == "openai/gpt-5.4"]
    assert chat_body["messages"][0] == {"role": "user", "content": "Summarise"}
    image_part = chat_body["messages"][2]["content"][0]["image_url"]["url"]
    assert image_part.startswith("data:image/png;base64,")
    assert (
        hashlib.md5(base64.b64decode(image_part.split(",", 1)[1])).hexdigest()
        == hashlib.md5(png((1, 2, 3))).hexdigest()
    )


def test_provider_failure_is_a_coded_error(
    kit: Transloadit, test_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRANSLOADIT_EMULATOR_AI_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens on discard
    done = post(kit, test_client, {"chat": {"robot": "/ai/chat", "messages": "hi"}}, [])
    assert done["error"] == "AI_CHAT_PROVIDER_ERROR", done


def test_ai_template_credentials_name_the_endpoint(kit: Transloadit, test_client: TestClient, fake_openai: str) -> None:
    kit.create_credential("my-llm", "ai", {"provider": "openai", "api_key": "sk-cred", "base_url": fake_openai,
                                           "model": "cred-model"})  # fmt: skip
    _FakeOpenAI.seen.clear()
    steps = {"chat": {"robot": "/ai/chat", "messages": "Hi", "format": "text", "credentials": "my-llm"}}
    results = _results(post(kit, test_client, steps, []))
    assert fetch(test_client, results["chat"][0]) == b"fake cred-model: Hi"
    assert [auth for _, _, auth in _FakeOpenAI.seen] == ["Bearer sk-cred"]
