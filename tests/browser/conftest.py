"""Fixtures for the chat-widget browser tests (real headless Chromium via Playwright).

By default the tests drive the real stack (the session fixture ``stack`` in
tests/conftest.py: action server, Rasa and the widget's web server, as `make run`).

Environment:
  B12_FAKE_RASA=1     use the fake server instead (fast widget development only).
  B12_RASA_URL        use this Rasa server instead of the fake one (tests/browser/fake_rasa.py).
                      Test 8 then "stops" the server by stopping a local forwarding proxy in
                      front of it, unless B12_RASA_STOP_CMD and B12_RASA_START_CMD are set
                      (shell commands that really stop / start it).
  B12_CHROMIUM        Chromium executable (default /usr/bin/chromium).
  B12_WEB_PORT        port of the widget's web server (default: a free port). Rasa must accept
                      that origin (http://127.0.0.1:<port>) via --cors.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from bot.ops.serve import wait_http
from bot.settings import Settings
from tests.support.stack import RunningStack, free_port

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "browser"
FAKE_RASA = Path(__file__).with_name("fake_rasa.py")
CHROMIUM = os.environ.get("B12_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
# Browser zoom is a smaller CSS viewport at a higher device pixel ratio: DESKTOP at 200 %
# and 400 % (320 CSS px wide, WCAG 1.4.10), and PHONE at 200 %.
ZOOMS = {
    "desktop-200": ({"width": 640, "height": 400}, 2),
    "desktop-400": ({"width": 320, "height": 200}, 4),
    "phone-200": ({"width": 180, "height": 370}, 2),
}


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class Proc:
    """A background server process, restartable with the same arguments."""

    def __init__(self, args: list[str], health_url: str) -> None:
        self.args, self.health_url = args, health_url
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 15) -> None:
        self.proc = subprocess.Popen(
            self.args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_http(self.health_url, timeout, self.proc)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None


@dataclass
class ChatServer:
    """The Rasa server the widget talks to: ``url`` plus ``stop()`` / ``start()`` for test 8."""

    url: str
    proc: Proc | None = None
    stop_cmd: str | None = None
    start_cmd: str | None = None
    is_fake: bool = True
    start_timeout: float = 15

    def stop(self) -> None:
        if self.stop_cmd:
            subprocess.run(self.stop_cmd, shell=True, check=True, timeout=60)
        elif self.proc:
            self.proc.stop()

    def start(self) -> None:
        if self.start_cmd:
            subprocess.Popen(self.start_cmd, shell=True)
            wait_http(self.url + "/webhooks/rest/", self.start_timeout)
        elif self.proc:
            self.proc.start(self.start_timeout)

    def __str__(self) -> str:
        return self.url


@dataclass
class RealChatServer(ChatServer):
    """The project's real stack (tests/support/stack.py): stop() and start() really stop Rasa."""

    running: RunningStack | None = None

    def stop(self) -> None:
        assert self.running is not None
        self.running.stack.stop("rasa")

    def start(self) -> None:
        assert self.running is not None
        self.running.stack.start_rasa(timeout=180)


@pytest.fixture(scope="session")
def web_port() -> int:
    return int(os.environ.get("B12_WEB_PORT") or free_port())


def default_origins(port: int) -> list[str]:
    """The origins Rasa allows by default for the demo page on ``port`` (bot/settings.py)."""
    return Settings.from_env({"WEB_PORT": str(port)}).cors_origins


@pytest.fixture(scope="session")
def chat_server(request: pytest.FixtureRequest, web_port: int) -> Iterator[ChatServer]:
    if not os.environ.get("B12_RASA_URL") and not os.environ.get("B12_FAKE_RASA"):
        # Default: the real stack, shared with the end-to-end tests.
        running: RunningStack = request.getfixturevalue("stack")
        yield RealChatServer(running.url, is_fake=False, running=running)
        return
    real = os.environ.get("B12_RASA_URL", "").rstrip("/")
    stop_cmd, start_cmd = (
        os.environ.get("B12_RASA_STOP_CMD"),
        os.environ.get("B12_RASA_START_CMD"),
    )
    if real and stop_cmd and start_cmd:
        wait_http(real + "/webhooks/rest/", 30)
        yield ChatServer(
            real,
            stop_cmd=stop_cmd,
            start_cmd=start_cmd,
            is_fake=False,
            start_timeout=90,
        )
        return
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = [sys.executable, str(FAKE_RASA), "--port", str(port)]
    if not real:
        args += ["--cors", *default_origins(web_port)]
    if real:
        wait_http(real + "/webhooks/rest/", 30)
        args += ["--upstream", real]
    proc = Proc(args, url + "/webhooks/rest/")
    proc.start()
    try:
        yield ChatServer(url, proc=proc, is_fake=not real)
    finally:
        proc.stop()


@pytest.fixture(scope="session")
def web_server(chat_server: ChatServer, web_port: int) -> Iterator[str]:
    """The widget's own server (``python -m bot.web.server``); yields its base URL."""
    if isinstance(chat_server, RealChatServer) and chat_server.running is not None:
        chat_server.running.stack.start_web()  # as `make run` starts it
        yield chat_server.running.web_url
        return
    port = web_port
    url = f"http://127.0.0.1:{port}"
    proc = Proc(
        [
            sys.executable,
            "-m",
            "bot.web.server",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--rasa-url",
            chat_server.url,
        ],
        url + "/healthz",
    )
    proc.start()
    try:
        yield url
    finally:
        proc.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=30_000)
        yield b
        b.close()


@dataclass
class Guard:
    """Everything a page did that a test should not allow."""

    allowed: set[str]
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        return [
            u
            for u in self.requests
            if not u.startswith(("blob:", "data:")) and origin(u) not in self.allowed
        ]


class Widget:
    """Test helper around a page showing the demo page with the widget."""

    ANSWER_TIMEOUT = 15_000

    def __init__(
        self,
        page: Page,
        context: BrowserContext,
        base_url: str,
        guard: Guard,
        name: str,
    ) -> None:
        self.page, self.context, self.base_url, self.guard, self.name = (
            page,
            context,
            base_url,
            guard,
            name,
        )
        self.shots = 0

    def goto(self) -> None:
        self.page.goto(self.base_url + "/", wait_until="load")
        self.page.locator(".b12-launcher").wait_for(state="visible", timeout=5_000)

    def open(self) -> None:
        if self.page.locator(".b12-panel").is_hidden():
            self.page.locator(".b12-launcher").click()
        self.page.locator(".b12-input").wait_for(state="visible", timeout=5_000)

    def bot_count(self) -> int:
        return self.page.locator(".b12-bot").count()

    def wait_answer(self, before: int, timeout: float | None = None) -> None:
        """Wait until a new bot message arrived and the typing indicator is gone."""
        self.page.wait_for_function(
            "n => document.querySelectorAll('.b12-bot').length > n"
            " && document.querySelector('.b12-typing').hidden",
            arg=before,
            timeout=timeout or self.ANSWER_TIMEOUT,
        )

    def send(self, text: str, wait: bool = True) -> None:
        before = self.bot_count()
        self.page.locator(".b12-input").fill(text)
        self.page.locator(".b12-send").click()
        if wait:
            self.wait_answer(before)

    def storage(self) -> dict[str, object]:
        return self.page.evaluate(
            "() => { const k = Object.keys(localStorage).find(k => k.startsWith('b12chat:'));"
            " return k ? JSON.parse(localStorage.getItem(k)) : {}; }"
        )

    def shot(self, step: str) -> Path:
        self.shots += 1
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{self.name}-{self.shots:02d}-{step}.png"
        self.page.screenshot(path=str(path))
        return path


@pytest.fixture
def make_widget(
    browser: Browser,
    web_server: str,
    chat_server: ChatServer,
    request: pytest.FixtureRequest,
) -> Iterator:
    """Factory: ``make_widget("phone" | "desktop")`` -> a helper on a fresh browser context."""
    contexts: list[tuple[BrowserContext, Guard]] = []

    def make(viewport: str = "desktop", name: str | None = None,
             size: dict[str, int] | None = None) -> Widget:
        """``viewport``: "desktop", "phone" or one of ZOOMS; ``size`` overrides its size."""
        phone = viewport.startswith("phone")
        size_, scale = ZOOMS.get(viewport, (PHONE if phone else DESKTOP, 1))
        size = size or size_
        ctx = browser.new_context(
            viewport=size,
            device_scale_factor=scale,
            accept_downloads=True,
            has_touch=phone,
            is_mobile=phone,
        )
        ctx.set_default_timeout(10_000)
        guard = Guard(allowed={origin(web_server), origin(chat_server.url)})
        contexts.append((ctx, guard))
        page = ctx.new_page()
        page.on("request", lambda r: guard.requests.append(r.url))
        page.on("pageerror", lambda e: guard.errors.append(f"pageerror: {e}"))
        page.on(
            "console",
            lambda m: (
                guard.errors.append(f"console: {m.text}")
                if "Content Security Policy" in m.text or "Trusted Type" in m.text
                else None
            ),
        )

        def on_dialog(d: object) -> None:
            guard.dialogs.append(d.message)  # type: ignore[attr-defined]
            d.dismiss()  # type: ignore[attr-defined]

        page.on("dialog", on_dialog)
        test_name = request.node.originalname.removeprefix("test_")
        return Widget(page, ctx, web_server, guard, name or f"{test_name}-{viewport}")

    yield make
    problems: list[str] = []
    for ctx, guard in contexts:
        ctx.close()
        problems += [f"third-party request: {u}" for u in guard.foreign_requests()]
        problems += [f"dialog opened: {d}" for d in guard.dialogs]
        problems += guard.errors
    assert not problems, "\n".join(problems)


@pytest.fixture
def widget(make_widget) -> Widget:  # type: ignore[no-untyped-def]
    w = make_widget()
    w.goto()
    return w
