from enum import StrEnum


class DocumentOptimizeStepPreset(StrEnum):
    EBOOK = "ebook"
    PREPRESS = "prepress"
    PRINTER = "printer"
    SCREEN = "screen"

    def __str__(self) -> str:
        return str(self.value)
