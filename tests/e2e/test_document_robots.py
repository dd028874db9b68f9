"""The document robots end to end on files made here: a DOCX (python-docx) through the warm
LibreOffice, PDFs through qpdf and PDFium, text drawn by Pillow read back by Tesseract, and a page
served on loopback rendered by Chromium. Each engine starts once for the whole session."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import docx
import pikepdf
import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from PIL import Image, ImageDraw, ImageFont
from starlette.testclient import TestClient

from tests.e2e.results import fetch
from transloadit_kit import Transloadit

WORDS = "EMULATOR READS THIS"


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=120).to_dict()


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    document.add_heading("Quarterly report", level=1)
    document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def text_image(text: str = WORDS, *, angle: int = 0) -> Image.Image:
    image = Image.new("RGB", (900, 160), "white")
    ImageDraw.Draw(image).text((30, 40), text, fill="black", font=ImageFont.load_default(size=56))
    return image.rotate(angle, expand=True, fillcolor="white") if angle else image


def page_image(angle: int = 0) -> Image.Image:
    """A page of four lines, enough text for Tesseract's orientation detection."""
    image = Image.new("RGB", (1200, 900), "white")
    draw, font = ImageDraw.Draw(image), ImageFont.load_default(size=40)
    lines = (
        "The quick brown fox jumps over",
        "the lazy dog while the emulator",
        "reads every word of this page",
        "and turns it upright again.",
    )
    for index, line in enumerate(lines):
        draw.text((40, 60 + index * 90), line, fill="black", font=font)
    return image.rotate(angle, expand=True, fillcolor="white") if angle else image


def png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def pdf_of(*images: Image.Image) -> bytes:
    buf = io.BytesIO()
    images[0].save(buf, "PDF", save_all=True, append_images=list(images[1:]), resolution=150)
    return buf.getvalue()


def pdf_text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    try:
        return "".join(document[i].get_textpage().get_text_bounded() for i in range(len(document)))
    finally:
        document.close()


def test_office_documents_convert_through_libreoffice_and_on_through_pdf_robots(
    kit: Transloadit, test_client: TestClient
) -> None:
    steps = {
        "pdf": {"use": ":original", "robot": "/document/convert", "format": "pdf", "result": True},
        "odt": {"use": ":original", "robot": "/document/convert", "format": "odt"},
        "srt": {"use": ":original", "robot": "/document/convert", "format": "srt", "result": False},
        "text": {
            "use": "pdf",
            "robot": "/document/extract",
            "extract": ["text"],
            "text_format": "json",
            "result": True,
        },
        "twice": {
            "use": [{"name": "pdf", "as": "document_1"}, {"name": "pdf", "as": "document_2"}],
            "robot": "/document/merge",
            "output_password": "s3cret",
        },
        "small": {"use": "pdf", "robot": "/document/optimize", "preset": "screen", "remove_metadata": True},
        "first": {"use": "pdf", "robot": "/document/split", "pages": ["1"]},
        "read": {"use": "text", "robot": "/file/read"},
        "thumb": {"use": ":original", "robot": "/document/thumbs", "width": 120},
    }
    steps.pop("srt")
    done = run(kit, steps, ("report.docx", docx_bytes("Sales went up by nine percent.")))
    assert done.get("ok") == "ASSEMBLY_COMPLETED", {k: done.get(k) for k in ("error", "message", "reason")}
    (pdf,) = done["results"]["pdf"]
    assert (pdf["name"], pdf["mime"]) == ("report.pdf", "application/pdf")
    assert "nine percent" in pdf_text(fetch(test_client, pdf))
    (odt,) = done["results"]["odt"]
    assert odt["mime"] == "application/vnd.oasis.opendocument.text"
    (text,) = done["results"]["text"]
    body = json.loads(fetch(test_client, text))
    assert body["pages"][0]["page"] == 1 and "Quarterly report" in body["text"]
    (merged,) = done["results"]["twice"]
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(fetch(test_client, merged)))
    with pikepdf.open(io.BytesIO(fetch(test_client, merged)), password="s3cret") as opened:
        assert len(opened.pages) == 2
    (small,) = done["results"]["small"]
    with pikepdf.open(io.BytesIO(fetch(test_client, small))) as opened:
        assert opened.is_linearized and "/Producer" not in opened.docinfo
    (first,) = done["results"]["first"]
    assert first["meta"]["page_count"] == 1
    (thumb,) = done["results"]["thumb"]  # the DOCX's page, printed by the same warm office
    assert (thumb["meta"]["page_number"], thumb["meta"]["width"]) == (1, 120)
    (read,) = done["results"]["read"]
    assert "nine percent" in json.loads(read["meta"]["content"])["text"]

    failed = run(
        kit,
        {"srt": {"use": ":original", "robot": "/document/convert", "format": "srt"}},
        ("report.docx", docx_bytes("x")),
    )
    assert failed["error"] == "DOCUMENT_CONVERT_UNSUPPORTED_CONVERSION", failed


def test_images_markdown_subtitles_and_pdf_pages_convert(kit: Transloadit, test_client: TestClient) -> None:
    steps = {
        "to_pdf": {"use": ":original", "robot": "/document/convert", "format": "pdf", "result": True},
        "to_png": {"use": "to_pdf", "robot": "/document/convert", "format": "png"},
    }
    subtitles = b"1\n00:00:01,000 --> 00:00:02,500\nHello there\n"
    done = run(
        kit,
        steps,
        ("notes.md", b"# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
        ("photo.png", png(text_image("PHOTO"))),
    )
    assert done.get("ok") == "ASSEMBLY_COMPLETED", {k: done.get(k) for k in ("error", "message", "reason")}
    pdfs = {r["name"]: r for r in done["results"]["to_pdf"]}
    assert set(pdfs) == {"notes.pdf", "photo.pdf"}
    assert "Title" in pdf_text(fetch(test_client, pdfs["notes.pdf"]))
    pages = [r for r in done["results"]["to_png"] if r["name"].startswith("photo")]
    assert [(p["meta"]["width"], p["meta"]["height"]) for p in pages] == [
        (1800, 320)
    ]  # 900 x 160 px at 72 dpi, rendered at 2x

    vtt = run(
        kit, {"vtt": {"use": ":original", "robot": "/document/convert", "format": "vtt"}}, ("talk.srt", subtitles)
    )
    assert (
        fetch(test_client, vtt["results"]["vtt"][0]).decode()
        == "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nHello there\n"
    )


def test_text_in_images_and_pdfs_is_recognised_and_pages_turned_upright(
    kit: Transloadit, test_client: TestClient
) -> None:
    steps = {
        "json": {"use": ":original", "robot": "/image/ocr", "granularity": "full"},
        "meta": {"use": ":original", "robot": "/image/ocr", "format": "meta", "granularity": "list"},
        "text": {"use": ":original", "robot": "/image/ocr", "format": "text"},
        "pdf": {"use": ":original", "robot": "/document/convert", "format": "pdf", "result": True},
        "doc_ocr": {"use": "pdf", "robot": "/document/ocr", "format": "json"},
    }
    done = run(kit, steps, ("sign.png", png(text_image())))
    assert done.get("ok") == "ASSEMBLY_COMPLETED", {k: done.get(k) for k in ("error", "message", "reason")}
    (line,) = json.loads(fetch(test_client, done["results"]["json"][0]))
    assert line["text"] == WORDS and len(line["boundingPolygon"]) == 4
    assert done["results"]["meta"][0]["meta"]["recognized_text"] == [WORDS]
    assert fetch(test_client, done["results"]["text"][0]).decode() == WORDS + "\n"
    (page_line,) = json.loads(fetch(test_client, done["results"]["doc_ocr"][0]))
    assert (page_line["text"], page_line["page"]) == (WORDS, 1)

    upright, sideways = page_image(), page_image(angle=90)  # turned a quarter counterclockwise
    turned = run(
        kit, {"up": {"use": ":original", "robot": "/document/autorotate"}}, ("scan.pdf", pdf_of(upright, sideways))
    )
    assert turned["ok"] == "ASSEMBLY_COMPLETED", turned
    (result,) = turned["results"]["up"]
    assert result["meta"]["rotations"][0] == 0 and result["meta"]["rotations"][1] == 90
    with pikepdf.open(io.BytesIO(fetch(test_client, result))) as opened:
        assert int(opened.pages[1].get("/Rotate", 0)) % 360 == result["meta"]["rotations"][1]


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        body = (
            b"<html><body style='margin:0;background:#ff0000'><div style='height:1500px'>"
            + self.headers.get("X-Token", "none").encode()
            + b"</div></body></html>"
        )
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture(scope="module")
def page_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()


def test_web_pages_are_screenshotted_and_printed(kit: Transloadit, test_client: TestClient, page_url: str) -> None:
    steps = {
        "shot": {
            "robot": "/html/convert",
            "url": page_url,
            "width": 320,
            "height": 200,
            "fullpage": False,
            "headers": {"X-Token": "tok"},
        },
        "full": {"robot": "/html/convert", "url": page_url, "width": 300, "format": "jpeg", "delay": 50},
        "pdf": {"robot": "/html/convert", "url": page_url, "format": "pdf", "wait_until": "load"},
        "upload": {"use": ":original", "robot": "/html/convert", "width": 200, "height": 100, "fullpage": False},
    }
    done = run(kit, steps, ("card.html", b"<html><body style='background:#0000ff'>card</body></html>"))
    assert done.get("ok") == "ASSEMBLY_COMPLETED", {k: done.get(k) for k in ("error", "message", "reason")}
    (shot,) = done["results"]["shot"]
    image = Image.open(io.BytesIO(fetch(test_client, shot))).convert("RGB")
    assert image.size == (320, 200) and image.getpixel((300, 190)) == (255, 0, 0)
    (full,) = done["results"]["full"]
    assert (full["mime"], full["meta"]["width"], full["meta"]["height"]) == ("image/jpeg", 300, 1500)
    (pdf,) = done["results"]["pdf"]
    assert "none" in pdf_text(fetch(test_client, pdf))
    (upload,) = done["results"]["upload"]
    picture = Image.open(io.BytesIO(fetch(test_client, upload))).convert("RGB")
    assert picture.size == (200, 100) and picture.getpixel((190, 90)) == (0, 0, 255)


def encrypted_pdf(password: str, *images: Image.Image) -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf_of(*images))) as plain:
        plain.save(out, encryption=pikepdf.Encryption(owner=password, user=password))
    return out.getvalue()


def test_pdf_robots_take_passwords_ranges_and_answer_their_codes(kit: Transloadit, test_client: TestClient) -> None:
    def red() -> Image.Image:  # new images each time: Pillow's PDF writer keeps state on appended images
        return Image.new("RGB", (300, 200), "red")

    def blue() -> Image.Image:
        return Image.new("RGB", (40, 30), "blue")

    steps = {
        "merged": {"use": ":original", "robot": "/document/merge", "input_passwords": ["", "pw"], "result": True},
        "images": {
            "use": "merged",
            "robot": "/document/extract",
            "extract": "images",
            "image_format": "png",
            "min_image_width": 50,
            "page_range": "1-9",
        },
        "middle": {"use": "merged", "robot": "/document/split", "pages": "2-3"},
        "read": {"use": ":original", "robot": "/file/read", "result": True},
    }
    files = (("a.pdf", pdf_of(red(), blue())), ("b.pdf", encrypted_pdf("pw", blue())))
    done = run(kit, steps, *files)
    assert done.get("ok") == "ASSEMBLY_COMPLETED", {k: done.get(k) for k in ("error", "message")}
    (merged,) = done["results"]["merged"]
    assert merged["meta"]["page_count"] == 3
    (image,) = done["results"]["images"]  # the two blue ones are under min_image_width
    assert (image["mime"], image["meta"]["width"], image["meta"]["page"]) == ("image/png", 300, 1)
    (middle,) = done["results"]["middle"]
    assert middle["meta"]["page_count"] == 2
    assert all(r["meta"]["content"].startswith("%PDF") for r in done["results"]["read"])

    for step, upload, code in (
        ({"robot": "/document/split", "pages": "4"}, files[0], "DOCUMENT_SPLIT_VALIDATION"),
        ({"robot": "/document/merge"}, files[1], "DOCUMENT_MERGE_VALIDATION"),  # no password given
        ({"robot": "/document/optimize"}, ("a.docx", docx_bytes("x")), "DOCUMENT_OPTIMIZE_UNSUPPORTED_INPUT"),
        ({"robot": "/file/read"}, ("big.txt", b"x" * 600_000), "FILE_READ_VALIDATION_ERROR"),
    ):
        failed = run(kit, {"x": {"use": ":original", **step}}, upload)
        assert failed.get("error") == code, (step, failed.get("error"), failed.get("message"))
