"""Empty and undecodable inputs fail the Assembly with ``INVALID_INPUT_ERROR``, as the live API does
(the Node SDK's live test sends its ``zerobytes.jpg`` fixture into ``/image/resize``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import jpeg_bytes
from transloadit_kit import Transloadit

ROBOTS: dict[str, tuple[str, dict[str, Any]]] = {
    "/image/resize": ("zerobytes.jpg", {"width": 10}),
    "/image/optimize": ("zerobytes.jpg", {}),
    "/image/facedetect": ("zerobytes.jpg", {}),
    "/video/encode": ("zerobytes.mp4", {"preset": "empty"}),
    "/video/thumbs": ("zerobytes.mp4", {"count": 1}),
    "/audio/encode": ("zerobytes.mp3", {"preset": "mp3"}),
    "/audio/waveform": ("zerobytes.mp3", {}),
    "/document/thumbs": ("zerobytes.pdf", {}),
}


@pytest.mark.parametrize("robot", list(ROBOTS))
def test_empty_input_is_invalid_input(kit: Transloadit, robot: str) -> None:
    name, params = ROBOTS[robot]
    steps = {"step": {"use": ":original", "robot": robot, **params}}
    status = kit.create_assembly(steps=steps, files=[(name, b"")], wait=True)
    assert status.error == "INVALID_INPUT_ERROR", status.to_dict()
    assert name in str(status.message) and "empty" in str(status.message)


def test_robots_that_take_any_file_keep_an_empty_one(kit: Transloadit) -> None:
    steps = {"hashed": {"use": ":original", "robot": "/file/hash"}}
    status = kit.create_assembly(steps=steps, files=[("zerobytes.jpg", b"")], wait=True)
    assert status.ok == "ASSEMBLY_COMPLETED", status.to_dict()


def test_undecodable_image_is_invalid_input(kit: Transloadit) -> None:
    steps = {"resized": {"use": ":original", "robot": "/image/resize", "width": 10, "force_accept": True}}
    status = kit.create_assembly(steps=steps, files=[("notes.jpg", b"this is text, not a JPEG")], wait=True)
    assert status.error == "INVALID_INPUT_ERROR", status.to_dict()
    good = kit.create_assembly(steps=steps, files=[("photo.jpg", jpeg_bytes((20, 20)))], wait=True)
    assert good.ok == "ASSEMBLY_COMPLETED"
