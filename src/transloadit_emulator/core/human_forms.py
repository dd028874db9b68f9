"""The ``_human`` forms of file sizes and durations in result files (``size_human``, ``duration_human``).

Pure helpers for the status builders: the vendor documents no exact format, so these are ours,
stable and short: binary units with two decimals, and minutes/seconds.
"""

from __future__ import annotations

_UNITS = ("B", "KB", "MB", "GB", "TB")


def human_size(size: int | None) -> str | None:
    """``1536`` -> ``"1.50 KB"`` (units of 1024); ``512`` -> ``"512 B"``; None stays None."""
    if size is None or size < 0:
        return None
    value = float(size)
    for unit in _UNITS:
        if value < 1024 or unit == _UNITS[-1]:
            return f"{int(value)} B" if unit == "B" else f"{value:.2f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns at the last unit


def human_duration(seconds: float | None) -> str | None:
    """``65.2`` -> ``"1m 5s"``; ``3725`` -> ``"1h 2m 5s"``; under a minute one decimal (``"4.5s"``)."""
    if seconds is None or seconds < 0:
        return None
    if seconds < 60:
        return f"{seconds:.1f}s"
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return " ".join(f"{n}{u}" for n, u in ((hours, "h"), (minutes, "m"), (secs, "s")) if n or u == "s")
