from enum import StrEnum


class FilePreviewStepStrategyAudioItem(StrEnum):
    ARTWORK = "artwork"
    ICON = "icon"
    WAVEFORM = "waveform"

    def __str__(self) -> str:
        return str(self.value)
