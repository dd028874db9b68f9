"""audiowaveform-style peaks: each column's min and max, computed in bulk, bounded in size; and
antialiased waveforms drawn larger only within a pixel budget."""

from __future__ import annotations

import numpy as np
import pytest

from transloadit_emulator.errors import RobotError
from transloadit_emulator.media.waveform import SUPERSAMPLED_PIXELS, supersampling
from transloadit_emulator.media.waveform_v1 import DECODE_RATE, MAX_PEAK_COLUMNS, Window, pixel_peaks


def one_by_one(sound: np.ndarray, step: float, count: int) -> np.ndarray:
    """The definition: column x is [x * step, (x + 1) * step), at least one sample; silence past the end."""
    out = np.zeros((sound.shape[0], count, 2))
    for x in range(count):
        a, b = int(x * step), max(int((x + 1) * step), int(x * step) + 1)
        part = sound[:, a:b]
        if part.shape[1]:
            out[:, x, 0], out[:, x, 1] = part.min(axis=1), part.max(axis=1)
    return out


@pytest.mark.parametrize("spp", [256.0, 7.3, 1.0, 0.4])
@pytest.mark.parametrize("pixels", [None, 50, 5000])
def test_each_column_is_the_min_and_max_of_its_samples(spp: float, pixels: int | None) -> None:
    sound = np.random.default_rng(7).uniform(-1, 1, (2, 3001))
    window = Window(sample_rate=DECODE_RATE)  # the decode rate: a step of spp samples
    got = pixel_peaks(sound, window, spp, pixels)
    count = pixels if pixels is not None else int(np.ceil(3001 / spp))
    assert got.shape == (2, count, 2)
    assert np.array_equal(got, one_by_one(sound, spp, count))


def test_a_zoom_past_the_column_cap_is_refused_before_anything_is_allocated() -> None:
    sound = np.zeros((1, 16_000))
    window = Window(sample_rate=44_100, pixels_per_second=1e9)  # a billion columns a second
    with pytest.raises(RobotError) as caught:
        pixel_peaks(sound, window, 44_100 / 1e9, None)
    assert caught.value.code == "AUDIO_WAVEFORM_VALIDATION" and f"{MAX_PEAK_COLUMNS:,}" in caught.value.message


def test_antialiasing_draws_larger_only_within_the_pixel_budget() -> None:
    assert supersampling(256, 64) == 4
    assert supersampling(1500, 1500) == 2
    assert supersampling(10_000, 10_000) == 1  # the spec's largest picture: drawn as it is
    for side in (100, 999, 2000, 4000, 10_000):
        factor = supersampling(side, side)
        assert factor == 1 or side * side * factor * factor <= SUPERSAMPLED_PIXELS
