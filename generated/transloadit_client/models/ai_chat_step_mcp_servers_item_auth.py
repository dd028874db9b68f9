from enum import StrEnum


class AiChatStepMcpServersItemAuth(StrEnum):
    TRANSLOADIT = "transloadit"

    def __str__(self) -> str:
        return str(self.value)
