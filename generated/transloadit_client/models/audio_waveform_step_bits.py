from enum import IntEnum


class AudioWaveformStepBits(IntEnum):
    VALUE_8 = 8
    VALUE_16 = 16

    def __str__(self) -> str:
        return str(self.value)
