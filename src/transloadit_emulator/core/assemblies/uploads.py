"""Files of an Assembly: store one, describe it, build its file record, in one place.

Creation (multipart parts), tus completion and the executor (robot results) all go through
:meth:`Uploads.record_file`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from ...errors import TransloaditError
from ...media.extra_meta import USUAL, OutputMeta, extra_meta
from ...media.metadata import describe_file, identify_file
from ...storage.blobs import BlobStore, BlobTooLarge, Digests, StoredBlob
from ..clock import IdSource
from .model import CreateRequest
from .status import file_record

if TYPE_CHECKING:
    from ...media.pixels import DecodedPixels


@dataclass(frozen=True)
class RecordedFile:
    """A stored file: its blob-store path, where it lies, its status record, decoded pixels."""

    relpath: str
    path: Path
    record: dict[str, Any]
    pixels: DecodedPixels | None = None


class Uploads:
    """Stores and describes the files of Assemblies in the blob store."""

    def __init__(self, blobs: BlobStore, ids: IdSource, base_url: str, ssl_base_url: str = "") -> None:
        self.blobs = blobs
        self.ids = ids
        self.base_url = base_url
        #: The base of files' ``ssl_url`` (the TLS port); empty: ``base_url``.
        self.ssl_base_url = ssl_base_url or base_url

    def record_file(
        self,
        assembly_id: str,
        name: str,
        content: Path | BinaryIO,
        *,
        file_id: str | None = None,
        field: str | None = None,
        max_size: int | None = None,
        digests: Digests | None = None,
        decode_box: tuple[int, int] | None = None,
        known: Mapping[str, Any] | None = None,
        output: OutputMeta = USUAL,
        original: Mapping[str, Any] | None = None,
        user_meta: Mapping[str, Any] | None = None,
    ) -> RecordedFile:
        """Store ``content`` (a file to move in, or a stream to copy) as ``name`` and describe it.

        ``digests``: the file's md5 and sha256 when known (tus), else computed as it is stored;
        ``decode_box``: the scale a Step will read an upload at (its pixels come back);
        ``known``: metadata the robot already has; ``output``: the Step's ``output_meta``;
        ``original``: the upload a result derives from. Raises ``MAX_SIZE_EXCEEDED`` past ``max_size``.
        """
        file_id = file_id or self.ids.new_id()
        blob = self._put(assembly_id, file_id, name, content, max_size, digests)
        path = self.blobs.path(blob.relpath)
        pixels = None
        if output.extract:
            facts = describe_file(path, name, decode_box=decode_box, known=known)
            meta = {**facts.meta, **(known or {})}
            if output.extras:
                meta.update(extra_meta(path, facts.type, output.extras))
            mime, type_, pixels = facts.mime, facts.type, facts.pixels
        else:
            identified = identify_file(path, name)
            meta, mime, type_ = {}, identified.mime, identified.type
        record = file_record(
            file_id=file_id,
            name=path.name,
            field=field,
            size=blob.size,
            digests=blob.digests,
            mime=mime,
            type_=type_,
            meta=meta,
            url=f"{self.base_url}/files/{blob.relpath}",
            ssl_url=f"{self.ssl_base_url}/files/{blob.relpath}",
            original=original,
            user_meta=user_meta,
        )
        return RecordedFile(blob.relpath, path, record, pixels)

    def record_parts(
        self, assembly_id: str, request: CreateRequest, max_size: int | None, decode_box: tuple[int, int] | None
    ) -> list[RecordedFile]:
        """The uploaded parts of a create request, stored and described; none kept on failure."""
        recorded: list[RecordedFile] = []
        try:
            for part in request.files:
                file = self.record_file(
                    assembly_id, part.filename, part.stream, field=part.field, max_size=max_size, decode_box=decode_box
                )
                recorded.append(file)
        except BaseException:
            for done in recorded:
                self.blobs.discard(done.relpath)
            raise
        return recorded

    def _put(
        self,
        assembly_id: str,
        file_id: str,
        name: str,
        content: Path | BinaryIO,
        max_size: int | None,
        digests: Digests | None,
    ) -> StoredBlob:
        if isinstance(content, Path):
            return self.blobs.put_file(content, assembly_id, file_id, name, digests=digests)
        try:
            return self.blobs.put_stream(content, assembly_id, file_id, name, max_size=max_size)
        except BlobTooLarge:
            raise TransloaditError(
                "MAX_SIZE_EXCEEDED", f"The file {name!r} exceeds auth.max_size ({max_size} bytes)."
            ) from None
