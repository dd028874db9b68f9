"""``/meta/write``: write ``data_to_write`` (exiftool tag names to values) into images, audio and video.

:mod:`transloadit_emulator.media.meta_tags` does the writing: images get XMP (and EXIF for the
device, software, artist, copyright and description fields) where the emulator's own metadata
extraction reads them back (``title``, ``keywords``, ``description``, ``creator``, ``copyright``,
...), other names in the emulator's XMP namespace; audio and video get container tags by
ffmpeg's stream copy (``ffmpeg`` options are added to that command; ``ffmpeg_stack`` has no local
meaning). ``/meta/read`` reads every tag back, custom ones included. Values that hold Assembly
Variables are filled per file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.ffmpeg import output_path, override_args
from ..media.image.encode import PILLOW_ERRORS
from ..media.meta_tags import text_of, write_av_tags, write_image_tags
from .base import InputFile, OutputFile, PerFileRobot, RobotContext, undecodable
from .support.names import basename


class MetaWrite(PerFileRobot):
    """Writes tags into each image, audio or video file."""

    name = "/meta/write"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    accepts = frozenset({"image", "video", "audio"})
    job_slots = 1  # the vendor's 10 queue slots, on the emulator's scale (/video/encode's 60 -> 6)

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """A copy of the file with the tags written into it."""
        name = basename(str(file.record.get("name") or file.path.name))
        tags = params.get("data_to_write") or {}
        if not isinstance(tags, Mapping):
            raise RobotError("META_WRITE_VALIDATION", "data_to_write must be an object of tag names and values.")
        if not tags:
            return [OutputFile(path=file.path, name=name, source=file, passthrough=True)]
        ext = name.rsplit(".", 1)[-1] if "." in name else str(file.record.get("ext") or "bin")
        out = output_path(ctx.scratch_dir, name, ext)
        kind = file.record.get("type")
        extra = override_args(params.get("ffmpeg"), "META_WRITE_VALIDATION")
        ctx.scratch_dir.mkdir(parents=True, exist_ok=True)
        try:
            if kind == "image":
                write_image_tags(file.path, out, tags)
            else:
                _check_av_tags(tags)
                write_av_tags(file.path, out, tags, extra)
        except (ValueError, *PILLOW_ERRORS):
            raise undecodable(file, "its tags could not be written") from None
        except RobotError as exc:  # ffmpeg could not copy the streams
            if exc.code == "META_WRITE_VALIDATION":
                raise
            raise undecodable(file, exc.message) from None
        return [OutputFile(path=out, name=name, source=file)]


#: The most bytes one audio or video tag may hold: each is one argument of ffmpeg's command line,
#: and Linux refuses an argument past 128 KiB.
MAX_AV_TAG_BYTES = 100_000


def _check_av_tags(tags: Mapping[str, Any]) -> None:
    """Container tags go to ffmpeg as ``-metadata name=value``: no NUL, and of a size it can pass."""
    for name, value in tags.items():
        text = f"{name}={text_of(value)}"
        if "\x00" in text:
            raise RobotError("META_WRITE_VALIDATION", f"The tag {name[:40]!r} holds a NUL character.")
        if len(text.encode("utf-8", "surrogatepass")) > MAX_AV_TAG_BYTES:
            raise RobotError(
                "META_WRITE_VALIDATION",
                f"The tag {name[:40]!r} is too long: audio and video tags hold up to {MAX_AV_TAG_BYTES:,} bytes.",
            )
