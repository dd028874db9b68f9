from enum import StrEnum


class AudioWaveformStepFrequencyScale(StrEnum):
    LINEAR = "linear"
    LOGARITHMIC = "logarithmic"

    def __str__(self) -> str:
        return str(self.value)
