from enum import StrEnum


class FilePreviewStepStrategyArchiveItem(StrEnum):
    ICON = "icon"

    def __str__(self) -> str:
        return str(self.value)
