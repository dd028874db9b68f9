"""The control plane (/_emulator/...) end to end, through the pytest plugin's fixtures (which call
the generated client's Emulator functions) on a real socket."""

from __future__ import annotations

import io
import json

import httpx
import pytest

from tests.conftest import jpeg_bytes
from transloadit_kit import Transloadit, TransloaditApiError, verify_notification
from transloadit_pytest import EmulatorClock, EmulatorControl, EmulatorFaults, EmulatorOutbox
from transloadit_pytest.server import RunningEmulator

STEPS = {
    ":original": {"robot": "/upload/handle"},
    "small": {"use": ":original", "robot": "/image/resize", "width": 32},
}


def photo() -> tuple[str, io.BytesIO]:
    return ("photo.jpg", io.BytesIO(jpeg_bytes((64, 48))))


def test_a_job_fault_fails_the_step_with_the_given_code_once(
    transloadit: Transloadit, emulator_faults: EmulatorFaults
) -> None:
    fault = emulator_faults.fail_jobs(robot="/image/resize", error="IMAGE_RESIZE_ERROR", message="disk full")
    assert [f["id"] for f in emulator_faults.list()] == [fault["id"]]
    failed = transloadit.create_assembly(steps=STEPS, files=[photo()], wait=True)
    assert failed.error == "IMAGE_RESIZE_ERROR" and failed.message == "disk full"
    assert emulator_faults.list() == []  # used up
    done = transloadit.create_assembly(steps=STEPS, files=[photo()], wait=True)
    assert done.ok == "ASSEMBLY_COMPLETED"


def test_a_step_fault_matches_by_step_name_and_can_be_cleared(
    transloadit: Transloadit, emulator_faults: EmulatorFaults
) -> None:
    emulator_faults.fail_jobs(step="other", error="NEVER_SEEN", count=3)
    slow = emulator_faults.slow_jobs(0.01, step="small")
    done = transloadit.create_assembly(steps=STEPS, files=[photo()], wait=True)
    assert done.ok == "ASSEMBLY_COMPLETED"  # "other" is no Step of it; "small" only took longer
    assert [f["step"] for f in emulator_faults.list()] == ["other"]
    assert slow["kind"] == "job" and slow["delay"] == 0.01
    emulator_faults.clear()
    assert emulator_faults.list() == []


def test_a_creation_fault_answers_rate_limit_reached(
    transloadit_emulator: RunningEmulator, emulator_faults: EmulatorFaults
) -> None:
    emulator_faults.rate_limit(count=1, retry_in=3)
    with Transloadit(
        transloadit_emulator.key, transloadit_emulator.secret, service=transloadit_emulator.url, max_retries=0
    ) as kit:
        with pytest.raises(TransloaditApiError) as refused:
            kit.create_assembly(steps=STEPS, files=[photo()])
        assert refused.value.code == "RATE_LIMIT_REACHED" and refused.value.http_status == 429
        assert refused.value.retry_in == 3
        assert kit.create_assembly(steps=STEPS, files=[photo()], wait=True).ok == "ASSEMBLY_COMPLETED"


def test_the_outbox_holds_the_signed_payload_and_each_answer(
    transloadit: Transloadit, emulator_outbox: EmulatorOutbox, transloadit_emulator: RunningEmulator
) -> None:
    done = transloadit.create_assembly(steps=STEPS, files=[photo()], notify_url=emulator_outbox.receiver_url, wait=True)
    sent = emulator_outbox.wait(done.assembly_id)
    assert sent["status"] == "successful" and sent["attempts"] == 1
    assert sent["answers"][0]["code"] == 200 and sent["answers"][0]["data"] == "ok"
    fields = {"transloadit": sent["payload"], "signature": sent["signature"]}
    assert verify_notification(fields, transloadit_emulator.secret)["assembly_id"] == done.assembly_id


def test_a_failed_delivery_is_retried_and_shows_both_answers(
    transloadit: Transloadit, emulator_faults: EmulatorFaults, emulator_outbox: EmulatorOutbox
) -> None:
    emulator_faults.fail_deliveries(count=1)
    done = transloadit.create_assembly(steps=STEPS, files=[photo()], notify_url=emulator_outbox.receiver_url, wait=True)
    sent = emulator_outbox.wait(done.assembly_id)  # the first retry comes 2 s later
    assert sent["status"] == "successful" and sent["attempts"] == 2
    first, second = sent["answers"]
    assert first["code"] is None and "Injected fault" in first["error"] and second["code"] == 200


def test_a_hanging_delivery_is_pending_until_a_reset_cuts_it_short(
    transloadit: Transloadit, emulator: EmulatorControl
) -> None:
    emulator.faults.hang_deliveries(600)
    done = transloadit.create_assembly(steps=STEPS, files=[photo()], notify_url=emulator.outbox.receiver_url, wait=True)
    [pending] = emulator.outbox.list(done.assembly_id)
    assert pending["status"] == "pending"
    answer = emulator.reset()  # waits for the attempt, whose hang the reset interrupts
    assert answer["ok"] == "EMULATOR_RESET"
    assert emulator.outbox.list() == []
    with pytest.raises(TransloaditApiError) as gone:
        transloadit.get_assembly(done.assembly_id)
    assert gone.value.code == "ASSEMBLY_NOT_FOUND"


def test_signatures_expire_by_the_emulators_clock_and_the_clock_goes_back(
    transloadit: Transloadit, emulator_clock: EmulatorClock
) -> None:
    before = emulator_clock.now()
    advanced = emulator_clock.advance(3600)
    assert advanced["offset"] >= 3599 and advanced["now"] >= before + 3600
    with pytest.raises(TransloaditApiError) as expired:
        transloadit.list_assemblies()  # signed to expire in 5 minutes of real time
    assert expired.value.code == "AUTH_EXPIRED"
    frozen = emulator_clock.freeze()
    assert frozen["frozen"] is True and emulator_clock.read()["now"] == frozen["now"]
    emulator_clock.reset()
    assert transloadit.list_assemblies().count == 0


def test_bills_follow_a_frozen_clock(transloadit_emulator: RunningEmulator, emulator_clock: EmulatorClock) -> None:
    emulator_clock.freeze(1_894_665_600)  # 2030-01-15 00:00:00 UTC
    long_lived = 30 * 366 * 86400  # signatures the clock's 2030 does not find expired
    with Transloadit(
        transloadit_emulator.key, transloadit_emulator.secret, service=transloadit_emulator.url, expires_in=long_lived
    ) as kit:
        done = kit.create_assembly(steps=STEPS, files=[photo()], wait=True)
        assert done.ok == "ASSEMBLY_COMPLETED"
        january, february = kit.get_bill("2030-01").to_dict(), kit.get_bill("2030-02").to_dict()
        assert january["assembly_count"] == 1 and february["assembly_count"] == 0


def test_accounts_added_at_run_time_sign_within_their_scopes_and_can_be_removed(
    transloadit_emulator: RunningEmulator, emulator: EmulatorControl
) -> None:
    added = emulator.add_account("reader-key", "reader-secret", scopes=["assemblies:read"])
    assert added == {"key": "reader-key", "scopes": ["assemblies:read"], "require_signature": True, "configured": False}
    assert [a["key"] for a in emulator.accounts()] == [transloadit_emulator.key, "reader-key"]
    with Transloadit("reader-key", "reader-secret", service=transloadit_emulator.url, max_retries=0) as reader:
        assert reader.list_assemblies().count == 0
        with pytest.raises(TransloaditApiError) as refused:
            reader.create_assembly(steps=STEPS, files=[photo()])
        assert refused.value.code == "INSUFFICIENT_AUTH_SCOPE"
        with pytest.raises(TransloaditApiError) as control:
            EmulatorControl(reader, "http://127.0.0.1:9/").faults.list()
        assert control.value.code == "INSUFFICIENT_AUTH_SCOPE"
        with pytest.raises(TransloaditApiError) as taken:
            emulator.add_account("reader-key", "other")
        assert taken.value.code == "EMULATOR_ACCOUNT_EXISTS" and taken.value.http_status == 409
        emulator.remove_account("reader-key")
        with pytest.raises(TransloaditApiError) as unknown:
            reader.list_assemblies()
        assert unknown.value.code == "GET_ACCOUNT_UNKNOWN_AUTH_KEY"


def test_a_reset_of_one_account_keeps_the_others(
    transloadit: Transloadit, transloadit_emulator: RunningEmulator, emulator: EmulatorControl
) -> None:
    emulator.add_account("second-key", "second-secret")
    mine = transloadit.create_assembly(steps=STEPS, files=[photo()], wait=True)
    with Transloadit("second-key", "second-secret", service=transloadit_emulator.url) as second:
        theirs = second.create_assembly(steps=STEPS, files=[photo()], wait=True)
        answer = emulator.reset(account="second-key")
        assert answer["assemblies"] == 1
        assert second.list_assemblies().count == 0
        assert httpx.get(theirs.results["small"][0].ssl_url or "").status_code == 404
    assert transloadit.get_assembly(mine.assembly_id).ok == "ASSEMBLY_COMPLETED"
    emulator.remove_account("second-key")


def test_the_request_ring_shows_the_last_answers(transloadit: Transloadit, emulator: EmulatorControl) -> None:
    done = transloadit.create_assembly(steps=STEPS, files=[photo()], wait=True)
    transloadit.get_assembly(done.assembly_id)
    read = next(r for r in emulator.requests(limit=20) if r["path"] == f"/assemblies/{done.assembly_id}")
    assert read["method"] == "GET" and read["status"] == 200 and read["content_type"] == "application/json"
    assert read["body_truncated"] is True and len(read["body"]) == 2048  # a status is longer than 2 KiB
    assert read["body"].startswith('{"ok":"ASSEMBLY_COMPLETED"') and done.assembly_id in read["body"]
    health = httpx.get(f"{transloadit.client._base_url}/_emulator/health")
    assert json.loads(emulator.requests(limit=1)[0]["body"]) == health.json()


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/_emulator/faults"),
        ("POST", "/_emulator/faults"),
        ("POST", "/_emulator/reset"),
        ("GET", "/_emulator/outbox"),
        ("GET", "/_emulator/requests"),
        ("POST", "/_emulator/clock"),
        ("DELETE", "/_emulator/accounts/emulator-key"),
    ],
)
def test_nothing_answers_without_the_accounts_signature(
    transloadit_emulator: RunningEmulator, method: str, path: str
) -> None:
    url = transloadit_emulator.url + path
    bare = httpx.request(method, url)
    assert bare.status_code in (400, 401) and bare.json()["error"] == "NO_PARAMS_FIELD"
    params = json.dumps({"auth": {"key": transloadit_emulator.key, "expires": "2099/01/01 00:00:00+00:00"}})
    unsigned = httpx.request(method, url, params={"params": params})
    assert unsigned.status_code == 401 and unsigned.json()["error"] == "NO_SIGNATURE_FIELD"
    forged = httpx.request(method, url, params={"params": params, "signature": "sha384:" + "0" * 96})
    assert forged.status_code == 401 and forged.json()["error"] == "INVALID_SIGNATURE"


def test_an_account_without_signature_auth_still_needs_a_signature_here(
    transloadit_emulator: RunningEmulator, emulator: EmulatorControl
) -> None:
    emulator.add_account("open-key", "open-secret", require_signature=False)
    params = json.dumps({"auth": {"key": "open-key"}})
    listed = httpx.get(f"{transloadit_emulator.url}/assemblies", params={"params": params})
    assert listed.status_code == 200  # the account takes unsigned requests
    refused = httpx.get(f"{transloadit_emulator.url}/_emulator/outbox", params={"params": params})
    assert refused.status_code == 401 and refused.json()["error"] == "NO_SIGNATURE_FIELD"
    emulator.remove_account("open-key")


def test_tus_uploads_expire_by_the_emulators_clock(
    transloadit_emulator: RunningEmulator, emulator_clock: EmulatorClock
) -> None:
    tus = {"Tus-Resumable": "1.0.0"}
    created = httpx.post(f"{transloadit_emulator.url}/resumable/files/", headers={**tus, "Upload-Length": "3"})
    assert created.status_code == 201
    upload = created.headers["location"]
    assert httpx.head(upload, headers=tus).status_code == 200
    emulator_clock.advance(2 * 86400)  # past the default day
    expired = httpx.head(upload, headers=tus)
    assert expired.status_code in (404, 410)  # TUS_UPLOAD_EXPIRED (HEAD answers carry no body)
