from enum import StrEnum


class ImageResizeStepCompressType0(StrEnum):
    BZIP = "BZip"
    FAX = "Fax"
    GROUP4 = "Group4"
    JPEG = "JPEG"
    JPEG2000 = "JPEG2000"
    LOSSLESS = "Lossless"
    LZW = "LZW"
    NONE = "None"
    RLE = "RLE"
    ZIP = "Zip"

    def __str__(self) -> str:
        return str(self.value)
