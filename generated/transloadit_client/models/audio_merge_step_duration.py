from enum import StrEnum


class AudioMergeStepDuration(StrEnum):
    FIRST = "first"
    LONGEST = "longest"
    SHORTEST = "shortest"

    def __str__(self) -> str:
        return str(self.value)
