"""``/speech/transcribe``: the words said in each audio or video file, by PocketSphinx.

``format`` picks the result: ``json`` (``{"text", "words": [{"text", "startTime", "endTime"}]}``,
times in seconds, the vendor's shape), ``text``, ``srt``, ``webvtt``, or ``meta`` (no file: the
input goes on with ``meta.transcription`` holding ``text`` and ``words``). The local model is US
English only: ``source_language``/``target_language`` other than English are refused with
``SPEECH_TRANSCRIBE_VALIDATION``; ``provider``, ``granularity``, ``speaker_labels`` and
``max_speakers`` have no local meaning (no speaker is told apart).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..errors import RobotError, TransloaditError
from ..media.ffmpeg import output_path
from ..media.speech import Word, transcribe
from ..media.subtitles_text import cues_of, srt_of, webvtt_of
from .base import InputFile, OutputFile, PerFileRobot, RobotContext

_EXTENSIONS = {"json": "json", "text": "txt", "srt": "srt", "webvtt": "vtt"}


def _english(step: Mapping[str, Any]) -> bool:
    source = str(step.get("source_language") or "en-US").lower()
    target = str(step.get("target_language") or "english").lower()
    return (source.startswith("en") or "${" in source) and (target.startswith("en") or "${" in target)


class SpeechTranscribe(PerFileRobot):
    """Transcribes speech in audio and video files."""

    name = "/speech/transcribe"
    accepts = frozenset({"audio", "video"})

    def check_params(self, step: Mapping[str, Any]) -> None:
        """Only English can be recognised by the bundled model."""
        if not _english(step):
            raise TransloaditError("SPEECH_TRANSCRIBE_VALIDATION", "The emulator transcribes English speech only.")

    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """The transcription of one file, in the Step's ``format``."""
        if not _english(params):
            raise RobotError("SPEECH_TRANSCRIBE_VALIDATION", "The emulator transcribes English speech only.")
        meta = file.record.get("meta") or {}
        if file.record.get("type") == "video" and not meta.get("audio_codec"):
            raise RobotError("SPEECH_TRANSCRIBE_INVALID_INPUT", f"{file.record.get('name')!r} has no sound.")
        words = transcribe(file.path)
        document = _document(words)
        fmt = str(params.get("format") or "json")
        mark = {"ai_provider": "emulator-local"}
        if fmt == "meta":
            name = str(file.record.get("name"))
            return [OutputFile(file.path, name, file, {"transcription": document, **mark}, passthrough=True)]
        out = output_path(ctx.scratch_dir, str(file.record.get("name") or file.path.name), _EXTENSIONS[fmt])
        if fmt == "json":
            out.write_text(json.dumps(document))
        elif fmt == "text":
            out.write_text(document["text"] + "\n")
        else:
            cues = cues_of([(w.text, w.start, w.end) for w in words])
            out.write_text(srt_of(cues) if fmt == "srt" else webvtt_of(cues))
        return [OutputFile(out, out.name, file, meta=mark)]


def _document(words: list[Word]) -> dict[str, Any]:
    return {
        "text": " ".join(w.text for w in words),
        "words": [{"text": w.text, "startTime": w.start, "endTime": w.end} for w in words],
    }
