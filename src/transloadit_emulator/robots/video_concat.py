"""``/video/concat``: one video made of the Step's videos one after the other, with ffmpeg.

Order: ``use`` entries with ``as: "video_<N>"`` by ascending N, then the other entries as listed
(:func:`~.support.grouping.ordered_by_index`); each entry's files in their order (uploads as sent), and
``fields`` picks upload fields. One ffmpeg run joins them with the graph of
:mod:`~transloadit_emulator.media.video_concat_graph` (every input brought to the first one's size
and frame rate, lasting exactly its own duration, silence for inputs without sound);
``video_fade_seconds``/``audio_fade_seconds`` fade out the end of every input but the last and fade
in the start of every input but the first. ``transition`` ``fade_to_black`` fades picture and sound
out and in over half of ``transition_duration`` each instead; ``crossfade`` overlaps neighbours by
``transition_duration`` (at most half the shorter one), shortening the result. ``chapter_markers``
adds a chapter per input, titled with its basename, starting where it starts. The result is then sized and encoded as
``/video/encode`` does with the same ``preset``, ``width``/``height`` and ``ffmpeg`` overrides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import RobotError
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from ..media.video_concat_graph import (
    Joints,
    Segment,
    canvas_of,
    chapters_metadata,
    concat_graph,
    piece_starts,
    segment_of,
)
from ..media.video_presets import container_args, encoded_files, output_ext, output_filters, preset_named
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.grouping import ordered_by_index

#: Most videos one Step concatenates (each is an ffmpeg input and a piece of one command line).
MAX_INPUTS = 250
# ffmpeg's "[vist#0:0/h264 @ 0x55...]" prefixes: addresses, not news for the user.
_FFMPEG_CONTEXT = re.compile(r"\[[^\]]*@ 0x[0-9a-f]+\]\s*")


class VideoConcat(Robot):
    """Concatenates all videos of the Step into one."""

    name = "/video/concat"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    job_slots = 6  # encoding is the heaviest work a job does
    accepts = frozenset({"video"})

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """The one video that plays the Step's videos in order."""
        preset = preset_named(params.get("preset"))
        if preset is None:
            raise RobotError("VIDEO_CONCAT_VALIDATION", f"Unknown preset {params.get('preset')!r}.")
        overrides = override_args(params.get("ffmpeg"), "VIDEO_CONCAT_VALIDATION")
        videos = ordered_by_index(params, files)
        if len(videos) < 2:
            raise RobotError(
                "VIDEO_CONCAT_INVALID_INPUT",
                f"/video/concat needs at least two videos to concatenate, got {len(videos)}.",
            )
        if len(videos) > MAX_INPUTS:
            raise RobotError(
                "VIDEO_CONCAT_INVALID_INPUT",
                f"The emulator concatenates up to {MAX_INPUTS} videos in one Step, got {len(videos)}.",
            )
        segments = [_segment(f) for f in videos]
        canvas = canvas_of(videos[0].record.get("meta") or {})
        with_audio = any(s.has_audio for s in segments) and not preset.gif
        joints = _joints(params)
        graph = concat_graph(segments, canvas, joints, with_audio=with_audio)
        sized = output_filters(params, preset)
        if sized:
            graph += f";[cv]{sized}[vout]"
        name = str(videos[0].record.get("name") or videos[0].path.name)
        out = output_path(ctx.scratch_dir, PurePosixPath(name).name, output_ext(params, preset))
        args: list[str] = []
        for f in videos:
            args += ["-i", str(f.path)]
        chapters = None
        if params.get("chapter_markers") is True and not preset.gif:
            chapters = _chapters_file(ctx, videos, segments, joints)
            args += ["-f", "ffmetadata", "-i", str(chapters), "-map_chapters", str(len(videos))]
        args += ["-filter_complex", graph, "-map", "[vout]" if sized else "[cv]"]
        if with_audio:
            args += ["-map", "[ca]"]
        args += list(preset.args)
        try:
            run_ffmpeg([*args, *container_args(params, preset, out), *overrides, str(out)], user_args=overrides)
        except RobotError as exc:
            # A video whose header reads fine may still not decode: name it rather than ffmpeg's noise.
            if exc.code == "INTERNAL_COMMAND_ERROR":
                _raise_if_undecodable(videos)
            raise
        finally:
            if chapters is not None:
                chapters.unlink(missing_ok=True)  # the scratch directory serves the next Step
        if not out.exists() or out.stat().st_size == 0:
            raise RobotError("VIDEO_CONCAT_NO_OUTPUT", f"ffmpeg wrote no video concatenating {len(videos)} files.")
        return [OutputFile(path, path.name, videos[0], meta=meta) for path, meta in encoded_files(out, preset)]


def _joints(params: Mapping[str, Any]) -> Joints:
    """Fades and the ``transition`` between pieces; a transition needs a positive duration."""
    transition = str(params.get("transition") or "none")
    seconds = float(params.get("transition_duration", 1) or 0)
    if transition != "none" and seconds <= 0:
        raise RobotError(
            "VIDEO_CONCAT_VALIDATION", f"transition_duration must be above 0 with transition {transition!r}."
        )
    return Joints(
        video_fade=float(params.get("video_fade_seconds", 1) or 0),
        audio_fade=float(params.get("audio_fade_seconds", 1) or 0),
        transition=transition,
        transition_duration=seconds,
    )


def _chapters_file(ctx: RobotContext, videos: Sequence[InputFile], segments: Sequence[Segment], joints: Joints) -> Path:
    """An ffmetadata file with a chapter per input, for ffmpeg to read after the videos."""
    starts = piece_starts(segments, joints)
    end = starts[-1] + segments[-1].duration
    titles = [str(f.record.get("basename") or PurePosixPath(f.path.name).stem) for f in videos]
    chapters = output_path(ctx.scratch_dir, "chapters", "ffmetadata")
    chapters.write_text(chapters_metadata(starts, end, titles), encoding="utf-8")
    return chapters


def _segment(f: InputFile) -> Segment:
    """Duration and sound of one input, from its metadata; a file without them is not a usable video."""
    segment = segment_of(f.record.get("meta") or {}, f.record.get("type"))
    if segment is None:
        raise RobotError(
            "VIDEO_CONCAT_INVALID_INPUT",
            f"{f.record.get('name')!r} is not a video that can be read (no picture or no duration).",
        )
    return segment


def _raise_if_undecodable(videos: Sequence[InputFile]) -> None:
    """Decode each input's picture to nowhere; the first that ffmpeg cannot decode fails the Step."""
    for f in videos:
        try:
            run_ffmpeg(["-i", str(f.path), "-map", "0:v:0", "-f", "null", "-"])
        except RobotError as exc:
            if exc.code != "INTERNAL_COMMAND_ERROR":
                raise
            first_line = exc.message.removeprefix("ffmpeg failed: ").split(" / ")[0]
            detail = _FFMPEG_CONTEXT.sub("", first_line).strip()
            raise RobotError(
                "VIDEO_CONCAT_INVALID_INPUT", f"{f.record.get('name')!r} cannot be decoded: {detail}"
            ) from None
