from enum import StrEnum


class FilePreviewStepStrategyVideoItem(StrEnum):
    ARTWORK = "artwork"
    CLIP = "clip"
    FRAME = "frame"
    ICON = "icon"

    def __str__(self) -> str:
        return str(self.value)
