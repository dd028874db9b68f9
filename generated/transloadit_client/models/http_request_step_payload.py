from enum import StrEnum


class HttpRequestStepPayload(StrEnum):
    FILE = "file"
    FILES = "files"
    METADATA = "metadata"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
