from enum import StrEnum


class OutputMetaName(StrEnum):
    AVERAGE_COLOR = "average_color"
    BLURHASH = "blurhash"
    COLORSPACE = "colorspace"
    DOMINANT_COLORS = "dominant_colors"
    HAS_TRANSPARENCY = "has_transparency"
    INTERLACED = "interlaced"
    MEAN_VOLUME = "mean_volume"
    THUMBHASH = "thumbhash"

    def __str__(self) -> str:
        return str(self.value)
