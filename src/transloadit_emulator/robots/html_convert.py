"""``/html/convert``: a web page (``url``, or each uploaded HTML file) rendered by headless
Chromium over the DevTools protocol (``media/chromium.py``): a PNG or JPEG screenshot of
``width`` x ``height`` (768 by default) or of the full page (``fullpage``), on a transparent
background with ``omit_background`` (PNG), after ``wait_until`` and ``delay``; or a PDF.
``headers`` go with every request. Private addresses follow the import rules: a ``url`` whose
host has one is refused, and requests the page makes to them fail."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from ..errors import RobotError
from ..media.chromium import BrowserError, PageJob, browser
from ..outbound.http_fetch import non_public_address
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.names import basename, own_dir, stem
from .support.web_pages import browser_failure, host_guard

_CODE = "HTML_CONVERT_VALIDATION"


class HtmlConvert(Robot):
    """Screenshots or PDFs of web pages."""

    name = "/html/convert"
    accepts = None  # HTML uploads have no file type of their own
    job_slots = 2

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """One image or PDF per page: the ``url``'s, else each HTML input's."""
        url = params.get("url")
        if url:
            return [self._render(ctx, params, str(url), _url_name(str(url)), None)]
        outputs = []
        for file in files:
            page = own_dir(ctx.scratch_dir) / f"{stem(basename(str(file.record.get('name') or 'page')))}.source.html"
            page.write_bytes(file.path.read_bytes())
            outputs.append(self._render(ctx, params, page.as_uri(), stem(page.stem), file))
        return outputs

    def _render(
        self, ctx: RobotContext, params: Mapping[str, Any], url: str, name: str, source: InputFile | None
    ) -> OutputFile:
        parts = urlsplit(url)
        if parts.scheme in ("http", "https"):
            if not ctx.allow_private_imports and non_public_address(parts.hostname or ""):
                raise RobotError(_CODE, f"The url {url!r} points at a private address; the emulator refuses it.")
        elif source is None:
            raise RobotError(_CODE, f"The url {url!r} is not an http(s) URL.")
        fmt = str(params.get("format") or "png")
        job = PageJob(
            url=url,
            width=int(params.get("width") or 1024),
            height=int(params.get("height") or 768),
            delay_ms=int(params.get("delay") or 0),
            wait_until=str(params.get("wait_until") or "networkidle"),
            headers={str(k): str(v) for k, v in (params.get("headers") or {}).items()},
            host_allowed=host_guard(ctx),
        )
        try:
            if fmt == "pdf":
                data = browser().pdf(job, {"printBackground": True})
            else:
                data = browser().screenshot(
                    job,
                    fmt="jpeg" if fmt in ("jpg", "jpeg") else "png",
                    full_page=bool(params.get("fullpage", True)),
                    omit_background=bool(params.get("omit_background", False)),
                )
        except BrowserError as exc:
            raise browser_failure(exc) from None
        out = own_dir(ctx.scratch_dir) / f"{name}.{'jpg' if fmt == 'jpeg' else fmt}"
        out.write_bytes(data)
        return OutputFile(out, out.name, source, meta={"url": url} if source is None else {})


def _url_name(url: str) -> str:
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return stem(last) or (parts.hostname or "page").replace(".", "_")
