from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_filter_step_condition_type import FileFilterStepConditionType
from ..models.output_meta_name import OutputMetaName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="FileFilterStep")


@_attrs_define
class FileFilterStep:
    """`/file/filter`: pass on only the files that match conditions.

    Attributes:
        robot (Literal['/file/filter']):
        use (Any | Unset):
        result (bool | Unset):
        ignore_errors (Any | Unset):
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
        accepts (list[list[Any]] | None | Unset): Conditions a file must meet; null accepts every file, `[]` none.
        declines (list[list[Any]] | None | Unset): Conditions that reject a file; null or `[]` reject none.
        condition_type (FileFilterStepConditionType | Unset):  Default: FileFilterStepConditionType.OR.
        error_on_decline (bool | Unset):  Default: False.
        error_msg (str | Unset):  Default: 'One of your files was declined'.
    """

    robot: Literal["/file/filter"]
    use: Any | Unset = UNSET
    result: bool | Unset = UNSET
    ignore_errors: Any | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    accepts: list[list[Any]] | None | Unset = UNSET
    declines: list[list[Any]] | None | Unset = UNSET
    condition_type: FileFilterStepConditionType | Unset = FileFilterStepConditionType.OR
    error_on_decline: bool | Unset = False
    error_msg: str | Unset = "One of your files was declined"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415

        robot = self.robot

        use = self.use

        result = self.result

        ignore_errors = self.ignore_errors

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

        accepts: list[list[Any]] | None | Unset
        if isinstance(self.accepts, Unset):
            accepts = UNSET
        elif isinstance(self.accepts, list):
            accepts = []
            for componentsschemas_file_filter_conditions_item_data in self.accepts:
                componentsschemas_file_filter_conditions_item = componentsschemas_file_filter_conditions_item_data

                accepts.append(componentsschemas_file_filter_conditions_item)

        else:
            accepts = self.accepts

        declines: list[list[Any]] | None | Unset
        if isinstance(self.declines, Unset):
            declines = UNSET
        elif isinstance(self.declines, list):
            declines = []
            for componentsschemas_file_filter_conditions_item_data in self.declines:
                componentsschemas_file_filter_conditions_item = componentsschemas_file_filter_conditions_item_data

                declines.append(componentsschemas_file_filter_conditions_item)

        else:
            declines = self.declines

        condition_type: str | Unset = UNSET
        if not isinstance(self.condition_type, Unset):
            condition_type = self.condition_type.value

        error_on_decline = self.error_on_decline

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "robot": robot,
            }
        )
        if use is not UNSET:
            field_dict["use"] = use
        if result is not UNSET:
            field_dict["result"] = result
        if ignore_errors is not UNSET:
            field_dict["ignore_errors"] = ignore_errors
        if output_meta is not UNSET:
            field_dict["output_meta"] = output_meta
        if user_meta is not UNSET:
            field_dict["user_meta"] = user_meta
        if accepts is not UNSET:
            field_dict["accepts"] = accepts
        if declines is not UNSET:
            field_dict["declines"] = declines
        if condition_type is not UNSET:
            field_dict["condition_type"] = condition_type
        if error_on_decline is not UNSET:
            field_dict["error_on_decline"] = error_on_decline
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_user_meta import StepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/file/filter"], d.pop("robot"))
        if robot != "/file/filter":
            raise ValueError(f"robot must match const '/file/filter', got '{robot}'")

        use = d.pop("use", UNSET)

        result = d.pop("result", UNSET)

        ignore_errors = d.pop("ignore_errors", UNSET)

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

        def _parse_accepts(data: object) -> list[list[Any]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                accepts_type_0 = []
                _accepts_type_0 = data
                for componentsschemas_file_filter_conditions_item_data in _accepts_type_0:
                    componentsschemas_file_filter_conditions_item = cast(
                        list[Any], componentsschemas_file_filter_conditions_item_data
                    )

                    accepts_type_0.append(componentsschemas_file_filter_conditions_item)

                return accepts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[Any]] | None | Unset, data)

        accepts = _parse_accepts(d.pop("accepts", UNSET))

        def _parse_declines(data: object) -> list[list[Any]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                declines_type_0 = []
                _declines_type_0 = data
                for componentsschemas_file_filter_conditions_item_data in _declines_type_0:
                    componentsschemas_file_filter_conditions_item = cast(
                        list[Any], componentsschemas_file_filter_conditions_item_data
                    )

                    declines_type_0.append(componentsschemas_file_filter_conditions_item)

                return declines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[Any]] | None | Unset, data)

        declines = _parse_declines(d.pop("declines", UNSET))

        _condition_type = d.pop("condition_type", UNSET)
        condition_type: FileFilterStepConditionType | Unset
        if isinstance(_condition_type, Unset):
            condition_type = UNSET
        else:
            condition_type = FileFilterStepConditionType(_condition_type)

        error_on_decline = d.pop("error_on_decline", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        file_filter_step = cls(
            robot=robot,
            use=use,
            result=result,
            ignore_errors=ignore_errors,
            output_meta=output_meta,
            user_meta=user_meta,
            accepts=accepts,
            declines=declines,
            condition_type=condition_type,
            error_on_decline=error_on_decline,
            error_msg=error_msg,
        )

        file_filter_step.additional_properties = d
        return file_filter_step

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
