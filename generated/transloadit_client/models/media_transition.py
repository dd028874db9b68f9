from enum import StrEnum


class MediaTransition(StrEnum):
    CROSSFADE = "crossfade"
    FADE_TO_BLACK = "fade_to_black"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
