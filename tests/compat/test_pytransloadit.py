"""The official Python SDK (pytransloadit, unchanged) against the emulator on a real socket."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest
import requests
from PIL import Image
from transloadit.client import Transloadit as OfficialClient

from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes, start_live_server


def test_create_wait_download_get_list_cancel(live_server: LiveServer, tmp_path: Path) -> None:
    photo = tmp_path / "chameleon.jpg"
    photo.write_bytes(jpeg_bytes((800, 600)))
    tl = OfficialClient(KEY, SECRET, service=live_server.url)

    assembly = tl.new_assembly()
    assembly.add_file(open(photo, "rb"))
    assembly.add_step("resize", "/image/resize", {"width": 128, "height": 128, "use": ":original"})
    # resumable=False: the multipart path (tests/e2e/test_tus.py runs the SDK's default tus path).
    response = assembly.create(wait=True, resumable=False)
    status = response.data
    assert status["ok"] == "ASSEMBLY_COMPLETED", status
    assert status["uploads"][0]["name"] == "chameleon.jpg"
    assert status["uploads"][0]["basename"] == "chameleon"
    result = status["results"]["resize"][0]
    assert result["meta"]["width"] <= 128 and result["meta"]["height"] <= 128
    image = Image.open(io.BytesIO(httpx.get(result["ssl_url"]).content))
    assert image.size == (result["meta"]["width"], result["meta"]["height"]) == (128, 96)

    fetched = tl.get_assembly(assembly_id=status["assembly_id"]).data
    assert fetched["ok"] == "ASSEMBLY_COMPLETED"
    fetched_by_url = tl.get_assembly(assembly_url=status["assembly_ssl_url"]).data
    assert fetched_by_url["assembly_id"] == status["assembly_id"]

    listed = tl.list_assemblies().data
    assert listed["count"] == 1 and listed["items"][0]["id"] == status["assembly_id"]

    # Cancel one that is still waiting for a resumable upload; the finished one keeps its outcome.
    pending_status = tl.request.post(
        "/assemblies",
        data={"steps": {"resize": {"robot": "/image/resize", "width": 10}}},
        extra_data={"tus_num_expected_upload_files": 1},
    ).data
    assert pending_status["ok"] == "ASSEMBLY_UPLOADING"
    canceled = tl.cancel_assembly(assembly_id=pending_status["assembly_id"]).data
    assert canceled["ok"] == "ASSEMBLY_CANCELED"
    assert tl.cancel_assembly(assembly_id=status["assembly_id"]).data["ok"] == "ASSEMBLY_COMPLETED"


def test_templates_template_assembly_and_bill(live_server: LiveServer, tmp_path: Path) -> None:
    tl = OfficialClient(KEY, SECRET, service=live_server.url)
    template = tl.new_template("sdk-thumbs")
    template.add_step(":original", "/upload/handle", {})
    template.add_step("thumb", "/image/resize", {"use": ":original", "width": 40, "height": 40})
    created = template.create().data
    assert created["ok"] == "TEMPLATE_CREATED" and created["name"] == "sdk-thumbs"
    template_id = created["id"]

    assert tl.get_template(template_id).data["content"]["steps"]["thumb"]["width"] == 40
    listed = tl.list_templates().data
    assert listed["count"] == 1 and listed["items"][0]["id"] == template_id
    assert tl.update_template(template_id, {"name": "sdk-thumbs-two"}).data["ok"] == "TEMPLATE_UPDATED"

    photo = tmp_path / "p.jpg"
    photo.write_bytes(jpeg_bytes((160, 80)))
    assembly = tl.new_assembly({"template_id": template_id})
    assembly.add_file(open(photo, "rb"))
    status = assembly.create(wait=True, resumable=False).data
    assert status["ok"] == "ASSEMBLY_COMPLETED" and status["template_id"] == template_id
    assert status["results"]["thumb"][0]["meta"]["width"] == 40

    year, month = (int(x) for x in status["start_date"][:7].split("/"))
    bill = tl.get_bill(month, year).data
    assert bill["ok"] == "BILL_FOUND" and bill["assembly_count"] == 1 and bill["bytes_usage"] == status["bytes_usage"]

    assert tl.delete_template(template_id).data["ok"] == "TEMPLATE_DELETED"
    assert tl.get_template(template_id).data["error"] == "TEMPLATE_NOT_FOUND"


def test_over_tls_with_the_emulator_ca(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK polls ``assembly_ssl_url`` (https, the TLS port) and results download from their
    ``ssl_url``, trusting the emulator's CA the way the start-up message says (REQUESTS_CA_BUNDLE)."""
    server = start_live_server(tmp_path / "tls-data", tls=True)
    try:
        assert server.ca_cert is not None
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_cert))
        photo = tmp_path / "p.jpg"
        photo.write_bytes(jpeg_bytes((300, 200)))
        tl = OfficialClient(KEY, SECRET, service=server.url)
        assembly = tl.new_assembly()
        assembly.add_file(open(photo, "rb"))
        assembly.add_step("resize", "/image/resize", {"width": 60, "use": ":original"})
        status = assembly.create(wait=True).data  # tus upload, then polling assembly_ssl_url over TLS
        assert status["ok"] == "ASSEMBLY_COMPLETED", status
        assert status["assembly_ssl_url"].startswith(f"https://127.0.0.1:{server.settings.tls_port}/")
        assert tl.get_assembly(assembly_url=status["assembly_ssl_url"]).data["ok"] == "ASSEMBLY_COMPLETED"
        result = status["results"]["resize"][0]
        assert result["ssl_url"].startswith("https://")
        downloaded = requests.get(result["ssl_url"], timeout=30)  # pytransloadit's HTTP library and trust
        assert Image.open(io.BytesIO(downloaded.content)).size == (60, 40)
    finally:
        server.stop()
