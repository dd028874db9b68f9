from enum import StrEnum


class AudioWaveformStepFormat(StrEnum):
    IMAGE = "image"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
