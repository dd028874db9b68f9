from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputMetaFlags")


@_attrs_define
class OutputMetaFlags:
    """`output_meta` as an object: each extra named with `true` is extracted, `false` changes nothing.

    Attributes:
        average_color (bool | Unset):
        blurhash (bool | Unset):
        colorspace (bool | Unset):
        dominant_colors (bool | Unset):
        has_transparency (bool | Unset):
        interlaced (bool | Unset):
        mean_volume (bool | Unset):
        thumbhash (bool | Unset):
    """

    average_color: bool | Unset = UNSET
    blurhash: bool | Unset = UNSET
    colorspace: bool | Unset = UNSET
    dominant_colors: bool | Unset = UNSET
    has_transparency: bool | Unset = UNSET
    interlaced: bool | Unset = UNSET
    mean_volume: bool | Unset = UNSET
    thumbhash: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        average_color = self.average_color

        blurhash = self.blurhash

        colorspace = self.colorspace

        dominant_colors = self.dominant_colors

        has_transparency = self.has_transparency

        interlaced = self.interlaced

        mean_volume = self.mean_volume

        thumbhash = self.thumbhash

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if average_color is not UNSET:
            field_dict["average_color"] = average_color
        if blurhash is not UNSET:
            field_dict["blurhash"] = blurhash
        if colorspace is not UNSET:
            field_dict["colorspace"] = colorspace
        if dominant_colors is not UNSET:
            field_dict["dominant_colors"] = dominant_colors
        if has_transparency is not UNSET:
            field_dict["has_transparency"] = has_transparency
        if interlaced is not UNSET:
            field_dict["interlaced"] = interlaced
        if mean_volume is not UNSET:
            field_dict["mean_volume"] = mean_volume
        if thumbhash is not UNSET:
            field_dict["thumbhash"] = thumbhash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_color = d.pop("average_color", UNSET)

        blurhash = d.pop("blurhash", UNSET)

        colorspace = d.pop("colorspace", UNSET)

        dominant_colors = d.pop("dominant_colors", UNSET)

        has_transparency = d.pop("has_transparency", UNSET)

        interlaced = d.pop("interlaced", UNSET)

        mean_volume = d.pop("mean_volume", UNSET)

        thumbhash = d.pop("thumbhash", UNSET)

        output_meta_flags = cls(
            average_color=average_color,
            blurhash=blurhash,
            colorspace=colorspace,
            dominant_colors=dominant_colors,
            has_transparency=has_transparency,
            interlaced=interlaced,
            mean_volume=mean_volume,
            thumbhash=thumbhash,
        )

        return output_meta_flags
