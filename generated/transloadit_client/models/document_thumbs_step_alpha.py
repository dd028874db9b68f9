from enum import StrEnum


class DocumentThumbsStepAlpha(StrEnum):
    REMOVE = "Remove"
    SET = "Set"

    def __str__(self) -> str:
        return str(self.value)
