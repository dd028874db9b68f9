from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_format import ImageFormat
from ..models.image_resize_step_gravity import ImageResizeStepGravity
from ..models.image_resize_step_resize_strategy import ImageResizeStepResizeStrategy
from ..models.image_resize_step_watermark_resize_strategy import ImageResizeStepWatermarkResizeStrategy
from ..models.output_meta_name import OutputMetaName
from ..models.watermark_position import WatermarkPosition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_resize_step_blur_regions_type_0_item import ImageResizeStepBlurRegionsType0Item
    from ..models.image_resize_step_crop_type_0 import ImageResizeStepCropType0
    from ..models.image_text import ImageText
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="ImageResizeStep")


@_attrs_define
class ImageResizeStep:
    """`/image/resize`: resize, crop and convert images.

    Attributes:
        robot (Literal['/image/resize']):
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
        width (int | Unset):
        height (int | Unset):
        resize_strategy (ImageResizeStepResizeStrategy | Unset):  Default: ImageResizeStepResizeStrategy.FIT.
        zoom (bool | Unset): Allow enlarging images smaller than the target. Default: True.
        format_ (ImageFormat | None | Unset): Output format; null keeps the input's.
        quality (int | Unset):  Default: 92.
        background (str | Unset):  Default: '#FFFFFF'.
        gravity (ImageResizeStepGravity | Unset): Where crops and pads keep the image; `attention` and `entropy` act as
            `center` in the emulator. Default: ImageResizeStepGravity.CENTER.
        crop (ImageResizeStepCropType0 | str | Unset): A region `{x1, y1, x2, y2}` (pixels, or a `"x1,y1,x2,y2"` string)
            cut before resizing.
        strip (bool | Unset): Remove EXIF and ICC metadata. Default: False.
        progressive (bool | Unset): Write interlaced (progressive) JPEGs. Default: False.
        rotation (Any | Unset): `true`/`"auto"` applies the EXIF orientation, a number rotates clockwise by degrees,
            `false` leaves as is. Default: True.
        frame (int | None | Unset): The frame (1-based) of an animated image to keep.
        trim_whitespace (bool | Unset): Cut away borders of the top-left corner's colour before resizing. Default:
            False.
        blur (None | str | Unset): `"radius x sigma"` (ImageMagick), such as `"0x8"`: a Gaussian blur of that sigma.
        blur_regions (list[ImageResizeStepBlurRegionsType0Item] | None | Unset): Ellipses inscribed in these boxes
            (pixels of the resized image) are blurred with `blur` (sigma 8 by default).
        sepia (int | None | Unset): A sepia tone; stronger with higher values.
        brightness (float | Unset): Multiplier; 1 leaves the image unchanged. Default: 1.0.
        saturation (float | Unset): Multiplier; 1 leaves the image unchanged, 0 is gray. Default: 1.0.
        contrast (float | Unset): Multiplier; 1 leaves the image unchanged. Default: 1.0.
        hue (float | Unset): Hue rotation: 100 keeps, 0 and 200 turn by 180 degrees. Default: 100.0.
        negate (bool | Unset):  Default: False.
        monochrome (bool | Unset): Black and white pixels only. Default: False.
        watermark_url (str | Unset): An http(s) URL of the watermark image.
        watermark_position (list[WatermarkPosition] | Unset | WatermarkPosition): Where the watermark goes; from a list,
            one position is picked at random per file. Default: WatermarkPosition.CENTER.
        watermark_x_offset (int | Unset): Pixels from the position's side towards the centre. Default: 0.
        watermark_y_offset (int | Unset): Pixels from the position's side towards the centre. Default: 0.
        watermark_size (str | Unset): The watermark's size as a share of the image, applied with
            `watermark_resize_strategy`; unset keeps its own size.
        watermark_resize_strategy (ImageResizeStepWatermarkResizeStrategy | Unset):  Default:
            ImageResizeStepWatermarkResizeStrategy.FIT.
        watermark_opacity (float | Unset):  Default: 1.0.
        watermark_repeat_x (bool | Unset):  Default: False.
        watermark_repeat_y (bool | Unset):  Default: False.
        text (ImageText | list[ImageText] | Unset): Text drawn on the image, after resizing and the watermark.
    """

    robot: Literal["/image/resize"]
    use: Any | Unset = UNSET
    result: bool | Unset = UNSET
    ignore_errors: Any | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    resize_strategy: ImageResizeStepResizeStrategy | Unset = ImageResizeStepResizeStrategy.FIT
    zoom: bool | Unset = True
    format_: ImageFormat | None | Unset = UNSET
    quality: int | Unset = 92
    background: str | Unset = "#FFFFFF"
    gravity: ImageResizeStepGravity | Unset = ImageResizeStepGravity.CENTER
    crop: ImageResizeStepCropType0 | str | Unset = UNSET
    strip: bool | Unset = False
    progressive: bool | Unset = False
    rotation: Any | Unset = True
    frame: int | None | Unset = UNSET
    trim_whitespace: bool | Unset = False
    blur: None | str | Unset = UNSET
    blur_regions: list[ImageResizeStepBlurRegionsType0Item] | None | Unset = UNSET
    sepia: int | None | Unset = UNSET
    brightness: float | Unset = 1.0
    saturation: float | Unset = 1.0
    contrast: float | Unset = 1.0
    hue: float | Unset = 100.0
    negate: bool | Unset = False
    monochrome: bool | Unset = False
    watermark_url: str | Unset = UNSET
    watermark_position: list[WatermarkPosition] | Unset | WatermarkPosition = WatermarkPosition.CENTER
    watermark_x_offset: int | Unset = 0
    watermark_y_offset: int | Unset = 0
    watermark_size: str | Unset = UNSET
    watermark_resize_strategy: ImageResizeStepWatermarkResizeStrategy | Unset = (
        ImageResizeStepWatermarkResizeStrategy.FIT
    )
    watermark_opacity: float | Unset = 1.0
    watermark_repeat_x: bool | Unset = False
    watermark_repeat_y: bool | Unset = False
    text: ImageText | list[ImageText] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_resize_step_crop_type_0 import ImageResizeStepCropType0  # noqa: PLC0415
        from ..models.image_text import ImageText  # noqa: PLC0415
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

        crop: dict[str, Any] | str | Unset
        if isinstance(self.crop, Unset):
            crop = UNSET
        elif isinstance(self.crop, ImageResizeStepCropType0):
            crop = self.crop.to_dict()
        else:
            crop = self.crop

        strip = self.strip

        progressive = self.progressive

        rotation = self.rotation

        frame: int | None | Unset
        if isinstance(self.frame, Unset):
            frame = UNSET
        else:
            frame = self.frame

        trim_whitespace = self.trim_whitespace

        blur: None | str | Unset
        if isinstance(self.blur, Unset):
            blur = UNSET
        else:
            blur = self.blur

        blur_regions: list[dict[str, Any]] | None | Unset
        if isinstance(self.blur_regions, Unset):
            blur_regions = UNSET
        elif isinstance(self.blur_regions, list):
            blur_regions = []
            for blur_regions_type_0_item_data in self.blur_regions:
                blur_regions_type_0_item = blur_regions_type_0_item_data.to_dict()
                blur_regions.append(blur_regions_type_0_item)

        else:
            blur_regions = self.blur_regions

        sepia: int | None | Unset
        if isinstance(self.sepia, Unset):
            sepia = UNSET
        else:
            sepia = self.sepia

        brightness = self.brightness

        saturation = self.saturation

        contrast = self.contrast

        hue = self.hue

        negate = self.negate

        monochrome = self.monochrome

        watermark_url = self.watermark_url

        watermark_position: list[str] | str | Unset
        if isinstance(self.watermark_position, Unset):
            watermark_position = UNSET
        elif isinstance(self.watermark_position, WatermarkPosition):
            watermark_position = self.watermark_position.value
        else:
            watermark_position = []
            for watermark_position_type_1_item_data in self.watermark_position:
                watermark_position_type_1_item = watermark_position_type_1_item_data.value
                watermark_position.append(watermark_position_type_1_item)

        watermark_x_offset = self.watermark_x_offset

        watermark_y_offset = self.watermark_y_offset

        watermark_size = self.watermark_size

        watermark_resize_strategy: str | Unset = UNSET
        if not isinstance(self.watermark_resize_strategy, Unset):
            watermark_resize_strategy = self.watermark_resize_strategy.value

        watermark_opacity = self.watermark_opacity

        watermark_repeat_x = self.watermark_repeat_x

        watermark_repeat_y = self.watermark_repeat_y

        text: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ImageText):
            text = self.text.to_dict()
        else:
            text = []
            for text_type_1_item_data in self.text:
                text_type_1_item = text_type_1_item_data.to_dict()
                text.append(text_type_1_item)

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
        if frame is not UNSET:
            field_dict["frame"] = frame
        if trim_whitespace is not UNSET:
            field_dict["trim_whitespace"] = trim_whitespace
        if blur is not UNSET:
            field_dict["blur"] = blur
        if blur_regions is not UNSET:
            field_dict["blur_regions"] = blur_regions
        if sepia is not UNSET:
            field_dict["sepia"] = sepia
        if brightness is not UNSET:
            field_dict["brightness"] = brightness
        if saturation is not UNSET:
            field_dict["saturation"] = saturation
        if contrast is not UNSET:
            field_dict["contrast"] = contrast
        if hue is not UNSET:
            field_dict["hue"] = hue
        if negate is not UNSET:
            field_dict["negate"] = negate
        if monochrome is not UNSET:
            field_dict["monochrome"] = monochrome
        if watermark_url is not UNSET:
            field_dict["watermark_url"] = watermark_url
        if watermark_position is not UNSET:
            field_dict["watermark_position"] = watermark_position
        if watermark_x_offset is not UNSET:
            field_dict["watermark_x_offset"] = watermark_x_offset
        if watermark_y_offset is not UNSET:
            field_dict["watermark_y_offset"] = watermark_y_offset
        if watermark_size is not UNSET:
            field_dict["watermark_size"] = watermark_size
        if watermark_resize_strategy is not UNSET:
            field_dict["watermark_resize_strategy"] = watermark_resize_strategy
        if watermark_opacity is not UNSET:
            field_dict["watermark_opacity"] = watermark_opacity
        if watermark_repeat_x is not UNSET:
            field_dict["watermark_repeat_x"] = watermark_repeat_x
        if watermark_repeat_y is not UNSET:
            field_dict["watermark_repeat_y"] = watermark_repeat_y
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_resize_step_blur_regions_type_0_item import ImageResizeStepBlurRegionsType0Item  # noqa: PLC0415
        from ..models.image_resize_step_crop_type_0 import ImageResizeStepCropType0  # noqa: PLC0415
        from ..models.image_text import ImageText  # noqa: PLC0415
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_user_meta import StepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/image/resize"], d.pop("robot"))
        if robot != "/image/resize":
            raise ValueError(f"robot must match const '/image/resize', got '{robot}'")

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

        def _parse_crop(data: object) -> ImageResizeStepCropType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                crop_type_0 = ImageResizeStepCropType0.from_dict(data)

                return crop_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageResizeStepCropType0 | str | Unset, data)

        crop = _parse_crop(d.pop("crop", UNSET))

        strip = d.pop("strip", UNSET)

        progressive = d.pop("progressive", UNSET)

        rotation = d.pop("rotation", UNSET)

        def _parse_frame(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frame = _parse_frame(d.pop("frame", UNSET))

        trim_whitespace = d.pop("trim_whitespace", UNSET)

        def _parse_blur(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blur = _parse_blur(d.pop("blur", UNSET))

        def _parse_blur_regions(data: object) -> list[ImageResizeStepBlurRegionsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blur_regions_type_0 = []
                _blur_regions_type_0 = data
                for blur_regions_type_0_item_data in _blur_regions_type_0:
                    blur_regions_type_0_item = ImageResizeStepBlurRegionsType0Item.from_dict(
                        blur_regions_type_0_item_data
                    )

                    blur_regions_type_0.append(blur_regions_type_0_item)

                return blur_regions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ImageResizeStepBlurRegionsType0Item] | None | Unset, data)

        blur_regions = _parse_blur_regions(d.pop("blur_regions", UNSET))

        def _parse_sepia(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sepia = _parse_sepia(d.pop("sepia", UNSET))

        brightness = d.pop("brightness", UNSET)

        saturation = d.pop("saturation", UNSET)

        contrast = d.pop("contrast", UNSET)

        hue = d.pop("hue", UNSET)

        negate = d.pop("negate", UNSET)

        monochrome = d.pop("monochrome", UNSET)

        watermark_url = d.pop("watermark_url", UNSET)

        def _parse_watermark_position(data: object) -> list[WatermarkPosition] | Unset | WatermarkPosition:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                watermark_position_type_0 = WatermarkPosition(data)

                return watermark_position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            watermark_position_type_1 = []
            _watermark_position_type_1 = data
            for watermark_position_type_1_item_data in _watermark_position_type_1:
                watermark_position_type_1_item = WatermarkPosition(watermark_position_type_1_item_data)

                watermark_position_type_1.append(watermark_position_type_1_item)

            return watermark_position_type_1

        watermark_position = _parse_watermark_position(d.pop("watermark_position", UNSET))

        watermark_x_offset = d.pop("watermark_x_offset", UNSET)

        watermark_y_offset = d.pop("watermark_y_offset", UNSET)

        watermark_size = d.pop("watermark_size", UNSET)

        _watermark_resize_strategy = d.pop("watermark_resize_strategy", UNSET)
        watermark_resize_strategy: ImageResizeStepWatermarkResizeStrategy | Unset
        if isinstance(_watermark_resize_strategy, Unset):
            watermark_resize_strategy = UNSET
        else:
            watermark_resize_strategy = ImageResizeStepWatermarkResizeStrategy(_watermark_resize_strategy)

        watermark_opacity = d.pop("watermark_opacity", UNSET)

        watermark_repeat_x = d.pop("watermark_repeat_x", UNSET)

        watermark_repeat_y = d.pop("watermark_repeat_y", UNSET)

        def _parse_text(data: object) -> ImageText | list[ImageText] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = ImageText.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            text_type_1 = []
            _text_type_1 = data
            for text_type_1_item_data in _text_type_1:
                text_type_1_item = ImageText.from_dict(text_type_1_item_data)

                text_type_1.append(text_type_1_item)

            return text_type_1

        text = _parse_text(d.pop("text", UNSET))

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
            frame=frame,
            trim_whitespace=trim_whitespace,
            blur=blur,
            blur_regions=blur_regions,
            sepia=sepia,
            brightness=brightness,
            saturation=saturation,
            contrast=contrast,
            hue=hue,
            negate=negate,
            monochrome=monochrome,
            watermark_url=watermark_url,
            watermark_position=watermark_position,
            watermark_x_offset=watermark_x_offset,
            watermark_y_offset=watermark_y_offset,
            watermark_size=watermark_size,
            watermark_resize_strategy=watermark_resize_strategy,
            watermark_opacity=watermark_opacity,
            watermark_repeat_x=watermark_repeat_x,
            watermark_repeat_y=watermark_repeat_y,
            text=text,
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
