"""``/file/compress``: zip or tar (optionally gzipped) archives of files.

One archive per input file, or one of everything when the Step's ``use`` sets ``bundle_steps``.
``file_layout``: ``advanced`` (the default) puts files in a folder per Step, named
``<2 chars of unique_original_prefix>_<2 chars of unique_prefix>_<name>`` so nothing collides;
``simple`` puts all at the top, numbering duplicates; ``relative-path`` keeps the path a file had
inside an archive it was extracted from. ``path`` instead places each file where its own
Assembly Variables say (``${file.meta.relative_path}/${file.name}``), filled in per file; an
empty path falls back to the layout, and ``..`` parts and leading slashes are dropped so no entry
points outside the archive. ``compression_level`` -9 (smallest) .. 0 (stored).
"""

from __future__ import annotations

import tarfile
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any

from ..errors import RobotError
from ..variables import file_variables, interpolate, to_text, unique_prefix
from .base import InputFile, OutputFile, Robot, RobotContext

ORIGINAL = ":original"


class FileCompress(Robot):
    """Archives the Step's files."""

    name = "/file/compress"

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """One archive per file, or one for all files when ``use.bundle_steps`` is true."""
        if params.get("password"):
            raise RobotError(
                "FILE_COMPRESS_VALIDATION", "Password-protected archives are not supported by the emulator."
            )
        use = params.get("use")
        bundled = isinstance(use, dict) and use.get("bundle_steps") is True
        groups = [list(files)] if bundled else [[f] for f in files]
        fmt = str(params.get("format") or "tar")
        gzip = bool(params.get("gzip")) and fmt == "tar"
        ext = "zip" if fmt == "zip" else ("tar.gz" if gzip else "tar")
        level = abs(int(params.get("compression_level", -6)))
        layout = str(params.get("file_layout") or "advanced")
        outputs: list[OutputFile] = []
        for index, group in enumerate(groups):
            stem = _archive_name(params) or (
                "archive" if bundled else PurePosixPath(str(group[0].record.get("name") or "file")).stem
            )
            if len(groups) > 1 and params.get("archive_name"):
                stem = f"{stem}_{index}"
            out = ctx.scratch_dir / f"{stem}.{ext}"
            taken = 1
            while out.exists():  # two inputs of one name: the first archive must not be overwritten
                out, taken = ctx.scratch_dir / f"{stem}-{taken}.{ext}", taken + 1
            entries = list(_entries(ctx.assembly_id, group, layout, params.get("path")))
            if fmt == "zip":
                _write_zip(out, entries, level)
            else:
                _write_tar(out, entries, gzip, level)
            outputs.append(OutputFile(out, out.name, group[0]))
        return outputs


def _archive_name(params: Mapping[str, Any]) -> str:
    """The Step's ``archive_name``: a file name holds at most 200 bytes (255 with the extension and
    index) and no NUL."""
    name = to_text(params.get("archive_name"))
    if len(name.encode("utf-8", "surrogatepass")) > 200 or "\x00" in name:
        raise RobotError(
            "FILE_COMPRESS_VALIDATION", "archive_name must be a file name of at most 200 bytes, without NUL characters."
        )
    return name


def _entries(
    assembly_id: str, files: Sequence[InputFile], layout: str, template: Any = None
) -> Iterator[tuple[InputFile, str]]:
    """``(file, path inside the archive)`` for each file: its ``path`` template filled in, else
    per ``file_layout``."""
    taken: set[str] = set()
    for f in files:
        name = to_text(f.record.get("name")) or f.path.name
        chosen = _own_path(template, f, assembly_id) if template else ""
        if chosen:
            path = chosen
        elif layout == "advanced":
            original = to_text(f.record.get("original_id")) or to_text(f.record.get("id"))
            first = unique_prefix(assembly_id, original)[:2]
            own = unique_prefix(assembly_id, to_text(f.record.get("id")))[:2]
            path = f"{f.source_step or ORIGINAL}/{first}_{own}_{name}"
        elif layout == "relative-path":
            folder = to_text((f.record.get("meta") or {}).get("relative_path"))
            path = f"{folder.strip('/')}/{name}" if folder.strip("/") else name
        else:
            path = name
        yield f, _unique(path, taken)


def _own_path(template: Any, f: InputFile, assembly_id: str) -> str:
    """The ``path`` param filled in with ``f``'s variables, kept inside the archive."""
    filled = to_text(interpolate(template, file_variables(f.record, assembly_id, f.source_step)))
    parts = [p for p in filled.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts)


def _unique(path: str, taken: set[str]) -> str:
    """``path``, or ``stem_1.ext``, ``stem_2.ext``, ... when already used."""
    candidate, n = path, 0
    pure = PurePosixPath(path)
    while candidate in taken:
        n += 1
        candidate = str(pure.with_name(f"{pure.stem}_{n}{pure.suffix}"))
    taken.add(candidate)
    return candidate


def _write_zip(out: Any, entries: list[tuple[InputFile, str]], level: int) -> None:
    method = zipfile.ZIP_STORED if level == 0 else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", compression=method, compresslevel=level or None) as archive:
        for f, arcname in entries:
            archive.write(f.path, arcname)


def _write_tar(out: Any, entries: list[tuple[InputFile, str]], gzip: bool, level: int) -> None:
    options: dict[str, Any] = {"compresslevel": level or 1} if gzip else {}
    with tarfile.open(out, "w:gz" if gzip else "w", **options) as archive:
        for f, arcname in entries:
            info = archive.gettarinfo(str(f.path), arcname)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            with open(f.path, "rb") as fh:
                archive.addfile(info, fh)
