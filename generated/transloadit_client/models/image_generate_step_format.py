from enum import StrEnum


class ImageGenerateStepFormat(StrEnum):
    GIF = "gif"
    JPEG = "jpeg"
    JPG = "jpg"
    PNG = "png"
    SVG = "svg"
    WEBP = "webp"

    def __str__(self) -> str:
        return str(self.value)
