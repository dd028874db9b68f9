from enum import StrEnum


class ImageResizeStepType(StrEnum):
    BILEVEL = "Bilevel"
    COLORSEPARATION = "ColorSeparation"
    COLORSEPARATIONALPHA = "ColorSeparationAlpha"
    GRAYSCALE = "Grayscale"
    GRAYSCALEALPHA = "GrayscaleAlpha"
    PALETTE = "Palette"
    PALETTEALPHA = "PaletteAlpha"
    TRUECOLOR = "TrueColor"
    TRUECOLORALPHA = "TrueColorAlpha"

    def __str__(self) -> str:
        return str(self.value)
