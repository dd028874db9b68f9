from enum import StrEnum


class ListAssembliesParamsType(StrEnum):
    ALL = "all"
    CANCELED = "canceled"
    COMPLETED = "completed"
    EXECUTING = "executing"
    FAILED = "failed"
    REQUEST_ABORTED = "request_aborted"
    UPLOADING = "uploading"

    def __str__(self) -> str:
        return str(self.value)
