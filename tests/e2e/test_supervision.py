"""`make run` keeps serving when one of its servers dies (bot/ops/supervisor.py).

One stack started exactly as `make run` starts it (``python -m bot.ops.serve run``), on
free ports. Each server in turn is SIGKILLed (a crash). While it is down the others
serve: a red flag gets the emergency reply and a symptom report the safe advice, each
within a second. The supervisor starts it again (the time it took is printed and written
to artifacts/supervision/restart-times.json for the README), then a symptom check
completes. Rasa's restart continues a conversation from the tracker store. Ctrl-C after
the restarts leaves no process behind. Also: the action server answers on loopback only.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.ops.serve import READY_PATHS, free_port, http_ready, wait_http
from bot.settings import ROOT
from tests.support.replies import asks_onset, assert_safe_advice, texts, triage
from tests.support.stack import API_TOKEN, get_json, post_json

REPORT = ROOT / "artifacts" / "supervision" / "restart-times.json"
# How each child is told apart (its command line), as `ps` would show it.
MARKERS = {"actions": "rasa_sdk", "rasa": "bot.ops.rasa_main", "web": "bot.web.server"}
PORT_VARS = {"rasa": "RASA_PORT", "actions": "ACTION_PORT", "web": "WEB_PORT"}
REPLY_WITHIN_S = 1.0
RED_FLAG = "my speech went slurred all of a sudden"
SYMPTOM = "my feet have been tingling"


@dataclass
class Serving:
    proc: subprocess.Popen[bytes]
    ports: dict[str, int]
    log: Path
    restart_s: dict[str, float] = field(default_factory=dict)

    def url(self, name: str, path: str = "") -> str:
        return f"http://127.0.0.1:{self.ports[name]}{path}"

    def children(self) -> dict[str, int]:
        """The current pid of each server, from the launcher's children."""
        out = subprocess.run(["pgrep", "-P", str(self.proc.pid)], capture_output=True,
                             text=True).stdout
        found = {}
        for pid in map(int, out.split()):
            with contextlib.suppress(FileNotFoundError):
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
                if Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] == "Z":
                    continue  # died, not yet collected by the supervisor
                for name, marker in MARKERS.items():
                    if marker in cmdline:
                        found[name] = pid
        return found

    def send(self, sender: str, message: str) -> tuple[list[dict[str, Any]], float]:
        started = time.monotonic()
        replies = post_json(self.url("rasa", "/webhooks/rest/webhook"),
                            {"sender": sender, "message": message})
        return replies, time.monotonic() - started

    def tracker(self, sender: str) -> dict[str, Any]:
        return get_json(self.url("rasa", f"/conversations/{sender}/tracker?token={API_TOKEN}"))

    def kill(self, name: str) -> tuple[int, float]:
        """SIGKILL one server; returns its pid and when its port stopped answering."""
        pid = self.children()[name]
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while port_answers("127.0.0.1", self.ports[name]):
            assert time.monotonic() < deadline, f"{name} still answers after SIGKILL"
            time.sleep(0.02)
        return pid, time.monotonic()

    def wait_restarted(self, name: str, old_pid: int, killed_at: float,
                       timeout: float) -> float:
        """Seconds from the kill until a new process of ``name`` is ready."""
        deadline = killed_at + timeout
        url = self.url(name, READY_PATHS[name])
        while not http_ready(url, timeout=0.5):
            assert self.proc.poll() is None, "the launcher stopped: " + self.log_text()[-3000:]
            assert time.monotonic() < deadline, f"{name} not back after {timeout:.0f} s"
            time.sleep(0.05)
        took = round(time.monotonic() - killed_at, 1)
        assert self.children().get(name) not in (None, old_pid)
        self.restart_s[name] = took
        print(f"{name}: ready again {took} s after SIGKILL")
        return took

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


def port_answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def non_loopback_address() -> str | None:
    """An IPv4 address of this machine other than 127.x (the default route's source)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def sender(tag: str) -> str:
    return f"sup-{tag}-{uuid.uuid4().hex[:8]}"


def assert_red_flag_and_symptom_answered(serving: Serving, safe_advice: bool) -> None:
    """Sent together, right away: the emergency reply, and for the symptom report the
    safe advice (action server down) or the check's first question (it is up)."""
    with ThreadPoolExecutor(2) as pool:
        urgent = pool.submit(serving.send, sender("urgent"), RED_FLAG)
        report = pool.submit(serving.send, sender("report"), SYMPTOM)
        (urgent_replies, urgent_s), (report_replies, report_s) = urgent.result(), report.result()
    assert triage(urgent_replies) == ["emergency"], urgent_replies
    if safe_advice:
        assert_safe_advice(report_replies)
    else:
        assert report_replies[-1].get("buttons") and not triage(report_replies), report_replies
    assert urgent_s < REPLY_WITHIN_S and report_s < REPLY_WITHIN_S, (urgent_s, report_s)


def complete_symptom_check(serving: Serving, who: str, first: str | None = SYMPTOM) -> None:
    """From the report (or from where ``who`` is) to the provider advice."""
    if first is not None:
        asked, _ = serving.send(who, first)
        assert asks_onset(asked), asked
    risk, _ = serving.send(who, "gradually, over a few months")
    assert "Do any of these apply" in texts(risk), risk
    advice, _ = serving.send(who, "I'm vegan")
    assert triage(advice) == ["provider"] and "vegan" in texts(advice), advice


@pytest.fixture(scope="module")
def serving(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Serving]:
    workdir = tmp_path_factory.mktemp("supervision")
    ports = {name: free_port() for name in PORT_VARS}
    env = {**os.environ, **{PORT_VARS[n]: str(p) for n, p in ports.items()},
           "TRACKER_DB": str(workdir / "tracker.db"), "RASA_API_TOKEN": API_TOKEN}
    env.pop("ACTION_HOST", None)
    log = workdir / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "bot.ops.serve", "run"], cwd=ROOT,
                                env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    running = Serving(proc, ports, log)
    seen: set[int] = set()
    try:
        wait_http(running.url("web", READY_PATHS["web"]), 180, proc)
        seen.update(running.children().values())
        for message in (SYMPTOM, RED_FLAG):  # a first message costs more: not measured
            running.send(sender("warm-up"), message)
        yield running
    finally:
        seen.update(running.children().values())
        for pid in [proc.pid, *seen]:  # each server leads a process group of its own
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
        proc.wait()
        if running.restart_s:
            REPORT.parent.mkdir(parents=True, exist_ok=True)
            REPORT.write_text(json.dumps(running.restart_s, indent=2) + "\n")


def test_action_server_listens_on_loopback_only(serving: Serving) -> None:
    address = non_loopback_address()
    if address is None:
        pytest.skip("this machine has no address besides loopback")
    assert port_answers("127.0.0.1", serving.ports["actions"])
    assert not port_answers(address, serving.ports["actions"])
    assert port_answers(address, serving.ports["rasa"])  # the address itself is reachable


def test_action_server_killed(serving: Serving) -> None:
    rasa_pid = serving.children()["rasa"]
    old, killed_at = serving.kill("actions")
    assert_red_flag_and_symptom_answered(serving, safe_advice=True)
    faq, _ = serving.send(sender("faq"), "what foods have b12 in them")
    assert "Source:" in texts(faq) and not triage(faq)
    serving.wait_restarted("actions", old, killed_at, timeout=30)
    complete_symptom_check(serving, sender("after-actions"))
    assert serving.children()["rasa"] == rasa_pid, "Rasa must not have been restarted"
    assert f"actions (pid {old}) stopped unexpectedly (killed by SIGKILL); starting it " \
           "again in 1 s." in serving.log_text()


def test_demo_page_server_killed(serving: Serving) -> None:
    old, killed_at = serving.kill("web")
    assert_red_flag_and_symptom_answered(serving, safe_advice=False)
    serving.wait_restarted("web", old, killed_at, timeout=30)
    with urllib.request.urlopen(serving.url("web", "/"), timeout=5) as page:
        assert b"widget.js" in page.read()
    complete_symptom_check(serving, sender("after-web"))


def test_rasa_killed_and_the_conversation_goes_on(serving: Serving) -> None:
    who = sender("across-rasa")
    asked, _ = serving.send(who, SYMPTOM)
    assert asks_onset(asked), asked
    old, killed_at = serving.kill("rasa")
    # The others keep serving meanwhile.
    assert http_ready(serving.url("web", READY_PATHS["web"]))
    assert http_ready(serving.url("actions", READY_PATHS["actions"]))
    serving.wait_restarted("rasa", old, killed_at, timeout=120)
    complete_symptom_check(serving, who, first=None)  # from the tracker store
    said = [e["text"] for e in serving.tracker(who)["events"] if e["event"] == "user"]
    assert said == [SYMPTOM, "gradually, over a few months", "I'm vegan"]
    assert_red_flag_and_symptom_answered(serving, safe_advice=False)


def test_ctrl_c_after_restarts_leaves_nothing(serving: Serving) -> None:
    assert len(serving.restart_s) == 3, "run with the restart tests before it"
    old, _ = serving.kill("web")
    deadline = time.monotonic() + 30
    while serving.children().get("web") in (None, old):  # Ctrl-C while it starts again
        assert time.monotonic() < deadline, "the demo page server was not started again"
        time.sleep(0.05)
    children = list(serving.children().values())
    assert len(children) == 3, serving.children()
    os.killpg(serving.proc.pid, signal.SIGINT)  # what Ctrl-C in the terminal sends
    assert serving.proc.wait(timeout=30) == 0
    left = subprocess.run(["pgrep", "-g", ",".join(map(str, children))], capture_output=True,
                          text=True).stdout.split()
    assert left == [], f"left behind: {left}"
    for name, port in serving.ports.items():
        assert not port_answers("127.0.0.1", port), f"{name} still answers"
