from enum import StrEnum


class ImageResizeStepTransparentType1(StrEnum):
    BLACK = "black"
    BLUE = "blue"
    CYAN = "cyan"
    GRAY = "gray"
    GREEN = "green"
    GREY = "grey"
    MAGENTA = "magenta"
    NONE = "none"
    OPAQUE = "opaque"
    RED = "red"
    TRANSPARENT = "transparent"
    WHITE = "white"
    YELLOW = "yellow"

    def __str__(self) -> str:
        return str(self.value)
