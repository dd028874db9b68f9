from enum import StrEnum


class TemplateCredentialParamsType(StrEnum):
    AI = "ai"
    AZURE = "azure"
    BACKBLAZE = "backblaze"
    CLOUDFLARE = "cloudflare"
    COMPANION = "companion"
    DIGITALOCEAN = "digitalocean"
    DROPBOX = "dropbox"
    FTP = "ftp"
    GOOGLE = "google"
    HTTP = "http"
    MEGA = "mega"
    MINIO = "minio"
    RACKSPACE = "rackspace"
    S3 = "s3"
    SFTP = "sftp"
    SUPABASE = "supabase"
    SWIFT = "swift"
    TIGRIS = "tigris"
    VIMEO = "vimeo"
    WASABI = "wasabi"
    YOUTUBE = "youtube"

    def __str__(self) -> str:
        return str(self.value)
