"""The tags an image carries, as the ``meta`` keys of Transloadit's "Image Meta Data".

Camera and GPS fields come from EXIF and are printed the way exiftool prints them ("1/30",
"+4/3", "Off, Did not fire", "Multi-segment"). The descriptive fields can live in three places
(EXIF, IPTC-IIM and XMP); ``_TEXT_SOURCES`` says where each key is read from, and when the places
disagree the first of these that has a value wins:

1. XMP: Unicode, unlimited in length, and what current editors (Lightroom, Photoshop, digiKam,
   Capture One) write and update first.
2. IPTC: a legacy copy with short length limits (64 bytes for a title) and an uncertain charset.
   It goes first only when Photoshop's IPTC digest shows it was edited after the XMP was.
3. EXIF: ASCII only, and often a camera's boilerplate ("OLYMPUS DIGITAL CAMERA" as the
   description), so it counts only when neither of the others has the field.

This is exiftool's MWG reconciliation for IPTC and XMP, but with EXIF last where MWG puts it
first, for the boilerplate's sake. A broken block (EXIF, IPTC or XMP) costs only its own keys.
Pure functions over a Pillow image and its EXIF: no I/O, no web imports.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

from PIL import ExifTags, Image

from .iptc import IptcBlock, read_iptc
from .xmp import DC, IPTC_CORE, PHOTOSHOP, XmpProperties, xmp_packet, xmp_properties

_log = logging.getLogger(__name__)
_T = TypeVar("_T")
_TAGS = ExifTags.Base

# meta key: (XMP property, IPTC dataset, EXIF tag), None where that standard has no such field.
_TEXT_SOURCES: dict[str, tuple[tuple[str, str], tuple[int, int], int | None]] = {
    "title": ((DC, "title"), (2, 5), _TAGS.XPTitle),  # IIM Object Name
    "keywords": ((DC, "subject"), (2, 25), _TAGS.XPKeywords),
    "description": ((DC, "description"), (2, 120), _TAGS.ImageDescription),  # IIM Caption/Abstract
    "creator": ((DC, "creator"), (2, 80), _TAGS.Artist),  # IIM By-line
    # "author" is who gets the credit line when published; Windows' "Authors" field is XPAuthor.
    "author": ((PHOTOSHOP, "Credit"), (2, 110), _TAGS.XPAuthor),
    "copyright": ((DC, "rights"), (2, 116), _TAGS.Copyright),
    "copyright_notice": ((DC, "rights"), (2, 116), None),  # IPTC's own "Copyright Notice" field
    "location": ((IPTC_CORE, "Location"), (2, 92), None),  # IIM Sub-location
    "city": ((PHOTOSHOP, "City"), (2, 90), None),
    "state": ((PHOTOSHOP, "State"), (2, 95), None),  # IIM Province/State
    "country": ((PHOTOSHOP, "Country"), (2, 101), None),
    "country_code": ((IPTC_CORE, "CountryCode"), (2, 100), None),
}
# Windows' XP* tags are UCS-2 text; their keyword list is separated by semicolons.
_XP_TAGS = {_TAGS.XPTitle, _TAGS.XPAuthor, _TAGS.XPKeywords}

# EXIF text tags that have no IPTC or XMP counterpart here.
_DEVICE_TEXT = (
    (_TAGS.Make, "device_vendor"),
    (_TAGS.Model, "device_name"),
    (_TAGS.Software, "device_software"),
)

# exiftool's names for EXIF's enumerated values; others print as "Unknown (<value>)".
_EXPOSURE_MODES = {0: "Auto", 1: "Manual", 2: "Auto bracket"}
_WHITE_BALANCE = {0: "Auto", 1: "Manual"}
_METERING_MODES = {
    0: "Unknown",
    1: "Average",
    2: "Center-weighted average",
    3: "Spot",
    4: "Multi-spot",
    5: "Multi-segment",
    6: "Partial",
    255: "Other",
}
# Every value of EXIF's Flash bit field the standard defines (fired bit 0, strobe return bits 1-2,
# mode bits 3-4, no-flash-function bit 5, red-eye bit 6), as exiftool words them.
_FLASH = {
    0x00: "No Flash",
    0x01: "Fired",
    0x05: "Fired, Return not detected",
    0x07: "Fired, Return detected",
    0x08: "On, Did not fire",
    0x09: "On, Fired",
    0x0D: "On, Return not detected",
    0x0F: "On, Return detected",
    0x10: "Off, Did not fire",
    0x14: "Off, Did not fire, Return not detected",
    0x18: "Auto, Did not fire",
    0x19: "Auto, Fired",
    0x1D: "Auto, Fired, Return not detected",
    0x1F: "Auto, Fired, Return detected",
    0x20: "No flash function",
    0x30: "Off, No flash function",
    0x41: "Fired, Red-eye reduction",
    0x45: "Fired, Red-eye reduction, Return not detected",
    0x47: "Fired, Red-eye reduction, Return detected",
    0x49: "On, Red-eye reduction",
    0x4D: "On, Red-eye reduction, Return not detected",
    0x4F: "On, Red-eye reduction, Return detected",
    0x50: "Off, Red-eye reduction",
    0x58: "Auto, Did not fire, Red-eye reduction",
    0x59: "Auto, Fired, Red-eye reduction",
    0x5D: "Auto, Fired, Red-eye reduction, Return not detected",
    0x5F: "Auto, Fired, Red-eye reduction, Return detected",
}


def image_tags(img: Image.Image, exif: Image.Exif) -> dict[str, Any]:
    """The EXIF, IPTC and XMP derived ``meta`` keys of ``img`` (whose EXIF is ``exif``).

    Never raises: each block is read on its own, and one that fails to parse adds nothing.
    """
    meta: dict[str, Any] = _safely(exif_meta, exif, default={})
    iptc = _safely(read_iptc, img, default=None)
    packet = _safely(xmp_packet, img.info, default=None)
    xmp: XmpProperties = _safely(xmp_properties, packet, default={}) if packet else {}
    exif_text: dict[int, list[str]] = _safely(_exif_text, exif, default={})
    meta.update(merge_text(xmp, iptc, exif_text))
    return meta


def merge_text(
    xmp: Mapping[tuple[str, str], list[str]], iptc: IptcBlock | None, exif_text: Mapping[int, list[str]]
) -> dict[str, Any]:
    """The descriptive keys, each from the first of XMP, IPTC, EXIF that has it (see the module doc).

    ``keywords`` is a list; a field with several values elsewhere (two IPTC By-lines, a
    ``dc:creator`` sequence) is joined with ", ".
    """
    meta: dict[str, Any] = {}
    for key, (xmp_name, dataset, exif_tag) in _TEXT_SOURCES.items():
        from_xmp = xmp.get(xmp_name, [])
        from_iptc = iptc.text(dataset) if iptc is not None else []
        from_exif = exif_text.get(exif_tag, []) if exif_tag is not None else []
        ranked = (from_iptc, from_xmp) if iptc is not None and iptc.edited_after_xmp else (from_xmp, from_iptc)
        values = next((found for found in (*ranked, from_exif) if found), None)
        if values:
            meta[key] = list(values) if key == "keywords" else ", ".join(values)
    return meta


def exif_meta(exif: Image.Exif) -> dict[str, Any]:
    """Device, capture settings, date and GPS fields of ``exif``, named as Transloadit names them."""
    meta: dict[str, Any] = {}
    for tag, key in _DEVICE_TEXT:
        text = _text(exif.get(tag) or "")
        if text:
            meta[key] = text
    ifd = exif.get_ifd(ExifTags.IFD.Exif)
    recorded = ifd.get(_TAGS.DateTimeOriginal) or ifd.get(_TAGS.DateTimeDigitized) or exif.get(_TAGS.DateTime)
    if recorded:
        try:
            moment = datetime.strptime(_text(recorded)[:19], "%Y:%m:%d %H:%M:%S")
            meta["date_recorded"] = moment.strftime("%Y/%m/%d %H:%M:%S GMT")
        except ValueError:
            pass
    meta.update(_exposure_meta(ifd))
    focal = as_float(ifd.get(_TAGS.FocalLength))
    if focal is not None:
        meta["focal_length"] = f"{focal:.1f} mm"
    for tag, key, names in (
        (_TAGS.ExposureMode, "exposure_mode", _EXPOSURE_MODES),
        (_TAGS.MeteringMode, "metering_mode", _METERING_MODES),
        (_TAGS.WhiteBalance, "white_balance", _WHITE_BALANCE),
    ):
        value = as_int(ifd.get(tag))
        if value is not None:
            meta[key] = names.get(value, f"Unknown ({value})")
    flash = as_int(ifd.get(_TAGS.Flash))
    if flash is not None:
        meta["flash"] = format_flash(flash)
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    if gps:
        lat = _dms(gps.get(ExifTags.GPS.GPSLatitude), gps.get(ExifTags.GPS.GPSLatitudeRef))
        lon = _dms(gps.get(ExifTags.GPS.GPSLongitude), gps.get(ExifTags.GPS.GPSLongitudeRef))
        if lat is not None and lon is not None:
            meta["latitude"], meta["longitude"] = lat, lon
    return meta


def _exposure_meta(ifd: Mapping[int, Any]) -> dict[str, Any]:
    """Exposure time, shutter speed, aperture, ISO, exposure compensation and light value."""
    meta: dict[str, Any] = {}
    exposure = as_float(ifd.get(_TAGS.ExposureTime))
    if exposure is not None and exposure > 0:
        meta["exposure_time"] = format_exposure_time(exposure)
    # The shutter speed is the exposure time, or else ShutterSpeedValue in APEX (Tv = -log2(t)).
    shutter = exposure if exposure is not None and exposure > 0 else None
    apex_tv = as_float(ifd.get(_TAGS.ShutterSpeedValue))
    if shutter is None and apex_tv is not None and abs(apex_tv) < 100:
        shutter = 2.0**-apex_tv
    if shutter is not None:
        meta["shutter_speed"] = format_exposure_time(shutter)
    f_number = as_float(ifd.get(_TAGS.FNumber))
    if f_number:
        meta["f_number"] = round(f_number, 1)
    # Aperture is the f-number; ApertureValue is in APEX units (Av = 2 * log2(N)).
    aperture = f_number or None
    apex_av = as_float(ifd.get(_TAGS.ApertureValue))
    if aperture is None and apex_av is not None and apex_av < 64:
        aperture = 2 ** (apex_av / 2)
    if aperture is not None:
        meta["aperture"] = round(aperture, 1)
    iso = as_int(ifd.get(_TAGS.ISOSpeedRatings))
    if iso:
        meta["iso"] = iso
    bias = as_float(ifd.get(_TAGS.ExposureBiasValue))
    if bias is not None:
        meta["exposure_compensation"] = format_exposure_compensation(bias)
    if aperture and aperture > 0 and shutter and iso and iso > 0:
        meta["light_value"] = light_value(aperture, shutter, iso)
    return meta


def _exif_text(exif: Image.Exif) -> dict[int, list[str]]:
    """The EXIF tags ``_TEXT_SOURCES`` names, as lists of text (XPKeywords split at ";")."""
    found: dict[int, list[str]] = {}
    for _, _, tag in _TEXT_SOURCES.values():
        raw = exif.get(tag) if tag is not None else None
        if tag is None or raw is None:
            continue
        text = _xp_text(raw) if tag in _XP_TAGS else _text(raw)
        values = text.split(";") if tag == _TAGS.XPKeywords else [text]
        values = [value.strip() for value in values if value.strip()]
        if values:
            found[tag] = values
    return found


def format_exposure_time(seconds: float) -> str:
    """Exposure time as exiftool prints it: ``1/30`` below a quarter second, else ``0.5``/``2``."""
    if 0 < seconds < 0.25001:
        return f"1/{int(0.5 + 1 / seconds)}"
    return f"{seconds:.1f}".removesuffix(".0")


def format_exposure_compensation(ev: float) -> str:
    """Exposure bias as exiftool prints it: "0", "+1", "-1/2", "+4/3", else 3 significant digits."""
    ev *= 1.00001  # thirds are stored rounded (-0.33, 0.67): nudge them past the exact fraction
    if ev == 0:
        return "0"
    for denominator in (1, 2, 3):
        numerator = math.trunc(ev * denominator)
        if numerator and numerator / (ev * denominator) > 0.999:
            return f"{numerator:+d}" + (f"/{denominator}" if denominator > 1 else "")
    return f"{ev:+.3g}"


def format_flash(value: int) -> str:
    """EXIF's Flash bit field in exiftool's words, e.g. 0x10 is "Off, Did not fire"."""
    return _FLASH.get(value, f"Unknown (0x{value:x})")


def light_value(f_number: float, exposure_time: float, iso: float) -> float:
    """exiftool's LV, the exposure normalised to ISO 100, to 1 decimal: 0 is f/1.0 for 1 s at ISO 100."""
    return round(2 * math.log2(f_number) - math.log2(exposure_time) - math.log2(iso / 100), 1)


def as_float(value: Any) -> float | None:
    """An EXIF number (int, float, IFDRational, (num, den) tuple) as a finite float."""
    try:
        result = value[0] / value[1] if isinstance(value, tuple) else float(value)
    except (TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    return result if math.isfinite(result) else None


def as_int(value: Any) -> int | None:
    """An EXIF number (or the first of a list of them) as an int."""
    if isinstance(value, tuple | list):
        value = value[0] if value else None
    number = as_float(value)
    return int(number) if number is not None else None


def _safely(read: Callable[[Any], _T], source: Any, *, default: _T) -> _T:
    """``read(source)``, or ``default`` when the block it reads is broken in a way it did not expect."""
    try:
        return read(source)
    except Exception:  # Pillow and the readers raise many types on damaged blocks
        _log.debug("unreadable %s block", getattr(read, "__name__", "metadata"), exc_info=True)
        return default


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).strip("\x00 ")


def _xp_text(value: Any) -> str:
    """A Windows XP* tag: UCS-2 little-endian bytes (Pillow may hand them over as a tuple of ints)."""
    if isinstance(value, tuple):
        value = bytes(value)
    if not isinstance(value, bytes):
        return _text(value)
    return value.decode("utf-16-le", "replace").strip("\x00 ")


def _dms(values: Any, ref: Any) -> float | None:
    """Degrees, minutes, seconds and a hemisphere as signed decimal degrees."""
    try:
        degrees, minutes, seconds = (as_float(v) for v in values)
    except (TypeError, ValueError):
        return None
    if degrees is None or minutes is None or seconds is None:
        return None
    result = degrees + minutes / 60 + seconds / 3600
    return round(-result if _text(ref).upper() in ("S", "W") else result, 6)
