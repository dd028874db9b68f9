from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_resize_strategy import MediaResizeStrategy
from ..models.output_meta_name import OutputMetaName
from ..models.step_base_ignore_errors_type_1_item import StepBaseIgnoreErrorsType1Item
from ..models.step_base_queue import StepBaseQueue
from ..models.step_interpolate_type_1 import StepInterpolateType1
from ..models.video_encode_step_rotate_type_0 import VideoEncodeStepRotateType0
from ..models.video_encode_step_watermark_resize_strategy import VideoEncodeStepWatermarkResizeStrategy
from ..models.watermark_position import WatermarkPosition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crop_region_type_0 import CropRegionType0
    from ..models.ffmpeg_overrides import FfmpegOverrides
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_interpolate_type_2 import StepInterpolateType2
    from ..models.step_use_entry import StepUseEntry
    from ..models.step_use_steps import StepUseSteps
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="VideoEncodeStep")


@_attrs_define
class VideoEncodeStep:
    """`/video/encode`: transcode videos (presets, size, ffmpeg overrides, HLS).

    Attributes:
        robot (Literal['/video/encode']):
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
        preset (str | Unset): The encoding preset; `empty` (H.264/AAC MP4) by default. Families: `iphone`, `ipad`,
            `android` (each also `-high`/`-low`), `webm`, `gif`, `web/mp4/<size>`, `web/webm/<size>` and
            `hls/<size>` with sizes 240p, 270p, 360p, 480p, 540p, 720p, 1080p; dashes may be underscores.
             Default: 'empty'.
        width (int | None | Unset): Width of the result in pixels; unset follows the preset.
        height (int | None | Unset): Height of the result in pixels; unset follows the preset.
        resize_strategy (MediaResizeStrategy | Unset): How a picture or video is fitted into `width` x `height`: inside
            it keeping proportions
            (`fit`), covering it (`min_fit`), filling it and cutting the rest (`fillcrop`, `crop`),
            inside it padded with `background` (`pad`), or distorted to it (`stretch`).
        background (str | Unset): Colour of the padding, `#rrggbb[aa]`. Default: '#00000000'.
        segment_duration (int | Unset): Seconds per HLS segment. Default: 10.
        ffmpeg (FfmpegOverrides | Unset): ffmpeg options applied after the preset's, as `{"option": value}` (`-option
            value`); `true`
            gives a bare flag and `false` leaves it out. Only the robots' documented options are accepted
            (`b:v`, `b:a`, `c:v`, `c:a`, `crf`, `preset`, `profile:v`, `r`, `ar`, `ac`, `vf`, `af`, `f`, ...).
        ffmpeg_stack (str | Unset): The ffmpeg version to run; the emulator has one ffmpeg and ignores it.
        zoom (bool | Unset): Allow enlarging inputs smaller than the target. Default: True.
        crop (CropRegionType0 | str | Unset): A region `{x1, y1, x2, y2}` (pixels or percentages), or a `"x1,y1,x2,y2"`
            string.
        rotate (bool | Unset | VideoEncodeStepRotateType0): Rotate by this many degrees clockwise.
        hint (bool | Unset): Add hint tracks for RTSP streaming. Default: False.
        turbo (bool | Unset): Encode chunks in parallel. Default: False.
        chunk_duration (int | Unset): Seconds per chunk with `turbo`.
        watermark_url (Literal[''] | str | Unset): URL of the watermark image. Default: ''.
        watermark_position (list[WatermarkPosition] | Unset | WatermarkPosition): Where the watermark goes; from a list,
            one position is picked at random per file.
        watermark_x_offset (int | Unset): Pixels from the position's side towards the centre. Default: 0.
        watermark_y_offset (int | Unset): Pixels from the position's side towards the centre. Default: 0.
        watermark_size (str | Unset): The watermark's size as a share of the picture, such as `"25%"`.
        watermark_resize_strategy (VideoEncodeStepWatermarkResizeStrategy | Unset): How the watermark is fitted to
            `watermark_size`. Default: VideoEncodeStepWatermarkResizeStrategy.FIT.
        watermark_start_time (float | Unset): Second the watermark appears. Default: 0.0.
        watermark_duration (float | Unset): Seconds the watermark stays; -1 until the end. Default: -1.0.
        watermark_opacity (float | Unset): Opacity of the watermark, 0 to 1. Default: 1.0.
        segment (bool | Unset): Cut the result into segments (HLS). Default: False.
        segment_prefix (str | Unset): What segment file names start with. Default: ''.
        segment_name (str | Unset): Name pattern of segment files. Default: ''.
        segment_time_delta (float | Unset): Seconds segments may be cut early to land on a keyframe.
        font_size (float | Unset): Size of text drawn on the video.
        font_color (str | Unset): Colour of text drawn on the video.
        text_background_color (str | Unset): Colour behind text drawn on the video.
    """

    robot: Literal["/video/encode"]
    interpolate: bool | StepInterpolateType1 | StepInterpolateType2 | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    result: bool | Unset = UNSET
    queue: StepBaseQueue | Unset = UNSET
    force_accept: bool | Unset = False
    ignore_errors: bool | list[StepBaseIgnoreErrorsType1Item] | Unset = UNSET
    use: list[StepUseEntry | str] | StepUseSteps | str | Unset = UNSET
    preset: str | Unset = "empty"
    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    resize_strategy: MediaResizeStrategy | Unset = UNSET
    background: str | Unset = "#00000000"
    segment_duration: int | Unset = 10
    ffmpeg: FfmpegOverrides | Unset = UNSET
    ffmpeg_stack: str | Unset = UNSET
    zoom: bool | Unset = True
    crop: CropRegionType0 | str | Unset = UNSET
    rotate: bool | Unset | VideoEncodeStepRotateType0 = UNSET
    hint: bool | Unset = False
    turbo: bool | Unset = False
    chunk_duration: int | Unset = UNSET
    watermark_url: Literal[""] | str | Unset = ""
    watermark_position: list[WatermarkPosition] | Unset | WatermarkPosition = UNSET
    watermark_x_offset: int | Unset = 0
    watermark_y_offset: int | Unset = 0
    watermark_size: str | Unset = UNSET
    watermark_resize_strategy: VideoEncodeStepWatermarkResizeStrategy | Unset = (
        VideoEncodeStepWatermarkResizeStrategy.FIT
    )
    watermark_start_time: float | Unset = 0.0
    watermark_duration: float | Unset = -1.0
    watermark_opacity: float | Unset = 1.0
    segment: bool | Unset = False
    segment_prefix: str | Unset = ""
    segment_name: str | Unset = ""
    segment_time_delta: float | Unset = UNSET
    font_size: float | Unset = UNSET
    font_color: str | Unset = UNSET
    text_background_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.crop_region_type_0 import CropRegionType0  # noqa: PLC0415
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

        preset = self.preset

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        resize_strategy: str | Unset = UNSET
        if not isinstance(self.resize_strategy, Unset):
            resize_strategy = self.resize_strategy.value

        background = self.background

        segment_duration = self.segment_duration

        ffmpeg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ffmpeg, Unset):
            ffmpeg = self.ffmpeg.to_dict()

        ffmpeg_stack = self.ffmpeg_stack

        zoom = self.zoom

        crop: dict[str, Any] | str | Unset
        if isinstance(self.crop, Unset):
            crop = UNSET
        elif isinstance(self.crop, CropRegionType0):
            crop = self.crop.to_dict()
        else:
            crop = self.crop

        rotate: bool | int | Unset
        if isinstance(self.rotate, Unset):
            rotate = UNSET
        elif isinstance(self.rotate, VideoEncodeStepRotateType0):
            rotate = self.rotate.value
        else:
            rotate = self.rotate

        hint = self.hint

        turbo = self.turbo

        chunk_duration = self.chunk_duration

        watermark_url: Literal[""] | str | Unset
        if isinstance(self.watermark_url, Unset):
            watermark_url = UNSET
        else:
            watermark_url = self.watermark_url

        watermark_position: list[str] | str | Unset
        if isinstance(self.watermark_position, Unset):
            watermark_position = UNSET
        elif isinstance(self.watermark_position, WatermarkPosition):
            watermark_position = self.watermark_position.value
        else:
            watermark_position = []
            for componentsschemas_watermark_positions_type_1_item_data in self.watermark_position:
                componentsschemas_watermark_positions_type_1_item = (
                    componentsschemas_watermark_positions_type_1_item_data.value
                )
                watermark_position.append(componentsschemas_watermark_positions_type_1_item)

        watermark_x_offset = self.watermark_x_offset

        watermark_y_offset = self.watermark_y_offset

        watermark_size = self.watermark_size

        watermark_resize_strategy: str | Unset = UNSET
        if not isinstance(self.watermark_resize_strategy, Unset):
            watermark_resize_strategy = self.watermark_resize_strategy.value

        watermark_start_time = self.watermark_start_time

        watermark_duration = self.watermark_duration

        watermark_opacity = self.watermark_opacity

        segment = self.segment

        segment_prefix = self.segment_prefix

        segment_name = self.segment_name

        segment_time_delta = self.segment_time_delta

        font_size = self.font_size

        font_color = self.font_color

        text_background_color = self.text_background_color

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
        if preset is not UNSET:
            field_dict["preset"] = preset
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if resize_strategy is not UNSET:
            field_dict["resize_strategy"] = resize_strategy
        if background is not UNSET:
            field_dict["background"] = background
        if segment_duration is not UNSET:
            field_dict["segment_duration"] = segment_duration
        if ffmpeg is not UNSET:
            field_dict["ffmpeg"] = ffmpeg
        if ffmpeg_stack is not UNSET:
            field_dict["ffmpeg_stack"] = ffmpeg_stack
        if zoom is not UNSET:
            field_dict["zoom"] = zoom
        if crop is not UNSET:
            field_dict["crop"] = crop
        if rotate is not UNSET:
            field_dict["rotate"] = rotate
        if hint is not UNSET:
            field_dict["hint"] = hint
        if turbo is not UNSET:
            field_dict["turbo"] = turbo
        if chunk_duration is not UNSET:
            field_dict["chunk_duration"] = chunk_duration
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
        if watermark_start_time is not UNSET:
            field_dict["watermark_start_time"] = watermark_start_time
        if watermark_duration is not UNSET:
            field_dict["watermark_duration"] = watermark_duration
        if watermark_opacity is not UNSET:
            field_dict["watermark_opacity"] = watermark_opacity
        if segment is not UNSET:
            field_dict["segment"] = segment
        if segment_prefix is not UNSET:
            field_dict["segment_prefix"] = segment_prefix
        if segment_name is not UNSET:
            field_dict["segment_name"] = segment_name
        if segment_time_delta is not UNSET:
            field_dict["segment_time_delta"] = segment_time_delta
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if text_background_color is not UNSET:
            field_dict["text_background_color"] = text_background_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crop_region_type_0 import CropRegionType0  # noqa: PLC0415
        from ..models.ffmpeg_overrides import FfmpegOverrides  # noqa: PLC0415
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_interpolate_type_2 import StepInterpolateType2  # noqa: PLC0415
        from ..models.step_use_entry import StepUseEntry  # noqa: PLC0415
        from ..models.step_use_steps import StepUseSteps  # noqa: PLC0415
        from ..models.step_user_meta import StepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/video/encode"], d.pop("robot"))
        if robot != "/video/encode":
            raise ValueError(f"robot must match const '/video/encode', got '{robot}'")

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

        preset = d.pop("preset", UNSET)

        def _parse_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        def _parse_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        _resize_strategy = d.pop("resize_strategy", UNSET)
        resize_strategy: MediaResizeStrategy | Unset
        if isinstance(_resize_strategy, Unset):
            resize_strategy = UNSET
        else:
            resize_strategy = MediaResizeStrategy(_resize_strategy)

        background = d.pop("background", UNSET)

        segment_duration = d.pop("segment_duration", UNSET)

        _ffmpeg = d.pop("ffmpeg", UNSET)
        ffmpeg: FfmpegOverrides | Unset
        if isinstance(_ffmpeg, Unset):
            ffmpeg = UNSET
        else:
            ffmpeg = FfmpegOverrides.from_dict(_ffmpeg)

        ffmpeg_stack = d.pop("ffmpeg_stack", UNSET)

        zoom = d.pop("zoom", UNSET)

        def _parse_crop(data: object) -> CropRegionType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_crop_region_type_0 = CropRegionType0.from_dict(data)

                return componentsschemas_crop_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CropRegionType0 | str | Unset, data)

        crop = _parse_crop(d.pop("crop", UNSET))

        def _parse_rotate(data: object) -> bool | Unset | VideoEncodeStepRotateType0:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                rotate_type_0 = VideoEncodeStepRotateType0(data)

                return rotate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Unset | VideoEncodeStepRotateType0, data)

        rotate = _parse_rotate(d.pop("rotate", UNSET))

        hint = d.pop("hint", UNSET)

        turbo = d.pop("turbo", UNSET)

        chunk_duration = d.pop("chunk_duration", UNSET)

        def _parse_watermark_url(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            watermark_url_type_0 = cast(Literal[""], data)
            if watermark_url_type_0 != "":
                raise ValueError(f"watermark_url_type_0 must match const '', got '{watermark_url_type_0}'")
            return watermark_url_type_0
            return cast(Literal[""] | str | Unset, data)

        watermark_url = _parse_watermark_url(d.pop("watermark_url", UNSET))

        def _parse_watermark_position(data: object) -> list[WatermarkPosition] | Unset | WatermarkPosition:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_watermark_positions_type_0 = WatermarkPosition(data)

                return componentsschemas_watermark_positions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_watermark_positions_type_1 = []
            _componentsschemas_watermark_positions_type_1 = data
            for componentsschemas_watermark_positions_type_1_item_data in _componentsschemas_watermark_positions_type_1:
                componentsschemas_watermark_positions_type_1_item = WatermarkPosition(
                    componentsschemas_watermark_positions_type_1_item_data
                )

                componentsschemas_watermark_positions_type_1.append(componentsschemas_watermark_positions_type_1_item)

            return componentsschemas_watermark_positions_type_1

        watermark_position = _parse_watermark_position(d.pop("watermark_position", UNSET))

        watermark_x_offset = d.pop("watermark_x_offset", UNSET)

        watermark_y_offset = d.pop("watermark_y_offset", UNSET)

        watermark_size = d.pop("watermark_size", UNSET)

        _watermark_resize_strategy = d.pop("watermark_resize_strategy", UNSET)
        watermark_resize_strategy: VideoEncodeStepWatermarkResizeStrategy | Unset
        if isinstance(_watermark_resize_strategy, Unset):
            watermark_resize_strategy = UNSET
        else:
            watermark_resize_strategy = VideoEncodeStepWatermarkResizeStrategy(_watermark_resize_strategy)

        watermark_start_time = d.pop("watermark_start_time", UNSET)

        watermark_duration = d.pop("watermark_duration", UNSET)

        watermark_opacity = d.pop("watermark_opacity", UNSET)

        segment = d.pop("segment", UNSET)

        segment_prefix = d.pop("segment_prefix", UNSET)

        segment_name = d.pop("segment_name", UNSET)

        segment_time_delta = d.pop("segment_time_delta", UNSET)

        font_size = d.pop("font_size", UNSET)

        font_color = d.pop("font_color", UNSET)

        text_background_color = d.pop("text_background_color", UNSET)

        video_encode_step = cls(
            robot=robot,
            interpolate=interpolate,
            output_meta=output_meta,
            user_meta=user_meta,
            result=result,
            queue=queue,
            force_accept=force_accept,
            ignore_errors=ignore_errors,
            use=use,
            preset=preset,
            width=width,
            height=height,
            resize_strategy=resize_strategy,
            background=background,
            segment_duration=segment_duration,
            ffmpeg=ffmpeg,
            ffmpeg_stack=ffmpeg_stack,
            zoom=zoom,
            crop=crop,
            rotate=rotate,
            hint=hint,
            turbo=turbo,
            chunk_duration=chunk_duration,
            watermark_url=watermark_url,
            watermark_position=watermark_position,
            watermark_x_offset=watermark_x_offset,
            watermark_y_offset=watermark_y_offset,
            watermark_size=watermark_size,
            watermark_resize_strategy=watermark_resize_strategy,
            watermark_start_time=watermark_start_time,
            watermark_duration=watermark_duration,
            watermark_opacity=watermark_opacity,
            segment=segment,
            segment_prefix=segment_prefix,
            segment_name=segment_name,
            segment_time_delta=segment_time_delta,
            font_size=font_size,
            font_color=font_color,
            text_background_color=text_background_color,
        )

        video_encode_step.additional_properties = d
        return video_encode_step

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
