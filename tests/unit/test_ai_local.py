"""The AI robots' local stand-ins and generated sizes, on their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from transloadit_emulator.errors import RobotError
from transloadit_emulator.media.ai_local import colour_name, describe, generate_image, placeholder_for, seed_of
from transloadit_emulator.robots.support.ai_sizes import generated_size


def test_generated_images_depend_on_prompt_and_seed_only(tmp_path: Path) -> None:
    made = {}
    for name, prompt, seed in (("a", "fox", None), ("b", "fox", None), ("c", "fox", 2), ("d", "owl", None)):
        generate_image(prompt, seed, (48, 32), tmp_path / f"{name}.png", "png")
        made[name] = (tmp_path / f"{name}.png").read_bytes()
    assert made["a"] == made["b"] and len({made["a"], made["c"], made["d"]}) == 3
    assert seed_of("fox") == seed_of("fox", None) != seed_of("fox", 1)


def test_describe_reads_the_pixels(tmp_path: Path) -> None:
    Image.new("RGB", (30, 60), (20, 40, 230)).save(tmp_path / "tall.png")
    assert describe(tmp_path / "tall.png") == [("Portrait", 99.0), ("Blue", 90.0)]
    assert [colour_name(c) for c in ("#ffffff", "#000000", "#808080", "#ff0000", "#00ff00")] == [
        "White", "Black", "Gray", "Red", "Green"
    ]  # fmt: skip


def test_placeholders_follow_the_schema() -> None:
    schema = {
        "type": "object",
        "properties": {
            "total": {"type": "number"},
            "currency": {"enum": ["EUR", "USD"]},
            "paid": {"type": ["boolean", "null"]},
            "lines": {"type": "array"},
            "note": {"type": "string", "default": "n/a"},
        },
    }
    assert placeholder_for(schema) == {"total": 0, "currency": "EUR", "paid": False, "lines": [], "note": "n/a"}


def test_generated_sizes() -> None:
    assert generated_size({}, 1024, "X") == (1024, 1024)
    assert generated_size({"aspect_ratio": "16:9"}, 640, "X") == (640, 360)
    assert generated_size({"height": 101, "aspect_ratio": "2:1"}, 640, "X") == (202, 102)
    with pytest.raises(RobotError) as bad:
        generated_size({"aspect_ratio": "wide"}, 640, "IMAGE_GENERATE")
    assert bad.value.code == "IMAGE_GENERATE_VALIDATION"
    with pytest.raises(RobotError):
        generated_size({"width": 10000}, 640, "X")
