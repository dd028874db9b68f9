from enum import StrEnum


class AiChatStepReturnMessages(StrEnum):
    ALL = "all"
    LAST = "last"

    def __str__(self) -> str:
        return str(self.value)
