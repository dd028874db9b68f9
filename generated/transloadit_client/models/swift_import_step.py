from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_on_errors_item import ImportOnErrorsItem
from ..models.output_meta_name import OutputMetaName
from ..models.step_base_ignore_errors_type_1_item import StepBaseIgnoreErrorsType1Item
from ..models.step_base_queue import StepBaseQueue
from ..models.step_interpolate_type_1 import StepInterpolateType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_interpolate_type_2 import StepInterpolateType2
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="SwiftImportStep")


@_attrs_define
class SwiftImportStep:
    """`/swift/import`: Import files from an OpenStack Swift container.

    Attributes:
        robot (Literal['/swift/import']):
        path (list[str] | str): One path or a list of paths; a path ending in `/` is a directory.
        interpolate (bool | StepInterpolateType1 | StepInterpolateType2 | Unset): Whether Assembly Variables (`${...}`)
            in this Step's params are filled in: `true` or
            `false` for every param, or an object of param paths to `true`/`false` for single ones.
            Params are filled in by default.
        output_meta (bool | list[OutputMetaName] | OutputMetaFlags | Unset): Which metadata is extracted for the files
            this Step produces (a param of every Step).

            - absent or `true`: the usual metadata (see `FileMeta`), no extras.
            - `false`: no extraction. Result files keep their `mime` and `type` and only the `meta`
              keys the robot itself reports (`/file/hash`'s `hash`, `/image/facedetect`'s `faces`,
              `/file/preview`'s `preview_strategy`, `/video/thumbs`' `thumb_index`, ...).
            - a list of names, or an object of name to boolean: the usual metadata plus the extras
              named (with `true`), computed from each result file. An extra that does not apply to a
              file (`mean_volume` of an image) or cannot be computed from it is left out of its `meta`.

            The emulator leaves the uploads' own metadata (`uploads[]`) as it was extracted at upload,
            whatever `/upload/handle`'s `output_meta` says. Unknown names or other types answer
            `<ROBOT>_VALIDATION` at creation.
        user_meta (StepUserMeta | Unset): Extra keys for the `user_meta` of every file this Step produces (a param of
            every Step),
            merged over the `user_meta` the file inherits from the file it was made from (an upload's
            `user_meta` holds its tus metadata extras). Files of later Steps inherit the result in turn,
            so they see it as `${file.user_meta.*}`. String values may hold Assembly Variables, filled in
            per result file: `${file.*}` is the input file (the result itself for imported files),
            `${fields.*}`, `${assembly.id}`, ... as in other params, and `${result.*}` is the result
            file's own record (`${result.name}`, `${result.meta.width}`, ...). A value that is exactly one
            variable takes the variable's type (a number stays a number); other values are kept as they are.
        result (bool | Unset): Include this Step's files in `results`. Left out, they are included when no
            file-producing Step uses them.
        queue (StepBaseQueue | Unset): `batch` puts this Step's jobs in the batch queue: while they wait for job slots,
            live
            jobs of the same account or client IP go first. Leave it out for the live queue.
        force_accept (bool | Unset): Make the robot take files of types it would otherwise skip (a video encoder skips
            images). Default: False.
        ignore_errors (bool | list[StepBaseIgnoreErrorsType1Item] | Unset): Failures of this Step that do not fail the
            Assembly: `true` for all, or a list of
            phases: `meta` (metadata extraction), `execute` (the robot's work) and, for import
            robots only, `import` (a source that fails is skipped and listed in `ignored_errors`).
        force_name (list[str] | None | str | Unset): The name each imported file gets, one for all or a list with one
            per source; left out keeps the source's name.
        import_on_errors (list[ImportOnErrorsItem] | Unset): Import a file even when its metadata cannot be read.
        credentials (str | Unset): The name of Template Credentials (of this account) holding the secrets the robot
            needs
            (keys, tokens, bucket); params given inline in the Step override theirs.
        bucket (str | Unset): The bucket.
        host (str | Unset): The storage endpoint's host name.
        key (str | Unset): The access key, instead of `credentials`.
        secret (str | Unset): The secret key, instead of `credentials`.
        recursive (bool | Unset): Import the files of subdirectories too. Default: False.
        page_number (int | Unset): The page of the directory listing to import. Default: 1.
        files_per_page (int | Unset): How many files one page of a directory listing holds. Default: 1000.
        return_file_stubs (bool | Unset): Return empty files with an `import_url` instead of downloading them. Default:
            False.
    """

    robot: Literal["/swift/import"]
    path: list[str] | str
    interpolate: bool | StepInterpolateType1 | StepInterpolateType2 | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    result: bool | Unset = UNSET
    queue: StepBaseQueue | Unset = UNSET
    force_accept: bool | Unset = False
    ignore_errors: bool | list[StepBaseIgnoreErrorsType1Item] | Unset = UNSET
    force_name: list[str] | None | str | Unset = UNSET
    import_on_errors: list[ImportOnErrorsItem] | Unset = UNSET
    credentials: str | Unset = UNSET
    bucket: str | Unset = UNSET
    host: str | Unset = UNSET
    key: str | Unset = UNSET
    secret: str | Unset = UNSET
    recursive: bool | Unset = False
    page_number: int | Unset = 1
    files_per_page: int | Unset = 1000
    return_file_stubs: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_interpolate_type_2 import StepInterpolateType2  # noqa: PLC0415

        robot = self.robot

        path: list[str] | str
        if isinstance(self.path, list):
            path = self.path

        else:
            path = self.path

        interpolate: bool | dict[str, Any] | str | Unset
        if isinstance(self.interpolate, Unset):
            interpolate = UNSET
        elif isinstance(self.interpolate, StepInterpolateType1):
            interpolate = self.interpolate.value
        elif isinstance(self.interpolate, StepInterpolateType2):
            interpolate = self.interpolate.to_dict()
        else:
            interpolate = self.interpolate

        output_meta: bool | dict[str, Any] | list[str] | Unset
        if isinstance(self.output_meta, Unset):
            output_meta = UNSET
        elif isinstance(self.output_meta, list):
            output_meta = []
            for componentsschemas_step_output_meta_type_1_item_data in self.output_meta:
                componentsschemas_step_output_meta_type_1_item = (
                    componentsschemas_step_output_meta_type_1_item_data.value
                )
                output_meta.append(componentsschemas_step_output_meta_type_1_item)

        elif isinstance(self.output_meta, OutputMetaFlags):
            output_meta = self.output_meta.to_dict()
        else:
            output_meta = self.output_meta

        user_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_meta, Unset):
            user_meta = self.user_meta.to_dict()

        result = self.result

        queue: str | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.value

        force_accept = self.force_accept

        ignore_errors: bool | list[str] | Unset
        if isinstance(self.ignore_errors, Unset):
            ignore_errors = UNSET
        elif isinstance(self.ignore_errors, list):
            ignore_errors = []
            for ignore_errors_type_1_item_data in self.ignore_errors:
                ignore_errors_type_1_item = ignore_errors_type_1_item_data.value
                ignore_errors.append(ignore_errors_type_1_item)

        else:
            ignore_errors = self.ignore_errors

        force_name: list[str] | None | str | Unset
        if isinstance(self.force_name, Unset):
            force_name = UNSET
        elif isinstance(self.force_name, list):
            force_name = self.force_name

        else:
            force_name = self.force_name

        import_on_errors: list[str] | Unset = UNSET
        if not isinstance(self.import_on_errors, Unset):
            import_on_errors = []
            for componentsschemas_import_on_errors_item_data in self.import_on_errors:
                componentsschemas_import_on_errors_item = componentsschemas_import_on_errors_item_data.value
                import_on_errors.append(componentsschemas_import_on_errors_item)

        credentials = self.credentials

        bucket = self.bucket

        host = self.host

        key = self.key

        secret = self.secret

        recursive = self.recursive

        page_number = self.page_number

        files_per_page = self.files_per_page

        return_file_stubs = self.return_file_stubs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "robot": robot,
                "path": path,
            }
        )
        if interpolate is not UNSET:
            field_dict["interpolate"] = interpolate
        if output_meta is not UNSET:
            field_dict["output_meta"] = output_meta
        if user_meta is not UNSET:
            field_dict["user_meta"] = user_meta
        if result is not UNSET:
            field_dict["result"] = result
        if queue is not UNSET:
            field_dict["queue"] = queue
        if force_accept is not UNSET:
            field_dict["force_accept"] = force_accept
        if ignore_errors is not UNSET:
            field_dict["ignore_errors"] = ignore_errors
        if force_name is not UNSET:
            field_dict["force_name"] = force_name
        if import_on_errors is not UNSET:
            field_dict["import_on_errors"] = import_on_errors
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if host is not UNSET:
            field_dict["host"] = host
        if key is not UNSET:
            field_dict["key"] = key
        if secret is not UNSET:
            field_dict["secret"] = secret
        if recursive is not UNSET:
            field_dict["recursive"] = recursive
        if page_number is not UNSET:
            field_dict["page_number"] = page_number
        if files_per_page is not UNSET:
            field_dict["files_per_page"] = files_per_page
        if return_file_stubs is not UNSET:
            field_dict["return_file_stubs"] = return_file_stubs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_interpolate_type_2 import StepInterpolateType2  # noqa: PLC0415
        from ..models.step_user_meta import StepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/swift/import"], d.pop("robot"))
        if robot != "/swift/import":
            raise ValueError(f"robot must match const '/swift/import', got '{robot}'")

        def _parse_path(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_import_path_type_1 = cast(list[str], data)

                return componentsschemas_import_path_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        path = _parse_path(d.pop("path"))

        def _parse_interpolate(data: object) -> bool | StepInterpolateType1 | StepInterpolateType2 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_step_interpolate_type_1 = StepInterpolateType1(data)

                return componentsschemas_step_interpolate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_step_interpolate_type_2 = StepInterpolateType2.from_dict(data)

                return componentsschemas_step_interpolate_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | StepInterpolateType1 | StepInterpolateType2 | Unset, data)

        interpolate = _parse_interpolate(d.pop("interpolate", UNSET))

        def _parse_output_meta(data: object) -> bool | list[OutputMetaName] | OutputMetaFlags | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_step_output_meta_type_1 = []
                _componentsschemas_step_output_meta_type_1 = data
                for componentsschemas_step_output_meta_type_1_item_data in _componentsschemas_step_output_meta_type_1:
                    componentsschemas_step_output_meta_type_1_item = OutputMetaName(
                        componentsschemas_step_output_meta_type_1_item_data
                    )

                    componentsschemas_step_output_meta_type_1.append(componentsschemas_step_output_meta_type_1_item)

                return componentsschemas_step_output_meta_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_step_output_meta_type_2 = OutputMetaFlags.from_dict(data)

                return componentsschemas_step_output_meta_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[OutputMetaName] | OutputMetaFlags | Unset, data)

        output_meta = _parse_output_meta(d.pop("output_meta", UNSET))

        _user_meta = d.pop("user_meta", UNSET)
        user_meta: StepUserMeta | Unset
        if isinstance(_user_meta, Unset):
            user_meta = UNSET
        else:
            user_meta = StepUserMeta.from_dict(_user_meta)

        result = d.pop("result", UNSET)

        _queue = d.pop("queue", UNSET)
        queue: StepBaseQueue | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = StepBaseQueue(_queue)

        force_accept = d.pop("force_accept", UNSET)

        def _parse_ignore_errors(data: object) -> bool | list[StepBaseIgnoreErrorsType1Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ignore_errors_type_1 = []
                _ignore_errors_type_1 = data
                for ignore_errors_type_1_item_data in _ignore_errors_type_1:
                    ignore_errors_type_1_item = StepBaseIgnoreErrorsType1Item(ignore_errors_type_1_item_data)

                    ignore_errors_type_1.append(ignore_errors_type_1_item)

                return ignore_errors_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[StepBaseIgnoreErrorsType1Item] | Unset, data)

        ignore_errors = _parse_ignore_errors(d.pop("ignore_errors", UNSET))

        def _parse_force_name(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_import_force_name_type_1 = cast(list[str], data)

                return componentsschemas_import_force_name_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        force_name = _parse_force_name(d.pop("force_name", UNSET))

        _import_on_errors = d.pop("import_on_errors", UNSET)
        import_on_errors: list[ImportOnErrorsItem] | Unset = UNSET
        if _import_on_errors is not UNSET:
            import_on_errors = []
            for componentsschemas_import_on_errors_item_data in _import_on_errors:
                componentsschemas_import_on_errors_item = ImportOnErrorsItem(
                    componentsschemas_import_on_errors_item_data
                )

                import_on_errors.append(componentsschemas_import_on_errors_item)

        credentials = d.pop("credentials", UNSET)

        bucket = d.pop("bucket", UNSET)

        host = d.pop("host", UNSET)

        key = d.pop("key", UNSET)

        secret = d.pop("secret", UNSET)

        recursive = d.pop("recursive", UNSET)

        page_number = d.pop("page_number", UNSET)

        files_per_page = d.pop("files_per_page", UNSET)

        return_file_stubs = d.pop("return_file_stubs", UNSET)

        swift_import_step = cls(
            robot=robot,
            path=path,
            interpolate=interpolate,
            output_meta=output_meta,
            user_meta=user_meta,
            result=result,
            queue=queue,
            force_accept=force_accept,
            ignore_errors=ignore_errors,
            force_name=force_name,
            import_on_errors=import_on_errors,
            credentials=credentials,
            bucket=bucket,
            host=host,
            key=key,
            secret=secret,
            recursive=recursive,
            page_number=page_number,
            files_per_page=files_per_page,
            return_file_stubs=return_file_stubs,
        )

        swift_import_step.additional_properties = d
        return swift_import_step

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
