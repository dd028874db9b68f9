from enum import StrEnum


class DocumentOptimizeStepCompatibility(StrEnum):
    VALUE_0 = "1.4"
    VALUE_1 = "1.5"
    VALUE_2 = "1.6"
    VALUE_3 = "1.7"
    VALUE_4 = "2.0"

    def __str__(self) -> str:
        return str(self.value)
