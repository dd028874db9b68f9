from enum import StrEnum


class DocumentExtractStepExtractType1Item(StrEnum):
    IMAGES = "images"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
