from enum import StrEnum


class MegaStoreStepAcl(StrEnum):
    PRIVATE = "private"
    PUBLIC_READ = "public-read"

    def __str__(self) -> str:
        return str(self.value)
