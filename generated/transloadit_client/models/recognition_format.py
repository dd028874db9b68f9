from enum import StrEnum


class RecognitionFormat(StrEnum):
    JSON = "json"
    META = "meta"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
