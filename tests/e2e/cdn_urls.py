"""Smart CDN URLs for the tests: a stored file's path as a CDN input, and the signed local path
that asks the emulator's CDN route for a Template's result of it."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from tests.conftest import KEY, SECRET
from transloadit_kit import smart_cdn_url


def stored_path(file_url: str) -> str:
    """``<assembly>/<file>/<name>`` of a stored file's URL: how a Smart CDN URL names its input."""
    return "/".join(urlsplit(file_url).path.split("/")[-3:])


def signed_cdn_path(template: str, input_: str, workspace: str = "ws", **kw: Any) -> str:
    """The path of the signed Smart CDN URL (the test account's key) for ``template`` on ``input_``."""
    return smart_cdn_url(
        auth_key=KEY,
        auth_secret=SECRET,
        workspace=workspace,
        template=template,
        input=input_,
        base_url="/_smartcdn/{workspace}",
        **kw,
    )
