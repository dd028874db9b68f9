from enum import StrEnum


class AudioArtworkStepMethod(StrEnum):
    EXTRACT = "extract"
    INSERT = "insert"

    def __str__(self) -> str:
        return str(self.value)
