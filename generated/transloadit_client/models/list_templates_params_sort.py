from enum import StrEnum


class ListTemplatesParamsSort(StrEnum):
    CREATED = "created"
    ID = "id"
    MODIFIED = "modified"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
