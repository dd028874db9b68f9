from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ai_chat_step import AiChatStep
    from ..models.assembly_savejson_step import AssemblySavejsonStep
    from ..models.audio_artwork_step import AudioArtworkStep
    from ..models.audio_concat_step import AudioConcatStep
    from ..models.audio_encode_step import AudioEncodeStep
    from ..models.audio_loop_step import AudioLoopStep
    from ..models.audio_merge_step import AudioMergeStep
    from ..models.audio_split_step import AudioSplitStep
    from ..models.audio_waveform_step import AudioWaveformStep
    from ..models.azure_import_step import AzureImportStep
    from ..models.azure_store_step import AzureStoreStep
    from ..models.backblaze_import_step import BackblazeImportStep
    from ..models.backblaze_store_step import BackblazeStoreStep
    from ..models.box_import_step import BoxImportStep
    from ..models.box_store_step import BoxStoreStep
    from ..models.cloudfiles_import_step import CloudfilesImportStep
    from ..models.cloudfiles_store_step import CloudfilesStoreStep
    from ..models.cloudflare_import_step import CloudflareImportStep
    from ..models.cloudflare_store_step import CloudflareStoreStep
    from ..models.digitalocean_import_step import DigitaloceanImportStep
    from ..models.digitalocean_store_step import DigitaloceanStoreStep
    from ..models.document_autorotate_step import DocumentAutorotateStep
    from ..models.document_convert_step import DocumentConvertStep
    from ..models.document_extract_step import DocumentExtractStep
    from ..models.document_merge_step import DocumentMergeStep
    from ..models.document_ocr_step import DocumentOcrStep
    from ..models.document_optimize_step import DocumentOptimizeStep
    from ..models.document_split_step import DocumentSplitStep
    from ..models.document_thumbs_step import DocumentThumbsStep
    from ..models.dropbox_import_step import DropboxImportStep
    from ..models.dropbox_store_step import DropboxStoreStep
    from ..models.file_compress_step import FileCompressStep
    from ..models.file_decompress_step import FileDecompressStep
    from ..models.file_filter_step import FileFilterStep
    from ..models.file_hash_step import FileHashStep
    from ..models.file_preview_step import FilePreviewStep
    from ..models.file_read_step import FileReadStep
    from ..models.file_serve_step import FileServeStep
    from ..models.file_verify_step import FileVerifyStep
    from ..models.file_virusscan_step import FileVirusscanStep
    from ..models.file_watermark_step import FileWatermarkStep
    from ..models.ftp_import_step import FtpImportStep
    from ..models.ftp_store_step import FtpStoreStep
    from ..models.google_import_step import GoogleImportStep
    from ..models.google_store_step import GoogleStoreStep
    from ..models.html_convert_step import HtmlConvertStep
    from ..models.http_import_step import HttpImportStep
    from ..models.http_request_step import HttpRequestStep
    from ..models.image_bgremove_step import ImageBgremoveStep
    from ..models.image_copyrightdetect_step import ImageCopyrightdetectStep
    from ..models.image_describe_step import ImageDescribeStep
    from ..models.image_enhance_step import ImageEnhanceStep
    from ..models.image_facedetect_step import ImageFacedetectStep
    from ..models.image_generate_step import ImageGenerateStep
    from ..models.image_merge_step import ImageMergeStep
    from ..models.image_ocr_step import ImageOcrStep
    from ..models.image_optimize_step import ImageOptimizeStep
    from ..models.image_resize_step import ImageResizeStep
    from ..models.image_upscale_step import ImageUpscaleStep
    from ..models.mega_import_step import MegaImportStep
    from ..models.mega_store_step import MegaStoreStep
    from ..models.meta_read_step import MetaReadStep
    from ..models.meta_write_step import MetaWriteStep
    from ..models.minio_import_step import MinioImportStep
    from ..models.minio_store_step import MinioStoreStep
    from ..models.progress_simulate_step import ProgressSimulateStep
    from ..models.s3_import_step import S3ImportStep
    from ..models.s3_store_step import S3StoreStep
    from ..models.script_run_step import ScriptRunStep
    from ..models.sftp_import_step import SftpImportStep
    from ..models.sftp_store_step import SftpStoreStep
    from ..models.speech_transcribe_step import SpeechTranscribeStep
    from ..models.supabase_import_step import SupabaseImportStep
    from ..models.supabase_store_step import SupabaseStoreStep
    from ..models.swift_import_step import SwiftImportStep
    from ..models.swift_store_step import SwiftStoreStep
    from ..models.text_speak_step import TextSpeakStep
    from ..models.text_translate_step import TextTranslateStep
    from ..models.tigris_import_step import TigrisImportStep
    from ..models.tigris_store_step import TigrisStoreStep
    from ..models.tlcdn_deliver_step import TlcdnDeliverStep
    from ..models.transloadit_import_step import TransloaditImportStep
    from ..models.transloadit_store_step import TransloaditStoreStep
    from ..models.tus_store_step import TusStoreStep
    from ..models.upload_handle_step import UploadHandleStep
    from ..models.video_adaptive_step import VideoAdaptiveStep
    from ..models.video_artwork_step import VideoArtworkStep
    from ..models.video_concat_step import VideoConcatStep
    from ..models.video_encode_step import VideoEncodeStep
    from ..models.video_generate_step import VideoGenerateStep
    from ..models.video_merge_step import VideoMergeStep
    from ..models.video_ondemand_step import VideoOndemandStep
    from ..models.video_split_step import VideoSplitStep
    from ..models.video_subtitle_step import VideoSubtitleStep
    from ..models.video_thumbs_step import VideoThumbsStep
    from ..models.vimeo_import_step import VimeoImportStep
    from ..models.vimeo_store_step import VimeoStoreStep
    from ..models.wasabi_import_step import WasabiImportStep
    from ..models.wasabi_store_step import WasabiStoreStep
    from ..models.youtube_store_step import YoutubeStoreStep


T = TypeVar("T", bound="AssemblyParamsSteps")


@_attrs_define
class AssemblyParamsSteps:
    additional_properties: dict[
        str,
        AiChatStep
        | AssemblySavejsonStep
        | AudioArtworkStep
        | AudioConcatStep
        | AudioEncodeStep
        | AudioLoopStep
        | AudioMergeStep
        | AudioSplitStep
        | AudioWaveformStep
        | AzureImportStep
        | AzureStoreStep
        | BackblazeImportStep
        | BackblazeStoreStep
        | BoxImportStep
        | BoxStoreStep
        | CloudfilesImportStep
        | CloudfilesStoreStep
        | CloudflareImportStep
        | CloudflareStoreStep
        | DigitaloceanImportStep
        | DigitaloceanStoreStep
        | DocumentAutorotateStep
        | DocumentConvertStep
        | DocumentExtractStep
        | DocumentMergeStep
        | DocumentOcrStep
        | DocumentOptimizeStep
        | DocumentSplitStep
        | DocumentThumbsStep
        | DropboxImportStep
        | DropboxStoreStep
        | FileCompressStep
        | FileDecompressStep
        | FileFilterStep
        | FileHashStep
        | FilePreviewStep
        | FileReadStep
        | FileServeStep
        | FileVerifyStep
        | FileVirusscanStep
        | FileWatermarkStep
        | FtpImportStep
        | FtpStoreStep
        | GoogleImportStep
        | GoogleStoreStep
        | HtmlConvertStep
        | HttpImportStep
        | HttpRequestStep
        | ImageBgremoveStep
        | ImageCopyrightdetectStep
        | ImageDescribeStep
        | ImageEnhanceStep
        | ImageFacedetectStep
        | ImageGenerateStep
        | ImageMergeStep
        | ImageOcrStep
        | ImageOptimizeStep
        | ImageResizeStep
        | ImageUpscaleStep
        | MegaImportStep
        | MegaStoreStep
        | MetaReadStep
        | MetaWriteStep
        | MinioImportStep
        | MinioStoreStep
        | ProgressSimulateStep
        | S3ImportStep
        | S3StoreStep
        | ScriptRunStep
        | SftpImportStep
        | SftpStoreStep
        | SpeechTranscribeStep
        | SupabaseImportStep
        | SupabaseStoreStep
        | SwiftImportStep
        | SwiftStoreStep
        | TextSpeakStep
        | TextTranslateStep
        | TigrisImportStep
        | TigrisStoreStep
        | TlcdnDeliverStep
        | TransloaditImportStep
        | TransloaditStoreStep
        | TusStoreStep
        | UploadHandleStep
        | VideoAdaptiveStep
        | VideoArtworkStep
        | VideoConcatStep
        | VideoEncodeStep
        | VideoGenerateStep
        | VideoMergeStep
        | VideoOndemandStep
        | VideoSplitStep
        | VideoSubtitleStep
        | VideoThumbsStep
        | VimeoImportStep
        | VimeoStoreStep
        | WasabiImportStep
        | WasabiStoreStep
        | YoutubeStoreStep,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ai_chat_step import AiChatStep  # noqa: PLC0415
        from ..models.assembly_savejson_step import AssemblySavejsonStep  # noqa: PLC0415
        from ..models.audio_artwork_step import AudioArtworkStep  # noqa: PLC0415
        from ..models.audio_concat_step import AudioConcatStep  # noqa: PLC0415
        from ..models.audio_encode_step import AudioEncodeStep  # noqa: PLC0415
        from ..models.audio_loop_step import AudioLoopStep  # noqa: PLC0415
        from ..models.audio_merge_step import AudioMergeStep  # noqa: PLC0415
        from ..models.audio_split_step import AudioSplitStep  # noqa: PLC0415
        from ..models.audio_waveform_step import AudioWaveformStep  # noqa: PLC0415
        from ..models.azure_import_step import AzureImportStep  # noqa: PLC0415
        from ..models.azure_store_step import AzureStoreStep  # noqa: PLC0415
        from ..models.backblaze_import_step import BackblazeImportStep  # noqa: PLC0415
        from ..models.backblaze_store_step import BackblazeStoreStep  # noqa: PLC0415
        from ..models.box_import_step import BoxImportStep  # noqa: PLC0415
        from ..models.box_store_step import BoxStoreStep  # noqa: PLC0415
        from ..models.cloudfiles_import_step import CloudfilesImportStep  # noqa: PLC0415
        from ..models.cloudfiles_store_step import CloudfilesStoreStep  # noqa: PLC0415
        from ..models.cloudflare_import_step import CloudflareImportStep  # noqa: PLC0415
        from ..models.cloudflare_store_step import CloudflareStoreStep  # noqa: PLC0415
        from ..models.digitalocean_import_step import DigitaloceanImportStep  # noqa: PLC0415
        from ..models.digitalocean_store_step import DigitaloceanStoreStep  # noqa: PLC0415
        from ..models.document_autorotate_step import DocumentAutorotateStep  # noqa: PLC0415
        from ..models.document_convert_step import DocumentConvertStep  # noqa: PLC0415
        from ..models.document_extract_step import DocumentExtractStep  # noqa: PLC0415
        from ..models.document_merge_step import DocumentMergeStep  # noqa: PLC0415
        from ..models.document_ocr_step import DocumentOcrStep  # noqa: PLC0415
        from ..models.document_optimize_step import DocumentOptimizeStep  # noqa: PLC0415
        from ..models.document_split_step import DocumentSplitStep  # noqa: PLC0415
        from ..models.document_thumbs_step import DocumentThumbsStep  # noqa: PLC0415
        from ..models.dropbox_import_step import DropboxImportStep  # noqa: PLC0415
        from ..models.dropbox_store_step import DropboxStoreStep  # noqa: PLC0415
        from ..models.file_compress_step import FileCompressStep  # noqa: PLC0415
        from ..models.file_decompress_step import FileDecompressStep  # noqa: PLC0415
        from ..models.file_filter_step import FileFilterStep  # noqa: PLC0415
        from ..models.file_hash_step import FileHashStep  # noqa: PLC0415
        from ..models.file_preview_step import FilePreviewStep  # noqa: PLC0415
        from ..models.file_read_step import FileReadStep  # noqa: PLC0415
        from ..models.file_serve_step import FileServeStep  # noqa: PLC0415
        from ..models.file_verify_step import FileVerifyStep  # noqa: PLC0415
        from ..models.file_virusscan_step import FileVirusscanStep  # noqa: PLC0415
        from ..models.file_watermark_step import FileWatermarkStep  # noqa: PLC0415
        from ..models.ftp_import_step import FtpImportStep  # noqa: PLC0415
        from ..models.ftp_store_step import FtpStoreStep  # noqa: PLC0415
        from ..models.google_import_step import GoogleImportStep  # noqa: PLC0415
        from ..models.google_store_step import GoogleStoreStep  # noqa: PLC0415
        from ..models.html_convert_step import HtmlConvertStep  # noqa: PLC0415
        from ..models.http_import_step import HttpImportStep  # noqa: PLC0415
        from ..models.http_request_step import HttpRequestStep  # noqa: PLC0415
        from ..models.image_bgremove_step import ImageBgremoveStep  # noqa: PLC0415
        from ..models.image_copyrightdetect_step import ImageCopyrightdetectStep  # noqa: PLC0415
        from ..models.image_describe_step import ImageDescribeStep  # noqa: PLC0415
        from ..models.image_enhance_step import ImageEnhanceStep  # noqa: PLC0415
        from ..models.image_facedetect_step import ImageFacedetectStep  # noqa: PLC0415
        from ..models.image_generate_step import ImageGenerateStep  # noqa: PLC0415
        from ..models.image_merge_step import ImageMergeStep  # noqa: PLC0415
        from ..models.image_ocr_step import ImageOcrStep  # noqa: PLC0415
        from ..models.image_optimize_step import ImageOptimizeStep  # noqa: PLC0415
        from ..models.image_resize_step import ImageResizeStep  # noqa: PLC0415
        from ..models.image_upscale_step import ImageUpscaleStep  # noqa: PLC0415
        from ..models.mega_import_step import MegaImportStep  # noqa: PLC0415
        from ..models.mega_store_step import MegaStoreStep  # noqa: PLC0415
        from ..models.meta_read_step import MetaReadStep  # noqa: PLC0415
        from ..models.meta_write_step import MetaWriteStep  # noqa: PLC0415
        from ..models.minio_import_step import MinioImportStep  # noqa: PLC0415
        from ..models.minio_store_step import MinioStoreStep  # noqa: PLC0415
        from ..models.progress_simulate_step import ProgressSimulateStep  # noqa: PLC0415
        from ..models.s3_import_step import S3ImportStep  # noqa: PLC0415
        from ..models.s3_store_step import S3StoreStep  # noqa: PLC0415
        from ..models.script_run_step import ScriptRunStep  # noqa: PLC0415
        from ..models.sftp_import_step import SftpImportStep  # noqa: PLC0415
        from ..models.sftp_store_step import SftpStoreStep  # noqa: PLC0415
        from ..models.speech_transcribe_step import SpeechTranscribeStep  # noqa: PLC0415
        from ..models.supabase_import_step import SupabaseImportStep  # noqa: PLC0415
        from ..models.supabase_store_step import SupabaseStoreStep  # noqa: PLC0415
        from ..models.swift_import_step import SwiftImportStep  # noqa: PLC0415
        from ..models.swift_store_step import SwiftStoreStep  # noqa: PLC0415
        from ..models.text_speak_step import TextSpeakStep  # noqa: PLC0415
        from ..models.text_translate_step import TextTranslateStep  # noqa: PLC0415
        from ..models.tigris_import_step import TigrisImportStep  # noqa: PLC0415
        from ..models.tigris_store_step import TigrisStoreStep  # noqa: PLC0415
        from ..models.tlcdn_deliver_step import TlcdnDeliverStep  # noqa: PLC0415
        from ..models.transloadit_import_step import TransloaditImportStep  # noqa: PLC0415
        from ..models.transloadit_store_step import TransloaditStoreStep  # noqa: PLC0415
        from ..models.tus_store_step import TusStoreStep  # noqa: PLC0415
        from ..models.upload_handle_step import UploadHandleStep  # noqa: PLC0415
        from ..models.video_adaptive_step import VideoAdaptiveStep  # noqa: PLC0415
        from ..models.video_artwork_step import VideoArtworkStep  # noqa: PLC0415
        from ..models.video_concat_step import VideoConcatStep  # noqa: PLC0415
        from ..models.video_encode_step import VideoEncodeStep  # noqa: PLC0415
        from ..models.video_generate_step import VideoGenerateStep  # noqa: PLC0415
        from ..models.video_merge_step import VideoMergeStep  # noqa: PLC0415
        from ..models.video_ondemand_step import VideoOndemandStep  # noqa: PLC0415
        from ..models.video_split_step import VideoSplitStep  # noqa: PLC0415
        from ..models.video_subtitle_step import VideoSubtitleStep  # noqa: PLC0415
        from ..models.video_thumbs_step import VideoThumbsStep  # noqa: PLC0415
        from ..models.vimeo_import_step import VimeoImportStep  # noqa: PLC0415
        from ..models.vimeo_store_step import VimeoStoreStep  # noqa: PLC0415
        from ..models.wasabi_import_step import WasabiImportStep  # noqa: PLC0415
        from ..models.wasabi_store_step import WasabiStoreStep  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, AiChatStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AssemblySavejsonStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AudioArtworkStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AudioConcatStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AudioEncodeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AudioLoopStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AudioMergeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AudioSplitStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AudioWaveformStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AzureImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AzureStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, BackblazeImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, BackblazeStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, BoxImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, BoxStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, CloudfilesImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, CloudfilesStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, CloudflareImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, CloudflareStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DigitaloceanImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DigitaloceanStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DocumentAutorotateStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DocumentConvertStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DocumentExtractStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DocumentMergeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DocumentOcrStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DocumentOptimizeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DocumentSplitStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DocumentThumbsStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DropboxImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DropboxStoreStep):
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
            elif isinstance(prop, FileReadStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FileServeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FileVerifyStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FileVirusscanStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FileWatermarkStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FtpImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FtpStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, GoogleImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, GoogleStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, HtmlConvertStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, HttpImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, HttpRequestStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageBgremoveStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageCopyrightdetectStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageDescribeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageEnhanceStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageFacedetectStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageGenerateStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageMergeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageOcrStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageOptimizeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageResizeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageUpscaleStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MegaImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MegaStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MetaReadStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MetaWriteStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MinioImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MinioStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ProgressSimulateStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, S3ImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, S3StoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ScriptRunStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SftpImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SftpStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SpeechTranscribeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SupabaseImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SupabaseStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SwiftImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SwiftStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TextSpeakStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TextTranslateStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TigrisImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TigrisStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TlcdnDeliverStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TransloaditImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TransloaditStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TusStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, UploadHandleStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoAdaptiveStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoArtworkStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoConcatStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoEncodeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoGenerateStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoMergeStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoOndemandStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoSplitStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoSubtitleStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoThumbsStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VimeoImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VimeoStoreStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WasabiImportStep):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WasabiStoreStep):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_chat_step import AiChatStep  # noqa: PLC0415
        from ..models.assembly_savejson_step import AssemblySavejsonStep  # noqa: PLC0415
        from ..models.audio_artwork_step import AudioArtworkStep  # noqa: PLC0415
        from ..models.audio_concat_step import AudioConcatStep  # noqa: PLC0415
        from ..models.audio_encode_step import AudioEncodeStep  # noqa: PLC0415
        from ..models.audio_loop_step import AudioLoopStep  # noqa: PLC0415
        from ..models.audio_merge_step import AudioMergeStep  # noqa: PLC0415
        from ..models.audio_split_step import AudioSplitStep  # noqa: PLC0415
        from ..models.audio_waveform_step import AudioWaveformStep  # noqa: PLC0415
        from ..models.azure_import_step import AzureImportStep  # noqa: PLC0415
        from ..models.azure_store_step import AzureStoreStep  # noqa: PLC0415
        from ..models.backblaze_import_step import BackblazeImportStep  # noqa: PLC0415
        from ..models.backblaze_store_step import BackblazeStoreStep  # noqa: PLC0415
        from ..models.box_import_step import BoxImportStep  # noqa: PLC0415
        from ..models.box_store_step import BoxStoreStep  # noqa: PLC0415
        from ..models.cloudfiles_import_step import CloudfilesImportStep  # noqa: PLC0415
        from ..models.cloudfiles_store_step import CloudfilesStoreStep  # noqa: PLC0415
        from ..models.cloudflare_import_step import CloudflareImportStep  # noqa: PLC0415
        from ..models.cloudflare_store_step import CloudflareStoreStep  # noqa: PLC0415
        from ..models.digitalocean_import_step import DigitaloceanImportStep  # noqa: PLC0415
        from ..models.digitalocean_store_step import DigitaloceanStoreStep  # noqa: PLC0415
        from ..models.document_autorotate_step import DocumentAutorotateStep  # noqa: PLC0415
        from ..models.document_convert_step import DocumentConvertStep  # noqa: PLC0415
        from ..models.document_extract_step import DocumentExtractStep  # noqa: PLC0415
        from ..models.document_merge_step import DocumentMergeStep  # noqa: PLC0415
        from ..models.document_ocr_step import DocumentOcrStep  # noqa: PLC0415
        from ..models.document_optimize_step import DocumentOptimizeStep  # noqa: PLC0415
        from ..models.document_split_step import DocumentSplitStep  # noqa: PLC0415
        from ..models.document_thumbs_step import DocumentThumbsStep  # noqa: PLC0415
        from ..models.dropbox_import_step import DropboxImportStep  # noqa: PLC0415
        from ..models.dropbox_store_step import DropboxStoreStep  # noqa: PLC0415
        from ..models.file_compress_step import FileCompressStep  # noqa: PLC0415
        from ..models.file_decompress_step import FileDecompressStep  # noqa: PLC0415
        from ..models.file_filter_step import FileFilterStep  # noqa: PLC0415
        from ..models.file_hash_step import FileHashStep  # noqa: PLC0415
        from ..models.file_preview_step import FilePreviewStep  # noqa: PLC0415
        from ..models.file_read_step import FileReadStep  # noqa: PLC0415
        from ..models.file_serve_step import FileServeStep  # noqa: PLC0415
        from ..models.file_verify_step import FileVerifyStep  # noqa: PLC0415
        from ..models.file_virusscan_step import FileVirusscanStep  # noqa: PLC0415
        from ..models.file_watermark_step import FileWatermarkStep  # noqa: PLC0415
        from ..models.ftp_import_step import FtpImportStep  # noqa: PLC0415
        from ..models.ftp_store_step import FtpStoreStep  # noqa: PLC0415
        from ..models.google_import_step import GoogleImportStep  # noqa: PLC0415
        from ..models.google_store_step import GoogleStoreStep  # noqa: PLC0415
        from ..models.html_convert_step import HtmlConvertStep  # noqa: PLC0415
        from ..models.http_import_step import HttpImportStep  # noqa: PLC0415
        from ..models.http_request_step import HttpRequestStep  # noqa: PLC0415
        from ..models.image_bgremove_step import ImageBgremoveStep  # noqa: PLC0415
        from ..models.image_copyrightdetect_step import ImageCopyrightdetectStep  # noqa: PLC0415
        from ..models.image_describe_step import ImageDescribeStep  # noqa: PLC0415
        from ..models.image_enhance_step import ImageEnhanceStep  # noqa: PLC0415
        from ..models.image_facedetect_step import ImageFacedetectStep  # noqa: PLC0415
        from ..models.image_generate_step import ImageGenerateStep  # noqa: PLC0415
        from ..models.image_merge_step import ImageMergeStep  # noqa: PLC0415
        from ..models.image_ocr_step import ImageOcrStep  # noqa: PLC0415
        from ..models.image_optimize_step import ImageOptimizeStep  # noqa: PLC0415
        from ..models.image_resize_step import ImageResizeStep  # noqa: PLC0415
        from ..models.image_upscale_step import ImageUpscaleStep  # noqa: PLC0415
        from ..models.mega_import_step import MegaImportStep  # noqa: PLC0415
        from ..models.mega_store_step import MegaStoreStep  # noqa: PLC0415
        from ..models.meta_read_step import MetaReadStep  # noqa: PLC0415
        from ..models.meta_write_step import MetaWriteStep  # noqa: PLC0415
        from ..models.minio_import_step import MinioImportStep  # noqa: PLC0415
        from ..models.minio_store_step import MinioStoreStep  # noqa: PLC0415
        from ..models.progress_simulate_step import ProgressSimulateStep  # noqa: PLC0415
        from ..models.s3_import_step import S3ImportStep  # noqa: PLC0415
        from ..models.s3_store_step import S3StoreStep  # noqa: PLC0415
        from ..models.script_run_step import ScriptRunStep  # noqa: PLC0415
        from ..models.sftp_import_step import SftpImportStep  # noqa: PLC0415
        from ..models.sftp_store_step import SftpStoreStep  # noqa: PLC0415
        from ..models.speech_transcribe_step import SpeechTranscribeStep  # noqa: PLC0415
        from ..models.supabase_import_step import SupabaseImportStep  # noqa: PLC0415
        from ..models.supabase_store_step import SupabaseStoreStep  # noqa: PLC0415
        from ..models.swift_import_step import SwiftImportStep  # noqa: PLC0415
        from ..models.swift_store_step import SwiftStoreStep  # noqa: PLC0415
        from ..models.text_speak_step import TextSpeakStep  # noqa: PLC0415
        from ..models.text_translate_step import TextTranslateStep  # noqa: PLC0415
        from ..models.tigris_import_step import TigrisImportStep  # noqa: PLC0415
        from ..models.tigris_store_step import TigrisStoreStep  # noqa: PLC0415
        from ..models.tlcdn_deliver_step import TlcdnDeliverStep  # noqa: PLC0415
        from ..models.transloadit_import_step import TransloaditImportStep  # noqa: PLC0415
        from ..models.transloadit_store_step import TransloaditStoreStep  # noqa: PLC0415
        from ..models.tus_store_step import TusStoreStep  # noqa: PLC0415
        from ..models.upload_handle_step import UploadHandleStep  # noqa: PLC0415
        from ..models.video_adaptive_step import VideoAdaptiveStep  # noqa: PLC0415
        from ..models.video_artwork_step import VideoArtworkStep  # noqa: PLC0415
        from ..models.video_concat_step import VideoConcatStep  # noqa: PLC0415
        from ..models.video_encode_step import VideoEncodeStep  # noqa: PLC0415
        from ..models.video_generate_step import VideoGenerateStep  # noqa: PLC0415
        from ..models.video_merge_step import VideoMergeStep  # noqa: PLC0415
        from ..models.video_ondemand_step import VideoOndemandStep  # noqa: PLC0415
        from ..models.video_split_step import VideoSplitStep  # noqa: PLC0415
        from ..models.video_subtitle_step import VideoSubtitleStep  # noqa: PLC0415
        from ..models.video_thumbs_step import VideoThumbsStep  # noqa: PLC0415
        from ..models.vimeo_import_step import VimeoImportStep  # noqa: PLC0415
        from ..models.vimeo_store_step import VimeoStoreStep  # noqa: PLC0415
        from ..models.wasabi_import_step import WasabiImportStep  # noqa: PLC0415
        from ..models.wasabi_store_step import WasabiStoreStep  # noqa: PLC0415
        from ..models.youtube_store_step import YoutubeStoreStep  # noqa: PLC0415

        d = dict(src_dict)
        assembly_params_steps = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                AiChatStep
                | AssemblySavejsonStep
                | AudioArtworkStep
                | AudioConcatStep
                | AudioEncodeStep
                | AudioLoopStep
                | AudioMergeStep
                | AudioSplitStep
                | AudioWaveformStep
                | AzureImportStep
                | AzureStoreStep
                | BackblazeImportStep
                | BackblazeStoreStep
                | BoxImportStep
                | BoxStoreStep
                | CloudfilesImportStep
                | CloudfilesStoreStep
                | CloudflareImportStep
                | CloudflareStoreStep
                | DigitaloceanImportStep
                | DigitaloceanStoreStep
                | DocumentAutorotateStep
                | DocumentConvertStep
                | DocumentExtractStep
                | DocumentMergeStep
                | DocumentOcrStep
                | DocumentOptimizeStep
                | DocumentSplitStep
                | DocumentThumbsStep
                | DropboxImportStep
                | DropboxStoreStep
                | FileCompressStep
                | FileDecompressStep
                | FileFilterStep
                | FileHashStep
                | FilePreviewStep
                | FileReadStep
                | FileServeStep
                | FileVerifyStep
                | FileVirusscanStep
                | FileWatermarkStep
                | FtpImportStep
                | FtpStoreStep
                | GoogleImportStep
                | GoogleStoreStep
                | HtmlConvertStep
                | HttpImportStep
                | HttpRequestStep
                | ImageBgremoveStep
                | ImageCopyrightdetectStep
                | ImageDescribeStep
                | ImageEnhanceStep
                | ImageFacedetectStep
                | ImageGenerateStep
                | ImageMergeStep
                | ImageOcrStep
                | ImageOptimizeStep
                | ImageResizeStep
                | ImageUpscaleStep
                | MegaImportStep
                | MegaStoreStep
                | MetaReadStep
                | MetaWriteStep
                | MinioImportStep
                | MinioStoreStep
                | ProgressSimulateStep
                | S3ImportStep
                | S3StoreStep
                | ScriptRunStep
                | SftpImportStep
                | SftpStoreStep
                | SpeechTranscribeStep
                | SupabaseImportStep
                | SupabaseStoreStep
                | SwiftImportStep
                | SwiftStoreStep
                | TextSpeakStep
                | TextTranslateStep
                | TigrisImportStep
                | TigrisStoreStep
                | TlcdnDeliverStep
                | TransloaditImportStep
                | TransloaditStoreStep
                | TusStoreStep
                | UploadHandleStep
                | VideoAdaptiveStep
                | VideoArtworkStep
                | VideoConcatStep
                | VideoEncodeStep
                | VideoGenerateStep
                | VideoMergeStep
                | VideoOndemandStep
                | VideoSplitStep
                | VideoSubtitleStep
                | VideoThumbsStep
                | VimeoImportStep
                | VimeoStoreStep
                | WasabiImportStep
                | WasabiStoreStep
                | YoutubeStoreStep
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_0 = AiChatStep.from_dict(data)

                    return componentsschemas_robot_step_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_1 = AssemblySavejsonStep.from_dict(data)

                    return componentsschemas_robot_step_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_2 = AudioArtworkStep.from_dict(data)

                    return componentsschemas_robot_step_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_3 = AudioConcatStep.from_dict(data)

                    return componentsschemas_robot_step_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_4 = AudioEncodeStep.from_dict(data)

                    return componentsschemas_robot_step_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_5 = AudioLoopStep.from_dict(data)

                    return componentsschemas_robot_step_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_6 = AudioMergeStep.from_dict(data)

                    return componentsschemas_robot_step_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_7 = AudioSplitStep.from_dict(data)

                    return componentsschemas_robot_step_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_8 = AudioWaveformStep.from_dict(data)

                    return componentsschemas_robot_step_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_9 = AzureImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_10 = AzureStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_11 = BackblazeImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_12 = BackblazeStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_13 = BoxImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_14 = BoxStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_15 = CloudfilesImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_16 = CloudfilesStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_17 = CloudflareImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_18 = CloudflareStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_19 = DigitaloceanImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_20 = DigitaloceanStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_21 = DocumentAutorotateStep.from_dict(data)

                    return componentsschemas_robot_step_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_22 = DocumentConvertStep.from_dict(data)

                    return componentsschemas_robot_step_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_23 = DocumentExtractStep.from_dict(data)

                    return componentsschemas_robot_step_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_24 = DocumentMergeStep.from_dict(data)

                    return componentsschemas_robot_step_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_25 = DocumentOcrStep.from_dict(data)

                    return componentsschemas_robot_step_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_26 = DocumentOptimizeStep.from_dict(data)

                    return componentsschemas_robot_step_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_27 = DocumentSplitStep.from_dict(data)

                    return componentsschemas_robot_step_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_28 = DocumentThumbsStep.from_dict(data)

                    return componentsschemas_robot_step_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_29 = DropboxImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_29
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_30 = DropboxStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_30
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_31 = FileCompressStep.from_dict(data)

                    return componentsschemas_robot_step_type_31
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_32 = FileDecompressStep.from_dict(data)

                    return componentsschemas_robot_step_type_32
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_33 = FileFilterStep.from_dict(data)

                    return componentsschemas_robot_step_type_33
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_34 = FileHashStep.from_dict(data)

                    return componentsschemas_robot_step_type_34
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_35 = FilePreviewStep.from_dict(data)

                    return componentsschemas_robot_step_type_35
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_36 = FileReadStep.from_dict(data)

                    return componentsschemas_robot_step_type_36
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_37 = FileServeStep.from_dict(data)

                    return componentsschemas_robot_step_type_37
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_38 = FileVerifyStep.from_dict(data)

                    return componentsschemas_robot_step_type_38
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_39 = FileVirusscanStep.from_dict(data)

                    return componentsschemas_robot_step_type_39
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_40 = FileWatermarkStep.from_dict(data)

                    return componentsschemas_robot_step_type_40
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_41 = FtpImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_41
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_42 = FtpStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_42
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_43 = GoogleImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_43
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_44 = GoogleStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_44
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_45 = HtmlConvertStep.from_dict(data)

                    return componentsschemas_robot_step_type_45
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_46 = HttpImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_46
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_47 = HttpRequestStep.from_dict(data)

                    return componentsschemas_robot_step_type_47
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_48 = ImageBgremoveStep.from_dict(data)

                    return componentsschemas_robot_step_type_48
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_49 = ImageCopyrightdetectStep.from_dict(data)

                    return componentsschemas_robot_step_type_49
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_50 = ImageDescribeStep.from_dict(data)

                    return componentsschemas_robot_step_type_50
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_51 = ImageEnhanceStep.from_dict(data)

                    return componentsschemas_robot_step_type_51
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_52 = ImageFacedetectStep.from_dict(data)

                    return componentsschemas_robot_step_type_52
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_53 = ImageGenerateStep.from_dict(data)

                    return componentsschemas_robot_step_type_53
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_54 = ImageMergeStep.from_dict(data)

                    return componentsschemas_robot_step_type_54
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_55 = ImageOcrStep.from_dict(data)

                    return componentsschemas_robot_step_type_55
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_56 = ImageOptimizeStep.from_dict(data)

                    return componentsschemas_robot_step_type_56
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_57 = ImageResizeStep.from_dict(data)

                    return componentsschemas_robot_step_type_57
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_58 = ImageUpscaleStep.from_dict(data)

                    return componentsschemas_robot_step_type_58
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_59 = MegaImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_59
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_60 = MegaStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_60
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_61 = MetaReadStep.from_dict(data)

                    return componentsschemas_robot_step_type_61
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_62 = MetaWriteStep.from_dict(data)

                    return componentsschemas_robot_step_type_62
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_63 = MinioImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_63
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_64 = MinioStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_64
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_65 = ProgressSimulateStep.from_dict(data)

                    return componentsschemas_robot_step_type_65
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_66 = S3ImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_66
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_67 = S3StoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_67
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_68 = ScriptRunStep.from_dict(data)

                    return componentsschemas_robot_step_type_68
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_69 = SftpImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_69
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_70 = SftpStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_70
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_71 = SpeechTranscribeStep.from_dict(data)

                    return componentsschemas_robot_step_type_71
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_72 = SupabaseImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_72
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_73 = SupabaseStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_73
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_74 = SwiftImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_74
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_75 = SwiftStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_75
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_76 = TextSpeakStep.from_dict(data)

                    return componentsschemas_robot_step_type_76
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_77 = TextTranslateStep.from_dict(data)

                    return componentsschemas_robot_step_type_77
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_78 = TigrisImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_78
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_79 = TigrisStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_79
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_80 = TlcdnDeliverStep.from_dict(data)

                    return componentsschemas_robot_step_type_80
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_81 = TransloaditImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_81
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_82 = TransloaditStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_82
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_83 = TusStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_83
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_84 = UploadHandleStep.from_dict(data)

                    return componentsschemas_robot_step_type_84
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_85 = VideoAdaptiveStep.from_dict(data)

                    return componentsschemas_robot_step_type_85
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_86 = VideoArtworkStep.from_dict(data)

                    return componentsschemas_robot_step_type_86
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_87 = VideoConcatStep.from_dict(data)

                    return componentsschemas_robot_step_type_87
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_88 = VideoEncodeStep.from_dict(data)

                    return componentsschemas_robot_step_type_88
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_89 = VideoGenerateStep.from_dict(data)

                    return componentsschemas_robot_step_type_89
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_90 = VideoMergeStep.from_dict(data)

                    return componentsschemas_robot_step_type_90
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_91 = VideoOndemandStep.from_dict(data)

                    return componentsschemas_robot_step_type_91
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_92 = VideoSplitStep.from_dict(data)

                    return componentsschemas_robot_step_type_92
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_93 = VideoSubtitleStep.from_dict(data)

                    return componentsschemas_robot_step_type_93
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_94 = VideoThumbsStep.from_dict(data)

                    return componentsschemas_robot_step_type_94
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_95 = VimeoImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_95
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_96 = VimeoStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_96
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_97 = WasabiImportStep.from_dict(data)

                    return componentsschemas_robot_step_type_97
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_robot_step_type_98 = WasabiStoreStep.from_dict(data)

                    return componentsschemas_robot_step_type_98
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_robot_step_type_99 = YoutubeStoreStep.from_dict(data)

                return componentsschemas_robot_step_type_99

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        assembly_params_steps.additional_properties = additional_properties
        return assembly_params_steps

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        AiChatStep
        | AssemblySavejsonStep
        | AudioArtworkStep
        | AudioConcatStep
        | AudioEncodeStep
        | AudioLoopStep
        | AudioMergeStep
        | AudioSplitStep
        | AudioWaveformStep
        | AzureImportStep
        | AzureStoreStep
        | BackblazeImportStep
        | BackblazeStoreStep
        | BoxImportStep
        | BoxStoreStep
        | CloudfilesImportStep
        | CloudfilesStoreStep
        | CloudflareImportStep
        | CloudflareStoreStep
        | DigitaloceanImportStep
        | DigitaloceanStoreStep
        | DocumentAutorotateStep
        | DocumentConvertStep
        | DocumentExtractStep
        | DocumentMergeStep
        | DocumentOcrStep
        | DocumentOptimizeStep
        | DocumentSplitStep
        | DocumentThumbsStep
        | DropboxImportStep
        | DropboxStoreStep
        | FileCompressStep
        | FileDecompressStep
        | FileFilterStep
        | FileHashStep
        | FilePreviewStep
        | FileReadStep
        | FileServeStep
        | FileVerifyStep
        | FileVirusscanStep
        | FileWatermarkStep
        | FtpImportStep
        | FtpStoreStep
        | GoogleImportStep
        | GoogleStoreStep
        | HtmlConvertStep
        | HttpImportStep
        | HttpRequestStep
        | ImageBgremoveStep
        | ImageCopyrightdetectStep
        | ImageDescribeStep
        | ImageEnhanceStep
        | ImageFacedetectStep
        | ImageGenerateStep
        | ImageMergeStep
        | ImageOcrStep
        | ImageOptimizeStep
        | ImageResizeStep
        | ImageUpscaleStep
        | MegaImportStep
        | MegaStoreStep
        | MetaReadStep
        | MetaWriteStep
        | MinioImportStep
        | MinioStoreStep
        | ProgressSimulateStep
        | S3ImportStep
        | S3StoreStep
        | ScriptRunStep
        | SftpImportStep
        | SftpStoreStep
        | SpeechTranscribeStep
        | SupabaseImportStep
        | SupabaseStoreStep
        | SwiftImportStep
        | SwiftStoreStep
        | TextSpeakStep
        | TextTranslateStep
        | TigrisImportStep
        | TigrisStoreStep
        | TlcdnDeliverStep
        | TransloaditImportStep
        | TransloaditStoreStep
        | TusStoreStep
        | UploadHandleStep
        | VideoAdaptiveStep
        | VideoArtworkStep
        | VideoConcatStep
        | VideoEncodeStep
        | VideoGenerateStep
        | VideoMergeStep
        | VideoOndemandStep
        | VideoSplitStep
        | VideoSubtitleStep
        | VideoThumbsStep
        | VimeoImportStep
        | VimeoStoreStep
        | WasabiImportStep
        | WasabiStoreStep
        | YoutubeStoreStep
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: AiChatStep
        | AssemblySavejsonStep
        | AudioArtworkStep
        | AudioConcatStep
        | AudioEncodeStep
        | AudioLoopStep
        | AudioMergeStep
        | AudioSplitStep
        | AudioWaveformStep
        | AzureImportStep
        | AzureStoreStep
        | BackblazeImportStep
        | BackblazeStoreStep
        | BoxImportStep
        | BoxStoreStep
        | CloudfilesImportStep
        | CloudfilesStoreStep
        | CloudflareImportStep
        | CloudflareStoreStep
        | DigitaloceanImportStep
        | DigitaloceanStoreStep
        | DocumentAutorotateStep
        | DocumentConvertStep
        | DocumentExtractStep
        | DocumentMergeStep
        | DocumentOcrStep
        | DocumentOptimizeStep
        | DocumentSplitStep
        | DocumentThumbsStep
        | DropboxImportStep
        | DropboxStoreStep
        | FileCompressStep
        | FileDecompressStep
        | FileFilterStep
        | FileHashStep
        | FilePreviewStep
        | FileReadStep
        | FileServeStep
        | FileVerifyStep
        | FileVirusscanStep
        | FileWatermarkStep
        | FtpImportStep
        | FtpStoreStep
        | GoogleImportStep
        | GoogleStoreStep
        | HtmlConvertStep
        | HttpImportStep
        | HttpRequestStep
        | ImageBgremoveStep
        | ImageCopyrightdetectStep
        | ImageDescribeStep
        | ImageEnhanceStep
        | ImageFacedetectStep
        | ImageGenerateStep
        | ImageMergeStep
        | ImageOcrStep
        | ImageOptimizeStep
        | ImageResizeStep
        | ImageUpscaleStep
        | MegaImportStep
        | MegaStoreStep
        | MetaReadStep
        | MetaWriteStep
        | MinioImportStep
        | MinioStoreStep
        | ProgressSimulateStep
        | S3ImportStep
        | S3StoreStep
        | ScriptRunStep
        | SftpImportStep
        | SftpStoreStep
        | SpeechTranscribeStep
        | SupabaseImportStep
        | SupabaseStoreStep
        | SwiftImportStep
        | SwiftStoreStep
        | TextSpeakStep
        | TextTranslateStep
        | TigrisImportStep
        | TigrisStoreStep
        | TlcdnDeliverStep
        | TransloaditImportStep
        | TransloaditStoreStep
        | TusStoreStep
        | UploadHandleStep
        | VideoAdaptiveStep
        | VideoArtworkStep
        | VideoConcatStep
        | VideoEncodeStep
        | VideoGenerateStep
        | VideoMergeStep
        | VideoOndemandStep
        | VideoSplitStep
        | VideoSubtitleStep
        | VideoThumbsStep
        | VimeoImportStep
        | VimeoStoreStep
        | WasabiImportStep
        | WasabiStoreStep
        | YoutubeStoreStep,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
