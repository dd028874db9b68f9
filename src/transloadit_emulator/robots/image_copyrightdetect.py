"""``/image/copyrightdetect``: whether each image matches a known stock photo or copyrighted work.

The vendor looks images up in reverse-image databases, which have no local equivalent and no
OpenAI-compatible API. The emulator's stand-in reads what the image says of itself instead: a
stock collection named in its rights metadata (EXIF/IPTC/XMP copyright, credit or creator, as the
agencies' downloads carry it) is a ``stock_photo`` license at confidence 100; any other image
matches nothing. ``flagged`` when a license reaches ``confidence_threshold``; then
``error_on_decline`` fails the Step with ``IMAGE_COPYRIGHT_DETECT_DECLINED_FILE`` and ``error_msg``.
``categories`` without ``stock_photo`` or ``all`` finds nothing. ``format``: a JSON file or
``meta.copyright``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..variables import to_text
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.ai_results import LOCAL, result

#: Stock collections whose downloads name them in the image's rights metadata.
STOCK_COLLECTIONS = (
    "Getty Images",
    "iStock",
    "Shutterstock",
    "Adobe Stock",
    "Alamy",
    "Dreamstime",
    "Depositphotos",
    "123RF",
    "Stocksy",
    "Pond5",
)
#: The metadata fields (as the emulator's metadata names them) where a collection is named.
_RIGHTS_FIELDS = ("copyright", "copyright_notice", "author", "creator")
DEFAULT_ERROR_MSG = "One of your files matched a known stock photo or copyrighted work"


class ImageCopyrightdetect(PerFileRobot):
    """Reports the stock collections an image's own rights metadata names."""

    name = "/image/copyrightdetect"
    accepts = frozenset({"image"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The findings of one image; a flagged one fails the Step with ``error_on_decline``."""
        threshold = params.get("confidence_threshold", 80)
        categories = params.get("categories") or ["all"]
        wanted = "all" in categories or "stock_photo" in categories
        licenses = stock_licenses(file.record.get("meta") or {}) if wanted else []
        best = max((lic["confidence"] for lic in licenses), default=0)
        name = str(file.record.get("name") or file.path.name)
        if licenses and best >= threshold and params.get("error_on_decline") is True:
            message = to_text(params.get("error_msg")) or DEFAULT_ERROR_MSG
            found = ", ".join(lic["collection"] for lic in licenses)
            raise RobotError("IMAGE_COPYRIGHT_DETECT_DECLINED_FILE", message, reason=f"{name!r}: {found}")
        data = {
            "licenses": licenses,
            "flagged": bool(licenses) and best >= threshold,
            "max_confidence": best,
            "confidence_threshold": threshold,
            "categories": categories,
        }
        fmt = "meta" if params.get("format") == "meta" else "json"
        return [result(ctx.scratch_dir, file, name, fmt, data, "", "copyright", {"ai_provider": LOCAL})]


def stock_licenses(meta: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One ``stock_photo`` license per stock collection the rights fields of ``meta`` name."""
    texts = {field: _text(meta.get(field)).casefold() for field in _RIGHTS_FIELDS}
    found = []
    for collection in STOCK_COLLECTIONS:
        fields = [field for field, text in texts.items() if collection.casefold() in text]
        if fields:
            found.append(
                {
                    "collection": collection,
                    "category": "stock_photo",
                    "confidence": 100,
                    "matched_in": fields,
                    "source_url": None,
                }
            )
    return found


def _text(value: Any) -> str:
    """A metadata value as text: strings and lists of strings (others, such as an earlier Step's
    ``meta.copyright`` findings, name no collection)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return " ".join(v for v in value if isinstance(v, str))
    return ""
