from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emulator_notification_answer import EmulatorNotificationAnswer


T = TypeVar("T", bound="EmulatorOutboxItem")


@_attrs_define
class EmulatorOutboxItem:
    """
    Attributes:
        id (str):
        status (str): `pending`, `successful` or `failed`.
        assembly_id (str | Unset):
        account_key (str | Unset):
        url (None | str | Unset):
        replay (bool | Unset):
        payload (None | str | Unset): The `transloadit` field as sent; null before the first attempt.
        signature (None | str | Unset): The `signature` field as sent.
        attempts (int | Unset):
        answers (list[EmulatorNotificationAnswer] | Unset):
        created (None | str | Unset):
        finished (None | str | Unset):
    """

    id: str
    status: str
    assembly_id: str | Unset = UNSET
    account_key: str | Unset = UNSET
    url: None | str | Unset = UNSET
    replay: bool | Unset = UNSET
    payload: None | str | Unset = UNSET
    signature: None | str | Unset = UNSET
    attempts: int | Unset = UNSET
    answers: list[EmulatorNotificationAnswer] | Unset = UNSET
    created: None | str | Unset = UNSET
    finished: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        assembly_id = self.assembly_id

        account_key = self.account_key

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        replay = self.replay

        payload: None | str | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        else:
            payload = self.payload

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        attempts = self.attempts

        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        finished: None | str | Unset
        if isinstance(self.finished, Unset):
            finished = UNSET
        else:
            finished = self.finished

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if assembly_id is not UNSET:
            field_dict["assembly_id"] = assembly_id
        if account_key is not UNSET:
            field_dict["account_key"] = account_key
        if url is not UNSET:
            field_dict["url"] = url
        if replay is not UNSET:
            field_dict["replay"] = replay
        if payload is not UNSET:
            field_dict["payload"] = payload
        if signature is not UNSET:
            field_dict["signature"] = signature
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if answers is not UNSET:
            field_dict["answers"] = answers
        if created is not UNSET:
            field_dict["created"] = created
        if finished is not UNSET:
            field_dict["finished"] = finished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emulator_notification_answer import EmulatorNotificationAnswer  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        assembly_id = d.pop("assembly_id", UNSET)

        account_key = d.pop("account_key", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        replay = d.pop("replay", UNSET)

        def _parse_payload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_signature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature = _parse_signature(d.pop("signature", UNSET))

        attempts = d.pop("attempts", UNSET)

        _answers = d.pop("answers", UNSET)
        answers: list[EmulatorNotificationAnswer] | Unset = UNSET
        if _answers is not UNSET:
            answers = []
            for answers_item_data in _answers:
                answers_item = EmulatorNotificationAnswer.from_dict(answers_item_data)

                answers.append(answers_item)

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_finished(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finished = _parse_finished(d.pop("finished", UNSET))

        emulator_outbox_item = cls(
            id=id,
            status=status,
            assembly_id=assembly_id,
            account_key=account_key,
            url=url,
            replay=replay,
            payload=payload,
            signature=signature,
            attempts=attempts,
            answers=answers,
            created=created,
            finished=finished,
        )

        emulator_outbox_item.additional_properties = d
        return emulator_outbox_item

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
