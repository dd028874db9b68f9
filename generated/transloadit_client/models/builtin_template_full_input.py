from enum import StrEnum


class BuiltinTemplateFullInput(StrEnum):
    NONE = "none"
    REMOTE_URL = "remote_url"
    UPLOAD = "upload"

    def __str__(self) -> str:
        return str(self.value)
