"""Every error code of the S3-compatible vendors' store and import robots, raised through Assemblies
against real S3 servers on loopback.

moto's S3 server twice: the session's (any keys work) for missing buckets and buckets in another
region, and one that checks keys (moto's IAM authorization on from the first request, in its own
process since moto reads that setting process-wide) for refused keys; a port nobody listens on for
an unreachable endpoint. DigitalOcean and Backblaze name no host, so an emulator per server points
their service URLs at it; the other vendors' Steps name the host.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import boto3
import pytest
from starlette.testclient import TestClient

from tests.conftest import KEY, SECRET, free_port, jpeg_bytes, make_settings
from transloadit_emulator.app import create_app
from transloadit_kit import Transloadit

PHOTO = ("p.jpg", jpeg_bytes((16, 16)))
KEYS = {"key": "AKIAVENDORTEST", "secret": "vendor-secret"}
#: The region the Steps name; buckets made for the wrong-region rows live in ``OTHER_REGION``.
REGION, OTHER_REGION = "eu-central-1", "eu-west-3"


@dataclass(frozen=True)
class Codes:
    """One vendor's codes, each for the situation its field names."""

    vendor: str
    #: No keys in the Step (nor credentials): bad params.
    store_validation: str
    import_validation: str
    #: A bucket that does not exist (Backblaze's store reports it as a failure).
    store_missing: str
    import_missing: str
    #: Keys the server does not know.
    store_denied: str
    import_denied: str
    #: An endpoint that refuses connections.
    import_failure: str
    #: The Step names a region and the bucket is in another (Backblaze has no regions).
    store_region: str | None


TABLE = [
    Codes(
        "cloudflare",
        "CLOUDFLARE_STORE_VALIDATION",
        "CLOUDFLARE_IMPORT_VALIDATION",
        "CLOUDFLARE_STORE_NOT_FOUND",
        "CLOUDFLARE_IMPORT_NOT_FOUND",
        "CLOUDFLARE_STORE_ACCESS_DENIED",
        "CLOUDFLARE_IMPORT_ACCESS_DENIED",
        "CLOUDFLARE_IMPORT_FAILURE",
        "CLOUDFLARE_STORE_WRONG_REGION",
    ),
    Codes(
        "digitalocean",
        "DIGITALOCEAN_STORE_VALIDATION",
        "DIGITALOCEAN_IMPORT_VALIDATION",
        "DIGITALOCEAN_STORE_NOT_FOUND",
        "DIGITALOCEAN_IMPORT_NOT_FOUND",
        "DIGITALOCEAN_STORE_ACCESS_DENIED",
        "DIGITALOCEAN_IMPORT_ACCESS_DENIED",
        "DIGITALOCEAN_IMPORT_FAILURE",
        "DIGITALOCEAN_STORE_WRONG_REGION",
    ),
    Codes(
        "mega",
        "MEGA_STORE_VALIDATION",
        "MEGA_IMPORT_VALIDATION",
        "MEGA_STORE_NOT_FOUND",
        "MEGA_IMPORT_NOT_FOUND",
        "MEGA_STORE_ACCESS_DENIED",
        "MEGA_IMPORT_ACCESS_DENIED",
        "MEGA_IMPORT_FAILURE",
        "MEGA_STORE_WRONG_REGION",
    ),
    Codes(
        "minio",
        "MINIO_STORE_VALIDATION",
        "MINIO_IMPORT_VALIDATION",
        "MINIO_STORE_NOT_FOUND",
        "MINIO_IMPORT_NOT_FOUND",
        "MINIO_STORE_ACCESS_DENIED",
        "MINIO_IMPORT_ACCESS_DENIED",
        "MINIO_IMPORT_FAILURE",
        "MINIO_STORE_WRONG_REGION",
    ),
    Codes(
        "supabase",
        "SUPABASE_STORE_VALIDATION",
        "SUPABASE_IMPORT_VALIDATION",
        "SUPABASE_STORE_NOT_FOUND",
        "SUPABASE_IMPORT_NOT_FOUND",
        "SUPABASE_STORE_ACCESS_DENIED",
        "SUPABASE_IMPORT_ACCESS_DENIED",
        "SUPABASE_IMPORT_FAILURE",
        "SUPABASE_STORE_WRONG_REGION",
    ),
    Codes(
        "swift",
        "SWIFT_STORE_VALIDATION",
        "SWIFT_IMPORT_VALIDATION",
        "SWIFT_STORE_NOT_FOUND",
        "SWIFT_IMPORT_NOT_FOUND",
        "SWIFT_STORE_ACCESS_DENIED",
        "SWIFT_IMPORT_ACCESS_DENIED",
        "SWIFT_IMPORT_FAILURE",
        "SWIFT_STORE_WRONG_REGION",
    ),
    Codes(
        "tigris",
        "TIGRIS_STORE_VALIDATION",
        "TIGRIS_IMPORT_VALIDATION",
        "TIGRIS_STORE_NOT_FOUND",
        "TIGRIS_IMPORT_NOT_FOUND",
        "TIGRIS_STORE_ACCESS_DENIED",
        "TIGRIS_IMPORT_ACCESS_DENIED",
        "TIGRIS_IMPORT_FAILURE",
        "TIGRIS_STORE_WRONG_REGION",
    ),
    Codes(
        "wasabi",
        "WASABI_STORE_VALIDATION",
        "WASABI_IMPORT_VALIDATION",
        "WASABI_STORE_NOT_FOUND",
        "WASABI_IMPORT_NOT_FOUND",
        "WASABI_STORE_ACCESS_DENIED",
        "WASABI_IMPORT_ACCESS_DENIED",
        "WASABI_IMPORT_FAILURE",
        "WASABI_STORE_WRONG_REGION",
    ),
    Codes(
        "backblaze",
        "BACKBLAZE_STORE_VALIDATION",
        "BACKBLAZE_IMPORT_VALIDATION",
        "BACKBLAZE_STORE_FAILURE",
        "BACKBLAZE_IMPORT_NOT_FOUND",
        "BACKBLAZE_STORE_ACCESS_DENIED",
        "BACKBLAZE_IMPORT_ACCESS_DENIED",
        "BACKBLAZE_IMPORT_FAILURE",
        None,
    ),
]


def _connection(vendor: str, endpoint: str, bucket: str) -> dict[str, Any]:
    """Step params that reach ``bucket`` at ``endpoint`` with the test keys, by the vendor's names."""
    if vendor == "digitalocean":  # the endpoint is the emulator's service URL; the region is the Step's
        return {**KEYS, "space": bucket, "region": "fra1"}
    if vendor == "backblaze":
        return {"app_key_id": KEYS["key"], "app_key": KEYS["secret"], "bucket": bucket}
    return {**KEYS, "bucket": bucket, "host": endpoint}


def _wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "moto's server exited"
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("moto's server did not start")


@pytest.fixture(scope="module")
def moto_checking_keys() -> Iterator[str]:
    """moto's S3 server that refuses every key no IAM user of it holds (all of ours)."""
    port = free_port()
    env = {**os.environ, "INITIAL_NO_AUTH_ACTION_COUNT": "0"}
    command = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@dataclass
class Emulator:
    """An in-process emulator whose DigitalOcean and Backblaze service URLs are ``endpoint``."""

    endpoint: str
    kit: Transloadit

    def run(self, steps: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
        return self.kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60).to_dict()


@pytest.fixture(scope="module")
def emulators(
    tmp_path_factory: pytest.TempPathFactory, moto_s3: str, moto_checking_keys: str
) -> Iterator[dict[str, Emulator]]:
    """``open`` (moto with any keys), ``checking`` (moto that refuses ours), ``closed`` (no server)."""
    endpoints = {"open": moto_s3, "checking": moto_checking_keys, "closed": f"http://127.0.0.1:{free_port()}"}
    clients = []
    found = {}
    try:
        for name, endpoint in endpoints.items():
            urls = (("digitalocean", endpoint), ("backblaze", endpoint))
            settings = make_settings(
                tmp_path_factory.mktemp(name), public_base_url="http://testserver", service_urls=urls
            )
            client = TestClient(create_app(settings), raise_server_exceptions=False)
            clients.append(client.__enter__())
            found[name] = Emulator(endpoint, Transloadit(KEY, SECRET, service="http://testserver", httpx_client=client))
        yield found
    finally:
        for client in clients:
            client.__exit__(None, None, None)


def _store(codes: Codes, connection: dict[str, Any]) -> dict[str, Any]:
    return {"s": {"use": ":original", "robot": f"/{codes.vendor}/store", **connection}}


def _import(codes: Codes, connection: dict[str, Any]) -> dict[str, Any]:
    return {"i": {"robot": f"/{codes.vendor}/import", **connection, "path": "in/"}}


@pytest.mark.parametrize("codes", TABLE, ids=[c.vendor for c in TABLE])
def test_vendor_codes(codes: Codes, emulators: dict[str, Emulator]) -> None:
    open_, checking, closed = emulators["open"], emulators["checking"], emulators["closed"]
    bucket_only = {"space" if codes.vendor == "digitalocean" else "bucket": "some-bucket"}
    assert open_.run(_store(codes, bucket_only), PHOTO)["error"] == codes.store_validation
    assert open_.run(_import(codes, bucket_only))["error"] == codes.import_validation

    missing = _connection(codes.vendor, open_.endpoint, f"missing-{uuid.uuid4().hex[:12]}")
    assert open_.run(_store(codes, missing), PHOTO)["error"] == codes.store_missing
    assert open_.run(_import(codes, missing))["error"] == codes.import_missing

    refused = _connection(codes.vendor, checking.endpoint, "any-bucket")
    denied = checking.run(_store(codes, refused), PHOTO)
    assert denied["error"] == codes.store_denied and KEYS["secret"] not in denied["message"], denied
    assert checking.run(_import(codes, refused))["error"] == codes.import_denied

    unreachable = _connection(codes.vendor, closed.endpoint, "any-bucket")
    assert closed.run(_import(codes, unreachable))["error"] == codes.import_failure

    open_.kit.create_credential(f"s3-not-{codes.vendor}", "s3", {**KEYS, "bucket": "b"})
    wrong = open_.run(_store(codes, {"credentials": f"s3-not-{codes.vendor}"}), PHOTO)
    assert wrong["error"] == "TEMPLATE_CREDENTIALS_INJECTION_ERROR" and codes.vendor in wrong["message"]


@pytest.mark.parametrize("codes", [c for c in TABLE if c.store_region], ids=lambda c: c.vendor)
def test_a_bucket_in_another_region_than_the_step_names(codes: Codes, emulators: dict[str, Emulator]) -> None:
    """The Step (through its credentials: not every vendor's Step has ``bucket_region``) names one
    region; the bucket was made in another."""
    open_ = emulators["open"]
    s3 = boto3.client("s3", endpoint_url=open_.endpoint, region_name="us-east-1", **_boto_keys())
    bucket = f"r-{uuid.uuid4().hex[:12]}"
    elsewhere = "ams3" if codes.vendor == "digitalocean" else OTHER_REGION
    s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": elsewhere})
    content = _connection(codes.vendor, open_.endpoint, bucket)
    if codes.vendor != "digitalocean":
        content["bucket_region"] = REGION
    name = f"{codes.vendor}-{bucket}"
    open_.kit.create_credential(name, codes.vendor, content)
    done = open_.run({"s": {"use": ":original", "robot": f"/{codes.vendor}/store", "credentials": name}}, PHOTO)
    assert done["error"] == codes.store_region, done
    assert elsewhere in done["message"]
    assert "Contents" not in s3.list_objects_v2(Bucket=bucket)  # nothing was stored


def _boto_keys() -> dict[str, str]:
    return {"aws_access_key_id": KEYS["key"], "aws_secret_access_key": KEYS["secret"]}


def test_the_named_region_of_the_bucket_stores(emulators: dict[str, Emulator]) -> None:
    """The region check lets a Step through whose region is the bucket's."""
    open_ = emulators["open"]
    s3 = boto3.client("s3", endpoint_url=open_.endpoint, region_name="us-east-1", **_boto_keys())
    bucket = f"r-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION})
    step = {"robot": "/wasabi/store", **_connection("wasabi", open_.endpoint, bucket), "bucket_region": REGION}
    done = open_.run({"s": {"use": ":original", **step, "path": "a.jpg"}}, PHOTO)
    assert done.get("ok") == "ASSEMBLY_COMPLETED", done
    assert [o["Key"] for o in s3.list_objects_v2(Bucket=bucket)["Contents"]] == ["a.jpg"]
