"""Rasa's graph runner without dask's per-run planning.

Rasa runs a graph once per message for NLU and once per predicted action for the
policies. Each run, ``DaskGraphRunner.run`` recomputes the minimal schema for its
targets (a recursive walk that revisits shared dependencies), builds a dask graph
and lets dask order and schedule it: about 2.7 ms of a message's ~20 ms of
server time in the profile (``make bench``), for graphs of a dozen nodes that
always run in the same order. Here the plan (which nodes, in which order, with
which inputs) is made once per target list and then replayed. Nodes are Rasa's own
``GraphNode`` objects, called with the same arguments as under dask; an input or
a need that names no node is passed through as dask passes it. Installed by
``bot.rasa_patches.speedups``; tests/integration/test_runner.py compares both runners' results.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.exceptions import GraphRunError
from rasa.engine.graph import GraphNode
from rasa.engine.runner.dask import DaskGraphRunner

Plan = tuple[frozenset[str], list[tuple[str, GraphNode, tuple[str, ...]]]]

_rasa_run = DaskGraphRunner.run


def _plan(runner: DaskGraphRunner, targets: tuple[str, ...]) -> Plan:
    """The nodes the targets need, dependencies first (made once per target list)."""
    plans: dict[tuple[str, ...], Plan] = runner.__dict__.setdefault("_b12_plans", {})
    plan = plans.get(targets)
    if plan is None:
        schema = runner._graph_schema.minimal_graph_schema(list(targets))
        order: list[str] = []
        done: set[str] = set()

        def visit(name: str) -> None:
            if name in done or name not in schema.nodes:
                return
            done.add(name)
            for need in schema.nodes[name].needs.values():
                visit(need)
            order.append(name)

        for name in schema.nodes:
            visit(name)
        steps = [(name, runner._instantiated_nodes[name],
                  tuple(schema.nodes[name].needs.values())) for name in order]
        plan = plans[targets] = (frozenset(schema.nodes), steps)
    return plan


def run(self: DaskGraphRunner, inputs: dict[str, Any] | None = None,
        targets: list[str] | None = None) -> dict[str, Any]:
    """Same contract as ``DaskGraphRunner.run``."""
    run_targets = targets if targets else self._graph_schema.target_names
    node_names, steps = _plan(self, tuple(run_targets))
    values: dict[str, Any] = {}
    for name, value in (inputs or {}).items():
        if isinstance(value, str) and value in node_names:
            raise GraphRunError(
                f"Input value '{value}' clashes with a node name. Make sure "
                f"that none of the input names passed to the `run` method are the "
                f"same as node names in the graph schema.")
        values[name] = (name, value)
    try:
        for name, node, needs in steps:
            values[name] = node(*(values.get(need, need) for need in needs))
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e
    return dict(values[target] for target in run_targets)


def install() -> None:
    DaskGraphRunner.run = run  # type: ignore[method-assign]
