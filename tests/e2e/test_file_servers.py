"""/ftp/* and /sftp/* through Assemblies, against real servers on loopback.

FTP is pyftpdlib (a user with a password, its home a temporary directory); SFTP is asyncssh's
server (password and public key logins, chrooted to a temporary directory). Both start once per
session; each test works in its own directory, and the stored files are read back from disk.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncssh
import pytest
from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import ThreadedFTPServer

from tests.conftest import free_port, jpeg_bytes
from transloadit_kit import Transloadit

PHOTO = jpeg_bytes((120, 80))
SMALL = jpeg_bytes((40, 30), (10, 200, 10))


@dataclass(frozen=True)
class Server:
    """A file server on loopback: its protocol, port, login and the directory it serves."""

    protocol: str
    port: int
    root: Path
    login: dict[str, Any]

    def params(self, **extra: Any) -> dict[str, Any]:
        """Inline Step params that reach this server."""
        return {"host": "127.0.0.1", "port": self.port, **self.login, **extra}


@pytest.fixture(scope="session")
def ftp_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("ftp")
    authorizer = DummyAuthorizer()
    authorizer.add_user("ada", "lovelace", str(root), perm="elradfmwMT")
    handler = type("Handler", (FTPHandler,), {"authorizer": authorizer, "banner": "test ftp", "auth_failed_timeout": 0})
    server = ThreadedFTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"timeout": 0.2}, daemon=True)
    thread.start()
    try:
        yield Server("ftp", server.address[1], root, {"user": "ada", "password": "lovelace"})
    finally:
        server.close_all()
        thread.join(timeout=10)


CLIENT_KEY = asyncssh.generate_private_key("ssh-ed25519")


class _SshServer(asyncssh.SSHServer):
    def password_auth_supported(self) -> bool:
        return True

    def validate_password(self, username: str, password: str) -> bool:
        return username == "grace" and password == "hopper"


@pytest.fixture(scope="session")
def sftp_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("sftp")
    port = free_port()
    loop = asyncio.new_event_loop()
    started = threading.Event()

    async def serve() -> asyncssh.SSHAcceptor:
        return await asyncssh.listen(
            "127.0.0.1",
            port,
            server_host_keys=[asyncssh.generate_private_key("ssh-ed25519")],
            server_factory=_SshServer,
            authorized_client_keys=asyncssh.import_authorized_keys(CLIENT_KEY.export_public_key().decode()),
            sftp_factory=lambda chan: asyncssh.SFTPServer(chan, chroot=str(root).encode()),
        )

    def run() -> None:
        asyncio.set_event_loop(loop)
        acceptor = loop.run_until_complete(serve())
        started.set()
        loop.run_forever()
        acceptor.close()
        loop.run_until_complete(acceptor.wait_closed())

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert started.wait(10)
    try:
        yield Server("sftp", port, root, {"user": "grace", "password": "hopper"})
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)


@pytest.fixture(params=["ftp", "sftp"])
def server(request: pytest.FixtureRequest) -> Server:
    return request.getfixturevalue(f"{request.param}_server")  # type: ignore[no-any-return]


def _run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes], **kw: Any) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60, **kw).to_dict()


def test_store_from_several_steps_with_template_credentials(kit: Transloadit, server: Server) -> None:
    folder = uuid.uuid4().hex[:8]
    content = {"host": "127.0.0.1", "port": server.port, **server.login}
    if server.protocol == "sftp":  # log in with a key instead of the password
        content = {
            "host": "127.0.0.1",
            "port": server.port,
            "user": "grace",
            "private_key": CLIENT_KEY.export_private_key().decode(),
        }
    kit.create_credential(f"my-{server.protocol}-{folder}", server.protocol, content)
    steps = {
        "thumb": {"use": ":original", "robot": "/image/resize", "width": 60},
        "stored": {
            "use": [":original", "thumb"],
            "robot": f"/{server.protocol}/store",
            "credentials": f"my-{server.protocol}-{folder}",
            "path": f"{folder}/${{fields.user}}/${{previous_step.name}}/${{file.url_name}}",
            "url_template": "http://{HOST}/files/{PATH}",
            "ssl_url_template": "https://cdn.example.com/{PATH}",
        },
    }
    done = _run(kit, steps, ("a photo.jpg", PHOTO), fields={"user": "ada"})
    assert done.get("ok") == "ASSEMBLY_COMPLETED", done
    thumb = done["results"]["thumb"][0]
    assert thumb["url"] == f"http://127.0.0.1/files/{folder}/ada/thumb/a_photo.jpg"
    assert thumb["ssl_url"] == f"https://cdn.example.com/{folder}/ada/thumb/a_photo.jpg"
    stored = (server.root / folder / "ada" / "thumb" / "a_photo.jpg").read_bytes()
    assert hashlib.md5(stored).hexdigest() == thumb["md5hash"]
    assert (server.root / folder / "ada" / "a_photo.jpg").read_bytes() == PHOTO  # uploads: no previous Step


def test_import_process_store_with_inline_login(kit: Transloadit, server: Server) -> None:
    folder = server.root / uuid.uuid4().hex[:8]
    (folder / "in" / "deeper").mkdir(parents=True)
    (folder / "in" / "a.jpg").write_bytes(PHOTO)
    (folder / "in" / "deeper" / "b.jpg").write_bytes(SMALL)
    recursive = {"recursive": True} if server.protocol == "sftp" else {}  # FTP imports always walk the tree
    steps = {
        "imported": {"robot": f"/{server.protocol}/import", **server.params(path=f"{folder.name}/in"), **recursive},
        "small": {"use": "imported", "robot": "/image/resize", "width": 20, "height": 20},
        "stored": {
            "use": ["imported", "small"],
            "robot": f"/{server.protocol}/store",
            **server.params(path=f"{folder.name}/out/${{previous_step.name}}/${{file.name}}"),
        },
    }
    if server.protocol == "sftp":
        steps["stored"]["file_chmod"] = "640"
    done = _run(kit, steps)
    assert done.get("ok") == "ASSEMBLY_COMPLETED", done
    assert [f["name"] for f in done["results"]["small"]] == ["a.jpg", "b.jpg"]
    stored = sorted(str(p.relative_to(folder / "out")) for p in (folder / "out").rglob("*.jpg"))
    assert stored == ["imported/a.jpg", "imported/b.jpg", "small/a.jpg", "small/b.jpg"]
    assert (folder / "out" / "imported" / "b.jpg").read_bytes() == SMALL
    assert done["results"]["small"][0]["url"] == f"https://127.0.0.1/{folder.name}/out/small/a.jpg"
    if server.protocol == "sftp":
        assert (folder / "out" / "small" / "a.jpg").stat().st_mode & 0o777 == 0o640
        flat = _run(kit, {"i": {"robot": "/sftp/import", **server.params(path=f"{folder.name}/in")}})
        assert [f["name"] for f in flat["results"]["i"]] == ["a.jpg"]  # without recursive: direct files only


@dataclass(frozen=True)
class Codes:
    """A file server robot pair's codes, each for the situation its field names."""

    protocol: str
    import_denied: str  # a password the server refuses
    import_missing: str  # a path with nothing at it
    import_failure: str  # a port nobody listens on
    import_validation: str  # no host
    store_validation: str  # no host


CODES = [
    Codes(
        "ftp",
        "FTP_IMPORT_ACCESS_DENIED",
        "FTP_IMPORT_NOT_FOUND",
        "FTP_IMPORT_FAILURE",
        "FTP_IMPORT_VALIDATION",
        "FTP_STORE_VALIDATION",
    ),
    Codes(
        "sftp",
        "SFTP_IMPORT_ACCESS_DENIED",
        "SFTP_IMPORT_NOT_FOUND",
        "SFTP_IMPORT_FAILURE",
        "SFTP_IMPORT_VALIDATION",
        "SFTP_STORE_VALIDATION",
    ),
]


@pytest.mark.parametrize("codes", CODES, ids=[c.protocol for c in CODES])
def test_file_server_error_codes(kit: Transloadit, codes: Codes, request: pytest.FixtureRequest) -> None:
    server: Server = request.getfixturevalue(f"{codes.protocol}_server")
    robot = f"/{server.protocol}/import"
    wrong = _run(kit, {"i": {"robot": robot, **server.params(path="in", password="wrong")}})
    assert wrong["error"] == codes.import_denied, wrong
    assert "wrong" not in wrong["message"]  # never the password
    missing = _run(kit, {"i": {"robot": robot, **server.params(path="no/such/file.jpg")}})
    assert missing["error"] == codes.import_missing, missing
    closed = _run(kit, {"i": {"robot": robot, **server.params(path="x", port=free_port())}})
    assert closed["error"] == codes.import_failure, closed
    no_host = _run(kit, {"i": {"robot": robot, "user": "u", "password": "p", "path": "x"}})
    assert no_host["error"] == codes.import_validation, no_host
    no_host = _run(
        kit, {"s": {"use": ":original", "robot": f"/{server.protocol}/store", "user": "u"}}, ("p.jpg", PHOTO)
    )
    assert no_host["error"] == codes.store_validation
    kit.create_credential(f"s3-not-{server.protocol}", "s3", {"key": "k", "secret": "s", "bucket": "b"})
    wrong_type = _run(
        kit,
        {"s": {"use": ":original", "robot": f"/{server.protocol}/store", "credentials": f"s3-not-{server.protocol}"}},
        ("p.jpg", PHOTO),
    )
    assert wrong_type["error"] == "TEMPLATE_CREDENTIALS_INJECTION_ERROR"
    ignored = _run(kit, {"i": {"robot": robot, **server.params(path="no/such/file.jpg"), "ignore_errors": True}})
    assert ignored.get("ok") == "ASSEMBLY_COMPLETED"
