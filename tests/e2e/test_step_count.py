"""Assemblies with many Steps: a documented cap with its error code, and deep ``use`` chains up
to the cap that plan and run (issue 17 #7; the time per Step is measured in bench/step_count.py)."""

from __future__ import annotations

import sys

import pytest

from transloadit_emulator.core.assemblies.planner import MAX_STEPS
from transloadit_kit import Transloadit, TransloaditApiError


def test_more_steps_than_the_cap_are_refused_at_creation(kit: Transloadit) -> None:
    steps = {f"hash{i}": {"robot": "/file/hash"} for i in range(MAX_STEPS + 1)}
    with pytest.raises(TransloaditApiError) as caught:
        kit.create_assembly(steps=steps)
    assert (caught.value.code, caught.value.http_status) == ("ASSEMBLY_INVALID_STEPS", 400)
    assert str(MAX_STEPS) in caught.value.message


def test_the_cap_counts_template_steps_too(kit: Transloadit) -> None:
    # Replays take their Steps through the same planner: the same cap applies.
    done = kit.create_assembly(steps={"a": {"robot": "/file/hash"}}, files=[("a.txt", b"x")], wait=True)
    too_many = {f"hash{i}": {"robot": "/file/hash"} for i in range(MAX_STEPS + 1)}
    with pytest.raises(TransloaditApiError) as caught:
        kit.replay_assembly(str(done.assembly_id), steps=too_many)
    assert caught.value.code == "ASSEMBLY_INVALID_STEPS"


def chain(length: int) -> dict[str, dict[str, object]]:
    """``length`` hash Steps, each using the one before: a ``use`` graph as deep as it is long."""
    steps: dict[str, dict[str, object]] = {"s0": {"use": ":original", "robot": "/file/hash"}}
    for i in range(1, length):
        steps[f"s{i}"] = {"use": f"s{i - 1}", "robot": "/file/hash"}
    return steps


def test_a_chain_as_long_as_the_cap_plans_and_runs(kit: Transloadit) -> None:
    done = kit.create_assembly(steps=chain(MAX_STEPS), wait=True, timeout=120).to_dict()
    assert done["ok"] == "ASSEMBLY_COMPLETED", done.get("error")
    assert done["results"] == {}  # no upload: no Step had a file to work on


def test_a_file_goes_down_a_chain_deeper_than_the_recursion_limit(kit: Transloadit) -> None:
    depth = sys.getrecursionlimit() + 100
    done = kit.create_assembly(steps=chain(depth), files=[("a.txt", b"chained")], wait=True, timeout=120).to_dict()
    assert done["ok"] == "ASSEMBLY_COMPLETED", done.get("error")
    (last,) = done["results"][f"s{depth - 1}"]
    assert last["meta"]["hash"] and last["name"] == "a.txt"
    assert len(done["results"]) == 1  # only the end of the chain is a result


def test_a_cycle_in_a_long_chain_is_named(kit: Transloadit) -> None:
    steps: dict[str, dict[str, object]] = {"s0": {"use": "s2999", "robot": "/file/hash"}}
    for i in range(1, 3000):
        steps[f"s{i}"] = {"use": f"s{i - 1}", "robot": "/file/hash"}
    with pytest.raises(TransloaditApiError) as caught:
        kit.create_assembly(steps=steps)
    message = caught.value.message
    assert caught.value.code == "ASSEMBLY_INFINITE" and "(s0 -> s2999 -> s2998 -> s2997 -> ... 2993 more" in message
    assert message.endswith("s2 -> s1 -> s0).") and len(message) < 200
