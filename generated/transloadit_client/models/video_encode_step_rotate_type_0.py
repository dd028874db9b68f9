from enum import IntEnum


class VideoEncodeStepRotateType0(IntEnum):
    VALUE_0 = 0
    VALUE_90 = 90
    VALUE_180 = 180
    VALUE_270 = 270
    VALUE_360 = 360

    def __str__(self) -> str:
        return str(self.value)
