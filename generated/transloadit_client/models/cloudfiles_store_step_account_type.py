from enum import StrEnum


class CloudfilesStoreStepAccountType(StrEnum):
    UK = "uk"
    US = "us"

    def __str__(self) -> str:
        return str(self.value)
