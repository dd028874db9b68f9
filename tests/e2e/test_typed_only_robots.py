"""A Step of a robot the emulator types but does not run, sent through the generated client:
refused at creation with ROBOT_NOT_IMPLEMENTED naming the robot, or with the robot's validation
code when its params are wrong; no Assembly is made either way."""

from __future__ import annotations

from typing import Any

import pytest
from transloadit_client.api.assemblies import create_assembly, list_assemblies
from transloadit_client.models import (
    AssemblyList,
    CreateAssemblyMultipartForm,
    Error,
    FileVirusscanStep,
    ImageBgremoveStep,
    ImageResizeStep,
)
from transloadit_client.types import File

from tests.conftest import jpeg_bytes
from transloadit_kit import Transloadit


def create(kit: Transloadit, steps: dict[str, Any]) -> tuple[int, Any]:
    params, signature = kit.signed(steps=steps)
    photo = File(payload=jpeg_bytes((40, 30)), file_name="photo.jpg", mime_type="image/jpeg")
    form = CreateAssemblyMultipartForm(params=params, signature=signature, file=[photo])
    response = create_assembly.sync_detailed(client=kit.client, body=form)
    return response.status_code, response.parsed


def assembly_count(kit: Transloadit) -> int:
    params, signature = kit.signed()
    listing = list_assemblies.sync(client=kit.client, params=params, signature=signature)
    assert isinstance(listing, AssemblyList)
    return listing.count


@pytest.mark.parametrize(
    ("robot", "step"),
    [
        ("/image/bgremove", ImageBgremoveStep(robot="/image/bgremove", use=":original")),
        ("/file/virusscan", FileVirusscanStep(robot="/file/virusscan", use=":original", error_on_decline=True)),
    ],
)
def test_a_valid_step_is_refused_at_creation_by_robot_name(kit: Transloadit, robot: str, step: Any) -> None:
    steps = {"thumb": ImageResizeStep(robot="/image/resize", use=":original", width=20).to_dict(), "x": step.to_dict()}
    status, error = create(kit, steps)
    assert isinstance(error, Error) and status == 400, error
    assert error.error == "ROBOT_NOT_IMPLEMENTED"
    assert isinstance(error.message, str) and robot in error.message and "'x'" in error.message
    assert assembly_count(kit) == 0


@pytest.mark.parametrize(
    ("step", "code"),
    [
        ({"robot": "/document/convert", "use": ":original", "format": "papyrus"}, "DOCUMENT_CONVERT_VALIDATION"),
        ({"robot": "/file/virusscan", "use": ":original", "error_on_decline": "yes"}, "FILE_VIRUSSCAN_VALIDATION"),
        ({"robot": "/audio/loop", "use": ":original", "duration": "forever"}, "AUDIO_LOOP_VALIDATION"),
    ],
)
def test_invalid_params_answer_the_robot_s_validation_code(kit: Transloadit, step: dict[str, Any], code: str) -> None:
    status, error = create(kit, {"x": step})
    assert isinstance(error, Error) and (status, error.error) == (400, code), error
    assert isinstance(error.message, str) and step["robot"] in error.message
