from enum import StrEnum


class VideoAdaptiveStepTechnique(StrEnum):
    CMAF = "cmaf"
    DASH = "dash"
    HLS = "hls"

    def __str__(self) -> str:
        return str(self.value)
