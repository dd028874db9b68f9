from enum import StrEnum


class DocumentConvertStepMarkdownTheme(StrEnum):
    BARE = "bare"
    GITHUB = "github"

    def __str__(self) -> str:
        return str(self.value)
