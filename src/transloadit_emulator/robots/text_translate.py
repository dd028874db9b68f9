"""``/text/translate``: each input text file in ``target_language``.

With ``TRANSLOADIT_EMULATOR_AI_BASE_URL`` set, the configured OpenAI-compatible endpoint
translates (a chat completion); without one, the local stand-in is the identity: the text comes
back unchanged, with ``meta.target_language`` and ``meta.source_language`` recorded. ``provider``
has no local meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import RobotError
from ..media.ffmpeg import output_path
from .base import InputFile, OutputFile, PerFileRobot, RobotContext
from .support.ai_results import ask, marked, provider

_MAX_TEXT_BYTES = 1_000_000


class TextTranslate(PerFileRobot):
    """Translates text files."""

    name = "/text/translate"

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """One translated text file; files that are not text are skipped, as robots skip files
        of types they do not handle."""
        mime = str(file.record.get("mime") or "")
        if not (mime.startswith("text/") or mime == "application/json"):
            return []
        if file.path.stat().st_size > _MAX_TEXT_BYTES:
            raise RobotError("TEXT_TRANSLATE_VALIDATION", f"{file.record.get('name')!r} is too long to translate.")
        try:
            text = file.path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise RobotError("TEXT_TRANSLATE_VALIDATION", f"{file.record.get('name')!r} is not UTF-8 text.") from None
        target = str(params.get("target_language") or "en")
        source = str(params.get("source_language") or "en")
        remote = provider(ctx, params)
        if remote is not None:
            instruction = (
                f"Translate the user's text from the language with code {source!r} into the language with code"
                f" {target!r}. Answer with the translation only."
            )
            said = [{"role": "system", "content": instruction}, {"role": "user", "content": text}]
            text = ask("TEXT_TRANSLATE", lambda: remote.chat(said))
        name = str(file.record.get("name") or file.path.name)
        ext = str(file.record.get("ext") or "txt")
        out = output_path(ctx.scratch_dir, name, ext)
        out.write_text(text, "utf-8")
        meta = marked({"target_language": target, "source_language": source}, remote)
        return [OutputFile(out, out.name, file, meta=meta)]
