"""A local certificate authority and the emulator's TLS server certificate, under the data directory.

The live API answers ``ssl_url`` and ``assembly_ssl_url`` with ``https://``; the emulator serves TLS
beside plain HTTP so those URLs work too. At first start it makes a CA (``<data-dir>/tls/ca.pem``,
its key beside it, readable by the owner only) and a server certificate signed by it for
``localhost``, ``127.0.0.1``, ``::1`` and the public host. Clients trust the emulator by trusting
``ca.pem``: ``REQUESTS_CA_BUNDLE`` / ``SSL_CERT_FILE`` for Python, ``NODE_EXTRA_CA_CERTS`` for Node.
The CA is kept across restarts (so a client set up once stays set up); the server certificate is
made again when the host names change or it nears its end.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

_CA_DAYS = 3650
_SERVER_DAYS = 397  # the longest leaf lifetime browsers accept
_RENEW_BEFORE = dt.timedelta(days=30)
_DEFAULT_HOSTS = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class TlsFiles:
    """Where the CA certificate, the server certificate and its key are."""

    ca_cert: Path
    server_cert: Path
    server_key: Path


def ensure_certificates(data_dir: Path, hosts: tuple[str, ...] = ()) -> TlsFiles:
    """The CA (made once) and a server certificate for the default hosts and ``hosts``."""
    directory = data_dir / "tls"
    directory.mkdir(parents=True, exist_ok=True)
    files = TlsFiles(directory / "ca.pem", directory / "server.pem", directory / "server-key.pem")
    ca_key_path = directory / "ca-key.pem"
    if not (files.ca_cert.is_file() and ca_key_path.is_file()):
        new_key, new_cert = _make_ca()
        _write_key(ca_key_path, new_key)
        files.ca_cert.write_bytes(new_cert.public_bytes(serialization.Encoding.PEM))
    names = sorted({*_DEFAULT_HOSTS, *(h for h in hosts if h)})
    stamp = directory / "server-hosts.json"
    if _server_is_current(files, stamp, names):
        return files
    loaded = serialization.load_pem_private_key(ca_key_path.read_bytes(), password=None)
    if not isinstance(loaded, ec.EllipticCurvePrivateKey):
        raise ValueError(f"{ca_key_path} is not the emulator's CA key; remove the tls directory to make a new CA")
    ca_cert = x509.load_pem_x509_certificate(files.ca_cert.read_bytes())
    key, cert = _make_server(loaded, ca_cert, names)
    _write_key(files.server_key, key)
    files.server_cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    stamp.write_text(json.dumps(names))
    return files


def trust_hints(ca_cert: Path) -> list[str]:
    """How to make Python and Node clients trust the emulator's CA, one line each."""
    return [
        f"  TLS CA: {ca_cert}",
        f"    Python (requests, pytransloadit): export REQUESTS_CA_BUNDLE={ca_cert}",
        f"    Python (ssl, httpx, urllib):      export SSL_CERT_FILE={ca_cert}",
        f"    Node (SDK, fetch):                export NODE_EXTRA_CA_CERTS={ca_cert}",
    ]


def _server_is_current(files: TlsFiles, stamp: Path, names: list[str]) -> bool:
    if not (files.server_cert.is_file() and files.server_key.is_file() and stamp.is_file()):
        return False
    try:
        if json.loads(stamp.read_text()) != names:
            return False
        cert = x509.load_pem_x509_certificate(files.server_cert.read_bytes())
    except (ValueError, OSError):
        return False
    return cert.not_valid_after_utc - _RENEW_BEFORE > dt.datetime.now(dt.UTC)


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    """A private key in PEM, readable by the owner only."""
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)


def _make_ca() -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Transloadit emulator"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Transloadit emulator local CA"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=_CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _san(name: str) -> x509.GeneralName:
    try:
        return x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        return x509.DNSName(name)


def _make_server(
    ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate, names: list[str]
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=_SERVER_DAYS))
        .add_extension(x509.SubjectAlternativeName([_san(n) for n in names]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert
