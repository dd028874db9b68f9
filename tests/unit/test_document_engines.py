"""The document engines on their own: page selections, Markdown, subtitles and print margins,
the warm LibreOffice kept across conversions, PDFs through qpdf, and the private-address rules
of pages rendered by Chromium (the page's own requests included)."""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import docx
import pikepdf
import pytest
from PIL import Image

from transloadit_emulator.errors import RobotError
from transloadit_emulator.media import markup
from transloadit_emulator.media.chromium import BrowserError, PageJob, browser
from transloadit_emulator.media.office import UnsupportedConversion, converter
from transloadit_emulator.media.pdf_tools import OptimizeOptions, merge, optimize, select_pages
from transloadit_emulator.robots.base import InputFile, RobotContext
from transloadit_emulator.robots.html_convert import HtmlConvert
from transloadit_emulator.robots.support.pages import PageSelectionError, select


def test_page_selections_read_numbers_ranges_and_lists() -> None:
    assert select(None, 3) == [1, 2, 3]
    assert select("1,3-4", 5) == [1, 3, 4]
    assert select(["2", "1"], 2) == [2, 1]
    assert select("2-9", 4, clamp=True) == [2, 3, 4]
    for bad in ("0", "3-1", "x", "2-9", "١"):
        with pytest.raises(PageSelectionError):
            select(bad, 4)
    with pytest.raises(PageSelectionError):
        select("1-5", 10, limit=3)


def test_markdown_subtitles_and_margins() -> None:
    page = markup.markdown_to_html("| a |\n|---|\n| ~~b~~ |", variant="gfm", theme="bare")
    assert "<table>" in page and "<s>b</s>" in page and "<style>" not in page
    assert "<table>" not in markup.markdown_to_html("| a |\n|---|\n| b |", variant="commonmark")
    vtt = "WEBVTT\n\nNOTE hi\n\nintro\n00:01.000 --> 00:02.000 align:start\nHello\n"
    assert markup.vtt_to_srt(vtt) == "1\n00:00:01,000 --> 00:00:02,000\nHello\n"
    inches = markup.margins("1in,2.54cm,96px,25.4mm")
    assert all(abs(v - 1.0) < 1e-9 for v in inches.values())
    with pytest.raises(ValueError, match="no length"):
        markup.margins("1em")


def test_one_office_stays_warm_across_conversions(tmp_path: Path) -> None:
    source = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Dear emulator")
    document.save(str(source))
    office = converter()
    assert office.convert(source, tmp_path / "letter.pdf", "pdf") == "text"
    first = office._office.pid if office._office else None
    assert office.convert(source, tmp_path / "letter.rtf", "rtf") == "text"
    assert first is not None and office._office is not None and office._office.pid == first
    assert (tmp_path / "letter.rtf").read_bytes().startswith(b"{\\rtf")
    with pytest.raises(UnsupportedConversion):
        office.convert(source, tmp_path / "letter.xlsx", "xlsx")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("name,count\napples,3\n")
    assert office.convert(sheet, tmp_path / "sheet.xlsx", "xlsx") == "spreadsheet"
    assert (tmp_path / "sheet.xlsx").read_bytes().startswith(b"PK")
    assert office._office.pid == first


def _pdf(path: Path, pages: int, size: tuple[int, int] = (200, 100)) -> Path:
    images = [Image.new("RGB", size, (40 * i, 90, 160)) for i in range(pages)]
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=72)
    return path


def test_qpdf_merges_selects_and_optimises(tmp_path: Path) -> None:
    a, b = _pdf(tmp_path / "a.pdf", 2), _pdf(tmp_path / "b.pdf", 1)
    assert merge([(a, ""), (b, "")], tmp_path / "ab.pdf") == 3
    select_pages(tmp_path / "ab.pdf", [3, 1], tmp_path / "picked.pdf")
    with pikepdf.open(tmp_path / "picked.pdf") as picked:
        assert len(picked.pages) == 2
    big = _pdf(tmp_path / "big.pdf", 1, (2400, 1200))  # 2400 px across a 2400 pt page: 72 dpi
    options = OptimizeOptions(
        image_dpi=36, jpeg_quality=60, remove_metadata=True, linearize=True, version="1.5", compress_fonts=True
    )
    optimize(big, tmp_path / "small.pdf", options)
    with pikepdf.open(tmp_path / "small.pdf") as small:
        (image,) = small.pages[0].get_images().values()
        assert (int(image.Width), int(image.Height)) == (1200, 600) and small.is_linearized
        assert small.pdf_version == "1.5"


class _Counter(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        _Counter.hits.append(self.path)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture
def counter_url() -> Iterator[str]:
    _Counter.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_pages_cannot_reach_private_addresses_without_the_setting(tmp_path: Path, counter_url: str) -> None:
    ctx = RobotContext(assembly_id="a" * 32, step_name="s", scratch_dir=tmp_path, logger=logging.getLogger("t"))
    with pytest.raises(RobotError) as refused:
        HtmlConvert().process(ctx, {"url": counter_url + "/page"}, [])
    assert refused.value.code == "HTML_CONVERT_VALIDATION" and _Counter.hits == []

    page = tmp_path / "card.html"
    page.write_bytes(f"<html><body><img src='{counter_url}/pixel.png'>card</body></html>".encode())
    upload = InputFile(page, {"name": "card.html", "size": page.stat().st_size})
    params = {"width": 50, "height": 40, "fullpage": False, "wait_until": "load"}
    (shot,) = HtmlConvert().process(ctx, params, [upload])
    assert Image.open(io.BytesIO(shot.path.read_bytes())).size == (50, 40)
    assert _Counter.hits == []  # the image request was failed by the browser, never sent

    allowed = RobotContext(
        assembly_id="a" * 32,
        step_name="s",
        scratch_dir=tmp_path,
        logger=logging.getLogger("t"),
        allow_private_imports=True,
    )
    HtmlConvert().process(allowed, params, [upload])
    assert _Counter.hits == ["/pixel.png"]


class _Slow(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<html><body>start")
        self.wfile.flush()
        threading.Event().wait(4)  # the page never finishes loading in time

    def log_message(self, *args: Any) -> None:
        return None


def test_a_page_that_never_loads_times_out_and_the_browser_starts_again() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        slow = PageJob(f"http://127.0.0.1:{server.server_address[1]}/", width=40, height=30, timeout_s=1.0)
        with pytest.raises(BrowserError, match="in time"):
            browser().screenshot(slow, fmt="png", full_page=False, omit_background=False)
        quick = PageJob("data:text/html,<p>back</p>", width=40, height=30)
        shot = browser().screenshot(quick, fmt="png", full_page=False, omit_background=False)
        assert Image.open(io.BytesIO(shot)).size == (40, 30)
    finally:
        server.shutdown()
