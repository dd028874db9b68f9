from enum import StrEnum


class StepBaseQueue(StrEnum):
    BATCH = "batch"

    def __str__(self) -> str:
        return str(self.value)
