from enum import StrEnum


class RecognitionGranularity(StrEnum):
    FULL = "full"
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
