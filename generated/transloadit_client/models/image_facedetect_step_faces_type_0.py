from enum import StrEnum


class ImageFacedetectStepFacesType0(StrEnum):
    EACH = "each"
    GROUP = "group"
    MAX_CONFIDENCE = "max-confidence"
    MAX_SIZE = "max-size"

    def __str__(self) -> str:
        return str(self.value)
