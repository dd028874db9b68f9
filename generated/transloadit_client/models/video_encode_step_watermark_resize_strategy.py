from enum import StrEnum


class VideoEncodeStepWatermarkResizeStrategy(StrEnum):
    AREA = "area"
    FIT = "fit"
    STRETCH = "stretch"

    def __str__(self) -> str:
        return str(self.value)
