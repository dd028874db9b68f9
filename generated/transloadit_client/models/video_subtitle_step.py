from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_meta_name import OutputMetaName
from ..models.step_base_ignore_errors_type_1_item import StepBaseIgnoreErrorsType1Item
from ..models.step_base_queue import StepBaseQueue
from ..models.step_interpolate_type_1 import StepInterpolateType1
from ..models.video_subtitle_step_border_style import VideoSubtitleStepBorderStyle
from ..models.video_subtitle_step_position import VideoSubtitleStepPosition
from ..models.video_subtitle_step_subtitles_type import VideoSubtitleStepSubtitlesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ffmpeg_overrides import FfmpegOverrides
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_interpolate_type_2 import StepInterpolateType2
    from ..models.step_use_entry import StepUseEntry
    from ..models.step_use_steps import StepUseSteps
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="VideoSubtitleStep")


@_attrs_define
class VideoSubtitleStep:
    """`/video/subtitle`: Add subtitles to videos, burned into the picture or as a subtitle track.

    Attributes:
        robot (Literal['/video/subtitle']):
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
        ffmpeg (FfmpegOverrides | Unset): ffmpeg options applied after the preset's, as `{"option": value}` (`-option
            value`); `true`
            gives a bare flag and `false` leaves it out. Only the robots' documented options are accepted
            (`b:v`, `b:a`, `c:v`, `c:a`, `crf`, `preset`, `profile:v`, `r`, `ar`, `ac`, `vf`, `af`, `f`, ...).
        ffmpeg_stack (str | Unset): The ffmpeg version to run: `v6`, `v7` (recommended) or `v8`; full versions such as
            `v6.0.0`
            are older spellings still accepted. The emulator has one ffmpeg and ignores it.
        width (int | None | Unset): Width of the result in pixels.
        height (int | None | Unset): Height of the result in pixels.
        preset (str | Unset): An encoding preset of the video robots: devices (`iphone`, `ipad`, `android`, each with
            `-high`/`-low`), web sizes and codecs (`web/mp4/<size>`, `web/mp4-x265/<size>`, `web/webm/<size>`, `web/webm-
            av1/<size>`, `vp9-<size>`, `webm-<size>`), streaming renditions (`hls/<size>`, `dash/<size>-video`,
            `vod/<size>`), `gif`, `hevc`, `ogv`, `wmv`, `flash`, `empty`, and the audio presets. Dashes and underscores are
            interchangeable.
        subtitles_type (VideoSubtitleStepSubtitlesType | Unset): Burn into the picture (`burned`, `burn`) or add as a
            track (`external`). Default: VideoSubtitleStepSubtitlesType.EXTERNAL.
        border_style (VideoSubtitleStepBorderStyle | Unset): How burned text stands out. Default:
            VideoSubtitleStepBorderStyle.OUTLINE.
        border_color (str | Unset): Colour of the box, outline or shadow, `#rrggbb[aa]`. Default: '40000000'.
        font (str | Unset): Font of burned subtitles. Default: 'Arial'.
        font_color (str | Unset): Colour of burned subtitles. Default: 'FFFFFF'.
        font_size (int | Unset): Font size of burned subtitles, in units of 1/288 of the picture's height (libass's
            script height for SRT): 288 is a line as tall as the picture. Default: 16.
        bold (bool | Unset): Bold text. Default: False.
        italic (bool | Unset): Italic text. Default: False.
        outline_width (int | None | Unset): Outline width in pixels.
        position (VideoSubtitleStepPosition | Unset): Where burned subtitles go. Default:
            VideoSubtitleStepPosition.BOTTOM.
        language (None | str | Unset): Language tag of the subtitle track.
        name (None | str | Unset): Name of the subtitle track.
        keep_subtitles (bool | Unset): Keep the video's existing subtitle tracks. Default: False.
    """

    robot: Literal["/video/subtitle"]
    interpolate: bool | StepInterpolateType1 | StepInterpolateType2 | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    result: bool | Unset = UNSET
    queue: StepBaseQueue | Unset = UNSET
    force_accept: bool | Unset = False
    ignore_errors: bool | list[StepBaseIgnoreErrorsType1Item] | Unset = UNSET
    use: list[StepUseEntry | str] | StepUseSteps | str | Unset = UNSET
    ffmpeg: FfmpegOverrides | Unset = UNSET
    ffmpeg_stack: str | Unset = UNSET
    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    preset: str | Unset = UNSET
    subtitles_type: VideoSubtitleStepSubtitlesType | Unset = VideoSubtitleStepSubtitlesType.EXTERNAL
    border_style: VideoSubtitleStepBorderStyle | Unset = VideoSubtitleStepBorderStyle.OUTLINE
    border_color: str | Unset = "40000000"
    font: str | Unset = "Arial"
    font_color: str | Unset = "FFFFFF"
    font_size: int | Unset = 16
    bold: bool | Unset = False
    italic: bool | Unset = False
    outline_width: int | None | Unset = UNSET
    position: VideoSubtitleStepPosition | Unset = VideoSubtitleStepPosition.BOTTOM
    language: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    keep_subtitles: bool | Unset = False
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

        ffmpeg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ffmpeg, Unset):
            ffmpeg = self.ffmpeg.to_dict()

        ffmpeg_stack = self.ffmpeg_stack

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

        preset = self.preset

        subtitles_type: str | Unset = UNSET
        if not isinstance(self.subtitles_type, Unset):
            subtitles_type = self.subtitles_type.value

        border_style: str | Unset = UNSET
        if not isinstance(self.border_style, Unset):
            border_style = self.border_style.value

        border_color = self.border_color

        font = self.font

        font_color: str | Unset
        if isinstance(self.font_color, Unset):
            font_color = UNSET
        else:
            font_color = self.font_color

        font_size = self.font_size

        bold = self.bold

        italic = self.italic

        outline_width: int | None | Unset
        if isinstance(self.outline_width, Unset):
            outline_width = UNSET
        else:
            outline_width = self.outline_width

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.value

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        keep_subtitles = self.keep_subtitles

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
        if ffmpeg is not UNSET:
            field_dict["ffmpeg"] = ffmpeg
        if ffmpeg_stack is not UNSET:
            field_dict["ffmpeg_stack"] = ffmpeg_stack
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if preset is not UNSET:
            field_dict["preset"] = preset
        if subtitles_type is not UNSET:
            field_dict["subtitles_type"] = subtitles_type
        if border_style is not UNSET:
            field_dict["border_style"] = border_style
        if border_color is not UNSET:
            field_dict["border_color"] = border_color
        if font is not UNSET:
            field_dict["font"] = font
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if bold is not UNSET:
            field_dict["bold"] = bold
        if italic is not UNSET:
            field_dict["italic"] = italic
        if outline_width is not UNSET:
            field_dict["outline_width"] = outline_width
        if position is not UNSET:
            field_dict["position"] = position
        if language is not UNSET:
            field_dict["language"] = language
        if name is not UNSET:
            field_dict["name"] = name
        if keep_subtitles is not UNSET:
            field_dict["keep_subtitles"] = keep_subtitles

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
        robot = cast(Literal["/video/subtitle"], d.pop("robot"))
        if robot != "/video/subtitle":
            raise ValueError(f"robot must match const '/video/subtitle', got '{robot}'")

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

        _ffmpeg = d.pop("ffmpeg", UNSET)
        ffmpeg: FfmpegOverrides | Unset
        if isinstance(_ffmpeg, Unset):
            ffmpeg = UNSET
        else:
            ffmpeg = FfmpegOverrides.from_dict(_ffmpeg)

        ffmpeg_stack = d.pop("ffmpeg_stack", UNSET)

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

        preset = d.pop("preset", UNSET)

        _subtitles_type = d.pop("subtitles_type", UNSET)
        subtitles_type: VideoSubtitleStepSubtitlesType | Unset
        if isinstance(_subtitles_type, Unset):
            subtitles_type = UNSET
        else:
            subtitles_type = VideoSubtitleStepSubtitlesType(_subtitles_type)

        _border_style = d.pop("border_style", UNSET)
        border_style: VideoSubtitleStepBorderStyle | Unset
        if isinstance(_border_style, Unset):
            border_style = UNSET
        else:
            border_style = VideoSubtitleStepBorderStyle(_border_style)

        border_color = d.pop("border_color", UNSET)

        font = d.pop("font", UNSET)

        def _parse_font_color(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        font_color = _parse_font_color(d.pop("font_color", UNSET))

        font_size = d.pop("font_size", UNSET)

        bold = d.pop("bold", UNSET)

        italic = d.pop("italic", UNSET)

        def _parse_outline_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        outline_width = _parse_outline_width(d.pop("outline_width", UNSET))

        _position = d.pop("position", UNSET)
        position: VideoSubtitleStepPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = VideoSubtitleStepPosition(_position)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        keep_subtitles = d.pop("keep_subtitles", UNSET)

        video_subtitle_step = cls(
            robot=robot,
            interpolate=interpolate,
            output_meta=output_meta,
            user_meta=user_meta,
            result=result,
            queue=queue,
            force_accept=force_accept,
            ignore_errors=ignore_errors,
            use=use,
            ffmpeg=ffmpeg,
            ffmpeg_stack=ffmpeg_stack,
            width=width,
            height=height,
            preset=preset,
            subtitles_type=subtitles_type,
            border_style=border_style,
            border_color=border_color,
            font=font,
            font_color=font_color,
            font_size=font_size,
            bold=bold,
            italic=italic,
            outline_width=outline_width,
            position=position,
            language=language,
            name=name,
            keep_subtitles=keep_subtitles,
        )

        video_subtitle_step.additional_properties = d
        return video_subtitle_step

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
