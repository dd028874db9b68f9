from enum import StrEnum


class FilePreviewStepStrategyUnknownItem(StrEnum):
    ICON = "icon"

    def __str__(self) -> str:
        return str(self.value)
