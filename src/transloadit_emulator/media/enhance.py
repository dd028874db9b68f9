"""Classical photo enhancement and upscaling (no models): OpenCV and numpy on RGB pixels.

Enhance (``/image/enhance``'s classic engine), in this order:

- denoise: OpenCV's non-local means (``fastNlMeansDenoisingColored``), strength 0-10 as ``h``;
- auto levels: each channel stretched between its 0.5th and 99.5th percentile (``auto``; 0.1/99.9
  ``auto_gentle`` blended half way; 1/99 ``auto_aggressive`` with a stronger contrast curve), then a
  gamma that brings the mean luminance towards the middle (0.5), and a subtle unsharp mask;
- preset: a colour grade (channel gains, saturation, lifted blacks, split toning, black and white);
- sharpen: an unsharp mask whose amount grows with the 0-10 value.

Upscale (``/image/upscale``): Lanczos to 2x or 4x, then edge-preserving sharpening: an unsharp
mask whose result is held between the darkest and brightest neighbour of each pixel, so edges get
steeper without the halos (overshoot) a plain unsharp mask draws; ``face_enhance`` adds a light
non-local means pass first.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

Array = np.ndarray
#: Preset -> (channel gains R, G, B, saturation, black lift 0-1, contrast, grayscale).
PRESETS: dict[str, tuple[tuple[float, float, float], float, float, float, bool]] = {
    "none": ((1.0, 1.0, 1.0), 1.0, 0.0, 1.0, False),
    "warm": ((1.08, 1.02, 0.9), 1.05, 0.0, 1.0, False),
    "cool": ((0.92, 1.0, 1.1), 1.0, 0.0, 1.0, False),
    "vintage": ((1.07, 1.0, 0.85), 0.75, 0.08, 0.9, False),
    "vivid": ((1.0, 1.0, 1.0), 1.35, 0.0, 1.15, False),
    "matte": ((1.0, 1.0, 1.0), 0.9, 0.1, 0.9, False),
    "cinematic": ((1.05, 1.0, 0.95), 1.1, 0.03, 1.1, False),
    "golden_hour": ((1.12, 1.03, 0.82), 1.1, 0.0, 1.0, False),
    "bw_dramatic": ((1.0, 1.0, 1.0), 0.0, 0.0, 1.35, True),
    "bw_classic": ((1.0, 1.0, 1.0), 0.0, 0.0, 1.05, True),
    "noir": ((1.0, 1.0, 1.0), 0.0, 0.0, 1.5, True),
    "fade": ((1.0, 1.0, 1.0), 0.8, 0.15, 0.85, False),
    "pastel": ((1.03, 1.0, 1.03), 0.6, 0.1, 0.9, False),
    "teal_orange": ((1.0, 1.0, 1.0), 1.15, 0.0, 1.05, False),
}
#: Enhance mode -> (low percentile, high percentile, contrast, share of the stretch kept).
MODES: dict[str, tuple[float, float, float, float]] = {
    "auto": (0.5, 99.5, 1.0, 1.0),
    "auto_gentle": (0.1, 99.9, 1.0, 0.5),
    "auto_aggressive": (1.0, 99.0, 1.15, 1.0),
}


def enhance(img: Image.Image, mode: str, preset: str, sharpen: float, denoise: float) -> Image.Image:
    """``img`` enhanced; alpha is kept as it is."""
    alpha = img.getchannel("A") if "A" in img.getbands() else None
    rgb = np.asarray(img.convert("RGB"))
    if denoise > 0:
        h = 2.0 + denoise * 1.6
        rgb = cv2.fastNlMeansDenoisingColored(np.ascontiguousarray(rgb), None, h, h, 7, 21)
    work = rgb.astype(np.float32) / 255.0
    if mode in MODES:
        work = auto_levels(work, *MODES[mode])
        work = unsharp(work, 1.0, 0.3)
    work = grade(work, preset)
    if sharpen > 0:
        work = unsharp(work, 1.2, sharpen * 0.15)
    return _image(work, alpha)


def auto_levels(rgb: Array, low: float, high: float, contrast: float, share: float) -> Array:
    """Per-channel percentile stretch (fixes casts and flat exposure), then a gamma towards mid gray."""
    lo = np.percentile(rgb, low, axis=(0, 1))
    hi = np.percentile(rgb, high, axis=(0, 1))
    span = np.maximum(hi - lo, 1e-3)
    stretched = np.clip((rgb - lo) / span, 0.0, 1.0)
    out = rgb + share * (stretched - rgb)
    mean = float(np.clip(_luma(out).mean(), 0.05, 0.95))
    gamma = float(np.clip(np.log(0.5) / np.log(mean), 0.6, 1.6))
    out = np.power(out, gamma)
    if contrast != 1.0:
        out = (out - 0.5) * contrast + 0.5
    clipped: Array = np.clip(out, 0.0, 1.0)
    return clipped


def grade(rgb: Array, preset: str) -> Array:
    """A named colour grade (see :data:`PRESETS`)."""
    gains, saturation, lift, contrast, gray = PRESETS.get(preset, PRESETS["none"])
    if preset == "none":
        return rgb
    out = rgb * np.array(gains, dtype=np.float32)
    luma = _luma(out)[..., None]
    out = luma + saturation * (out - luma) if not gray else np.repeat(luma, 3, axis=2)
    out = (out - 0.5) * contrast + 0.5
    if preset in ("cinematic", "teal_orange"):  # teal shadows, orange highlights
        weight = _luma(out)[..., None]
        out = out + (1 - weight) * np.array([-0.04, 0.02, 0.05]) + weight * np.array([0.05, 0.01, -0.05])
    out = lift + (1 - lift) * out
    return np.clip(out, 0.0, 1.0).astype(np.float32)


def unsharp(rgb: Array, sigma: float, amount: float) -> Array:
    """Unsharp mask: add ``amount`` of the difference from a Gaussian blur of ``sigma``."""
    blurred = cv2.GaussianBlur(rgb, (0, 0), sigma)
    sharpened: Array = np.clip(rgb + amount * (rgb - blurred), 0.0, 1.0)
    return sharpened


def upscale(img: Image.Image, scale: int, face_enhance: bool = False) -> Image.Image:
    """``img`` enlarged ``scale`` times: Lanczos, then edge-preserving (bilateral) sharpening."""
    size = (img.width * scale, img.height * scale)
    alpha = img.getchannel("A").resize(size, Image.Resampling.LANCZOS) if "A" in img.getbands() else None
    big = np.asarray(img.convert("RGB").resize(size, Image.Resampling.LANCZOS))
    if face_enhance:
        big = cv2.fastNlMeansDenoisingColored(np.ascontiguousarray(big), None, 3, 3, 7, 21)
    work = big.astype(np.float32) / 255.0
    # Unsharp mask held within each pixel's neighbourhood range: edges get steeper, no halos.
    blurred = cv2.GaussianBlur(work, (0, 0), 0.6 * scale)
    sharpened = work + 1.5 * (work - blurred)
    kernel = np.ones((2 * scale - 1, 2 * scale - 1), np.uint8)
    low, high = cv2.erode(work, kernel), cv2.dilate(work, kernel)
    return _image(np.clip(sharpened, low, high), alpha)


def _luma(rgb: Array) -> Array:
    return rgb[..., 0] * 0.2126 + rgb[..., 1] * 0.7152 + rgb[..., 2] * 0.0722


def _image(work: Array, alpha: Image.Image | None) -> Image.Image:
    out = Image.fromarray(np.round(np.clip(work, 0.0, 1.0) * 255).astype(np.uint8), "RGB")
    if alpha is not None:
        out.putalpha(alpha)
    return out
