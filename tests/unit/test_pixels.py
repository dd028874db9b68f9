"""Decoding an upload once: the handoff from metadata extraction to the robot that reads it next."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from PIL import Image, ImageFile

from transloadit_emulator.allocator import tune_allocator
from transloadit_emulator.core.assemblies.planner import build_plan
from transloadit_emulator.media.metadata import average_color, describe_file
from transloadit_emulator.media.pixels import DecodedImages, decoded_images, open_image
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


@pytest.fixture(autouse=True)
def empty_handoff() -> None:
    decoded_images.clear()  # other tests may have left pixels nobody took


def loaded(path: Path, box: tuple[int, int]) -> Image.Image:
    img = Image.open(path)
    img.draft(img.mode, box)
    img.load()
    return img


def test_kept_pixels_are_taken_once_and_only_when_they_cover_the_box(photo: Path) -> None:
    handoff = DecodedImages(max_bytes=64 * 1024 * 1024)
    handoff.keep(photo, loaded(photo, (600, 400)))
    taken = handoff.take(photo, (600, 400))
    assert taken is not None and taken.size == (600, 400)
    assert handoff.take(photo, (600, 400)) is None  # once

    handoff.keep(photo, loaded(photo, (300, 300)))
    assert handoff.take(photo, (600, 600)) is None  # too small for this reader, and gone
    assert len(handoff) == 0


def test_a_changed_file_does_not_get_old_pixels(photo: Path) -> None:
    handoff = DecodedImages(max_bytes=64 * 1024 * 1024)
    handoff.keep(photo, loaded(photo, (600, 400)))
    st = photo.stat()
    os.utime(photo, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert handoff.take(photo, (10, 10)) is None


def test_the_handoff_is_bounded_and_drops_the_oldest(tmp_path: Path, photo: Path) -> None:
    other = tmp_path / "other.jpg"
    other.write_bytes(photo.read_bytes())
    one = 600 * 400 * 4
    handoff = DecodedImages(max_bytes=one + one // 2)
    handoff.keep(photo, loaded(photo, (600, 400)))
    handoff.keep(other, loaded(other, (600, 400)))
    assert len(handoff) == 1
    assert handoff.take(photo, (1, 1)) is None and handoff.take(other, (1, 1)) is not None


def test_describing_an_upload_for_a_resize_leaves_its_pixels_and_the_result_is_unchanged(
    tmp_path: Path, photo: Path
) -> None:
    step = {"robot": "/image/resize", "width": 500}
    robot = ImageResize()
    box = robot.decode_request(step)
    assert box == (500, 500)

    def resize(name: str) -> bytes:
        ctx = RobotContext("a" * 32, name, tmp_path / name, logging.getLogger("test"))
        [out] = robot.process_file(ctx, step, InputFile(photo, {"id": "f" * 32, "name": photo.name}))
        return out.path.read_bytes()

    alone = resize("alone")
    facts = describe_file(photo, photo.name, decode_box=box)
    assert len(decoded_images) == 1
    handed = resize("handed")
    assert len(decoded_images) == 0  # the robot took the pixels instead of decoding again
    assert handed == alone
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
