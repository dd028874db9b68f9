from enum import StrEnum


class ImageEnhanceStepEnhance(StrEnum):
    AUTO = "auto"
    AUTO_AGGRESSIVE = "auto_aggressive"
    AUTO_GENTLE = "auto_gentle"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
