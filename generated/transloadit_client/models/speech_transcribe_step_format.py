from enum import StrEnum


class SpeechTranscribeStepFormat(StrEnum):
    JSON = "json"
    META = "meta"
    SRT = "srt"
    TEXT = "text"
    WEBVTT = "webvtt"

    def __str__(self) -> str:
        return str(self.value)
