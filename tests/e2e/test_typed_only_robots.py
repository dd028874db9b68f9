"""Steps with wrong params, sent through the generated client: refused at creation with the
robot's validation code; no Assembly is made. (The emulator runs every vendor robot now, so the
ROBOT_NOT_IMPLEMENTED path is tested in tests/unit/test_typed_only_robots.py on a registry that
leaves two robots out.)"""

from __future__ import annotations

from typing import Any

import pytest
from transloadit_client.api.assemblies import create_assembly, list_assemblies
from transloadit_client.models import (
    AssemblyList,
    CreateAssemblyMultipartForm,
    Error,
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
