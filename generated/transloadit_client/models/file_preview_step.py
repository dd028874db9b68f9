from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_preview_step_clip_format import FilePreviewStepClipFormat
from ..models.file_preview_step_format import FilePreviewStepFormat
from ..models.file_preview_step_icon_style import FilePreviewStepIconStyle
from ..models.file_preview_step_icon_text_content import FilePreviewStepIconTextContent
from ..models.file_preview_step_optimize_priority import FilePreviewStepOptimizePriority
from ..models.media_resize_strategy import MediaResizeStrategy
from ..models.output_meta_name import OutputMetaName
from ..models.step_base_ignore_errors_type_1_item import StepBaseIgnoreErrorsType1Item
from ..models.step_base_queue import StepBaseQueue
from ..models.step_interpolate_type_1 import StepInterpolateType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_preview_step_strategy import FilePreviewStepStrategy
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_interpolate_type_2 import StepInterpolateType2
    from ..models.step_use_entry import StepUseEntry
    from ..models.step_use_steps import StepUseSteps
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="FilePreviewStep")


@_attrs_define
class FilePreviewStep:
    """`/file/preview`: one preview image per input file, whatever its type. Each file falls in a
    category: `image`, `video`, `audio`, `document` (PDFs, Office files, ...), `archive` (zip,
    tar, ...), `webpage` (HTML) or `unknown` (everything else). `strategy` lists, per category,
    the ways to make the preview, tried in order until one works:

    - `image`: the image itself (EXIF orientation applied, first frame of animations);
    - `artwork`: the picture embedded in an audio or video file (MP3 APIC, MP4 `covr`, FLAC
      pictures, Matroska attachments);
    - `frame`: the video frame in the middle of the video;
    - `clip`: a short animated image of the video (`clip_offset`, `clip_duration`,
      `clip_framerate`, `clip_loop`), written in `clip_format` instead of `format`;
    - `waveform`: the sound's waveform, `waveform_width` x `waveform_height`, coloured from
      `waveform_center_color` in the middle to `waveform_outer_color` at the peaks, on
      `background`;
    - `page`: the document's first page (PDFs only in the emulator);
    - `render`: a screenshot of a web page (never works in the emulator, which has no browser);
    - `icon`: a generic document glyph, with the file extension below it (`icon_style`).

    The picture is then fitted into `width` x `height` with `resize_strategy` (as in
    `/image/resize`) over `background`, and optimised (`optimize`). The result is named after the
    input with the output format's extension and says which strategy made it in
    `meta.preview_strategy`. A file none of whose strategies work (a corrupt image with
    `strategy: {image: [image]}`) fails the Step with `FILE_PREVIEW_NO_OUTPUT`.

        Attributes:
            robot (Literal['/file/preview']):
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
            format_ (FilePreviewStepFormat | Unset): Format of the preview; a `clip` is written in `clip_format` instead.
                Default: FilePreviewStepFormat.PNG.
            width (int | Unset): Width of the preview in pixels. Default: 300.
            height (int | Unset): Height of the preview in pixels. Default: 200.
            resize_strategy (MediaResizeStrategy | Unset): How a picture or video is fitted into `width` x `height`: inside
                it keeping proportions
                (`fit`), covering it (`min_fit`), filling it and cutting the rest (`fillcrop`, `crop`),
                inside it padded with `background` (`pad`), or distorted to it (`stretch`).
            background (str | Unset): The `pad` colour and the ground of waveforms and icons, `#rrggbb[aa]`; `#00000000` is
                transparent. Default: '#ffffffff'.
            strategy (FilePreviewStepStrategy | Unset): The strategies to try per file category, in order. Categories left
                out keep their
                defaults. Listing `icon` last makes sure every file gets a preview.
            waveform_center_color (str | Unset): Colour of the waveform at its middle line, `#rrggbb[aa]` (`waveform`
                strategy). Default: '#000000ff'.
            waveform_outer_color (str | Unset): Colour of the waveform at its peaks, `#rrggbb[aa]` (`waveform` strategy).
                Default: '#000000ff'.
            waveform_width (int | Unset): Width of the drawn waveform in pixels. Default: 300.
            waveform_height (int | Unset): Height of the drawn waveform in pixels; less than `height` leaves `background`
                above and below it. Default: 100.
            artwork_outer_color (str | Unset): The outer colour of the vendor's artwork gradient; accepted and ignored by
                the emulator, which shows artwork as it is.
            artwork_center_color (str | Unset): The centre colour of the vendor's artwork gradient; accepted and ignored by
                the emulator, which shows artwork as it is.
            icon_style (FilePreviewStepIconStyle | Unset): `with-text`: the glyph with a text box below it (see
                `icon_text_content`); `square`: the glyph alone. Default: FilePreviewStepIconStyle.WITH_TEXT.
            icon_text_color (str | Unset): Colour of the icon's text, `#rrggbb[aa]`. Default: '#a2a2a2'.
            icon_text_font (str | Unset): Font of the icon's text: a TrueType font of that name installed on the machine,
                else the
                font that ships with Pillow.
                 Default: 'Roboto'.
            icon_text_content (FilePreviewStepIconTextContent | Unset): `extension`: the file's extension in capitals
                (`ZIP`); `none`: an empty text box, to lay text over later. Default: FilePreviewStepIconTextContent.EXTENSION.
            optimize (bool | Unset): Make the preview smaller losslessly, as `/image/optimize` does (PNG and JPEG). Default:
                True.
            optimize_priority (FilePreviewStepOptimizePriority | Unset): `conversion-speed` trades some size for a faster
                PNG search (with `optimize`). Default: FilePreviewStepOptimizePriority.COMPRESSION_RATIO.
            optimize_progressive (bool | Unset): Interlaced (Adam7) PNGs (with `optimize`); optimised JPEGs are always
                progressive. Default: False.
            clip_format (FilePreviewStepClipFormat | Unset): Animated image format of a `clip`. Default:
                FilePreviewStepClipFormat.WEBP.
            clip_offset (float | Unset): Where the `clip` starts, in seconds; an offset past the end fails the strategy.
                Default: 1.0.
            clip_duration (float | Unset): Length of the `clip` in seconds (at most what is left of the video after
                `clip_offset`). Default: 5.0.
            clip_framerate (int | Unset): Frames per second of the `clip`. Default: 5.
            clip_loop (bool | Unset): Whether the `clip` loops forever (`false`: it plays once). Default: True.
            zoom (bool | Unset): Allow enlarging pictures smaller than the preview. Default: True.
    """

    robot: Literal["/file/preview"]
    interpolate: bool | StepInterpolateType1 | StepInterpolateType2 | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    result: bool | Unset = UNSET
    queue: StepBaseQueue | Unset = UNSET
    force_accept: bool | Unset = False
    ignore_errors: bool | list[StepBaseIgnoreErrorsType1Item] | Unset = UNSET
    use: list[StepUseEntry | str] | StepUseSteps | str | Unset = UNSET
    format_: FilePreviewStepFormat | Unset = FilePreviewStepFormat.PNG
    width: int | Unset = 300
    height: int | Unset = 200
    resize_strategy: MediaResizeStrategy | Unset = UNSET
    background: str | Unset = "#ffffffff"
    strategy: FilePreviewStepStrategy | Unset = UNSET
    waveform_center_color: str | Unset = "#000000ff"
    waveform_outer_color: str | Unset = "#000000ff"
    waveform_width: int | Unset = 300
    waveform_height: int | Unset = 100
    artwork_outer_color: str | Unset = UNSET
    artwork_center_color: str | Unset = UNSET
    icon_style: FilePreviewStepIconStyle | Unset = FilePreviewStepIconStyle.WITH_TEXT
    icon_text_color: str | Unset = "#a2a2a2"
    icon_text_font: str | Unset = "Roboto"
    icon_text_content: FilePreviewStepIconTextContent | Unset = FilePreviewStepIconTextContent.EXTENSION
    optimize: bool | Unset = True
    optimize_priority: FilePreviewStepOptimizePriority | Unset = FilePreviewStepOptimizePriority.COMPRESSION_RATIO
    optimize_progressive: bool | Unset = False
    clip_format: FilePreviewStepClipFormat | Unset = FilePreviewStepClipFormat.WEBP
    clip_offset: float | Unset = 1.0
    clip_duration: float | Unset = 5.0
    clip_framerate: int | Unset = 5
    clip_loop: bool | Unset = True
    zoom: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        width = self.width

        height = self.height

        resize_strategy: str | Unset = UNSET
        if not isinstance(self.resize_strategy, Unset):
            resize_strategy = self.resize_strategy.value

        background = self.background

        strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.to_dict()

        waveform_center_color = self.waveform_center_color

        waveform_outer_color = self.waveform_outer_color

        waveform_width = self.waveform_width

        waveform_height = self.waveform_height

        artwork_outer_color = self.artwork_outer_color

        artwork_center_color = self.artwork_center_color

        icon_style: str | Unset = UNSET
        if not isinstance(self.icon_style, Unset):
            icon_style = self.icon_style.value

        icon_text_color = self.icon_text_color

        icon_text_font = self.icon_text_font

        icon_text_content: str | Unset = UNSET
        if not isinstance(self.icon_text_content, Unset):
            icon_text_content = self.icon_text_content.value

        optimize = self.optimize

        optimize_priority: str | Unset = UNSET
        if not isinstance(self.optimize_priority, Unset):
            optimize_priority = self.optimize_priority.value

        optimize_progressive = self.optimize_progressive

        clip_format: str | Unset = UNSET
        if not isinstance(self.clip_format, Unset):
            clip_format = self.clip_format.value

        clip_offset = self.clip_offset

        clip_duration = self.clip_duration

        clip_framerate = self.clip_framerate

        clip_loop = self.clip_loop

        zoom = self.zoom

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
        if format_ is not UNSET:
            field_dict["format"] = format_
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if resize_strategy is not UNSET:
            field_dict["resize_strategy"] = resize_strategy
        if background is not UNSET:
            field_dict["background"] = background
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if waveform_center_color is not UNSET:
            field_dict["waveform_center_color"] = waveform_center_color
        if waveform_outer_color is not UNSET:
            field_dict["waveform_outer_color"] = waveform_outer_color
        if waveform_width is not UNSET:
            field_dict["waveform_width"] = waveform_width
        if waveform_height is not UNSET:
            field_dict["waveform_height"] = waveform_height
        if artwork_outer_color is not UNSET:
            field_dict["artwork_outer_color"] = artwork_outer_color
        if artwork_center_color is not UNSET:
            field_dict["artwork_center_color"] = artwork_center_color
        if icon_style is not UNSET:
            field_dict["icon_style"] = icon_style
        if icon_text_color is not UNSET:
            field_dict["icon_text_color"] = icon_text_color
        if icon_text_font is not UNSET:
            field_dict["icon_text_font"] = icon_text_font
        if icon_text_content is not UNSET:
            field_dict["icon_text_content"] = icon_text_content
        if optimize is not UNSET:
            field_dict["optimize"] = optimize
        if optimize_priority is not UNSET:
            field_dict["optimize_priority"] = optimize_priority
        if optimize_progressive is not UNSET:
            field_dict["optimize_progressive"] = optimize_progressive
        if clip_format is not UNSET:
            field_dict["clip_format"] = clip_format
        if clip_offset is not UNSET:
            field_dict["clip_offset"] = clip_offset
        if clip_duration is not UNSET:
            field_dict["clip_duration"] = clip_duration
        if clip_framerate is not UNSET:
            field_dict["clip_framerate"] = clip_framerate
        if clip_loop is not UNSET:
            field_dict["clip_loop"] = clip_loop
        if zoom is not UNSET:
            field_dict["zoom"] = zoom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_preview_step_strategy import FilePreviewStepStrategy  # noqa: PLC0415
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_interpolate_type_2 import StepInterpolateType2  # noqa: PLC0415
        from ..models.step_use_entry import StepUseEntry  # noqa: PLC0415
        from ..models.step_use_steps import StepUseSteps  # noqa: PLC0415
        from ..models.step_user_meta import StepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/file/preview"], d.pop("robot"))
        if robot != "/file/preview":
            raise ValueError(f"robot must match const '/file/preview', got '{robot}'")

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

        _format_ = d.pop("format", UNSET)
        format_: FilePreviewStepFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = FilePreviewStepFormat(_format_)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _resize_strategy = d.pop("resize_strategy", UNSET)
        resize_strategy: MediaResizeStrategy | Unset
        if isinstance(_resize_strategy, Unset):
            resize_strategy = UNSET
        else:
            resize_strategy = MediaResizeStrategy(_resize_strategy)

        background = d.pop("background", UNSET)

        _strategy = d.pop("strategy", UNSET)
        strategy: FilePreviewStepStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = FilePreviewStepStrategy.from_dict(_strategy)

        waveform_center_color = d.pop("waveform_center_color", UNSET)

        waveform_outer_color = d.pop("waveform_outer_color", UNSET)

        waveform_width = d.pop("waveform_width", UNSET)

        waveform_height = d.pop("waveform_height", UNSET)

        artwork_outer_color = d.pop("artwork_outer_color", UNSET)

        artwork_center_color = d.pop("artwork_center_color", UNSET)

        _icon_style = d.pop("icon_style", UNSET)
        icon_style: FilePreviewStepIconStyle | Unset
        if isinstance(_icon_style, Unset):
            icon_style = UNSET
        else:
            icon_style = FilePreviewStepIconStyle(_icon_style)

        icon_text_color = d.pop("icon_text_color", UNSET)

        icon_text_font = d.pop("icon_text_font", UNSET)

        _icon_text_content = d.pop("icon_text_content", UNSET)
        icon_text_content: FilePreviewStepIconTextContent | Unset
        if isinstance(_icon_text_content, Unset):
            icon_text_content = UNSET
        else:
            icon_text_content = FilePreviewStepIconTextContent(_icon_text_content)

        optimize = d.pop("optimize", UNSET)

        _optimize_priority = d.pop("optimize_priority", UNSET)
        optimize_priority: FilePreviewStepOptimizePriority | Unset
        if isinstance(_optimize_priority, Unset):
            optimize_priority = UNSET
        else:
            optimize_priority = FilePreviewStepOptimizePriority(_optimize_priority)

        optimize_progressive = d.pop("optimize_progressive", UNSET)

        _clip_format = d.pop("clip_format", UNSET)
        clip_format: FilePreviewStepClipFormat | Unset
        if isinstance(_clip_format, Unset):
            clip_format = UNSET
        else:
            clip_format = FilePreviewStepClipFormat(_clip_format)

        clip_offset = d.pop("clip_offset", UNSET)

        clip_duration = d.pop("clip_duration", UNSET)

        clip_framerate = d.pop("clip_framerate", UNSET)

        clip_loop = d.pop("clip_loop", UNSET)

        zoom = d.pop("zoom", UNSET)

        file_preview_step = cls(
            robot=robot,
            interpolate=interpolate,
            output_meta=output_meta,
            user_meta=user_meta,
            result=result,
            queue=queue,
            force_accept=force_accept,
            ignore_errors=ignore_errors,
            use=use,
            format_=format_,
            width=width,
            height=height,
            resize_strategy=resize_strategy,
            background=background,
            strategy=strategy,
            waveform_center_color=waveform_center_color,
            waveform_outer_color=waveform_outer_color,
            waveform_width=waveform_width,
            waveform_height=waveform_height,
            artwork_outer_color=artwork_outer_color,
            artwork_center_color=artwork_center_color,
            icon_style=icon_style,
            icon_text_color=icon_text_color,
            icon_text_font=icon_text_font,
            icon_text_content=icon_text_content,
            optimize=optimize,
            optimize_priority=optimize_priority,
            optimize_progressive=optimize_progressive,
            clip_format=clip_format,
            clip_offset=clip_offset,
            clip_duration=clip_duration,
            clip_framerate=clip_framerate,
            clip_loop=clip_loop,
            zoom=zoom,
        )

        file_preview_step.additional_properties = d
        return file_preview_step

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
