from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_text_align import ImageTextAlign
from ..models.image_text_valign import ImageTextValign
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageText")


@_attrs_define
class ImageText:
    """One text of `/image/resize`; the emulator draws it with Pillow's own font unless `font` names an installed TrueType
    font.

        Attributes:
            text (str):
            size (float | Unset): Pixels. Default: 12.0.
            font (str | Unset):
            rotate (float | Unset): Degrees clockwise. Default: 0.0.
            color (str | Unset):  Default: '#000000'.
            background_color (str | Unset):  Default: 'transparent'.
            stroke_width (float | Unset):  Default: 0.0.
            stroke_color (str | Unset):  Default: 'transparent'.
            align (ImageTextAlign | Unset):  Default: ImageTextAlign.CENTER.
            valign (ImageTextValign | Unset):  Default: ImageTextValign.CENTER.
            x_offset (float | Unset): Pixels from the aligned side towards the centre. Default: 0.0.
            y_offset (float | Unset): Pixels from the aligned side towards the centre. Default: 0.0.
    """

    text: str
    size: float | Unset = 12.0
    font: str | Unset = UNSET
    rotate: float | Unset = 0.0
    color: str | Unset = "#000000"
    background_color: str | Unset = "transparent"
    stroke_width: float | Unset = 0.0
    stroke_color: str | Unset = "transparent"
    align: ImageTextAlign | Unset = ImageTextAlign.CENTER
    valign: ImageTextValign | Unset = ImageTextValign.CENTER
    x_offset: float | Unset = 0.0
    y_offset: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        size = self.size

        font = self.font

        rotate = self.rotate

        color = self.color

        background_color = self.background_color

        stroke_width = self.stroke_width

        stroke_color = self.stroke_color

        align: str | Unset = UNSET
        if not isinstance(self.align, Unset):
            align = self.align.value

        valign: str | Unset = UNSET
        if not isinstance(self.valign, Unset):
            valign = self.valign.value

        x_offset = self.x_offset

        y_offset = self.y_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if font is not UNSET:
            field_dict["font"] = font
        if rotate is not UNSET:
            field_dict["rotate"] = rotate
        if color is not UNSET:
            field_dict["color"] = color
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if stroke_width is not UNSET:
            field_dict["stroke_width"] = stroke_width
        if stroke_color is not UNSET:
            field_dict["stroke_color"] = stroke_color
        if align is not UNSET:
            field_dict["align"] = align
        if valign is not UNSET:
            field_dict["valign"] = valign
        if x_offset is not UNSET:
            field_dict["x_offset"] = x_offset
        if y_offset is not UNSET:
            field_dict["y_offset"] = y_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        size = d.pop("size", UNSET)

        font = d.pop("font", UNSET)

        rotate = d.pop("rotate", UNSET)

        color = d.pop("color", UNSET)

        background_color = d.pop("background_color", UNSET)

        stroke_width = d.pop("stroke_width", UNSET)

        stroke_color = d.pop("stroke_color", UNSET)

        _align = d.pop("align", UNSET)
        align: ImageTextAlign | Unset
        if isinstance(_align, Unset):
            align = UNSET
        else:
            align = ImageTextAlign(_align)

        _valign = d.pop("valign", UNSET)
        valign: ImageTextValign | Unset
        if isinstance(_valign, Unset):
            valign = UNSET
        else:
            valign = ImageTextValign(_valign)

        x_offset = d.pop("x_offset", UNSET)

        y_offset = d.pop("y_offset", UNSET)

        image_text = cls(
            text=text,
            size=size,
            font=font,
            rotate=rotate,
            color=color,
            background_color=background_color,
            stroke_width=stroke_width,
            stroke_color=stroke_color,
            align=align,
            valign=valign,
            x_offset=x_offset,
            y_offset=y_offset,
        )

        image_text.additional_properties = d
        return image_text

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
