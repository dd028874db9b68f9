"""Contains all the data models used in inputs/outputs"""

from .assembly_event import AssemblyEvent
from .assembly_event_event import AssemblyEventEvent
from .assembly_file import AssemblyFile
from .assembly_file_user_meta import AssemblyFileUserMeta
from .assembly_list import AssemblyList
from .assembly_list_item import AssemblyListItem
from .assembly_notification import AssemblyNotification
from .assembly_notification_list import AssemblyNotificationList
from .assembly_notification_status import AssemblyNotificationStatus
from .assembly_params import AssemblyParams
from .assembly_params_fields import AssemblyParamsFields
from .assembly_params_steps import AssemblyParamsSteps
from .assembly_status import AssemblyStatus
from .assembly_status_fields import AssemblyStatusFields
from .assembly_status_ignored_errors_item import AssemblyStatusIgnoredErrorsItem
from .assembly_status_info import AssemblyStatusInfo
from .assembly_status_results import AssemblyStatusResults
from .assembly_status_tus_uploads_item import AssemblyStatusTusUploadsItem
from .assembly_warning import AssemblyWarning
from .audio_encode_step import AudioEncodeStep
from .audio_encode_step_preset import AudioEncodeStepPreset
from .audio_waveform_step import AudioWaveformStep
from .audio_waveform_step_format import AudioWaveformStepFormat
from .auth import Auth
from .bill import Bill
from .bill_status import BillStatus
from .create_assembly_multipart_form import CreateAssemblyMultipartForm
from .create_assembly_urlencoded_form import CreateAssemblyUrlencodedForm
from .create_tus_upload_tus_resumable import CreateTusUploadTusResumable
from .create_tus_upload_upload_defer_length import CreateTusUploadUploadDeferLength
from .delete_tus_upload_tus_resumable import DeleteTusUploadTusResumable
from .document_thumbs_step import DocumentThumbsStep
from .document_thumbs_step_format import DocumentThumbsStepFormat
from .emulator_health import EmulatorHealth
from .emulator_ready import EmulatorReady
from .emulator_ready_checks import EmulatorReadyChecks
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
from .get_tus_upload_tus_resumable import GetTusUploadTusResumable
from .http_import_step import HttpImportStep
from .http_import_step_headers_type_1_item import HttpImportStepHeadersType1Item
from .http_import_step_import_on_errors_item import HttpImportStepImportOnErrorsItem
from .image_facedetect_step import ImageFacedetectStep
from .image_facedetect_step_faces_type_0 import ImageFacedetectStepFacesType0
from .image_facedetect_step_format import ImageFacedetectStepFormat
from .image_facedetect_step_provider import ImageFacedetectStepProvider
from .image_format import ImageFormat
from .image_merge_step import ImageMergeStep
from .image_merge_step_direction import ImageMergeStepDirection
from .image_merge_step_format import ImageMergeStepFormat
from .image_optimize_step import ImageOptimizeStep
from .image_optimize_step_priority import ImageOptimizeStepPriority
from .image_resize_step import ImageResizeStep
from .image_resize_step_blur_regions_type_0_item import ImageResizeStepBlurRegionsType0Item
from .image_resize_step_crop_type_0 import ImageResizeStepCropType0
from .image_resize_step_gravity import ImageResizeStepGravity
from .image_resize_step_resize_strategy import ImageResizeStepResizeStrategy
from .image_resize_step_watermark_resize_strategy import ImageResizeStepWatermarkResizeStrategy
from .image_text import ImageText
from .image_text_align import ImageTextAlign
from .image_text_valign import ImageTextValign
from .job_queue import JobQueue
from .job_slots import JobSlots
from .job_slots_priority_job_slots import JobSlotsPriorityJobSlots
from .job_slots_priority_job_slots_queues import JobSlotsPriorityJobSlotsQueues
from .list_assemblies_params import ListAssembliesParams
from .list_assemblies_params_type import ListAssembliesParamsType
from .list_notifications_params import ListNotificationsParams
from .list_notifications_params_type import ListNotificationsParamsType
from .list_templates_params import ListTemplatesParams
from .list_templates_params_fields_item import ListTemplatesParamsFieldsItem
from .list_templates_params_order import ListTemplatesParamsOrder
from .list_templates_params_sort import ListTemplatesParamsSort
from .media_resize_strategy import MediaResizeStrategy
from .notification_form import NotificationForm
from .notification_replay import NotificationReplay
from .ok_code import OkCode
from .ok_response import OkResponse
from .output_meta_flags import OutputMetaFlags
from .output_meta_name import OutputMetaName
from .patch_tus_upload_tus_resumable import PatchTusUploadTusResumable
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
from .signed_multipart_form import SignedMultipartForm
from .signed_urlencoded_form import SignedUrlencodedForm
from .step import Step
from .step_queue import StepQueue
from .step_user_meta import StepUserMeta
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
from .template_list import TemplateList
from .template_list_item import TemplateListItem
from .template_params import TemplateParams
from .template_params_require_signature_auth import TemplateParamsRequireSignatureAuth
from .template_params_steps import TemplateParamsSteps
from .template_require_signature_auth import TemplateRequireSignatureAuth
from .token import Token
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .upload_handle_step import UploadHandleStep
from .video_concat_step import VideoConcatStep
from .video_encode_step import VideoEncodeStep
from .video_thumbs_step import VideoThumbsStep
from .video_thumbs_step_format import VideoThumbsStepFormat
from .video_thumbs_step_rotate import VideoThumbsStepRotate
from .watermark_position import WatermarkPosition

__all__ = (
    "AssemblyEvent",
    "AssemblyEventEvent",
    "AssemblyFile",
    "AssemblyFileUserMeta",
    "AssemblyList",
    "AssemblyListItem",
    "AssemblyNotification",
    "AssemblyNotificationList",
    "AssemblyNotificationStatus",
    "AssemblyParams",
    "AssemblyParamsFields",
    "AssemblyParamsSteps",
    "AssemblyStatus",
    "AssemblyStatusFields",
    "AssemblyStatusIgnoredErrorsItem",
    "AssemblyStatusInfo",
    "AssemblyStatusResults",
    "AssemblyStatusTusUploadsItem",
    "AssemblyWarning",
    "AudioEncodeStep",
    "AudioEncodeStepPreset",
    "AudioWaveformStep",
    "AudioWaveformStepFormat",
    "Auth",
    "Bill",
    "BillStatus",
    "CreateAssemblyMultipartForm",
    "CreateAssemblyUrlencodedForm",
    "CreateTusUploadTusResumable",
    "CreateTusUploadUploadDeferLength",
    "DeleteTusUploadTusResumable",
    "DocumentThumbsStep",
    "DocumentThumbsStepFormat",
    "EmulatorHealth",
    "EmulatorReady",
    "EmulatorReadyChecks",
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
    "GetTusUploadTusResumable",
    "HttpImportStep",
    "HttpImportStepHeadersType1Item",
    "HttpImportStepImportOnErrorsItem",
    "ImageFacedetectStep",
    "ImageFacedetectStepFacesType0",
    "ImageFacedetectStepFormat",
    "ImageFacedetectStepProvider",
    "ImageFormat",
    "ImageMergeStep",
    "ImageMergeStepDirection",
    "ImageMergeStepFormat",
    "ImageOptimizeStep",
    "ImageOptimizeStepPriority",
    "ImageResizeStep",
    "ImageResizeStepBlurRegionsType0Item",
    "ImageResizeStepCropType0",
    "ImageResizeStepGravity",
    "ImageResizeStepResizeStrategy",
    "ImageResizeStepWatermarkResizeStrategy",
    "ImageText",
    "ImageTextAlign",
    "ImageTextValign",
    "JobQueue",
    "JobSlots",
    "JobSlotsPriorityJobSlots",
    "JobSlotsPriorityJobSlotsQueues",
    "ListAssembliesParams",
    "ListAssembliesParamsType",
    "ListNotificationsParams",
    "ListNotificationsParamsType",
    "ListTemplatesParams",
    "ListTemplatesParamsFieldsItem",
    "ListTemplatesParamsOrder",
    "ListTemplatesParamsSort",
    "MediaResizeStrategy",
    "NotificationForm",
    "NotificationReplay",
    "OkCode",
    "OkResponse",
    "OutputMetaFlags",
    "OutputMetaName",
    "PatchTusUploadTusResumable",
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
    "SignedMultipartForm",
    "SignedUrlencodedForm",
    "Step",
    "StepQueue",
    "StepUserMeta",
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
    "TemplateList",
    "TemplateListItem",
    "TemplateParams",
    "TemplateParamsRequireSignatureAuth",
    "TemplateParamsSteps",
    "TemplateRequireSignatureAuth",
    "Token",
    "TokenRequest",
    "TokenRequestGrantType",
    "UploadHandleStep",
    "VideoConcatStep",
    "VideoEncodeStep",
    "VideoThumbsStep",
    "VideoThumbsStepFormat",
    "VideoThumbsStepRotate",
    "WatermarkPosition",
)
