"""TLS beside plain HTTP: ``assembly_ssl_url`` and results' ``ssl_url`` are https on the TLS port,
signed by the local CA made under the data directory, and work through the generated client."""

from __future__ import annotations

import io
import os
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from PIL import Image
from transloadit_client import Client
from transloadit_client.api.assemblies import get_assembly
from transloadit_client.models import AssemblyStatus

from tests.conftest import KEY, SECRET, LiveServer, free_port, jpeg_bytes, start_live_server
from transloadit_emulator.settings import Settings, settings_from_env
from transloadit_emulator.tls import ensure_certificates
from transloadit_kit import Transloadit

STEPS = {
    ":original": {"robot": "/upload/handle", "result": True},
    "small": {"use": ":original", "robot": "/image/resize", "width": 20},
}


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "tls-data", tls=True)
    try:
        yield server
    finally:
        server.stop()


def test_ssl_urls_point_at_the_tls_port(tls_server: LiveServer) -> None:
    settings, ca = tls_server.settings, tls_server.ca_cert
    assert ca is not None and settings.tls_port is not None
    kit = Transloadit(KEY, SECRET, service=tls_server.url)
    done = kit.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((40, 30)))], wait=True)
    tls_base = f"https://127.0.0.1:{settings.tls_port}"
    assert str(done.assembly_ssl_url) == f"{tls_base}/assemblies/{done.assembly_id}"
    assert str(done.assembly_url).startswith("http://127.0.0.1:")
    files = [*done.uploads, *done.results[":original"], *done.results["small"]]  # type: ignore[index,misc]
    for f in files:
        assert str(f.ssl_url).startswith(f"{tls_base}/files/") and str(f.url).startswith("http://")
    # The status over TLS through the generated client, trusting only the emulator's CA.
    over_tls = Client(base_url=tls_base, verify_ssl=ssl.create_default_context(cafile=str(ca)))
    status = get_assembly.sync(str(done.assembly_id), client=over_tls)
    assert isinstance(status, AssemblyStatus) and status.ok == "ASSEMBLY_COMPLETED"
    trusted = ssl.create_default_context(cafile=str(ca))
    image = Image.open(io.BytesIO(httpx.get(str(done.results["small"][0].ssl_url), verify=trusted).content))  # type: ignore[index]
    assert image.size == (20, 15)
    # Without the CA the certificate is not trusted: it really is TLS, signed by our own CA.
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{tls_base}/", verify=True)


def test_ca_is_made_once_and_the_server_certificate_names_the_hosts(tmp_path: Path) -> None:
    first = ensure_certificates(tmp_path, ("emulator.example.test",))
    ca_pem = first.ca_cert.read_bytes()
    cert = x509.load_pem_x509_certificate(first.server_cert.read_bytes())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert set(names.get_values_for_type(x509.DNSName)) == {"localhost", "emulator.example.test"}
    assert {str(ip) for ip in names.get_values_for_type(x509.IPAddress)} == {"127.0.0.1", "::1"}
    assert (tmp_path / "tls" / "ca-key.pem").stat().st_mode & 0o077 == 0  # the CA key is private
    again = ensure_certificates(tmp_path, ("emulator.example.test",))
    assert again.server_cert.read_bytes() == first.server_cert.read_bytes()  # nothing changed: kept
    other = ensure_certificates(tmp_path, ("10.1.2.3",))
    assert other.ca_cert.read_bytes() == ca_pem  # a new host: same CA, new server certificate
    renamed = x509.load_pem_x509_certificate(other.server_cert.read_bytes())
    sans = renamed.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "10.1.2.3" in {str(ip) for ip in sans.get_values_for_type(x509.IPAddress)}


def test_ssl_base_url_follows_the_settings(tmp_path: Path) -> None:
    assert Settings(tmp_path).ssl_base_url == "http://127.0.0.1:8000"  # no TLS: the http base
    assert Settings(tmp_path, tls_port=8001).ssl_base_url == "https://127.0.0.1:8001"
    public = Settings(tmp_path, public_base_url="http://emu.local:9000", tls_port=9443)
    assert public.ssl_base_url == "https://emu.local:9443"
    proxied = Settings(tmp_path, public_base_url="https://emu.example.com", tls_port=9443)
    assert proxied.ssl_base_url == "https://emu.example.com"  # TLS already in front
    assert Settings(tmp_path, tls_port=1, public_tls_url="https://x.test/").ssl_base_url == "https://x.test"


def test_cli_serves_tls_and_prints_how_to_trust_it(tmp_path: Path) -> None:
    """``python -m transloadit_emulator serve`` (what ``make serve`` runs): TLS on by default at the
    next port, the CA's path and the trust variables printed at start."""
    port = free_port()
    data = tmp_path / "cli-data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRANSLOADIT_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "transloadit_emulator", "serve", "--port", str(port), "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(8)]
        printed = "".join(lines)
        ca = data / "tls" / "ca.pem"
        assert f"TLS on https://127.0.0.1:{port + 1}" in printed
        for variable in ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE", "NODE_EXTRA_CA_CERTS"):
            assert f"{variable}={ca.resolve()}" in printed, printed
        deadline = time.monotonic() + 20
        answer = None
        while answer is None and time.monotonic() < deadline:
            try:
                trusted = ssl.create_default_context(cafile=str(ca))
                answer = httpx.get(f"https://localhost:{port + 1}/", verify=trusted, timeout=2)
            except httpx.HTTPError:
                time.sleep(0.1)
        assert answer is not None and answer.json()["ok"] == "SERVER_ROOT"
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_tls_settings_from_flags_and_environment() -> None:
    assert settings_from_env({}).tls_port == 8001  # on by default, at the next port
    assert settings_from_env({}, port=9000).ssl_base_url == "https://127.0.0.1:9001"
    assert settings_from_env({"TRANSLOADIT_EMULATOR_TLS_PORT": "9443"}).tls_port == 9443
    assert settings_from_env({"TRANSLOADIT_EMULATOR_TLS_PORT": "off"}).tls_port is None
    assert settings_from_env({"TRANSLOADIT_EMULATOR_TLS_PORT": "off"}, tls_port=7443).tls_port == 7443
    assert settings_from_env({}, tls=False).ssl_base_url == "http://127.0.0.1:8000"  # --no-tls
    env = {"TRANSLOADIT_EMULATOR_PUBLIC_TLS_URL": "https://emu.example.com"}
    assert settings_from_env(env).ssl_base_url == "https://emu.example.com"
