from enum import StrEnum


class HtmlConvertStepWaitUntil(StrEnum):
    COMMIT = "commit"
    DOMCONTENTLOADED = "domcontentloaded"
    LOAD = "load"
    NETWORKIDLE = "networkidle"

    def __str__(self) -> str:
        return str(self.value)
