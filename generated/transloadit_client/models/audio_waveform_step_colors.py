from enum import StrEnum


class AudioWaveformStepColors(StrEnum):
    AUDACITY = "audacity"
    AUDITION = "audition"

    def __str__(self) -> str:
        return str(self.value)
