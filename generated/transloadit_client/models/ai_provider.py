from enum import StrEnum


class AiProvider(StrEnum):
    AUTO = "auto"
    AWS = "aws"
    GCP = "gcp"

    def __str__(self) -> str:
        return str(self.value)
