from enum import StrEnum


class AiChatStepMcpServersItemType(StrEnum):
    HTTP = "http"
    SSE = "sse"

    def __str__(self) -> str:
        return str(self.value)
