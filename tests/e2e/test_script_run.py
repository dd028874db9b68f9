"""/script/run and ``${...}`` JavaScript in Step params, in the QuickJS sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.conftest import jpeg_bytes
from tests.e2e.av_media import post
from tests.e2e.results import result_image
from transloadit_emulator.core.assemblies.expressions import expressions
from transloadit_emulator.media.js_sandbox import ScriptError, evaluate
from transloadit_emulator.variables import interpolate
from transloadit_kit import Transloadit

_HOSTILE = {
    "loop": "for (;;) {}",
    "memory": "const a = []; for (;;) a.push(new Array(1e6).fill(1))",
    "files": "require('fs').readFileSync('/etc/passwd')",
    "network": "fetch('http://127.0.0.1/')",
    "stack": "function f() { return f() + 1 } f()",
}


def test_script_run_results_and_hostile_scripts(kit: Transloadit, test_client: TestClient) -> None:
    steps: dict[str, Any] = {
        "area": {
            "use": ":original",
            "robot": "/script/run",
            "script": "({ area: file.meta.width * file.meta.height, name: file.name, tag: context.tag, "
            "fields: typeof fields, id: assembly.id })",
            "context": '{"tag": "x"}',
        },
        **{name: {"use": ":original", "robot": "/script/run", "script": script} for name, script in _HOSTILE.items()},
    }
    done = post(kit, test_client, steps, [("file", "photo.jpg", jpeg_bytes((90, 60)))])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (area,) = done["results"]["area"]
    wanted = {"area": 5400, "name": "photo.jpg", "tag": "x", "fields": "object", "id": done["assembly_id"]}
    assert area["meta"]["result"] == wanted
    assert (area["meta"]["isError"], area["meta"]["isFree"], area["ext"]) == (False, True, "jpg")
    errors = {name: done["results"][name][0]["meta"] for name in _HOSTILE}
    assert all(meta["isError"] is True for meta in errors.values()), errors
    assert "1000ms" in errors["loop"]["result"] and "memory" in errors["memory"]["result"]
    assert "require" in errors["files"]["result"] and "fetch" in errors["network"]["result"]


def test_expressions_in_params(kit: Transloadit, test_client: TestClient) -> None:
    steps: dict[str, Any] = {
        "third": {"use": ":original", "robot": "/image/resize", "width": "${Math.round(file.meta.width / 3)}",
                  "height": "${file.meta.height > 50 ? 20 : 10}", "resize_strategy": "stretch"},
    }  # fmt: skip
    done = post(kit, test_client, steps, [("file", "photo.jpg", jpeg_bytes((90, 60)))])
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert result_image(test_client, done["results"]["third"][0]).size == (30, 20)
    bad = {"bad": {"use": ":original", "robot": "/image/resize", "width": "${file.meta.nothing.width + 1}"}}
    done = post(kit, test_client, bad, [("file", "photo.jpg", jpeg_bytes((90, 60)))])
    assert done["error"] == "SCRIPT_RUN_ERROR" and "TypeError" in done["message"], done


def test_interpolation_evaluates_only_javascript() -> None:
    def refuse(expression: str) -> Any:
        raise AssertionError(f"{expression} should not reach the sandbox")

    scope = {"file": {"name": "a.jpg", "meta": {"width": 90}}}
    assert interpolate({"p": "${file.name}", "w": "${file.meta.width}"}, scope, refuse) == {"p": "a.jpg", "w": 90}
    js = expressions(scope)
    assert interpolate("${file.meta.width * 2}", scope, js) == 180
    assert interpolate("w=${file.meta.width / 2}px ${file.name}", scope, js) == "w=45px a.jpg"
    assert interpolate("${ {a: 1}.a }", scope, js) == 1
    # A plain path whose root is not in the scope stays for a later pass, as without the sandbox.
    assert interpolate("${later.x}-${file.meta.width + 1}", scope, js) == "${later.x}-91"
    with pytest.raises(ScriptError):
        evaluate("while (true) {}", {}, time_limit=0.05)
