from enum import StrEnum


class AiChatStepReasoningEffort(StrEnum):
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    XHIGH = "xhigh"

    def __str__(self) -> str:
        return str(self.value)
