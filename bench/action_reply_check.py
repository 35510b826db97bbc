"""Micro-benchmark behind bot/rasa_speedups.py: Rasa's per-call jsonschema check
versus a validator built once (python -m bench.action_reply_check)."""

from __future__ import annotations

import timeit

from jsonschema import validate
from rasa.core.actions.action import RemoteAction

from bot import rasa_speedups

REPLY = {
    "events": [{"event": "slot", "name": "requested_slot", "value": "who"}] * 5,
    "responses": [{"text": "Who is this about?", "buttons": []}],
}


def main(calls: int = 50, repeat: int = 5) -> None:
    schema = RemoteAction.action_response_format_spec()
    stock = min(timeit.repeat(lambda: validate(REPLY, schema), number=calls, repeat=repeat))
    ours = min(timeit.repeat(lambda: rasa_speedups._VALIDATOR.validate(REPLY),
                             number=calls, repeat=repeat))
    print(f"best of {repeat} x {calls} calls: jsonschema.validate {stock / calls * 1000:.2f} ms"
          f"/call, prebuilt validator {ours / calls * 1000:.3f} ms/call "
          f"({stock / ours:.0f}x)")


if __name__ == "__main__":
    main()
