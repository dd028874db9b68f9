"""The Assembly Status lifecycle: each named transition, what it changes, the events it implies,
and when it does not apply (cancel semantics)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from transloadit_emulator.core.assemblies.events import FINISHED, events_between
from transloadit_emulator.core.assemblies.lifecycle import AssemblyStatus, StoredElsewhere
from transloadit_emulator.core.assemblies.model import ClientInfo

NOW = 1_700_000_000.0


def new_status(expected_uploads: int = 0, uploads: list[dict[str, Any]] | None = None) -> AssemblyStatus:
    return AssemblyStatus.new(
        "a" * 32,
        "key",
        NOW,
        ClientInfo(ip="10.0.0.1", agent="test"),
        base_url="http://emu",
        params_echo='{"auth":{"key":"****"}}',
        merged_params='{"auth":{"key":"****"}}',
        fields={"size": "small"},
        notify_url=None,
        uploads=uploads or [],
        expected_uploads=expected_uploads,
    )


def upload(file_id: str, size: int = 10) -> dict[str, Any]:
    return {"id": file_id, "name": f"{file_id}.txt", "size": size}


def names(events: list[Any] | None) -> list[str | None]:
    assert events is not None
    return [e.name if e.name is not None else e.data for e in events]


def test_a_new_status_has_every_field_and_serializes_to_its_document() -> None:
    status = new_status(uploads=[upload("u1", 7)])
    doc = status.document
    assert (doc["ok"], doc["message"]) == ("ASSEMBLY_EXECUTING", "The Assembly is currently being executed.")
    assert doc["assembly_ssl_url"] == "http://emu/assemblies/" + "a" * 32
    assert doc["update_stream_url"] == "http://emu/ws?assembly=" + "a" * 32
    assert (doc["bytes_received"], doc["bytes_expected"], doc["num_input_files"]) == (7, 7, 1)
    assert doc["client_ip"] == "10.0.0.1" and doc["start_date"] == "2023/11/14 22:13:20 GMT"
    assert doc["running_jobs"] == doc["executing_jobs"] == doc["started_jobs"] == []
    assert orjson.loads(status.to_json()) == dict(doc)
    assert status.busy and not status.uploading
    assert new_status(expected_uploads=2).ok == "ASSEMBLY_UPLOADING"


def test_execution_runs_begin_jobs_result_complete_with_their_events() -> None:
    status = new_status(expected_uploads=1)
    assert status.tus_started({"upload_url": "u", "size": 10, "offset": 0, "finished": False}) == []
    arrived = status.tus_finished({"id": "f1", "size": 10}, "u", now=NOW + 2, created_ts=NOW)
    assert names(arrived) == ["assembly_upload_finished"] and status.all_uploads_arrived
    assert status.document["upload_duration"] == 2.0

    assert names(status.begin(NOW + 3, NOW)) == ["assembly_uploading_finished", "assembly_upload_meta_data_extracted"]
    assert status.document["queue_duration"] == 3.0
    assert names(status.start_jobs(["thumb::original"])) == ["assembly_execution_progress"]
    assert status.document["running_jobs"] == ["thumb::original"]

    recorded = status.record_result("thumb", [{"id": "r1", "size": 5}], added_bytes=5, waited=0.5, now=NOW + 4)
    assert names(recorded) == ["assembly_result_finished"]
    doc = status.document
    assert doc["results"]["thumb"] == [{"id": "r1", "size": 5}] and doc["running_jobs"] == []
    assert (doc["bytes_usage"], doc["jobs_queue_duration"]) == (15, 0.5)

    assert names(status.complete(1.25)) == [FINISHED]
    assert (status.ok, status.document["execution_duration"], status.busy) == ("ASSEMBLY_COMPLETED", 1.25, False)


def test_no_transition_of_execution_or_upload_applies_after_cancel() -> None:
    status = new_status(expected_uploads=1)
    status.tus_started({"upload_url": "u", "size": 10, "offset": 0, "finished": False})
    assert names(status.cancel()) == [FINISHED]
    before = orjson.loads(status.to_json())
    refused = [
        status.begin(NOW, NOW),
        status.start_jobs(["x::y"]),
        status.record_result("x", [{"id": "r"}], now=NOW),
        status.ignore_error("x", "execute", "E", "m", step_ended=True),
        status.complete(1.0),
        status.fail("INTERNAL_COMMAND_ERROR", "m", step="x"),
        status.crash("boom"),
        status.tus_started({"upload_url": "v", "size": 1}),
        status.tus_progress("u", 5, 10),
        status.tus_finished({"id": "f", "size": 10}, "u", now=NOW, created_ts=NOW),
        status.cancel(),  # a finished Assembly keeps its outcome
    ]
    assert refused == [None] * len(refused)
    assert orjson.loads(status.to_json()) == before


def test_a_notification_result_applies_in_any_state_and_only_to_notify_fields() -> None:
    status = new_status()
    status.complete(0.5)
    fields = {"notify_status": "successful", "ok": "HACKED", "notify_response_code": 200}
    assert status.notification_result(fields) == []
    doc = status.document
    assert (doc["notify_status"], doc["notify_response_code"], doc["ok"]) == ("successful", 200, "ASSEMBLY_COMPLETED")


def test_fail_and_crash_replace_ok_with_error() -> None:
    failed = new_status()
    failed.start_jobs(["thumb::original"])
    events = failed.fail("IMAGE_RESIZE_ERROR", "bad image", step="thumb", extra={"reason": "x"})
    assert names(events) == ["assembly_error"]
    doc = failed.document
    assert "ok" not in doc and (doc["error"], doc["step"], doc["reason"]) == ("IMAGE_RESIZE_ERROR", "thumb", "x")
    assert doc["running_jobs"] == [] and not failed.busy

    crashed = new_status()
    assert names(crashed.crash("The Assembly crashed: boom")) == ["assembly_error"]
    assert crashed.error == "ASSEMBLY_CRASHED" and "step" not in crashed.document


def test_tus_progress_counts_direct_uploads_and_a_length_known_late() -> None:
    status = new_status(expected_uploads=1, uploads=[upload("direct", 4)])
    status.tus_started({"upload_url": "u", "size": None, "offset": 0, "finished": False})
    status.tus_progress("u", 6, None)
    assert (status.document["bytes_received"], status.document["bytes_expected"]) == (10, 4)
    status.tus_progress("u", 8, 20)
    assert (status.document["bytes_received"], status.document["bytes_expected"]) == (12, 24)


def test_only_an_uploading_assembly_takes_tus_uploads() -> None:
    assert new_status().tus_started({"upload_url": "u", "size": 1}) is None  # executing: expects none
    failed = new_status(expected_uploads=1)
    failed.fail("ASSEMBLY_CRASHED", "m")
    assert failed.tus_started({"upload_url": "u", "size": 1}) is None


def test_stored_files_show_in_the_results_they_came_from() -> None:
    status = new_status(uploads=[upload("u1")])
    status.record_result("thumb", [{"id": "r1"}], now=NOW)
    stored = [
        StoredElsewhere("thumb", {"id": "r1"}, {"url": "s3://b/r1"}),
        StoredElsewhere(":original", upload("u1"), {"url": "s3://b/u1"}),
    ]
    events = status.record_result("store", None, stored=stored, originals_in_results=True, now=NOW)
    results = status.document["results"]
    assert "store" not in results and results["thumb"] == [{"id": "r1", "url": "s3://b/r1"}]
    assert results[":original"] == [{**upload("u1"), "url": "s3://b/u1"}]
    assert names(events) == ["assembly_result_finished"]  # the upload is news; r1 was already shown


def test_ignored_errors_are_listed_and_counted() -> None:
    status = new_status()
    status.start_jobs(["imp::"])
    status.ignore_error("imp", "import", "HTTP_IMPORT_FAILURE", "404", step_ended=False)
    assert status.document["running_jobs"] == ["imp::"]
    status.ignore_error("imp", "import", "HTTP_IMPORT_FAILURE", "500", step_ended=True)
    doc = status.document
    assert doc["ignored_error_count"] == 2 and doc["running_jobs"] == []
    first = {"step": "imp", "phase": "import", "error": "HTTP_IMPORT_FAILURE", "message": "404"}
    assert doc["ignored_errors"][0] == first


def test_replay_and_restart() -> None:
    status = new_status()
    status.replay_of("b" * 32, "http://emu/assemblies/" + "b" * 32)
    assert (status.ok, status.document["parent_id"]) == ("ASSEMBLY_REPLAYING", "b" * 32)
    assert status.begin(NOW, NOW) == []  # no upload events: nothing was uploaded
    status.record_result("x", [{"id": "r"}], now=NOW)
    status.start_jobs(["x::original"])
    status.restart()
    assert status.document["results"] == {} and status.document["started_jobs"] == []


@pytest.mark.parametrize("expected_uploads", [0, 1])
def test_the_deltas_agree_with_a_listener_catching_up_from_nothing(expected_uploads: int) -> None:
    """A late listener gets ``events_between(None, status)``; one that followed along got the
    deltas (and, from subscribing, the catch-up of what came before). Both see the same
    uploads, results and ending."""
    status = new_status(expected_uploads=expected_uploads)
    seen: list[Any] = []
    if expected_uploads:
        status.tus_started({"upload_url": "u", "size": 3, "offset": 0, "finished": False})
        seen += status.tus_finished({"id": "f", "size": 3}, "u", now=NOW, created_ts=NOW) or []
    seen += status.begin(NOW, NOW) or []
    status.start_jobs(["a::original"])
    seen += status.record_result("a", [{"id": "r1"}, {"id": "r2"}], now=NOW) or []
    seen += status.complete(0.1) or []
    caught_up = events_between(None, status.document)

    def story(events: list[Any]) -> list[tuple[str | None, Any]]:
        kept = ("assembly_upload_finished", "assembly_result_finished")
        return [(e.name, e.data) for e in events if e.name in kept or e.data == FINISHED]

    assert story(seen) == story(caught_up)
