"""Status and file keys of the vendor's status schema that the emulator computes, through the generated client."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import jpeg_bytes
from tests.e2e.test_merge_concat import make_clip
from transloadit_kit import Transloadit, TransloaditApiError

STEPS = {
    ":original": {"robot": "/upload/handle"},
    "small": {"use": ":original", "robot": "/image/resize", "width": 40, "result": True},
}


def test_results_carry_their_size_and_media_facts(kit: Transloadit) -> None:
    status = kit.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((80, 60)))], wait=True)
    assert status.ok == "ASSEMBLY_COMPLETED"
    [upload] = status.uploads  # type: ignore[misc]
    [small] = status.results["small"]  # type: ignore[index]
    assert upload.cost == upload.size and small.cost == small.size
    assert (small.width, small.height) == (40, 30)
    assert small.size_human == (f"{small.size} B" if small.size < 1024 else small.size_human)
    assert small.duration is None and small.duration_human is None
    assert "size_human" not in upload.to_dict() and "width" not in upload.to_dict()  # results only


def test_usage_tags_come_from_params(kit: Transloadit) -> None:
    files = [("a.jpg", jpeg_bytes((20, 20)))]
    status = kit.create_assembly(steps=STEPS, files=files, extra_params={"usage_tags": "team-a"}, wait=True)
    assert status.usage_tags == "team-a"
    with pytest.raises(TransloaditApiError) as refused:
        kit.create_assembly(steps=STEPS, extra_params={"usage_tags": ["not", "a", "string"]})
    assert refused.value.code == "INVALID_PARAMS_FIELD"


def test_a_failed_engine_command_reports_its_command_exit_code_and_output(kit: Transloadit, tmp_path: Path) -> None:
    name, clip = make_clip(tmp_path / "c.mp4", "-f", "lavfi", "-i", "color=c=red:size=32x32:rate=5:duration=1")
    steps = {
        ":original": {"robot": "/upload/handle"},
        "bad": {"use": ":original", "robot": "/video/encode", "ffmpeg": {"c:v": "no_such_encoder"}},
    }
    status = kit.create_assembly(steps=steps, files=[(name, clip)], wait=True)
    # The Step's own ffmpeg options name a codec ffmpeg has no encoder of.
    assert status.error == "VIDEO_ENCODE_INVALID_VIDEO_CODEC" and status.step == "bad"
    assert isinstance(status.exit_code, int) and status.exit_code != 0
    assert "no_such_encoder" in str(status.stderr)
    assert isinstance(status.cmd, list) and status.cmd[0].startswith("ffmpeg") and "/" not in status.cmd[0]
    assert isinstance(status.stdout, str)
