from enum import StrEnum


class VideoThumbsStepFormat(StrEnum):
    JPEG = "jpeg"
    JPG = "jpg"
    PNG = "png"

    def __str__(self) -> str:
        return str(self.value)
