"""The ``_human`` forms of sizes and durations."""

from __future__ import annotations

from transloadit_emulator.core.human_forms import human_duration, human_size


def test_human_size() -> None:
    assert [human_size(n) for n in (0, 512, 1023, 1024, 1536, 5 * 1024**2 + 1, 3 * 1024**4, 2048 * 1024**4)] == [
        "0 B",
        "512 B",
        "1023 B",
        "1.00 KB",
        "1.50 KB",
        "5.00 MB",
        "3.00 TB",
        "2048.00 TB",
    ]
    assert human_size(None) is None and human_size(-1) is None


def test_human_duration() -> None:
    assert [human_duration(s) for s in (0, 4.54, 59.9, 60, 65.2, 3600, 3725)] == [
        "0.0s",
        "4.5s",
        "59.9s",
        "1m 0s",
        "1m 5s",
        "1h 0s",
        "1h 2m 5s",
    ]
    assert human_duration(None) is None
