from enum import StrEnum


class FilePreviewStepOptimizePriority(StrEnum):
    COMPRESSION_RATIO = "compression-ratio"
    CONVERSION_SPEED = "conversion-speed"

    def __str__(self) -> str:
        return str(self.value)
