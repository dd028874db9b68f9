"""The params every Step has, on every Step: ``user_meta`` (with ``${result.*}``, inherited onward)
and ``output_meta`` (``false``, a list, an object), through transloadit_kit and the generated models."""

from __future__ import annotations

import base64
import hashlib
import io
import subprocess
from pathlib import Path
from typing import Any

import oxipng
import pytest
from PIL import Image
from transloadit_client.api.assemblies import create_assembly
from transloadit_client.models import (
    AssemblyFile,
    AssemblyStatus,
    CreateAssemblyMultipartForm,
    FileHashStep,
    FileMeta,
    ImageResizeStep,
    OutputMetaFlags,
    OutputMetaName,
    StepUserMeta,
)
from transloadit_client.types import Unset

from tests.conftest import jpeg_bytes
from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_emulator.media.placeholders import base83_decode
from transloadit_kit import Transloadit, TransloaditApiError

RED, BLUE = (200, 30, 30), (20, 40, 200)


def two_colours(size: tuple[int, int] = (64, 32)) -> Image.Image:
    """Three quarters red on the left, a quarter blue on the right."""
    img = Image.new("RGB", size, RED)
    img.paste(BLUE, (size[0] * 3 // 4, 0, size[0], size[1]))
    return img


def encoded(img: Image.Image, fmt: str, **options: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **options)
    return buf.getvalue()


def by_name(files: list[AssemblyFile] | Unset | None) -> dict[str, AssemblyFile]:
    assert isinstance(files, list)
    return {str(f.original_name): f for f in files}


def meta_of(f: AssemblyFile) -> dict[str, Any]:
    assert isinstance(f.meta, FileMeta)
    return f.meta.to_dict()


def user_meta_of(f: AssemblyFile) -> dict[str, Any]:
    assert not isinstance(f.user_meta, Unset)
    return f.user_meta.to_dict()


def hex_rgb(text: str) -> tuple[int, int, int]:
    return int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16)


def close(a: tuple[float, ...], b: tuple[float, ...], tolerance: float) -> bool:
    return max(abs(x - y) for x, y in zip(a, b, strict=True)) <= tolerance


# -- user_meta --------------------------------------------------------------------------------


def test_user_meta_fills_variables_per_result_and_is_inherited(kit: Transloadit) -> None:
    thumb = ImageResizeStep(
        robot="/image/resize",
        use=":original",
        width=40,
        result=True,
        user_meta=StepUserMeta.from_dict(
            {
                "label": "${fields.project}/${file.name}",  # the input file, inside text
                "width": "${result.meta.width}",  # the result's own record: stays a number
                "source_width": "${file.meta.width}",
                "result_name": "${result.name}",
                "assembly": "${assembly.id}",
                "tags": ["fixed", "${file.ext}"],
                "count": 7,
                "flag": True,
                "owner": "bob",  # over the upload's own
                "half": 20,
            }
        ),
    )
    steps = {
        ":original": {"robot": "/upload/handle"},
        "thumb": thumb.to_dict(),
        # A later Step sees the merged user_meta as ${file.user_meta.*}, in its params and its own user_meta.
        "tiny": {
            "use": "thumb",
            "robot": "/image/resize",
            "width": "${file.user_meta.half}",
            "result": True,
            "user_meta": {"from_thumb": "${file.user_meta.label}", "width": "${result.meta.width}"},
        },
        "bobs": {"use": "thumb", "robot": "/file/filter", "accepts": [["${file.user_meta.owner}", "==", "bob"]]},
        "hashed": FileHashStep(
            robot="/file/hash",
            use="bobs",
            result=True,
            user_meta=StepUserMeta.from_dict({"sum": "${result.meta.hash}"}),
        ).to_dict(),
    }
    params, signature = kit.signed(steps=steps, fields={"project": "p1"})
    form = CreateAssemblyMultipartForm(params=params, signature=signature, tus_num_expected_upload_files=1)
    status = create_assembly.sync(client=kit.client, body=form)
    assert isinstance(status, AssemblyStatus) and status.ok == "ASSEMBLY_UPLOADING", status
    photo = jpeg_bytes((120, 80))
    kit.upload_file(status, ("photo.jpg", io.BytesIO(photo)), user_meta={"owner": "ann", "batch": "b7"})
    done = kit.wait_for_assembly(str(status.assembly_id), timeout=30, poll_interval=0.05)
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    assert isinstance(done.uploads, list)
    assert user_meta_of(done.uploads[0]) == {"owner": "ann", "batch": "b7"}  # the upload keeps its own

    results = done.results.additional_properties  # type: ignore[union-attr]
    [thumb_file] = results["thumb"]
    assert user_meta_of(thumb_file) == {
        "owner": "bob",
        "batch": "b7",  # inherited from the upload
        "label": "p1/photo.jpg",
        "width": 40,
        "source_width": 120,
        "result_name": "photo.jpg",
        "assembly": done.assembly_id,
        "tags": ["fixed", "jpg"],
        "count": 7,
        "flag": True,
        "half": 20,
    }
    [tiny] = results["tiny"]
    assert meta_of(tiny)["width"] == 20  # ${file.user_meta.half} drove the resize
    assert user_meta_of(tiny) == {**user_meta_of(thumb_file), "from_thumb": "p1/photo.jpg", "width": 20}
    [hashed] = results["hashed"]  # passed through /file/filter (owner is bob) and /file/hash
    assert user_meta_of(hashed) == {**user_meta_of(thumb_file), "sum": meta_of(hashed)["hash"]}


# -- output_meta: false -------------------------------------------------------------------------


def test_output_meta_false_keeps_only_what_the_robot_reports(kit: Transloadit) -> None:
    photo = jpeg_bytes((120, 80))
    steps = {
        ":original": {"robot": "/upload/handle", "result": True, "output_meta": False},
        "plain": {"use": ":original", "robot": "/image/resize", "width": 30, "result": True, "output_meta": False},
        "hashed": {"use": ":original", "robot": "/file/hash", "result": True, "output_meta": False},
        "preview": {
            "use": ":original",
            "robot": "/file/preview",
            "width": 40,
            "height": 40,
            "result": True,
            "output_meta": False,
        },
        "usual": {"use": ":original", "robot": "/image/resize", "width": 30, "result": True, "output_meta": True},
    }
    done = kit.create_assembly(steps=steps, files=[("photo.jpg", photo)], wait=True, timeout=30)
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    results = done.results.additional_properties  # type: ignore[union-attr]
    # The uploads' metadata is extracted at upload and stays, whatever /upload/handle's output_meta says.
    assert isinstance(done.uploads, list) and meta_of(done.uploads[0])["width"] == 120
    assert meta_of(results[":original"][0])["width"] == 120

    [plain] = results["plain"]
    assert (plain.mime, plain.type_, meta_of(plain)) == ("image/jpeg", "image", {})
    [hashed] = results["hashed"]
    assert (hashed.mime, hashed.type_) == ("image/jpeg", "image")
    assert meta_of(hashed) == {"hash": hashlib.sha256(photo).hexdigest()}
    [preview] = results["preview"]
    assert preview.type_ == "image" and meta_of(preview) == {"preview_strategy": "image"}

    [usual] = results["usual"]
    meta = meta_of(usual)
    assert meta["width"] == 30 and meta["average_color"].startswith("#")
    assert not set(meta) & {"dominant_colors", "blurhash", "thumbhash", "interlaced", "mean_volume"}


# -- output_meta extras on images -------------------------------------------------------------------


def linear_mean(colours: list[tuple[tuple[int, int, int], float]]) -> tuple[float, ...]:
    """The mean of sRGB colours in linear light, back in sRGB bytes (what BlurHash's DC holds)."""

    def to_linear(c: int) -> float:
        v = c / 255
        return float(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)

    def to_srgb(v: float) -> float:
        return 255 * (v * 12.92 if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055)

    return tuple(to_srgb(sum(to_linear(c[i]) * w for c, w in colours)) for i in range(3))


def test_image_extras_in_list_and_object_form(kit: Transloadit) -> None:
    listed = [OutputMetaName.DOMINANT_COLORS, OutputMetaName.BLURHASH, OutputMetaName.THUMBHASH]
    steps = {
        ":original": {"robot": "/upload/handle"},
        "listed": ImageResizeStep(
            robot="/image/resize", use=":original", width=64, result=True, output_meta=listed
        ).to_dict(),
        "flags": ImageResizeStep(
            robot="/image/resize",
            use=":original",
            width=32,
            result=True,
            output_meta=OutputMetaFlags(blurhash=True, dominant_colors=False, has_transparency=True),
        ).to_dict(),
    }
    done = kit.create_assembly(steps=steps, files=[("two.png", encoded(two_colours(), "PNG"))], wait=True, timeout=30)
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    results = done.results.additional_properties  # type: ignore[union-attr]

    [listed_file] = results["listed"]
    meta = listed_file.meta
    assert isinstance(meta, FileMeta)
    assert meta.dominant_colors == ["#c81e1e", "#1428c8"]  # a lossless 64x32 copy: exactly these, red first
    assert isinstance(meta.blurhash, str) and len(meta.blurhash) == 28 and meta.blurhash[0] == "L"
    dc = base83_decode(meta.blurhash[2:6])
    assert close((dc >> 16, (dc >> 8) & 255, dc & 255), linear_mean([(RED, 0.75), (BLUE, 0.25)]), 2)
    assert isinstance(meta.thumbhash, str)
    raw = base64.b64decode(meta.thumbhash, validate=True)
    assert raw[2] >> 7 == 0 and raw[4] >> 7 == 1  # no alpha, landscape
    header = raw[0] | raw[1] << 8 | raw[2] << 16
    lum, p, q = (header & 63) / 63, ((header >> 6) & 63) / 31.5 - 1, ((header >> 12) & 63) / 31.5 - 1
    b = lum - 2 / 3 * p
    r = (3 * lum - b + q) / 2
    average = tuple(255 * v for v in (r, r - q, b))  # ThumbHash averages in sRGB
    assert close(average, tuple(0.75 * a + 0.25 * c for a, c in zip(RED, BLUE, strict=True)), 8)
    assert isinstance(meta.interlaced, Unset)  # not asked for

    [flagged] = results["flags"]
    flag_meta = meta_of(flagged)
    assert len(flag_meta["blurhash"]) == 28 and flag_meta["has_transparency"] is False
    assert "dominant_colors" not in flag_meta and "thumbhash" not in flag_meta


def test_interlaced_images(kit: Transloadit) -> None:
    img = two_colours()
    files = [
        ("progressive.jpg", encoded(img, "JPEG", progressive=True)),
        ("baseline.jpg", encoded(img, "JPEG")),
        ("adam7.png", oxipng.optimize_from_memory(encoded(img, "PNG"), interlace=oxipng.Interlacing.Adam7)),
        ("plain.png", encoded(img, "PNG")),
        ("interlaced.gif", encoded(img, "GIF")),  # Pillow interlaces GIFs by default
        ("plain.gif", encoded(img, "GIF", interlace=False)),
    ]
    steps = {
        # /file/hash passes the uploads through unchanged, so their own interlacing is what is seen.
        "hashed": {"use": ":original", "robot": "/file/hash", "result": True, "output_meta": ["interlaced"]},
        # /image/resize writes baseline JPEGs unless asked for progressive ones.
        "resized": {
            "use": ":original",
            "robot": "/image/resize",
            "width": 32,
            "result": True,
            "output_meta": ["interlaced"],
        },
        "progressive": {
            "use": ":original",
            "robot": "/image/resize",
            "width": 32,
            "format": "jpg",
            "progressive": True,
            "result": True,
            "output_meta": {"interlaced": True},
        },
    }
    done = kit.create_assembly(steps=steps, files=files, wait=True, timeout=30)
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    results = done.results.additional_properties  # type: ignore[union-attr]
    hashed = {name: meta_of(f)["interlaced"] for name, f in by_name(results["hashed"]).items()}
    assert hashed == {
        "progressive.jpg": True,
        "baseline.jpg": False,
        "adam7.png": True,
        "plain.png": False,
        "interlaced.gif": True,
        "plain.gif": False,
    }
    resized = by_name(results["resized"])
    assert meta_of(resized["progressive.jpg"])["interlaced"] is False
    assert all(meta_of(f)["interlaced"] is True for f in results["progressive"])


# -- output_meta extras on video and audio -------------------------------------------------------


def ffmpeg(path: Path, *args: str) -> Path:
    subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", *args, str(path)], check=True, timeout=120)
    return path


SINE = "aevalsrc=sin(2*PI*440*t):s=44100:d=1"  # full scale
CARD = "testsrc2=size=160x120:rate=25:duration=1"


@pytest.fixture(scope="module")
def av_media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A 1 s sine at half scale (-9.03 dB RMS) as WAV; 1 s clips: interlaced H.264 (BT.709) with
    that sine, progressive H.264 with a quarter-scale sine (-15.05 dB)."""
    root = tmp_path_factory.mktemp("av")
    x264 = ("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest")
    return {
        "half.wav": ffmpeg(root / "half.wav", "-f", "lavfi", "-i", SINE, "-af", "volume=0.5", "-c:a", "pcm_s16le"),
        "interlaced.mp4": ffmpeg(
            root / "interlaced.mp4",
            *("-f", "lavfi", "-i", CARD, "-f", "lavfi", "-i", SINE, "-af", "volume=0.5", *x264),
            *("-x264-params", "interlaced=1", "-flags", "+ildct+ilme", "-colorspace", "bt709"),
        ),
        "progressive.mp4": ffmpeg(
            root / "progressive.mp4",
            *("-f", "lavfi", "-i", CARD, "-f", "lavfi", "-i", SINE, "-af", "volume=0.25", *x264),
        ),
    }


def test_video_and_audio_extras(kit: Transloadit, av_media: dict[str, Path]) -> None:
    steps = {
        "probed": {
            "use": ":original",
            "robot": "/file/hash",
            "result": True,
            "output_meta": {"interlaced": True, "mean_volume": True, "colorspace": True},
        },
        "mp3": {
            "use": ":original",
            "robot": "/audio/encode",
            "preset": "mp3",
            "result": True,
            "output_meta": ["mean_volume"],
        },
    }
    files = [(name, path.read_bytes()) for name, path in av_media.items()]
    done = kit.create_assembly(steps=steps, files=files, wait=True, timeout=60)
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    results = done.results.additional_properties  # type: ignore[union-attr]
    probed = {name: meta_of(f) for name, f in by_name(results["probed"]).items()}
    assert probed["half.wav"]["mean_volume"] == pytest.approx(-9.03, abs=1)
    assert "interlaced" not in probed["half.wav"] and "colorspace" not in probed["half.wav"]  # sound only
    clip = probed["interlaced.mp4"]
    assert clip["interlaced"] is True and clip["colorspace"] == "bt709"
    assert clip["mean_volume"] == pytest.approx(-9.03, abs=1)
    progressive = probed["progressive.mp4"]
    assert progressive["interlaced"] is False and "colorspace" not in progressive  # x264 leaves it unspecified
    assert progressive["mean_volume"] == pytest.approx(-15.05, abs=1)

    mp3 = {name: meta_of(f) for name, f in by_name(results["mp3"]).items()}
    assert mp3["half.wav"]["mean_volume"] == pytest.approx(-9.03, abs=1)
    assert mp3["progressive.mp4"]["mean_volume"] == pytest.approx(-15.05, abs=1)
    assert isinstance(done.uploads, list) and all("mean_volume" not in meta_of(u) for u in done.uploads)


# -- refused at creation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("step", "code", "detail"),
    [
        ({"robot": "/image/resize", "output_meta": ["nope"]}, "IMAGE_RESIZE_VALIDATION", "'nope' is not one of"),
        ({"robot": "/image/resize", "output_meta": {"blurhash": "yes"}}, "IMAGE_RESIZE_VALIDATION", "boolean"),
        ({"robot": "/image/resize", "output_meta": {"nope": True}}, "IMAGE_RESIZE_VALIDATION", "'nope'"),
        ({"robot": "/file/hash", "output_meta": "all"}, "FILE_HASH_VALIDATION", "output_meta"),
        ({"robot": "/audio/encode", "output_meta": 1}, "AUDIO_ENCODE_VALIDATION", "output_meta"),
        ({"robot": "/image/resize", "user_meta": "label"}, "IMAGE_RESIZE_VALIDATION", "user_meta"),
        # /upload/handle has no validation code of its own in the vendor's list: the generic one.
        ({"robot": "/upload/handle", "user_meta": ["x"]}, "ROBOT_VALIDATION_BASE_ERROR", "user_meta"),
    ],
)
def test_bad_output_meta_and_user_meta_are_refused_at_creation(
    kit: Transloadit, step: dict[str, Any], code: str, detail: str
) -> None:
    name = ":original" if step["robot"] == "/upload/handle" else "s"
    use = {} if name == ":original" else {"use": ":original"}
    with pytest.raises(TransloaditApiError) as refused:
        kit.create_assembly(steps={name: {**step, **use}}, files=[("a.jpg", jpeg_bytes((20, 20)))])
    assert refused.value.code == code and detail in refused.value.message, refused.value.message
