from enum import StrEnum


class DocumentExtractStepOcrProvider(StrEnum):
    AWS = "aws"
    GCP = "gcp"

    def __str__(self) -> str:
        return str(self.value)
