"""``/video/generate``: ``num_outputs`` clips of the Step's ``prompt``.

OpenAI-compatible endpoints have no common video API, so the local stand-in always makes them:
ffmpeg's moving test pattern over a colour seeded from the prompt's hash and ``seed``
(:func:`~..media.ai_local.generate_clip`), ``duration`` seconds (default 5, at most 60) at ``fps``
(default 24), ``width``/``height``/``aspect_ratio`` (default 640 px wide, 16:9), MP4 or GIF
(``format``). ``model``, ``style``, ``motion_amount``, ``camera_motion``, ``negative_prompt`` and
``reference_strength`` have no local meaning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..media.ai_local import generate_clip
from ..media.ffmpeg import output_path
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.ai_results import LOCAL
from .support.ai_sizes import generated_size

_MAX_SECONDS = 60.0


class VideoGenerate(Robot):
    """Generates clips from a prompt."""

    name = "/video/generate"
    #: Directions for the vendor's video models: the local stand-in animates from the prompt's hash, not
    #: its meaning.
    params_without_local_meaning = frozenset(
        {"camera_motion", "motion_amount", "negative_prompt", "reference_strength", "style"}
    )

    def runs_alone(self, params: Mapping[str, Any]) -> bool:
        """A prompt makes clips with or without input files."""
        return True

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """The generated clips."""
        prompt = str(params.get("prompt") or "")
        fmt = "gif" if params.get("format") == "gif" else "mp4"
        seconds = float(params.get("duration") or 5)
        fps = float(params.get("fps") or 24)
        if not 0 < seconds <= _MAX_SECONDS or not 0 < fps <= 60:
            raise RobotError("VIDEO_GENERATE_VALIDATION", f"duration must be 0-{_MAX_SECONDS:.0f} s and fps 0-60.")
        size = generated_size({"aspect_ratio": "16:9", **params}, 640, "VIDEO_GENERATE")
        outs = []
        for index in range(int(params.get("num_outputs") or 1)):
            out = output_path(ctx.scratch_dir, "generated", fmt)
            seed = params.get("seed") if index == 0 else f"{params.get('seed')}/{index}"
            generate_clip(prompt, seed, size, seconds, fps, out)
            outs.append(
                OutputFile(out, out.name, files[0] if files else None, {"prompt": prompt, "ai_provider": LOCAL})
            )
        return outs
