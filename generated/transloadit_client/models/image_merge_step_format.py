from enum import StrEnum


class ImageMergeStepFormat(StrEnum):
    JPG = "jpg"
    PNG = "png"

    def __str__(self) -> str:
        return str(self.value)
