from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assembly_file_playlists_item import AssemblyFilePlaylistsItem
    from ..models.assembly_file_user_meta import AssemblyFileUserMeta
    from ..models.assembly_file_vimeo import AssemblyFileVimeo
    from ..models.file_meta import FileMeta


T = TypeVar("T", bound="AssemblyFile")


@_attrs_define
class AssemblyFile:
    """An uploaded file (`uploads[]`) or a result file (`results[step][]`). Uploads carry the first
    group of keys; results carry those too and the result-only ones below (`width` ...).

        Attributes:
            id (str | Unset): The file's id, 32 lowercase hex characters.
            asset_id (str | Unset): The id of the stored asset the file became (Transloadit storage).
            asset_version (float | Unset): The version of that stored asset.
            version_id (str | Unset): The version of the stored object (storage with versioning).
            workspace (str | Unset): The workspace the stored asset belongs to.
            sha256 (str | Unset): The SHA-256 of the file's stored bytes, 64 lowercase hex characters. The emulator sets it
                on
                every upload and result file (computed in the same pass over the bytes as `md5hash`; a tus
                upload is hashed while its bytes stream in), never null; only files an emulator older than
                this key stored (in a kept data directory) have none.
            thumbhash (str | Unset): A ThumbHash placeholder of an image (base64); with `output_meta` `thumbhash`, the same
                as `meta.thumbhash`.
            has_alpha (bool | Unset): Whether an image has an alpha channel, even if all its pixels are opaque; present with
                `thumbhash`.
            name (None | str | Unset): The file name with extension, e.g. "photo.jpg".
            basename (None | str | Unset): The file name without its extension.
            ext (None | str | Unset): The extension without the dot, e.g. "jpg".
            size (int | None | Unset): Size in bytes.
            mime (None | str | Unset): The MIME type detected from the content, e.g. "image/jpeg".
            type_ (None | str | Unset): "image", "video", "audio", "document", "archive" or null.
            field (None | str | Unset): The form field (or tus `fieldname`) the file was uploaded in.
            md5hash (None | str | Unset): The MD5 of the file's bytes in hex.
            original_id (None | str | Unset): The id of the upload this file comes from.
            original_basename (None | str | Unset): That upload's basename.
            original_name (None | str | Unset): That upload's name.
            original_path (None | str | Unset): That upload's directory inside an archive or import, else "/".
            original_md5hash (None | str | Unset): That upload's MD5.
            from_batch_import (bool | Unset): Whether the file came from an import robot in batch mode.
            is_tus_file (bool | Unset): True on an upload that came over tus; a result (the `:original` one too) is false.
            tus_upload_url (None | str | Unset): The tus upload's URL, on the upload only; null on results.
            url (None | str | Unset): Where to download the file (http).
            ssl_url (None | str | Unset): Where to download the file over https (the emulator: its TLS port).
            meta (FileMeta | Unset): Metadata extracted from a file. Images: dimensions, colour, EXIF, IPTC, XMP.
                Video and audio: duration, codecs, bitrates, tags.
                `/file/hash` adds `hash`, `/image/facedetect` adds `faces`, `/file/preview` adds `preview_strategy`.
                A Step's `output_meta` adds `dominant_colors`, `blurhash`, `thumbhash` (with `has_alpha`), `interlaced` and
                `mean_volume` to its result files on request, or (`false`) leaves only the robot's own keys.
                Image text found in several places comes from XMP first, then IPTC, then EXIF
                (IPTC first when Photoshop's IPTC digest shows it was edited after the XMP).
            user_meta (AssemblyFileUserMeta | Unset): An upload's tus metadata extras; a result's inherited `user_meta` with
                its Step's `user_meta` merged over it.
            as_ (Any | Unset): The `as` name the file was used under (`use: [{name, as}]`).
            is_temp_url (bool | Unset): Whether `url` expires (temporary storage).
            queue (None | str | Unset): The queue the job ran in: "live" or "batch".
            queue_time (float | None | Unset): Seconds the job waited for job slots (snake-case spelling).
            exec_time (float | None | Unset): Seconds the job ran (snake-case spelling).
            import_url (str | Unset): The URL an import robot fetched the file from.
            cost (int | None | Unset): Bytes the file counts towards the bill.
            duration (float | None | Unset): Result only: seconds of audio or video.
            duration_human (None | str | Unset): Result only: `duration` for people, e.g. "1m 5s".
            width (int | None | Unset): Result only: width in pixels.
            height (int | None | Unset): Result only: height in pixels.
            size_human (None | str | Unset): Result only: `size` for people, e.g. "2.41 KB".
            filepath (None | str | Unset): Result only: where the file lay on the worker.
            path (None | str | Unset): Result only: the stored object's path (storage robots).
            preview (None | str | Unset): Result only: a preview image URL.
            queueTime (float | None | Unset): Seconds the job waited for job slots.
            execTime (float | None | Unset): Seconds the job ran.
            signed_url (str | Unset): Result only: a signed, expiring `url` (storage that signs).
            signed_ssl_url (str | Unset): Result only: a signed, expiring `ssl_url`.
            ios_url (str | Unset): Result only: a URL for iOS players (adaptive streaming).
            streaming_url (str | Unset): Result only: a streaming URL (adaptive streaming).
            remote_path (str | Unset): Result only: the path on the remote server (FTP, SFTP stores).
            playlists (list[AssemblyFilePlaylistsItem] | Unset): Result only: the HLS playlists an adaptive Step made.
            hls_url (str | Unset): Result only: the master HLS playlist URL.
            forced_file_ext (str | Unset): Result only: the extension the Step forced on the file.
            vimeo (AssemblyFileVimeo | Unset): Result only: the video's Vimeo title and URI (`/vimeo/import`).
    """

    id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    asset_version: float | Unset = UNSET
    version_id: str | Unset = UNSET
    workspace: str | Unset = UNSET
    sha256: str | Unset = UNSET
    thumbhash: str | Unset = UNSET
    has_alpha: bool | Unset = UNSET
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
    meta: FileMeta | Unset = UNSET
    user_meta: AssemblyFileUserMeta | Unset = UNSET
    as_: Any | Unset = UNSET
    is_temp_url: bool | Unset = UNSET
    queue: None | str | Unset = UNSET
    queue_time: float | None | Unset = UNSET
    exec_time: float | None | Unset = UNSET
    import_url: str | Unset = UNSET
    cost: int | None | Unset = UNSET
    duration: float | None | Unset = UNSET
    duration_human: None | str | Unset = UNSET
    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    size_human: None | str | Unset = UNSET
    filepath: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    preview: None | str | Unset = UNSET
    queueTime: float | None | Unset = UNSET
    execTime: float | None | Unset = UNSET
    signed_url: str | Unset = UNSET
    signed_ssl_url: str | Unset = UNSET
    ios_url: str | Unset = UNSET
    streaming_url: str | Unset = UNSET
    remote_path: str | Unset = UNSET
    playlists: list[AssemblyFilePlaylistsItem] | Unset = UNSET
    hls_url: str | Unset = UNSET
    forced_file_ext: str | Unset = UNSET
    vimeo: AssemblyFileVimeo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        asset_id = self.asset_id

        asset_version = self.asset_version

        version_id = self.version_id

        workspace = self.workspace

        sha256 = self.sha256

        thumbhash = self.thumbhash

        has_alpha = self.has_alpha

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

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        user_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_meta, Unset):
            user_meta = self.user_meta.to_dict()

        as_ = self.as_

        is_temp_url = self.is_temp_url

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

        import_url = self.import_url

        cost: int | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        duration_human: None | str | Unset
        if isinstance(self.duration_human, Unset):
            duration_human = UNSET
        else:
            duration_human = self.duration_human

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        size_human: None | str | Unset
        if isinstance(self.size_human, Unset):
            size_human = UNSET
        else:
            size_human = self.size_human

        filepath: None | str | Unset
        if isinstance(self.filepath, Unset):
            filepath = UNSET
        else:
            filepath = self.filepath

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        preview: None | str | Unset
        if isinstance(self.preview, Unset):
            preview = UNSET
        else:
            preview = self.preview

        queueTime: float | None | Unset
        if isinstance(self.queueTime, Unset):
            queueTime = UNSET
        else:
            queueTime = self.queueTime

        execTime: float | None | Unset
        if isinstance(self.execTime, Unset):
            execTime = UNSET
        else:
            execTime = self.execTime

        signed_url = self.signed_url

        signed_ssl_url = self.signed_ssl_url

        ios_url = self.ios_url

        streaming_url = self.streaming_url

        remote_path = self.remote_path

        playlists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.playlists, Unset):
            playlists = []
            for playlists_item_data in self.playlists:
                playlists_item = playlists_item_data.to_dict()
                playlists.append(playlists_item)

        hls_url = self.hls_url

        forced_file_ext = self.forced_file_ext

        vimeo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vimeo, Unset):
            vimeo = self.vimeo.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if asset_version is not UNSET:
            field_dict["asset_version"] = asset_version
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if thumbhash is not UNSET:
            field_dict["thumbhash"] = thumbhash
        if has_alpha is not UNSET:
            field_dict["has_alpha"] = has_alpha
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
        if meta is not UNSET:
            field_dict["meta"] = meta
        if user_meta is not UNSET:
            field_dict["user_meta"] = user_meta
        if as_ is not UNSET:
            field_dict["as"] = as_
        if is_temp_url is not UNSET:
            field_dict["is_temp_url"] = is_temp_url
        if queue is not UNSET:
            field_dict["queue"] = queue
        if queue_time is not UNSET:
            field_dict["queue_time"] = queue_time
        if exec_time is not UNSET:
            field_dict["exec_time"] = exec_time
        if import_url is not UNSET:
            field_dict["import_url"] = import_url
        if cost is not UNSET:
            field_dict["cost"] = cost
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_human is not UNSET:
            field_dict["duration_human"] = duration_human
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if size_human is not UNSET:
            field_dict["size_human"] = size_human
        if filepath is not UNSET:
            field_dict["filepath"] = filepath
        if path is not UNSET:
            field_dict["path"] = path
        if preview is not UNSET:
            field_dict["preview"] = preview
        if queueTime is not UNSET:
            field_dict["queueTime"] = queueTime
        if execTime is not UNSET:
            field_dict["execTime"] = execTime
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url
        if signed_ssl_url is not UNSET:
            field_dict["signed_ssl_url"] = signed_ssl_url
        if ios_url is not UNSET:
            field_dict["ios_url"] = ios_url
        if streaming_url is not UNSET:
            field_dict["streaming_url"] = streaming_url
        if remote_path is not UNSET:
            field_dict["remote_path"] = remote_path
        if playlists is not UNSET:
            field_dict["playlists"] = playlists
        if hls_url is not UNSET:
            field_dict["hls_url"] = hls_url
        if forced_file_ext is not UNSET:
            field_dict["forcedFileExt"] = forced_file_ext
        if vimeo is not UNSET:
            field_dict["vimeo"] = vimeo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assembly_file_playlists_item import AssemblyFilePlaylistsItem  # noqa: PLC0415
        from ..models.assembly_file_user_meta import AssemblyFileUserMeta  # noqa: PLC0415
        from ..models.assembly_file_vimeo import AssemblyFileVimeo  # noqa: PLC0415
        from ..models.file_meta import FileMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        asset_version = d.pop("asset_version", UNSET)

        version_id = d.pop("version_id", UNSET)

        workspace = d.pop("workspace", UNSET)

        sha256 = d.pop("sha256", UNSET)

        thumbhash = d.pop("thumbhash", UNSET)

        has_alpha = d.pop("has_alpha", UNSET)

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

        is_temp_url = d.pop("is_temp_url", UNSET)

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

        import_url = d.pop("import_url", UNSET)

        def _parse_cost(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_duration_human(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration_human = _parse_duration_human(d.pop("duration_human", UNSET))

        def _parse_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        def _parse_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        def _parse_size_human(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        size_human = _parse_size_human(d.pop("size_human", UNSET))

        def _parse_filepath(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filepath = _parse_filepath(d.pop("filepath", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_preview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview = _parse_preview(d.pop("preview", UNSET))

        def _parse_queueTime(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        queueTime = _parse_queueTime(d.pop("queueTime", UNSET))

        def _parse_execTime(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        execTime = _parse_execTime(d.pop("execTime", UNSET))

        signed_url = d.pop("signed_url", UNSET)

        signed_ssl_url = d.pop("signed_ssl_url", UNSET)

        ios_url = d.pop("ios_url", UNSET)

        streaming_url = d.pop("streaming_url", UNSET)

        remote_path = d.pop("remote_path", UNSET)

        _playlists = d.pop("playlists", UNSET)
        playlists: list[AssemblyFilePlaylistsItem] | Unset = UNSET
        if _playlists is not UNSET:
            playlists = []
            for playlists_item_data in _playlists:
                playlists_item = AssemblyFilePlaylistsItem.from_dict(playlists_item_data)

                playlists.append(playlists_item)

        hls_url = d.pop("hls_url", UNSET)

        forced_file_ext = d.pop("forcedFileExt", UNSET)

        _vimeo = d.pop("vimeo", UNSET)
        vimeo: AssemblyFileVimeo | Unset
        if isinstance(_vimeo, Unset):
            vimeo = UNSET
        else:
            vimeo = AssemblyFileVimeo.from_dict(_vimeo)

        assembly_file = cls(
            id=id,
            asset_id=asset_id,
            asset_version=asset_version,
            version_id=version_id,
            workspace=workspace,
            sha256=sha256,
            thumbhash=thumbhash,
            has_alpha=has_alpha,
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
            meta=meta,
            user_meta=user_meta,
            as_=as_,
            is_temp_url=is_temp_url,
            queue=queue,
            queue_time=queue_time,
            exec_time=exec_time,
            import_url=import_url,
            cost=cost,
            duration=duration,
            duration_human=duration_human,
            width=width,
            height=height,
            size_human=size_human,
            filepath=filepath,
            path=path,
            preview=preview,
            queueTime=queueTime,
            execTime=execTime,
            signed_url=signed_url,
            signed_ssl_url=signed_ssl_url,
            ios_url=ios_url,
            streaming_url=streaming_url,
            remote_path=remote_path,
            playlists=playlists,
            hls_url=hls_url,
            forced_file_ext=forced_file_ext,
            vimeo=vimeo,
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
