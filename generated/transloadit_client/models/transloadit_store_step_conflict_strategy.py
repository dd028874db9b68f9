from enum import StrEnum


class TransloaditStoreStepConflictStrategy(StrEnum):
    ERROR = "error"
    OVERWRITE = "overwrite"
    RENAME = "rename"

    def __str__(self) -> str:
        return str(self.value)
