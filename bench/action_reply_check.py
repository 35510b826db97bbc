"""Micro-benchmark behind bot/rasa_patches/speedups.py: Rasa's per-call jsonschema check, a
validator built once, and ours, which checks each event against its own type's schema
(python -m bench.action_reply_check)."""

from __future__ import annotations

import timeit

from jsonschema import validate
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction

from bot.rasa_patches import speedups as rasa_speedups

REPLY = {
    "events": [{"event": "slot", "name": "requested_slot", "value": "who"}] * 5,
    "responses": [{"text": "Who is this about?", "buttons": []}],
}


def main(calls: int = 50, repeat: int = 5) -> None:
    schema = RemoteAction.action_response_format_spec()
    prebuilt = validator_for(schema)(schema)

    def best(fn: object) -> float:
        return min(timeit.repeat(fn, number=calls, repeat=repeat)) / calls * 1000  # type: ignore[arg-type]

    stock = best(lambda: validate(REPLY, schema))
    built = best(lambda: prebuilt.validate(REPLY))
    ours = best(lambda: rasa_speedups.valid_action_result(REPLY))
    print(f"best of {repeat} x {calls} calls, ms per call: jsonschema.validate {stock:.2f}, "
          f"validator built once {built:.3f}, per-event-type check {ours:.3f} "
          f"({stock / ours:.0f}x, {built / ours:.0f}x)")


if __name__ == "__main__":
    main()
