from enum import StrEnum


class ImageBgremoveStepProvider(StrEnum):
    AUTO = "auto"
    FAL = "fal"
    REPLICATE = "replicate"
    TRANSLOADIT = "transloadit"

    def __str__(self) -> str:
        return str(self.value)
