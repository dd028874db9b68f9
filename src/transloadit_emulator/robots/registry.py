"""The robots the emulator knows, and validation of Step params against their schemas.

Robot modules are imported on first use, not at start-up: a robot's module imports its engines,
and those import Pillow, PyAV, numpy, OpenCV, PDFium, boto3, ... which would cost the server
most of a second before it answers. :data:`ROBOT_MODULES` names each robot's module and class;
start-up checks that every one has a Step schema and a module file, without importing it.
Each robot's Step validator (jsonschema) is built with the robot, on first use too.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..errors import TransloaditError
from ..integers import parse_decimal
from ..spec import load_spec
from .base import Robot, validation_code

if TYPE_CHECKING:  # jsonschema is imported with the first robot's validator, not at start-up
    from jsonschema import Draft202012Validator
    from referencing import Registry

_SPEC_URI = "urn:transloadit:openapi"


#: Every robot the emulator implements: its name -> ``"module:Class"`` in this package.
ROBOT_MODULES: dict[str, str] = {
    "/google/import": "google_import:GoogleImport",
    "/google/store": "google_store:GoogleStore",
    "/azure/import": "azure_import:AzureImport",
    "/azure/store": "azure_store:AzureStore",
    "/dropbox/import": "dropbox_import:DropboxImport",
    "/dropbox/store": "dropbox_store:DropboxStore",
    "/vimeo/import": "vimeo_import:VimeoImport",
    "/vimeo/store": "vimeo_store:VimeoStore",
    "/cloudfiles/import": "cloudfiles_import:CloudfilesImport",
    "/cloudfiles/store": "cloudfiles_store:CloudfilesStore",
    "/youtube/store": "youtube_store:YoutubeStore",
    "/box/import": "box_import:BoxImport",
    "/box/store": "box_store:BoxStore",
    "/upload/handle": "upload_handle:UploadHandle",
    "/image/resize": "image_resize:ImageResize",
    "/image/optimize": "image_optimize:ImageOptimize",
    "/image/facedetect": "image_facedetect:ImageFacedetect",
    "/image/merge": "image_merge:ImageMerge",
    "/video/encode": "video_encode:VideoEncode",
    "/video/thumbs": "video_thumbs:VideoThumbs",
    "/video/concat": "video_concat:VideoConcat",
    "/audio/encode": "audio_encode:AudioEncode",
    "/audio/waveform": "audio_waveform:AudioWaveform",
    "/audio/concat": "audio_concat:AudioConcat",
    "/audio/loop": "audio_loop:AudioLoop",
    "/audio/merge": "audio_merge:AudioMerge",
    "/audio/split": "audio_split:AudioSplit",
    "/audio/artwork": "audio_artwork:AudioArtwork",
    "/video/artwork": "video_artwork:VideoArtwork",
    "/video/split": "video_split:VideoSplit",
    "/video/merge": "video_merge:VideoMerge",
    "/video/subtitle": "video_subtitle:VideoSubtitle",
    "/video/adaptive": "video_adaptive:VideoAdaptive",
    "/document/thumbs": "document_thumbs:DocumentThumbs",
    "/document/convert": "document_convert:DocumentConvert",
    "/document/merge": "document_merge:DocumentMerge",
    "/document/split": "document_split:DocumentSplit",
    "/document/optimize": "document_optimize:DocumentOptimize",
    "/document/autorotate": "document_autorotate:DocumentAutorotate",
    "/document/extract": "document_extract:DocumentExtract",
    "/document/ocr": "document_ocr:DocumentOcr",
    "/image/ocr": "image_ocr:ImageOcr",
    "/html/convert": "html_convert:HtmlConvert",
    "/file/read": "file_read:FileRead",
    "/file/filter": "file_filter:FileFilter",
    "/file/hash": "file_hash:FileHash",
    "/file/compress": "file_compress:FileCompress",
    "/file/decompress": "file_decompress:FileDecompress",
    "/file/preview": "file_preview:FilePreview",
    "/file/serve": "file_serve:FileServe",
    "/tlcdn/deliver": "tlcdn_deliver:TlcdnDeliver",
    "/video/ondemand": "video_ondemand:VideoOndemand",
    "/http/import": "http_import:HttpImport",
    "/text/speak": "text_speak:TextSpeak",
    "/speech/transcribe": "speech_transcribe:SpeechTranscribe",
    "/ai/chat": "ai_chat:AiChat",
    "/image/describe": "image_describe:ImageDescribe",
    "/image/generate": "image_generate:ImageGenerate",
    "/video/generate": "video_generate:VideoGenerate",
    "/text/translate": "text_translate:TextTranslate",
    "/image/copyrightdetect": "image_copyrightdetect:ImageCopyrightdetect",
    "/script/run": "script_run:ScriptRun",
    "/image/upscale": "image_upscale:ImageUpscale",
    "/http/request": "http_request:HttpRequest",
    "/progress/simulate": "progress_simulate:ProgressSimulate",
    "/s3/store": "s3_store:S3Store",
    "/s3/import": "s3_import:S3Import",
    "/cloudflare/store": "cloudflare_store:CloudflareStore",
    "/cloudflare/import": "cloudflare_import:CloudflareImport",
    "/digitalocean/store": "digitalocean_store:DigitaloceanStore",
    "/digitalocean/import": "digitalocean_import:DigitaloceanImport",
    "/mega/store": "mega_store:MegaStore",
    "/mega/import": "mega_import:MegaImport",
    "/minio/store": "minio_store:MinioStore",
    "/minio/import": "minio_import:MinioImport",
    "/supabase/store": "supabase_store:SupabaseStore",
    "/supabase/import": "supabase_import:SupabaseImport",
    "/swift/store": "swift_store:SwiftStore",
    "/swift/import": "swift_import:SwiftImport",
    "/tigris/store": "tigris_store:TigrisStore",
    "/tigris/import": "tigris_import:TigrisImport",
    "/wasabi/store": "wasabi_store:WasabiStore",
    "/wasabi/import": "wasabi_import:WasabiImport",
    "/backblaze/store": "backblaze_store:BackblazeStore",
    "/backblaze/import": "backblaze_import:BackblazeImport",
    "/ftp/store": "ftp_store:FtpStore",
    "/ftp/import": "ftp_import:FtpImport",
    "/sftp/store": "sftp_store:SftpStore",
    "/sftp/import": "sftp_import:SftpImport",
    "/tus/store": "tus_store:TusStore",
    "/assembly/savejson": "assembly_savejson:AssemblySavejson",
    "/transloadit/store": "transloadit_store:TransloaditStore",
    "/transloadit/import": "transloadit_import:TransloaditImport",
    "/image/enhance": "image_enhance:ImageEnhance",
    "/image/bgremove": "image_bgremove:ImageBgremove",
    "/file/watermark": "file_watermark:FileWatermark",
    "/meta/write": "meta_write:MetaWrite",
    "/meta/read": "meta_read:MetaRead",
    "/file/verify": "file_verify:FileVerify",
    "/file/virusscan": "file_virusscan:FileVirusscan",
}

#: Makes the robot of one name (importing its module the first time).
RobotFactory = Callable[[], Robot]


class RobotRegistry:
    """Robots by name, each validated by the Step schema that openapi.yaml's ``RobotStep`` maps
    its name to (the ``oneOf`` of every robot's schema, keyed on ``robot``).

    ``robots`` are robot objects, or factories by name that are called on the robot's first
    use: every name must have a Step schema either way (checked here, at start-up).

    Robots the spec types but the emulator does not run yet are "typed only": their Steps are
    validated all the same, and the planner refuses them with ``ROBOT_NOT_IMPLEMENTED``.
    """

    def __init__(self, robots: Iterable[Robot] | Mapping[str, RobotFactory], spec: Mapping[str, Any]) -> None:
        self._schema_registry: Registry[Any] | None = None
        self._spec = spec
        factories = dict(robots) if isinstance(robots, Mapping) else {r.name: _ready(r) for r in robots}
        # Every typed robot's schema name; validators are built on first use.
        self._schemas: dict[str, str] = step_schemas(spec)
        for name in factories:
            if name not in self._schemas:
                raise ValueError(f"openapi.yaml's RobotStep maps no Step schema to the robot {name}")
        self._factories = factories
        self._robots: dict[str, Robot] = {}
        self._validators: dict[str, Draft202012Validator] = {}
        self._types: dict[str, dict[str, set[str]]] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> Robot | None:
        """The robot called ``name`` (made on its first use), or None."""
        robot = self._robots.get(name)
        if robot is not None or name not in self._factories:
            return robot
        with self._lock:  # one import and one validator per robot, whichever thread comes first
            if name not in self._robots:
                robot = self._factories[name]()
                if robot.name != name:
                    raise ValueError(f"The robot registered as {name} calls itself {robot.name}")
                self._robots[name] = robot
        return self._robots[name]

    def _validator(self, name: str) -> Draft202012Validator:
        """The Step schema validator of robot ``name`` (which may refer to the whole spec), built
        on first use: jsonschema is imported then, too."""
        validator = self._validators.get(name)
        if validator is not None:
            return validator
        from jsonschema import Draft202012Validator
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        with self._lock:
            if self._schema_registry is None:
                resource = Resource.from_contents(dict(self._spec), default_specification=DRAFT202012)
                self._schema_registry = Registry().with_resource(_SPEC_URI, resource)
            ref = {"$ref": f"{_SPEC_URI}#/components/schemas/{self._schemas[name]}"}
            validator = self._validators[name] = Draft202012Validator(ref, registry=self._schema_registry)
        return validator

    def _property_types(self, name: str) -> dict[str, set[str]]:
        types = self._types.get(name)
        if types is None:
            types = self._types[name] = _property_types(self._spec, self._schemas[name])
        return types

    @property
    def names(self) -> list[str]:
        """The names of the robots the emulator runs, sorted."""
        return sorted(self._factories)

    @property
    def typed_only_names(self) -> list[str]:
        """The robots openapi.yaml types that the emulator does not run yet, sorted."""
        return sorted(set(self._schemas) - set(self._factories))

    def is_typed_only(self, name: str) -> bool:
        """Whether ``name`` has a Step schema in openapi.yaml but no robot in the emulator."""
        return name in self._schemas and name not in self._factories

    def prepare(
        self, robot: Robot, params: Mapping[str, Any], *, planned: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Params after Assembly Variables were filled in: numeric text becomes a number where the
        schema wants one (``"${fields.width}"`` gives ``"200"``), then the whole Step is validated.
        ``planned`` is the Step as validated at creation: when it held no variable, nothing was
        filled in and it is not validated again (a JSON schema check per file costs ~2 ms)."""
        if planned is not None and not any(_has_variable(v) for v in planned.values()):
            return dict(params)
        types = self._property_types(robot.name)
        out = dict(params)
        for key, value in params.items():
            wanted = types.get(key, set())
            number = parse_decimal(value) if isinstance(value, str) and wanted & {"integer", "number"} else None
            if number is not None:
                out[key] = int(number) if float(number).is_integer() and "integer" in wanted else number
        self.validate(robot, out)
        return out

    def validate(self, robot: Robot, step: Mapping[str, Any]) -> None:
        """Raise ``<ROBOT>_VALIDATION`` when ``step`` does not match the robot's schema.

        Values holding Assembly Variables (``${...}``) are only known at execution time, so
        they are left out here.
        """
        concrete = {k: v for k, v in step.items() if not _has_variable(v)}
        _check_queue(robot.name, concrete)
        # Params the robot fills itself (raw_params) are its own to check, variables and all.
        robot.check_params({**concrete, **{k: step[k] for k in robot.raw_params if k in step}})
        self._check_schema(robot.name, step, concrete)

    def validate_typed_only(self, name: str, step: Mapping[str, Any]) -> None:
        """Validate a Step of a typed-only robot against its schema (``<ROBOT>_VALIDATION``)."""
        concrete = {k: v for k, v in step.items() if not _has_variable(v)}
        _check_queue(name, concrete)
        self._check_schema(name, step, concrete)

    def _check_schema(self, name: str, step: Mapping[str, Any], concrete: Mapping[str, Any]) -> None:
        # A required param left out because it holds a variable ("url": "${fields.url}") is there.
        waived = {f"{k!r} is a required property" for k in step if k not in concrete}
        errors = self._validator(name).iter_errors(concrete)
        error = next((e for e in errors if not (e.validator == "required" and e.message in waived)), None)
        if error is not None:
            if error.context:  # oneOf/anyOf: name what failed in the branch that fits the value's type
                from jsonschema.exceptions import best_match

                error = best_match([error]) or error
            where = ".".join(str(p) for p in error.absolute_path) or "params"
            raise TransloaditError(validation_code(name), f"Invalid {name} parameter {where}: {error.message}")


def _check_queue(name: str, concrete: Mapping[str, Any]) -> None:
    queue = concrete.get("queue")
    if queue is not None and queue != "batch":  # a param of every Step (openapi.yaml's StepBase)
        raise TransloaditError(
            validation_code(name),
            f"Invalid {name} parameter queue: {queue!r} is not 'batch' (leave it out for the live queue).",
        )


def step_schemas(spec: Mapping[str, Any]) -> dict[str, str]:
    """Robot name -> the name of its Step schema, from ``RobotStep``'s discriminator mapping."""
    mapping = spec["components"]["schemas"]["RobotStep"]["discriminator"]["mapping"]
    return {robot: str(ref).rsplit("/", 1)[-1] for robot, ref in mapping.items()}


def _property_types(spec: Mapping[str, Any], schema_name: str) -> dict[str, set[str]]:
    """The JSON types each top-level property of a Step schema allows (its own properties and
    those of the schemas it combines with ``allOf``, such as ``StepBase``)."""
    schemas = spec["components"]["schemas"]
    schema = schemas[schema_name]
    parts = [schema, *schema.get("allOf", [])]
    out: dict[str, set[str]] = {}
    for part in parts:
        if "$ref" in part:
            part = schemas[str(part["$ref"]).rsplit("/", 1)[-1]]
        for name, prop in (part.get("properties") or {}).items():
            kind = prop.get("type") if isinstance(prop, dict) else None
            out[name] = {kind} if isinstance(kind, str) else set(kind or [])
    return out


def _has_variable(value: Any) -> bool:
    if isinstance(value, str):
        return "${" in value
    if isinstance(value, list):
        return any(_has_variable(v) for v in value)
    if isinstance(value, dict):
        return any(_has_variable(v) for v in value.values())
    return False


def default_registry(without: Iterable[str] = ()) -> RobotRegistry:
    """Every robot the emulator implements (:data:`ROBOT_MODULES`), each imported on first use;
    robots named in ``without`` are left typed only (the emulator runs every vendor robot, so tests
    of the typed-only path take some out). Raises ``ValueError`` when a robot has no Step schema or
    no module file."""
    factories: dict[str, RobotFactory] = {}
    left_out = set(without)
    for name, target in ROBOT_MODULES.items():
        if name in left_out:
            continue
        module, _, cls = target.partition(":")
        if importlib.util.find_spec(f"{__package__}.{module}") is None:  # finds the file, runs nothing
            raise ValueError(f"The robot {name} has no module {__package__}.{module}")
        factories[name] = _loader(module, cls)
    return RobotRegistry(factories, load_spec())


def _loader(module: str, cls: str) -> RobotFactory:
    def load() -> Robot:
        """Import the module (once; Python caches it) and make the robot."""
        robot_class = getattr(importlib.import_module(f"{__package__}.{module}"), cls)
        robot: Robot = robot_class()
        return robot

    return load


def _ready(robot: Robot) -> RobotFactory:
    return lambda: robot
