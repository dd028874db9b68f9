from enum import StrEnum


class FilePreviewStepStrategyDocumentItem(StrEnum):
    ICON = "icon"
    PAGE = "page"

    def __str__(self) -> str:
        return str(self.value)
