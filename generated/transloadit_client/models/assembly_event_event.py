from enum import StrEnum


class AssemblyEventEvent(StrEnum):
    ASSEMBLY_ERROR = "assembly_error"
    ASSEMBLY_EXECUTION_PROGRESS = "assembly_execution_progress"
    ASSEMBLY_RESULT_FINISHED = "assembly_result_finished"
    ASSEMBLY_UPLOAD_FINISHED = "assembly_upload_finished"
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
