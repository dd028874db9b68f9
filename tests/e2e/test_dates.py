"""Dates as the live API reads and writes them: list filters in every form the SDKs send, list items
in RFC 3339 (the generated client parses them into ``datetime``), the status in ``Y/m/d H:i:s GMT``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from transloadit_client.api.assemblies import list_assemblies
from transloadit_client.models import AssemblyList

from tests.conftest import jpeg_bytes
from transloadit_kit import Transloadit

STEPS = {"small": {"use": ":original", "robot": "/image/resize", "width": 8}}


def test_list_filters_take_every_date_form(kit: Transloadit) -> None:
    created = kit.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((32, 32)))], wait=True)
    start = datetime.strptime(str(created.start_date), "%Y/%m/%d %H:%M:%S GMT").replace(tzinfo=UTC)
    before, after = start - timedelta(seconds=2), start + timedelta(seconds=2)
    forms = {
        # JavaScript's toISOString(), what the Node SDK and its CLI send
        "js": lambda d: d.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        # Go's time.Time in JSON: nanoseconds and an offset
        "go": lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f") + "123+00:00",
        "offset": lambda d: d.astimezone(UTC).replace(tzinfo=None).isoformat() + "+00:00",
        "documented": lambda d: d.strftime("%Y-%m-%d %H:%M:%S"),
        "status": lambda d: d.strftime("%Y/%m/%d %H:%M:%S GMT"),
    }
    for name, form in forms.items():
        around = kit.list_assemblies(fromdate=form(before), todate=form(after))
        assert around.count == 1, name
        assert kit.list_assemblies(fromdate=form(after)).count == 0, name
        assert kit.list_assemblies(todate=form(before)).count == 0, name
    # The Node CLI's `assemblies list --after now --before now`: an empty page, not an error.
    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    assert kit.list_assemblies(fromdate=now, todate=now).count == 0
    assert kit.list_assemblies(fromdate="2026-12-06").count >= 0


def test_list_items_carry_rfc3339_dates(kit: Transloadit) -> None:
    created = kit.create_assembly(steps=STEPS, files=[("a.jpg", jpeg_bytes((32, 32)))], wait=True)
    params, signature = kit.signed(extra={"pagesize": 5})
    listed = list_assemblies.sync(client=kit.client, params=params, signature=signature)
    assert isinstance(listed, AssemblyList)
    [item] = listed.items
    # format: date-time in the spec: the generated client hands out datetimes, as Go's time.Time reads them.
    assert isinstance(item.created, datetime) and item.created.tzinfo is not None
    assert isinstance(item.execution_start, datetime)
    start = datetime.strptime(str(created.start_date), "%Y/%m/%d %H:%M:%S GMT").replace(tzinfo=UTC)
    assert abs((item.created - start).total_seconds()) < 1
    raw = kit.client.get_httpx_client().get("/assemblies", params={"params": params, "signature": signature})
    body = raw.json()["items"][0]
    for key in ("created", "execution_start"):
        assert datetime.strptime(body[key], "%Y-%m-%dT%H:%M:%S.%fZ"), body[key]
        assert len(body[key]) == len("2025-06-01T13:44:31.000Z")
    # The status itself keeps the live API's own format.
    assert datetime.strptime(str(created.execution_start), "%Y/%m/%d %H:%M:%S GMT")
    assert datetime.strptime(str(created.last_job_completed), "%Y/%m/%d %H:%M:%S GMT")


def test_template_dates_are_rfc3339(kit: Transloadit) -> None:
    created = kit.create_template("dated-template", {"steps": STEPS})
    assert isinstance(created.created, datetime) and isinstance(created.modified, datetime)
    [item] = kit.list_templates().items
    assert isinstance(item.created, datetime) and item.created == created.created
