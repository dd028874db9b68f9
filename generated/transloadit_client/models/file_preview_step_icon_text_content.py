from enum import StrEnum


class FilePreviewStepIconTextContent(StrEnum):
    EXTENSION = "extension"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
