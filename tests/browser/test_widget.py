"""Browser tests of the chat widget: real headless Chromium against the widget server and Rasa
(the fake from fake_rasa.py by default, the real stack when B12_RASA_URL is set).

Screenshots of every step go to artifacts/browser/.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.conftest import Widget

pytestmark = pytest.mark.timeout(60)

STATIC = Path(__file__).resolve().parents[2] / "bot" / "web" / "static"
REVERSIBLE = re.compile(r"revers|nerve damage", re.IGNORECASE)
EMERGENCY_MESSAGE = os.environ.get("B12_EMERGENCY_MESSAGE", "I suddenly lost vision in one eye")
QUICK_REPLY_MESSAGE = os.environ.get("B12_QUICK_REPLY_MESSAGE", "hello")
VIEWPORTS = ["desktop", "phone"]


def user_texts(w: Any) -> list[str]:
    return w.page.locator(".b12-user .b12-text").all_inner_texts()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_01_reversibility_answer(make_widget: Any, viewport: str) -> None:
    w = make_widget(viewport)
    w.goto()
    w.shot("page")
    w.open()
    w.shot("open")
    w.send("can symptoms be reversed")
    last = w.page.locator(".b12-bot").last
    expect(last.locator(".b12-text")).to_contain_text(REVERSIBLE)
    expect(w.page.locator(".b12-user .b12-text")).to_have_text(["can symptoms be reversed"])
    w.shot("answer")
    if w.page.locator(".b12-bot .b12-source").count():
        # The source line is shown apart from the answer, not inside its text.
        expect(last.locator(".b12-source")).to_have_text(re.compile(r"^Source: "))
        expect(last.locator(".b12-text")).not_to_contain_text("Source:")


def test_02_quick_reply(widget: Any) -> None:
    widget.open()
    widget.send(QUICK_REPLY_MESSAGE)
    buttons = widget.page.locator(".b12-bot").last.locator(".b12-reply")
    expect(buttons.first).to_be_visible()
    widget.shot("buttons")
    titles = buttons.all_inner_texts()
    chosen = next((t for t in titles if REVERSIBLE.search(t)), titles[0])
    before = widget.bot_count()
    widget.page.get_by_role("button", name=chosen, exact=True).click()
    widget.wait_answer(before)
    assert user_texts(widget)[-1] == chosen, "the button title is shown as the user's message"
    assert not any(t.startswith("/") for t in user_texts(widget)), "payloads are never displayed"
    if REVERSIBLE.search(chosen):
        expect(widget.page.locator(".b12-bot").last).to_contain_text(REVERSIBLE)
    # Quick replies of older messages are gone (only the latest bot message offers them).
    assert widget.page.locator(".b12-bot").nth(before - 1).locator(".b12-reply").count() == 0
    widget.shot("answered")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_03_emergency_banner(make_widget: Any, viewport: str) -> None:
    w = make_widget(viewport)
    w.goto()
    w.open()
    w.send(EMERGENCY_MESSAGE)
    banner = w.page.locator(".b12-emergency")
    expect(banner).to_be_visible()
    tel = banner.locator('a[href^="tel:"]')
    expect(tel).to_be_visible()
    assert re.fullmatch(r"tel:[0-9+*#]+", tel.get_attribute("href") or "")
    expect(w.page.locator(".b12-k-emergency")).to_have_count(1)
    w.shot("banner")
    # The banner stays at the top of the panel while the conversation goes on...
    w.send("can symptoms be reversed")
    for _ in range(2):
        w.send("what else should I know?")
    expect(banner).to_be_visible()
    expect(banner).to_be_in_viewport()
    panel_top = w.page.locator(".b12-panel").bounding_box()["y"]
    assert banner.bounding_box()["y"] - panel_top < 140, "banner is at the top of the panel"
    w.shot("banner-stays")
    # ... and across a reload (the panel stays closed, the launcher turns red), until dismissed.
    w.page.reload()
    expect(w.page.locator(".b12-launcher .b12-badge")).to_be_visible()
    w.open()
    expect(banner).to_be_visible()
    banner.get_by_role("button", name=re.compile("dismiss", re.IGNORECASE)).click()
    expect(banner).to_be_hidden()
    w.page.reload()
    w.open()
    expect(banner).to_be_hidden()
    expect(w.page.locator(".b12-launcher .b12-badge")).to_be_hidden()
    w.shot("dismissed")


def test_03b_provider_advice_styled(widget: Any) -> None:
    # Everything the rules need in one message, so the advice comes at once.
    message = os.environ.get(
        "B12_PROVIDER_MESSAGE", "my vegan son has been tired and pale for months"
    )
    widget.open()
    widget.send("can symptoms be reversed")
    widget.send(message)
    advice = widget.page.locator(".b12-k-advice")
    expect(advice.first).to_be_visible()
    expect(advice.first.locator(".b12-label")).to_have_text("Advice")
    plain = widget.page.locator(".b12-bot:not(.b12-k-advice)").first
    style = "e => getComputedStyle(e).backgroundColor"
    assert advice.first.evaluate(style) != plain.evaluate(style), (
        "advice looks different from answers"
    )
    expect(widget.page.locator(".b12-emergency")).to_be_hidden()
    widget.shot("advice")


def test_04_reload_keeps_history_start_over_erases(widget: Any, chat_server: Any) -> None:
    widget.open()
    widget.send("can symptoms be reversed")
    sender = widget.storage()["sender"]
    assert isinstance(sender, str) and len(sender) >= 16
    texts = widget.page.locator(".b12-msg").all_inner_texts()
    widget.page.reload()
    widget.open()
    expect(widget.page.locator(".b12-msg")).to_have_count(len(texts))
    assert widget.page.locator(".b12-msg").all_inner_texts() == texts
    assert widget.storage()["sender"] == sender
    widget.shot("after-reload")
    with widget.page.expect_response(
        lambda r: r.request.method == "POST" and r.url.endswith("/webhooks/rest/erase"),
        timeout=5_000,
    ) as erased:
        widget.page.get_by_role("button", name="Start over").click()
        widget.page.get_by_role("button", name="Clear conversation").click()
    assert json.loads(erased.value.request.post_data or "{}") == {"sender": sender}
    assert erased.value.ok
    if getattr(chat_server, "running", None):  # the real stack: nothing of it is left on the server
        with sqlite3.connect(chat_server.running.settings.tracker_db) as db:
            rows = db.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,))
            assert rows.fetchone()[0] == 0
    expect(widget.page.locator(".b12-msg")).to_have_count(0)
    assert not widget.storage().get("sender")
    assert widget.storage().get("items") == []
    widget.page.reload()
    expect(widget.page.locator(".b12-msg")).to_have_count(0)
    widget.shot("started-over")
    # A new conversation gets a new sender id.
    widget.open()
    widget.send("can symptoms be reversed")
    assert widget.storage()["sender"] not in (None, sender)


def test_05_html_is_shown_as_text(widget: Any) -> None:
    payload = "<img src=x onerror=alert(1)>"
    widget.open()
    widget.page.evaluate(
        "window.__b12created = []; new MutationObserver(ms => ms.forEach(m => m.addedNodes"
        ".forEach(n => n.nodeType === 1 && n.querySelectorAll && __b12created.push(n.tagName,"
        " ...[...n.querySelectorAll('*')].map(e => e.tagName))))).observe(document.body,"
        " {childList: true, subtree: true})"
    )
    widget.send(payload)
    expect(widget.page.locator(".b12-user .b12-text").last).to_have_text(payload)
    widget.page.wait_for_timeout(300)  # give a would-be onerror handler time to fire
    assert widget.guard.dialogs == []
    assert widget.page.locator("img").count() == 0
    created = set(widget.page.evaluate("window.__b12created"))
    assert "IMG" not in created and created <= {"LI", "P", "SPAN", "DIV", "BUTTON", "TIME"}, created
    widget.shot("literal")


def test_05b_widget_never_uses_html_sinks() -> None:
    js = (STATIC / "widget.js").read_text()
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ):
        assert sink not in js.replace("never innerHTML", ""), sink


def test_06_keyboard_only(widget: Any) -> None:
    page = widget.page
    focused = "() => document.activeElement && document.activeElement.className"
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate(focused) == "b12-launcher":
            break
    assert page.evaluate(focused) == "b12-launcher"
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") != "none"
    widget.shot("launcher-focused")
    page.keyboard.press("Enter")
    expect(page.locator(".b12-panel")).to_be_visible()
    assert page.evaluate(focused) == "b12-input", "opening moves focus into the message field"
    before = widget.bot_count()
    page.keyboard.type(QUICK_REPLY_MESSAGE)
    page.keyboard.press("Enter")
    widget.wait_answer(before)
    expect(page.locator(".b12-user .b12-text")).to_have_text([QUICK_REPLY_MESSAGE])
    for _ in range(8):
        page.keyboard.press("Shift+Tab")
        if page.evaluate(focused) == "b12-reply":
            break
    assert page.evaluate(focused) == "b12-reply", "a quick reply is reachable by keyboard"
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") != "none"
    title = page.evaluate("() => document.activeElement.textContent")
    widget.shot("reply-focused")
    before = widget.bot_count()
    page.keyboard.press("Enter")
    widget.wait_answer(before)
    assert user_texts(widget)[-1] == title
    widget.shot("reply-chosen")
    page.keyboard.press("Escape")
    expect(page.locator(".b12-panel")).to_be_hidden()
    assert page.evaluate(focused) == "b12-launcher", "closing returns focus to the launcher"
    widget.shot("closed")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_07_accessibility_scan(make_widget: Any, viewport: str) -> None:
    w = make_widget(viewport)
    w.goto()
    # axe-core bundled with axe-playwright-python, injected from disk (no network).
    axe = Axe()

    def serious() -> list[str]:
        results = axe.run(w.page)
        return [
            f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    assert serious() == [], "closed widget"
    w.open()
    w.send(QUICK_REPLY_MESSAGE)
    w.send("can symptoms be reversed")
    w.send(EMERGENCY_MESSAGE)
    expect(w.page.locator(".b12-emergency")).to_be_visible()
    w.shot("scanned-chat")
    assert serious() == [], "open widget with answers, quick replies and emergency banner"
    w.page.get_by_role("button", name="Save summary").click()
    w.shot("scanned-summary")
    assert serious() == [], "summary view"
    version = w.page.evaluate("axe.version")
    assert version == "4.12.1", f"axe-core version changed: {version}"


def test_08_server_down_and_back(widget: Any, chat_server: Any) -> None:
    widget.open()
    widget.send("can symptoms be reversed")
    answered = widget.bot_count()
    chat_server.stop()
    try:
        widget.send("are eggs a good source?", wait=False)
        status = widget.page.locator(".b12-status")
        expect(status).to_contain_text(re.compile("cannot reach", re.IGNORECASE), timeout=10_000)
        expect(status.get_by_role("button", name="Retry now")).to_be_visible()
        expect(widget.page.locator(".b12-user").last.locator(".b12-queued")).to_be_visible()
        widget.shot("offline")
    finally:
        chat_server.start()
    # The widget reconnects by itself and delivers the message that failed.
    expect(widget.page.locator(".b12-queued")).to_have_count(0, timeout=25_000)
    widget.wait_answer(answered)
    expect(widget.page.locator(".b12-status")).not_to_contain_text(
        re.compile("cannot reach", re.IGNORECASE)
    )
    widget.shot("recovered")
    widget.send("can symptoms be reversed")
    expect(widget.page.locator(".b12-bot").last).to_contain_text(REVERSIBLE)


def test_09_save_summary(widget: Any) -> None:
    widget.open()
    widget.send(EMERGENCY_MESSAGE)
    widget.page.get_by_role("button", name="Save summary").click()
    summary = widget.page.locator(".b12-sum-text")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text(EMERGENCY_MESSAGE)
    widget.shot("summary")
    with widget.page.expect_download(timeout=5_000) as dl:
        widget.page.get_by_role("button", name=re.compile("Download")).click()
    text = Path(dl.value.path()).read_text(encoding="utf-8")
    assert EMERGENCY_MESSAGE in text and "[Urgent]" in text and "WHAT I REPORTED" in text
    widget.page.get_by_role("button", name="Back to chat").click()
    expect(widget.page.locator(".b12-input")).to_be_focused()


def test_10_server_headers(web_server: str, chat_server: Any) -> None:
    import urllib.request

    with urllib.request.urlopen(web_server + "/") as resp:
        csp = resp.headers["Content-Security-Policy"]
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
        page = resp.read().decode()
    assert "script-src 'self'" in csp and "style-src 'self'" in csp and "unsafe" not in csp
    assert re.search(r"connect-src " + re.escape(chat_server.url.rstrip("/")) + r"(;|$)", csp)
    assert "<script>" not in page and "style=" not in page and "<style" not in page
    for name in ("widget.js", "widget.css", "index.html", "demo.css"):
        assert not re.search(
            r"(https?:)?//(?!www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}",
            (STATIC / name).read_text(),
        ), name


def test_11_typing_indicator(widget: Any, chat_server: Any) -> None:
    # Hold the answer back for a moment (works with the real server and the fake).
    def delayed(route: Any) -> None:
        time.sleep(1.5)
        route.continue_()

    widget.page.route("**/webhooks/rest/webhook", delayed)
    widget.open()
    widget.send("can symptoms be reversed", wait=False)
    typing = widget.page.locator(".b12-typing")
    expect(typing).to_be_visible(timeout=1_000)
    widget.shot("typing")
    widget.wait_answer(0)
    expect(typing).to_be_hidden()


def test_12_two_tabs_share_one_conversation(make_widget: Any) -> None:
    """Tabs of one browser are one person: one sender id, and each tab shows the other's turns."""
    first = make_widget(name="two-tabs-a")
    first.goto()
    first.open()
    second = Widget(first.context.new_page(), first.context, first.base_url, first.guard,
                    "two-tabs-b")
    second.goto()
    first.send("my feet have been tingling for weeks")
    second.open()
    expect(second.page.locator(".b12-user .b12-text")).to_have_text(
        ["my feet have been tingling for weeks"])
    # Ask in the second tab; the first tab follows, and both talk as the same sender.
    second.send("what is vitamin b12")
    expect(first.page.locator(".b12-user .b12-text")).to_have_text(
        ["my feet have been tingling for weeks", "what is vitamin b12"])
    assert second.storage()["sender"] == first.storage()["sender"]
    # Start over in one tab clears both.
    second.page.get_by_role("button", name="Start over").click()
    second.page.get_by_role("button", name="Clear conversation").click()
    expect(first.page.locator(".b12-msg")).to_have_count(0)


def test_13_two_people_never_see_each_other(make_widget: Any, chat_server: Any) -> None:
    alice, bob = make_widget(name="alice"), make_widget(name="bob")
    for w in (alice, bob):
        w.goto()
        w.open()
    alice.send("I'm vegan and my feet tingle")
    bob.send(EMERGENCY_MESSAGE)
    assert alice.storage()["sender"] != bob.storage()["sender"]
    assert user_texts(alice) == ["I'm vegan and my feet tingle"]
    assert user_texts(bob) == [EMERGENCY_MESSAGE]
    expect(bob.page.locator(".b12-emergency")).to_be_visible()
    expect(alice.page.locator(".b12-emergency")).to_be_hidden()
    if getattr(chat_server, "running", None):
        slots = chat_server.running.tracker(alice.storage()["sender"])["slots"]
        assert slots["risk_factors"] == ["vegetarian_vegan"]
        assert chat_server.running.tracker(bob.storage()["sender"])["slots"]["triage_level"] == (
            "emergency")
