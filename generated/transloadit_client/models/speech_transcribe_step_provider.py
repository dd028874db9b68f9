from enum import StrEnum


class SpeechTranscribeStepProvider(StrEnum):
    AUTO = "auto"
    AWS = "aws"
    GCP = "gcp"
    REPLICATE = "replicate"

    def __str__(self) -> str:
        return str(self.value)
