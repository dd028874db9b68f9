"""The backing-service switch: tests needing PostgreSQL skip only when asked to, and fail otherwise."""

from __future__ import annotations

import pytest

from tests.services import SKIP_ENV, service_missing, skip_if_asked


def test_skips_only_what_the_variable_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SKIP_ENV, raising=False)
    skip_if_asked("postgresql")  # no variable: no skip
    monkeypatch.setenv(SKIP_ENV, "redis")
    skip_if_asked("postgresql")
    for value in ("postgresql", "redis, PostgreSQL", "all"):
        monkeypatch.setenv(SKIP_ENV, value)
        with pytest.raises(pytest.skip.Exception, match=SKIP_ENV):
            skip_if_asked("postgresql")


def test_a_missing_service_fails_and_says_how_to_skip() -> None:
    with pytest.raises(pytest.fail.Exception, match=f"{SKIP_ENV}=postgresql"):
        service_missing("postgresql", "initdb not found")
