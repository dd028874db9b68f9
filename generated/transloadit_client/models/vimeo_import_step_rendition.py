from enum import StrEnum


class VimeoImportStepRendition(StrEnum):
    SOURCE = "source"
    VALUE_0 = "240p"
    VALUE_1 = "360p"
    VALUE_2 = "540p"
    VALUE_3 = "720p"
    VALUE_4 = "1080p"

    def __str__(self) -> str:
        return str(self.value)
