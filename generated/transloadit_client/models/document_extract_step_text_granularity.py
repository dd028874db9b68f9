from enum import StrEnum


class DocumentExtractStepTextGranularity(StrEnum):
    DOCUMENT = "document"
    PAGE = "page"

    def __str__(self) -> str:
        return str(self.value)
