"""TensorFlow imported only when something uses it, not by every Rasa process.

Rasa 3.6.21 imports TensorFlow at start whatever the model holds: the policies'
featurizers import ``rasa.utils.train_utils``, which imports Rasa's Keras training
callbacks and its batch generator, and those subclass Keras classes when defined. That
import was ~2.5 s of a server's start and ~500 MB of its memory for a model without
a TensorFlow component (``python -X importtime``; README: Performance).

``train_utils`` uses the three names only inside the functions that train or feed a
TensorFlow model. So it is loaded with each name bound to a stand-in that imports the
real class on first use and puts it in the stand-in's place. Every other module
imports the real Rasa modules as before, and a model (or a training run) that uses
TensorFlow imports it the moment it needs it, through Rasa's own imports.

The same hook applies the patches that need a TensorFlow module (model_load) when
Rasa imports that module, instead of importing it to patch it.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Callable, Sequence
from typing import Any

TRAIN_UTILS = "rasa.utils.train_utils"
# name in train_utils -> the module that defines it (each imports TensorFlow)
DEFERRED = {
    "RasaTrainingLogger": "rasa.utils.tensorflow.callback",
    "RasaModelCheckpoint": "rasa.utils.tensorflow.callback",
    "RasaBatchDataGenerator": "rasa.utils.tensorflow.data_generator",
}
_after_import: dict[str, list[Callable[[types.ModuleType], None]]] = {}


class Deferred:
    """Stands for ``module.name`` in ``owner`` until first called or read."""

    def __init__(self, owner: str, module: str, name: str) -> None:
        self._owner, self._module, self._name = owner, module, name

    def resolve(self) -> Any:
        real = getattr(importlib.import_module(self._module), self._name)
        setattr(sys.modules[self._owner], self._name, real)  # later calls go straight to it
        return real

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolve()(*args, **kwargs)

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(self.resolve(), attribute)

    def __repr__(self) -> str:
        return f"<deferred {self._module}.{self._name}>"


def _stand_ins(owner: str) -> dict[str, types.ModuleType]:
    """Modules that offer the deferred names, for ``owner``'s ``from ... import``s."""
    modules: dict[str, types.ModuleType] = {}
    for name, module in DEFERRED.items():
        stand_in = modules.setdefault(module, types.ModuleType(module))
        setattr(stand_in, name, Deferred(owner, module, name))
    return modules


class _Loader(importlib.abc.Loader):
    """Rasa's own loader, with the stand-ins around ``train_utils`` and hooks after."""

    def __init__(self, real: importlib.abc.Loader, name: str) -> None:
        self._real, self._name = real, name

    def __getattr__(self, attribute: str) -> Any:  # get_source, is_package, ...
        return getattr(self._real, attribute)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._real.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        stand_ins = {}
        if self._name == TRAIN_UTILS:
            # Only where TensorFlow's modules are not loaded yet: else the real ones are there.
            stand_ins = {k: v for k, v in _stand_ins(TRAIN_UTILS).items() if k not in sys.modules}
        sys.modules.update(stand_ins)
        try:
            self._real.exec_module(module)
        finally:
            for key, stand_in in stand_ins.items():
                if sys.modules.get(key) is stand_in:
                    del sys.modules[key]
        for hook in _after_import.get(self._name, []):
            hook(module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if name != TRAIN_UTILS and name not in _after_import:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return None
        spec.loader = _Loader(spec.loader, name)
        return spec


_FINDER = _Finder()


def after_import(module: str, hook: Callable[[types.ModuleType], None]) -> None:
    """Run ``hook(module)`` once ``module`` is imported (now, if it already is)."""
    if module in sys.modules:
        hook(sys.modules[module])
    else:
        _after_import.setdefault(module, []).append(hook)


def install() -> None:
    """Before Rasa is imported: defer TensorFlow (if Rasa already loaded it, nothing to do)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
