from enum import StrEnum


class FilePreviewStepStrategyWebpageItem(StrEnum):
    ICON = "icon"
    RENDER = "render"

    def __str__(self) -> str:
        return str(self.value)
