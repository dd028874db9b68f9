from enum import StrEnum


class ImageAlpha(StrEnum):
    ACTIVATE = "Activate"
    BACKGROUND = "Background"
    COPY = "Copy"
    DEACTIVATE = "Deactivate"
    EXTRACT = "Extract"
    OFF = "Off"
    ON = "On"
    OPAQUE = "Opaque"
    REMOVE = "Remove"
    SET = "Set"
    SHAPE = "Shape"
    TRANSPARENT = "Transparent"

    def __str__(self) -> str:
        return str(self.value)
