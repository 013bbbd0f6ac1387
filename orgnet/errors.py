"""The one exception tree of orgnet.

Every error orgnet raises on purpose is an :class:`OrgnetError`, so a caller
(or the command line) can catch them all in one place and show the message
without a traceback. A bad file, folder or parameter is an :class:`InputError`
(also a ``ValueError``); a name that matches no node is an :class:`UnknownNodeError`
(also a ``LookupError``). Messages name the offending file (and line, where there
is one) or value, and say what to do.

Something orgnet recovers from on its own is an :class:`OrgnetWarning` (a ``UserWarning``),
issued with :func:`warnings.warn`; ``orgnet build`` prints each as
``orgnet build: warning: ...``. A damaged parse-cache entry is a :class:`CacheWarning`.
"""

from __future__ import annotations

__all__ = [
    "OrgnetError",
    "InputError",
    "VocabularyError",
    "StrictModeError",
    "UnknownNodeError",
    "OrgnetWarning",
    "CacheWarning",
]


class OrgnetError(Exception):
    """Base class of every error orgnet raises on purpose."""


class InputError(OrgnetError, ValueError):
    """A file, folder or parameter given to orgnet cannot be used (missing, unreadable,
    malformed, out of range). Also a :class:`ValueError`, so code that catches the built-in
    error for a bad value keeps working."""


class VocabularyError(OrgnetError):
    """A vocabulary file inside the package (``orgnet/vocab/*.yaml``) is malformed."""


class StrictModeError(OrgnetError):
    """A build produced warnings and was run with ``--strict``."""


class UnknownNodeError(OrgnetError, LookupError):
    """A name given to a graph view names no node of the graph (or several); the message
    suggests the closest labels and aliases."""


class OrgnetWarning(UserWarning):
    """Base class of the warnings orgnet issues about something it recovered from."""


class CacheWarning(OrgnetWarning):
    """A parse-cache entry could not be used (damaged, truncated, foreign or unreadable): the
    message names the entry's file; the document was parsed again, so the tables are the same."""
