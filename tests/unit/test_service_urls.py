"""``TRANSLOADIT_EMULATOR_<SERVICE>_URL``: the base URLs outbound clients use instead of the real services'."""

from __future__ import annotations

from transloadit_emulator.outbound.azure_blob import account_url
from transloadit_emulator.settings import SERVICE_URLS, settings_from_env


def test_service_urls_come_from_the_environment() -> None:
    env = {
        "TRANSLOADIT_EMULATOR_DROPBOX_API_URL": "http://127.0.0.1:9000/",
        "TRANSLOADIT_EMULATOR_AZURE_BLOB_URL": "http://127.0.0.1:10000",
        "TRANSLOADIT_EMULATOR_NOT_A_SERVICE_URL": "http://ignored",
    }
    urls = dict(settings_from_env(env).service_urls)
    assert urls == {"dropbox_api": "http://127.0.0.1:9000", "azure_blob": "http://127.0.0.1:10000"}
    assert "google_storage" not in urls  # the real service
    assert urls.keys() <= SERVICE_URLS.keys()
    assert settings_from_env({}).service_urls == ()


def test_azure_account_urls() -> None:
    assert account_url("acme", None) == "https://acme.blob.core.windows.net"
    assert account_url("acme", "http://127.0.0.1:10000/") == "http://127.0.0.1:10000/acme"  # Azurite: a path
    assert account_url("acme", "https://{account}.blob.example.com") == "https://acme.blob.example.com"
