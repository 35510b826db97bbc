"""Load generator (asyncio + aiohttp), run as its own process by bench.run.

    python -m bench.load SPEC.json OUT.json

SPEC: {"url", "conversations": [[msg, ...], ...], "concurrency", "duration_s",
"timeout_s", "sender_prefix"}.  ``concurrency`` workers each take the next
conversation and play it turn by turn (a closed loop: a user waits for the
reply before typing again).  No conversation is started after ``duration_s``;
the ones in flight finish.  Every request has ``timeout_s``; the whole run is cut
at ``duration_s + 2 * timeout_s`` at the latest.  Only the given URL (loopback)
is contacted.

OUT: {"samples": [[turn, latency_s, ok], ...], "wall_s", "errors", "empty",
"error_kinds", "messages"}.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import aiohttp

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


async def _run(spec: dict[str, Any]) -> dict[str, Any]:
    url = spec["url"].rstrip("/") + "/webhooks/rest/webhook"
    if urlparse(url).hostname not in LOOPBACK:
        raise SystemExit(f"refusing non-loopback target {url}")
    convs: list[list[str]] = spec["conversations"]
    concurrency = int(spec["concurrency"])
    duration = float(spec["duration_s"])
    timeout = float(spec["timeout_s"])
    prefix = str(spec["sender_prefix"])
    queue: asyncio.Queue[tuple[int, list[str]]] = asyncio.Queue()
    for i, conv in enumerate(convs):
        queue.put_nowait((i, conv))
    samples: list[tuple[int, float, bool]] = []
    kinds: Counter[str] = Counter()
    empty = 0
    start = time.perf_counter()
    last_done = start

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal empty, last_done
        while time.perf_counter() - start < duration:
            try:
                idx, conv = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            sender = f"{prefix}-{idx}"
            for turn, message in enumerate(conv, start=1):
                t0 = time.perf_counter()
                ok = False
                try:
                    async with session.post(url, json={"sender": sender, "message": message},
                                            timeout=aiohttp.ClientTimeout(total=timeout)) as r:
                        body = await r.json(content_type=None)
                        ok = r.status == 200 and isinstance(body, list)
                        if not ok:
                            kinds[f"http {r.status}"] += 1
                        elif not body:
                            empty += 1
                except asyncio.TimeoutError:
                    kinds["timeout"] += 1
                except (aiohttp.ClientError, ValueError) as exc:
                    kinds[type(exc).__name__] += 1
                t1 = time.perf_counter()
                last_done = max(last_done, t1)
                samples.append((turn, t1 - t0, ok))
                if not ok:
                    break  # a broken conversation is not continued

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        tasks = [asyncio.create_task(worker(session)) for _ in range(concurrency)]
        _, pending = await asyncio.wait(tasks, timeout=duration + 2 * timeout)
        for task in pending:
            task.cancel()
            kinds["cut"] += 1
    return {
        "samples": samples,
        "wall_s": last_done - start,
        "messages": len(samples),
        "errors": sum(kinds.values()),
        "error_kinds": dict(kinds),
        "empty": empty,
    }


def main(argv: list[str]) -> int:
    spec = json.loads(Path(argv[0]).read_text())
    result = asyncio.run(_run(spec))
    Path(argv[1]).write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
