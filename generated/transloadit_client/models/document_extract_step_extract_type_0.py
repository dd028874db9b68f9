from enum import StrEnum


class DocumentExtractStepExtractType0(StrEnum):
    IMAGES = "images"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
