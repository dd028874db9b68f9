from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audio_encode_step import AudioEncodeStep
    from ..models.audio_waveform_step import AudioWaveformStep
    from ..models.document_thumbs_step import DocumentThumbsStep
    from ..models.file_compress_step import FileCompressStep
    from ..models.file_decompress_step import FileDecompressStep
    from ..models.file_filter_step import FileFilterStep
    from ..models.file_hash_step import FileHashStep
    from ..models.file_preview_step import FilePreviewStep
    from ..models.http_import_step import HttpImportStep
    from ..models.image_facedetect_step import ImageFacedetectStep
    from ..models.image_merge_step import ImageMergeStep
    from ..models.image_optimize_step import ImageOptimizeStep
    from ..models.image_resize_step import ImageResizeStep
    from ..models.s3_import_step import S3ImportStep
    from ..models.s3_store_step import S3StoreStep
    from ..models.upload_handle_step import UploadHandleStep
    from ..models.video_concat_step import VideoConcatStep
    from ..models.video_encode_step import VideoEncodeStep
    from ..models.video_thumbs_step import VideoThumbsStep


T = TypeVar("T", bound="ReplayAssemblyParamsSteps")


@_attrs_define
class ReplayAssemblyParamsSteps:
    additional_properties: dict[
        str,
        AudioEncodeStep
        | AudioWaveformStep
        | DocumentThumbsStep
        | FileCompressStep
        | FileDecompressStep
        | FileFilterStep
        | FileHashStep
        | FilePreviewStep
        | HttpImportStep
        | ImageFacedetectStep
        | ImageMergeStep
        | ImageOptimizeStep
        | ImageResizeStep
        | S3ImportStep
        | S3StoreStep
        | UploadHandleStep
        | VideoConcatStep
        | VideoEncodeStep
        | VideoThumbsStep,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audio_encode_step import AudioEncodeStep  # noqa: PLC0415
        from ..models.audio_waveform_step import AudioWaveformStep  # noqa: PLC0415
        from ..models.document_thumbs_step import DocumentThumbsStep  # noqa: PLC0415
        from ..models.file_compress_step import FileCompressStep  # noqa: PLC0415
        from ..models.file_decompress_step import FileDecompressStep  # noqa: PLC0415
        from ..models.file_filter_step import FileFilterStep  # noqa: PLC0415
        from ..models.file_hash_step import FileHashStep  # noqa: PLC0415
        from ..models.file_preview_step import FilePreviewStep  # noqa: PLC0415
        from ..models.http_import_step import HttpImportStep  # noqa: PLC0415
        from ..models.image_facedetect_step import ImageFacedetectStep  # noqa: PLC0415
        from ..models.image_merge_step import ImageMergeStep  # noqa: PLC0415
        from ..models.image_optimize_step import ImageOptimizeStep  # noqa: PLC0415
        from ..models.image_resize_step import ImageResizeStep  # noqa: PLC0415
        from ..models.s3_import_step import S3ImportStep  # noqa: PLC0415
        from ..models.s3_store_step import S3StoreStep  # noqa: PLC0415
        from ..models.upload_handle_step import UploadHandleStep  # noqa: PLC0415
        from ..models.video_concat_step import VideoConcatStep  # noqa: PLC0415
        from ..models.video_encode_step import VideoEncodeStep  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, AudioEncodeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AudioWaveformStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DocumentThumbsStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FileCompressStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FileDecompressStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FileFilterStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FileHashStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FilePreviewStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, HttpImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageFacedetectStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageMergeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageOptimizeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageResizeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, S3ImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, S3StoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, UploadHandleStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoConcatStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoEncodeStep):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audio_encode_step import AudioEncodeStep  # noqa: PLC0415
        from ..models.audio_waveform_step import AudioWaveformStep  # noqa: PLC0415
        from ..models.document_thumbs_step import DocumentThumbsStep  # noqa: PLC0415
        from ..models.file_compress_step import FileCompressStep  # noqa: PLC0415
        from ..models.file_decompress_step import FileDecompressStep  # noqa: PLC0415
        from ..models.file_filter_step import FileFilterStep  # noqa: PLC0415
        from ..models.file_hash_step import FileHashStep  # noqa: PLC0415
        from ..models.file_preview_step import FilePreviewStep  # noqa: PLC0415
        from ..models.http_import_step import HttpImportStep  # noqa: PLC0415
        from ..models.image_facedetect_step import ImageFacedetectStep  # noqa: PLC0415
        from ..models.image_merge_step import ImageMergeStep  # noqa: PLC0415
        from ..models.image_optimize_step import ImageOptimizeStep  # noqa: PLC0415
        from ..models.image_resize_step import ImageResizeStep  # noqa: PLC0415
        from ..models.s3_import_step import S3ImportStep  # noqa: PLC0415
        from ..models.s3_store_step import S3StoreStep  # noqa: PLC0415
        from ..models.upload_handle_step import UploadHandleStep  # noqa: PLC0415
        from ..models.video_concat_step import VideoConcatStep  # noqa: PLC0415
        from ..models.video_encode_step import VideoEncodeStep  # noqa: PLC0415
        from ..models.video_thumbs_step import VideoThumbsStep  # noqa: PLC0415

        d = dict(src_dict)
        replay_assembly_params_steps = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                AudioEncodeStep
                | AudioWaveformStep
                | DocumentThumbsStep
                | FileCompressStep
                | FileDecompressStep
                | FileFilterStep
                | FileHashStep
                | FilePreviewStep
                | HttpImportStep
                | ImageFacedetectStep
                | ImageMergeStep
                | ImageOptimizeStep
                | ImageResizeStep
                | S3ImportStep
                | S3StoreStep
                | UploadHandleStep
                | VideoConcatStep
                | VideoEncodeStep
                | VideoThumbsStep
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_0 = AudioEncodeStep.from_dict(data)

                    return componentsschemas_robot_step_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_1 = AudioWaveformStep.from_dict(data)

                    return componentsschemas_robot_step_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_2 = DocumentThumbsStep.from_dict(data)

                    return componentsschemas_robot_step_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_3 = FileCompressStep.from_dict(data)

                    return componentsschemas_robot_step_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_4 = FileDecompressStep.from_dict(data)

                    return componentsschemas_robot_step_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_5 = FileFilterStep.from_dict(data)

                    return componentsschemas_robot_step_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_6 = FileHashStep.from_dict(data)

                    return componentsschemas_robot_step_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_7 = FilePreviewStep.from_dict(data)

                    return componentsschemas_robot_step_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_8 = HttpImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_9 = ImageFacedetectStep.from_dict(data)

                    return componentsschemas_robot_step_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_10 = ImageMergeStep.from_dict(data)

                    return componentsschemas_robot_step_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_11 = ImageOptimizeStep.from_dict(data)

                    return componentsschemas_robot_step_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_12 = ImageResizeStep.from_dict(data)

                    return componentsschemas_robot_step_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_13 = S3ImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_14 = S3StoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_15 = UploadHandleStep.from_dict(data)

                    return componentsschemas_robot_step_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_16 = VideoConcatStep.from_dict(data)

                    return componentsschemas_robot_step_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_17 = VideoEncodeStep.from_dict(data)

                    return componentsschemas_robot_step_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_robot_step_type_18 = VideoThumbsStep.from_dict(data)

                return componentsschemas_robot_step_type_18

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        replay_assembly_params_steps.additional_properties = additional_properties
        return replay_assembly_params_steps

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        AudioEncodeStep
        | AudioWaveformStep
        | DocumentThumbsStep
        | FileCompressStep
        | FileDecompressStep
        | FileFilterStep
        | FileHashStep
        | FilePreviewStep
        | HttpImportStep
        | ImageFacedetectStep
        | ImageMergeStep
        | ImageOptimizeStep
        | ImageResizeStep
        | S3ImportStep
        | S3StoreStep
        | UploadHandleStep
        | VideoConcatStep
        | VideoEncodeStep
        | VideoThumbsStep
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: AudioEncodeStep
        | AudioWaveformStep
        | DocumentThumbsStep
        | FileCompressStep
        | FileDecompressStep
        | FileFilterStep
        | FileHashStep
        | FilePreviewStep
        | HttpImportStep
        | ImageFacedetectStep
        | ImageMergeStep
        | ImageOptimizeStep
        | ImageResizeStep
        | S3ImportStep
        | S3StoreStep
        | UploadHandleStep
        | VideoConcatStep
        | VideoEncodeStep
        | VideoThumbsStep,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
