"""The emulator on a real loopback socket, served by uvicorn on a thread of this process."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from transloadit_emulator.app import create_app
from transloadit_emulator.settings import DEV_KEY, DEV_SECRET, Account, Settings

from .receiver import Receiver


@dataclass
class RunningEmulator:
    """An emulator serving on ``url``, with the account the fixtures sign with."""

    url: str
    key: str
    secret: str
    data_dir: Path
    #: A loopback ``notify_url`` that answers every Notification with 200.
    receiver: Receiver
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    def stop(self) -> None:
        """Stop the server (finishing its work) and the receiver."""
        self._server.should_exit = True
        self._thread.join(timeout=60)
        self.receiver.stop()


def start_emulator(data_dir: Path, *, key: str = DEV_KEY, secret: str = DEV_SECRET, **settings: Any) -> RunningEmulator:
    """Serve a new emulator with its state in ``data_dir`` on a free port of 127.0.0.1 and wait
    until it answers. ``settings`` are :class:`~transloadit_emulator.settings.Settings` fields."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    config = Settings(data_dir=data_dir, port=port, accounts=(Account(key, secret),), **settings)
    server = uvicorn.Server(uvicorn.Config(create_app(config), log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True)
    thread.start()
    url = config.base_url
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the Transloadit emulator did not start on {url}")
        time.sleep(0.02)
    httpx.get(f"{url}/_emulator/health", timeout=10).raise_for_status()
    return RunningEmulator(url, key, secret, data_dir, Receiver.start(), server, thread)
