"""The uvicorn server the emulator runs on, with limits on what one connection may hold.

uvicorn (httptools) has no header-read timeout: a client that sends nothing, or a header line a
byte at a time (slow loris), keeps its socket, and its slot in the event loop, forever. The
protocol here adds, per connection (all from :class:`~transloadit_emulator.settings.Settings`):

- ``header_timeout``: the whole request head (request line and headers) must arrive within this
  many seconds of the connection opening or the request's first byte; else ``408`` and close.
- ``body_idle_timeout``: while a request body is being received, at most this many seconds may
  pass without a byte (time the app itself stops reading does not count); else the connection
  is closed and the app sees the client go away (a form in the middle of a part is
  ``INVALID_FORM_DATA``, nothing kept). A slow but steady upload is never cut off.
- ``max_header_count`` and ``max_header_bytes`` (request target plus header names and values):
  beyond them, ``431`` and close.

Between requests on a kept-alive connection uvicorn's own ``timeout_keep_alive`` applies.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterable
from typing import Any, ClassVar

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .settings import Settings


class _CoalescingTransport:
    """A transport whose writes within one turn of the event loop go out as one ``write``,
    made without holding the GIL.

    A response's head and body are separate writes in uvicorn; on a loopback socket each is a
    system call that also wakes the client. uvloop makes it holding the GIL, so when the woken
    client takes the CPU, every thread of the server waits (robots, uploads being described).
    Here a plain socket's bytes go out with ``os.write``, which lets go of the GIL; what the
    kernel does not take at once, and anything on TLS, goes to the wrapped transport, which
    also meets the errors. Everything else is the wrapped transport's own.
    """

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] = []
        sock = transport.get_extra_info("socket")
        plain = sock is not None and transport.get_extra_info("sslcontext") is None
        self._fd: int | None = sock.fileno() if plain else None

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Keep ``data`` for the write at the end of this turn of the loop."""
        if not data:
            return
        if not self._pending:
            self._loop.call_soon(self._flush)
        self._pending.append(data if isinstance(data, bytes) else bytes(data))  # a buffer may change later

    def writelines(self, chunks: Iterable[bytes | bytearray | memoryview]) -> None:
        """:meth:`write` each chunk."""
        for chunk in chunks:
            self.write(chunk)

    def get_write_buffer_size(self) -> int:
        """What the wrapped transport holds plus what waits for this turn's write."""
        return self._transport.get_write_buffer_size() + sum(len(chunk) for chunk in self._pending)

    def close(self) -> None:
        """Write what is pending, then close."""
        self._flush()
        self._transport.close()

    def write_eof(self) -> None:
        """Write what is pending, then end the stream."""
        self._flush()
        self._transport.write_eof()

    def abort(self) -> None:
        """Drop what is pending and close at once."""
        self._pending.clear()
        self._transport.abort()

    def _flush(self) -> None:
        if not self._pending:
            return
        data = self._pending[0] if len(self._pending) == 1 else b"".join(self._pending)
        self._pending.clear()
        if self._transport.is_closing():
            return
        sent = 0
        # Only with nothing queued in the transport: its bytes must leave first.
        if self._fd is not None and not self._transport.get_write_buffer_size():
            try:
                sent = os.write(self._fd, data)
            except OSError:  # full (EAGAIN), or a broken connection the transport will meet
                sent = 0
        if sent < len(data):
            self._transport.write(memoryview(data)[sent:] if sent else data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class _HeadTooLarge(Exception):
    """Raised in a parser callback; httptools turns it into an HttpParserError."""


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with the header timeout, body idle timeout and header caps."""

    header_timeout: ClassVar[float] = 30.0
    body_idle_timeout: ClassVar[float] = 60.0
    max_header_count: ClassVar[int] = 100
    max_header_bytes: ClassVar[int] = 64 * 1024

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None
        self._body_timer: asyncio.TimerHandle | None = None
        self._body_seen = 0.0  # loop time of the body's last bytes
        self._head_bytes = 0
        self._head_count = 0
        self._head_too_large = False
        self._in_body = False

    # -- connection and parser events -----------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Start the clock for the first request head (a client that sends nothing is cut off too).
        Writes go through a :class:`_CoalescingTransport`: a response's head and body are one write."""
        super().connection_made(_CoalescingTransport(transport, self.loop))  # type: ignore[arg-type]
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_timed_out)

    def connection_lost(self, exc: Exception | None) -> None:
        """Stop both clocks."""
        self._cancel_head_timer()
        self._cancel_body_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """A byte of body resets the body idle clock (a timestamp: the timer reads it when it fires,
        so a large body costs no timer per chunk)."""
        if self._in_body:
            self._body_seen = self.loop.time()
        super().data_received(data)

    def on_message_begin(self) -> None:
        """A request's first byte: its head has ``header_timeout`` from now (or from the connection)."""
        super().on_message_begin()
        self._head_bytes = self._head_count = 0
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self.header_timeout, self._head_timed_out)

    def on_url(self, url: bytes) -> None:
        """Count the request target against ``max_header_bytes``."""
        self._count_head(len(url), 0)
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        """Count the header against ``max_header_count`` and ``max_header_bytes``."""
        self._count_head(len(name) + len(value), 1)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        """The head arrived in time: stop its clock, start the body's."""
        self._cancel_head_timer()
        super().on_headers_complete()
        self._in_body = True
        self._body_seen = self.loop.time()
        self._cancel_body_timer()
        self._arm_body_timer()

    def on_message_complete(self) -> None:
        """The body arrived."""
        self._in_body = False
        self._cancel_body_timer()
        super().on_message_complete()

    def send_400_response(self, msg: str) -> None:
        """uvicorn answers any parser error with 400; a head over the caps gets 431."""
        if self._head_too_large:
            self._send_and_close(431, "Request Header Fields Too Large")
        else:
            super().send_400_response(msg)

    # -- limits ----------------------------------------------------------------------------------

    def _count_head(self, size: int, count: int) -> None:
        self._head_bytes += size
        self._head_count += count
        if self._head_bytes > self.max_header_bytes or self._head_count > self.max_header_count:
            self._head_too_large = True
            raise _HeadTooLarge()

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing():
            return
        self.logger.warning("Closing a connection whose request head took over %ss.", self.header_timeout)
        if self.cycle is None or self.cycle.response_complete:
            self._send_and_close(408, "Request Timeout")
        else:  # a response is under way on this connection: cut it, write nothing into it
            self.transport.close()

    def _body_timed_out(self) -> None:
        self._body_timer = None
        if not self._in_body or self.transport.is_closing():
            return
        now = self.loop.time()
        if self.flow.read_paused:  # the app stopped reading, not the client: not idle
            self._body_seen = now
        if now < self._body_seen + self.body_idle_timeout:  # bytes came since the timer was set
            self._arm_body_timer()
            return
        self.logger.warning("Closing a connection whose request body idled over %ss.", self.body_idle_timeout)
        self.transport.close()

    def _arm_body_timer(self) -> None:
        self._body_timer = self.loop.call_at(self._body_seen + self.body_idle_timeout, self._body_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _cancel_body_timer(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None

    def _send_and_close(self, status: int, reason: str) -> None:
        body = reason.encode()
        head = f"HTTP/1.1 {status} {reason}\r\ncontent-type: text/plain; charset=utf-8\r\n"
        head += f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
        self.transport.write(head.encode() + body)
        self.transport.close()


def protocol_for(settings: Settings) -> type[LimitedHttpToolsProtocol]:
    """The protocol class with the limits of ``settings``."""
    limits = {
        "header_timeout": settings.header_timeout,
        "body_idle_timeout": settings.body_idle_timeout,
        "max_header_count": settings.max_header_count,
        "max_header_bytes": settings.max_header_bytes,
    }
    return type("EmulatorHttpProtocol", (LimitedHttpToolsProtocol,), limits)


def uvicorn_config(app: Any, settings: Settings, **options: Any) -> uvicorn.Config:
    """uvicorn's config for serving ``app`` on the settings' host and port, with the limits.

    ``options`` go to uvicorn as they are (``log_level``, ...); access logging is off by default.
    """
    options.setdefault("access_log", False)
    return uvicorn.Config(app, host=settings.host, port=settings.port, http=protocol_for(settings), **options)
