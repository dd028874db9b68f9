"""The robots the emulator knows, and validation of Step params against their schemas."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..errors import TransloaditError
from ..integers import parse_decimal
from ..spec import load_spec
from .base import Robot, robot_error_prefix

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from referencing import Registry

_SPEC_URI = "urn:transloadit:openapi"


class RobotRegistry:
    """Robots by name, each validated by the Step schema that openapi.yaml's ``RobotStep`` maps
    its name to (the ``oneOf`` of every robot's schema, keyed on ``robot``).

    Robots the spec types but the emulator does not run yet are "typed only": their Steps are
    validated all the same, and the planner refuses them with ``ROBOT_NOT_IMPLEMENTED``.
    """

    def __init__(self, robots: Iterable[Robot], spec: Mapping[str, Any]) -> None:
        self._spec = spec
        self._robots: dict[str, Robot] = {}
        self._schema_names: dict[str, str] = {}
        # Built on a robot's first validation: start-up stays fast however many robots the spec types.
        self._validators: dict[str, Draft202012Validator] = {}
        self._schema_registry: Registry[Any] | None = None
        self._types: dict[str, dict[str, set[str]]] = {}
        schemas = step_schemas(spec)
        for robot in robots:
            if robot.name not in schemas:
                raise ValueError(f"openapi.yaml's RobotStep maps no Step schema to the robot {robot.name}")
            self._robots[robot.name] = robot
        for name, schema_name in schemas.items():
            self._schema_names[name] = schema_name
            self._types[name] = _property_types(spec, schema_name)

    def _validator(self, name: str) -> Draft202012Validator:
        """The robot's Step schema validator, compiled on first use (jsonschema imported then, too)."""
        validator = self._validators.get(name)
        if validator is None:
            from jsonschema import Draft202012Validator
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012

            if self._schema_registry is None:
                resource = Resource.from_contents(dict(self._spec), default_specification=DRAFT202012)
                self._schema_registry = Registry().with_resource(_SPEC_URI, resource)
            ref = {"$ref": f"{_SPEC_URI}#/components/schemas/{self._schema_names[name]}"}
            validator = self._validators[name] = Draft202012Validator(ref, registry=self._schema_registry)
        return validator

    def get(self, name: str) -> Robot | None:
        """The robot called ``name``, or None."""
        return self._robots.get(name)

    @property
    def names(self) -> list[str]:
        """The names of the robots the emulator runs, sorted."""
        return sorted(self._robots)

    @property
    def typed_only_names(self) -> list[str]:
        """The robots openapi.yaml types that the emulator does not run yet, sorted."""
        return sorted(set(self._schema_names) - set(self._robots))

    def is_typed_only(self, name: str) -> bool:
        """Whether ``name`` has a Step schema in openapi.yaml but no robot in the emulator."""
        return name in self._schema_names and name not in self._robots

    def prepare(self, robot: Robot, params: Mapping[str, Any]) -> dict[str, Any]:
        """Params after Assembly Variables were filled in: numeric text becomes a number where the
        schema wants one (``"${fields.width}"`` gives ``"200"``), then the whole Step is validated."""
        types = self._types[robot.name]
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
        robot.check_params(concrete)
        self._check_schema(robot.name, step, concrete)

    def validate_typed_only(self, name: str, step: Mapping[str, Any]) -> None:
        """Validate a Step of a typed-only robot against its schema (``<ROBOT>_VALIDATION``)."""
        concrete = {k: v for k, v in step.items() if not _has_variable(v)}
        _check_queue(name, concrete)
        self._check_schema(name, step, concrete)

    def _check_schema(self, name: str, step: Mapping[str, Any], concrete: Mapping[str, Any]) -> None:
        prefix = robot_error_prefix(name)
        # A required param left out because it holds a variable ("url": "${fields.url}") is there.
        waived = {f"{k!r} is a required property" for k in step if k not in concrete}
        errors = self._validator(name).iter_errors(concrete)
        error = next((e for e in errors if not (e.validator == "required" and e.message in waived)), None)
        if error is not None:
            if error.context:  # oneOf/anyOf: name what failed in the branch that fits the value's type
                from jsonschema.exceptions import best_match

                error = best_match([error]) or error
            where = ".".join(str(p) for p in error.absolute_path) or "params"
            raise TransloaditError(f"{prefix}_VALIDATION", f"Invalid {name} parameter {where}: {error.message}")


def _check_queue(name: str, concrete: Mapping[str, Any]) -> None:
    queue = concrete.get("queue")
    if queue is not None and queue != "batch":  # a param of every Step (openapi.yaml's StepBase)
        raise TransloaditError(
            f"{robot_error_prefix(name)}_VALIDATION",
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


def default_registry() -> RobotRegistry:
    """Every robot the emulator implements."""
    from .audio_encode import AudioEncode
    from .audio_waveform import AudioWaveform
    from .document_thumbs import DocumentThumbs
    from .file_compress import FileCompress
    from .file_decompress import FileDecompress
    from .file_filter import FileFilter
    from .file_hash import FileHash
    from .file_preview import FilePreview
    from .http_import import HttpImport
    from .image_facedetect import ImageFacedetect
    from .image_merge import ImageMerge
    from .image_optimize import ImageOptimize
    from .image_resize import ImageResize
    from .s3_import import S3Import
    from .s3_store import S3Store
    from .upload_handle import UploadHandle
    from .video_concat import VideoConcat
    from .video_encode import VideoEncode
    from .video_thumbs import VideoThumbs

    robots = [UploadHandle(), ImageResize(), FileFilter(), FileHash()]
    robots += [VideoEncode(), VideoThumbs(), VideoConcat(), AudioEncode(), AudioWaveform()]
    robots += [FileCompress(), FileDecompress(), DocumentThumbs(), FilePreview()]
    robots += [ImageOptimize(), ImageFacedetect(), ImageMerge()]
    robots += [HttpImport(), S3Store(), S3Import()]
    return RobotRegistry(robots, load_spec())
