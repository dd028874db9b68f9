"""Uploads are known by their content: files named ``file1`` ... ``file4`` (no extension), three SVGs
and a JPEG, get the live API's ``ext``, ``mime`` and ``type``."""

from __future__ import annotations

from tests.conftest import jpeg_bytes
from tests.unit.test_sniff import SVG_BARE, SVG_INKSCAPE, SVG_NODE_SDK
from transloadit_kit import Transloadit


def test_uploads_without_extension_are_typed_by_content(kit: Transloadit) -> None:
    files = [("file1", SVG_NODE_SDK), ("file2", SVG_INKSCAPE), ("file3", SVG_BARE), ("file4", jpeg_bytes((20, 10)))]
    status = kit.create_assembly(steps={":original": {"robot": "/upload/handle"}}, files=files, wait=True)
    assert status.ok == "ASSEMBLY_COMPLETED"
    by_name = {str(u.name): u for u in status.uploads}  # type: ignore[union-attr]
    for name in ("file1", "file2", "file3"):
        upload = by_name[name]
        assert (upload.ext, upload.mime, upload.type_) == ("svg", "image/svg+xml", "image"), name
        assert (upload.basename, upload.name) == (name, name)  # the name itself stays as sent
    jpeg = by_name["file4"]
    assert (jpeg.ext, jpeg.mime, jpeg.type_) == ("jpg", "image/jpeg", "image")
    assert jpeg.meta.width == 20  # type: ignore[union-attr]
    originals = {str(r.name): r for r in status.results[":original"]}  # type: ignore[index]
    assert originals["file1"].ext == "svg" and originals["file4"].ext == "jpg"


def test_a_named_extension_is_kept(kit: Transloadit) -> None:
    status = kit.create_assembly(
        steps={":original": {"robot": "/upload/handle"}}, files=[("drawing.xml", SVG_NODE_SDK)], wait=True
    )
    [upload] = status.uploads  # type: ignore[misc]
    assert (upload.ext, upload.mime) == ("xml", "image/svg+xml")
