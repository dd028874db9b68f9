"""Reading what an Assembly produced, for the robot tests: files by their URL, pixels, closeness."""

from __future__ import annotations

import io
from typing import Any

import httpx
from PIL import Image
from starlette.testclient import TestClient


def fetch(client: TestClient, result: dict[str, Any]) -> bytes:
    """The bytes of a result file, downloaded from the emulator at its ``ssl_url``."""
    response = client.get(httpx.URL(result["ssl_url"]).path)
    assert response.status_code == 200
    return bytes(response.content)


def result_image(client: TestClient, result: dict[str, Any]) -> Image.Image:
    """A result file, downloaded and decoded."""
    img = Image.open(io.BytesIO(fetch(client, result)))
    img.load()
    return img


def rgb(img: Image.Image, xy: tuple[int, int]) -> tuple[int, ...]:
    """The RGB value of one pixel, whatever the image's mode."""
    value = img.convert("RGB").getpixel(xy)
    assert isinstance(value, tuple)
    return value


def near(a: tuple[int, ...], b: tuple[int, ...], tolerance: int = 12) -> bool:
    """Every channel of ``a`` within ``tolerance`` of ``b`` (lossy codecs move colours a little)."""
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))
