"""A document glyph: a portrait page with a folded corner and lines of "text", and optionally a
box below it holding a label (``/file/preview``'s ``icon`` strategy)."""

from __future__ import annotations

from PIL import Image, ImageDraw

from .colors import RGBA
from .text import draw_label

# A white page with a grey outline and fold, grey text lines, a light label box.
_PAGE_FILL, _PAGE_LINE, _FOLD_FILL, _TEXT_LINES, _BOX_FILL = "#ffffff", "#b4b4b4", "#e2e2e2", "#dcdcdc", "#f0f0f0"


def document_icon(side: int, background: RGBA, label: str | None, font: str, label_colour: RGBA) -> Image.Image:
    """A ``side`` x ``side`` RGBA glyph on ``background``. With ``label`` (even an empty one) the
    page is smaller and a box below it holds the label's text."""
    canvas = Image.new("RGBA", (side, side), background)
    draw = ImageDraw.Draw(canvas, "RGBA")  # "RGBA": colours with alpha blend instead of replacing
    with_box = label is not None
    # The page: a portrait sheet with its top-right corner folded down.
    page_w, page_h = (0.46 * side, 0.58 * side) if with_box else (0.60 * side, 0.78 * side)
    x0 = (side - page_w) / 2
    y0 = 0.06 * side if with_box else (side - page_h) / 2
    x1, y1 = x0 + page_w, y0 + page_h
    fold = 0.3 * page_w
    line = max(2, round(side / 64))
    draw.polygon([(x0, y0), (x1 - fold, y0), (x1, y0 + fold), (x1, y1), (x0, y1)], _PAGE_FILL, _PAGE_LINE, line)
    draw.polygon([(x1 - fold, y0), (x1 - fold, y0 + fold), (x1, y0 + fold)], _FOLD_FILL, _PAGE_LINE, line)
    for i in range(4):  # lines of "text" on the page
        y = y0 + fold + (0.18 + 0.16 * i) * (page_h - fold)
        right = x1 - 0.18 * page_w if i == 3 else x1 - 0.12 * page_w
        draw.line([(x0 + 0.12 * page_w, y), (right, y)], _TEXT_LINES, line)
    if with_box:
        box = (0.12 * side, 0.70 * side, 0.88 * side, 0.94 * side)
        draw.rounded_rectangle(box, radius=0.04 * side, fill=_BOX_FILL)
        if label:
            draw_label(draw, label, box, font, label_colour)
    return canvas
