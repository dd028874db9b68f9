from enum import StrEnum


class DocumentThumbsStepFormat(StrEnum):
    GIF = "gif"
    JPEG = "jpeg"
    JPG = "jpg"
    PNG = "png"

    def __str__(self) -> str:
        return str(self.value)
