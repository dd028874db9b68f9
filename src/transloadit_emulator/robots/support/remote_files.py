"""What the file-server robots (``/ftp/*``, ``/sftp/*``) share: their connection params from
Template Credentials and the Step, storing files along ``path`` with URLs from ``url_template``,
importing a path's files, and their error codes. Each robot only opens its kind of session."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from ...errors import RobotError
from ...outbound.remote import RemoteError, RemoteSession
from ...variables import file_variables, interpolate, to_text
from ..base import InputFile, OutputFile, Robot, RobotContext
from .file_servers import open_session
from .remote_storage import ALL_KINDS, ignores_import, service_error

DEFAULT_PATH = "${unique_prefix}/${file.url_name}"


def remote_error(exc: RemoteError, prefix: str) -> RobotError:
    """``<prefix>_ACCESS_DENIED`` (refused login, permissions, a non-public address), ``_NOT_FOUND``
    or ``_FAILURE``."""
    return service_error(exc.kind, str(exc), prefix, kinds=ALL_KINDS - {"invalid"})


class RemoteRobot(Robot):
    """A robot that talks to one file server per Step."""

    #: ``ftp`` or ``sftp``: the protocol, and the Template Credential type the robot takes.
    protocol: ClassVar[str]

    def open_session(self, ctx: RobotContext, params: Mapping[str, Any]) -> tuple[RemoteSession, str]:
        """A logged-in session for the Step and the server's host name (for URLs)."""
        return open_session(ctx, params, self.protocol, self.error_prefix())


class RemoteStore(RemoteRobot):
    """Stores each input file at ``path`` on the server; its URLs come from the URL templates."""

    stores_only = True

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Store every file over one connection; each result is its input with ``url``/``ssl_url``."""
        prefix = self.error_prefix()
        if not files:
            return []
        try:
            session, host = self.open_session(ctx, params)
            try:
                return [self._store(ctx, params, session, host, f) for f in files]
            finally:
                session.close()
        except RemoteError as exc:
            raise remote_error(exc, prefix) from None

    def file_mode(self, params: Mapping[str, Any]) -> int | None:
        """Permission bits to set on stored files; None leaves them to the server."""
        return None

    def _store(
        self, ctx: RobotContext, params: Mapping[str, Any], session: RemoteSession, host: str, file: InputFile
    ) -> OutputFile:
        # One connection serves every file, so the per-file Variables are filled here.
        variables = file_variables(file.record, ctx.assembly_id, file.source_step)
        path = params.get("path")
        remote = to_text(interpolate(DEFAULT_PATH if path in (None, "") else path, variables))
        if not remote or remote.endswith("/"):
            raise RobotError(f"{self.error_prefix()}_VALIDATION", f"path {remote!r} names no file.")
        session.put(file.path, remote, self.file_mode(params))
        record = {
            "url": _url(interpolate(params.get("url_template"), variables), host, remote),
            "ssl_url": _url(interpolate(params.get("ssl_url_template"), variables), host, remote),
        }
        name = to_text(file.record.get("name")) or file.path.name
        return OutputFile(path=file.path, name=name, source=file, passthrough=True, record=record)


def _url(template: Any, host: str, path: str) -> str:
    text = template if isinstance(template, str) and template else "https://{HOST}/{PATH}"
    return text.replace("{HOST}", host).replace("{PATH}", path.lstrip("/"))


class RemoteImport(RemoteRobot):
    """Imports the file ``path`` names, or the files of that directory."""

    takes_input = False
    #: Whether directories are always walked to the bottom (FTP), not only with ``recursive``.
    always_recursive = False

    def process(self, ctx: RobotContext, params: Mapping[str, Any], files: Sequence[InputFile]) -> list[OutputFile]:
        """Download each file under ``path``; with ``ignore_errors`` a failing file is skipped."""
        prefix = self.error_prefix()
        path = params.get("path")
        if not isinstance(path, str) or not path.strip():
            raise RobotError(f"{prefix}_VALIDATION", "path must name a file or a directory.")
        recursive = self.always_recursive or params.get("recursive") is True
        ignore = ignores_import(params.get("ignore_errors"))
        outputs: list[OutputFile] = []
        try:
            session, _host = self.open_session(ctx, params)
            try:
                for entry in session.files(path.strip(), recursive):
                    try:
                        if entry.size > ctx.max_import_bytes:
                            raise RobotError(f"{prefix}_FAILURE", f"{entry.path} is larger than the import limit.")
                        local = ctx.scratch_dir / f"{len(outputs)}-import"
                        session.get(entry.path, local)
                        outputs.append(OutputFile(path=local, name=posixpath.basename(entry.path), source=None))
                    except (RemoteError, RobotError) as exc:
                        error = remote_error(exc, prefix) if isinstance(exc, RemoteError) else exc
                        if not ignore:
                            raise error from None
                        ctx.ignored_errors.append((error.code, error.message))
            finally:
                session.close()
        except RemoteError as exc:
            raise remote_error(exc, prefix) from None
        return outputs
