from enum import StrEnum


class HtmlConvertStepFormat(StrEnum):
    JPEG = "jpeg"
    JPG = "jpg"
    PDF = "pdf"
    PNG = "png"

    def __str__(self) -> str:
        return str(self.value)
