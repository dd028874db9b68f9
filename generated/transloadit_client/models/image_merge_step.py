from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_merge_step_direction import ImageMergeStepDirection
from ..models.image_merge_step_format import ImageMergeStepFormat
from ..models.output_meta_name import OutputMetaName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="ImageMergeStep")


@_attrs_define
class ImageMergeStep:
    """`/image/merge`: several images side by side in one image (a spritesheet), in order: the
    Steps of `use` in the order listed, and each Step's files in their order (uploads as
    sent). With `use.bundle_steps: true` the files of all used Steps make one image; without
    it each used Step's files make their own. `fields` in a `use` entry takes only the files
    of those upload fields. Images keep their size (EXIF orientation applied, first frame of
    animations) and touch the top edge (`horizontal`) or the left edge (`vertical`); the rest
    is `background`. A horizontal result is as wide as the images' widths plus `border` between
    each two, and as high as the highest; a vertical one the other way round. Fewer than two
    images, or a result over 25,000,000 pixels or 65,500 pixels on a side, fail with
    `IMAGE_MERGE_FAILURE`.

        Attributes:
            robot (Literal['/image/merge']):
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
            format_ (ImageMergeStepFormat | Unset): Format of the merged image. Default: ImageMergeStepFormat.PNG.
            direction (ImageMergeStepDirection | Unset): Whether the images are laid out in a row or a column. Default:
                ImageMergeStepDirection.HORIZONTAL.
            border (int | Unset): Pixels of `background` between neighbouring images; 0 lets them touch. Default: 0.
            background (str | Unset): Colour of the gaps and of the space beside smaller images (hex or a basic colour
                name).
                Transparent parts of the images are filled with it too; `transparent`/`none` keeps
                transparency in PNGs (JPGs get white).
                 Default: '#FFFFFF'.
            adaptive_filtering (bool | Unset): PNG only; searches harder for a smaller file (Pillow's `optimize`), at some
                cost in time. Default: False.
            quality (int | Unset): JPG quality; for PNGs its tens digit is the zlib level (at most 9), as ImageMagick reads
                it. Default: 92.
    """

    robot: Literal["/image/merge"]
    use: Any | Unset = UNSET
    result: bool | Unset = UNSET
    ignore_errors: Any | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    format_: ImageMergeStepFormat | Unset = ImageMergeStepFormat.PNG
    direction: ImageMergeStepDirection | Unset = ImageMergeStepDirection.HORIZONTAL
    border: int | Unset = 0
    background: str | Unset = "#FFFFFF"
    adaptive_filtering: bool | Unset = False
    quality: int | Unset = 92
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

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        border = self.border

        background = self.background

        adaptive_filtering = self.adaptive_filtering

        quality = self.quality

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
        if direction is not UNSET:
            field_dict["direction"] = direction
        if border is not UNSET:
            field_dict["border"] = border
        if background is not UNSET:
            field_dict["background"] = background
        if adaptive_filtering is not UNSET:
            field_dict["adaptive_filtering"] = adaptive_filtering
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_user_meta import StepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/image/merge"], d.pop("robot"))
        if robot != "/image/merge":
            raise ValueError(f"robot must match const '/image/merge', got '{robot}'")

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

        _format_ = d.pop("format", UNSET)
        format_: ImageMergeStepFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ImageMergeStepFormat(_format_)

        _direction = d.pop("direction", UNSET)
        direction: ImageMergeStepDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ImageMergeStepDirection(_direction)

        border = d.pop("border", UNSET)

        background = d.pop("background", UNSET)

        adaptive_filtering = d.pop("adaptive_filtering", UNSET)

        quality = d.pop("quality", UNSET)

        image_merge_step = cls(
            robot=robot,
            use=use,
            result=result,
            ignore_errors=ignore_errors,
            output_meta=output_meta,
            user_meta=user_meta,
            format_=format_,
            direction=direction,
            border=border,
            background=background,
            adaptive_filtering=adaptive_filtering,
            quality=quality,
        )

        image_merge_step.additional_properties = d
        return image_merge_step

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
