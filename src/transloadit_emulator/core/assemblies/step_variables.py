"""Which of a Step's params get Assembly Variables filled in, by its ``interpolate`` param (a
param of every Step): absent or true, all of them; false (or ``"false"``), none, so ``${...}``
stays as written; an object of param paths (``"archive_name"``, ``"ffmpeg.b:v"``) to true/false,
all but those set to false."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...variables import Evaluator, interpolate


def fill_step_params(
    params: Mapping[str, Any], scope: Mapping[str, Any], evaluate: Evaluator | None = None
) -> dict[str, Any]:
    """``params`` with the variables of ``scope`` filled in where the Step's ``interpolate`` allows."""
    rule = params.get("interpolate")
    if _off(rule):
        return dict(params)
    kept = {str(path) for path, on in rule.items() if _off(on)} if isinstance(rule, Mapping) else set()
    return {key: _fill(value, key, kept, scope, evaluate) for key, value in params.items()}


def _fill(value: Any, path: str, kept: set[str], scope: Mapping[str, Any], evaluate: Evaluator | None) -> Any:
    if path in kept:
        return value
    if isinstance(value, dict) and any(k.startswith(f"{path}.") for k in kept):
        return {k: _fill(v, f"{path}.{k}", kept, scope, evaluate) for k, v in value.items()}
    return interpolate(value, scope, evaluate)


def _off(value: Any) -> bool:
    return value is False or value == "false"
