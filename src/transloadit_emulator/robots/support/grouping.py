"""Which of a Step's input files go together, and in what order, for robots that combine files.

The executor hands a robot every file of the Steps its ``use`` names (each Step once, in the order
listed, uploads as sent). Robots that make one file out of several (``/image/merge``,
``/video/concat``) also need what the executor does not keep: the ``use`` entries themselves, with
their ``fields`` (only the files of those upload fields) and ``as`` (``video_1``, ``video_2``, ...),
and ``bundle_steps``. This module reads them from the Step's ``use`` param.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ...integers import parse_natural
from ..base import InputFile

ORIGINAL = ":original"
_INDEXED = re.compile(r"^[A-Za-z]+_([0-9]+)$")


@dataclass(frozen=True)
class UseEntry:
    """One entry of ``use``: a Step name, optionally limited to upload ``fields``, optionally ``as`` a role."""

    name: str
    fields: tuple[str, ...] | None = None
    as_: str | None = None

    @property
    def index(self) -> int | None:
        """N of an ``as`` like ``video_N`` (the documented way to order inputs), else None."""
        match = _INDEXED.match(self.as_ or "")
        return parse_natural(match.group(1)) if match else None

    def select(self, files: Sequence[InputFile]) -> list[InputFile]:
        """The files of ``files`` this entry takes, in their order."""
        return [
            f
            for f in files
            if (f.source_step or ORIGINAL) == self.name
            and (self.fields is None or str(f.record.get("field") or "") in self.fields)
        ]


def use_entries(use: Any) -> list[UseEntry]:
    """The entries of a ``use`` param in every form the planner accepts; ``:original`` when absent.

    Identical entries count once, as the planner takes each Step's files once.
    """
    if isinstance(use, Mapping):
        use = use.get("steps", ORIGINAL)
    items = [use] if isinstance(use, str | Mapping) else list(use) if isinstance(use, list) else [ORIGINAL]
    out: list[UseEntry] = []
    for item in items:
        if isinstance(item, str):
            entry = UseEntry(item)
        elif isinstance(item, Mapping) and isinstance(item.get("name"), str):
            as_ = item.get("as")
            entry = UseEntry(item["name"], _field_names(item.get("fields")), as_ if isinstance(as_, str) else None)
        else:
            continue  # the planner refused anything else at creation
        if entry not in out:
            out.append(entry)
    return out or [UseEntry(ORIGINAL)]


def _field_names(fields: Any) -> tuple[str, ...] | None:
    """``fields`` of a ``use`` entry (a name or a list of names) as a tuple; None when not given."""
    if isinstance(fields, str):
        return (fields,)
    if isinstance(fields, list):
        return tuple(str(f) for f in fields)
    return None


def bundles_steps(params: Mapping[str, Any]) -> bool:
    """Whether ``use`` sets ``bundle_steps: true`` (the files of all used Steps form one group)."""
    use = params.get("use")
    return isinstance(use, Mapping) and use.get("bundle_steps") is True


def groups_by_step(params: Mapping[str, Any], files: Sequence[InputFile]) -> list[list[InputFile]]:
    """One group per ``use`` entry, or a single group of all when ``bundle_steps`` is set.

    Entries that take no file make no group.
    """
    groups = [entry.select(files) for entry in use_entries(params.get("use"))]
    if bundles_steps(params):
        groups = [[f for group in groups for f in group]]
    return [group for group in groups if group]


def ordered_by_index(params: Mapping[str, Any], files: Sequence[InputFile]) -> list[InputFile]:
    """All files the ``use`` entries take: entries with an indexed ``as`` (``video_1``, ``video_2``,
    ...) by ascending index, then the other entries in the order listed."""
    entries = use_entries(params.get("use"))
    ranked = sorted(
        range(len(entries)),
        key=lambda i: (0, entries[i].index or 0, i) if entries[i].index is not None else (1, 0, i),
    )
    return [f for i in ranked for f in entries[i].select(files)]


def sorted_inputs(params: Mapping[str, Any], files: Sequence[InputFile]) -> list[InputFile]:
    """The files in the order robots with ``sort_by`` take them: entries with an indexed ``as``
    first, by index; the rest by ``basename`` (the default), or as they came (``import_order``, and
    ``auto``: every file here has an upload or import order)."""
    entries = use_entries(params.get("use"))
    indexed = sorted((e for e in entries if e.index is not None), key=lambda e: e.index or 0)
    head = [f for e in indexed for f in e.select(files)]
    rest = [f for e in entries if e.index is None for f in e.select(files) if f not in head]
    if str(params.get("sort_by") or "basename") == "basename":
        rest.sort(key=lambda f: str(f.record.get("basename") or f.record.get("name") or f.path.name))
    return head + rest
