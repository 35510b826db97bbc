"""The paths README.md gives a newcomer exist: every repository path in backticks in the
"How to add an FAQ" and "Architecture" sections (the "Where do I change…" table included),
and every entry of the Architecture folder tree.

``<key>``-style placeholders match any name; generated folders (build/, models/, var/,
artifacts/) are skipped, since they exist only after ``make``.
"""

from __future__ import annotations

import re

import pytest

from bot.settings import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTIONS = ("How to add an FAQ", "Architecture")
GENERATED = ("build/", "models/", "var/", "artifacts/")
SUFFIXES = (".py", ".yml", ".yaml", ".md", ".js", ".css", ".html", ".json", ".toml", ".cfg",
            ".txt", ".lock", ".template", ".in")
ROOT_ENTRIES = {p.name for p in ROOT.iterdir()}


def section(title: str) -> str:
    """The text under ``## title`` up to the next ``## `` heading (### subsections included)."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README.md has no '## {title}' section"
    return match.group(1)


def looks_like_path(token: str) -> bool:
    if not token or any(c.isspace() for c in token) or token.startswith("/") or "://" in token:
        return False
    return (token.endswith("/") or token.endswith(SUFFIXES)
            or token.split("/", 1)[0] in ROOT_ENTRIES and "/" in token)


def exists(path: str) -> bool:
    if "<" in path:
        return any(ROOT.glob(re.sub(r"<[^>]+>", "*", path.rstrip("/"))))
    return (ROOT / path).exists()


def backticked_paths() -> list[str]:
    found = []
    for title in SECTIONS:
        text = re.sub(r"^```.*?^```", "", section(title), flags=re.M | re.S)  # not the tree
        found += [t for t in re.findall(r"`([^`\n]+)`", text) if looks_like_path(t)]
    return sorted(set(found))


def tree_paths() -> list[str]:
    """Every entry of the first code block of the Architecture section, as a full path.

    Two spaces of indent per level; a line indented deeper than its level allows is the
    continuation of the comment above it.
    """
    block = re.search(r"^```\n(.*?)^```", section("Architecture"), re.M | re.S)
    assert block, "the Architecture section has no folder tree"
    folders: list[str] = []
    paths = []
    for line in block.group(1).splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        level = indent // 2
        if indent % 2 or level > len(folders):
            continue  # a comment's continuation
        name = line.split()[0]
        path = "/".join([*folders[:level], name.rstrip("/")])
        paths.append(path + ("/" if name.endswith("/") else ""))
        folders = folders[:level] + ([name.rstrip("/")] if name.endswith("/") else [])
    return paths


def test_the_sections_name_paths() -> None:
    assert len(backticked_paths()) >= 15
    assert len(tree_paths()) >= 50


@pytest.mark.parametrize("path", backticked_paths())
def test_backticked_path_exists(path: str) -> None:
    if path.startswith(GENERATED):
        return
    assert exists(path), f"README.md names `{path}`, which does not exist"


@pytest.mark.parametrize("path", tree_paths())
def test_tree_entry_exists(path: str) -> None:
    assert exists(path), f"README.md's Architecture tree lists {path}, which does not exist"


def test_tree_lists_every_layer() -> None:
    listed = set(tree_paths())
    layers = sorted(p.name for p in (ROOT / "bot").iterdir() if (p / "__init__.py").exists())
    missing = [f"bot/{layer}/" for layer in layers if f"bot/{layer}/" not in listed]
    assert not missing, f"the Architecture tree does not list {missing}"


def test_tree_parser_reads_nesting() -> None:
    """A typo in a nested entry must be caught: the parser joins the folders above it."""
    paths = tree_paths()
    assert "bot/triage/rules.py" in paths and "data/nlu/faq/<key>.yml" in paths
    assert not any(p.startswith("factors") or "/factors," in p for p in paths)
