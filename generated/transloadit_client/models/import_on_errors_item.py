from enum import StrEnum


class ImportOnErrorsItem(StrEnum):
    META = "meta"

    def __str__(self) -> str:
        return str(self.value)
