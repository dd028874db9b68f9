"""``/image/describe``: labels of what each image shows.

Locally, labels come from real analysis of the pixels (:func:`~..media.ai_local.describe`: faces,
orientation, dominant colours); with ``TRANSLOADIT_EMULATOR_AI_BASE_URL`` set, the configured
OpenAI-compatible endpoint is asked (the image as a data URL) for ``{"labels": [{"name",
"confidence"}]}``. ``granularity: full`` gives ``[{"name", "confidence"}]`` (0-100), ``list`` the
names only; ``format`` is a JSON file, a text file (one label a line) or ``meta.descriptions``.
``explicit_descriptions: true`` asks for explicit (NSFW: nudity, violence, ...) labels only: the
local analysis knows none, so it reports no labels; the endpoint is asked for those alone.
``provider`` has no local meaning.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.ai_local import describe
from ..outbound.ai_provider import AiProvider
from .base import InputFile, OutputFile, PerFileRobot, RobotContext, undecodable
from .support.ai_results import ask, marked, provider, result

_INSTRUCTION = (
    'Label what the image shows. Answer with JSON only: {"labels": [{"name": "<label>", "confidence": <0-100>}]}'
)
_EXPLICIT_INSTRUCTION = (
    "Label only explicit content the image shows (nudity, violence, drugs, weapons, hate symbols, ...),"
    ' nothing else. Answer with JSON only: {"labels": [{"name": "<label>", "confidence": <0-100>}]}'
)


def _remote_labels(remote: AiProvider, file: InputFile, explicit: bool) -> list[tuple[str, float]]:
    url = f"data:{file.record.get('mime')};base64,{base64.b64encode(file.path.read_bytes()).decode()}"
    said: list[dict[str, Any]] = [
        {"role": "system", "content": _EXPLICIT_INSTRUCTION if explicit else _INSTRUCTION},
        {"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}}]},
    ]
    answer = ask("IMAGE_DESCRIBE", lambda: remote.chat(said, json_mode=True))
    try:
        labels = json.loads(answer)["labels"]
        return [(str(label["name"]), float(label.get("confidence", 100))) for label in labels]
    except (ValueError, KeyError, TypeError):
        raise RobotError("IMAGE_DESCRIBE_PROVIDER_ERROR", "The model's answer has no labels.") from None


class ImageDescribe(PerFileRobot):
    """Describes images with labels."""

    name = "/image/describe"
    accepts = frozenset({"image"})
    #: The labels come from the local analysis or the configured endpoint, whichever vendor is named.
    params_without_local_meaning = frozenset({"provider"})

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The labels of one image."""
        remote = provider(ctx, params)
        explicit = params.get("explicit_descriptions") is True
        if remote is not None:
            labels = _remote_labels(remote, file, explicit)
        elif explicit:
            labels = []  # the local analysis finds faces, orientation and colours: nothing explicit
        else:
            try:
                labels = describe(file.path)
            except OSError as exc:
                raise undecodable(file, str(exc)) from None
        if params.get("granularity") == "list":
            data: list[Any] = [name for name, _ in labels]
        else:
            data = [{"name": name, "confidence": confidence} for name, confidence in labels]
        text = "".join(f"{name}\n" for name, _ in labels)
        fmt = str(params.get("format") or "json")
        name = str(file.record.get("name") or file.path.name)
        return [result(ctx.scratch_dir, file, name, fmt, data, text, "descriptions", marked({}, remote))]
