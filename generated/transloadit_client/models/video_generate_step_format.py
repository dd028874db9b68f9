from enum import StrEnum


class VideoGenerateStepFormat(StrEnum):
    GIF = "gif"
    MP4 = "mp4"

    def __str__(self) -> str:
        return str(self.value)
