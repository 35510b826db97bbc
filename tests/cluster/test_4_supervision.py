"""`make run-cluster`'s supervisor (bot/ops/supervisor.py over Cluster.programs()): every
kind of process SIGKILLed at once comes back, and the cluster answers through nginx again.

The restart times go to artifacts/cluster/restart-times.json (README: Supervision).
"""

from __future__ import annotations

import json
import os
import re
import signal
import time
import uuid

from bot.ops.cluster import Cluster
from bot.ops.supervisor import Supervisor
from bot.settings import ROOT
from tests.cluster.chat import send, triage

VICTIMS = ("postgres", "redis", "nginx", "actions-0", "rasa-1", "web")
REPORT = ROOT / "artifacts" / "cluster" / "restart-times.json"


def test_every_kind_of_process_is_started_again(two_replicas: Cluster) -> None:
    cluster = two_replicas
    lines: list[str] = []
    supervisor = Supervisor(cluster.programs(), cluster.stack.procs, log=lines.append)
    for name in VICTIMS:
        os.kill(cluster.stack.procs[name].pid, signal.SIGKILL)
    deadline = time.monotonic() + 240
    ready = re.compile(r"^(\S+) is ready again \(pid \d+\), ([\d.]+) s after it stopped\.$")
    while True:
        supervisor.tick()
        back = {m[1]: float(m[2]) for m in map(ready.match, lines) if m}
        if set(back) >= set(VICTIMS):
            break
        assert time.monotonic() < deadline, lines
        time.sleep(0.2)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(back, indent=2) + "\n")
    print(json.dumps(back))
    assert not [line for line in lines if "CRASH LOOP" in line], lines

    # Through nginx, with the database and locks restarted underneath.
    who = "sup-" + uuid.uuid4().hex[:8]
    assert triage(send(cluster.url, who, "my speech went slurred all of a sudden")) == [
        "emergency"]
    other = "sup-form-" + uuid.uuid4().hex[:8]
    send(cluster.url, other, "my feet have been tingling")
    send(cluster.url, other, "gradually, over a few months")
    assert triage(send(cluster.url, other, "I'm vegan")) == ["provider"]
