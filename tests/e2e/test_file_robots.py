"""/file/compress, /file/decompress and /document/thumbs on real archives and PDFs made here."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
from typing import Any

import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.conftest import jpeg_bytes
from tests.e2e.results import fetch
from transloadit_emulator.robots import file_decompress
from transloadit_kit import Transloadit


def run(kit: Transloadit, steps: dict[str, Any], *files: tuple[str, bytes]) -> dict[str, Any]:
    return kit.create_assembly(steps=steps, files=list(files), wait=True, timeout=60).to_dict()


def zip_bytes(entries: dict[str, bytes], *, level: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=level) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buf.getvalue()


def pdf_bytes(pages: int) -> bytes:
    """A real PDF of ``pages`` pages, each a coloured 200x100 pt page with a white margin."""
    images = []
    for i in range(pages):
        page = Image.new("RGB", (200, 100), "white")
        page.paste(Image.new("RGB", (160, 60), (40 * i, 100, 200)), (20, 20))
        images.append(page)
    buf = io.BytesIO()
    images[0].save(buf, "PDF", save_all=True, append_images=images[1:], resolution=72)
    return buf.getvalue()


def test_compress_layouts_formats_and_bundles(kit: Transloadit, test_client: TestClient) -> None:
    photo, notes = ("photo.jpg", jpeg_bytes((60, 40))), ("notes.txt", b"hello archive\n" * 50)
    steps = {
        ":original": {"robot": "/upload/handle"},
        "small": {"use": ":original", "robot": "/image/resize", "width": 20},
        "bundle": {
            "use": {"steps": [":original", "small"], "bundle_steps": True},
            "robot": "/file/compress",
            "format": "zip",
            "archive_name": "everything",
        },
        "flat": {
            "use": {"steps": [":original"], "bundle_steps": True},
            "robot": "/file/compress",
            "gzip": True,
            "file_layout": "simple",
        },
        "each": {"use": ":original", "robot": "/file/compress", "format": "zip", "compression_level": 0},
    }
    done = run(kit, steps, photo, notes)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (bundle,) = done["results"]["bundle"]
    assert bundle["name"] == "everything.zip" and bundle["mime"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(fetch(test_client, bundle))).namelist()
    assert sorted(n.split("/")[0] for n in names) == [":original", ":original", "small"]
    assert all(n.split("/")[1][2] == "_" and n.split("/")[1][5] == "_" for n in names)  # xx_yy_name
    assert {n.split("/")[1][6:] for n in names} == {"photo.jpg", "notes.txt"}

    (flat,) = done["results"]["flat"]
    assert flat["name"] == "archive.tar.gz" and flat["type"] == "archive"
    with tarfile.open(fileobj=io.BytesIO(fetch(test_client, flat)), mode="r:gz") as archive:
        assert sorted(archive.getnames()) == ["notes.txt", "photo.jpg"]
        member = archive.extractfile("notes.txt")
        assert member is not None and member.read() == notes[1]

    each = done["results"]["each"]
    assert [r["name"] for r in each] == ["photo.zip", "notes.zip"]
    stored = zipfile.ZipFile(io.BytesIO(fetch(test_client, each[1])))
    assert stored.infolist()[0].compress_type == zipfile.ZIP_STORED

    refused = run(kit, {"z": {"use": ":original", "robot": "/file/compress", "password": "x"}}, notes)
    assert refused["error"] == "FILE_COMPRESS_VALIDATION"


def test_compress_path_places_each_file_by_its_variables(kit: Transloadit, test_client: TestClient) -> None:
    photo, notes = ("photo.jpg", jpeg_bytes((60, 40))), ("notes.txt", b"hello archive\n")
    steps = {
        "by_type": {
            "use": {"steps": [":original"], "bundle_steps": True},
            "robot": "/file/compress",
            "format": "zip",
            "path": "/../${file.ext}/${file.basename}-1.${file.ext}",
        }
    }
    done = run(kit, steps, photo, notes)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (archive,) = done["results"]["by_type"]
    names = zipfile.ZipFile(io.BytesIO(fetch(test_client, archive))).namelist()
    assert sorted(names) == ["jpg/photo-1.jpg", "txt/notes-1.txt"]


def test_decompress_zip_tar_gzip_and_roundtrip(kit: Transloadit, test_client: TestClient) -> None:
    archive = zip_bytes({"docs/readme.txt": b"read me", "docs/img/a.jpg": jpeg_bytes((30, 20)), "top.txt": b"t"})
    tar_buf = io.BytesIO()
    with tarfile.open(fileobj=tar_buf, mode="w:bz2") as tar:
        info = tarfile.TarInfo("inner/data.bin")
        info.size = 4
        tar.addfile(info, io.BytesIO(b"\x00\x01\x02\x03"))
    steps = {
        "x": {"use": ":original", "robot": "/file/decompress", "result": True},
        "again": {
            "use": {"steps": ["x"], "bundle_steps": True},
            "robot": "/file/compress",
            "format": "zip",
            "file_layout": "relative-path",
        },
    }
    done = run(
        kit,
        steps,
        ("pack.zip", archive),
        ("pack.tar.bz2", tar_buf.getvalue()),
        ("log.txt.gz", gzip.compress(b"x" * 1000)),
    )
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    files = {(r["meta"]["relative_path"], r["name"]): r for r in done["results"]["x"]}
    assert set(files) == {
        ("docs", "readme.txt"),
        ("docs/img", "a.jpg"),
        ("", "top.txt"),
        ("inner", "data.bin"),
        ("", "log.txt"),
    }
    assert files[("docs/img", "a.jpg")]["meta"]["width"] == 30  # extracted files get real metadata
    assert fetch(test_client, files[("", "log.txt")]) == b"x" * 1000
    (again,) = done["results"]["again"]
    names = sorted(zipfile.ZipFile(io.BytesIO(fetch(test_client, again))).namelist())
    assert names == ["docs/img/a.jpg", "docs/readme.txt", "inner/data.bin", "log.txt", "top.txt"]


def test_decompress_refuses_traversal_links_bombs_and_non_archives(
    kit: Transloadit, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = {"x": {"use": ":original", "robot": "/file/decompress"}}
    evil = run(kit, steps, ("evil.zip", zip_bytes({"../../etc/cron.d/x": b"boom"})))
    # Hostile archives are the live API's possibly malicious files; a crowded one is only invalid.
    assert evil["error"] == "POSSIBLY_MALICIOUS_FILE_FOUND" and "outside" in evil["message"]

    link_buf = io.BytesIO()
    with tarfile.open(fileobj=link_buf, mode="w") as tar:
        link = tarfile.TarInfo("passwd")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(link)
    linked = run(kit, steps, ("link.tar", link_buf.getvalue()))
    assert linked["error"] == "POSSIBLY_MALICIOUS_FILE_FOUND" and "link" in linked["message"]

    monkeypatch.setattr(file_decompress, "MIN_BUDGET_BYTES", 1024 * 1024)
    bomb = zip_bytes({"zeros.bin": bytes(8 * 1024 * 1024)})  # 8 MiB of zeros in ~8 KiB
    exploded = run(kit, steps, ("bomb.zip", bomb))
    assert exploded["error"] == "POSSIBLY_MALICIOUS_FILE_FOUND" and "bomb" in exploded["message"]
    monkeypatch.setattr(file_decompress, "MAX_ENTRIES", 3)
    crowded = run(kit, steps, ("many.zip", zip_bytes({f"f{i}.txt": b"." for i in range(5)})))
    assert crowded["error"] == "FILE_DECOMPRESS_INVALID_INPUT" and "more than 3" in crowded["message"]

    plain = run(kit, steps, ("photo.jpg", jpeg_bytes((10, 10))))
    assert plain["error"] == "FILE_DECOMPRESS_INVALID_INPUT"
    ignored = run(kit, {"x": {**steps["x"], "ignore_errors": True}}, ("photo.jpg", jpeg_bytes((10, 10))))
    assert ignored["ok"] == "ASSEMBLY_COMPLETED"


def test_decompress_single_file_starting_with_a_zero_block_and_empty_archives(
    kit: Transloadit, test_client: TestClient
) -> None:
    """Issue 17 #3: a gzip stream whose content starts with a zero block is a file, not an empty tar."""
    steps = {"x": {"use": ":original", "robot": "/file/decompress", "result": True}}
    content = b"\0" * 512 + b"rest"
    done = run(kit, steps, ("data.gz", gzip.compress(content)))
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    (single,) = done["results"]["x"]
    assert single["name"] == "data" and fetch(test_client, single) == content

    empty = io.BytesIO()
    with tarfile.open(fileobj=empty, mode="w:gz"):
        pass
    failed = run(kit, steps, ("empty.tar.gz", empty.getvalue()))
    assert failed["error"] == "FILE_DECOMPRESS_INVALID_INPUT" and "no files" in failed["message"], failed


def test_document_thumbs_pages_sizes_and_errors(kit: Transloadit, test_client: TestClient) -> None:
    doc = ("report.pdf", pdf_bytes(3))
    steps = {
        "all": {"use": ":original", "robot": "/document/thumbs", "trim_whitespace": False},
        "second": {
            "use": ":original",
            "robot": "/document/thumbs",
            "page": 2,
            "format": "jpeg",
            "width": 100,
            "trim_whitespace": False,
        },
        "range": {
            "use": ":original",
            "robot": "/document/thumbs",
            "page_range": "2-9",
            "width": 80,
            "height": 80,
            "resize_strategy": "pad",
        },
        "trimmed": {"use": ":original", "robot": "/document/thumbs", "page": 1},
    }
    done = run(kit, steps, doc)
    assert done["ok"] == "ASSEMBLY_COMPLETED", done
    assert done["uploads"][0]["type"] == "document"
    pages = done["results"]["all"]
    assert [p["meta"]["page_number"] for p in pages] == [1, 2, 3]
    assert all(p["meta"]["page_count"] == 3 and (p["meta"]["width"], p["meta"]["height"]) == (200, 100) for p in pages)
    (second,) = done["results"]["second"]
    assert (second["mime"], second["meta"]["width"], second["meta"]["height"]) == ("image/jpeg", 100, 50)
    image = Image.open(io.BytesIO(fetch(test_client, second))).convert("RGB")
    assert image.getpixel((50, 25))[0] > 20  # page 2 is tinted red 40
    assert [r["meta"]["page_number"] for r in done["results"]["range"]] == [2, 3]
    assert all((r["meta"]["width"], r["meta"]["height"]) == (80, 80) for r in done["results"]["range"])
    (trimmed,) = done["results"]["trimmed"]
    assert (trimmed["meta"]["width"], trimmed["meta"]["height"]) == (160, 60)  # the white margin is gone

    missing = run(kit, {"t": {"use": ":original", "robot": "/document/thumbs", "page": 7}}, doc)
    assert missing["error"] == "DOCUMENT_THUMBS_VALIDATION"
    forced = {"use": ":original", "robot": "/document/thumbs", "force_accept": True}
    not_pdf = run(kit, {"t": forced}, ("a.jpg", jpeg_bytes((9, 9))))
    assert not_pdf["error"] == "DOCUMENT_THUMBS_INVALID_INPUT"
    broken = run(kit, {"t": {"use": ":original", "robot": "/document/thumbs"}}, ("b.pdf", b"%PDF-1.4 broken"))
    assert broken["error"] == "DOCUMENT_THUMBS_INVALID_INPUT"
