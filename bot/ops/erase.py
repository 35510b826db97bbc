"""Erase conversations from the tracker store: ``python -m bot.ops.erase SENDER_ID [...]``.

``make erase SENDER=<id>`` runs it. Reads the store from endpoints.yml with the
server's settings (bot/ops/serve.py: the environment, else the embedded defaults), so it
erases wherever the server stores.
The widget's "Start over" does the same through ``POST /webhooks/rest/erase``.
"""

from __future__ import annotations

import os
import sys

from bot.settings import ROOT, Settings


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    from rasa.core.tracker_store import TrackerStore
    from rasa.core.utils import read_endpoints_from_path

    os.environ.update(Settings.from_env().endpoint_env())  # Rasa needs every ${VAR} set
    endpoints = read_endpoints_from_path(ROOT / "endpoints.yml")
    store = TrackerStore.create(endpoints.tracker_store)
    if not hasattr(store, "erase"):
        print(f"{type(store).__name__} cannot erase conversations.", file=sys.stderr)
        return 1
    for sender in argv:
        print(f"{sender}: erased {store.erase(sender)} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
