from enum import StrEnum


class AudioMergeStepVolume(StrEnum):
    AVERAGE = "average"
    SUM = "sum"

    def __str__(self) -> str:
        return str(self.value)
