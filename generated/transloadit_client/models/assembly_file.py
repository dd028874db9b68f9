from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assembly_file_user_meta import AssemblyFileUserMeta
    from ..models.file_meta import FileMeta


T = TypeVar("T", bound="AssemblyFile")


@_attrs_define
class AssemblyFile:
    """An uploaded file (`uploads[]`) or a result file (`results[step][]`).

    Attributes:
        id (str | Unset):
        name (None | str | Unset):
        basename (None | str | Unset):
        ext (None | str | Unset):
        size (int | None | Unset):
        mime (None | str | Unset):
        type_ (None | str | Unset): "image", "video", "audio", "document", "archive" or null.
        field (None | str | Unset):
        md5hash (None | str | Unset):
        original_id (None | str | Unset):
        original_basename (None | str | Unset):
        original_name (None | str | Unset):
        original_path (None | str | Unset):
        original_md5hash (None | str | Unset):
        from_batch_import (bool | Unset):
        is_tus_file (bool | Unset): True on an upload that came over tus; a result (the `:original` one too) is false.
        tus_upload_url (None | str | Unset): The tus upload's URL, on the upload only; null on results.
        url (None | str | Unset):
        ssl_url (None | str | Unset): The https URL of the file (the emulator: its TLS port).
        is_temp_url (bool | Unset): Whether `url` is a temporary one (false here; files stay until removed).
        meta (FileMeta | Unset): Metadata extracted from a file. Images: dimensions, colour, EXIF, IPTC, XMP.
            Video and audio: duration, codecs, bitrates, tags.
            `/file/hash` adds `hash`, `/image/facedetect` adds `faces`, `/file/preview` adds `preview_strategy`.
            A Step's `output_meta` adds `dominant_colors`, `blurhash`, `thumbhash`, `interlaced` and
            `mean_volume` to its result files on request, or (`false`) leaves only the robot's own keys.
            Image text found in several places comes from XMP first, then IPTC, then EXIF
            (IPTC first when Photoshop's IPTC digest shows it was edited after the XMP).
        user_meta (AssemblyFileUserMeta | Unset): An upload's tus metadata extras; a result's inherited `user_meta` with
            its Step's `user_meta` merged over it.
        as_ (Any | Unset):
        queue (None | str | Unset): The job's queue (`live` or `batch`); results only.
        queue_time (float | None | Unset): Seconds the job waited for job slots; results only.
        exec_time (float | None | Unset): Seconds the job ran; results only.
        cost (int | None | Unset):
    """

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    basename: None | str | Unset = UNSET
    ext: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    mime: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    field: None | str | Unset = UNSET
    md5hash: None | str | Unset = UNSET
    original_id: None | str | Unset = UNSET
    original_basename: None | str | Unset = UNSET
    original_name: None | str | Unset = UNSET
    original_path: None | str | Unset = UNSET
    original_md5hash: None | str | Unset = UNSET
    from_batch_import: bool | Unset = UNSET
    is_tus_file: bool | Unset = UNSET
    tus_upload_url: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    ssl_url: None | str | Unset = UNSET
    is_temp_url: bool | Unset = UNSET
    meta: FileMeta | Unset = UNSET
    user_meta: AssemblyFileUserMeta | Unset = UNSET
    as_: Any | Unset = UNSET
    queue: None | str | Unset = UNSET
    queue_time: float | None | Unset = UNSET
    exec_time: float | None | Unset = UNSET
    cost: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        basename: None | str | Unset
        if isinstance(self.basename, Unset):
            basename = UNSET
        else:
            basename = self.basename

        ext: None | str | Unset
        if isinstance(self.ext, Unset):
            ext = UNSET
        else:
            ext = self.ext

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        mime: None | str | Unset
        if isinstance(self.mime, Unset):
            mime = UNSET
        else:
            mime = self.mime

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        md5hash: None | str | Unset
        if isinstance(self.md5hash, Unset):
            md5hash = UNSET
        else:
            md5hash = self.md5hash

        original_id: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        else:
            original_id = self.original_id

        original_basename: None | str | Unset
        if isinstance(self.original_basename, Unset):
            original_basename = UNSET
        else:
            original_basename = self.original_basename

        original_name: None | str | Unset
        if isinstance(self.original_name, Unset):
            original_name = UNSET
        else:
            original_name = self.original_name

        original_path: None | str | Unset
        if isinstance(self.original_path, Unset):
            original_path = UNSET
        else:
            original_path = self.original_path

        original_md5hash: None | str | Unset
        if isinstance(self.original_md5hash, Unset):
            original_md5hash = UNSET
        else:
            original_md5hash = self.original_md5hash

        from_batch_import = self.from_batch_import

        is_tus_file = self.is_tus_file

        tus_upload_url: None | str | Unset
        if isinstance(self.tus_upload_url, Unset):
            tus_upload_url = UNSET
        else:
            tus_upload_url = self.tus_upload_url

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        ssl_url: None | str | Unset
        if isinstance(self.ssl_url, Unset):
            ssl_url = UNSET
        else:
            ssl_url = self.ssl_url

        is_temp_url = self.is_temp_url

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        user_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_meta, Unset):
            user_meta = self.user_meta.to_dict()

        as_ = self.as_

        queue: None | str | Unset
        if isinstance(self.queue, Unset):
            queue = UNSET
        else:
            queue = self.queue

        queue_time: float | None | Unset
        if isinstance(self.queue_time, Unset):
            queue_time = UNSET
        else:
            queue_time = self.queue_time

        exec_time: float | None | Unset
        if isinstance(self.exec_time, Unset):
            exec_time = UNSET
        else:
            exec_time = self.exec_time

        cost: int | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if basename is not UNSET:
            field_dict["basename"] = basename
        if ext is not UNSET:
            field_dict["ext"] = ext
        if size is not UNSET:
            field_dict["size"] = size
        if mime is not UNSET:
            field_dict["mime"] = mime
        if type_ is not UNSET:
            field_dict["type"] = type_
        if field is not UNSET:
            field_dict["field"] = field
        if md5hash is not UNSET:
            field_dict["md5hash"] = md5hash
        if original_id is not UNSET:
            field_dict["original_id"] = original_id
        if original_basename is not UNSET:
            field_dict["original_basename"] = original_basename
        if original_name is not UNSET:
            field_dict["original_name"] = original_name
        if original_path is not UNSET:
            field_dict["original_path"] = original_path
        if original_md5hash is not UNSET:
            field_dict["original_md5hash"] = original_md5hash
        if from_batch_import is not UNSET:
            field_dict["from_batch_import"] = from_batch_import
        if is_tus_file is not UNSET:
            field_dict["is_tus_file"] = is_tus_file
        if tus_upload_url is not UNSET:
            field_dict["tus_upload_url"] = tus_upload_url
        if url is not UNSET:
            field_dict["url"] = url
        if ssl_url is not UNSET:
            field_dict["ssl_url"] = ssl_url
        if is_temp_url is not UNSET:
            field_dict["is_temp_url"] = is_temp_url
        if meta is not UNSET:
            field_dict["meta"] = meta
        if user_meta is not UNSET:
            field_dict["user_meta"] = user_meta
        if as_ is not UNSET:
            field_dict["as"] = as_
        if queue is not UNSET:
            field_dict["queue"] = queue
        if queue_time is not UNSET:
            field_dict["queue_time"] = queue_time
        if exec_time is not UNSET:
            field_dict["exec_time"] = exec_time
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assembly_file_user_meta import AssemblyFileUserMeta  # noqa: PLC0415
        from ..models.file_meta import FileMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_basename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        basename = _parse_basename(d.pop("basename", UNSET))

        def _parse_ext(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext = _parse_ext(d.pop("ext", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_mime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mime = _parse_mime(d.pop("mime", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_md5hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        md5hash = _parse_md5hash(d.pop("md5hash", UNSET))

        def _parse_original_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_id = _parse_original_id(d.pop("original_id", UNSET))

        def _parse_original_basename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_basename = _parse_original_basename(d.pop("original_basename", UNSET))

        def _parse_original_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_name = _parse_original_name(d.pop("original_name", UNSET))

        def _parse_original_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_path = _parse_original_path(d.pop("original_path", UNSET))

        def _parse_original_md5hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_md5hash = _parse_original_md5hash(d.pop("original_md5hash", UNSET))

        from_batch_import = d.pop("from_batch_import", UNSET)

        is_tus_file = d.pop("is_tus_file", UNSET)

        def _parse_tus_upload_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tus_upload_url = _parse_tus_upload_url(d.pop("tus_upload_url", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_ssl_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssl_url = _parse_ssl_url(d.pop("ssl_url", UNSET))

        is_temp_url = d.pop("is_temp_url", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: FileMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = FileMeta.from_dict(_meta)

        _user_meta = d.pop("user_meta", UNSET)
        user_meta: AssemblyFileUserMeta | Unset
        if isinstance(_user_meta, Unset):
            user_meta = UNSET
        else:
            user_meta = AssemblyFileUserMeta.from_dict(_user_meta)

        as_ = d.pop("as", UNSET)

        def _parse_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue = _parse_queue(d.pop("queue", UNSET))

        def _parse_queue_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        queue_time = _parse_queue_time(d.pop("queue_time", UNSET))

        def _parse_exec_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        exec_time = _parse_exec_time(d.pop("exec_time", UNSET))

        def _parse_cost(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        assembly_file = cls(
            id=id,
            name=name,
            basename=basename,
            ext=ext,
            size=size,
            mime=mime,
            type_=type_,
            field=field,
            md5hash=md5hash,
            original_id=original_id,
            original_basename=original_basename,
            original_name=original_name,
            original_path=original_path,
            original_md5hash=original_md5hash,
            from_batch_import=from_batch_import,
            is_tus_file=is_tus_file,
            tus_upload_url=tus_upload_url,
            url=url,
            ssl_url=ssl_url,
            is_temp_url=is_temp_url,
            meta=meta,
            user_meta=user_meta,
            as_=as_,
            queue=queue,
            queue_time=queue_time,
            exec_time=exec_time,
            cost=cost,
        )

        assembly_file.additional_properties = d
        return assembly_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
