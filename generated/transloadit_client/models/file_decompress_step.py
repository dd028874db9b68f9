from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_decompress_step_user_meta import FileDecompressStepUserMeta


T = TypeVar("T", bound="FileDecompressStep")


@_attrs_define
class FileDecompressStep:
    """`/file/decompress`: the files inside zip, tar(.gz/.bz2/.xz) and gzip archives, each with
    `meta.relative_path`. Path traversal, links and archive bombs are refused.

        Attributes:
            robot (Literal['/file/decompress']):
            use (Any | Unset):
            result (bool | Unset):
            ignore_errors (Any | Unset):
            output_meta (Any | Unset):
            user_meta (FileDecompressStepUserMeta | Unset):
            password (None | str | Unset): Opens ZipCrypto-encrypted zip archives.
    """

    robot: Literal["/file/decompress"]
    use: Any | Unset = UNSET
    result: bool | Unset = UNSET
    ignore_errors: Any | Unset = UNSET
    output_meta: Any | Unset = UNSET
    user_meta: FileDecompressStepUserMeta | Unset = UNSET
    password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        robot = self.robot

        use = self.use

        result = self.result

        ignore_errors = self.ignore_errors

        output_meta = self.output_meta

        user_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_meta, Unset):
            user_meta = self.user_meta.to_dict()

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "robot": robot,
            }
        )
        if use is not UNSET:
            field_dict["use"] = use
        if result is not UNSET:
            field_dict["result"] = result
        if ignore_errors is not UNSET:
            field_dict["ignore_errors"] = ignore_errors
        if output_meta is not UNSET:
            field_dict["output_meta"] = output_meta
        if user_meta is not UNSET:
            field_dict["user_meta"] = user_meta
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_decompress_step_user_meta import FileDecompressStepUserMeta  # noqa: PLC0415

        d = dict(src_dict)
        robot = cast(Literal["/file/decompress"], d.pop("robot"))
        if robot != "/file/decompress":
            raise ValueError(f"robot must match const '/file/decompress', got '{robot}'")

        use = d.pop("use", UNSET)

        result = d.pop("result", UNSET)

        ignore_errors = d.pop("ignore_errors", UNSET)

        output_meta = d.pop("output_meta", UNSET)

        _user_meta = d.pop("user_meta", UNSET)
        user_meta: FileDecompressStepUserMeta | Unset
        if isinstance(_user_meta, Unset):
            user_meta = UNSET
        else:
            user_meta = FileDecompressStepUserMeta.from_dict(_user_meta)

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        file_decompress_step = cls(
            robot=robot,
            use=use,
            result=result,
            ignore_errors=ignore_errors,
            output_meta=output_meta,
            user_meta=user_meta,
            password=password,
        )

        file_decompress_step.additional_properties = d
        return file_decompress_step

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
