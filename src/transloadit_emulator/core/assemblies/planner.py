"""Turn Assembly Instructions (``params.steps``) into an executable plan, or a coded error.

Validates every Step (robot, ``use`` graph, robot params) before anything runs, so a bad
request is answered at creation time with the real API's code.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ...errors import TransloaditError
from ...robots.registry import RobotRegistry

ORIGINAL = ":original"
UPLOAD_HANDLE = "/upload/handle"
#: Most Steps an Assembly may have. Transloadit documents no general cap (only Smart CDN
#: Assemblies, at 20); this one is far above real use and keeps one request's work bounded.
MAX_STEPS = 5_000


@dataclass(frozen=True)
class PlannedStep:
    """One Step ready to run: its robot, its params as given, and the Steps it takes files from."""

    name: str
    robot: str
    params: Mapping[str, Any]
    uses: tuple[str, ...]
    in_results: bool


@dataclass(frozen=True)
class Plan:
    """Steps in an order where every Step comes after the Steps it uses."""

    steps: tuple[PlannedStep, ...]
    #: The uploads appear in ``results[":original"]`` although no Step is named ``:original``:
    #: only storage Steps use them, so they show where those stored them.
    originals_in_results: bool = False
    #: The box a Step reading the uploads decodes images at (the largest, if several do), so that
    #: metadata extraction decodes them at that scale once; None when no Step reads them reduced.
    upload_decode_box: tuple[int, int] | None = None

    def step(self, name: str) -> PlannedStep | None:
        """The planned Step called ``name``, if any."""
        return next((s for s in self.steps if s.name == name), None)


def build_plan(steps: Any, registry: RobotRegistry) -> Plan:
    """Validate ``steps`` and order them along the ``use`` graph."""
    if not isinstance(steps, dict):
        raise TransloaditError("ASSEMBLY_INVALID_STEPS", "The Assembly steps parameter is not an object.")
    if not steps:
        raise TransloaditError("ASSEMBLY_EMPTY_STEPS", "The Assembly steps parameter is empty.")
    if len(steps) > MAX_STEPS:
        raise TransloaditError(
            "ASSEMBLY_INVALID_STEPS", f"The Assembly has {len(steps)} Steps; at most {MAX_STEPS} are allowed."
        )

    uses: dict[str, tuple[str, ...]] = {}
    robots: dict[str, str] = {}
    for name, step in steps.items():
        robot = _check_step(name, step, registry)
        robots[name] = robot.name
        # ``use: []`` is refused, except by robots that work without files (the vendor's
        # /http/request example calls an endpoint with ``use: []``).
        if robot.takes_input and not (step.get("use") == [] and robot.runs_alone(step)):
            uses[name] = _parse_use(name, step.get("use", ORIGINAL))
        else:
            uses[name] = ()
        registry.validate(robot, step)

    for name, used in uses.items():
        for u in used:
            if u != ORIGINAL and u not in steps:
                raise TransloaditError(
                    "ASSEMBLY_STEP_UNKNOWN_USE",
                    f"The Step {name!r} uses {u!r}, which is not a Step of this Assembly.",
                    step=name,
                )

    order = _topological_order({**uses, **_order_last(steps, uses, registry)})
    consumers: dict[str, list[str]] = {n: [] for n in steps}
    consumers[ORIGINAL] = consumers.get(ORIGINAL, [])
    for name, used in uses.items():
        for u in used:
            consumers.setdefault(u, []).append(name)

    planned = []
    for name in order:
        step = steps[name]
        planned.append(
            PlannedStep(
                name=name,
                robot=robots[name],
                params=step,
                uses=uses[name],
                in_results=_in_results(name, step, consumers.get(name, []), registry, robots),
            )
        )
    implicit = ORIGINAL not in steps and bool(consumers[ORIGINAL])
    stored_only = all(_stores_only(registry, robots[c]) for c in consumers[ORIGINAL])
    return Plan(
        tuple(planned),
        originals_in_results=implicit and stored_only,
        upload_decode_box=_upload_decode_box(registry, steps, robots, consumers[ORIGINAL]),
    )


def _upload_decode_box(
    registry: RobotRegistry, steps: Mapping[str, Any], robots: Mapping[str, str], readers: list[str]
) -> tuple[int, int] | None:
    boxes = []
    for name in readers:
        robot = registry.get(robots[name])
        box = robot.decode_request(steps[name]) if robot is not None else None
        if box is not None:
            boxes.append(box)
    return (max(b[0] for b in boxes), max(b[1] for b in boxes)) if boxes else None


def _stores_only(registry: RobotRegistry, robot_name: str) -> bool:
    robot = registry.get(robot_name)
    return robot is not None and robot.stores_only


def _order_last(
    steps: dict[str, Any], uses: dict[str, tuple[str, ...]], registry: RobotRegistry
) -> dict[str, tuple[str, ...]]:
    """For ordering only (they take no files): robots that report on the others
    (``/assembly/savejson``) run after every Step that does not itself come after them (a Step that
    stores the saved file)."""
    last = [n for n, step in steps.items() if (r := registry.get(str(step["robot"]))) is not None and r.runs_last]
    order: dict[str, tuple[str, ...]] = {}
    for name in last:
        after = {name}
        grew = True
        while grew:  # the Steps that use this one, directly or through others
            grew = False
            for other, used in uses.items():
                if other not in after and after.intersection(used):
                    after.add(other)
                    grew = True
        order[name] = tuple(n for n in steps if n not in after and n not in last)
    return order


def _check_step(name: Any, step: Any, registry: RobotRegistry) -> Any:
    if not isinstance(name, str) or not name.strip():
        raise TransloaditError("INVALID_STEP_NAME", f"The Step name {name!r} is not a valid name.")
    if not isinstance(step, dict):
        raise TransloaditError("ASSEMBLY_STEP_INVALID", f"The Step {name!r} is not an object.", step=name)
    if "robot" not in step:
        raise TransloaditError("ASSEMBLY_STEP_NO_ROBOT", f"The Step {name!r} did not include a robot key.", step=name)
    robot_name = step["robot"]
    if not isinstance(robot_name, str):
        raise TransloaditError("ASSEMBLY_STEP_INVALID_ROBOT", f"The robot of Step {name!r} is not a string.", step=name)
    robot = registry.get(robot_name)
    if robot is None and registry.is_typed_only(robot_name):
        registry.validate_typed_only(robot_name, step)  # bad params answer <ROBOT>_VALIDATION first
        raise TransloaditError(
            "ROBOT_NOT_IMPLEMENTED",
            f"The Step {name!r} uses the robot {robot_name!r}, which the emulator does not run yet "
            "(its params are valid for the real API).",
            step=name,
        )
    if robot is None:
        raise TransloaditError(
            "ASSEMBLY_STEP_UNKNOWN_ROBOT",
            f"The Step {name!r} uses the unknown robot {robot_name!r}. "
            f"The emulator knows: {', '.join(registry.names)}.",
            step=name,
        )
    if (robot_name == UPLOAD_HANDLE) != (name == ORIGINAL):
        raise TransloaditError(
            "INVALID_UPLOAD_HANDLE_STEP_NAME",
            f"The {UPLOAD_HANDLE} robot must be used by exactly the Step named {ORIGINAL!r} "
            f"(Step {name!r} uses {robot_name!r}).",
            step=name,
        )
    return robot


def _parse_use(step_name: str, use: Any) -> tuple[str, ...]:
    """Every ``use`` form: "a", ["a", "b"], [{"name": "a", "as": ...}], {"steps": ...}."""
    if isinstance(use, dict):
        if "steps" not in use:
            raise _invalid_use(step_name, "an object use needs a 'steps' key")
        return _parse_use(step_name, use["steps"])
    if isinstance(use, str):
        names = [use]
    elif isinstance(use, list):
        names = []
        for item in use:
            if isinstance(item, str):
                names.append(item)
            elif isinstance(item, dict) and isinstance(item.get("name"), str):
                names.append(item["name"])
            else:
                raise _invalid_use(step_name, f"{item!r} is neither a Step name nor {{'name': ...}}")
    else:
        raise _invalid_use(step_name, f"{use!r} is not a Step name, a list or an object")
    if not names:
        raise _invalid_use(step_name, "it is empty")
    # Keep the first mention of each Step: a Step takes another Step's files once.
    return tuple(dict.fromkeys(names))


def _invalid_use(step_name: str, why: str) -> TransloaditError:
    return TransloaditError(
        "ASSEMBLY_STEP_INVALID_USE",
        f"The use parameter of Step {step_name!r} is invalid: {why}.",
        step=step_name,
    )


def _topological_order(uses: dict[str, tuple[str, ...]]) -> list[str]:
    """Steps ordered so inputs come first; a cycle means the Assembly would never end.

    Depth-first with an explicit stack, not recursion: a chain of thousands of Steps listed
    last-first goes as deep as it is long.
    """
    order: list[str] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for root in uses:
        if state.get(root) == 2:
            continue
        path: list[str] = [root]
        pending: list[Iterator[str]] = [iter(uses[root])]
        state[root] = 1
        while pending:
            step = next((u for u in pending[-1] if u in uses and state.get(u) != 2), None)
            if step is None:
                done = path.pop()
                pending.pop()
                state[done] = 2
                order.append(done)
            elif state.get(step) == 1:
                cycle = _cycle_text([*path[path.index(step) :], step])
                raise TransloaditError(
                    "ASSEMBLY_INFINITE",
                    f"The Assembly does not appear to end: the Steps use each other in a cycle ({cycle}).",
                )
            else:
                state[step] = 1
                path.append(step)
                pending.append(iter(uses[step]))
    return order


def _cycle_text(names: list[str]) -> str:
    """``a -> b -> a``; a long cycle shows its ends and how many Steps lie between."""
    if len(names) > 9:
        names = [*names[:4], f"... {len(names) - 8} more ...", *names[-4:]]
    return " -> ".join(names)


def _in_results(
    name: str,
    step: Mapping[str, Any],
    consumers: list[str],
    registry: RobotRegistry,
    robots: dict[str, str],
) -> bool:
    """Whether a Step's files appear in ``results``.

    ``result: true`` always; ``result: false`` never; otherwise when no file-producing Step uses
    them (storage Steps do not count, as in the real API's status).
    """
    robot = registry.get(robots[name])
    if robot is not None and robot.stores_only:
        return False
    explicit = step.get("result")
    if isinstance(explicit, bool):
        return explicit
    for consumer in consumers:
        consumer_robot = registry.get(robots[consumer])
        if consumer_robot is None or not consumer_robot.stores_only:
            return False
    return True
