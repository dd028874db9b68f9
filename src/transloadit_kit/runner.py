"""Running kit flows: blocking for ``Transloadit``, awaiting for ``AsyncTransloadit``.

This is the only module that does the kit's I/O. ``operation`` turns one flow into a method of both
facades: plain for the blocking one, a coroutine function for the async one (typed per facade).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import httpx

from .core import KitCore
from .effects import Call, Effect, Flow, Follow, Now, Sleep
from .live import follow_stream, follow_stream_async

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """The flow returned ``value``."""

    value: T


def advance(flow: Flow[T], outcome: Any = None, error: Exception | None = None) -> Effect | Done[T]:
    """Resume ``flow`` with an effect's outcome (or its exception): its next effect, or its result."""
    try:
        return flow.throw(error) if error is not None else flow.send(outcome)
    except StopIteration as stop:
        return Done(stop.value)


def _perform(kit: KitCore[httpx.Client], effect: Effect) -> Any:
    if isinstance(effect, Call):
        return effect.endpoint.sync_detailed(*effect.args, client=effect.client or kit.client, **effect.kwargs)
    if isinstance(effect, Sleep):
        return kit.clock.sleep(effect.seconds)
    if isinstance(effect, Now):
        return kit.clock.monotonic()
    if isinstance(effect, Follow):
        return follow_stream(kit.client.get_httpx_client(), effect)
    return _content(kit.client.get_httpx_client().get(effect.url))  # Fetch


async def _perform_async(kit: KitCore[httpx.AsyncClient], effect: Effect) -> Any:
    if isinstance(effect, Call):
        client = effect.client or kit.client
        return await effect.endpoint.asyncio_detailed(*effect.args, client=client, **effect.kwargs)
    if isinstance(effect, Sleep):
        return await kit.clock.asleep(effect.seconds)
    if isinstance(effect, Now):
        return kit.clock.monotonic()
    if isinstance(effect, Follow):
        return await follow_stream_async(kit.client.get_async_httpx_client(), effect)
    return _content(await kit.client.get_async_httpx_client().get(effect.url))  # Fetch


def _content(response: httpx.Response) -> bytes:
    response.raise_for_status()
    return response.content


def run_blocking(flow: Flow[T], kit: KitCore[httpx.Client]) -> T:
    """Perform each effect of ``flow`` in turn, blocking; its result."""
    step = advance(flow)
    while not isinstance(step, Done):
        try:
            outcome = _perform(kit, step)
        except Exception as exc:  # thrown into the flow, which decides (tus resumes, the rest re-raise)
            step = advance(flow, error=exc)
        else:
            step = advance(flow, outcome)
    return step.value


async def run_async(flow: Flow[T], kit: KitCore[httpx.AsyncClient]) -> T:
    """:func:`run_blocking`, awaiting each effect."""
    step = advance(flow)
    while not isinstance(step, Done):
        try:
            outcome = await _perform_async(kit, step)
        except Exception as exc:
            step = advance(flow, error=exc)
        else:
            step = advance(flow, outcome)
    return step.value


class operation(Generic[P, T]):  # noqa: N801 - used like a decorator, named like one
    """A flow as a method: blocking on ``KitCore[httpx.Client]``, a coroutine on ``KitCore[httpx.AsyncClient]``."""

    def __init__(self, flow: Callable[Concatenate[KitCore[Any], P], Flow[T]]) -> None:
        self.flow = flow
        self.__doc__ = flow.__doc__
        signature = inspect.signature(flow)  # without the kit, as the bound method is called
        self.__signature__ = signature.replace(parameters=list(signature.parameters.values())[1:])

    def __call__(self, kit: KitCore[Any], *args: P.args, **kwargs: P.kwargs) -> Any:
        """Called on the class, as ``Transloadit.get_assembly(tl, ...)``: as on the instance."""
        method: Callable[P, Any] = self.__get__(kit, type(kit))
        return method(*args, **kwargs)

    @overload
    def __get__(self, kit: None, owner: type) -> operation[P, T]: ...

    @overload
    def __get__(self, kit: KitCore[httpx.Client], owner: type) -> Callable[P, T]: ...

    @overload
    def __get__(self, kit: KitCore[httpx.AsyncClient], owner: type) -> Callable[P, Coroutine[Any, Any, T]]: ...

    def __get__(self, kit: KitCore[Any] | None, owner: type) -> Any:
        if kit is None:
            return self
        flow = self.flow
        if kit.asynchronous:

            async def awaiting(*args: P.args, **kwargs: P.kwargs) -> T:
                return await run_async(flow(kit, *args, **kwargs), kit)

            return self._named(awaiting)

        def blocking(*args: P.args, **kwargs: P.kwargs) -> T:
            return run_blocking(flow(kit, *args, **kwargs), kit)

        return self._named(blocking)

    def _named(self, method: Callable[P, Any]) -> Callable[P, Any]:
        """``method`` with the flow's name and docstring, and its signature without the kit."""
        method = functools.wraps(self.flow)(method)
        del method.__wrapped__  # else inspect.signature shows the kit
        method.__signature__ = self.__signature__  # type: ignore[attr-defined]
        return method
