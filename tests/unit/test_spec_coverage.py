"""openapi.yaml against what it must cover: the codes the emulator raises, the operations, the
Assembly Status and file keys of the vendor's status schema (pinned in tests/fixtures/)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

from transloadit_emulator.robots.registry import default_registry
from transloadit_emulator.spec import load_spec

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "transloadit_emulator"
FIXTURE = ROOT / "tests" / "fixtures" / "vendor_status_keys.json"
_CODE = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = load_spec()["components"]["schemas"]
    return schemas


def _code_literals() -> set[str]:
    """Every string in the emulator's source shaped like a Transloadit code (``AUTH_EXPIRED``)."""
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CODE.match(node.value):
                found.add(node.value)
    return found


def test_every_code_the_emulator_raises_is_in_the_enum() -> None:
    schemas = _schemas()
    known = set(schemas["ErrorCode"]["enum"]) | set(schemas["OkCode"]["enum"])
    literals = {c for c in _code_literals() if not c.startswith("TRANSLOADIT_")}  # environment variable names
    # Robot error prefixes (``S3_STORE``) are joined to a suffix where used; the full codes are checked below.
    prefixes = {c for c in literals if any(k.startswith(c + "_") for k in known)}
    robots = default_registry()
    validation = {f"{robots.get(name).error_prefix()}_VALIDATION" for name in robots.names}  # type: ignore[union-attr]
    strangers = sorted((literals - prefixes - known) | (validation - known))
    assert strangers == [], f"codes raised but missing from ErrorCode/OkCode: {strangers}"


def test_the_spec_has_at_least_the_vendors_operations() -> None:
    paths = load_spec()["paths"]
    operations = [op["operationId"] for item in paths.values() for m, op in item.items() if m in _METHODS]
    assert len(operations) == len(set(operations)), "operationIds must be unique"
    assert len(operations) >= 43, f"only {len(operations)} operations"
    vendor = {
        ("/auth_keys", "post"),
        ("/auth_keys", "get"),
        ("/auth_keys/scopes", "get"),
        ("/auth_keys/{auth_key_id}", "put"),
        ("/auth_keys/{auth_key_id}", "delete"),
        ("/auth_keys/show_secret/{auth_key_id}", "post"),
        ("/templates/{template_id_or_name}/full", "get"),
        ("/template_credentials/validateOauthOnCreate", "post"),
        ("/bill/{date}/{invoice_id}", "get"),
        ("/assembly_stats", "get"),
        ("/priority_job_slot_stats", "get"),
    }
    missing = sorted(f"{m.upper()} {p}" for p, m in vendor if m not in paths.get(p, {}))
    assert missing == []


def _declared(schema: dict[str, Any]) -> set[str]:
    return set(schema.get("properties", {}))


def test_the_status_declares_every_vendor_status_key() -> None:
    pinned = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert (len(pinned["status"]), len(pinned["upload"]), len(pinned["result"])) == (94, 35, 54)
    schemas = _schemas()
    status = schemas["AssemblyStatus"]
    assert status.get("additionalProperties") is True
    assert sorted(set(pinned["status"]) - _declared(status)) == []
    files = schemas["AssemblyFile"]
    assert sorted(set(pinned["upload"]) - _declared(files)) == []
    assert sorted(set(pinned["result"]) - _declared(files)) == []
    for key, prop in files["properties"].items():
        assert prop.get("description") or "$ref" in prop, f"AssemblyFile.{key} has no description"
    for key in pinned["status"]:
        prop = status["properties"][key]
        assert prop.get("description") or "$ref" in prop, f"AssemblyStatus.{key} has no description"
