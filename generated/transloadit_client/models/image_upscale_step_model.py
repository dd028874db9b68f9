from enum import StrEnum


class ImageUpscaleStepModel(StrEnum):
    NIGHTMAREAIREAL_ESRGAN = "nightmareai/real-esrgan"
    SCZHOUCODEFORMER = "sczhou/codeformer"
    TENCENTARCGFPGAN = "tencentarc/gfpgan"

    def __str__(self) -> str:
        return str(self.value)
