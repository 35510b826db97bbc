"""A served model's training graph read only if something asks for it.

Loading a model, Rasa 3.6.21 rebuilds both graphs stored in its metadata, importing
the class of every node. Serving runs only the prediction graph; the training graph
holds, among others, Rasa's recipe validator, which imports DIETClassifier,
ResponseSelector and TEDPolicy to compare classes, and with them TensorFlow: ~2.5 s and
~500 MB for a model that has no TensorFlow component. Here the training graph's nodes
are built from the stored dict the first time they are read (fine-tuning, re-saving),
so they are the same nodes whenever they are used (tests/integration/test_lazy_tensorflow.py).
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import GraphSchema, SchemaNode
from rasa.engine.storage.storage import ModelMetadata

_rasa_from_dict = ModelMetadata.from_dict.__func__  # type: ignore[attr-defined]
EMPTY = {"nodes": {}}


class LazyGraphSchema(GraphSchema):
    """A GraphSchema whose nodes are read from ``serialized`` when first needed."""

    def __init__(self, serialized: dict[str, Any]) -> None:  # no dataclass __init__
        self._serialized = serialized
        self._nodes: dict[str, SchemaNode] | None = None

    @property  # type: ignore[override]
    def nodes(self) -> dict[str, SchemaNode]:
        if self._nodes is None:
            self._nodes = GraphSchema.from_dict(self._serialized).nodes
        return self._nodes

    @property
    def is_read(self) -> bool:
        return self._nodes is not None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GraphSchema) and self.nodes == other.nodes

    __hash__ = None  # type: ignore[assignment]  # as the dataclass it stands for


def from_dict(cls: type[ModelMetadata], serialized: dict[str, Any]) -> ModelMetadata:
    """``ModelMetadata.from_dict`` (Rasa 3.6.21), its training graph read lazily."""
    metadata = _rasa_from_dict(cls, {**serialized, "train_schema": EMPTY})
    metadata.train_schema = LazyGraphSchema(serialized["train_schema"])
    return metadata


def install() -> None:
    ModelMetadata.from_dict = classmethod(from_dict)  # type: ignore[method-assign, assignment]
