"""HLS playlists served through Smart CDN: their query-only relative URIs (``?asset=480p.m3u8``,
as ``/video/ondemand`` writes them) become signed URLs of the same Smart CDN path, so a player can
follow them (every Smart CDN URL of the emulator must be signed)."""

from __future__ import annotations

from urllib.parse import parse_qsl

from .smart_cdn_auth import SmartCdnRequest, signed_query


def sign_playlist(text: str, request: SmartCdnRequest, prefix: str, auth_key: str, exp_ms: int, secret: str) -> str:
    """``text`` with each URI line that starts with ``?`` replaced by a signed path-absolute URL:
    the request's query params, those of the URI over them, signed until ``exp_ms``."""
    base = f"{prefix}{request.workspace}/{request.template}/{request.input}"
    current = request.params()
    out: list[str] = []
    for line in text.splitlines():
        if line.startswith("?"):
            own = parse_qsl(line[1:], keep_blank_values=True)
            names = {k for k, _ in own}
            pairs = [(k, v) for k, v in current if k not in names] + own
            line = f"{base}?{signed_query(request, pairs, auth_key, exp_ms, secret)}"
        out.append(line)
    return "\n".join(out) + "\n"
