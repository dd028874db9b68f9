from enum import StrEnum


class ImageCopyrightdetectStepCategoriesItem(StrEnum):
    ALL = "all"
    ARTWORK = "artwork"
    BRAND_LOGO = "brand_logo"
    STOCK_PHOTO = "stock_photo"
    WATERMARKED = "watermarked"

    def __str__(self) -> str:
        return str(self.value)
