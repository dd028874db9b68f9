"""Contains all the data models used in inputs/outputs"""

from .ai_chat_message import AiChatMessage
from .ai_chat_message_role import AiChatMessageRole
from .ai_chat_step import AiChatStep
from .ai_chat_step_mcp_servers_item import AiChatStepMcpServersItem
from .ai_chat_step_mcp_servers_item_auth import AiChatStepMcpServersItemAuth
from .ai_chat_step_mcp_servers_item_headers import AiChatStepMcpServersItemHeaders
from .ai_chat_step_mcp_servers_item_type import AiChatStepMcpServersItemType
from .ai_chat_step_model import AiChatStepModel
from .ai_chat_step_reasoning_effort import AiChatStepReasoningEffort
from .ai_chat_step_return_messages import AiChatStepReturnMessages
from .ai_provider import AiProvider
from .assembly_counts import AssemblyCounts
from .assembly_event import AssemblyEvent
from .assembly_event_event import AssemblyEventEvent
from .assembly_file import AssemblyFile
from .assembly_file_playlists_item import AssemblyFilePlaylistsItem
from .assembly_file_user_meta import AssemblyFileUserMeta
from .assembly_file_vimeo import AssemblyFileVimeo
from .assembly_list import AssemblyList
from .assembly_list_item import AssemblyListItem
from .assembly_notification import AssemblyNotification
from .assembly_notification_list import AssemblyNotificationList
from .assembly_notification_status import AssemblyNotificationStatus
from .assembly_params import AssemblyParams
from .assembly_params_fields import AssemblyParamsFields
from .assembly_params_steps import AssemblyParamsSteps
from .assembly_savejson_step import AssemblySavejsonStep
from .assembly_stats import AssemblyStats
from .assembly_stats_robots import AssemblyStatsRobots
from .assembly_stats_robots_additional_property import AssemblyStatsRobotsAdditionalProperty
from .assembly_status import AssemblyStatus
from .assembly_status_debuginfo import AssemblyStatusDebuginfo
from .assembly_status_fields import AssemblyStatusFields
from .assembly_status_headers import AssemblyStatusHeaders
from .assembly_status_ignored_errors_item import AssemblyStatusIgnoredErrorsItem
from .assembly_status_info import AssemblyStatusInfo
from .assembly_status_results import AssemblyStatusResults
from .assembly_status_tus_uploads_item import AssemblyStatusTusUploadsItem
from .assembly_warning import AssemblyWarning
from .audio_artwork_step import AudioArtworkStep
from .audio_artwork_step_method import AudioArtworkStepMethod
from .audio_concat_step import AudioConcatStep
from .audio_encode_step import AudioEncodeStep
from .audio_encode_step_preset import AudioEncodeStepPreset
from .audio_loop_step import AudioLoopStep
from .audio_merge_step import AudioMergeStep
from .audio_merge_step_duration import AudioMergeStepDuration
from .audio_merge_step_volume import AudioMergeStepVolume
from .audio_split_step import AudioSplitStep
from .audio_waveform_step import AudioWaveformStep
from .audio_waveform_step_antialiasing_type_0 import AudioWaveformStepAntialiasingType0
from .audio_waveform_step_bar_style import AudioWaveformStepBarStyle
from .audio_waveform_step_bits import AudioWaveformStepBits
from .audio_waveform_step_color_map import AudioWaveformStepColorMap
from .audio_waveform_step_colors import AudioWaveformStepColors
from .audio_waveform_step_format import AudioWaveformStepFormat
from .audio_waveform_step_frequency_scale import AudioWaveformStepFrequencyScale
from .audio_waveform_step_orientation import AudioWaveformStepOrientation
from .audio_waveform_step_style_type_0 import AudioWaveformStepStyleType0
from .audio_waveform_step_style_type_1 import AudioWaveformStepStyleType1
from .audio_waveform_step_waveform_style import AudioWaveformStepWaveformStyle
from .auth import Auth
from .auth_key import AuthKey
from .auth_key_list import AuthKeyList
from .auth_key_params import AuthKeyParams
from .auth_key_response import AuthKeyResponse
from .auth_key_scopes import AuthKeyScopes
from .auth_key_scopes_scopes_item import AuthKeyScopesScopesItem
from .azure_import_step import AzureImportStep
from .azure_store_step import AzureStoreStep
from .azure_store_step_metadata import AzureStoreStepMetadata
from .backblaze_import_step import BackblazeImportStep
from .backblaze_store_step import BackblazeStoreStep
from .backblaze_store_step_headers import BackblazeStoreStepHeaders
from .bill import Bill
from .bill_status import BillStatus
from .box_import_step import BoxImportStep
from .box_store_step import BoxStoreStep
from .builtin_template import BuiltinTemplate
from .builtin_template_full import BuiltinTemplateFull
from .builtin_template_full_input import BuiltinTemplateFullInput
from .builtin_template_full_optional_fields_item import BuiltinTemplateFullOptionalFieldsItem
from .builtin_template_require_signature_auth import BuiltinTemplateRequireSignatureAuth
from .cloudfiles_import_step import CloudfilesImportStep
from .cloudfiles_import_step_account_type import CloudfilesImportStepAccountType
from .cloudfiles_store_step import CloudfilesStoreStep
from .cloudfiles_store_step_account_type import CloudfilesStoreStepAccountType
from .cloudflare_import_step import CloudflareImportStep
from .cloudflare_store_step import CloudflareStoreStep
from .cloudflare_store_step_headers import CloudflareStoreStepHeaders
from .create_assembly_multipart_form import CreateAssemblyMultipartForm
from .create_assembly_urlencoded_form import CreateAssemblyUrlencodedForm
from .create_tus_upload_tus_resumable import CreateTusUploadTusResumable
from .create_tus_upload_upload_defer_length import CreateTusUploadUploadDeferLength
from .crop_region_type_0 import CropRegionType0
from .delete_tus_upload_tus_resumable import DeleteTusUploadTusResumable
from .digitalocean_import_step import DigitaloceanImportStep
from .digitalocean_store_step import DigitaloceanStoreStep
from .digitalocean_store_step_acl import DigitaloceanStoreStepAcl
from .digitalocean_store_step_headers import DigitaloceanStoreStepHeaders
from .document_autorotate_step import DocumentAutorotateStep
from .document_convert_step import DocumentConvertStep
from .document_convert_step_format import DocumentConvertStepFormat
from .document_convert_step_markdown_format import DocumentConvertStepMarkdownFormat
from .document_convert_step_markdown_theme import DocumentConvertStepMarkdownTheme
from .document_convert_step_pdf_format import DocumentConvertStepPdfFormat
from .document_extract_step import DocumentExtractStep
from .document_extract_step_extract_type_0 import DocumentExtractStepExtractType0
from .document_extract_step_extract_type_1_item import DocumentExtractStepExtractType1Item
from .document_extract_step_image_format import DocumentExtractStepImageFormat
from .document_extract_step_ocr_provider import DocumentExtractStepOcrProvider
from .document_extract_step_text_format import DocumentExtractStepTextFormat
from .document_extract_step_text_granularity import DocumentExtractStepTextGranularity
from .document_extract_step_text_method import DocumentExtractStepTextMethod
from .document_merge_step import DocumentMergeStep
from .document_ocr_step import DocumentOcrStep
from .document_optimize_step import DocumentOptimizeStep
from .document_optimize_step_compatibility import DocumentOptimizeStepCompatibility
from .document_optimize_step_preset import DocumentOptimizeStepPreset
from .document_split_step import DocumentSplitStep
from .document_thumbs_step import DocumentThumbsStep
from .document_thumbs_step_alpha import DocumentThumbsStepAlpha
from .document_thumbs_step_format import DocumentThumbsStepFormat
from .document_thumbs_step_stack import DocumentThumbsStepStack
from .dropbox_import_step import DropboxImportStep
from .dropbox_store_step import DropboxStoreStep
from .emulator_account import EmulatorAccount
from .emulator_account_added import EmulatorAccountAdded
from .emulator_account_list import EmulatorAccountList
from .emulator_clock import EmulatorClock
from .emulator_fault import EmulatorFault
from .emulator_fault_added import EmulatorFaultAdded
from .emulator_fault_list import EmulatorFaultList
from .emulator_health import EmulatorHealth
from .emulator_notification_answer import EmulatorNotificationAnswer
from .emulator_outbox import EmulatorOutbox
from .emulator_outbox_item import EmulatorOutboxItem
from .emulator_ready import EmulatorReady
from .emulator_ready_checks import EmulatorReadyChecks
from .emulator_request import EmulatorRequest
from .emulator_request_list import EmulatorRequestList
from .emulator_reset import EmulatorReset
from .error import Error
from .error_code import ErrorCode
from .error_info import ErrorInfo
from .ffmpeg_overrides import FfmpegOverrides
from .file_compress_step import FileCompressStep
from .file_compress_step_file_layout import FileCompressStepFileLayout
from .file_compress_step_format import FileCompressStepFormat
from .file_decompress_step import FileDecompressStep
from .file_filter_step import FileFilterStep
from .file_filter_step_condition_type import FileFilterStepConditionType
from .file_hash_step import FileHashStep
from .file_hash_step_algorithm import FileHashStepAlgorithm
from .file_hash_step_partial import FileHashStepPartial
from .file_meta import FileMeta
from .file_meta_faces_item import FileMetaFacesItem
from .file_preview_step import FilePreviewStep
from .file_preview_step_clip_format import FilePreviewStepClipFormat
from .file_preview_step_format import FilePreviewStepFormat
from .file_preview_step_icon_style import FilePreviewStepIconStyle
from .file_preview_step_icon_text_content import FilePreviewStepIconTextContent
from .file_preview_step_optimize_priority import FilePreviewStepOptimizePriority
from .file_preview_step_strategy import FilePreviewStepStrategy
from .file_preview_step_strategy_archive_item import FilePreviewStepStrategyArchiveItem
from .file_preview_step_strategy_audio_item import FilePreviewStepStrategyAudioItem
from .file_preview_step_strategy_document_item import FilePreviewStepStrategyDocumentItem
from .file_preview_step_strategy_image_item import FilePreviewStepStrategyImageItem
from .file_preview_step_strategy_unknown_item import FilePreviewStepStrategyUnknownItem
from .file_preview_step_strategy_video_item import FilePreviewStepStrategyVideoItem
from .file_preview_step_strategy_webpage_item import FilePreviewStepStrategyWebpageItem
from .file_read_step import FileReadStep
from .file_serve_step import FileServeStep
from .file_serve_step_headers import FileServeStepHeaders
from .file_verify_step import FileVerifyStep
from .file_virusscan_step import FileVirusscanStep
from .file_watermark_step import FileWatermarkStep
from .ftp_import_step import FtpImportStep
from .ftp_store_step import FtpStoreStep
from .get_openapi_json_response_200 import GetOpenapiJsonResponse200
from .get_tus_upload_tus_resumable import GetTusUploadTusResumable
from .google_import_step import GoogleImportStep
from .google_store_step import GoogleStoreStep
from .google_store_step_acl_type_1 import GoogleStoreStepAclType1
from .google_store_step_acl_type_2_type_1 import GoogleStoreStepAclType2Type1
from .google_store_step_acl_type_3_type_1 import GoogleStoreStepAclType3Type1
from .html_convert_step import HtmlConvertStep
from .html_convert_step_format import HtmlConvertStepFormat
from .html_convert_step_headers import HtmlConvertStepHeaders
from .html_convert_step_wait_until import HtmlConvertStepWaitUntil
from .http_import_step import HttpImportStep
from .http_import_step_headers_type_1_item import HttpImportStepHeadersType1Item
from .http_import_step_import_on_errors_item import HttpImportStepImportOnErrorsItem
from .http_request_step import HttpRequestStep
from .http_request_step_headers_type_1_item import HttpRequestStepHeadersType1Item
from .http_request_step_headers_type_2 import HttpRequestStepHeadersType2
from .http_request_step_method import HttpRequestStepMethod
from .http_request_step_payload import HttpRequestStepPayload
from .image_alpha import ImageAlpha
from .image_bgremove_step import ImageBgremoveStep
from .image_bgremove_step_format import ImageBgremoveStepFormat
from .image_bgremove_step_provider import ImageBgremoveStepProvider
from .image_bgremove_step_select import ImageBgremoveStepSelect
from .image_colorspace import ImageColorspace
from .image_copyrightdetect_step import ImageCopyrightdetectStep
from .image_copyrightdetect_step_categories_item import ImageCopyrightdetectStepCategoriesItem
from .image_copyrightdetect_step_format import ImageCopyrightdetectStepFormat
from .image_describe_step import ImageDescribeStep
from .image_enhance_step import ImageEnhanceStep
from .image_enhance_step_ai_preset import ImageEnhanceStepAiPreset
from .image_enhance_step_engine import ImageEnhanceStepEngine
from .image_enhance_step_enhance import ImageEnhanceStepEnhance
from .image_enhance_step_preset import ImageEnhanceStepPreset
from .image_facedetect_step import ImageFacedetectStep
from .image_facedetect_step_faces_type_0 import ImageFacedetectStepFacesType0
from .image_facedetect_step_format import ImageFacedetectStepFormat
from .image_facedetect_step_provider import ImageFacedetectStepProvider
from .image_format import ImageFormat
from .image_generate_step import ImageGenerateStep
from .image_generate_step_format import ImageGenerateStepFormat
from .image_merge_step import ImageMergeStep
from .image_merge_step_direction import ImageMergeStepDirection
from .image_merge_step_effect import ImageMergeStepEffect
from .image_merge_step_format import ImageMergeStepFormat
from .image_ocr_step import ImageOcrStep
from .image_optimize_step import ImageOptimizeStep
from .image_optimize_step_priority import ImageOptimizeStepPriority
from .image_resize_step import ImageResizeStep
from .image_resize_step_blur_regions_type_0_item import ImageResizeStepBlurRegionsType0Item
from .image_resize_step_compress_type_0 import ImageResizeStepCompressType0
from .image_resize_step_crop_type_0 import ImageResizeStepCropType0
from .image_resize_step_gravity import ImageResizeStepGravity
from .image_resize_step_resize_strategy import ImageResizeStepResizeStrategy
from .image_resize_step_transparent_type_1 import ImageResizeStepTransparentType1
from .image_resize_step_type import ImageResizeStepType
from .image_resize_step_watermark_resize_strategy import ImageResizeStepWatermarkResizeStrategy
from .image_text import ImageText
from .image_text_align import ImageTextAlign
from .image_text_valign import ImageTextValign
from .image_upscale_step import ImageUpscaleStep
from .image_upscale_step_model import ImageUpscaleStepModel
from .image_upscale_step_scale import ImageUpscaleStepScale
from .import_on_errors_item import ImportOnErrorsItem
from .input_sort_by import InputSortBy
from .job_queue import JobQueue
from .job_slot_bucket import JobSlotBucket
from .job_slot_stats import JobSlotStats
from .job_slot_stats_aggregation import JobSlotStatsAggregation
from .job_slots import JobSlots
from .job_slots_priority_job_slots import JobSlotsPriorityJobSlots
from .job_slots_priority_job_slots_queues import JobSlotsPriorityJobSlotsQueues
from .job_slots_rate_limits import JobSlotsRateLimits
from .list_assemblies_params import ListAssembliesParams
from .list_assemblies_params_type import ListAssembliesParamsType
from .list_notifications_params import ListNotificationsParams
from .list_notifications_params_type import ListNotificationsParamsType
from .list_templates_params import ListTemplatesParams
from .list_templates_params_fields_item import ListTemplatesParamsFieldsItem
from .list_templates_params_include_builtin import ListTemplatesParamsIncludeBuiltin
from .list_templates_params_order import ListTemplatesParamsOrder
from .list_templates_params_sort import ListTemplatesParamsSort
from .media_resize_strategy import MediaResizeStrategy
from .media_segments_item import MediaSegmentsItem
from .media_transition import MediaTransition
from .mega_import_step import MegaImportStep
from .mega_store_step import MegaStoreStep
from .mega_store_step_acl import MegaStoreStepAcl
from .mega_store_step_headers import MegaStoreStepHeaders
from .meta_read_step import MetaReadStep
from .meta_write_step import MetaWriteStep
from .meta_write_step_data_to_write import MetaWriteStepDataToWrite
from .minio_import_step import MinioImportStep
from .minio_store_step import MinioStoreStep
from .minio_store_step_acl import MinioStoreStepAcl
from .minio_store_step_headers import MinioStoreStepHeaders
from .notification_form import NotificationForm
from .notification_replay import NotificationReplay
from .oauth_validation import OauthValidation
from .ok_code import OkCode
from .ok_response import OkResponse
from .output_meta_flags import OutputMetaFlags
from .output_meta_name import OutputMetaName
from .patch_tus_upload_tus_resumable import PatchTusUploadTusResumable
from .progress_simulate_step import ProgressSimulateStep
from .rate_limit_usage import RateLimitUsage
from .recognition_format import RecognitionFormat
from .recognition_granularity import RecognitionGranularity
from .replay_assembly_params import ReplayAssemblyParams
from .replay_assembly_params_fields import ReplayAssemblyParamsFields
from .replay_assembly_params_reparse_template import ReplayAssemblyParamsReparseTemplate
from .replay_assembly_params_steps import ReplayAssemblyParamsSteps
from .replay_notification_multipart_form import ReplayNotificationMultipartForm
from .replay_notification_multipart_form_wait import ReplayNotificationMultipartFormWait
from .replay_notification_params import ReplayNotificationParams
from .replay_notification_urlencoded_form import ReplayNotificationUrlencodedForm
from .replay_notification_urlencoded_form_wait import ReplayNotificationUrlencodedFormWait
from .s3_import_step import S3ImportStep
from .s3_store_step import S3StoreStep
from .s3_store_step_acl import S3StoreStepAcl
from .s3_store_step_headers import S3StoreStepHeaders
from .s3_store_step_tags import S3StoreStepTags
from .script_run_step import ScriptRunStep
from .server_root import ServerRoot
from .sftp_import_step import SftpImportStep
from .sftp_store_step import SftpStoreStep
from .signed_multipart_form import SignedMultipartForm
from .signed_urlencoded_form import SignedUrlencodedForm
from .speech_transcribe_step import SpeechTranscribeStep
from .speech_transcribe_step_format import SpeechTranscribeStepFormat
from .speech_transcribe_step_provider import SpeechTranscribeStepProvider
from .stats_params import StatsParams
from .stats_params_aggregation import StatsParamsAggregation
from .step import Step
from .step_base import StepBase
from .step_base_ignore_errors_type_1_item import StepBaseIgnoreErrorsType1Item
from .step_base_queue import StepBaseQueue
from .step_interpolate_type_1 import StepInterpolateType1
from .step_interpolate_type_2 import StepInterpolateType2
from .step_interpolate_type_2_additional_property_type_1 import StepInterpolateType2AdditionalPropertyType1
from .step_queue import StepQueue
from .step_use_entry import StepUseEntry
from .step_use_steps import StepUseSteps
from .step_user_meta import StepUserMeta
from .supabase_import_step import SupabaseImportStep
from .supabase_store_step import SupabaseStoreStep
from .supabase_store_step_headers import SupabaseStoreStepHeaders
from .swift_import_step import SwiftImportStep
from .swift_store_step import SwiftStoreStep
from .swift_store_step_acl import SwiftStoreStepAcl
from .swift_store_step_headers import SwiftStoreStepHeaders
from .template import Template
from .template_content import TemplateContent
from .template_content_auth import TemplateContentAuth
from .template_content_fields import TemplateContentFields
from .template_content_steps import TemplateContentSteps
from .template_credential import TemplateCredential
from .template_credential_content import TemplateCredentialContent
from .template_credential_list import TemplateCredentialList
from .template_credential_params import TemplateCredentialParams
from .template_credential_params_content import TemplateCredentialParamsContent
from .template_credential_params_type import TemplateCredentialParamsType
from .template_credential_response import TemplateCredentialResponse
from .template_credential_types import TemplateCredentialTypes
from .template_credential_types_types_item import TemplateCredentialTypesTypesItem
from .template_full import TemplateFull
from .template_list import TemplateList
from .template_list_item import TemplateListItem
from .template_params import TemplateParams
from .template_params_require_signature_auth import TemplateParamsRequireSignatureAuth
from .template_params_steps import TemplateParamsSteps
from .template_require_signature_auth import TemplateRequireSignatureAuth
from .text_speak_step import TextSpeakStep
from .text_speak_step_voice import TextSpeakStepVoice
from .text_translate_step import TextTranslateStep
from .tigris_import_step import TigrisImportStep
from .tigris_store_step import TigrisStoreStep
from .tigris_store_step_acl import TigrisStoreStepAcl
from .tigris_store_step_headers import TigrisStoreStepHeaders
from .tlcdn_deliver_step import TlcdnDeliverStep
from .token import Token
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .translate_language import TranslateLanguage
from .transloadit_import_step import TransloaditImportStep
from .transloadit_store_step import TransloaditStoreStep
from .transloadit_store_step_conflict_strategy import TransloaditStoreStepConflictStrategy
from .tus_store_step import TusStoreStep
from .tus_store_step_headers import TusStoreStepHeaders
from .tus_store_step_metadata import TusStoreStepMetadata
from .upload_handle_step import UploadHandleStep
from .video_adaptive_step import VideoAdaptiveStep
from .video_adaptive_step_technique import VideoAdaptiveStepTechnique
from .video_artwork_step import VideoArtworkStep
from .video_artwork_step_method import VideoArtworkStepMethod
from .video_concat_step import VideoConcatStep
from .video_encode_step import VideoEncodeStep
from .video_encode_step_rotate_type_0 import VideoEncodeStepRotateType0
from .video_encode_step_watermark_resize_strategy import VideoEncodeStepWatermarkResizeStrategy
from .video_generate_step import VideoGenerateStep
from .video_generate_step_format import VideoGenerateStepFormat
from .video_merge_step import VideoMergeStep
from .video_ondemand_step import VideoOndemandStep
from .video_ondemand_step_variants import VideoOndemandStepVariants
from .video_ondemand_step_variants_additional_property import VideoOndemandStepVariantsAdditionalProperty
from .video_split_step import VideoSplitStep
from .video_subtitle_step import VideoSubtitleStep
from .video_subtitle_step_border_style import VideoSubtitleStepBorderStyle
from .video_subtitle_step_position import VideoSubtitleStepPosition
from .video_subtitle_step_subtitles_type import VideoSubtitleStepSubtitlesType
from .video_thumbs_step import VideoThumbsStep
from .video_thumbs_step_format import VideoThumbsStepFormat
from .video_thumbs_step_rotate import VideoThumbsStepRotate
from .vimeo_import_step import VimeoImportStep
from .vimeo_import_step_rendition import VimeoImportStepRendition
from .vimeo_store_step import VimeoStoreStep
from .vimeo_store_step_acl import VimeoStoreStepAcl
from .wasabi_import_step import WasabiImportStep
from .wasabi_store_step import WasabiStoreStep
from .wasabi_store_step_acl import WasabiStoreStepAcl
from .wasabi_store_step_headers import WasabiStoreStepHeaders
from .watermark_position import WatermarkPosition
from .youtube_store_step import YoutubeStoreStep
from .youtube_store_step_visibility import YoutubeStoreStepVisibility

__all__ = (
    "AiChatMessage",
    "AiChatMessageRole",
    "AiChatStep",
    "AiChatStepMcpServersItem",
    "AiChatStepMcpServersItemAuth",
    "AiChatStepMcpServersItemHeaders",
    "AiChatStepMcpServersItemType",
    "AiChatStepModel",
    "AiChatStepReasoningEffort",
    "AiChatStepReturnMessages",
    "AiProvider",
    "AssemblyCounts",
    "AssemblyEvent",
    "AssemblyEventEvent",
    "AssemblyFile",
    "AssemblyFilePlaylistsItem",
    "AssemblyFileUserMeta",
    "AssemblyFileVimeo",
    "AssemblyList",
    "AssemblyListItem",
    "AssemblyNotification",
    "AssemblyNotificationList",
    "AssemblyNotificationStatus",
    "AssemblyParams",
    "AssemblyParamsFields",
    "AssemblyParamsSteps",
    "AssemblySavejsonStep",
    "AssemblyStats",
    "AssemblyStatsRobots",
    "AssemblyStatsRobotsAdditionalProperty",
    "AssemblyStatus",
    "AssemblyStatusDebuginfo",
    "AssemblyStatusFields",
    "AssemblyStatusHeaders",
    "AssemblyStatusIgnoredErrorsItem",
    "AssemblyStatusInfo",
    "AssemblyStatusResults",
    "AssemblyStatusTusUploadsItem",
    "AssemblyWarning",
    "AudioArtworkStep",
    "AudioArtworkStepMethod",
    "AudioConcatStep",
    "AudioEncodeStep",
    "AudioEncodeStepPreset",
    "AudioLoopStep",
    "AudioMergeStep",
    "AudioMergeStepDuration",
    "AudioMergeStepVolume",
    "AudioSplitStep",
    "AudioWaveformStep",
    "AudioWaveformStepAntialiasingType0",
    "AudioWaveformStepBarStyle",
    "AudioWaveformStepBits",
    "AudioWaveformStepColorMap",
    "AudioWaveformStepColors",
    "AudioWaveformStepFormat",
    "AudioWaveformStepFrequencyScale",
    "AudioWaveformStepOrientation",
    "AudioWaveformStepStyleType0",
    "AudioWaveformStepStyleType1",
    "AudioWaveformStepWaveformStyle",
    "Auth",
    "AuthKey",
    "AuthKeyList",
    "AuthKeyParams",
    "AuthKeyResponse",
    "AuthKeyScopes",
    "AuthKeyScopesScopesItem",
    "AzureImportStep",
    "AzureStoreStep",
    "AzureStoreStepMetadata",
    "BackblazeImportStep",
    "BackblazeStoreStep",
    "BackblazeStoreStepHeaders",
    "Bill",
    "BillStatus",
    "BoxImportStep",
    "BoxStoreStep",
    "BuiltinTemplate",
    "BuiltinTemplateFull",
    "BuiltinTemplateFullInput",
    "BuiltinTemplateFullOptionalFieldsItem",
    "BuiltinTemplateRequireSignatureAuth",
    "CloudfilesImportStep",
    "CloudfilesImportStepAccountType",
    "CloudfilesStoreStep",
    "CloudfilesStoreStepAccountType",
    "CloudflareImportStep",
    "CloudflareStoreStep",
    "CloudflareStoreStepHeaders",
    "CreateAssemblyMultipartForm",
    "CreateAssemblyUrlencodedForm",
    "CreateTusUploadTusResumable",
    "CreateTusUploadUploadDeferLength",
    "CropRegionType0",
    "DeleteTusUploadTusResumable",
    "DigitaloceanImportStep",
    "DigitaloceanStoreStep",
    "DigitaloceanStoreStepAcl",
    "DigitaloceanStoreStepHeaders",
    "DocumentAutorotateStep",
    "DocumentConvertStep",
    "DocumentConvertStepFormat",
    "DocumentConvertStepMarkdownFormat",
    "DocumentConvertStepMarkdownTheme",
    "DocumentConvertStepPdfFormat",
    "DocumentExtractStep",
    "DocumentExtractStepExtractType0",
    "DocumentExtractStepExtractType1Item",
    "DocumentExtractStepImageFormat",
    "DocumentExtractStepOcrProvider",
    "DocumentExtractStepTextFormat",
    "DocumentExtractStepTextGranularity",
    "DocumentExtractStepTextMethod",
    "DocumentMergeStep",
    "DocumentOcrStep",
    "DocumentOptimizeStep",
    "DocumentOptimizeStepCompatibility",
    "DocumentOptimizeStepPreset",
    "DocumentSplitStep",
    "DocumentThumbsStep",
    "DocumentThumbsStepAlpha",
    "DocumentThumbsStepFormat",
    "DocumentThumbsStepStack",
    "DropboxImportStep",
    "DropboxStoreStep",
    "EmulatorAccount",
    "EmulatorAccountAdded",
    "EmulatorAccountList",
    "EmulatorClock",
    "EmulatorFault",
    "EmulatorFaultAdded",
    "EmulatorFaultList",
    "EmulatorHealth",
    "EmulatorNotificationAnswer",
    "EmulatorOutbox",
    "EmulatorOutboxItem",
    "EmulatorReady",
    "EmulatorReadyChecks",
    "EmulatorRequest",
    "EmulatorRequestList",
    "EmulatorReset",
    "Error",
    "ErrorCode",
    "ErrorInfo",
    "FfmpegOverrides",
    "FileCompressStep",
    "FileCompressStepFileLayout",
    "FileCompressStepFormat",
    "FileDecompressStep",
    "FileFilterStep",
    "FileFilterStepConditionType",
    "FileHashStep",
    "FileHashStepAlgorithm",
    "FileHashStepPartial",
    "FileMeta",
    "FileMetaFacesItem",
    "FilePreviewStep",
    "FilePreviewStepClipFormat",
    "FilePreviewStepFormat",
    "FilePreviewStepIconStyle",
    "FilePreviewStepIconTextContent",
    "FilePreviewStepOptimizePriority",
    "FilePreviewStepStrategy",
    "FilePreviewStepStrategyArchiveItem",
    "FilePreviewStepStrategyAudioItem",
    "FilePreviewStepStrategyDocumentItem",
    "FilePreviewStepStrategyImageItem",
    "FilePreviewStepStrategyUnknownItem",
    "FilePreviewStepStrategyVideoItem",
    "FilePreviewStepStrategyWebpageItem",
    "FileReadStep",
    "FileServeStep",
    "FileServeStepHeaders",
    "FileVerifyStep",
    "FileVirusscanStep",
    "FileWatermarkStep",
    "FtpImportStep",
    "FtpStoreStep",
    "GetOpenapiJsonResponse200",
    "GetTusUploadTusResumable",
    "GoogleImportStep",
    "GoogleStoreStep",
    "GoogleStoreStepAclType1",
    "GoogleStoreStepAclType2Type1",
    "GoogleStoreStepAclType3Type1",
    "HtmlConvertStep",
    "HtmlConvertStepFormat",
    "HtmlConvertStepHeaders",
    "HtmlConvertStepWaitUntil",
    "HttpImportStep",
    "HttpImportStepHeadersType1Item",
    "HttpImportStepImportOnErrorsItem",
    "HttpRequestStep",
    "HttpRequestStepHeadersType1Item",
    "HttpRequestStepHeadersType2",
    "HttpRequestStepMethod",
    "HttpRequestStepPayload",
    "ImageAlpha",
    "ImageBgremoveStep",
    "ImageBgremoveStepFormat",
    "ImageBgremoveStepProvider",
    "ImageBgremoveStepSelect",
    "ImageColorspace",
    "ImageCopyrightdetectStep",
    "ImageCopyrightdetectStepCategoriesItem",
    "ImageCopyrightdetectStepFormat",
    "ImageDescribeStep",
    "ImageEnhanceStep",
    "ImageEnhanceStepAiPreset",
    "ImageEnhanceStepEngine",
    "ImageEnhanceStepEnhance",
    "ImageEnhanceStepPreset",
    "ImageFacedetectStep",
    "ImageFacedetectStepFacesType0",
    "ImageFacedetectStepFormat",
    "ImageFacedetectStepProvider",
    "ImageFormat",
    "ImageGenerateStep",
    "ImageGenerateStepFormat",
    "ImageMergeStep",
    "ImageMergeStepDirection",
    "ImageMergeStepEffect",
    "ImageMergeStepFormat",
    "ImageOcrStep",
    "ImageOptimizeStep",
    "ImageOptimizeStepPriority",
    "ImageResizeStep",
    "ImageResizeStepBlurRegionsType0Item",
    "ImageResizeStepCompressType0",
    "ImageResizeStepCropType0",
    "ImageResizeStepGravity",
    "ImageResizeStepResizeStrategy",
    "ImageResizeStepTransparentType1",
    "ImageResizeStepType",
    "ImageResizeStepWatermarkResizeStrategy",
    "ImageText",
    "ImageTextAlign",
    "ImageTextValign",
    "ImageUpscaleStep",
    "ImageUpscaleStepModel",
    "ImageUpscaleStepScale",
    "ImportOnErrorsItem",
    "InputSortBy",
    "JobQueue",
    "JobSlotBucket",
    "JobSlots",
    "JobSlotsPriorityJobSlots",
    "JobSlotsPriorityJobSlotsQueues",
    "JobSlotsRateLimits",
    "JobSlotStats",
    "JobSlotStatsAggregation",
    "ListAssembliesParams",
    "ListAssembliesParamsType",
    "ListNotificationsParams",
    "ListNotificationsParamsType",
    "ListTemplatesParams",
    "ListTemplatesParamsFieldsItem",
    "ListTemplatesParamsIncludeBuiltin",
    "ListTemplatesParamsOrder",
    "ListTemplatesParamsSort",
    "MediaResizeStrategy",
    "MediaSegmentsItem",
    "MediaTransition",
    "MegaImportStep",
    "MegaStoreStep",
    "MegaStoreStepAcl",
    "MegaStoreStepHeaders",
    "MetaReadStep",
    "MetaWriteStep",
    "MetaWriteStepDataToWrite",
    "MinioImportStep",
    "MinioStoreStep",
    "MinioStoreStepAcl",
    "MinioStoreStepHeaders",
    "NotificationForm",
    "NotificationReplay",
    "OauthValidation",
    "OkCode",
    "OkResponse",
    "OutputMetaFlags",
    "OutputMetaName",
    "PatchTusUploadTusResumable",
    "ProgressSimulateStep",
    "RateLimitUsage",
    "RecognitionFormat",
    "RecognitionGranularity",
    "ReplayAssemblyParams",
    "ReplayAssemblyParamsFields",
    "ReplayAssemblyParamsReparseTemplate",
    "ReplayAssemblyParamsSteps",
    "ReplayNotificationMultipartForm",
    "ReplayNotificationMultipartFormWait",
    "ReplayNotificationParams",
    "ReplayNotificationUrlencodedForm",
    "ReplayNotificationUrlencodedFormWait",
    "S3ImportStep",
    "S3StoreStep",
    "S3StoreStepAcl",
    "S3StoreStepHeaders",
    "S3StoreStepTags",
    "ScriptRunStep",
    "ServerRoot",
    "SftpImportStep",
    "SftpStoreStep",
    "SignedMultipartForm",
    "SignedUrlencodedForm",
    "SpeechTranscribeStep",
    "SpeechTranscribeStepFormat",
    "SpeechTranscribeStepProvider",
    "StatsParams",
    "StatsParamsAggregation",
    "Step",
    "StepBase",
    "StepBaseIgnoreErrorsType1Item",
    "StepBaseQueue",
    "StepInterpolateType1",
    "StepInterpolateType2",
    "StepInterpolateType2AdditionalPropertyType1",
    "StepQueue",
    "StepUseEntry",
    "StepUserMeta",
    "StepUseSteps",
    "SupabaseImportStep",
    "SupabaseStoreStep",
    "SupabaseStoreStepHeaders",
    "SwiftImportStep",
    "SwiftStoreStep",
    "SwiftStoreStepAcl",
    "SwiftStoreStepHeaders",
    "Template",
    "TemplateContent",
    "TemplateContentAuth",
    "TemplateContentFields",
    "TemplateContentSteps",
    "TemplateCredential",
    "TemplateCredentialContent",
    "TemplateCredentialList",
    "TemplateCredentialParams",
    "TemplateCredentialParamsContent",
    "TemplateCredentialParamsType",
    "TemplateCredentialResponse",
    "TemplateCredentialTypes",
    "TemplateCredentialTypesTypesItem",
    "TemplateFull",
    "TemplateList",
    "TemplateListItem",
    "TemplateParams",
    "TemplateParamsRequireSignatureAuth",
    "TemplateParamsSteps",
    "TemplateRequireSignatureAuth",
    "TextSpeakStep",
    "TextSpeakStepVoice",
    "TextTranslateStep",
    "TigrisImportStep",
    "TigrisStoreStep",
    "TigrisStoreStepAcl",
    "TigrisStoreStepHeaders",
    "TlcdnDeliverStep",
    "Token",
    "TokenRequest",
    "TokenRequestGrantType",
    "TranslateLanguage",
    "TransloaditImportStep",
    "TransloaditStoreStep",
    "TransloaditStoreStepConflictStrategy",
    "TusStoreStep",
    "TusStoreStepHeaders",
    "TusStoreStepMetadata",
    "UploadHandleStep",
    "VideoAdaptiveStep",
    "VideoAdaptiveStepTechnique",
    "VideoArtworkStep",
    "VideoArtworkStepMethod",
    "VideoConcatStep",
    "VideoEncodeStep",
    "VideoEncodeStepRotateType0",
    "VideoEncodeStepWatermarkResizeStrategy",
    "VideoGenerateStep",
    "VideoGenerateStepFormat",
    "VideoMergeStep",
    "VideoOndemandStep",
    "VideoOndemandStepVariants",
    "VideoOndemandStepVariantsAdditionalProperty",
    "VideoSplitStep",
    "VideoSubtitleStep",
    "VideoSubtitleStepBorderStyle",
    "VideoSubtitleStepPosition",
    "VideoSubtitleStepSubtitlesType",
    "VideoThumbsStep",
    "VideoThumbsStepFormat",
    "VideoThumbsStepRotate",
    "VimeoImportStep",
    "VimeoImportStepRendition",
    "VimeoStoreStep",
    "VimeoStoreStepAcl",
    "WasabiImportStep",
    "WasabiStoreStep",
    "WasabiStoreStepAcl",
    "WasabiStoreStepHeaders",
    "WatermarkPosition",
    "YoutubeStoreStep",
    "YoutubeStoreStepVisibility",
)
