"""/transloadit/store and /transloadit/import through Assemblies: the emulator's own workspace."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, jpeg_bytes
from transloadit_emulator.app import create_app
from transloadit_emulator.ids import account_id
from transloadit_emulator.settings import Account, Settings
from transloadit_kit import Transloadit

PHOTO = jpeg_bytes((120, 80))
OTHER = jpeg_bytes((60, 40), (10, 200, 10))


def _run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60).to_dict()


def test_store_from_several_steps_then_import_process_and_store_again(kit: Transloadit) -> None:
    steps = {
        "thumb": {"use": ":original", "robot": "/image/resize", "width": 30},
        "kept": {
            "use": [":original", "thumb"],
            "robot": "/transloadit/store",
            "path": "site/${file.url_name}",
            "conflict_strategy": "rename",
        },
    }
    done = _run(kit, steps, ("a.jpg", PHOTO))
    assert done.get("ok") == "ASSEMBLY_COMPLETED", done
    thumb = done["results"]["thumb"][0]
    assert thumb["path"] == "site/a-1.jpg" and len(thumb["asset_id"]) == 22 and len(thumb["version_id"]) == 22
    assert thumb["workspace"] == done["account_id"]

    taken = _run(
        kit, {"kept": {"use": ":original", "robot": "/transloadit/store", "path": "site/a.jpg"}}, ("b.jpg", OTHER)
    )
    assert taken["error"] == "TRANSLOADIT_STORE_CONFLICT", taken
    over = {"use": ":original", "robot": "/transloadit/store", "path": "site/a.jpg", "conflict_strategy": "overwrite"}
    again = _run(kit, {"kept": over}, ("b.jpg", OTHER))
    assert again.get("ok") == "ASSEMBLY_COMPLETED", again
    newer = again["results"][":original"][0]

    steps = {
        "imported": {"robot": "/transloadit/import", "path": "site/", "result": True},
        "small": {"use": "imported", "robot": "/image/resize", "width": 10},
        "kept": {"use": "small", "robot": "/transloadit/store", "path": "out/${file.name}"},
    }
    imported = _run(kit, steps)
    assert imported.get("ok") == "ASSEMBLY_COMPLETED", imported
    by_name = {f["name"]: f for f in imported["results"]["imported"]}
    assert sorted(by_name) == ["a-1.jpg", "a.jpg"]
    assert by_name["a.jpg"]["md5hash"] == hashlib.md5(OTHER).hexdigest()  # the overwrite is current
    assert by_name["a.jpg"]["version_id"] == newer["version_id"]
    assert [f["path"] for f in imported["results"]["small"]] == ["out/a-1.jpg", "out/a.jpg"]

    first = _run(kit, {"i": {"robot": "/transloadit/import", "asset_id": newer["asset_id"]}})
    assert first["results"]["i"][0]["md5hash"] == hashlib.md5(OTHER).hexdigest()
    everything = _run(kit, {"i": {"robot": "/transloadit/import", "path": "/", "recursive": True}})
    assert [f["path"] for f in everything["results"]["i"]] == ["out/a-1.jpg", "out/a.jpg", "site/a-1.jpg", "site/a.jpg"]


def test_storage_error_codes(kit: Transloadit) -> None:
    missing = _run(kit, {"i": {"robot": "/transloadit/import", "path": "nothing/here.jpg"}})
    assert missing["error"] == "TRANSLOADIT_IMPORT_NOT_FOUND", missing
    unknown = _run(kit, {"i": {"robot": "/transloadit/import", "asset_id": "A" * 22}})
    assert unknown["error"] == "TRANSLOADIT_IMPORT_NOT_FOUND"
    both = _run(kit, {"i": {"robot": "/transloadit/import", "path": "a", "asset_id": "A" * 22}})
    assert both["error"] == "TRANSLOADIT_IMPORT_VALIDATION"
    outside = _run(
        kit, {"s": {"use": ":original", "robot": "/transloadit/store", "path": "../x.jpg"}}, ("a.jpg", PHOTO)
    )
    assert outside["error"] == "TRANSLOADIT_STORE_VALIDATION"


def test_import_pins_a_version_after_an_overwrite(kit: Transloadit) -> None:
    step = {"use": ":original", "robot": "/transloadit/store", "path": "doc/v.jpg", "conflict_strategy": "overwrite"}
    first = _run(kit, {"kept": step}, ("v.jpg", PHOTO))["results"][":original"][0]
    second = _run(kit, {"kept": step}, ("v.jpg", OTHER))["results"][":original"][0]
    assert second["asset_id"] == first["asset_id"] and second["version_id"] != first["version_id"]
    pinned = {"robot": "/transloadit/import", "asset_id": first["asset_id"], "version_id": first["version_id"]}
    old = _run(kit, {"i": pinned})["results"]["i"][0]
    assert old["md5hash"] == hashlib.md5(PHOTO).hexdigest() and old["path"] == "doc/v.jpg"
    gone = _run(kit, {"i": {**pinned, "version_id": "B" * 21 + "A"}})
    assert gone["error"] == "TRANSLOADIT_IMPORT_NOT_FOUND"  # never falls back to the current version


def test_the_workspace_disk_failing(kit: Transloadit, settings: Settings) -> None:
    """Bytes the index names but the disk no longer holds; a workspace the disk refuses to write."""
    stored = _run(kit, {"s": {"use": ":original", "robot": "/transloadit/store", "path": "d/a.jpg"}}, ("a.jpg", PHOTO))
    account = settings.data_dir / "workspace" / account_id(KEY)
    (account / "versions" / stored["results"][":original"][0]["version_id"]).unlink()
    unreadable = _run(kit, {"i": {"robot": "/transloadit/import", "path": "d/a.jpg"}})
    assert unreadable["error"] == "TRANSLOADIT_IMPORT_FAILURE" and "d/a.jpg" in unreadable["message"], unreadable
    shutil.rmtree(account / "versions")
    (account / "versions").write_bytes(b"")  # where the versions go is no directory
    refused = _run(kit, {"s": {"use": ":original", "robot": "/transloadit/store", "path": "d/b.jpg"}}, ("b.jpg", PHOTO))
    assert refused["error"] == "TRANSLOADIT_STORE_FAILURE" and "d/b.jpg" in refused["message"], refused


def test_storage_off_and_imports_without_proof_of_possession(tmp_path: Path) -> None:
    """An account without Signature Authentication still has to sign (with ``auth.expires``) or
    show a bearer token to import from Transloadit Storage; and an emulator whose accounts have no
    Transloadit Storage (``transloadit_storage`` off)."""
    settings = Settings(
        data_dir=tmp_path / "data",
        accounts=(Account(KEY, SECRET, require_signature=False),),
        public_base_url="http://testserver",
        transloadit_storage=False,
        workers=2,
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        unsigned = {"auth": {"key": KEY}, "steps": {"i": {"robot": "/transloadit/import", "path": "a.jpg"}}}
        refused = client.post("/assemblies", data={"params": json.dumps(unsigned)})
        assert refused.status_code == 400 and refused.json()["error"] == "TRANSLOADIT_IMPORT_ACCESS_DENIED"
        resize = {"auth": {"key": KEY}, "steps": {"r": {"use": ":original", "robot": "/image/resize", "width": 8}}}
        assert client.post("/assemblies", data={"params": json.dumps(resize)}).status_code == 200  # others may
        kit = Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client)
        signed = _run(kit, {"i": {"robot": "/transloadit/import", "path": "a.jpg"}})
        assert signed["error"] == "TRANSLOADIT_IMPORT_FAILURE", signed  # past the check; no storage here
        off = _run(kit, {"s": {"use": ":original", "robot": "/transloadit/store"}}, ("a.jpg", PHOTO))
        assert off["error"] == "TRANSLOADIT_STORE_UNAVAILABLE", off
