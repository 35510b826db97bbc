"""Other topics declined, linked conditions answered, on the independent held-out scope
sets tests/heldout/heldout_scope_*.yml, through the running stack (issue #14).

Issue #14's targets (out-of-scope declined >= 97 %, linked conditions on topic >= 90 %)
are not met yet; these floors are today's measured level (README: Scope), so a change
that loses ground fails `make test`.
"""

from __future__ import annotations

import uuid

import pytest

from tests.support.heldout_sets import Figure, faq_key, is_emergency, load
from tests.support.stack import RunningStack

DECLINED_FLOOR = 0.90  # measured 379/420 (s1-s3)
ON_TOPIC_FLOOR = 0.75  # measured 157/208 (s1-s3)


@pytest.fixture(scope="module")
def figures(stack: RunningStack) -> dict[str, Figure]:
    tag = uuid.uuid4().hex[:8]
    declined = Figure("out of scope declined", 0, 0)
    on_topic = Figure("linked conditions answered on topic", 0, 0)
    for n, item in enumerate(load("heldout_scope").items):
        if item.category not in ("out_of_scope", "faq"):
            continue
        replies = stack.send(f"{tag}-{n}", item.text)
        key = faq_key(replies)
        fig = declined if item.category == "out_of_scope" else on_topic
        ok = (key is None and not is_emergency(replies) if fig is declined
              else key in (item.topic, item.also))
        fig.total += 1
        fig.ok += ok
        if not ok:
            fig.misses.append(f"{item.text[:100]!r} -> {key}")
    print("\n" + declined.row() + "\n" + on_topic.row())
    return {"declined": declined, "on_topic": on_topic}


def test_other_topics_are_declined(figures: dict[str, Figure]) -> None:
    fig = figures["declined"]
    assert fig.total >= 300 and fig.rate >= DECLINED_FLOOR, fig.row() + "\n" + "\n".join(
        fig.misses[:30])


def test_linked_conditions_are_answered_on_topic(figures: dict[str, Figure]) -> None:
    fig = figures["on_topic"]
    assert fig.total >= 100 and fig.rate >= ON_TOPIC_FLOOR, fig.row() + "\n" + "\n".join(
        fig.misses[:30])
