"""``/http/request``: call the Step's ``url`` during the Assembly and emit the files it names.

As the vendor documents: ``payload`` ``none`` sends no body, ``metadata`` a JSON object
``{assembly, fields, previous_step, file, files}``, ``file``/``files`` the same object as the
multipart field ``payload`` with the first input as ``file`` or every input as ``files[]``. Each
file object carries a ``path`` (``<step>/<name>``, ``:original/<name>`` for uploads) the answer may
name to pass that input on; an answer's ``url`` is downloaded (``max_result_file_size``,
``result_download_timeout``, at most ``max_result_files``) and emitted. The answer is empty, ``[]``,
a file object, a list of them, or ``{"files": [...] | {name: {...}}}``. Addresses follow the import
rules (``outbound/http_fetch.py``): loopback and private ones are refused
(``HTTP_REQUEST_ACCESS_DENIED``) unless the emulator allows private imports.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError
from ..outbound.http_fetch import RemoteFetchError, call, download
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.http_headers import parse_headers

_PREFIX = "HTTP_REQUEST"


def _path(file: InputFile) -> str:
    return f"{file.source_step or ':original'}/{file.record.get('name')}"


def _failure(exc: RemoteFetchError) -> RobotError:
    code = f"{_PREFIX}_ACCESS_DENIED" if exc.kind == "blocked" else f"{_PREFIX}_FAILURE"
    return RobotError(code, f"The request failed: {exc}")


def _answer_files(raw: bytes) -> list[Mapping[str, Any]]:
    if not raw.strip():
        return []
    try:
        answer = json.loads(raw)
    except ValueError:
        raise RobotError(f"{_PREFIX}_INVALID_RESPONSE", "The endpoint's answer is not JSON.") from None
    if isinstance(answer, dict) and "files" in answer:
        answer = answer["files"]
        answer = list(answer.values()) if isinstance(answer, dict) else answer
    listed = answer if isinstance(answer, list) else [answer]
    if not all(isinstance(item, dict) and ("path" in item or "url" in item) for item in listed):
        raise RobotError(f"{_PREFIX}_INVALID_RESPONSE", "Every file in the answer needs a path or a url.")
    return listed


class HttpRequest(Robot):
    """Calls an HTTP endpoint from a Step."""

    name = "/http/request"

    def runs_alone(self, params: Mapping[str, Any]) -> bool:
        """The endpoint is called even when no file reaches the Step (``use: []``)."""
        return True

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """The inputs the answer names and the files it points to."""
        records = [{**f.record, "path": _path(f)} for f in files]
        payload = {
            "assembly": {"id": ctx.assembly_id},
            "fields": dict(ctx.fields),
            "previous_step": {"name": files[0].source_step} if files else None,
            "file": records[0] if records else None,
            "files": records,
        }
        kind = str(params.get("payload") or "none")
        parts = [(f, (str(f.record.get("name")), f.path.read_bytes(), str(f.record.get("mime")))) for f in files]
        form = None
        if kind in ("file", "files"):
            chosen = parts[:1] if kind == "file" else parts
            form = ({"payload": json.dumps(payload)}, [("file" if kind == "file" else "files[]", p) for _, p in chosen])
        try:
            raw = call(
                str(params.get("method") or "POST"),
                str(params["url"]),
                headers=parse_headers(params.get("headers"), _PREFIX),
                body=payload if kind == "metadata" else None,
                form=form,
                max_bytes=int(params.get("max_response_size") or 1048576),
                allow_private=ctx.allow_private_imports,
                timeout=float(params.get("timeout") or 60),
            )
        except RemoteFetchError as exc:
            raise _failure(exc) from None
        return self._emit(ctx, params, files, _answer_files(raw))

    def _emit(
        self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile], named: list[Mapping[str, Any]]
    ) -> list[OutputFile]:
        by_path = {_path(f): f for f in files}
        downloads = [item for item in named if "path" not in item]
        if len(downloads) > int(params.get("max_result_files") or 10):
            raise RobotError(f"{_PREFIX}_INVALID_RESPONSE", f"The answer names {len(downloads)} files to download.")
        outputs = []
        for item in named:
            if "path" in item:
                picked = by_path.get(str(item["path"]))
                if picked is None:
                    raise RobotError(f"{_PREFIX}_INVALID_RESPONSE", f"No input file has the path {item['path']!r}.")
                outputs.append(OutputFile(picked.path, str(picked.record.get("name")), picked, passthrough=True))
                continue
            try:
                got = download(
                    str(item["url"]),
                    ctx.scratch_dir,
                    max_bytes=int(params.get("max_result_file_size") or 104857600),
                    allow_private=ctx.allow_private_imports,
                    timeout=float(params.get("result_download_timeout") or 120),
                )
            except RemoteFetchError as exc:
                raise _failure(exc) from None
            name = str(item.get("name") or got.filename or str(item["url"]).rstrip("/").rsplit("/", 1)[-1] or "file")
            outputs.append(OutputFile(got.path, name, None, record={"import_url": item["url"]}))
        return outputs
