"""The B12 assistant, one folder per layer (README: Architecture).

Each sub-package's docstring states what it may import ("May import:" and "Never
imports:" lines); tests/unit/test_layers.py walks every import and enforces them.
``bot.settings`` imports nothing from ``bot``; ``actions/`` (rasa-sdk adapters) may
import bot.settings and bot.triage only.
"""
