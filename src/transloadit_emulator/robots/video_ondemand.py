"""``/video/ondemand``: an HLS ladder whose playlists and segments are made only when asked for.

Which file a run makes is the ``asset``: the Step's param, else the field named by
``asset_param_name`` (a Smart CDN URL's query param, ``asset`` by default). Empty: the
multivariant playlist; ``<variant>.m3u8``: that variant's media playlist; ``<variant>_<N>.ts``:
segment N (from 0) of that variant, encoded now. Playlists point at the other assets with
query-only relative URIs (``?asset=480p.m3u8``), which resolve against the playlist's own URL;
the Smart CDN route turns them into signed absolute URLs when it serves a playlist.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..errors import RobotError
from ..media.ffmpeg import override_args
from ..media.ondemand import Variant, encode_segment, media_playlist, multivariant_playlist, segment_span
from ..media.video_presets import output_filters, preset_named
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.media_inputs import duration_of, has_sound

_CODE = "VIDEO_ONDEMAND_VALIDATION"
_NOT_FOUND = "VIDEO_ONDEMAND_NOT_FOUND"
_SEGMENT = re.compile(r"^(?P<variant>.+)_(?P<index>\d{1,6})\.ts$")
_RATE = re.compile(r"^(\d+(?:\.\d+)?)([kKmM]?)$")
_AUDIO_BPS = 128_000


class VideoOndemand(PerFileRobot):
    """Writes the asked playlist, or encodes the asked segment, of each input video."""

    name = "/video/ondemand"
    job_slots = 6
    accepts = frozenset({"video"})

    def check_params(self, step: Mapping[str, Any]) -> None:
        """Every variant must encode to something MPEG-TS holds (an H.264 preset)."""
        variants = step.get("variants")
        if not isinstance(variants, Mapping) or not variants:
            raise RobotError(_CODE, "variants must name at least one variant.")
        for name, spec in variants.items():
            preset = preset_named(spec.get("preset") if isinstance(spec, Mapping) else None)
            if preset is None or "libx264" not in preset.args:
                raise RobotError(_CODE, f"Variant {name!r}: its preset must encode H.264 (an hls/* or mp4 preset).")

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """One file: the playlist or segment the ``asset`` names."""
        param_name = str(params.get("asset_param_name") or "asset")
        asset = str(params.get("asset") or ctx.fields.get(param_name) or "")
        segment = float(params.get("segment_duration") or 6)
        if segment <= 0:
            raise RobotError(_CODE, "segment_duration must be above 0.")
        duration = duration_of(file, _CODE)
        variants = _variants(params, file)

        def uri(value: str) -> str:
            return f"?{quote(param_name, safe='')}={quote(value, safe='')}"

        if asset == "":
            text = multivariant_playlist(list(variants.values()), lambda v: uri(f"{v.name}.m3u8"))
            return [_text_file(ctx, file, "master.m3u8", text)]
        if asset.endswith(".m3u8") and asset[: -len(".m3u8")] in variants:
            name = asset[: -len(".m3u8")]
            text = media_playlist(duration, segment, lambda i: uri(f"{name}_{i:05d}.ts"))
            return [_text_file(ctx, file, asset, text)]
        match = _SEGMENT.match(asset)
        if match is None or match["variant"] not in variants:
            raise RobotError(_NOT_FOUND, f"No asset {asset!r}: ask for '', '<variant>.m3u8' or '<variant>_<N>.ts'.")
        try:
            start, length = segment_span(duration, segment, int(match["index"]))
        except IndexError:
            raise RobotError(_NOT_FOUND, f"The video has no segment {match['index']}.") from None
        out = ctx.scratch_dir / asset
        encode_segment(file.path, out, variants[match["variant"]], start, length, has_sound(file))
        return [OutputFile(path=out, name=asset, source=file, meta={"ondemand_asset": asset})]


def _text_file(ctx: RobotContext, file: InputFile, name: str, text: str) -> OutputFile:
    out = ctx.scratch_dir / name
    out.write_text(text, encoding="utf-8")
    return OutputFile(path=out, name=name, source=file, meta={"ondemand_asset": name})


def _variants(params: Mapping[str, Any], file: InputFile) -> dict[str, Variant]:
    """The enabled variants, in the order ``variants`` lists them."""
    specs: Mapping[str, Any] = params.get("variants") or {}
    enabled = params.get("enabled_variants")
    if isinstance(enabled, str):
        enabled = [v.strip() for v in enabled.split(",") if v.strip()]
    names = [n for n in specs if enabled is None or n in enabled]
    if not names:
        raise RobotError(_CODE, "No variant is enabled.")
    return {name: _variant(name, specs[name] or {}, file) for name in names}


def _variant(name: str, spec: Mapping[str, Any], file: InputFile) -> Variant:
    preset = preset_named(spec.get("preset"))
    if preset is None or "libx264" not in preset.args:
        raise RobotError(_CODE, f"Variant {name!r}: its preset must encode H.264 (an hls/* or mp4 preset).")
    args = [a for a in preset.args if a not in ("-movflags", "+faststart")]
    args += override_args(spec.get("ffmpeg"), _CODE)
    meta = file.record.get("meta") or {}
    width, height = _size(spec, preset.box, meta.get("width"), meta.get("height"))
    return Variant(name, width, height, _bandwidth(args), tuple(args), output_filters(spec, preset))


def _size(spec: Mapping[str, Any], box: tuple[int, int] | None, iw: Any, ih: Any) -> tuple[int, int]:
    """The variant's picture size as the playlist announces it."""
    w, h = spec.get("width"), spec.get("height")
    if isinstance(w, int) and isinstance(h, int):
        return w, h
    src_w, src_h = (iw, ih) if isinstance(iw, int) and isinstance(ih, int) and iw > 0 and ih > 0 else (1280, 720)
    if box is None:
        return src_w, src_h
    scale = min(1.0, box[0] / src_w, box[1] / src_h)
    return max(2, round(src_w * scale / 2) * 2), max(2, round(src_h * scale / 2) * 2)


def _bandwidth(args: list[str]) -> int:
    """Bits per second: the video rate the options set (``-maxrate``, else ``-b:v``) plus the sound's."""
    for flag in ("-maxrate", "-b:v"):
        if flag in args and args.index(flag) + 1 < len(args):
            match = _RATE.match(args[args.index(flag) + 1])
            if match:
                unit = {"k": 1_000, "m": 1_000_000}.get(match[2].lower(), 1)
                return int(float(match[1]) * unit) + _AUDIO_BPS
    return 2_000_000 + _AUDIO_BPS
