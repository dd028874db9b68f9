from enum import StrEnum


class ListNotificationsParamsType(StrEnum):
    ALL = "all"
    FAILED = "failed"
    SUCCESSFUL = "successful"

    def __str__(self) -> str:
        return str(self.value)
