"""The Assembly as the domain sees it, and the inputs of the service's operations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

import orjson

from ...errors import TransloaditError
from ...storage.state import StoredAssembly
from .lifecycle import AssemblyStatus
from .planner import Plan

if TYPE_CHECKING:
    from ...media.pixels import DecodedPixels


@dataclass
class UploadedPart:
    """One file part of a create request, as a readable binary stream."""

    field: str
    filename: str
    stream: BinaryIO


@dataclass(frozen=True)
class ClientInfo:
    """Who sent a request, echoed in the status."""

    ip: str | None = None
    agent: str | None = None
    referer: str | None = None
    transloadit_client: str | None = None


@dataclass
class CreateRequest:
    """A parsed create request: the form fields split by meaning, nothing interpreted yet."""

    raw_params: str | None
    signature: str | None
    fields: dict[str, str] = field(default_factory=dict)
    files: list[UploadedPart] = field(default_factory=list)
    expected_uploads: str | None = None
    client: ClientInfo = field(default_factory=ClientInfo)
    #: ``Authorization: Bearer`` token, accepted in place of a signature.
    bearer: str | None = None
    #: The token scope the operation needs (``assemblies:write``).
    scope: str | None = None


@dataclass(frozen=True)
class SignedRequest:
    """The ``params`` and ``signature`` of a request, both optional at this point."""

    raw_params: str | None = None
    signature: str | None = None
    referer: str | None = None
    #: ``Authorization: Bearer`` token, accepted in place of a signature.
    bearer: str | None = None
    #: The token scope the operation needs (``assemblies:read``).
    scope: str | None = None


@dataclass
class Assembly:
    """An Assembly: its public status plus what executing it needs.

    ``status`` changes only through its transitions (``lifecycle.py``), applied by the board.
    ``steps`` are the instructions to run; ``blobs`` maps each file id to its path in the blob
    store; ``raw_params`` keeps the params as received (unmasked) for replays.
    """

    id: str
    account_key: str
    created_ts: float
    status: AssemblyStatus
    steps: dict[str, Any]
    raw_params: str
    blobs: dict[str, str] = field(default_factory=dict)
    #: Finish listeners (notifications) were told this Assembly ended; survives restarts.
    announced: bool = False
    #: The validated plan of ``steps``, kept from creation so execution need not plan again;
    #: not persisted (rebuilt after a restart).
    plan: Plan | None = field(default=None, repr=False, compare=False)
    #: Pixels metadata extraction decoded per upload id, for the first robot that reads the
    #: upload at that scale; in memory only.
    pixels: dict[str, DecodedPixels] = field(default_factory=dict, repr=False, compare=False)
    #: Bytes of the result file records this execution added to the status (see :meth:`hold_records`).
    record_bytes: int = field(default=0, repr=False, compare=False)

    @property
    def busy(self) -> bool:
        """Still uploading or executing."""
        return self.status.busy

    def hold_records(self, records: list[Mapping[str, Any]], limit: int) -> None:
        """Count a Step's result records into the Assembly's memory; ``ASSEMBLY_MEMORY_LIMIT_EXCEEDED``
        past ``limit`` bytes (the vendor's 8 MB: an Assembly's status lives in memory while it runs)."""
        self.record_bytes += sum(len(orjson.dumps(r)) for r in records)
        if self.record_bytes > limit:
            raise TransloaditError(
                "ASSEMBLY_MEMORY_LIMIT_EXCEEDED",
                f"The Assembly's results passed its memory limit of {limit} bytes: import fewer files, "
                "or fewer files per archive.",
            )

    def to_stored(self) -> StoredAssembly:
        """The persisted form."""
        return StoredAssembly(
            id=self.id,
            account_key=self.account_key,
            created_ts=self.created_ts,
            status=dict(self.status.document),
            internal={
                "steps": self.steps,
                "raw_params": self.raw_params,
                "blobs": self.blobs,
                "announced": self.announced,
            },
        )

    @classmethod
    def from_stored(cls, stored: StoredAssembly) -> Assembly:
        """Rebuild from the persisted form."""
        return cls(
            id=stored.id,
            account_key=stored.account_key,
            created_ts=stored.created_ts,
            status=AssemblyStatus(stored.status),
            steps=stored.internal.get("steps", {}),
            raw_params=stored.internal.get("raw_params", ""),
            blobs=stored.internal.get("blobs", {}),
            announced=bool(stored.internal.get("announced", False)),
        )

    def search_text(self) -> str:
        """What listing keywords match: id, URLs, error and file names."""
        s = self.status.document
        names = [u.get("name") or "" for u in s.get("uploads", [])]
        for files in s.get("results", {}).values():
            names.extend(f.get("name") or "" for f in files)
        parts = [self.id, s.get("notify_url") or "", s.get("error") or "", s.get("message") or "", *names]
        return " ".join(parts)
