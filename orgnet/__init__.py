"""orgnet: map organisational networks from source documents.

The stages, each usable alone::

    read      orgnet.read_document(path)        -> Document
    extract   orgnet.extract_claims(document)   -> [Claim]
    resolve   orgnet.resolve(claims)            -> Resolution (entities)
    tables    orgnet.build("seeds/")            -> Tables (nodes, edges, claims, documents, conflicts)

``import orgnet`` stays light: plotting and widget libraries load only when a view needs them.
"""

from __future__ import annotations

from .documents import Document, parse_text, read_document
from .errors import InputError, OrgnetError, StrictModeError, VocabularyError
from .extract import Claim, extract_claims
from .pipeline import build
from .resolve import Resolution, resolve
from .tables import Tables, read_tables

__version__ = "0.1.0"

__all__ = [
    "Document", "read_document", "parse_text",
    "Claim", "extract_claims",
    "Resolution", "resolve",
    "Tables", "build", "read_tables",
    "OrgnetError", "InputError", "StrictModeError", "VocabularyError",
    "__version__",
]
