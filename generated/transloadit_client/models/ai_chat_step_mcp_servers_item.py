from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_chat_step_mcp_servers_item_auth import AiChatStepMcpServersItemAuth
from ..models.ai_chat_step_mcp_servers_item_type import AiChatStepMcpServersItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_chat_step_mcp_servers_item_headers import AiChatStepMcpServersItemHeaders


T = TypeVar("T", bound="AiChatStepMcpServersItem")


@_attrs_define
class AiChatStepMcpServersItem:
    """
    Attributes:
        type_ (AiChatStepMcpServersItemType):
        url (str):
        headers (AiChatStepMcpServersItemHeaders | Unset):
        auth (AiChatStepMcpServersItemAuth | Unset):
        allowed_tools (list[str] | Unset):
    """

    type_: AiChatStepMcpServersItemType
    url: str
    headers: AiChatStepMcpServersItemHeaders | Unset = UNSET
    auth: AiChatStepMcpServersItemAuth | Unset = UNSET
    allowed_tools: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        auth: str | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.value

        allowed_tools: list[str] | Unset = UNSET
        if not isinstance(self.allowed_tools, Unset):
            allowed_tools = self.allowed_tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if auth is not UNSET:
            field_dict["auth"] = auth
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_chat_step_mcp_servers_item_headers import AiChatStepMcpServersItemHeaders  # noqa: PLC0415

        d = dict(src_dict)
        type_ = AiChatStepMcpServersItemType(d.pop("type"))

        url = d.pop("url")

        _headers = d.pop("headers", UNSET)
        headers: AiChatStepMcpServersItemHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = AiChatStepMcpServersItemHeaders.from_dict(_headers)

        _auth = d.pop("auth", UNSET)
        auth: AiChatStepMcpServersItemAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = AiChatStepMcpServersItemAuth(_auth)

        allowed_tools = cast(list[str], d.pop("allowed_tools", UNSET))

        ai_chat_step_mcp_servers_item = cls(
            type_=type_,
            url=url,
            headers=headers,
            auth=auth,
            allowed_tools=allowed_tools,
        )

        ai_chat_step_mcp_servers_item.additional_properties = d
        return ai_chat_step_mcp_servers_item

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
