"""Running ffmpeg: which binary, how a failure becomes a Transloadit error, and shared filters.

The binary is ``TRANSLOADIT_EMULATOR_FFMPEG`` when set, else the static ffmpeg that the pinned
``imageio-ffmpeg`` wheel ships (libx264, libvpx-vp9, libopus, libmp3lame, libvorbis, aac, flac),
so no system package is needed; a system ``ffmpeg`` on PATH is the last resort.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import RobotError
from .commands import command_failure, run_command

#: Longest one ffmpeg run may take before the Step fails with INTERNAL_COMMAND_TIMEOUT.
TIMEOUT_S = 3600.0
#: ffmpeg option names a Step's ``ffmpeg`` object may set (the robots' documented keys).
OVERRIDABLE = frozenset(
    "af b:a b:v c:a c:v codec:a codec:v filter:v filter:a ss t to shortest level:v profile:v qscale:a "
    "qscale:v x264-params deadline cpu-used row-mt x265-params ac an ar b bufsize c codec coder crf f "
    "flags g keyint_min level maxrate movflags pix_fmt preset profile q:a qmax qmin r refs s "
    "sc_threshold threads vn vf x264opts".split()
)


@functools.cache
def ffmpeg_exe() -> str:
    """The ffmpeg binary to run."""
    configured = os.environ.get("TRANSLOADIT_EMULATOR_FFMPEG")
    if configured:
        return configured
    try:
        import imageio_ffmpeg  # type: ignore[import-untyped]

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError):
        found = shutil.which("ffmpeg")
        if found is None:
            raise RobotError("INTERNAL_COMMAND_ERROR", "ffmpeg is not installed: run `make install`.") from None
        return found


def run_ffmpeg(args: Sequence[str], *, timeout: float | None = None, user_args: Sequence[str] = ()) -> None:
    """Run ffmpeg with ``args`` (no shell); a failure raises with the end of ffmpeg's own message.

    ``user_args`` are the options a Step's ``ffmpeg`` object set (already in ``args``): when ffmpeg
    fails with them, the instructions are the likely cause and the code is the live API's
    ``USER_COMMAND_ERROR`` instead of ``INTERNAL_COMMAND_ERROR``. Both carry the command's output."""
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *args]
    limit = command_timeout() if timeout is None else timeout
    try:
        done = run_command(command, limit)
    except subprocess.TimeoutExpired as exc:
        # subprocess.run kills the command when its time is up: no exit code, exitSignal SIGKILL
        output = command_failure(command, None, exc.stdout or b"", exc.stderr or b"")
        raise RobotError("INTERNAL_COMMAND_TIMEOUT", f"ffmpeg took longer than {limit:g} s.", **output) from None
    if done.returncode != 0:
        stderr = done.stderr.decode("utf-8", "replace").strip()
        tail = stderr.splitlines()[-3:]
        raise RobotError(
            "USER_COMMAND_ERROR" if user_args else "INTERNAL_COMMAND_ERROR",
            "ffmpeg failed: " + (" / ".join(tail) or f"exit {done.returncode}"),
            **command_failure(command, done.returncode, done.stdout, stderr),
        )


def command_timeout() -> float:
    """Longest one engine command may run: ``TRANSLOADIT_EMULATOR_COMMAND_TIMEOUT`` seconds when
    set (an operator's cap; tests make a command time out with it), else :data:`TIMEOUT_S`."""
    configured = os.environ.get("TRANSLOADIT_EMULATOR_COMMAND_TIMEOUT", "").strip()
    try:
        return float(configured) if configured else TIMEOUT_S
    except ValueError:
        return TIMEOUT_S


def override_args(overrides: Mapping[str, Any] | None, code: str) -> list[str]:
    """``-key value`` pairs from a Step's ``ffmpeg`` object; ``true`` is a bare flag, ``false`` omits it."""
    args: list[str] = []
    for key, value in (overrides or {}).items():
        if key not in OVERRIDABLE:
            raise RobotError(code, f"The ffmpeg option {key!r} cannot be set here.")
        if value is False or value is None:
            continue
        args.append(f"-{key}")
        if value is not True:
            args.append(str(value))
    return args


def scale_filter(width: int | None, height: int | None, strategy: str, background: str) -> str | None:
    """An ffmpeg filter chain fitting frames into ``width`` x ``height`` the way ``resize_strategy`` says.

    Dimensions stay even (H.264 and VP9 need it). None when no size is asked for.
    """
    if width is None and height is None:
        return None
    if width is None or height is None:
        w = width if width is not None else -2
        h = height if height is not None else -2
        return f"scale={_even(w)}:{_even(h)}"
    if strategy == "stretch":
        return f"scale={_even(width)}:{_even(height)},setsar=1"
    if strategy in ("fillcrop", "crop"):
        return (
            f"scale={_even(width)}:{_even(height)}:force_original_aspect_ratio=increase,"
            f"crop={_even(width)}:{_even(height)},setsar=1"
        )
    fit = f"scale={_even(width)}:{_even(height)}:force_original_aspect_ratio=decrease:force_divisible_by=2"
    if strategy == "pad":
        colour = ffmpeg_colour(background)
        return f"{fit},pad={_even(width)}:{_even(height)}:(ow-iw)/2:(oh-ih)/2:color={colour},setsar=1"
    return fit + ",setsar=1"


def ffmpeg_colour(value: str) -> str:
    """``#rrggbb[aa]`` as ffmpeg writes colours (``0xrrggbb[@alpha]``)."""
    text = value.lstrip("#")
    if len(text) == 8:
        return f"0x{text[:6]}@{int(text[6:], 16) / 255:.3f}"
    return f"0x{text[:6]}" if len(text) == 6 else "black"


def output_path(scratch: Path, source_name: str, ext: str, suffix: str = "") -> Path:
    """A fresh result path in the scratch dir: the input's base name with the new extension."""
    stem = Path(source_name).stem or "file"
    candidate = scratch / f"{stem}{suffix}.{ext}"
    n = 1
    while candidate.exists():
        candidate = scratch / f"{stem}{suffix}-{n}.{ext}"
        n += 1
    return candidate


def _even(n: int) -> int:
    return n if n < 0 or n % 2 == 0 else n + 1


def seconds_of(value: Any) -> float | None:
    """A time as seconds: a number, or a timecode ``[[HH:]MM:]SS[.fff]``; None when unreadable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if not isinstance(value, str):
        return None
    total = 0.0
    for part in value.strip().split(":"):
        try:
            number = float(part)
        except ValueError:
            return None
        total = total * 60 + number
    return total if value.count(":") <= 2 else None


def decode_pcm(source: Path, *, channels: int, rate: int, seek: Sequence[str] = ()) -> bytes:
    """The first sound of ``source`` as signed 16-bit little-endian PCM, ``channels`` interleaved,
    at ``rate`` Hz; ``seek`` holds ffmpeg's input options (``-ss``, ``-to``). Raises the coded
    errors of a command that took too long or failed."""
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", *seek, "-i", str(source),
               "-map", "0:a:0", "-ac", str(channels), "-ar", str(rate), "-f", "s16le", "-"]  # fmt: skip
    try:
        done = run_command(command, command_timeout())
    except subprocess.TimeoutExpired:
        raise RobotError("INTERNAL_COMMAND_TIMEOUT", "ffmpeg took too long decoding the sound.") from None
    if done.returncode != 0:
        raise RobotError(
            "INTERNAL_COMMAND_ERROR",
            "ffmpeg could not decode the sound: " + done.stderr.decode(errors="replace").strip()[-300:],
            **command_failure(command, done.returncode, b"", done.stderr),  # stdout: the samples
        )
    return done.stdout
