"""The accepted-vulnerability table (README "Dependency audit") matches the lock offline too.

The full audit needs a vulnerability service that CI cannot reach; this part does not.
"""

from __future__ import annotations

import re

from bot.ops.audit_check import LOCK, README, accepted_list, canonical


def test_every_accepted_row_names_a_pinned_version_and_a_reason() -> None:
    pins = dict(
        (canonical(m[1]), m[2])
        for m in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)", LOCK.read_text(), re.MULTILINE)
    )
    rows = accepted_list(README.read_text())
    assert rows, "the table is empty: was the README section renamed?"
    for row in rows:
        assert pins.get(canonical(row.package)) == row.version, row
        assert len(row.reason.split()) >= 8, f"{row.vuln_id}: give the reason"
