"""/meta/write, /meta/read, /file/verify and /file/virusscan end to end on files made here: tags
read back by the emulator's metadata extraction, types judged by content, the EICAR test string
(written by this test) found bare and inside a zip by ClamAV."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.e2e.results import fetch, result_image
from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_kit import Transloadit

# The EICAR test file (https://www.eicar.org), put together here so no file of the project holds it whole.
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
TAGS = {"Title": "Sunset", "Keywords": ["beach", "evening"], "Copyright": "© Emulator", "project_id": "p-42"}


def png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 8), (10, 200, 30)).save(buf, "PNG")
    return buf.getvalue()


def jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 8), (10, 200, 30)).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60).to_dict()


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A 0.3 s MP3 tone from ffmpeg's lavfi."""
    path = Path(tmp_path_factory.mktemp("av")) / "tone.mp3"
    subprocess.run(
        [ffmpeg_exe(), "-loglevel", "error", "-f", "lavfi", "-i", "sine=d=0.3", str(path)], check=True, timeout=60
    )
    return path.read_bytes()


def test_meta_write_then_read_back(kit: Transloadit, test_client: TestClient, sound: bytes) -> None:
    steps = {
        "tagged": {"use": ":original", "robot": "/meta/write", "data_to_write": TAGS, "result": True},
        "read": {"use": "tagged", "robot": "/meta/read"},
    }
    done = run(kit, steps, ("a.jpg", jpeg()), ("b.png", png()), ("tone.mp3", sound))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    tagged = {r["name"]: r for r in done["results"]["tagged"]}
    for name in ("a.jpg", "b.png"):
        meta = tagged[name]["meta"]
        assert (meta["title"], meta["keywords"], meta["copyright"]) == ("Sunset", ["beach", "evening"], "© Emulator")
    assert tagged["tone.mp3"]["meta"]["title"] == "Sunset"
    # The JPEG's compressed pixels are untouched.
    assert result_image(test_client, tagged["a.jpg"]).tobytes() == Image.open(io.BytesIO(jpeg())).tobytes()
    read = {r["name"]: r["meta"]["tags"] for r in done["results"]["read"]}
    assert read["a.jpg"]["project_id"] == "p-42" and read["b.png"]["dc:title"] == "Sunset"
    assert read["tone.mp3"]["project_id"] == "p-42" and read["tone.mp3"]["title"] == "Sunset"


def test_verify_by_content(kit: Transloadit, test_client: TestClient) -> None:
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    files = [("real.pdf", pdf), ("fake.pdf", png()), ("photo.jpg", jpeg())]
    done = run(kit, {"pdfs": {"use": ":original", "robot": "/file/verify"}}, *files)
    assert [r["name"] for r in done["results"]["pdfs"]] == ["real.pdf"]
    images = run(kit, {"imgs": {"use": ":original", "robot": "/file/verify", "verify_to_be": "image/png"}}, *files)
    assert [r["name"] for r in images["results"]["imgs"]] == ["fake.pdf"]
    strict = {"use": ":original", "robot": "/file/verify", "verify_to_be": "image", "error_on_decline": True}
    failed = run(kit, {"imgs": {**strict, "error_msg": "Images only"}}, *files)
    assert (failed["error"], failed["message"]) == ("FILE_VERIFY_INVALID_FILE", "Images only")
    junk = b"garbage\n" + pdf
    repaired = run(kit, {"pdfs": {"use": ":original", "robot": "/file/verify", "repair_pdf": True}}, ("j.pdf", junk))
    (fixed,) = repaired["results"]["pdfs"]
    assert fetch(test_client, fixed) == pdf


def test_virusscan_finds_eicar_bare_and_zipped(kit: Transloadit) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("docs/readme.txt", "clean")
        zf.writestr("docs/eicar.com", EICAR)
    files = [("clean.txt", b"nothing to see"), ("eicar.com", EICAR), ("bundle.zip", archive.getvalue())]
    done = run(kit, {"scanned": {"use": ":original", "robot": "/file/virusscan"}}, *files)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert [r["name"] for r in done["results"]["scanned"]] == ["clean.txt"]
    step = {"use": ":original", "robot": "/file/virusscan", "error_on_decline": True, "error_msg": "Malware!"}
    failed = run(kit, {"scanned": step}, *files)
    assert (failed["error"], failed["message"]) == ("FILE_VIRUSSCAN_DECLINED_FILE", "Malware!")
    assert "EICAR" in failed["virusname"] and failed["virusname"] in failed["reason"]
