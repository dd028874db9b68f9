"""``/image/generate``: ``num_outputs`` images of the Step's ``prompt``.

With ``TRANSLOADIT_EMULATOR_AI_BASE_URL`` set, the configured OpenAI-compatible endpoint's
``/images/generations`` makes them (``model``, ``prompt``, ``n``, ``size``); without one, the
local stand-in draws shapes seeded from the prompt's hash and ``seed``
(:func:`~..media.ai_local.generate_image`): the same params give the same bytes. ``format``
(default PNG; ``svg`` is drawn locally as SVG), ``width``/``height``/``aspect_ratio`` (default
1024 px square) are honoured; ``style`` has no local meaning. Input files are not used.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from PIL import Image

from ..errors import RobotError
from ..media.ai_local import generate_image
from ..media.ffmpeg import output_path
from .base import InputFile, OutputFile, Robot, RobotContext
from .support.ai_results import ask, marked, provider
from .support.ai_sizes import generated_size

_PILLOW_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP"}


class ImageGenerate(Robot):
    """Generates images from a prompt."""

    name = "/image/generate"
    #: A look for the vendor's image models: the local stand-in draws from the prompt's hash, not its
    #: meaning, and OpenAI's images API takes no free-form style.
    params_without_local_meaning = frozenset({"style"})

    def runs_alone(self, params: Mapping[str, Any]) -> bool:
        """A prompt makes images with or without input files."""
        return True

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """The generated images, ``generated.<ext>``, ``generated-1.<ext>``, ..."""
        prompt = str(params.get("prompt") or "")
        fmt = str(params.get("format") or "png")
        size = generated_size(params, 1024, "IMAGE_GENERATE")
        count = int(params.get("num_outputs") or 1)
        remote = provider(ctx, params)
        source = files[0] if files else None
        outs = []
        if remote is not None:
            made = ask(
                "IMAGE_GENERATE", lambda: remote.images(prompt, params.get("model"), f"{size[0]}x{size[1]}", count)
            )
            for data in made:
                out = output_path(ctx.scratch_dir, "generated", "png" if fmt == "svg" else fmt)
                try:
                    with Image.open(io.BytesIO(data)) as img:
                        img.save(out, _PILLOW_FORMATS.get(fmt, "PNG"))
                except OSError:
                    raise RobotError("IMAGE_GENERATE_PROVIDER_ERROR", "The provider's image cannot be read.") from None
                outs.append(OutputFile(out, out.name, source, marked({"prompt": prompt}, remote)))
            return outs
        for index in range(count):
            out = output_path(ctx.scratch_dir, "generated", fmt)
            seed = params.get("seed") if index == 0 else f"{params.get('seed')}/{index}"
            generate_image(prompt, seed, size, out, fmt)
            outs.append(OutputFile(out, out.name, source, marked({"prompt": prompt}, None)))
        return outs
