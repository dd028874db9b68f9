"""Per-file interpolation of plain ``${file.*}`` params, with dynamic evaluation on and off.

The executor's per-file pass hands ``interpolate`` an evaluator (the JavaScript sandbox) for
``${...}`` that is not a plain path. Plain params must not pay for it: this times the same
params (plain placeholders only) through ``interpolate`` without an evaluator (the reference) and
with the executor's, alternating rounds, and prints the ratio; PASS when it is <= 1.2. A third
figure shows what one real JavaScript expression costs per file, for scale.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]

from transloadit_emulator.media.js_sandbox import expressions  # noqa: E402
from transloadit_emulator.variables import file_variables, interpolate  # noqa: E402

LIMIT = 1.2
PARAMS = {"width": "${file.meta.width}", "path": "out/${file.name}", "text": "by ${file.meta.width}", "q": 80}
RECORD = {"id": "f1", "name": "photo.jpg", "basename": "photo", "meta": {"width": 640, "height": 480}}


def _time(run: Callable[[], Any], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        run()
    return (time.perf_counter() - start) / n


def main() -> None:
    """Print the per-file figures and the ratio."""
    scope = file_variables(RECORD, "a1", None)
    evaluator = expressions(scope)
    plain: list[float] = []
    evaluated: list[float] = []
    for _ in range(7):
        plain.append(_time(lambda: interpolate(PARAMS, scope), 20000))
        evaluated.append(_time(lambda: interpolate(PARAMS, scope, evaluator), 20000))
    js = _time(lambda: interpolate({"w": "${Math.round(file.meta.width / 3)}"}, scope, evaluator), 200)
    ratio = statistics.median(evaluated) / statistics.median(plain)
    print(f"plain params, no evaluator:   {statistics.median(plain) * 1e6:.2f} us per file")
    print(f"plain params, with evaluator: {statistics.median(evaluated) * 1e6:.2f} us per file")
    print(f"one JavaScript expression:    {js * 1e6:.0f} us per file")
    print(f"ratio {ratio:.2f} (<= {LIMIT}): {'PASS' if ratio <= LIMIT else 'FAIL'}")


if __name__ == "__main__":
    main()
