"""One image job, typed: what the pipeline does to each frame and how the result is encoded.

Robots build a plan from their params (``/image/resize`` from its Step, ``/file/preview`` from
its size and strategy); the engine never reads params itself. Sizes and offsets are pixels;
``gravity`` is where a kept or padded region sits, as fractions of the leftover width and height.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the plan is plain data, importable without Pillow
    from PIL import Image

    from .text import TextLayer
    from .watermark import Watermark

#: ``(x1, y1, x2, y2)``: a region of the (upright) source in pixels, right and bottom exclusive.
Crop = tuple[int, int, int, int]
#: ``(x, y, width, height)`` of a box whose inscribed ellipse is blurred.
Region = tuple[float, float, float, float]
#: Resize strategies, as ``/image/resize``'s ``resize_strategy`` names them.
STRATEGIES = ("fit", "fillcrop", "min_fit", "pad", "stretch", "crop")


@dataclass(frozen=True)
class ImagePlan:
    """What to do to an image; the defaults change nothing but the format's needs."""

    width: int | None = None
    height: int | None = None
    strategy: str = "fit"
    #: Whether images smaller than the box are enlarged.
    zoom: bool = True
    gravity: tuple[float, float] = (0.5, 0.5)
    crop: Crop | None = None
    #: Padding and the colour transparent parts get in formats without alpha.
    background: str = "#FFFFFF"
    #: Follow the EXIF orientation.
    auto_orient: bool = True
    #: A clockwise rotation in degrees (0: none); the uncovered corners stay transparent.
    degrees: float = 0.0
    #: The 1-based frame of an animation to keep; None keeps them all when the output animates.
    frame: int | None = None
    quality: int = 92
    #: Drop the ICC profile and EXIF.
    strip: bool = False
    progressive: bool = False
    trim: bool = False
    #: Gaussian sigma of a whole-image blur (or of ``blur_regions``).
    blur: float | None = None
    blur_regions: tuple[Region, ...] = ()
    sepia: int | None = None
    brightness: float = 1.0
    saturation: float = 1.0
    contrast: float = 1.0
    #: ImageMagick's ``-modulate`` hue: 100 keeps, 0 and 200 turn it half round.
    hue: float = 100.0
    negate: bool = False
    monochrome: bool = False
    texts: tuple[TextLayer, ...] = ()
    watermark: Watermark | None = None
    #: Resample in linear light (``correct_gamma``).
    correct_gamma: bool = False
    #: Pixels cut from each side, ``(x, y)``, before anything else (``shave``).
    shave: tuple[int, int] | None = None
    #: A colour made fully transparent (``transparent``), as ``#rrggbb`` or a name.
    transparent: str | None = None
    #: ImageMagick ``-alpha`` modes: before the clipping path, and after it (or alone).
    preclip_alpha: str | None = None
    alpha: str | None = None
    #: Clip to the image's Photoshop clipping path: True for the first, a name for that one.
    clip: bool | str = False
    #: ImageMagick ``-colorspace`` and ``-type`` names (see ``colorspace.py``).
    colorspace: str | None = None
    color_type: str | None = None
    #: A colour look-up table image (``clut``): each channel's intensity picks the CLUT's colour.
    clut: Image.Image | None = None
    #: Composite transparency onto ``background`` (``flatten``, ImageMagick's default).
    flatten: bool = False
    #: ``(x, y)`` pixels per inch stored in the result (``density``).
    density: tuple[float, float] | None = None
    #: ImageMagick ``-compress`` name for the encoder (see ``encode.py``).
    compress: str | None = None
    #: PNG: try every row filter and the strongest zlib level (``adaptive_filtering``).
    adaptive_filtering: bool = False
