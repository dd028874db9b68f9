"""``/audio/waveform``: a picture (PNG) or the peak data (JSON) of each file's sound.

``style`` ``v0`` (the default; ``0``): the image is drawn by
:mod:`transloadit_emulator.media.waveform` (ffmpeg's ``showwavespic``) in ``outer_color``, shaded
to ``center_color`` at the middle line when that differs, on ``background_color``
(``#rrggbb[aa]``), smoothed with ``antialiasing``; ``format: json`` gives
``{"data": [min, max, ...]}`` per horizontal pixel, normalised to -1..1.

``v1`` (``1``) draws as BBC's audiowaveform does (:mod:`~transloadit_emulator.media.waveform_v1`):
``start``/``end``, ``zoom`` or ``pixels_per_second``, ``split_channels``, ``colors`` and the colour
params, ``waveform_style`` bars, axis labels, ``amplitude_scale``, ``compression``; its JSON is
audiowaveform's with ``bits``. ``spectrogram`` draws frequency against time
(:mod:`~transloadit_emulator.media.spectrogram`), as an image only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media import waveform_v1
from ..media.ffmpeg import output_path
from ..media.spectrogram import Spectrogram, draw_spectrogram
from ..media.waveform import draw_waveform, hex_rgba, on_background, peaks
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

_INVALID = "AUDIO_WAVEFORM_VALIDATION"
_STYLES = {"v0": "v0", "0": "v0", "v1": "v1", "1": "v1", "spectrogram": "spectrogram"}


class AudioWaveform(PerFileRobot):
    """Draws the waveform of each audio or video file."""

    name = "/audio/waveform"
    accepts = frozenset({"audio", "video"})
    #: One ffmpeg: the vendor's stack versions pick nothing here.
    params_without_local_meaning = frozenset({"ffmpeg_stack"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The waveform of one file."""
        meta = file.record.get("meta") or {}
        if file.record.get("type") not in ("audio", "video") or not meta.get("audio_codec"):
            raise RobotError("AUDIO_WAVEFORM_INVALID_INPUT", f"{file.record.get('name')!r} has no sound to draw.")
        style = _STYLES.get(str(params.get("style", "v0")).lower(), "v0")
        width = int(params.get("width") or 256)
        height = int(params.get("height") or 64)
        name = str(file.record.get("name") or file.path.name)
        as_json = params.get("format") == "json"
        if style == "spectrogram":
            if as_json:
                raise RobotError(_INVALID, "A spectrogram is an image: format json is not available with it.")
            out = output_path(ctx.scratch_dir, name, "png")
            rate = int((file.record.get("meta") or {}).get("audio_samplerate") or 44100)
            draw_spectrogram(file.path, out, width, height, _spectrogram(params, rate))
        elif style == "v1":
            out = output_path(ctx.scratch_dir, name, "json" if as_json else "png")
            _draw_v1(file, out, params, (width, height), as_json=as_json)
        elif as_json:
            out = output_path(ctx.scratch_dir, name, "json")
            out.write_text(json.dumps({"width": width, "data": peaks(file.path, width)}))
        else:
            out = output_path(ctx.scratch_dir, name, "png")
            _draw_v0(file, out, params, width, height)
        return [OutputFile(out, out.name, file)]


def _colour(params: Mapping[str, Any], key: str, default: str | None = None) -> waveform_v1.RGBA | None:
    value = params.get(key, default)
    if value is None:
        return None
    try:
        return hex_rgba(str(value))
    except ValueError as exc:
        raise RobotError(_INVALID, f"{key}: {exc}") from None


def _draw_v0(file: InputFile, out: Any, params: Mapping[str, Any], width: int, height: int) -> None:
    outer = str(params.get("outer_color") or "#000000ff")
    centre = params.get("center_color")
    shaded = centre is not None and _colour(params, "center_color") != _colour(params, "outer_color", outer)
    antialias = params.get("antialiasing") in (1, True)
    draw_waveform(file.path, out, width, height, outer, str(centre) if shaded else None, antialias=antialias)
    background = _colour(params, "background_color", "#00000000")
    if background and background[3]:
        on_background(out, background)


def _spectrogram(params: Mapping[str, Any], sample_rate: int) -> Spectrogram:
    low = float(params.get("frequency_min") or 0)
    high = params.get("frequency_max")
    if high is not None and float(high) <= low:
        raise RobotError(_INVALID, f"frequency_max ({high}) must be above frequency_min ({low}).")
    return Spectrogram(
        color_map=str(params.get("color_map") or "viridis"),
        frequency_scale=str(params.get("frequency_scale") or "logarithmic"),
        frequency_min=low,
        frequency_max=float(high) if high is not None else None,
        legend=params.get("legend") is True,
        gain=float(params.get("gain", 1)),
        orientation=str(params.get("orientation") or "horizontal"),
        sample_rate=sample_rate,
    )


def _window(file: InputFile, params: Mapping[str, Any]) -> waveform_v1.Window:
    if params.get("zoom") and params.get("pixels_per_second"):
        raise RobotError(_INVALID, "zoom and pixels_per_second cannot be used together.")
    meta = file.record.get("meta") or {}
    start, end = float(params.get("start") or 0), float(params.get("end") or 0) or None
    if end is not None and end <= start:
        raise RobotError(_INVALID, f"end ({end}) must be after start ({start}).")
    return waveform_v1.Window(
        sample_rate=int(meta.get("audio_samplerate") or 44100),
        start=start,
        end=end,
        zoom=int(params["zoom"]) if params.get("zoom") else None,
        pixels_per_second=float(params["pixels_per_second"]) if params.get("pixels_per_second") else None,
        split_channels=params.get("split_channels") is True,
    )


def _look(params: Mapping[str, Any]) -> waveform_v1.Look:
    border, background, wave, labels = waveform_v1.SCHEMES[str(params.get("colors") or "audacity")]
    bars = None
    if params.get("waveform_style") == "bars":
        bars = (
            int(params.get("bar_width") or 8),
            int(params.get("bar_gap") or 0),
            params.get("bar_style") == "rounded",
        )
    return waveform_v1.Look(
        colours=(
            _colour(params, "border_color") or border,
            _colour(params, "background_color") or background,
            _colour(params, "outer_color") or wave,
            _colour(params, "axis_label_color") or labels,
        ),
        bars=bars,
        amplitude_scale=float(params.get("amplitude_scale") or 1),
        axis_labels=params.get("with_axis_labels") is True or params.get("no_axis_labels") is not True,
        compression=int(params.get("compression", -1)),
        antialias=params.get("antialiasing") in (1, True),
    )


def _draw_v1(file: InputFile, out: Any, params: Mapping[str, Any], size: tuple[int, int], *, as_json: bool) -> None:
    window = _window(file, params)
    channels = int((file.record.get("meta") or {}).get("audio_channels") or 1)
    sound = waveform_v1.decode(file.path, window, channels)
    seconds = sound.shape[1] / min(window.sample_rate, waveform_v1.DECODE_RATE)
    if as_json:  # audiowaveform's default zoom for data is 256 samples per pixel
        spp = waveform_v1.samples_per_pixel(window, seconds, 0) if window.zoom or window.pixels_per_second else 256
        data = waveform_v1.to_json(waveform_v1.pixel_peaks(sound, window, spp, None), window, spp, _bits(params))
        out.write_text(json.dumps(data))
        return
    spp = waveform_v1.samples_per_pixel(window, seconds, size[0])
    peaks_ = waveform_v1.pixel_peaks(sound, window, spp, size[0])
    waveform_v1.draw(peaks_, out, size, _look(params), spp / window.sample_rate)


def _bits(params: Mapping[str, Any]) -> int:
    return 8 if params.get("bits") == 8 else 16
