from enum import StrEnum


class HttpImportStepImportOnErrorsItem(StrEnum):
    META = "meta"

    def __str__(self) -> str:
        return str(self.value)
