from enum import StrEnum


class ImageEnhanceStepEngine(StrEnum):
    AI = "ai"
    CLASSIC = "classic"

    def __str__(self) -> str:
        return str(self.value)
