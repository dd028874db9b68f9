"""What the AI robots share: which path answers (a provider or the local stand-in), how a
provider failure is reported, and results as a JSON file, a text file or only ``meta``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ...errors import RobotError
from ...media.ffmpeg import output_path
from ...outbound.ai_provider import AiProvider, ProviderError, configured_provider
from ..base import InputFile, OutputFile

#: ``meta.ai_provider`` of a result the local stand-in made.
LOCAL = "emulator-local"
#: ``meta.ai_provider`` of a result the configured OpenAI-compatible endpoint made.
REMOTE = "openai-compatible"

T = TypeVar("T")


def provider() -> AiProvider | None:
    """The configured endpoint, or None for the local stand-ins."""
    return configured_provider()


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
