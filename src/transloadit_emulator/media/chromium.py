"""Web pages rendered by Debian's Chromium, headless, driven over the DevTools protocol with a
small client on ``websockets`` (pinned): one browser kept warm per emulator process, one tab per
job. Screenshots (PNG/JPEG, viewport or full page) and PDFs (``Page.printToPDF``)."""

from __future__ import annotations

import atexit
import base64
import contextlib
import itertools
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from websockets.sync.client import ClientConnection, connect

CHROMIUM = os.environ.get("TRANSLOADIT_EMULATOR_CHROMIUM", "chromium")
_LISTENING = re.compile(r"DevTools listening on (ws://\S+)")
_FLAGS = (
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
    "--metrics-recording-only",
    "--remote-debugging-port=0",
    "--remote-allow-origins=*",
)


class BrowserError(RuntimeError):
    """Chromium is missing, the page failed to load, or the browser did not answer in time."""


@dataclass(frozen=True)
class PageJob:
    """One page to render: ``url`` (http(s), file or data), the viewport, what to wait for."""

    url: str
    width: int = 1024
    height: int = 768
    delay_ms: int = 0
    wait_until: str = "load"
    headers: Mapping[str, str] = field(default_factory=dict)
    #: Called with each request's host; a False answer fails that request (private addresses).
    host_allowed: Callable[[str], bool] | None = None
    timeout_s: float = 60.0


class Browser:
    """A warm headless Chromium and one DevTools connection to it; jobs run one at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._ws: ClientConnection | None = None
        self._profile: str | None = None
        self._ids = itertools.count(1)
        #: The job whose tab is open: its paused requests are answered whatever call is waiting.
        self._job: PageJob | None = None

    def screenshot(self, job: PageJob, *, fmt: str, full_page: bool, omit_background: bool, quality: int = 90) -> bytes:
        """The page as PNG or JPEG bytes: the viewport, or the whole page when ``full_page``."""
        with self._lock, self._tab(job) as session:
            if omit_background:
                self._call(
                    "Emulation.setDefaultBackgroundColorOverride", {"color": {"r": 0, "g": 0, "b": 0, "a": 0}}, session
                )
            params: dict[str, Any] = {"format": "jpeg" if fmt == "jpeg" else "png", "fromSurface": True}
            if fmt == "jpeg":
                params["quality"] = quality
            if full_page:
                size = self._call("Page.getLayoutMetrics", {}, session)["cssContentSize"]
                height = max(1, min(int(size["height"] + 0.999), 16384))
                self._metrics(session, job.width, height)
                params["clip"] = {"x": 0, "y": 0, "width": job.width, "height": height, "scale": 1}
                params["captureBeyondViewport"] = True
            data = self._call("Page.captureScreenshot", params, session)["data"]
        return base64.b64decode(data)

    def pdf(self, job: PageJob, options: Mapping[str, Any]) -> bytes:
        """The page printed to PDF with ``Page.printToPDF`` ``options`` (paper size in inches, margins, ...)."""
        with self._lock, self._tab(job) as session:
            data = self._call("Page.printToPDF", dict(options), session, timeout=job.timeout_s)["data"]
        return base64.b64decode(data)

    @contextlib.contextmanager
    def _tab(self, job: PageJob) -> Any:
        self._ensure_started()
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._job = job
        try:
            session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            self._load(session, job)
            yield session
        finally:
            self._job = None
            if self._ws is not None:  # None when a timeout already stopped the browser
                with contextlib.suppress(BrowserError):
                    self._call("Target.closeTarget", {"targetId": target})

    def _load(self, session: str, job: PageJob) -> None:
        self._call("Page.enable", {}, session)
        self._call("Page.setLifecycleEventsEnabled", {"enabled": True}, session)
        self._metrics(session, job.width, job.height)
        if job.headers:
            self._call("Network.enable", {}, session)
            self._call("Network.setExtraHTTPHeaders", {"headers": dict(job.headers)}, session)
        if job.host_allowed is not None:
            self._call("Fetch.enable", {"patterns": [{"urlPattern": "*"}]}, session)
        answer = self._call("Page.navigate", {"url": job.url}, session, job=job)
        if answer.get("errorText"):
            raise BrowserError(f"the page could not be loaded: {answer['errorText']}")
        wanted = {"load": "load", "domcontentloaded": "DOMContentLoaded", "networkidle": "networkIdle", "commit": None}
        event = wanted.get(job.wait_until, "load")
        if event is not None:
            self._wait_event(
                session, job, lambda m: m.get("method") == "Page.lifecycleEvent" and m["params"]["name"] == event
            )
        if job.delay_ms:
            self._wait_event(session, job, lambda _m: False, timeout=job.delay_ms / 1000, quiet=True)

    def _metrics(self, session: str, width: int, height: int) -> None:
        self._call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            session,
        )

    def _call(
        self,
        method: str,
        params: Mapping[str, Any],
        session: str | None = None,
        *,
        timeout: float = 60.0,
        job: PageJob | None = None,
    ) -> dict[str, Any]:
        message_id = next(self._ids)
        message: dict[str, Any] = {"id": message_id, "method": method, "params": dict(params)}
        if session is not None:
            message["sessionId"] = session
        assert self._ws is not None
        self._ws.send(json.dumps(message))
        reply = self._wait_event(session, job, lambda m: m.get("id") == message_id, timeout=timeout)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def _wait_event(
        self,
        session: str | None,
        job: PageJob | None,
        done: Callable[[dict[str, Any]], bool],
        *,
        timeout: float | None = None,
        quiet: bool = False,
    ) -> dict[str, Any]:
        """Read messages until ``done`` says yes, answering paused requests on the way."""
        assert self._ws is not None
        deadline = time.monotonic() + (timeout if timeout is not None else (job.timeout_s if job else 60.0))
        while True:
            left = deadline - time.monotonic()
            try:
                raw = self._ws.recv(timeout=max(left, 0.001))
            except TimeoutError:
                if quiet:
                    return {}
                self.close()
                raise BrowserError("the browser did not finish in time") from None
            except Exception as exc:  # the connection died: start over next time
                self.close()
                raise BrowserError(f"the browser went away: {exc}") from None
            message = json.loads(raw)
            current = job or self._job
            if message.get("method") == "Fetch.requestPaused" and current is not None:
                self._answer_paused(message, current)
            elif done(message):
                return dict(message)

    def _answer_paused(self, message: dict[str, Any], job: PageJob) -> None:
        params = message["params"]
        host = urlsplit(params["request"]["url"]).hostname or ""
        allowed = job.host_allowed is None or not host or job.host_allowed(host)
        method = "Fetch.continueRequest" if allowed else "Fetch.failRequest"
        reply: dict[str, Any] = {"requestId": params["requestId"]}
        if not allowed:
            reply["errorReason"] = "AccessDenied"
        assert self._ws is not None
        self._ws.send(
            json.dumps(
                {"id": next(self._ids), "method": method, "params": reply, "sessionId": message.get("sessionId")}
            )
        )

    def _ensure_started(self) -> None:
        if self._process is not None and self._process.poll() is None and self._ws is not None:
            return
        self.close()
        binary = shutil.which(CHROMIUM)
        if binary is None:
            raise BrowserError("Chromium is not installed (Debian package chromium; `make install` installs it)")
        self._profile = tempfile.mkdtemp(prefix="tl-chromium-")
        flags = [*_FLAGS, f"--user-data-dir={self._profile}"]
        if os.geteuid() == 0:
            flags.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
        self._process = subprocess.Popen(
            [binary, *flags, "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        assert self._process.stderr is not None
        for raw in self._process.stderr:
            found = _LISTENING.search(raw.decode("utf-8", "replace"))
            if found:
                self._ws = connect(found.group(1), max_size=None, open_timeout=30, legacy=True)
                threading.Thread(target=self._drain, args=(self._process,), daemon=True).start()
                return
        self.close()
        raise BrowserError("Chromium exited before it listened for DevTools")

    @staticmethod
    def _drain(process: subprocess.Popen[bytes]) -> None:
        assert process.stderr is not None
        for _ in process.stderr:  # keep Chromium's log pipe from filling up
            pass

    def close(self) -> None:
        """Stop the browser (a later job starts it again)."""
        if self._ws is not None:
            with contextlib.suppress(Exception):
                self._ws.close()
            self._ws = None
        if self._process is not None and self._process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._process.pid, 9)
            self._process.wait()
        self._process = None
        if self._profile is not None:
            shutil.rmtree(self._profile, ignore_errors=True)
            self._profile = None


_browser: Browser | None = None
_browser_lock = threading.Lock()


def browser() -> Browser:
    """The process's one warm browser (started on its first job, stopped at exit)."""
    global _browser
    with _browser_lock:
        if _browser is None:
            _browser = Browser()
            atexit.register(_browser.close)
        return _browser
