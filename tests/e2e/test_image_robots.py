"""/image/resize effects and watermarks, /image/optimize and /image/facedetect on images made here.

Pixels are checked, not just sizes: where the watermark lands, the sepia tone, blur softening an
edge, text drawing dark pixels, trimmed borders, progressive and stripped JPEGs, lossless
optimisation, and faces found on a photo (tests/fixtures/grace_hopper.jpg) but not on a gradient.
"""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import ExifTags, Image, ImageDraw, ImageStat
from starlette.testclient import TestClient

from tests.e2e.results import fetch, near
from tests.e2e.results import result_image as image
from tests.e2e.results import rgb as pixel
from transloadit_kit import Transloadit

FACE = Path(__file__).resolve().parents[1] / "fixtures" / "grace_hopper.jpg"
RED = (255, 0, 0)


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60).to_dict()


def encode(img: Image.Image, fmt: str = "JPEG", **options: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **options)
    return buf.getvalue()


def edge_strength(img: Image.Image) -> int:
    """The largest brightness step between horizontal neighbours."""
    a = np.asarray(img.convert("L"), dtype=int)
    return int(np.abs(np.diff(a, axis=1)).max())


@pytest.fixture(scope="module")
def photo() -> bytes:
    """300x200 JPEG: white left half, dark blue right half, with camera EXIF."""
    img = Image.new("RGB", (300, 200), (30, 60, 120))
    img.paste((255, 255, 255), (0, 0, 150, 200))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "EOS Test"
    return encode(img, quality=95, exif=exif.tobytes())


WATERMARK_HITS: list[str] = []


@pytest.fixture(scope="module")
def watermark_server() -> Iterator[str]:
    """A loopback HTTP server with /mark.png (an opaque red 40x20 PNG); other paths answer 404."""
    mark = encode(Image.new("RGB", (40, 20), RED), "PNG")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            WATERMARK_HITS.append(self.path)
            if self.path != "/mark.png":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(mark)))
            self.end_headers()
            self.wfile.write(mark)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_resize_geometry_and_jpeg_options(kit: Transloadit, test_client: TestClient, photo: bytes) -> None:
    framed = Image.new("RGB", (200, 160), "white")
    framed.paste((200, 30, 30), (40, 30, 140, 110))  # a 100x80 red box in a white frame
    steps = {
        "top_left": {
            "robot": "/image/resize",
            "width": 100,
            "height": 100,
            "resize_strategy": "fillcrop",
            "gravity": "left",
        },
        "right": {
            "robot": "/image/resize",
            "width": 100,
            "height": 100,
            "resize_strategy": "fillcrop",
            "gravity": "right",
        },
        "region": {"robot": "/image/resize", "crop": {"x1": 160, "y1": 10, "x2": 260, "y2": 60}},
        "no_zoom": {"robot": "/image/resize", "width": 900, "zoom": False},
        "zoom": {"robot": "/image/resize", "width": 600},
        "turned": {"robot": "/image/resize", "rotation": 90},
        "progressive": {"robot": "/image/resize", "width": 150, "progressive": True},
        "stripped": {"robot": "/image/resize", "width": 150, "strip": True},
        "kept": {"robot": "/image/resize", "width": 150},
        "trimmed": {"robot": "/image/resize", "trim_whitespace": True},
    }
    for step in steps.values():
        step["use"] = ":original"
    done = run(kit, steps, ("photo.jpg", photo))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    out = {name: image(test_client, files[0]) for name, files in done["results"].items()}
    assert near(pixel(out["top_left"], (50, 50)), (255, 255, 255))  # gravity left keeps the white half
    assert near(pixel(out["right"], (50, 50)), (30, 60, 120))
    assert out["region"].size == (100, 50) and near(pixel(out["region"], (80, 25)), (30, 60, 120))
    assert out["no_zoom"].size == (300, 200) and out["zoom"].size == (600, 400)
    assert out["turned"].size == (200, 300) and near(pixel(out["turned"], (100, 10)), (255, 255, 255))
    assert out["progressive"].info.get("progressive") and not out["kept"].info.get("progressive")
    assert out["kept"].getexif().get(ExifTags.Base.Make) == "Canon"
    assert not out["stripped"].getexif() and "exif" not in out["stripped"].info
    assert out["trimmed"].size == (150, 200)  # the white columns match the corner: trimmed away
    # average_color comes from the robot's own pixels; it must be that of the file it wrote.
    for name, files in done["results"].items():
        mean = tuple(round(c) for c in ImageStat.Stat(out[name].convert("RGB")).mean)
        told = files[0]["meta"]["average_color"]
        assert near(mean, tuple(int(told[i : i + 2], 16) for i in (1, 3, 5)), tolerance=3), (name, told, mean)

    framed_done = run(kit, {"trim": {"use": ":original", **steps["trimmed"]}}, ("framed.png", encode(framed, "PNG")))
    (trimmed,) = framed_done["results"]["trim"]
    assert image(test_client, trimmed).size == (100, 80)
    assert (trimmed["meta"]["width"], trimmed["meta"]["height"]) == (100, 80)


def test_resize_effects_change_pixels(kit: Transloadit, test_client: TestClient) -> None:
    gray = Image.new("RGB", (120, 80), (128, 128, 128))
    gray.paste((250, 250, 250), (60, 0, 120, 80))  # a sharp vertical edge at x=60
    ImageDraw.Draw(gray).rectangle((10, 10, 30, 30), fill=(200, 40, 40))  # a red patch
    steps = {
        "plain": {},
        "sepia": {"sepia": 80},
        "blur": {"blur": "0x3"},
        "bright": {"brightness": 1.5},
        "dark": {"brightness": 0.5},
        "gray": {"saturation": 0},
        "flat": {"contrast": 0.3},
        "hue": {"hue": 200},
        "negate": {"negate": True},
        "regions": {"blur_regions": [{"x": 40, "y": 0, "width": 40, "height": 80}], "blur": "0x4"},
    }
    steps = {name: {"use": ":original", "robot": "/image/resize", "format": "png", **p} for name, p in steps.items()}
    done = run(kit, steps, ("gray.png", encode(gray, "PNG")))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    out = {name: image(test_client, files[0]).convert("RGB") for name, files in done["results"].items()}
    mean = {name: ImageStat.Stat(img.convert("L")).mean[0] for name, img in out.items()}

    r, g, b = pixel(out["sepia"], (40, 40))
    assert r > g > b and r - b > 30  # a warm brown where the input was neutral gray
    assert edge_strength(out["blur"]) < edge_strength(out["plain"]) / 2
    assert mean["bright"] > mean["plain"] + 20 and mean["dark"] < mean["plain"] - 20
    r, g, b = pixel(out["gray"], (20, 20))
    assert max(r, g, b) - min(r, g, b) <= 2  # the red patch lost its colour
    assert ImageStat.Stat(out["flat"]).stddev[0] < ImageStat.Stat(out["plain"]).stddev[0] / 2
    r, g, b = pixel(out["hue"], (20, 20))
    assert g > r and b > r  # red turned by 180 degrees is cyan
    assert near(pixel(out["negate"], (100, 40)), (5, 5, 5))
    regions = out["regions"]
    assert edge_strength(regions.crop((40, 0, 80, 80))) < edge_strength(out["plain"]) / 2  # the edge is blurred
    assert pixel(regions, (20, 20)) == pixel(out["plain"], (20, 20))  # outside the ellipse: untouched


def test_text_draws_where_aligned(kit: Transloadit, test_client: TestClient) -> None:
    blank = encode(Image.new("RGB", (300, 200), "white"), "PNG")
    steps = {
        "corner": {"text": [{"text": "Hello", "size": 40, "color": "#000000", "align": "left", "valign": "top"}]},
        "two": {
            "text": [
                {"text": "A", "size": 30, "color": "#ff0000", "align": "right", "valign": "bottom", "x_offset": 10},
                {"text": "BBBB", "size": 30, "color": "#0000ff", "background_color": "#00ff00", "rotate": 90},
            ]
        },
    }
    steps = {name: {"use": ":original", "robot": "/image/resize", **p} for name, p in steps.items()}
    done = run(kit, steps, ("blank.png", blank))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    corner = np.asarray(image(test_client, done["results"]["corner"][0]).convert("L"))
    dark = np.argwhere(corner < 100)
    assert len(dark) > 100 and dark[:, 0].max() < 100 and dark[:, 1].max() < 150  # ink only top-left
    two = np.asarray(image(test_client, done["results"]["two"][0]).convert("RGB"), dtype=int)
    red = np.argwhere((two[:, :, 0] > 180) & (two[:, :, 1] < 80) & (two[:, :, 2] < 80))
    assert len(red) > 20 and red[:, 0].min() > 120 and red[:, 1].min() > 230 and red[:, 1].max() < 295
    green = np.argwhere((two[:, :, 1] > 200) & (two[:, :, 0] < 60))
    assert len(green) > 100 and abs(green[:, 1].mean() - 150) < 15 and abs(green[:, 0].mean() - 100) < 15
    height = green[:, 0].max() - green[:, 0].min()
    width = green[:, 1].max() - green[:, 1].min()
    assert height > 2 * width  # a line of text turned by 90 degrees stands upright


def test_watermark_position_size_opacity_and_repeat(
    kit: Transloadit, test_client: TestClient, watermark_server: str
) -> None:
    blank = encode(Image.new("RGB", (400, 200), "white"), "PNG")
    url = f"{watermark_server}/mark.png"
    steps = {
        "corner": {"watermark_position": "bottom-right"},
        "sized": {"watermark_position": ["top-left"], "watermark_size": "50%", "watermark_x_offset": 10},
        "faint": {"watermark_opacity": 0.5},
        "tiled": {"watermark_position": "top", "watermark_repeat_x": True},
        "stretched": {"watermark_size": "25%", "watermark_resize_strategy": "stretch"},
    }
    steps = {
        name: {"use": ":original", "robot": "/image/resize", "watermark_url": url, **p} for name, p in steps.items()
    }
    done = run(kit, steps, ("blank.png", blank))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    out = {name: image(test_client, files[0]).convert("RGB") for name, files in done["results"].items()}

    def red_box(img: Image.Image) -> tuple[int, int, int, int]:
        a = np.asarray(img, dtype=int)
        ys, xs = np.nonzero((a[:, :, 0] > 200) & (a[:, :, 1] < 60))
        return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1

    assert red_box(out["corner"]) == (360, 180, 400, 200)
    assert red_box(out["sized"]) == (10, 0, 210, 100)  # fit into 50% (200x100) of the image, 10 px in
    assert near(pixel(out["faint"], (200, 100)), (255, 128, 128), 3)
    assert pixel(out["faint"], (10, 10)) == (255, 255, 255)
    x1, y1, x2, y2 = red_box(out["tiled"])
    assert (x1, y1, x2, y2) == (0, 0, 400, 20)
    assert red_box(out["stretched"]) == (150, 75, 250, 125)  # 25% of each side, aspect ignored

    before = len(WATERMARK_HITS)
    two = run(kit, {"w": steps["corner"]}, ("a.png", blank), ("b.png", blank))
    assert len(two["results"]["w"]) == 2 and len(WATERMARK_HITS) == before + 1  # fetched once per Step

    missing = run(kit, {"w": {**steps["corner"], "watermark_url": f"{watermark_server}/nope.png"}}, ("b.png", blank))
    assert missing["error"] == "IMAGE_RESIZE_ERROR" and "404" in missing["message"]
    ignored = run(
        kit,
        {"w": {**steps["corner"], "watermark_url": f"{watermark_server}/nope.png", "ignore_errors": True}},
        ("b.png", blank),
    )
    assert ignored["ok"] == "ASSEMBLY_COMPLETED" and ignored["ignored_errors"][0]["error"] == "IMAGE_RESIZE_ERROR"


@pytest.mark.parametrize(
    ("step", "code"),
    [
        ({"robot": "/image/resize", "watermark_position": "middle"}, "IMAGE_RESIZE_INVALID_WATERMARK_POSITION"),
        ({"robot": "/image/resize", "watermark_position": ["top", "up"]}, "IMAGE_RESIZE_INVALID_WATERMARK_POSITION"),
        ({"robot": "/image/resize", "watermark_y_offset": "far"}, "IMAGE_RESIZE_INVALID_WATERMARK_OFFSET"),
        ({"robot": "/image/resize", "text": "plain string"}, "IMAGE_RESIZE_INVALID_TEXT_VALUE"),
        (
            {"robot": "/image/resize", "text": [{"text": "x", "valign": "middle"}]},
            "IMAGE_RESIZE_INVALID_TEXT_OBJECT_VALUE",
        ),
        ({"robot": "/image/resize", "text": [{"size": 10}]}, "IMAGE_RESIZE_INVALID_TEXT_OBJECT_VALUE"),
        ({"robot": "/image/resize", "blur_regions": [{"x": 1, "y": 1}]}, "IMAGE_RESIZE_INVALID_BLUR_REGION"),
        ({"robot": "/image/resize", "contrast": 3}, "IMAGE_RESIZE_VALIDATION"),
        ({"robot": "/image/resize", "blur": "strong"}, "IMAGE_RESIZE_VALIDATION"),
        ({"robot": "/image/resize", "sepia": 100}, "IMAGE_RESIZE_VALIDATION"),
        ({"robot": "/image/resize", "watermark_size": "50"}, "IMAGE_RESIZE_VALIDATION"),
        ({"robot": "/image/optimize", "priority": "fast"}, "IMAGE_OPTIMIZE_VALIDATION"),
        ({"robot": "/image/optimize", "progressive": "yes"}, "IMAGE_OPTIMIZE_VALIDATION"),
        ({"robot": "/image/facedetect", "faces": "all"}, "IMAGE_FACEDETECT_VALIDATION"),
        ({"robot": "/image/facedetect", "crop_padding": "5 cm"}, "IMAGE_FACEDETECT_VALIDATION"),
        ({"robot": "/image/facedetect", "min_confidence": 101}, "IMAGE_FACEDETECT_VALIDATION"),
    ],
)
def test_bad_params_are_refused_at_creation(kit: Transloadit, step: dict[str, Any], code: str) -> None:
    with pytest.raises(Exception) as refused:
        kit.create_assembly(steps={"s": {"use": ":original", **step}})
    assert code in str(refused.value)


def test_optimize_is_lossless_and_never_grows(kit: Transloadit, test_client: TestClient, photo: bytes) -> None:
    rng = np.random.default_rng(7)
    noisy = Image.fromarray(rng.integers(0, 40, (200, 300, 3), dtype=np.uint8) + 100)
    heavy_png = encode(Image.linear_gradient("L").resize((300, 200)).convert("RGB"), "PNG", compress_level=0)
    tiny_png = encode(Image.new("L", (4, 4), 0), "PNG", optimize=True)
    gif = encode(Image.new("P", (30, 30), 3), "GIF")
    steps = {
        "opt": {"use": ":original", "robot": "/image/optimize"},
        "bare": {
            "use": ":original",
            "robot": "/image/optimize",
            "preserve_meta_data": False,
            "priority": "conversion-speed",
        },
    }
    files = [("photo.jpg", photo), ("noisy.jpg", encode(noisy, quality=90)), ("heavy.png", heavy_png)]
    files += [("tiny.png", tiny_png), ("anim.gif", gif)]
    done = run(kit, steps, *files)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    originals = dict(files)
    for step in ("opt", "bare"):
        results = {r["name"]: r for r in done["results"][step]}
        assert sorted(results) == sorted(originals)
        for name, result in results.items():
            data = fetch(test_client, result)
            assert len(data) <= len(originals[name]), (step, name)
            before = np.asarray(Image.open(io.BytesIO(originals[name])).convert("RGB"))
            after = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
            assert np.array_equal(before, after), (step, name)  # the same pixels
        assert len(fetch(test_client, results["heavy.png"])) < len(heavy_png) / 2
        assert fetch(test_client, results["anim.gif"]) == gif
        assert fetch(test_client, results["tiny.png"]) == tiny_png or len(
            fetch(test_client, results["tiny.png"])
        ) < len(tiny_png)
    kept = Image.open(
        io.BytesIO(fetch(test_client, next(r for r in done["results"]["opt"] if r["name"] == "photo.jpg")))
    )
    assert kept.getexif().get(ExifTags.Base.Make) == "Canon" and kept.info.get("progressive")
    bare_photo = next(r for r in done["results"]["bare"] if r["name"] == "photo.jpg")
    assert not Image.open(io.BytesIO(fetch(test_client, bare_photo))).getexif()


def test_optimize_broken_images(kit: Transloadit, test_client: TestClient) -> None:
    png = encode(Image.linear_gradient("L").resize((200, 200)).convert("RGB"), "PNG")
    broken = ("cut.png", png[: len(png) // 2])
    strict = run(kit, {"o": {"use": ":original", "robot": "/image/optimize", "fix_breaking_images": False}}, broken)
    assert strict["error"] == "INVALID_INPUT_ERROR" and "cut.png" in strict["message"]
    fixed = run(kit, {"o": {"use": ":original", "robot": "/image/optimize"}}, broken)
    assert fixed["ok"] == "ASSEMBLY_COMPLETED", fixed
    repaired = image(test_client, fixed["results"]["o"][0])
    assert repaired.size == (200, 200) and repaired.format == "PNG"


@pytest.fixture(scope="module")
def faces() -> dict[str, bytes]:
    face = Image.open(FACE)
    pair = Image.new("RGB", (1000, 620), (235, 235, 235))
    pair.paste(face, (0, 0))
    pair.paste(face.resize((256, 300)), (700, 250))  # a smaller second face, lower right
    gradient = Image.linear_gradient("L").resize((500, 400)).convert("RGB")
    return {"face": FACE.read_bytes(), "pair": encode(pair, quality=92), "gradient": encode(gradient, quality=92)}


def test_facedetect_finds_faces_and_not_gradients(
    kit: Transloadit, test_client: TestClient, faces: dict[str, bytes]
) -> None:
    steps = {
        ":original": {"robot": "/upload/handle"},
        "found": {"use": ":original", "robot": "/image/facedetect", "result": True},
        "strict": {"use": ":original", "robot": "/image/facedetect", "min_confidence": 100},
    }
    files = [("hopper.jpg", faces["face"]), ("gradient.jpg", faces["gradient"]), ("pair.jpg", faces["pair"])]
    done = run(kit, steps, *files)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    uploads = {u["name"]: u for u in done["uploads"]}
    found = {r["name"]: r for r in done["results"]["found"]}
    assert found["hopper.jpg"]["id"] == uploads["hopper.jpg"]["id"]  # passed through, not copied
    (face,) = found["hopper.jpg"]["meta"]["faces"]
    assert set(face) == {"x1", "y1", "x2", "y2", "width", "height", "confidence"}
    assert 120 < face["x1"] < 190 and 70 < face["y1"] < 140 and 190 < face["width"] < 270
    assert face["x2"] - face["x1"] == face["width"] and 70 <= face["confidence"] <= 99
    assert found["gradient.jpg"]["meta"]["faces"] == []
    big, small = found["pair.jpg"]["meta"]["faces"]  # sorted by their top-left corner
    assert big["x1"] < 300 and small["x1"] > 700 and big["width"] > small["width"]
    assert all(r["meta"]["faces"] == [] for r in done["results"]["strict"])


def test_facedetect_crops(kit: Transloadit, test_client: TestClient, faces: dict[str, bytes]) -> None:
    crop = {"use": ":original", "robot": "/image/facedetect", "crop": True}
    steps = {
        "each": {**crop, "crop_padding": "0px"},
        "group": {**crop, "faces": "group", "format": "png"},
        "largest": {**crop, "faces": "max-size", "crop_padding": "10%"},
        "second": {**crop, "faces": 1},
        "tenth": {**crop, "faces": 9},
    }
    done = run(kit, steps, ("pair.jpg", faces["pair"]), ("gradient.jpg", faces["gradient"]))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    results = done["results"]
    each = results["each"]
    assert len(each) == 2 and all(r["original_name"] == "pair.jpg" for r in each)
    for result in each:
        (box,) = result["meta"]["faces"]
        assert (result["meta"]["width"], result["meta"]["height"]) == (box["width"], box["height"])
        assert result["mime"] == "image/jpeg"
    (group,) = results["group"]
    assert group["mime"] == "image/png" and group["name"] == "pair.png" and len(group["meta"]["faces"]) == 2
    boxes = group["meta"]["faces"]
    span = max(b["x2"] for b in boxes) - min(b["x1"] for b in boxes) + 10
    assert group["meta"]["width"] == min(span, 1000)
    (largest,) = results["largest"]
    (big,) = largest["meta"]["faces"]
    assert big["x1"] < 300 and largest["meta"]["width"] == pytest.approx(big["width"] * 1.2, abs=2)
    (second,) = results["second"]
    assert second["meta"]["faces"][0]["x1"] > 700
    assert "tenth" not in results or results["tenth"] == []
    assert image(test_client, each[0]).size == (each[0]["meta"]["width"], each[0]["meta"]["height"])
