"""A client of any OpenAI-compatible endpoint, for the AI robots.

The operator connects one with ``TRANSLOADIT_EMULATOR_AI_BASE_URL`` (such as
``http://127.0.0.1:8080/v1``), ``TRANSLOADIT_EMULATOR_AI_API_KEY`` (sent as a Bearer token, when
set) and ``TRANSLOADIT_EMULATOR_AI_MODEL`` (the model asked for when a Step says ``auto`` or names
none). Without a base URL, :func:`configured_provider` is None and the robots run their local
stand-ins. The address is the operator's, not a Step's: no private-address rule applies.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

_TIMEOUT_S = 300.0


class ProviderError(Exception):
    """The endpoint failed or answered something that is not the OpenAI shape."""


@dataclass(frozen=True)
class AiProvider:
    """Where the OpenAI-compatible endpoint is and how to call it."""

    base_url: str
    api_key: str = ""
    default_model: str = ""

    def _post(self, path: str, body: Mapping[str, Any]) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        try:
            response = httpx.post(self.base_url.rstrip("/") + path, json=body, headers=headers, timeout=_TIMEOUT_S)
        except httpx.HTTPError as exc:
            raise ProviderError(f"The AI provider could not be reached: {exc}") from None
        if response.status_code != 200:
            raise ProviderError(f"The AI provider answered {response.status_code}: {response.text[:300]}")
        try:
            answer = response.json()
        except ValueError:
            raise ProviderError("The AI provider's answer is not JSON.") from None
        if not isinstance(answer, dict):
            raise ProviderError("The AI provider's answer is not a JSON object.")
        return answer

    def model(self, asked: Any) -> str:
        """The model to ask for: the Step's, unless it is ``auto`` or unset."""
        if isinstance(asked, str) and asked and asked != "auto":
            return asked
        return self.default_model or "default"

    def chat(self, messages: Sequence[Mapping[str, Any]], model: Any = None, *, json_mode: bool = False) -> str:
        """The assistant's answer to ``messages`` (``/chat/completions``)."""
        body: dict[str, Any] = {"model": self.model(model), "messages": list(messages)}
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        answer = self._post("/chat/completions", body)
        try:
            return str(answer["choices"][0]["message"]["content"] or "")
        except (KeyError, IndexError, TypeError):
            raise ProviderError("The AI provider's answer has no choices[0].message.content.") from None

    def images(self, prompt: str, model: Any, size: str, count: int) -> list[bytes]:
        """``count`` images of ``prompt`` (``/images/generations``, base64 answers)."""
        body = {"model": self.model(model), "prompt": prompt, "n": count, "size": size, "response_format": "b64_json"}
        answer = self._post("/images/generations", body)
        try:
            return [base64.b64decode(item["b64_json"]) for item in answer["data"]]
        except (KeyError, TypeError, ValueError):
            raise ProviderError("The AI provider's answer has no data[].b64_json images.") from None


def configured_provider(env: Mapping[str, str] | None = None) -> AiProvider | None:
    """The endpoint the environment names, or None (the robots' local stand-ins run)."""
    source = os.environ if env is None else env
    base = (source.get("TRANSLOADIT_EMULATOR_AI_BASE_URL") or "").strip()
    if not base:
        return None
    return AiProvider(
        base, source.get("TRANSLOADIT_EMULATOR_AI_API_KEY", ""), source.get("TRANSLOADIT_EMULATOR_AI_MODEL", "")
    )
