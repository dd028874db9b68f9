from enum import StrEnum


class ImageBgremoveStepSelect(StrEnum):
    BACKGROUND = "background"
    FOREGROUND = "foreground"

    def __str__(self) -> str:
        return str(self.value)
