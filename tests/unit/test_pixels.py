"""Decoding an upload once: the pixels travel with the upload from metadata extraction to the robot."""

from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path

import pytest
from PIL import Image, ImageFile

from transloadit_emulator.allocator import tune_allocator
from transloadit_emulator.core.assemblies.planner import build_plan
from transloadit_emulator.media.metadata import average_color, describe_file
from transloadit_emulator.media.pixels import DecodedPixels, open_image
from transloadit_emulator.robots.base import InputFile, RobotContext
from transloadit_emulator.robots.image_resize import ImageResize
from transloadit_emulator.robots.registry import default_registry


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """A 1200x800 JPEG with detail in every quarter, so that any decoding difference shows."""
    img = Image.radial_gradient("L").resize((1200, 800)).convert("RGB")
    img.paste((200, 30, 30), (0, 0, 600, 400))
    img.paste((30, 30, 200), (600, 400, 1200, 800))
    path = tmp_path / "photo.jpg"
    img.save(path, quality=90)
    return path


def loaded(path: Path, box: tuple[int, int]) -> Image.Image:
    img = Image.open(path)
    img.draft(img.mode, box)
    img.load()
    return img


def test_decoded_pixels_are_taken_once_and_only_when_they_cover_the_box(photo: Path) -> None:
    handed = DecodedPixels(loaded(photo, (600, 400)))
    taken = handed.take((600, 400))
    assert taken is not None and taken.size == (600, 400)
    assert handed.take((600, 400)) is None and handed.taken  # once

    small = DecodedPixels(loaded(photo, (300, 300)))
    assert small.take((600, 600)) is None  # too small for this reader, and gone
    assert small.taken and small.take((1, 1)) is None


def test_copies_of_an_input_file_share_one_handoff(photo: Path) -> None:
    first = InputFile(photo, {"id": "f" * 32}, pixels=DecodedPixels(loaded(photo, (600, 400))))
    again = dataclasses.replace(first, source_step="other")
    assert again.pixels is first.pixels
    assert again.pixels is not None and again.pixels.take((10, 10)) is not None
    assert first.pixels is not None and first.pixels.take((10, 10)) is None


def test_describing_an_upload_for_a_resize_leaves_its_pixels_and_the_result_is_unchanged(
    tmp_path: Path, photo: Path
) -> None:
    step = {"robot": "/image/resize", "width": 500}
    robot = ImageResize()
    box = robot.decode_request(step)
    assert box == (500, 500)

    def resize(name: str, pixels: DecodedPixels | None) -> bytes:
        ctx = RobotContext("a" * 32, name, tmp_path / name, logging.getLogger("test"))
        upload = InputFile(photo, {"id": "f" * 32, "name": photo.name}, pixels=pixels)
        [out] = robot.process_file(ctx, step, upload)
        return out.path.read_bytes()

    alone = resize("alone", None)
    facts = describe_file(photo, photo.name, decode_box=box)
    assert facts.pixels is not None and not facts.pixels.taken
    handed = resize("handed", facts.pixels)
    assert facts.pixels.taken  # the robot took the pixels instead of decoding again
    assert handed == alone
    assert describe_file(photo, photo.name).pixels is None  # nothing decoded when no Step asks
    # The average colour is that of the whole picture at whatever scale it was read.
    assert facts.meta["average_color"] == describe_file(photo, photo.name).meta["average_color"]


def test_the_plan_asks_for_the_largest_box_of_the_steps_reading_uploads() -> None:
    registry = default_registry()

    def box(steps: dict[str, dict[str, object]]) -> tuple[int, int] | None:
        return build_plan(steps, registry).upload_decode_box

    small = {"use": ":original", "robot": "/image/resize", "width": 200}
    large = {"use": ":original", "robot": "/image/resize", "height": 640}
    assert box({"small": small}) == (200, 200)
    assert box({"small": small, "large": large}) == (640, 640)
    # Steps that need the full picture, or read a result rather than the upload, ask for nothing.
    assert box({"cut": {**small, "resize_strategy": "crop"}}) is None
    assert box({"variable": {**small, "width": "${fields.w}"}}) is None
    assert box({"small": small, "again": {**large, "use": "small"}}) == (200, 200)
    assert box({"hash": {"use": ":original", "robot": "/file/hash"}}) is None


def test_average_color_is_the_one_pixel_mean() -> None:
    img = Image.new("RGB", (400, 300), (10, 20, 30))
    img.paste((250, 240, 230), (0, 0, 200, 300))
    assert average_color(img) == "#828282"
    assert average_color(Image.new("RGBA", (3, 3), (1, 2, 3, 0))) == "#010203"


def test_known_pixel_facts_are_not_computed_again(photo: Path) -> None:
    facts = describe_file(photo, photo.name, known={"average_color": "#000000"})
    assert "average_color" not in facts.meta and facts.meta["width"] == 1200


def test_images_are_decoded_in_one_piece(photo: Path) -> None:
    with open_image(photo) as img:
        assert isinstance(img, ImageFile.ImageFile) and img.decodermaxblock >= photo.stat().st_size


def test_the_allocator_takes_the_thresholds_on_linux() -> None:
    if not os.uname().sysname == "Linux":
        pytest.skip("glibc's mallopt exists on Linux only")
    assert tune_allocator() is True
