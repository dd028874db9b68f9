"""``/ai/chat``: a conversation answered by a language model.

With ``TRANSLOADIT_EMULATOR_AI_BASE_URL`` set, the Step's ``system_message``, ``messages`` and
input files (text files as text, images as data URLs) go to that OpenAI-compatible endpoint's
``/chat/completions`` with its ``model`` (``auto``: the configured default); ``schema`` asks for a
JSON answer. Without one, the local stand-in answers (:func:`~..media.ai_local.chat_answer`).
``format``: ``json`` is ``{"messages": [...]}`` (the last message, or with ``return_messages:
all`` the whole conversation), ``text`` the answer alone, ``meta`` the same object in
``meta.chat``. ``reasoning_effort``, ``credentials``, ``test_credentials`` and ``mcp_servers`` have
no local meaning.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError, TransloaditError
from ..media.ai_local import chat_answer
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.ai_results import ask, marked, provider, result

_MAX_TEXT_BYTES = 1_000_000


def _conversation(params: Mapping[str, Any], files: Sequence[InputFile]) -> list[dict[str, Any]]:
    messages = params.get("messages")
    said: list[dict[str, Any]] = (
        [{"role": "user", "content": messages}] if isinstance(messages, str) else list(messages or [])
    )
    system = params.get("system_message")
    if isinstance(system, str) and system:
        said.insert(0, {"role": "system", "content": system})
    for f in files:
        mime = str(f.record.get("mime") or "")
        if mime.startswith("image/"):
            url = f"data:{mime};base64,{base64.b64encode(f.path.read_bytes()).decode()}"
            said.append({"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}}]})
        elif mime.startswith("text/") or mime == "application/json":
            if f.path.stat().st_size > _MAX_TEXT_BYTES:
                raise RobotError("AI_CHAT_VALIDATION", f"{f.record.get('name')!r} is too long for the conversation.")
            said.append({"role": "user", "content": f.path.read_text("utf-8", "replace")})
        else:
            raise RobotError("AI_CHAT_VALIDATION", f"{f.record.get('name')!r} ({mime}) cannot join the conversation.")
    return said


class AiChat(Robot):
    """Answers a conversation with a language model or the local stand-in."""

    name = "/ai/chat"

    def check_params(self, step: Mapping[str, Any]) -> None:
        """``schema`` must be a JSON Schema written as a string."""
        schema = step.get("schema")
        if isinstance(schema, str) and "${" not in schema:
            try:
                json.loads(schema)
            except ValueError:
                raise TransloaditError("AI_CHAT_VALIDATION", "schema is not valid JSON.") from None

    def runs_alone(self, params: Mapping[str, Any]) -> bool:
        """A conversation is answered with or without files."""
        return True

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """One answer to the whole conversation (the Step's messages and all its files)."""
        said = _conversation(params, files)
        schema = params.get("schema") if isinstance(params.get("schema"), str) else None
        remote = provider(ctx, params)
        if remote is not None:
            answer = ask("AI_CHAT", lambda: remote.chat(said, params.get("model"), json_mode=schema is not None))
        else:
            answer = chat_answer(said, schema)
        reply = {"role": "assistant", "content": answer}
        data: dict[str, Any] = {"messages": [*said, reply] if params.get("return_messages") == "all" else [reply]}
        if schema is not None:
            try:
                data["json"] = json.loads(answer)
            except ValueError:
                raise RobotError(
                    "AI_CHAT_PROVIDER_ERROR", "The model's answer is not the JSON the schema asks for."
                ) from None
        model = remote.model(params.get("model")) if remote is not None else "emulator-local"
        meta = marked({"model": model}, remote)
        fmt = str(params.get("format") or "json")
        return [result(ctx.scratch_dir, files[0] if files else None, "chat", fmt, data, answer, "chat", meta)]
