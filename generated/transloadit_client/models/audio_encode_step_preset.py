from enum import StrEnum


class AudioEncodeStepPreset(StrEnum):
    AAC = "aac"
    ALAC = "alac"
    AUDIOAAC = "audio/aac"
    AUDIOALAC = "audio/alac"
    AUDIOFLAC = "audio/flac"
    AUDIOMP3 = "audio/mp3"
    AUDIOOGG = "audio/ogg"
    AUDIOOPUS = "audio/opus"
    AUDIOWAV = "audio/wav"
    FLAC = "flac"
    MP3 = "mp3"
    OGG = "ogg"
    OPUS = "opus"
    WAV = "wav"

    def __str__(self) -> str:
        return str(self.value)
