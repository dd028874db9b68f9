"""Transloadit's built-in Templates: ``template_id: "builtin/<slug>@<version>"`` (or ``@latest``),
listed by ``GET /templates?include_builtin=...`` and read at ``GET /templates/builtin/{slug}``.

The catalogue is data: each entry has the fields of the vendor's ``BuiltinTemplateDoc`` (base,
version, description, input, required and optional fields) and the Steps it runs. The official
SDKs name two: ``serve-preview`` (a preview of the file at the URL in ``fields.input``) and
``encode-hls-video`` (HLS renditions of an uploaded video). Their Steps here use the robots the
emulator has, so they really run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

PREFIX = "builtin/"
#: The include_builtin list modes: (shows owned Templates, which built-in versions).
LIST_MODES: dict[str, tuple[bool, str | None]] = {
    "none": (True, None),
    "latest": (True, "latest"),
    "all": (True, "all"),
    "exclusively-latest": (False, "latest"),
    "exclusively-all": (False, "all"),
}
_REF = re.compile(r"^(?:builtin/)?(?P<slug>[a-z0-9][a-z0-9-]{0,99})(?:@(?P<version>latest|\d+\.\d+\.\d+))?$")


@dataclass(frozen=True)
class BuiltinTemplate:
    """One version of a built-in Template."""

    slug: str
    version: str
    description: str
    #: Where its input comes from: ``upload``, ``remote_url`` or ``none``.
    input: str
    steps: dict[str, Any]
    required_fields: tuple[str, ...] = ()
    #: ``(name, default)``: fields the Steps read, with the value used when the request has none.
    optional_fields: tuple[tuple[str, str], ...] = ()

    @property
    def id(self) -> str:
        """``builtin/<slug>@<version>``: the ``template_id`` that runs this version."""
        return f"{PREFIX}{self.slug}@{self.version}"

    @property
    def content(self) -> dict[str, Any]:
        """The Template content: its Steps and the optional fields' defaults."""
        defaults = {name: value for name, value in self.optional_fields}
        return {"steps": self.steps, **({"fields": defaults} if defaults else {})}

    def doc(self) -> dict[str, Any]:
        """The vendor's ``BuiltinTemplateDoc`` of this version."""
        return {
            "id": self.id,
            "base": f"{PREFIX}{self.slug}",
            "version": self.version,
            "description": self.description,
            "input": self.input,
            "required_fields": list(self.required_fields),
            "optional_fields": [{"name": n, "default": d} for n, d in self.optional_fields],
        }


CATALOGUE: tuple[BuiltinTemplate, ...] = (
    BuiltinTemplate(
        slug="serve-preview",
        version="0.0.1",
        description="A preview image of the file at the URL in the `input` field, `w` x `h` pixels in format `f`.",
        input="remote_url",
        required_fields=("input",),
        optional_fields=(("w", "300"), ("h", "200"), ("f", "jpg")),
        steps={
            "imported": {"robot": "/http/import", "url": "${fields.input}"},
            "preview": {
                "robot": "/file/preview",
                "use": "imported",
                "width": "${fields.w}",
                "height": "${fields.h}",
                "format": "${fields.f}",
                "result": True,
            },
        },
    ),
    BuiltinTemplate(
        slug="encode-hls-video",
        version="0.0.1",
        description="Encode an input video into HLS renditions (270p, 360p, 540p).",
        input="upload",
        steps={
            ":original": {"robot": "/upload/handle"},
            **{
                name: {"robot": "/video/encode", "use": ":original", "preset": f"hls-{size}", "result": True}
                for name, size in (("low", "270p"), ("mid", "360p"), ("high", "540p"))
            },
        },
    ),
)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def latest_versions(catalogue: Sequence[BuiltinTemplate] = CATALOGUE) -> list[BuiltinTemplate]:
    """The newest version of each built-in Template, by slug."""
    newest: dict[str, BuiltinTemplate] = {}
    for template in catalogue:
        known = newest.get(template.slug)
        if known is None or _version_key(template.version) > _version_key(known.version):
            newest[template.slug] = template
    return sorted(newest.values(), key=lambda t: t.slug)


def listed(which: str, catalogue: Sequence[BuiltinTemplate] = CATALOGUE) -> list[BuiltinTemplate]:
    """The built-in Templates a list mode shows: ``latest`` (one per slug) or ``all`` versions."""
    if which == "latest":
        return latest_versions(catalogue)
    return sorted(catalogue, key=lambda t: (t.slug, _version_key(t.version)))


def find(reference: str, catalogue: Iterable[BuiltinTemplate] = CATALOGUE) -> BuiltinTemplate | None:
    """The version ``builtin/<slug>@<version>`` names; ``@latest`` or no version is the newest."""
    match = _REF.match(reference)
    if match is None:
        return None
    slug, version = match.group("slug"), match.group("version")
    versions = [t for t in catalogue if t.slug == slug]
    if not versions:
        return None
    if version in (None, "latest"):
        return latest_versions(versions)[0]
    return next((t for t in versions if t.version == version), None)


def list_item(template: BuiltinTemplate) -> dict[str, Any]:
    """A built-in Template as ``GET /templates`` lists it (the shape of the SDKs' ListedTemplate)."""
    return {
        "id": template.id,
        "name": f"{PREFIX}{template.slug}",
        "description": template.description,
        "builtin_version": template.version,
        "content": template.content,
        "require_signature_auth": 0,
    }


def matching(which: str | None, keywords: Sequence[str]) -> list[BuiltinTemplate]:
    """The built-in Templates a list shows (``which`` from :data:`LIST_MODES`; None: none), keeping
    those whose id or description holds every keyword."""
    if which is None:
        return []
    return [t for t in listed(which) if all(k.lower() in f"{t.id} {t.description}".lower() for k in keywords)]


def page_items(
    builtins: Sequence[BuiltinTemplate], page: int, pagesize: int, owned_count: int, owned_on_page: int
) -> list[dict[str, Any]]:
    """The built-in list items on a page of the owned Templates followed by ``builtins``."""
    start = max(0, (page - 1) * pagesize - owned_count)
    room = pagesize - owned_on_page
    return [list_item(t) for t in builtins[start : start + room]] if room > 0 else []


def answer(template: BuiltinTemplate, *, full: bool) -> dict[str, Any]:
    """``GET /templates/builtin/{slug}`` (``full``: with the vendor's BuiltinTemplateDoc fields)."""
    body: dict[str, Any] = {
        "ok": "TEMPLATE_FOUND",
        "message": "The Template was found.",
        **list_item(template),
        "template_id": template.id,
        "template_name": f"{PREFIX}{template.slug}",
        "template_content": orjson.dumps(template.content).decode(),
    }
    if full:
        doc = template.doc()
        body.update({k: v for k, v in doc.items() if k != "id"})
    return body
