from enum import StrEnum


class InputSortBy(StrEnum):
    AUTO = "auto"
    BASENAME = "basename"
    IMPORT_ORDER = "import_order"

    def __str__(self) -> str:
        return str(self.value)
