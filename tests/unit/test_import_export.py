"""The pieces of the import and storage robots that need no server: the address guard, S3 error
mapping, header parsing, bucket resolution and the URLs of stored objects."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from boto3.exceptions import S3UploadFailedError
from botocore.exceptions import ClientError, EndpointConnectionError

from transloadit_emulator.errors import TransloaditError
from transloadit_emulator.outbound.http_fetch import RemoteFetchError, download, is_public_address
from transloadit_emulator.outbound.s3 import S3Error, S3Target, _mapped
from transloadit_emulator.robots.base import RobotContext
from transloadit_emulator.robots.http_import import import_urls, request_headers
from transloadit_emulator.robots.support.s3_buckets import _endpoint, resolve_bucket, s3_robot_error


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("127.0.0.1", False),
        ("127.8.9.10", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata services live here
        ("100.64.0.1", False),  # shared address space (CGNAT)
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),  # IPv4-mapped loopback
        ("not an address", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_download_refuses_loopback_names_and_literals_before_connecting(tmp_path: Path) -> None:
    for url in ("http://127.0.0.1:9/x", "http://localhost:9/x", "http://[::1]:9/x", "http://0x7f000001:9/x"):
        with pytest.raises(RemoteFetchError) as caught:
            download(url, tmp_path, max_bytes=10)
        assert caught.value.kind == "blocked", url
    assert list(tmp_path.iterdir()) == []  # nothing left behind
    with pytest.raises(RemoteFetchError) as caught:
        download("file:///etc/passwd", tmp_path, max_bytes=10, allow_private=True)
    assert caught.value.kind == "invalid"


def _client_error(code: str, status: int = 400) -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": "m"}, "ResponseMetadata": {"HTTPStatusCode": status}}, "Op")


@pytest.mark.parametrize(
    ("exc", "store_code", "import_code"),
    [
        (_client_error("AccessDenied", 403), "S3_STORE_ACCESS_DENIED", "S3_IMPORT_ACCESS_DENIED"),
        (_client_error("InvalidAccessKeyId", 403), "S3_STORE_ACCESS_DENIED", "S3_IMPORT_ACCESS_DENIED"),
        (_client_error("SignatureDoesNotMatch", 403), "S3_STORE_ACCESS_DENIED", "S3_IMPORT_ACCESS_DENIED"),
        (_client_error("NoSuchBucket", 404), "S3_STORE_NOT_FOUND", "S3_IMPORT_NOT_FOUND"),
        (_client_error("404", 404), "S3_STORE_NOT_FOUND", "S3_IMPORT_NOT_FOUND"),
        (_client_error("PermanentRedirect", 301), "S3_STORE_WRONG_REGION", "S3_WRONG_REGION"),
        (_client_error("InternalError", 500), "S3_STORE_FAILURE", "S3_IMPORT_FAILURE"),
        (EndpointConnectionError(endpoint_url="http://127.0.0.1:1"), "S3_STORE_FAILURE", "S3_IMPORT_FAILURE"),
    ],
)
def test_s3_failures_map_to_robot_codes(exc: Exception, store_code: str, import_code: str) -> None:
    target = S3Target(bucket="b", key_id="k", secret="top-secret")
    with pytest.raises(S3Error) as caught, _mapped(target, "a/b.jpg"):
        raise exc
    assert s3_robot_error(caught.value, "S3_STORE").code == store_code
    assert s3_robot_error(caught.value, "S3_IMPORT").code == import_code
    assert "top-secret" not in str(caught.value) and "s3://b/a/b.jpg" in str(caught.value)


def test_upload_failures_are_read_through_boto3_wrapper() -> None:
    target = S3Target(bucket="b", key_id="k", secret="s")
    with pytest.raises(S3Error) as caught, _mapped(target, "k"):
        try:
            raise _client_error("AccessDenied", 403)
        except ClientError:
            raise S3UploadFailedError("Failed to upload") from None
    assert caught.value.kind == "access_denied"


def test_http_import_urls_and_headers() -> None:
    assert import_urls({"url": "http://a/1| http://b/2 |"}) == ["http://a/1", "http://b/2"]
    assert import_urls({"url": "http://a/1|2", "url_delimiter": ""}) == ["http://a/1|2"]
    assert import_urls({"url": ["http://a/1", "http://b/2"]}) == ["http://a/1", "http://b/2"]
    with pytest.raises(TransloaditError, match="HTTP_IMPORT_VALIDATION"):
        import_urls({"url": " | "})

    wanted = {"Authorization": "Bearer t", "X-N": "1"}
    assert request_headers(["Authorization: Bearer t", "X-N:1"]) == wanted
    assert request_headers([{"Authorization": "Bearer t"}, {"X-N": 1}]) == wanted
    assert request_headers('[{"Authorization": "Bearer t", "X-N": "1"}]') == wanted
    assert request_headers('["Authorization: Bearer t", "X-N: 1"]') == wanted
    assert request_headers("Authorization: Bearer t") == {"Authorization": "Bearer t"}
    assert request_headers(None) == request_headers([]) == {}
    for bad in (["no colon"], [1], [{"X": {"nested": 1}}], 5, ": value"):
        with pytest.raises(TransloaditError) as caught:
            request_headers(bad)
        assert caught.value.code == "HTTP_IMPORT_VALIDATION"


def _ctx(tmp_path: Path, credentials: dict[str, tuple[str, dict[str, Any]]], allow_private: bool) -> RobotContext:
    def resolve(name: str) -> tuple[str, dict[str, Any]]:
        if name not in credentials:
            raise TransloaditError("TEMPLATE_CREDENTIALS_INJECTION_ERROR", f"No Template Credentials named {name!r}.")
        return credentials[name]

    return RobotContext(
        "a" * 32, "s", tmp_path, logging.getLogger("t"), credentials=resolve, allow_private_imports=allow_private
    )


def test_resolve_bucket_merges_credentials_with_step_params(tmp_path: Path) -> None:
    content = {"key": "K", "secret": "S", "bucket": "photos", "bucket_region": "eu-west-1", "host": "minio.test:9000"}
    ctx = _ctx(tmp_path, {"mine": ("s3", content), "ftp": ("ftp", {"host": "h"})}, allow_private=True)

    bucket = resolve_bucket(ctx, {"credentials": "mine"}, "S3_STORE")
    assert bucket.target == S3Target("photos", "K", "S", "eu-west-1", "https://minio.test:9000", addressing="virtual")
    assert bucket.object_urls("a b/c.jpg", None) == (
        "https://photos.minio.test:9000/a%20b/c.jpg",
        "https://photos.minio.test:9000/a%20b/c.jpg",
    )
    overridden = resolve_bucket(ctx, {"credentials": "mine", "bucket": "other", "no_vhost": True}, "S3_STORE")
    assert (overridden.target.bucket, overridden.target.addressing) == ("other", "path")
    assert overridden.object_urls("k.jpg", None)[0] == "https://minio.test:9000/other/k.jpg"

    aws = resolve_bucket(ctx, {"key": "K", "secret": "S", "bucket": "b"}, "S3_STORE")
    assert aws.target.endpoint is None and aws.target.region == "us-east-1"
    assert aws.object_urls("x/y.png", None) == (
        "http://b.s3.amazonaws.com/x/y.png",
        "https://b.s3.amazonaws.com/x/y.png",
    )
    assert aws.object_urls("y.png", "http://cdn.test/{bucket}") == (
        "http://cdn.test/b/y.png",
        "https://cdn.test/b/y.png",
    )

    loopback = {"key": "K", "secret": "S", "bucket": "b", "host": "http://127.0.0.1:9000"}
    local = resolve_bucket(ctx, loopback, "S3_IMPORT")
    assert local.target.addressing == "path"
    assert local.object_urls("y.png", None) == ("http://127.0.0.1:9000/b/y.png", "http://127.0.0.1:9000/b/y.png")

    with pytest.raises(TransloaditError) as caught:
        resolve_bucket(ctx, {"credentials": "ftp"}, "S3_STORE")
    assert caught.value.code == "TEMPLATE_CREDENTIALS_INJECTION_ERROR"
    with pytest.raises(TransloaditError) as caught:
        resolve_bucket(ctx, {"credentials": "nobody"}, "S3_STORE")
    assert caught.value.code == "TEMPLATE_CREDENTIALS_INJECTION_ERROR"
    with pytest.raises(TransloaditError) as caught:
        resolve_bucket(ctx, {"bucket": "b"}, "S3_IMPORT")
    assert caught.value.code == "S3_IMPORT_VALIDATION" and "key, secret" in caught.value.message

    strict = _ctx(tmp_path, {}, allow_private=False)
    with pytest.raises(TransloaditError) as caught:
        resolve_bucket(strict, loopback, "S3_STORE")
    assert caught.value.code == "S3_STORE_ACCESS_DENIED"


@pytest.mark.parametrize(
    ("host", "parsed"),
    [
        ("s3.amazonaws.com", ("https", None)),
        ("https://s3.amazonaws.com/", ("https", None)),
        ("minio.test:9000", ("https", "minio.test:9000")),
        ("http://127.0.0.1:9000/ignored/path", ("http", "127.0.0.1:9000")),
        ("s3://storage.test", ("https", "storage.test")),
    ],
)
def test_host_param_forms(host: str, parsed: tuple[str, str | None]) -> None:
    assert _endpoint(host) == parsed


def test_vendor_buckets_take_their_own_param_names_endpoints_and_url_shapes(tmp_path: Path) -> None:
    from transloadit_emulator.robots.support.s3_vendors import DIGITALOCEAN, MEGA, SUPABASE, TIGRIS, WASABI

    ctx = _ctx(tmp_path, {}, allow_private=True)
    keys = {"key": "K", "secret": "S"}
    do = resolve_bucket(ctx, {**keys, "space": "pics", "region": "ams3"}, "DIGITALOCEAN_STORE", DIGITALOCEAN)
    assert do.target.endpoint == "https://ams3.digitaloceanspaces.com" and do.target.bucket == "pics"
    assert do.object_urls("a.jpg", None)[0] == "https://pics.ams3.digitaloceanspaces.com/a.jpg"
    assert do.object_urls("a.jpg", "https://cdn.test/{space}/")[0] == "https://cdn.test/pics/a.jpg"

    supabase_host = "https://ref.supabase.co/storage/v1/s3"
    sb = resolve_bucket(ctx, {**keys, "bucket": "b", "host": supabase_host}, "SUPABASE_STORE", SUPABASE)
    assert sb.target.endpoint == supabase_host
    assert sb.object_urls("x/y.png", None)[0] == "https://ref.supabase.co/storage/v1/object/public/b/x/y.png"

    tigris = resolve_bucket(ctx, {**keys, "bucket": "t"}, "TIGRIS_STORE", TIGRIS)
    assert tigris.object_urls("k", None)[0] == "https://t.fly.storage.tigris.dev/k"
    wasabi = resolve_bucket(ctx, {**keys, "bucket": "w", "bucket_region": "eu-central-2"}, "WASABI_STORE", WASABI)
    assert wasabi.object_urls("k", None)[0] == "https://s3.eu-central-2.wasabisys.com/w/k"
    mega = resolve_bucket(ctx, {**keys, "bucket": "m"}, "MEGA_IMPORT", MEGA)
    assert mega.target.endpoint == "https://s3.eu-central-1.s4.mega.io"

    with pytest.raises(TransloaditError) as caught:  # MinIO-like vendors need a host
        from transloadit_emulator.robots.support.s3_vendors import MINIO

        resolve_bucket(ctx, {**keys, "bucket": "b"}, "MINIO_STORE", MINIO)
    assert caught.value.code == "MINIO_STORE_VALIDATION"
    overridden = RobotContext(
        "a" * 32, "s", tmp_path, logging.getLogger("t"), service_urls={"digitalocean": "http://127.0.0.1:9"}
    )
    with pytest.raises(TransloaditError) as caught:  # a service URL is refused on a private address too
        resolve_bucket(overridden, {**keys, "space": "p", "region": "r"}, "DIGITALOCEAN_IMPORT", DIGITALOCEAN)
    assert caught.value.code == "DIGITALOCEAN_IMPORT_ACCESS_DENIED"


@pytest.mark.parametrize("robot", ["/ftp/import", "/sftp/import", "/minio/import"])
def test_file_server_and_bucket_robots_refuse_private_addresses(tmp_path: Path, robot: str) -> None:
    from transloadit_emulator.robots.registry import default_registry

    found = default_registry().get(robot)
    assert found is not None
    strict = _ctx(tmp_path, {}, allow_private=False)
    params = {"host": "127.0.0.1", "port": 9, "user": "u", "password": "p", "path": "in/", "key": "K", "secret": "S"}
    with pytest.raises(TransloaditError) as caught:
        found.process(strict, {**params, "bucket": "b"}, [])
    assert (
        caught.value.code == found.error_prefix() + "_ACCESS_DENIED" and "not a public address" in caught.value.message
    )
