from enum import StrEnum


class DocumentExtractStepTextMethod(StrEnum):
    AUTO = "auto"
    NATIVE = "native"
    OCR = "ocr"

    def __str__(self) -> str:
        return str(self.value)
