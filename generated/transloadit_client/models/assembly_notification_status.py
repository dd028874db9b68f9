from enum import StrEnum


class AssemblyNotificationStatus(StrEnum):
    FAILED = "failed"
    PROCESSING = "processing"
    SUCCESSFUL = "successful"

    def __str__(self) -> str:
        return str(self.value)
