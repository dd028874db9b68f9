from enum import StrEnum


class ImageEnhanceStepPreset(StrEnum):
    BW_CLASSIC = "bw_classic"
    BW_DRAMATIC = "bw_dramatic"
    CINEMATIC = "cinematic"
    COOL = "cool"
    FADE = "fade"
    GOLDEN_HOUR = "golden_hour"
    MATTE = "matte"
    NOIR = "noir"
    NONE = "none"
    PASTEL = "pastel"
    TEAL_ORANGE = "teal_orange"
    VINTAGE = "vintage"
    VIVID = "vivid"
    WARM = "warm"

    def __str__(self) -> str:
        return str(self.value)
