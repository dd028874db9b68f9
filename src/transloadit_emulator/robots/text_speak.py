"""``/text/speak``: the Step's ``prompt``, or each input text file, said aloud (MP3).

Spoken by espeak-ng (:mod:`transloadit_emulator.media.speech`) in ``target_language`` with the
variant of ``voice``; ``ssml: true`` reads the text as SSML. ``provider`` has no local meaning
(espeak-ng stands in for every provider) and is reported in ``meta.ai_provider``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import RobotError, TransloaditError
from ..media.ffmpeg import output_path
from ..media.speech import espeak_language, speak
from .base import InputFile, OutputFile, Robot, RobotContext

#: Text files larger than this are refused rather than spoken for minutes.
_MAX_TEXT_BYTES = 100_000


class TextSpeak(Robot):
    """Synthesises speech from a prompt or from text files."""

    name = "/text/speak"

    def check_params(self, step: Mapping[str, Any]) -> None:
        """A ``target_language`` espeak-ng cannot speak is refused with the robot's own code."""
        language = step.get("target_language")
        if isinstance(language, str) and "${" not in language and espeak_language(language) is None:
            raise TransloaditError("TEXT_SPEAK_VALIDATION", f"The target_language {language!r} is not supported.")

    def runs_alone(self, params: Mapping[str, Any]) -> bool:
        """A ``prompt`` is spoken even when no file reaches the Step."""
        prompt = params.get("prompt")
        return isinstance(prompt, str) and bool(prompt.strip())

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """One MP3 of the prompt, or one per input text file."""
        language = espeak_language(str(params.get("target_language") or "en-US"))
        if language is None:
            unknown = params.get("target_language")
            raise RobotError("TEXT_SPEAK_VALIDATION", f"The target_language {unknown!r} is not supported.")
        voice = str(params.get("voice") or "female-1")
        ssml = params.get("ssml") is True
        meta = {"ai_provider": "emulator-local", "voice": voice, "language": params.get("target_language") or "en-US"}
        prompt = params.get("prompt")
        if isinstance(prompt, str) and prompt.strip():
            out = output_path(ctx.scratch_dir, "speech.txt", "mp3")
            speak(prompt, language, voice, out, ssml=ssml)
            return [OutputFile(out, out.name, files[0] if files else None, meta=dict(meta))]
        results = []
        for f in files:
            if not str(f.record.get("mime") or "").startswith("text/"):
                continue  # only text files are read aloud; others are skipped
            if f.path.stat().st_size > _MAX_TEXT_BYTES:
                raise RobotError("TEXT_SPEAK_VALIDATION", f"{f.record.get('name')!r} is too long to speak.")
            text = f.path.read_bytes().decode("utf-8", "replace")
            out = output_path(ctx.scratch_dir, str(f.record.get("name") or f.path.name), "mp3")
            speak(text, language, voice, out, ssml=ssml)
            results.append(OutputFile(out, out.name, f, meta=dict(meta)))
        return results
