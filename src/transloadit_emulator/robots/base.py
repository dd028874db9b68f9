"""What a robot is: a name, a params schema in openapi.yaml, and a pure file -> files function.

A robot gets a :class:`RobotContext` and its validated params, reads its input files from disk
and writes result files into ``ctx.scratch_dir``. It never touches Assembly state; it returns
:class:`OutputFile` objects or raises :class:`~transloadit_emulator.errors.RobotError`.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ..errors import RobotError, TransloaditError

#: The live API's code for an input a robot cannot read: a 0-byte ``.jpg`` into ``/image/resize``
#: fails the Assembly with it, as does an image robot's input that is no image after all.
INVALID_INPUT = "INVALID_INPUT_ERROR"

if TYPE_CHECKING:  # Pillow is imported on first use, not with every robot
    from ..media.pixels import DecodedPixels
    from ..storage.workspace import Workspace

#: ``credentials(name) -> (type, content)``: the Assembly account's Template Credential called
#: ``name``; raises ``TEMPLATE_CREDENTIALS_INJECTION_ERROR`` when the account has none of that name.
CredentialResolver = Callable[[str], tuple[str, dict[str, Any]]]


@dataclass(frozen=True)
class InputFile:
    """A file handed to a robot: where it lies on disk and its status record.

    ``record`` is the file object as the Assembly Status shows it (``id``, ``name``,
    ``basename``, ``ext``, ``size``, ``mime``, ``type``, ``field``, ``md5hash``, ``meta``,
    ``original_id``, ``user_meta``, ...).
    """

    path: Path
    record: Mapping[str, Any]
    #: The Step this file came from (``${previous_step.name}``); None for uploads.
    source_step: str | None = None
    #: Pixels of an upload its metadata extraction already decoded at the scale a Step asked
    #: for (``Robot.decode_request``); the first robot that reads them takes them.
    pixels: DecodedPixels | None = field(default=None, compare=False, repr=False)


@dataclass
class OutputFile:
    """A file a robot produced.

    ``path`` is a file the robot wrote under ``ctx.scratch_dir``, or the input's own path when
    ``passthrough`` is true (the file is forwarded unchanged and keeps its id).
    ``source`` is the input it derives from; None for a file an import robot brought in, which is
    its own original (like an upload).
    ``meta`` is what the robot reports about its result (``hash``, ``faces``, ``thumb_index``, ...):
    merged over the metadata the emulator extracts from the file itself, and kept even when the
    Step's ``output_meta`` is ``false``. ``known`` is metadata the robot already has at hand (the
    ``average_color`` of pixels it just wrote), used instead of computing it again and dropped
    with the rest of the extracted metadata under ``output_meta: false``. ``record`` is merged
    over the file's status record (``url``/``ssl_url`` of a stored file, ``import_url``, ...).
    """

    path: Path
    name: str
    source: InputFile | None
    meta: dict[str, Any] = field(default_factory=dict)
    passthrough: bool = False
    record: dict[str, Any] = field(default_factory=dict)
    known: dict[str, Any] = field(default_factory=dict)


def _no_credentials(name: str) -> tuple[str, dict[str, Any]]:
    raise TransloaditError("TEMPLATE_CREDENTIALS_INJECTION_ERROR", f"No Template Credentials named {name!r} exist.")


@dataclass(frozen=True)
class RobotContext:
    """Everything a robot may use besides its params and files."""

    assembly_id: str
    step_name: str
    scratch_dir: Path
    logger: logging.Logger
    #: The Auth Key of the account the Assembly belongs to.
    account_key: str = ""
    #: Looks up the account's Template Credentials by name (a Step's ``credentials``).
    credentials: CredentialResolver = _no_credentials
    #: Whether import robots may fetch from loopback, private and link-local addresses.
    allow_private_imports: bool = False
    #: Largest file an import robot may bring in, in bytes.
    max_import_bytes: int = 10 * 1024**3
    #: The Assembly's fields (``${fields.*}``; a Smart CDN URL's query params), for robots that
    #: take a param from them by name (``/video/ondemand``'s ``asset_param_name``).
    fields: Mapping[str, Any] = field(default_factory=dict)
    #: Base URLs replacing real services' for outbound clients, by service (``settings.SERVICE_URLS``).
    service_urls: Mapping[str, str] = field(default_factory=dict)
    #: Transloadit Storage (``/transloadit/*``); None where the emulator keeps none.
    workspace: Workspace | None = None
    #: The Assembly Status as it stands, as JSON (``/assembly/savejson``).
    assembly_status: Callable[[], bytes] = lambda: b"{}"
    #: ``(code, message)`` of failures the robot skipped because the Step's ``ignore_errors``
    #: allows it (an import robot goes on with the other URLs); the executor lists them in the
    #: status's ``ignored_errors``.
    ignored_errors: list[tuple[str, str]] = field(default_factory=list)
    #: Input files a per-file robot set aside for a role instead of processing them (an image
    #: used ``as: clut``), by role; filled by :meth:`PerFileRobot.set_aside`.
    aside: dict[str, InputFile] = field(default_factory=dict)


#: Robots whose codes the vendor spells otherwise than their names.
_VENDOR_PREFIXES = {"/image/copyrightdetect": "IMAGE_COPYRIGHT_DETECT"}


def robot_error_prefix(name: str) -> str:
    """The prefix of a robot's error codes: ``/image/resize`` -> ``IMAGE_RESIZE``
    (``/image/copyrightdetect`` -> ``IMAGE_COPYRIGHT_DETECT``, as the vendor's codes have it)."""
    return _VENDOR_PREFIXES.get(name) or name.strip("/").replace("/", "_").replace("-", "_").upper()


#: Robots the vendor's error codes give no validation code of their own: their Steps fail
#: validation with the vendor's generic robot validation code.
_GENERIC_VALIDATION = frozenset({"/upload/handle", "/tlcdn/deliver", "/assembly/savejson", "/meta/read"})


def validation_code(name: str) -> str:
    """The code a Step of robot ``name`` fails validation with: ``<ROBOT>_VALIDATION``, or
    ``ROBOT_VALIDATION_BASE_ERROR`` for a robot without one of its own."""
    return "ROBOT_VALIDATION_BASE_ERROR" if name in _GENERIC_VALIDATION else f"{robot_error_prefix(name)}_VALIDATION"


class Robot(ABC):
    """A Transloadit robot. Subclasses set ``name`` and implement ``process``; openapi.yaml's
    ``RobotStep`` names the Step schema that validates the robot's params."""

    #: The robot name as used in Steps, e.g. ``"/image/resize"``.
    name: ClassVar[str]
    #: Job slots one job of this robot takes while it runs (see ``core/job_slots.py``).
    job_slots: ClassVar[int] = 1
    #: False for robots that take no input files (importers, ``/upload/handle``).
    takes_input: ClassVar[bool] = True
    #: True for robots that do not produce files (storage robots): their Step is never a result.
    stores_only: ClassVar[bool] = False
    #: File ``type``s the robot takes; others are skipped unless the Step sets ``force_accept``. None: all.
    accepts: ClassVar[frozenset[str] | None] = None
    #: Runs after every other Step of the Assembly (it reports on them), whatever its ``use``.
    runs_last: ClassVar[bool] = False
    #: The code a Step fails with when files reached it but none of a type it ``accepts``
    #: (``/image/enhance``: nothing to enhance); None skips such a Step, as most robots do.
    no_input_code: ClassVar[str | None] = None
    #: Params the robot fills with ``${file.*}`` itself (conditions that must see missing values).
    raw_params: ClassVar[frozenset[str]] = frozenset()
    #: Vendor params the robot accepts that have no meaning on a local machine (a pin of the
    #: vendor's ImageMagick or ffmpeg stack, a provider, a billing or infrastructure switch): the
    #: result is the same with or without them. ``tests/unit/test_robot_param_audit.py`` checks
    #: every other vendor param is read, and ARCHITECTURE.md names these per robot.
    params_without_local_meaning: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def error_prefix(cls) -> str:
        """The prefix of this robot's error codes: ``/image/resize`` -> ``IMAGE_RESIZE``."""
        return robot_error_prefix(cls.name)

    def check_params(self, step: Mapping[str, Any]) -> None:
        """Checks beyond the JSON schema that answer with the robot's own error codes
        (``IMAGE_RESIZE_INVALID_WATERMARK_POSITION``, ...). Runs before the schema check, on the
        params that hold no Assembly Variables. Raises ``TransloaditError``; the default checks nothing."""
        return None

    def no_input_error(self) -> TransloaditError | None:
        """The error of a Step given files none of which this robot ``accepts``; None skips it."""
        code = self.no_input_code
        return TransloaditError(code, f"None of the files given to {self.name} is one it works on.") if code else None

    def runs_alone(self, params: Mapping[str, Any]) -> bool:
        """Whether a Step with ``params`` makes results even when no file reaches it (a prompt to
        speak, an image to generate); by default an input-taking robot with no files is skipped."""
        return False

    def decode_request(self, params: Mapping[str, Any]) -> tuple[int, int] | None:
        """The smallest box an image input of a Step with ``params`` will be decoded at, when the
        robot reads images at a reduced scale; None when it reads them whole or not at all.
        Metadata extraction then decodes an upload at that scale once and hands the pixels on."""
        return None

    @abstractmethod
    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Process ``files`` with ``params`` and return the files this Step produces."""


class PerFileRobot(Robot):
    """A robot that handles each input file on its own."""

    def set_aside(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[InputFile]:
        """The files to process one by one; files that serve every other file instead (a CLUT)
        go into ``ctx.aside`` by role. The default processes every file."""
        return list(files)

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Run :meth:`process_file` on every input file, in order."""
        out: list[OutputFile] = []
        for f in self.set_aside(ctx, params, files):
            out.extend(self.process_file(ctx, params, f))
        return out

    @abstractmethod
    def process_file(self, ctx: RobotContext, params: Mapping[str, Any], file: InputFile) -> list[OutputFile]:
        """Process one input file."""


def error_reason(exc: BaseException) -> str:
    """What an engine's exception says, fit for a client: an OSError's ``strerror`` (its full text
    may name server paths), else its text, else its type."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def undecodable(file: InputFile, reason: str = "") -> RobotError:
    """The error for an input a robot cannot decode (``INVALID_INPUT_ERROR``), to raise."""
    name = file.record.get("name")
    detail = f": {reason}" if reason else ""
    return RobotError(INVALID_INPUT, f"The file {name!r} could not be read{detail}.")


def check_inputs(robot: Robot, files: Sequence[InputFile]) -> None:
    """Refuse empty inputs of robots that read their files' content (those that accept only some
    file types: image, video, audio and document robots) with ``INVALID_INPUT_ERROR``, as the live
    API does, before the robot's engine fails on them in its own words. Robots that take any file
    (``/file/*``, storage, imports) handle an empty file like any other."""
    if robot.accepts is None:
        return
    for f in files:
        if f.record.get("size") == 0:
            raise undecodable(f, "it is empty (0 bytes)")
