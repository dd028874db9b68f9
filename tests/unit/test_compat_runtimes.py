"""A missing runtime fails a compat test; only TRANSLOADIT_SKIP_COMPAT turns that into a skip."""

from __future__ import annotations

import shutil

import pytest

from tests.compat import runtimes


def test_missing_runtime_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(runtimes.SKIP_ENV, raising=False)
    monkeypatch.setattr(shutil, "which", lambda name: None)  # not Debian, no node
    with pytest.raises(pytest.fail.Exception, match="node compat runtime is missing: not a Debian system"):
        runtimes.node_executable("node")


def test_skip_needs_the_variable_naming_the_runtime(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(runtimes.SKIP_ENV, "uppy")
    runtimes.skip_if_asked("node")  # another runtime named: no skip
    with pytest.raises(pytest.skip.Exception, match="TRANSLOADIT_SKIP_COMPAT=uppy"):
        runtimes.skip_if_asked("uppy")
    monkeypatch.setenv(runtimes.SKIP_ENV, " Node , all")
    assert runtimes.skipped_runtimes() == {"node", "all"}
    with pytest.raises(pytest.skip.Exception):
        runtimes.node_executable("node")


def test_missing_runtime_fails_even_when_another_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(runtimes.SKIP_ENV, "node")
    with pytest.raises(pytest.fail.Exception, match="set TRANSLOADIT_SKIP_COMPAT=uppy"):
        runtimes.runtime_missing("uppy", "no chromium")
