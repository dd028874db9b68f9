from enum import StrEnum


class StepBaseIgnoreErrorsType1Item(StrEnum):
    EXECUTE = "execute"
    IMPORT = "import"
    META = "meta"

    def __str__(self) -> str:
        return str(self.value)
