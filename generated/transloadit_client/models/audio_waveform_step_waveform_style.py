from enum import StrEnum


class AudioWaveformStepWaveformStyle(StrEnum):
    BARS = "bars"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)
