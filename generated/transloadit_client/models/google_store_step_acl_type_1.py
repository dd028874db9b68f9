from enum import StrEnum


class GoogleStoreStepAclType1(StrEnum):
    AUTHENTICATED_READ = "authenticated-read"
    BUCKET_OWNER_FULL_CONTROL = "bucket-owner-full-control"
    PRIVATE = "private"
    PROJECT_PRIVATE = "project-private"
    PUBLIC_READ = "public-read"

    def __str__(self) -> str:
        return str(self.value)
