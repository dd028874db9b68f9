from enum import StrEnum


class VideoSubtitleStepSubtitlesType(StrEnum):
    BURN = "burn"
    BURNED = "burned"
    EXTERNAL = "external"

    def __str__(self) -> str:
        return str(self.value)
