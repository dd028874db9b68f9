from enum import StrEnum


class StepQueue(StrEnum):
    BATCH = "batch"

    def __str__(self) -> str:
        return str(self.value)
