"""``/image/facedetect``: find faces with OpenCV's Haar cascade (:mod:`transloadit_emulator.media.faces`).

Boxes are reported in pixels of the upright full-size image as ``{x1, y1, x2, y2, width, height,
confidence}``, sorted by their top-left corner (x, then y). Faces under ``min_confidence`` (70 by
default) are dropped.

Without ``crop`` the input passes on unchanged with ``meta.faces`` (every face found). With
``crop`` each chosen face (``faces``: ``each``, ``max-confidence``, ``max-size``, a 0-based index)
or the box around all of them (``group``) becomes an image of its own, widened by
``crop_padding``; an image without (that) face yields no file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from ..integers import parse_natural
from ..media.faces import detect_faces
from ..media.image.encode import PILLOW_ERRORS, save_result
from .base import InputFile, OutputFile, PerFileRobot, RobotContext, error_reason, undecodable
from .support.names import basename


class ImageFacedetect(PerFileRobot):
    """Detects faces; annotates the image or crops the faces out."""

    name = "/image/facedetect"
    #: The vendor's face detection services: OpenCV's Haar cascades are the one engine.
    params_without_local_meaning = frozenset({"provider"})
    accepts = frozenset({"image"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Detect the faces of one image; crop them when ``crop`` is true."""
        name = basename(str(file.record.get("name") or file.path.name))
        min_confidence = params.get("min_confidence", 70)
        try:
            with Image.open(file.path) as probe:  # drafted for detection: crops need a fresh decode
                faces = [f for f in detect_faces(probe) if f["confidence"] >= min_confidence]
            if params.get("crop") is not True:
                return [OutputFile(path=file.path, name=name, source=file, meta={"faces": faces}, passthrough=True)]
            boxes = _chosen(faces, params.get("faces", "each"))
            if not boxes:
                return []
            wanted = None if params.get("format") == "preserve" else params.get("format")
            with Image.open(file.path) as src:
                upright = ImageOps.exif_transpose(src)
                padding = str(params.get("crop_padding") or "5px")
                outputs = []
                for box, members in boxes:
                    region = upright.crop(_padded(box, padding, upright.size))
                    path, out_name = save_result(region, ctx.scratch_dir, name, src.format, wanted)
                    outputs.append(OutputFile(path=path, name=out_name, source=file, meta={"faces": members}))
                return outputs
        except UnidentifiedImageError:
            raise undecodable(file, "it is not an image") from None
        except PILLOW_ERRORS as exc:
            raise undecodable(file, error_reason(exc)) from None


def _chosen(faces: list[dict[str, int]], which: Any) -> list[tuple[tuple[int, int, int, int], list[dict[str, int]]]]:
    """(box, faces in it) for each image to cut out."""
    if not faces:
        return []
    if which == "group":
        box = (
            min(f["x1"] for f in faces),
            min(f["y1"] for f in faces),
            max(f["x2"] for f in faces),
            max(f["y2"] for f in faces),
        )
        return [(box, faces)]
    if which == "max-confidence":
        picked = [max(faces, key=lambda f: (f["confidence"], f["width"] * f["height"]))]
    elif which == "max-size":
        picked = [max(faces, key=lambda f: (f["width"] * f["height"], f["confidence"]))]
    elif isinstance(which, int) and not isinstance(which, bool):
        picked = [faces[which]] if 0 <= which < len(faces) else []
    else:  # each
        picked = faces
    return [((f["x1"], f["y1"], f["x2"], f["y2"]), [f]) for f in picked]


def _padded(box: tuple[int, int, int, int], padding: str, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """``box`` widened by ``"Npx"`` or ``"N%"`` (of the box's width and height), inside the image."""
    x1, y1, x2, y2 = box
    match = re.fullmatch(r"([0-9]+)(px|%)", padding.strip())
    amount = parse_natural(match.group(1)) if match else None
    amount = 5 if amount is None else amount
    if match and match.group(2) == "%":
        px, py = round((x2 - x1) * amount / 100), round((y2 - y1) * amount / 100)
    else:
        px = py = amount
    return max(0, x1 - px), max(0, y1 - py), min(size[0], x2 + px), min(size[1], y2 + py)
