"""openapi.yaml's RobotStep: a oneOf of every robot's Step schema, keyed on ``robot``."""

from __future__ import annotations

import json
from typing import Any

from transloadit_client.models import (
    AssemblyParamsSteps,
    AudioArtworkStep,
    AudioArtworkStepMethod,
    Auth,
    ImageBgremoveStep,
    ImageBgremoveStepProvider,
    SftpImportStep,
    SpeechTranscribeStep,
    SpeechTranscribeStepFormat,
    StepBaseIgnoreErrorsType1Item,
    WasabiStoreStep,
)
from transloadit_client.models.assembly_params import AssemblyParams
from transloadit_client.models.image_resize_step import ImageResizeStep
from transloadit_client.models.video_encode_step import VideoEncodeStep

from transloadit_emulator.robots.registry import default_registry, step_schemas
from transloadit_emulator.spec import load_spec


def test_every_robot_has_exactly_its_schema_in_the_union() -> None:
    spec = load_spec()
    robot_step = spec["components"]["schemas"]["RobotStep"]
    mapped = step_schemas(spec)
    registry = default_registry()
    assert set(registry.names) <= set(mapped)  # every robot the emulator runs has its schema
    assert sorted(registry.names + registry.typed_only_names) == sorted(mapped)
    assert sorted(r["$ref"].rsplit("/", 1)[-1] for r in robot_step["oneOf"]) == sorted(mapped.values())
    for robot, schema in mapped.items():
        base, own = spec["components"]["schemas"][schema]["allOf"]
        assert base == {"$ref": "#/components/schemas/StepBase"}
        assert own["properties"]["robot"] == {"const": robot}
        assert "robot" in own["required"]


def test_the_generated_client_reads_each_step_as_its_robot_s_model() -> None:
    body: dict[str, Any] = {
        "auth": {"key": "k"},
        "steps": {
            "thumb": {"use": ":original", "robot": "/image/resize", "width": 120},
            "mp4": {"use": ":original", "robot": "/video/encode", "preset": "ipad"},
        },
    }
    steps = AssemblyParams.from_dict(body).steps
    assert not isinstance(steps, type(None))
    thumb, mp4 = steps.additional_properties["thumb"], steps.additional_properties["mp4"]
    assert isinstance(thumb, ImageResizeStep) and thumb.width == 120
    assert isinstance(mp4, VideoEncodeStep)
    assert AssemblyParams.from_dict(body).to_dict()["steps"] == body["steps"]


def test_steps_built_from_new_robots_models_round_trip() -> None:
    steps = AssemblyParamsSteps()
    steps["cover"] = AudioArtworkStep(robot="/audio/artwork", use=":original", method=AudioArtworkStepMethod.EXTRACT)
    steps["clean"] = ImageBgremoveStep(robot="/image/bgremove", use="cover", provider=ImageBgremoveStepProvider.AUTO)
    steps["text"] = SpeechTranscribeStep(
        robot="/speech/transcribe", use=":original", format_=SpeechTranscribeStepFormat.TEXT
    )
    steps["saved"] = WasabiStoreStep(robot="/wasabi/store", use=["clean", "text"], credentials="wasabi", result=False)
    steps["fetched"] = SftpImportStep(
        robot="/sftp/import", path="in/", ignore_errors=[StepBaseIgnoreErrorsType1Item.IMPORT]
    )
    params = AssemblyParams(auth=Auth(key="k"), steps=steps)

    wire = json.loads(json.dumps(params.to_dict()))
    assert wire["steps"]["saved"]["use"] == ["clean", "text"] and wire["steps"]["saved"]["result"] is False
    assert wire["steps"]["fetched"]["ignore_errors"] == ["import"] and "use" not in wire["steps"]["fetched"]
    back = AssemblyParams.from_dict(wire)
    assert isinstance(back.steps, AssemblyParamsSteps)
    kinds = {name: type(step) for name, step in back.steps.additional_properties.items()}
    assert kinds == {name: type(step) for name, step in steps.additional_properties.items()}
    assert back.to_dict() == wire
    # Every new Step validates against its own schema, as the emulator checks it.
    registry = default_registry()
    for step in wire["steps"].values():
        registry.validate_typed_only(step["robot"], step)
