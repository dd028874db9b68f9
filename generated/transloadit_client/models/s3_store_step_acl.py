from enum import StrEnum


class S3StoreStepAcl(StrEnum):
    BUCKET_DEFAULT = "bucket-default"
    PRIVATE = "private"
    PUBLIC = "public"
    PUBLIC_READ = "public-read"

    def __str__(self) -> str:
        return str(self.value)
