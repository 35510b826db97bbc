"""Browser tests of issue #15: the widget never loses a message, never hides the emergency,
and stays usable at any zoom. Each test failed on the widget before #15 (see the README).

The Rasa server is made unreachable by failing the widget's requests in the browser
(page.route), so these tests need no server restart and run on the fake and the real stack.
"""

from __future__ import annotations

import json
import re
import time
import urllib.request
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, Route, expect

from bot import settings
from tests.browser.conftest import ZOOMS, Widget
from tests.browser.test_widget import EMERGENCY_MESSAGE, QUICK_REPLY_MESSAGE, REVERSIBLE, user_texts

pytestmark = pytest.mark.timeout(90)

WEBHOOK = "**/webhooks/rest/webhook"
REST = "**/webhooks/rest/**"
PROVIDER_MESSAGE = "my vegan son has been tired and pale for months"
BIG_FONT = 32  # px, the largest browser font size setting


def zoomed(make_widget: Any, zoom: str) -> Widget:
    """A widget at a browser zoom of ZOOMS, or at a 32 px default font size ("font-32")."""
    w = make_widget("desktop" if zoom == "font-32" else zoom, name=f"{zoom}")
    if zoom == "font-32":
        cdp = w.context.new_cdp_session(w.page)
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": BIG_FONT, "fixed": BIG_FONT}})
    w.goto()
    return w


def fully_reachable(page: Page, selector: str) -> None:
    """The element is inside the viewport and nothing covers its centre."""
    box = page.locator(selector).bounding_box()
    assert box, f"{selector} is not shown"
    vw, vh = page.evaluate("[innerWidth, innerHeight]")
    assert box["x"] >= -0.5 and box["y"] >= -0.5, f"{selector} starts off-screen: {box}"
    assert box["x"] + box["width"] <= vw + 0.5 and box["y"] + box["height"] <= vh + 0.5, (
        f"{selector} ends off-screen: {box} in {vw}x{vh}")
    hit = page.evaluate(
        "([s, x, y]) => { const e = document.elementFromPoint(x, y);"
        " return !!e && document.querySelector(s).contains(e); }",
        [selector, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert hit, f"{selector} is covered"


def violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
            for v in results.response["violations"]]


def hold_answers(page: Page) -> list[Route]:
    """The first request to the webhook waits in the browser until released (a slow answer);
    later ones go through."""
    held: list[Route] = []
    page.route(WEBHOOK, lambda route: route.continue_() if held else held.append(route))
    return held


def wait_held(w: Widget, held: list[Route], n: int = 1) -> None:
    for _ in range(100):
        if len(held) >= n:
            return
        w.page.wait_for_timeout(50)
    raise AssertionError("the widget sent nothing")


# 1 ----------------------------------------------------------------------------------
def test_offline_queue_keeps_every_message_in_order(widget: Widget) -> None:
    page = widget.page
    widget.open()
    widget.send("can symptoms be reversed")
    page.route(REST, lambda route: route.abort("connectionrefused"))  # Rasa unreachable
    widget.send(EMERGENCY_MESSAGE, wait=False)
    status = page.locator(".b12-status")
    expect(status).to_contain_text(re.compile("cannot reach", re.IGNORECASE))
    # The offline notice itself says whom to call.
    expect(status.locator('a[href^="tel:"]')).to_have_text(settings.emergency_number())
    widget.send("hello?", wait=False)
    expect(page.locator(".b12-user .b12-queued")).to_have_count(2)
    widget.shot("queued")
    # A reload while offline keeps both, still waiting.
    page.reload()
    widget.open()
    expect(page.locator(".b12-user .b12-queued")).to_have_count(2)
    page.unroute(REST)  # the server is back: both are sent, in order
    expect(page.locator(".b12-queued")).to_have_count(0, timeout=25_000)
    expect(page.locator(".b12-k-emergency").first).to_be_visible(timeout=15_000)
    expect(page.locator(".b12-emergency")).to_be_visible()
    expect(page.locator(".b12-msg").last).to_have_class(re.compile(r"\bb12-bot\b"), timeout=15_000)
    whos = page.locator(".b12-msg").evaluate_all(
        "ms => ms.map(m => m.classList.contains('b12-user') ? 'user:' +"
        " m.querySelector('.b12-text').textContent : (m.classList.contains('b12-k-emergency')"
        " ? 'urgent' : 'bot'))")
    i = whos.index("user:" + EMERGENCY_MESSAGE)
    assert whos[i + 1] == "urgent", whos
    assert whos.index("user:hello?") > i + 1 and whos[-1] in ("bot", "urgent"), whos
    widget.shot("delivered")


# 2 ----------------------------------------------------------------------------------
def test_reload_during_answer_shows_what_the_server_answered(widget: Widget,
                                                            chat_server: Any) -> None:
    page = widget.page
    widget.open()
    held = hold_answers(page)
    widget.send(EMERGENCY_MESSAGE, wait=False)
    wait_held(widget, held)
    body = held[0].request.post_data or ""
    # The server receives and answers the message; the page is reloaded before the answer.
    req = urllib.request.Request(chat_server.url + "/webhooks/rest/webhook", data=body.encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert any((m.get("custom") or {}).get("triage") == "emergency"
                   for m in json.loads(resp.read()))
    page.reload()  # (the held request dies with the page; unroute would release it)
    # The panel stays closed after a reload; the launcher shows the emergency.
    expect(page.locator(".b12-launcher .b12-badge")).to_be_visible(timeout=15_000)
    widget.open()
    expect(page.locator(".b12-emergency")).to_be_visible()
    expect(page.locator(".b12-k-emergency")).to_have_count(1)
    assert user_texts(widget) == [EMERGENCY_MESSAGE], "asked once, shown once"
    widget.shot("recovered")
    if getattr(chat_server, "running", None):  # the turn ran once on the server
        sender = str(widget.storage()["sender"])
        events = chat_server.running.tracker(sender)["events"]
        assert [e["text"] for e in events if e["event"] == "user"] == [EMERGENCY_MESSAGE]


# 3 ----------------------------------------------------------------------------------
@pytest.mark.parametrize("zoom", [*ZOOMS, "font-32"])
def test_zoom_keeps_call_button_and_message_box_reachable(make_widget: Any, zoom: str) -> None:
    w = zoomed(make_widget, zoom)
    if zoom == "font-32":
        assert w.page.evaluate("getComputedStyle(document.documentElement).fontSize") == "32px"
    w.open()
    w.send(EMERGENCY_MESSAGE)
    w.send("can symptoms be reversed")
    w.shot("emergency")
    fully_reachable(w.page, ".b12-tel")
    fully_reachable(w.page, ".b12-input")
    fully_reachable(w.page, ".b12-close")
    # Reflow: nothing needs scrolling sideways; the first message can still be reached.
    assert w.page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    first = w.page.locator(".b12-user").first
    first.scroll_into_view_if_needed()
    assert first.bounding_box()["y"] >= 0
    fully_reachable(w.page, ".b12-tel")
    fully_reachable(w.page, ".b12-input")
    # The widget's sizes follow the reader's font size (rem), not fixed pixels.
    size = w.page.evaluate("parseFloat(getComputedStyle(document.querySelector('.b12-input'))"
                           ".fontSize) / parseFloat(getComputedStyle(document.documentElement)"
                           ".fontSize)")
    assert size == 1


# 4 ----------------------------------------------------------------------------------
def test_emergency_while_panel_closed_shows_on_launcher(widget: Widget) -> None:
    page = widget.page
    widget.open()
    held = hold_answers(page)
    widget.send(EMERGENCY_MESSAGE, wait=False)
    wait_held(widget, held)
    page.keyboard.press("Escape")  # closed before the answer arrives
    expect(page.locator(".b12-panel")).to_be_hidden()
    held[0].continue_()
    launcher = page.locator(".b12-launcher")
    expect(launcher.locator(".b12-badge")).to_be_visible()
    expect(launcher).to_have_accessible_name(re.compile("urgent", re.IGNORECASE))
    assert launcher.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(164, 0, 29)"
    # Announced from outside the (hidden) panel.
    region = page.locator('[aria-live="assertive"]')
    expect(region).to_contain_text(re.compile("emergency", re.IGNORECASE))
    expect(region).to_contain_text("Call " + settings.emergency_number())
    assert region.evaluate("e => !e.closest('#b12-panel')")
    widget.shot("closed-emergency")


# 5 ----------------------------------------------------------------------------------
def test_start_of_new_reply_in_view_and_buttons_wrap(make_widget: Any) -> None:
    w = make_widget("phone", size={"width": 360, "height": 520})
    w.goto()
    w.open()
    w.send(QUICK_REPLY_MESSAGE)
    # Quick replies share rows instead of one per line.
    buttons = w.page.locator(".b12-bot").last.locator(".b12-reply")
    tops = {round(b["y"]) for b in (x.bounding_box() for x in buttons.all())}
    assert buttons.count() >= 2 and len(tops) < buttons.count(), tops
    w.send("can symptoms be reversed")
    start = w.page.locator(".b12-bot").last.bounding_box()
    log = w.page.locator(".b12-log").bounding_box()
    assert log["y"] - 1 <= start["y"] < log["y"] + log["height"] / 2, (start, log)
    w.shot("reply-start")


# 6 ----------------------------------------------------------------------------------
def test_panel_itself_never_scrolls(widget: Widget) -> None:
    page = widget.page
    widget.open()
    for text in (QUICK_REPLY_MESSAGE, "can symptoms be reversed", EMERGENCY_MESSAGE):
        widget.send(text)
    page.evaluate("() => { document.querySelectorAll('#b12-panel .b12-sr, .b12-msg')"
                  ".forEach(e => e.scrollIntoView()); document.querySelector('#b12-panel')"
                  ".scrollTop = 9999; }")
    panel = page.locator(".b12-panel")
    assert panel.evaluate("e => e.scrollTop") == 0
    assert page.locator(".b12-head").bounding_box()["y"] - panel.bounding_box()["y"] <= 1
    expect(page.locator(".b12-emergency")).to_be_in_viewport()


# 7 ----------------------------------------------------------------------------------
def test_kept_for_a_bounded_time_not_reopened_start_over_confirms(widget: Widget) -> None:
    page = widget.page
    widget.open()
    hours = f"{settings.widget_keep_hours():g} hours"
    expect(page.locator(".b12-kept")).to_contain_text(
        re.compile(f"kept on this device for {hours}.*Start over"))
    widget.send(EMERGENCY_MESSAGE)
    page.reload()
    expect(page.locator(".b12-panel")).to_be_hidden()  # not reopened by itself
    widget.open()
    # Start over asks first, and says that the emergency advice goes too.
    page.get_by_role("button", name="Start over").click()
    confirm = page.locator(".b12-confirm")
    expect(confirm).to_contain_text(re.compile("emergency advice", re.IGNORECASE))
    expect(confirm).to_contain_text("call " + settings.emergency_number())
    page.get_by_role("button", name="Cancel").click()
    expect(page.locator(".b12-emergency")).to_be_visible()
    assert user_texts(widget) == [EMERGENCY_MESSAGE]
    # Older than the setting: gone at the next visit, and erased on the server.
    sender = widget.storage()["sender"]
    page.evaluate("""h => { const k = Object.keys(localStorage).find(k => k.startsWith('b12chat:'));
        const s = JSON.parse(localStorage.getItem(k)); s.updated = Date.now() - h * 3600e3 - 60e3;
        localStorage.setItem(k, JSON.stringify(s)); }""", settings.widget_keep_hours())
    with page.expect_request(lambda r: r.url.endswith("/webhooks/rest/erase")) as erased:
        page.reload()
    assert json.loads(erased.value.post_data or "{}") == {"sender": sender}
    widget.open()
    expect(page.locator(".b12-msg")).to_have_count(0)
    expect(page.locator(".b12-emergency")).to_be_hidden()


# 8 ----------------------------------------------------------------------------------
def test_counter_near_the_limit_and_no_silent_cut(widget: Widget, chat_server: Any) -> None:
    page = widget.page
    limit = settings.max_message_chars()
    widget.open()
    counter = page.locator(".b12-count")
    page.locator(".b12-input").fill("tingling " * (limit // 20))
    expect(counter).to_be_hidden()
    long = ("my feet tingle " * (limit // 14 + 10))[: limit + 100].strip()
    page.locator(".b12-input").fill(long)
    expect(counter).to_be_visible()
    expect(counter).to_contain_text(f"{len(long):,} of {limit:,}")
    expect(counter).to_contain_text("shorter")
    with page.expect_request(WEBHOOK) as sent:
        page.locator(".b12-send").click()
    assert json.loads(sent.value.post_data or "{}")["message"] == long, "sent whole, not cut"
    widget.wait_answer(0)
    expect(page.locator(".b12-user .b12-text")).to_have_text([long])
    if not chat_server.is_fake:  # the server's own limit answers politely
        expect(page.locator(".b12-bot").first).to_contain_text("shorter message")


# 9 ----------------------------------------------------------------------------------
def test_typed_slash_text_is_text_not_a_command(widget: Widget) -> None:
    page = widget.page
    widget.open()
    # Quick-reply payloads are still sent as they are.
    widget.send(QUICK_REPLY_MESSAGE)
    button = page.locator(".b12-bot").last.locator(".b12-reply").first
    before = widget.bot_count()
    with page.expect_request(WEBHOOK) as sent:
        button.click()
    assert json.loads(sent.value.post_data or "{}")["message"].startswith("/")
    widget.wait_answer(before)
    for typed in ("/restart", '/inform{"onset":"sudden"}'):
        with page.expect_request(WEBHOOK) as sent:
            widget.send(typed)
        message = json.loads(sent.value.post_data or "{}")["message"]
        assert message.strip() != typed and not message.lstrip().startswith("/"), message
        assert message.endswith(typed)
    assert user_texts(widget)[-2:] == ["/restart", '/inform{"onset":"sudden"}']
    expect(page.locator(".b12-emergency")).to_be_hidden()


# 10 ---------------------------------------------------------------------------------
def test_rtl_dark_mode_and_readable_times(make_widget: Any) -> None:
    w = make_widget("desktop")
    w.page.emulate_media(color_scheme="dark")
    w.goto()
    w.open()
    arabic = "هل يمكن علاج أعراض نقص فيتامين ب12"
    w.page.locator(".b12-input").fill(arabic)
    assert w.page.locator(".b12-input").evaluate("e => getComputedStyle(e).direction") == "rtl"
    w.page.locator(".b12-send").click()
    w.wait_answer(0)
    text = w.page.locator(".b12-user .b12-text").first
    assert text.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert w.page.locator(".b12-intro p").first.evaluate(
        "e => getComputedStyle(e).direction") == "ltr"
    bg = w.page.locator(".b12-panel").evaluate("e => getComputedStyle(e).backgroundColor")
    assert sum(int(c) for c in re.findall(r"\d+", bg)[:3]) < 3 * 64, f"dark panel, got {bg}"
    for t in w.page.locator(".b12-msg time").all():
        stamp = t.get_attribute("datetime") or ""
        assert abs(time.time() - time.mktime(time.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S"))
                   + time.timezone) < 600, stamp
        assert re.search(r"\d", t.inner_text())
    assert w.page.locator(".b12-msg time").count() == w.page.locator(".b12-msg").count()
    w.send(EMERGENCY_MESSAGE)
    w.shot("dark")
    assert violations(w.page) == [], "dark mode"


# 11 ---------------------------------------------------------------------------------
def test_demo_works_at_both_loopback_names(make_widget: Any, web_server: str) -> None:
    for host in ("127.0.0.1", "localhost"):
        w = make_widget("desktop", name=f"loopback-{host}")
        w.base_url = web_server.replace("127.0.0.1", host)
        w.guard.allowed.add(w.base_url)
        w.goto()
        w.open()
        w.send("can symptoms be reversed")
        expect(w.page.locator(".b12-bot").last).to_contain_text(REVERSIBLE)
        expect(w.page.locator(".b12-status")).not_to_contain_text(re.compile("reach|connection"))


def test_banner_text_scrolls_with_a_cue(widget: Widget) -> None:
    widget.open()
    widget.send(EMERGENCY_MESSAGE)
    text = widget.page.locator(".b12-em-text")
    assert text.get_attribute("tabindex") == "0"
    assert "gradient" in text.evaluate("e => getComputedStyle(e).backgroundImage")


# axe: every state, desktop and phone, and at 200 % zoom -----------------------------
@pytest.mark.parametrize("view", ["desktop", "phone", "desktop-200"])
def test_axe_every_state(make_widget: Any, view: str) -> None:
    w = zoomed(make_widget, view)
    page = w.page
    found: dict[str, list[str]] = {"closed": violations(page)}
    w.open()
    found["open"] = violations(page)
    w.send(QUICK_REPLY_MESSAGE)
    w.send(PROVIDER_MESSAGE)
    w.send(EMERGENCY_MESSAGE)
    found["answers, advice, emergency"] = violations(page)
    page.get_by_role("button", name="Start over").click()
    found["start over?"] = violations(page)
    page.get_by_role("button", name="Cancel").click()
    page.locator(".b12-input").fill("x" * settings.max_message_chars())
    found["counter"] = violations(page)
    page.locator(".b12-input").fill("")
    page.route(REST, lambda route: route.abort("connectionrefused"))
    w.send("hello?", wait=False)
    expect(page.locator(".b12-status")).to_contain_text(re.compile("cannot reach", re.I))
    found["offline"] = violations(page)
    page.unroute(REST)
    page.keyboard.press("Escape")
    found["closed, emergency"] = violations(page)
    w.open()
    page.get_by_role("button", name="Save summary").click()
    found["summary"] = violations(page)
    assert {k: v for k, v in found.items() if v} == {}
