"""Every key of the vendor's Assembly Status and file schemas, audited on a few representative Assemblies.

Each key of tests/fixtures/vendor_status_keys.json is either one the emulator computes (then it is
present, non-null and of the type openapi.yaml declares, in the Assemblies where it applies) or
listed below with the reason it is absent or null. The Assemblies, all through the generated
client: a Template-based one (``usage_tags``, fields, a Notification, a tus upload) that resizes
an image with ``output_meta`` and stores it with ``/s3/store`` and ``sign_urls_for`` against moto;
its replay; a video encoded; one Step failing in its engine (ffmpeg); an /http/import answered 404.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from starlette.testclient import TestClient

from tests.conftest import S3Bucket, jpeg_bytes
from tests.e2e.test_merge_concat import make_clip
from tests.e2e.test_notifications import Receiver, receiver  # noqa: F401 - the fixture
from transloadit_kit import Transloadit

ROOT = Path(__file__).resolve().parents[2]
VENDOR = json.loads((ROOT / "tests/fixtures/vendor_status_keys.json").read_text())
_SCHEMAS = yaml.safe_load((ROOT / "openapi.yaml").read_text())["components"]["schemas"]
STATUS_TYPES = _SCHEMAS["AssemblyStatus"]["properties"]
FILE_TYPES = _SCHEMAS["AssemblyFile"]["properties"]

# -- Top-level keys: where each is computed --------------------------------------------------

#: Present and non-null on every finished Assembly of this audit, completed or failed
#: (``last_job_completed`` once one of its jobs completed).
STATUS_ALWAYS = {
    "account_id", "api_auth_key_id", "assembly_id", "assembly_ssl_url", "assembly_url", "build_id",
    "bytes_expected", "bytes_received", "bytes_usage", "client_agent", "client_ip", "companion_url",
    "executing_jobs", "execution_start", "expected_tus_uploads", "fields", "finished_tus_uploads",
    "has_dupe_jobs", "instance", "is_infinite", "jobs_queue_duration", "last_job_completed", "merged_params",
    "message", "num_input_files", "params", "queue_duration", "region", "results", "running_jobs",
    "start_date", "started_jobs", "started_tus_uploads", "tus_uploads", "tus_url", "update_stream_url",
    "upload_duration", "upload_meta_data_extracted", "uploads", "uppyserver_url", "usage_tags", "warnings",
    "websocket_url",
}  # fmt: skip
#: Present and non-null on a completed Assembly (``execution_duration`` stays null on a failed one:
#: the emulator measures only executions that finish).
STATUS_COMPLETED = {"ok", "execution_duration"}
#: Present and non-null on the Template-based Assembly (Referer and Transloadit-Client headers sent,
#: a ``notify_url`` that answers 200).
STATUS_TEMPLATE = {
    "template_id", "template_name", "template", "client_referer", "transloadit_client", "notify_url",
    "notify_start", "notify_status", "notify_response_code", "notify_response_data", "notify_duration",
}  # fmt: skip
#: Present and non-null on a replay.
STATUS_REPLAY = {"parent_id", "parent_assembly_status"}
#: Present and non-null on an Assembly whose Step failed in its engine (ffmpeg).
STATUS_ENGINE_FAILED = {"error", "step", "previousStep", "cmd", "exitCode", "stdout", "stderr"}
#: Present and non-null on an Assembly whose /http/import got an error answer.
STATUS_FETCH_FAILED = {"error", "step", "url", "url_host", "response_code", "retryable", "is_private_address"}

#: Keys that are null where they appear in this audit, and why.
STATUS_NULL = {
    "account_name": "accounts have no names in the emulator (settings give a key and a secret)",
    "account_slug": "accounts have no workspace slug in the emulator",
    "notify_error": "null while deliveries succeed; set when one fails (tests/e2e/test_notifications.py)",
    "exitSignal": "null when the engine exited with a code; a signal's name when one ended it",
}
#: Keys absent from these Assemblies' statuses, and why: never sent, or sent only where these
#: Assemblies do not go (the test that covers them named).
STATUS_ABSENT = {
    "admin_cmd": "an administrator's command on the vendor's side",
    "assemblyId": "the camel-case alias of older answers; recorded live responses send assembly_id alone",
    "code": "the system-error variant: the emulator maps every failure to a coded error",
    "errno": "the system-error variant (see code)",
    "syscall": "the system-error variant (see code)",
    "path": "the system-error variant (see code)",
    "debuginfo": "screenshots and console logs of the vendor's browser workers",
    "playwright_error_code": "the vendor's Playwright runner; /html/convert reports coded errors instead",
    "err": "the vendor's internal error object",
    "file": "failures are reported per Step, not per file",
    "name": "failures are reported per Step, not per file",
    "worker": "names one of the vendor's machines; the emulator is one process group (see instance)",
    "retries": "jobs are not retried; /http/import tries a transient failure again but does not count it here",
    "numRetries": "see retries",
    "headers": "the answer headers of a failed request: the emulator keeps its status (response_code) only",
    "info": "rate limits answer info.retryIn on the refused request; no Assembly carries it",
    "ignored_errors": "only when a Step with ignore_errors failed (tests/e2e/test_lifecycle.py)",
    "ignored_error_count": "see ignored_errors",
    "virusname": "only when /file/virusscan declines a file (tests/e2e/test_meta_checks.py)",
    "reason": "only from robots that decline a file (/file/virusscan, /file/verify, /image/copyrightdetect)",
}

# -- File keys ---------------------------------------------------------------------------------

#: Present and non-null on every upload.
UPLOAD_ALWAYS = {
    "id", "name", "basename", "ext", "size", "mime", "type", "field", "md5hash", "sha256", "original_id",
    "original_basename", "original_name", "original_path", "original_md5hash", "from_batch_import",
    "is_tus_file", "url", "ssl_url", "meta", "user_meta", "is_temp_url", "cost",
}  # fmt: skip
#: Present and non-null on every result.
RESULT_ALWAYS = (UPLOAD_ALWAYS | {"queue", "queue_time", "exec_time", "size_human", "width", "height"}) - {
    "field"  # a result's field is its upload's: null for files a Step made from nothing
}
#: Present on results of audio and video.
RESULT_AV = {"duration", "duration_human"}
#: Present on the results a Step with ``output_meta: {thumbhash: true}`` made from images.
RESULT_THUMBHASH = {"thumbhash", "has_alpha"}
#: Present on the results a store Step with ``sign_urls_for`` stored.
RESULT_SIGNED = {"signed_url", "signed_ssl_url"}
#: Null where they appear, and why.
FILE_NULL = {
    "tus_upload_url": "null on results and on uploads that did not come over tus",
    "duration": "null on results without sound or moving pictures",
    "duration_human": "see duration",
    "field": "a result's field is its upload's: null on files a Step made from none (imports, generators)",
}
#: Not on uploads, and why.
UPLOAD_ABSENT = {
    "queue": "uploads run no job: queue, queue_time and exec_time are a result's",
    "queue_time": "see queue",
    "exec_time": "see queue",
    "size_human": "the vendor's result-only media facts",
    "width": "see size_human (an upload's are in its meta)",
    "height": "see width",
    "thumbhash": "only with a Step's output_meta thumbhash, so on results (see RESULT_THUMBHASH)",
    "has_alpha": "see thumbhash",
}
#: Absent from these Assemblies' files, and why: never sent, or sent only by robots these
#: Assemblies do not run (the test that covers them named).
FILE_ABSENT = {
    "as": "use: [{name, as}] groups a robot's inputs (robots/support/grouping.py); files do not repeat it",
    "asset_id": "/transloadit/store's stored files (tests/e2e/test_transloadit_storage.py)",
    "asset_version": "the emulator's workspace keeps version_id, no version number",
    "version_id": "see asset_id",
    "workspace": "see asset_id",
    "import_url": "only on imported files (tests/e2e/test_import_export.py)",
    "execTime": "the camel-case spelling; recorded live responses send exec_time",
    "queueTime": "the camel-case spelling; recorded live responses send queue_time",
    "filepath": "a path on the vendor's worker",
    "path": "see asset_id; the other store robots report the object's url and ssl_url",
    "preview": "a preview URL of the vendor's dashboard",
    "forcedFileExt": "the vendor's internal extension override",
    "hls_url": "adaptive streaming: /video/adaptive makes the playlists as result files",
    "ios_url": "see hls_url",
    "streaming_url": "see hls_url",
    "playlists": "see hls_url",
    "remote_path": "FTP and SFTP stores report the file's url",
    "vimeo": "/vimeo/import's results (tests/e2e/test_vimeo.py)",
}

_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _typed(value: Any, schema: Mapping[str, Any]) -> bool:
    """Whether ``value`` has one of the non-null types the spec declares (any value when it declares none)."""
    declared = schema.get("type")
    names = [declared] if isinstance(declared, str) else list(declared or [])
    names = [n for n in names if n != "null"]
    if not names:
        return True
    if isinstance(value, bool):
        return "boolean" in names
    return any(isinstance(value, _PY_TYPES[n]) for n in names)


def assert_computed(doc: Mapping[str, Any], keys: set[str], types: Mapping[str, Any], where: str) -> None:
    """Each of ``keys`` is in ``doc``, non-null, with its declared type."""
    missing = sorted(k for k in keys if doc.get(k) is None)
    assert not missing, f"{where}: missing or null {missing}"
    wrong = sorted(k for k in keys if not _typed(doc[k], types.get(k, {})))
    assert not wrong, f"{where}: not of the declared type {[(k, doc[k]) for k in wrong]}"


def assert_not_computed(doc: Mapping[str, Any], null: Mapping[str, str], absent: Mapping[str, str]) -> None:
    """No key listed as absent appears with a value, and those listed as null are null when present
    (so a key the emulator starts to fill must move to the computed sets, with a test)."""
    filled = sorted(k for k in absent if doc.get(k) is not None)
    assert not filled, f"now filled, move to the computed sets: {filled}"
    not_null = sorted(k for k in null if doc.get(k) is not None)
    assert not not_null, f"no longer null: {not_null}"


def test_every_vendor_key_is_classified() -> None:
    computed = STATUS_ALWAYS | STATUS_COMPLETED | STATUS_TEMPLATE | STATUS_REPLAY | STATUS_ENGINE_FAILED
    computed |= STATUS_FETCH_FAILED
    listed = [*computed, *STATUS_NULL, *STATUS_ABSENT]
    assert sorted(listed) == sorted(set(VENDOR["status"])), "each vendor status key exactly once"
    upload_listed = UPLOAD_ALWAYS | {"tus_upload_url"} | set(UPLOAD_ABSENT) | set(FILE_ABSENT)
    assert set(VENDOR["upload"]) <= upload_listed, set(VENDOR["upload"]) - upload_listed
    result_computed = RESULT_ALWAYS | RESULT_AV | RESULT_THUMBHASH | RESULT_SIGNED
    assert set(VENDOR["result"]) == result_computed | set(FILE_NULL) | set(FILE_ABSENT)
    assert not (UPLOAD_ALWAYS | result_computed) & set(FILE_ABSENT)


# -- The Assemblies ----------------------------------------------------------------------------


@pytest.fixture
def headed_kit(kit: Transloadit, test_client: TestClient) -> Transloadit:
    """``kit`` whose requests carry a Referer and a Transloadit-Client header, as a browser SDK's do."""
    test_client.headers.update({"Referer": "https://app.example/upload", "Transloadit-Client": "audit-test:1.0.0"})
    return kit


def _poll(kit: Transloadit, assembly_id: str, key: str, value: object) -> dict[str, Any]:
    """The status once ``key`` is ``value`` (a Notification ends after its Assembly)."""
    deadline = time.monotonic() + 20
    while True:
        status = kit.get_assembly(assembly_id).to_dict()
        if status.get(key) == value or time.monotonic() > deadline:
            return status
        time.sleep(0.05)


def _check_files(status: Mapping[str, Any], where: str) -> list[dict[str, Any]]:
    for upload in status["uploads"]:
        assert_computed(upload, UPLOAD_ALWAYS, FILE_TYPES, f"{where} upload")
        null = {} if upload["is_tus_file"] else {"tus_upload_url": FILE_NULL["tus_upload_url"]}
        assert_not_computed(upload, null, {**UPLOAD_ABSENT, **FILE_ABSENT})
    results = [f for files in status["results"].values() for f in files]
    for result in results:
        assert_computed(result, RESULT_ALWAYS, FILE_TYPES, f"{where} result")
        assert_not_computed(result, {"tus_upload_url": FILE_NULL["tus_upload_url"]}, FILE_ABSENT)
    return results


def _fetch_sha256(url: str, test_client: TestClient) -> str:
    """The sha256 of the bytes a file URL serves (the emulator's own, or moto's)."""
    body = test_client.get(url).content if url.startswith("http://testserver") else httpx.get(url).content
    return hashlib.sha256(body).hexdigest()


def test_template_assembly_with_store_signing_notification_and_tus(
    headed_kit: Transloadit,
    test_client: TestClient,
    s3_bucket: S3Bucket,
    receiver: Receiver,  # noqa: F811
) -> None:
    kit = headed_kit
    steps = {
        ":original": {"robot": "/upload/handle"},
        "small": {"use": ":original", "robot": "/image/resize", "width": 40, "output_meta": {"thumbhash": True}},
        "stored": {
            "use": ["small"],
            "robot": "/s3/store",
            "bucket": s3_bucket.name,
            "key": "AKIAEMULATORTEST",
            "secret": "not-a-real-secret",
            "host": s3_bucket.endpoint,
            "sign_urls_for": 600,
        },
    }
    template = kit.create_template("audited", {"steps": steps})
    photo = jpeg_bytes((80, 60))
    done = kit.create_assembly(
        template_id=str(template.id),
        files=[("a.jpg", photo)],
        fields={"who": "ada"},
        notify_url=receiver.url,
        extra_params={"usage_tags": "team-a"},
        resumable=True,
        wait=True,
    )
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    status = _poll(kit, str(done.assembly_id), "notify_status", "successful")
    assert_computed(status, STATUS_ALWAYS | STATUS_COMPLETED | STATUS_TEMPLATE, STATUS_TYPES, "template")
    assert status["usage_tags"] == "team-a" and status["template_name"] == "audited"
    assert status["notify_error"] is None and status["account_name"] is None
    failures = dict.fromkeys(STATUS_ENGINE_FAILED | STATUS_FETCH_FAILED, "only on failures")
    assert_not_computed(status, STATUS_NULL, {**STATUS_ABSENT, **failures})

    [upload] = status["uploads"]
    assert upload["is_tus_file"] is True and upload["sha256"] == hashlib.sha256(photo).hexdigest()
    [small] = _check_files(status, "template")
    assert_computed(small, RESULT_THUMBHASH | RESULT_SIGNED, FILE_TYPES, "stored result")
    assert small["has_alpha"] is False and small["thumbhash"] == small["meta"]["thumbhash"]
    assert small["duration"] is None and small["duration_human"] is None
    # The store Step moved url/ssl_url to the bucket; the signed URL serves the same bytes.
    assert small["url"].startswith(s3_bucket.endpoint) and "X-Amz-Signature=" in small["signed_url"]
    for url in (small["url"], small["signed_url"], small["signed_ssl_url"]):
        assert _fetch_sha256(url, test_client) == small["sha256"]

    replay = kit.replay_assembly(str(done.assembly_id), wait=True).to_dict()
    assert replay["ok"] == "ASSEMBLY_COMPLETED", replay
    assert_computed(replay, STATUS_ALWAYS | STATUS_COMPLETED | STATUS_REPLAY, STATUS_TYPES, "replay")
    assert replay["parent_id"] == done.assembly_id
    _check_files(replay, "replay")


def test_video_assembly(kit: Transloadit, test_client: TestClient, tmp_path: Path) -> None:
    name, clip = make_clip(
        tmp_path / "c.mp4",
        *("-f", "lavfi", "-i", "color=c=red:size=32x32:rate=5:duration=1"),
        *("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"),
    )
    steps = {
        ":original": {"robot": "/upload/handle"},
        "encoded": {"use": ":original", "robot": "/video/encode", "ffmpeg": {"preset": "ultrafast"}},
    }
    status = kit.create_assembly(steps=steps, files=[(name, clip)], wait=True).to_dict()
    assert status["ok"] == "ASSEMBLY_COMPLETED", status
    assert_computed(status, STATUS_ALWAYS | STATUS_COMPLETED, STATUS_TYPES, "video")
    assert_not_computed(status, STATUS_NULL, STATUS_ABSENT)
    [encoded] = _check_files(status, "video")
    assert_computed(encoded, RESULT_AV, FILE_TYPES, "video result")
    assert encoded["duration"] > 0 and encoded["width"] == 32
    assert _fetch_sha256(encoded["ssl_url"], test_client) == encoded["sha256"]


def test_step_failing_in_its_engine(kit: Transloadit, tmp_path: Path) -> None:
    name, clip = make_clip(tmp_path / "c.mp4", "-f", "lavfi", "-i", "color=c=red:size=32x32:rate=5:duration=1")
    steps = {
        ":original": {"robot": "/upload/handle"},
        "bad": {"use": ":original", "robot": "/video/encode", "ffmpeg": {"c:v": "no_such_encoder"}},
    }
    status = kit.create_assembly(steps=steps, files=[(name, clip)], wait=True).to_dict()
    assert status["error"] == "VIDEO_ENCODE_INVALID_VIDEO_CODEC", status  # ffmpeg has no such encoder
    assert_computed(status, STATUS_ALWAYS | STATUS_ENGINE_FAILED, STATUS_TYPES, "failed")
    assert status["previousStep"] == ":original" and status["step"] == "bad"
    assert "exitSignal" in status and status["exitSignal"] is None  # ffmpeg exited with its own code
    assert status["execution_duration"] is None
    assert_not_computed(status, STATUS_NULL, STATUS_ABSENT)
    _check_files(status, "failed")


@pytest.fixture
def missing_url() -> Iterator[str]:
    """A URL on loopback that answers 404."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/gone.jpg"
    server.shutdown()
    server.server_close()


def test_import_answered_with_an_error(kit: Transloadit, missing_url: str) -> None:
    status = kit.create_assembly(steps={"in": {"robot": "/http/import", "url": missing_url}}, wait=True).to_dict()
    assert status["error"] == "HTTP_IMPORT_NOT_FOUND", status
    # Its one job failed: no job completed, so last_job_completed stays null.
    assert status["last_job_completed"] is None
    assert_computed(status, STATUS_ALWAYS - {"last_job_completed"} | STATUS_FETCH_FAILED, STATUS_TYPES, "import failed")
    assert (status["url"], status["url_host"], status["response_code"]) == (missing_url, "127.0.0.1", 404)
    assert status["retryable"] is False and status["is_private_address"] is False
    assert "previousStep" not in status  # the import uses no Step
    assert_not_computed(status, STATUS_NULL, STATUS_ABSENT)
