from enum import StrEnum


class ImageFacedetectStepFormat(StrEnum):
    JPG = "jpg"
    PNG = "png"
    PRESERVE = "preserve"
    TIFF = "tiff"

    def __str__(self) -> str:
        return str(self.value)
