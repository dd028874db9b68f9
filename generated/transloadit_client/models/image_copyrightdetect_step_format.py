from enum import StrEnum


class ImageCopyrightdetectStepFormat(StrEnum):
    JSON = "json"
    META = "meta"

    def __str__(self) -> str:
        return str(self.value)
