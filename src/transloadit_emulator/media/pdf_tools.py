"""PDF structure work with qpdf through pikepdf: merging, selecting pages, rotating pages,
optimising (stream compression, object streams, image downsampling, linearization) and
embedded images. Engines raise :class:`PdfToolError`; robots turn it into their codes."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PIL import Image


class PdfToolError(ValueError):
    """The input is no PDF qpdf can read, needs a password it was not given, or cannot be written."""


class PdfPasswordError(PdfToolError):
    """The PDF is encrypted and the password given (if any) does not open it."""


def open_document(path: Path, password: str = "") -> pikepdf.Pdf:
    """``path`` opened with qpdf; close it when done."""
    try:
        return pikepdf.open(path, password=password)
    except pikepdf.PasswordError:
        raise PdfPasswordError(f"{path.name} is encrypted and the password does not open it") from None
    except (pikepdf.PdfError, OSError, ValueError) as exc:
        raise PdfToolError(str(exc)) from None


def page_count(path: Path, password: str = "") -> int:
    """How many pages the PDF at ``path`` has."""
    with open_document(path, password) as pdf:
        return len(pdf.pages)


def merge(sources: Sequence[tuple[Path, str]], out: Path, *, output_password: str | None = None) -> int:
    """Every page of each ``(path, password)`` in order, into one PDF at ``out``; encrypted with
    ``output_password`` (AES-256, as user and owner password) when given. Returns the page count."""
    merged = pikepdf.Pdf.new()
    opened = []
    try:
        for path, password in sources:
            pdf = open_document(path, password)
            opened.append(pdf)
            merged.pages.extend(pdf.pages)
        _save(merged, out, output_password=output_password)
        return len(merged.pages)
    finally:
        for pdf in opened:
            pdf.close()
        merged.close()


def select_pages(path: Path, numbers: Sequence[int], out: Path) -> None:
    """The pages ``numbers`` (1-based, in that order) of ``path`` as a new PDF at ``out``."""
    with open_document(path) as pdf, pikepdf.Pdf.new() as picked:
        for number in numbers:
            picked.pages.append(pdf.pages[number - 1])
        _save(picked, out)


def rotate_pages(path: Path, angles: Sequence[int], out: Path) -> None:
    """``path`` with page *i* turned clockwise by ``angles[i]`` degrees (a multiple of 90), at ``out``."""
    with open_document(path) as pdf:
        for page, angle in zip(pdf.pages, angles, strict=False):
            if angle % 360:
                page.rotate(angle, relative=True)
        _save(pdf, out)


@dataclass(frozen=True)
class OptimizeOptions:
    """What :func:`optimize` does: ``image_dpi`` None keeps images as they are."""

    image_dpi: int | None
    jpeg_quality: int
    remove_metadata: bool
    linearize: bool
    version: str
    compress_fonts: bool


def optimize(path: Path, out: Path, options: OptimizeOptions) -> None:
    """A smaller copy of ``path`` at ``out``: images above ``image_dpi`` (measured against the
    page width they are drawn on, at most) downsampled and stored as JPEG, streams recompressed,
    object streams generated (PDF 1.5 and later), metadata removed on request, linearized."""
    with open_document(path) as pdf:
        if options.image_dpi is not None:
            for page in pdf.pages:
                _downsample_images(pdf, page, options)
        if options.remove_metadata:
            for key in list(pdf.docinfo.keys()):
                del pdf.docinfo[key]
            if "/Metadata" in pdf.Root:
                del pdf.Root.Metadata
        modern = options.version >= "1.5"
        pdf.save(
            out,
            linearize=options.linearize,
            compress_streams=True,
            recompress_flate=options.compress_fonts,
            object_stream_mode=pikepdf.ObjectStreamMode.generate if modern else pikepdf.ObjectStreamMode.disable,
            force_version=options.version,
        )


def _downsample_images(pdf: pikepdf.Pdf, page: pikepdf.Page, options: OptimizeOptions) -> None:
    """Shrink the page's 8-bit RGB or grey images drawn wider than ``image_dpi`` allows."""
    dpi = options.image_dpi or 0
    page_inches = max(float(page.mediabox[2]) - float(page.mediabox[0]), 1.0) / 72
    for _name, raw in page.get_images().items():
        if "/SMask" in raw or "/Mask" in raw or raw.get("/BitsPerComponent") != 8:
            continue
        width, height = int(raw.Width), int(raw.Height)
        limit = int(dpi * page_inches)
        if width <= limit:
            continue
        try:
            image = pikepdf.PdfImage(raw).as_pil_image()  # type: ignore[arg-type]
        except (pikepdf.PdfError, NotImplementedError, ValueError, OSError):
            continue  # an encoding Pillow cannot decode stays as it is
        if image.mode not in ("RGB", "L"):
            continue
        size = (limit, max(1, round(height * limit / width)))
        buffer = io.BytesIO()
        image.resize(size, Image.Resampling.LANCZOS).save(buffer, "JPEG", quality=options.jpeg_quality)
        raw.write(buffer.getvalue(), filter=pikepdf.Name.DCTDecode)
        raw.Width, raw.Height = size
        raw.ColorSpace = pikepdf.Name.DeviceRGB if image.mode == "RGB" else pikepdf.Name.DeviceGray
        for key in ("/DecodeParms", "/Decode"):
            if key in raw:
                del raw[key]


@dataclass(frozen=True)
class EmbeddedImage:
    """An image XObject drawn on a page: its page, its PDF object, and whether it is a soft mask."""

    page: int
    image: pikepdf.PdfImage
    is_mask: bool


def embedded_images(
    path: Path, pages: Sequence[int], *, password: str = "", masks: bool = False
) -> Iterator[EmbeddedImage]:
    """The raster images drawn on ``pages`` (1-based), with their soft masks when ``masks``.
    Yields while the document is open; the caller writes each one out before the next."""
    with open_document(path, password) as pdf:
        for number in pages:
            for _name, raw in pdf.pages[number - 1].get_images().items():
                yield EmbeddedImage(number, pikepdf.PdfImage(raw), False)  # type: ignore[arg-type]
                if masks and "/SMask" in raw:
                    yield EmbeddedImage(number, pikepdf.PdfImage(raw.SMask), True)  # type: ignore[arg-type]


def write_image(image: pikepdf.PdfImage, stem: Path, fmt: str) -> Path:
    """Write an embedded image next to ``stem``: in its own encoding (``original``/``auto``: JPEG
    stays JPEG, the rest PNG or TIFF as qpdf extracts them), else as ``png`` or ``jpg`` via Pillow."""
    if fmt in ("auto", "original"):
        try:
            return Path(image.extract_to(fileprefix=str(stem)))
        except (pikepdf.PdfError, NotImplementedError, ValueError) as exc:
            raise PdfToolError(f"an embedded image cannot be extracted: {exc}") from None
    try:
        picture = image.as_pil_image()
    except (pikepdf.PdfError, NotImplementedError, ValueError, OSError) as exc:
        raise PdfToolError(f"an embedded image cannot be decoded: {exc}") from None
    if fmt == "jpg":
        out = stem.with_suffix(".jpg")
        picture.convert("RGB").save(out, "JPEG", quality=90)
    else:
        out = stem.with_suffix(".png")
        picture.save(out, "PNG")
    return out


def _save(pdf: pikepdf.Pdf, out: Path, *, output_password: str | None = None) -> None:
    encryption: pikepdf.Encryption | bool = False
    if output_password:
        encryption = pikepdf.Encryption(owner=output_password, user=output_password, R=6)
    try:
        pdf.save(out, encryption=encryption, compress_streams=True)
    except (pikepdf.PdfError, OSError) as exc:
        raise PdfToolError(f"the PDF cannot be written: {exc}") from None


def images_to_pdf(images: Sequence[Path], out: Path, *, resolution: float = 72.0) -> None:
    """Each image (every frame of a multi-frame one) as a page of one PDF at ``out``; a pixel
    is 1/``resolution`` inch."""
    pages: list[Image.Image] = []
    for path in images:
        with Image.open(path) as image:
            for index in range(getattr(image, "n_frames", 1)):
                image.seek(index)
                frame = image.convert("RGBA") if image.mode in ("P", "LA", "PA") else image.copy()
                if frame.mode in ("RGBA", "LA"):
                    flat = Image.new("RGB", frame.size, "white")
                    flat.paste(frame, mask=frame.getchannel("A"))
                    frame = flat
                elif frame.mode not in ("RGB", "L", "CMYK"):
                    frame = frame.convert("RGB")
                pages.append(frame)
    if not pages:
        raise PdfToolError("no image to put on a page")
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=resolution)
