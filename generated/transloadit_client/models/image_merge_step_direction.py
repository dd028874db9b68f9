from enum import StrEnum


class ImageMergeStepDirection(StrEnum):
    GRID = "grid"
    HORIZONTAL = "horizontal"
    VERTICAL = "vertical"

    def __str__(self) -> str:
        return str(self.value)
