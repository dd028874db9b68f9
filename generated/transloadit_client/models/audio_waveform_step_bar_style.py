from enum import StrEnum


class AudioWaveformStepBarStyle(StrEnum):
    ROUNDED = "rounded"
    SQUARE = "square"

    def __str__(self) -> str:
        return str(self.value)
