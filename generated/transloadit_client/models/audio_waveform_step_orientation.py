from enum import StrEnum


class AudioWaveformStepOrientation(StrEnum):
    HORIZONTAL = "horizontal"
    VERTICAL = "vertical"

    def __str__(self) -> str:
        return str(self.value)
