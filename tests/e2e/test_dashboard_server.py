"""The dashboard's server side, through the generated client: the browser's redirect from ``/``,
the pages and their Content-Security-Policy, the spec as JSON, and the rate limits in job slots.
(The pages themselves run in Chromium in test_dashboard.py.)"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from starlette.testclient import TestClient
from transloadit_client.api.emulator import get_dashboard, get_dashboard_asset, get_openapi_json
from transloadit_client.api.server import get_server_root
from transloadit_client.models import Error, JobSlots, ServerRoot

from tests.conftest import jpeg_bytes
from transloadit_emulator.http.dashboard import DASHBOARD_DIR
from transloadit_emulator.settings import Settings
from transloadit_emulator.spec import load_spec
from transloadit_kit import Transloadit

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


def test_a_browser_at_the_root_goes_to_the_dashboard_and_api_clients_get_the_root_document(kit: Transloadit) -> None:
    http = kit.client.get_httpx_client()
    browser = http.get("/", headers={"Accept": BROWSER_ACCEPT}, follow_redirects=False)
    assert browser.status_code == 303 and browser.headers["location"] == "/dashboard"
    for accept in ("*/*", "application/json"):
        api = http.get("/", headers={"Accept": accept})
        assert api.status_code == 200 and api.json()["ok"] == "SERVER_ROOT"
    answer = get_server_root.sync_detailed(client=kit.client)  # the generated client sends no text/html
    assert answer.status_code == 200 and isinstance(answer.parsed, ServerRoot)


def test_the_page_and_the_files_it_names_are_served_under_a_strict_policy(kit: Transloadit, settings: Settings) -> None:
    page = get_dashboard.sync_detailed(client=kit.client)
    assert page.status_code == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
    policy = page.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "style-src 'self';" in policy and "default-src 'none'" in policy
    assert "unsafe" not in policy and "frame-ancestors 'none'" in policy
    assert f"connect-src 'self' {settings.base_url}" in policy  # result files are fetched from here
    html = page.content.decode()
    assert "<style" not in html and " style=" not in html and re.search(r"<script(?![^>]*src=)", html) is None

    # Every script and stylesheet the page and its modules name is served, with its type.
    names = set(re.findall(r"/dashboard/([a-z_]+\.(?:js|css|svg))", html))
    for module in DASHBOARD_DIR.glob("*.js"):
        names |= set(re.findall(r"from '\./([a-z_]+\.js)'", module.read_text()))
    assert {"app.js", "api.js", "style.css", "validate.js", "control.js"} <= names
    types = {"js": "text/javascript", "css": "text/css", "svg": "image/svg+xml"}
    for name in sorted(names):
        asset = get_dashboard_asset.sync_detailed(name, client=kit.client)
        assert asset.status_code == 200, name
        assert asset.headers["content-type"].startswith(types[name.rsplit(".", 1)[1]])
        assert asset.headers["x-content-type-options"] == "nosniff"
    # Nothing the dashboard ships points at another machine (no CDN, no web font).
    for path in DASHBOARD_DIR.iterdir():
        assert re.search(r"https?://(?!www\.w3\.org/2000/svg)", path.read_text()) is None, path.name


def test_unknown_dashboard_files_are_coded_404s(kit: Transloadit) -> None:
    for name in ("nope.js", "index.html", "App.js", "app.js.map"):
        answer = get_dashboard_asset.sync_detailed(name, client=kit.client)
        assert answer.status_code == 404, name
        assert isinstance(answer.parsed, Error) and answer.parsed.error == "EMULATOR_DASHBOARD_NOT_FOUND"
    # A way out of the directory is no file of the dashboard either.
    escape = kit.client.get_httpx_client().get("/dashboard/..%2Fopenapi.yaml")
    assert escape.status_code == 404 and escape.json()["error"] in ("EMULATOR_DASHBOARD_NOT_FOUND", "SERVER_404")


def test_the_spec_as_json_is_the_spec(kit: Transloadit) -> None:
    answer = get_openapi_json.sync_detailed(client=kit.client)
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    assert json.loads(answer.content) == json.loads(json.dumps(load_spec(), default=str))


def test_job_slots_carry_the_rate_limits_and_their_use(kit: Transloadit, settings: Settings) -> None:
    before = kit.get_job_slots()
    assert isinstance(before, JobSlots)
    kit.create_assembly(
        steps={"small": {"use": ":original", "robot": "/image/resize", "width": 20}},
        files=[("a.jpg", io.BytesIO(jpeg_bytes((40, 30))))],
        wait=True,
    )
    limits = kit.get_job_slots().to_dict()["rate_limits"]
    assert limits["assemblies_per_minute"] == {"limit": settings.rate_limit_per_minute, "used": 1}
    assert limits["running_assemblies"] == {"limit": settings.max_concurrent_assemblies, "used": 0}


def test_the_dashboard_files_ship_in_the_package(test_client: TestClient) -> None:
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert '"dashboard/*"' in pyproject
    assert test_client.get("/dashboard/app.js").status_code == 200
