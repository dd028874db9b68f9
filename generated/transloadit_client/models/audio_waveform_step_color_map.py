from enum import StrEnum


class AudioWaveformStepColorMap(StrEnum):
    CIVIDIS = "cividis"
    COOL = "cool"
    FIERY = "fiery"
    FIRE = "fire"
    FRUIT = "fruit"
    GRAY = "gray"
    GREEN = "green"
    MAGMA = "magma"
    MORELAND = "moreland"
    NEBULAE = "nebulae"
    PLASMA = "plasma"
    RAINBOW = "rainbow"
    TERRAIN = "terrain"
    VIRIDIS = "viridis"

    def __str__(self) -> str:
        return str(self.value)
