"""/tus/store through Assemblies, against a second emulator's tus server on loopback.

The second emulator holds an Assembly waiting for two tus uploads; the first one's Steps store
their files there (the Assembly's URL travels in ``metadata``, as Uppy sends it), and the second
Assembly then runs on exactly those bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from transloadit_client.api.assemblies import create_assembly
from transloadit_client.models import AssemblyStatus, CreateAssemblyMultipartForm

from tests.conftest import KEY, SECRET, LiveServer, free_port, jpeg_bytes, start_live_server
from transloadit_kit import Transloadit, TransloaditApiError

PHOTO = jpeg_bytes((120, 80))


@pytest.fixture(scope="session")
def tus_emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path_factory.mktemp("tus-target"))
    try:
        yield server
    finally:
        server.stop()


def _waiting_assembly(target: Transloadit, uploads: int) -> AssemblyStatus:
    params, signature = target.signed(steps={"hashed": {"use": ":original", "robot": "/file/hash"}})
    form = CreateAssemblyMultipartForm(params=params, signature=signature, tus_num_expected_upload_files=uploads)
    status = create_assembly.sync(client=target.client, body=form)
    assert isinstance(status, AssemblyStatus) and status.ok == "ASSEMBLY_UPLOADING", status
    return status


def _run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60).to_dict()


def test_tus_store_from_several_steps_into_another_emulator(kit: Transloadit, tus_emulator: LiveServer) -> None:
    target = Transloadit(KEY, SECRET, service=tus_emulator.url)
    waiting = _waiting_assembly(target, 2)
    kit.create_credential("tus-target", "http", {"headers": {"X-Origin": "first"}})
    steps = {
        "thumb": {"use": ":original", "robot": "/image/resize", "width": 50},
        "sent": {
            "use": [":original", "thumb"],
            "robot": "/tus/store",
            "credentials": "tus-target",
            "endpoint": str(waiting.tus_url),
            "metadata": {"assembly_url": str(waiting.assembly_url), "fieldname": "from-${previous_step.name}"},
        },
    }
    done = _run(kit, steps, ("photo.jpg", PHOTO))
    assert done.get("ok") == "ASSEMBLY_COMPLETED", done
    thumb = done["results"]["thumb"][0]
    assert thumb["url"].startswith(f"{tus_emulator.url}/resumable/files/") and thumb["ssl_url"] is None

    finished = target.wait_for_assembly(str(waiting.assembly_id), timeout=60).to_dict()
    assert finished.get("ok") == "ASSEMBLY_COMPLETED", finished
    uploads = {u["field"]: u for u in finished["uploads"]}
    assert sorted(uploads) == ["from-", "from-thumb"]  # uploads have no previous Step
    original = uploads["from-"]
    assert original["md5hash"] == hashlib.md5(PHOTO).hexdigest() and original["name"] == "photo.jpg"
    assert uploads["from-thumb"]["md5hash"] == thumb["md5hash"] and uploads["from-thumb"]["mime"] == "image/jpeg"


def test_tus_store_url_templates_and_error_codes(kit: Transloadit, tus_emulator: LiveServer, tmp_path: Path) -> None:
    target = Transloadit(KEY, SECRET, service=tus_emulator.url)
    waiting = _waiting_assembly(target, 1)
    step = {
        "use": ":original",
        "robot": "/tus/store",
        "endpoint": str(waiting.tus_url),
        "metadata": {"assembly_url": str(waiting.assembly_url)},
        "url_template": "https://cdn.example.com/${file.name}",
        "ssl_url_template": "https://cdn.example.com/${file.name}",
    }
    done = _run(kit, {"sent": step}, ("a.jpg", PHOTO))
    assert done.get("ok") == "ASSEMBLY_COMPLETED", done
    assert done["results"][":original"][0]["url"] == "https://cdn.example.com/a.jpg"

    unknown = _run(
        kit,
        {"sent": {**step, "metadata": {"assembly_url": f"{tus_emulator.url}/assemblies/{'0' * 32}"}}},
        ("a.jpg", PHOTO),
    )
    assert unknown["error"] == "TUS_STORE_NOT_FOUND", unknown
    closed = _run(kit, {"sent": {**step, "endpoint": f"http://127.0.0.1:{free_port()}/files/"}}, ("a.jpg", PHOTO))
    assert closed["error"] == "TUS_STORE_FAILURE", closed
    with pytest.raises(TransloaditApiError) as no_endpoint:  # refused at creation by the Step schema
        kit.create_assembly(steps={"sent": {"use": ":original", "robot": "/tus/store"}}, files=[("a.jpg", PHOTO)])
    assert no_endpoint.value.code == "TUS_STORE_VALIDATION"
    kit.create_credential("not-http", "s3", {"key": "k", "secret": "s", "bucket": "b"})
    wrong = _run(kit, {"sent": {**step, "credentials": "not-http"}}, ("a.jpg", PHOTO))
    assert wrong["error"] == "TEMPLATE_CREDENTIALS_INJECTION_ERROR"
