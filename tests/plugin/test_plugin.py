"""The pytest plugin as a user's project meets it: pytester runs small test projects that use only
the plugin's fixtures (loaded by its ``pytest11`` entry point), the README's example verbatim first."""

from __future__ import annotations

import pytest

from tests.plugin.readme import readme_example

pytest_plugins = ["pytester"]

#: A project's tests beyond the README's: clock, faults, outbox, accounts, async kit, isolation.
PROJECT = """
import json

import pytest

from transloadit_kit import Transloadit, TransloaditApiError

STEPS = {"hashed": {"robot": "/file/hash", "use": ":original"}}


def test_faults_are_listed_and_left_behind_for_the_next_test(emulator_faults):
    emulator_faults.rate_limit(count=5)
    emulator_faults.fail_deliveries()
    assert [f["kind"] for f in emulator_faults.list()] == ["creation", "delivery"]


def test_each_test_starts_without_faults_or_assemblies(transloadit, emulator_faults):
    assert emulator_faults.list() == []
    assert transloadit.list_assemblies().count == 0
    assert transloadit.create_assembly(steps=STEPS, files=[("a.txt", b"a")], wait=True).ok == "ASSEMBLY_COMPLETED"


def test_the_clock_moves_and_signatures_follow_it(transloadit, emulator_clock):
    start = emulator_clock.now()
    emulator_clock.advance(7200)
    assert emulator_clock.now() >= start + 7200
    with pytest.raises(TransloaditApiError) as expired:
        transloadit.list_assemblies()
    assert expired.value.code == "AUTH_EXPIRED"


def test_the_clock_is_back_on_system_time(transloadit, emulator_clock):
    assert abs(emulator_clock.read()["offset"]) < 60
    assert transloadit.list_assemblies().count == 0


def test_accounts_come_and_go(transloadit_emulator, emulator):
    emulator.add_account("other-key", "other-secret")
    with Transloadit("other-key", "other-secret", service=transloadit_emulator.url) as other:
        done = other.create_assembly(steps=STEPS, files=[("b.txt", b"b")], wait=True)
        assert done.ok == "ASSEMBLY_COMPLETED"
        assert emulator.reset(account="other-key")["assemblies"] == 1
    emulator.remove_account("other-key")
    assert [a["key"] for a in emulator.accounts()] == [transloadit_emulator.key]


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_async_kit(async_transloadit, emulator_outbox):
    done = await async_transloadit.create_assembly(
        steps=STEPS, files=[("c.txt", b"c")], notify_url=emulator_outbox.receiver_url, wait=True
    )
    sent = emulator_outbox.wait(done.assembly_id)
    assert json.loads(sent["payload"])["assembly_id"] == done.assembly_id
"""


def test_the_readme_example_and_a_project_using_every_fixture(pytester: pytest.Pytester) -> None:
    # One run (one emulator, one interpreter start) for both files: a session serves them all.
    pytester.makepyfile(test_readme=readme_example(), test_project=PROJECT)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:randomly", "-v")
    result.stdout.fnmatch_lines(["*test_readme.py::test_* PASSED*"])
    result.assert_outcomes(passed=7)


def test_tests_that_use_no_fixture_start_and_import_nothing(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_plain="""
import sys, threading

def test_plain():
    assert threading.active_count() == 1
    assert not any(m.startswith(("transloadit_emulator", "transloadit_kit", "transloadit_client")) for m in sys.modules)
"""
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
