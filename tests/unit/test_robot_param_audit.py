"""Every vendor param of a media, metadata or file-check robot is honoured or listed as having no
local meaning (issue 14).

For each robot of the families below that the emulator runs, each param name of the vendor's
schema (``tests/fixtures/vendor_robots.json``) must be

- read: the name is a string constant (also a dict key or a piece of an f-string) in the robot's
  module or in a module it imports, directly or not, from ``media``, ``robots.support`` or
  ``outbound`` (found by parsing, nothing is imported for this);
- a Step-wide param that core handles for every robot (:data:`STEP_WIDE`);
- read by core for this robot (:data:`READ_BY_CORE`: ``/file/serve``'s headers are sent by the
  Smart CDN, not by the robot); or
- in the robot class's ``params_without_local_meaning``, and then named in ARCHITECTURE.md's
  table "Params without local meaning".

A param that fits none of these is dropped silently: implement it, or list it with its reason.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from transloadit_emulator.robots.registry import ROBOT_MODULES

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "transloadit_emulator"
FIXTURE = ROOT / "tests" / "fixtures" / "vendor_robots.json"
ARCHITECTURE = ROOT / "docs" / "ARCHITECTURE.md"

#: The robot families this audit covers.
FAMILIES = ("/audio/", "/video/", "/image/", "/meta/", "/file/")
EXTRA_ROBOTS = frozenset({"/document/thumbs"})
#: Imports followed from a robot module when looking for the params it reads.
FOLLOWED = ("transloadit_emulator.media", "transloadit_emulator.robots.support", "transloadit_emulator.outbound")

#: Params of every Step, handled by core for every robot (each must be read under ``core/``).
STEP_WIDE = frozenset(
    {"robot", "use", "result", "output_meta", "user_meta", "queue", "force_accept", "ignore_errors", "interpolate"}
)
#: Params core reads on a robot's behalf: robot -> (module under ``core/``, params).
READ_BY_CORE: dict[str, tuple[str, frozenset[str]]] = {
    # The Smart CDN sends the served file with the headers of the /file/serve Step.
    "/file/serve": ("smart_cdn_headers.py", frozenset({"cache_duration", "download_name", "headers"})),
    # The Smart CDN signs the playlist URLs it serves for as long as the Step says.
    "/video/ondemand": ("smart_cdn.py", frozenset({"sign_urls_for"})),
}

# Vendor params the emulator neither honours nor can call meaningless: (robot, param), "*" for
# every robot. Each is written up in ARCHITECTURE.md under "What the emulator does not reproduce
# (yet)". This set may only shrink; a param dropped silently anywhere else fails the test.
KNOWN_GAPS: frozenset[tuple[str, str]] = frozenset(
    {
        # The vendor's generated artwork gradient is not published; the emulator draws its own icon.
        ("/file/preview", "artwork_center_color"),
        ("/file/preview", "artwork_outer_color"),
    }
)


def audited_robots() -> dict[str, str]:
    """Robot name -> ``module:Class`` of every robot this audit covers."""
    return {r: target for r, target in ROBOT_MODULES.items() if r.startswith(FAMILIES) or r in EXTRA_ROBOTS}


@cache
def vendor_params() -> dict[str, frozenset[str]]:
    robots: dict[str, list[str]] = json.loads(FIXTURE.read_text())["robots"]
    return {name: frozenset(params) for name, params in robots.items()}


def _module_file(module: str) -> Path | None:
    parts = module.split(".")[1:]
    base = PACKAGE.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = module.split(".")
    base = parts if is_package else parts[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


@cache
def _parsed(module: str) -> tuple[frozenset[str], frozenset[str]]:
    """The string constants of a module (f-string pieces and dict keys are constants too) and the
    modules (or ``module.name`` of names) it imports."""
    path = _module_file(module)
    if path is None:
        return frozenset(), frozenset()
    tree = ast.parse(path.read_text())
    strings: set[str] = set()
    imports: set[str] = set()
    listed = {id(n) for n in ast.walk(tree) if _lists_without_meaning(n) for n in ast.walk(n)}
    for node in ast.walk(tree):
        if id(node) in listed:
            continue  # naming a param as meaningless is not reading it
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            strings.add(node.value)
        elif isinstance(node, ast.ImportFrom):
            target = _absolute(module, path.name == "__init__.py", node)
            imports.add(target)
            imports.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            imports.update(alias.name for alias in node.names)
    return frozenset(strings), frozenset(imports)


def _lists_without_meaning(node: ast.AST) -> bool:
    """Whether ``node`` assigns ``params_without_local_meaning``."""
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
    return any(isinstance(t, ast.Name) and t.id == "params_without_local_meaning" for t in targets)


def read_strings(module: str) -> frozenset[str]:
    """String constants of ``module`` and of every module it reaches through :data:`FOLLOWED` imports."""
    seen: set[str] = set()
    strings: set[str] = set()
    pending = [module]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        own, imports = _parsed(current)
        strings |= own
        pending += [m for m in imports if m.startswith(FOLLOWED) and _module_file(m) is not None]
    return frozenset(strings)


def core_strings(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def without_local_meaning(target: str) -> frozenset[str]:
    module, _, cls = target.partition(":")
    robot_class = getattr(importlib.import_module(f"transloadit_emulator.robots.{module}"), cls)
    listed: frozenset[str] = robot_class.params_without_local_meaning
    return listed


def robot_strings(target: str) -> frozenset[str]:
    return read_strings(f"transloadit_emulator.robots.{target.partition(':')[0]}")


def test_the_audit_covers_the_media_and_file_robots() -> None:
    robots = audited_robots()
    assert {"/image/resize", "/video/encode", "/audio/waveform", "/meta/write", "/file/verify"} <= set(robots)
    assert "/document/thumbs" in robots and "/s3/store" not in robots
    assert set(robots) <= set(vendor_params())


def test_step_wide_params_are_read_by_core() -> None:
    strings: set[str] = set()
    for path in (PACKAGE / "core").rglob("*.py"):
        strings.update(core_strings(path))
    assert sorted(STEP_WIDE - strings) == [], "Step-wide params that nothing under core/ reads"
    for robot, (module, params) in READ_BY_CORE.items():
        missing = params - set(core_strings(PACKAGE / "core" / module))
        assert not missing, f"core/{module} does not read {robot}'s {sorted(missing)}"


def test_every_vendor_param_is_read_or_listed() -> None:
    """The failure names, per robot, the params that are dropped without a word."""
    dropped: dict[str, list[str]] = {}
    for robot, target in sorted(audited_robots().items()):
        accounted = (
            robot_strings(target)
            | STEP_WIDE
            | READ_BY_CORE.get(robot, ("", frozenset()))[1]
            | without_local_meaning(target)
            | {param for name, param in KNOWN_GAPS if name in (robot, "*")}
        )
        missing = sorted(vendor_params()[robot] - accounted)
        if missing:
            dropped[robot] = missing
    assert dropped == {}, (
        "vendor params these robots accept but never read: implement each (with an e2e test of its "
        "effect) or, when it has no local meaning, add it to the robot's params_without_local_meaning "
        f"and to ARCHITECTURE.md's table: {dropped}"
    )


def test_params_without_local_meaning_are_vendor_params_the_robot_does_not_read() -> None:
    stale: dict[str, list[str]] = {}
    foreign: dict[str, list[str]] = {}
    for robot, target in sorted(audited_robots().items()):
        listed = without_local_meaning(target)
        if read := sorted(listed & robot_strings(target)):
            stale[robot] = read
        if other := sorted(listed - vendor_params()[robot]):
            foreign[robot] = other
    assert stale == {}, f"listed as without local meaning, yet read by the robot (drop them from the list): {stale}"
    assert foreign == {}, f"listed as without local meaning, but not params of the vendor's robot: {foreign}"


def test_known_gaps_are_real_gaps() -> None:
    """A known gap that got implemented or listed leaves :data:`KNOWN_GAPS`."""
    robots = audited_robots()
    closed = sorted(
        (robot, param)
        for robot, param in KNOWN_GAPS
        if robot != "*"
        and (
            robot not in robots
            or param not in vendor_params()[robot]
            or param in robot_strings(robots[robot]) | without_local_meaning(robots[robot])
        )
    )
    step_wide = {param for robot, param in KNOWN_GAPS if robot == "*"}
    core: set[str] = set()
    for path in (PACKAGE / "core").rglob("*.py"):
        core.update(core_strings(path))
    closed += sorted(("*", param) for param in step_wide & core)
    assert closed == [], f"no longer gaps (take them out of KNOWN_GAPS and ARCHITECTURE.md): {closed}"


def _table_rows() -> dict[str, set[str]]:
    """Robot -> params named in ARCHITECTURE.md's table "Params without local meaning"."""
    text = ARCHITECTURE.read_text()
    start = text.index("### Params without local meaning")
    end = text.find("\n#", start + 4)
    rows: dict[str, set[str]] = {}
    for line in text[start : end if end > 0 else None].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 3:
            continue
        for robot in re.findall(r"`(/[a-z]+/[a-z]+)`", cells[0]):
            rows.setdefault(robot, set()).update(re.findall(r"`([a-z_]+)`", cells[1]))
    return rows


def test_architecture_names_the_params_without_local_meaning() -> None:
    rows = _table_rows()
    wrong: dict[str, tuple[list[str], list[str]]] = {}
    for robot, target in sorted(audited_robots().items()):
        listed, documented = without_local_meaning(target), rows.get(robot, set())
        if listed != documented:
            wrong[robot] = (sorted(listed - documented), sorted(documented - listed))
    assert wrong == {}, f"ARCHITECTURE.md's table disagrees (robot -> undocumented, not listed): {wrong}"


def test_known_gaps_are_written_up() -> None:
    """Each known gap is named, with its robot, in one bullet of "What the emulator does not reproduce"."""
    text = ARCHITECTURE.read_text()
    start = text.index("## What the emulator does not reproduce")
    section = text[start : text.index("\n## ", start + 4) if "\n## " in text[start + 4 :] else None]
    bullets = re.split(r"\n(?=- )", section)
    missing = sorted(
        (robot, param)
        for robot, param in KNOWN_GAPS
        if not any(f"`{param}`" in b and (robot == "*" or f"`{robot}`" in b) for b in bullets)
    )
    assert missing == [], f"known gaps ARCHITECTURE.md does not name (robot and param in one bullet): {missing}"
