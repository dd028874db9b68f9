from enum import StrEnum


class ImageFormat(StrEnum):
    BMP = "bmp"
    GIF = "gif"
    JPEG = "jpeg"
    JPG = "jpg"
    PNG = "png"
    TIFF = "tiff"
    WEBP = "webp"

    def __str__(self) -> str:
        return str(self.value)
