from enum import StrEnum


class ImageBgremoveStepFormat(StrEnum):
    GIF = "gif"
    PNG = "png"
    WEBP = "webp"

    def __str__(self) -> str:
        return str(self.value)
