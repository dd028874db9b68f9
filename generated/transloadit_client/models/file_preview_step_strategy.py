from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.file_preview_step_strategy_archive_item import FilePreviewStepStrategyArchiveItem
from ..models.file_preview_step_strategy_audio_item import FilePreviewStepStrategyAudioItem
from ..models.file_preview_step_strategy_document_item import FilePreviewStepStrategyDocumentItem
from ..models.file_preview_step_strategy_image_item import FilePreviewStepStrategyImageItem
from ..models.file_preview_step_strategy_unknown_item import FilePreviewStepStrategyUnknownItem
from ..models.file_preview_step_strategy_video_item import FilePreviewStepStrategyVideoItem
from ..models.file_preview_step_strategy_webpage_item import FilePreviewStepStrategyWebpageItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilePreviewStepStrategy")


@_attrs_define
class FilePreviewStepStrategy:
    """The strategies to try per file category, in order. Categories left out keep their
    defaults. Listing `icon` last makes sure every file gets a preview.

        Attributes:
            image (list[FilePreviewStepStrategyImageItem] | Unset):
            video (list[FilePreviewStepStrategyVideoItem] | Unset):
            audio (list[FilePreviewStepStrategyAudioItem] | Unset):
            document (list[FilePreviewStepStrategyDocumentItem] | Unset):
            archive (list[FilePreviewStepStrategyArchiveItem] | Unset):
            webpage (list[FilePreviewStepStrategyWebpageItem] | Unset):
            unknown (list[FilePreviewStepStrategyUnknownItem] | Unset):
    """

    image: list[FilePreviewStepStrategyImageItem] | Unset = UNSET
    video: list[FilePreviewStepStrategyVideoItem] | Unset = UNSET
    audio: list[FilePreviewStepStrategyAudioItem] | Unset = UNSET
    document: list[FilePreviewStepStrategyDocumentItem] | Unset = UNSET
    archive: list[FilePreviewStepStrategyArchiveItem] | Unset = UNSET
    webpage: list[FilePreviewStepStrategyWebpageItem] | Unset = UNSET
    unknown: list[FilePreviewStepStrategyUnknownItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image: list[str] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = []
            for image_item_data in self.image:
                image_item = image_item_data.value
                image.append(image_item)

        video: list[str] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = []
            for video_item_data in self.video:
                video_item = video_item_data.value
                video.append(video_item)

        audio: list[str] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = []
            for audio_item_data in self.audio:
                audio_item = audio_item_data.value
                audio.append(audio_item)

        document: list[str] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = []
            for document_item_data in self.document:
                document_item = document_item_data.value
                document.append(document_item)

        archive: list[str] | Unset = UNSET
        if not isinstance(self.archive, Unset):
            archive = []
            for archive_item_data in self.archive:
                archive_item = archive_item_data.value
                archive.append(archive_item)

        webpage: list[str] | Unset = UNSET
        if not isinstance(self.webpage, Unset):
            webpage = []
            for webpage_item_data in self.webpage:
                webpage_item = webpage_item_data.value
                webpage.append(webpage_item)

        unknown: list[str] | Unset = UNSET
        if not isinstance(self.unknown, Unset):
            unknown = []
            for unknown_item_data in self.unknown:
                unknown_item = unknown_item_data.value
                unknown.append(unknown_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if video is not UNSET:
            field_dict["video"] = video
        if audio is not UNSET:
            field_dict["audio"] = audio
        if document is not UNSET:
            field_dict["document"] = document
        if archive is not UNSET:
            field_dict["archive"] = archive
        if webpage is not UNSET:
            field_dict["webpage"] = webpage
        if unknown is not UNSET:
            field_dict["unknown"] = unknown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _image = d.pop("image", UNSET)
        image: list[FilePreviewStepStrategyImageItem] | Unset = UNSET
        if _image is not UNSET:
            image = []
            for image_item_data in _image:
                image_item = FilePreviewStepStrategyImageItem(image_item_data)

                image.append(image_item)

        _video = d.pop("video", UNSET)
        video: list[FilePreviewStepStrategyVideoItem] | Unset = UNSET
        if _video is not UNSET:
            video = []
            for video_item_data in _video:
                video_item = FilePreviewStepStrategyVideoItem(video_item_data)

                video.append(video_item)

        _audio = d.pop("audio", UNSET)
        audio: list[FilePreviewStepStrategyAudioItem] | Unset = UNSET
        if _audio is not UNSET:
            audio = []
            for audio_item_data in _audio:
                audio_item = FilePreviewStepStrategyAudioItem(audio_item_data)

                audio.append(audio_item)

        _document = d.pop("document", UNSET)
        document: list[FilePreviewStepStrategyDocumentItem] | Unset = UNSET
        if _document is not UNSET:
            document = []
            for document_item_data in _document:
                document_item = FilePreviewStepStrategyDocumentItem(document_item_data)

                document.append(document_item)

        _archive = d.pop("archive", UNSET)
        archive: list[FilePreviewStepStrategyArchiveItem] | Unset = UNSET
        if _archive is not UNSET:
            archive = []
            for archive_item_data in _archive:
                archive_item = FilePreviewStepStrategyArchiveItem(archive_item_data)

                archive.append(archive_item)

        _webpage = d.pop("webpage", UNSET)
        webpage: list[FilePreviewStepStrategyWebpageItem] | Unset = UNSET
        if _webpage is not UNSET:
            webpage = []
            for webpage_item_data in _webpage:
                webpage_item = FilePreviewStepStrategyWebpageItem(webpage_item_data)

                webpage.append(webpage_item)

        _unknown = d.pop("unknown", UNSET)
        unknown: list[FilePreviewStepStrategyUnknownItem] | Unset = UNSET
        if _unknown is not UNSET:
            unknown = []
            for unknown_item_data in _unknown:
                unknown_item = FilePreviewStepStrategyUnknownItem(unknown_item_data)

                unknown.append(unknown_item)

        file_preview_step_strategy = cls(
            image=image,
            video=video,
            audio=audio,
            document=document,
            archive=archive,
            webpage=webpage,
            unknown=unknown,
        )

        return file_preview_step_strategy
