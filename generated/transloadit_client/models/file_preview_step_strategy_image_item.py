from enum import StrEnum


class FilePreviewStepStrategyImageItem(StrEnum):
    ICON = "icon"
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
