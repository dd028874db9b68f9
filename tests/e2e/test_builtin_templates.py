"""Built-in Templates: listed by ``include_builtin``, read at ``/templates/builtin/{slug}[/full]``, run
by ``template_id: "builtin/<slug>@<version>"`` (or ``@latest``), through the generated client."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import httpx
from PIL import Image
from transloadit_client.api.templates import get_builtin_template, get_builtin_template_full
from transloadit_client.models import BuiltinTemplate, BuiltinTemplateFull, Error

from tests.conftest import KEY, SECRET, LiveServer, jpeg_bytes
from transloadit_emulator.core import builtin_templates
from transloadit_emulator.media.ffmpeg import ffmpeg_exe
from transloadit_kit import Transloadit, TransloaditApiError


def test_list_modes(kit: Transloadit) -> None:
    kit.create_template("my-own-template", {"steps": {"x": {"robot": "/upload/handle"}}})
    assert [i.name for i in kit.list_templates().items] == ["my-own-template"]  # none by default
    only = kit.list_templates(include_builtin="exclusively-latest")
    assert only.count == 2 and sorted(str(i.id) for i in only.items) == [
        "builtin/encode-hls-video@0.0.1",
        "builtin/serve-preview@0.0.1",
    ]
    hls = next(i for i in only.items if "encode-hls-video" in str(i.name))
    assert str(hls.name).startswith("builtin/") and hls.builtin_version == "0.0.1"
    assert hls.content.to_dict()["steps"][":original"]["robot"] == "/upload/handle"  # type: ignore[union-attr]
    assert kit.list_templates(include_builtin="exclusively-all").count == 2
    mixed = kit.list_templates(include_builtin="latest")
    assert mixed.count == 3 and mixed.items[0].name == "my-own-template"
    second = kit.list_templates(include_builtin="all", pagesize=2, page=2)
    assert [str(i.id) for i in second.items] == ["builtin/serve-preview@0.0.1"]
    assert kit.list_templates(include_builtin="exclusively-latest", keywords=["hls"]).count == 1
    try:
        kit.list_templates(include_builtin="some")
    except TransloaditApiError as exc:
        assert exc.code == "TEMPLATE_LIST_ERROR"
    else:
        raise AssertionError("include_builtin=some was accepted")


def test_latest_and_all_differ_when_versions_do() -> None:
    base = builtin_templates.CATALOGUE[0]
    newer = builtin_templates.BuiltinTemplate(base.slug, "0.1.0", "newer", base.input, base.steps)
    catalogue = [base, newer, builtin_templates.CATALOGUE[1]]
    assert [t.id for t in builtin_templates.listed("latest", catalogue)] == [
        "builtin/encode-hls-video@0.0.1",
        "builtin/serve-preview@0.1.0",
    ]
    assert len(builtin_templates.listed("all", catalogue)) == 3
    assert builtin_templates.find("builtin/serve-preview@latest", catalogue) is newer
    assert builtin_templates.find("serve-preview@0.0.1", catalogue) is base
    assert builtin_templates.find("builtin/serve-preview@9.9.9", catalogue) is None


def test_get_and_full(kit: Transloadit) -> None:
    params, signature = kit.signed()
    found = get_builtin_template.sync("serve-preview@0.0.1", client=kit.client, params=params, signature=signature)
    assert isinstance(found, BuiltinTemplate)
    assert (found.ok, found.id) == ("TEMPLATE_FOUND", "builtin/serve-preview@0.0.1")
    assert found.name == "builtin/serve-preview"
    assert found.content.to_dict()["steps"]["imported"]["robot"] == "/http/import"  # type: ignore[union-attr]
    latest = get_builtin_template.sync("encode-hls-video@latest", client=kit.client, params=params, signature=signature)
    assert isinstance(latest, BuiltinTemplate) and latest.id == "builtin/encode-hls-video@0.0.1"
    params, signature = kit.signed()
    full = get_builtin_template_full.sync("serve-preview", client=kit.client, params=params, signature=signature)
    assert isinstance(full, BuiltinTemplateFull)
    assert (full.base, full.version, full.input_) == ("builtin/serve-preview", "0.0.1", "remote_url")
    assert full.required_fields == ["input"] and [f.name for f in full.optional_fields] == ["w", "h", "f"]
    params, signature = kit.signed()
    missing = get_builtin_template.sync_detailed("nope@0.0.1", client=kit.client, params=params, signature=signature)
    assert missing.status_code == 404 and isinstance(missing.parsed, Error)
    assert missing.parsed.error == "TEMPLATE_NOT_FOUND"
    # The Node SDK's getTemplate("builtin/serve-preview@0.0.1") is the same request.
    by_id = kit.client.get_httpx_client().get(
        "/templates/builtin/serve-preview@0.0.1", params={"params": params, "signature": signature}
    )
    assert by_id.status_code == 200 and by_id.json()["id"] == "builtin/serve-preview@0.0.1"


def test_unknown_builtin_is_template_not_found(kit: Transloadit) -> None:
    try:
        kit.create_assembly(template_id="builtin/does-not-exist@0.0.1")
    except TransloaditApiError as exc:
        assert exc.code == "TEMPLATE_NOT_FOUND"
    else:
        raise AssertionError("an unknown built-in Template ran")


def test_encode_hls_video_runs(kit: Transloadit, tmp_path: Path) -> None:
    clip = tmp_path / "in.mp4"
    subprocess.run(
        [ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=10:duration=1"]
        + ["-c:v", "libx264", "-pix_fmt", "yuv420p", str(clip)],
        check=True,
        timeout=120,
    )
    for template_id in ("builtin/encode-hls-video@0.0.1", "builtin/encode-hls-video@latest"):
        done = kit.create_assembly(template_id=template_id, files=[("in.mp4", clip.read_bytes())], wait=True)
        assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
        assert done.template_id == "builtin/encode-hls-video@0.0.1"
        assert done.template_name == "builtin/encode-hls-video"
        names = [str(f.name) for step in ("low", "mid", "high") for f in done.results[step]]  # type: ignore[index]
        assert any(n.endswith(".m3u8") for n in names) and any(n.endswith(".ts") for n in names)


def test_serve_preview_runs(live_server: LiveServer) -> None:
    kit = Transloadit(KEY, SECRET, service=live_server.url)
    source = kit.create_assembly(
        steps={":original": {"robot": "/upload/handle"}}, files=[("photo.jpg", jpeg_bytes((400, 300)))], wait=True
    )
    url = str(source.uploads[0].url)  # type: ignore[index]
    done = kit.create_assembly(
        template_id="builtin/serve-preview@0.0.1", fields={"input": url, "w": "64", "h": "64", "f": "png"}, wait=True
    )
    assert done.ok == "ASSEMBLY_COMPLETED", done.to_dict()
    [preview] = done.results["preview"]  # type: ignore[index]
    image = Image.open(io.BytesIO(httpx.get(str(preview.ssl_url)).content))
    assert image.format == "PNG" and max(image.size) == 64
