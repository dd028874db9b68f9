from enum import StrEnum


class DocumentConvertStepMarkdownFormat(StrEnum):
    COMMONMARK = "commonmark"
    GFM = "gfm"

    def __str__(self) -> str:
        return str(self.value)
