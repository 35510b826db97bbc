"""A conversation's stored events cut into turns, to check that each was stored once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Event = dict[str, Any]


@dataclass
class Turn:
    user: Event
    after: list[Event]  # every event up to the next user message

    @property
    def text(self) -> str:
        return str(self.user.get("text"))

    @property
    def number(self) -> int | None:
        """The ``turn`` the client sent in the message's metadata, if any."""
        return (self.user.get("metadata") or {}).get("turn")

    @property
    def bot_texts(self) -> list[str]:
        return [e["text"] for e in self.after if e["event"] == "bot" and e.get("text")]

    @property
    def answered_once(self) -> bool:
        """Replied to, and the bot went back to listening exactly once, at the end."""
        listens = [e for e in self.after
                   if e["event"] == "action" and e.get("name") == "action_listen"]
        return bool(self.bot_texts) and len(listens) == 1 and self.after[-1] is listens[0]


def turns(events: list[Event]) -> list[Turn]:
    found: list[Turn] = []
    for event in events:
        if event["event"] == "user":
            found.append(Turn(event, []))
        elif found:
            found[-1].after.append(event)
    return found
