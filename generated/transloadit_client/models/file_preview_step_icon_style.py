from enum import StrEnum


class FilePreviewStepIconStyle(StrEnum):
    SQUARE = "square"
    WITH_TEXT = "with-text"

    def __str__(self) -> str:
        return str(self.value)
