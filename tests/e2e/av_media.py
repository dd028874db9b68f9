"""Media the audio and video robot tests make (lavfi tones and clips), Assemblies with named
upload fields, and reading results back with PyAV."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import av
import numpy as np
from PIL import Image
from starlette.testclient import TestClient

from tests.e2e.results import fetch
from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_kit import Transloadit


def make_media(path: Path, *args: str) -> Path:
    """Run ffmpeg to write ``path``."""
    subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", *args, str(path)], check=True, timeout=120)
    return path


def tone(path: Path, freq: int, seconds: float, *codec: str) -> Path:
    """A mono sine tone."""
    return make_media(path, "-f", "lavfi", "-i", f"sine=frequency={freq}:duration={seconds}:sample_rate=44100", *codec)


def clip(path: Path, colour: str, seconds: float, size: str = "160x120", *, sound: bool = True) -> Path:
    """An H.264/AAC clip of one colour (a keyframe every 0.5 s) with a 440 Hz tone."""
    args = ["-f", "lavfi", "-i", f"color=c={colour}:size={size}:rate=24:duration={seconds}"]
    if sound:
        args += ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}:sample_rate=44100", "-c:a", "aac"]
    args += ["-c:v", "libx264", "-preset", "ultrafast", "-g", "12", "-pix_fmt", "yuv420p", "-shortest"]
    return make_media(path, *args)


def png(colour: tuple[int, int, int], size: tuple[int, int] = (64, 48)) -> bytes:
    """A PNG of one colour."""
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "PNG")
    return buf.getvalue()


def post(
    kit: Transloadit, client: TestClient, steps: dict[str, Any], parts: list[tuple[str, str, bytes]]
) -> dict[str, Any]:
    """Create an Assembly uploading ``(field, name, bytes)`` parts and wait for it to finish."""
    params, signature = kit.signed(steps=steps)
    response = client.post(
        "/assemblies",
        data={"params": params, "signature": signature},
        files=[(field, (name, data)) for field, name, data in parts],
    )
    assert response.status_code == 200, response.text
    return kit.wait_for_assembly(response.json()["assembly_id"], timeout=120).to_dict()


def sound(client: TestClient, result: dict[str, Any]) -> tuple[np.ndarray, int]:
    """A result's sound as mono float samples, and its sample rate."""
    with av.open(io.BytesIO(fetch(client, result))) as container:
        stream = container.streams.audio[0]
        chunks = []
        for frame in container.decode(stream):
            data = frame.to_ndarray().astype(np.float64)
            channels = len(frame.layout.channels)
            # Planar: one row per channel; packed: channels interleaved in one row.
            chunks.append(data.mean(axis=0) if frame.format.is_planar else data.reshape(-1, channels).mean(axis=1))
        samples = np.concatenate(chunks)
        if np.abs(samples).max() > 2:  # integer samples: scale to -1..1
            samples = samples / 32768.0
        return samples, int(stream.rate)


def frequency(samples: np.ndarray, rate: int, start: float, end: float) -> float:
    """The frequency of a tone between two times, by counting zero crossings."""
    part = samples[int(start * rate) : int(end * rate)]
    crossings = np.count_nonzero(np.diff(np.signbit(part).astype(np.int8)))
    return crossings / 2 / (end - start)


def frames(client: TestClient, result: dict[str, Any]) -> list[np.ndarray]:
    """A result video's frames as RGB arrays."""
    with av.open(io.BytesIO(fetch(client, result))) as container:
        return [f.to_ndarray(format="rgb24") for f in container.decode(container.streams.video[0])]
