from enum import StrEnum


class VideoSubtitleStepBorderStyle(StrEnum):
    BOX = "box"
    OUTLINE = "outline"
    SHADOW = "shadow"

    def __str__(self) -> str:
        return str(self.value)
