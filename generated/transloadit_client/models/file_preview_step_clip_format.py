from enum import StrEnum


class FilePreviewStepClipFormat(StrEnum):
    APNG = "apng"
    AVIF = "avif"
    GIF = "gif"
    WEBP = "webp"

    def __str__(self) -> str:
        return str(self.value)
