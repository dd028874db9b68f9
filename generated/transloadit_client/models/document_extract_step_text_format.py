from enum import StrEnum


class DocumentExtractStepTextFormat(StrEnum):
    JSON = "json"
    TXT = "txt"

    def __str__(self) -> str:
        return str(self.value)
