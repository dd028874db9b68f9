from enum import StrEnum


class ListTemplatesParamsFieldsItem(StrEnum):
    ACCOUNT_ID = "account_id"
    CONTENT = "content"
    CREATED = "created"
    DELETED = "deleted"
    ID = "id"
    JSON = "json"
    MODIFIED = "modified"
    NAME = "name"
    REQUIRE_SIGNATURE_AUTH = "require_signature_auth"

    def __str__(self) -> str:
        return str(self.value)
