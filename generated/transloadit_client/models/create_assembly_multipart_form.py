from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateAssemblyMultipartForm")


@_attrs_define
class CreateAssemblyMultipartForm:
    """
    Attributes:
        params (str): JSON-encoded request params (an `AssemblyParams`, `ReplayAssemblyParams`,
            `ListAssembliesParams`, `ReplayNotificationParams` or `ListNotificationsParams` object, and so on). The
            signature covers exactly this string as sent, e.g.
            `{"auth":{"key":"emulator-key","expires":"2099/01/01 00:00:00+00:00"}}`.
        signature (str | Unset): `<algorithm>:<hex HMAC of params>`; a bare 40-character hex string is legacy `sha1`.
        file (list[File] | Unset): Files to upload; each part's field name becomes the upload's `field`.
        tus_num_expected_upload_files (int | Unset): Resumable uploads to wait for (Node and Python SDKs).
        num_expected_upload_files (int | Unset): Resumable uploads to wait for (Uppy).
    """

    params: str
    signature: str | Unset = UNSET
    file: list[File] | Unset = UNSET
    tus_num_expected_upload_files: int | Unset = UNSET
    num_expected_upload_files: int | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        params = self.params

        signature = self.signature

        file: list[FileTypes] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = []
            for file_item_data in self.file:
                file_item = file_item_data.to_tuple()

                file.append(file_item)

        tus_num_expected_upload_files = self.tus_num_expected_upload_files

        num_expected_upload_files = self.num_expected_upload_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "params": params,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature
        if file is not UNSET:
            field_dict["file"] = file
        if tus_num_expected_upload_files is not UNSET:
            field_dict["tus_num_expected_upload_files"] = tus_num_expected_upload_files
        if num_expected_upload_files is not UNSET:
            field_dict["num_expected_upload_files"] = num_expected_upload_files

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("params", (None, str(self.params).encode(), "text/plain")))

        if not isinstance(self.signature, Unset):
            files.append(("signature", (None, str(self.signature).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            for file_item_element in self.file:
                files.append(("file", file_item_element.to_tuple()))

        if not isinstance(self.tus_num_expected_upload_files, Unset):
            files.append(
                (
                    "tus_num_expected_upload_files",
                    (None, str(self.tus_num_expected_upload_files).encode(), "text/plain"),
                )
            )

        if not isinstance(self.num_expected_upload_files, Unset):
            files.append(
                ("num_expected_upload_files", (None, str(self.num_expected_upload_files).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        params = d.pop("params")

        signature = d.pop("signature", UNSET)

        _file = d.pop("file", UNSET)
        file: list[File] | Unset = UNSET
        if _file is not UNSET:
            file = []
            for file_item_data in _file:
                file_item = File(payload=BytesIO(file_item_data))

                file.append(file_item)

        tus_num_expected_upload_files = d.pop("tus_num_expected_upload_files", UNSET)

        num_expected_upload_files = d.pop("num_expected_upload_files", UNSET)

        create_assembly_multipart_form = cls(
            params=params,
            signature=signature,
            file=file,
            tus_num_expected_upload_files=tus_num_expected_upload_files,
            num_expected_upload_files=num_expected_upload_files,
        )

        create_assembly_multipart_form.additional_properties = d
        return create_assembly_multipart_form

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
