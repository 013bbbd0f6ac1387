"""orgnet: map organisational networks from source documents.

The stages, each usable alone::

    read      orgnet.read_document(path)        -> Document
    extract   orgnet.extract_claims(document)   -> [Claim]
    resolve   orgnet.resolve(claims)            -> Resolution (entities)
    tables    orgnet.build("seeds/")            -> Tables (nodes, edges, claims, documents, conflicts)
    explore   orgnet.Explorer(tables)           -> widgets over the network, in a notebook

``import orgnet`` stays light: plotting and widget libraries load only when a view needs them.
"""

from __future__ import annotations

from ._version import __version__
from .errors import InputError, OrgnetError, StrictModeError, VocabularyError
from .extract import Claim, extract_claims
from .pipeline import build
from .read.document import parse_text, read_document
from .read.model import Document
from .resolve import Resolution, resolve
from .tables import Tables, read_tables

__all__ = [
    "Document", "read_document", "parse_text",
    "Claim", "extract_claims",
    "Resolution", "resolve",
    "Tables", "build", "read_tables",
    "OrgnetError", "InputError", "StrictModeError", "VocabularyError",
    "Explorer",
    "__version__",
]

# names imported on first use, so that `import orgnet` does not import ipywidgets
_LAZY = {"Explorer": "explorer"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
