"""An upload's XMP, IPTC and EXIF tags in the Assembly Status, as the generated client's model reads them."""

from __future__ import annotations

from PIL import ExifTags, Image
from PIL.TiffImagePlugin import IFDRational
from transloadit_client.models import AssemblyFile, FileMeta

from tests.tagged_images import UTF8, iptc, jpeg, xmp_packet
from transloadit_kit import Transloadit


def test_upload_meta_carries_xmp_iptc_and_exif_tags(kit: Transloadit) -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Apple"
    ifd = exif.get_ifd(ExifTags.IFD.Exif)
    ifd[ExifTags.Base.Flash] = 0x19
    ifd[ExifTags.Base.ExposureBiasValue] = IFDRational(-1, 3)
    packet = xmp_packet(
        'photoshop:City="Berlin"',
        '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Tree</rdf:li></rdf:Alt></dc:title>'
        "<dc:subject><rdf:Bag><rdf:li>tree</rdf:li><rdf:li>nature</rdf:li></rdf:Bag></dc:subject>",
    )
    block = iptc(UTF8, (2, 5, b"Old IPTC title"), (2, 101, b"Deutschland"), (2, 92, "Straße 1".encode()))
    status = kit.create_assembly(
        steps={":original": {"robot": "/upload/handle"}},
        files=[("tree.jpg", jpeg(exif=exif, xmp=packet, iptc_block=block))],
        wait=True,
        timeout=60,
    )
    assert status.ok == "ASSEMBLY_COMPLETED"
    assert isinstance(status.uploads, list) and isinstance(status.uploads[0], AssemblyFile)
    meta = status.uploads[0].meta
    assert isinstance(meta, FileMeta)
    assert (meta.title, meta.keywords, meta.city) == ("Tree", ["tree", "nature"], "Berlin")  # XMP over IPTC
    assert (meta.country, meta.location) == ("Deutschland", "Straße 1")  # IPTC where XMP has nothing
    assert (meta.device_vendor, meta.flash, meta.exposure_compensation) == ("Apple", "Auto, Fired", "-1/3")
    assert isinstance(meta.date_file_created, str) and meta.date_file_created.endswith(" GMT")
