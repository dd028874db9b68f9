"""``/video/merge``: a video made of the Step's images and sound, or a video given a sound track.

- **Images (and audio)**: a slideshow. Each image shows for ``image_durations[i]`` seconds, else
  ``duration`` / the number of images, else 1 / ``framerate`` seconds (``"1/5"``, the default, is
  5 s per image). ``transition`` (``crossfade``, ``fade_to_black``) overlaps neighbours by
  ``transition_duration`` seconds. Pictures are fitted into ``width`` x ``height`` (the first
  image's size by default) by ``resize_strategy`` over ``background``; ``image_url`` adds an image
  fetched from the web after the Step's own. The first audio file plays along, ``audio_delay``
  seconds late; the video lasts as the slideshow, or with ``loop`` the slideshow repeats until
  the audio ends.
- **A video and audio**: the audio is mixed into the video's sound, or replaces it with
  ``replace_audio``; ``audio_delay`` as above. The result lasts as the video; with ``loop`` the
  shorter of the two repeats to the length of the longer.
- **Videos with ``vstack``**: stacked one above the other at the first one's width.

Inputs are ordered by ``as: "<role>_<N>"`` (by N), then by ``sort_by`` (``basename`` by default).
Encoded with ``preset`` (``empty``: H.264/AAC MP4), ``width``/``height`` and the ``ffmpeg`` overrides.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import RobotError
from ..media.ffmpeg import output_path, override_args, run_ffmpeg
from ..media.slideshow import Canvas, delayed_audio, slideshow_graph, stack_graph
from ..media.video_presets import Preset, output_ext, output_filters, preset_named
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.fetched import fetch_to_scratch
from .support.grouping import sorted_inputs
from .support.media_inputs import duration_of, has_sound

_CODE = "VIDEO_MERGE_VALIDATION"
MAX_IMAGES = 500
#: Longest video the emulator merges (3 hours): ffmpeg encodes every second of it, so a
#: ``duration``, ``image_durations``, ``framerate`` or ``audio_delay`` asking for years is refused.
MAX_SECONDS = 10_800.0


class VideoMerge(Robot):
    """Merges images, videos and audio of the Step into one video."""

    name = "/video/merge"
    #: One ffmpeg: the vendor's ffmpeg stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})
    job_slots = 6  # encoding is the heaviest work a job does
    accepts = frozenset({"video", "image", "audio"})

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """The one merged video."""
        preset = preset_named(params.get("preset"))
        if preset is None or preset.hls:
            raise RobotError(_CODE, f"The preset {params.get('preset')!r} cannot encode a merged video.")
        ordered = sorted_inputs(params, files)
        videos = [f for f in ordered if f.record.get("type") == "video"]
        images = [f.path for f in ordered if f.record.get("type") == "image"]
        audios = [f for f in ordered if f.record.get("type") == "audio" and has_sound(f)]
        images += _fetched_image(ctx, params)
        candidates = videos or [f for f in ordered if f.record.get("type") == "image"] or list(ordered)
        first = candidates[0] if candidates else None
        name = PurePosixPath(str(first.record.get("name") or first.path.name)).name if first else "merged"
        out = output_path(ctx.scratch_dir, name, output_ext(params, preset))
        if videos and params.get("vstack") is True and len(videos) > 1:
            args = _stack(videos)
        elif videos:
            args = _video_with_audio(params, videos[0], audios[0] if audios else None)
        elif images:
            args = _slideshow(params, images, ordered, audios[0] if audios else None)
        else:
            raise RobotError("VIDEO_MERGE_NO_IMAGE_FOUND", "/video/merge found no image or video among its inputs.")
        # A picture made by a filter graph (slideshow, stack) is already sized: -vf cannot follow it.
        sized = bool(videos) and not (params.get("vstack") is True and len(videos) > 1)
        user = override_args(params.get("ffmpeg"), _CODE)
        run_ffmpeg([*args, *_encoding(params, preset, sized), str(out)], user_args=user)
        return [OutputFile(out, out.name, first)]


def _encoding(params: Mapping[str, Any], preset: Preset, sized: bool) -> list[str]:
    filters = output_filters(params, preset) if sized else None
    return [*(["-vf", filters] if filters else []), *preset.args, *override_args(params.get("ffmpeg"), _CODE)]


def _fetched_image(ctx: RobotContext, params: Mapping[str, Any]) -> list[Path]:
    url = params.get("image_url")
    if not isinstance(url, str) or not url:
        return []
    return [fetch_to_scratch(ctx, url, "image_url.img", "VIDEO_MERGE_NO_IMAGE_FOUND", "image_url")]


def _durations(params: Mapping[str, Any], count: int) -> list[float]:
    given = [float(d) for d in params.get("image_durations") or [] if isinstance(d, int | float) and d > 0]
    if given:
        return [given[i] if i < len(given) else given[-1] for i in range(count)]
    if isinstance(params.get("duration"), int | float) and params["duration"] > 0:
        return [float(params["duration"]) / count] * count
    rate = str(params.get("framerate", "1/5"))
    top, _, bottom = rate.partition("/")
    images, seconds = float(top), float(bottom or 1)
    if images <= 0 or seconds <= 0:
        raise RobotError(_CODE, f"framerate {rate!r} shows no image.")
    return [seconds / images] * count


def _within_limit(seconds: float) -> float:
    """``seconds``, the merged video's length, when the emulator makes videos that long."""
    if seconds > MAX_SECONDS:
        raise RobotError(
            _CODE, f"The merged video would last {seconds:g} s; the emulator makes up to {MAX_SECONDS:g} s."
        )
    return seconds


def _canvas(params: Mapping[str, Any], files: Sequence[InputFile]) -> Canvas:
    meta = next((f.record.get("meta") or {} for f in files if f.record.get("type") == "image"), {})
    width = params.get("width") or meta.get("width") or 640
    height = params.get("height") or meta.get("height") or 480
    even = [max(2, int(n) + int(n) % 2) for n in (width, height)]
    background = str(params.get("background") or "#000000")
    return Canvas(even[0], even[1], background, str(params.get("resize_strategy") or "pad"))


def _slideshow(
    params: Mapping[str, Any], images: list[Path], files: Sequence[InputFile], audio: InputFile | None
) -> list[str]:
    durations = _durations(params, len(images))
    transition = str(params.get("transition") or "none")
    overlap = float(params.get("transition_duration", 1))
    _, once = slideshow_graph(durations, _canvas(params, files), transition, overlap)
    delay = float(params.get("audio_delay") or 0)
    rounds = 1.0
    if audio is not None and params.get("loop") is True:
        needed = (duration_of(audio, _CODE) + delay) / once if once > 0 else 1.0
        rounds = max(1.0, math.ceil(needed) if needed <= MAX_IMAGES else needed)  # ceil(inf) would raise
    if len(images) * rounds > MAX_IMAGES:  # counted before the lists grow: a huge audio_delay asks for millions
        raise RobotError(
            _CODE, f"The emulator shows up to {MAX_IMAGES} images in one video, got {len(images) * rounds:g}."
        )
    _within_limit(sum(durations) * rounds)
    images, durations = images * int(rounds), durations * int(rounds)
    graph, length = slideshow_graph(durations, _canvas(params, files), transition, overlap)
    args: list[str] = []
    for path, d in zip(images, durations, strict=True):
        args += ["-loop", "1", "-framerate", "25", "-t", f"{d + 1:.3f}", "-i", str(path)]
    maps = ["-map", "[v]"]
    if audio is not None:
        args += ["-i", str(audio.path)]
        graph += ";" + delayed_audio(len(images), delay, "a")
        maps += ["-map", "[a]"]
    return [*args, "-filter_complex", graph, *maps, "-t", f"{length:.3f}"]


def _video_with_audio(params: Mapping[str, Any], video: InputFile, audio: InputFile | None) -> list[str]:
    if audio is None:
        return ["-i", str(video.path), "-map", "0:v:0", "-map", "0:a:0?"]
    v_len, a_len = duration_of(video, _CODE), duration_of(audio, _CODE)
    delay = float(params.get("audio_delay") or 0)
    looped = params.get("loop") is True
    length = _within_limit(max(v_len, a_len + delay) if looped else v_len)
    loop_video = ["-stream_loop", "-1"] if looped and v_len < length else []
    loop_audio = ["-stream_loop", "-1"] if looped and a_len + delay < length else []
    args = [*loop_video, "-i", str(video.path), *loop_audio, "-i", str(audio.path)]
    graph = delayed_audio(1, delay, "new")
    if has_sound(video) and params.get("replace_audio") is not True:
        graph += ";[0:a:0]apad[old];[old][new]amix=inputs=2:duration=longest:dropout_transition=0[a]"
    else:
        graph += ";[new]anull[a]"
    return [*args, "-filter_complex", graph, "-map", "0:v:0", "-map", "[a]", "-t", f"{length:.3f}"]


def _stack(videos: Sequence[InputFile]) -> list[str]:
    width = int((videos[0].record.get("meta") or {}).get("width") or 640)
    args: list[str] = []
    for f in videos:
        args += ["-i", str(f.path)]
    graph = stack_graph(len(videos), width + width % 2)
    return [*args, "-filter_complex", graph, "-map", "[v]", "-map", "0:a:0?"]
