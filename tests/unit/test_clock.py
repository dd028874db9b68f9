"""The one fake clock tests share (core/clock.py's ManualClock)."""

from __future__ import annotations

import time

import pytest

from transloadit_emulator.core.clock import ManualClock


def test_frozen_clock_moves_only_when_advanced() -> None:
    clock = ManualClock(1000.0)
    assert clock.now() == clock.now() == 1000.0
    clock.advance(2.5)
    assert clock.now() == 1002.5


def test_following_clock_keeps_its_offset() -> None:
    clock = ManualClock()
    before = time.time()
    clock.advance(3600)
    reading = clock.now()
    assert before + 3600 <= reading <= time.time() + 3600


def test_freeze_stops_a_following_clock() -> None:
    clock = ManualClock()
    clock.advance(60)
    clock.freeze()
    first = clock.now()
    assert first > time.time() + 59
    assert clock.now() == first
    clock.freeze(5.0)
    assert clock.now() == 5.0


def test_clock_never_moves_back() -> None:
    with pytest.raises(ValueError):
        ManualClock(1.0).advance(-1)
