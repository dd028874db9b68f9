"""``/video/concat``: one video made of the Step's videos one after the other, with ffmpeg.

Order: ``use`` entries with ``as: "video_<N>"`` by ascending N, then the other entries as listed
(:func:`~.support.grouping.ordered_by_index`); each entry's files in their order (uploads as sent), and
``fields`` picks upload fields. One ffmpeg run with the ``concat`` filter: every input is scaled and
padded to the first one's size, brought to its frame rate, and cut or held (last frame repeated) to
exactly its own duration, so the result lasts the sum of the inputs. When any input has sound, each
one's sound is resampled to 48 kHz stereo and padded or cut to its duration; an input without sound
gets silence. ``video_fade_seconds``/``audio_fade_seconds`` fade out the end of every input but the
last and fade in the start of every input but the first. The result is then sized and encoded as
``/video/encode`` does with the same ``preset``, ``width``/``height`` and ``ffmpeg`` overrides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from ..errors import RobotError
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from ..media.video_presets import container_args, encoded_files, output_ext, output_filters, preset_named
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.grouping import ordered_by_index

#: Most videos one Step concatenates (each is an ffmpeg input and a piece of one command line).
MAX_INPUTS = 250
_SAMPLE_RATE = 48000  # every audio encoder of the presets takes it (Opus only 48 kHz and below)
_DEFAULT_FPS = 25.0
# ffmpeg's "[vist#0:0/h264 @ 0x55...]" prefixes: addresses, not news for the user.
_FFMPEG_CONTEXT = re.compile(r"\[[^\]]*@ 0x[0-9a-f]+\]\s*")


@dataclass(frozen=True)
class Segment:
    """One input video: its duration and whether it has sound."""

    duration: float
    has_audio: bool


@dataclass(frozen=True)
class Canvas:
    """The frame every segment is brought to: the first input's size (even) and frame rate."""

    width: int
    height: int
    fps: float


class VideoConcat(Robot):
    """Concatenates all videos of the Step into one."""

    name = "/video/concat"
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
        canvas = _canvas(videos[0])
        with_audio = any(s.has_audio for s in segments) and not preset.gif
        graph = concat_graph(
            segments,
            canvas,
            video_fade=float(params.get("video_fade_seconds", 1) or 0),
            audio_fade=float(params.get("audio_fade_seconds", 1) or 0),
            with_audio=with_audio,
        )
        sized = output_filters(params, preset)
        if sized:
            graph += f";[cv]{sized}[vout]"
        name = str(videos[0].record.get("name") or videos[0].path.name)
        out = output_path(ctx.scratch_dir, PurePosixPath(name).name, output_ext(params, preset))
        args: list[str] = []
        for f in videos:
            args += ["-i", str(f.path)]
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
        if not out.exists() or out.stat().st_size == 0:
            raise RobotError("VIDEO_CONCAT_NO_OUTPUT", f"ffmpeg wrote no video concatenating {len(videos)} files.")
        return [OutputFile(path, path.name, videos[0], meta=meta) for path, meta in encoded_files(out, preset)]


def _segment(f: InputFile) -> Segment:
    """Duration and sound of one input, from its metadata; a file without them is not a usable video."""
    meta = f.record.get("meta") or {}
    duration = meta.get("duration")
    sized = isinstance(meta.get("width"), int) and isinstance(meta.get("height"), int)
    if not (f.record.get("type") == "video" and isinstance(duration, int | float) and duration > 0 and sized):
        raise RobotError(
            "VIDEO_CONCAT_INVALID_INPUT",
            f"{f.record.get('name')!r} is not a video that can be read (no picture or no duration).",
        )
    return Segment(float(duration), bool(meta.get("audio_codec")))


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


def _canvas(first: InputFile) -> Canvas:
    meta = first.record.get("meta") or {}
    fps = meta.get("framerate")
    rate = float(fps) if isinstance(fps, int | float) and 0 < fps <= 120 else _DEFAULT_FPS
    return Canvas(_even(int(meta["width"])), _even(int(meta["height"])), rate)


def concat_graph(
    segments: Sequence[Segment], canvas: Canvas, *, video_fade: float, audio_fade: float, with_audio: bool
) -> str:
    """The ``-filter_complex`` graph: input ``i``'s video (and sound) normalized into ``[v<i>]``
    (``[a<i>]``), all joined by ``concat`` into ``[cv]`` (and ``[ca]``)."""
    w, h, last = canvas.width, canvas.height, len(segments) - 1
    chains: list[str] = []
    for i, seg in enumerate(segments):
        d = f"{seg.duration:.3f}"
        video = [
            "setpts=PTS-STARTPTS",
            f"scale={w}:{h}:force_original_aspect_ratio=decrease",
            f"pad={w}:{h}:(ow-iw)/2:(oh-ih)/2:color=black",
            "setsar=1",
            f"fps={canvas.fps:g}",
            "format=yuv420p",
            # Hold the last frame, then cut: the piece lasts exactly the input's duration.
            "tpad=stop=-1:stop_mode=clone",
            f"trim=duration={d}",
            "setpts=PTS-STARTPTS",
            *_fades("fade", i, last, seg.duration, video_fade),
        ]
        chains.append(f"[{i}:v:0]{','.join(video)}[v{i}]")
        if not with_audio:
            continue
        source = f"[{i}:a:0]asetpts=PTS-STARTPTS," if seg.has_audio else f"anullsrc=r={_SAMPLE_RATE}:cl=stereo,"
        audio = [
            f"aresample={_SAMPLE_RATE}",
            f"aformat=sample_fmts=fltp:sample_rates={_SAMPLE_RATE}:channel_layouts=stereo",
            "apad",
            f"atrim=duration={d}",
            "asetpts=PTS-STARTPTS",
            *_fades("afade", i, last, seg.duration, audio_fade),
        ]
        chains.append(f"{source}{','.join(audio)}[a{i}]")
    pads = "".join(f"[v{i}][a{i}]" if with_audio else f"[v{i}]" for i in range(len(segments)))
    outputs = "[cv][ca]" if with_audio else "[cv]"
    chains.append(f"{pads}concat=n={len(segments)}:v=1:a={1 if with_audio else 0}{outputs}")
    return ";".join(chains)


def _fades(name: str, index: int, last: int, duration: float, seconds: float) -> list[str]:
    """Fade in at the start of every piece but the first, out at the end of every piece but the
    last; a fade takes at most half the piece so the two never overlap."""
    length = min(seconds, duration / 2)
    if length <= 0:
        return []
    out = []
    if index > 0:
        out.append(f"{name}=t=in:st=0:d={length:.3f}")
    if index < last:
        out.append(f"{name}=t=out:st={duration - length:.3f}:d={length:.3f}")
    return out


def _even(n: int) -> int:
    # H.264 and VP9 in 4:2:0 need even dimensions.
    return max(2, n + (n % 2))
