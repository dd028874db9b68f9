"""The Assembly side of tus: uploads counted, their progress, and each finished one recorded.

Every change goes through the board to the Assembly it holds, loaded from the database when
a restart left it only there, so progress never depends on what was in memory.
"""

from __future__ import annotations

from pathlib import Path

from ...errors import TransloaditError
from ...storage.failure import StoreFailure
from ..clock import Clock
from ..tus import TusUpload, streamed_digests
from .board import AssemblyBoard
from .runner import AssemblyRunner
from .uploads import Uploads


class AssemblyTusListener:
    """What the tus server tells the Assemblies (``core.tus.UploadListener``)."""

    def __init__(self, board: AssemblyBoard, uploads: Uploads, runner: AssemblyRunner, clock: Clock) -> None:
        self.board = board
        self.uploads = uploads
        self.runner = runner
        self.clock = clock

    def tus_upload_started(self, upload: TusUpload) -> None:
        """A tus upload for an Assembly began: count it, or refuse it if none is expected."""
        assembly_id = str(upload.assembly_id)
        meta = upload.metadata
        entry = {
            "filename": meta.get("filename", "file"),
            "fieldname": meta.get("fieldname", "file"),
            "user_meta": user_meta(meta),
            "size": upload.length,
            "offset": 0,
            "finished": False,
            "upload_url": upload.url,
        }
        if not self.board.apply_by_id(assembly_id, lambda status: status.tus_started(entry)):
            status = self.board.find(assembly_id).status
            raise TransloaditError(
                "ASSEMBLY_FILE_NOT_RESERVED",
                f"The Assembly {assembly_id} is {status.ok or status.error}; it takes no more uploads.",
                assembly_id=assembly_id,
            )

    def tus_upload_progressed(self, upload: TusUpload) -> None:
        """More bytes of a tus upload arrived: move ``offset`` and ``bytes_received``."""
        self.board.apply_by_id(
            str(upload.assembly_id), lambda status: status.tus_progress(upload.url, upload.offset, upload.length)
        )

    def tus_upload_finished(self, upload: TusUpload, path: Path) -> None:
        """A tus upload is complete: record it as an upload; execute once all expected arrived."""
        assembly_id = str(upload.assembly_id)
        meta = upload.metadata
        plan = self.runner.plan(self.board.hold(assembly_id))
        try:
            recorded = self.uploads.record_file(
                assembly_id,
                meta.get("filename") or meta.get("name") or "file",
                path,
                file_id=upload.id,
                field=meta.get("fieldname") or "file",
                digests=streamed_digests(upload),
                decode_box=plan.upload_decode_box,
                user_meta=user_meta(meta),
            )
        except StoreFailure as exc:  # the upload arrived, but the Assembly cannot keep it
            message = f"The upload {upload.id} could not be stored: {exc}"
            self.board.apply_by_id(assembly_id, lambda s: s.fail("TRANSIENT_STORAGE_SERVICE_ERROR", message))
            return
        record = {**recorded.record, "is_tus_file": True, "tus_upload_url": upload.url}
        now = self.clock.now()
        with self.board.exclusive(assembly_id), self.board.lock:
            assembly = self.board.hold(assembly_id)
            if not assembly.busy:
                return  # canceled meanwhile: keep the bytes, attach nothing
            assembly.blobs[upload.id] = recorded.relpath
            if recorded.pixels is not None:
                assembly.pixels[upload.id] = recorded.pixels
            created = assembly.created_ts
            waiting = not assembly.status.all_uploads_arrived
            finished = self.board.apply(
                assembly, lambda status: status.tus_finished(record, upload.url, now=now, created_ts=created)
            )
            # Only the upload that completes the set starts execution: one more than expected
            # (a client's retry) is recorded, but must not run the Assembly a second time; nor
            # does an upload that another process's cancel overtook.
            if finished and waiting and assembly.status.all_uploads_arrived:
                self.runner.start(assembly)


def user_meta(metadata: dict[str, str]) -> dict[str, str]:
    """tus metadata other than what names the upload and its Assembly."""
    return {k: v for k, v in metadata.items() if k not in ("assembly_url", "fieldname", "filename")}
