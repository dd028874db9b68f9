"""/audio/waveform's styles and params beyond the plain picture: v0 shading and antialiasing, v1
(audiowaveform's bars, windows, zoom, labels, colours, JSON) and spectrograms, checked on the
pixels and data of tones made here."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.e2e.av_media import make_media, tone
from tests.e2e.results import fetch
from transloadit_kit import Transloadit


@pytest.fixture(scope="module")
def sounds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, bytes]]:
    """A 2 s mono 440 Hz tone (amplitude 1/8), and 2 s of stereo: silence left, a full tone right."""
    root = tmp_path_factory.mktemp("waveforms")
    mono = tone(root / "tone.wav", 440, 2)
    stereo = make_media(
        root / "stereo.wav",
        *("-f", "lavfi", "-i", "anullsrc=r=44100:cl=mono", "-f", "lavfi"),
        *("-i", "sine=frequency=440:duration=2:sample_rate=44100,volume=8"),
        *("-filter_complex", "[0:a][1:a]amerge=inputs=2,atrim=duration=2[a]", "-map", "[a]"),
    )
    return {name: (path.name, Path(path).read_bytes()) for name, path in {"mono": mono, "stereo": stereo}.items()}


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=120).to_dict()


def picture(client: TestClient, done: dict[str, Any], step: str) -> Image.Image:
    (result,) = done["results"][step]
    return Image.open(io.BytesIO(fetch(client, result))).convert("RGBA")


def step(**params: Any) -> dict[str, Any]:
    return {"use": ":original", "robot": "/audio/waveform", "width": 200, "height": 60, **params}


def test_v0_center_color_shades_and_antialiasing_smooths(
    kit: Transloadit, test_client: TestClient, sounds: dict[str, tuple[str, bytes]]
) -> None:
    steps = {
        "plain": step(outer_color="#ff0000ff"),
        "shaded": step(outer_color="#ff0000ff", center_color="#0000ffff"),
        "smooth": step(outer_color="#000000ff", antialiasing=True),
        "sharp": step(outer_color="#000000ff"),
    }
    done = run(kit, steps, sounds["mono"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    plain, shaded = picture(test_client, done, "plain"), picture(test_client, done, "shaded")
    assert plain.getpixel((100, 30))[:3] == (255, 0, 0)
    r, _, b, a = shaded.getpixel((100, 30))  # the middle line takes the centre colour
    assert a > 0 and b > 200 and r < 60
    alphas = lambda img: set(np.asarray(img)[:, :, 3].ravel().tolist())  # noqa: E731
    assert alphas(picture(test_client, done, "sharp")) <= {0, 255}
    assert len(alphas(picture(test_client, done, "smooth")) - {0, 255}) > 0  # partly covered edge pixels


def test_v1_bars_window_labels_and_colours(
    kit: Transloadit, test_client: TestClient, sounds: dict[str, tuple[str, bytes]]
) -> None:
    steps = {
        "bars": step(style="v1", waveform_style="bars", bar_width=10, bar_gap=10, no_axis_labels=True,
                     background_color="#ffffffff", outer_color="#0000ffff", amplitude_scale=4),
        "audition": step(style=1, colors="audition", with_axis_labels=True, border_color="#ff0000ff"),
        "window": step(style="v1", start=0.5, end=1.0, pixels_per_second=100, no_axis_labels=True,
                       colors="audition", compression=0),
    }  # fmt: skip
    done = run(kit, steps, sounds["mono"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    bars = picture(test_client, done, "bars")
    assert bars.getpixel((5, 30))[:3] == (0, 0, 255) and bars.getpixel((15, 30))[:3] == (255, 255, 255)  # bar, gap
    # amplitude 1/8, scaled 4x: half the half-height above and below the middle line.
    assert bars.getpixel((5, 30 - 10))[:3] == (0, 0, 255) and bars.getpixel((5, 3))[:3] == (255, 255, 255)
    audition = picture(test_client, done, "audition")
    assert audition.getpixel((0, 30))[:3] == (255, 0, 0)  # the border
    assert audition.getpixel((150, 50))[:3] == (0, 63, 34)  # audition's background
    window = picture(test_client, done, "window")
    # 0.5 s at 100 px/s fills 50 columns; the rest of the 200 is silence (a flat line at most).
    wave = np.asarray(window)[:, :, :3]
    drawn = (np.abs(wave.astype(int) - (0, 63, 34)).sum(axis=2) > 30).sum(axis=0)
    assert drawn[10:45].min() > 3 and drawn[60:190].max() <= 1
    (result,) = done["results"]["window"]
    assert result["size"] > 200 * 60 * 4  # compression 0: stored, not deflated


def test_v1_json_is_audiowaveform_s_format(
    kit: Transloadit, test_client: TestClient, sounds: dict[str, tuple[str, bytes]]
) -> None:
    steps = {
        "eight": step(style="v1", format="json", bits=8, zoom=4410),
        "split": step(style="v1", format="json", split_channels=True, pixels_per_second=10, start=1),
    }
    done = run(kit, steps, sounds["mono"], sounds["stereo"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    data = {
        (s, r["basename"]): json.loads(fetch(test_client, r)) for s in ("eight", "split") for r in done["results"][s]
    }
    eight = data[("eight", "tone")]
    assert (eight["version"], eight["bits"], eight["channels"], eight["sample_rate"]) == (2, 8, 1, 44100)
    assert eight["samples_per_pixel"] == 4410 and eight["length"] == pytest.approx(20, abs=1)
    assert max(eight["data"]) == pytest.approx(16, abs=2) and min(eight["data"]) == pytest.approx(-16, abs=2)
    split = data[("split", "stereo")]
    assert (split["channels"], split["bits"], split["length"]) == (2, 16, pytest.approx(10, abs=1))
    left, right = split["data"][0::4] + split["data"][1::4], split["data"][3::4]
    assert max(abs(v) for v in left) < 50 and min(right) > 20000  # silence left, a loud tone right


def test_spectrogram_band_scale_orientation_and_colour_maps(
    kit: Transloadit, test_client: TestClient, sounds: dict[str, tuple[str, bytes]]
) -> None:
    band = {"style": "spectrogram", "frequency_scale": "linear", "frequency_min": 0, "frequency_max": 1000}
    steps = {
        "band": step(**band, height=100),
        "turned": step(**band, orientation="vertical", width=100, height=60),
        "gray": step(style="spectrogram", color_map="gray"),
        "legend": step(style="spectrogram", legend=True),
    }
    done = run(kit, steps, sounds["mono"])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    rows = np.asarray(picture(test_client, done, "band").convert("L"), dtype=float).mean(axis=1)
    # 440 Hz of 0..1000 Hz on a linear scale: 44 % of the way up a 100-pixel picture.
    assert abs(int(np.argmax(rows)) - 56) <= 3
    columns = np.asarray(picture(test_client, done, "turned").convert("L"), dtype=float).mean(axis=0)
    assert abs(int(np.argmax(columns)) - 44) <= 3  # frequency runs along x: time along y
    gray = np.asarray(picture(test_client, done, "gray"))
    assert (gray[:, :, 0] == gray[:, :, 1]).all() and (gray[:, :, 1] == gray[:, :, 2]).all()
    legend = picture(test_client, done, "legend")
    assert legend.width > 200 and legend.height > 60  # the legend's margins
    refused = run(kit, {"s": step(style="spectrogram", format="json")}, sounds["mono"])
    assert refused["error"] == "AUDIO_WAVEFORM_VALIDATION", refused


def test_a_zoom_too_fine_to_compute_fails_the_assembly_with_its_code(
    kit: Transloadit, sounds: dict[str, tuple[str, bytes]]
) -> None:
    """A billion JSON columns a second would take gigabytes: refused with the robot's code, nothing drawn."""
    done = run(kit, {"peaks": step(style="v1", format="json", pixels_per_second=1e9)}, sounds["mono"])
    assert done.get("error") == "AUDIO_WAVEFORM_VALIDATION", done
    assert "columns" in done["message"] and not done.get("results")
