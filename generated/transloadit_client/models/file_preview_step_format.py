from enum import StrEnum


class FilePreviewStepFormat(StrEnum):
    GIF = "gif"
    JPG = "jpg"
    PNG = "png"

    def __str__(self) -> str:
        return str(self.value)
