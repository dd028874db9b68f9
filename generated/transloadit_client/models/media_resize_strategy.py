from enum import StrEnum


class MediaResizeStrategy(StrEnum):
    CROP = "crop"
    FILLCROP = "fillcrop"
    FIT = "fit"
    MIN_FIT = "min_fit"
    PAD = "pad"
    STRETCH = "stretch"

    def __str__(self) -> str:
        return str(self.value)
