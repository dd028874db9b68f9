from enum import StrEnum


class VideoArtworkStepMethod(StrEnum):
    EXTRACT = "extract"
    INSERT = "insert"

    def __str__(self) -> str:
        return str(self.value)
