from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmulatorFault")


@_attrs_define
class EmulatorFault:
    """
    Attributes:
        id (str):
        kind (str): `job`, `creation`, `delivery` or `ending`.
        remaining (int): How many more matches it acts on.
        robot (None | str | Unset):
        step (None | str | Unset):
        error (None | str | Unset):
        message (None | str | Unset):
        delay (float | Unset):
        mode (None | str | Unset): `fail` or `hang` (delivery faults).
        ending (None | str | Unset): The `ok` or `error` code of the endings an `ending` fault pauses; null: every
            ending.
        created (float | Unset): When it was armed (epoch seconds, emulator time).
        used (int | Unset): How many matches it acted on.
    """

    id: str
    kind: str
    remaining: int
    robot: None | str | Unset = UNSET
    step: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    delay: float | Unset = UNSET
    mode: None | str | Unset = UNSET
    ending: None | str | Unset = UNSET
    created: float | Unset = UNSET
    used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        remaining = self.remaining

        robot: None | str | Unset
        if isinstance(self.robot, Unset):
            robot = UNSET
        else:
            robot = self.robot

        step: None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        delay = self.delay

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        ending: None | str | Unset
        if isinstance(self.ending, Unset):
            ending = UNSET
        else:
            ending = self.ending

        created = self.created

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "remaining": remaining,
            }
        )
        if robot is not UNSET:
            field_dict["robot"] = robot
        if step is not UNSET:
            field_dict["step"] = step
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if delay is not UNSET:
            field_dict["delay"] = delay
        if mode is not UNSET:
            field_dict["mode"] = mode
        if ending is not UNSET:
            field_dict["ending"] = ending
        if created is not UNSET:
            field_dict["created"] = created
        if used is not UNSET:
            field_dict["used"] = used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")

        remaining = d.pop("remaining")

        def _parse_robot(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        robot = _parse_robot(d.pop("robot", UNSET))

        def _parse_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        delay = d.pop("delay", UNSET)

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_ending(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ending = _parse_ending(d.pop("ending", UNSET))

        created = d.pop("created", UNSET)

        used = d.pop("used", UNSET)

        emulator_fault = cls(
            id=id,
            kind=kind,
            remaining=remaining,
            robot=robot,
            step=step,
            error=error,
            message=message,
            delay=delay,
            mode=mode,
            ending=ending,
            created=created,
            used=used,
        )

        emulator_fault.additional_properties = d
        return emulator_fault

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
