"""What the AI robots share: which path answers (a provider or the local stand-in), how a
provider failure is reported, and results as a JSON file, a text file or only ``meta``."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from ...errors import RobotError
from ...media.ffmpeg import output_path
from ...outbound.ai_provider import AiProvider, ProviderError, configured_provider
from ..base import InputFile, OutputFile, RobotContext

#: ``meta.ai_provider`` of a result the local stand-in made.
LOCAL = "emulator-local"
#: ``meta.ai_provider`` of a result the configured OpenAI-compatible endpoint made.
REMOTE = "openai-compatible"

T = TypeVar("T")


def provider(ctx: RobotContext | None = None, params: Mapping[str, Any] | None = None) -> AiProvider | None:
    """The endpoint to call, or None for the local stand-ins.

    A Step's ``credentials`` naming an ``ai`` Template Credential wins: its ``api_key``, and its
    ``base_url`` and ``model`` when it has them (else the configured endpoint's); without them,
    the endpoint of ``TRANSLOADIT_EMULATOR_AI_BASE_URL``."""
    configured = configured_provider()
    names = (params or {}).get("credentials")
    name = names[0] if isinstance(names, list) and names else names
    if ctx is None or not isinstance(name, str) or not name:
        return configured
    kind, content = ctx.credentials(name)
    if kind != "ai":
        raise RobotError("AI_CREDENTIALS_INVALID", f"The Template Credentials {name!r} are not of type ai.")
    base = str(content.get("base_url") or (configured.base_url if configured else ""))
    if not base:
        return None
    model = str(content.get("model") or (configured.default_model if configured else ""))
    return AiProvider(base, str(content.get("api_key") or ""), model)


def marked(meta: dict[str, Any], remote: AiProvider | None) -> dict[str, Any]:
    """``meta`` with ``ai_provider`` saying which path made the result."""
    return {**meta, "ai_provider": REMOTE if remote is not None else LOCAL}


def ask(code_prefix: str, call: Callable[[], T]) -> T:
    """Run a provider call; its failure fails the Step with ``<PREFIX>_PROVIDER_ERROR``."""
    try:
        return call()
    except ProviderError as exc:
        raise RobotError(f"{code_prefix}_PROVIDER_ERROR", str(exc)) from None


def result(
    scratch: Path,
    source: InputFile | None,
    name: str,
    fmt: str,
    data: Any,
    text: str,
    meta_key: str,
    meta: dict[str, Any],
) -> OutputFile:
    """The Step's result in ``fmt``: ``json`` (``data`` as a JSON file), ``text`` (``text`` as a
    text file), or ``meta`` (the input passed on with ``meta[meta_key] = data``; a Step with no
    input then writes the JSON file all the same)."""
    if fmt == "meta" and source is not None:
        return OutputFile(
            source.path, str(source.record.get("name")), source, {meta_key: data, **meta}, passthrough=True
        )
    if fmt == "text":
        out = output_path(scratch, name, "txt")
        out.write_text(text)
    else:
        out = output_path(scratch, name, "json")
        out.write_text(json.dumps(data))
    return OutputFile(out, out.name, source, {**meta, meta_key: data} if fmt == "meta" else dict(meta))
