"""Assembly Variables filled into Step params at execution, through transloadit_kit."""

from __future__ import annotations

from tests.conftest import jpeg_bytes
from transloadit_kit import Transloadit


def test_fields_and_file_variables_drive_a_resize(kit: Transloadit) -> None:
    steps = {
        ":original": {"robot": "/upload/handle"},
        # "${fields.w}" is text in the form; the schema wants an integer, so it is converted.
        "by_field": {"use": ":original", "robot": "/image/resize", "width": "${fields.w}", "result": True},
        # A file-level variable: each file is resized to its own height as width.
        "by_meta": {"use": "by_field", "robot": "/image/resize", "width": "${file.meta.height}", "height": 500},
    }
    done = kit.create_assembly(
        steps=steps, fields={"w": "120"}, files=[("wide.jpg", jpeg_bytes((240, 80)))], wait=True, timeout=30
    )
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    by_field = done.results["by_field"][0].meta  # type: ignore[index]
    assert (by_field.width, by_field.height) == (120, 40)  # type: ignore[union-attr]
    assert done.results["by_meta"][0].meta.width == 40  # type: ignore[index,union-attr]


def test_a_variable_that_yields_a_bad_value_fails_the_step(kit: Transloadit) -> None:
    steps = {"r": {"use": ":original", "robot": "/image/resize", "width": "${fields.w}"}}
    done = kit.create_assembly(
        steps=steps, fields={"w": "wide"}, files=[("a.jpg", jpeg_bytes((50, 50)))], wait=True, timeout=30
    )
    assert done.error == "IMAGE_RESIZE_VALIDATION" and "width" in str(done.message)


def test_interpolate_false_leaves_variables_as_written(kit: Transloadit) -> None:
    archive = {"use": ":original", "robot": "/file/compress", "archive_name": "${fields.name}", "result": True}
    steps = {
        "filled": archive,
        "literal": {**archive, "interpolate": False},
        "literal_param": {**archive, "interpolate": {"archive_name": "false"}},
        "other_param": {**archive, "interpolate": {"format": False}},
    }
    done = kit.create_assembly(
        steps=steps, fields={"name": "bundle"}, files=[("a.jpg", jpeg_bytes((20, 20)))], wait=True, timeout=30
    )
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    names = {step: done.results[step][0].name for step in steps}  # type: ignore[index]
    assert names["filled"] == names["other_param"] == "bundle.tar"
    # The placeholder is the archive's name as written (its "$", "{" and "}" made safe in file names).
    assert names["literal"] == names["literal_param"] == "_fields.name_.tar"
