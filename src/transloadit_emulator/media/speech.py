"""Speech synthesis with espeak-ng and recognition with PocketSphinx.

``speak`` runs Debian's ``espeak-ng`` (installed by ``make install``) to a WAV and encodes it to
MP3 with ffmpeg, as the vendor's providers answer. ``transcribe`` decodes any audio or video to
16 kHz mono PCM with ffmpeg and recognises it with PocketSphinx's bundled US English model (the
``pocketsphinx`` wheel ships it; nothing is downloaded). Words carry their times in seconds.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import RobotError
from .commands import command_failure
from .ffmpeg import decode_pcm, run_ffmpeg

#: The vendor's voices -> an espeak-ng variant and a pitch (0-99): its providers' voices are
#: people; espeak-ng's variants are the closest it has.
VOICES: dict[str, tuple[str, int]] = {
    "female-1": ("f3", 55),
    "female-2": ("f2", 60),
    "female-3": ("f4", 50),
    "female-child-1": ("f5", 85),
    "male-1": ("m3", 40),
    "male-child-1": ("m1", 80),
}

_SAMPLE_RATE = 16000
#: PocketSphinx's frames are 10 ms.
_FRAME_S = 0.01
_TIMEOUT_S = 300.0
_decoder_lock = threading.Lock()


@dataclass(frozen=True)
class Word:
    """A recognised word and when it is said, in seconds."""

    text: str
    start: float
    end: float


def espeak_exe() -> str:
    """The espeak-ng binary; a coded failure when it is not installed."""
    found = shutil.which("espeak-ng")
    if found is None:
        raise RobotError("INTERNAL_COMMAND_ERROR", "espeak-ng is not installed: run `make install`.")
    return found


def espeak_language(tag: str) -> str | None:
    """The espeak-ng voice of a BCP-47 tag (``en-US`` -> ``en-us``, ``de-DE`` -> ``de``); None
    when espeak-ng speaks no such language."""
    known = _espeak_languages()
    lowered = tag.strip().lower().replace("_", "-")
    for candidate in (lowered, lowered.split("-")[0], f"{lowered.split('-')[0]}-{lowered.split('-')[0]}"):
        if candidate in known:
            return candidate
    return None


_languages: set[str] | None = None


def _espeak_languages() -> set[str]:
    global _languages
    if _languages is None:
        done = subprocess.run([espeak_exe(), "--voices"], capture_output=True, text=True, timeout=30, check=False)
        _languages = {line.split()[1] for line in done.stdout.splitlines()[1:] if len(line.split()) > 1}
    return _languages


def speak(text: str, language: str, voice: str, out: Path, *, ssml: bool = False) -> None:
    """Say ``text`` in ``language`` (an espeak-ng voice) with one of :data:`VOICES`, to the MP3 ``out``."""
    variant, pitch = VOICES[voice]
    wav = out.with_suffix(".speech.wav")
    command = [espeak_exe(), "-v", f"{language}+{variant}", "-p", str(pitch), "-s", "150", "-w", str(wav)]
    if ssml:
        command.append("-m")
    try:
        done = subprocess.run(command, input=text.encode(), capture_output=True, timeout=_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise RobotError("INTERNAL_COMMAND_TIMEOUT", "espeak-ng took too long.") from None
    if done.returncode != 0 or not wav.exists():
        raise RobotError(
            "INTERNAL_COMMAND_ERROR",
            "espeak-ng failed: " + done.stderr.decode(errors="replace")[-300:],
            **command_failure(command, done.returncode, done.stdout, done.stderr),
        )
    try:
        run_ffmpeg(["-i", str(wav), "-c:a", "libmp3lame", "-q:a", "4", str(out)])
    finally:
        wav.unlink(missing_ok=True)


_decoder: Any = None
#: Recent transcriptions by the SHA-256 of their PCM: the decoder is deterministic, so Steps that
#: transcribe the same sound (one per ``format``, say) decode it once.
_recent: dict[str, list[Word]] = {}
_RECENT_MAX = 16


def transcribe(path: Path) -> list[Word]:
    """The words said in an audio or video file, in order (fillers and silences left out)."""
    pcm = decode_pcm(path, channels=1, rate=_SAMPLE_RATE)
    key = hashlib.sha256(pcm).hexdigest()
    from pocketsphinx import Decoder  # type: ignore[import-untyped]  # ~0.5 s to load: on first use

    global _decoder
    with _decoder_lock:  # one warm decoder (its model is tens of MB), used by one Step at a time
        if key in _recent:
            return list(_recent[key])
        if _decoder is None:
            _decoder = Decoder(samprate=_SAMPLE_RATE, loglevel="FATAL")
        decoder = _decoder
        decoder.start_utt()
        decoder.process_raw(pcm, full_utt=True)
        decoder.end_utt()
        segments = list(decoder.seg())
    words = []
    for seg in segments:
        text = str(seg.word)
        if text.startswith(("<", "[")):
            continue  # <s>, </s>, <sil>, [NOISE]
        text = text.split("(")[0]  # alternate pronunciations: "the(2)"
        words.append(Word(text, round(seg.start_frame * _FRAME_S, 2), round((seg.end_frame + 1) * _FRAME_S, 2)))
    with _decoder_lock:
        if len(_recent) >= _RECENT_MAX:
            _recent.pop(next(iter(_recent)))
        _recent[key] = words
    return list(words)
