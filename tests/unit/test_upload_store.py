"""FileUploadStore: the bytes and description of tus uploads as files, the offset from the bytes kept."""

from __future__ import annotations

from pathlib import Path

from transloadit_emulator.storage.uploads import FileUploadStore, TusUpload

UID = "ab" * 16


def upload(uid: str = UID, **kw: object) -> TusUpload:
    return TusUpload(id=uid, length=10, metadata={"filename": "a.txt"}, assembly_id=None, created_ts=1.0, **kw)  # type: ignore[arg-type]


def test_create_append_get(tmp_path: Path) -> None:
    store = FileUploadStore(tmp_path / "tus")
    store.create(upload(expires_ts=50.0))
    got = store.get(UID)
    assert got == upload(expires_ts=50.0) and got.offset == 0
    with store.append(UID) as out:
        out.write(b"hello")
    with store.append(UID) as out:
        out.write(b"!!")
    assert store.path(UID).read_bytes() == b"hello!!"
    assert FileUploadStore(tmp_path / "tus").get(UID).offset == 7  # type: ignore[union-attr]  # a restart keeps it


def test_an_attached_upload_keeps_its_described_offset(tmp_path: Path) -> None:
    store = FileUploadStore(tmp_path)
    done = upload(offset=10, extra={"attached": True})
    store.create(done)
    store.path(UID).unlink()  # its Assembly took the bytes
    assert store.get(UID) == done


def test_ids_that_are_not_ids_find_nothing(tmp_path: Path) -> None:
    store = FileUploadStore(tmp_path / "tus")
    (tmp_path / "secret.json").write_text("{}")
    for bad in ("../secret", UID.upper(), UID + "0", "", "a" * 31):
        assert store.get(bad) is None
    (tmp_path / "tus" / f"{UID}.json").write_bytes(b"{half-written")
    assert store.get(UID) is None


def test_terminate_drops_bytes_keeps_description(tmp_path: Path) -> None:
    store = FileUploadStore(tmp_path)
    store.create(upload())
    with store.append(UID) as out:
        out.write(b"abc")
    gone = upload(terminated=True)
    store.terminate(gone)
    assert not store.path(UID).exists()
    assert store.get(UID) == gone
    store.remove(UID)
    assert store.get(UID) is None and list(tmp_path.iterdir()) == []


def test_expire_removes_only_past_unkept_uploads(tmp_path: Path) -> None:
    store = FileUploadStore(tmp_path)
    ids = {name: name * 32 for name in "abcd"}
    store.create(upload(ids["a"], expires_ts=10.0))  # past
    store.create(upload(ids["b"], expires_ts=30.0))  # future
    store.create(upload(ids["c"], expires_ts=None))  # finished: never expires
    store.create(upload(ids["d"], expires_ts=10.0))  # past, but busy
    assert store.expire(20.0, keep={ids["d"]}) == [ids["a"]]
    assert store.get(ids["a"]) is None
    assert all(store.get(ids[n]) is not None for n in "bcd")
    assert sorted(store.expire(40.0)) == [ids["b"], ids["d"]]
