"""Keys of the Assembly Status as recorded live responses show them, read through the generated client."""

from __future__ import annotations

from tests.conftest import jpeg_bytes
from transloadit_kit import Transloadit

STEPS = {
    ":original": {"robot": "/upload/handle"},
    "small": {"use": ":original", "robot": "/image/resize", "width": 8},
}


def test_top_level_account_and_template_keys(kit: Transloadit) -> None:
    template = kit.create_template("shaped-template", {"steps": STEPS})
    status = kit.create_assembly(template_id=str(template.id), files=[("a.jpg", jpeg_bytes((16, 16)))], wait=True)
    assert status.ok == "ASSEMBLY_COMPLETED"
    assert status.template_id == template.id and status.template_name == "shaped-template"
    assert status.account_name is None and status.account_slug is None
    assert isinstance(status.api_auth_key_id, str) and len(status.api_auth_key_id) == 32
    assert status.usage_tags == ""
    plain = kit.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((16, 16)))], wait=True)
    assert plain.template_name is None and plain.api_auth_key_id == status.api_auth_key_id


def test_file_keys_and_tus_origin_only_on_the_upload(kit: Transloadit) -> None:
    steps = {**STEPS, ":original": {"robot": "/upload/handle", "result": True}}
    status = kit.create_assembly(steps=steps, files=[("a.jpg", jpeg_bytes((16, 16)))], resumable=True, wait=True)
    assert status.ok == "ASSEMBLY_COMPLETED"
    [upload] = status.uploads  # type: ignore[misc]
    assert upload.is_tus_file is True and str(upload.tus_upload_url).startswith("http")
    assert upload.is_temp_url is False
    original = status.results[":original"][0]  # type: ignore[index]
    small = status.results["small"][0]  # type: ignore[index]
    for result in (original, small):
        assert result.is_tus_file is False and result.tus_upload_url is None
        assert result.is_temp_url is False
        assert result.queue == "live"
        assert isinstance(result.queue_time, float) and isinstance(result.exec_time, float)
        assert "queueTime" not in result.additional_properties and "execTime" not in result.additional_properties
    assert original.id == upload.id  # the same file, seen as a result
