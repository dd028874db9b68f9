"""Steps' scratch directories are reused while empty and removed once a robot left files in them."""

from __future__ import annotations

from pathlib import Path

from transloadit_emulator.core.assemblies.scratch import StepScratch


def test_an_empty_directory_serves_the_next_step(tmp_path: Path) -> None:
    scratch = StepScratch(tmp_path)
    first = scratch.take()
    second = scratch.take()  # two Steps at once: two directories
    assert first != second and first.parent == second.parent == tmp_path
    scratch.give_back(first)
    assert scratch.take() == first


def test_a_directory_with_files_left_in_it_is_removed(tmp_path: Path) -> None:
    scratch = StepScratch(tmp_path)
    used = scratch.take()
    (used / "nested").mkdir()
    (used / "nested" / "frame.png").write_bytes(b"x")
    scratch.give_back(used)
    assert not used.exists()
    assert scratch.take() != used  # a fresh one


def test_a_directory_a_robot_removed_is_forgotten(tmp_path: Path) -> None:
    scratch = StepScratch(tmp_path)
    used = scratch.take()
    used.rmdir()
    scratch.give_back(used)
    fresh = scratch.take()
    assert fresh != used and fresh.is_dir()
