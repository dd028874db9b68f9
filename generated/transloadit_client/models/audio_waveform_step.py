from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_waveform_step_antialiasing_type_0 import AudioWaveformStepAntialiasingType0
from ..models.audio_waveform_step_bar_style import AudioWaveformStepBarStyle
from ..models.audio_waveform_step_bits import AudioWaveformStepBits
from ..models.audio_waveform_step_color_map import AudioWaveformStepColorMap
from ..models.audio_waveform_step_colors import AudioWaveformStepColors
from ..models.audio_waveform_step_format import AudioWaveformStepFormat
from ..models.audio_waveform_step_frequency_scale import AudioWaveformStepFrequencyScale
from ..models.audio_waveform_step_orientation import AudioWaveformStepOrientation
from ..models.audio_waveform_step_style_type_0 import AudioWaveformStepStyleType0
from ..models.audio_waveform_step_style_type_1 import AudioWaveformStepStyleType1
from ..models.audio_waveform_step_waveform_style import AudioWaveformStepWaveformStyle
from ..models.output_meta_name import OutputMetaName
from ..models.step_base_ignore_errors_type_1_item import StepBaseIgnoreErrorsType1Item
from ..models.step_base_queue import StepBaseQueue
from ..models.step_interpolate_type_1 import StepInterpolateType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ffmpeg_overrides import FfmpegOverrides
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_interpolate_type_2 import StepInterpolateType2
    from ..models.step_use_entry import StepUseEntry
    from ..models.step_use_steps import StepUseSteps
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="AudioWaveformStep")


@_attrs_define
class AudioWaveformStep:
    """`/audio/waveform`: a PNG of the waveform, or its peaks as JSON. `style` `v0` (the default)
    draws ffmpeg's waveform in `outer_color`, shaded to `center_color` at the middle line, on
    `background_color`; its JSON is `{"width", "data": [min, max, ...]}` in -1..1. `v1` draws as
    BBC's audiowaveform does: `start`..`end`, `zoom` or `pixels_per_second` (else the window fits
    `width`), `colors` (`audacity` or `audition`) under the colour params, bars, a border and
    time labels unless `no_axis_labels`; its JSON is audiowaveform's (version 2, `bits`, channels
    interleaved with `split_channels`). `spectrogram` draws frequency against time, as an image
    only (`format: json` is `AUDIO_WAVEFORM_VALIDATION`).

        Attributes:
            robot (Literal['/audio/waveform']):
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
            format_ (AudioWaveformStepFormat | Unset): A PNG of the waveform (`image`) or its peaks as JSON (`json`).
                Default: AudioWaveformStepFormat.IMAGE.
            width (int | Unset): Width of the picture in pixels. Default: 256.
            height (int | Unset): Height of the picture in pixels. Default: 64.
            background_color (str | Unset): Background colour, `#rrggbb[aa]`. Default: '#00000000'.
            outer_color (str | Unset): Colour of the waveform at its peaks, `#rrggbb[aa]`. Default: '#000000ff'.
            ffmpeg (FfmpegOverrides | Unset): ffmpeg options applied after the preset's, as `{"option": value}` (`-option
                value`); `true`
                gives a bare flag and `false` leaves it out. Only the robots' documented options are accepted
                (`b:v`, `b:a`, `c:v`, `c:a`, `crf`, `preset`, `profile:v`, `r`, `ar`, `ac`, `vf`, `af`, `f`, ...).
            ffmpeg_stack (str | Unset): The ffmpeg version to run: `v6`, `v7` (recommended) or `v8`; full versions such as
                `v6.0.0`
                are older spellings still accepted. The emulator has one ffmpeg and ignores it.
            antialiasing (AudioWaveformStepAntialiasingType0 | bool | Unset): Smooth the drawing. Default:
                AudioWaveformStepAntialiasingType0.VALUE_0.
            center_color (str | Unset): Colour in the middle of the waveform. Default: '000000ff'.
            style (AudioWaveformStepStyleType0 | AudioWaveformStepStyleType1 | Unset): Drawing style: `v0`, `v1` (newer
                renderer) or a `spectrogram`. Default: AudioWaveformStepStyleType0.V0.
            split_channels (bool | Unset): Draw each channel separately.
            zoom (int | Unset): Samples per pixel (instead of fitting the whole file into `width`). A zoom that makes JSON
                of more than 5,000,000 columns is `AUDIO_WAVEFORM_VALIDATION`.
            pixels_per_second (float | Unset): Horizontal scale in pixels per second (at most 5,000,000 JSON columns in all,
                as with `zoom`).
            bits (AudioWaveformStepBits | Unset): Resolution of the JSON peaks.
            start (float | Unset): Second to start at.
            end (float | Unset): Second to end at.
            colors (AudioWaveformStepColors | Unset): A predefined colour scheme.
            border_color (str | Unset): Colour of the border.
            waveform_style (AudioWaveformStepWaveformStyle | Unset): A continuous waveform or bars.
            bar_width (int | Unset): Width of each bar in pixels.
            bar_gap (int | Unset): Pixels between bars.
            bar_style (AudioWaveformStepBarStyle | Unset): Shape of the bars.
            axis_label_color (str | Unset): Colour of the axis labels.
            no_axis_labels (bool | Unset): Leave the axis labels out.
            with_axis_labels (bool | Unset): Draw axis labels.
            amplitude_scale (float | Unset): Multiplier for the amplitude.
            compression (int | Unset): PNG compression level, -1 (default) to 9.
            color_map (AudioWaveformStepColorMap | Unset): Colour map of a spectrogram.
            frequency_scale (AudioWaveformStepFrequencyScale | Unset): Frequency axis of a spectrogram.
            frequency_min (float | Unset): Lowest frequency of a spectrogram in Hz.
            frequency_max (float | Unset): Highest frequency of a spectrogram in Hz.
            legend (bool | Unset): Draw a legend next to a spectrogram.
            gain (float | Unset): Gain of a spectrogram in dB.
            orientation (AudioWaveformStepOrientation | Unset): Orientation of a spectrogram.
    """

    robot: Literal["/audio/waveform"]
    interpolate: bool | StepInterpolateType1 | StepInterpolateType2 | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    result: bool | Unset = UNSET
    queue: StepBaseQueue | Unset = UNSET
    force_accept: bool | Unset = False
    ignore_errors: bool | list[StepBaseIgnoreErrorsType1Item] | Unset = UNSET
    use: list[StepUseEntry | str] | StepUseSteps | str | Unset = UNSET
    format_: AudioWaveformStepFormat | Unset = AudioWaveformStepFormat.IMAGE
    width: int | Unset = 256
    height: int | Unset = 64
    background_color: str | Unset = "#00000000"
    outer_color: str | Unset = "#000000ff"
    ffmpeg: FfmpegOverrides | Unset = UNSET
    ffmpeg_stack: str | Unset = UNSET
    antialiasing: AudioWaveformStepAntialiasingType0 | bool | Unset = AudioWaveformStepAntialiasingType0.VALUE_0
    center_color: str | Unset = "000000ff"
    style: AudioWaveformStepStyleType0 | AudioWaveformStepStyleType1 | Unset = AudioWaveformStepStyleType0.V0
    split_channels: bool | Unset = UNSET
    zoom: int | Unset = UNSET
    pixels_per_second: float | Unset = UNSET
    bits: AudioWaveformStepBits | Unset = UNSET
    start: float | Unset = UNSET
    end: float | Unset = UNSET
    colors: AudioWaveformStepColors | Unset = UNSET
    border_color: str | Unset = UNSET
    waveform_style: AudioWaveformStepWaveformStyle | Unset = UNSET
    bar_width: int | Unset = UNSET
    bar_gap: int | Unset = UNSET
    bar_style: AudioWaveformStepBarStyle | Unset = UNSET
    axis_label_color: str | Unset = UNSET
    no_axis_labels: bool | Unset = UNSET
    with_axis_labels: bool | Unset = UNSET
    amplitude_scale: float | Unset = UNSET
    compression: int | Unset = UNSET
    color_map: AudioWaveformStepColorMap | Unset = UNSET
    frequency_scale: AudioWaveformStepFrequencyScale | Unset = UNSET
    frequency_min: float | Unset = UNSET
    frequency_max: float | Unset = UNSET
    legend: bool | Unset = UNSET
    gain: float | Unset = UNSET
    orientation: AudioWaveformStepOrientation | Unset = UNSET
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

        background_color = self.background_color

        outer_color = self.outer_color

        ffmpeg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ffmpeg, Unset):
            ffmpeg = self.ffmpeg.to_dict()

        ffmpeg_stack = self.ffmpeg_stack

        antialiasing: bool | int | Unset
        if isinstance(self.antialiasing, Unset):
            antialiasing = UNSET
        elif isinstance(self.antialiasing, AudioWaveformStepAntialiasingType0):
            antialiasing = self.antialiasing.value
        else:
            antialiasing = self.antialiasing

        center_color = self.center_color

        style: int | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        elif isinstance(self.style, AudioWaveformStepStyleType0):
            style = self.style.value
        else:
            style = self.style.value

        split_channels = self.split_channels

        zoom = self.zoom

        pixels_per_second = self.pixels_per_second

        bits: int | Unset = UNSET
        if not isinstance(self.bits, Unset):
            bits = self.bits.value

        start = self.start

        end = self.end

        colors: str | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = self.colors.value

        border_color = self.border_color

        waveform_style: str | Unset = UNSET
        if not isinstance(self.waveform_style, Unset):
            waveform_style = self.waveform_style.value

        bar_width = self.bar_width

        bar_gap = self.bar_gap

        bar_style: str | Unset = UNSET
        if not isinstance(self.bar_style, Unset):
            bar_style = self.bar_style.value

        axis_label_color = self.axis_label_color

        no_axis_labels = self.no_axis_labels

        with_axis_labels = self.with_axis_labels

        amplitude_scale = self.amplitude_scale

        compression = self.compression

        color_map: str | Unset = UNSET
        if not isinstance(self.color_map, Unset):
            color_map = self.color_map.value

        frequency_scale: str | Unset = UNSET
        if not isinstance(self.frequency_scale, Unset):
            frequency_scale = self.frequency_scale.value

        frequency_min = self.frequency_min

        frequency_max = self.frequency_max

        legend = self.legend

        gain = self.gain

        orientation: str | Unset = UNSET
        if not isinstance(self.orientation, Unset):
            orientation = self.orientation.value

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
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if outer_color is not UNSET:
            field_dict["outer_color"] = outer_color
        if ffmpeg is not UNSET:
            field_dict["ffmpeg"] = ffmpeg
        if ffmpeg_stack is not UNSET:
            field_dict["ffmpeg_stack"] = ffmpeg_stack
        if antialiasing is not UNSET:
            field_dict["antialiasing"] = antialiasing
        if center_color is not UNSET:
            field_dict["center_color"] = center_color
        if style is not UNSET:
            field_dict["style"] = style
        if split_channels is not UNSET:
            field_dict["split_channels"] = split_channels
        if zoom is not UNSET:
            field_dict["zoom"] = zoom
        if pixels_per_second is not UNSET:
            field_dict["pixels_per_second"] = pixels_per_second
        if bits is not UNSET:
            field_dict["bits"] = bits
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if colors is not UNSET:
            field_dict["colors"] = colors
        if border_color is not UNSET:
            field_dict["border_color"] = border_color
        if waveform_style is not UNSET:
            field_dict["waveform_style"] = waveform_style
        if bar_width is not UNSET:
            field_dict["bar_width"] = bar_width
        if bar_gap is not UNSET:
            field_dict["bar_gap"] = bar_gap
        if bar_style is not UNSET:
            field_dict["bar_style"] = bar_style
        if axis_label_color is not UNSET:
            field_dict["axis_label_color"] = axis_label_color
        if no_axis_labels is not UNSET:
            field_dict["no_axis_labels"] = no_axis_labels
        if with_axis_labels is not UNSET:
            field_dict["with_axis_labels"] = with_axis_labels
        if amplitude_scale is not UNSET:
            field_dict["amplitude_scale"] = amplitude_scale
        if compression is not UNSET:
            field_dict["compression"] = compression
        if color_map is not UNSET:
            field_dict["color_map"] = color_map
        if frequency_scale is not UNSET:
            field_dict["frequency_scale"] = frequency_scale
        if frequency_min is not UNSET:
            field_dict["frequency_min"] = frequency_min
        if frequency_max is not UNSET:
            field_dict["frequency_max"] = frequency_max
        if legend is not UNSET:
            field_dict["legend"] = legend
        if gain is not UNSET:
            field_dict["gain"] = gain
        if orientation is not UNSET:
            field_dict["orientation"] = orientation

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
        robot = cast(Literal["/audio/waveform"], d.pop("robot"))
        if robot != "/audio/waveform":
            raise ValueError(f"robot must match const '/audio/waveform', got '{robot}'")

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
        format_: AudioWaveformStepFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = AudioWaveformStepFormat(_format_)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        background_color = d.pop("background_color", UNSET)

        outer_color = d.pop("outer_color", UNSET)

        _ffmpeg = d.pop("ffmpeg", UNSET)
        ffmpeg: FfmpegOverrides | Unset
        if isinstance(_ffmpeg, Unset):
            ffmpeg = UNSET
        else:
            ffmpeg = FfmpegOverrides.from_dict(_ffmpeg)

        ffmpeg_stack = d.pop("ffmpeg_stack", UNSET)

        def _parse_antialiasing(data: object) -> AudioWaveformStepAntialiasingType0 | bool | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                antialiasing_type_0 = AudioWaveformStepAntialiasingType0(data)

                return antialiasing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudioWaveformStepAntialiasingType0 | bool | Unset, data)

        antialiasing = _parse_antialiasing(d.pop("antialiasing", UNSET))

        center_color = d.pop("center_color", UNSET)

        def _parse_style(data: object) -> AudioWaveformStepStyleType0 | AudioWaveformStepStyleType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                style_type_0 = AudioWaveformStepStyleType0(data)

                return style_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, int):
                raise TypeError()
            style_type_1 = AudioWaveformStepStyleType1(data)

            return style_type_1

        style = _parse_style(d.pop("style", UNSET))

        split_channels = d.pop("split_channels", UNSET)

        zoom = d.pop("zoom", UNSET)

        pixels_per_second = d.pop("pixels_per_second", UNSET)

        _bits = d.pop("bits", UNSET)
        bits: AudioWaveformStepBits | Unset
        if isinstance(_bits, Unset):
            bits = UNSET
        else:
            bits = AudioWaveformStepBits(_bits)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        _colors = d.pop("colors", UNSET)
        colors: AudioWaveformStepColors | Unset
        if isinstance(_colors, Unset):
            colors = UNSET
        else:
            colors = AudioWaveformStepColors(_colors)

        border_color = d.pop("border_color", UNSET)

        _waveform_style = d.pop("waveform_style", UNSET)
        waveform_style: AudioWaveformStepWaveformStyle | Unset
        if isinstance(_waveform_style, Unset):
            waveform_style = UNSET
        else:
            waveform_style = AudioWaveformStepWaveformStyle(_waveform_style)

        bar_width = d.pop("bar_width", UNSET)

        bar_gap = d.pop("bar_gap", UNSET)

        _bar_style = d.pop("bar_style", UNSET)
        bar_style: AudioWaveformStepBarStyle | Unset
        if isinstance(_bar_style, Unset):
            bar_style = UNSET
        else:
            bar_style = AudioWaveformStepBarStyle(_bar_style)

        axis_label_color = d.pop("axis_label_color", UNSET)

        no_axis_labels = d.pop("no_axis_labels", UNSET)

        with_axis_labels = d.pop("with_axis_labels", UNSET)

        amplitude_scale = d.pop("amplitude_scale", UNSET)

        compression = d.pop("compression", UNSET)

        _color_map = d.pop("color_map", UNSET)
        color_map: AudioWaveformStepColorMap | Unset
        if isinstance(_color_map, Unset):
            color_map = UNSET
        else:
            color_map = AudioWaveformStepColorMap(_color_map)

        _frequency_scale = d.pop("frequency_scale", UNSET)
        frequency_scale: AudioWaveformStepFrequencyScale | Unset
        if isinstance(_frequency_scale, Unset):
            frequency_scale = UNSET
        else:
            frequency_scale = AudioWaveformStepFrequencyScale(_frequency_scale)

        frequency_min = d.pop("frequency_min", UNSET)

        frequency_max = d.pop("frequency_max", UNSET)

        legend = d.pop("legend", UNSET)

        gain = d.pop("gain", UNSET)

        _orientation = d.pop("orientation", UNSET)
        orientation: AudioWaveformStepOrientation | Unset
        if isinstance(_orientation, Unset):
            orientation = UNSET
        else:
            orientation = AudioWaveformStepOrientation(_orientation)

        audio_waveform_step = cls(
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
            background_color=background_color,
            outer_color=outer_color,
            ffmpeg=ffmpeg,
            ffmpeg_stack=ffmpeg_stack,
            antialiasing=antialiasing,
            center_color=center_color,
            style=style,
            split_channels=split_channels,
            zoom=zoom,
            pixels_per_second=pixels_per_second,
            bits=bits,
            start=start,
            end=end,
            colors=colors,
            border_color=border_color,
            waveform_style=waveform_style,
            bar_width=bar_width,
            bar_gap=bar_gap,
            bar_style=bar_style,
            axis_label_color=axis_label_color,
            no_axis_labels=no_axis_labels,
            with_axis_labels=with_axis_labels,
            amplitude_scale=amplitude_scale,
            compression=compression,
            color_map=color_map,
            frequency_scale=frequency_scale,
            frequency_min=frequency_min,
            frequency_max=frequency_max,
            legend=legend,
            gain=gain,
            orientation=orientation,
        )

        audio_waveform_step.additional_properties = d
        return audio_waveform_step

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
