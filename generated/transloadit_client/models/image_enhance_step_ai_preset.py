from enum import StrEnum


class ImageEnhanceStepAiPreset(StrEnum):
    FACE_RESTORE = "face_restore"
    RESTORE = "restore"

    def __str__(self) -> str:
        return str(self.value)
