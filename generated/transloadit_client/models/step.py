from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_queue import StepQueue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="Step")


@_attrs_define
class Step:
    """One Step of Assembly Instructions. Each robot's own params are described by its
    `<Robot>Step` schema (`UploadHandleStep`, `ImageResizeStep`, `ImageOptimizeStep`, `ImageFacedetectStep`,
    `ImageMergeStep`, `FileFilterStep`, `FileHashStep`,
    `VideoEncodeStep`, `VideoThumbsStep`, `VideoConcatStep`, `AudioEncodeStep`, `AudioWaveformStep`, `FileCompressStep`,
    `FileDecompressStep`, `FilePreviewStep`, `DocumentThumbsStep`, `HttpImportStep`, `S3ImportStep`, `S3StoreStep`,
    ...).

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
            output_meta (Any | Unset): Metadata to extract for result files; `false` skips extraction.
            user_meta (StepUserMeta | Unset):
    """

    robot: str
    use: Any | Unset = UNSET
    result: bool | Unset = UNSET
    force_accept: bool | Unset = False
    queue: StepQueue | Unset = UNSET
    ignore_errors: Any | Unset = UNSET
    output_meta: Any | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        robot = self.robot

        use = self.use

        result = self.result

        force_accept = self.force_accept

        queue: str | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.value

        ignore_errors = self.ignore_errors

        output_meta = self.output_meta

        user_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_meta, Unset):
            user_meta = self.user_meta.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        output_meta = d.pop("output_meta", UNSET)

        _user_meta = d.pop("user_meta", UNSET)
        user_meta: StepUserMeta | Unset
        if isinstance(_user_meta, Unset):
            user_meta = UNSET
        else:
            user_meta = StepUserMeta.from_dict(_user_meta)

        step = cls(
            robot=robot,
            use=use,
            result=result,
            force_accept=force_accept,
            queue=queue,
            ignore_errors=ignore_errors,
            output_meta=output_meta,
            user_meta=user_meta,
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
