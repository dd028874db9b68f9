"""The audio and video engines' pure parts: timecodes, ASS colours, crop and rotate filters,
segment names, mix lengths and the graphs' shapes (the e2e tests run them on media)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transloadit_emulator.media.audio_edit import concat_graph, mix_graph, mix_length
from transloadit_emulator.media.ffmpeg import seconds_of
from transloadit_emulator.media.subtitles import ALIGNMENT, SubtitleStyle, ass_colour, font_name, force_style
from transloadit_emulator.media.video_overlays import crop_box, crop_filter, input_options, rotate_filter
from transloadit_emulator.media.video_presets import PRESETS, segment_pattern


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(30, 30.0), (1.5, 1.5), ("00:01:30.000", 90.0), ("01:00:00", 3600.0), ("2.25", 2.25), ("1:2:3:4", None),
     ("soon", None), (True, None), (None, None)],
)  # fmt: skip
def test_timecodes(value: object, seconds: float | None) -> None:
    assert seconds_of(value) == seconds


def test_ass_colours_and_style() -> None:
    assert ass_colour("FF8000", alpha_first=False) == "&H000080FF"
    assert ass_colour("#f80", alpha_first=False) == "&H000088FF"
    assert ass_colour("40112233", alpha_first=True) == "&H40332211"
    assert ass_colour("11223380", alpha_first=False) == "&H80332211"
    style = force_style(SubtitleStyle(bold=True, border_style="box", position="top", outline_width=3))
    assert "BorderStyle=3" in style and "Bold=-1" in style and f"Alignment={ALIGNMENT['top']}" in style
    assert "Outline=3" in style
    assert font_name("Arial',x:y") == "Arialxy"


def test_crop_and_rotate_filters() -> None:
    assert crop_filter(None) is None and crop_filter("") is None
    # Clipped to the picture and at least 2x2, so that no region leaves x264 an empty frame.
    box = "crop=w='max(2,trunc((min({x2},iw)-max(0,min({x1},iw-2)))/2)*2)'"
    box += ":h='max(2,trunc((min({y2},ih)-max(0,min({y1},ih-2)))/2)*2)'"
    corner = ":x='max(0,min({x1},iw-2))':y='max(0,min({y1},ih-2))'"
    expected = (box + corner).format
    assert crop_filter({"x1": 10, "y1": 20, "x2": 110, "y2": 70}) == expected(x1=10, y1=20, x2=110, y2=70)
    assert crop_filter("0,0,50%,50%") == expected(x1=0, y1=0, x2="(iw*0.5)", y2="(ih*0.5)")
    assert crop_filter({"x1": 5}) == expected(x1=5, y1=0, x2="iw", y2="ih")
    assert crop_box({"x1": 10, "x2": "50%"}, 100, 40) == (10, 0, 50, 40)
    assert crop_box("1000,1000,2000,2000", 32, 32) == (1000, 1000, 32, 32)  # outside: empty
    assert crop_box(None, 32, 32) is None
    with pytest.raises(ValueError):
        crop_filter("1,2,3")
    with pytest.raises(ValueError):
        crop_filter({"x1": "left"})
    assert [rotate_filter(r) for r in (0, 90, 180, 270, 360, True)] == [
        None, "transpose=clock", "hflip,vflip", "transpose=cclock", None, None,
    ]  # fmt: skip
    assert input_options(False) == ["-noautorotate"] and input_options(90) == []


def test_segment_names() -> None:
    out = Path("/tmp/clip video.m3u8")
    assert segment_pattern({}, out, "ts") == "clip_video-%05d.ts"
    assert segment_pattern({"segment_prefix": "seg_"}, out, "ts") == "seg_%d.ts"
    named = {"segment_name": "${segment_prefix}/${segment_number}", "segment_prefix": "p"}
    assert segment_pattern(named, out, "ts") == "p_%d.ts"
    assert segment_pattern({"segment_name": "fixed.ts"}, out, "ts") == "fixed%d.ts"


def test_mix_lengths_and_graphs() -> None:
    assert [mix_length([1.0, 3.0, 2.0], rule) for rule in ("first", "longest", "shortest")] == [1.0, 3.0, 1.0]
    assert "normalize=1" in mix_graph(2, "longest", True) and "normalize=0" in mix_graph(2, "first", False)
    joined = concat_graph([2.0, 0.4, 3.0], 1.0, crossfade=False)
    assert "concat=n=3:v=0:a=1[out]" in joined
    assert "afade=t=in:st=0:d=0.200" in joined  # the short middle piece fades for at most half of itself
    crossed = concat_graph([2.0, 2.0], 0.0, crossfade=True)
    assert "acrossfade=d=1.000" in crossed  # 1 s when audio_fade_seconds is 0
    assert "hls" not in PRESETS["empty"].args
