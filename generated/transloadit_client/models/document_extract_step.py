from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_extract_step_extract_type_0 import DocumentExtractStepExtractType0
from ..models.document_extract_step_extract_type_1_item import DocumentExtractStepExtractType1Item
from ..models.document_extract_step_image_format import DocumentExtractStepImageFormat
from ..models.document_extract_step_ocr_provider import DocumentExtractStepOcrProvider
from ..models.document_extract_step_text_format import DocumentExtractStepTextFormat
from ..models.document_extract_step_text_granularity import DocumentExtractStepTextGranularity
from ..models.document_extract_step_text_method import DocumentExtractStepTextMethod
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


T = TypeVar("T", bound="DocumentExtractStep")


@_attrs_define
class DocumentExtractStep:
    """`/document/extract`: Pull the text and the embedded images out of PDFs.

    Attributes:
        robot (Literal['/document/extract']):
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
        extract (DocumentExtractStepExtractType0 | list[DocumentExtractStepExtractType1Item] | Unset): What to extract:
            `text`, `images`, or both.
        page_range (str | Unset): Pages to read, such as `"1-3,5"`.
        password (str | Unset): Password of an encrypted PDF.
        text_method (DocumentExtractStepTextMethod | Unset): Read the embedded text, recognise it (OCR), or fall back to
            OCR when there is none. Default: DocumentExtractStepTextMethod.NATIVE.
        ocr_provider (DocumentExtractStepOcrProvider | Unset): Provider of the OCR.
        text_format (DocumentExtractStepTextFormat | Unset): Text as plain text or JSON. Default:
            DocumentExtractStepTextFormat.TXT.
        text_granularity (DocumentExtractStepTextGranularity | Unset): One text for the document or one per page.
            Default: DocumentExtractStepTextGranularity.DOCUMENT.
        image_format (DocumentExtractStepImageFormat | Unset): Format of extracted images. Default:
            DocumentExtractStepImageFormat.AUTO.
        min_image_width (int | Unset): Skip images narrower than this. Default: 0.
        min_image_height (int | Unset): Skip images lower than this. Default: 0.
        min_image_bytes (int | Unset): Skip images smaller than this many bytes. Default: 0.
        dedupe_images (bool | Unset): Extract an image used several times once. Default: True.
        include_image_masks (bool | Unset): Also extract image masks. Default: False.
    """

    robot: Literal["/document/extract"]
    interpolate: bool | StepInterpolateType1 | StepInterpolateType2 | Unset = UNSET
    output_meta: bool | list[OutputMetaName] | OutputMetaFlags | Unset = UNSET
    user_meta: StepUserMeta | Unset = UNSET
    result: bool | Unset = UNSET
    queue: StepBaseQueue | Unset = UNSET
    force_accept: bool | Unset = False
    ignore_errors: bool | list[StepBaseIgnoreErrorsType1Item] | Unset = UNSET
    use: list[StepUseEntry | str] | StepUseSteps | str | Unset = UNSET
    extract: DocumentExtractStepExtractType0 | list[DocumentExtractStepExtractType1Item] | Unset = UNSET
    page_range: str | Unset = UNSET
    password: str | Unset = UNSET
    text_method: DocumentExtractStepTextMethod | Unset = DocumentExtractStepTextMethod.NATIVE
    ocr_provider: DocumentExtractStepOcrProvider | Unset = UNSET
    text_format: DocumentExtractStepTextFormat | Unset = DocumentExtractStepTextFormat.TXT
    text_granularity: DocumentExtractStepTextGranularity | Unset = DocumentExtractStepTextGranularity.DOCUMENT
    image_format: DocumentExtractStepImageFormat | Unset = DocumentExtractStepImageFormat.AUTO
    min_image_width: int | Unset = 0
    min_image_height: int | Unset = 0
    min_image_bytes: int | Unset = 0
    dedupe_images: bool | Unset = True
    include_image_masks: bool | Unset = False
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

        extract: list[str] | str | Unset
        if isinstance(self.extract, Unset):
            extract = UNSET
        elif isinstance(self.extract, DocumentExtractStepExtractType0):
            extract = self.extract.value
        else:
            extract = []
            for extract_type_1_item_data in self.extract:
                extract_type_1_item = extract_type_1_item_data.value
                extract.append(extract_type_1_item)

        page_range = self.page_range

        password = self.password

        text_method: str | Unset = UNSET
        if not isinstance(self.text_method, Unset):
            text_method = self.text_method.value

        ocr_provider: str | Unset = UNSET
        if not isinstance(self.ocr_provider, Unset):
            ocr_provider = self.ocr_provider.value

        text_format: str | Unset = UNSET
        if not isinstance(self.text_format, Unset):
            text_format = self.text_format.value

        text_granularity: str | Unset = UNSET
        if not isinstance(self.text_granularity, Unset):
            text_granularity = self.text_granularity.value

        image_format: str | Unset = UNSET
        if not isinstance(self.image_format, Unset):
            image_format = self.image_format.value

        min_image_width = self.min_image_width

        min_image_height = self.min_image_height

        min_image_bytes = self.min_image_bytes

        dedupe_images = self.dedupe_images

        include_image_masks = self.include_image_masks

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
        if extract is not UNSET:
            field_dict["extract"] = extract
        if page_range is not UNSET:
            field_dict["page_range"] = page_range
        if password is not UNSET:
            field_dict["password"] = password
        if text_method is not UNSET:
            field_dict["text_method"] = text_method
        if ocr_provider is not UNSET:
            field_dict["ocr_provider"] = ocr_provider
        if text_format is not UNSET:
            field_dict["text_format"] = text_format
        if text_granularity is not UNSET:
            field_dict["text_granularity"] = text_granularity
        if image_format is not UNSET:
            field_dict["image_format"] = image_format
        if min_image_width is not UNSET:
            field_dict["min_image_width"] = min_image_width
        if min_image_height is not UNSET:
            field_dict["min_image_height"] = min_image_height
        if min_image_bytes is not UNSET:
            field_dict["min_image_bytes"] = min_image_bytes
        if dedupe_images is not UNSET:
            field_dict["dedupe_images"] = dedupe_images
        if include_image_masks is not UNSET:
            field_dict["include_image_masks"] = include_image_masks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_meta_flags import OutputMetaFlags  # noqa: PLC0415
        from ..models.step_interpolate_type_2 import StepInterpolateType2  # noqa: PLC0415
        from ..models.step_use_entry import StepUseEntry  # noqa: PLC0415
        from ..models.step_use_steps import StepUseSteps  # noqa: PLC0415
        from ..models.step_user_meta import StepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/document/extract"], d.pop("robot"))
        if robot != "/document/extract":
            raise ValueError(f"robot must match const '/document/extract', got '{robot}'")

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

        def _parse_extract(
            data: object,
        ) -> DocumentExtractStepExtractType0 | list[DocumentExtractStepExtractType1Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                extract_type_0 = DocumentExtractStepExtractType0(data)

                return extract_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            extract_type_1 = []
            _extract_type_1 = data
            for extract_type_1_item_data in _extract_type_1:
                extract_type_1_item = DocumentExtractStepExtractType1Item(extract_type_1_item_data)

                extract_type_1.append(extract_type_1_item)

            return extract_type_1

        extract = _parse_extract(d.pop("extract", UNSET))

        page_range = d.pop("page_range", UNSET)

        password = d.pop("password", UNSET)

        _text_method = d.pop("text_method", UNSET)
        text_method: DocumentExtractStepTextMethod | Unset
        if isinstance(_text_method, Unset):
            text_method = UNSET
        else:
            text_method = DocumentExtractStepTextMethod(_text_method)

        _ocr_provider = d.pop("ocr_provider", UNSET)
        ocr_provider: DocumentExtractStepOcrProvider | Unset
        if isinstance(_ocr_provider, Unset):
            ocr_provider = UNSET
        else:
            ocr_provider = DocumentExtractStepOcrProvider(_ocr_provider)

        _text_format = d.pop("text_format", UNSET)
        text_format: DocumentExtractStepTextFormat | Unset
        if isinstance(_text_format, Unset):
            text_format = UNSET
        else:
            text_format = DocumentExtractStepTextFormat(_text_format)

        _text_granularity = d.pop("text_granularity", UNSET)
        text_granularity: DocumentExtractStepTextGranularity | Unset
        if isinstance(_text_granularity, Unset):
            text_granularity = UNSET
        else:
            text_granularity = DocumentExtractStepTextGranularity(_text_granularity)

        _image_format = d.pop("image_format", UNSET)
        image_format: DocumentExtractStepImageFormat | Unset
        if isinstance(_image_format, Unset):
            image_format = UNSET
        else:
            image_format = DocumentExtractStepImageFormat(_image_format)

        min_image_width = d.pop("min_image_width", UNSET)

        min_image_height = d.pop("min_image_height", UNSET)

        min_image_bytes = d.pop("min_image_bytes", UNSET)

        dedupe_images = d.pop("dedupe_images", UNSET)

        include_image_masks = d.pop("include_image_masks", UNSET)

        document_extract_step = cls(
            robot=robot,
            interpolate=interpolate,
            output_meta=output_meta,
            user_meta=user_meta,
            result=result,
            queue=queue,
            force_accept=force_accept,
            ignore_errors=ignore_errors,
            use=use,
            extract=extract,
            page_range=page_range,
            password=password,
            text_method=text_method,
            ocr_provider=ocr_provider,
            text_format=text_format,
            text_granularity=text_granularity,
            image_format=image_format,
            min_image_width=min_image_width,
            min_image_height=min_image_height,
            min_image_bytes=min_image_bytes,
            dedupe_images=dedupe_images,
            include_image_masks=include_image_masks,
        )

        document_extract_step.additional_properties = d
        return document_extract_step

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
