from enum import StrEnum


class AudioWaveformStepStyleType0(StrEnum):
    SPECTROGRAM = "spectrogram"
    V0 = "v0"
    V1 = "v1"
    VALUE_3 = "0"
    VALUE_4 = "1"

    def __str__(self) -> str:
        return str(self.value)
