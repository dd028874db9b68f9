"""The shared half of ``/audio/artwork`` and ``/video/artwork``: which inputs are the media and
which the picture, extraction, and insertion with the robot's own containers and codes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from ...errors import RobotError
from ...media.artwork import cover_picture, embed_cover
from ...media.ffmpeg import output_path
from ..base import InputFile, OutputFile, RobotContext
from .media_inputs import files_as


@dataclass(frozen=True)
class ArtworkKind:
    """What one artwork robot works on: its media type, the containers it can write covers into,
    its validation code, and its fallback when a container cannot hold one (an extension and
    encoder options); ``re_encoding`` may choose others from the Step's params, given the
    extension so far and whether the input's container needed changing."""

    media_type: str
    containers: frozenset[str]
    code: str
    fallback_ext: str
    fallback_args: tuple[str, ...]
    re_encoding: Callable[[Mapping[str, Any], str, bool], tuple[str, list[str]] | None] | None = None


def artwork(
    ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile], kind: ArtworkKind
) -> list[OutputFile]:
    """Extract the cover of each media file, or (``method: insert``) embed the Step's picture."""
    media = [f for f in files_as(params, files, kind.media_type) or files if f.record.get("type") == kind.media_type]
    if params.get("method", "extract") != "insert":
        return [out for f in media for out in _extract(ctx, f)]
    pictures = [f for f in files_as(params, files, "image") or files if f.record.get("type") == "image"]
    if not pictures:
        raise RobotError(kind.code, 'method insert needs an image: add a `use` entry with `as: "image"`.')
    return [_insert(ctx, params, f, pictures[0], kind) for f in media]


def _extract(ctx: RobotContext, file: InputFile) -> list[OutputFile]:
    found = cover_picture(file.path)
    if found is None:
        return []  # a file without cover art gives no result
    data, ext = found
    path = output_path(ctx.scratch_dir, PurePosixPath(str(file.record.get("name") or file.path.name)).name, ext)
    path.write_bytes(data)
    return [OutputFile(path, path.name, file)]


def _insert(
    ctx: RobotContext, params: Mapping[str, Any], file: InputFile, picture: InputFile, kind: ArtworkKind
) -> OutputFile:
    name = PurePosixPath(str(file.record.get("name") or file.path.name)).name
    ext = str(file.record.get("ext") or PurePosixPath(name).suffix.lstrip(".")).lower()
    audio_args: list[str] = []
    needed = ext not in kind.containers
    if needed:
        if kind.media_type == "audio" and params.get("change_format_if_necessary") is not True:
            raise RobotError(
                kind.code,
                f"{name!r} ({ext or 'no extension'}) cannot hold cover art; "
                "set change_format_if_necessary to re-encode it.",
            )
        ext, audio_args = kind.fallback_ext, list(kind.fallback_args)
    chosen = kind.re_encoding(params, ext, needed) if kind.re_encoding else None
    if chosen:
        ext, audio_args = chosen
    out = output_path(ctx.scratch_dir, name, ext)
    embed_cover(file.path, picture.path, out, keep_video=kind.media_type == "video", audio_args=audio_args)
    return OutputFile(out, out.name, file)
