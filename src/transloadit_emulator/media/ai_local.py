"""The AI robots' local stand-ins: deterministic for the same input, no model, no network.

``describe`` labels an image from what can really be measured (faces by OpenCV, dominant colours,
orientation); ``generate_image`` and ``generate_clip`` draw from a seed made of the prompt's hash
(Pillow; ffmpeg for clips); ``chat_answer`` echoes the conversation's last user message, or fills
a JSON Schema with placeholder values.
"""

from __future__ import annotations

import colorsys
import hashlib
import json
import random
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from .extra_image import dominant_colors
from .faces import detect_faces
from .ffmpeg import run_ffmpeg

#: Hue names by the start of their range in degrees.
_HUES = [(0, "Red"), (20, "Orange"), (45, "Yellow"), (70, "Green"), (160, "Cyan"), (200, "Blue"),
         (260, "Purple"), (290, "Pink"), (340, "Red")]  # fmt: skip


def colour_name(hex_colour: str) -> str:
    """A plain name (``Red``, ``White``, ``Gray``, ...) of a ``#rrggbb`` colour."""
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    if lightness > 0.9:
        return "White"
    if lightness < 0.1:
        return "Black"
    if s < 0.15:
        return "Gray"
    degrees = h * 360
    return [name for start, name in _HUES if degrees >= start][-1]


def describe(path: Path) -> list[tuple[str, float]]:
    """``(label, confidence 0-100)`` of an image, most confident first."""
    with Image.open(path) as img:
        faces = detect_faces(img)
    with Image.open(path) as img:
        width, height = img.size
        small = img.convert("RGBA")
        small.thumbnail((128, 128))
    labels: list[tuple[str, float]] = []
    if faces:
        labels += [("Person", 95.0), ("Face", 95.0)]
        if len(faces) > 1:
            labels.append(("Group", 90.0))
    orientation = "Landscape" if width > height else "Portrait" if height > width else "Square"
    labels.append((orientation, 99.0))
    seen: set[str] = set()
    for rank, colour in enumerate(dominant_colors(small) or []):
        name = colour_name(colour)
        if name not in seen:
            seen.add(name)
            labels.append((name, round(90.0 - 10 * rank, 1)))
    return labels


def seed_of(prompt: str, seed: Any = None) -> int:
    """A 64-bit seed from a prompt (and the Step's ``seed``), the same on every run."""
    digest = hashlib.sha256(f"{prompt}\x00{seed}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _palette(rng: random.Random, count: int) -> list[tuple[int, int, int]]:
    return [tuple(int(c * 255) for c in colorsys.hsv_to_rgb(rng.random(), 0.7, 0.9)) for _ in range(count)]  # type: ignore[misc]


def generate_image(prompt: str, seed: Any, size: tuple[int, int], out: Path, fmt: str) -> None:
    """A picture of shapes drawn from the prompt's seed, written as ``fmt`` (``svg`` too)."""
    rng = random.Random(seed_of(prompt, seed))
    colours = _palette(rng, 6)
    width, height = size
    shapes = [
        (
            rng.choice(("ellipse", "rectangle")),
            sorted(rng.sample(range(width), 2)),
            sorted(rng.sample(range(height), 2)),
            c,
        )
        for c in colours[1:]
    ]
    if fmt == "svg":
        body = [f'<rect width="{width}" height="{height}" fill="rgb{colours[0]}"/>']
        for kind, (x1, x2), (y1, y2), c in shapes:
            if kind == "ellipse":
                body.append(
                    f'<ellipse cx="{(x1 + x2) / 2}" cy="{(y1 + y2) / 2}"'
                    f' rx="{(x2 - x1) / 2}" ry="{(y2 - y1) / 2}" fill="rgb{c}"/>'
                )
            else:
                body.append(f'<rect x="{x1}" y="{y1}" width="{x2 - x1}" height="{y2 - y1}" fill="rgb{c}"/>')
        head = f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">'
        out.write_text(head + "".join(body) + "</svg>\n")
        return
    img = Image.new("RGB", size, colours[0])
    draw = ImageDraw.Draw(img)
    for kind, (x1, x2), (y1, y2), c in shapes:
        (draw.ellipse if kind == "ellipse" else draw.rectangle)((x1, y1, x2, y2), fill=c)
    img.save(out, {"jpg": "JPEG", "jpeg": "JPEG"}.get(fmt, fmt.upper()))


def generate_clip(prompt: str, seed: Any, size: tuple[int, int], seconds: float, fps: float, out: Path) -> None:
    """A clip (MP4 or GIF, by ``out``'s extension) of a colour from the prompt's seed, with
    ffmpeg's moving test pattern over it at half opacity."""
    rng = random.Random(seed_of(prompt, seed))
    colour = "0x" + "".join(f"{c:02x}" for c in _palette(rng, 1)[0])
    width, height = size
    source = f"testsrc2=size={width}x{height}:rate={fps}:duration={seconds}"
    background = f"color=c={colour}:size={width}x{height}:rate={fps}:duration={seconds}"
    graph = "[1:v]format=yuva420p,colorchannelmixer=aa=0.5[fg];[0:v][fg]overlay=shortest=1"
    args = ["-f", "lavfi", "-i", background, "-f", "lavfi", "-i", source, "-filter_complex", graph]
    if out.suffix == ".mp4":
        args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-movflags", "+faststart"]
    run_ffmpeg([*args, str(out)])


def chat_answer(messages: list[dict[str, Any]], schema: str | None) -> str:
    """The stand-in's answer: an object matching ``schema`` (a JSON Schema string) when one is
    given, else the last user message echoed."""
    if schema:
        return json.dumps(placeholder_for(json.loads(schema)))
    said = [m for m in messages if m.get("role") == "user"]
    last = said[-1]["content"] if said else ""
    text = last if isinstance(last, str) else " ".join(str(p.get("text", "")) for p in last if isinstance(p, dict))
    return f"[emulator-local] {text}"


def placeholder_for(schema: Any) -> Any:
    """A value of a JSON Schema's shape: its ``default``, ``const`` or first ``enum`` value if any,
    else an empty string, 0, false, an empty array or an object of placeholders."""
    if not isinstance(schema, dict):
        return None
    for key in ("default", "const"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) and kind else kind
    if kind == "object" or "properties" in schema:
        return {k: placeholder_for(v) for k, v in (schema.get("properties") or {}).items()}
    return {"string": "", "integer": 0, "number": 0, "boolean": False, "array": []}.get(str(kind))
