from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_meta_name import OutputMetaName
from ..models.step_interpolate_type_1 import StepInterpolateType1
from ..models.step_queue import StepQueue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_interpolate_type_2 import StepInterpolateType2
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="Step")


@_attrs_define
class Step:
    """One Step of Assembly Instructions, as a Template keeps it (values may still be Assembly
    Variables). The params every robot shares are described in `StepBase`, each robot's own
    in its `<Robot>Step` schema (`ImageResizeStep`, `VideoEncodeStep`, ...; see `RobotStep`).

        Attributes:
            robot (str):
            use (Any | Unset): The Steps whose files this Step takes: a Step name, a list of names, a list of
                `{name, as?, fields?}` objects, or `{steps: <any of those>, bundle_steps?: bool}`.
                `:original` names the uploads. Defaults to `:original`.
            result (bool | Unset): Include this Step's files in `results`.
            force_accept (bool | Unset): Make the robot take files of types it would otherwise skip (a video encoder skips
                images). Default: False.
            queue (StepQueue | Unset): `batch` puts this Step's jobs in the batch queue: while they wait for job slots, live
                jobs of the same account or client IP go first. Leave it out for the live queue.
            ignore_errors (Any | Unset): `true` or a list of phases (`meta`, `execute`; `import` for import robots):
                failures of this Step do not fail the Assembly.
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
            interpolate (bool | StepInterpolateType1 | StepInterpolateType2 | Unset): Whether Assembly Variables (`${...}`)
                in this Step's params are filled in: `true` or
                `false` for every param, or an object of param paths to `true`/`false` for single ones.
                Params are filled in by default.
    """

    robot: str
    use: Any | Unset = UNSET
    result: bool | Unset = UNSET
    force_accept: bool | Unset = False
    queue: StepQueue | Unset = UNSET
    ignore_errors: Any | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    interpolate: bool | StepInterpolateType1 | StepInterpolateType2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_interpolate_type_2 import StepInterpolateType2  # noqa: PLC0415

        robot = self.robot

        use = self.use

        result = self.result

        force_accept = self.force_accept

        queue: str | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.value

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

        interpolate: bool | dict[str, Any] | str | Unset
        if isinstance(self.interpolate, Unset):
            interpolate = UNSET
        elif isinstance(self.interpolate, StepInterpolateType1):
            interpolate = self.interpolate.value
        elif isinstance(self.interpolate, StepInterpolateType2):
            interpolate = self.interpolate.to_dict()
        else:
            interpolate = self.interpolate

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
        if force_accept is not UNSET:
            field_dict["force_accept"] = force_accept
        if queue is not UNSET:
            field_dict["queue"] = queue
        if ignore_errors is not UNSET:
            field_dict["ignore_errors"] = ignore_errors
        if output_meta is not UNSET:
            field_dict["output_meta"] = output_meta
        if user_meta is not UNSET:
            field_dict["user_meta"] = user_meta
        if interpolate is not UNSET:
            field_dict["interpolate"] = interpolate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_interpolate_type_2 import StepInterpolateType2  # noqa: PLC0415
        from ..models.step_user_meta import StepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = d.pop("robot")

        use = d.pop("use", UNSET)

        result = d.pop("result", UNSET)

        force_accept = d.pop("force_accept", UNSET)

        _queue = d.pop("queue", UNSET)
        queue: StepQueue | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = StepQueue(_queue)

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

        step = cls(
            robot=robot,
            use=use,
            result=result,
            force_accept=force_accept,
            queue=queue,
            ignore_errors=ignore_errors,
            output_meta=output_meta,
            user_meta=user_meta,
            interpolate=interpolate,
        )

        step.additional_properties = d
        return step

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
