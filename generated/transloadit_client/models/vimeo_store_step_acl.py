from enum import StrEnum


class VimeoStoreStepAcl(StrEnum):
    ANYBODY = "anybody"
    CONTACTS = "contacts"
    DISABLE = "disable"
    NOBODY = "nobody"
    PASSWORD = "password"
    UNLISTED = "unlisted"
    USERS = "users"

    def __str__(self) -> str:
        return str(self.value)
