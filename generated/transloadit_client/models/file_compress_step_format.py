from enum import StrEnum


class FileCompressStepFormat(StrEnum):
    TAR = "tar"
    ZIP = "zip"

    def __str__(self) -> str:
        return str(self.value)
