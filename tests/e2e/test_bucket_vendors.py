"""Every S3-compatible vendor's store and import robot through Assemblies, against moto on loopback.

Each vendor is reached with its own param names (DigitalOcean's ``space`` and ``region``,
Backblaze's ``app_key_id`` and ``app_key``) and its own Template Credential type; vendors whose
Steps name no host (DigitalOcean, Backblaze) reach moto through the emulator's service URLs. The
stored objects are read back with boto3, and the URLs on the source Steps' results are checked
against the shape each vendor reports.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import httpx
import pytest

from tests.conftest import jpeg_bytes, make_settings
from transloadit_emulator.settings import Settings
from transloadit_kit import Transloadit

PHOTO = jpeg_bytes((120, 80))
KEYS = {"key": "AKIAVENDORTEST", "secret": "vendor-secret"}


@dataclass(frozen=True)
class Case:
    """One vendor: its connection params for a bucket, its credential type and its URL shape."""

    vendor: str
    params: Callable[[str, str], dict[str, Any]]  # (endpoint, bucket) -> Step params
    url: Callable[[str, str, str], str]  # (endpoint, bucket, key) -> the reported URL
    public: bool = True  # objects are public-read unless the Step says otherwise
    region: str = "us-east-1"  # where the bucket is: the region the Step names, if it names one


def _host(endpoint: str, bucket: str) -> dict[str, Any]:
    return {**KEYS, "bucket": bucket, "host": endpoint}


def _path_url(endpoint: str, bucket: str, key: str) -> str:
    return f"{endpoint}/{bucket}/{key}"


CASES = [
    Case("cloudflare", _host, _path_url, public=False),  # R2 has no ACLs: none is sent
    Case(
        "digitalocean",
        lambda endpoint, bucket: {**KEYS, "space": bucket, "region": "fra1"},
        lambda endpoint, bucket, key: f"https://{bucket}.fra1.digitaloceanspaces.com/{key}",
        region="fra1",
    ),
    Case("mega", lambda e, b: {**_host(e, b), "bucket_region": "eu-central-1"}, _path_url, region="eu-central-1"),
    Case("minio", _host, _path_url),
    Case("supabase", _host, _path_url, public=False),
    Case("swift", _host, _path_url),
    Case("tigris", _host, _path_url),
    Case("wasabi", lambda e, b: {**_host(e, b), "bucket_region": "us-east-1"}, _path_url, public=False),
    Case(
        "backblaze",
        lambda endpoint, bucket: {"app_key_id": KEYS["key"], "app_key": KEYS["secret"], "bucket": bucket},
        _path_url,
        public=False,
    ),
]
IDS = [c.vendor for c in CASES]


@pytest.fixture
def settings(tmp_path: Path, moto_s3: str) -> Settings:
    """Vendors without a ``host`` param reach moto through the service URLs."""
    urls = (("digitalocean", moto_s3), ("backblaze", moto_s3))
    return make_settings(tmp_path / "data", public_base_url="http://testserver", service_urls=urls)


@pytest.fixture
def s3(moto_s3: str) -> Any:
    return boto3.client(
        "s3",
        endpoint_url=moto_s3,
        region_name="us-east-1",
        aws_access_key_id=KEYS["key"],
        aws_secret_access_key=KEYS["secret"],
    )


def _bucket(s3: Any, region: str = "us-east-1") -> str:
    name = f"v-{uuid.uuid4().hex[:12]}"
    if region == "us-east-1":
        s3.create_bucket(Bucket=name)
    else:  # the store robots check the region a Step names against the bucket's
        s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": region})
    return name


def _run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60).to_dict()


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_store_from_several_steps_with_template_credentials(
    case: Case, kit: Transloadit, s3: Any, moto_s3: str
) -> None:
    bucket = _bucket(s3, case.region)
    kit.create_credential(f"my-{case.vendor}", case.vendor, case.params(moto_s3, bucket))
    steps = {
        "thumb": {"use": ":original", "robot": "/image/resize", "width": 60},
        "stored": {
            "use": [":original", "thumb"],
            "robot": f"/{case.vendor}/store",
            "credentials": f"my-{case.vendor}",
            "path": "${fields.user}/${previous_step.name}/${file.url_name}",
        },
    }
    done = kit.create_assembly(
        steps=steps, files=[("a photo.jpg", PHOTO)], fields={"user": "ada"}, wait=True, timeout=60
    ).to_dict()
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert "stored" not in done["results"]
    thumb = done["results"]["thumb"][0]
    assert thumb["url"] == case.url(moto_s3, bucket, "ada/thumb/a_photo.jpg")
    assert s3.get_object(Bucket=bucket, Key="ada//a_photo.jpg")["Body"].read() == PHOTO  # uploads have no previous Step
    stored = s3.get_object(Bucket=bucket, Key="ada/thumb/a_photo.jpg")
    assert hashlib.md5(stored["Body"].read()).hexdigest() == thumb["md5hash"]
    assert stored["ContentType"] == "image/jpeg"
    grants = s3.get_object_acl(Bucket=bucket, Key="ada/thumb/a_photo.jpg")["Grants"]
    public = any(g["Grantee"].get("URI", "").endswith("/AllUsers") for g in grants)
    assert public is case.public


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_import_process_store_with_inline_keys(case: Case, kit: Transloadit, s3: Any, moto_s3: str) -> None:
    source, target = _bucket(s3, case.region), _bucket(s3, case.region)
    s3.put_object(Bucket=source, Key="in/a.jpg", Body=PHOTO)
    s3.put_object(Bucket=source, Key="in/deeper/b.jpg", Body=jpeg_bytes((40, 40)))
    s3.put_object(Bucket=source, Key="other/c.jpg", Body=PHOTO)
    meta = "x-bz-info-owner" if case.vendor == "backblaze" else "x-amz-meta-owner"
    steps = {
        "imported": {
            "robot": f"/{case.vendor}/import",
            **case.params(moto_s3, source),
            "path": "in/",
            "recursive": True,
        },
        "small": {"use": "imported", "robot": "/image/resize", "width": 20, "height": 20},
        "stored": {
            "use": ["imported", "small"],
            "robot": f"/{case.vendor}/store",
            **case.params(moto_s3, target),
            "path": "out/${previous_step.name}/${file.name}",
            "acl": "private" if case.public else None,
            "headers": {"Cache-Control": "max-age=9", meta: "w${file.meta.width}"},
            "sign_urls_for": 60,
        },
    }
    steps["stored"] = {k: v for k, v in steps["stored"].items() if v is not None}
    done = _run(kit, steps)
    assert done.get("ok") == "ASSEMBLY_COMPLETED", done
    assert [f["name"] for f in done["results"]["small"]] == ["a.jpg", "b.jpg"]
    keys = sorted(o["Key"] for o in s3.list_objects_v2(Bucket=target)["Contents"])
    assert keys == ["out/imported/a.jpg", "out/imported/b.jpg", "out/small/a.jpg", "out/small/b.jpg"]
    head = s3.head_object(Bucket=target, Key="out/small/a.jpg")
    assert head["CacheControl"] == "max-age=9" and head["Metadata"] == {"owner": "w20"}
    small = done["results"]["small"][0]
    for signed in (small["signed_url"], small["signed_ssl_url"]):  # every vendor with sign_urls_for signs
        assert "X-Amz-Signature=" in signed and "X-Amz-Expires=60" in signed
        if signed.startswith(moto_s3):  # the bucket answers a signed GET with the stored bytes, private or not
            assert hashlib.sha256(httpx.get(signed).content).hexdigest() == small["sha256"]
    grants = s3.get_object_acl(Bucket=target, Key="out/small/a.jpg")["Grants"]
    assert not any(g["Grantee"].get("URI", "").endswith("/AllUsers") for g in grants)


def test_savejson_after_every_step_then_store_elsewhere(kit: Transloadit, s3: Any, moto_s3: str) -> None:
    bucket = _bucket(s3)
    steps = {
        "status": {"robot": "/assembly/savejson"},  # first in the Steps, yet it runs after the others
        "thumb": {"use": ":original", "robot": "/image/resize", "width": 30},
        "stored": {
            "use": ["thumb", "status"],
            "robot": "/minio/store",
            **_host(moto_s3, bucket),
            "path": "${file.name}",
        },
    }
    done = _run(kit, steps, ("a.jpg", PHOTO))
    assert done.get("ok") == "ASSEMBLY_COMPLETED", done
    saved = done["results"]["status"][0]
    assert saved["name"] == f"{done['assembly_id']}.json" and saved["mime"] == "application/json"
    body = json.loads(s3.get_object(Bucket=bucket, Key=saved["name"])["Body"].read())
    assert body["assembly_id"] == done["assembly_id"] and body["ok"] == "ASSEMBLY_EXECUTING"
    assert [f["name"] for f in body["results"]["thumb"]] == ["a.jpg"]  # the Steps before it are in it
    assert saved["url"] == f"{moto_s3}/{bucket}/{saved['name']}"
