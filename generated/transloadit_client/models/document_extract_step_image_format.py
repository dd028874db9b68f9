from enum import StrEnum


class DocumentExtractStepImageFormat(StrEnum):
    AUTO = "auto"
    JPG = "jpg"
    ORIGINAL = "original"
    PNG = "png"

    def __str__(self) -> str:
        return str(self.value)
