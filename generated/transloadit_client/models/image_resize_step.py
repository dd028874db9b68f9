from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_format import ImageFormat
from ..models.image_resize_step_gravity import ImageResizeStepGravity
from ..models.image_resize_step_resize_strategy import ImageResizeStepResizeStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_resize_step_user_meta import ImageResizeStepUserMeta


T = TypeVar("T", bound="ImageResizeStep")


@_attrs_define
class ImageResizeStep:
    """`/image/resize`: resize, crop and convert images.

    Attributes:
        robot (Literal['/image/resize']):
        use (Any | Unset):
        result (bool | Unset):
        ignore_errors (Any | Unset):
        output_meta (Any | Unset):
        user_meta (ImageResizeStepUserMeta | Unset):
        width (int | Unset):
        height (int | Unset):
        resize_strategy (ImageResizeStepResizeStrategy | Unset):  Default: ImageResizeStepResizeStrategy.FIT.
        zoom (bool | Unset): Allow enlarging images smaller than the target. Default: True.
        format_ (ImageFormat | None | Unset): Output format; null keeps the input's.
        quality (int | Unset):  Default: 92.
        background (str | Unset):  Default: '#FFFFFF'.
        gravity (ImageResizeStepGravity | Unset):  Default: ImageResizeStepGravity.CENTER.
        crop (Any | Unset): A region `{x1, y1, x2, y2}` (pixels) cut before resizing.
        strip (bool | Unset): Remove EXIF and ICC metadata. Default: False.
        progressive (bool | Unset):  Default: False.
        rotation (Any | Unset): `true`/`"auto"` applies the EXIF orientation, a number rotates clockwise by degrees,
            `false` leaves as is. Default: True.
    """

    robot: Literal["/image/resize"]
    use: Any | Unset = UNSET
    result: bool | Unset = UNSET
    ignore_errors: Any | Unset = UNSET
    output_meta: Any | Unset = UNSET
    user_meta: ImageResizeStepUserMeta | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    resize_strategy: ImageResizeStepResizeStrategy | Unset = ImageResizeStepResizeStrategy.FIT
    zoom: bool | Unset = True
    format_: ImageFormat | None | Unset = UNSET
    quality: int | Unset = 92
    background: str | Unset = "#FFFFFF"
    gravity: ImageResizeStepGravity | Unset = ImageResizeStepGravity.CENTER
    crop: Any | Unset = UNSET
    strip: bool | Unset = False
    progressive: bool | Unset = False
    rotation: Any | Unset = True
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

        width = self.width

        height = self.height

        resize_strategy: str | Unset = UNSET
        if not isinstance(self.resize_strategy, Unset):
            resize_strategy = self.resize_strategy.value

        zoom = self.zoom

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, ImageFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        quality = self.quality

        background = self.background

        gravity: str | Unset = UNSET
        if not isinstance(self.gravity, Unset):
            gravity = self.gravity.value

        crop = self.crop

        strip = self.strip

        progressive = self.progressive

        rotation = self.rotation

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
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if resize_strategy is not UNSET:
            field_dict["resize_strategy"] = resize_strategy
        if zoom is not UNSET:
            field_dict["zoom"] = zoom
        if format_ is not UNSET:
            field_dict["format"] = format_
        if quality is not UNSET:
            field_dict["quality"] = quality
        if background is not UNSET:
            field_dict["background"] = background
        if gravity is not UNSET:
            field_dict["gravity"] = gravity
        if crop is not UNSET:
            field_dict["crop"] = crop
        if strip is not UNSET:
            field_dict["strip"] = strip
        if progressive is not UNSET:
            field_dict["progressive"] = progressive
        if rotation is not UNSET:
            field_dict["rotation"] = rotation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_resize_step_user_meta import ImageResizeStepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/image/resize"], d.pop("robot"))
        if robot != "/image/resize":
            raise ValueError(f"robot must match const '/image/resize', got '{robot}'")

        use = d.pop("use", UNSET)

        result = d.pop("result", UNSET)

        ignore_errors = d.pop("ignore_errors", UNSET)

        output_meta = d.pop("output_meta", UNSET)

        _user_meta = d.pop("user_meta", UNSET)
        user_meta: ImageResizeStepUserMeta | Unset
        if isinstance(_user_meta, Unset):
            user_meta = UNSET
        else:
            user_meta = ImageResizeStepUserMeta.from_dict(_user_meta)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _resize_strategy = d.pop("resize_strategy", UNSET)
        resize_strategy: ImageResizeStepResizeStrategy | Unset
        if isinstance(_resize_strategy, Unset):
            resize_strategy = UNSET
        else:
            resize_strategy = ImageResizeStepResizeStrategy(_resize_strategy)

        zoom = d.pop("zoom", UNSET)

        def _parse_format_(data: object) -> ImageFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                format_type_0 = ImageFormat(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageFormat | None | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        quality = d.pop("quality", UNSET)

        background = d.pop("background", UNSET)

        _gravity = d.pop("gravity", UNSET)
        gravity: ImageResizeStepGravity | Unset
        if isinstance(_gravity, Unset):
            gravity = UNSET
        else:
            gravity = ImageResizeStepGravity(_gravity)

        crop = d.pop("crop", UNSET)

        strip = d.pop("strip", UNSET)

        progressive = d.pop("progressive", UNSET)

        rotation = d.pop("rotation", UNSET)

        image_resize_step = cls(
            robot=robot,
            use=use,
            result=result,
            ignore_errors=ignore_errors,
            output_meta=output_meta,
            user_meta=user_meta,
            width=width,
            height=height,
            resize_strategy=resize_strategy,
            zoom=zoom,
            format_=format_,
            quality=quality,
            background=background,
            gravity=gravity,
            crop=crop,
            strip=strip,
            progressive=progressive,
            rotation=rotation,
        )

        image_resize_step.additional_properties = d
        return image_resize_step

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
