"""The layers of bot/ hold: each package imports only what its docstring allows, and
the import graph between bot modules has no cycle."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from bot.settings import ROOT

BOT = ROOT / "bot"
LAYERS = sorted(p.name for p in BOT.iterdir() if (p / "__init__.py").exists())
# Outside the layer packages: bot.settings imports nothing of bot; actions/ are thin
# rasa-sdk adapters over the medicine.
EXTRA = {"settings": ({"bot.settings"}, {"rasa", "rasa_sdk", "spacy"}),
         "actions": ({"bot.settings", "bot.triage"}, {"rasa", "spacy"})}


def rule(layer: str) -> tuple[set[str], set[str]]:
    """(allowed bot packages, forbidden top-level packages) from the package docstring."""
    doc = importlib.import_module(f"bot.{layer}").__doc__ or ""
    may = re.search(r"^May import:(.*?)(?:\(|\.\s*$)", doc, re.M | re.S)
    never = re.search(r"^Never imports:(.*?)\.\s*$", doc, re.M)
    assert may and never, f"bot/{layer}/__init__.py must say 'May import:' and 'Never imports:'"
    allowed = set(re.findall(r"bot\.\w+", may.group(1))) | {"bot.settings"}
    return allowed, {w.strip() for w in never.group(1).split(",")}


def imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (lazy imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            if node.module == "bot":  # from bot import settings, rasa_ext
                found.update(f"bot.{a.name}" for a in node.names)
    return found


def files_of(layer: str) -> list[Path]:
    if layer == "settings":
        return [BOT / "settings.py"]
    if layer == "actions":
        return sorted((ROOT / "actions").glob("*.py"))
    return sorted((BOT / layer).rglob("*.py"))


def package(module: str) -> str:
    return ".".join(module.split(".")[:2])


@pytest.mark.parametrize("layer", LAYERS + sorted(EXTRA))
def test_layer_imports_only_what_its_docstring_allows(layer: str) -> None:
    allowed, forbidden = EXTRA[layer] if layer in EXTRA else rule(layer)
    if layer not in EXTRA:
        allowed.add(f"bot.{layer}")
    wrong = []
    for path in files_of(layer):
        for module in imports(path):
            top = module.split(".")[0]
            outside = top == "bot" and module != "bot" and package(module) not in allowed
            if top in forbidden or outside:
                wrong.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not wrong, "\n".join(wrong)


def test_every_layer_states_its_rule() -> None:
    assert set(LAYERS) >= {"triage", "nlp", "rasa_ext", "rasa_patches", "ops", "training", "web"}
    for layer in LAYERS:
        rule(layer)


def test_rule_catches_a_forbidden_import(tmp_path: Path) -> None:
    """The walk sees imports inside functions too, so a lazy import cannot hide."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from rasa.core import agent\n    from bot import rasa_ext\n")
    assert {"rasa.core", "bot.rasa_ext"} <= imports(bad)


def test_no_import_cycles_between_bot_modules() -> None:
    modules = {str(p.relative_to(ROOT).with_suffix("")).replace("/", "."): p
               for p in BOT.rglob("*.py")}
    modules = {m.removesuffix(".__init__"): p for m, p in modules.items()}
    graph = {m: {i for i in imports(p) if i in modules and i != m} for m, p in modules.items()}
    # Package __init__ files re-exported by "from bot import x" point at the package.
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, path: list[str]) -> bool:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycle.extend(path + [node, nxt])
                return True
            if state.get(nxt) is None and visit(nxt, path + [node]):
                return True
        state[node] = 2
        return False

    for module in sorted(graph):
        if state.get(module) is None and visit(module, []):
            break
    assert not cycle, " -> ".join(cycle)
