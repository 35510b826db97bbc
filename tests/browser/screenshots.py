"""The widget's screenshot set, regenerated from the code, so the pictures cannot drift:
desktop and phone, each at the start, an FAQ answer, provider advice and an emergency.

    make screenshots                               # the real stack (trained model)
    python -m tests.browser.screenshots --fake     # the fake Rasa (tests/browser/fake_rasa.py)

Writes build/screenshots/<viewport>-<n>-<state>.png (build/ is not in git).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from bot.settings import ROOT
from tests.browser.conftest import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    FAKE_RASA,
    PHONE,
    Proc,
    default_origins,
)
from tests.browser.test_widget import EMERGENCY_MESSAGE
from tests.browser.test_widget_safety import PROVIDER_MESSAGE
from tests.support.stack import free_port, start_stack

OUT = ROOT / "build" / "screenshots"
STEPS = [("start", None), ("faq-answer", "can symptoms be reversed"),
         ("provider-advice", PROVIDER_MESSAGE), ("emergency", EMERGENCY_MESSAGE)]


def shoot(page: Page, base_url: str, out: Path, prefix: str) -> list[Path]:
    paths = []
    for n, (state, message) in enumerate(STEPS, 1):
        page.goto(base_url + "/")
        page.evaluate("localStorage.clear()")  # each picture is one fresh conversation
        page.reload()
        page.locator(".b12-launcher").click()
        if message:
            page.locator(".b12-input").fill(message)
            page.locator(".b12-send").click()
            page.wait_for_function("() => document.querySelector('.b12-bot')"
                                   " && document.querySelector('.b12-typing').hidden")
        path = out / f"{prefix}-{n}-{state}.png"
        page.screenshot(path=str(path))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fake", action="store_true", help="use the fake Rasa server")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    procs: list[Proc] = []
    running = None
    try:
        if args.fake:
            web_port, rasa_port = free_port(), free_port()
            rasa = f"http://127.0.0.1:{rasa_port}"
            procs.append(Proc([sys.executable, str(FAKE_RASA), "--port", str(rasa_port),
                               "--cors", *default_origins(web_port)], rasa + "/webhooks/rest/"))
            web = f"http://127.0.0.1:{web_port}"
            procs.append(Proc([sys.executable, "-m", "bot.web.server", "--host", "127.0.0.1",
                               "--port", str(web_port), "--rasa-url", rasa], web + "/healthz"))
            for proc in procs:
                proc.start()
        else:
            running = start_stack(Path(tempfile.mkdtemp(prefix="b12-shots-")))
            running.stack.start_web()
            web = running.web_url
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, size, phone in (("desktop", DESKTOP, False), ("phone", PHONE, True)):
                ctx = browser.new_context(viewport=size, is_mobile=phone, has_touch=phone)
                for path in shoot(ctx.new_page(), web, args.out, name):
                    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
                ctx.close()
            browser.close()
    finally:
        for proc in procs:
            proc.stop()
        if running:
            running.stack.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
