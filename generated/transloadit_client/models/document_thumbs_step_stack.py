from enum import StrEnum


class DocumentThumbsStepStack(StrEnum):
    GHOSTSCRIPT = "ghostscript"
    PDFIUM = "pdfium"
    VIPS = "vips"

    def __str__(self) -> str:
        return str(self.value)
