from enum import StrEnum


class FileHashStepPartial(StrEnum):
    BOTH = "both"
    FIRST = "first"
    FULL = "full"
    LAST = "last"

    def __str__(self) -> str:
        return str(self.value)
