from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_alpha import ImageAlpha
from ..models.image_colorspace import ImageColorspace
from ..models.image_format import ImageFormat
from ..models.image_resize_step_compress_type_0 import ImageResizeStepCompressType0
from ..models.image_resize_step_gravity import ImageResizeStepGravity
from ..models.image_resize_step_resize_strategy import ImageResizeStepResizeStrategy
from ..models.image_resize_step_transparent_type_1 import ImageResizeStepTransparentType1
from ..models.image_resize_step_type import ImageResizeStepType
from ..models.image_resize_step_watermark_resize_strategy import ImageResizeStepWatermarkResizeStrategy
from ..models.output_meta_name import OutputMetaName
from ..models.step_base_ignore_errors_type_1_item import StepBaseIgnoreErrorsType1Item
from ..models.step_base_queue import StepBaseQueue
from ..models.step_interpolate_type_1 import StepInterpolateType1
from ..models.watermark_position import WatermarkPosition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_resize_step_blur_regions_type_0_item import ImageResizeStepBlurRegionsType0Item
    from ..models.image_resize_step_crop_type_0 import ImageResizeStepCropType0
    from ..models.image_text import ImageText
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_interpolate_type_2 import StepInterpolateType2
    from ..models.step_use_entry import StepUseEntry
    from ..models.step_use_steps import StepUseSteps
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="ImageResizeStep")


@_attrs_define
class ImageResizeStep:
    """`/image/resize`: resize, crop and convert images.

    Attributes:
        robot (Literal['/image/resize']):
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
        use (list[StepUseEntry | str] | StepUseSteps | str | Unset): The Steps whose files a Step takes: a Step name, a
            list of names, a list of
            `{name, as?, fields?}` objects, or `{steps: <any of those>, bundle_steps?, group_by_original?,
            fields?}`. `:original` names the uploads and is the default. `as` tells the robot what an
            input is for (`video_1`, `image`, `audio`, ...); `fields` keeps only the files of those
            upload fields; `bundle_steps: true` gives all files to one job.
        width (int | Unset): Width of the result in pixels.
        height (int | Unset): Height of the result in pixels.
        resize_strategy (ImageResizeStepResizeStrategy | Unset): How the image is fitted into `width` x `height`: inside
            it keeping proportions (`fit`), covering it (`min_fit`), filling it and cutting the rest (`fillcrop`, `crop`),
            inside it padded with `background` (`pad`), or distorted to it (`stretch`). Default:
            ImageResizeStepResizeStrategy.FIT.
        zoom (bool | Unset): Allow enlarging images smaller than the target. Default: True.
        format_ (ImageFormat | None | Unset): Output format; null keeps the input's.
        quality (int | Unset): Compression quality of JPEG and WebP results, 1 to 100. Default: 92.
        background (str | Unset): Colour of the padding, and of transparent areas in formats without transparency.
            Default: '#FFFFFF'.
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
        negate (bool | Unset): Invert the colours. Default: False.
        monochrome (bool | Unset): Black and white pixels only. Default: False.
        watermark_url (str | Unset): An http(s) URL of the watermark image.
        watermark_position (list[WatermarkPosition] | Unset | WatermarkPosition): Where the watermark goes; from a list,
            one position is picked at random per file. Default: WatermarkPosition.CENTER.
        watermark_x_offset (int | Unset): Pixels from the position's side towards the centre. Default: 0.
        watermark_y_offset (int | Unset): Pixels from the position's side towards the centre. Default: 0.
        watermark_size (str | Unset): The watermark's size as a share of the image, applied with
            `watermark_resize_strategy`; unset keeps its own size.
        watermark_resize_strategy (ImageResizeStepWatermarkResizeStrategy | Unset): How the watermark is fitted to
            `watermark_size`. Default: ImageResizeStepWatermarkResizeStrategy.FIT.
        watermark_opacity (float | Unset): Opacity of the watermark, 0 to 1. Default: 1.0.
        watermark_repeat_x (bool | Unset): Tile the watermark across the width. Default: False.
        watermark_repeat_y (bool | Unset): Tile the watermark down the height. Default: False.
        text (ImageText | list[ImageText] | Unset): Text drawn on the image, after resizing and the watermark.
        imagemagick_stack (str | Unset): The ImageMagick version to run; the emulator does not use ImageMagick and
            ignores it.
        alpha (ImageAlpha | Unset): An ImageMagick alpha channel operation.
        preclip_alpha (ImageAlpha | Unset): An ImageMagick alpha channel operation.
        flatten (bool | Unset): Merge layers into one image. Default: True.
        correct_gamma (bool | Unset): Resize in linear light for truer colours. Default: False.
        adaptive_filtering (bool | Unset): PNG only: search harder for a smaller file. Default: False.
        colorspace (ImageColorspace | Unset): An ImageMagick colour space.
        type_ (ImageResizeStepType | Unset): ImageMagick image type of the result (such as `Grayscale`).
        compress (ImageResizeStepCompressType0 | None | Unset): ImageMagick compression type of the result.
        transparent (ImageResizeStepTransparentType1 | str | Unset): A colour (or `"r,g,b"`) made transparent.
        clip (bool | str | Unset): Apply the image's clipping path (true for the first, or its name). Default: 'False'.
        clut (bool | Unset): Recolour with a colour lookup table from a second input. Default: False.
        density (None | str | Unset): Resolution in dpi written into the result, `"300"` or `"300x200"`.
        shave (int | str | Unset): Pixels shaved off the edges: `"x"`, `"xXy"` or a number.
    """

    robot: Literal["/image/resize"]
    interpolate: bool | StepInterpolateType1 | StepInterpolateType2 | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    result: bool | Unset = UNSET
    queue: StepBaseQueue | Unset = UNSET
    force_accept: bool | Unset = False
    ignore_errors: bool | list[StepBaseIgnoreErrorsType1Item] | Unset = UNSET
    use: list[StepUseEntry | str] | StepUseSteps | str | Unset = UNSET
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
    imagemagick_stack: str | Unset = UNSET
    alpha: ImageAlpha | Unset = UNSET
    preclip_alpha: ImageAlpha | Unset = UNSET
    flatten: bool | Unset = True
    correct_gamma: bool | Unset = False
    adaptive_filtering: bool | Unset = False
    colorspace: ImageColorspace | Unset = UNSET
    type_: ImageResizeStepType | Unset = UNSET
    compress: ImageResizeStepCompressType0 | None | Unset = UNSET
    transparent: ImageResizeStepTransparentType1 | str | Unset = UNSET
    clip: bool | str | Unset = "False"
    clut: bool | Unset = False
    density: None | str | Unset = UNSET
    shave: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_resize_step_crop_type_0 import ImageResizeStepCropType0  # noqa: PLC0415
        from ..models.image_text import ImageText  # noqa: PLC0415
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_interpolate_type_2 import StepInterpolateType2  # noqa: PLC0415
        from ..models.step_use_entry import StepUseEntry  # noqa: PLC0415
        from ..models.step_use_steps import StepUseSteps  # noqa: PLC0415

        robot = self.robot

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

        use: dict[str, Any] | list[dict[str, Any] | str] | str | Unset
        if isinstance(self.use, Unset):
            use = UNSET
        elif isinstance(self.use, list):
            use = []
            for componentsschemas_step_use_type_1_item_data in self.use:
                componentsschemas_step_use_type_1_item: dict[str, Any] | str
                if isinstance(componentsschemas_step_use_type_1_item_data, StepUseEntry):
                    componentsschemas_step_use_type_1_item = componentsschemas_step_use_type_1_item_data.to_dict()
                else:
                    componentsschemas_step_use_type_1_item = componentsschemas_step_use_type_1_item_data
                use.append(componentsschemas_step_use_type_1_item)

        elif isinstance(self.use, StepUseSteps):
            use = self.use.to_dict()
        else:
            use = self.use

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

        imagemagick_stack = self.imagemagick_stack

        alpha: str | Unset = UNSET
        if not isinstance(self.alpha, Unset):
            alpha = self.alpha.value

        preclip_alpha: str | Unset = UNSET
        if not isinstance(self.preclip_alpha, Unset):
            preclip_alpha = self.preclip_alpha.value

        flatten = self.flatten

        correct_gamma = self.correct_gamma

        adaptive_filtering = self.adaptive_filtering

        colorspace: str | Unset = UNSET
        if not isinstance(self.colorspace, Unset):
            colorspace = self.colorspace.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        compress: None | str | Unset
        if isinstance(self.compress, Unset):
            compress = UNSET
        elif isinstance(self.compress, ImageResizeStepCompressType0):
            compress = self.compress.value
        else:
            compress = self.compress

        transparent: str | Unset
        if isinstance(self.transparent, Unset):
            transparent = UNSET
        elif isinstance(self.transparent, ImageResizeStepTransparentType1):
            transparent = self.transparent.value
        else:
            transparent = self.transparent

        clip: bool | str | Unset
        if isinstance(self.clip, Unset):
            clip = UNSET
        else:
            clip = self.clip

        clut = self.clut

        density: None | str | Unset
        if isinstance(self.density, Unset):
            density = UNSET
        else:
            density = self.density

        shave: int | str | Unset
        if isinstance(self.shave, Unset):
            shave = UNSET
        else:
            shave = self.shave

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "robot": robot,
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
        if use is not UNSET:
            field_dict["use"] = use
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
        if imagemagick_stack is not UNSET:
            field_dict["imagemagick_stack"] = imagemagick_stack
        if alpha is not UNSET:
            field_dict["alpha"] = alpha
        if preclip_alpha is not UNSET:
            field_dict["preclip_alpha"] = preclip_alpha
        if flatten is not UNSET:
            field_dict["flatten"] = flatten
        if correct_gamma is not UNSET:
            field_dict["correct_gamma"] = correct_gamma
        if adaptive_filtering is not UNSET:
            field_dict["adaptive_filtering"] = adaptive_filtering
        if colorspace is not UNSET:
            field_dict["colorspace"] = colorspace
        if type_ is not UNSET:
            field_dict["type"] = type_
        if compress is not UNSET:
            field_dict["compress"] = compress
        if transparent is not UNSET:
            field_dict["transparent"] = transparent
        if clip is not UNSET:
            field_dict["clip"] = clip
        if clut is not UNSET:
            field_dict["clut"] = clut
        if density is not UNSET:
            field_dict["density"] = density
        if shave is not UNSET:
            field_dict["shave"] = shave

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_resize_step_blur_regions_type_0_item import ImageResizeStepBlurRegionsType0Item  # noqa: PLC0415
        from ..models.image_resize_step_crop_type_0 import ImageResizeStepCropType0  # noqa: PLC0415
        from ..models.image_text import ImageText  # noqa: PLC0415
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_interpolate_type_2 import StepInterpolateType2  # noqa: PLC0415
        from ..models.step_use_entry import StepUseEntry  # noqa: PLC0415
        from ..models.step_use_steps import StepUseSteps  # noqa: PLC0415
        from ..models.step_user_meta import StepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/image/resize"], d.pop("robot"))
        if robot != "/image/resize":
            raise ValueError(f"robot must match const '/image/resize', got '{robot}'")

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

        def _parse_use(data: object) -> list[StepUseEntry | str] | StepUseSteps | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_step_use_type_1 = []
                _componentsschemas_step_use_type_1 = data
                for componentsschemas_step_use_type_1_item_data in _componentsschemas_step_use_type_1:

                    def _parse_componentsschemas_step_use_type_1_item(data: object) -> StepUseEntry | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_step_use_type_1_item_type_1 = StepUseEntry.from_dict(data)

                            return componentsschemas_step_use_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(StepUseEntry | str, data)

                    componentsschemas_step_use_type_1_item = _parse_componentsschemas_step_use_type_1_item(
                        componentsschemas_step_use_type_1_item_data
                    )

                    componentsschemas_step_use_type_1.append(componentsschemas_step_use_type_1_item)

                return componentsschemas_step_use_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_step_use_type_2 = StepUseSteps.from_dict(data)

                return componentsschemas_step_use_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StepUseEntry | str] | StepUseSteps | str | Unset, data)

        use = _parse_use(d.pop("use", UNSET))

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

        imagemagick_stack = d.pop("imagemagick_stack", UNSET)

        _alpha = d.pop("alpha", UNSET)
        alpha: ImageAlpha | Unset
        if isinstance(_alpha, Unset):
            alpha = UNSET
        else:
            alpha = ImageAlpha(_alpha)

        _preclip_alpha = d.pop("preclip_alpha", UNSET)
        preclip_alpha: ImageAlpha | Unset
        if isinstance(_preclip_alpha, Unset):
            preclip_alpha = UNSET
        else:
            preclip_alpha = ImageAlpha(_preclip_alpha)

        flatten = d.pop("flatten", UNSET)

        correct_gamma = d.pop("correct_gamma", UNSET)

        adaptive_filtering = d.pop("adaptive_filtering", UNSET)

        _colorspace = d.pop("colorspace", UNSET)
        colorspace: ImageColorspace | Unset
        if isinstance(_colorspace, Unset):
            colorspace = UNSET
        else:
            colorspace = ImageColorspace(_colorspace)

        _type_ = d.pop("type", UNSET)
        type_: ImageResizeStepType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ImageResizeStepType(_type_)

        def _parse_compress(data: object) -> ImageResizeStepCompressType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                compress_type_0 = ImageResizeStepCompressType0(data)

                return compress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageResizeStepCompressType0 | None | Unset, data)

        compress = _parse_compress(d.pop("compress", UNSET))

        def _parse_transparent(data: object) -> ImageResizeStepTransparentType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transparent_type_1 = ImageResizeStepTransparentType1(data)

                return transparent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageResizeStepTransparentType1 | str | Unset, data)

        transparent = _parse_transparent(d.pop("transparent", UNSET))

        def _parse_clip(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        clip = _parse_clip(d.pop("clip", UNSET))

        clut = d.pop("clut", UNSET)

        def _parse_density(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        density = _parse_density(d.pop("density", UNSET))

        def _parse_shave(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        shave = _parse_shave(d.pop("shave", UNSET))

        image_resize_step = cls(
            robot=robot,
            interpolate=interpolate,
            output_meta=output_meta,
            user_meta=user_meta,
            result=result,
            queue=queue,
            force_accept=force_accept,
            ignore_errors=ignore_errors,
            use=use,
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
            imagemagick_stack=imagemagick_stack,
            alpha=alpha,
            preclip_alpha=preclip_alpha,
            flatten=flatten,
            correct_gamma=correct_gamma,
            adaptive_filtering=adaptive_filtering,
            colorspace=colorspace,
            type_=type_,
            compress=compress,
            transparent=transparent,
            clip=clip,
            clut=clut,
            density=density,
            shave=shave,
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
