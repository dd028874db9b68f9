from enum import StrEnum


class FileCompressStepFileLayout(StrEnum):
    ADVANCED = "advanced"
    RELATIVE_PATH = "relative-path"
    SIMPLE = "simple"

    def __str__(self) -> str:
        return str(self.value)
