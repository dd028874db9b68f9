"""Transloadit Storage: each account's workspace of assets, their versions and paths, on disk.

``<root>/<account id>/index.json`` maps paths to assets and assets to their versions; each
version's bytes are ``<root>/<account id>/versions/<version id>``. ``/transloadit/store`` adds
versions, ``/transloadit/import`` reads them by path (a file or a folder) or by asset and version.
"""

from __future__ import annotations

import base64
import json
import posixpath
import shutil
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class WorkspaceError(Exception):
    """``kind`` is ``conflict`` (the path is taken), ``not_found`` or ``invalid`` (a bad path)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class StoredAsset:
    """One version of an asset: where it is in the workspace and its bytes on disk."""

    asset_id: str
    version_id: str
    path: str
    file: Path


class Workspace:
    """Every account's Transloadit Storage under ``root`` (thread-safe within one process)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()

    def store(self, account: str, path: str, source: Path, strategy: str) -> StoredAsset:
        """Keep ``source`` at ``path``; ``strategy`` says what an occupied path does: ``error``,
        ``overwrite`` (a new version of the asset there) or ``rename`` (``name-1.ext``, ...)."""
        path = clean_path(path)
        with self._lock:
            index = self._index(account)
            asset_id = index["paths"].get(path)
            if asset_id is not None and strategy == "rename":
                path, asset_id = _free_path(index, path), None
            elif asset_id is not None and strategy != "overwrite":
                raise WorkspaceError(f"{path!r} is taken in the workspace", "conflict")
            asset_id = asset_id or new_id()
            version_id = new_id()
            target = self.root / account / "versions" / version_id
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            index["paths"][path] = asset_id
            asset = index["assets"].setdefault(asset_id, {"path": path, "versions": []})
            asset["versions"].append(version_id)
            self._save(account, index)
        return StoredAsset(asset_id, version_id, path, target)

    def find(
        self, account: str, *, path: str | None, asset_id: str | None, version_id: str | None, recursive: bool
    ) -> list[StoredAsset]:
        """The current version of the file at ``path``, or of every file in that folder (below it
        with ``recursive``), in path order; or ``asset_id`` (at ``version_id``, else current)."""
        with self._lock:
            index = self._index(account)
        if asset_id:
            asset = index["assets"].get(asset_id)
            versions = asset["versions"] if asset else []
            version = version_id or (versions[-1] if versions else None)
            if asset is None or version not in versions:
                raise WorkspaceError(f"no asset {asset_id!r} (version {version_id!r}) in the workspace", "not_found")
            return [StoredAsset(asset_id, str(version), asset["path"], self.root / account / "versions" / str(version))]
        wanted = clean_path(path or "", folder=True)
        found = []
        for stored_path, owner in sorted(index["paths"].items()):
            inside = stored_path == wanted or (stored_path.startswith(wanted.rstrip("/") + "/") if wanted else True)
            rest = stored_path[len(wanted.rstrip("/")) :].lstrip("/") if wanted else stored_path
            if inside and (stored_path == wanted or recursive or "/" not in rest):
                version = index["assets"][owner]["versions"][-1]
                found.append(StoredAsset(owner, version, stored_path, self.root / account / "versions" / version))
        if not found:
            raise WorkspaceError(f"nothing is stored at {path!r}", "not_found")
        return found

    def _index(self, account: str) -> dict[str, Any]:
        file = self.root / account / "index.json"
        if not file.exists():
            return {"paths": {}, "assets": {}}
        return dict(json.loads(file.read_text()))

    def _save(self, account: str, index: dict[str, Any]) -> None:
        file = self.root / account / "index.json"
        file.parent.mkdir(parents=True, exist_ok=True)
        scratch = file.with_suffix(".tmp")
        scratch.write_text(json.dumps(index))
        scratch.replace(file)


def new_id() -> str:
    """An asset or version id as the vendor's schema has them: 22 base64url characters (128 bits)."""
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()


def clean_path(path: str, *, folder: bool = False) -> str:
    """A workspace path: relative, ``/``-separated, without ``.`` or ``..`` parts."""
    parts = [p for p in path.strip().split("/") if p not in ("", ".")]
    if ".." in parts or (not parts and not folder):
        raise WorkspaceError(f"{path!r} is not a path inside the workspace", "invalid")
    return "/".join(parts)


def _free_path(index: dict[str, Any], path: str) -> str:
    stem, ext = posixpath.splitext(path)
    n = 1
    while f"{stem}-{n}{ext}" in index["paths"]:
        n += 1
    return f"{stem}-{n}{ext}"
