"""The robots the emulator knows, and validation of Step params against their schemas."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ..errors import TransloaditError
from ..spec import load_spec
from .base import Robot

_SPEC_URI = "urn:transloadit:openapi"


class RobotRegistry:
    """Robots by name, each validated by the Step schema that openapi.yaml's ``RobotStep`` maps
    its name to (the ``oneOf`` of every robot's schema, keyed on ``robot``)."""

    def __init__(self, robots: Iterable[Robot], spec: Mapping[str, Any]) -> None:
        resource = Resource.from_contents(dict(spec), default_specification=DRAFT202012)
        registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._robots: dict[str, Robot] = {}
        self._validators: dict[str, Draft202012Validator] = {}
        self._types: dict[str, dict[str, set[str]]] = {}
        schemas = step_schemas(spec)
        for robot in robots:
            schema_name = schemas.get(robot.name)
            if schema_name is None:
                raise ValueError(f"openapi.yaml's RobotStep maps no Step schema to the robot {robot.name}")
            ref = {"$ref": f"{_SPEC_URI}#/components/schemas/{schema_name}"}
            self._robots[robot.name] = robot
            self._validators[robot.name] = Draft202012Validator(ref, registry=registry)
            self._types[robot.name] = _property_types(spec, schema_name)

    def get(self, name: str) -> Robot | None:
        """The robot called ``name``, or None."""
        return self._robots.get(name)

    @property
    def names(self) -> list[str]:
        """All robot names, sorted."""
        return sorted(self._robots)

    def prepare(self, robot: Robot, params: Mapping[str, Any]) -> dict[str, Any]:
        """Params after Assembly Variables were filled in: numeric text becomes a number where the
        schema wants one (``"${fields.width}"`` gives ``"200"``), then the whole Step is validated."""
        types = self._types[robot.name]
        out = dict(params)
        for key, value in params.items():
            wanted = types.get(key, set())
            if isinstance(value, str) and _NUMBER.match(value) and wanted & {"integer", "number"}:
                number = float(value)
                out[key] = int(number) if number.is_integer() and "integer" in wanted else number
        self.validate(robot, out)
        return out

    def validate(self, robot: Robot, step: Mapping[str, Any]) -> None:
        """Raise ``<ROBOT>_VALIDATION`` when ``step`` does not match the robot's schema.

        Values holding Assembly Variables (``${...}``) are only known at execution time, so
        they are left out here.
        """
        concrete = {k: v for k, v in step.items() if not _has_variable(v)}
        queue = concrete.get("queue")
        if queue is not None and queue != "batch":  # a param of every Step (openapi.yaml's Step)
            raise TransloaditError(
                f"{robot.error_prefix()}_VALIDATION",
                f"Invalid {robot.name} parameter queue: {queue!r} is not 'batch' (leave it out for the live queue).",
            )
        # Params the robot fills itself (raw_params) are its own to check, variables and all.
        robot.check_params({**concrete, **{k: step[k] for k in robot.raw_params if k in step}})
        # A required param left out because it holds a variable ("url": "${fields.url}") is there.
        waived = {f"{k!r} is a required property" for k in step if k not in concrete}
        errors = self._validators[robot.name].iter_errors(concrete)
        error = next((e for e in errors if not (e.validator == "required" and e.message in waived)), None)
        if error is not None:
            if error.context:  # oneOf/anyOf: name what failed in the branch that fits the value's type
                error = best_match([error]) or error
            where = ".".join(str(p) for p in error.absolute_path) or "params"
            raise TransloaditError(
                f"{robot.error_prefix()}_VALIDATION",
                f"Invalid {robot.name} parameter {where}: {error.message}",
            )


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def step_schemas(spec: Mapping[str, Any]) -> dict[str, str]:
    """Robot name -> the name of its Step schema, from ``RobotStep``'s discriminator mapping."""
    mapping = spec["components"]["schemas"]["RobotStep"]["discriminator"]["mapping"]
    return {robot: str(ref).rsplit("/", 1)[-1] for robot, ref in mapping.items()}


def _property_types(spec: Mapping[str, Any], schema_name: str) -> dict[str, set[str]]:
    """The JSON types each top-level property of a Step schema allows."""
    schema = spec["components"]["schemas"][schema_name]
    out: dict[str, set[str]] = {}
    for name, prop in (schema.get("properties") or {}).items():
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
