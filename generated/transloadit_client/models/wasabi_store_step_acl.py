from enum import StrEnum


class WasabiStoreStepAcl(StrEnum):
    PRIVATE = "private"
    PUBLIC_READ = "public-read"

    def __str__(self) -> str:
        return str(self.value)
