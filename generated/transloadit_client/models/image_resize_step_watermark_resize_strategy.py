from enum import StrEnum


class ImageResizeStepWatermarkResizeStrategy(StrEnum):
    AREA = "area"
    FIT = "fit"
    MIN_FIT = "min_fit"
    STRETCH = "stretch"

    def __str__(self) -> str:
        return str(self.value)
