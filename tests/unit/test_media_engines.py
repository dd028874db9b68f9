"""The engines besides the image pipeline, on their own: waveform drawing and peaks, PDF pages,
video frame offsets and extraction, optimisation, and the video presets. Real libraries and a
real ffmpeg; no robot in between."""

from __future__ import annotations

import array
import io
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from PIL import Image

from transloadit_emulator.media.ffmpeg import run_ffmpeg
from transloadit_emulator.media.optimize import REPAIR_ERRORS, image_kind, optimize_bytes, repair
from transloadit_emulator.media.pdf import PdfError, cover_scale, finish_page, open_pdf, render_page
from transloadit_emulator.media.video_frames import extract_clip_frames, extract_frame, last_offset, spread_offsets
from transloadit_emulator.media.video_presets import encoded_files, output_ext, output_filters, preset_named
from transloadit_emulator.media.waveform import draw_waveform, hex_rgba, peaks, shading, slice_peaks


def test_hex_colours() -> None:
    assert hex_rgba("#102030") == (16, 32, 48, 255) and hex_rgba("10203080") == (16, 32, 48, 128)
    with pytest.raises(ValueError, match="#rrggbb"):
        hex_rgba("#123")


def test_peaks_of_slices() -> None:
    samples = array.array("h", [0, 32767, -32768, 0, 16384, -16384])
    assert slice_peaks(samples, 3) == [0.0, 1.0, -1.0, 0.0, -0.5, 0.5]
    assert slice_peaks(array.array("h", [100]), 2) == [0.0031, 0.0031, 0.0031, 0.0031]  # each slice >= 1 sample
    assert slice_peaks(array.array("h"), 2) == [0.0, 0.0, 0.0, 0.0]


def test_shading_goes_from_the_centre_colour_to_the_outer_one() -> None:
    img = shading(4, 5, (255, 0, 0, 255), (0, 0, 255, 255))
    assert img.getpixel((0, 2)) == (255, 0, 0, 255) and img.getpixel((3, 0)) == (0, 0, 255, 255)
    assert img.getpixel((0, 4)) == (0, 0, 255, 255) and img.getpixel((0, 1)) == (128, 0, 128, 255)


@pytest.fixture(scope="module")
def tone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tone") / "tone.wav"
    run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=440:duration=1", str(out)])
    return out


def test_waveform_picture_and_peaks_of_a_tone(tone: Path, tmp_path: Path) -> None:
    out = tmp_path / "wave.png"
    draw_waveform(tone, out, 120, 40, "#ff0000ff", center_color="#00ff00ff")
    with Image.open(out) as img:
        assert img.size == (120, 40) and img.mode == "RGBA"
        middle = img.getpixel((60, 20))
        assert middle[1] > 200 and middle[3] > 200  # shaded green at the middle line
    data = peaks(tone, 10)
    # lavfi's sine has an amplitude of 1/8
    assert (
        len(data) == 20 and min(data) == pytest.approx(-0.125, abs=0.01) and max(data) == pytest.approx(0.125, abs=0.01)
    )


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("clip") / "clip.mp4"
    run_ffmpeg(["-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=2", "-pix_fmt", "yuv420p", str(out)])
    return out


def test_frame_offsets() -> None:
    assert spread_offsets(10.0, 1) == [5.0]
    assert spread_offsets(9.0, 2) == [3.0, 6.0]
    assert last_offset(0.01) == 0.0 and spread_offsets(0.04, 1) == [0.0]


def test_frames_and_clip_frames(clip: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.png"
    assert extract_frame(clip, 1.0, out, ["scale=32:24"])
    with Image.open(out) as img:
        assert img.size == (32, 24)
    assert not extract_frame(clip, 30.0, tmp_path / "none.png")  # past the end: no frame
    frames = extract_clip_frames(clip, 0.5, 1.0, 5, 3, tmp_path)
    assert [f.name for f in frames] == ["00001.png", "00002.png", "00003.png"]


def _pdf(path: Path, pages: int) -> Path:
    first, *rest = [Image.new("RGB", (200, 100), (255, 255, 255)) for _ in range(pages)]
    first.paste((0, 0, 0), (50, 25, 150, 75))
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=72)
    return path


def test_pdf_pages(tmp_path: Path) -> None:
    doc = open_pdf(_pdf(tmp_path / "a.pdf", 2))
    try:
        assert len(doc) == 2
        assert render_page(doc, 1).size == (200, 100)
        assert render_page(doc, 1, scale=2).size == (400, 200)
        assert render_page(doc, 1, cover=(300, 300)).size == (600, 300)
    finally:
        doc.close()
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4 nothing")
    with pytest.raises(PdfError):
        open_pdf(tmp_path / "b.pdf")
    assert issubclass(PdfError, ValueError) and not issubclass(pdfium.PdfiumError, PdfError)


def test_cover_scale_is_bounded() -> None:
    assert cover_scale((300, 300), (200.0, 100.0)) == 3.0
    assert cover_scale((300, 300), (1.0, 1.0)) == 8.0


def test_finish_page_trims_and_fits() -> None:
    page = Image.new("RGB", (200, 100), (255, 255, 255))
    page.paste((0, 0, 0), (50, 25, 150, 75))
    trimmed = finish_page(page, trim=True, background="#FFFFFF", size=(None, None), strategy="pad", pillow_format="PNG")
    assert trimmed.size == (100, 50)
    padded = finish_page(page, trim=False, background="#FF0000", size=(100, 100), strategy="pad", pillow_format="PNG")
    assert padded.size == (100, 100) and padded.getpixel((50, 2)) == (255, 0, 0)
    wide = finish_page(page, trim=False, background="#FFFFFF", size=(50, None), strategy="fit", pillow_format="JPEG")
    assert wide.size == (50, 25) and wide.mode == "RGB"


def _png(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (30, 60, 90)).save(buf, "PNG", compress_level=0)
    return buf.getvalue()


def test_optimize_never_grows_and_leaves_other_formats() -> None:
    data = _png((64, 64))
    smaller = optimize_bytes(data)
    assert image_kind(smaller) == "png" and len(smaller) < len(data)
    with Image.open(io.BytesIO(smaller)) as img:
        assert img.convert("RGB").getpixel((5, 5)) == (30, 60, 90)  # oxipng may make it a palette image
    assert optimize_bytes(b"GIF89a...") == b"GIF89a..."
    assert image_kind(b"\xff\xd8\xff\xe0") == "jpeg" and image_kind(b"BM") is None


def test_repair_writes_what_a_truncated_jpeg_decodes() -> None:
    buf = io.BytesIO()
    Image.linear_gradient("L").convert("RGB").resize((512, 512)).save(buf, "JPEG")  # headers are a small part
    fixed = repair(buf.getvalue()[: len(buf.getvalue()) * 3 // 4])
    assert image_kind(fixed) == "jpeg"
    with pytest.raises(REPAIR_ERRORS):
        repair(b"not an image at all")


def test_video_presets(tmp_path: Path) -> None:
    assert preset_named(None) is preset_named("empty") and preset_named("nope") is None
    hls = preset_named("hls/720p")
    assert hls is not None and hls.hls and preset_named("hls-720p") is hls
    assert output_ext({"ffmpeg": {"f": "matroska"}}, hls) == "mkv" and output_ext({}, hls) == "m3u8"
    assert (
        output_filters({}, hls)
        == "scale='min(1280,iw)':'min(720,ih)':force_original_aspect_ratio=decrease:force_divisible_by=2"
    )
    gif = preset_named("gif")
    assert gif is not None and (output_filters({}, gif) or "").startswith("fps=10,scale='min(480,iw)':-2,")
    out = tmp_path / "v.m3u8"
    for name in ("v-00001.ts", "v-00000.ts", "other-00000.ts"):
        (tmp_path / name).write_bytes(b"")
    # Segments are listed in the playlist's order; files it does not name are not results.
    out.write_text("#EXTM3U\n#EXTINF:10.0,\nv-00000.ts\n#EXTINF:4.0,\nv-00001.ts\n#EXT-X-ENDLIST\n")
    files = encoded_files(out, hls)
    assert [(p.name, m) for p, m in files] == [
        ("v.m3u8", {}),
        ("v-00000.ts", {"segment_index": 0}),
        ("v-00001.ts", {"segment_index": 1}),
    ]
