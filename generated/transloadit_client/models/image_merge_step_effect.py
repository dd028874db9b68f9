from enum import StrEnum


class ImageMergeStepEffect(StrEnum):
    MOSAIC = "mosaic"
    POLAROID_STACK = "polaroid-stack"

    def __str__(self) -> str:
        return str(self.value)
