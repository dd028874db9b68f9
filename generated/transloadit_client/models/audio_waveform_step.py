from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_waveform_step_format import AudioWaveformStepFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_waveform_step_user_meta import AudioWaveformStepUserMeta


T = TypeVar("T", bound="AudioWaveformStep")


@_attrs_define
class AudioWaveformStep:
    """`/audio/waveform`: a PNG of the waveform, or its peaks as JSON.

    Attributes:
        robot (Literal['/audio/waveform']):
        use (Any | Unset):
        result (bool | Unset):
        ignore_errors (Any | Unset):
        output_meta (Any | Unset):
        user_meta (AudioWaveformStepUserMeta | Unset):
        format_ (AudioWaveformStepFormat | Unset):  Default: AudioWaveformStepFormat.IMAGE.
        width (int | Unset):  Default: 256.
        height (int | Unset):  Default: 64.
        background_color (str | Unset):  Default: '#00000000'.
        outer_color (str | Unset):  Default: '#000000ff'.
    """

    robot: Literal["/audio/waveform"]
    use: Any | Unset = UNSET
    result: bool | Unset = UNSET
    ignore_errors: Any | Unset = UNSET
    output_meta: Any | Unset = UNSET
    user_meta: AudioWaveformStepUserMeta | Unset = UNSET
    format_: AudioWaveformStepFormat | Unset = AudioWaveformStepFormat.IMAGE
    width: int | Unset = 256
    height: int | Unset = 64
    background_color: str | Unset = "#00000000"
    outer_color: str | Unset = "#000000ff"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        robot = self.robot

        use = self.use

        result = self.result

        ignore_errors = self.ignore_errors

        output_meta = self.output_meta

        user_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_meta, Unset):
            user_meta = self.user_meta.to_dict()

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        width = self.width

        height = self.height

        background_color = self.background_color

        outer_color = self.outer_color

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
        if format_ is not UNSET:
            field_dict["format"] = format_
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if outer_color is not UNSET:
            field_dict["outer_color"] = outer_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_waveform_step_user_meta import AudioWaveformStepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/audio/waveform"], d.pop("robot"))
        if robot != "/audio/waveform":
            raise ValueError(f"robot must match const '/audio/waveform', got '{robot}'")

        use = d.pop("use", UNSET)

        result = d.pop("result", UNSET)

        ignore_errors = d.pop("ignore_errors", UNSET)

        output_meta = d.pop("output_meta", UNSET)

        _user_meta = d.pop("user_meta", UNSET)
        user_meta: AudioWaveformStepUserMeta | Unset
        if isinstance(_user_meta, Unset):
            user_meta = UNSET
        else:
            user_meta = AudioWaveformStepUserMeta.from_dict(_user_meta)

        _format_ = d.pop("format", UNSET)
        format_: AudioWaveformStepFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = AudioWaveformStepFormat(_format_)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        background_color = d.pop("background_color", UNSET)

        outer_color = d.pop("outer_color", UNSET)

        audio_waveform_step = cls(
            robot=robot,
            use=use,
            result=result,
            ignore_errors=ignore_errors,
            output_meta=output_meta,
            user_meta=user_meta,
            format_=format_,
            width=width,
            height=height,
            background_color=background_color,
            outer_color=outer_color,
        )

        audio_waveform_step.additional_properties = d
        return audio_waveform_step

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
