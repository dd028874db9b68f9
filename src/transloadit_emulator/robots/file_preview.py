"""``/file/preview``: one preview image of any file, made by the first of its strategies that works.

A file's category comes from its ``type`` (``image``, ``video``, ``audio``, ``document``,
``archive``), else ``webpage`` for HTML, else ``unknown``; ``strategy`` lists per category what to
try, in order. Each strategy uses the engine (``media/``) of the robot that does that job on its own:

- ``image``: the file through ``/image/resize``'s pipeline (EXIF orientation, first frame);
- ``artwork``: the picture the file embeds (MP3 APIC, MP4 ``covr``, FLAC, Matroska), read by PyAV;
- ``frame``: the frame in the middle of the video, extracted by ffmpeg as ``/video/thumbs`` does;
- ``clip``: a few seconds of the video, decoded by ffmpeg into frames that Pillow writes as an
  animated image in ``clip_format``;
- ``waveform``: ``/audio/waveform``'s drawing, shaded from ``waveform_center_color`` to
  ``waveform_outer_color``, on ``background``;
- ``page``: the first page of a PDF, rendered by PDFium as ``/document/thumbs`` does;
- ``render``: never works here (a web page screenshot needs a browser);
- ``icon``: a document glyph drawn with Pillow, with the extension in a box below it (``with-text``).

Every still is fitted into ``width`` x ``height`` by ``/image/resize``'s ``resize_strategy`` over
``background`` (``zoom: false`` leaves smaller stills their size), written in ``format`` and
optimised like ``/image/optimize`` does (``optimize``).
A strategy that fails (no artwork, a corrupt file, ffmpeg refusing it) hands over to the next;
``meta.preview_strategy`` names the one that made the preview. When none works the Step fails
with ``FILE_PREVIEW_NO_OUTPUT``. ffmpeg runs in a subprocess; the rest is in-process.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import struct
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError, features

from ..errors import RobotError, TransloaditError
from ..media.av_probe import attached_picture
from ..media.image.colors import parse_color
from ..media.image.encode import animation_options, save_image
from ..media.image.geometry import draft_box
from ..media.image.icon import document_icon
from ..media.image.pipeline import fit_plan, resize_still
from ..media.image.plan import ImagePlan
from ..media.optimize import OPTIMIZE_ERRORS, optimize_bytes
from ..media.pdf import open_pdf, render_page
from ..media.pixels import open_image
from ..media.video_frames import extract_clip_frames, extract_frame, spread_offsets
from ..media.waveform import draw_waveform
from .base import InputFile, OutputFile, PerFileRobot, RobotContext, error_reason
from .support.names import basename, extension, stem

#: The documented strategy lists per category, used for every category a Step leaves out.
DEFAULT_STRATEGIES: dict[str, tuple[str, ...]] = {
    "image": ("image", "icon"),
    "video": ("artwork", "frame", "icon"),
    "audio": ("artwork", "waveform", "icon"),
    "document": ("page", "icon"),
    "archive": ("icon",),
    "webpage": ("render", "icon"),
    "unknown": ("icon",),
}
_TYPED_CATEGORIES = frozenset({"image", "video", "audio", "document", "archive"})
_WEBPAGE_MIMES = frozenset({"text/html", "application/xhtml+xml"})
_WEBPAGE_EXTS = frozenset({"html", "htm", "xhtml"})
# ``format`` -> (Pillow format, extension).
_FORMATS = {"png": ("PNG", "png"), "jpg": ("JPEG", "jpg"), "gif": ("GIF", "gif")}
# ``clip_format`` -> (Pillow format, extension); APNG is Pillow's animated PNG.
_CLIP_FORMATS = {"webp": ("WEBP", "webp"), "gif": ("GIF", "gif"), "apng": ("PNG", "apng")}
if features.check("avif"):  # Pillow wheels >= 11.3 bundle libavif; source builds may not
    _CLIP_FORMATS["avif"] = ("AVIF", "avif")
_JPEG_QUALITY = 90
# A clip holds every frame in memory before it is written: at most this many, and this many
# pixels in all (300 frames of 300x200 are 18 million).
_CLIP_MAX_FRAMES = 300
_CLIP_MAX_PIXELS = 200_000_000
# The icon is drawn on a square this many pixels wide at least (and at most), then fitted.
_ICON_MIN, _ICON_MAX = 128, 1024
_EXT_MAX = 10


class _Unavailable(Exception):
    """A strategy does not apply to this file (no artwork, no sound, not a PDF, ...)."""


# What a failing strategy raises; any of them hands the file to the next strategy.
_FAILURES: tuple[type[BaseException], ...] = (
    _Unavailable,
    TransloaditError,  # ffmpeg failing or timing out
    OSError,  # includes Pillow's UnidentifiedImageError
    ValueError,  # includes a PDF PDFium refuses (media.pdf.PdfError)
    EOFError,
    SyntaxError,
    struct.error,
    Image.DecompressionBombError,
)


@dataclass(frozen=True)
class _Options:
    """The Step's params with their documented defaults."""

    width: int
    height: int
    resize_strategy: str
    zoom: bool
    background: str
    format: str
    strategies: Mapping[str, tuple[str, ...]]
    waveform_width: int
    waveform_height: int
    waveform_center_color: str
    waveform_outer_color: str
    icon_style: str
    icon_text_color: str
    icon_text_font: str
    icon_text_content: str
    optimize: bool
    optimize_fast: bool
    optimize_progressive: bool
    clip_format: str
    clip_offset: float
    clip_duration: float
    clip_framerate: int
    clip_loop: bool

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> _Options:
        """Read validated ``params``; absent keys take their defaults."""
        given = params.get("strategy")
        strategies = dict(DEFAULT_STRATEGIES)
        if isinstance(given, Mapping):
            strategies.update({k: tuple(v) for k, v in given.items() if k in strategies and isinstance(v, list)})
        return cls(
            width=int(params.get("width") or 300),
            height=int(params.get("height") or 200),
            resize_strategy=str(params.get("resize_strategy") or "pad"),
            zoom=params.get("zoom", True) is not False,
            background=str(params.get("background") or "#ffffffff"),
            format=str(params.get("format") or "png"),
            strategies=strategies,
            waveform_width=int(params.get("waveform_width") or 300),
            waveform_height=int(params.get("waveform_height") or 100),
            waveform_center_color=str(params.get("waveform_center_color") or "#000000ff"),
            waveform_outer_color=str(params.get("waveform_outer_color") or "#000000ff"),
            icon_style=str(params.get("icon_style") or "with-text"),
            icon_text_color=str(params.get("icon_text_color") or "#a2a2a2"),
            icon_text_font=str(params.get("icon_text_font") or "Roboto"),
            icon_text_content=str(params.get("icon_text_content") or "extension"),
            optimize=params.get("optimize", True) is not False,
            optimize_fast=params.get("optimize_priority") == "conversion-speed",
            optimize_progressive=params.get("optimize_progressive") is True,
            clip_format=str(params.get("clip_format") or "webp"),
            clip_offset=float(params.get("clip_offset", 1)),
            clip_duration=float(params.get("clip_duration") or 5),
            clip_framerate=int(params.get("clip_framerate") or 5),
            clip_loop=params.get("clip_loop", True) is not False,
        )


class FilePreview(PerFileRobot):
    """Makes one preview image of each file, whatever its type."""

    name = "/file/preview"
    # Most previews are a picture, a frame or a page scaled to thumbnail size; even a clip is a
    # few seconds of small frames, far from an encode (/video/encode weighs 6).
    job_slots = 1

    def decode_request(self, params: Mapping[str, Any]) -> tuple[int, int] | None:
        """The box a JPEG upload may be decoded at when the ``image`` strategy will resize it."""
        try:
            opts = _Options.from_params(params)
        except (TypeError, ValueError):  # params that still hold Assembly Variables
            return None
        if "image" not in opts.strategies["image"]:
            return None
        return draft_box(_fit(opts))

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The preview of one file, from the first of its category's strategies that works."""
        opts = _Options.from_params(params)
        name = basename(str(file.record.get("name") or file.path.name))
        category = category_of(file.record)
        tried: list[str] = []
        for strategy in opts.strategies[category]:
            try:
                path, out_name = _make(strategy, ctx, opts, file, name)
            except _FAILURES as exc:
                # Engines name the files they read (Pillow, ffmpeg): show the client's name instead.
                reason = _reason(exc).replace(str(file.path), name).replace(f"{ctx.scratch_dir}/", "")
                ctx.logger.debug("/file/preview: %s of %r failed: %s", strategy, name, reason)
                tried.append(f"{strategy}: {reason}")
                continue
            return [OutputFile(path, out_name, file, meta={"preview_strategy": strategy})]
        raise RobotError(
            "FILE_PREVIEW_NO_OUTPUT",
            f"No preview of {name!r} ({category}) could be made; tried " + "; ".join(tried or ["nothing"]),
        )


def category_of(record: Mapping[str, Any]) -> str:
    """The ``strategy`` category of a file from its status record."""
    kind = record.get("type")
    if isinstance(kind, str) and kind in _TYPED_CATEGORIES:
        return kind
    if record.get("mime") in _WEBPAGE_MIMES or extension(record).lower() in _WEBPAGE_EXTS:
        return "webpage"
    return "unknown"


def _make(strategy: str, ctx: RobotContext, opts: _Options, file: InputFile, name: str) -> tuple[Path, str]:
    """Run one strategy: the written preview's path and its name."""
    if strategy == "clip":
        return _clip(ctx, opts, file, name)
    pillow_format, ext = _FORMATS[opts.format]
    source = _SOURCES[strategy](ctx, opts, file)
    with source as img:
        # Only the upload itself may have been decoded ahead (see decode_request).
        predecoded = file.pixels.take if strategy == "image" and file.pixels is not None else None
        still = resize_still(img, _fit(opts), pillow_format, predecoded)
    out_name = f"{stem(name)}.{ext}"
    options: dict[str, Any] = {"quality": _JPEG_QUALITY} if pillow_format == "JPEG" else {}
    out = save_image(still, ctx.scratch_dir, out_name, pillow_format, options)
    if opts.optimize:
        _optimize(out, opts)
    return out, out_name


def _image(ctx: RobotContext, opts: _Options, file: InputFile) -> Image.Image:
    """The file itself, opened (decoded lazily, so that a JPEG can be decoded at reduced scale)."""
    return open_image(file.path)


def _artwork(ctx: RobotContext, opts: _Options, file: InputFile) -> Image.Image:
    """The picture an audio or video file embeds."""
    data = attached_picture(file.path)
    if data is None:
        raise _Unavailable("the file embeds no picture")
    return Image.open(io.BytesIO(data))


def _frame(ctx: RobotContext, opts: _Options, file: InputFile) -> Image.Image:
    """The frame in the middle of the video (the first when the duration is unknown)."""
    duration = (file.record.get("meta") or {}).get("duration")
    offset = 0.0
    if isinstance(duration, int | float) and duration > 0:
        offset = spread_offsets(float(duration), 1)[0]
    with _scratch(ctx) as tmp:
        out = tmp / "frame.png"
        # 0:V: the first video stream that is a moving picture, never an embedded cover.
        if not extract_frame(file.path, offset, out, options=["-map", "0:V:0"]):
            raise _Unavailable(f"ffmpeg found no frame at {offset:.3f} s")
        return _loaded(out)


def _waveform(ctx: RobotContext, opts: _Options, file: InputFile) -> Image.Image:
    """The sound's waveform, shaded, on the background colour."""
    if not (file.record.get("meta") or {}).get("audio_codec"):
        raise _Unavailable("the file has no sound")
    with _scratch(ctx) as tmp:
        out = tmp / "waveform.png"
        draw_waveform(
            file.path,
            out,
            opts.waveform_width,
            opts.waveform_height,
            opts.waveform_outer_color,
            opts.waveform_center_color,
        )
        return _on_background(_loaded(out), opts.background)


def _page(ctx: RobotContext, opts: _Options, file: InputFile) -> Image.Image:
    """The first page of a PDF, rendered just large enough to cover the preview."""
    if file.record.get("mime") != "application/pdf":
        raise _Unavailable("only PDF documents can be rendered")
    document = open_pdf(file.path)
    try:
        if len(document) < 1:
            raise _Unavailable("the PDF has no pages")
        return render_page(document, 1, cover=(opts.width, opts.height))
    finally:
        document.close()


def _render(ctx: RobotContext, opts: _Options, file: InputFile) -> Image.Image:
    """A web page screenshot: out of the emulator's reach."""
    raise _Unavailable("the emulator has no browser to render web pages")


def _icon(ctx: RobotContext, opts: _Options, file: InputFile) -> Image.Image:
    """A document glyph, with the file's extension in a box below it for ``with-text``."""
    side = max(_ICON_MIN, min(_ICON_MAX, opts.width, opts.height))
    label = None
    if opts.icon_style == "with-text":
        label = extension(file.record).upper()[:_EXT_MAX] if opts.icon_text_content == "extension" else ""
    colour = parse_color(opts.icon_text_color)
    return document_icon(side, parse_color(opts.background), label, opts.icon_text_font, colour)


_SOURCES: dict[str, Callable[[RobotContext, _Options, InputFile], Image.Image]] = {
    "image": _image,
    "artwork": _artwork,
    "frame": _frame,
    "waveform": _waveform,
    "page": _page,
    "render": _render,
    "icon": _icon,
}


def _clip(ctx: RobotContext, opts: _Options, file: InputFile, name: str) -> tuple[Path, str]:
    """A short animated image of the video, from ``clip_offset`` for ``clip_duration`` seconds."""
    pillow_format, ext = _CLIP_FORMATS.get(opts.clip_format) or ("", "")
    if not pillow_format:
        raise _Unavailable(f"this Pillow cannot write {opts.clip_format} images")
    duration = (file.record.get("meta") or {}).get("duration")
    if not isinstance(duration, int | float) or duration <= 0:
        raise _Unavailable("the video's duration is unknown")
    if opts.clip_offset >= duration:
        raise _Unavailable(f"clip_offset {opts.clip_offset:g} s lies past the end ({duration:g} s)")
    length = min(opts.clip_duration, float(duration) - opts.clip_offset)
    most = min(_CLIP_MAX_FRAMES, _CLIP_MAX_PIXELS // (opts.width * opts.height))
    if most < 1:
        raise _Unavailable(f"a {opts.width}x{opts.height} clip is too large")
    plan = _fit(opts)
    with _scratch(ctx) as tmp:
        frames = []
        for png in extract_clip_frames(file.path, opts.clip_offset, length, opts.clip_framerate, most, tmp):
            with Image.open(png) as frame:
                frames.append(resize_still(frame, plan, pillow_format))
    if not frames:
        raise _Unavailable("ffmpeg found no frames to clip")
    # GIF's loop is the number of repeats (none: play once), WebP's and APNG's the plays; Pillow's
    # AVIF writer has no loop count: it always repeats.
    loop = 0 if opts.clip_loop else None if pillow_format == "GIF" else 1
    duration_ms = round(1000 / opts.clip_framerate)
    options = animation_options(pillow_format, frames, duration_ms, None if pillow_format == "AVIF" else loop)
    out_name = f"{stem(name)}.{ext}"
    return save_image(frames[0], ctx.scratch_dir, out_name, pillow_format, options), out_name


def _optimize(path: Path, opts: _Options) -> None:
    """Rewrite ``path`` smaller as ``/image/optimize`` would (PNG and JPEG; GIF stays)."""
    data = path.read_bytes()
    try:
        smaller = optimize_bytes(data, keep_meta=False, progressive=opts.optimize_progressive, fast=opts.optimize_fast)
    except OPTIMIZE_ERRORS:
        return  # the preview as written is still a good one
    if len(smaller) < len(data):
        path.write_bytes(smaller)


def _fit(opts: _Options) -> ImagePlan:
    """How every still is fitted into the preview's size."""
    return fit_plan(opts.width, opts.height, opts.resize_strategy, opts.background, zoom=opts.zoom)


def _on_background(layer: Image.Image, background: str) -> Image.Image:
    """``layer`` laid over a canvas of the ``background`` colour."""
    canvas = Image.new("RGBA", layer.size, parse_color(background))
    canvas.alpha_composite(layer.convert("RGBA"))
    return canvas


@contextlib.contextmanager
def _scratch(ctx: RobotContext) -> Iterator[Path]:
    """A private temporary directory in the Step's scratch dir, removed afterwards."""
    ctx.scratch_dir.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix="preview-", dir=ctx.scratch_dir))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _loaded(path: Path) -> Image.Image:
    """The image at ``path``, decoded now (so the file may go)."""
    with Image.open(path) as img:
        return img.copy()  # copy() loads the pixels


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnidentifiedImageError):
        return "not an image that can be read"
    if isinstance(exc, TransloaditError):
        return exc.message
    return error_reason(exc)
