from enum import StrEnum


class ListTemplatesParamsIncludeBuiltin(StrEnum):
    ALL = "all"
    EXCLUSIVELY_ALL = "exclusively-all"
    EXCLUSIVELY_LATEST = "exclusively-latest"
    LATEST = "latest"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
