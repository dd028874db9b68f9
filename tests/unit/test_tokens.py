"""Token expiry, on a clock the test moves."""

from __future__ import annotations

import base64
from pathlib import Path

import orjson
import pytest

from tests.conftest import KEY, SECRET, make_settings
from transloadit_emulator.core.clock import ManualClock
from transloadit_emulator.core.tokens import TOKEN_TTL_S, TokenService
from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.storage.records import SqliteRecordStore
from transloadit_emulator.storage.sqlite import SqliteDatabase


def test_tokens_expire(tmp_path: Path) -> None:
    clock = ManualClock(1_800_000_000.0)
    service = TokenService(make_settings(tmp_path), SqliteRecordStore(SqliteDatabase(tmp_path / "s.sqlite3")), clock)
    basic = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    token = orjson.loads(service.create_token(basic, "client_credentials", "assemblies:read"))["access_token"]
    grant = service.lookup(token)
    assert grant.account_key == KEY and grant.scopes == {"assemblies:read"}
    clock.advance(TOKEN_TTL_S + 1)
    with pytest.raises(TransloaditError) as caught:
        service.lookup(token)
    assert caught.value.code == "BEARER_TOKEN_EXPIRED"
