"""orgnet: map organisational networks from source documents.

The stages, each usable alone::

    read      orgnet.read_document(path)        -> Document
    extract   orgnet.extract_claims(document)   -> [Claim]
    resolve   orgnet.resolve(claims)            -> Resolution (entities)
    tables    orgnet.build("seeds/")            -> Tables (nodes, edges, claims, documents, conflicts)
    explore   orgnet.Explorer(tables)           -> widgets over the network, in a notebook

``import orgnet`` stays light: the building stages load on first use (``orgnet.build``, ...), plotting
and widget libraries only when a view needs them, so reading a build (``orgnet.read_tables``) is quick.
"""

from __future__ import annotations

import sys
import types
import typing

from ._version import __version__
from .errors import InputError, OrgnetError, StrictModeError, VocabularyError

if typing.TYPE_CHECKING:
    from .explorer import Explorer
    from .extract import Claim, extract_claims
    from .pipeline import build
    from .read.document import parse_text, read_document
    from .read.model import Document
    from .render.pyvis_net import to_pyvis
    from .resolve import Resolution, resolve
    from .tables import Tables, read_tables

__all__ = [
    "Document",
    "read_document",
    "parse_text",
    "Claim",
    "extract_claims",
    "Resolution",
    "resolve",
    "Tables",
    "build",
    "read_tables",
    "OrgnetError",
    "InputError",
    "StrictModeError",
    "VocabularyError",
    "Explorer",
    "to_pyvis",
    "__version__",
]

# names imported on first use, so that `import orgnet` does not import the widget libraries nor
# pandas (an Explorer shown from its stored first view needs neither), and reading a build's
# tables (`orgnet.read_tables`) does not import the parsers of the building stages
_LAZY = {
    "Tables": "tables",
    "read_tables": "tables",
    "Explorer": "explorer",
    "to_pyvis": "render.pyvis_net",
    "build": "pipeline",
    "Document": "read.model",
    "read_document": "read.document",
    "parse_text": "read.document",
    "Claim": "extract",
    "extract_claims": "extract",
    "Resolution": "resolve",
    "resolve": "resolve",
}


def __getattr__(name: str) -> typing.Any:
    import importlib
    import importlib.util

    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    if not name.startswith("_") and importlib.util.find_spec(f"{__name__}.{name}") is not None:
        # a submodule not imported yet (`orgnet.tables.SCHEMA` after `import orgnet`, as before)
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The ``orgnet`` module: ``orgnet.resolve`` stays the function when the submodule of the same
    name is imported later (the import system sets the package's attribute to the submodule)."""

    def __setattr__(self, name: str, value: object) -> None:
        if name == "resolve" and isinstance(value, types.ModuleType):
            value = value.resolve
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
