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
from ..models.video_thumbs_step_format import VideoThumbsStepFormat
from ..models.video_thumbs_step_rotate import VideoThumbsStepRotate
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ffmpeg_overrides import FfmpegOverrides
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_interpolate_type_2 import StepInterpolateType2
    from ..models.step_use_entry import StepUseEntry
    from ..models.step_use_steps import StepUseSteps
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="VideoThumbsStep")


@_attrs_define
class VideoThumbsStep:
    """`/video/thumbs`: still frames of videos; each carries `meta.thumb_index` and `meta.thumb_offset`.

    Attributes:
        robot (Literal['/video/thumbs']):
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
        count (int | Unset): How many thumbnails, evenly spaced, when `offsets` is not given. Default: 8.
        offsets (list[float | str] | Unset): Seconds, or percentages of the duration like `"50%"`; overrides `count`. At
            most 999, as `count`. Offsets outside the video are ignored.
        format_ (VideoThumbsStepFormat | Unset): Image format of the thumbnails. Default: VideoThumbsStepFormat.JPEG.
        width (int | Unset): Width of each thumbnail in pixels.
        height (int | Unset): Height of each thumbnail in pixels.
        resize_strategy (MediaResizeStrategy | Unset): How a picture or video is fitted into `width` x `height`: inside
            it keeping proportions
            (`fit`), covering it (`min_fit`), filling it and cutting the rest (`fillcrop`, `crop`),
            inside it padded with `background` (`pad`), or distorted to it (`stretch`).
        background (str | Unset): Colour of the padding, `#rrggbb[aa]`. Default: '#00000000'.
        rotate (VideoThumbsStepRotate | Unset): Rotate the thumbnails clockwise by this many degrees. Default:
            VideoThumbsStepRotate.VALUE_0.
        ffmpeg (FfmpegOverrides | Unset): ffmpeg options applied after the preset's, as `{"option": value}` (`-option
            value`); `true`
            gives a bare flag and `false` leaves it out. Only the robots' documented options are accepted
            (`b:v`, `b:a`, `c:v`, `c:a`, `crf`, `preset`, `profile:v`, `r`, `ar`, `ac`, `vf`, `af`, `f`, ...).
        ffmpeg_stack (str | Unset): The ffmpeg version to run; the emulator has one ffmpeg and ignores it.
        input_codec (str | Unset): The ffmpeg decoder to read the video with (`h264`, `libdav1d`, ...); one ffmpeg lacks
            is `VIDEO_THUMBS_VALIDATION`.
        smart (bool | Unset): Pick the best frames instead of evenly spaced ones (`offsets` are then ignored):
            `count` x 3 candidates (see `smart_max_candidates`) spread over the video are scored
            and the best `count` kept in playing order, with `meta.smart_score` (0-1) and
            `meta.smart_reasons`. The emulator scores sharpness, exposure and contrast without a
            model; the vendor asks an AI.
             Default: False.
        smart_max_candidates (int | Unset): Most candidate frames `smart` scores (never fewer than `count`). Default:
            20.
    """

    robot: Literal["/video/thumbs"]
    interpolate: bool | StepInterpolateType1 | StepInterpolateType2 | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    result: bool | Unset = UNSET
    queue: StepBaseQueue | Unset = UNSET
    force_accept: bool | Unset = False
    ignore_errors: bool | list[StepBaseIgnoreErrorsType1Item] | Unset = UNSET
    use: list[StepUseEntry | str] | StepUseSteps | str | Unset = UNSET
    count: int | Unset = 8
    offsets: list[float | str] | Unset = UNSET
    format_: VideoThumbsStepFormat | Unset = VideoThumbsStepFormat.JPEG
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    resize_strategy: MediaResizeStrategy | Unset = UNSET
    background: str | Unset = "#00000000"
    rotate: VideoThumbsStepRotate | Unset = VideoThumbsStepRotate.VALUE_0
    ffmpeg: FfmpegOverrides | Unset = UNSET
    ffmpeg_stack: str | Unset = UNSET
    input_codec: str | Unset = UNSET
    smart: bool | Unset = False
    smart_max_candidates: int | Unset = 20
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

        count = self.count

        offsets: list[float | str] | Unset = UNSET
        if not isinstance(self.offsets, Unset):
            offsets = []
            for offsets_item_data in self.offsets:
                offsets_item: float | str
                offsets_item = offsets_item_data
                offsets.append(offsets_item)

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        width = self.width

        height = self.height

        resize_strategy: str | Unset = UNSET
        if not isinstance(self.resize_strategy, Unset):
            resize_strategy = self.resize_strategy.value

        background = self.background

        rotate: int | Unset = UNSET
        if not isinstance(self.rotate, Unset):
            rotate = self.rotate.value

        ffmpeg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ffmpeg, Unset):
            ffmpeg = self.ffmpeg.to_dict()

        ffmpeg_stack = self.ffmpeg_stack

        input_codec = self.input_codec

        smart = self.smart

        smart_max_candidates = self.smart_max_candidates

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
        if count is not UNSET:
            field_dict["count"] = count
        if offsets is not UNSET:
            field_dict["offsets"] = offsets
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
        if rotate is not UNSET:
            field_dict["rotate"] = rotate
        if ffmpeg is not UNSET:
            field_dict["ffmpeg"] = ffmpeg
        if ffmpeg_stack is not UNSET:
            field_dict["ffmpeg_stack"] = ffmpeg_stack
        if input_codec is not UNSET:
            field_dict["input_codec"] = input_codec
        if smart is not UNSET:
            field_dict["smart"] = smart
        if smart_max_candidates is not UNSET:
            field_dict["smart_max_candidates"] = smart_max_candidates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ffmpeg_overrides import FfmpegOverrides  # noqa: PLC0415
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_interpolate_type_2 import StepInterpolateType2  # noqa: PLC0415
        from ..models.step_use_entry import StepUseEntry  # noqa: PLC0415
        from ..models.step_use_steps import StepUseSteps  # noqa: PLC0415
        from ..models.step_user_meta import StepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/video/thumbs"], d.pop("robot"))
        if robot != "/video/thumbs":
            raise ValueError(f"robot must match const '/video/thumbs', got '{robot}'")

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

        count = d.pop("count", UNSET)

        _offsets = d.pop("offsets", UNSET)
        offsets: list[float | str] | Unset = UNSET
        if _offsets is not UNSET:
            offsets = []
            for offsets_item_data in _offsets:

                def _parse_offsets_item(data: object) -> float | str:
                    return cast(float | str, data)

                offsets_item = _parse_offsets_item(offsets_item_data)

                offsets.append(offsets_item)

        _format_ = d.pop("format", UNSET)
        format_: VideoThumbsStepFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = VideoThumbsStepFormat(_format_)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _resize_strategy = d.pop("resize_strategy", UNSET)
        resize_strategy: MediaResizeStrategy | Unset
        if isinstance(_resize_strategy, Unset):
            resize_strategy = UNSET
        else:
            resize_strategy = MediaResizeStrategy(_resize_strategy)

        background = d.pop("background", UNSET)

        _rotate = d.pop("rotate", UNSET)
        rotate: VideoThumbsStepRotate | Unset
        if isinstance(_rotate, Unset):
            rotate = UNSET
        else:
            rotate = VideoThumbsStepRotate(_rotate)

        _ffmpeg = d.pop("ffmpeg", UNSET)
        ffmpeg: FfmpegOverrides | Unset
        if isinstance(_ffmpeg, Unset):
            ffmpeg = UNSET
        else:
            ffmpeg = FfmpegOverrides.from_dict(_ffmpeg)

        ffmpeg_stack = d.pop("ffmpeg_stack", UNSET)

        input_codec = d.pop("input_codec", UNSET)

        smart = d.pop("smart", UNSET)

        smart_max_candidates = d.pop("smart_max_candidates", UNSET)

        video_thumbs_step = cls(
            robot=robot,
            interpolate=interpolate,
            output_meta=output_meta,
            user_meta=user_meta,
            result=result,
            queue=queue,
            force_accept=force_accept,
            ignore_errors=ignore_errors,
            use=use,
            count=count,
            offsets=offsets,
            format_=format_,
            width=width,
            height=height,
            resize_strategy=resize_strategy,
            background=background,
            rotate=rotate,
            ffmpeg=ffmpeg,
            ffmpeg_stack=ffmpeg_stack,
            input_codec=input_codec,
            smart=smart,
            smart_max_candidates=smart_max_candidates,
        )

        video_thumbs_step.additional_properties = d
        return video_thumbs_step

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
