from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_merge_step_direction import ImageMergeStepDirection
from ..models.image_merge_step_effect import ImageMergeStepEffect
from ..models.image_merge_step_format import ImageMergeStepFormat
from ..models.input_sort_by import InputSortBy
from ..models.output_meta_name import OutputMetaName
from ..models.step_base_ignore_errors_type_1_item import StepBaseIgnoreErrorsType1Item
from ..models.step_base_queue import StepBaseQueue
from ..models.step_interpolate_type_1 import StepInterpolateType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_meta_flags import OutputMetaFlags
    from ..models.step_interpolate_type_2 import StepInterpolateType2
    from ..models.step_use_entry import StepUseEntry
    from ..models.step_use_steps import StepUseSteps
    from ..models.step_user_meta import StepUserMeta


T = TypeVar("T", bound="ImageMergeStep")


@_attrs_define
class ImageMergeStep:
    """`/image/merge`: several images side by side in one image (a spritesheet), in order: the
    Steps of `use` in the order listed, and each Step's files in their order (uploads as
    sent). With `use.bundle_steps: true` the files of all used Steps make one image; without
    it each used Step's files make their own. `fields` in a `use` entry takes only the files
    of those upload fields. Images keep their size (EXIF orientation applied, first frame of
    animations) and touch the top edge (`horizontal`) or the left edge (`vertical`), or fill the
    cells of a `grid`; the rest is `background`. A horizontal result is as wide as the images' widths plus `border`
    between
    each two, and as high as the highest; a vertical one the other way round. Fewer than two
    images, or a result over 25,000,000 pixels or 65,500 pixels on a side, fail with
    `IMAGE_MERGE_FAILURE`.

        Attributes:
            robot (Literal['/image/merge']):
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
            format_ (ImageMergeStepFormat | Unset): Format of the merged image. Default: ImageMergeStepFormat.PNG.
            direction (ImageMergeStepDirection | Unset): Whether the images are laid out in a row, a column, or a `grid` of
                cells left to right
                and top to bottom (ignored with an `effect`).
                 Default: ImageMergeStepDirection.HORIZONTAL.
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
            effect (ImageMergeStepEffect | Unset): A collage instead of a plain row, column or grid: `mosaic` is justified
                rows of tiles
                filling the canvas width (`border` is the margin and the gutter); `polaroid-stack`
                scatters framed photos, each tilted up to 12 degrees, over the canvas (`border` keeps
                them that far from the edges). The canvas is `width` x `height` (1200 x 800 when unset;
                a mosaic without `height` is as tall as its rows).
            columns (int | Unset): Columns of a `grid` (unset: from `rows`, or as square as can be).
            rows (int | Unset): Rows of a `grid` (unset, or too few: as many as the images need).
            cell_width (int | Unset): Width of each `grid` cell in pixels; images are fitted into their cell, at its top-
                left corner.
            cell_height (int | Unset): Height of each `grid` cell in pixels (unset sides: the largest image's).
            width (int | Unset): Width of an effect's canvas in pixels.
            height (int | Unset): Height of an effect's canvas in pixels (a mosaic is scaled to it).
            seed (int | Unset): Seed of the random parts of effects (the same seed, the same collage).
            shuffle (bool | Unset): Shuffle the images before an effect lays them out. Default: False.
            sort_by (InputSortBy | Unset): The order of inputs without a numbered `as`: by file name (`basename`), in the
                order they
                were imported (`import_order`), or import order where every file has it, else by name (`auto`).
            coverage (float | Unset): The photos' total area of a `polaroid-stack` as a multiple of the canvas's (default
                1.5).
    """

    robot: Literal["/image/merge"]
    interpolate: bool | StepInterpolateType1 | StepInterpolateType2 | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    result: bool | Unset = UNSET
    queue: StepBaseQueue | Unset = UNSET
    force_accept: bool | Unset = False
    ignore_errors: bool | list[StepBaseIgnoreErrorsType1Item] | Unset = UNSET
    use: list[StepUseEntry | str] | StepUseSteps | str | Unset = UNSET
    format_: ImageMergeStepFormat | Unset = ImageMergeStepFormat.PNG
    direction: ImageMergeStepDirection | Unset = ImageMergeStepDirection.HORIZONTAL
    border: int | Unset = 0
    background: str | Unset = "#FFFFFF"
    adaptive_filtering: bool | Unset = False
    quality: int | Unset = 92
    effect: ImageMergeStepEffect | Unset = UNSET
    columns: int | Unset = UNSET
    rows: int | Unset = UNSET
    cell_width: int | Unset = UNSET
    cell_height: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    seed: int | Unset = UNSET
    shuffle: bool | Unset = False
    sort_by: InputSortBy | Unset = UNSET
    coverage: float | Unset = UNSET
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

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        border = self.border

        background = self.background

        adaptive_filtering = self.adaptive_filtering

        quality = self.quality

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = self.effect.value

        columns = self.columns

        rows = self.rows

        cell_width = self.cell_width

        cell_height = self.cell_height

        width = self.width

        height = self.height

        seed = self.seed

        shuffle = self.shuffle

        sort_by: str | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = self.sort_by.value

        coverage = self.coverage

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
        if effect is not UNSET:
            field_dict["effect"] = effect
        if columns is not UNSET:
            field_dict["columns"] = columns
        if rows is not UNSET:
            field_dict["rows"] = rows
        if cell_width is not UNSET:
            field_dict["cell_width"] = cell_width
        if cell_height is not UNSET:
            field_dict["cell_height"] = cell_height
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if seed is not UNSET:
            field_dict["seed"] = seed
        if shuffle is not UNSET:
            field_dict["shuffle"] = shuffle
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if coverage is not UNSET:
            field_dict["coverage"] = coverage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_interpolate_type_2 import StepInterpolateType2  # noqa: PLC0415
        from ..models.step_use_entry import StepUseEntry  # noqa: PLC0415
        from ..models.step_use_steps import StepUseSteps  # noqa: PLC0415
        from ..models.step_user_meta import StepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/image/merge"], d.pop("robot"))
        if robot != "/image/merge":
            raise ValueError(f"robot must match const '/image/merge', got '{robot}'")

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

        _effect = d.pop("effect", UNSET)
        effect: ImageMergeStepEffect | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = ImageMergeStepEffect(_effect)

        columns = d.pop("columns", UNSET)

        rows = d.pop("rows", UNSET)

        cell_width = d.pop("cell_width", UNSET)

        cell_height = d.pop("cell_height", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        seed = d.pop("seed", UNSET)

        shuffle = d.pop("shuffle", UNSET)

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: InputSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = InputSortBy(_sort_by)

        coverage = d.pop("coverage", UNSET)

        image_merge_step = cls(
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
            direction=direction,
            border=border,
            background=background,
            adaptive_filtering=adaptive_filtering,
            quality=quality,
            effect=effect,
            columns=columns,
            rows=rows,
            cell_width=cell_width,
            cell_height=cell_height,
            width=width,
            height=height,
            seed=seed,
            shuffle=shuffle,
            sort_by=sort_by,
            coverage=coverage,
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
